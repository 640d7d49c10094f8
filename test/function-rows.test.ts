// A profile's function rows (collect/build-profile.ts): a named function of the source keeps
// its row in a run where V8 never reported it as a function of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribute } from '../src/collect/attribute.js';
import { buildProfile, type RunInfo } from '../src/collect/build-profile.js';
import type { RawSegment, ThreadData } from '../src/collect/raw.js';

// The compare leak pair's program, shortened: `checksum` is called from the top-level loop.
const SOURCE = [
  'const retained = [];', // 1
  '', // 2
  'function makeRecord(i) {', // 3
  '  return { id: i, payload: new Array(16).fill(i) };', // 4
  '}', // 5
  '', // 6
  'function checksum(n) {', // 7
  '  let s = 0;', // 8
  '  for (let i = 0; i < n; i++) s += (i * 31 + 7) % 97;', // 9
  '  return s;', // 10
  '}', // 11
  '', // 12
  'let sum = 0;', // 13
  'for (let round = 0; round < 400; round++) {', // 14
  '  for (let i = 0; i < 1000; i++) sum += makeRecord(i).payload[3];', // 15
  '  sum += checksum(150000);', // 16
  '}', // 17
  '',
].join('\n');
const FILE = '/project/prog.js';

/** One window whose only profiled frame is the script's top level, with `ticks` [line, hits]
 * (1 ms apart): what V8 reports when it inlined every call of the top-level loop. */
function moduleWindow(ticks: Array<[number, number]>): RawSegment {
  const n = ticks.reduce((a, t) => a + t[1], 0);
  const samples: number[] = [];
  for (let i = 1; i <= n; i++) samples.push(1, i * 1000, 0);
  return {
    pid: 1, ppid: 0, thread_id: 0, seq: 0, final: true, interval_us: 1000, v8: '12.4', start_us: 0, end_us: n * 1000,
    // [parent, scriptId, line, column, nameIdx, urlIdx, sourceType]: root, then the top level.
    nodes: [-1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1, 0],
    ticks: ticks.flatMap(([line, hits]) => [1, line, hits]),
    strings: ['', `file://${FILE}`, '(module)'],
    samples,
    clock: [],
  };
}

const RUN: RunInfo = { toolVersion: 'test', command: ['node', 'prog.js'], startTime: new Date(0), elapsedS: 0.1, intervalMs: 1, gitSha: null, mode: 'cpu', useVirtualTime: false, complete: true, warnings: [] };

test('a named function V8 inlined for the whole run still has its row, with its lines\' time', () => {
  const thread: ThreadData = { pid: 1, threadId: 0, meta: null, segments: [moduleWindow([[9, 60], [15, 30], [16, 10]])] };
  const attribution = attribute([thread], { filter: { root: '/project', alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] }, { mapperFor: () => null });
  assert.deepEqual([...attribution.functions.values()].map((f) => f.name), ['(module)'], 'V8 named the top level only');
  const profile = buildProfile(attribution, [thread], RUN, '/project', (abs) => (abs === FILE ? SOURCE : null));
  const fns = profile.files['prog.js']!.functions;
  const checksum = fns.find((f) => f.name === 'checksum');
  assert.ok(checksum, `rows: ${fns.map((f) => f.name).join(', ')}`);
  assert.deepEqual([checksum.line, checksum.end_line], [7, 11]);
  assert.ok(Math.abs(checksum.cpu_js_s - 0.06) < 1e-6, `checksum has its loop line's 60 ms: ${checksum.cpu_js_s}`);
  const top = fns.find((f) => f.name === '(module)')!;
  assert.ok(Math.abs(top.cpu_js_s - 0.04) < 1e-6, `the top level keeps its own lines' 40 ms: ${top.cpu_js_s}`);
  // A function whose lines hold nothing gets no row (makeRecord's time is on line 15 here).
  assert.equal(fns.find((f) => f.name === 'makeRecord'), undefined);
});
