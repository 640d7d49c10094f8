// A numeric loop in code V8 does not optimize (the test runs it with --no-opt --no-maglev):
// each `s += Math.sqrt(…)` boxes its fractional result in a 16-byte HeapNumber, so the
// loop's line allocates hundreds of MB, while the line after it makes one small object per
// round (~1/10 000 of that).
function work(rounds) {
  const out = [];
  for (let r = 0; r < rounds; r++) {
    let s = 0;
    for (let i = 0; i < 20000; i++) s += Math.sqrt(i + (s % 7)); // @numeric
    out.push({ r, s }); // @object
    if (out.length > 64) out.length = 0;
  }
  return out.length;
}
let n = 0;
const end = Date.now() + 500;
while (Date.now() < end) n += work(20);
if (n < 0) console.log(n);
