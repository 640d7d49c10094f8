// Step 6: leak verdicts (docs/MEMORY.md "Leak detection"). A line leaks when its sampled
// allocations are, by the rule of succession, almost never freed, and it still holds much
// of what it built at the end of the run.
import type { MemLine } from '../memory.js';
import type { LineAcc } from './state.js';

/** Scalene's threshold on the rule-of-succession likelihood that a line's samples are never freed. */
export const LEAK_LIKELIHOOD = 0.95;
/** A leak must still hold at least this much at the end of the run... */
export const LEAK_FLOOR_BYTES = 1024 * 1024;
/** ...and at least this fraction of the run's peak footprint (whichever is larger)... */
export const LEAK_FLOOR_PEAK_FRACTION = 0.01;
/** ...and still hold this fraction of its own peak at the end (growth kept, not a transient)... */
export const LEAK_HELD_FRACTION = 0.5;
/**
 * ...and hold at the end at least this fraction of all it allocated. The heap profiler shows
 * only the samples alive at a reading, so a line whose objects die young has few samples with
 * a fate, and the rule of succession then rests on whatever happens to outlive the line's
 * last GC: a loop making a million 4 KiB Buffer views (88-99 MB of JS) had 4-37 samples
 * still present after its last GC, each standing for ~5 000 views, none ever seen freed
 * (their siblings died unseen), and 21-37 of them put it at 0.956-0.974 while it held 10-19
 * MB of ~95 (Node 24 and 26, 1 run in 20-50). Lines that keep what they make held 0.55-1.0
 * of it (the compare leak pair's archive line, whose loop also churns records, Node 20-26;
 * kept Buffers and arrays ~1.0).
 */
export const LEAK_KEPT_FRACTION = 0.25;

/** Rule of succession: the probability that the line's next sample is never freed either. */
export function leakLikelihood(sampled: number, freed: number): number {
  return 1 - (freed + 1) / (sampled + 2);
}

/**
 * A line's freed JS heap samples, for the rule of succession. Each freed sample counts as
 * at most one trial, and less when it is unlike the line's typical sample by the objects or
 * by the bytes it stands for (V8 scales a sample of a 176-byte array to ~3000 objects, one
 * of a 1 MB backing store to ~1): a list that grows by push frees its old backing stores
 * (few objects each) while keeping every element; a line that keeps big arrays makes small
 * temporaries too (few bytes each). Churn frees typical samples, each a full trial. Weighed
 * per sample, not by the line's freed fractions of objects and of bytes: one stray sample
 * of 40-byte objects (an inlined callee's, which V8 names by the caller) stands for 4× a
 * typical sample's objects, and with the backing stores' bytes beside it both fractions
 * said 4 of ~95 samples were freed, below 0.95, for a line that kept every array it made.
 */
function jsFreedSamples(a: LineAcc): number {
  if (a.jsSampled <= 0 || a.jsFreedSamples.length === 0) return 0;
  const typicalObjects = a.jsObjects / a.jsSampled;
  const typicalBytes = a.jsBytes / a.jsSampled;
  let freed = 0;
  const f = a.jsFreedSamples;
  for (let i = 0; i + 3 <= f.length; i += 3) {
    const byObjects = typicalObjects > 0 ? f[i + 1]! / typicalObjects : 0;
    const byBytes = typicalBytes > 0 ? f[i + 2]! / typicalBytes : 0;
    freed += f[i]! * Math.min(1, byObjects, byBytes);
  }
  return freed;
}

/**
 * A line's freed native samples, each at most one trial and less when its block (the
 * allocation that crossed the sampling window, whose pointer the shim follows) is smaller
 * than the line's typical block: a line that keeps 64 KiB Buffers also makes V8's 8-32 KiB
 * bookkeeping blocks (marking worklists and the like), freed by a GC thread a millisecond
 * later; one of them now and then crosses the window, and two such frees in ~62 samples put
 * 64 MiB kept, all of it, at the edge of 0.95 (measured, Node 24). The test asks whether
 * what the line allocates is kept; a churning line frees blocks of its typical size, full
 * trials. Typical: the geometric mean of the sampled blocks, so one huge or tiny block
 * barely moves it.
 */
function nativeFreedTrials(a: LineAcc, byWindows: boolean, mallocWindow: number): number {
  const typicalBlock = a.sampled > 0 ? Math.exp(a.blockLogSum / a.sampled) : 0;
  let freed = 0;
  const f = a.freedSamples;
  for (let i = 0; i + 2 <= f.length; i += 2) {
    const trials = byWindows ? f[i]! / mallocWindow : 1;
    freed += trials * (typicalBlock > 1 ? Math.min(1, f[i + 1]! / typicalBlock) : 1);
  }
  return freed;
}

/** A leak must hold at least this much at the end: the larger of the two floors above. */
export function leakFloorBytes(peakFootprintBytes: number): number {
  return Math.max(LEAK_FLOOR_BYTES, LEAK_FLOOR_PEAK_FRACTION * peakFootprintBytes);
}

/** A line's leak verdict from its samples' fates, its footprint series (its peak and end
 * value) and all it allocated (JS and native bytes); undefined when it is not a leak.
 * mallocWindow: the shim's sampling window. */
export function leakVerdict(a: LineAcc, peak: number, end: number, allocatedBytes: number, leakFloor: number, mallocWindow: number, t0: number, tMax: number): MemLine['leak'] {
  // The JS heap and native memory are separate evidence: a line that keeps JS objects can
  // churn native memory at the same time (V8's remembered sets grow under its stores and
  // are freed after the next scavenge), and a leak of either kind is a leak.
  const jsFreed = jsFreedSamples(a);
  // Native evidence in sampling windows: the shim samples by bytes, so one sampled 10 MiB
  // buffer is ten windows that were never freed, not one (ten such buffers kept to the end
  // are a leak; by pointer count, 10 of 10 kept is only 0.92 by the rule of succession).
  const windows = a.sampledBytes / mallocWindow;
  const nativeSampled = Math.max(a.sampled, windows);
  const nativeFreed = nativeFreedTrials(a, windows > a.sampled, mallocWindow);
  const likelihood = Math.max(leakLikelihood(a.jsSampled, jsFreed), leakLikelihood(nativeSampled, nativeFreed), leakLikelihood(nativeSampled + a.jsSampled, nativeFreed + jsFreed));
  const retained = Math.max(0, end);
  if (likelihood >= LEAK_LIKELIHOOD && retained >= leakFloor && retained >= LEAK_HELD_FRACTION * peak && retained >= LEAK_KEPT_FRACTION * allocatedBytes) {
    const since = Number.isFinite(a.firstUs) ? a.firstUs : t0;
    const spanS = Math.max(1e-3, (tMax - since) / 1e6);
    return { likelihood: Math.round(likelihood * 1e4) / 1e4, velocity_bytes_per_s: Math.round(retained / spanS) };
  }
  return undefined;
}
