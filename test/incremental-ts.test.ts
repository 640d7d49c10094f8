// TypeScript run by a loader (tsx) is attributed while it runs too: each thread's windows wait
// for an answer for their source maps, written as each module loads (loaders.ts
// answerMapsAtLoad) or by the thread's process record (preload.ts answerSourceMaps, once a
// second while the thread is idle); cli/run.ts feed. The figures must be those of
// attributing the whole session at its end with the maps the process left, and right against
// a program whose split is known, on the TypeScript source's lines (not the generated code's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import moduleApi from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attribute, sourceAccess, type AttributeOptions } from '../src/collect/attribute.js';
import { newLoadAnswers, readLoadAnswers, readSession } from '../src/collect/raw.js';
import { mapAnswerLine } from '../src/collect/loaders.js';
import type { Profile } from '../src/model/profile.js';
import { findBinary } from '../src/native/binding.js';
import { mapperFromDisk, mapperFromPayload } from '../src/collect/sourcemap.js';
import { analyseSource } from '../src/collect/ts-functions.js';
import { ROOT, runCli, tempDir } from './support/cli.js';
import { validateProfile } from '../src/model/validate.js';
import typescript from 'typescript';

const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Lines 6 and 7 hold one and two thirds of the work; the interface above them and esbuild's
 * reprinting (each one-line function becomes five lines) put them elsewhere in tsx's output. */
function program(dir: string, yieldEachRound: boolean): void {
  writeFileSync(
    join(dir, 'prog.ts'),
    [
      'interface Plan {',
      '  ms: number;',
      '  scale: number;',
      '}',
      'type Work = (n: number) => number;',
      'const third: Work = (n: number): number => { let x = 0; for (let i = 0; i < n; i++) x += Math.sqrt(x + i); return x; };',
      'const twoThirds: Work = (n: number): number => { let x = 0; for (let i = 0; i < n; i++) x += Math.sqrt(x + i); return x; };',
      'async function main(plan: Plan): Promise<number> {',
      '  let t = 0;',
      '  for (const end = Date.now() + plan.ms; Date.now() < end; ) {',
      '    t += third(plan.scale);',
      '    t += twoThirds(2 * plan.scale);',
      yieldEachRound ? '    await new Promise<void>((done) => setImmediate(done));' : '    if (t < 0) await Promise.resolve();',
      '  }',
      '  return t;',
      '}',
      'void main({ ms: 3000, scale: 2e5 }).then((t) => { if (t === 0.5) console.log(t); });',
      '',
    ].join('\n'),
  );
}

const cpuOf = (l: { cpu_js_s: number; cpu_native_s: number; gc_s: number }) => l.cpu_js_s + l.cpu_native_s + l.gc_s;

/** How the program runs: under tsx, Node's own type stripping, or compiled by tsc (the
 * TypeScript compiler's own transpileModule) to CommonJS or an ES module with its map in a
 * `.map` file of another folder (dist/maps/), run by `node --enable-source-maps`. */
type How = 'tsx' | 'native' | 'tsc-cjs' | 'tsc-esm';

