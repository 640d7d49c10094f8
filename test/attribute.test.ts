// CPU attribution rules on crafted V8 windows (src/collect/attribute.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribute, sortTrack, urlToPath, type SampleTrack } from '../src/collect/attribute.js';
import { indexTrack } from '../src/collect/memory/cpu-join.js';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeLines, lineAtOffset, lineStartsOf, sourceLines } from '../src/collect/functions.js';
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

test("a function header's ticks (V8's fallback and the entry's stack check) go by the function's body lines", () => {
  // root → (module) → count(), called from line 6. Window 1: its body line 3 ticks. Window 2:
  // V8 said `function count(n) {` (line 2) for all 20 samples (measured on Node 20: 14-31 ms
  // on `function checksum(n) {` in some runs of the compare leak pair, ~0 in others).
  const SRC = ['// A kernel and its caller.', 'function count(n) {', '  return n;', '}', 'let total = 0;', 'for (let k = 0; k < 60; k++) total += count(400000);', ''].join('\n');
  const seg = (seq: number, startUs: number, n: number, ticks: Array<[number, number]>): RawSegment => ({
    ...window(seq, startUs, 0, []),
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 6, 40, 2, 1, 0],
    ticks: ticks.flatMap(([line, hits]) => [2, line, hits]),
    strings: ['', `file://${FILE}`, 'count'],
    samples: Array.from({ length: n }, (_, i) => [2, startUs + (i + 1) * 1000, 0]).flat(),
  });
  const lines = sourceLines(SRC)!;
  assert.ok(lines.headers!.has(2) && !lines.code!.has(2), 'line 2 is a header, not code');
  const opts = { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] };
  const access = { mapperFor: () => null, codeLines: () => lines.code!, headerLines: () => lines.headers! };
  const out = attribute([{ pid: 1, threadId: 0, meta: null, segments: [seg(0, 0, 50, [[3, 50]]), seg(1, 100_000, 20, [[2, 20]])] }], opts, access);
  assert.equal(out.lines.get(FILE)!.get(2), undefined, 'nothing on the header');
  assert.ok(Math.abs(out.lines.get(FILE)!.get(3)!.js - 0.07) < 1e-9, `the body line has all 70 ms: ${out.lines.get(FILE)!.get(3)!.js}`);
  // A function whose only ticks in the whole run are on its header keeps them there (no loss).
  const only = attribute([{ pid: 1, threadId: 0, meta: null, segments: [seg(0, 0, 20, [[2, 20]])] }], opts, access);
  assert.ok(Math.abs(only.lines.get(FILE)!.get(2)!.js - 0.02) < 1e-9);
  assert.equal(only.unattributed_s, 0);
});

test('function headers that do no work are told apart from code on the same line', () => {
  const src = ['class A {', '  m(x) {', '    return x;', '  }', '}', 'arr.map(function (x) {', '  return x;', '});', 'const f = (a, b) => {', '  return a;', '};',
    'function d(a = g()) {', '  return a;', '}', 'function one(x) { return x; }', 'export const h = async function (y) {', '  return y;', '};'].join('\n');
  const { code, headers } = sourceLines(src)!;
  assert.deepEqual([...headers!].sort((a, b) => a - b), [2, 9, 16], 'a method, `const f = (a, b) => {`, an exported function expression');
  for (const l of [6, 12, 15]) assert.ok(code!.has(l), `line ${l} does work (a call, a default value, a one-line body)`);
});

