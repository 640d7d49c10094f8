// `entryScript`: the file a `node …` command runs, which `scalene-ci run` analyses while the
// command runs (src/cli/run.ts). A wrong answer only costs a wasted parse or a late one, but
// it must never name a file the command does not run as its main script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryScript } from '../src/cli/run.js';

test('entryScript: the main script of node commands, past node\'s own options; null for anything else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-entry-'));
  try {
    mkdirSync(join(dir, 'src'));
    for (const f of ['a.js', 'b.mjs', 'c.cjs', 'src/d.js', 'e.ts', 'pre.js']) writeFileSync(join(dir, f), '1;\n');
    symlinkSync(join(dir, 'src', 'd.js'), join(dir, 'link.js'));
    const at = (...command: string[]) => entryScript(command, dir);
    assert.equal(at('node', 'a.js'), join(dir, 'a.js'));
    assert.equal(at('/usr/local/bin/node', 'b.mjs', 'x', '--flag'), join(dir, 'b.mjs'));
    assert.equal(at('node22', '--max-old-space-size=4096', '-r', 'pre.js', '--import', 'tsx', 'c.cjs'), join(dir, 'c.cjs'));
    assert.equal(at('node', '--', 'src/d.js'), join(dir, 'src', 'd.js'));
    assert.equal(at('node', join(dir, 'a.js')), join(dir, 'a.js'), 'an absolute path');
    assert.equal(at('node', 'link.js'), join(dir, 'src', 'd.js'), 'by its real path, as node runs it');
    assert.equal(at('node', '-e', 'require("./a.js")'), null);
    assert.equal(at('node', '-p', '1'), null);
    assert.equal(at('node', 'e.ts'), null, 'TypeScript comes with source maps at the exit');
    assert.equal(at('node', 'missing.js'), null);
    assert.equal(at('node', 'script'), null, 'no extension: not known to be JavaScript');
    assert.equal(at('node'), null);
    assert.equal(at('npx', 'tsx', 'a.js'), null, 'not node itself');
    assert.equal(at('nodemon', 'a.js'), null);
    assert.equal(at(), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
