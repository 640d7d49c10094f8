// Export a profile to speedscope's file format
// (https://www.speedscope.app/file-format-schema.json), so it opens in speedscope.
//
// Our model has no call stacks, so each "sample" is one line, as the stack
// file → function → line, weighted by that line's figure. One sampled profile per
// measure (all time, then each CPU category, allocated bytes, copy volume, GPU) so the
// speedscope profile picker switches between them. Frames are named
// `function (file:line)` as speedscope shows them.
import { type Profile, totalSeconds, type LineProfile } from '../model/profile.js';
import { lineFrames, UNATTRIBUTED } from './frames.js';

export interface SpeedscopeFrame {
  name: string;
  file?: string;
  line?: number;
  col?: number;
}

export interface SpeedscopeSampledProfile {
  type: 'sampled';
  name: string;
  unit: 'none' | 'nanoseconds' | 'microseconds' | 'milliseconds' | 'seconds' | 'bytes';
  startValue: number;
  endValue: number;
  samples: number[][];
  weights: number[];
}

export interface SpeedscopeFile {
  $schema: 'https://www.speedscope.app/file-format-schema.json';
  shared: { frames: SpeedscopeFrame[] };
  profiles: SpeedscopeSampledProfile[];
  name?: string;
  activeProfileIndex?: number;
  exporter?: string;
}

interface Measure {
  name: string;
  unit: 'seconds' | 'bytes';
  value: (l: LineProfile) => number;
  /** Weight of the unattributed frame (time only). */
  unattributed?: number;
}

export function exportSpeedscope(profile: Profile, name = 'scalene-ci profile'): SpeedscopeFile {
  const frames: SpeedscopeFrame[] = [];
  const index = new Map<string, number>();
  const frame = (f: SpeedscopeFrame): number => {
    const key = JSON.stringify([f.name, f.file ?? null, f.line ?? null]);
    let i = index.get(key);
    if (i === undefined) {
      i = frames.length;
      frames.push(f);
      index.set(key, i);
    }
    return i;
  };

  const rows = lineFrames(profile).map((r) => ({
    ...r,
    stack: [
      frame({ name: r.file, file: r.file }),
      frame({ name: `${r.functionName} (${r.file}:${r.functionLine})`, file: r.file, line: r.functionLine }),
      frame({ name: `${r.functionName} (${r.file}:${r.line.line})`, file: r.file, line: r.line.line }),
    ],
  }));

  const missing = new Set(profile.meta.missing);
  const measures: Measure[] = [{ name: 'Time: JS + native + system + GC', unit: 'seconds', value: totalSeconds, unattributed: profile.totals.unattributed_s }];
  if (!missing.has('cpu')) {
    measures.push({ name: 'JS time', unit: 'seconds', value: (l) => l.cpu_js_s });
    if (!missing.has('native_split')) measures.push({ name: 'Native time', unit: 'seconds', value: (l) => l.cpu_native_s });
    if (!missing.has('system_time')) measures.push({ name: 'System time', unit: 'seconds', value: (l) => l.system_s });
    if (!missing.has('gc_time')) measures.push({ name: 'GC time', unit: 'seconds', value: (l) => l.gc_s });
  }
  if (profile.meta.mode === 'full') {
    measures.push({ name: 'Allocated bytes (JS + native)', unit: 'bytes', value: (l) => (l.alloc_js_bytes ?? 0) + (l.alloc_native_bytes ?? 0) });
    if (!missing.has('copy')) measures.push({ name: 'Copy volume', unit: 'bytes', value: (l) => l.copy_bytes ?? 0 });
  }
  if (profile.meta.gpu) measures.push({ name: 'GPU time', unit: 'seconds', value: (l) => l.gpu_s ?? 0 });

  const profiles: SpeedscopeSampledProfile[] = [];
  for (const m of measures) {
    const samples: number[][] = [];
    const weights: number[] = [];
    for (const r of rows) {
      const w = m.value(r.line);
      if (w > 0) {
        samples.push(r.stack);
        weights.push(w);
      }
    }
    if (m.unattributed !== undefined && m.unattributed > 0) {
      samples.push([frame({ name: UNATTRIBUTED })]);
      weights.push(m.unattributed);
    }
    if (weights.length === 0 && profiles.length > 0) continue; // an empty measure adds nothing
    profiles.push({ type: 'sampled', name: m.name, unit: m.unit, startValue: 0, endValue: weights.reduce((a, b) => a + b, 0), samples, weights });
  }
  // A heap profile has no time at all: open on the first measure that has data.
  const active = Math.max(0, profiles.findIndex((p) => p.weights.length > 0));
  return {
    $schema: 'https://www.speedscope.app/file-format-schema.json',
    shared: { frames },
    profiles,
    name,
    activeProfileIndex: active,
    exporter: `scalene-ci (${profile.meta.source_format})`,
  };
}
