// Small typed readers for foreign JSON: every importer reads untrusted input and must
// fail with one InputError that names the offending path, never a TypeError.
import { InputError } from '../errors.js';

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function fail(where: string, what: string): never {
  throw new InputError(`${where}: ${what}`);
}

export function object(v: unknown, where: string): JsonObject {
  if (!isObject(v)) fail(where, 'expected an object');
  return v;
}

export function array(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) fail(where, 'expected an array');
  return v;
}

/** A finite number; `fallback` is used only when the field is absent (older writers omit some). */
export function number(v: unknown, where: string, fallback?: number): number {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, `expected a finite number, got ${describe(v)}`);
  return v;
}

export function string(v: unknown, where: string, fallback?: string): string {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string') fail(where, `expected a string, got ${describe(v)}`);
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? 'a string' : JSON.stringify(v);
  return typeof v === 'object' ? 'an object' : String(v);
}

/** At most `max` points, evenly spaced, always keeping the first and the last. */
export function downsample<T>(points: T[], max: number): T[] {
  if (points.length <= max) return points;
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(points[Math.round((i * (points.length - 1)) / (max - 1))]!);
  return out;
}
