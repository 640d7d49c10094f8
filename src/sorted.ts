// Binary search over ascending numbers: the two bounds every time join in the pipeline needs
// (a sample's window, a GC's samples, a line's offset, a range's charged lines).

/** Smallest index k with t[k] >= x (t ascending); t.length when none. */
export function firstAtOrAfter(t: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Smallest index k with t[k] > x (t ascending); t.length when none. */
export function firstAfter(t: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
