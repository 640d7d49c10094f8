// Locating the native engine (src/native/binding.ts), and the package on a platform it has no
// engine for: `run` says in one line which platforms have one and how to build one (exit 2,
// no stack trace, nothing compiled), while compare, report and merge work as usual.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NativeError } from '../src/errors.js';
import { describePrebuilds, ensureBinary, findBinary, prebuildName, prebuildPath } from '../src/native/binding.js';
import { CLI, ROOT, tempDir } from './support/cli.js';

const HOST = `${process.platform}-${process.arch}`;
const SCALENE = join(ROOT, 'test', 'fixtures', 'scalene');

/** A package root with prebuilds for the given platforms and ABIs (empty files: only names matter here). */
function fakePackage(prebuilds: Record<string, string[]>, clone = false): string {
  const root = tempDir('scalene-ci-binding-');
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'scalene-ci', version: '0.0.0' }));
  for (const [platform, abis] of Object.entries(prebuilds)) {
    mkdirSync(join(root, 'dist', 'prebuilds', platform), { recursive: true });
    for (const abi of abis) writeFileSync(join(root, 'dist', 'prebuilds', platform, prebuildName(abi)), '');
  }
  if (clone) {
    mkdirSync(join(root, 'native'), { recursive: true });
    writeFileSync(join(root, 'native', 'binding.gyp'), '{}');
  }
  return root;
}

test('findBinary: the prebuild for this platform and ABI, else the compiled cache, else null', () => {
  const root = fakePackage({ 'linux-x64': ['115', '127'], 'linux-arm64': ['115'] });
  const cache = tempDir('scalene-ci-cache-');
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = cache;
  try {
    const x64 = { platform: 'linux', arch: 'x64', abi: '127' };
    assert.equal(findBinary(root, x64), prebuildPath(root, x64));
    assert.match(prebuildPath(root, x64), /dist\/prebuilds\/linux-x64\/scalene_ci\.abi127\.node$/);
    const arm = { platform: 'linux', arch: 'arm64', abi: '127' };
    assert.equal(findBinary(root, arm), null, 'no arm64 build for ABI 127');
    const cached = join(cache, 'scalene-ci', 'linux-arm64', prebuildName('127'));
    mkdirSync(join(cached, '..'), { recursive: true });
    writeFileSync(cached, '');
    assert.equal(findBinary(root, arm), cached);
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
    rmSync(root, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});

test('describePrebuilds groups platforms by the Node versions they cover', () => {
  const same = fakePackage({ 'linux-x64': ['115', '127', '137', '147'], 'linux-arm64': ['147', '137', '127', '115'] });
  assert.equal(describePrebuilds(same), 'linux-arm64, linux-x64 (Node 20, 22, 24, 26)');
  const mixed = fakePackage({ 'linux-x64': ['115', '127'], 'darwin-arm64': ['131'], 'empty-dir': [] });
  assert.equal(describePrebuilds(mixed), 'darwin-arm64 (Node ABI 131); linux-x64 (Node 20, 22)');
  const none = fakePackage({});
  assert.equal(describePrebuilds(none), 'no platform');
  for (const r of [same, mixed, none]) rmSync(r, { recursive: true, force: true });
});

test('ensureBinary in an installed package never compiles: one line naming the engines and the fix', () => {
  const root = fakePackage({ 'linux-x64': ['115', '127', '137', '147'] });
  const cache = tempDir('scalene-ci-cache-');
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = cache;
  const logged: string[] = [];
  try {
    assert.throws(
      () => ensureBinary(root, (l) => logged.push(l), { platform: 'linux', arch: 'riscv64', abi: '115' }),
      (e: unknown) => {
        assert.ok(e instanceof NativeError);
        assert.equal(e.message.includes('\n'), false);
        assert.match(e.message, /none for Node v[\d.]+ \(ABI 115\) on linux-riscv64/);
        assert.match(e.message, /ships engines for linux-x64 \(Node 20, 22, 24, 26\)/);
        assert.match(e.message, /npm run build:native/);
        return true;
      },
    );
    assert.deepEqual(logged, [], 'no "compiling" line: nothing is compiled');
    assert.equal(existsSync(join(root, 'native', 'build')), false);
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
    rmSync(root, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});

test('on a platform with no engine: run fails in one line (exit 2); compare, report and merge work', { skip: existsSync(CLI) ? false : 'dist/cli.js is not built (npm run build)' }, () => {
  // The built package as npm installs it (package.json + dist/), minus this platform's engines,
  // plus the host's binaries filed under a platform this machine is not.
  const pkg = tempDir('scalene-ci-noengine-');
  const work = tempDir('scalene-ci-noengine-work-');
  const cache = tempDir('scalene-ci-noengine-cache-');
  try {
    copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), {
      recursive: true,
      filter: (src) => !src.startsWith(join(ROOT, 'dist', 'prebuilds', HOST)) && !src.startsWith(join(ROOT, 'dist', 'action')),
    });
    const hostBuilds = join(ROOT, 'dist', 'prebuilds', HOST);
    const other = join(pkg, 'dist', 'prebuilds', 'sunos-x64');
    mkdirSync(other, { recursive: true });
    if (existsSync(hostBuilds)) for (const f of readdirSync(hostBuilds)) copyFileSync(join(hostBuilds, f), join(other, f));
    else writeFileSync(join(other, prebuildName()), '');
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache } });

    const r = cli(['run', '--json-out', join(work, 'p.json'), '--', process.execPath, '-e', '1']);
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, new RegExp(`^scalene-ci: \`run\` needs the native engine, and this package has none for Node v[\\d.]+ \\(ABI \\d+\\) on ${HOST}; it ships engines for .*sunos-x64`));
    assert.match(lines[0]!, /clone the scalene-ci repository and run `npm ci && npm run build:native`/);
    assert.equal(/\n\s+at /.test(r.stderr), false, 'no stack trace');
    assert.equal(existsSync(join(work, 'p.json')), false);
    assert.equal(r.stdout, '');

    const c = cli(['compare', join(SCALENE, 'cpu.scalene.json'), join(SCALENE, 'cpu_regressed.scalene.json')]);
    assert.equal(c.status, 0, c.stderr);
    assert.match(c.stdout, /REGRESSION: 1 finding/);
    assert.match(c.stdout, /cpu_regressed\.py:10 /);

    const h = cli(['report', join(SCALENE, 'cpu.scalene.json'), '--format', 'html', '--out', join(work, 'r.html')]);
    assert.equal(h.status, 0, h.stderr);
    assert.ok(existsSync(join(work, 'r.html')));

    const m = cli(['merge', join(SCALENE, 'cpu.scalene.json'), join(SCALENE, 'cpu.scalene.json'), '--out', join(work, 'm.json')]);
    assert.equal(m.status, 0, m.stderr);
    assert.ok(existsSync(join(work, 'm.json')));
  } finally {
    for (const d of [pkg, work, cache]) rmSync(d, { recursive: true, force: true });
  }
});