test('GC samples after a frame that cannot allocate go to the lines that allocated in the window', () => {
  // root → (module) → make() (allocates on line 3) and sum() (arithmetic on line 7); 8 GC
  // samples follow a sample in sum (V8 ran the GC there for make's allocations: measured on
  // Node 20, 8 ms of GC on checksum's loop in one run of the compare leak pair).
  const SRC = ['// Two helpers.', 'function make(i) {', '  return new Array(16).fill(i);', '}', 'function sum(n) {', '  let s = 0;', '  for (let i = 0; i < n; i++) s += i;', '  return s;', '}', 'for (let k = 0; k < 60; k++) { make(k); sum(1000); }', ''].join('\n');
  const samples: number[] = [];
  let t = 0;
  for (let i = 0; i < 10; i++) samples.push(2, (t += 1000), 0);
  for (let i = 0; i < 40; i++) samples.push(3, (t += 1000), 0);
  for (let i = 0; i < 8; i++) samples.push(4, (t += 1000), 1);
  const seg: RawSegment = {
    ...window(0, 0, 0, []),
    end_us: t,
    // [parent, scriptId, line, column, nameIdx, urlIdx, sourceType]: module, make, sum, (garbage collector)
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 10, 32, 2, 1, 0, 1, 1, 10, 41, 3, 1, 0, 0, 0, 0, 0, 4, 0, 0],
    ticks: [2, 3, 10, 3, 7, 40],
    strings: ['', `file://${FILE}`, 'make', 'sum', '(garbage collector)'],
    samples,
  };
  const lines = sourceLines(SRC)!;
  const out = attribute([{ pid: 1, threadId: 0, meta: null, segments: [seg] }], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, {
    mapperFor: () => null,
    codeLines: () => lines.code!,
    headerLines: () => lines.headers!,
    allocatingLines: () => lines.allocating,
  });
  const file = out.lines.get(FILE)!;
  assert.ok(Math.abs(file.get(3)!.gc - 0.008) < 1e-9, `make's allocating line has the 8 ms of GC: ${file.get(3)!.gc}`);
  assert.equal(file.get(7)!.gc, 0, "none on sum's loop");
  assert.ok(Math.abs(file.get(7)!.js - 0.04) < 1e-9);
});

