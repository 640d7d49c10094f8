// TypeScript run through tsx: the report must name this file and these lines.
interface Counter { total: number }
function count(n: number): Counter {
  const c: Counter = { total: 0 };
  for (let i = 0; i < n; i++) c.total += i % 7; // line 5
  return c;
}
const result: Counter = count(120_000_000);
console.log('typed', result.total > 0);
