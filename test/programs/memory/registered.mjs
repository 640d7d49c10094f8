// profile(fn): only the registered function's memory counts. Both functions retain arrays
// of 1000 numbers (8048 bytes each on Node 20–26): 10000 on each side (80 MB each).
import { profile } from 'scalene-ci';
const keep = [];
function notProfiled() {
  for (let i = 0; i < 10000; i++) keep.push(new Array(1000).fill(i)); // @outside
}
const chosen = profile(function chosen() {
  for (let i = 0; i < 10000; i++) keep.push(new Array(1000).fill(i)); // @inside
});
notProfiled();
chosen();
if (keep.length !== 20000) throw new Error('unreachable');
