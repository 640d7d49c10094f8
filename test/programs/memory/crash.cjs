// Allocates, then dies the way argv[2] says: an uncaught exception or a fatal signal.
globalThis.keep = [];
for (let i = 0; i < 512; i++) globalThis.keep.push(Buffer.alloc(64 * 1024, 1));
console.log('allocated', globalThis.keep.length);
if (process.argv[2] === 'signal') process.kill(process.pid, 'SIGSEGV');
else throw new Error('boom after allocating');
