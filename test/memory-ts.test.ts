// Native memory and copies of a TypeScript program, run as projects run it (tsx, Node's own
// type stripping): on the line that made them, as for the same program in JavaScript. Until
// 2026-12-07 neither runner had the line sets that say which lines can call into native code
// (tsx's code is a transform of the file; Node's parse of a .ts file failed as JavaScript),
// so a loop of Math.sqrt calls beside the Buffer calls took 85 % of their bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAMS, ROOT, readProfile, runCli, tempDir } from './support/cli.js';
import type { LineProfile } from '../src/model/profile.js';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const PROGRAM = join(PROGRAMS, 'memory', 'buffers.ts');
const WORK_LINE = 6;
const BUFFER_LINE = 7;
const nativeTypeScript = (process.features as { typescript?: unknown }).typescript === 'strip';

const lines = (command: string[]) => linesOf(command, 'buffers.ts');

async function linesOf(command: string[], name: string): Promise<Map<number, LineProfile>> {
  const out = join(tempDir(), 'p.json');
  const r = await runCli(['run', '--json-out', out, '--', ...command], { cwd: join(PROGRAMS, 'memory'), env: { BUDGET_MS: '1200' } });
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const file = Object.entries(p.files).find(([k]) => k === name || k.endsWith(`/${name}`));
  assert.ok(file, `profiled files: ${Object.keys(p.files).join(', ')}`);
  return new Map(file[1].lines.map((l) => [l.line, l]));
}

function assertOnBufferLine(byLine: Map<number, LineProfile>, how: string): void {
  const sum = (f: (l: LineProfile) => number) => [...byLine.values()].reduce((a, l) => a + f(l), 0);
  const buffer = byLine.get(BUFFER_LINE);
  const work = byLine.get(WORK_LINE);
  const alloc = sum((l) => l.alloc_native_bytes ?? 0);
  const copy = sum((l) => l.copy_bytes ?? 0);
  // ~1,000 rounds of 64 KiB allocated, held and copied (at least 400 on a slow runner).
  assert.ok(alloc > 25e6 && copy > 25e6, `${how}: ${alloc} bytes allocated, ${copy} copied in all`);
  const share = (part: number, all: number) => (part / all).toFixed(2);
  assert.ok((buffer?.alloc_native_bytes ?? 0) >= 0.9 * alloc, `${how}: native allocation on line ${BUFFER_LINE}: ${share(buffer?.alloc_native_bytes ?? 0, alloc)} of it; on line ${WORK_LINE} ${share(work?.alloc_native_bytes ?? 0, alloc)}`);
  assert.ok((buffer?.copy_bytes ?? 0) >= 0.9 * copy, `${how}: copies on line ${BUFFER_LINE}: ${share(buffer?.copy_bytes ?? 0, copy)} of them; on line ${WORK_LINE} ${share(work?.copy_bytes ?? 0, copy)}`);
  // What the lines hold at the end: the kept Buffers, on their line. (Not how much: the copies
  // are garbage whose frees the exit's GC may or may not have reached, CI Node 22.)
  const held = sum((l) => Math.max(0, l.net_bytes ?? 0));
  assert.ok(held > 0 && (buffer?.net_bytes ?? 0) >= 0.9 * held, `${how}: held on line ${BUFFER_LINE}: ${share(buffer?.net_bytes ?? 0, held)} of ${held} bytes; on line ${WORK_LINE} ${share(work?.net_bytes ?? 0, held)}`);
}

test('tsx: a TypeScript program\'s native allocation and copies on the line of its Buffer calls, none on the compute loop beside them', async () => {
  assertOnBufferLine(await lines([process.execPath, TSX, PROGRAM]), 'tsx');
});

test('Node\'s type stripping (`node prog.ts`): the same', { skip: !nativeTypeScript && 'this Node does not strip types by default' }, async () => {
  assertOnBufferLine(await lines([process.execPath, PROGRAM]), 'node prog.ts');
});

// Two Buffer calls in one hot function (test/programs/memory/two-buffers.ts, 125 MiB each):
// the engine's walked stacks name positions in the code tsx ran, whose lines are not the
// file's. Until its map answer carried that code's line starts (loaders.ts mapAnswerLine),
// the events were placed by time: 41-92 MiB of copies on the Buffer.alloc line, which copies
// nothing, and on Node 24 157-164 MiB of allocation on the loop that calls the function.
const TWO = join(PROGRAMS, 'memory', 'two-buffers.ts');
const markerLine = (marker: string): number => readFileSync(TWO, 'utf8').split('\n').findIndex((l) => l.includes(`// @${marker}`)) + 1;

function assertTwoLines(byLine: Map<number, LineProfile>, how: string): void {
  const MiB = 1 << 20;
  const alloc = byLine.get(markerLine('alloc'));
  const from = byLine.get(markerLine('from'));
  const shown = [...byLine.values()].filter((l) => (l.alloc_native_bytes ?? 0) > MiB || (l.copy_bytes ?? 0) > MiB).map((l) => `${l.line}: ${((l.alloc_native_bytes ?? 0) / MiB).toFixed(0)} MiB allocated, ${((l.copy_bytes ?? 0) / MiB).toFixed(0)} copied`).join('; ');
  const expected = 8000 * 16 * 1024;
  for (const [name, l] of [['Buffer.alloc', alloc], ['Buffer.from', from]] as const) {
    const got = l?.alloc_native_bytes ?? 0;
    assert.ok(Math.abs(got - expected) <= 0.3 * expected, `${how}: ${name}'s line allocated ${(got / MiB).toFixed(1)} MiB, expected 125 MiB ±30% (${shown})`);
  }
  // Buffer.from copies 125 MiB; Buffer.alloc nothing (keep.shift() between them moves the
  // array's 200 elements: up to 12 MiB of its own).
  const copied = from?.copy_bytes ?? 0;
  assert.ok(Math.abs(copied - expected) <= 0.3 * expected, `${how}: Buffer.from's line copied ${(copied / MiB).toFixed(1)} MiB, expected 125 MiB ±30% (${shown})`);
  assert.ok((alloc?.copy_bytes ?? 0) <= 0.15 * expected, `${how}: Buffer.alloc's line, which copies nothing, has ${((alloc?.copy_bytes ?? 0) / MiB).toFixed(1)} MiB of copies (${shown})`);
}

test('tsx: two Buffer calls in one inlined function keep their own allocations and copies', async () => {
  assertTwoLines(await linesOf([process.execPath, TSX, TWO], 'two-buffers.ts'), 'tsx');
});

test('Node\'s type stripping: the same', { skip: !nativeTypeScript && 'this Node does not strip types by default' }, async () => {
  assertTwoLines(await linesOf([process.execPath, TWO], 'two-buffers.ts'), 'node prog.ts');
});
