// Caller-line attribution: one library function (outside profiled files) called from
// two lines with 1:2 work. Its time must land on the calling lines 6 and 7, 1:2.
import { spin } from 'fakelib';
function main() {
  for (let r = 0; r < 3; r++) {
    spin(40_000_000);
    spin(80_000_000);
  }
}
main();
