// Function line ranges from source text. V8's caller-line profiles give each frame the
// line it was executing, but not where its function starts and ends, so we parse the
// source (acorn, JavaScript only) and fall back to the span of observed lines.
import { parse, tokenizer } from 'acorn';
import { firstAfter } from '../sorted.js';

export interface FunctionRange {
  start: number; // 1-based lines, inclusive
  end: number;
  name: string;
  /** For an anonymous function assigned to `x` or `o.x` (`pp.eat = function …`): `x`, the
   * name its callers call it by. */
  assigned?: string;
}

type AstNode = { type: string; loc?: { start: { line: number }; end: { line: number } }; [k: string]: unknown };

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function parseJs(source: string): AstNode | null {
  try {
    return parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true }) as unknown as AstNode;
  } catch {
    try {
      return parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true, allowReturnOutsideFunction: true }) as unknown as AstNode;
    } catch {
      return null;
    }
  }
}

/** The AST nodes directly below `node`, in source-key order (what acorn puts in `loc` is not a node). */
function eachChild(node: AstNode, fn: (child: AstNode, key: string) => void): void {
  // for…in rather than Object.entries: no pair arrays per node (a 1,200-function file's
  // analyses walked ~10⁶ nodes, and the garbage cost more than the walk).
  for (const key in node) {
    if (key === 'loc') continue;
    const value = node[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v === 'object' && typeof (v as AstNode).type === 'string') fn(v as AstNode, key);
    } else if (typeof (value as AstNode).type === 'string') fn(value as AstNode, key);
  }
}

// Every analysis of a file walks the same tree: flatten it once, in walk order.
const preorderCache = new WeakMap<AstNode, AstNode[]>();

