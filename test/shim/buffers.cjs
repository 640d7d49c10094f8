// Ground-truth workloads for the shim, selected by argv: `alloc N` keeps N Buffer.alloc(1 MiB)
// (calloc) alive; `concat N` makes N Buffer.concat of two 512 KiB buffers (malloc + 1 MiB
// of memmove each). N = 0 gives the baseline the tests subtract.
const [mode, nText] = process.argv.slice(2);
const n = Number(nText);
if (mode === 'alloc') {
  const keep = [];
  for (let i = 0; i < n; i++) keep.push(Buffer.alloc(1 << 20));
  globalThis.keep = keep;
  console.log('alloc', keep.length);
} else if (mode === 'concat') {
  const a = Buffer.alloc(1 << 19, 1);
  const b = Buffer.alloc(1 << 19, 2);
  let x = a;
  for (let i = 0; i < n; i++) x = Buffer.concat([a, b]);
  console.log('concat', x.length);
} else {
  console.error('usage: buffers.cjs alloc|concat N');
  process.exit(2);
}
