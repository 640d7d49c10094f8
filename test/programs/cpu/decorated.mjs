import { profile } from 'scalene-ci';
function notProfiled() { let s = 0; for (let i = 0; i < 60_000_000; i++) s += i % 3; return s; }
const chosen = profile(function chosen() { let s = 0; for (let i = 0; i < 60_000_000; i++) s += i % 3; return s; });
notProfiled();
chosen();
