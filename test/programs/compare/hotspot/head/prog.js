// Two kernels with a fixed split of the work; head injects a third, CPU-heavy line.
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

let total = 0;
for (let k = 0; k < 60; k++) total += mix(200000);
for (let k = 0; k < 60; k++) total += count(400000);
for (let j = 0; j < 1.2e7; j++) total += Math.cbrt(j) / (j + 1);
if (Number.isNaN(total)) console.log('unreachable');
