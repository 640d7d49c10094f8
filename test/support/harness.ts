// Ground truth for the TypeScript harness tests: test/programs/ts-harness/textstats.ts (a
// regex tokenizer loop, an anagram key inside a for…of) run through each harness, against
// its plain-JavaScript twin textstats.plain.js (same lines) run by plain node.
//
// Tolerance (stated once): each hot line's share of the file's time within 5 percentage
// points of the twin's. Measured on a 2-core machine the harnesses differ from the twin by
// ≤ 3 points (docs/TYPESCRIPT.md); 5 leaves room for a loaded CI runner, while a shifted or
// collapsed line moves 10 to 80 points.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PROGRAMS, lineTotal, readProfile, runCli, tempDir } from './cli.js';
import type { Profile } from '../../src/model/profile.js';

export const HARNESS = join(PROGRAMS, 'ts-harness');
export const HOT_LINES = [6, 12, 13] as const;
export const TOLERANCE_POINTS = 5;
/** Source ranges of textstats.ts (and its twin). */
export const FUNCTIONS: Record<string, [number, number]> = { tokenize: [2, 8], summarize: [9, 16] };
/** How long each driver loops (tinybench and vitest bench: their time option). */
export const BUDGET_MS = '1500';

/** Percent of the file's time on each line. */
export function lineShares(p: Profile, fileKey: string): Map<number, number> {
  const f = p.files[fileKey];
  assert.ok(f, `${fileKey} in the profile (files: ${Object.keys(p.files).join(', ')})`);
  const total = f.lines.reduce((s, l) => s + lineTotal(l), 0);
  assert.ok(total > 0.2, `${fileKey}: ${total.toFixed(3)} s attributed, expected the benchmark's time`);
  return new Map(f.lines.map((l) => [l.line, (100 * lineTotal(l)) / total]));
}

export async function profileOf(command: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Profile> {
  const out = join(tempDir(), 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', ...command], { cwd: opts.cwd ?? HARNESS, env: { BUDGET_MS, ...opts.env }, timeoutMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  return readProfile(out);
}

/** How many runs of the plain-JS twin make the reference. One run's line shares move by
 * 2-3 points from run to run (sampling, and the JIT tiering up at a different moment), so a
 * single-run twin put a correct harness 5.9 points off; the per-line median of three halves
 * the reference's share of that noise. */
export const TWIN_RUNS = 3;

/** The twin's shares, from plain node: plain.mjs's loop, or a harness's own JS twin (mitata
 * runs a full GC between batches, which changes what the lines cost, in JS as in TS); the
 * per-line median over TWIN_RUNS runs. */
export async function twinShares(driver = 'plain.mjs'): Promise<Map<number, number>> {
  const runs: Array<Map<number, number>> = [];
  for (let i = 0; i < TWIN_RUNS; i++) {
    const p = await profileOf([process.execPath, driver]);
    runs.push(lineShares(p, 'textstats.plain.js'));
    assertFunctions(p, 'textstats.plain.js', 'plain JS');
  }
  return medianShares(runs);
}

export function assertFunctions(p: Profile, fileKey: string, what: string): void {
  // Nothing else: a transform's helpers (esbuild's __export, export getters, __name in tsx's
  // CommonJS output) are no functions of the file, whatever lines their code maps to.
  const names = p.files[fileKey]!.functions.map((f) => f.name);
  assert.deepEqual(names.filter((n) => !(n in FUNCTIONS) && n !== '(module)'), [], `${what}: the function table of ${fileKey} is ${names.join(', ')}`);
  for (const [name, [start, end]] of Object.entries(FUNCTIONS)) {
    const fns = p.files[fileKey]!.functions.filter((f) => f.name === name);
    assert.ok(fns.length > 0, `${what}: ${name} in the function table of ${fileKey}`);
    for (const fn of fns) assert.deepEqual([fn.line, fn.end_line], [start, end], `${what}: ${name} spans lines ${start}–${end} of ${fileKey}`);
  }
}

/** A harness is judged on the per-line median of this many runs, as the twin is (a single
 * run of a correct harness sat 5.5 points from the twin on Node 26: run-to-run noise). */
export const HARNESS_RUNS = 3;

/** HARNESS_RUNS profiles of one harness command. */
export async function harnessProfiles(command: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Profile[]> {
  const out: Profile[] = [];
  for (let i = 0; i < HARNESS_RUNS; i++) out.push(await profileOf(command, opts));
  return out;
}

function medianShares(runs: Array<Map<number, number>>): Map<number, number> {
  const lines = new Set(runs.flatMap((r) => [...r.keys()]));
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  return new Map([...lines].map((l) => [l, median(runs.map((r) => r.get(l) ?? 0))]));
}

/** Every hot line within TOLERANCE_POINTS of the twin (per-line medians over the runs given);
 * functions span their source in every run. */
export function assertLikeTwin(ps: Profile | Profile[], fileKey: string, twin: Map<number, number>, what: string): Map<number, number> {
  const runs = Array.isArray(ps) ? ps : [ps];
  const s = medianShares(runs.map((p) => lineShares(p, fileKey)));
  const row = HOT_LINES.map((l) => `line ${l}: ${(s.get(l) ?? 0).toFixed(1)}% (JS ${(twin.get(l) ?? 0).toFixed(1)}%)`).join(', ');
  for (const line of HOT_LINES) {
    const d = Math.abs((s.get(line) ?? 0) - (twin.get(line) ?? 0));
    assert.ok(d <= TOLERANCE_POINTS, `${what}: ${row}; line ${line} is ${d.toFixed(1)} points from plain JS`);
  }
  for (const p of runs) assertFunctions(p, fileKey, what);
  // One row per harness for docs/TYPESCRIPT.md's table.
  console.log(`${what}: ${row}`);
  return s;
}
