// Scans a 1 MiB buffer; head also copies it on every round (1200 MiB more copying on one line).
// 1200 rounds (~0.2 s): V8 charges its on-stack replacement of the loop (3-6 ms: compiling,
// entering) to the loop header, which in a 60 ms run was 10 % of the time.
const src = Buffer.alloc(1 << 20, 7);
const dst = Buffer.alloc(1 << 20);

function scan(buf) {
  let acc = 0;
  for (let i = 0; i < buf.length; i += 16) acc += buf[i] * ((i >> 4) % 13);
  return acc;
}

let total = 0;
for (let k = 0; k < 1200; k++) {
  total += scan(src);
}
if (total < 0) console.log(dst[0]);
