// A process tree under full memory profiling (test/memory.test.ts): a forked node child,
// non-node children (sh, python3), worker threads that allocate on their own lines, and
// libuv thread-pool work (scrypt mallocs its 16 MiB table there, on a thread with no JS).
// Its stdout and exit code must be the same with and without the profiler.
const { fork, execSync, spawnSync } = require('node:child_process');
const { Worker } = require('node:worker_threads');
const crypto = require('node:crypto');
const path = require('node:path');

async function main() {
  const child = fork(path.join(__dirname, 'tree-child.cjs'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let childOut = '';
  child.stdout.on('data', (d) => (childOut += d));
  const childCode = await new Promise((res) => child.on('exit', res));
  console.log(childOut.trim(), 'child exit', childCode);

  console.log(execSync('sh -c "echo sh-ok; head -c 3000000 /dev/zero | wc -c"').toString().trim().replace(/\s+/g, ' '));
  const py = spawnSync('python3', ['-c', 'x = [bytes(1000) for _ in range(20000)]; print("py-ok", len(x))']);
  console.log(py.status === 0 ? py.stdout.toString().trim() : 'py-missing');

  const workers = [];
  for (let i = 0; i < 6; i++) {
    workers.push(new Promise((res, rej) => {
      const w = new Worker(path.join(__dirname, 'tree-worker.cjs'), { workerData: i });
      w.on('message', res);
      w.on('error', rej);
    }));
  }
  const sums = await Promise.all(workers);
  console.log('workers', sums.join(','));

  const scrypts = [];
  for (let i = 0; i < 4; i++) {
    scrypts.push(new Promise((res, rej) => crypto.scrypt('pw', 'salt' + i, 16, { N: 16384, r: 8, p: 1 }, (e, k) => (e ? rej(e) : res(k.length)))));
  }
  console.log('scrypt', (await Promise.all(scrypts)).join(','));
  process.exitCode = 3;
}

main();
