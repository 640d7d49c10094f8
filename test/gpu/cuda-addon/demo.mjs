// Real-GPU check of GPU time per line (docs/GPU.md): one line keeps the GPU busy for 2 s,
// another burns 2 s of CPU. GPU readings come from the engine's NVML sampler, CPU samples
// from V8 (node:inspector, same CLOCK_MONOTONIC µs), and attributeGpu joins them.
// Usage: node test/gpu/cuda-addon/demo.mjs [out.json]
//   SCALENE_CI_ADDON  path of scalene_ci.node (default native/build/Release/scalene_ci.node)
import { createRequire } from 'node:module';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const require = createRequire(import.meta.url);
const engine = require(process.env.SCALENE_CI_ADDON ?? join(root, 'native', 'build', 'Release', 'scalene_ci.node'));
const { burn } = require(join(here, 'burn.node'));
const { attributeGpu, gpuTotals, gpuStatusLine, gpuWarnings } = await import(process.env.SCALENE_CI_GPU_MODULE ?? join(root, 'src', 'collect', 'gpu.ts'));

function gpuPhase() { return burn(2000); } // GPU_LINE
function cpuPhase() { let x = 0; const end = Date.now() + 2000; while (Date.now() < end) x += Math.sqrt(x + 1); return x; } // CPU_LINE

const start = engine.gpuStart({ intervalUs: 20_000 });
console.log(gpuStatusLine(start));
if (!start.ok) process.exit(1);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 1000 });
await session.post('Profiler.start');
burn(1); // CUDA context and the memory hold, before the measured part
const waitedMs = gpuPhase();
cpuPhase();
const { profile } = await session.post('Profiler.stop');
engine.gpuStop();
const readings = engine.gpuTake();

// Key each sample by the phase function on its stack (both are one-line functions).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = new Map();
const phaseKey = (id) => {
  if (keyOf.has(id)) return keyOf.get(id);
  let k = null;
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const f = byId.get(cur).callFrame;
    if (f.functionName === 'gpuPhase' || f.functionName === 'cpuPhase') {
      k = `demo.mjs:${f.lineNumber + 1}`;
      break;
    }
  }
  keyOf.set(id, k);
  return k;
};
const track = { t_us: [], dt_s: [], key: [] };
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  track.t_us.push(t);
  track.dt_s.push(profile.timeDeltas[i] / 1e6);
  track.key.push(phaseKey(profile.samples[i]));
}
const lines = Object.fromEntries(attributeGpu(track, readings));
const time = {};
for (let i = 0; i < track.key.length; i++) if (track.key[i]) time[track.key[i]] = (time[track.key[i]] ?? 0) + track.dt_s[i];
const result = {
  start,
  host_waited_ms: waitedMs,
  readings: readings.t_us.length,
  per_process: readings.per_process,
  warnings: gpuWarnings(start, readings),
  lines: Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, { ...v, time_s: time[k] }])),
  totals: gpuTotals(track, readings),
  series: readings.t_us.map((tu, i) => [Math.round((tu - profile.startTime) / 1000), readings.util[i], readings.mem_bytes[i]]),
};
console.log(JSON.stringify({ ...result, series: `${result.series.length} points` }, null, 2));
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(result, null, 2));
