// A mitata benchmark as projects write them, run with `tsx mitata.ts`.
import { bench, run } from 'mitata';
import { tokenize, summarize } from './textstats.ts';
import { makeText } from './corpus.js';
const text: string = makeText(20000);
bench('tokenize + summarize', () => summarize(tokenize(text)).size);
await run({ format: 'quiet' });
