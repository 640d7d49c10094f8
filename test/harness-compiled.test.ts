// TypeScript run without a bundling test runner — Node's type stripping, ts-node, tsc output
// and an esbuild bundle, both with source maps — profiled end to end: every hot line of
// textstats.ts within a few points of its plain-JavaScript twin, functions spanning their
// source (support/harness.ts).
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './support/cli.js';
import { HARNESS, compareWithTwin } from './support/harness.js';

/** A copy of the harness sources in a directory of their own. */
function copySources(type: 'module' | 'commonjs'): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type }));
  for (const f of ['textstats.ts', 'loop.ts', 'corpus.js']) copyFileSync(join(HARNESS, f), join(dir, f));
  return dir;
}

const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
const stripFlags = major > 23 || (major === 23 && minor >= 6) ? [] : major >= 22 && minor >= 6 ? ['--experimental-strip-types'] : null;

test('Node type stripping: exact lines of the .ts file', { skip: stripFlags === null ? `Node ${process.version} has no type stripping (22.6+)` : false }, async () => {
  await compareWithTwin([process.execPath, ...stripFlags!, '--no-warnings', 'loop.ts'], 'Node type stripping');
});

test('ts-node (CommonJS, transpile-only): exact lines of the .ts file', async () => {
  const dir = copySources('commonjs');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022', allowJs: true } }));
  // corpus.js is ESM syntax: under ts-node's CommonJS it is a .ts file like the others.
  copyFileSync(join(HARNESS, 'corpus.js'), join(dir, 'corpus.ts'));
  writeFileSync(join(dir, 'loop.ts'), readFileSync(join(HARNESS, 'loop.ts'), 'utf8').replace("'./corpus.js'", "'./corpus.ts'"));
  const register = join(ROOT, 'node_modules', 'ts-node', 'register');
  await compareWithTwin([process.execPath, '-r', register, 'loop.ts'], 'ts-node', { cwd: dir, env: { TS_NODE_TRANSPILE_ONLY: '1' } });
});

test('tsc output with source maps: exact lines of the .ts file', async () => {
  const dir = copySources('module');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '--outDir', 'out', '--sourceMap', '--rewriteRelativeImportExtensions', '--allowJs', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', 'loop.ts'], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 2, `tsc: ${r.stdout}${r.stderr}`); // 2: type errors, output emitted
  writeFileSync(join(dir, 'out', 'package.json'), JSON.stringify({ type: 'module' }));
  await compareWithTwin([process.execPath, join('out', 'loop.js')], 'tsc + source maps', { cwd: dir });
});

test('an esbuild bundle with a source map: exact lines of the .ts file', async () => {
  const dir = copySources('module');
  const { buildSync } = await import('esbuild');
  mkdirSync(join(dir, 'out'));
  buildSync({ entryPoints: [join(dir, 'loop.ts')], outfile: join(dir, 'out', 'bundle.mjs'), bundle: true, sourcemap: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' });
  await compareWithTwin([process.execPath, join('out', 'bundle.mjs')], 'esbuild bundle + source map', { cwd: dir });
});
