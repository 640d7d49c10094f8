// Function line ranges of TypeScript sources (the files a source map leads back to: tsx,
// vitest, ts-node, tsc and bundler output). The same ranges as functions.ts gives for
// JavaScript, from acorn with the TypeScript plugin: a function's row in the profile spans
// its source, not only the lines that happened to be sampled.
import { Parser } from 'acorn';
import { tsPlugin } from '@sveltejs/acorn-typescript';
import { functionRangesOf, type FunctionRange } from './functions.js';

type AstNode = { type: string; loc?: { start: { line: number }; end: { line: number } }; [k: string]: unknown };

// Declarations without a body (overloads, `declare function`, abstract methods) are
// TSDeclareFunction / TSDeclareMethod: never code that runs.

let parsers: { ts: typeof Parser; tsx: typeof Parser } | null = null;

function parseTs(source: string, jsx: boolean): AstNode | null {
  parsers ??= { ts: Parser.extend(tsPlugin()), tsx: Parser.extend(tsPlugin({ jsx: true })) };
  const parser = jsx ? parsers.tsx : parsers.ts;
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
