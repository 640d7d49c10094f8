// `npm test`: type-check and compile src/ + test/ with tsc, build dist/ and the native
// engine for the running Node when missing, then run node's test runner on the result.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.json']);
const abi = process.versions.modules;
if (!existsSync(join(root, 'dist', 'prebuilds', `${process.platform}-${process.arch}`, `scalene_ci.abi${abi}.node`))) {
  // No prebuild for this Node: the CLI compiles one on first use; do it up front so the
  // first test does not pay for it.
  run(process.execPath, ['-e', `import('${join(root, 'dist', 'cli.js')}')`], { stdio: 'ignore' });
}
const testDir = join(root, '.tsbuild', 'test');
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.test.js')) files.push(p);
  }
};
walk(testDir);
const filter = process.argv.slice(2);
const selected = filter.length ? files.filter((f) => filter.some((s) => f.includes(s))) : files;
// Serial (concurrency 1): the suite profiles timing-sensitive programs on a 2-core machine.
run(process.execPath, ['--test', '--test-concurrency=1', ...selected]);
