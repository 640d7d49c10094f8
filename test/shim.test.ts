// The native allocation/copy sampling shim (native/shim) and its TS helpers (src/collect/shim.ts).
//
// Native tests build the shim with scripts/build-shim.sh and a C harness (test/shim/harness.c)
// that drives the same dlsym'd API the addon will use, then check sampled figures against
// ground truth the harness computes (usable sizes of its own blocks, bytes it copies). Real
// programs (node, sh, python3) run with and without the shim and must behave identically;
// node's ground truth comes from the shim's exit dump (SCALENE_CI_SHIM_DUMP).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  findPackageRoot,
  parseShimDump,
  preloadEnv,
  SHIM_ENV,
  SHIM_FILE_NAME,
  shimPath,
  type ShimDump,
} from '../src/collect/shim.js';

// The package root whether this runs under tsx (test/) or compiled (.tsbuild/test/).
const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)))!;
const so = join(root, 'build', 'shim', SHIM_FILE_NAME);
const harness = join(root, 'build', 'shim', 'harness');
const MiB = 1024 * 1024;
const KiB = 1024;
const MALLOC_WINDOW = 1048571;
const COPY_WINDOW = 7340009;

function works(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

const toolchainMissing =
  process.platform !== 'linux'
    ? `the native shim is Linux-only (this is ${process.platform})`
    : !works('cc', ['--version']) || !works('make', ['--version'])
      ? 'no C compiler (cc) or make on this machine: cannot build native/shim (install gcc and make to run these tests)'
      : false;
const havePython = works('python3', ['-c', 'pass']);

// ---------------------------------------------------------------------------------------
// Pure helpers: always run.

describe('preloadEnv', () => {
  it('prepends to LD_PRELOAD without clobbering, and never twice', () => {
    const env = { PATH: '/bin', LD_PRELOAD: '/opt/libother.so' };
    const { env: out, warning } = preloadEnv(env, '/pkg/build/shim/x.so', 'linux');
    assert.equal(warning, undefined);
    assert.equal(out.LD_PRELOAD, '/pkg/build/shim/x.so:/opt/libother.so');
    assert.equal(out.PATH, '/bin');
    assert.equal(env.LD_PRELOAD, '/opt/libother.so', 'input env is not modified');
    assert.equal(preloadEnv(out, '/pkg/build/shim/x.so', 'linux').env.LD_PRELOAD, out.LD_PRELOAD);
    // the loader also separates entries with spaces
    assert.equal(preloadEnv({ LD_PRELOAD: '/a.so /pkg/x.so' }, '/pkg/x.so', 'linux').env.LD_PRELOAD, '/a.so /pkg/x.so');
    assert.equal(preloadEnv({}, '/pkg/x.so', 'linux').env.LD_PRELOAD, '/pkg/x.so');
    assert.equal(preloadEnv({ LD_PRELOAD: '' }, '/pkg/x.so', 'linux').env.LD_PRELOAD, '/pkg/x.so');
  });

  it('uses DYLD_INSERT_LIBRARIES on macOS and warns about SIP', () => {
    const r = preloadEnv({ DYLD_INSERT_LIBRARIES: '/a.dylib' }, '/pkg/x.dylib', 'darwin');
    assert.equal(r.env.DYLD_INSERT_LIBRARIES, '/pkg/x.dylib:/a.dylib');
    assert.equal(r.env.LD_PRELOAD, undefined);
    assert.match(r.warning ?? '', /SIP/);
  });

  it('says once why native sampling is off, and leaves the env alone', () => {
    const missing = preloadEnv({ LD_PRELOAD: '/a.so' }, null, 'linux');
    assert.equal(missing.env.LD_PRELOAD, '/a.so');
    assert.match(missing.warning ?? '', /not built \(run scripts\/build-shim\.sh\).*JS-heap/);
    assert.match(preloadEnv({}, null, 'darwin').warning ?? '', /not available on darwin/);
    assert.match(preloadEnv({}, 'C:\\x.dll', 'win32').warning ?? '', /Windows/);
    const spaced = preloadEnv({}, '/my dir/x.so', 'linux');
    assert.equal(spaced.env.LD_PRELOAD, undefined);
    assert.match(spaced.warning ?? '', /contains ':' or a space/);
  });
});

describe('shimPath / findPackageRoot', () => {
  const fakeFs = (files: Record<string, string>) => ({
    existsSync: (p: string) => p in files,
    readFileSync: (p: string) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      return files[p];
    },
  });

  it('prefers the prebuilt binary, then build/shim, else null', () => {
    const pre = '/pkg/dist/native/linux-x64/libscalene_ci_shim.so';
    const local = '/pkg/build/shim/libscalene_ci_shim.so';
    assert.equal(shimPath('/pkg', 'linux', 'x64', fakeFs({ [pre]: '', [local]: '' })), pre);
    assert.equal(shimPath('/pkg', 'linux', 'x64', fakeFs({ [local]: '' })), local);
    assert.equal(shimPath('/pkg', 'linux', 'arm64', fakeFs({ [pre]: '' })), null);
    assert.equal(shimPath('/pkg', 'darwin', 'arm64', fakeFs({ [local]: '' })), null);
  });

  it('finds the scalene-ci root from any directory inside it (src/collect, dist/)', () => {
    const fs = fakeFs({
      '/w/package.json': '{"name":"workspace"}',
      '/w/pkg/package.json': '{"name":"scalene-ci"}',
      '/w/pkg/node_modules/dep/package.json': '{"name":"dep"}',
    });
    assert.equal(findPackageRoot('/w/pkg/src/collect', fs), '/w/pkg');
    assert.equal(findPackageRoot('/w/pkg/dist', fs), '/w/pkg');
    assert.equal(findPackageRoot('/w/pkg/node_modules/dep/lib', fs), '/w/pkg');
    assert.equal(findPackageRoot('/elsewhere', fs), null);
    assert.equal(findPackageRoot(join(root, 'src', 'collect')), root);
  });
});

