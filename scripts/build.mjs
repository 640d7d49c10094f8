// Builds dist/ (committed: the Action runs it without installing anything):
//   dist/cli.js          the `scalene-ci` bin (ESM)
//   dist/preload.cjs     loaded into every profiled node process via NODE_OPTIONS --require
//   dist/api.js          profile(fn) / @profile for users' code
//   dist/action/index.js the GitHub Action
// Bundling with esbuild keeps the Action free of node_modules and the preload to one file.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
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

const jobs = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'esm', banner: { js: '#!/usr/bin/env node\n' + esmBanner.js } },
  { entryPoints: ['src/collect/preload.ts'], outfile: 'dist/preload.cjs', format: 'cjs' },
  { entryPoints: ['src/api.ts'], outfile: 'dist/api.js', format: 'esm', banner: esmBanner },
  { entryPoints: ['src/action/index.ts'], outfile: 'dist/action/index.js', format: 'esm', banner: esmBanner },
];
for (const job of jobs) {
  if (!existsSync(join(root, job.entryPoints[0]))) continue;
  mkdirSync(join(root, dirname(job.outfile)), { recursive: true });
  await build({ ...common, ...job });
}
