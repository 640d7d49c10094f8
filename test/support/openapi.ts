// GitHub's REST description (the subset in test/fixtures/github/openapi-subset.json, from
// @octokit/openapi; see extract-openapi.mjs) held against the test emulator: every request
// the Action sends is checked against the operation's parameters and request body, and
// every response the emulator returns is completed with the fields the description
// requires (placeholders for what the emulator does not model) and then validated, so the
// emulator's own fields (event, head_repository, statuses, ...) must be what GitHub sends.
// The schema checks (SchemaSet) also serve the webhook description (webhooks.ts), which is
// OpenAPI 3.1: there a nullable field is `type: [string, 'null']`, not `nullable: true`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

type Schema = Record<string, unknown>;

interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Array<{ name: string; in: string; required: boolean; schema: Schema }>;
  requestBody: Schema | null;
  responses: Record<string, Schema | null>;
}

interface Description {
  source: string;
  operations: Operation[];
  schemas: Record<string, Schema>;
}

/** The JSON types `s` admits (null when it names none): 3.0's one `type`, or 3.1's list. */
function typesOf(s: Schema): string[] | null {
  if (s.type === undefined) return null;
  return Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
}

/** Whether `s` admits null: 3.0's `nullable`, 3.1's 'null' type, an enum listing null, or no type at all. */
function admitsNull(s: Schema): boolean {
  const types = typesOf(s);
  return !!s.nullable || types === null || types.includes('null') || (Array.isArray(s.enum) && s.enum.includes(null));
}

/** Named schemas (`#/components/schemas/...`) and what the tests do with them: validate, fill in. */
export class SchemaSet {
  constructor(private readonly schemas: Record<string, Schema>) {}

  protected resolve(s: Schema): Schema {
    let x = s;
    while (typeof x.$ref === 'string') x = this.schemas[(x.$ref as string).replace('#/components/schemas/', '')]!;
    return x;
  }

