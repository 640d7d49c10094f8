// Repository configuration `.scalene-ci.yml` (documented in docs/CONFIG.md): thresholds per
// finding kind, per-path overrides and ignores, the false-discovery rate, report size.
// Parsed once at the edge; `compareProfiles` receives the resulting plain object.
// Every error names the key and echoes the bad value, because a typo in a CI config file
// otherwise silently falls back to defaults and nobody notices.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError } from '../errors.js';

export interface CpuThresholds {
  enabled: boolean;
  /** Minimum relative growth of the line's share of total time (0.10 = +10 %). */
  min_relative: number;
  /** Minimum growth in seconds beyond what the overall slowdown explains. */
  min_absolute_s: number;
  /** Minimum growth of the share of total time, in fractions (0.02 = 2 percentage points). */
  min_share_points: number;
}

export interface HotspotThresholds {
  enabled: boolean;
  /** Head share of total time (all categories) from which a line counts as a hotspot. */
  min_share: number;
  /** Base share at or below which the line counted as cold. */
  max_base_share: number;
  /** Minimum head time in seconds. */
  min_absolute_s: number;
}

export interface BytesThresholds {
  enabled: boolean;
  min_relative: number;
  min_absolute_bytes: number;
}

export interface LeakThresholds {
  enabled: boolean;
  /** Head leak likelihood from which a line is a likely leak. */
  min_likelihood: number;
  /** Minimum leak velocity in head. */
  min_velocity_bytes_per_s: number;
}

export interface GpuThresholds {
  enabled: boolean;
  min_relative: number;
  min_absolute_s: number;
  min_absolute_bytes: number;
}

export interface KindThresholds {
  cpu: CpuThresholds;
  'new-hotspot': HotspotThresholds;
  memory: BytesThresholds;
  leak: LeakThresholds;
  copy: BytesThresholds;
  gpu: GpuThresholds;
}

export type ThresholdOverrides = { [K in keyof KindThresholds]?: Partial<KindThresholds[K]> };

export interface PathOverride {
  /** Globs (relative to the project root, '/' separated) the override applies to. */
  paths: string[];
  thresholds: ThresholdOverrides;
}

export interface CompareConfig {
  /** False-discovery rate for Benjamini–Hochberg across all lines and categories tested. */
  alpha: number;
  /** Report findings per line, per function, or both (functions only where no line explains them). */
  scope: 'lines' | 'functions' | 'both';
  thresholds: KindThresholds;
  /** Paths whose findings are dropped (globs). */
  ignore: string[];
  /** Later entries win over earlier ones; all win over `thresholds`. */
  overrides: PathOverride[];
  report: {
    /** Markdown comment size limit (GitHub's limit is 65,536). */
    max_chars: number;
  };
}

export const DEFAULT_CONFIG: CompareConfig = Object.freeze({
  alpha: 0.01,
  scope: 'both',
  thresholds: {
    cpu: { enabled: true, min_relative: 0.1, min_absolute_s: 0.005, min_share_points: 0.02 },
    'new-hotspot': { enabled: true, min_share: 0.05, max_base_share: 0.01, min_absolute_s: 0.005 },
    memory: { enabled: true, min_relative: 0.2, min_absolute_bytes: 1024 * 1024 },
    leak: { enabled: true, min_likelihood: 0.95, min_velocity_bytes_per_s: 1024 },
    copy: { enabled: true, min_relative: 0.2, min_absolute_bytes: 1024 * 1024 },
    gpu: { enabled: true, min_relative: 0.1, min_absolute_s: 0.01, min_absolute_bytes: 16 * 1024 * 1024 },
  },
  ignore: [],
  overrides: [],
  report: { max_chars: 60000 },
}) as CompareConfig;

export const CONFIG_FILE_NAMES = ['.scalene-ci.yml', '.scalene-ci.yaml'];

// ---------------------------------------------------------------------------------------------
// Validation

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: Json): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v);
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

class ConfigReader {
  constructor(private readonly name: string) {}

  fail(key: string, what: string): never {
    throw new UsageError(`${this.name}: ${key}: ${what}`);
  }

