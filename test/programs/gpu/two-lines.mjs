// Line 4 burns CPU for 800 ms; line 5 waits 800 ms while (in the test's scripted NVML)
// the GPU is busy. GPU time must land on line 5.
const spin = (ms) => { const end = Date.now() + ms; let s = 0; while (Date.now() < end) s += Math.random(); return s; };
spin(800);
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 800);
