// loadAnyProfile / loadAnyProfileBytes: each real file goes to the right importer by its
// content, and anything else is one InputError that says what was expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/errors.js';
import { exportPprof } from '../src/export/pprof.js';
import { compactProfile } from '../src/model/profile.js';
import { detectFormat, loadAnyProfile, loadAnyProfileBytes } from '../src/import/index.js';
import { SCALENE_DIR, runScaleneCi, runV8Profiler, scaleneProfile } from './import-fixtures.js';

const PROGRAM = 'function f(){let s=0;for(let i=0;i<5e6;i++)s+=i%3;return s}\nlet r=0;for(let k=0;k<10;k++)r+=f();\nconsole.log(r>0)\n';

test('each real format is detected by content and imported', async () => {
  const run = await runScaleneCi(PROGRAM);
  const ours = loadAnyProfile(run.text, run.file);
  assert.equal(ours.meta.source_format, 'scalene-ci');
  // Validated, not converted: reading only puts back the zero figures the writer left out.
  assert.deepEqual(JSON.parse(JSON.stringify(compactProfile(ours))), JSON.parse(run.text), 'our own profiles are validated, not converted');

  const scaleneText = readFileSync(join(SCALENE_DIR, 'mem.scalene.json'), 'utf8');
  assert.equal(detectFormat(JSON.parse(scaleneText)), 'scalene');
  assert.deepEqual(loadAnyProfile(scaleneText, 'mem.scalene.json'), scaleneProfile('mem.scalene.json'));

  const cpu = runV8Profiler('cpu', PROGRAM);
  assert.equal(detectFormat(JSON.parse(cpu.text)), 'v8-cpuprofile');
  assert.equal(loadAnyProfile(cpu.text, cpu.file).meta.source_format, 'v8-cpuprofile');
  const heap = runV8Profiler('heap', PROGRAM);
  assert.equal(detectFormat(JSON.parse(heap.text)), 'v8-heapprofile');
  assert.equal(loadAnyProfileBytes(readFileSync(heap.file), heap.file).meta.source_format, 'v8-heapprofile');

  // Our pprof export reads back through the bytes entry point, with its original format.
  const back = loadAnyProfileBytes(exportPprof(ours), 'x.pb.gz');
  assert.equal(back.meta.source_format, 'scalene-ci');
  assert.deepEqual(Object.keys(back.files).sort(), Object.keys(ours.files).filter((k) => ours.files[k]!.lines.length > 0).sort());
  // A byte-order mark (Windows editors) does not get in the way.
  assert.equal(loadAnyProfile('\uFEFF' + scaleneText, 'bom.json').meta.source_format, 'scalene');
});

test('anything else is one InputError naming the file and the formats we read', () => {
  const err = (text: string, pattern: RegExp) =>
    assert.throws(() => loadAnyProfile(text, 'in.json'), (e: unknown) => e instanceof InputError && pattern.test(e.message) && e.message.startsWith('in.json: ') && !e.message.includes('\n'));
  err('', /the file is empty/);
  err('   \n', /the file is empty/);
  err('{"files": ', /not valid JSON/);
  err('[1, 2]', /not a profile this tool reads.*Scalene JSON, a V8 \.cpuprofile or \.heapprofile/);
  err('{"foo": 1}', /not a profile this tool reads/);
  err('{"schema": "someone-else@3"}', /schema "someone-else@3"/);
  err('{"schema": "scalene-ci/profile@2"}', /not a scalene-ci profile \(schema is "scalene-ci\/profile@2"/);
  err('{"elapsed_time_sec": 1, "files": {"/a.py": {"lines": [{"lineno": null}]}}}', /lines\[0\]\.lineno/);
  assert.throws(() => loadAnyProfileBytes(Buffer.from('\x1f\x8bnot gzip'), 'x.pb.gz'), InputError);
});