test('memory events in fast C calls: the engine-walked stack names the line (bytecode), the caller line before inlined code, or the callee among the function\'s calls', () => {
  // work's line 5 calls Buffer.alloc, whose calloc V8's profiler gives no stack for
  // (native/src/code_map.h). The engine walks the stack itself: frames of script 7 (this
  // file) and 9 (node:buffer), innermost first, each [script, position, function line, name
  // index, k, k preceding positions].
  const SRC = ['// Buffers kept by work().', 'function work(n) {', '  const parts = [];', '  for (let k = 0; k < n; k++) parts.push({ k });', '  keep.push(Buffer.alloc(1024));', '  let s = 0;', '  for (let k = 0; k < n; k++) s += k;', '  return s + parts.length;', '}', 'const keep = [];', 'work(10);', ''].join('\n');
  const at = (text: string) => SRC.indexOf(text);
  const frame = (script: number, position: number, fnLine: number, name: number, preceding: number[] = []) => [script, position, fnLine, name, preceding.length, ...preceding];
  const stack = (key: number, ...frames: number[][]) => [key, 1, frames.length, ...frames.flat()];
  const names = ['work', 'alloc'];
  const stacks = [
    // Bytecode: the call's own position, inside node:buffer's alloc frame.
    ...stack(1000, frame(9, 120, 400, 1), frame(7, at('Buffer.alloc'), 2, 0)),
    // Optimized work with alloc inlined: its position is an offset into node:buffer, past
    // this file's end; the positions before it: line 11 (outside work), then line 5.
    ...stack(2000, frame(7, 26425, 2, 0, [at('work(10)'), at('keep.push'), at('parts.push')])),
    // Machine code without positions: work named, and the frame inside it is alloc.
    ...stack(3000, frame(9, -1, 400, 1), frame(7, -1, 2, 0)),
    // ...and without a callee: only the function is known.
    ...stack(4000, frame(7, -1, 2, 0)),
    // A position on a line that cannot call or allocate (the sum loop) is not trusted.
    ...stack(5000, frame(7, at('s += k'), 2, 0)),
  ];
  /** Each walked stack's verdict (a line key or a SiteFunction), by its key. */
  const sitesOf = (src: string, trigStacks: number[], trigNames: string[]) => {
    const seg: RawSegment = {
      pid: 1, ppid: 0, thread_id: 0, seq: 0, final: true, interval_us: 1000, v8: '11.3', start_us: 0, end_us: 10_000,
      // root, work (script 7, this file), alloc (script 9, node:buffer)
      nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 7, 2, 14, 0, 1, 0, 1, 9, 400, 10, 0, 2, 0],
      ticks: [],
      strings: ['', `file://${FILE}`, 'node:buffer'],
      samples: [1, 500, 0],
      clock: [],
      trig_stacks: trigStacks,
      trig_names: trigNames,
    };
    const parsedSrc = sourceLines(src)!;
    const out = attribute([{ pid: 1, threadId: 0, meta: null, segments: [seg] }], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, {
      mapperFor: () => null,
      allocatingLines: () => parsedSrc.allocating,
      sourcePositions: () => parsedSrc.positions!,
      functionRanges: () => parsedSrc.ranges,
      calledNames: () => parsedSrc.calls!,
    });
    const track = out.tracks[0]!;
    return (key: number) => {
      const i = track.site_t_us!.indexOf(key);
      return i < 0 ? 'none' : (track.site_key![i] ?? track.site_fn![i]);
    };
  };
  const site = sitesOf(SRC, stacks, names);
  assert.equal(site(1000), `${FILE}:5`, 'bytecode: the position');
  assert.equal(site(2000), `${FILE}:5`, 'inlined code: the nearest earlier position inside work');
  assert.equal(site(3000), `${FILE}:5`, 'machine code: the line of work that calls alloc');
  // (Line 5's exact events include one with no frame below (2000), but code without positions
  // called alloc out of line there (3000): no line is left for "no frame below".)
  assert.deepEqual(site(4000), { file: FILE, ranges: [[2, 9]], direct: [3, 4, 5] }, 'machine code, no callee: work\'s lines');
  assert.deepEqual(site(5000), { file: FILE, ranges: [[2, 9]], direct: [3, 4, 5] }, 'a position on a line that cannot allocate falls back to the function');

  // Two allocating lines: Buffer.alloc (a callee frame below) and new Uint8Array (the
  // function's own code calls the allocator). Code without positions: an event with alloc
  // below goes to line 3 by name; one with nothing below to the line whose exact events had
  // nothing below either (line 4), not to the busier line 3.
  const SRC2 = ['function fill(n) {', '  for (let k = 0; k < n; k++) {', '    keep.push(Buffer.alloc(1024));', '    keep.push(new Uint8Array(4096));', '  }', '}', 'const keep = [];', 'fill(10);', ''].join('\n');
  const at2 = (text: string) => SRC2.indexOf(text);
  const stacks2 = [
    ...stack(1000, frame(9, 120, 400, 1), frame(7, at2('Buffer.alloc'), 1, 0)),
    ...stack(1100, frame(9, 120, 400, 1), frame(7, at2('Buffer.alloc'), 1, 0)),
    ...stack(1200, frame(9, 120, 400, 1), frame(7, at2('Buffer.alloc'), 1, 0)),
    ...stack(2000, frame(7, at2('new Uint8Array'), 1, 0)),
    ...stack(3000, frame(9, -1, 400, 1), frame(7, -1, 1, 0)),
    ...stack(4000, frame(7, -1, 1, 0)),
  ];
  const site2 = sitesOf(SRC2, stacks2, ['fill', 'alloc']);
  assert.equal(site2(1000), `${FILE}:3`);
  assert.equal(site2(2000), `${FILE}:4`, 'bytecode: the position');
  assert.equal(site2(3000), `${FILE}:3`, 'machine code: the line of fill that calls alloc');
  assert.equal(site2(4000), `${FILE}:4`, 'machine code, nothing below: the line whose exact events had nothing below');
});

