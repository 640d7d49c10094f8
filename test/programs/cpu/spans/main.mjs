// A top-level loop calling a function of another file (see lib.mjs), and doing some work of
// its own (~1/6 of lib's).
import { work } from './lib.mjs';
let t = 0;
for (let r = 0; r < 40; r++) {
  t += work(2_000_000); // @call
  for (let i = 0; i < 500_000; i++) t = (t + i) % 65521; // @own
}
if (t < 0) console.log(t); // @once
