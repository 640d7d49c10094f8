// Fidelity of each profiler on the ground-truth programs of the test suite: how much time
// each tool charges to the lines whose cost is known by construction.
//
// - test/programs/cpu/split.mjs: line 11 (JavaScript loop), line 13 (native hashing) and
//   line 14 (sleep) each take BUDGET_MS = 400 ms, so each should get 1/3 of the three
//   lines' time; where a tool splits time by kind, line 11 should be mostly JS, 13 native,
//   14 system (off-CPU).
// - test/programs/cpu/callers.mjs: a library function outside the profiled files, called
//   from line 6 and line 7 with 1:2 work; line 7 / line 6 should be 2.
//
// Every reader charges a sample to the *innermost frame in the program's file* (the rule
// scalene-ci applies), so the tools are read alike. Readers take the bytes a tool wrote and
// return seconds per line; they do no I/O themselves.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';

export const SPLIT = { file: 'split.mjs', lines: [11, 13, 14], kinds: { 11: 'js', 13: 'native', 14: 'system' } };
export const CALLERS = { file: 'callers.mjs', lines: [6, 7], truthRatio: 2 };

/**
 * The repo's own profile reader and V8 importer (TypeScript under src/), bundled on the fly
 * into .cache/ so the benchmark runs on a plain `node` without a build of src/.
 */
export async function loadRepoReaders(root) {
  const outfile = join(root, '.cache', 'bench-readers.mjs');
  mkdirSync(join(root, '.cache'), { recursive: true });
  await build({
    stdin: {
      contents: [
        "export { parseProfile } from './src/model/validate.ts';",
        "export { importV8CpuProfile } from './src/import/v8-cpuprofile.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'bench-readers.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

const KIND_FIELDS = { js: 'cpu_js_s', native: 'cpu_native_s', system: 'system_s', gc: 'gc_s' };

function fileEntry(profile, suffix) {
  const key = Object.keys(profile.files).find((k) => k === suffix || k.endsWith('/' + suffix));
  return key === undefined ? null : profile.files[key];
}

/** scalene-ci profile@1 (text): per line, total seconds and the dominant kind of time. */
export function oursLineTimes(readers, text, name, suffix, lines) {
  const profile = readers.parseProfile(text, name);
  const f = fileEntry(profile, suffix);
  const out = {};
  for (const line of lines) {
    const l = f?.lines.find((x) => x.line === line);
    if (!l) {
      out[line] = { s: 0, kind: null, kindShare: null };
      continue;
    }
    const byKind = Object.entries(KIND_FIELDS).map(([kind, field]) => [kind, l[field] ?? 0]);
    const total = byKind.reduce((a, [, v]) => a + v, 0);
    const [kind, v] = byKind.reduce((a, b) => (b[1] > a[1] ? b : a));
    out[line] = { s: total, kind: total > 0 ? kind : null, kindShare: total > 0 ? v / total : null };
  }
  return out;
}

/**
 * V8 .cpuprofile (text) through the repo's importer: leaf-line self time only (positionTicks
 * weighted by sample durations). A .cpuprofile has no call-site lines, so time spent in a
 * callee outside the file never reaches the calling line, and it has no kinds of time.
 */
export function cpuprofileLineTimes(readers, text, name, suffix, lines, root) {
  const profile = readers.importV8CpuProfile(JSON.parse(text), name, { root });
  const f = fileEntry(profile, suffix);
  const out = {};
  for (const line of lines) {
    const l = f?.lines.find((x) => x.line === line);
    out[line] = { s: l ? l.cpu_js_s + l.cpu_native_s + l.system_s + l.gc_s : 0, kind: null, kindShare: null };
  }
  return out;
}

/**
 * @datadog/pprof wall-time profile (gzipped pprof): each sample's wall nanoseconds go to the
 * innermost location in the file; with `lineNumbers: true` a caller frame's line is its call
 * site, so library time reaches the calling line. Wall time only: no kinds.
 */
export function pprofLineTimes(gz, suffix, lines) {
  const p = PprofProfile.decode(gunzipSync(gz));
  const str = (i) => p.stringTable.strings[Number(i)] ?? '';
  const wallIndex = p.sampleType.findIndex((t) => str(t.type) === 'wall');
  if (wallIndex < 0) throw new Error('pprof profile has no wall sample type');
  const fnFile = new Map(p.function.map((f) => [Number(f.id), str(f.filename)]));
  const locs = new Map(p.location.map((l) => [Number(l.id), l]));
  const inFile = (file) => file === suffix || file.endsWith('/' + suffix);
  const ns = new Map(lines.map((l) => [l, 0]));
  for (const s of p.sample) {
    let hit = null;
    // locationId[0] is the leaf; a location's line[0] is its innermost (inlined) function.
    for (const id of s.locationId) {
      const loc = locs.get(Number(id));
      for (const ln of loc?.line ?? []) {
        if (inFile(fnFile.get(Number(ln.functionId)) ?? '')) {
          hit = Number(ln.line);
          break;
        }
      }
      if (hit !== null) break;
    }
    if (hit !== null && ns.has(hit)) ns.set(hit, ns.get(hit) + Number(s.value[wallIndex]));
  }
  return Object.fromEntries(lines.map((l) => [l, { s: ns.get(l) / 1e9, kind: null, kindShare: null }]));
}

/** split.mjs: each line's share of the three lines' time and the worst error vs 1/3. */
export function splitScore(times) {
  const total = SPLIT.lines.reduce((a, l) => a + times[l].s, 0);
  const shares = Object.fromEntries(SPLIT.lines.map((l) => [l, total > 0 ? times[l].s / total : NaN]));
  const maxErrPp = Math.max(...SPLIT.lines.map((l) => Math.abs(shares[l] - 1 / 3) * 100));
  const hasKinds = SPLIT.lines.some((l) => times[l].kind !== null);
  const kindsRight = hasKinds ? SPLIT.lines.filter((l) => times[l].kind === SPLIT.kinds[l]).length : null;
  return {
    seconds: Object.fromEntries(SPLIT.lines.map((l) => [l, times[l].s])),
    shares,
    maxErrPp,
    kindsRight,
    kinds: hasKinds ? Object.fromEntries(SPLIT.lines.map((l) => [l, times[l].kind])) : null,
    kindShares: hasKinds ? Object.fromEntries(SPLIT.lines.map((l) => [l, times[l].kindShare])) : null,
  };
}

/** callers.mjs: line 7 / line 6 and its relative error vs 2. */
export function callersScore(times) {
  const [a, b] = CALLERS.lines;
  const ratio = times[a].s > 0 ? times[b].s / times[a].s : NaN;
  return {
    seconds: { [a]: times[a].s, [b]: times[b].s },
    ratio,
    errPct: Number.isFinite(ratio) ? (Math.abs(ratio - CALLERS.truthRatio) / CALLERS.truthRatio) * 100 : NaN,
  };
}
