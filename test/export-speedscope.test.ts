// speedscope export: valid against speedscope's published JSON Schema
// (test/fixtures/speedscope/file-format-schema.json), and reading the file back — as
// speedscope does, by summing sample weights per frame — gives our figures again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSpeedscope, type SpeedscopeFile } from '../src/export/speedscope.js';
import { loadAnyProfile } from '../src/import/index.js';
import { totalSeconds, type Profile } from '../src/model/profile.js';
import { ROOT } from './support/cli.js';
import { HOSTILE_FILE, SCALENE_FIXTURES, hostileProfile, runScaleneCi, runV8Profiler, scaleneProfile } from './import-fixtures.js';

type Schema = Record<string, unknown>;
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'speedscope', 'file-format-schema.json'), 'utf8')) as Schema;

/** The subset of JSON Schema (draft 6/7) speedscope's schema uses: $ref, type, enum, const, properties, required, items, anyOf. */
function validate(value: unknown, schema: Schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    const def = (SCHEMA.definitions as Record<string, Schema>)[name];
    if (!def) return [`${path}: unknown $ref ${schema.$ref}`];
    return validate(value, def, path);
  }
  const errors: string[] = [];
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as Schema[]).some((s) => validate(value, s, path).length === 0);
    if (!ok) errors.push(`${path}: matches none of anyOf`);
  }
  if (schema.type !== undefined) {
    const t = schema.type as string;
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    if (!(actual === t || (t === 'number' && actual === 'number' && Number.isFinite(value)))) return [...errors, `${path}: expected ${t}, got ${actual}`];
    if (t === 'number' && !Number.isFinite(value)) errors.push(`${path}: not a finite number`);
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (schema.const !== undefined && value !== schema.const) errors.push(`${path}: expected const ${JSON.stringify(schema.const)}`);
  if (schema.required !== undefined && typeof value === 'object' && value !== null) {
    for (const k of schema.required as string[]) if (!(k in value)) errors.push(`${path}: missing ${k}`);
  }
  if (schema.properties !== undefined && typeof value === 'object' && value !== null) {
    for (const [k, s] of Object.entries(schema.properties as Record<string, Schema>)) {
      if (k in value) errors.push(...validate((value as Record<string, unknown>)[k], s, `${path}.${k}`));
    }
  }
  if (schema.items !== undefined && Array.isArray(value)) value.forEach((v, i) => errors.push(...validate(v, schema.items as Schema, `${path}[${i}]`)));
  return errors;
}

function checkFile(file: SpeedscopeFile, what: string): void {
  const json = JSON.parse(JSON.stringify(file)) as unknown;
  assert.deepEqual(validate(json, SCHEMA), [], `${what}: schema errors`);
  for (const p of file.profiles) {
    assert.equal(p.samples.length, p.weights.length, `${what}: ${p.name}`);
    for (const s of p.samples) for (const i of s) assert.ok(Number.isInteger(i) && i >= 0 && i < file.shared.frames.length);
    assert.ok(Math.abs(p.endValue - p.weights.reduce((a, b) => a + b, 0)) < 1e-9 * Math.max(1, p.endValue));
    for (const w of p.weights) assert.ok(w > 0);
  }
}

/** Read a speedscope profile back the way speedscope aggregates it: weight per leaf frame. */
function readBack(file: SpeedscopeFile, profileName: string): Map<string, number> {
  const p = file.profiles.find((x) => x.name === profileName);
  const out = new Map<string, number>();
  if (!p) return out;
  p.samples.forEach((stack, i) => {
    const leaf = file.shared.frames[stack[stack.length - 1]!]!;
    const key = leaf.file === undefined ? leaf.name : `${leaf.file}:${leaf.line}`;
    out.set(key, (out.get(key) ?? 0) + p.weights[i]!);
  });
  return out;
}

function checkRoundTrip(profile: Profile, what: string): void {
  const file = exportSpeedscope(profile, what);
  checkFile(file, what);
  const time = readBack(file, 'Time: JS + native + system + GC');
  const bytes = readBack(file, 'Allocated bytes (JS + native)');
  for (const [path, f] of Object.entries(profile.files)) {
    for (const l of f.lines) {
      const t = totalSeconds(l);
      assert.ok(Math.abs((time.get(`${path}:${l.line}`) ?? 0) - t) < 1e-12, `${what} ${path}:${l.line} time`);
      if (profile.meta.mode === 'full') {
        const b = (l.alloc_js_bytes ?? 0) + (l.alloc_native_bytes ?? 0);
        assert.ok(Math.abs((bytes.get(`${path}:${l.line}`) ?? 0) - b) < 1e-6, `${what} ${path}:${l.line} bytes`);
      }
    }
  }
  const sum = [...time.values()].reduce((a, b) => a + b, 0);
  const lines = Object.values(profile.files).reduce((a, f) => a + f.lines.reduce((b, l) => b + totalSeconds(l), 0), 0);
  const expected = lines + profile.totals.unattributed_s;
  assert.ok(Math.abs(sum - expected) < 1e-9 * Math.max(1, expected), `${what}: ${sum} vs ${expected}`);
  // The lines add up to the totals, up to the producer's own rounding (scalene-ci: 1 µs).
  const totals = totalSeconds(profile.totals) + profile.totals.unattributed_s;
  assert.ok(Math.abs(sum - totals) < 1e-5, `${what}: ${sum} vs totals ${totals}`);
  assert.ok(Math.abs((time.get('(unattributed)') ?? 0) - profile.totals.unattributed_s) < 1e-12);
  const fileProfile = file.profiles[file.activeProfileIndex ?? 0]!;
  assert.ok(fileProfile.weights.length > 0 || sum === 0, 'opens on a measure with data');
}

