// Ground-truth workloads for the memory profiler (test/memory.test.ts). Each phase is one
// line tagged with a marker comment the test looks up; volumes are exact by construction:
//  - Buffer.alloc(64 KiB) is one calloc of 64 KiB (freed by GC when churned); with a fill
//    value it is a malloc and a memset (the retaining phase fills, so it takes long enough
//    on a loaded machine for the CPU sampler to see it);
//  - new Array(1000).fill(i) is 8048 JS heap bytes on Node 20–26 (a 32-byte JSArray and a
//    16 + 8 × 1000-byte FixedArray; no pointer compression in Node's builds);
//  - Buffer.concat of two 512 KiB buffers copies 1 MiB (memmove); subarray copies nothing.
// What is retained hangs off globalThis, so it stays reachable until the process exits.
const KiB = 1024;
const N = { churnNative: 4096, churnJs: 40000, retainNative: 1024, retainJs: 16000, concat: 256, subarray: 1000000 };
globalThis.keepNative = [];
globalThis.keepJs = [];
globalThis.sink = null;

function churnNative() {
  for (let i = 0; i < N.churnNative; i++) globalThis.sink = Buffer.alloc(64 * KiB); // @churn-native
}

function churnJs() {
  for (let i = 0; i < N.churnJs; i++) globalThis.sink = new Array(1000).fill(i); // @churn-js
}

function retainNative() {
  for (let i = 0; i < N.retainNative; i++) globalThis.keepNative.push(Buffer.alloc(64 * KiB, i)); // @retain-native
}

function retainJs() {
  for (let i = 0; i < N.retainJs; i++) globalThis.keepJs.push(new Array(1000).fill(i)); // @retain-js
}

function concat() {
  const a = Buffer.alloc(512 * KiB, 1);
  const b = Buffer.alloc(512 * KiB, 2);
  for (let i = 0; i < N.concat; i++) globalThis.sink = Buffer.concat([a, b]); // @concat
}

function subarray() {
  const big = Buffer.alloc(1024 * KiB, 3);
  for (let i = 0; i < N.subarray; i++) globalThis.sink = big.subarray(i % 1024, (i % 1024) + 4096); // @subarray
}

churnNative();
churnJs();
retainNative();
retainJs();
concat();
subarray();
console.log(JSON.stringify({ done: true, retained: globalThis.keepNative.length + globalThis.keepJs.length }));
