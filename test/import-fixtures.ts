// Shared by the import / export / report tests: the real Scalene fixtures, real V8
// profiles made on the spot with the Node running the tests, and a profile whose names
// and source are hostile (derived from a real one).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from './support/cli.js';
import { importScalene } from '../src/import/scalene.js';
import type { Profile } from '../src/model/profile.js';
import type { DiffResult, Finding } from '../src/compare/types.js';
import { metricValue } from '../src/compare/format.js';

/** Real Scalene output, copied from /work/shared/fixtures/scalene (see its README.md). */
export const SCALENE_DIR = join(ROOT, 'test', 'fixtures', 'scalene');
export const SCALENE_FIXTURES = [
  'cpu.scalene.json',
  'cpu.cpu-only.scalene.json',
  'cpu_regressed.scalene.json',
  'mem.scalene.json',
  'mem.no-stacks.scalene.json',
  'legacy-gui-sample.scalene.json',
] as const;

export function scaleneJson(name: string): unknown {
  return JSON.parse(readFileSync(join(SCALENE_DIR, name), 'utf8'));
}

export function scaleneProfile(name: string): Profile {
  return importScalene(scaleneJson(name), name);
}

export interface V8Run {
  dir: string;
  program: string;
  /** Path of the written .cpuprofile or .heapprofile. */
  file: string;
  text: string;
}

/**
 * Run `program` (JavaScript source) under `node --cpu-prof` or `--heap-prof` with the Node
 * that runs the tests, and return the profile V8 wrote.
 */
export function runV8Profiler(kind: 'cpu' | 'heap', program: string, extraArgs: string[] = []): V8Run {
  const dir = tempDir('scalene-ci-v8-');
  const out = join(dir, 'out');
  mkdirSync(out);
  const prog = join(dir, 'prog.js');
  writeFileSync(prog, program);
  const flags = kind === 'cpu' ? ['--cpu-prof', `--cpu-prof-dir=${out}`] : ['--heap-prof', `--heap-prof-dir=${out}`];
  const r = spawnSync(process.execPath, [...flags, ...extraArgs, prog], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`node ${flags.join(' ')} failed (${r.status}): ${r.stderr}`);
  const files = readdirSync(out);
  if (files.length !== 1) throw new Error(`expected one profile in ${out}, got ${files.join(', ')}`);
  const file = join(out, files[0]!);
  return { dir, program: prog, file, text: readFileSync(file, 'utf8') };
}

export const HOSTILE_FILE = '<script>window.__pwned=1</script>|`evil`|.py';
export const HOSTILE_FUNCTION = '<img src=x onerror="window.__pwned=2">|fn`x`';
export const HOSTILE_SOURCE = '    x = "</script><script>window.__pwned=3</script>" | `rm -rf` # <b>bold</b> **not bold** [link](http://example.com)';

/**
 * cpu.scalene.json with its file renamed, its functions renamed and its hottest line's
 * source replaced by markup, pipes and backticks: every renderer must show these as text.
 */
export function hostileProfile(): Profile {
  const p = scaleneProfile('cpu.scalene.json');
  const file = p.files['cpu.py']!;
  const lines = file.source!.split('\n');
  lines[7] = HOSTILE_SOURCE; // line 8, the hottest
  file.source = lines.join('\n');
  for (const fn of file.functions) fn.name = HOSTILE_FUNCTION + fn.name;
  p.files = { [HOSTILE_FILE]: file };
  p.meta.command = ['<script>window.__pwned=4</script>'];
  p.meta.warnings.push(`function ${HOSTILE_FUNCTION} was renamed`);
  return p;
}

/** A real profile@1 from `scalene-ci run` (dist/cli.js) of `program`, as JSON text. */
export async function runScaleneCi(program: string, args: string[] = ['--cpu-only']): Promise<{ text: string; file: string; dir: string }> {
  const dir = tempDir('scalene-ci-run-');
  writeFileSync(join(dir, 'prog.js'), program);
  const out = join(dir, 'profile.json');
  const r = await runCli(['run', ...args, '--json-out', out, '--no-report', '--', process.execPath, 'prog.js'], { cwd: dir });
  if (r.code !== 0) throw new Error(`scalene-ci run failed (${r.code}): ${r.stderr}`);
  return { text: readFileSync(out, 'utf8'), file: out, dir };
}

/**
 * The improvement that mirrors `diff`'s first regression (base and head swapped), as a
 * diff of its own: renderers are tested on improvements without depending on how compare
 * weighs them.
 */
export function mirroredImprovement(diff: DiffResult): DiffResult {
  const d = structuredClone(diff);
  const f = d.findings.find((x) => !x.improvement);
  if (!f) throw new Error('no regression to mirror');
  const m: Finding = {
    ...f,
    file: f.base_file ?? f.file,
    line: f.base_line ?? f.line,
    base_file: f.file,
    base_line: f.line,
    base: f.head,
    head: f.base,
    delta: -f.delta,
    relative_delta: metricValue(f, 'head') > 0 ? -f.delta / metricValue(f, 'head') : null,
    share_delta: -f.share_delta,
    improvement: true,
    message: `mirror of: ${f.message}`,
  };
  d.findings = [m];
  d.summary = {
    ...d.summary,
    verdict: 'improvement',
    regressions: 0,
    improvements: 1,
    by_kind: Object.fromEntries(Object.keys(d.summary.by_kind).map((k) => [k, { regressions: 0, improvements: k === f.kind ? 1 : 0 }])) as DiffResult['summary']['by_kind'],
    totals: { base: d.summary.totals.head, head: d.summary.totals.base },
    files: { ...d.summary.files, renamed: d.summary.files.renamed.map((r) => ({ base: r.head, head: r.base })) },
  };
  [d.base, d.head] = [d.head, d.base];
  return d;
}
