// GPU time and memory per line: joins the native GPU sampler's readings (NVML, see
// native/src/gpu.h) with the main thread's CPU samples. Pure: the readings and the
// samples come in, figures per line go out.
//
// Semantics (the same as Scalene's GPU columns, but per process when NVML allows):
//  - A reading (t, util) is NVML's utilisation over the period that ends at t, so the
//    utilisation at time τ is that of the first reading at or after τ; before the first
//    reading the first one stands, after the last the last one does.
//  - A sample covering [t - dt, t] gets GPU time ∫ util over that interval: readings may be
//    sparser or denser than samples, the integral is exact on this step function.
//  - gpu_util is GPU time / time over the samples charged to the line (a time-weighted mean).
//  - Memory is a level: a reading's mem_bytes holds from its time until the next reading.
//    gpu_mem_peak_bytes is the highest level in force at any moment of the line's samples.
import { InputError } from '../errors.js';
import type { GpuMeta, Metrics } from '../model/profile.js';
import { firstAfter, firstAtOrAfter } from '../sorted.js';

/**
 * The main thread's CPU samples in time order (attribute.ts's SampleTrack satisfies this):
 * key is "file:line" of the line the sample was charged to, null when in no profiled file.
 */
export interface SampleTrack {
  t_us: number[];
  dt_s: number[];
  key: (string | null)[];
}

/** What the addon's gpuTake() returns (the fields this module needs). */
export interface GpuReadings {
  /** CLOCK_MONOTONIC µs, the clock of the CPU samples. */
  t_us: number[];
  /** 0..1: share of the time the GPUs this process tree uses ran its kernels. */
  util: number[];
  /** GPU memory the process tree held, summed over GPUs. */
  mem_bytes: number[];
  /** False when utilisation is device-wide (every process on the GPU), not this tree's. */
  per_process: boolean;
}

export interface GpuFigures {
  gpu_s: number;
  gpu_util: number;
  gpu_mem_peak_bytes: number;
}

/** Mergeable form of GpuFigures: keeps the time that gpu_util is a mean over. */
export interface GpuAccum {
  time_s: number;
  gpu_s: number;
  gpu_mem_peak_bytes: number;
}

// ---- The addon's GPU surface (native/src/gpu_binding.cc) ------------------------------

export interface GpuStartOptions {
  /** How often NVML is read, µs (1 ms .. 10 s; default 20 ms). */
  intervalUs?: number;
  /** Processes whose GPU use is ours; default: the calling process. */
  pids?: number[];
  /** Count descendants of `pids` too (found through /proc). Default true. */
  includeDescendants?: boolean;
  /** Read device-wide utilisation even where per-process data exists. */
  deviceWide?: boolean;
}

export type GpuSource = 'process-utilization' | 'accounting' | 'device';

export interface GpuStartResult {
  ok: boolean;
  /** Why not ok: NVML missing, driver not loaded, no GPU, already running. */
  reason?: string;
  /** The library dlopen'ed (libnvidia-ml.so.1 or $SCALENE_CI_NVML_LIB). */
  library?: string;
  perProcess: boolean;
  memPerProcess: boolean;
  devices: string[];
  /** Per device, where its utilisation comes from. */
  sources: GpuSource[];
  /** False inside a container's own PID namespace, where NVML's pids are not ours. */
  pidNamespaceInit: boolean;
}

export interface GpuTakeResult extends GpuReadings {
  mem_per_process: boolean;
  /** NVML listed one of our processes at least once. */
  pids_seen: boolean;
  /** NVML listed some other process using a GPU. */
  foreign_seen: boolean;
  dropped: number;
  errors: number;
}

export interface GpuAddon {
  gpuStart(options?: GpuStartOptions): GpuStartResult;
  gpuTake(): GpuTakeResult;
  gpuSetPids(pids: number[]): void;
  gpuStop(): void;
}

// ---- Attribution -------------------------------------------------------------------

