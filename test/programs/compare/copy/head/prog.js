// Scans a 1 MiB buffer; head also copies it on every round (400 MiB more copying on one line).
const src = Buffer.alloc(1 << 20, 7);
const dst = Buffer.alloc(1 << 20);

function scan(buf) {
  let acc = 0;
  for (let i = 0; i < buf.length; i += 16) acc += buf[i] * ((i >> 4) % 13);
  return acc;
}

let total = 0;
for (let k = 0; k < 400; k++) {
  total += scan(src);
  src.copy(dst);
}
if (total < 0) console.log(dst[0]);
