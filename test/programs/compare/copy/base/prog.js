// Scans a 1 MiB buffer; head also copies it on every round (2400 MiB more copying on one line).
// 2400 rounds (~0.3 s): V8 charges its tier-up work at the loop's start (on-stack replacement,
// baseline compiles from the loop's budget interrupt: 0-6 ms, JS state) to the loop header.
// That was 10 % of a 60 ms run, and once 9.5 ms of a 125 ms run at 1200 rounds (Node 20 under
// load: a new "hotspot" between identical runs); here such a lump stays under 5 %.
const src = Buffer.alloc(1 << 20, 7);
const dst = Buffer.alloc(1 << 20);

function scan(buf) {
  let acc = 0;
  for (let i = 0; i < buf.length; i += 16) acc += buf[i] * ((i >> 4) % 13);
  return acc;
}

let total = 0;
for (let k = 0; k < 2400; k++) {
  total += scan(src);
}
if (total < 0) console.log(dst[0]);
