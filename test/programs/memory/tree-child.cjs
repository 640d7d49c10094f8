// The forked child: allocates, retains, reports.
globalThis.keep = [];
for (let i = 0; i < 256; i++) globalThis.keep.push(Buffer.alloc(64 * 1024, i));
console.log('child-ok', globalThis.keep.length);
