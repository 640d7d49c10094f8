// Two 1.5 s phases of JS (in a library, so time lands on the calling lines 4 and 5).
import { spinUntil } from 'fakelib';
const t0 = Date.now();
spinUntil(t0 + 1500); // line 4: phase A (suspended)
spinUntil(t0 + 3000); // line 5: phase B (resumed)
