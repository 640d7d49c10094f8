// A small program with a known time split: a pure-JavaScript loop, native hashing
// (crypto runs in C++), and a blocking sleep (off-CPU, "system" time).
import crypto from 'node:crypto';

function jsWork(n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.sqrt(i) * Math.sin(i);
  return total;
}

function nativeWork(rounds) {
  const block = Buffer.alloc(1 << 20, 7);
  let digest;
  for (let i = 0; i < rounds; i++) digest = crypto.createHash('sha256').update(block).digest();
  return digest;
}

function sleepWork(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

jsWork(20_000_000);
nativeWork(300);
sleepWork(300);
console.log('done');
