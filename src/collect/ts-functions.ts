// Function line ranges of TypeScript sources (the files a source map leads back to: tsx,
// vitest, ts-node, tsc and bundler output). The same ranges as functions.ts gives for
// JavaScript, from acorn with the TypeScript plugin: a function's row in the profile spans
// its source, not only the lines that happened to be sampled.
import { Parser } from 'acorn';
import { typeScriptParsers, type TypeScriptParsers } from './ts-parser.js';
import { codeLinesOf, sourceLines, sourceLinesOf, type FunctionRange, type SourceLines } from './functions.js';
import { TYPESCRIPT } from './config.js';

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

/** What the profile needs of a TypeScript source: its function ranges and the lines that
 * hold code, and the line sets the attribution reads for a JavaScript source (what can
 * allocate, what runs once...), in the source's own lines: a transform of it (tsx) maps its
 * lines there, Node's type stripping runs it at its own positions. */
export interface TypeScriptAnalysis {
  ranges: FunctionRange[];
  code: Set<number>;
  lines: SourceLines;
}

// One parse per source text, however many times it is asked for (its ranges, its code lines;
// the CLI analyses a .ts file once it is seen while the program runs, and the build asks
// again at the exit): acorn's TypeScript plugin is slow on expressions with `<` (each one a
// speculative parse of type arguments): ~270 ms for bench:wait's 1,200-line file, which the
// exit then waited for twice. Keyed by the text itself, so a file changed since is parsed
// again. Results are shared: callers do not modify them.
const analyses: [Map<string, TypeScriptAnalysis | null>, Map<string, TypeScriptAnalysis | null>] = [new Map(), new Map()];
const MAX_ANALYSES = 64;

/** The analysis of a .ts/.mts/.cts (or, with jsx, .tsx) source; null when it does not parse. */
export function analyseTypeScript(source: string, jsx = false): TypeScriptAnalysis | null {
  const memo = analyses[jsx ? 1 : 0];
  const known = memo.get(source);
  if (known !== undefined) return known;
  const ast = parseTs(source, jsx);
  let a: TypeScriptAnalysis | null = null;
  if (ast) {
    const parser = parserFor(jsx);
    const lines = sourceLinesOf(source, ast, (input, options) => parser.tokenizer(input, options));
    a = { ranges: lines.ranges, code: codeLinesOf(lines) ?? lines.code ?? new Set(), lines };
  }
  if (memo.size >= MAX_ANALYSES) memo.delete(memo.keys().next().value!);
  memo.set(source, a);
  return a;
}

/** Function ranges of a .ts/.mts/.cts/.tsx source; null when it does not parse. */
export function typeScriptFunctionRanges(source: string, jsx = false): FunctionRange[] | null {
  return analyseTypeScript(source, jsx)?.ranges ?? null;
}

/** Lines of a .ts/.tsx source that hold code (functions.ts codeLines, for TypeScript); null
 * when it does not parse. */
export function typeScriptCodeLines(source: string, jsx = false): Set<number> | null {
  return analyseTypeScript(source, jsx)?.code ?? null;
}

/** The run's one analysis of a profiled source: TypeScript by its own parser (a .ts file that
 * Node's type stripping runs, or that tsx transforms), anything else as JavaScript. */
export function analyseSource(abs: string, source: string): SourceLines | null {
  return TYPESCRIPT.test(abs) ? (analyseTypeScript(source, abs.endsWith('x'))?.lines ?? null) : sourceLines(source);
}
