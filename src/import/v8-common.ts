// Shared by the .cpuprofile and .heapprofile importers: V8's call-frame shape and the
// step that turns per-(file, line, function) accumulations into profile@1 files.
import type { FileProfile, FunctionProfile, LineProfile, Metrics } from '../model/profile.js';
import { setOwn } from '../model/profile.js';
import { fail, number, object, string } from './json-read.js';
import { relativeKeys, scriptPath } from './paths.js';
import { byCodeUnits } from '../sorted.js';

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, -1 when unknown (V8's convention; converted to 1-based once, in `frameLine`). */
  lineNumber: number;
  columnNumber: number;
  scriptId: string;
}

export function readCallFrame(v: unknown, where: string): CallFrame {
  const c = object(v, where);
  return {
    functionName: string(c.functionName, `${where}.functionName`, ''),
    url: string(c.url, `${where}.url`, ''),
    lineNumber: number(c.lineNumber, `${where}.lineNumber`, -1),
    columnNumber: number(c.columnNumber, `${where}.columnNumber`, -1),
    scriptId: String(c.scriptId ?? ''),
  };
}

/** V8's pseudo-frames: not code, never a file's line. */
export const PSEUDO_FRAMES = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** The 1-based first line of a frame's function (V8 writes 0-based lineNumber). */
export function frameLine(f: CallFrame): number {
  return f.lineNumber >= 0 ? Math.floor(f.lineNumber) + 1 : 1;
}

/** The user file a frame belongs to, or null (pseudo-frame, Node internal, native builtin). */
export function userFile(f: CallFrame): string | null {
  if (PSEUDO_FRAMES.has(f.functionName)) return null;
  return scriptPath(f.url);
}

export function functionName(f: CallFrame): string {
  return f.functionName === '' ? '(anonymous)' : f.functionName;
}

/** Accumulates metrics per file line and per function while an importer walks a profile. */
export class FileAccumulator {
  private readonly files = new Map<string, { lines: Map<number, Metrics>; functions: Map<string, FunctionProfile> }>();

  private file(path: string) {
    let f = this.files.get(path);
    if (!f) {
      f = { lines: new Map(), functions: new Map() };
      this.files.set(path, f);
    }
    return f;
  }

  /** Add `add` to one line of `path` and to its function (created at `frame`'s first line). */
  add(path: string, line: number, frame: CallFrame, add: Partial<Metrics>): void {
    const f = this.file(path);
    const l = f.lines.get(line) ?? { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
    accumulate(l, add);
    f.lines.set(line, l);
    const start = frameLine(frame);
    const key = `${start}:${frame.columnNumber}:${frame.functionName}`;
    const fn = f.functions.get(key) ?? { name: functionName(frame), line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
    accumulate(fn, add);
    // The profile holds no function end: the deepest line seen is a lower bound.
    fn.end_line = Math.max(fn.end_line, line);
    f.functions.set(key, fn);
  }

  get size(): number {
    return this.files.size;
  }

  /** Build profile@1 files keyed relative to `root` (or the files' common directory). */
  toFiles(root: string | null): Record<string, FileProfile> {
    const keys = relativeKeys([...this.files.keys()], root);
    const out: Record<string, FileProfile> = {};
    for (const [path, f] of this.files) {
      const lines: LineProfile[] = [...f.lines.entries()].sort((a, b) => a[0] - b[0]).map(([line, m]) => ({ line, ...m }));
      const functions = [...f.functions.values()].sort((a, b) => a.line - b.line || byCodeUnits(a.name, b.name));
      setOwn(out, keys.get(path)!, { source: null, lines, functions });
    }
    return out;
  }
}

function accumulate(into: Metrics, add: Partial<Metrics>): void {
  const t = into as unknown as Record<string, number | undefined>;
  for (const [k, v] of Object.entries(add)) {
    if (typeof v === 'number') t[k] = (t[k] ?? 0) + v;
  }
}

export function requireKeys(o: Record<string, unknown>, keys: string[], where: string, what: string): void {
  for (const k of keys) if (!(k in o)) fail(where, `not a ${what} (no "${k}")`);
}
