// A mitata benchmark as projects write them, run with `tsx mitata.ts`.
import { bench, run } from 'mitata';
import { tokenize, summarize } from './textstats.ts';
import { makeText } from './corpus.js';
const text: string = makeText(20000);
// Three benchmarks (as a suite has several): mitata measures each for about 0.6 s of CPU.
for (const name of ['a', 'b', 'c']) bench(`tokenize + summarize (${name})`, () => summarize(tokenize(text)).size);
await run({ format: 'quiet' });
