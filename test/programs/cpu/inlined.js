// A hot callee that V8 inlines into its caller: the caller's function figures must be its own
// lines', the callee's its own.
function inner(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sqrt(i) * 1.0001;
  return s;
}
function outer(k) {
  let t = 0;
  for (let j = 0; j < k; j++) t += inner(2000 + (j & 7));
  return t;
}
let x = 0;
for (let r = 0; r < 1500; r++) x += outer(100);
if (x < 0) console.log(x);
