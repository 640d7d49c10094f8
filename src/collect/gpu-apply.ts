// Folding the session's GPU readings into a built profile: per line, per function and
// totals, from the main-thread track of the process that did the most profiled work
// (the benchmark itself, not npm or a shell around it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../model/profile.js';
import type { Attribution } from './attribute.js';
import { fileKeyFor } from './build-profile.js';
import { accumulateGpu, applyGpu, finishGpu, foldGpuTotals, gpuMeta, gpuTotals, gpuWarnings, mergeGpuAccum, type GpuAccum, type GpuStartResult, type GpuTakeResult } from './gpu.js';

export interface GpuSession {
  start: GpuStartResult;
  taken: GpuTakeResult;
}

export function readGpuSession(dir: string): GpuSession | null {
  try {
    for (const f of readdirSync(dir)) {
      if (/^\d+\.json$/.test(f)) return JSON.parse(readFileSync(join(dir, f), 'utf8')) as GpuSession;
    }
  } catch {
    // no GPU sampling in this session
  }
  return null;
}

export function applyGpuSession(profile: Profile, attribution: Attribution, gpu: GpuSession, root: string): void {
  if (!gpu.start.ok) return;
  const busiest = [...attribution.tracks]
    .filter((t) => t.threadId === 0)
    .sort((a, b) => b.key.filter(Boolean).length - a.key.filter(Boolean).length)[0];
  if (!busiest) return;
  const { byKey } = accumulateGpu(busiest, gpu.taken);
  const perLine = new Map<string, GpuAccum>();
  for (const [key, acc] of byKey) {
    const at = key.lastIndexOf(':');
    const k = `${fileKeyFor(root, key.slice(0, at))}:${key.slice(at + 1)}`;
    const prev = perLine.get(k);
    perLine.set(k, prev ? mergeGpuAccum(prev, acc) : acc);
  }
  for (const [file, fp] of Object.entries(profile.files)) {
    for (const l of fp.lines) applyGpu(l, finishGpu(perLine.get(`${file}:${l.line}`) ?? { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 }));
    for (const fn of fp.functions) {
      const accs: GpuAccum[] = [];
      for (let line = fn.line; line <= fn.end_line; line++) {
        const a = perLine.get(`${file}:${line}`);
        if (a) accs.push(a);
      }
      applyGpu(fn, foldGpuTotals(accs));
    }
  }
  applyGpu(profile.totals, gpuTotals(busiest, gpu.taken));
  profile.meta.gpu = gpuMeta(gpu.start, gpu.taken);
  profile.meta.warnings.push(...gpuWarnings(gpu.start, gpu.taken));
}