/** Per line key and for the samples in no profiled file, GPU time, time and memory peak. */
export function accumulateGpu(track: SampleTrack, gpu: GpuReadings): { byKey: Map<string, GpuAccum>; unattributed: GpuAccum } {
  checkTrack(track);
  const r = sortedReadings(gpu);
  const byKey = new Map<string, GpuAccum>();
  const unattributed: GpuAccum = { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 };
  const n = r.t.length;
  // F[k] = ∫ util from t[0] to t[k], µs: prefix sums make every interval's integral O(log n).
  const F = new Float64Array(n);
  for (let k = 1; k < n; k++) F[k] = F[k - 1]! + r.u[k]! * (r.t[k]! - r.t[k - 1]!);

  const integralTo = (x: number): number => {
    if (x <= r.t[0]!) return r.u[0]! * (x - r.t[0]!);
    if (x > r.t[n - 1]!) return F[n - 1]! + r.u[n - 1]! * (x - r.t[n - 1]!);
    const k = firstAtOrAfter(r.t, x); // 1 <= k <= n-1 here
    return F[k - 1]! + r.u[k]! * (x - r.t[k - 1]!);
  };
  const memPeak = (a: number, b: number): number => {
    // Level in force at a (last reading at or before it), then every level set inside (a, b].
    let j = firstAfter(r.t, a) - 1;
    let peak = j >= 0 ? r.m[j]! : 0;
    for (j = j + 1; j < n && r.t[j]! <= b; j++) peak = Math.max(peak, r.m[j]!);
    return peak;
  };

  for (let i = 0; i < track.t_us.length; i++) {
    const dt = track.dt_s[i]!;
    const b = track.t_us[i]!;
    const a = b - dt * 1e6;
    const key = track.key[i];
    const acc = key == null ? unattributed : getOrAdd(byKey, key);
    acc.time_s += dt;
    if (n === 0) continue;
    acc.gpu_s += Math.max(0, integralTo(b) - integralTo(a)) / 1e6;
    acc.gpu_mem_peak_bytes = Math.max(acc.gpu_mem_peak_bytes, memPeak(a, b));
  }
  return { byKey, unattributed };
}

/**
 * GPU figures per line ("file:line" keys as in the track). Every line the track mentions
 * gets an entry, zeros included, so reports show the GPU column for CPU-only lines too.
 * Empty when there are no readings (GPU sampling off or unavailable).
 */
export function attributeGpu(track: SampleTrack, gpu: GpuReadings): Map<string, GpuFigures> {
  const out = new Map<string, GpuFigures>();
  if (gpu.t_us.length === 0) return out;
  for (const [key, acc] of accumulateGpu(track, gpu).byKey) out.set(key, finishGpu(acc));
  return out;
}

/** Whole-run figures: every sample, those in no profiled file included (like CPU totals). */
export function gpuTotals(track: SampleTrack, gpu: GpuReadings): GpuFigures {
  const { byKey, unattributed } = accumulateGpu(track, gpu);
  return foldGpuTotals([...byKey.values(), unattributed]);
}

/** Folds accumulators (lines into a function, tracks into a run) into one set of figures. */
export function foldGpuTotals(accs: Iterable<GpuAccum>): GpuFigures {
  const sum: GpuAccum = { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 };
  for (const a of accs) mergeGpuAccum(sum, a);
  return finishGpu(sum);
}

export function mergeGpuAccum(into: GpuAccum, from: GpuAccum): GpuAccum {
  into.time_s += from.time_s;
  into.gpu_s += from.gpu_s;
  into.gpu_mem_peak_bytes = Math.max(into.gpu_mem_peak_bytes, from.gpu_mem_peak_bytes);
  return into;
}

export function finishGpu(acc: GpuAccum): GpuFigures {
  return {
    gpu_s: acc.gpu_s,
    gpu_util: acc.time_s > 0 ? Math.min(1, acc.gpu_s / acc.time_s) : 0,
    gpu_mem_peak_bytes: acc.gpu_mem_peak_bytes,
  };
}

