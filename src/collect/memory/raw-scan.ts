// What the memory stages need of a thread's raw CPU samples, gathered window by window: for
// each profiled function (innermost profiled frame), the lines its samples were charged to,
// and when the thread last ran profiled code. The attributor gathers it as it adds windows
// (attribute.ts), so a full-profile run need not keep every window's sample tree and samples
// until the exit (4.5 MB a minute less in a replay of a kept 60 s session of bench:wait's
// program), and the exit makes no pass over every sample of the run.
import { NODE_STRIDE, VmState, type RawSegment } from '../raw.js';

/** "url|name group" → the function's column → line key → CPU samples there. */
export type FnLines = Map<string, Map<number, Map<string, number>>>;

/** One thread's raw samples, summarised (scanRawWindow) before the profiled files are known. */
export interface RawScan {
  /** In first-seen order, as one pass over the thread's samples would fill it. */
  fnLines: FnLines;
  /** Each function key's script url: the functions of scripts that turn out unprofiled are
   * left out when the scans are merged (mergeRawScan). */
  fnUrl: Map<string, string>;
  /** Script url → the time of the thread's last non-GC sample whose innermost profiled frame
   * is in that script. */
  lastUs: Map<string, number>;
}

export function newRawScan(): RawScan {
  return { fnLines: new Map(), fnUrl: new Map(), lastUs: new Map() };
}

/** A track's line keys by sample time, from entry `from` on (the join scanRawWindow reads). */
export function keysByTime(track: { t_us: number[]; key: (string | null)[] }, from = 0): Map<number, string> {
  const keyAt = new Map<number, string>();
  for (let i = from; i < track.t_us.length; i++) if (track.key[i]) keyAt.set(track.t_us[i]!, track.key[i]!);
  return keyAt;
}

/** Anonymous functions are '(module)' or '(anonymous)' by column, which V8 versions report differently. */
export function nameGroup(name: string): string {
  return name === '' || name === '(module)' || name === '(anonymous)' ? '' : name;
}

/**
 * Adds one window's raw samples to `scan`, each joined by its timestamp with the line key the
 * attribution gave it (`keyAt`); `isProfiled` says which scripts' frames count. A node's
 * function and column are the same for all its samples: its line counts once per sample.
 */
export function scanRawWindow(seg: RawSegment, keyAt: ReadonlyMap<number, string>, isProfiled: (url: string) => boolean, scan: RawScan): void {
  const n = seg.nodes.length / NODE_STRIDE;
  const prof = new Int32Array(n); // innermost profiled frame on the path, -1 if none
  for (let i = 0; i < n; i++) {
    const row = i * NODE_STRIDE;
    const parent = seg.nodes[row]!;
    // Nodes come in DFS order: a parent is resolved before its children.
    prof[i] = isProfiled(seg.strings[seg.nodes[row + 5]!] ?? '') ? i : parent >= 0 ? prof[parent]! : -1;
  }
  const linesOf: Array<Map<string, number> | undefined> = new Array(n);
  const S = seg.samples;
  for (let i = 0; i + 3 <= S.length; i += 3) {
    const node = S[i]!;
    const ts = S[i + 1]!;
    const p = node >= 0 && node < n ? prof[node]! : -1;
    // GC samples have no stack of their own (their key is the previous sample's).
    if (p < 0 || S[i + 2] === VmState.GC) continue;
    const row = p * NODE_STRIDE;
    const url = seg.strings[seg.nodes[row + 5]!] ?? '';
    if (!(ts <= (scan.lastUs.get(url) ?? -Infinity))) scan.lastUs.set(url, ts);
    const key = keyAt.get(ts);
    if (!key) continue;
    let lines = linesOf[p];
    if (!lines) {
      const fn = `${url}|${nameGroup(seg.strings[seg.nodes[row + 4]!] ?? '')}`;
      const column = seg.nodes[row + 3]!;
      let byColumn = scan.fnLines.get(fn);
      if (!byColumn) {
        scan.fnLines.set(fn, (byColumn = new Map()));
        scan.fnUrl.set(fn, url);
      }
      lines = byColumn.get(column);
      if (!lines) byColumn.set(column, (lines = new Map()));
      linesOf[p] = lines;
    }
    lines.set(key, (lines.get(key) ?? 0) + 1);
  }
}

/**
 * Adds a thread's scan to the run's `fnLines` (threads in order, as one pass over them would
 * fill it), keeping only the scripts `isProfiled` now says are profiled; returns the time of
 * the thread's last sample in profiled code (-Infinity if none).
 *
 * The scan named each sample's innermost frame in a script that passed the run's file filter;
 * a script passes here when the attribution gave it a function. The two differ only for a
 * script that passed the filter and yet was charged nothing (every sample there went to a
 * line of another script): its samples then count for no function, where a pass made after
 * the attribution would have given them to the next profiled frame out.
 */
export function mergeRawScan(scan: RawScan, isProfiled: (url: string) => boolean, fnLines: FnLines): number {
  let last = -Infinity;
  for (const [url, t] of scan.lastUs) if (t > last && isProfiled(url)) last = t;
  for (const [fn, byColumn] of scan.fnLines) {
    if (!isProfiled(scan.fnUrl.get(fn) ?? '')) continue;
    let into = fnLines.get(fn);
    if (!into) fnLines.set(fn, (into = new Map()));
    for (const [column, lines] of byColumn) {
      let intoLines = into.get(column);
      if (!intoLines) into.set(column, (intoLines = new Map()));
      for (const [key, count] of lines) intoLines.set(key, (intoLines.get(key) ?? 0) + count);
    }
  }
  return last;
}