describe('parseShimDump', () => {
  const good = [
    'scalene-ci-shim-dump 1',
    'pid 10',
    'ppid 1',
    'exe /usr/bin/node',
    ...[
      'alloc_bytes', 'free_bytes', 'copy_bytes', 'alloc_calls', 'free_calls', 'copy_calls', 'alloc_samples',
      'free_samples', 'copy_samples', 'free_of_sampled_samples', 'dropped_samples', 'malloc_window_bytes',
      'copy_window_bytes', 'ring_capacity',
    ].map((k, i) => `${k} ${i + 1}`),
    'sample alloc 100 10 2000000 140000000000 0',
    'sample free_of_sampled 101 11 64 140000000000 0',
    'end',
    '',
  ].join('\n');

  it('reads totals and samples', () => {
    const d = parseShimDump(good);
    assert.equal(d.pid, 10);
    assert.equal(d.exe, '/usr/bin/node');
    assert.equal(d.totals.alloc_bytes, 1);
    assert.equal(d.totals.ring_capacity, 14);
    assert.deepEqual(d.samples[0], { kind: 'alloc', mono_us: 100, tid: 10, bytes: 2000000, addr: 140000000000, aux: 0 });
    assert.equal(d.samples[1].kind, 'free_of_sampled');
  });

  it('rejects truncated or malformed dumps', () => {
    assert.throws(() => parseShimDump(good.replace('end\n', '')), /truncated/);
    assert.throws(() => parseShimDump(good.replace('sample alloc 100', 'sample alloc x')), /line 19: malformed sample/);
    assert.throws(() => parseShimDump(good.replace('sample alloc', 'sample grow')), /malformed sample/);
    assert.throws(() => parseShimDump(good.replace('copy_bytes 3\n', '')), /"copy_bytes"/);
  });
});