test('V8 source positions become lines as V8 counts them (\\n, \\r\\n, \\r, U+2028)', () => {
  const src = 'a\r\nb\rc\u2028d\ne';
  const p = sourceLines('let a;\r\nlet b;\n')!.positions!;
  assert.deepEqual(p.lineStarts, [0, 8, 15]);
  const q = { lineStarts: lineStartsOf(src), length: src.length };
  assert.deepEqual([0, 1, 3, 5, 7, 9].map((o) => lineAtOffset(q, o)), [1, 1, 2, 3, 4, 5]);
  assert.equal(lineAtOffset(q, src.length + 1), null, 'past the end (an offset into another script)');
  assert.equal(lineAtOffset(q, -1), null);
  // Calls by name, on the callee's last line.
  const calls = sourceLines('const b = Buffer\n  .alloc(8);\nfoo();\nnew Thing(1);\nx[k]();\n')!.calls!;
  assert.deepEqual(Object.fromEntries(calls), { alloc: [2], foo: [3], Thing: [4] });
});

test('a position in optimized code that inlined a function of the same file is that function\'s line; an offset from another script is not trusted', () => {
  // `pp.at` is inlined into `pp.eat` (acorn's style): a copy inside it reports a position in
  // at's body, outside eat's lines. 40000 is past the file: code inlined from node:buffer.
  const SRC = ['var pp = {};', 'pp.at = function(i) {', '  dst.set(src, i);', '  return i;', '};', 'pp.eat = function(n) {', '  const c = this.at(n);', '  return c + 1;', '};', ''].join('\n');
  const parsedSrc = sourceLines(SRC)!;
  const seg: RawSegment = {
    pid: 1, ppid: 0, thread_id: 0, seq: 0, final: true, interval_us: 1000, v8: '11.3', start_us: 0, end_us: 10_000,
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 7, 6, 10, 0, 1, 0],
    ticks: [],
    strings: ['', `file://${FILE}`],
    samples: [1, 500, 0],
    clock: [],
    trig_stacks: [1000, 3, 1, 7, SRC.indexOf('dst.set'), 6, 0, 0, 2000, 3, 1, 7, 40000, 6, 0, 1, SRC.indexOf('this.at')],
    trig_names: ['eat'],
  };
  const out = attribute([{ pid: 1, threadId: 0, meta: null, segments: [seg] }], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, {
    mapperFor: () => null,
    allocatingLines: () => parsedSrc.allocating,
    sourcePositions: () => parsedSrc.positions!,
    functionRanges: () => parsedSrc.ranges,
    calledNames: () => parsedSrc.calls!,
  });
  const track = out.tracks[0]!;
  assert.deepEqual(track.site_key, [`${FILE}:3`, `${FILE}:7`]);
});

