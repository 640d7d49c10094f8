// Source analysis behind memory placement (src/collect/functions.ts): which lines can
// allocate by themselves, which store values, and function spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allocatingLines, codeLines, codeLinesOf, forwardingLines, functionRanges, heapNumberLines, retainingLines, runOnceLines, sourceLines } from '../src/collect/functions.js';
import { analyseTypeScript, typeScriptCodeLines, typeScriptFunctionRanges } from '../src/collect/ts-functions.js';

const SOURCE = [
  'const retained = [];', // 1: an array literal
  'function checksum(n) {', // 2
  '  let s = 0;', // 3
  '  for (let i = 0; i < n; i++) s += (i * 31 + 7) % 97;', // 4: arithmetic only
  '  return s;', // 5
  '}', // 6
  'function twice(n) { return checksum(n) + checksum(n); }', // 7: calls only a quiet helper
  'function make(i) { return { id: i }; }', // 8: an object literal
  'const viaArrow = (i) => ({ id: i });', // 9: an arrow whose body allocates
  'let sum = 0;', // 10
  'for (let i = 0; i < 10; i++) {', // 11
  '  sum += twice(i);', // 12: a call of a helper that allocates nothing
  '  sum += make(i).id;', // 13: a call of one that does
  '  retained.push(viaArrow(i));', // 14: a store (and a call)
  '  cache.set(i, make(i));', // 15: a store
  '  box.last = [i];', // 16: a store of an array literal
  '  sum += Math.sqrt(i);', // 17: a numeric builtin: no allocation site (see below)
  '}', // 18
].join('\n');

test('allocating lines: literals and calls, but not calls of this file’s helpers that allocate nothing', () => {
  const lines = [...allocatingLines(SOURCE)!].sort((a, b) => a - b);
  assert.deepEqual(lines, [1, 8, 9, 13, 14, 15, 16]);
  // Line 4 computes, line 7 and 12 only call `checksum`/`twice`, which allocate nothing, and
  // line 17 calls Math.sqrt: numbers in, a number out, no malloc ever. (As a native site it
  // drew the Buffer samples of the line next to a Math.sqrt loop; the HeapNumbers it boxes in
  // unoptimized code make it a JS-heap site only: heapNumberLines.)
  for (const quiet of [4, 7, 12, 17]) assert.equal(lines.includes(quiet), false, `line ${quiet}`);
  assert.deepEqual([...allocatingLines('const a = Number.isInteger(x) && isNaN(y);\nconst b = Math.max(...xs);\nconst c = Number(x);')!].sort(), [2, 3]);
});

test('heap-number lines: fractional results (/, **, fractional literals, Math.sqrt and kin, parseFloat), not integer arithmetic', () => {
  const src = [
    'let s = 0, k = 0;', // 1
    'for (let i = 0; i < n; i++) k = (k + i * 31) % 97;', // 2: integers only
    's += Math.sqrt(i);', // 3
    'const h = a / b;', // 4
    'x **= 2;', // 5
    'const y = z * 0.5;', // 6
    'const m = Math.max(a, b) + Math.floor(c);', // 7: integral results of integral inputs
    'const f = parseFloat(t);', // 8
    'const g = Math.random();', // 9
    'q /= 3;', // 10
    'const n2 = 1.0 + k;', // 11: 1.0 is an integer to JS
  ].join('\n');
  assert.deepEqual([...heapNumberLines(src)!].sort((a, b) => a - b), [3, 4, 5, 6, 8, 9, 10]);
  assert.deepEqual([...sourceLines(src)!.heapNumbers!].sort((a, b) => a - b), [3, 4, 5, 6, 8, 9, 10]);
  assert.equal(heapNumberLines('function ('), null);
});

test('a helper that only computes with numeric builtins is quiet, and so is its call', () => {
  // The call next to a `kept.push(Buffer.alloc(...))` line drew a quarter of that line's
  // native samples (whose calloc V8 gives no stack for) and a false leak, when Math.sqrt
  // made its helper count as allocating.
  const src = [
    'function work(n) {', // 1
    '  let s = 0;', // 2
    '  for (let i = 0; i < n; i++) s += Math.sqrt(i) + Math.abs(Number.parseFloat(i));', // 3
    '  return s;', // 4
    '}', // 5
    'const kept = [];', // 6
    'for (let r = 0; r < 9; r++) {', // 7
    '  const a = work(9);', // 8
    '  kept.push(Buffer.alloc(1024));', // 9
    '  const b = work(9);', // 10
    '}', // 11
  ].join('\n');
  assert.deepEqual([...allocatingLines(src)!].sort((x, y) => x - y), [6, 9]);
});

