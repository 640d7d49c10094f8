// Records src/cli/warm-up-session.ts: one short full-profile session (a program with JS,
// native and allocating lines, run under the preload and the shim), which the CLI's
// snapshot replays at its build so that `run`'s exit path is compiled ahead
// (src/cli/warm-up.ts, docs/PERFORMANCE.md). Run it again when the raw format changes:
// test/warm-up.test.ts fails on a stale recording.
//   node scripts/record-warm-up.mjs   (needs dist/ built and the engine and shim in place)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = `// A few functions with JS work, native work and allocation, for the CLI's warm-up.
const { createHash } = require('node:crypto');
function sum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i % 7;
  return s;
}
function hash(n) {
  let h = '';
  for (let i = 0; i < n; i++) h = createHash('sha256').update(h + i).digest('hex');
  return h;
}
function build(n) {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push({ i, s: String(i) });
  return rows.length;
}
const end = Date.now() + 250;
let t = 0;
while (Date.now() < end) t += sum(20000) + hash(50).length + build(2000);
if (t < 0) console.log(t);
`;

const work = realpathSync(mkdtempSync(join(tmpdir(), 'scalene-ci-warm-up-')));
try {
  const session = join(work, 'session');
  mkdirSync(join(session, 'raw'), { recursive: true });
  mkdirSync(join(session, 'proc'), { recursive: true });
  writeFileSync(join(work, 'warm.js'), SOURCE);
  const preload = join(root, 'dist', 'preload.cjs');
  const config = { dir: session, root, preload, intervalUs: 1000, checkpointMs: 10000, mode: 'full', gpu: false };
  execFileSync(process.execPath, ['--require', preload, 'warm.js'], {
    cwd: work,
    stdio: 'inherit',
    env: { ...process.env, SCALENE_CI_CONFIG: JSON.stringify(config), LD_PRELOAD: join(root, 'dist', 'native', `linux-${process.arch}`, 'libscalene_ci_shim.so') },
  });
  // Absolute paths become a placeholder: the replay writes the session into a folder of its own.
  const files = {};
  for (const sub of ['raw', 'proc']) {
    for (const name of readdirSync(join(session, sub))) files[`${sub}/${name}`] = readFileSync(join(session, sub, name), 'utf8').split(work).join('@DIR@');
  }
  if (!Object.keys(files).some((f) => f.startsWith('raw/'))) throw new Error('the program wrote no windows');
  const out = `// Recorded by scripts/record-warm-up.mjs (${process.version}, ${process.arch}): do not edit.
// One full-profile session of SOURCE run as @DIR@/warm.js (@DIR@: the replay's own folder).
export const WARM_UP_SOURCE = ${JSON.stringify(SOURCE)};
export const WARM_UP_FILES: Record<string, string> = ${JSON.stringify(files, null, 2)};
`;
  writeFileSync(join(root, 'src', 'cli', 'warm-up-session.ts'), out);
  console.log(`src/cli/warm-up-session.ts: ${Object.keys(files).length} files, ${out.length} bytes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