  keys(obj: Record<string, Json>, key: string, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) {
        const where = key ? `${key}.${k}` : k;
        this.fail(where, `unknown key (expected one of: ${allowed.join(', ')})`);
      }
    }
  }

  number(v: Json, key: string, min: number, max = Infinity): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, `expected a number, got ${show(v)}`);
    if (v < min || v > max) {
      const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`;
      this.fail(key, `expected a number ${range}, got ${v}`);
    }
    return v;
  }

  bool(v: Json, key: string): boolean {
    if (typeof v !== 'boolean') this.fail(key, `expected true or false, got ${show(v)}`);
    return v;
  }

  globs(v: Json, key: string): string[] {
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list)) this.fail(key, `expected a glob or a list of globs, got ${show(v)}`);
    return list.map((g, i) => {
      if (typeof g !== 'string' || g.trim() === '') this.fail(`${key}[${i}]`, `expected a non-empty glob, got ${show(g)}`);
      try {
        globToRegExp(g);
      } catch (e) {
        this.fail(`${key}[${i}]`, `${(e as Error).message}: ${show(g)}`);
      }
      return g;
    });
  }
}

// Which keys each kind accepts, with their ranges; relative floors are fractions (0.1 = 10 %).
const KIND_KEYS: { [K in keyof KindThresholds]: Record<Exclude<keyof KindThresholds[K], 'enabled'>, [number, number]> } = {
  cpu: { min_relative: [0, Infinity], min_absolute_s: [0, Infinity], min_share_points: [0, 1] },
  'new-hotspot': { min_share: [0, 1], max_base_share: [0, 1], min_absolute_s: [0, Infinity] },
  memory: { min_relative: [0, Infinity], min_absolute_bytes: [0, Infinity] },
  leak: { min_likelihood: [0, 1], min_velocity_bytes_per_s: [0, Infinity] },
  copy: { min_relative: [0, Infinity], min_absolute_bytes: [0, Infinity] },
  gpu: { min_relative: [0, Infinity], min_absolute_s: [0, Infinity], min_absolute_bytes: [0, Infinity] },
};
const KINDS = Object.keys(KIND_KEYS) as Array<keyof KindThresholds>;

function readThresholds(r: ConfigReader, v: Json, key: string): ThresholdOverrides {
  if (!isObject(v)) r.fail(key, `expected a mapping of kinds (${KINDS.join(', ')}), got ${show(v)}`);
  r.keys(v, key, KINDS);
  const out: Record<string, Record<string, number | boolean>> = {};
  for (const kind of KINDS) {
    const kv = v[kind];
    if (kv === undefined || kv === null) continue;
    const kkey = `${key}.${kind}`;
    // `cpu: false` is a convenient way to switch a kind off.
    if (typeof kv === 'boolean') {
      out[kind] = { enabled: kv };
      continue;
    }
    if (!isObject(kv)) r.fail(kkey, `expected a mapping or true/false, got ${show(kv)}`);
    const ranges = KIND_KEYS[kind] as Record<string, [number, number]>;
    r.keys(kv, kkey, ['enabled', ...Object.keys(ranges)]);
    const t: Record<string, number | boolean> = {};
    for (const [k, val] of Object.entries(kv)) {
      if (k === 'enabled') t[k] = r.bool(val, `${kkey}.${k}`);
      else t[k] = r.number(val, `${kkey}.${k}`, ranges[k]![0], ranges[k]![1]);
    }
    out[kind] = t;
  }
  return out as ThresholdOverrides;
}

/** Apply overrides onto full thresholds (returns a new object). */
export function applyThresholds(base: KindThresholds, over: ThresholdOverrides): KindThresholds {
  const out = { ...base } as Record<string, unknown>;
  for (const kind of KINDS) {
    const o = over[kind];
    if (o) out[kind] = { ...base[kind], ...o };
  }
  return out as unknown as KindThresholds;
}

/** Validate a parsed configuration object (e.g. from YAML) into a full `CompareConfig`. */
export function validateConfig(data: Json, name: string): CompareConfig {
  const r: ConfigReader = new ConfigReader(name);
  if (data === null || data === undefined) return structuredClone(DEFAULT_CONFIG);
  if (!isObject(data)) r.fail('(top level)', `expected a mapping, got ${show(data)}`);
  r.keys(data, '', ['alpha', 'scope', 'thresholds', 'ignore', 'overrides', 'report']);
  const cfg = structuredClone(DEFAULT_CONFIG);
  if (data.alpha !== undefined) {
    cfg.alpha = r.number(data.alpha, 'alpha', 0, 1);
    if (cfg.alpha === 0) r.fail('alpha', 'expected a number between 0 and 1 (exclusive of 0), got 0');
  }
  if (data.scope !== undefined) {
    if (data.scope !== 'lines' && data.scope !== 'functions' && data.scope !== 'both') {
      r.fail('scope', `expected "lines", "functions" or "both", got ${show(data.scope)}`);
    }
    cfg.scope = data.scope;
  }
  if (data.thresholds !== undefined && data.thresholds !== null) {
    cfg.thresholds = applyThresholds(cfg.thresholds, readThresholds(r, data.thresholds, 'thresholds'));
  }
  if (data.ignore !== undefined && data.ignore !== null) cfg.ignore = r.globs(data.ignore, 'ignore');
  if (data.overrides !== undefined && data.overrides !== null) {
    if (!Array.isArray(data.overrides)) r.fail('overrides', `expected a list, got ${show(data.overrides)}`);
    cfg.overrides = data.overrides.map((o, i) => {
      const key = `overrides[${i}]`;
      if (!isObject(o)) r.fail(key, `expected a mapping with "paths" and "thresholds", got ${show(o)}`);
      r.keys(o, key, ['paths', 'thresholds']);
      if (o.paths === undefined) r.fail(`${key}.paths`, 'missing (the globs this override applies to)');
      return {
        paths: r.globs(o.paths, `${key}.paths`),
        thresholds: o.thresholds === undefined || o.thresholds === null ? {} : readThresholds(r, o.thresholds, `${key}.thresholds`),
      };
    });
  }
  if (data.report !== undefined && data.report !== null) {
    if (!isObject(data.report)) r.fail('report', `expected a mapping, got ${show(data.report)}`);
    r.keys(data.report, 'report', ['max_chars']);
    if (data.report.max_chars !== undefined) {
      const n = r.number(data.report.max_chars, 'report.max_chars', 1000, 10_000_000);
      if (!Number.isInteger(n)) r.fail('report.max_chars', `expected an integer, got ${n}`);
      cfg.report.max_chars = n;
    }
  }
  return cfg;
}

/** Parse `.scalene-ci.yml` text. `name` is used in error messages (usually the path). */
export function parseConfig(text: string, name: string): CompareConfig {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0];
    const where = pos ? ` (line ${pos.line}, column ${pos.col})` : '';
    const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${name}: not valid YAML${where}: ${msg}`);
  }
  let data: unknown;
  try {
    // maxAliasCount stops a "billion laughs" alias bomb; yaml throws a plain error for it.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new UsageError(`${name}: not a usable YAML document: ${(e as Error).message.split('\n')[0]}`);
  }
  return validateConfig(data, name);
}

