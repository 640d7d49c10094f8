// Memory attribution: JS heap and native (shim) samples joined with the CPU sample tracks
// by CLOCK_MONOTONIC time, leak detection and footprint timelines. Pure: raw windows in,
// per-line figures out.
//
// PLACEHOLDER until the memory sampler lands (native/src/heap_sampler.cc collects
// nothing yet): returns no figures, and the profile says memory is missing.
import type { Attribution } from './attribute.js';
import type { ThreadData } from './raw.js';

export interface MemLine {
  alloc_js_bytes: number;
  alloc_native_bytes: number;
  free_bytes: number;
  net_bytes: number;
  peak_bytes: number;
  copy_bytes: number;
  timeline?: Array<[number, number]>;
  leak?: { likelihood: number; velocity_bytes_per_s: number };
}

export interface MemoryAttribution {
  /** absolute path → line → figures (same keys as Attribution.lines). */
  lines: Map<string, Map<number, MemLine>>;
  totals: {
    alloc_js_bytes: number;
    alloc_native_bytes: number;
    free_bytes: number;
    net_bytes: number;
    peak_bytes: number;
    copy_bytes: number;
    peak_footprint_bytes: number;
    peak_footprint_at: { absPath: string; line: number } | null;
    footprint_timeline: Array<[number, number]>;
    growth_rate_bytes_per_s: number;
    native_background: { alloc_native_bytes: number; free_bytes: number; copy_bytes: number };
  };
  warnings: string[];
  /** False when nothing was collected (no sampler, no shim): memory is then "missing". */
  collected: boolean;
}

export function attributeMemory(threads: ThreadData[], attribution: Attribution, opts: { elapsedS: number }): MemoryAttribution {
  void threads;
  void attribution;
  void opts;
  return {
    lines: new Map(),
    totals: {
      alloc_js_bytes: 0,
      alloc_native_bytes: 0,
      free_bytes: 0,
      net_bytes: 0,
      peak_bytes: 0,
      copy_bytes: 0,
      peak_footprint_bytes: 0,
      peak_footprint_at: null,
      footprint_timeline: [],
      growth_rate_bytes_per_s: 0,
      native_background: { alloc_native_bytes: 0, free_bytes: 0, copy_bytes: 0 },
    },
    warnings: [],
    collected: false,
  };
}
