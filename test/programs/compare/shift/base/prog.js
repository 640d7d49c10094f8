// Two kernels; head only adds comments and blank lines and moves a function.
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
if (Number.isNaN(total)) console.log('unreachable');