async function tsxRun(yieldEachRound: boolean, how: How = 'tsx') {
  const dir = tempDir();
  const tmp = tempDir();
  program(dir, yieldEachRound);
  // Node's own TypeScript runs an ES module's .ts file as a module only in a module package.
  if (how === 'native') writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  let command = how === 'native' ? [process.execPath, 'prog.ts'] : [process.execPath, tsx, 'prog.ts'];
  let ts = 'prog.ts';
  if (how === 'tsc-cjs' || how === 'tsc-esm') {
    ts = 'src/prog.ts';
    const ext = how === 'tsc-cjs' ? 'cjs' : 'mjs';
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'dist', 'maps'), { recursive: true });
    renameSync(join(dir, 'prog.ts'), join(dir, ts));
    const out = typescript.transpileModule(readFileSync(join(dir, ts), 'utf8'), { fileName: 'prog.ts', compilerOptions: { target: typescript.ScriptTarget.ES2022, module: how === 'tsc-cjs' ? typescript.ModuleKind.CommonJS : typescript.ModuleKind.ESNext, sourceMap: true } });
    // tsc drops the interface and the type: the code's lines are not the source's.
    writeFileSync(join(dir, 'dist', `prog.${ext}`), out.outputText.replace(/\/\/# sourceMappingURL=.*\s*$/, `//# sourceMappingURL=maps/prog.${ext}.map\n`));
    writeFileSync(join(dir, 'dist', 'maps', `prog.${ext}.map`), JSON.stringify({ ...JSON.parse(out.sourceMapText!), sources: ['prog.ts'], sourceRoot: '../../src/' }));
    command = [process.execPath, '--enable-source-maps', `dist/prog.${ext}`];
  }
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--cpu-only', '--no-report', '--json-out', out, '--', ...command], {
    cwd: dir,
    env: { TMPDIR: tmp, SCALENE_CI_KEEP_SESSION: '1', SCALENE_CI_CHECKPOINT_MS: '200', SCALENE_CI_DEBUG: '1' },
  });
  assert.equal(r.code, 0, r.stderr);
  const profile = validateProfile(JSON.parse(readFileSync(out, 'utf8')), out);
  const lines = profile.files[ts]?.lines ?? [];
  const at = (line: number) => cpuOf(lines.find((l) => l.line === line) ?? { cpu_js_s: 0, cpu_native_s: 0, gc_s: 0 });
  const ratio = at(7) / at(6);
  assert.ok(at(6) > 0.1 && ratio > 1.6 && ratio < 2.4, `twoThirds / third on the .ts lines 7 / 6: ${at(7).toFixed(3)} / ${at(6).toFixed(3)} s (truth 2); lines ${JSON.stringify(lines.map((l) => [l.line, +cpuOf(l).toFixed(3)]))}`);
  const session = join(tmp, readdirSync(tmp).find((n) => /^scalene-ci-\d+-/.test(n))!);
  return { dir, session, profile, stderr: r.stderr, ts };
}

/** Every line of prog.ts as the profile has it equals attributing the kept session at once,
 * each thread with the maps its record holds (the exit's way): the same figures on every line. */
function assertLikeBatch(dir: string, session: string, profile: Profile, ts = 'prog.ts'): void {
  const { threads } = readSession(session);
  const opts: AttributeOptions = { filter: { root: dir, alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] }, useVirtualTime: false, registered: [] };
  // The analysis of the scripts the CLI gives the attribution (cli/run.ts `parsed`): which
  // lines hold code, run once, and V8's positions, change where a few samples go.
  const analysis = (abs: string) => {
    try {
      return analyseSource(abs, readFileSync(abs, 'utf8'));
    } catch {
      return null;
    }
  };
  const sources = sourceAccess(analysis, (abs, dumped, url) => {
    const payload = dumped[url] ?? dumped[abs];
    if (payload) return mapperFromPayload(payload, url.startsWith('file://') ? url : abs);
    return mapperFromDisk(abs, readFileSync(abs, 'utf8'));
  });
  const batch = attribute(threads, opts, sources);
  const mine = batch.lines.get(join(dir, ts))!;
  assert.ok(mine && mine.size > 0, `${ts} attributed from the files`);
  const lineCount = readFileSync(join(dir, ts), 'utf8').split('\n').length;
  for (const [line, acc] of mine) {
    const l = profile.files[ts]!.lines.find((x) => x.line === line);
    // (A position outside the file, line 0 on Node 24, is left out of the profile by design: build-profile.ts.)
    if (acc.js + acc.native + acc.sys + acc.gc < 1e-6 || line < 1 || line > lineCount) continue;
    assert.ok(l, `${ts}:${line} in the profile`);
    for (const [k, v] of [['cpu_js_s', acc.js], ['cpu_native_s', acc.native], ['system_s', acc.sys], ['gc_s', acc.gc]] as const) {
      assert.ok(Math.abs(l[k] - v) < 2e-6, `${ts}:${line} ${k}: profile ${l[k]}, attributed at the end ${v}`);
    }
  }
  const fn = profile.files[ts]!.functions.find((f) => f.name === 'twoThirds');
  assert.ok(fn && fn.line === 7, `twoThirds is a function of the .ts source at line 7: ${JSON.stringify(fn)}`);
}