test('Scalene fixtures export to schema-valid speedscope files that read back to the same figures', () => {
  for (const name of SCALENE_FIXTURES) checkRoundTrip(scaleneProfile(name), name);
  const file = exportSpeedscope(scaleneProfile('mem.no-stacks.scalene.json'));
  assert.deepEqual(file.profiles.map((p) => p.name), ['Time: JS + native + system + GC', 'JS time', 'Native time', 'System time', 'Allocated bytes (JS + native)', 'Copy volume']);
  assert.ok(!file.profiles.some((p) => p.name === 'GC time'), 'Scalene has no GC time: no GC profile');
  const copy = readBack(file, 'Copy volume');
  const p = scaleneProfile('mem.no-stacks.scalene.json');
  assert.ok(Math.abs([...copy.values()].reduce((a, b) => a + b, 0) - p.totals.copy_bytes!) < 1);
  // Frames are named "function (file:line)".
  const names = file.shared.frames.map((f) => f.name);
  assert.ok(names.includes('copy_volume (mem.py:15)'), names.join(', '));
  assert.ok(names.includes('copy_volume (mem.py:14)'), 'the function frame at its first line');
  assert.ok(names.includes('(top level) (mem.py:1)'), 'lines outside functions');
});

test('a real .cpuprofile and .heapprofile export and read back', () => {
  const cpu = runV8Profiler('cpu', 'function f(){let s=0;for(let i=0;i<3e6;i++)s+=i%3;return s}\nlet r=0;for(let k=0;k<20;k++)r+=f();\nconsole.log(r>0)\n');
  checkRoundTrip(loadAnyProfile(cpu.text, cpu.file), 'cpuprofile');
  const heap = runV8Profiler('heap', 'globalThis.k=[];function g(){for(let i=0;i<200000;i++)k.push({i})}\ng();\n');
  const hp = loadAnyProfile(heap.text, heap.file);
  const file = exportSpeedscope(hp);
  checkFile(file, 'heapprofile');
  const bytes = readBack(file, 'Allocated bytes (JS + native)');
  assert.ok(Math.abs([...bytes.values()].reduce((a, b) => a + b, 0) - (hp.totals.alloc_js_bytes ?? 0)) < 1e-6);
});

test('a real scalene-ci run profile exports with its GC split and reads back', async () => {
  const run = await runScaleneCi('function f(){let s=0;for(let i=0;i<5e6;i++)s+=i%3;return s}\nlet r=0;for(let k=0;k<10;k++)r+=f();\nconsole.log(r>0)\n');
  const p = loadAnyProfile(run.text, run.file);
  checkRoundTrip(p, 'scalene-ci');
  // scalene-ci has every CPU category: each gets a speedscope profile when it has any time.
  const names = exportSpeedscope(p).profiles.map((x) => x.name);
  const lines = Object.values(p.files).flatMap((f) => f.lines);
  for (const [name, key] of [['JS time', 'cpu_js_s'], ['Native time', 'cpu_native_s'], ['System time', 'system_s'], ['GC time', 'gc_s']] as const) {
    assert.equal(names.includes(name), lines.some((l) => l[key] > 0), `${name} in ${names.join(', ')}`);
  }
});

test('hostile names are kept as data, exactly', () => {
  const file = exportSpeedscope(hostileProfile());
  checkFile(file, 'hostile');
  assert.ok(file.shared.frames.some((f) => f.file === HOSTILE_FILE));
  assert.ok(file.shared.frames.some((f) => f.name.startsWith('<img src=x onerror=')));
});

test('the schema check itself rejects broken files', () => {
  const good = JSON.parse(JSON.stringify(exportSpeedscope(scaleneProfile('cpu.scalene.json')))) as Record<string, unknown> & { profiles: Array<Record<string, unknown>> };
  assert.deepEqual(validate(good, SCHEMA), []);
  const badUnit = structuredClone(good);
  badUnit.profiles[0]!.unit = 'furlongs';
  assert.notDeepEqual(validate(badUnit, SCHEMA), []);
  const noWeights = structuredClone(good);
  delete noWeights.profiles[0]!.weights;
  assert.notDeepEqual(validate(noWeights, SCHEMA), []);
  const badSchema = structuredClone(good);
  badSchema.$schema = 'https://example.com/other.json';
  assert.notDeepEqual(validate(badSchema, SCHEMA), []);
});
