// What `run` says on stderr while profiling: the suspend hint only where a person can use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI, cliAvailable, tempDir } from './compare-helpers.js';

const skip = cliAvailable() ? false : 'dist/cli.js is not built (npm run build)';

test('the suspend hint is printed at a shell, not in CI (GITHUB_ACTIONS or CI set)', { skip }, () => {
  const dir = tempDir();
  const run = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [CLI, 'run', '--cpu-only', '--no-report', '--json-out', join(dir, 'p.json'), '--', process.execPath, '-e', '1'], { cwd: dir, encoding: 'utf8', env });
  const shell: NodeJS.ProcessEnv = { ...process.env };
  delete shell.CI;
  delete shell.GITHUB_ACTIONS;
  const atShell = run(shell);
  assert.equal(atShell.status, 0, atShell.stderr);
  assert.match(atShell.stderr, /suspend with `scalene-ci profile --off --pid \d+`/);
  for (const ci of [{ CI: 'true' }, { GITHUB_ACTIONS: 'true' }]) {
    const r = run({ ...shell, ...ci });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^scalene-ci: profiling "/m);
    assert.doesNotMatch(r.stderr, /suspend with/);
  }
});
