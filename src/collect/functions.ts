// Function line ranges from source text. V8's caller-line profiles give each frame the
// line it was executing, but not where its function starts and ends, so we parse the
// source (acorn, JavaScript only) and fall back to the span of observed lines.
import { parse } from 'acorn';

export interface FunctionRange {
  start: number; // 1-based lines, inclusive
  end: number;
  name: string;
}

type AstNode = { type: string; loc?: { start: { line: number }; end: { line: number } }; [k: string]: unknown };

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export function functionRanges(source: string): FunctionRange[] | null {
  let ast: AstNode;
  try {
    ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true }) as unknown as AstNode;
  } catch {
    try {
      ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true, allowReturnOutsideFunction: true }) as unknown as AstNode;
    } catch {
      return null;
    }
  }
  const out: FunctionRange[] = [];
  const visit = (node: AstNode, nameHint: string) => {
    if (FUNCTION_TYPES.has(node.type) && node.loc) {
      const id = node.id as { name?: string } | null | undefined;
      out.push({ start: node.loc.start.line, end: node.loc.end.line, name: id?.name ?? nameHint });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc') continue;
      const hint =
        node.type === 'VariableDeclarator' && key === 'init'
          ? ((node.id as { name?: string })?.name ?? '')
          : (node.type === 'MethodDefinition' || node.type === 'Property' || node.type === 'PropertyDefinition') && key === 'value'
            ? ((node.key as { name?: string })?.name ?? '')
            : '';
      if (Array.isArray(value)) {
        for (const v of value) if (v && typeof v === 'object' && typeof (v as AstNode).type === 'string') visit(v as AstNode, hint);
      } else if (value && typeof value === 'object' && typeof (value as AstNode).type === 'string') {
        visit(value as AstNode, hint);
      }
    }
  };
  visit(ast, '');
  return out;
}

/** The innermost function containing [first, last], preferring one named `name`
 * (V8's debug names may be qualified, e.g. "Db.query" for a method "query"). */
export function enclosingFunction(ranges: FunctionRange[], first: number, last: number, name: string): FunctionRange | null {
  let best: FunctionRange | null = null;
  let bestNamed: FunctionRange | null = null;
  for (const r of ranges) {
    if (r.start > first || r.end < last) continue;
    if (!best || r.end - r.start < best.end - best.start) best = r;
    const named = r.name !== '' && (r.name === name || name.endsWith('.' + r.name));
    if (named && (!bestNamed || r.end - r.start < bestNamed.end - bestNamed.start)) bestNamed = r;
  }
  return bestNamed ?? best;
}
