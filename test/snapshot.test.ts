// The Node CLI's V8 startup snapshot (src/cli/snapshot.ts, snapshot-cache.ts; the launcher's
// `find_snapshot`), the way users get it: `scalene-ci run` through the bin, a cache folder of
// its own (XDG_CACHE_HOME). A run without a snapshot has one built after it, in the
// background; the next run starts the CLI from it and gives the same profile; a snapshot the
// node cannot start from costs the run nothing but a line; NODE_OPTIONS and the folder's
// owner decide which snapshot, if any, is used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './compare-helpers.js';
import { project, skip } from './launcher-project.js';
import { parseProfile } from '../src/model/validate.js';

const FROM_SNAPSHOT = /debug: the CLI started from its snapshot/;
const ATTACHED = /debug: the launcher started the command \(pid (\d+)\)/;
const COULD_NOT = /the CLI could not start from its snapshot/;

function cacheEnv(): { env: NodeJS.ProcessEnv; dir: string; done: () => void } {
  const cache = mkdtempSync(join(tmpdir(), 'scalene-ci-cache-'));
  const env: NodeJS.ProcessEnv = { ...process.env, SCALENE_CI_DEBUG: '1', CI: '', XDG_CACHE_HOME: cache };
  delete env.SCALENE_CI_NO_SNAPSHOT;
  delete env.NODE_OPTIONS;
  return { env, dir: join(cache, 'scalene-ci'), done: () => rmSync(cache, { recursive: true, force: true }) };
}

const blobs = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.blob')).sort();
  } catch {
    return [];
  }
};

/** The cache folder's entries; none while it does not exist yet. */
const entries = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** Waits (the build is detached, at the lowest priority) until `count` snapshots are in place.
 * The CLI asks for the build after the launcher has returned the run's status (exit.ts
 * releaseLauncher), so the cache folder may not exist yet when a run returns. */
