// A vitest benchmark as projects write them, run with `vitest bench --run`.
import { bench, describe } from 'vitest';
import { tokenize, summarize } from './textstats';
import { makeText } from './corpus.js';
const text: string = makeText(20000);
describe('textstats', () => {
  bench('tokenize + summarize', () => { summarize(tokenize(text)); }, { time: Number(process.env.BUDGET_MS ?? 2000), warmupTime: 100 });
});
