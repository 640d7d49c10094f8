// Allocation sites: one line allocates inside a loop whose header is on another line, and a
// second function only spins (reading the clock every 100k iterations: Date.now() returns
// a heap number, so a tight clock loop allocates too). Nearly every JS heap byte comes
// from the @alloc line.
function alloc(n) {
  const a = [];
  let k = 0;
  for (let i = 0; i < n; i++) { // @header
    a.push({ i, s: 'x' + i }); // @alloc
    k += i & 1;
  }
  return a.length + k;
}
function spin(ms) {
  const end = Date.now() + ms;
  let x = 0;
  do {
    for (let i = 0; i < 100000; i++) x = (x + i) | 0; // @spin
  } while (Date.now() < end);
  return x;
}
const end = Date.now() + 600;
let s = 0;
while (Date.now() < end) {
  s += alloc(20000);
  s += spin(1);
}
if (s < 0) console.log(s); // @once
