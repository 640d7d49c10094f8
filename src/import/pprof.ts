// Re-import a pprof file written by `scalene-ci report --format pprof` (src/export/pprof.ts).
// It proves the export keeps our figures and lets an exported profile be compared or
// rendered again. Only our own exports are accepted: profile@1 needs a source format and
// meta that a foreign pprof does not have (our meta travels in a pprof comment).
//
// Lost on the way through pprof, hence added to meta.missing / warnings: source text,
// function end lines (pprof functions have only a start line), per-line memory timelines,
// leaks, peaks and per-run values; line figures are rounded to whole nanoseconds and
// bytes. Meta and totals come back exactly (they travel in comments).
import { gunzipSync } from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { InputError } from '../errors.js';
import { PROFILE_SCHEMA, type MissingCapability, type Profile, type ProfileMeta, type Totals, SUMMABLE_METRICS } from '../model/profile.js';
import { MAX_PROFILE_BYTES, validateProfile } from '../model/validate.js';
import { PPROF_META_COMMENT, PPROF_TOTALS_COMMENT } from '../export/pprof.js';
import { TOP_LEVEL, UNATTRIBUTED } from '../export/frames.js';
import { isObject } from './json-read.js';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Sample type name → (our metric, scale from pprof units to ours). */
const METRICS: Record<string, { key: (typeof SUMMABLE_METRICS)[number]; scale: number }> = {
  samples: { key: 'samples', scale: 1 },
  js_cpu: { key: 'cpu_js_s', scale: 1e-9 },
  native_cpu: { key: 'cpu_native_s', scale: 1e-9 },
  system: { key: 'system_s', scale: 1e-9 },
  gc: { key: 'gc_s', scale: 1e-9 },
  alloc_js_space: { key: 'alloc_js_bytes', scale: 1 },
  alloc_native_space: { key: 'alloc_native_bytes', scale: 1 },
  copy_space: { key: 'copy_bytes', scale: 1 },
  gpu: { key: 'gpu_s', scale: 1e-9 },
};

export function importPprof(bytes: Uint8Array, name: string): Profile {
  let decoded: PprofProfile;
  try {
    // Bounded: a small gzip bomb must not exhaust memory.
    decoded = PprofProfile.decode(isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: MAX_PROFILE_BYTES }) : bytes);
  } catch (e) {
    throw new InputError(`${name}: not a valid pprof profile (${e instanceof Error ? e.message : String(e)})`);
  }
  const str = (i: number | bigint) => decoded.stringTable.strings[Number(i)] ?? '';
  const metaText = decoded.comment.map(str).find((c) => c.startsWith(PPROF_META_COMMENT));
  if (metaText === undefined) {
    throw new InputError(`${name}: this pprof file was not written by scalene-ci (no "${PPROF_META_COMMENT}" comment); only scalene-ci's own pprof exports can be read back`);
  }
  let metaJson: unknown;
  try {
    metaJson = JSON.parse(metaText.slice(PPROF_META_COMMENT.length));
  } catch {
    throw new InputError(`${name}: the scalene-ci meta comment is not valid JSON`);
  }
  if (!isObject(metaJson)) throw new InputError(`${name}: the scalene-ci meta comment is not an object`);
  const meta = metaJson as unknown as ProfileMeta;
  // Totals as written (validated below with the rest); absent in older exports: summed from the lines.
  const totalsText = decoded.comment.map(str).find((c) => c.startsWith(PPROF_TOTALS_COMMENT));
  let savedTotals: Totals | null = null;
  if (totalsText !== undefined) {
    try {
      const t = JSON.parse(totalsText.slice(PPROF_TOTALS_COMMENT.length)) as unknown;
      if (isObject(t)) savedTotals = t as unknown as Totals;
    } catch {
      throw new InputError(`${name}: the scalene-ci totals comment is not valid JSON`);
    }
  }

  const types = decoded.sampleType.map((t) => str(t.type));
  const functions = new Map(decoded.function.map((f) => [Number(f.id), f]));
  const locations = new Map(decoded.location.map((l) => [Number(l.id), l]));
  const files: Profile['files'] = {};
  const totals: Totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: meta.elapsed_s, unattributed_s: 0 };
  const full = meta.mode === 'full';

  decoded.sample.forEach((s, i) => {
    const loc = locations.get(Number(s.locationId[0] ?? 0));
    const leaf = loc?.line[0];
    const fn = leaf ? functions.get(Number(leaf.functionId)) : undefined;
    if (!loc || !leaf || !fn) throw new InputError(`${name}: sample ${i} has no location with a line and function`);
    const fnName = str(fn.name);
    const value = (type: string) => {
      const k = types.indexOf(type);
      return k < 0 ? 0 : Number(s.value[k] ?? 0);
    };
    if (fnName === UNATTRIBUTED && str(fn.filename) === '') {
      totals.unattributed_s += value('time') * 1e-9;
      return;
    }
    const file = str(fn.filename);
    const f = (files[file] ??= { source: null, lines: [], functions: [] });
    const lineNo = Number(leaf.line);
    // This sample's figures, then added to its line (several samples may share one).
    const l: Record<string, number> = {};
    types.forEach((t, k) => {
      const m = METRICS[t];
      if (!m || (!full && m.key.endsWith('_bytes'))) return;
      l[m.key] = (l[m.key] ?? 0) + Number(s.value[k] ?? 0) * m.scale;
    });
    let line = f.lines.find((x) => x.line === lineNo);
    if (!line) {
      line = { line: lineNo, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
      f.lines.push(line);
    }
    const into = line as unknown as Record<string, number>;
    for (const [k, v] of Object.entries(l)) into[k] = (into[k] ?? 0) + v;
    if (fnName !== TOP_LEVEL) {
      const start = Number(fn.startLine);
      let entry = f.functions.find((x) => x.name === fnName && x.line === start);
      if (!entry) {
        entry = { name: fnName, line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
        f.functions.push(entry);
      }
      const e = entry as unknown as Record<string, number>;
      for (const k of SUMMABLE_METRICS) if (l[k] !== undefined) e[k] = (e[k] ?? 0) + l[k]!;
      entry.end_line = Math.max(entry.end_line, lineNo);
    }
  });
  // Functions with no sampled line still exist in the export's function table.
  for (const fn of decoded.function) {
    const fnName = str(fn.name);
    const file = str(fn.filename);
    if (fnName === UNATTRIBUTED || fnName === TOP_LEVEL || !files[file]) continue;
    const start = Number(fn.startLine);
    if (!files[file]!.functions.some((x) => x.name === fnName && x.line === start)) {
      files[file]!.functions.push({ name: fnName, line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 });
    }
  }
  const sums = totals as unknown as Record<string, number>;
  for (const f of Object.values(files)) {
    f.lines.sort((a, b) => a.line - b.line);
    f.functions.sort((a, b) => a.line - b.line);
    for (const l of f.lines) for (const k of SUMMABLE_METRICS) if (l[k] !== undefined) sums[k] = (sums[k] ?? 0) + l[k]!;
  }
  const missing = new Set<MissingCapability>([...(Array.isArray(meta.missing) ? meta.missing : []), 'function_ranges', 'sources']);
  const profile: Profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      ...meta,
      missing: [...missing],
      warnings: [
        ...(Array.isArray(meta.warnings) ? meta.warnings : []),
        'Read back from pprof: source text, function end lines, memory timelines, peaks and leaks do not survive the format; figures are rounded to whole nanoseconds and bytes.',
      ],
    },
    totals: savedTotals ?? totals,
    files,
  };
  return validateProfile(profile, name);
}
