// two-buffers.js in TypeScript. Two Buffer calls in one hot function, 16 KiB each per round (8000 rounds: 125 MiB a line):
// V8 inlines Buffer.alloc and Buffer.from (with fromObject) into `round`, or into the loop
// that calls it, and the engine's walked stacks then name either a position inlined from
// node's buffer.js or a callee (`fromArrayLike`) that this file never calls by name.
const keep: Buffer[] = [];
function work(n: number): number { let a = 0; for (let i = 0; i < n; i++) a += Math.sqrt(i); return a; }
function round() {
  keep.push(Buffer.alloc(16 * 1024)); // @alloc
  if (keep.length > 200) keep.shift();
  Buffer.from(keep[keep.length - 1]!); // @from
}
let t = 0;
for (let r = 0; r < 8000; r++) { t += work(1e5); round(); }
console.log(JSON.stringify({ done: t > 0, kept: keep.length }));
