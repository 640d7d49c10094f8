// A project as npm lays it out, with scalene-ci's bin linked into it: what the launcher's
// tests (launcher.test.ts, snapshot.test.ts) run `scalene-ci` through.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, cliAvailable } from './compare-helpers.js';

export const BIN = join(ROOT, 'dist', 'scalene-ci.sh');
const arch = process.arch === 'x64' ? 'x64' : process.arch === 'arm64' ? 'arm64' : null;
export const LAUNCHER = arch ? join(ROOT, 'dist', 'native', `linux-${arch}`, 'scalene-ci-launch') : '';
export const skip = process.platform !== 'linux' || !arch ? 'the launcher is Linux only' : !cliAvailable() || !existsSync(LAUNCHER) ? 'dist/ or the launcher is not built' : false;

export const SPIN = `function spin(ms) {
  const end = Date.now() + ms;
  let x = 0;
  while (Date.now() < end) x += Math.sqrt(x + 1);
  return x;
}
spin(Number(process.argv[2] ?? 300));
process.exitCode = Number(process.argv[3] ?? 0);
`;

/** A project as npm lays it out: the package in node_modules, its bin linked into .bin. */
export function project(): { dir: string; bin: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-launch-'));
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'scalene-ci'), 'dir');
  symlinkSync(join('..', 'scalene-ci', 'dist', 'scalene-ci.sh'), join(dir, 'node_modules', '.bin', 'scalene-ci'));
  writeFileSync(join(dir, 'spin.js'), SPIN);
  return { dir, bin: join(dir, 'node_modules', '.bin', 'scalene-ci'), done: () => rmSync(dir, { recursive: true, force: true }) };
}
