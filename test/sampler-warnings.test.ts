// A sampler that fell behind its interval is said per process (issue: sampling honest under load).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { samplerWarnings } from '../src/collect/build-profile.js';

test('late samples carrying over 10 % of a process\'s sampled time give one warning for that process', () => {
  const steady = Array.from({ length: 1000 }, () => 0.001);
  // 1000 samples at 1 ms, then 20 samples 16 ms apart (0.32 s of 1.32 s: 24 %).
  const starved = [...steady, ...Array.from({ length: 20 }, () => 0.016)];
  const w = samplerWarnings(
    [
      { pid: 10, dt_s: steady },
      { pid: 11, dt_s: starved },
    ],
    1,
  );
  assert.equal(w.length, 1);
  assert.match(w[0]!, /^sampling: in pid 11 the sampler fell behind its 1 ms interval: 24 % of the sampled time came from 20 samples more than 4 ms apart/);
  // A few late samples (5 % of the time) are not worth a warning.
  assert.deepEqual(samplerWarnings([{ pid: 12, dt_s: [...steady, ...Array.from({ length: 3 }, () => 0.016)] }], 1), []);
});

test('a short process whose one sample stands for its start-up gap gets no warning', () => {
  assert.deepEqual(samplerWarnings([{ pid: 13, dt_s: [0.02, 0.001, 0.001] }], 1), []);
});

test('the late share is the worst process\'s, for compare to weigh off-CPU time by', async () => {
  const { samplerLateShare } = await import('../src/collect/build-profile.js');
  const steady = Array.from({ length: 1000 }, () => 0.001);
  const starved = [...steady, ...Array.from({ length: 20 }, () => 0.016)];
  assert.ok(Math.abs(samplerLateShare([{ pid: 1, dt_s: steady }, { pid: 2, dt_s: starved }], 1) - 0.32 / 1.32) < 1e-9);
});
