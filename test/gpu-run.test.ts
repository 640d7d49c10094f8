// GPU per line end to end: `scalene-ci run` with a scripted fake NVML (the same dlopen
// path as the real driver; see test/gpu/fake_nvml.c) busy only during the second phase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAMS, ROOT, lineOf, readProfile, runCli, tempDir } from './support/cli.js';

const hasCc = spawnSync('cc', ['--version']).status === 0;

async function gpuRun(args: string[], env: NodeJS.ProcessEnv = {}) {
  const dir = tempDir();
  const lib = join(dir, 'libnvidia-ml.so.1');
  const b = spawnSync('cc', ['-shared', '-fPIC', '-O1', '-o', lib, join(ROOT, 'test', 'gpu', 'fake_nvml.c')], { encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr);
  const script = join(dir, 'script.txt');
  // Busy (100%, 1 GiB) from 1000 ms after NVML starts: the spin phase ends ~800 ms in.
  writeFileSync(script, 'devices 1\nname 0 Fake H100\nperiod_ms 20\nseg 0 self 1000 inf 100 1073741824\n');
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--gpu', ...args, '--json-out', out, '--', process.execPath, join(PROGRAMS, 'gpu', 'two-lines.mjs')], {
    env: { SCALENE_CI_NVML_LIB: lib, FAKE_NVML_SCRIPT: script, ...env },
  });
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.ok(p.meta.gpu, 'meta.gpu is set');
  assert.equal(p.meta.gpu.per_process, true);
  const cpuLine = lineOf(p, 'test/programs/gpu/two-lines.mjs', 4);
  const gpuLine = lineOf(p, 'test/programs/gpu/two-lines.mjs', 5);
  assert.ok((cpuLine?.gpu_s ?? 0) < 0.05, `CPU line has no GPU time (${cpuLine?.gpu_s})`);
  assert.ok((gpuLine?.gpu_s ?? 0) > 0.4 && (gpuLine?.gpu_s ?? 0) < 0.85, `GPU line has ~0.6 s of GPU time (${gpuLine?.gpu_s})`);
  assert.ok((gpuLine?.gpu_mem_peak_bytes ?? 0) >= 1 << 30, 'GPU memory peak seen on the GPU line');
  assert.ok((p.totals.gpu_s ?? 0) >= (gpuLine?.gpu_s ?? 0));
  assert.match(r.stdout, /GPU │/, 'the report has a GPU column');
  return r;
}

test('GPU time lands on the line that runs while the GPU is busy', { skip: hasCc ? false : 'no C compiler to build the fake NVML' }, async () => {
  await gpuRun([]);
});

test('--cpu-only attributing while the program runs keeps the samples the GPU readings are joined with', { skip: hasCc ? false : 'no C compiler to build the fake NVML' }, async () => {
  // Checkpoints every 200 ms: most windows are attributed before the program exits, and a
  // run without GPU sampling drops their per-sample tracks as it goes (cli/run.ts feed).
  const r = await gpuRun(['--cpu-only'], { SCALENE_CI_CHECKPOINT_MS: '200', SCALENE_CI_DEBUG: '1' });
  const fed = /debug: (\d+) checkpoint file\(s\) attributed while the command ran/.exec(r.stderr);
  assert.ok(fed && Number(fed[1]) >= 2, r.stderr);
});

test('without NVML the profile has no GPU section and no GPU column', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--', process.execPath, join(PROGRAMS, 'gpu', 'two-lines.mjs')], {
    env: { SCALENE_CI_NVML_LIB: join(dir, 'missing.so') },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readProfile(out).meta.gpu, null);
  assert.equal(/GPU │/.test(r.stdout), false);
});