test('a TypeScript program under tsx that yields is attributed while it runs, with its source maps: the known split on the .ts lines, the figures of attributing it at the end', async () => {
  const { dir, session, profile, stderr } = await tsxRun(true);
  const during = /debug: (\d+) checkpoint file\(s\) attributed while the command ran, (\d+) at its exit/.exec(stderr);
  assert.ok(during && Number(during[1]) >= 3, `windows attributed while the program ran: ${stderr}`);
  // prog.ts's map was answered as it loaded: the program's thread never looked it up (Node
  // would decode it there), and reading the session gives it to the thread's record.
  const { threads } = readSession(session);
  const main = threads.find((t) => Object.keys(t.meta?.source_maps ?? {}).some((u) => u.endsWith('/prog.ts')));
  assert.ok(main?.meta?.maps_enabled, 'the record holds prog.ts\'s map, with source maps enabled');
  assert.ok(!main.meta.maps_checked?.some((u) => u.endsWith('/prog.ts')), `prog.ts not looked up on the program's thread: ${JSON.stringify(main.meta.maps_checked)}`);
  const onDisk = JSON.parse(readFileSync(join(session, 'proc', `${main.pid}-${main.threadId}.json`), 'utf8')) as { source_maps: Record<string, unknown> };
  assert.ok(!Object.keys(onDisk.source_maps).some((u) => u.endsWith('/prog.ts')), 'the record on disk leaves the map to maps/');
  assertLikeBatch(dir, session, profile);
});