test("a top level's samples V8 could not map, and its ticks on a run-once line while its callees run, go by its code and its callees' lines", () => {
  // Node 24/26 under load: the leak pair's top level, on-stack replaced with its callees
  // inlined, had 37 JS samples and 5 line ticks in a run, 3 of them on a loop header or on
  // `if (…) console.log(sum)` after the loops; split by those ticks, a cold line took 10-25 %.
  const SRC = ['function work(n) {', '  let s = 0;', '  for (let i = 0; i < n; i++) s += i % 7;', '  return s;', '}', 'let t = 0;', 'for (let k = 0; k < 60; k++) t += work(400000);', 'if (t < 0) console.log(t);', ''].join('\n');
  // root → (module) → work: window 1 has 40 samples in work (line 3) below the call on line 7,
  // window 2 has 30 samples on the top level itself, with 2 ticks on line 8 (runs once) and work
  // still running (20 samples, 20 ticks on line 3).
  const seg = (seq: number, startUs: number, inWork: number, onTop: number, topTicks: Array<[number, number]>): RawSegment => {
    const s: number[] = [];
    let t = startUs;
    for (let i = 0; i < inWork; i++) s.push(2, (t += 1000), 0);
    for (let i = 0; i < onTop; i++) s.push(1, (t += 1000), 0);
    return {
      pid: 1, ppid: 0, thread_id: 0, seq, final: false, interval_us: 1000, v8: '12.4', start_us: startUs, end_us: t,
      nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 7, 1, 2, 1, 0],
      ticks: [...topTicks.flatMap(([line, hits]) => [1, line, hits]), 2, 3, inWork],
      strings: ['', `file://${FILE}`, 'work'],
      samples: s,
      clock: [],
    };
  };
  const thread: ThreadData = { pid: 1, threadId: 0, meta: null, segments: [seg(0, 0, 40, 0, []), seg(1, 100_000, 20, 30, [[8, 2]])] };
  const parsed = sourceLines(SRC)!;
  const out = attribute([thread], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, {
    mapperFor: () => null,
    codeLines: () => parsed.code ?? null,
    runOnceLines: () => parsed.once ?? null,
    headerLines: () => parsed.headers ?? null,
  });
  const lines = out.lines.get(FILE)!;
  const ms = (l: number) => Math.round((lines.get(l)?.js ?? 0) * 1000);
  assert.ok(ms(8) <= 1, `the run-once line: ${ms(8)} ms`);
  assert.ok(ms(3) >= 85, `the callee's loop has the work (60 sampled + the top level's unmapped): ${ms(3)} ms`);
  assert.equal(Math.round([...lines.values()].reduce((a, l) => a + l.js, 0) * 1000), 90, 'no time lost');
});

test("urlToPath's fast path gives exactly what fileURLToPath gives", () => {
  const paths = ['/', '/a', '/project/prog.js', '/p/node_modules/@scope/pkg-1.2/index.mjs', '/p/a+b~c,d=e:f@g.ts', '/p/.hidden/x.js', '/p/a..b/c.js', '/p/x.', '/p/x..'];
  const urls = [
    ...paths.map((p) => pathToFileURL(p).href),
    // Plain-looking URLs that are not their path as written: escapes, dot segments, query,
    // fragment, backslashes, doubled slashes, a host.
    'file:///p/a%20b.js', 'file:///p/%E2%82%AC.js', 'file:///p/./x.js', 'file:///p/../x.js', 'file:///p/x/.', 'file:///p/x/..', 'file:///p/..',
    'file:///p/x.js?v=1', 'file:///p/x.js#f', 'file:///p\\x.js', 'file:////p/x.js', 'file:///p//x.js', 'file://localhost/p/x.js',
  ];
  for (const url of urls) {
    let want: string | null;
    try {
      want = fileURLToPath(url);
    } catch {
      want = null;
    }
    assert.equal(urlToPath(url), want, url);
  }
  assert.equal(urlToPath('/abs/plain.js'), '/abs/plain.js');
  assert.equal(urlToPath('node:fs'), null);
  assert.equal(urlToPath('relative.js'), null);
});

test("a thread's track comes out of the attributor in time order though V8 delivered samples late, and the joins read it in place", () => {
  // Two samples delivered late (after one taken 30 µs and 1 ms after them), as V8 does a few
  // times a minute: the finished track is sorted (every column moved with its time), so the
  // memory joins read it without a sorted copy of the run's samples.
  const seg: RawSegment = {
    ...window(0, 0, 0, []),
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 6, 9, 2, 1, 0],
    ticks: [2, 3, 5, 1, 6, 5],
    strings: ['', `file://${FILE}`, 'count'],
    samples: [2, 1000, 0, 2, 2000, 0, 1, 3030, 0, 2, 3000, 0, 1, 5000, 0, 2, 4000, 0, 1, 6000, 0],
  };
  const thread: ThreadData = { pid: 1, threadId: 0, meta: null, segments: [seg] };
  const out = attribute([thread], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, { mapperFor: () => null, codeLines: () => codeLines(SOURCE) });
  const track = out.tracks[0]!;
  assert.deepEqual(track.t_us, [1000, 2000, 3000, 3030, 4000, 5000, 6000]);
  // Each sample keeps its own line: count's (line 3) at 1, 2, 3 and 4 ms, the loop's otherwise.
  assert.deepEqual(track.key.map((k) => (k ? Number(k.slice(k.lastIndexOf(':') + 1)) : null)), [3, 3, 3, 6, 3, 6, 6]);
  assert.equal(track.cpu_s!.length, 7);
  const ix = indexTrack(track, 1000);
  assert.equal(ix.t, track.t_us, 'read in place, not copied');
  assert.equal(ix.key, track.key);
});

