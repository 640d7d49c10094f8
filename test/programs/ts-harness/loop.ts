// The same driver in TypeScript (tsx, ts-node, Node's type stripping, tsc output).
import { tokenize, summarize } from './textstats.ts';
import { makeText } from './corpus.js';
const text: string = makeText(20000);
const end: number = Date.now() + Number(process.env.BUDGET_MS ?? 2000);
let groups = 0;
while (Date.now() < end) groups += summarize(tokenize(text)).size;
console.log('groups', groups > 0);