test('a helper that allocates through another helper is not quiet; a name declared twice is not trusted', () => {
  const src = ['function a() { return b(); }', 'function b() { return [1]; }', 'a();', 'function c() { return 1; }', 'function c() { return [2]; }', 'c();'].join('\n');
  assert.deepEqual([...allocatingLines(src)!].sort((x, y) => x - y), [1, 2, 3, 5, 6]);
});

test('forwarding lines: a call whose only allocation is a local callee\'s leads to the callee\'s allocating lines', () => {
  // V8 inlines makeRecord into the loop and can name the loop's frame alone for the GC its
  // array started: line 10's bytes are line 2's. Through a chain (wrap → makeRecord) too;
  // a line that also allocates by itself, or calls something unknown, keeps its bytes.
  const src = [
    'function makeRecord(i) {', // 1
    '  return { id: i, payload: new Array(16).fill(i) };', // 2
    '}', // 3
    'function wrap(i) {', // 4
    '  return makeRecord(i);', // 5
    '}', // 6
    'function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }', // 7
    'const kept = [];', // 8
    'for (let i = 0; i < 9; i++) {', // 9
    '  const r = makeRecord(i);', // 10
    '  const w = wrap(i);', // 11
    '  kept.push(makeRecord(i));', // 12
    '  const s = sum(i) + other(i);', // 13
    '  const t = sum(i);', // 14
    '}', // 15
  ].join('\n');
  assert.deepEqual([...forwardingLines(src)!], [[5, [2]], [10, [2]], [11, [2]]]);
  // A function that calls itself: its own allocating lines, once.
  const rec = ['function f(n) {', '  return n ? f(n - 1) : [n];', '}', 'const x = f(3);'].join('\n');
  assert.deepEqual([...forwardingLines(rec)!], [[4, [2]]]);
  assert.equal(forwardingLines('const = ;'), null);
});

test('retaining lines: property and element stores and storing methods, in any scope', () => {
  assert.deepEqual([...retainingLines(SOURCE)!].sort((a, b) => a - b), [14, 15, 16]);
  const src = ['function f(list, o, k) {', '  list.unshift(k);', '  o[k] = k;', '  new Set().add(k);', '  const copy = list.slice();', '  return copy.map((x) => x);', '}'].join('\n');
  assert.deepEqual([...retainingLines(src)!].sort((a, b) => a - b), [2, 3, 4]);
});

test('run-once lines: the top level outside loops and function bodies', () => {
  // 1 and 10 are top-level statements; 2-9 are function bodies; 11-18 a loop.
  assert.deepEqual([...runOnceLines(SOURCE)!].sort((a, b) => a - b), [1, 10]);
  const src = [
    'const xs = [1, 2].map((x) => {', // 1: a statement and a callback: not once
    '  return [x];', // 2
    '});', // 3
    'if (xs.length > 1e9) console.log(xs);', // 4: once
    'class A { m() { return []; } }', // 5: a class body
    'while (xs.length) xs.pop();', // 6: a loop
    'do { xs.push(1); } while (false);', // 7
    'console.log(xs);', // 8: once
  ].join('\n');
  assert.deepEqual([...runOnceLines(src)!].sort((a, b) => a - b), [4, 8]);
  assert.equal(runOnceLines('for ( {'), null);
});

test('sourceLines: one parse for all four; unparsable source gives null', () => {
  const all = sourceLines(SOURCE)!;
  assert.deepEqual([...all.once].sort((a, b) => a - b), [...runOnceLines(SOURCE)!].sort((a, b) => a - b));
  assert.deepEqual([...all.allocating].sort((a, b) => a - b), [...allocatingLines(SOURCE)!].sort((a, b) => a - b));
  assert.deepEqual([...all.retaining].sort((a, b) => a - b), [...retainingLines(SOURCE)!].sort((a, b) => a - b));
  assert.deepEqual(all.ranges, functionRanges(SOURCE));
  assert.deepEqual(
    all.ranges.map((r) => [r.name, r.start, r.end]),
    [['checksum', 2, 6], ['twice', 7, 7], ['make', 8, 8], ['viaArrow', 9, 9]],
  );
  assert.equal(sourceLines('function ( {'), null);
  assert.equal(retainingLines('let x: number = 1 +'), null);
});

