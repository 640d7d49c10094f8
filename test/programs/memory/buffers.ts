// Native memory and copies from Buffer calls on line 7, beside a function that only computes
// (line 6): under tsx and Node's type stripping, as in JavaScript, the Buffer line holds them.
const keep: Buffer[] = [];
const t0 = Date.now();
const budgetMs = Number(process.env.BUDGET_MS ?? 1200);
function work(n: number): number { let a = 0; for (let i = 0; i < n; i++) a += Math.sqrt(i); return a; }
while (Date.now() - t0 < budgetMs) { work(2e5); keep.push(Buffer.alloc(64 * 1024)); Buffer.from(keep[keep.length - 1]!); }
if (keep.length < 0) console.log(keep.length);
