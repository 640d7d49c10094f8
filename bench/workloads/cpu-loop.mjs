// Numeric JavaScript: a tight loop with math builtins.
let s = 0;
for (let r = 0; r < 25; r++) for (let i = 0; i < 2_000_000; i++) s += Math.sqrt(i) * Math.sin(i + r);
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (s === 42) console.log(s);
