// Locating the installed package, whichever bundle (ESM cli.js, CJS preload.cjs) or
// compiled test file we run from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot as findRootOrNull } from './collect/shim.js';

export function findPackageRoot(start: string): string {
  const root = findRootOrNull(start);
  if (root === null) throw new Error(`cannot find the scalene-ci package above ${start}`);
  return root;
}

export function toolVersion(root: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  } catch {
    return '0.0.0';
  }
}
