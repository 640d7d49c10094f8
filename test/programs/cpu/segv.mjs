let s = 0; const end = Date.now() + 1000;
while (Date.now() < end) for (let i = 0; i < 1e5; i++) s += i % 3; // line 2: work before the crash
process.kill(process.pid, 'SIGSEGV'); // a native crash, as a faulting addon would die