test('a TypeScript program busy in one synchronous run is attributed while it runs too: its map is answered as the module loads, the split and the figures as at the end', async () => {
  const { dir, session, profile, stderr } = await tsxRun(false);
  const during = /debug: (\d+) checkpoint file\(s\) attributed while the command ran, (\d+) at its exit/.exec(stderr);
  // 3 s at 200 ms checkpoints: ~15 files of the program's thread; the CLI holds none for the exit.
  assert.ok(during && Number(during[1]) >= 5, `windows attributed while the program ran: ${stderr}`);
  // The answer came from the load (the record answers only at the exit): maps/<pid>-*.jsonl.
  const answers = readdirSync(join(session, 'maps')).flatMap((f) => readFileSync(join(session, 'maps', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { url: string; data?: string }));
  assert.ok(answers.some((a) => a.url.endsWith('/prog.ts') && typeof a.data === 'string'), `prog.ts's inline map answered as it loaded: ${JSON.stringify(answers.map((a) => a.url))}`);
  assertLikeBatch(dir, session, profile);
});

const nativeTypeScript = (process.features as { typescript?: unknown }).typescript === 'strip';

test('Node\'s own TypeScript (`node prog.ts`, types stripped) busy in one synchronous run is attributed while it runs: the loaded source answers (no map), the split on its own lines', { skip: !nativeTypeScript && 'this Node does not strip types by default' }, async () => {
  const { dir, session, profile, stderr } = await tsxRun(false, 'native');
  const during = /debug: (\d+) checkpoint file\(s\) attributed while the command ran, (\d+) at its exit/.exec(stderr);
  assert.ok(during && Number(during[1]) >= 5, `windows attributed while the program ran: ${stderr}`);
  const answers = readdirSync(join(session, 'maps')).flatMap((f) => readFileSync(join(session, 'maps', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { url: string; map?: null }));
  assert.ok(answers.some((a) => a.url.endsWith('/prog.ts') && a.map === null), `prog.ts answered without a map as it loaded: ${JSON.stringify(answers)}`);
  assertLikeBatch(dir, session, profile);
});

// ES modules are answered as they load only where Node runs load hooks on the program's thread.
const inThreadHooks = typeof (moduleApi as unknown as { registerHooks?: unknown }).registerHooks === 'function';

for (const how of ['tsc-cjs', 'tsc-esm'] as const) {
  test(`tsc's output (${how === 'tsc-cjs' ? 'CommonJS' : 'an ES module'}) with its map in a .map file, run by node --enable-source-maps and busy in one synchronous run, is attributed while it runs: the file Node read is read, the split on the .ts lines`, { skip: how === 'tsc-esm' && !inThreadHooks && 'this Node runs load hooks off the program\'s thread' }, async () => {
    const { dir, session, profile, stderr, ts } = await tsxRun(false, how);
    const during = /debug: (\d+) checkpoint file\(s\) attributed while the command ran, (\d+) at its exit/.exec(stderr);
    assert.ok(during && Number(during[1]) >= 5, `windows attributed while the program ran: ${stderr}`);
    const answers = readdirSync(join(session, 'maps')).flatMap((f) => readFileSync(join(session, 'maps', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { url: string; ref?: string }));
    assert.ok(answers.some((a) => /\/dist\/prog\.[cm]js$/.test(a.url) && a.ref === `maps/prog.${how === 'tsc-cjs' ? 'cjs' : 'mjs'}.map`), `the module's map file named as it loaded: ${JSON.stringify(answers)}`);
    // The .ts its map names (the windows name only the .js) was analysed while it ran, not at the exit.
    assert.match(stderr, /debug: TypeScript analysed while the command ran: .*\/src\/prog\.ts/);
    // The program's thread never looked the map up (Node decoded nothing there).
    const { threads } = readSession(session);
    const main = threads.find((t) => Object.keys(t.meta?.source_maps ?? {}).some((u) => /\/dist\/prog\.[cm]js$/.test(u)));
    assert.ok(main && !main.meta!.maps_checked?.some((u) => /\/dist\/prog\.[cm]js$/.test(u)), `not looked up on the program's thread: ${JSON.stringify(main?.meta?.maps_checked)}`);
    assertLikeBatch(dir, session, profile, ts);
  });
}

test('a loader of the program\'s own (module.register, a byte source) still loads its modules, and its inline maps are answered after it', async () => {
  const dir = tempDir();
  const tmp = tempDir();
  // The hook serves lib.ts as JavaScript bytes with an inline map, as a transpiling loader does.
  const hook = [
    'export async function load(url, context, next) {',
    "  if (!url.endsWith('/lib.ts')) return next(url, context);",
    "  const map = { version: 3, sources: ['lib.ts'], names: [], mappings: 'AAAA;AACA' };",
    "  const code = 'export function f(n) {\\n  let x = 0; for (let i = 0; i < n; i++) x += i; return x;\\n}\\n//# sourceMappingURL=data:application/json;base64,' + Buffer.from(JSON.stringify(map)).toString('base64') + '\\n';",
    "  return { format: 'module', source: new TextEncoder().encode(code), shortCircuit: true };",
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'lib.ts'), '');
  writeFileSync(join(dir, 'main.mjs'), `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));\nconst { f } = await import('./lib.ts');\nconsole.log('sum', f(1000));\n`);
  const r = await runCli(['run', '--cpu-only', '--no-report', '--json-out', join(dir, 'p.json'), '--', process.execPath, 'main.mjs'], { cwd: dir, env: { TMPDIR: tmp, SCALENE_CI_KEEP_SESSION: '1' } });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /sum 499500/);
  const session = join(tmp, readdirSync(tmp).find((n) => /^scalene-ci-\d+-/.test(n))!);
  const state = newLoadAnswers();
  const pids = new Set(readdirSync(join(session, 'maps')).map((f) => Number(f.split('-')[0])));
  const maps = [...pids].map((pid) => readLoadAnswers(join(session, 'maps'), pid, state).get(pathToFileURL(join(dir, 'lib.ts')).href)).filter(Boolean);
  assert.deepEqual(maps, [{ version: 3, sources: ['lib.ts'], names: [], mappings: 'AAAA;AACA' }]);
});

test('the answer for a module\'s map is what Node would read of its code: the last magic comment, inline JSON only', () => {
  const map = { version: 3, sources: ['a.ts'], mappings: 'AAAA' };
  const b64 = Buffer.from(JSON.stringify(map)).toString('base64');
  const parse = (url: string, code: string) => {
    const line = mapAnswerLine(url, code, false);
    if (line === null) return 'unknown';
    const state = newLoadAnswers();
    const dir = tempDir();
    writeFileSync(join(dir, '7-0.jsonl'), line);
    return readLoadAnswers(dir, 7, state).get(url);
  };
  assert.deepEqual(parse('/a.ts', `x();\n//# sourceMappingURL=data:application/json;base64,${b64}\n`), map);
  assert.deepEqual(parse('/a.ts', `x();\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${b64}`), map);
  assert.deepEqual(parse('/a.ts', `x();\n/*# sourceMappingURL=data:application/json,${encodeURIComponent(JSON.stringify(map))} */`), map);
  assert.equal(parse('/a.ts', 'x();\n'), null, 'no comment: no map');
  assert.equal(parse('/a.ts', 'x();\n//# sourceMappingURL=a.js.map\n'), 'unknown', 'a map in another file where Node keeps none: no answer');
  assert.equal(parse('/a.ts', `//# sourceMappingURL=data:application/json;base64,${b64}\nconst s = "sourceMappingURL=";\n`), 'unknown', 'the last mention is not a comment');
  assert.equal(parse('/a.ts', `x();\n//# sourceMappingURL=data:text/plain;base64,${b64}\n`), 'unknown', 'not JSON');
});

test('a map in another file is answered where Node keeps maps, and read as Node reads it: relative to the module, its sources made absolute against the map', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'maps'));
  writeFileSync(join(dir, 'maps', 'x.js.map'), JSON.stringify({ version: 3, sources: ['x.ts', 'sub/y.ts'], sourceRoot: '../src/', names: [], mappings: 'AAAA' }));
  writeFileSync(join(dir, 'maps', 'bad.map'), '{ not json');
  const modules: Record<string, string> = {
    'x.js': 'exports.f = () => 1;\n//# sourceMappingURL=maps/x.js.map\n',
    'z.mjs': 'export const f = () => 1;\n//# sourceMappingURL=maps/x.js.map\n',
    'gone.js': 'exports.f = () => 1;\n//# sourceMappingURL=maps/none.map\n',
    'bad.js': 'exports.f = () => 1;\n//# sourceMappingURL=maps/bad.map\n',
    'abs.js': `exports.f = () => 1;\n//# sourceMappingURL=${pathToFileURL(join(dir, 'maps', 'x.js.map')).href}\n`,
  };
  for (const [name, code] of Object.entries(modules)) writeFileSync(join(dir, name), code);
  // Node's own answers: findSourceMap(url).payload after loading each under --enable-source-maps.
  const urls = Object.keys(modules).map((n) => (n.endsWith('.mjs') ? pathToFileURL(join(dir, n)).href : join(dir, n)));
  const script = `const m = require('node:module'); (async () => { const out = {}; for (const u of ${JSON.stringify(urls)}) { if (u.startsWith('file:')) await import(u); else require(u); out[u] = m.findSourceMap(u)?.payload ?? null; } process.stdout.write(JSON.stringify(out)); })();`;
  const r = spawnSync(process.execPath, ['--enable-source-maps', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const node = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.deepEqual((node[urls[0]!] as { sources: string[] }).sources, [pathToFileURL(join(dir, 'src', 'x.ts')).href, pathToFileURL(join(dir, 'src', 'sub', 'y.ts')).href], 'Node resolves against the map');
  const state = newLoadAnswers();
  let text = '';
  urls.forEach((u, i) => {
    const code = Object.values(modules)[i]!;
    assert.equal(mapAnswerLine(u, code, false), null, `${u}: Node keeps no map without --enable-source-maps: no answer`);
    text += mapAnswerLine(u, code, true) ?? '';
  });
  writeFileSync(join(dir, '5-0.jsonl'), text);
  const ours = readLoadAnswers(dir, 5, state);
  for (const u of urls) {
    // An absolute URL (Node reads no file for it): no answer, the thread's record answers.
    if (u.endsWith('abs.js')) assert.equal(ours.has(u), false, 'an absolute URL is not answered');
    else assert.deepEqual(ours.get(u), node[u], `${u}: the answer is Node's`);
  }
});

