// Matching files and lines between a base and a head profile. Between the two versions lines
// move: an edit above a hot loop shifts it, a refactor moves a function, a file is renamed.
// Comparing line 40 with line 40 would then report a "regression" on code nobody touched, so
// every comparison goes through a mapping built here:
//   1. files: same path; otherwise (renames) the most similar unmatched file by content;
//   2. lines: an LCS diff of the sources stored in the profiles (jsdiff), edited lines paired
//      within their hunk, moved lines recovered by function name + identical text;
//      without sources, function name + offset inside the function, else the same number.
import { diffArrays } from 'diff';

export interface FunctionRange {
  name: string;
  line: number;
  end_line: number;
}

/** What matching needs to know about one side's file. */
export interface FileInfo {
  source: string | null;
  functions: readonly FunctionRange[];
}

export type MappingMethod = 'identical' | 'diff' | 'function-offset' | 'line-number';

export interface LineMapping {
  method: MappingMethod;
  /** Head line for a base line; null when the base line has no counterpart (deleted). */
  toHead(baseLine: number): number | null;
  /** Base line for a head line; null when the head line is new. */
  toBase(headLine: number): number | null;
  /** True when the head line was added or edited (moved-but-identical lines are not changed). */
  changed(headLine: number): boolean;
  /** Head lines that were added or edited, ascending. */
  changedLines(): number[];
}

export interface FilePair {
  base: string | null;
  head: string | null;
  /** Present when both sides exist. */
  mapping: LineMapping | null;
}

export interface FileMatch {
  pairs: FilePair[];
  renamed: Array<{ base: string; head: string }>;
  added: string[];
  removed: string[];
  /** Matched files whose lines could not be diffed because a source was missing. */
  withoutSources: string[];
}

export function splitLines(source: string): string[] {
  const lines = source.split(/\r\n|\r|\n/);
  // A trailing newline does not start another line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Innermost function containing `line`, or null. */
export function enclosingFunction(functions: readonly FunctionRange[], line: number): FunctionRange | null {
  let best: FunctionRange | null = null;
  for (const f of functions) {
    if (f.line <= line && line <= f.end_line) {
      if (best === null || f.end_line - f.line < best.end_line - best.line) best = f;
    }
  }
  return best;
}

/** Sørensen–Dice similarity of character bigrams, for pairing an edited line with its original. */
function similarity(a: string, b: string): number {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length - 1 + (y.length - 1));
}

const EDIT_SIMILARITY = 0.5;
// Diffing is O((N + M)·D); beyond this many edits in one file we fall back to text matching.
const MAX_EDIT_LENGTH = 5000;

class ArrayMapping implements LineMapping {
  constructor(
    readonly method: MappingMethod,
    private readonly b2h: Int32Array,
    private readonly h2b: Int32Array,
    private readonly changedHead: Uint8Array,
  ) {}
  toHead(baseLine: number): number | null {
    const v = this.b2h[baseLine];
    return v === undefined || v === 0 ? null : v;
  }
  toBase(headLine: number): number | null {
    const v = this.h2b[headLine];
    return v === undefined || v === 0 ? null : v;
  }
  changed(headLine: number): boolean {
    return this.changedHead[headLine] === 1;
  }
  changedLines(): number[] {
    const out: number[] = [];
    for (let i = 1; i < this.changedHead.length; i++) if (this.changedHead[i] === 1) out.push(i);
    return out;
  }
}

class IdentityMapping implements LineMapping {
  constructor(readonly method: MappingMethod) {}
  toHead(baseLine: number): number {
    return baseLine;
  }
  toBase(headLine: number): number {
    return headLine;
  }
  changed(): boolean {
    return false;
  }
  changedLines(): number[] {
    return [];
  }
}