/**
 * Load the configuration: an explicit path (must exist), else `.scalene-ci.yml` (or `.yaml`)
 * in `cwd`, else the defaults.
 */
export function loadConfig(path: string | undefined, cwd: string): CompareConfig {
  let file: string | undefined;
  if (path !== undefined) {
    file = isAbsolute(path) ? path : join(cwd, path);
    if (!existsSync(file)) throw new UsageError(`--config ${path}: no such file`);
  } else {
    file = CONFIG_FILE_NAMES.map((n) => join(cwd, n)).find((f) => existsSync(f));
    if (file === undefined) return structuredClone(DEFAULT_CONFIG);
  }
  const shown = path ?? file.slice(cwd.length + 1);
  let text: string;
  try {
    if (statSync(file).size > 1024 * 1024) throw new UsageError(`${shown}: the configuration file is larger than 1 MB`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${shown}: cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfig(text, shown);
}

// ---------------------------------------------------------------------------------------------
// Globs (Node 20 has no path.matchesGlob): `*` (within a segment), `**` (any depth), `?`,
// `[...]`, `{a,b}`. A pattern without '/' matches the base name at any depth, as in .gitignore.

const globCache = new Map<string, RegExp>();

/** `anchored: true` matches the whole path even when the glob has no '/' (file-system globs). */
export function globToRegExp(glob: string, opts: { anchored?: boolean } = {}): RegExp {
  const cacheKey = (opts.anchored ? 'a:' : 'm:') + glob;
  const cached = globCache.get(cacheKey);
  if (cached) return cached;
  let g = glob.replace(/\\/g, '/');
  if (g.startsWith('./')) g = g.slice(2);
  const trailingSlash = g.endsWith('/');
  const anchored = opts.anchored === true || (trailingSlash ? g.slice(0, -1) : g).includes('/');
  if (trailingSlash) g += '**';
  let re = '';
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        const atStart = i === 0 || g[i - 1] === '/';
        const atEnd = i + 2 === g.length || g[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more directories; a trailing `**` matches everything below.
          if (i + 2 === g.length) re += '.*';
          else {
            re += '(?:.*/)?';
            i++;
          }
          i++;
          continue;
        }
        re += '[^/]*';
        i++;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = g.indexOf(']', i + 2);
      if (end < 0) throw new Error('unclosed [ in glob');
      let cls = g.slice(i + 1, end);
      if (cls.startsWith('!')) cls = '^' + cls.slice(1);
      re += '[' + cls.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  if (braces > 0) throw new Error('unclosed { in glob');
  const full = anchored ? `^${re}$` : `^(?:.*/)?${re}$`;
  const rx = new RegExp(full);
  globCache.set(cacheKey, rx);
  return rx;
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(path, g));
}

/** The thresholds that apply to one path: defaults, then every matching override in order. */
export function thresholdsFor(config: CompareConfig, path: string): KindThresholds {
  let t = config.thresholds;
  for (const o of config.overrides) if (matchesAny(path, o.paths)) t = applyThresholds(t, o.thresholds);
  return t;
}
