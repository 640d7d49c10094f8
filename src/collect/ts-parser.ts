// acorn's TypeScript plugin, in a module of its own: the CLI's startup snapshot leaves it out
// and loads the bundle dist/ts-parser.cjs when a TypeScript source is first analysed
// (scripts/build.mjs). The plugin's module alone adds ~1.2 MB to the snapshot's heap, which
// every `scalene-ci run` deserialises at its start (~10 ms of CPU on the bench machine),
// while most runs profile no TypeScript at all.
//
// The caller hands in its own acorn `Parser`: the plugin reads acorn's tokens and helpers
// from `Parser.acorn`, so the bundle carries no second acorn to compile and initialise
// (~13 ms of the CLI's CPU at the first TypeScript source, on the bench machine).
import type { Parser } from 'acorn';
import { tsPlugin } from '@sveltejs/acorn-typescript';

export interface TypeScriptParsers {
  ts: typeof Parser;
  tsx: typeof Parser;
}

export function typeScriptParsers(acornParser: typeof Parser): TypeScriptParsers {
  // The plugin falls back to its own `import * as acorn` without this; in dist/ts-parser.cjs
  // that import is empty (scripts/build.mjs), so an acorn without it must fail here, loudly.
  if (!(acornParser as unknown as { acorn?: unknown }).acorn) throw new Error('acorn Parser without Parser.acorn (acorn 8 has it)');
  const base = cheapErrors(acornParser);
  return { ts: base.extend(tsPlugin()), tsx: base.extend(tsPlugin({ jsx: true })) };
}

/**
 * acorn's `raise` finds the error's line and column by scanning the input from its start. The
 * TypeScript plugin parses every `<` of an expression speculatively as type arguments and
 * catches the error when it is a comparison, so a file of many `i < n` paid a scan of the
 * file each time: ~270 ms for bench:wait's 1,200-line file, most of it that scan. The plugin
 * is applied over this class, so its errors come from here: the same SyntaxError, `pos` and
 * `raisedAt`, with `loc` computed when read (the plugin reads it for one error kind), without
 * the position in the message and without a stack (nothing here reads them: a parse error
 * only means the other source type is tried, or the file's functions are the lines observed).
 * The trees are the same (checked on ~200 TypeScript files: this repository's and its
 * dependencies'); the 1,200-line file parses in 80 instead of 254 ms once warm.
 */
function cheapErrors(acornParser: typeof Parser): typeof Parser {
  const getLineInfo = (acornParser as unknown as { acorn: { getLineInfo(input: string, pos: number): unknown } }).acorn.getLineInfo;
  const fail = (input: string, pos: number, raisedAt: number, message: string): never => {
    // Nor a stack trace: the errors of speculative parses are caught within the parser.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const err = new SyntaxError(message) as SyntaxError & { pos: number; raisedAt: number };
    Error.stackTraceLimit = limit;
    err.pos = pos;
    err.raisedAt = raisedAt;
    let loc: unknown;
    Object.defineProperty(err, 'loc', { get: () => (loc ??= getLineInfo(input, pos)), enumerable: true, configurable: true });
    throw err;
  };
  // Not `this.raise` from raiseRecoverable: the plugin's own raise calls super.raiseRecoverable.
  class CheapErrors extends acornParser {
    raise(pos: number, message: string): never {
      return fail(this.input, pos, (this as unknown as { pos: number }).pos, message);
    }

    raiseRecoverable(pos: number, message: string): never {
      return fail(this.input, pos, (this as unknown as { pos: number }).pos, message);
    }
  }
  return CheapErrors;
}
