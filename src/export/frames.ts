// Frames for exporters whose formats think in stacks (speedscope, pprof): our model is
// per line and per function, so each line becomes a leaf under its enclosing function.
import type { FileProfile, FunctionProfile, LineProfile, Profile } from '../model/profile.js';

/** Pseudo-function for lines outside every function (module top level). */
export const TOP_LEVEL = '(top level)';
/** Pseudo-frame holding time that no profiled file was charged (idle, internals). */
export const UNATTRIBUTED = '(unattributed)';

/** The innermost function whose range contains `line`, or null. */
export function enclosingFunction(file: FileProfile, line: number): FunctionProfile | null {
  let best: FunctionProfile | null = null;
  for (const fn of file.functions) {
    if (line < fn.line || line > fn.end_line) continue;
    if (!best || fn.end_line - fn.line < best.end_line - best.line) best = fn;
  }
  return best;
}

export interface LineFrame {
  file: string;
  line: LineProfile;
  /** Enclosing function name, or TOP_LEVEL. */
  functionName: string;
  /** The enclosing function's first line (1 for the top level). */
  functionLine: number;
}

/** Every line of every file with its enclosing function, files in key order. */
export function lineFrames(profile: Profile): LineFrame[] {
  const out: LineFrame[] = [];
  for (const file of Object.keys(profile.files).sort()) {
    const f = profile.files[file]!;
    for (const line of f.lines) {
      const fn = enclosingFunction(f, line.line);
      out.push({ file, line, functionName: fn ? fn.name : TOP_LEVEL, functionLine: fn ? fn.line : 1 });
    }
  }
  return out;
}
