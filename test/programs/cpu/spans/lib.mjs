// The callee in another file: its loop holds most of the time. Its loop's line number is
// that of a run-once line of main.mjs (@once): V8, inlining work() into main.mjs's top-level
// loop, resolves the inlined positions against main.mjs, and ticks land there.
//
//
//
function work(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003; // @loop
  return s;
}
export { work };
