// acorn with the TypeScript plugin, in a module of its own: the CLI's startup snapshot leaves
// it out and loads the bundle dist/ts-parser.cjs when a TypeScript source is first analysed
// (scripts/build.mjs). The plugin's module alone adds ~1.2 MB to the snapshot's heap, which
// every `scalene-ci run` deserialises at its start (~10 ms of CPU on the bench machine),
// while most runs profile no TypeScript at all.
import { Parser } from 'acorn';
import { tsPlugin } from '@sveltejs/acorn-typescript';

export interface TypeScriptParsers {
  ts: typeof Parser;
  tsx: typeof Parser;
}

export function typeScriptParsers(): TypeScriptParsers {
  return { ts: Parser.extend(tsPlugin()), tsx: Parser.extend(tsPlugin({ jsx: true })) };
}
