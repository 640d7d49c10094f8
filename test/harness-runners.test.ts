// TypeScript benchmarks as projects run them — tsx (ESM and CommonJS), mitata and tinybench
// under tsx, vitest bench — profiled end to end: every hot line of textstats.ts within a few
// points of its plain-JavaScript twin, functions spanning their source (support/harness.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './support/cli.js';
import { HARNESS, assertLikeTwin, harnessProfiles, twinShares } from './support/harness.js';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const KEY = 'textstats.ts'; // keys are relative to the command's directory

const twin = await twinShares();

test('tsx (ESM): exact lines of the .ts file', async () => {
  const p = await harnessProfiles([process.execPath, TSX, 'loop.ts']);
  assertLikeTwin(p, KEY, twin, 'tsx (ESM)');
});

test('tsx (CommonJS package): exact lines of the .ts file', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
  copyFileSync(join(HARNESS, 'textstats.ts'), join(dir, 'textstats.ts'));
  copyFileSync(join(HARNESS, 'corpus.js'), join(dir, 'corpus.ts'));
  writeFileSync(join(dir, 'loop.ts'), readFileSync(join(HARNESS, 'loop.ts'), 'utf8').replace("'./corpus.js'", "'./corpus.ts'"));
  const p = await harnessProfiles([process.execPath, TSX, 'loop.ts'], { cwd: dir });
  assertLikeTwin(p, 'textstats.ts', twin, 'tsx (CommonJS)');
  // The driver's top level is the module's code, though tsx's CommonJS wrapper does not start
  // where a script does.
  for (const x of p) assert.deepEqual(x.files['loop.ts']?.functions.map((f) => [f.name, f.line]), [['(module)', 1]]);
});

test('mitata under tsx: exact lines; mitata\'s own loop stays out of the user\'s files', async () => {
  const mitataTwin = await twinShares('mitata-plain.mjs');
  const p = await harnessProfiles([process.execPath, TSX, 'mitata.ts']);
  assertLikeTwin(p, KEY, mitataTwin, 'mitata (tsx)');
  for (const key of p.flatMap((x) => Object.keys(x.files))) assert.ok(!key.includes('node_modules'), `no harness file in the profile: ${key}`);
});

test('tinybench under tsx: exact lines', async () => {
  const p = await harnessProfiles([process.execPath, TSX, 'tinybench.ts']);
  assertLikeTwin(p, KEY, twin, 'tinybench (tsx)');
});

test('vitest bench --run: exact lines of the .ts file through vite\'s transform', async () => {
  const p = await harnessProfiles([process.execPath, VITEST, 'bench', '--run']);
  assertLikeTwin(p, KEY, twin, 'vitest bench');
  for (const key of p.flatMap((x) => Object.keys(x.files))) assert.ok(!key.includes('node_modules'), `no harness file in the profile: ${key}`);
  // The bench callback (one line calling the user's code) holds little of the time.
  const benchFile = p[0]!.files['textstats.bench.ts'];
  const total = (k: string) => p[0]!.files[k]!.lines.reduce((s, l) => s + l.cpu_js_s + l.cpu_native_s + l.system_s + l.gc_s, 0);
  if (benchFile) assert.ok(total('textstats.bench.ts') < 0.2 * total(KEY), 'the user\'s code, not the bench file, holds the time');
});

test('vitest bench --pool threads: exact lines in worker threads', async () => {
  const p = await harnessProfiles([process.execPath, VITEST, 'bench', '--run', '--pool', 'threads']);
  assertLikeTwin(p, KEY, twin, 'vitest bench (threads)');
});
