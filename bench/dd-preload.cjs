// `node --require bench/dd-preload.cjs program.js`: runs the program under Datadog's
// @datadog/pprof the way dd-trace does in production — the wall-time profiler and the
// sampling heap profiler together — and writes both profiles when the process exits.
//
// Settings mirror `node --cpu-prof --cpu-prof-interval 1000` and `scalene-ci run`:
// a 1 ms time-sampling interval; `lineNumbers: true` so every frame of a sample carries
// its line (the call site for callers), which is what lets the fidelity benchmark charge a
// library call to the calling line. The heap profiler runs at the interval @datadog/pprof
// documents (512 KiB between samples, stack depth 64), as dd-trace does by default.
//
// Output: $DD_PPROF_OUT.time.pb.gz and $DD_PPROF_OUT.heap.pb.gz (gzipped pprof protobuf).
// Written synchronously in an 'exit' handler (as pprof-nodejs' own preload mode does), so
// the serialisation cost and memory count against the process like they would in real use.
'use strict';
const fs = require('node:fs');

const out = process.env.DD_PPROF_OUT;
if (!out) throw new Error('dd-preload.cjs: set DD_PPROF_OUT to the output path prefix');

const HEAP_INTERVAL_BYTES = 512 * 1024;
const HEAP_STACK_DEPTH = 64;

// Registered before @datadog/pprof is loaded: the library installs its own 'exit' hook on
// load that stops (and discards) a running wall profile, and listeners run in order.
let pprof;
process.on('exit', () => {
  const time = pprof.time.stop();
  fs.writeFileSync(`${out}.time.pb.gz`, pprof.encodeSync(time));
  const heap = pprof.heap.profile();
  pprof.heap.stop();
  fs.writeFileSync(`${out}.heap.pb.gz`, pprof.encodeSync(heap));
});
pprof = require('@datadog/pprof');
pprof.time.start({ intervalMicros: Number(process.env.DD_PPROF_INTERVAL_US ?? 1000), lineNumbers: true });
pprof.heap.start(HEAP_INTERVAL_BYTES, HEAP_STACK_DEPTH);
