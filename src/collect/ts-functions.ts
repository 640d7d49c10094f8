// Function line ranges of TypeScript sources (the files a source map leads back to: tsx,
// vitest, ts-node, tsc and bundler output). The same ranges as functions.ts gives for
// JavaScript, from acorn with the TypeScript plugin: a function's row in the profile spans
// its source, not only the lines that happened to be sampled.
import { Parser } from 'acorn';
import { typeScriptParsers, type TypeScriptParsers } from './ts-parser.js';
import { codeIn, functionRangesOf, type FunctionRange } from './functions.js';

type AstNode = { type: string; loc?: { start: { line: number }; end: { line: number } }; [k: string]: unknown };

// Declarations without a body (overloads, `declare function`, abstract methods) are
// TSDeclareFunction / TSDeclareMethod: never code that runs.

let parsers: TypeScriptParsers | null = null;

/** Loads the TypeScript parsers now (the CLI, once it sees a TypeScript source while the
 * program runs, so that the load is not paid at the program's exit). */
export function loadTypeScriptParsers(): void {
  try {
    parsers ??= typeScriptParsers(Parser);
  } catch {
    // parseTs finds out again when it needs them (and falls back to the lines observed)
  }
}

function parserFor(jsx: boolean): typeof Parser {
  parsers ??= typeScriptParsers(Parser);
  return jsx ? parsers.tsx : parsers.ts;
}

function parseTs(source: string, jsx: boolean): AstNode | null {
  let parser: typeof Parser;
  try {
    parser = parserFor(jsx);
  } catch {
    // dist/ts-parser.cjs missing or broken (an incomplete install): functions then span the
    // lines observed, as for a source that does not parse, and the profile is still written.
    return null;
  }
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return parser.parse(source, { ecmaVersion: 'latest', sourceType, locations: true, allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: sourceType === 'module' }) as unknown as AstNode;
    } catch {
      // try the other source type
    }
  }
  return null;
}

/** Function ranges of a .ts/.mts/.cts/.tsx source; null when it does not parse. */
export function typeScriptFunctionRanges(source: string, jsx = false): FunctionRange[] | null {
  const ast = parseTs(source, jsx);
  if (!ast) return null;
  return functionRangesOf(ast);
}

/** Lines of a .ts/.tsx source that hold code (functions.ts codeLines, for TypeScript); null
 * when it does not parse. */
export function typeScriptCodeLines(source: string, jsx = false): Set<number> | null {
  if (!parseTs(source, jsx)) return null;
  const parser = parserFor(jsx);
  return codeIn(source, (input, options) => parser.tokenizer(input, options));
}
