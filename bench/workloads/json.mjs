// JSON round trip of a large object graph (parser/serializer in C++, objects on the JS heap).
const rows = Array.from({ length: 60_000 }, (_, i) => ({ id: i, name: `row-${i}`, tags: ['a', 'b', String(i % 7)], score: i / 3 }));
let n = 0;
for (let r = 0; r < 12; r++) n += JSON.parse(JSON.stringify(rows)).length;
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (n === 0) console.log(n);
