// Reading the session folder: checkpoint files read while the program runs are not read
// again at its exit, and a file that cannot be read then is still reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSession, takeCheckpoints, type CheckpointCache } from '../src/collect/raw.js';

const windowsOf = (dir: string, cache: CheckpointCache) => takeCheckpoints(dir, cache).flatMap((f) => f.segments);
import { tempDir } from './support/cli.js';

const window = (seq: number, start: number) => JSON.stringify({ pid: 7, ppid: 1, thread_id: 0, seq, final: false, interval_us: 1000, v8: '11', start_us: start, end_us: start + 100, nodes: [], ticks: [], strings: [], samples: [], clock: [] });

test('checkpoints read while the program runs are reused at exit; new and unreadable ones are read then', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'raw'));
  mkdirSync(join(dir, 'proc'));
  writeFileSync(join(dir, 'raw', '7-0.0.json'), `${window(0, 0)}\n${window(1, 100)}\n`);
  writeFileSync(join(dir, 'raw', '7-0.x.tmp'), 'half');
  const cache: CheckpointCache = new Map();
  const first = windowsOf(dir, cache);
  assert.deepEqual(first.map((s) => s.seq), [0, 1]);
  assert.deepEqual([...cache.keys()], ['7-0.0.json']);
  writeFileSync(join(dir, 'raw', '7-0.1.json'), `${window(2, 200)}\n`);
  writeFileSync(join(dir, 'raw', '7-0.2.json'), '{"pid": 7, "se'); // a file that does not parse
  const second = windowsOf(dir, cache);
  assert.deepEqual(second.map((s) => s.seq), [2], 'only the new file is read');
  assert.ok(!cache.has('7-0.2.json'), 'an unparsable file is left for the final read');
  // The cached windows stand for their file: the final read does not open it again.
  writeFileSync(join(dir, 'raw', '7-0.0.json'), 'overwritten');
  const { threads, skipped } = readSession(dir, cache);
  assert.equal(threads.length, 1);
  assert.deepEqual(threads[0]!.segments.map((s) => s.seq), [0, 1, 2]);
  assert.deepEqual(skipped, ['7-0.2.json']);
  // Without the cache, the overwritten file is unreadable too.
  assert.deepEqual(readSession(dir).skipped.sort(), ['7-0.0.json', '7-0.2.json']);
  assert.deepEqual(windowsOf(join(dir, 'missing'), new Map()), []);
});
