// `npm run bench:overhead`: whole-process wall time of CPU-heavy programs, plain vs under
// `scalene-ci run --cpu-only` and the full profile, interleaved; median ratio per program
// and over programs, with the spread (25th–75th percentile of per-round ratios), plus the
// profiler's extra memory as a share of the program's own peak RSS.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, interleave, median, quantile, timeRun } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// The bin as users run it (on Linux: the native launcher, the Node CLI beside the program).
const bin = join(root, 'dist', 'scalene-ci.sh');
const binEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench:overhead needs dist/cli.js: run `npm run build` first');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 7);
const workloads = ['cpu-loop', 'json', 'hash', 'alloc'].map((name) => ({ name, file: join(here, 'workloads', `${name}.mjs`) }));
const out = join(root, '.cache', 'bench-profile.json');
const variants = [
  { name: 'plain', run: (w) => timeRun(process.execPath, [w.file]) },
  { name: 'cpu-only', run: (w) => timeRun(bin, ['run', '--cpu-only', '--no-report', '--json-out', out, '--', process.execPath, w.file], { env: binEnv }) },
  { name: 'full', run: (w) => timeRun(bin, ['run', '--no-report', '--json-out', out, '--', process.execPath, w.file], { env: binEnv }) },
];
const { mkdirSync } = await import('node:fs');
mkdirSync(join(root, '.cache'), { recursive: true });
console.log(`bench:overhead — ${rounds} interleaved rounds, Node ${process.version}, sampling interval 1 ms`);
const results = interleave(workloads, variants, rounds, (m) => process.stderr.write(m + '\n'));
const rows = [];
const overall = { 'cpu-only': [], full: [] };
for (const w of workloads) {
  const plainMed = median(results[w.name].plain.runs.map((r) => r.wallS));
  const plainRss = median(results[w.name].plain.runs.map((r) => r.maxRssKb));
  for (const v of ['cpu-only', 'full']) {
    const ratios = results[w.name][v].ratios;
    const rss = median(results[w.name][v].runs.map((r) => r.maxRssKb));
    overall[v].push(median(ratios));
    rows.push(`${w.name.padEnd(9)} ${v.padEnd(9)} plain ${fmt(plainMed, 2)} s  ratio ${fmt(median(ratios))} (IQR ${fmt(quantile(ratios, 0.25))}–${fmt(quantile(ratios, 0.75))})  extra RSS ${fmt(((rss - plainRss) / rss) * 100, 1)}% of ${Math.round(rss / 1024)} MB`);
  }
}
console.log(rows.join('\n'));
console.log(`\nmedian over workloads: cpu-only ${fmt(median(overall['cpu-only']))}×, full ${fmt(median(overall.full))}×`);
