// The bin as users reach it: npx and node_modules/.bin run dist/cli.js through a symlink named
// `scalene-ci`, so the entry must run whatever argv[1] is (it once checked its own file name
// and silently did nothing under npx).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, cliAvailable } from './compare-helpers.js';

const skip = cliAvailable() ? false : 'dist/cli.js is not built (npm run build)';

test('npx scalene-ci and node_modules/.bin/scalene-ci run the CLI (version, help, an error line)', { skip }, () => {
  const project = mkdtempSync(join(tmpdir(), 'scalene-ci-bin-'));
  try {
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    // What npm does on install: the package in node_modules, its bin linked into .bin.
    symlinkSync(ROOT, join(project, 'node_modules', 'scalene-ci'), 'dir');
    symlinkSync(join('..', 'scalene-ci', 'dist', 'cli.js'), join(project, 'node_modules', '.bin', 'scalene-ci'));
    const version = (spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).stdout ?? '').trim();
    assert.match(version, /^\d+\.\d+\.\d+/);
    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'scalene-ci', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
    const bin = (args: string[]) => spawnSync(join(project, 'node_modules', '.bin', 'scalene-ci'), args, { cwd: project, encoding: 'utf8' });
    for (const run of [npx, bin]) {
      const v = run(['--version']);
      assert.equal(v.status, 0, v.stderr);
      assert.equal(v.stdout.trim(), version);
      const h = run(['--help']);
      assert.equal(h.status, 0, h.stderr);
      assert.match(h.stdout, /^usage: scalene-ci <command>/);
      const e = run(['compare', 'missing.json']);
      assert.equal(e.status, 2);
      assert.match(e.stderr, /^scalene-ci: compare expects two inputs/);
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
