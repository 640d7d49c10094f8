// Builds dist/ (committed: the Action runs it without installing anything):
//   dist/scalene-ci.sh   the `scalene-ci` bin (POSIX sh: the native launcher for `run`, else cli.js)
//   dist/cli.js          the Node CLI (ESM)
//   dist/preload.cjs     loaded into every profiled node process via NODE_OPTIONS --require
//   dist/api.js          profile(fn) / @profile for users' code
//   dist/ts-parser.cjs   acorn's TypeScript parsers, which the CLI's snapshot loads on first use
//   dist/action/index.js the GitHub Action
// Bundling with esbuild keeps the Action free of node_modules and the preload to one file.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};
// ESM bundles that contain CommonJS dependencies need a real `require`.
const esmBanner = {
  js: "import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);",
};

// The snapshot's main.ts: `compare`, `merge` and `report` say they are not in it.
function runOnly() {
  return {
    name: 'run-only',
    setup(b) {
      b.onResolve({ filter: /^\.\/(compare|merge|report)\.js$/ }, (args) =>
        args.importer.endsWith(join('src', 'cli', 'main.ts')) ? { path: args.path, namespace: 'run-only' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'run-only' }, (args) => {
        const name = `${args.path.slice(2, -3)}Command`;
        return { contents: `export function ${name}() { throw new Error('the CLI snapshot runs \`run\` only'); }`, loader: 'js' };
      });
    },
  };
}

// The snapshot's TypeScript parsers: dist/ts-parser.cjs, loaded on first use (ts-parser.ts).
function tsParserApart() {
  return {
    name: 'ts-parser-apart',
    setup(b) {
      b.onResolve({ filter: /^\.\/ts-parser\.js$/ }, (args) =>
        args.importer.endsWith(join('src', 'collect', 'ts-functions.ts')) ? { path: args.path, namespace: 'ts-parser-apart' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'ts-parser-apart' }, () => ({
        contents: "import { createRequire } from 'node:module';\nexport function typeScriptParsers(Parser) { return createRequire(__filename)('./ts-parser.cjs').typeScriptParsers(Parser); }\n",
        loader: 'js',
      }));
    },
  };
}

// dist/ts-parser.cjs's acorn: an empty module (see ts-parser.ts; the build checks below that no
// acorn was bundled).
function noAcorn() {
  return {
    name: 'no-acorn',
    setup(b) {
      b.onResolve({ filter: /^acorn$/ }, () => ({ path: 'acorn', namespace: 'no-acorn' }));
      b.onLoad({ filter: /.*/, namespace: 'no-acorn' }, () => ({ contents: 'export {};\n', loader: 'js' }));
    },
  };
}

const jobs = [
  // Code splitting: `run` loads only what it needs; compare/report/merge come in chunks.
  { entryPoints: { cli: 'src/cli/bin.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', format: 'esm', banner: { js: '#!/usr/bin/env node\n' + esmBanner.js } },
  { entryPoints: ['src/collect/preload.ts'], outfile: 'dist/preload.cjs', format: 'cjs' },
  { entryPoints: ['src/api.ts'], outfile: 'dist/api.js', format: 'esm', banner: esmBanner },
  // The CLI as a V8 startup snapshot's entry (src/cli/snapshot.ts): one CommonJS file, as
  // `node --build-snapshot` takes, whose `import.meta.url` is its own path; `run` only (the
  // launcher starts it for nothing else), so the other commands' modules stay out of it.
  {
    entryPoints: ['src/cli/snapshot.ts'],
    outfile: 'dist/cli-snapshot.cjs',
    format: 'cjs',
    define: { 'import.meta.url': '__scalene_import_meta_url' },
    banner: { js: "var __scalene_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [runOnly(), tsParserApart()],
  },
  // The plugin alone: the caller's acorn Parser comes in as an argument, and the plugin's own
  // `import * as acorn` (a fallback it never takes when Parser.acorn is there) is empty.
  { entryPoints: ['src/collect/ts-parser.ts'], outfile: 'dist/ts-parser.cjs', format: 'cjs', plugins: [noAcorn()] },
  { entryPoints: ['src/cli/snapshot-build.ts'], outfile: 'dist/snapshot-build.js', format: 'esm', banner: esmBanner },
  { entryPoints: ['src/action/index.ts'], outfile: 'dist/action/index.js', format: 'esm', banner: esmBanner },
];
for (const job of jobs) {
  const entry = Array.isArray(job.entryPoints) ? job.entryPoints[0] : Object.values(job.entryPoints)[0];
  if (!existsSync(join(root, entry))) continue;
  if (job.outfile) mkdirSync(join(root, dirname(job.outfile)), { recursive: true });
  if (job.splitting) rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
  await build({ ...common, ...job });
}

// acorn's identifier tables are its largest part: none may be in dist/ts-parser.cjs.
if (existsSync(join(root, 'dist', 'ts-parser.cjs')) && readFileSync(join(root, 'dist', 'ts-parser.cjs'), 'utf8').includes('nonASCIIidentifierStartChars')) {
  console.error('dist/ts-parser.cjs bundled a second acorn (scripts/build.mjs noAcorn)');
  process.exit(1);
}

// The bin: a POSIX shell entry in front of the native launcher and dist/cli.js.
copyFileSync(join(root, 'src', 'cli', 'scalene-ci.sh'), join(root, 'dist', 'scalene-ci.sh'));
chmodSync(join(root, 'dist', 'scalene-ci.sh'), 0o755);

// The API's types next to its bundle (package.json "types"): the published package carries
// dist/ only, not the compiled tree in .tsbuild/.
const { default: ts } = await import('typescript');
const program = ts.createProgram([join(root, 'src', 'api.ts')], {
  declaration: true,
  emitDeclarationOnly: true,
  outDir: join(root, 'dist'),
  rootDir: join(root, 'src'),
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  types: [],
  lib: ['lib.es2023.d.ts'],
});
const emitted = program.emit();
const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
if (problems.length) {
  console.error(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  process.exit(1);
}
