// Import V8's .cpuprofile (`node --cpu-prof`, Chrome DevTools, `inspector` Profiler.stop)
// into profile@1.
//
// What a .cpuprofile has: a call tree of nodes (function, script URL, 0-based first line),
// per-node `positionTicks` (1-based line → sample count for the node's *self* time), and
// the sample sequence with µs time deltas. What it lacks, recorded in meta.missing:
// - caller_lines: a parent node names the calling function, not the call site, so time in
//   a callee (Node internals, native bindings) cannot be charged to the calling line; it
//   stays in totals.unattributed_s.
// - native_split: V8's sampler does not say whether a JS frame was in native code, so all
//   time on user lines is JS time.
// - system_time: samples are on-CPU/wall ticks without an off-CPU split.
// - memory, copy, gpu, sources, function_ranges (no function end lines).
// GC: "(garbage collector)" samples carry no stack; as our own engine does, their time is
// charged to the function of the neighbouring (previous, else next) sample.
import { PROFILE_SCHEMA, SUMMABLE_METRICS, type MissingCapability, type Profile, type Totals } from '../model/profile.js';
import { validateProfile } from '../model/validate.js';
import { array, fail, isObject, number, object } from './json-read.js';
import { type CallFrame, FileAccumulator, frameLine, readCallFrame, requireKeys, userFile } from './v8-common.js';

/** How far (µs) a sample's time may stray outside startTime..endTime (clock granularity). */
const TIME_SLACK_US = 1000;

export function isV8CpuProfile(json: unknown): boolean {
  return isObject(json) && Array.isArray(json.nodes) && Array.isArray(json.samples) && typeof json.startTime === 'number';
}

interface Node {
  frame: CallFrame;
  file: string | null;
  positionTicks: Array<{ line: number; ticks: number }>;
  selfS: number;
  selfSamples: number;
  gcS: number;
  gcSamples: number;
}

export interface V8ImportOptions {
  /** Project root for file keys; default: the profiled files' common directory. */
  root?: string | null;
}

