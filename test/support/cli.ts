// Running the built CLI the way a user does, for end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findPackageRoot } from '../../src/paths.js';
import { fileURLToPath } from 'node:url';
import { validateProfile } from '../../src/model/validate.js';
import type { Profile, LineProfile } from '../../src/model/profile.js';

// Works compiled (.tsbuild/test/support) and under tsx (test/support).
export const ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const CLI = join(ROOT, 'dist', 'cli.js');
export const PROGRAMS = join(ROOT, 'test', 'programs');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; onSpawn?: (pid: number) => void } = {}): Promise<CliResult> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    if (opts.onSpawn && child.pid) opts.onSpawn(child.pid);
    child.on('error', rej);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      res({ code, signal, stdout, stderr });
    });
  });
}

// A test file's scratch folders go with its process (a full suite made ~1,500 of them a run,
// and the run command's stale-session sweep reads the temp folder on every start).
const scratch: string[] = [];
let sweepAtExit = false;

/** A scratch folder, removed when this test process exits (kept with SCALENE_CI_KEEP_TEST_DIRS=1). */
export function tempDir(prefix = 'scalene-ci-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  if (!sweepAtExit && !process.env.SCALENE_CI_KEEP_TEST_DIRS) {
    sweepAtExit = true;
    process.on('exit', () => {
      for (const d of scratch) rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

export function readProfile(path: string): Profile {
  if (!existsSync(path)) throw new Error(`no profile at ${path}`);
  return validateProfile(JSON.parse(readFileSync(path, 'utf8')), path);
}

export function lineOf(p: Profile, file: string, line: number): LineProfile | undefined {
  return p.files[file]?.lines.find((l) => l.line === line);
}

export const lineTotal = (l: LineProfile | undefined) => (l ? l.cpu_js_s + l.cpu_native_s + l.system_s + l.gc_s : 0);
