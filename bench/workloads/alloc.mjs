// Allocation churn: short-lived objects, arrays and strings (scavenges, GC time).
let keep = 0;
for (let r = 0; r < 40; r++) {
  const xs = [];
  for (let i = 0; i < 100_000; i++) xs.push({ i, s: 'x' + i, a: [i, i + 1] });
  keep += xs.length;
}
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (keep === 0) console.log(keep);
