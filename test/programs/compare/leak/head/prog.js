// Builds short-lived records and sums them; head also archives a new array per record in
// each round, which is never trimmed (a leak on one line).
const retained = [];

function makeRecord(i) {
  return { id: i, payload: new Array(16).fill(i) };
}

function checksum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += (i * 31 + 7) % 97;
  return s;
}

let sum = 0;
for (let round = 0; round < 400; round++) {
  for (let i = 0; i < 1000; i++) {
    const r = makeRecord(i);
    sum += r.payload[3];
  }
  for (let i = 0; i < 1000; i++) retained.push(new Array(16).fill(round));
  sum += checksum(150000);
}
if (retained.length > 1e9) console.log(sum);
