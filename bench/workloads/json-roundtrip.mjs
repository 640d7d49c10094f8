// Real-world JSON: a round trip (stringify, then parse) of data nobody here wrote — every
// package manifest and lockfile under node_modules plus the localised diagnostic message
// catalogues of the TypeScript copies installed there (about 445 files, 12 MB of JSON on
// this checkout), read once, then round-tripped repeatedly.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const ROUNDS = 12;
const nodeModules = dirname(dirname(createRequire(import.meta.url).resolve('typescript/package.json')));
const files = readdirSync(nodeModules, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && (e.name === 'package.json' || e.name === '.package-lock.json' || (e.name.startsWith('diagnosticMessages') && e.name.endsWith('.json'))))
  .map((e) => join(e.parentPath ?? e.path, e.name))
  .sort();
const docs = [];
for (const f of files) {
  try {
    docs.push(JSON.parse(readFileSync(f, 'utf8')));
  } catch {
    // a few test fixtures in packages are deliberately invalid JSON
  }
}
let chars = 0;
let data = docs;
for (let r = 0; r < ROUNDS; r++) {
  const text = JSON.stringify(data);
  chars += text.length;
  data = JSON.parse(text);
}
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (chars === 0 || data.length !== docs.length) console.log('bad round trip');
