// The stress check's attribution rule (test/compare-helpers.ts attributionBands): time must never
// move from one line to another between runs of identical code, judged against each line's own
// run-to-run noise. It must fail a real move in a program whose lines run in long phases, and
// pass the coin-toss spread V8's 1 ms sampling gives two lines that alternate faster than that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionBands, makeProfile } from './compare-helpers.js';

const run = (lines: Record<number, number>) => makeProfile({ files: { 'prog.js': { lines: Object.entries(lines).map(([line, ms]) => ({ line: Number(line), cpu_js_s: ms / 1000 })) } } });

test('a hot line that lost half its time to another line in one run fails, in a program of long phases', () => {
  // The cpu pair's base in its proportions (ms): line 4 ~103, line 10 ~37, bands a point wide.
  const line4 = [102, 107, 103, 104, 101, 105, 103, 102, 106, 104];
  const line10 = [37, 38, 36, 37, 38, 37, 36, 38, 37, 37];
  const ps = line4.map((a, i) => run({ 4: a, 10: line10[i]! }));
  assert.deepEqual(attributionBands(ps, 'prog.js').failures, []);
  // Run 2: 60 % of line 10's time put on line 4 (what a wrong window roll would do).
  ps[2] = run({ 4: 103 + 22, 10: 15 });
  const { failures, bands } = attributionBands(ps, 'prog.js');
  assert.equal(failures.length, 1, failures.join('\n'));
  assert.match(failures[0]!, /^10: a hot line's time moved to other lines in run 2 \(share 10\.7 %, mean 24\.8 %, (\d+\.\d) of its deviations in other runs, 140 samples\)$/);
  assert.ok(Number(/(\d+\.\d) of its deviations/.exec(failures[0]!)![1]) > 20);
  assert.deepEqual(bands.map((b) => b.line), [4, 10]);
});

test('two lines that alternate every 0.25 ms: the coin-toss spread of 1 ms samples is no move', () => {
  // The leak pair's base in its proportions under load (ms of ~100 samples a run): makeRecord's
  // line 6 spread like a binomial draw, and the extreme of a clean-clone CI (Node 24): 8 ms,
  // half its seconds, while the checksum loop (line 11) ran beyond its own range that run.
  const line6 = [28, 35, 22, 30, 25, 33, 27, 36, 8, 31];
  const line11 = [70, 63, 76, 68, 73, 65, 71, 62, 90, 67];
  const ps = line6.map((a, i) => run({ 6: a, 11: line11[i]! }));
  assert.deepEqual(attributionBands(ps, 'prog.js').failures, []);
  // The same loss in a run of a program whose line 6 never strays: a move.
  const tight = line6.map((_, i) => run({ 6: i === 8 ? 8 : 28 + (i % 3), 11: i === 8 ? 90 : 70 - (i % 3) }));
  assert.match(attributionBands(tight, 'prog.js').failures.join('\n'), /^6: a hot line's time moved to other lines in run 8 /);
});

test('a hot line whose share halved because another line ran slower keeps its seconds: no move', () => {
  const ps = Array.from({ length: 10 }, (_, i) => run({ 11: 60 + (i % 2), 18: 15 }));
  ps[4] = run({ 11: 119, 18: 15 });
  assert.deepEqual(attributionBands(ps, 'prog.js').failures, []);
});

test('a cold line that took 10 % fails where it never strays, not where it spreads that far by itself', () => {
  const tight = Array.from({ length: 10 }, (_, i) => run({ 3: 97 + (i % 2), 7: 2 }));
  tight[6] = run({ 3: 85, 7: 15 });
  assert.match(attributionBands(tight, 'prog.js').failures.join('\n'), /^7: a cold line took 15\.0 % in run 6 \(mean 3\.3 %/);
  const loose = [1, 9, 2, 8, 3, 9, 1, 11, 2, 8].map((c) => run({ 3: 100 - c, 7: c }));
  assert.deepEqual(attributionBands(loose, 'prog.js').failures, []);
});
