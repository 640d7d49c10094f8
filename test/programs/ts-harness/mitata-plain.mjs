// mitata.ts's plain-JavaScript twin: the same benchmark of textstats.plain.js, run by node.
import { bench, run } from 'mitata';
import { tokenize, summarize } from './textstats.plain.js';
import { makeText } from './corpus.js';
const text = makeText(20000);
// Three benchmarks (as a suite has several): mitata measures each for about 0.6 s of CPU.
for (const name of ['a', 'b', 'c']) bench(`tokenize + summarize (${name})`, () => summarize(tokenize(text)).size);
await run({ format: 'quiet' });
