// The snapshot folder's upkeep (src/cli/snapshot-cache.ts `buildSnapshot`, as the detached
// builder runs it): a snapshot is installed only once node starts from it; a failed build
// leaves its marker and nothing else; the eight most recently used snapshots stay, with
// leftovers of killed builds and old failures removed; the lock is released either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, cliAvailable } from './compare-helpers.js';
import { buildSnapshot } from '../src/cli/snapshot-cache.js';

const bundle = join(ROOT, 'dist', 'cli-snapshot.cjs');
const skip = !cliAvailable() || !existsSync(bundle) ? 'dist/ is not built' : false;
const name = (i: number) => `cli-${i.toString(16).padStart(16, '0')}.blob`;

test('a build installs a checked snapshot and keeps the eight most recently used; stale leftovers go; the lock is released', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-snapcache-'));
  try {
    const day = 24 * 3600;
    const now = Date.now() / 1000;
    // Nine older snapshots, used 1..9 days ago; a killed build's leftover; failures of 2 and 9 days ago;
    for (let i = 1; i <= 9; i++) {
      writeFileSync(join(dir, name(i)), 'old');
      utimesSync(join(dir, name(i)), now - i * day, now - i * day);
    }
    writeFileSync(join(dir, `${name(20)}.4242.tmp`), 'partial');
    utimesSync(join(dir, `${name(20)}.4242.tmp`), now - 3600, now - 3600);
    writeFileSync(join(dir, `${name(21)}.failed`), 'x');
    utimesSync(join(dir, `${name(21)}.failed`), now - 2 * day, now - 2 * day);
    // The lock of a build that never started (its package was removed first), an hour old; a
    // build of another key under way (its lock a minute old).
    writeFileSync(join(dir, `${name(23)}.lock`), '');
    utimesSync(join(dir, `${name(23)}.lock`), now - 3600, now - 3600);
    writeFileSync(join(dir, `${name(24)}.lock`), '');
    utimesSync(join(dir, `${name(24)}.lock`), now - 60, now - 60);
    writeFileSync(join(dir, `${name(22)}.failed`), 'x');
    utimesSync(join(dir, `${name(22)}.failed`), now - 9 * day, now - 9 * day);
    const blob = join(dir, name(0xabc));
    writeFileSync(`${blob}.lock`, '');

    assert.equal(buildSnapshot({ node: process.execPath, blob, bundle, cli: join(ROOT, 'dist', 'cli.js'), env: process.env }), true);
    const left = readdirSync(dir).sort();
    const expected = [name(0xabc), ...[1, 2, 3, 4, 5, 6, 7].map(name), `${name(21)}.failed`, `${name(24)}.lock`].sort();
    assert.deepEqual(left, expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a build that fails leaves its marker, no snapshot and no lock', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-snapcache-'));
  try {
    const blob = join(dir, name(7));
    writeFileSync(`${blob}.lock`, '');
    // A bundle that is not a snapshot entry: node builds nothing from it.
    writeFileSync(join(dir, 'not-an-entry.cjs'), 'throw new Error("no")');
    assert.equal(buildSnapshot({ node: process.execPath, blob, bundle: join(dir, 'not-an-entry.cjs'), cli: join(ROOT, 'dist', 'cli.js'), env: process.env }), false);
    assert.deepEqual(readdirSync(dir).sort(), [`${name(7)}.failed`, 'not-an-entry.cjs']);
    assert.match(readFileSync(`${blob}.failed`, 'utf8'), /the build ended with/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
