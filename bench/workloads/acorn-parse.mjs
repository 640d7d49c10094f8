// Real-world parsing: acorn (a parser nobody here wrote) parses TypeScript's compiler
// bundle, node_modules/typescript/lib/typescript.js (about 9 MB of JavaScript), several
// times. Pure JavaScript work with a large, long-lived AST (old-generation GC).
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PASSES = 1;
const file = createRequire(import.meta.url).resolve('typescript/lib/typescript.js');
const source = readFileSync(file, 'utf8');
let nodes = 0;
for (let i = 0; i < PASSES; i++) {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true });
  nodes += ast.body.length;
}
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (nodes === 0) console.log('empty parse');
