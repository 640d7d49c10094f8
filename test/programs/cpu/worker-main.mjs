// A worker thread doing JS work, and the main thread waiting for it.
import { Worker } from 'node:worker_threads';
const w = new Worker(new URL('./worker-body.mjs', import.meta.url), { execArgv: [] });
await new Promise((res, rej) => { w.on('exit', res); w.on('error', rej); });
