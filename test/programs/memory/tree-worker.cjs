// A worker thread: retains 16 MiB of Buffers on its own line, then reports.
const { parentPort, workerData } = require('node:worker_threads');
globalThis.keep = [];
for (let i = 0; i < 256; i++) globalThis.keep.push(Buffer.alloc(64 * 1024, workerData)); // @worker-retain
parentPort.postMessage(globalThis.keep.reduce((s, b) => s + b[0], 0));