/** Writes the GPU fields of a line, function or totals entry. */
export function applyGpu(m: Metrics, f: GpuFigures): void {
  m.gpu_s = f.gpu_s;
  m.gpu_util = f.gpu_util;
  m.gpu_mem_peak_bytes = f.gpu_mem_peak_bytes;
}

// ---- Metadata and messages ---------------------------------------------------------

/** The profile's meta.gpu: null when GPU figures are not shown. */
export function gpuMeta(start: GpuStartResult, taken?: Pick<GpuReadings, 'per_process'>): GpuMeta | null {
  if (!start.ok) return null;
  return { per_process: start.perProcess && (taken?.per_process ?? true), devices: [...start.devices] };
}

/** The one verbose line about GPU sampling. */
export function gpuStatusLine(start: GpuStartResult): string {
  if (!start.ok) return `GPU: not shown (${start.reason ?? 'unavailable'})`;
  const n = start.devices.length;
  const names = [...new Set(start.devices)].join(', ');
  const how = start.perProcess
    ? `per-process figures (${[...new Set(start.sources)].join(', ')})`
    : 'device-wide figures only: they include every process on the GPU';
  return `GPU: ${n} device${n === 1 ? '' : 's'} (${names}), ${how}`;
}

/** Caveats for meta.warnings, from what the sampler saw. */
export function gpuWarnings(start: GpuStartResult, taken: GpuTakeResult): string[] {
  const w: string[] = [];
  if (!start.ok) return w;
  if (!taken.per_process) {
    w.push('GPU utilisation is device-wide: NVML gave no per-process figures, so other processes on the same GPU are included');
  }
  if (!taken.pids_seen && taken.foreign_seen) {
    w.push(
      start.pidNamespaceInit
        ? 'NVML never listed the profiled processes while other processes used the GPU: GPU figures for this run are zero'
        : 'NVML never listed the profiled processes: inside a container with its own PID namespace NVML reports host pids, so GPU figures are zero (run the container with --pid=host)',
    );
  }
  if (!taken.mem_per_process) w.push('GPU memory is device-wide: NVML did not list processes');
  if (taken.dropped > 0) w.push(`${taken.dropped} GPU readings were dropped (not collected in time)`);
  return w;
}

// ---- Helpers -------------------------------------------------------------------------

function getOrAdd(m: Map<string, GpuAccum>, key: string): GpuAccum {
  let a = m.get(key);
  if (!a) {
    a = { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 };
    m.set(key, a);
  }
  return a;
}

function checkTrack(track: SampleTrack): void {
  if (track.t_us.length !== track.dt_s.length || track.t_us.length !== track.key.length) {
    throw new InputError(
      `sample track arrays differ in length (t_us ${track.t_us.length}, dt_s ${track.dt_s.length}, key ${track.key.length})`,
    );
  }
}

function sortedReadings(gpu: GpuReadings): { t: number[]; u: number[]; m: number[] } {
  const n = gpu.t_us.length;
  if (gpu.util.length !== n || gpu.mem_bytes.length !== n) {
    throw new InputError(`GPU readings arrays differ in length (t_us ${n}, util ${gpu.util.length}, mem_bytes ${gpu.mem_bytes.length})`);
  }
  const clampUtil = (u: number) => (u > 0 ? Math.min(u, 1) : 0); // NaN and negatives read as idle
  const clampMem = (b: number) => (b > 0 && Number.isFinite(b) ? b : 0);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = gpu.t_us[i - 1]! <= gpu.t_us[i]!;
  const order = Array.from({ length: n }, (_, i) => i);
  // Readings from several takes concatenated out of order still mean the same series.
  if (!sorted) order.sort((x, y) => gpu.t_us[x]! - gpu.t_us[y]!);
  return {
    t: order.map((i) => gpu.t_us[i]!),
    u: order.map((i) => clampUtil(gpu.util[i]!)),
    m: order.map((i) => clampMem(gpu.mem_bytes[i]!)),
  };
}