test('sortTrack: late samples move back with every column, stably; a shuffled track is sorted too', () => {
  const track = (t: number[]): SampleTrack => ({ pid: 1, threadId: 0, t_us: [...t], dt_s: t.map((x) => x / 1e6), key: t.map((x, i) => `f:${x}.${i}`), cpu_s: t.map((x) => x / 2e6), alloc_key: t.map((x) => (x % 2 ? null : `a:${x}`)), js_alloc_key: t.map((x) => `j:${x}`) });
  const check = (t: number[]) => {
    const tr = track(t);
    sortTrack(tr);
    const want = t.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
    assert.deepEqual(tr.t_us, want.map((w) => w.x));
    assert.deepEqual(tr.key, want.map((w) => `f:${w.x}.${w.i}`), 'stable, each key with its time');
    assert.deepEqual(tr.dt_s, want.map((w) => w.x / 1e6));
    assert.deepEqual(tr.cpu_s, want.map((w) => w.x / 2e6));
    assert.deepEqual(tr.alloc_key, want.map((w) => (w.x % 2 ? null : `a:${w.x}`)));
    assert.deepEqual(tr.js_alloc_key, want.map((w) => `j:${w.x}`));
  };
  check([1, 2, 3, 5, 4, 6, 6, 5, 7]);
  check([3, 1, 2]);
  check([]);
  // More late samples than an insertion sort is for: the comparison sort.
  const shuffled = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_000);
  check(shuffled);
  check([...shuffled, ...shuffled]);
  // Sorted up to `from`: only what follows is looked at, and a late sample there still moves
  // back past it.
  const tr = track([1, 3, 5, 7, 2, 8, 6]);
  sortTrack(tr, 4);
  assert.deepEqual(tr.t_us, [1, 2, 3, 5, 6, 7, 8]);
  assert.deepEqual(tr.key, ['f:1.0', 'f:2.4', 'f:3.1', 'f:5.2', 'f:6.6', 'f:7.3', 'f:8.5']);
  // The number columns stay unboxed doubles (8 bytes a sample, not a pointer and a boxed number).
  setFlagsFromString('--allow-natives-syntax');
  const unboxed = new Function('a', 'return %HasDoubleElements(a)') as (a: unknown[]) => boolean;
  const late = track([2.5e10, 2.5e10 + 1000.5, 2.5e10 + 500.25, 2.5e10 + 2000.75]);
  assert.ok(unboxed(late.t_us) && unboxed(late.dt_s) && unboxed(late.cpu_s!), 'doubles before');
  sortTrack(late);
  // (Before any deepEqual: assert's own walk of an array's keys boxes its elements.)
  assert.ok(unboxed(late.t_us) && unboxed(late.dt_s) && unboxed(late.cpu_s!), 'doubles after');
  assert.deepEqual(late.t_us, [2.5e10, 2.5e10 + 500.25, 2.5e10 + 1000.5, 2.5e10 + 2000.75]);
  const unsortedPrefix = track([5, 1, 7, 6]);
  sortTrack(unsortedPrefix, 2);
  assert.deepEqual(unsortedPrefix.t_us, [5, 1, 6, 7], 'the part before `from` is taken as sorted, not looked at');
});
