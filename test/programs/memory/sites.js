// Allocation sites: one line allocates inside a loop whose header is on another line, and a
// second function only spins. Every JS heap byte comes from line 7.
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
  while (Date.now() < end) x++;
  return x;
}
const end = Date.now() + 600;
let s = 0;
while (Date.now() < end) {
  s += alloc(20000);
  s += spin(1);
}
if (s < 0) console.log(s);
