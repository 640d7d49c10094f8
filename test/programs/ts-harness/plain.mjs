// The plain-JavaScript twin's driver: the same work as the harnesses, for BUDGET_MS.
import { tokenize, summarize } from './textstats.plain.js';
import { makeText } from './corpus.js';
const text = makeText(20000);
const end = Date.now() + Number(process.env.BUDGET_MS ?? 2000);
let groups = 0;
while (Date.now() < end) groups += summarize(tokenize(text)).size;
console.log('groups', groups > 0);
