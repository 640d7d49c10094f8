// Markdown report: the right lines, in order, with the figures of the profile, tables that
// keep their shape, and hostile names, source and pipes/backticks escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderProfileMarkdown } from '../src/report/markdown.js';
import { totalSeconds, type Profile } from '../src/model/profile.js';
import { formatSeconds } from '../src/compare/format.js';
import { HOSTILE_FILE, SCALENE_FIXTURES, hostileProfile, scaleneProfile } from './import-fixtures.js';

/** Cells of a table row, split on pipes that are not escaped. */
const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());

/** Every table in `md`: header cells and body rows. */
function tables(md: string): Array<{ header: string[]; rows: string[][] }> {
  const out: Array<{ header: string[]; rows: string[][] }> = [];
  const lines = md.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\| :?-{3}/.test(lines[i + 1]!)) continue;
    const t = { header: cells(lines[i]!), rows: [] as string[][] };
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) t.rows.push(cells(lines[j]!));
    out.push(t);
    i += 1 + t.rows.length;
  }
  return out;
}

/** `md` without its code spans. */
const outsideCode = (md: string) => md.replace(/`[^`\n]*`/g, '');

function checkShape(md: string, what: string): void {
  for (const t of tables(md)) for (const r of t.rows) assert.equal(r.length, t.header.length, `${what}: row ${JSON.stringify(r)} vs header ${JSON.stringify(t.header)}`);
  // The only HTML outside code spans (which GitHub shows literally) is our own <details>
  // block: GitHub renders raw HTML in Markdown.
  assert.deepEqual([...new Set(outsideCode(md).match(/<\/?[a-z][^>]*>/gi) ?? [])].sort(), md.includes('<details>') ? ['</details>', '</summary>', '<details>', '<summary>'] : []);
}

test('hottest lines and functions, in order, with the profile\'s figures', () => {
  const p = scaleneProfile('cpu.scalene.json');
  const md = renderProfileMarkdown(p);
  checkShape(md, 'cpu');
  const [lines, fns] = tables(md);
  assert.ok(lines && fns);
  assert.deepEqual(lines.header, ['Line', 'Function', 'Time', 'Share', 'JS', 'native', 'system', 'Alloc', 'Peak', 'Copy', 'Notes', 'Source']);
  const expected = p.files['cpu.py']!.lines.filter((l) => totalSeconds(l) > 0).sort((a, b) => totalSeconds(b) - totalSeconds(a));
  assert.deepEqual(lines.rows.map((r) => r[0]), expected.map((l) => `cpu\\.py:${l.line}`));
  const top = lines.rows[0]!;
  assert.equal(top[1], 'python\\_work');
  assert.equal(top[2], formatSeconds(totalSeconds(expected[0]!)));
  assert.equal(top[10], 'hottest');
  assert.equal(top[11], '`for i in range(n): total += i * i  # pure-Python loop (Python time)`');
  assert.deepEqual(fns.rows.map((r) => r[0]), ['python\\_work', 'native\\_work', 'system\\_work', 'main']);
  assert.equal(fns.rows[0]![1], 'cpu\\.py:6–9');
  assert.match(md, /\*\*Not in this profile:\*\* no garbage\\-collection time/);
  assert.match(md, /<details><summary>Notes on this profile<\/summary>/);
});

test('columns follow what the profile has; --top limits the rows', () => {
  const only = renderProfileMarkdown(scaleneProfile('cpu.cpu-only.scalene.json'), { topLines: 2, topFunctions: 1 });
  const [lines, fns] = tables(only);
  assert.ok(!lines!.header.includes('Alloc'), 'no memory columns in a CPU-only profile');
  assert.equal(lines!.rows.length, 2);
  assert.equal(fns!.rows.length, 1);
  const mem = renderProfileMarkdown(scaleneProfile('mem.scalene.json'));
  const leakRow = tables(mem)[0]!.rows.find((r) => r[0] === 'mem\\.py:11')!;
  assert.match(leakRow[leakRow.length - 2]!, /^likely leak \(98 %, 104\.2 MiB\/s\)$/);
  for (const name of SCALENE_FIXTURES) checkShape(renderProfileMarkdown(scaleneProfile(name)), name);
});

test('a profile with allocations but no time lists lines by bytes', () => {
  const p: Profile = structuredClone(scaleneProfile('mem.no-stacks.scalene.json'));
  p.meta.missing = [...p.meta.missing, 'cpu'];
  for (const l of p.files['mem.py']!.lines) Object.assign(l, { cpu_js_s: 0, cpu_native_s: 0, system_s: 0 });
  const md = renderProfileMarkdown(p);
  const [lines] = tables(md);
  assert.ok(!lines!.header.includes('Time'));
  assert.deepEqual(lines!.rows.map((r) => r[0]).slice(0, 3), ['mem\\.py:15', 'mem\\.py:7', 'mem\\.py:11']);
});

test('hostile file names, function names, source, pipes and backticks are escaped', () => {
  const md = renderProfileMarkdown(hostileProfile());
  checkShape(md, 'hostile');
  assert.doesNotMatch(outsideCode(md), /<script|<img|<b>/i);
  const [lines, fns] = tables(md);
  const top = lines!.rows[0]!;
  assert.equal(top[0], '&lt;script\\>window\\.\\_\\_pwned=1&lt;/script\\>\\|\\`evil\\`\\|\\.py:8');
  assert.ok(top[1]!.startsWith('&lt;img src=x onerror=&quot;window\\.\\_\\_pwned=2&quot;\\>\\|fn\\`x\\`'), top[1]);
  // Source stays a code span: backticks cannot end it, pipes cannot end the cell.
  const src = top[top.length - 1]!;
  assert.equal(src, '`x = "</script><script>window.__pwned=3</script>" \\| ˋrm -rfˋ # <b>bold</b> **not bold** [link](http://example.com)`');
  assert.equal((src.match(/`/g) ?? []).length, 2);
  assert.ok(fns!.rows.every((r) => r[1]!.startsWith('&lt;script\\>')));
  assert.match(md.split('\n')[0]!, /^## scalene-ci profile: `<script>window\.__pwned=4<\/script>`$/);
  assert.ok(HOSTILE_FILE.includes('|'));
});
