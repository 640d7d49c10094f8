// The bin as users reach it: npx and node_modules/.bin run dist/scalene-ci.sh (which runs
// dist/cli.js, or the native launcher for `run`) through a symlink named
// `scalene-ci`, so the entry must run whatever argv[1] is (it once checked its own file name
// and silently did nothing under npx).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    symlinkSync(join('..', 'scalene-ci', 'dist', 'scalene-ci.sh'), join(project, 'node_modules', '.bin', 'scalene-ci'));
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

test('the bin behind links npm did not lay: another name, another folder, a different package where npm would put this one', { skip }, () => {
  const project = mkdtempSync(join(tmpdir(), 'scalene-ci-bin-'));
  try {
    const version = (spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).stdout ?? '').trim();
    // The bin recognises npm's link by where it leads; a link that only looks like one (here
    // node_modules/scalene-ci is another package, as with an alias or a pnpm layout) must be
    // followed to the file it names, not guessed.
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    mkdirSync(join(project, 'node_modules', 'scalene-ci', 'dist'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'scalene-ci', 'dist', 'scalene-ci.sh'), '#!/bin/sh\necho DECOY\n');
    writeFileSync(join(project, 'node_modules', 'scalene-ci', 'dist', 'cli.js'), 'console.log("DECOY"); process.exit(3);\n');
    symlinkSync(ROOT, join(project, 'node_modules', 'real'), 'dir');
    symlinkSync(join('..', 'real', 'dist', 'scalene-ci.sh'), join(project, 'node_modules', '.bin', 'scalene-ci'));
    mkdirSync(join(project, 'bin'));
    symlinkSync(join(ROOT, 'dist', 'scalene-ci.sh'), join(project, 'bin', 'sc'));
    for (const link of [join(project, 'node_modules', '.bin', 'scalene-ci'), join(project, 'bin', 'sc')]) {
      const v = spawnSync(link, ['--version'], { cwd: project, encoding: 'utf8' });
      assert.equal(v.status, 0, `${link}: ${v.stdout}${v.stderr}`);
      assert.equal(v.stdout.trim(), version, link);
      const r = spawnSync(link, ['run', '--cpu-only', '--no-report', '--json-out', 'p.json', '--', process.execPath, '-e', '0'], { cwd: project, encoding: 'utf8', env: { ...process.env, SCALENE_CI_DEBUG: '1' } });
      assert.equal(r.status, 0, `${link}: ${r.stdout}${r.stderr}`);
      if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) assert.match(r.stderr, /debug: the launcher started the command/, link);
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test("`run` ends as soon as its output is written: exit listeners run, the code is the command's, nothing Node writes at exit is lost", { skip }, () => {
  const project = mkdtempSync(join(tmpdir(), 'scalene-ci-exit-'));
  try {
    writeFileSync(join(project, 'seven.js'), 'let s = 0;\nfor (let i = 0; i < 1e6; i++) s += i;\nprocess.exitCode = s > 0 ? 7 : 0;\n');
    // A hook in the CLI's own process: Node's natural exit emits beforeExit, process.exit (the
    // quick exit's way out) does not; exit listeners run on both.
    const hook = 'data:text/javascript,' + encodeURIComponent('process.on("beforeExit", () => process.stderr.write("HOOK beforeExit\\n")); process.on("exit", (c) => process.stderr.write(`HOOK exit ${c}\\n`));');
    const run = (nodeArgs: string[]) =>
      spawnSync(process.execPath, [...nodeArgs, '--import', hook, CLI, 'run', '--cpu-only', '--json-out', join(project, 'p.json'), '--', process.execPath, 'seven.js'], { cwd: project, encoding: 'utf8' });
    const fast = run([]);
    assert.equal(fast.status, 7, fast.stderr);
    assert.match(fast.stdout, /seven\.js/);
    assert.match(fast.stderr, /HOOK exit 7\n/);
    if (process.platform === 'linux') assert.doesNotMatch(fast.stderr, /HOOK beforeExit/, 'the quick exit was not taken');
    // A profile of the CLI itself (written by Node after the exit listeners) keeps Node's exit.
    const profDir = join(project, 'prof');
    const profiled = run(['--cpu-prof', '--cpu-prof-dir', profDir]);
    assert.equal(profiled.status, 7, profiled.stderr);
    assert.match(profiled.stderr, /HOOK beforeExit/);
    assert.ok(readdirSync(profDir).some((f) => f.endsWith('.cpuprofile')), 'the CLI\'s --cpu-prof profile was not written');
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
