// The second shard of the matrix test: a different benchmark file, the same in base and head.
function tokenize(n) {
  let count = 0;
  for (let i = 0; i < n; i++) {
    count += (i ^ (i >> 3)) & 7;
  }
  return count;
}

let total = 0;
for (let r = 0; r < 20; r++) total += tokenize(500_000);
console.log('shard2', total > 0);