// ---------------------------------------------------------------------------------------
// Native: build, then measure.

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Run {
  const r: SpawnSyncReturns<string> = spawnSync(cmd, args, { env, cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function withShim(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...preloadEnv(process.env, so, 'linux').env, ...extra };
}

function scenario(name: string, extra: NodeJS.ProcessEnv = {}): any {
  const r = run(harness, [name], withShim(extra));
  assert.equal(r.status, 0, `harness ${name} failed: ${r.stdout}${r.stderr}`);
  return JSON.parse(r.stdout);
}

function within(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: ${actual} is not within ±${tolerance} of ${expected} (off by ${actual - expected})`,
  );
}

function readDumps(dir: string): ShimDump[] {
  return readdirSync(dir)
    .filter((f) => /^shim-\d+\.txt$/.test(f))
    .map((f) => parseShimDump(readFileSync(join(dir, f), 'utf8')));
}

/** Runs `node args` under the shim with a dump dir and returns that node process's dump. */
function nodeDump(args: string[], extra: NodeJS.ProcessEnv = {}): { run: Run; dump: ShimDump } {
  const dir = mkdtempSync(join(tmpdir(), 'scalene-shim-'));
  try {
    const r = run(process.execPath, args, withShim({ [SHIM_ENV.dumpDir]: dir, ...extra }));
    const dumps = readDumps(dir);
    assert.equal(dumps.length, 1, `expected one dump, got ${dumps.length}`);
    return { run: r, dump: dumps[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sum = (d: ShimDump, kind: string) => d.samples.filter((s) => s.kind === kind).reduce((a, s) => a + s.bytes, 0);

describe('native shim', { skip: toolchainMissing }, () => {
  before(() => {
    const build = spawnSync('bash', [join(root, 'scripts', 'build-shim.sh')], { encoding: 'utf8' });
    assert.equal(build.status, 0, `scripts/build-shim.sh failed:\n${build.stdout}${build.stderr}`);
    mkdirSync(dirname(harness), { recursive: true });
    // -fno-builtin: every malloc/memcpy in the harness must be a real call the shim sees.
    const tmp = `${harness}.${process.pid}`;
    const cc = spawnSync(
      'cc',
      ['-O2', '-fno-builtin', '-pthread', '-Wall', '-o', tmp, join(root, 'test', 'shim', 'harness.c'), '-ldl'],
      { encoding: 'utf8' },
    );
    assert.equal(cc.status, 0, `compiling test/shim/harness.c failed:\n${cc.stderr}`);
    renameSync(tmp, harness);
  });

  it('is found by shimPath and exports only the interposed functions and the API', () => {
    const prebuilt = join(root, 'dist', 'native', `linux-${process.arch}`, SHIM_FILE_NAME);
    assert.equal(shimPath(root), existsSync(prebuilt) ? prebuilt : so);
    const check = spawnSync('make', ['-s', '-C', join(root, 'native', 'shim'), 'check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.deepEqual(check.stdout.trim().split(' ').sort(), [
      '__memcpy_chk', '__memmove_chk', 'aligned_alloc', 'calloc', 'free', 'malloc', 'malloc_usable_size', 'memalign',
      'memcpy', 'memmove', 'posix_memalign', 'pvalloc', 'realloc', 'reallocarray', 'scalene_ci_shim_drain', 'scalene_ci_shim_set_hook',
      'scalene_ci_shim_totals', 'scalene_ci_shim_version', 'valloc',
    ]);
  });

  it('the harness sees no shim without LD_PRELOAD (so its figures below come from the shim)', () => {
    const env = { ...process.env };
    delete env.LD_PRELOAD;
    const r = run(harness, ['alloc'], env);
    assert.equal(r.status, 3);
    assert.deepEqual(JSON.parse(r.stdout), { shim: false });
  });

  it('samples 100 MiB of 1 KiB..1 MiB allocations, then their frees, within 2 windows', () => {
    const r = scenario('alloc');
    assert.ok(r.requested >= 100 * MiB);
    within(r.grow.alloc_bytes, r.truth, 2 * MALLOC_WINDOW, 'sampled ALLOC bytes');
    assert.equal(r.grow.free_n, 0, 'no FREE samples while only allocating');
    within(r.shrink.free_bytes, r.truth, 2 * MALLOC_WINDOW, 'sampled FREE bytes');
    assert.equal(r.shrink.alloc_n, 0, 'no ALLOC samples while only freeing');
    // Every sampled block was freed: each one is reported unless it was evicted.
    assert.equal(r.shrink.fos_n + r.grow.evicted, r.grow.alloc_n);
    // Each ALLOC sample names its crossing block's usable size (one of the 1 KiB..1 MiB
    // blocks, not the window it closed); a freed one repeats it, nothing else carries one.
    assert.ok(r.grow.alloc_block_min >= KiB && r.grow.alloc_block_max <= MiB + 4 * KiB, JSON.stringify(r.grow));
    // The crossing block is drawn by size from uniform 1 KiB..1 MiB sizes: ~2/3 MiB on
    // average, where each sample stands for a whole window (~1 MiB).
    within(r.grow.alloc_block_sum / r.grow.alloc_n, (2 / 3) * MiB, 0.12 * MiB, 'mean crossing block');
    assert.equal(r.grow.block_mismatch + r.shrink.block_mismatch, 0);
  });

  it('samples 700 MiB of memcpy/memmove as ~100 copy samples of ~7 MiB', () => {
    const r = scenario('copy');
    assert.equal(r.copy_window, COPY_WINDOW);
    assert.equal(r.totals_copy_delta, r.copied, 'copy totals are exact');
    within(r.samples.copy_n, 100, 10, 'copy samples');
    within(r.samples.copy_bytes, r.copied, 2 * COPY_WINDOW, 'sampled copy bytes');
    within(r.samples.copy_bytes / r.samples.copy_n, COPY_WINDOW, 0.1 * COPY_WINDOW, 'bytes per copy sample');
  });

  it('charges each call of a repeated pattern its own bytes, small calls beside big ones too', () => {
    // A loop of 384 KiB, 640 KiB and 2 MiB allocations, and of 150, 300 and 1500 KiB copies
    // under a 1 MiB copy window. A sample that carried the bytes since the previous one gave
    // them to the call that crossed, and a threshold reset at the end of that call left the
    // next small one short of any: the 384 KiB call got 0 bytes, the 150 KiB copy 27-38 %.
    const r = scenario('pattern', { [SHIM_ENV.copyWindow]: '1048573' });
    assert.equal(r.copy_window, 1048573);
    for (const kind of ['alloc', 'copy'] as const) {
      (r[`${kind}_truth`] as number[]).forEach((truth, i) => {
        within(r[`${kind}_sampled`][i], truth, 0.35 * truth, `${kind} call ${i} (sampled ${r[`${kind}_sampled`].join(', ')} of ${r[`${kind}_truth`].join(', ')})`);
      });
    }
  });

  it('takes no samples for a million alloc/free pairs that never move the net', () => {
    const r = scenario('churn');
    // The calls were seen (so the zero below is not a shim that was never called)...
    within(r.alloc_calls_delta, 1_000_000, 100, 'malloc calls counted');
    within(r.free_calls_delta, 1_000_000, 100, 'free calls counted');
    // ...and none of them was sampled.
    assert.deepEqual([r.samples.alloc_n, r.samples.free_n, r.samples.fos_n], [0, 0, 0]);
  });

  it('keeps sampling in a fork child, which starts from an empty ring and zero totals', () => {
    const r = scenario('fork');
    assert.equal(r.child_exit, 0);
    assert.ok(r.child.totals_alloc_at_start < 64 * 1024, `child totals start at ${r.child.totals_alloc_at_start}`);
    // The parent's 20 MiB of undrained samples must not show up in the child.
    within(r.child.alloc_bytes, r.child.truth, 2 * MALLOC_WINDOW, 'child ALLOC bytes');
    within(r.parent_before_fork_alloc_bytes, 20 * MiB, 2 * MALLOC_WINDOW, 'parent pre-fork ALLOC bytes');
    within(r.parent_after_fork_alloc_bytes, 5 * MiB, 2 * MALLOC_WINDOW, 'parent post-fork ALLOC bytes');
  });

  it('keeps exact totals across 16 threads allocating, copying and freeing at once', () => {
    const r = scenario('threads');
    const slack = 64 * 1024; // pthread_create's own small allocations
    const d = r.delta;
    const t = r.truth;
    assert.ok(d.alloc_bytes >= t.alloc_bytes && d.alloc_bytes - t.alloc_bytes < slack, `alloc ${d.alloc_bytes} vs ${t.alloc_bytes}`);
    assert.ok(d.free_bytes >= t.free_bytes && d.free_bytes - t.free_bytes < slack, `free ${d.free_bytes} vs ${t.free_bytes}`);
    assert.ok(d.copy_bytes >= t.copy_bytes && d.copy_bytes - t.copy_bytes < slack, `copy ${d.copy_bytes} vs ${t.copy_bytes}`);
    assert.ok(d.alloc_calls >= t.alloc_calls && d.alloc_calls - t.alloc_calls < 100);
    assert.ok(d.copy_calls >= t.copy_calls && d.copy_calls - t.copy_calls < 100);
    assert.equal(d.dropped, 0);
    // Samples account for all copies within 2 windows a thread (a sample stands for one
    // window per sampling point passed: what a thread held back, or the rest of its last cell).
    assert.ok(Math.abs(d.copy_bytes - r.samples.copy_bytes) < 16 * 2 * COPY_WINDOW, `samples ${r.samples.copy_bytes} vs ${d.copy_bytes}`);
  });

  it('reports the frees of sampled pointers, and only those, for leak detection', () => {
    const r = scenario('leak');
    assert.ok(r.sampled_ours >= r.blocks - 1, `${r.sampled_ours} of ${r.blocks} 2 MiB blocks sampled`);
    assert.ok(r.fos_even >= r.blocks / 2 - 1, `${r.fos_even} frees of sampled blocks reported`);
    assert.equal(r.fos_odd, 0, 'live sampled blocks are not reported freed');
    assert.equal(r.fos_moved, r.realloc_moved, 'a sampled block moved by realloc is reported');
  });

  it('counts samples dropped by a full ring and recovers after a drain', () => {
    const r = scenario('overflow', { [SHIM_ENV.mallocWindow]: '1' });
    assert.equal(r.window, 1);
    assert.equal(r.drained, r.capacity);
    // 100k malloc + 100k free + 100k frees-of-sampled, every one a sample at a 1-byte window
    assert.equal(r.drained + r.dropped, 300_000);
    assert.equal(r.after_drain, 1);
  });

  it('sees Buffer.alloc (calloc) in node: kept buffers match the ground truth', () => {
    const base = nodeDump([join(root, 'test', 'shim', 'buffers.cjs'), 'alloc', '0']);
    const big = nodeDump([join(root, 'test', 'shim', 'buffers.cjs'), 'alloc', '256']);
    assert.equal(big.run.stdout, 'alloc 256\n');
    // Node's start-up mallocs are all interposed (measured: ~450k on Node 20, ~15-17k on 22-26).
    assert.ok(base.dump.totals.alloc_calls > 5_000, `start-up mallocs: ${base.dump.totals.alloc_calls}`);
    const delta = big.dump.totals.alloc_bytes - base.dump.totals.alloc_bytes;
    // 256 MiB requested; usable sizes add a page-rounding tail per 1 MiB block.
    assert.ok(delta >= 256 * MiB && delta < 256 * MiB * 1.03, `alloc delta ${delta}`);
    // The samples saw the growth: their net peaked at least 256 MiB above start-up.
    assert.ok(sum(big.dump, 'alloc') >= 256 * MiB - 2 * MALLOC_WINDOW, `sampled ${sum(big.dump, 'alloc')}`);
    assert.equal(big.dump.totals.dropped_samples, 0);
  });

  it('sees Buffer.concat copies (memmove) in node: copy volume matches the computable number', () => {
    const base = nodeDump([join(root, 'test', 'shim', 'buffers.cjs'), 'concat', '0']);
    const big = nodeDump([join(root, 'test', 'shim', 'buffers.cjs'), 'concat', '200']);
    assert.equal(big.run.stdout, 'concat 1048576\n');
    const delta = big.dump.totals.copy_bytes - base.dump.totals.copy_bytes;
    within(delta, 200 * MiB, 0.03 * 200 * MiB, 'copy bytes of 200 concats of 1 MiB');
    within(sum(big.dump, 'copy'), big.dump.totals.copy_bytes, 2 * COPY_WINDOW, 'sampled copy bytes');
  });

  it('honours the window variables', () => {
    // 16 MiB kept in 4 KiB buffers and 20 MB copied in 4 KiB concats: ~256 and ~200 samples
    // at these windows (about 16 and 3 at the defaults).
    const program =
      'const k=[];for(let i=0;i<4096;i++)k.push(Buffer.alloc(4096));const a=Buffer.alloc(2048,1);' +
      'for(let i=0;i<5000;i++)k[i%4096]=Buffer.concat([a,a]);globalThis.k=k';
    const { dump } = nodeDump(['-e', program], { [SHIM_ENV.mallocWindow]: '65537', [SHIM_ENV.copyWindow]: '100003' });
    assert.equal(dump.totals.malloc_window_bytes, 65537);
    assert.equal(dump.totals.copy_window_bytes, 100003);
    assert.ok(dump.totals.alloc_samples > 150, `${dump.totals.alloc_samples} alloc samples`);
    assert.ok(dump.totals.copy_samples > 150, `${dump.totals.copy_samples} copy samples`);
  });

  const same = (label: string, cmd: string, args: string[], opts: { stderr?: boolean } = {}) =>
    it(`runs ${label} exactly as without the shim`, () => {
      const env = { ...process.env };
      delete env.LD_PRELOAD;
      const plain = run(cmd, args, env);
      const dir = mkdtempSync(join(tmpdir(), 'scalene-shim-'));
      try {
        const shimmed = run(cmd, args, withShim({ [SHIM_ENV.dumpDir]: dir }));
        assert.deepEqual(
          { ...shimmed, stderr: opts.stderr === false ? '' : shimmed.stderr },
          { ...plain, stderr: opts.stderr === false ? '' : plain.stderr },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

  same('sh -c', 'sh', ['-c', 'echo hi; echo err >&2; exit 7']);
  if (havePython) same('python3 -c', 'python3', ['-c', 'print(sum(range(10**6)))']);
  same('a node program that throws', process.execPath, ['-e', 'console.log("before"); throw new Error("boom")']);
  // abort's core-dump notice and native stack differ run to run: compare stdout and signal
  same('a node program that aborts', process.execPath, ['-e', 'console.log("before"); process.abort()'], { stderr: false });
  same('a node program that exits non-zero mid-work', process.execPath, [
    '-e',
    'const a=[];for(let i=0;i<1e5;i++)a.push({i,s:"x".repeat(i%100)});console.log(JSON.stringify(a).length);process.exit(9)',
  ]);

  it('runs a node tree (workers, sh, python3, node children that abort and throw) exactly as without it, preloaded everywhere', () => {
    const args = [join(root, 'test', 'shim', 'tree.mjs')];
    const env = { ...process.env };
    delete env.LD_PRELOAD;
    const plain = run(process.execPath, args, env);
    const dir = mkdtempSync(join(tmpdir(), 'scalene-shim-'));
    try {
      const shimmed = run(process.execPath, args, withShim({ [SHIM_ENV.dumpDir]: dir }));
      assert.equal(plain.status, 5);
      assert.deepEqual(shimmed, plain);
      const dumps = readDumps(dir);
      const nodeExe = realpathSync(process.execPath);
      const nodes = dumps.filter((d) => d.exe === nodeExe);
      // the tree's root, plus the children that exit normally (the aborting one writes nothing)
      assert.ok(nodes.length >= 3, `${nodes.length} node dumps`);
      if (havePython) assert.ok(dumps.some((d) => /python/.test(d.exe)), 'python3 child was preloaded');
      const rootDump = nodes.find((d) => !nodes.some((o) => o.pid === d.ppid));
      assert.ok(rootDump);
      // worker threads sampled their own copies: copy samples from several threads
      const tids = new Set(rootDump.samples.filter((s) => s.kind === 'copy').map((s) => s.tid));
      assert.ok(tids.size >= 2, `copy samples from ${tids.size} thread(s)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
