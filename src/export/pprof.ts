// Export a profile to pprof (gzipped protobuf, github.com/google/pprof/proto/profile.proto)
// with the pprof-format encoder, so `go tool pprof` and pprof-compatible UIs open it.
//
// One sample per profiled line, its stack a single location (file:line) in the enclosing
// function, with one value per measure: sample count, all time, then each CPU category in
// nanoseconds; allocated bytes (JS, native) and copy bytes for full profiles; GPU time
// when present. Time no file was charged goes to an "(unattributed)" function so pprof's
// total equals ours. pprof values are integers: seconds are rounded to nanoseconds and
// bytes to bytes. Our meta and totals travel in comments so `importPprof` restores them.
import { gzipSync } from 'node:zlib';
import { Function as PprofFunction, Line, Location, Profile as PprofProfile, Sample, StringTable, ValueType } from 'pprof-format';
import { type LineProfile, type Profile, totalSeconds } from '../model/profile.js';
import { enclosingFunction, TOP_LEVEL, UNATTRIBUTED } from './frames.js';

/** Comment prefix carrying our meta as JSON (read back by src/import/pprof.ts). */
export const PPROF_META_COMMENT = 'scalene-ci-meta:';
/**
 * Comment prefix carrying our totals as JSON: the samples hold per-line figures, but the
 * totals also have what pprof cannot express (peak footprint and its timeline, growth
 * rate) and may differ from the sum of the lines by the producer's rounding.
 */
export const PPROF_TOTALS_COMMENT = 'scalene-ci-totals:';

export interface PprofMeasure {
  type: string;
  unit: 'count' | 'nanoseconds' | 'bytes';
  value: (l: LineProfile) => number;
  /** Value of the unattributed sample. */
  unattributed?: (p: Profile) => number;
}

const ns = (s: number) => s * 1e9;

/** The sample types written for `profile`, in order (the importer reads them by name). */
export function pprofMeasures(profile: Profile): PprofMeasure[] {
  const m: PprofMeasure[] = [
    { type: 'samples', unit: 'count', value: (l) => l.samples },
    { type: 'time', unit: 'nanoseconds', value: (l) => ns(totalSeconds(l)), unattributed: (p) => ns(p.totals.unattributed_s) },
    { type: 'js_cpu', unit: 'nanoseconds', value: (l) => ns(l.cpu_js_s) },
    { type: 'native_cpu', unit: 'nanoseconds', value: (l) => ns(l.cpu_native_s) },
    { type: 'system', unit: 'nanoseconds', value: (l) => ns(l.system_s) },
    { type: 'gc', unit: 'nanoseconds', value: (l) => ns(l.gc_s) },
  ];
  if (profile.meta.mode === 'full') {
    m.push(
      { type: 'alloc_js_space', unit: 'bytes', value: (l) => l.alloc_js_bytes ?? 0 },
      { type: 'alloc_native_space', unit: 'bytes', value: (l) => l.alloc_native_bytes ?? 0 },
      { type: 'copy_space', unit: 'bytes', value: (l) => l.copy_bytes ?? 0 },
    );
  }
  if (profile.meta.gpu) m.push({ type: 'gpu', unit: 'nanoseconds', value: (l) => ns(l.gpu_s ?? 0) });
  return m;
}

/** Build the pprof Profile message (not yet encoded). */
export function toPprof(profile: Profile): PprofProfile {
  const strings = new StringTable();
  const measures = pprofMeasures(profile);
  const functions: PprofFunction[] = [];
  const functionIds = new Map<string, number>();
  const fnId = (name: string, file: string, startLine: number): number => {
    const key = JSON.stringify([name, file, startLine]);
    let id = functionIds.get(key);
    if (id === undefined) {
      id = functions.length + 1; // pprof ids are 1-based; 0 means "none"
      functions.push(new PprofFunction({ id, name: strings.dedup(name), systemName: strings.dedup(name), filename: strings.dedup(file), startLine }));
      functionIds.set(key, id);
    }
    return id;
  };
  const locations: Location[] = [];
  const samples: Sample[] = [];
  const parts = ['js_cpu', 'native_cpu', 'system', 'gc'].map((t) => measures.findIndex((m) => m.type === t));
  const timeIndex = measures.findIndex((m) => m.type === 'time');
  const addSample = (functionId: number, line: number, values: number[], isLine: boolean) => {
    const id = locations.length + 1;
    locations.push(new Location({ id, line: [new Line({ functionId, line })] }));
    const rounded = values.map((v) => Math.round(v));
    // A line's time is the sum of its rounded categories, so the columns agree exactly
    // and a second export of a re-imported profile reproduces the first.
    if (isLine) rounded[timeIndex] = parts.reduce((a, k) => a + rounded[k]!, 0);
    samples.push(new Sample({ locationId: [id], value: rounded }));
  };

  for (const file of Object.keys(profile.files).sort()) {
    const f = profile.files[file]!;
    for (const fn of f.functions) fnId(fn.name, file, fn.line);
    for (const l of f.lines) {
      const fn = enclosingFunction(f, l.line);
      addSample(fn ? fnId(fn.name, file, fn.line) : fnId(TOP_LEVEL, file, 1), l.line, measures.map((m) => m.value(l)), true);
    }
  }
  if (profile.totals.unattributed_s > 0) {
    addSample(fnId(UNATTRIBUTED, '', 0), 0, measures.map((m) => (m.unattributed ? m.unattributed(profile) : 0)), false);
  }

  const started = Date.parse(profile.meta.start_time);
  return new PprofProfile({
    sampleType: measures.map((m) => new ValueType({ type: strings.dedup(m.type), unit: strings.dedup(m.unit) })),
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
    timeNanos: Number.isFinite(started) ? BigInt(started) * 1_000_000n : 0,
    durationNanos: Math.round(ns(profile.meta.elapsed_s)),
    periodType: new ValueType({ type: strings.dedup('time'), unit: strings.dedup('nanoseconds') }),
    period: Math.round(profile.meta.sampling_interval_ms * 1e6),
    comment: [strings.dedup(PPROF_META_COMMENT + JSON.stringify(profile.meta)), strings.dedup(PPROF_TOTALS_COMMENT + JSON.stringify(profile.totals))],
    defaultSampleType: strings.dedup('time'),
  });
}

/** The gzipped protobuf bytes `go tool pprof` reads. */
export function exportPprof(profile: Profile): Buffer {
  return gzipSync(toPprof(profile).encode());
}
