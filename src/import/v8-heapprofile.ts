// Import V8's sampling heap profile (.heapprofile from `node --heap-prof`, DevTools'
// "allocation sampling") into profile@1.
//
// What it has: a call tree whose nodes carry `selfSize`, the bytes of sampled allocations
// made by that function (scaled by V8 to estimate the unsampled ones). What it lacks:
// - Lines: V8 attributes every allocation to the *first line of the allocating function*
//   (and inlined callees to the outer frame), so lines here are function start lines.
// - Liveness and volume: V8 drops a sample when its object is collected unless the producer
//   asked otherwise, and the file does not say which. With `node --heap-prof` the bytes are
//   those still live when the profile was written — a lower bound on what was allocated.
// - Off-heap memory (Buffers, native allocations) is never sampled.
// - No CPU time, GC, copy, GPU, timeline, sources or function end lines (meta.missing).
// - Node ≤ 20 writes user functions with an empty URL when the profile is written at exit;
//   their bytes cannot be given a file and are reported in meta.warnings.
import { PROFILE_SCHEMA, type MissingCapability, type Profile, type Totals } from '../model/profile.js';
import { validateProfile } from '../model/validate.js';
import { array, fail, isObject, number, object } from './json-read.js';
import { FileAccumulator, PSEUDO_FRAMES, functionName, readCallFrame, frameLine, requireKeys, userFile } from './v8-common.js';
import type { V8ImportOptions } from './v8-cpuprofile.js';

export function isV8HeapProfile(json: unknown): boolean {
  return isObject(json) && isObject(json.head) && 'selfSize' in json.head && 'callFrame' in json.head;
}

/** Deeper than any real JavaScript stack; protects the walk from hostile input. */
const MAX_DEPTH = 10_000;

export function importV8HeapProfile(json: unknown, name: string, opts: V8ImportOptions = {}): Profile {
  const p = object(json, name);
  requireKeys(p, ['head'], name, 'V8 .heapprofile');
  const acc = new FileAccumulator();
  let internalBytes = 0;
  const nameless = new Map<string, number>();
  let sampledBytes = 0;

  // Iterative walk: a crafted profile could nest deeper than the JS stack allows.
  const stack: Array<{ v: unknown; where: string; depth: number }> = [{ v: p.head, where: `${name}: head`, depth: 0 }];
  while (stack.length > 0) {
    const { v, where, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) fail(where, `call tree deeper than ${MAX_DEPTH}`);
    const n = object(v, where);
    const frame = readCallFrame(n.callFrame, `${where}.callFrame`);
    const self = Math.max(0, number(n.selfSize, `${where}.selfSize`, 0));
    sampledBytes += self;
    if (self > 0) {
      const file = userFile(frame);
      if (file !== null) acc.add(file, frameLine(frame), frame, { alloc_js_bytes: self });
      else if (frame.url === '' && frame.scriptId !== '0' && !PSEUDO_FRAMES.has(frame.functionName)) {
        const fn = functionName(frame);
        nameless.set(fn, (nameless.get(fn) ?? 0) + self);
      } else internalBytes += self;
    }
    const children = n.children === undefined ? [] : array(n.children, `${where}.children`);
    children.forEach((c, i) => stack.push({ v: c, where: `${where}.children[${i}]`, depth: depth + 1 }));
  }
  const sampleCount = Array.isArray(p.samples) ? p.samples.length : 0;

  const files = acc.toFiles(opts.root ?? null);
  const totals: Totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: 0, unattributed_s: 0, alloc_js_bytes: 0 };
  for (const f of Object.values(files)) for (const l of f.lines) totals.alloc_js_bytes! += l.alloc_js_bytes ?? 0;

  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const warnings = [
    'A V8 heap profile charges allocations to the first line of the allocating function, not to the allocating line.',
    'With node --heap-prof, V8 keeps only samples of objects still live when the profile was written: alloc bytes are a lower bound on what was allocated. Buffers and other off-heap memory are never sampled.',
    `${mb(internalBytes)} of ${mb(sampledBytes)} sampled bytes were allocated in Node internals or native code and are not charged to a line.`,
    'No CPU time, GC time, copy volume, timeline or source text is in a heap profile; function end lines are unknown.',
  ];
  if (nameless.size > 0) {
    const top = [...nameless.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([fn, b]) => `${fn} (${mb(b)})`);
    warnings.push(`${mb([...nameless.values()].reduce((a, b) => a + b, 0))} were allocated in functions whose script URL V8 did not record (Node ≤ 20 drops it when the profile is written at exit): ${top.join(', ')}.`);
  }

  const missing: MissingCapability[] = ['cpu', 'caller_lines', 'native_split', 'system_time', 'gc_time', 'copy', 'gpu', 'function_ranges', 'sources'];
  const profile: Profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: 'v8-sampling-heap-profiler',
      tool_version: 'unknown',
      source_format: 'v8-heapprofile',
      node_version: null,
      v8_version: null,
      platform: 'unknown',
      arch: 'unknown',
      cpu_model: null,
      cpu_count: null,
      command: [],
      start_time: '',
      elapsed_s: 0,
      // Heap sampling is by bytes (512 KiB by default), not by time.
      sampling_interval_ms: 0,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: 'full',
      use_virtual_time: false,
      gpu: null,
      missing,
      processes: [],
      warnings: sampleCount > 0 ? warnings : [...warnings, 'The profile holds no allocation samples.'],
    },
    totals,
    files,
  };
  return validateProfile(profile, name);
}
