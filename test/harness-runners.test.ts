// TypeScript benchmarks as projects run them — tsx (ESM and CommonJS), mitata and tinybench
// under tsx, vitest bench — profiled end to end: every hot line of textstats.ts within a few
// points of its plain-JavaScript twin, functions spanning their source (support/harness.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './support/cli.js';
import { HARNESS, compareWithTwin } from './support/harness.js';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const KEY = 'textstats.ts'; // keys are relative to the command's directory

test('tsx (ESM): exact lines of the .ts file', async () => {
  await compareWithTwin([process.execPath, TSX, 'loop.ts'], 'tsx (ESM)');
});

test('tsx (ESM) under --cpu-only with a checkpoint every 200 ms: a .ts window waits for its thread\'s source maps, exact lines', async () => {
  // A --cpu-only run attributes its windows while the program runs; a transpiled file's wait
  // for its source map's answer (cli/run.ts feed), written as the module loads (loaders.ts
  // answerMapsAtLoad) or by the thread's record (when idle, or at its exit; from the files when
  // more than MAX_WAITING_FILES waited). Either way is accepted here: the lines must be exact.
  // test/incremental-ts.test.ts checks which way each program goes.
  const { stderr } = await compareWithTwin([process.execPath, TSX, 'loop.ts'], 'tsx (ESM, --cpu-only, 200 ms checkpoints)', {
    args: ['--cpu-only'],
    env: { SCALENE_CI_CHECKPOINT_MS: '200', SCALENE_CI_DEBUG: '1' },
  });
  for (const e of stderr) {
    assert.match(e, /debug: (all checkpoint files attributed at the exit|\d+ checkpoint file\(s\) attributed while the command ran, \d+ at its exit)/, e);
    // Its .ts files parsed once seen, not at the exit (the parse of a large one was most of the wait).
    assert.match(e, /debug: TypeScript analysed while the command ran: .*textstats\.ts/, e);
  }
});

test('tsx (CommonJS package): exact lines of the .ts file', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
  copyFileSync(join(HARNESS, 'textstats.ts'), join(dir, 'textstats.ts'));
  copyFileSync(join(HARNESS, 'corpus.js'), join(dir, 'corpus.ts'));
  writeFileSync(join(dir, 'loop.ts'), readFileSync(join(HARNESS, 'loop.ts'), 'utf8').replace("'./corpus.js'", "'./corpus.ts'"));
  const { harness: p } = await compareWithTwin([process.execPath, TSX, 'loop.ts'], 'tsx (CommonJS)', { cwd: dir });
  // The driver's top level is the module's code, though tsx's CommonJS wrapper does not start
  // where a script does.
  for (const x of p) assert.deepEqual(x.files['loop.ts']?.functions.map((f) => [f.name, f.line]), [['(module)', 1]]);
});

test('mitata under tsx: exact lines; mitata\'s own loop stays out of the user\'s files', async () => {
  const { harness: p } = await compareWithTwin([process.execPath, TSX, 'mitata.ts'], 'mitata (tsx)', { twinDriver: 'mitata-plain.mjs' });
  for (const key of p.flatMap((x) => Object.keys(x.files))) assert.ok(!key.includes('node_modules'), `no harness file in the profile: ${key}`);
});

test('tinybench under tsx: exact lines', async () => {
  await compareWithTwin([process.execPath, TSX, 'tinybench.ts'], 'tinybench (tsx)');
});

test('vitest bench --run: exact lines of the .ts file through vite\'s transform', async () => {
  const { harness: p } = await compareWithTwin([process.execPath, VITEST, 'bench', '--run'], 'vitest bench');
  for (const key of p.flatMap((x) => Object.keys(x.files))) assert.ok(!key.includes('node_modules'), `no harness file in the profile: ${key}`);
  // The bench callback (one line calling the user's code) holds little of the time.
  const benchFile = p[0]!.files['textstats.bench.ts'];
  const total = (k: string) => p[0]!.files[k]!.lines.reduce((s, l) => s + l.cpu_js_s + l.cpu_native_s + l.system_s + l.gc_s, 0);
  if (benchFile) assert.ok(total('textstats.bench.ts') < 0.2 * total(KEY), 'the user\'s code, not the bench file, holds the time');
});

test('vitest bench --pool threads: exact lines in worker threads', async () => {
  await compareWithTwin([process.execPath, VITEST, 'bench', '--run', '--pool', 'threads'], 'vitest bench (threads)');
});
