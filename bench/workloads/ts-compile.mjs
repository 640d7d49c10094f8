// Real-world compiling: the TypeScript compiler type-checks and emits (in memory) the
// TypeScript sources that ship inside installed packages (@jridgewell/trace-mapping,
// @jridgewell/sourcemap-codec, exponential-backoff) against the ES2022 library.
// Loading typescript.js itself (9 MB) is part of the work, as it is for `tsc`.
import ts from 'typescript';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nodeModules = dirname(dirname(require.resolve('typescript/package.json')));
const dirs = ['@jridgewell/trace-mapping/src', '@jridgewell/sourcemap-codec/src', 'exponential-backoff/src'];
const roots = [];
for (const d of dirs) {
  const abs = join(nodeModules, d);
  if (!existsSync(abs)) continue;
  for (const e of readdirSync(abs, { recursive: true })) {
    const f = String(e);
    if (f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('.spec.') && !f.includes('.test.')) roots.push(join(abs, f));
  }
}
roots.sort();
if (roots.length === 0) throw new Error('ts-compile: no TypeScript sources found under node_modules');
const PASSES = 1;
let emitted = 0;
let diagnostics = 0;
for (let i = 0; i < PASSES; i++) {
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
    strict: true,
    declaration: true,
    sourceMap: true,
    skipLibCheck: false,
  });
  diagnostics += ts.getPreEmitDiagnostics(program).length;
  program.emit(undefined, (_name, text) => { emitted += text.length; });
}
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (emitted === 0) console.log('nothing emitted', diagnostics);
