// Locating the installed package, whichever bundle (ESM cli.js, CJS preload.cjs) or
// compiled test file we run from.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'scalene-ci') return dir;
      } catch {
        // unreadable package.json: keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the scalene-ci package above ${start}`);
    dir = up;
  }
}

export function toolVersion(root: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  } catch {
    return '0.0.0';
  }
}
