// A tinybench benchmark as projects write them, run with `tsx tinybench.ts`.
import { Bench } from 'tinybench';
import { tokenize, summarize } from './textstats.ts';
import { makeText } from './corpus.js';
const text: string = makeText(20000);
const bench = new Bench({ time: Number(process.env.BUDGET_MS ?? 2000), warmupTime: 100 });
bench.add('tokenize + summarize', () => { summarize(tokenize(text)); });
await bench.run();
console.table(bench.table());