  /** Problems with `value` under `schema` ('' joined paths), empty when it conforms. */
  validate(value: unknown, schema: Schema | null | undefined, at = '$', out: string[] = []): string[] {
    if (!schema) return out;
    const s = this.resolve(schema);
    if (Array.isArray(s.allOf)) for (const b of s.allOf as Schema[]) this.validate(value, b, at, out);
    for (const key of ['anyOf', 'oneOf'] as const) {
      if (!Array.isArray(s[key])) continue;
      const branches = (s[key] as Schema[]).map((b) => this.validate(value, b, at, []));
      if (!branches.some((e) => e.length === 0)) out.push(`${at}: matches no ${key} branch (${branches.map((e) => e[0]).join(' | ')})`);
    }
    const types = typesOf(s);
    if (value === null) {
      if (!admitsNull(s)) out.push(`${at}: null where ${types!.join(' or ')} is required`);
      return out;
    }
    if (Array.isArray(s.enum) && !s.enum.includes(value)) out.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
    const actual = Array.isArray(value) ? 'array' : typeof value;
    const is = (t: string) => (t === 'integer' ? Number.isInteger(value) : t === 'number' ? typeof value === 'number' : t === actual);
    if (types && !types.some(is)) {
      out.push(`${at}: expected ${types.join(' or ')}, got ${actual}`);
      return out;
    }
    if (actual === 'object' && (types?.includes('object') || s.properties)) {
      const o = value as Record<string, unknown>;
      for (const r of (s.required as string[] | undefined) ?? []) if (!(r in o)) out.push(`${at}.${r}: required, missing`);
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const [k, v] of Object.entries(o)) if (props[k]) this.validate(v, props[k], `${at}.${k}`, out);
    }
    if (Array.isArray(value) && s.items) value.forEach((v, i) => this.validate(v, s.items as Schema, `${at}[${i}]`, out));
    return out;
  }

  /** A minimal instance of `schema`: required fields only, placeholders of the right type. */
  placeholder(schema: Schema): unknown {
    const s = this.resolve(schema);
    if (Array.isArray(s.allOf)) return Object.assign({}, ...(s.allOf as Schema[]).map((b) => this.placeholder(b)));
    for (const key of ['anyOf', 'oneOf'] as const) if (Array.isArray(s[key])) return this.placeholder((s[key] as Schema[])[0]!);
    if (s.nullable || typesOf(s)?.includes('null')) return null;
    if (Array.isArray(s.enum)) return s.enum[0];
    switch (typesOf(s)?.[0]) {
      case 'string':
        return s.format === 'date-time' ? '2026-01-01T00:00:00Z' : s.format === 'uri' ? 'https://example.com/' : '';
      case 'integer':
      case 'number':
        return 0;
      case 'boolean':
        return false;
      case 'array':
        return [];
      default: {
        const props = (s.properties ?? {}) as Record<string, Schema>;
        return Object.fromEntries(((s.required as string[] | undefined) ?? []).map((r) => [r, props[r] ? this.placeholder(props[r]!) : null]));
      }
    }
  }

  /** `value` with every required field the emulator left out filled in, recursively; the
   * names of the fields filled go to `filled` (a placeholder must never stand for a field the
   * Action reads: the emulator has to model those, see github-server.ts). */
  complete(value: unknown, schema: Schema | null | undefined, filled?: Set<string>, at = ''): unknown {
    if (!schema || value === null || typeof value !== 'object') return value;
    const s = this.resolve(schema);
    if (Array.isArray(value)) return s.items ? value.map((v) => this.complete(v, s.items as Schema, filled, `${at}[]`)) : value;
    const branches = [...((s.allOf as Schema[] | undefined) ?? []), ...(((s.anyOf ?? s.oneOf) as Schema[] | undefined)?.slice(0, 1) ?? [])];
    let out = { ...(value as Record<string, unknown>) };
    for (const b of branches) out = this.complete(out, b, filled, at) as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required as string[] | undefined) ?? []) {
      if (r in out) continue;
      out[r] = props[r] ? this.placeholder(props[r]!) : null;
      filled?.add(at ? `${at}.${r}` : r);
    }
    for (const [k, v] of Object.entries(out)) if (props[k] && !filled?.has(at ? `${at}.${k}` : k)) out[k] = this.complete(v, props[k], filled, at ? `${at}.${k}` : k);
    return out;
  }
}

export class OpenApi extends SchemaSet {
  readonly source: string;
  private readonly ops: Array<Operation & { re: RegExp }>;

  constructor(file = join(ROOT, 'test', 'fixtures', 'github', 'openapi-subset.json')) {
    const d = JSON.parse(readFileSync(file, 'utf8')) as Description;
    super(d.schemas);
    this.source = d.source;
    this.ops = d.operations.map((o) => ({ ...o, re: new RegExp('^' + o.path.replace(/\{[^}]+\}/g, '[^/]+') + '$') }));
  }

  operation(method: string, path: string): Operation | null {
    return this.ops.find((o) => o.method === method && o.re.test(path)) ?? null;
  }

  /** Query and body of a request against the operation. */
  checkRequest(op: Operation, query: Record<string, string>, body: unknown): string[] {
    const out: string[] = [];
    const declared = new Map(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const [k, v] of Object.entries(query)) {
      const p = declared.get(k);
      if (!p) {
        out.push(`${op.operationId}: query parameter '${k}' is not in the description`);
        continue;
      }
      const t = (this.resolve(p.schema).type as string | undefined) ?? 'string';
      const typed = t === 'integer' || t === 'number' ? Number(v) : t === 'boolean' ? v === 'true' : v;
      out.push(...this.validate(typed, p.schema, `${op.operationId}: query ${k}`));
    }
    if (op.requestBody && body !== undefined) out.push(...this.validate(body, op.requestBody, `${op.operationId}: request body`));
    return out;
  }
}
