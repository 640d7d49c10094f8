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
  return { ts: acornParser.extend(tsPlugin()), tsx: acornParser.extend(tsPlugin({ jsx: true })) };
}
