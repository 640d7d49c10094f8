// Native work inside V8's "fast C calls", where its CPU profiler takes no stack: Buffer.alloc's
// calloc (256 KiB kept, 400 times: 100 MiB) and TypedArray.prototype.set's memmove (8 MiB, 40
// times: 320 MiB), each in a hot function whose time is mostly on other lines (a line that
// allocates JS objects, a compute loop). Placed by time alone, the native events land there.
const keep = [];
function work(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const parts = [];
    for (let k = 0; k < 3000; k++) parts.push({ k, i }); // @busy-js
    keep.push(Buffer.alloc(256 * 1024)); // @alloc
    for (let k = 0; k < 30000; k++) s = (s + k * i) | 0; // @busy-math
    s += parts.length;
  }
  return s;
}
const src = Buffer.alloc(8 << 20, 1);
const dst = new Uint8Array(16 << 20);
function copy(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 300000; k++) s = (s + k) | 0; // @spin
    dst.set(src, i & 1 ? 0 : 4096); // @copy
  }
  return s;
}
let t = 0;
for (let r = 0; r < 4; r++) t += work(100) + copy(10);
console.log(JSON.stringify({ done: t !== 0.5, kept: keep.length }));
