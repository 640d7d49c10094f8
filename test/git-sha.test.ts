// The commit a run records is read from .git (no git process): it must agree with
// `git rev-parse HEAD` on a branch, detached, after `git pack-refs`, in a worktree, in a
// subfolder, and be null outside a repository or on an unborn branch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGitSha } from '../src/cli/git.js';
import { readProfile, runCli } from './support/cli.js';

const hasGit = spawnSync('git', ['--version']).status === 0;

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

test('the commit is read from .git as git itself reads it', { skip: hasGit ? false : 'git is not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-git-'));
  try {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'src', 'deep'), { recursive: true });
    git(repo, 'init', '-q');
    assert.equal(readGitSha(repo), null, 'unborn branch');
    writeFileSync(join(repo, 'a.txt'), '1');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    assert.equal(readGitSha(repo), git(repo, 'rev-parse', 'HEAD'));
    assert.equal(readGitSha(join(repo, 'src', 'deep')), git(repo, 'rev-parse', 'HEAD'), 'from a subfolder');
    writeFileSync(join(repo, 'a.txt'), '2');
    git(repo, 'commit', '-qam', 'two');
    git(repo, 'pack-refs', '--all');
    assert.equal(readGitSha(repo), git(repo, 'rev-parse', 'HEAD'), 'packed refs');
    const first = git(repo, 'rev-parse', 'HEAD~1');
    git(repo, 'checkout', '-q', '--detach', first);
    assert.equal(readGitSha(repo), first, 'detached HEAD (actions/checkout of a pull request)');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'worktree', 'add', '-q', join(dir, 'wt'), '-b', 'side');
    writeFileSync(join(dir, 'wt', 'a.txt'), '3');
    git(join(dir, 'wt'), 'commit', '-qam', 'three');
    assert.equal(readGitSha(join(dir, 'wt')), git(join(dir, 'wt'), 'rev-parse', 'HEAD'), 'a worktree (.git is a file)');
    assert.notEqual(readGitSha(join(dir, 'wt')), readGitSha(repo));
    assert.equal(readGitSha(dir), null, 'outside a repository');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a run records the commit of the repository it runs in', { skip: hasGit ? false : 'git is not installed' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-git-'));
  try {
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'prog.js'), 'let s = 0; for (let i = 0; i < 1e6; i++) s += i;\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    const r = await runCli(['run', '--cpu-only', '--no-report', '--json-out', join(dir, 'p.json'), '--', process.execPath, 'prog.js'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readProfile(join(dir, 'p.json')).meta.git_sha, git(dir, 'rev-parse', 'HEAD'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
