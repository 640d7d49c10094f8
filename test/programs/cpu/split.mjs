// Ground truth: three phases with known cost. Each runs until its thread has used
// BUDGET_MS of CPU (JS loop, native hashing; the clock, a system call, read every ~1 ms) or sleeps.
import crypto from 'node:crypto';
const BUDGET_MS = Number(process.env.BUDGET_MS ?? 400);
const cpuMs = () => process.threadCpuUsage ? process.threadCpuUsage().user / 1000 : process.cpuUsage().user / 1000;
const block = Buffer.alloc(1 << 16, 1);
let sink = 0;

function phases() {
  let end = cpuMs() + BUDGET_MS;
  while (cpuMs() < end) for (let i = 0; i < 20000; i++) sink += Math.sqrt(i) * Math.sin(i); // line 11: JS
  end = cpuMs() + BUDGET_MS;
  while (cpuMs() < end) for (let k = 0; k < 8; k++) sink += crypto.createHash('sha256').update(block).update(block).update(block).digest()[0]; // line 13: native
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BUDGET_MS); // line 14: system
}
phases();
console.log('sink', sink > 0);
