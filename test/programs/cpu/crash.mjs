let s = 0;
for (let i = 0; i < 60_000_000; i++) s += i % 3; // line 2: work before the crash
throw new Error('boom ' + s);
