// Real-world rendering: marked (a Markdown renderer nobody here wrote) renders one large
// document assembled from every Markdown file installed under node_modules (READMEs,
// changelogs, licences — a few MB of text written by hundreds of authors) into HTML.
import { marked } from 'marked';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const PASSES = 2;
// node_modules of this project, found the way Node finds marked itself.
const nodeModules = dirname(dirname(createRequire(import.meta.url).resolve('marked/package.json')));
const files = readdirSync(nodeModules, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md'))
  .map((e) => join(e.parentPath ?? e.path, e.name))
  .sort(); // a stable document whatever order the file system lists
const doc = files.map((f) => readFileSync(f, 'utf8')).join('\n\n---\n\n');
let htmlChars = 0;
for (let i = 0; i < PASSES; i++) htmlChars += marked.parse(doc, { async: false }).length;
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (htmlChars === 0) console.log('empty render', files.length);