test('answers are read as their files grow: a line not written whole waits, one that does not decode answers nothing, the first answer holds', () => {
  const dir = tempDir();
  const state = newLoadAnswers();
  const f = join(dir, '9-0-hooks.jsonl');
  writeFileSync(f, JSON.stringify({ url: 'file:///x.ts', map: null }) + '\n{"url":"file:///y.ts","b64":true,"da');
  writeFileSync(join(dir, '10-0.jsonl'), JSON.stringify({ url: 'file:///z.ts', map: null }) + '\n');
  let got = readLoadAnswers(dir, 9, state);
  assert.deepEqual([...got.keys()], ['file:///x.ts'], 'another process\'s file and the half line are not read');
  appendFileSync(f, `ta":"${Buffer.from('{"version":3,"sources":[],"mappings":""}').toString('base64')}"}\n` + JSON.stringify({ url: 'file:///w.ts', b64: true, data: '!!' }) + '\n' + JSON.stringify({ url: 'file:///x.ts', b64: false, data: '%7B%7D' }) + '\n');
  got = readLoadAnswers(dir, 9, state);
  assert.deepEqual(got.get('file:///y.ts'), { version: 3, sources: [], mappings: '' });
  assert.equal(got.has('file:///w.ts'), false, 'undecodable: no answer');
  assert.equal(got.get('file:///x.ts'), null, 'the first answer holds');
});

