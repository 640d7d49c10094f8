// Three allocations of different sizes in one hot function, 600 rounds: 384 KiB, 640 KiB and
// 2 MiB each round (225, 375 and 1200 MiB in all). The 384 KiB one follows the 2 MiB one (the
// shim's sampling must not starve it), and `new Uint8Array` calls the allocator from the
// function's own code (no frame below it: the engine's walked stack must still find its line).
const keep = [];
function work(n) { let a = 0; for (let i = 0; i < n; i++) a += Math.sqrt(i); return a; }
function round() {
  keep.push(Buffer.alloc(384 * 1024)); // @small
  keep.push(Buffer.allocUnsafeSlow(640 * 1024)); // @mid
  keep.push(new Uint8Array(2 * 1024 * 1024)); // @big
  if (keep.length > 30) keep.splice(0, 3);
}
let t = 0;
for (let r = 0; r < 600; r++) { t += work(1e5); round(); }
console.log(JSON.stringify({ done: t > 0, kept: keep.length }));