/** The nodes below (and including) `root`, in pre-order (a node, then each child's subtree). */
function preorder(root: AstNode): AstNode[] {
  let out = preorderCache.get(root);
  if (out) return out;
  out = [];
  const stack: AstNode[] = [root];
  const kids: AstNode[] = [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    kids.length = 0;
    eachChild(n, (c) => kids.push(c));
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  preorderCache.set(root, out);
  return out;
}

/** Calls fn on every AST node below (and including) node, in pre-order. */
function walk(node: AstNode, fn: (n: AstNode) => void): void {
  for (const n of preorder(node)) fn(n);
}

const ALLOCATING_TYPES = new Set(['NewExpression', 'ArrayExpression', 'ObjectExpression', 'CallExpression', 'SpreadElement', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassExpression', 'TaggedTemplateExpression']);

function isStringy(n: AstNode | undefined): boolean {
  return !!n && ((n.type === 'Literal' && typeof n.value === 'string') || n.type === 'TemplateLiteral');
}

/**
 * Lines whose code may allocate on the JS heap by itself (not only by calling a function
 * that would show as its own frame): object, array and closure literals, `new`, calls
 * (builtins such as push, fill, map, slice and JSON.parse allocate without a frame of
 * their own in V8's profiles), spreads, templates with substitutions, regexp literals and
 * string concatenation with a string literal. A triggered sample whose innermost frame
 * is the profiled function itself knows the function but not the line; the GC that
 * triggered it came from an allocation, so it can only have been on one of these lines.
 * null when the source does not parse.
 */
export function allocatingLines(source: string): Set<number> | null {
  const ast = parseJs(source);
  return ast ? allocatingIn(ast) : null;
}

function allocatingIn(ast: AstNode): Set<number> {
  const quiet = nonAllocatingFunctions(ast);
  const lines = new Set<number>();
  walk(ast, (n) => {
    if (!n.loc || !allocates(n)) return;
    // A call of this file's function that allocates nothing (a numeric helper) is no site:
    // its line is not where a GC's bytes came from, however long the callee runs there.
    if (n.type === 'CallExpression' && isQuietCall(n, quiet)) return;
    // V8 places an allocation at its expression's start; a call at its callee's end.
    lines.add(n.loc.start.line);
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const callee = n.callee as AstNode | undefined;
      if (callee?.loc) lines.add(callee.loc.end.line);
    }
  });
  return lines;
}

function allocates(n: AstNode): boolean {
  if (n.type === 'TemplateLiteral') return Array.isArray(n.expressions) && n.expressions.length > 0;
  if (n.type === 'Literal') return n.regex !== undefined;
  if (n.type === 'BinaryExpression' && n.operator === '+') return isStringy(n.left as AstNode) || isStringy(n.right as AstNode);
  if (n.type === 'AssignmentExpression' && n.operator === '+=') return isStringy(n.right as AstNode);
  return ALLOCATING_TYPES.has(n.type);
}

// Math functions whose results are fractional doubles: never a small integer (Smi).
const FRACTIONAL_MATH = new Set(['sqrt', 'cbrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'pow', 'random', 'hypot', 'fround']);

/**
 * Lines that compute fractional numbers: `/`, `**`, a fractional literal, Math.sqrt and kin,
 * parseFloat. V8's interpreter and baseline code box every such result in a 16-byte
 * HeapNumber on the JS heap, so a numeric loop that is not (yet) optimized allocates as fast
 * as any object-building line: measured on the detection benchmark (bench/detect.mjs, diff,
 * a busy loop of `s += Math.sqrt(…)` injected into a function), 47-59 MB more JS allocation
 * than the base run, whose GCs, with the loop's line counted as unable to allocate, went to
 * the function's other allocating lines (0 → 31-42 MB on a line that ran 1 ms: false memory
 * findings at every repeat count). Such lines are JS-heap sites for GC bytes and GC time, not
 * native ones: a HeapNumber is no malloc (allocatingLines keeps them out for the shim's
 * samples).
 */
export function heapNumberLines(source: string): Set<number> | null {
  const ast = parseJs(source);
  return ast ? heapNumbersIn(ast) : null;
}

function heapNumbersIn(ast: AstNode): Set<number> {
  const lines = new Set<number>();
  walk(ast, (n) => {
    if (!n.loc) return;
    let fractional = false;
    if (n.type === 'BinaryExpression' || n.type === 'AssignmentExpression') fractional = ['/', '**', '/=', '**='].includes(n.operator as string);
    else if (n.type === 'Literal') fractional = typeof n.value === 'number' && !Number.isInteger(n.value);
    else if (n.type === 'CallExpression') {
      const callee = n.callee as AstNode;
      if (callee.type === 'Identifier') fractional = callee.name === 'parseFloat';
      else if (callee.type === 'MemberExpression' && !callee.computed) {
        const obj = callee.object as AstNode;
        const prop = callee.property as AstNode;
        fractional = obj.type === 'Identifier' && obj.name === 'Math' && prop.type === 'Identifier' && FRACTIONAL_MATH.has(prop.name as string);
      }
    }
    if (fractional) lines.add(n.loc.start.line);
  });
  return lines;
}

// Builtins that take and return numbers and allocate nothing: a compute loop of Math.sqrt
// calls is no allocation site (it drew a loop-neighbour's native Buffer samples: 185 MB of
// `Buffer.alloc` on the line after it, whose calloc V8 gives no stack for).
const NUMERIC_GLOBALS = new Set(['isNaN', 'isFinite', 'parseInt', 'parseFloat']);
const NUMERIC_NUMBER_METHODS = new Set(['isNaN', 'isFinite', 'isInteger', 'isSafeInteger', 'parseInt', 'parseFloat']);

const NO_NAMES = new Set<string>();

function isQuietCall(n: AstNode, quiet: Set<string>): boolean {
  const callee = n.callee as AstNode;
  if (callee.type === 'Identifier') return quiet.has(callee.name as string) || NUMERIC_GLOBALS.has(callee.name as string);
  if (callee.type === 'MemberExpression' && !callee.computed) {
    const obj = callee.object as AstNode;
    const prop = callee.property as AstNode;
    if (obj.type !== 'Identifier' || prop.type !== 'Identifier') return false;
    return obj.name === 'Math' || (obj.name === 'Number' && NUMERIC_NUMBER_METHODS.has(prop.name as string));
  }
  return false;
}

/** Calls nodes below `node` without descending into nested functions. */
function walkOwn(node: AstNode, fn: (n: AstNode) => void): void {
  eachChild(node, (child) => {
    fn(child);
    // the closure itself is an allocation (fn above); its body is its own
    if (FUNCTION_TYPES.has(child.type) || child.type === 'ClassExpression' || child.type === 'ClassDeclaration') return;
    walkOwn(child, fn);
  });
}

/** This file's functions by name (declarations, and functions assigned to a const/let/var);
 * names declared twice are left out (which one a call means is unknown here). */
function localFunctions(ast: AstNode): Map<string, AstNode> {
  const bodies = new Map<string, AstNode>();
  const twice = new Set<string>();
  const add = (name: string | undefined, fn: AstNode) => {
    if (!name) return;
    if (bodies.has(name)) twice.add(name);
    bodies.set(name, fn);
  };
  walk(ast, (n) => {
    if (n.type === 'FunctionDeclaration') add((n.id as { name?: string } | null)?.name, n);
    else if (n.type === 'VariableDeclarator' && n.init && FUNCTION_TYPES.has((n.init as AstNode).type)) add((n.id as { name?: string }).name, n.init as AstNode);
  });
  for (const name of twice) bodies.delete(name);
  return bodies;
}

/** The lines an allocating node is placed on: its start, and a call's callee end (V8 places
 * an allocation at its expression's start; a call at its callee's end). */
function siteLinesOf(n: AstNode): number[] {
  const lines = [n.loc!.start.line];
  if (n.type === 'CallExpression' || n.type === 'NewExpression') {
    const callee = n.callee as AstNode | undefined;
    if (callee?.loc && callee.loc.end.line !== lines[0]) lines.push(callee.loc.end.line);
  }
  return lines;
}

/**
 * Allocating lines whose only allocation is a call of this file's own allocating functions
 * (`const r = makeRecord(i)`), each mapped to the lines inside those functions that allocate
 * by themselves (through further such calls too). When V8 inlines the callee into an
 * optimized loop, a GC's triggering sample can name the caller's frame with no frame for
 * the callee, and the caller's only allocating line there is the call: the bytes are the
 * callee's (Node 20, the compare leak pair: 10-31 of 68 MiB of `makeRecord`'s arrays went to
 * its call line in 6 of 12 identical runs, a "memory growth" between identical runs).
 * null when the source does not parse.
 */
export function forwardingLines(source: string): Map<number, number[]> | null {
  const ast = parseJs(source);
  return ast ? forwardingIn(ast) : null;
}

function forwardingIn(ast: AstNode): Map<number, number[]> {
  const fns = localFunctions(ast);
  const quiet = nonAllocatingFunctions(ast);
  const localCallee = (n: AstNode): string | null => {
    if (n.type !== 'CallExpression') return null;
    const callee = n.callee as AstNode;
    return callee.type === 'Identifier' && fns.has(callee.name as string) ? (callee.name as string) : null;
  };
  // Per line: the local functions its calls name, and whether anything else allocates there.
  const calls = new Map<number, Set<string>>();
  const other = new Set<number>();
  const note = (n: AstNode, into: { calls: Map<number, Set<string>>; other: Set<number> }) => {
    if (!n.loc || !allocates(n)) return;
    if (n.type === 'CallExpression' && isQuietCall(n, quiet)) return;
    const name = localCallee(n);
    for (const line of siteLinesOf(n)) {
      if (name === null) into.other.add(line);
      else {
        let set = into.calls.get(line);
        if (!set) into.calls.set(line, (set = new Set()));
        set.add(name);
      }
    }
  };
  walk(ast, (n) => note(n, { calls, other }));
  const forwarding = (line: number) => calls.has(line) && !other.has(line);
  // Each function's own site lines (its nested functions' bodies are theirs).
  const ownLines = new Map<string, Set<number>>();
  for (const [name, fn] of fns) {
    const own = { calls: new Map<number, Set<string>>(), other: new Set<number>() };
    const visit = (n: AstNode) => note(n, own);
    for (const param of (fn.params as AstNode[] | undefined) ?? []) {
      visit(param);
      walkOwn(param, visit);
    }
    visit(fn.body as AstNode);
    walkOwn(fn.body as AstNode, visit);
    ownLines.set(name, new Set([...own.calls.keys(), ...own.other]));
  }
  const resolved = new Map<string, Set<number>>();
  const targetsOf = (name: string, seen: Set<string>): Set<number> => {
    const done = resolved.get(name);
    if (done) return done;
    const out = new Set<number>();
    if (seen.has(name)) return out; // recursion: what it allocates is found on the other path
    seen.add(name);
    for (const line of ownLines.get(name) ?? []) {
      if (!forwarding(line)) out.add(line);
      else for (const next of calls.get(line)!) for (const l of targetsOf(next, seen)) out.add(l);
    }
    seen.delete(name);
    resolved.set(name, out);
    return out;
  };
  const result = new Map<number, number[]>();
  for (const [line, names] of calls) {
    if (other.has(line)) continue;
    const targets = new Set<number>();
    for (const name of names) for (const l of targetsOf(name, new Set())) targets.add(l);
    targets.delete(line);
    if (targets.size > 0) result.set(line, [...targets].sort((a, b) => a - b));
  }
  return result;
}

/**
 * Names of this file's functions (declarations, and functions assigned to a const/let/var)
 * whose bodies allocate nothing by themselves and call only such functions: a fixpoint
 * from "none allocates". Names declared twice are left out (which one a call means is
 * unknown here).
 */
function nonAllocatingFunctions(ast: AstNode): Set<string> {
  const bodies = localFunctions(ast);
  const calls = new Map<string, Set<string>>();
  const quiet = new Set<string>();
  for (const [name, fn] of bodies) {
    const callees = new Set<string>();
    let self = false;
    const visit = (n: AstNode) => {
      if (self || !allocates(n)) return;
      // A numeric builtin (Math.sqrt) allocates nothing here either: a helper that only
      // computes with them is quiet (its call next to a Buffer.alloc drew a quarter of that
      // line's native samples, and a false leak).
      if (n.type === 'CallExpression' && isQuietCall(n, NO_NAMES)) return;
      const callee = n.type === 'CallExpression' ? (n.callee as AstNode) : null;
      if (callee?.type === 'Identifier' && bodies.has(callee.name as string)) callees.add(callee.name as string);
      else self = true;
    };
    for (const param of (fn.params as AstNode[] | undefined) ?? []) {
      visit(param);
      walkOwn(param, visit); // default values
    }
    visit(fn.body as AstNode); // an arrow function's expression body
    walkOwn(fn.body as AstNode, visit);
    if (!self) {
      quiet.add(name);
      calls.set(name, callees);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of quiet) {
      if ([...calls.get(name)!].some((c) => !quiet.has(c))) {
        quiet.delete(name);
        changed = true;
      }
    }
  }
  return quiet;
}

// Methods that store their argument in the receiver (arrays, Maps, Sets, and the like).
const STORING_METHODS = new Set(['push', 'unshift', 'splice', 'set', 'add']);

/**
 * Lines that store a value where it can outlive the statement: a property or element
 * assignment (`o.x = v`, `a[i] = v`) or a storing method call (`list.push(v)`,
 * `map.set(k, v)`, `set.add(v)`). Memory a function still holds at the end of a run was
 * kept by such a store, so the heap profiler's survivors (known by function, not line) go to
 * these lines of their function, and its collected samples to the lines that only make
 * temporaries (memory.ts). null when the source does not parse.
 */
export function retainingLines(source: string): Set<number> | null {
  const ast = parseJs(source);
  return ast ? retainingIn(ast) : null;
}

function retainingIn(ast: AstNode): Set<number> {
  const lines = new Set<number>();
  walk(ast, (n) => {
    if (!n.loc) return;
    if (n.type === 'AssignmentExpression' && (n.left as AstNode).type === 'MemberExpression') {
      lines.add(n.loc.start.line);
    } else if (n.type === 'CallExpression') {
      const callee = n.callee as AstNode;
      const prop = callee.type === 'MemberExpression' && !callee.computed ? (callee.property as AstNode) : null;
      if (prop && prop.type === 'Identifier' && STORING_METHODS.has(prop.name as string) && prop.loc) {
        lines.add(prop.loc.start.line);
        lines.add(n.loc.start.line);
      }
    }
  });
  return lines;
}

export function functionRanges(source: string): FunctionRange[] | null {
  const ast = parseJs(source);
  return ast ? rangesIn(ast) : null;
}

const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/**
 * Lines that run at most once per run: the script's top level outside any loop and any
 * function (or class) body. A GC is a byte-weighted sample of allocation, so one whose
 * trigger names only the top-level frame (no line) came from the loops there far more often
 * than from a statement that ran once; V8 even gives such statements ticks they never ran
 * for (Node 24 ticks the line after a top-level loop for the optimized loop's exit), which
 * would otherwise draw GC bytes onto them. A line holding code of both kinds is not "once".
 * null when the source does not parse.
 */
export function runOnceLines(source: string): Set<number> | null {
  const ast = parseJs(source);
  return ast ? runOnceIn(ast) : null;
}

function runOnceIn(ast: AstNode): Set<number> {
  const once = new Set<number>();
  const repeated = new Set<number>();
  const span = (n: AstNode, into: Set<number>): void => {
    if (!n.loc) return;
    for (let l = n.loc.start.line; l <= n.loc.end.line; l++) into.add(l);
  };
  walk(ast, (n) => {
    if (LOOP_TYPES.has(n.type) || FUNCTION_TYPES.has(n.type) || n.type === 'ClassBody') span(n, repeated);
  });
  for (const stmt of (ast.body as AstNode[] | undefined) ?? []) span(stmt, once);
  for (const l of repeated) once.delete(l);
  return once;
}

export interface SourceLines {
  allocating: Set<number>;
  /** heapNumberLines: lines that box fractional numbers (JS-heap allocation sites only) */
  heapNumbers?: Set<number>;
  retaining: Set<number>;
  ranges: FunctionRange[];
  /** runOnceLines */
  once: Set<number>;
  /** codeLines, less function headers that do no work (headerSpans) (absent: unknown) */
  code?: Set<number>;
  /** Lines holding only such a header: where V8 charges what it cannot map in the function */
  headers?: Set<number>;
  /** forwardingIn: call lines whose allocations are a local callee's, and its lines */
  forwards?: Map<number, number[]>;
  /** For V8's source positions: where each line starts (UTF-16 offsets), the source's length. */
  positions?: SourcePositions;
  /** calledNamesIn: the lines that call a function of each name. */
  calls?: Map<string, number[]>;
}

/** allocatingLines, retainingLines, functionRanges and runOnceLines from one parse; null if it fails. */
export function sourceLines(source: string): SourceLines | null {
  const ast = parseJs(source);
  return ast ? sourceLinesOf(source, ast) : null;
}

/** codeLines from an analysis already made (sourceLines): its code lines and function headers. */
export function codeLinesOf(lines: SourceLines): Set<number> | null {
  return lines.code && lines.headers ? new Set([...lines.code, ...lines.headers]) : null;
}

/** sourceLines from a tree already parsed (a TypeScript source's comes with its own tokenizer:
 * ts-functions.ts), every line set in the source's own lines. */
export function sourceLinesOf(source: string, tree: { type: string }, tokenize: typeof tokenizer = tokenizer): SourceLines {
  const ast = tree as AstNode;
  const { code, header } = tokenLines(source, tokenize, headerSpans(ast));
  return { allocating: allocatingIn(ast), heapNumbers: heapNumbersIn(ast), retaining: retainingIn(ast), ranges: rangesIn(ast), once: runOnceIn(ast), code, headers: header, forwards: forwardingIn(ast), calls: calledNamesIn(ast), positions: { lineStarts: lineStartsOf(source), length: source.length } };
}

/**
 * Per called name, the lines of the calls (and `new`s) that name it: `f(…)` and `o.f(…)` name
 * `f`, on the line where V8 places the call (the callee's end). A memory event whose stack
 * passes through machine code knows that frame's function but not its line (V8 gives no
 * positions for it), and knows the callee: the line of the function that calls it.
 */
function calledNamesIn(ast: AstNode): Map<string, number[]> {
  const out = new Map<string, number[]>();
  walk(ast, (n) => {
    if ((n.type !== 'CallExpression' && n.type !== 'NewExpression') || !n.loc) return;
    const callee = n.callee as AstNode;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? (callee.property as AstNode).name : undefined;
    if (typeof name !== 'string' || !callee.loc) return;
    let lines = out.get(name);
    if (!lines) out.set(name, (lines = []));
    if (!lines.includes(callee.loc.end.line)) lines.push(callee.loc.end.line);
  });
  return out;
}

/** Where each line starts, for turning V8's source positions (UTF-16 offsets) into lines:
 * V8 ends a line at \n, \r\n, \r, U+2028 and U+2029, as acorn does. */
export function lineStartsOf(source: string): number[] {
  const starts = [0];
  const eol = /\r\n?|\n|\u2028|\u2029/g;
  for (let m = eol.exec(source); m; m = eol.exec(source)) starts.push(m.index + m[0].length);
  return starts;
}

export interface SourcePositions {
  /** The UTF-16 offset at which each line starts (index 0: line 1). */
  lineStarts: number[];
  length: number;
}

/** The 1-based line of a UTF-16 offset (a V8 source position), or null past the source's end. */
export function lineAtOffset(p: SourcePositions, offset: number): number | null {
  if (!(offset >= 0) || offset > p.length) return null;
  return firstAfter(p.lineStarts, offset);
}

/**
 * Character spans [start, end) of function headers that do no work of their own: from the
 * function (or method) start through its body's `{`, when every parameter is a plain name
 * and the body's first statement is on a later line. A line holding only such tokens is no
 * code line: V8 charges a sample there when it cannot map the pc in the function (its
 * fallback is the function's start line), and when the function's entry stack check ran an
 * interrupt or a tier-up. Measured on Node 20 (CI, the compare leak pair): 14-31 ms of
 * `function checksum(n) {` in some runs, ~0 in others, a new "hotspot" on a line that does
 * nothing; the samples go by the function's other lines instead (attribute.ts).
 */
function headerSpans(ast: AstNode): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const visit = (n: AstNode, start: number | undefined) => {
    const body = n.body as AstNode | undefined;
    if (!body || body.type !== 'BlockStatement' || !n.loc || !body.loc) return;
    const first = ((body.body as AstNode[] | undefined) ?? [])[0];
    if (!first?.loc || first.loc.start.line <= body.loc.start.line) return;
    if (!((n.params as AstNode[] | undefined) ?? []).every((p) => p.type === 'Identifier')) return;
    spans.push([start ?? (n.start as number), (body.start as number) + 1]);
  };
  // `export`, and `const f = ` before a function, are the header too (one declarator).
  const lead = new Map<AstNode, number>();
  walk(ast, (n) => {
    let decl = n;
    if ((n.type === 'ExportNamedDeclaration' || n.type === 'ExportDefaultDeclaration') && n.declaration) decl = n.declaration as AstNode;
    // (Parents come first: an export's start wins over its declaration's.)
    if (FUNCTION_TYPES.has(decl.type) && decl !== n) lead.set(decl, n.start as number);
    const only = decl.type === 'VariableDeclaration' ? (decl.declarations as AstNode[])[0] : undefined;
    if (only && (decl.declarations as AstNode[]).length === 1 && only.init && FUNCTION_TYPES.has((only.init as AstNode).type)) {
      if (!lead.has(only.init as AstNode)) lead.set(only.init as AstNode, n.start as number);
    }
  });
  walk(ast, (n) => {
    if (n.type === 'MethodDefinition' || (n.type === 'Property' && ((n.method as boolean) || n.kind !== 'init'))) {
      if (!n.computed) visit(n.value as AstNode, n.start as number);
    } else if (FUNCTION_TYPES.has(n.type)) visit(n, lead.get(n));
  });
  return spans;
}

/**
 * Lines that hold at least one token (not only comments or blanks). V8 charges a sample to a
 * line of the function only when it can map the pc to a source position; when it cannot
 * (code logged without positions), it falls back to the function's start line, which for a
 * script is line 1 whatever is there: a comment line with tens of milliseconds on it.
 */
export function codeLines(source: string): Set<number> | null {
  // Every token's lines: those sourceLines splits into code and function headers.
  return parseJs(source) ? codeIn(source) : null;
}

/** Lines holding tokens, by the tokenizer given (acorn's, or its TypeScript extension's). */
export function codeIn(source: string, tokenize: typeof tokenizer = tokenizer): Set<number> {
  return tokenLines(source, tokenize, []).code;
}

/** Lines holding tokens outside the header spans (code), and lines whose only tokens lie
 * inside them (header). */
function tokenLines(source: string, tokenize: typeof tokenizer, headers: Array<[number, number]>): { code: Set<number>; header: Set<number> } {
  const code = new Set<number>();
  const header = new Set<number>();
  // Tokens come in order: one pass over the spans, sorted (a method's span holds its
  // function's, which starts at the parameters).
  const spans = [...headers].sort((x, y) => x[0] - y[0]);
  let k = 0;
  const inHeader = (at: number) => {
    while (k < spans.length && spans[k]![1] <= at) k++;
    for (let j = k; j < spans.length && spans[j]![0] <= at; j++) if (at < spans[j]![1]) return true;
    return false;
  };
  for (const sourceType of ['module', 'script'] as const) {
    try {
      code.clear();
      header.clear();
      k = 0;
      for (const tok of tokenize(source, { ecmaVersion: 'latest', sourceType, locations: true, allowHashBang: true, allowReturnOutsideFunction: true })) {
        if (!tok.loc) continue;
        const into = spans.length > 0 && inHeader(tok.start) ? header : code;
        for (let l = tok.loc.start.line; l <= tok.loc.end.line; l++) into.add(l);
      }
      break;
    } catch {
      // try the other source type
    }
  }
  for (const l of code) header.delete(l);
  return { code, header };
}

/** Function ranges of a parsed program (JavaScript, or TypeScript from ts-functions.ts). */
export function functionRangesOf(ast: { type: string }): FunctionRange[] {
  return rangesIn(ast as AstNode);
}

function rangesIn(ast: AstNode): FunctionRange[] {
  const out: FunctionRange[] = [];
  const visit = (node: AstNode, nameHint: string, parent?: AstNode) => {
    if (FUNCTION_TYPES.has(node.type) && node.loc) {
      const id = node.id as { name?: string } | null | undefined;
      const range: FunctionRange = { start: node.loc.start.line, end: node.loc.end.line, name: id?.name ?? nameHint };
      if (!range.name && parent?.type === 'AssignmentExpression' && parent.right === node) range.assigned = assignedName(parent.left as AstNode);
      out.push(range);
    }
    eachChild(node, (child, key) => {
      const hint =
        node.type === 'VariableDeclarator' && key === 'init'
          ? ((node.id as { name?: string })?.name ?? '')
          : (node.type === 'MethodDefinition' || node.type === 'Property' || node.type === 'PropertyDefinition') && key === 'value'
            ? ((node.key as { name?: string })?.name ?? '')
            : '';
      visit(child, hint, node);
    });
  };
  visit(ast, '');
  return out;
}

/** The name V8 infers for a function assigned to `x` or `o.x` (`pp.eat = function …`): `x`. */
function assignedName(target: AstNode): string {
  if (target.type === 'Identifier') return (target.name as string) ?? '';
  if (target.type === 'MemberExpression' && !target.computed) return ((target.property as AstNode).name as string) ?? '';
  return '';
}

/** The innermost function containing [first, last], preferring one named `name`
 * (V8's debug names may be qualified, e.g. "Db.query" for a method "query"). */
export function enclosingFunction(ranges: FunctionRange[], first: number, last: number, name: string): FunctionRange | null {
  let best: FunctionRange | null = null;
  let bestNamed: FunctionRange | null = null;
  for (const r of ranges) {
    if (r.start > first || r.end < last) continue;
    if (!best || r.end - r.start < best.end - best.start) best = r;
    const own = r.name || r.assigned || '';
    const named = own !== '' && (own === name || name.endsWith('.' + own));
    if (named && (!bestNamed || r.end - r.start < bestNamed.end - bestNamed.start)) bestNamed = r;
  }
  return bestNamed ?? best;
}
