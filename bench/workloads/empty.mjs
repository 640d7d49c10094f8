// A program that does nothing: what each profiler costs a run before any work (start-up,
// loading the profiler, writing its output, and for scalene-ci the supervising CLI).
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