async function snapshotsBuilt(dir: string, count: number): Promise<string[]> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const names = entries(dir);
    if (blobs(dir).length >= count && !names.some((n) => n.endsWith('.lock') || n.endsWith('.tmp'))) return blobs(dir);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no snapshot built in ${dir}: ${entries(dir).join(', ')}`);
}

/** A `--cpu-only` run that must succeed; its stderr. */
function run(p: { dir: string; bin: string }, env: NodeJS.ProcessEnv, out: string, command: string[]): string {
  const r = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', out, '--', ...command], { cwd: p.dir, encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

function hotSpin(text: string): void {
  const spin = parseProfile(text, 'profile').files['spin.js'];
  assert.ok(spin, 'spin.js profiled');
  const total = spin.lines.reduce((s, l) => s + l.cpu_js_s + l.cpu_native_s + l.system_s, 0);
  assert.ok(spin.lines.find((l) => l.line === 4)!.cpu_js_s > 0.5 * total, JSON.stringify(spin.lines));
  assert.deepEqual(spin.functions.filter((f) => f.name === 'spin').map((f) => [f.line, f.end_line]), [[1, 6]]);
}

test('a run without a snapshot has one built after it; the next run starts the CLI from it: the same profile, report, exit status, full profile and --repeat', { skip }, async () => {
  const p = project();
  const c = cacheEnv();
  try {
    const first = spawnSync(p.bin, ['run', '--cpu-only', '--json-out', 'a.json', '--', 'spin.js', '300', '3'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(first.status, 3, first.stderr);
    assert.match(first.stderr, ATTACHED);
    assert.doesNotMatch(first.stderr, FROM_SNAPSHOT);
    hotSpin(readFileSync(join(p.dir, 'a.json'), 'utf8'));

    const [blob] = await snapshotsBuilt(c.dir, 1);
    // Code that the launcher runs: this user's alone.
    assert.equal(statSync(c.dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(c.dir, blob!)).mode & 0o777, 0o600);
    // The build replayed `run`'s exit path into it (warm-up.ts).
    const check = spawnSync(process.execPath, ['--snapshot-blob', join(c.dir, blob!), join(ROOT, 'dist', 'cli.js'), '--scalene-ci-snapshot-check'], { encoding: 'utf8' });
    assert.equal(check.stdout, 'scalene-ci snapshot ok (warmed up)\n', check.stderr);

    const second = spawnSync(p.bin, ['run', '--cpu-only', '--json-out', 'b.json', '--', 'spin.js', '300', '3'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(second.status, 3, second.stderr);
    assert.match(second.stderr, FROM_SNAPSHOT);
    assert.match(second.stderr, ATTACHED);
    assert.match(second.stderr, /debug: entry script analysed while the command ran: \/.*\/spin\.js$/m);
    assert.match(second.stdout, /spin\.js/, 'the report is printed');
    const b = readFileSync(join(p.dir, 'b.json'), 'utf8');
    hotSpin(b);
    const profile = parseProfile(b, 'profile');
    assert.equal(profile.meta.complete, false);
    assert.ok(profile.meta.warnings.some((w) => w.includes('exited with code 3')), profile.meta.warnings.join('; '));
    assert.ok(profile.meta.elapsed_s >= 0.29 && profile.meta.elapsed_s < 1.5, `elapsed ${profile.meta.elapsed_s}`);
    assert.equal(profile.meta.tool_version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    assert.deepEqual(blobs(c.dir), [blob], 'no second build');

    // The full profile from the snapshot: its memory stages too.
    const full = spawnSync(p.bin, ['run', '--no-report', '--json-out', 'f.json', '--', process.execPath, '-e', 'const keep = [];\nfor (let i = 0; i < 40; i++) keep.push(Buffer.alloc(4 << 20, 1));'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(full.status, 0, full.stderr);
    assert.match(full.stderr, FROM_SNAPSHOT);
    const fp = parseProfile(readFileSync(join(p.dir, 'f.json'), 'utf8'), 'profile');
    assert.equal(fp.meta.mode, 'full');
    const mb = (fp.totals.alloc_native_bytes ?? 0) / 2 ** 20;
    assert.ok(mb > 100 && mb < 230, `native allocation ${mb} MB`);

    // TypeScript from the snapshot: its parsers are not in it (dist/ts-parser.cjs, loaded
    // when the first .ts source is seen); a function's row spans its source, type syntax and
    // all, not only the lines sampled (which it would without the parsers).
    writeFileSync(
      join(p.dir, 'spin.ts'),
      'interface Opts { ms: number }\nfunction spin(o: Opts): number {\n  const end: number = Date.now() + o.ms;\n  let x = 0;\n  while (Date.now() < end) x += Math.sqrt(x + 1);\n  return x;\n}\nspin({ ms: 300 } as Opts);\n',
    );
    const ts = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 't.json', '--', process.execPath, join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'spin.ts'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(ts.status, 0, ts.stderr);
    assert.match(ts.stderr, FROM_SNAPSHOT);
    const tsFile = parseProfile(readFileSync(join(p.dir, 't.json'), 'utf8'), 'profile').files['spin.ts'];
    assert.ok(tsFile, 'spin.ts profiled');
    assert.deepEqual(tsFile.functions.filter((f) => f.name === 'spin').map((f) => [f.line, f.end_line]), [[2, 7]]);
    // The spin's loop line holds most of the file's time (a share: the 300 ms spin gets less
    // CPU on a loaded machine).
    const time = (l: (typeof tsFile.lines)[number]) => l.cpu_js_s + l.cpu_native_s + l.system_s;
    const tsTotal = tsFile.lines.reduce((sum, l) => sum + time(l), 0);
    const loop = tsFile.lines.find((l) => l.line === 5);
    assert.ok(loop && time(loop) > 0.8 * tsTotal && tsTotal > 0.05, JSON.stringify(tsFile.lines));

    // --repeat: one CLI for every run.
    const rep = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--repeat', '2', '--json-out', 'r.json', '--', 'spin.js', '150'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(rep.status, 0, rep.stderr);
    assert.match(rep.stderr, FROM_SNAPSHOT);
    assert.equal(parseProfile(readFileSync(join(p.dir, 'r.json'), 'utf8'), 'profile').meta.runs, 2);
  } finally {
    p.done();
    c.done();
  }
});

test('a snapshot the node cannot start from: the CLI starts without it, the profile is whole, the snapshot is removed (a command that outlives the failure, and one that ends first)', { skip }, async () => {
  const p = project();
  const c = cacheEnv();
  try {
    run(p, c.env, 'a.json', ['spin.js', '100']);
    const [blob] = await snapshotsBuilt(c.dir, 1);
    const path = join(c.dir, blob!);
    // Damaged on disk: V8 crashes reading it.
    truncateSync(path, 100_000);
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--json-out', 'b.json', '--', 'spin.js', '400', '4'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(r.status, 4, r.stderr);
    assert.match(r.stderr, COULD_NOT);
    assert.doesNotMatch(r.stderr, FROM_SNAPSHOT);
    assert.match(r.stdout, /spin\.js/, 'the report is printed');
    hotSpin(readFileSync(join(p.dir, 'b.json'), 'utf8'));
    assert.ok(!blobs(c.dir).includes(blob!), 'the damaged snapshot is removed');

    // Again, with a command that is over before the CLI has failed.
    await snapshotsBuilt(c.dir, 0);
    run(p, c.env, 'c.json', ['spin.js', '100']);
    const [rebuilt] = await snapshotsBuilt(c.dir, 1);
    truncateSync(join(c.dir, rebuilt!), 100_000);
    const quick = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'd.json', '--', 'true'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(quick.status, 0, quick.stderr);
    assert.match(quick.stderr, COULD_NOT);
    const dp = parseProfile(readFileSync(join(p.dir, 'd.json'), 'utf8'), 'profile');
    assert.ok(dp.meta.warnings.some((w) => w.includes('no node process was profiled')), dp.meta.warnings.join('; '));

    // --repeat, with a first run over before the CLI has failed (the launcher waits for its
    // "next" then): every run still made.
    run(p, c.env, 'e.json', ['spin.js', '50']);
    const [third] = await snapshotsBuilt(c.dir, 1);
    truncateSync(join(c.dir, third!), 100_000);
    const rep = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--repeat', '3', '--json-out', 'r.json', '--', 'true'], { cwd: p.dir, encoding: 'utf8', env: c.env });
    assert.equal(rep.status, 0, rep.stderr);
    assert.match(rep.stderr, COULD_NOT);
    assert.equal(parseProfile(readFileSync(join(p.dir, 'r.json'), 'utf8'), 'profile').meta.runs, 3, rep.stderr);
  } finally {
    p.done();
    c.done();
  }
});

test('which snapshot: NODE_OPTIONS names another one (V8 flags must match), SCALENE_CI_NO_SNAPSHOT uses and builds none, a folder others can write to is not used', { skip }, async () => {
  const p = project();
  const c = cacheEnv();
  const spin = (env: NodeJS.ProcessEnv) => {
    const stderr = run(p, env, 'o.json', ['spin.js', '100']);
    assert.doesNotMatch(stderr, COULD_NOT);
    return stderr;
  };
  try {
    spin(c.env);
    const [plain] = await snapshotsBuilt(c.dir, 1);
    assert.match(spin(c.env), FROM_SNAPSHOT);

    const flagged = { ...c.env, NODE_OPTIONS: '--max-old-space-size=300' };
    assert.doesNotMatch(spin(flagged), FROM_SNAPSHOT);
    const both = await snapshotsBuilt(c.dir, 2);
    assert.ok(both.includes(plain!));
    assert.match(spin(flagged), FROM_SNAPSHOT);

    const off = { ...c.env, SCALENE_CI_NO_SNAPSHOT: '1' };
    assert.doesNotMatch(spin(off), FROM_SNAPSHOT);
    assert.doesNotMatch(spin({ ...off, NODE_OPTIONS: '--max-old-space-size=301' }), FROM_SNAPSHOT);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(blobs(c.dir), both, 'nothing built while turned off');

    chmodSync(c.dir, 0o770);
    assert.doesNotMatch(spin(c.env), FROM_SNAPSHOT);
    chmodSync(c.dir, 0o700);
    assert.match(spin(c.env), FROM_SNAPSHOT);
  } finally {
    p.done();
    c.done();
  }
});
