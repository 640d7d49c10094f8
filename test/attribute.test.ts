// CPU attribution rules on crafted V8 windows (src/collect/attribute.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribute } from '../src/collect/attribute.js';
import { codeLines } from '../src/collect/functions.js';
import type { RawSegment, ThreadData } from '../src/collect/raw.js';

const FILE = '/project/prog.js';
const SOURCE = ['// Two kernels with a fixed split of the work.', 'function count(n) {', '  return n;', '}', 'let total = 0;', 'for (let k = 0; k < 60; k++) total += count(400000);', ''].join('\n');

/** One window: root → the script's top-level function; `samples` timer samples 1 ms apart on it. */
function window(seq: number, startUs: number, samples: number, ticks: Array<[number, number]>): RawSegment {
  const s: number[] = [];
  for (let i = 1; i <= samples; i++) s.push(1, startUs + i * 1000, 0);
  return {
    pid: 1, ppid: 0, thread_id: 0, seq, final: false, interval_us: 1000, v8: '11.3', start_us: startUs, end_us: startUs + samples * 1000,
    // [parent, scriptId, line, column, nameIdx, urlIdx, sourceType]
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0],
    ticks: ticks.flatMap(([line, hits]) => [1, line, hits]),
    strings: ['', `file://${FILE}`],
    samples: s,
    clock: [],
  };
}

test("a tick on a line without code (V8's fallback for an unmapped pc: the script's line 1) is not that line's time", () => {
  // Window 1: the loop on line 6 is mapped. Window 2: V8 could not map the pc and said line 1
  // (a comment) four times for 60 samples, the pattern behind "64 ms on line 1 from 4 samples".
  const thread: ThreadData = { pid: 1, threadId: 0, meta: null, segments: [window(0, 0, 50, [[6, 50]]), window(1, 100_000, 60, [[1, 4]])] };
  const out = attribute([thread], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) });
  const lines = out.lines.get(FILE)!;
  assert.equal(lines.get(1), undefined, 'nothing on the comment line');
  const loop = lines.get(6)!;
  assert.ok(Math.abs(loop.js - 0.11) < 1e-9, `the loop line has all 110 ms: ${loop.js}`);
  assert.equal(Math.round(loop.samples), 110);
  // Without source knowledge, the fallback line keeps its ticks (nothing to judge it by).
  const blind = attribute([thread], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, { mapperFor: () => null });
  assert.ok(blind.lines.get(FILE)!.get(1)!.js > 0.05);
});

test("a call site V8 could not map (the caller's line 1, a comment) is not that line's time", () => {
  // root → (module) → an unprofiled builtin, called from line 6 in window 1 and, with the
  // pc unmapped, "from" line 1 in window 2 (seen on Node 22 in a stress run).
  const seg = (seq: number, startUs: number, callLine: number, n: number): RawSegment => ({
    ...window(seq, startUs, 0, []),
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 2, callLine, 1, 2, 3, 0],
    ticks: [],
    strings: ['', `file://${FILE}`, 'sqrt', 'node:internal/math'],
    samples: Array.from({ length: n }, (_, i) => [2, startUs + (i + 1) * 1000, 0]).flat(),
  });
  const thread: ThreadData = { pid: 1, threadId: 0, meta: null, segments: [seg(0, 0, 6, 40), seg(1, 100_000, 1, 30)] };
  const out = attribute([thread], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) });
  const lines = out.lines.get(FILE)!;
  assert.equal(lines.get(1), undefined, 'nothing on the comment line');
  const site = lines.get(6)!;
  assert.ok(Math.abs(site.js + site.native - 0.07) < 1e-9, `the mapped call site has all 70 ms: ${site.js + site.native}`);
  assert.equal(out.unattributed_s, 0);
});

test('calls between profiled frames are recorded as call edges (caller line → callee function)', () => {
  // root → (module) → count(), called from line 6; count's samples on its line 3.
  const seg: RawSegment = {
    ...window(0, 0, 0, []),
    // [parent, scriptId, line, column, nameIdx, urlIdx, sourceType]; a node's line is its call site in the parent
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 6, 9, 2, 1, 0],
    ticks: [2, 3, 20],
    strings: ['', `file://${FILE}`, 'count'],
    samples: Array.from({ length: 20 }, (_, i) => [2, (i + 1) * 1000, 0]).flat(),
  };
  const thread: ThreadData = { pid: 1, threadId: 0, meta: null, segments: [seg] };
  const out = attribute([thread], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) });
  assert.deepEqual([...(out.callEdges.get(FILE)?.get(6) ?? [])], [`file://${FILE}|count|9`]);
  assert.ok(Math.abs(out.lines.get(FILE)!.get(3)!.js - 0.02) < 1e-9, 'the callee line has the time');
  assert.equal(out.lines.get(FILE)!.get(6), undefined, 'the call site has none of it');
});

test('a frame under a frame of its own function is no call edge (recursion, or an OSR frame)', () => {
  // root → (module) → count() at line 6 → count() again "from" line 3 (V8 shows an on-stack-
  // replaced loop this way): only the module's line 6 calls count.
  const seg: RawSegment = {
    ...window(0, 0, 0, []),
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 6, 9, 2, 1, 0, 2, 1, 3, 9, 2, 1, 0],
    ticks: [3, 3, 20],
    strings: ['', `file://${FILE}`, 'count'],
    samples: Array.from({ length: 20 }, (_, i) => [3, (i + 1) * 1000, 0]).flat(),
  };
  const out = attribute([{ pid: 1, threadId: 0, meta: null, segments: [seg] }], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) });
  assert.deepEqual([...out.callEdges.get(FILE)!.keys()], [6]);
});

test("a window's tail where the samples stopped while the thread ran goes to what it was running", () => {
  // Node 26 under load: 20 samples on the loop (line 6), then 50 ms of CPU with no sample
  // until the window ended, as the thread's CPU clock shows (rows every ms: wall, cpu).
  const stalled = { ...window(0, 0, 20, [[6, 20]]), final: true };
  stalled.end_us = 70_000;
  stalled.clock_stride = 2;
  for (let t = 0; t <= 70_000; t += 1000) stalled.clock.push(t, t);
  const opts = { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] };
  const loop = attribute([{ pid: 1, threadId: 0, meta: null, segments: [stalled] }], opts, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) }).lines.get(FILE)!.get(6)!;
  assert.ok(Math.abs(loop.js - 0.07) < 1e-6, `the loop has its 20 sampled ms and the 50 ms tail: ${loop.js}`);
  assert.ok(Math.abs(loop.samples - 21) < 1e-9, 'the tail counts as one (late) sample');
  // A tail where the thread waited (an idle event loop before exit) is not a stall.
  const idle = { ...window(0, 0, 20, [[6, 20]]), final: true };
  idle.end_us = 70_000;
  idle.clock_stride = 2;
  for (let t = 0; t <= 70_000; t += 1000) idle.clock.push(t, Math.min(t, 20_000));
  const quiet = attribute([{ pid: 1, threadId: 0, meta: null, segments: [idle] }], opts, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) }).lines.get(FILE)!.get(6)!;
  assert.ok(Math.abs(quiet.js - 0.02) < 1e-6, `no stall: ${quiet.js}`);
  // The same in a window before the last.
  const earlier = { ...stalled, final: false, clock: [...stalled.clock] };
  const mid = attribute([{ pid: 1, threadId: 0, meta: null, segments: [earlier] }], opts, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) }).lines.get(FILE)!.get(6)!;
  assert.ok(Math.abs(mid.js - 0.07) < 1e-6, `an earlier window's stall: ${mid.js}`);
});
