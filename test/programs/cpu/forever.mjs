// Runs until killed; the profile must still hold what was collected.
let s = 0;
for (;;) for (let i = 0; i < 1e6; i++) s += i % 3; // line 3