/** Map lines between two versions of one file. */
export function mapLines(base: FileInfo, head: FileInfo): LineMapping {
  if (base.source === null || head.source === null) return mapWithoutSources(base, head);
  if (base.source === head.source) return new IdentityMapping('identical');
  const a = splitLines(base.source);
  const b = splitLines(head.source);
  // Arrays are 1-based (index 0 unused) to match profile line numbers.
  const b2h = new Int32Array(a.length + 2);
  const h2b = new Int32Array(b.length + 2);
  const changed = new Uint8Array(b.length + 2);

  // Common prefix and suffix first: most edits are local, and this keeps the diff small.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) {
    b2h[pre + 1] = pre + 1;
    h2b[pre + 1] = pre + 1;
    pre++;
  }
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) {
    b2h[a.length - suf] = b.length - suf;
    h2b[b.length - suf] = a.length - suf;
    suf++;
  }
  const aMid = a.slice(pre, a.length - suf);
  const bMid = b.slice(pre, b.length - suf);
  const changes = aMid.length === 0 || bMid.length === 0 ? undefined : diffArrays(aMid, bMid, { maxEditLength: MAX_EDIT_LENGTH });

  const hunks: Array<{ removed: number[]; added: number[] }> = [];
  if (aMid.length === 0 || bMid.length === 0 || changes === undefined) {
    // Pure insertion / deletion, or too different to diff: one hunk of everything in between.
    const removed = aMid.map((_, k) => pre + k);
    const added = bMid.map((_, k) => pre + k);
    for (const j of added) changed[j + 1] = 1;
    hunks.push({ removed, added });
  } else {
    let i = pre; // 0-based index into a
    let j = pre; // 0-based index into b
    let hunk = { removed: [] as number[], added: [] as number[] };
    for (const c of changes) {
      const n = c.count ?? c.value.length;
      if (c.removed) {
        for (let k = 0; k < n; k++) hunk.removed.push(i++);
      } else if (c.added) {
        for (let k = 0; k < n; k++) {
          changed[j + 1] = 1;
          hunk.added.push(j++);
        }
      } else {
        if (hunk.removed.length > 0 || hunk.added.length > 0) hunks.push(hunk);
        hunk = { removed: [], added: [] };
        for (let k = 0; k < n; k++) {
          b2h[i + 1] = j + 1;
          h2b[j + 1] = i + 1;
          i++;
          j++;
        }
      }
    }
    if (hunk.removed.length > 0 || hunk.added.length > 0) hunks.push(hunk);
  }
  // Moves before edits: a line deleted in one hunk and added verbatim in another was moved
  // (functions reordered), and must not be paired with a merely similar line of its own hunk.
  matchMovedLines(a, b, base.functions, head.functions, b2h, h2b, changed);
  for (const h of hunks) {
    pairEdits(
      a,
      b,
      h.removed.filter((r) => b2h[r + 1] === 0),
      h.added.filter((x) => h2b[x + 1] === 0),
      b2h,
      h2b,
    );
  }
  return new ArrayMapping('diff', b2h, h2b, changed);
}

/**
 * Pair the removed and added lines of one hunk that are edits of each other (a loop bound
 * changed), so the edited line is compared with its original rather than reported as new
 * code plus deleted code. Order-preserving greedy pairing by similarity.
 */
function pairEdits(a: string[], b: string[], removed: number[], added: number[], b2h: Int32Array, h2b: Int32Array): void {
  if (removed.length === 0 || added.length === 0) return;
  if (removed.length * added.length > 40_000) return;
  let from = 0;
  for (const r of removed) {
    let best = -1;
    let bestSim = EDIT_SIMILARITY;
    for (let k = from; k < added.length; k++) {
      const s = similarity(a[r]!, b[added[k]!]!);
      if (s > bestSim) {
        bestSim = s;
        best = k;
      }
    }
    // Equal-sized hunks are usually line-for-line edits; pair positionally when nothing is similar.
    if (best < 0 && removed.length === added.length) {
      const k = removed.indexOf(r);
      if (k >= from) best = k;
    }
    if (best >= 0) {
      b2h[r + 1] = added[best]! + 1;
      h2b[added[best]! + 1] = r + 1;
      from = best + 1;
    }
  }
}

/**
 * A moved block (functions reordered) shows up in an LCS diff as deleted here and added there.
 * Map a still-unmapped base line to an unmapped head line with identical text, first within
 * the function of the same name, then anywhere; such a line is not "changed" (same code).
 */
function matchMovedLines(
  a: string[],
  b: string[],
  baseFns: readonly FunctionRange[],
  headFns: readonly FunctionRange[],
  b2h: Int32Array,
  h2b: Int32Array,
  changed: Uint8Array,
): void {
  for (const byFunction of [true, false]) {
    const candidates = new Map<string, number[]>();
    for (let j = 1; j <= b.length; j++) {
      if (h2b[j] !== 0) continue;
      const text = b[j - 1]!.trim();
      if (text === '') continue;
      const key = byFunction ? (enclosingFunction(headFns, j)?.name ?? '') + '\u0000' + text : text;
      const list = candidates.get(key);
      if (list) list.push(j);
      else candidates.set(key, [j]);
    }
    if (candidates.size === 0) return;
    for (let i = 1; i <= a.length; i++) {
      if (b2h[i] !== 0) continue;
      const text = a[i - 1]!.trim();
      if (text === '') continue;
      const key = byFunction ? (enclosingFunction(baseFns, i)?.name ?? '') + '\u0000' + text : text;
      const list = candidates.get(key);
      if (!list || list.length === 0) continue;
      const j = list.shift()!;
      b2h[i] = j;
      h2b[j] = i;
      changed[j] = 0;
    }
  }
}

