// Step 1: JS volume from the GC readings. The bytes allocated on a thread's JS heap between
// two GCs are charged to the line whose allocation triggered the second one (memory.ts
// header, "GC readings"), else spread over the code that ran in between.
import { LOOK_BACK_MAX_US, lineAt, siteAt } from './cpu-join.js';
import { firstAtOrAfter } from '../../sorted.js';
import { GC_STRIDE, type ThreadMem } from './state.js';

export function chargeGcs(m: ThreadMem): void {
  // GCs without a site (and the tail after the last GC) are spread once every GC with a site
  // is charged: those say how many bytes each line allocates per CPU second (spread()).
  const siteless: Array<{ bytes: number; from: number; to: number }> = [];
  let prevAfter: number | null = null;
  let lastGcEnd = -Infinity;
  let lastReading: number[] | null = null;
  for (const s of m.segs) {
    if (s.heap0 && prevAfter === null) {
      prevAfter = s.heap0[1]!;
      m.jsUsed0 = s.heap0[1]!;
      lastGcEnd = s.heap0[0]!;
    }
    const gc = s.gc ?? [];
    for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) {
      const start = gc[i]!;
      const before = gc[i + 3]!;
      if (prevAfter !== null) {
        // Concurrent sweeping can lower "used" between GCs: never a negative allocation.
        const bytes = Math.max(0, before - prevAfter);
        m.placedSq += bytes * bytes;
        // The allocating line: the CPU sample triggered in this GC's prologue.
        // Else (no sample, or one in code that cannot allocate: V8 also finishes
        // incremental marking from an interrupt) the line running when it started.
        // The allocating line: the CPU sample triggered in this GC's prologue. Without
        // one, the GC was not started by an allocation in profiled code (a GC in
        // unprofiled code or at exit; V8 also finishes incremental marking from an
        // interrupt, e.g. in a pure arithmetic loop): its bytes were allocated by whatever
        // allocating code ran since the previous GC, so they are spread over that.
        // (A track with no triggered samples at all: the line running at the GC's start.)
        const key = siteAt(m.track, start, true) ?? (m.track && m.track.siteT.length > 0 ? null : lineAt(m.track, start));
        if (bytes > 0 && !key) siteless.push({ bytes, from: lastGcEnd, to: start });
        else if (bytes > 0 && key) {
          // Code outside the profile (unprofiled files, functions not registered with
          // profile(fn)) that ran since the previous GC allocated its share of these
          // bytes: by CPU time, that share stays unattributed. Without it a GC that fires
          // early in a profiled phase takes the bytes of the unprofiled phase before it,
          // which is 50 MB and more once V8 pretenures a site into old space.
          spread(m, bytes, lastGcEnd, start, key);
        }
        m.totalJs += bytes;
      } else {
        m.jsUsed0 = before;
      }
      prevAfter = gc[i + 4]!;
      lastGcEnd = gc[i + 1]! || start;
    }
    if (s.heap) lastReading = s.heap;
  }
  // After the last GC there is no GC to charge: the tail (at most one young generation)
  // is spread over the CPU samples since, by time.
  if (lastReading && prevAfter !== null) {
    m.jsUsedEnd = lastReading[1]!;
    const tail = Math.max(0, lastReading[1]! - prevAfter);
    m.totalJs += tail;
    m.placedSq += tail * tail;
    if (tail > 0) siteless.push({ bytes: tail, from: lastGcEnd, to: lastReading[0]! });
  }
  const rates = siteRates(m);
  for (const g of siteless) spread(m, g.bytes, g.from, g.to, null, rates);
  m.charges.sort((a, b) => a.t - b.t);
  m.chargeT = Float64Array.from(m.charges, (c) => c.t);
}

/** Charges bytes allocated over (from, to] by the CPU time spent then: unprofiled code's
 * share stays unattributed; the profiled share goes to the site, when the GC has one, else
 * to the lines that ran and can allocate (their samples' allocation keys). Lines that
 * cannot allocate (a pure arithmetic loop) get none, unless no line that ran could. */
