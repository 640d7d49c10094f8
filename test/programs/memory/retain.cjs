// Retains argv[2] MiB of Buffers (64 KiB each) on one line, for the --malloc-threshold test.
const mib = Number(process.argv[2] ?? 64);
globalThis.keep = [];
for (let i = 0; i < mib * 16; i++) globalThis.keep.push(Buffer.alloc(64 * 1024)); // @retain
console.log('retained', globalThis.keep.length);