/** Without sources: function name + offset from the function's first line, else the same line number. */
function mapWithoutSources(base: FileInfo, head: FileInfo): LineMapping {
  const headByName = new Map<string, FunctionRange>();
  for (const f of head.functions) if (!headByName.has(f.name)) headByName.set(f.name, f);
  const baseByName = new Map<string, FunctionRange>();
  for (const f of base.functions) if (!baseByName.has(f.name)) baseByName.set(f.name, f);
  const usable = [...baseByName.keys()].some((n) => n !== '' && headByName.has(n));
  if (!usable) return new IdentityMapping('line-number');
  return {
    method: 'function-offset',
    toHead(baseLine) {
      const f = enclosingFunction(base.functions, baseLine);
      const g = f ? headByName.get(f.name) : undefined;
      if (!f || !g) return baseLine;
      const line = g.line + (baseLine - f.line);
      return line <= g.end_line ? line : null;
    },
    toBase(headLine) {
      const g = enclosingFunction(head.functions, headLine);
      const f = g ? baseByName.get(g.name) : undefined;
      if (!f || !g) return headLine;
      const line = f.line + (headLine - g.line);
      return line <= f.end_line ? line : null;
    },
    changed: () => false,
    changedLines: () => [],
  };
}

// ---------------------------------------------------------------------------------------------
// Files

const RENAME_SIMILARITY = 0.5;

function contentSignature(info: FileInfo): Set<string> {
  const sig = new Set<string>();
  if (info.source !== null) {
    for (const l of splitLines(info.source)) {
      const t = l.trim();
      // Braces and blank lines are in every file; they say nothing about identity.
      if (t.length >= 4) sig.add(t);
    }
  } else {
    for (const f of info.functions) if (f.name !== '') sig.add('\u0000fn:' + f.name);
  }
  return sig;
}

function jaccard(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const s of small) if (large.has(s)) common++;
  return common / (x.size + y.size - common);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Pair files of two profiles: same path, then renames by content, then added / removed. */
export function matchFiles(base: Record<string, FileInfo>, head: Record<string, FileInfo>): FileMatch {
  const pairs: FilePair[] = [];
  const withoutSources: string[] = [];
  const onlyBase: string[] = [];
  const onlyHead: string[] = [];
  for (const path of Object.keys(base)) {
    if (Object.hasOwn(head, path)) pairs.push({ base: path, head: path, mapping: null });
    else onlyBase.push(path);
  }
  for (const path of Object.keys(head)) if (!Object.hasOwn(base, path)) onlyHead.push(path);

  const renamed: Array<{ base: string; head: string }> = [];
  if (onlyBase.length > 0 && onlyHead.length > 0) {
    // Compare every pair when there are few; otherwise only files with the same base name.
    const all = onlyBase.length * onlyHead.length <= 10_000;
    const sigs = new Map<string, Set<string>>();
    const sig = (side: Record<string, FileInfo>, p: string, key: string): Set<string> => {
      let s = sigs.get(key);
      if (!s) sigs.set(key, (s = contentSignature(side[p]!)));
      return s;
    };
    const candidates: Array<{ b: string; h: string; score: number }> = [];
    for (const b of onlyBase) {
      for (const h of onlyHead) {
        if (!all && baseName(b) !== baseName(h)) continue;
        const score = jaccard(sig(base, b, 'b' + b), sig(head, h, 'h' + h));
        if (score >= RENAME_SIMILARITY) candidates.push({ b, h, score });
      }
    }
    candidates.sort((x, y) => y.score - x.score || (baseName(x.b) === baseName(x.h) ? -1 : 1));
    const usedB = new Set<string>();
    const usedH = new Set<string>();
    for (const c of candidates) {
      if (usedB.has(c.b) || usedH.has(c.h)) continue;
      usedB.add(c.b);
      usedH.add(c.h);
      renamed.push({ base: c.b, head: c.h });
      pairs.push({ base: c.b, head: c.h, mapping: null });
    }
  }
  const renamedB = new Set(renamed.map((r) => r.base));
  const renamedH = new Set(renamed.map((r) => r.head));
  const removed = onlyBase.filter((p) => !renamedB.has(p));
  const added = onlyHead.filter((p) => !renamedH.has(p));
  for (const p of removed) pairs.push({ base: p, head: null, mapping: null });
  for (const p of added) pairs.push({ base: null, head: p, mapping: null });

  for (const pair of pairs) {
    if (pair.base === null || pair.head === null) continue;
    pair.mapping = mapLines(base[pair.base]!, head[pair.head]!);
    if (pair.mapping.method === 'function-offset' || pair.mapping.method === 'line-number') withoutSources.push(pair.head);
  }
  return { pairs, renamed, added, removed, withoutSources };
}