export function importV8CpuProfile(json: unknown, name: string, opts: V8ImportOptions = {}): Profile {
  const p = object(json, name);
  requireKeys(p, ['nodes', 'samples', 'startTime', 'endTime'], name, 'V8 .cpuprofile');
  const startUs = number(p.startTime, `${name}: startTime`);
  const endUs = number(p.endTime, `${name}: endTime`);
  if (endUs < startUs) fail(`${name}: endTime`, `${endUs} is before startTime ${startUs}`);
  const nodes = new Map<number, Node>();
  const children: Array<{ where: string; ids: number[] }> = [];
  array(p.nodes, `${name}: nodes`).forEach((v, i) => {
    const where = `${name}: nodes[${i}]`;
    const n = object(v, where);
    const frame = readCallFrame(n.callFrame, `${where}.callFrame`);
    const positionTicks = n.positionTicks === undefined ? [] : array(n.positionTicks, `${where}.positionTicks`).map((t, j) => {
      const to = object(t, `${where}.positionTicks[${j}]`);
      return { line: number(to.line, `${where}.positionTicks[${j}].line`), ticks: number(to.ticks, `${where}.positionTicks[${j}].ticks`) };
    });
    const id = number(n.id, `${where}.id`);
    // A malformed tree is refused, not summed into nonsense: ids are unique and every
    // child is a node of the profile.
    if (nodes.has(id)) fail(`${where}.id`, `duplicate node id ${id}`);
    if (n.children !== undefined) children.push({ where: `${where}.children`, ids: array(n.children, `${where}.children`).map((c, j) => number(c, `${where}.children[${j}]`)) });
    nodes.set(id, { frame, file: userFile(frame), positionTicks, selfS: 0, selfSamples: 0, gcS: 0, gcSamples: 0 });
  });
  for (const c of children) for (const id of c.ids) if (!nodes.has(id)) fail(c.where, `refers to node ${id} which is not in nodes`);
  const samples = array(p.samples, `${name}: samples`).map((s, i) => number(s, `${name}: samples[${i}]`));
  const deltas = p.timeDeltas === undefined ? null : array(p.timeDeltas, `${name}: timeDeltas`).map((d, i) => number(d, `${name}: timeDeltas[${i}]`));
  if (deltas && deltas.length !== samples.length) fail(`${name}: timeDeltas`, `expected ${samples.length} entries (one per sample), got ${deltas.length}`);

  // Sample i lasts until sample i+1 (the last until endTime), as DevTools counts it.
  const times: number[] = [];
  let t = startUs;
  for (let i = 0; i < samples.length; i++) {
    t += deltas ? deltas[i]! : (endUs - startUs) / Math.max(1, samples.length);
    // V8 may reorder neighbouring samples (a small negative delta), but never outside the
    // profile's own span: deltas that do are not a sampling record.
    if (t < startUs - TIME_SLACK_US || t > endUs + TIME_SLACK_US) {
      fail(`${name}: timeDeltas[${i}]`, `puts sample ${i} at ${t} µs, outside startTime ${startUs} .. endTime ${endUs}`);
    }
    times.push(t);
  }
  const durationS = (i: number) => Math.max(0, (i + 1 < times.length ? times[i + 1]! : endUs) - times[i]!) / 1e6;

  const isGc = (n: Node) => n.frame.functionName === '(garbage collector)';
  let gcUnattributedS = 0;
  let gcS = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]!);
    if (!node) fail(`${name}: samples[${i}]`, `refers to node ${samples[i]} which is not in nodes`);
    const d = durationS(i);
    if (!isGc(node)) {
      node.selfS += d;
      node.selfSamples += 1;
      continue;
    }
    gcS += d;
    // Neighbouring non-GC sample: previous first, else next.
    let j = i - 1;
    while (j >= 0 && isGc(nodes.get(samples[j]!)!)) j--;
    if (j < 0) {
      j = i + 1;
      while (j < samples.length && isGc(nodes.get(samples[j]!)!)) j++;
    }
    const owner = j >= 0 && j < samples.length ? nodes.get(samples[j]!) : undefined;
    if (owner && owner.file !== null) {
      owner.gcS += d;
      owner.gcSamples += 1;
    } else gcUnattributedS += d;
  }

  const acc = new FileAccumulator();
  let internalS = 0;
  for (const n of nodes.values()) {
    if (n.file === null) {
      if (!isGc(n)) internalS += n.selfS;
      continue;
    }
    if (n.selfSamples === 0 && n.gcSamples === 0) continue;
    // Split the node's self time over its lines by positionTicks; with none, the first line.
    const ticks = n.positionTicks.filter((x) => x.ticks > 0 && x.line >= 1);
    const total = ticks.reduce((a, x) => a + x.ticks, 0);
    const shares = total > 0 ? ticks.map((x) => ({ line: Math.floor(x.line), share: x.ticks / total })) : [{ line: frameLine(n.frame), share: 1 }];
    for (const { line, share } of shares) {
      acc.add(n.file, line, n.frame, {
        cpu_js_s: n.selfS * share,
        gc_s: n.gcS * share,
        samples: (n.selfSamples + n.gcSamples) * share,
      });
    }
  }

  const files = acc.toFiles(opts.root ?? null);
  const elapsedS = Math.max(0, (endUs - startUs) / 1e6);
  const totals: Totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: elapsedS, unattributed_s: 0 };
  const sums = totals as unknown as Record<string, number>;
  for (const f of Object.values(files)) for (const l of f.lines) for (const k of SUMMABLE_METRICS) if (l[k] !== undefined) sums[k]! += l[k]!;
  totals.unattributed_s = Math.max(0, elapsedS - (totals.cpu_js_s + totals.gc_s));

  const sortedDeltas = (deltas ?? []).filter((d) => d > 0).sort((a, b) => a - b);
  const intervalMs = sortedDeltas.length > 0 ? sortedDeltas[Math.floor(sortedDeltas.length / 2)]! / 1000 : samples.length > 0 ? (elapsedS * 1000) / samples.length : 0;
  const missing: MissingCapability[] = ['caller_lines', 'native_split', 'system_time', 'memory', 'copy', 'gpu', 'function_ranges', 'sources'];
  const warnings = [
    'A V8 .cpuprofile does not split JS from native time or on-CPU from system time: all time on user lines is shown as JS time.',
    `${internalS.toFixed(3)} s in Node internals, native code, idle and V8's own work is not charged to a line (a .cpuprofile names the calling function, not the calling line) and is counted as unattributed.`,
  ];
  if (gcS > 0) {
    warnings.push(`GC samples carry no stack: ${(gcS - gcUnattributedS).toFixed(3)} s of ${gcS.toFixed(3)} s of GC was charged to the function of the neighbouring sample.`);
  }
  if (acc.size === 0) warnings.push('No sample fell in a user file (every frame was a Node internal or native code).');
  warnings.push('Function end lines are the last line with samples (a .cpuprofile records only where functions start); source text is not included.');

  const profile: Profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: 'v8-cpu-profiler',
      tool_version: 'unknown',
      source_format: 'v8-cpuprofile',
      node_version: null,
      v8_version: null,
      platform: 'unknown',
      arch: 'unknown',
      cpu_model: null,
      cpu_count: null,
      command: [],
      // startTime is a monotonic clock reading, not a date.
      start_time: '',
      elapsed_s: elapsedS,
      sampling_interval_ms: intervalMs,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: 'cpu',
      use_virtual_time: false,
      gpu: null,
      missing,
      processes: [],
      warnings,
    },
    totals,
    files,
  };
  return validateProfile(profile, name);
}