function spread(m: ThreadMem, bytes: number, from: number, to: number, site: string | null, rates: Map<string, number> | null = null): void {
  const ix = m.track;
  const allocating = new Map<string, { w: number; t: number }>();
  const running = new Map<string, { w: number; t: number }>();
  let keyed = 0;
  let unkeyed = 0;
  const add = (per: Map<string, { w: number; t: number }>, k: string, w: number, t: number) => {
    const e = per.get(k);
    if (e) e.w += w;
    else per.set(k, { w, t });
  };
  if (ix) {
    for (let i = firstAtOrAfter(ix.t, from + 1); i < ix.t.length && ix.t[i]! <= to; i++) {
      const k = ix.key[i];
      const w = ix.cpu[i]!;
      if (!k) {
        unkeyed += w;
        continue;
      }
      keyed += w;
      if (site) continue;
      add(running, k, w, ix.t[i]!);
      const a = ix.jsAllocKey[i];
      if (a) add(allocating, a, w, ix.t[i]!);
    }
  }
  if (site) {
    // No sample in the interval: nothing says the bytes were anyone else's.
    const share = keyed + unkeyed > 0 ? keyed / (keyed + unkeyed) : 1;
    m.charges.push({ t: to, key: site, bytes: bytes * share });
    if (share < 1) m.charges.push({ t: to, key: null, bytes: bytes * (1 - share) });
    return;
  }
  if (ix && allocating.size === 0 && running.size > 0) {
    // Nothing that ran in the interval can allocate (the sampler saw only a compute loop
    // between two GCs of a small young generation): the bytes came from the allocating
    // code that ran nearest to it, found over growing spans on both sides.
    for (let span = Math.max(to - from, ix.intervalUs); allocating.size === 0 && span <= LOOK_BACK_MAX_US; span *= 2) {
      for (let i = firstAtOrAfter(ix.t, from - span); i < ix.t.length && ix.t[i]! <= to + span; i++) {
        const a = ix.jsAllocKey[i];
        if (a) add(allocating, a, ix.cpu[i]! || ix.dt[i]!, ix.t[i]!);
      }
    }
  }
  const per = allocating.size > 0 ? allocating : running;
  let weight = 0;
  for (const e of per.values()) weight += e.w;
  if (weight === 0) {
    m.charges.push({ t: to, key: null, bytes });
    return;
  }
  const total = weight + unkeyed;
  const profiled = (bytes * weight) / total;
  // Among the allocating lines that ran, by CPU time × the bytes each allocates per CPU
  // second (from the GCs it triggered): a CPU second of a line that never started a GC is
  // not worth one of the line that started all of them. Without it, V8's ticks for a loop's
  // exit (Node 20, sites.js: 3 ms on a run-once line) drew a teardown GC's 14 MB onto that
  // line. Lines with no rate at all (no GC with a site): by CPU time alone.
  let rated = 0;
  if (rates && per === allocating) for (const [k, e] of per) rated += e.w * (rates.get(k) ?? 0);
  for (const [k, e] of per) {
    const share = rated > 0 ? (e.w * (rates!.get(k) ?? 0)) / rated : e.w / weight;
    if (share > 0) m.charges.push({ t: e.t, key: k, bytes: profiled * share });
  }
  if (unkeyed > 0) m.charges.push({ t: to, key: null, bytes: (bytes * unkeyed) / total });
}

/** Bytes per CPU second of each allocating line: what the GCs it triggered charged to it,
 * over the CPU time of the samples that name it as their allocation site. */
function siteRates(m: ThreadMem): Map<string, number> | null {
  const ix = m.track;
  if (!ix || m.charges.length === 0) return null;
  const bytes = new Map<string, number>();
  for (const c of m.charges) if (c.key) bytes.set(c.key, (bytes.get(c.key) ?? 0) + c.bytes);
  const cpu = new Map<string, number>();
  for (let i = 0; i < ix.t.length; i++) {
    const a = ix.jsAllocKey[i];
    if (a && bytes.has(a)) cpu.set(a, (cpu.get(a) ?? 0) + (ix.cpu[i] || ix.dt[i]!));
  }
  const rates = new Map<string, number>();
  for (const [k, b] of bytes) rates.set(k, b / Math.max(cpu.get(k) ?? 0, ix.intervalUs / 1e6));
  return rates;
}
