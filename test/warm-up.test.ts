// The CLI snapshot's warm-up (src/cli/warm-up.ts) replays a recorded session through `run`'s
// exit path. A replay that attributes nothing warms nothing: this fails when the recording
// (src/cli/warm-up-session.ts) no longer matches the raw format; record it again with
// `node scripts/record-warm-up.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUp } from '../src/cli/warm-up.js';
import type { Profile } from '../src/model/profile.js';

const lineCpu = (p: Profile, line: number): number => {
  const l = p.files['warm.js']?.lines.find((x) => x.line === line);
  return l ? l.cpu_js_s + l.cpu_native_s + l.system_s : 0;
};

test('the warm-up replays its session into both profiles: the hot lines, the functions, native time, memory', () => {
  const { cpu, full } = warmUp();
  for (const p of [cpu, full]) {
    assert.ok(p.files['warm.js'], Object.keys(p.files).join(', '));
    // 250 ms of a loop over sum (line 5), hash (line 10) and build (line 15).
    const total = [5, 10, 15].reduce((s, l) => s + lineCpu(p, l), 0);
    assert.ok(total > 0.1, `the three work lines hold ${total} s`);
    const names = p.files['warm.js']!.functions.map((f) => f.name);
    for (const n of ['sum', 'hash', 'build']) assert.ok(names.includes(n), names.join(', '));
  }
  assert.equal(cpu.meta.mode, 'cpu');
  assert.equal(full.meta.mode, 'full');
  // sha256 runs in native code; the full profile has memory figures.
  const hash = full.files['warm.js']!.lines.find((l) => l.line === 10)!;
  assert.ok(hash.cpu_native_s > 0, JSON.stringify(hash));
  const alloc = full.files['warm.js']!.lines.reduce((s, l) => s + (l.alloc_js_bytes ?? 0) + (l.alloc_native_bytes ?? 0), 0);
  assert.ok(alloc > 0, 'memory attributed to the program\'s lines');
});
