// A process tree for the shim tests: worker threads that allocate and copy, and children
// of every kind (sh, python3 when present, node, a node child that aborts, one that
// throws). Prints only deterministic lines, so its output with and without the shim must
// match byte for byte.
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';

const workerSource = `
  const { parentPort, workerData } = require('node:worker_threads');
  const keep = [];
  let total = 0;
  for (let j = 0; j < 300; j++) {
    const b = Buffer.alloc(64 * 1024, j & 255);
    keep.push(Buffer.concat([b, b]));
    if (keep.length > 16) keep.shift();
    total += keep[keep.length - 1][j % 1024];
  }
  parentPort.postMessage(total + workerData);
`;
const workers = Array.from({ length: 4 }, (_, i) => new Worker(workerSource, { eval: true, workerData: i }));
const sums = await Promise.all(
  workers.map((w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); })),
);
console.log('workers', sums.join(','));

const show = (label, r) =>
  console.log(label, JSON.stringify({ status: r.status, signal: r.signal, out: String(r.stdout).trim() }));
show('sh', spawnSync('sh', ['-c', 'echo from-sh; echo to-stderr >&2; exit 3']));
show('sh-pipe', spawnSync('sh', ['-c', 'seq 1 1000 | sort -r | head -n 2']));
const py = spawnSync('python3', ['-c', 'import sys; print(sum(range(10**6))); sys.exit(4)']);
if (py.error === undefined) show('python3', py);
show('node', spawnSync(process.execPath, ['-e', 'console.log(Buffer.concat([Buffer.alloc(1e6, 1), Buffer.alloc(1e6, 2)]).length)']));
show('node-abort', spawnSync(process.execPath, ['-e', 'process.abort()']));
show('node-throw', spawnSync(process.execPath, ['-e', 'throw new Error("boom")']));
process.exitCode = 5;
