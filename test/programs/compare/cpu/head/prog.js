// Base: two kernels with a fixed split of the work.
function mix(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sqrt(i) * Math.sin(i);
  return s;
}

function count(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += (i % 7) * (i % 13);
  return s;
}

function step(n) {
  let t = mix(n);
  for (let j = 0; j < 3 * n; j++) t += Math.cbrt(j) / (j + 1);
  t += count(2 * n);
  return t;
}

let total = 0;
for (let k = 0; k < 40; k++) total += step(200000);
if (Number.isNaN(total)) console.log('unreachable');
