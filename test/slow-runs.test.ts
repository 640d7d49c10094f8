// The rule by which the tests of identical code (compare-real, the stress check) profile again
// a run whose program ran differently from its siblings (test/compare-helpers.ts slowReason):
// it must catch a phase left on a slower tier, and never a run where the profiler merely put
// time on another line (that is what those tests judge).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeProfile, slowReason, slowRuns } from './compare-helpers.js';

const run = (lines: Record<number, number>) => makeProfile({ files: { 'prog.js': { lines: Object.entries(lines).map(([line, ms]) => ({ line: Number(line), cpu_js_s: ms / 1000 })) } } });

test('a hot line on a slower tier is caught though the whole program stays under 1.5x (the leak pair, CI under load)', () => {
  // Ten runs of the leak pair's base under the stress check's load, in its proportions:
  // makeRecord's line 6 and the checksum loop's line 11; run 7 kept the loop on a slower tier
  // (1.95x its median), the program 1.49x.
  const line6 = [25, 47, 20, 33, 28, 40, 30, 11, 47, 22];
  const line11 = [100, 80, 95, 90, 85, 82, 98, 172, 58, 88];
  const ps = line6.map((a, i) => run({ 6: a, 11: line11[i]! }));
  const slow = slowRuns(ps);
  assert.deepEqual(slow.map(([i]) => i), [7]);
  assert.match(slow[0]![1], /^prog\.js:11 ran 1\.95x its median seconds \(the program 1\.49x\)$/);
});

test('time the profiler moved between lines is not a slower run: the program\'s CPU did not grow', () => {
  const ps = Array.from({ length: 8 }, () => run({ 3: 40, 4: 40, 5: 40 }));
  ps[2] = run({ 3: 100, 4: 10, 5: 10 });
  assert.equal(slowReason(ps, 2), null);
  // ...and the whole-program rule still holds on its own.
  ps[5] = run({ 3: 62, 4: 62, 5: 62 });
  assert.match(slowReason(ps, 5)!, /^the program ran 1\.55x its side's median CPU$/);
  // A cold line's swing is no sign either (under 10 % of the program).
  ps[6] = run({ 3: 40, 4: 40, 5: 40, 9: 15 });
  assert.equal(slowReason(ps, 6), null);
});

test('a line of 15 % of the program that ran 3x slower is a slower run (the copy pair, CI under load)', () => {
  // The copy pair's head, ten runs (clean-clone CI, Node 20): the scan loop's line 11 and the
  // copy's line 18; run 5's copy took 153 ms against a median of 47, the scan loop as always.
  const line11 = [228, 231, 226, 230, 233, 221, 229, 227, 232, 230];
  const line18 = [47, 45, 48, 46, 47, 153, 45, 49, 47, 46];
  const ps = line11.map((a, i) => run({ 11: a, 18: line18[i]!, 3: 40 }));
  const slow = slowRuns(ps);
  assert.deepEqual(slow.map(([i]) => i), [5]);
  assert.match(slow[0]![1], /^prog\.js:18 ran 3\.\d\dx its median seconds/);
  // The same line given 100 ms of the scan loop's time (the program's CPU unchanged) stays judged.
  ps[5] = run({ 11: 128, 18: 147, 3: 40 });
  assert.equal(slowReason(ps, 5), null);
});