test('the engine names each script of a thread once a run (takeScriptNames), so that answering for maps does not read the windows back', () => {
  const dir = tempDir();
  const engine = findBinary(ROOT);
  assert.ok(engine, 'an engine for this Node');
  writeFileSync(join(dir, 'a.js'), 'function spin(ms) { const end = Date.now() + ms; let x = 0; while (Date.now() < end) x += Math.sqrt(x + 1); return x; }\nmodule.exports = spin;\n');
  writeFileSync(
    join(dir, 'main.js'),
    [
      'const addon = require(process.argv[2]);',
      "addon.start({ intervalUs: 1000, outPrefix: process.argv[3] + '/t', checkpointMs: 0, threadId: 0 });",
      "const spin = require('./a.js');",
      'const seen = [];',
      'for (let i = 0; i < 3; i++) { spin(150); addon.checkpoint(false); seen.push(addon.takeScriptNames()); }',
      'addon.checkpoint(true);',
      'process.stdout.write(JSON.stringify(seen));',
      '',
    ].join('\n'),
  );
  const r = spawnSync(process.execPath, [join(dir, 'main.js'), engine!, dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const seen = JSON.parse(r.stdout) as string[][];
  const a = join(dir, 'a.js');
  assert.ok(seen[0]!.includes(a), `a.js named in the first windows: ${JSON.stringify(seen[0])}`);
  assert.ok(!seen[1]!.includes(a) && !seen[2]!.includes(a), `a.js named once: ${JSON.stringify(seen)}`);
  assert.equal(new Set(seen.flat()).size, seen.flat().length, 'no name twice');
});