test('function ranges and code lines taken from an analysis (sourceLines) equal a fresh parse of the source', () => {
  // A header with no work (line 2), a method, an arrow on a continued line, a comment line.
  const src = [
    '// a comment',
    'export function outer(a,',
    '  b) {',
    '  const f = (x) =>',
    '    x * 2;',
    '  class K { m() { return 1; } }',
    '  return f(a) + b + new K().m();',
    '}',
    '',
    'outer(1, 2);',
  ].join('\n');
  const freshRanges = functionRanges(src);
  const freshCode = codeLines(src);
  assert.ok(freshRanges && freshCode);
  const analysed = sourceLines(src);
  assert.ok(analysed && analysed.headers && analysed.headers.size > 0, 'the example has a header line that does no work');
  assert.deepEqual(analysed.ranges, freshRanges);
  assert.deepEqual([...codeLinesOf(analysed)!].sort((x, y) => x - y), [...freshCode].sort((x, y) => x - y));
  assert.equal(codeLines('function ('), null);
  assert.equal(sourceLines('function ('), null);
});

test('TypeScript analysis: ranges and code lines from one parse per source text, the same as asked one by one', () => {
  const src = 'interface P { x: number }\nfunction f(p: P): number {\n  let a = 0;\n  for (let k = 0; k < 3; k++) a += k;\n  return a + p.x;\n}\nconst g = (n: number): number =>\n  n * 2;\n';
  const a = analyseTypeScript(src);
  assert.ok(a);
  assert.deepEqual(a.ranges.map((r) => [r.name, r.start, r.end]), [['f', 2, 6], ['g', 7, 8]]);
  assert.deepEqual([...a.code].sort((x, y) => x - y), [1, 2, 3, 4, 5, 6, 7, 8]);
  // Asked again, by another copy of the same text (a second read of the file): no second parse.
  const copy = (' ' + src).slice(1);
  assert.equal(analyseTypeScript(copy), a);
  assert.equal(typeScriptFunctionRanges(copy), a.ranges);
  assert.equal(typeScriptCodeLines(copy), a.code);
  // A changed text is parsed anew; a text that does not parse is null, and stays null.
  const changed = src.replace('k < 3', 'k < 4');
  assert.notEqual(analyseTypeScript(changed), a);
  assert.deepEqual(analyseTypeScript(changed)?.ranges, a.ranges);
  assert.equal(analyseTypeScript('function (: {'), null);
  assert.equal(typeScriptFunctionRanges('function (: {'), null);
});

test('the TypeScript parsers\' cheap errors (no line scan per speculative `<`): the same trees as the plugin over plain acorn, the same failures', async () => {
  const { Parser } = await import('acorn');
  const { tsPlugin } = await import('@sveltejs/acorn-typescript');
  const { typeScriptParsers } = await import('../src/collect/ts-parser.js');
  const cheap = typeScriptParsers(Parser);
  const plain = { ts: Parser.extend(tsPlugin()), tsx: Parser.extend(tsPlugin({ jsx: true })) };
  const opts = { ecmaVersion: 'latest', sourceType: 'module', locations: true } as const;
  const ts = [
    'function id<T>(x: T): T { return x; }',
    'let a = 0, n = 5;',
    'for (let k = 0; k < n; k++) a += k < 2 ? id<number>(k) : (k * 2) >> 1;',
    'const m = new Map<string, Array<number>>();',
    'const ok = a < n && n > a;',
    'type P<Q extends object = {}> = { [K in keyof Q]?: Q[K] };',
    'export abstract class C<T> { protected abstract f(x: T): void; g = <U,>(u: U) => u; }',
  ].join('\n');
  assert.deepEqual(JSON.parse(JSON.stringify(cheap.ts.parse(ts, opts))), JSON.parse(JSON.stringify(plain.ts.parse(ts, opts))));
  const tsx = 'const el = <div className={a < b ? "x" : "y"}>{items.map((i: number) => <span key={i}>{i}</span>)}</div>;\nfunction g<T,>(x: T) { return x < (x as any); }\n';
  assert.deepEqual(JSON.parse(JSON.stringify(cheap.tsx.parse(tsx, opts))), JSON.parse(JSON.stringify(plain.tsx.parse(tsx, opts))));
  // A source that does not parse fails the same way, at the same place, its line on demand.
  const bad = 'let x: number = 1;\nfunction (: {\n';
  const failure = (p: typeof Parser) => {
    try {
      p.parse(bad, opts);
    } catch (e) {
      return e as SyntaxError & { pos: number; loc: { line: number; column: number } };
    }
    return null;
  };
  const [c, p] = [failure(cheap.ts), failure(plain.ts)];
  assert.ok(c instanceof SyntaxError && p);
  assert.equal(c.pos, p.pos);
  assert.deepEqual({ ...c.loc }, { ...p.loc });
  assert.ok(p.message.startsWith(c.message), `${p.message} / ${c.message}`);
});
