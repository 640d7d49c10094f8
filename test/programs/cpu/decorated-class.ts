// Scalene's @profile as a TypeScript (standard, TS 5) method decorator.
import { profile } from 'scalene-ci';
function busy(n: number): number { let s = 0; for (let i = 0; i < n; i++) s += i % 3; return s; }
class Work {
  @profile
  chosen(): number { let s = 0; for (let i = 0; i < 60_000_000; i++) s += i % 3; return s; }
  other(): number { return busy(60_000_000); }
}
const w = new Work();
w.other();
w.chosen();
