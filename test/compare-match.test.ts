// Line and file matching between versions (src/compare/match.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapLines, matchFiles, splitLines } from '../src/compare/match.js';
import { PROGRAMS } from './compare-helpers.js';

const info = (source: string | null, functions: Array<{ name: string; line: number; end_line: number }> = []) => ({ source, functions });

test('identical sources map every line to itself', () => {
  const m = mapLines(info('a\nb\nc\n'), info('a\nb\nc\n'));
  assert.equal(m.method, 'identical');
  assert.equal(m.toHead(2), 2);
  assert.deepEqual(m.changedLines(), []);
});

test('inserted lines shift the rest and are the only changed lines', () => {
  const base = 'function f() {\n  a();\n  b();\n}\nf();\n';
  const head = '// header\n\nfunction f() {\n  a();\n  inserted();\n  b();\n}\nf();\n';
  const m = mapLines(info(base), info(head));
  assert.equal(m.method, 'diff');
  assert.deepEqual([1, 2, 3, 4, 5].map((l) => m.toHead(l)), [3, 4, 6, 7, 8]);
  assert.deepEqual(m.changedLines(), [1, 2, 5]);
  assert.equal(m.toBase(5), null);
  assert.equal(m.toBase(6), 3);
});

test('an edited line is paired with its original and marked changed', () => {
  const base = 'x();\nfor (let i = 0; i < 10; i++) work(i);\ny();\n';
  const head = 'x();\nfor (let i = 0; i < 1e6; i++) work(i);\ny();\n';
  const m = mapLines(info(base), info(head));
  assert.equal(m.toHead(2), 2);
  assert.equal(m.changed(2), true);
  assert.equal(m.changed(1), false);
});

test('in an unequal hunk, only a similar line is paired as an edit', () => {
  const base = 'start();\nconst total = compute(items, 10);\nend();\n';
  const head = 'start();\nlog("computing");\nconst total = compute(items, 20);\nnotify();\nend();\n';
  const m = mapLines(info(base), info(head));
  assert.equal(m.toHead(2), 3);
  assert.deepEqual(m.changedLines(), [2, 3, 4]);
  assert.equal(m.toBase(2), null);
  assert.equal(m.toBase(4), null);
});

test('a moved function maps to its new place and is not "changed"', () => {
  // The shift-only program pair: head moves count() above mix() and adds comments.
  const base = readFileSync(join(PROGRAMS, 'shift', 'base', 'prog.js'), 'utf8');
  const head = readFileSync(join(PROGRAMS, 'shift', 'head', 'prog.js'), 'utf8');
  const b = splitLines(base);
  const h = splitLines(head);
  const m = mapLines(info(base), info(head));
  for (let i = 1; i <= b.length; i++) {
    const j = m.toHead(i);
    assert.notEqual(j, null, `base line ${i} (${b[i - 1]}) has a counterpart`);
    assert.equal(h[j! - 1]!.trim(), b[i - 1]!.trim(), `base line ${i} maps to identical text`);
    if (b[i - 1]!.trim() !== '') assert.equal(m.changed(j!), false, `head line ${j} is not changed`);
  }
  // The two loop lines, which look alike, are not confused with each other.
  const mixBase = b.findIndex((l) => l.includes('Math.sqrt')) + 1;
  const mixHead = h.findIndex((l) => l.includes('Math.sqrt')) + 1;
  assert.equal(m.toHead(mixBase), mixHead);
  // Only comments and blank lines are changed in head.
  for (const l of m.changedLines()) assert.match(h[l - 1]!, /^\s*(\/\/.*)?$/);
});

test('without sources, lines map by function name and offset, else by number', () => {
  const base = info(null, [{ name: 'work', line: 10, end_line: 20 }]);
  const head = info(null, [{ name: 'work', line: 14, end_line: 24 }]);
  const m = mapLines(base, head);
  assert.equal(m.method, 'function-offset');
  assert.equal(m.toHead(12), 16);
  assert.equal(m.toBase(16), 12);
  const plain = mapLines(info(null), info(null));
  assert.equal(plain.method, 'line-number');
  assert.equal(plain.toHead(7), 7);
});

test('files: same path, renames by content, added and removed', () => {
  const body = Array.from({ length: 30 }, (_, i) => `  const value${i} = compute(${i});`).join('\n');
  const m = matchFiles(
    { 'src/a.js': info('a1\na2\n'), 'src/old.js': info(body), 'src/gone.js': info('function gone() { return 1; }') },
    { 'src/a.js': info('a1\na2\n'), 'lib/new.js': info(body + '\n  extra();'), 'src/fresh.js': info('function fresh() { return 2; }') },
  );
  assert.deepEqual(m.renamed, [{ base: 'src/old.js', head: 'lib/new.js' }]);
  assert.deepEqual(m.added, ['src/fresh.js']);
  assert.deepEqual(m.removed, ['src/gone.js']);
  const renamed = m.pairs.find((p) => p.head === 'lib/new.js')!;
  assert.equal(renamed.base, 'src/old.js');
  assert.deepEqual(renamed.mapping!.changedLines(), [31]);
  assert.equal(m.pairs.length, 4);
});

test('a large file with a few edits maps quickly', () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => `  step_${i}(data[${i % 97}]);`);
  const head = [...lines];
  head.splice(100, 0, '// inserted');
  head.splice(30_000, 1, '  step_changed();');
  const t0 = performance.now();
  const m = mapLines(info(lines.join('\n')), info(head.join('\n')));
  const ms = performance.now() - t0;
  assert.equal(m.toHead(50), 50);
  assert.equal(m.toHead(200), 201);
  assert.equal(m.toHead(40_000), 40_001);
  assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
});
