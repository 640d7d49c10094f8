// End to end, the multi-job set-ups of docs/ACTION.md, with the built Action against the local
// GitHub stand-in: the fork-safe pair (a pull_request job that only profiles and uploads, then
// a workflow_run job that downloads, checks and comments), a matrix whose shards upload and
// whose merge job alone comments, and a comparison too large for one comment with more
// annotations than a step may make.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip } from '../src/action/zip.js';
import { parseProfile } from '../src/model/validate.js';
import { COMMENT_LIMIT_CHARS } from '../src/action/comment.js';
import { GitHubServer, makeZip, runActionProcess, type ActionRunResult, type FakeRun } from './support/github-server.js';
import { makeProfile } from './compare-helpers.js';
import { pullRequestEvent, pushEvent, workflowRunEvent, type WorkflowRunOptions } from './support/webhooks.js';
import { ROOT } from './support/cli.js';

const BUNDLE = join(ROOT, 'dist', 'action', 'index.js');
const PROGRAMS = join(ROOT, 'test', 'programs', 'action');
const TOKEN = 'ghs_workflowsWriteToken012345';
const FORK_TOKEN = 'ghs_workflowsForkToken0123456';

let server: GitHubServer;
let tmp: string;

before(async () => {
  if (!existsSync(BUNDLE) || !existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
  server = await new GitHubServer().start();
  server.tokens.set(TOKEN, 'write');
  server.tokens.set(FORK_TOKEN, 'read');
  tmp = mkdtempSync(join(tmpdir(), 'sci-action-flows-'));
});

after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

function workspace(version: 'base' | 'head'): string {
  const dir = mkdtempSync(join(tmp, `ws-${version}-`));
  copyFileSync(join(PROGRAMS, version, 'bench.cjs'), join(dir, 'bench.cjs'));
  copyFileSync(join(PROGRAMS, 'shared', 'shard2.cjs'), join(dir, 'shard2.cjs'));
  return dir;
}

function prPayload(number: number, headSha: string, baseSha: string, fork = false) {
  return pullRequestEvent({ action: 'opened', number, headSha, baseSha, headRepo: fork ? 'mallory/demo' : undefined });
}

const pushPayload = (after: string) => pushEvent({ ref: 'refs/heads/main', after });

async function act(run: FakeRun, o: { event: string; payload: Record<string, unknown>; sha: string; ws: string; inputs: Record<string, string>; token?: string }): Promise<ActionRunResult> {
  return runActionProcess({
    bundle: BUNDLE,
    actionYml: join(ROOT, 'action.yml'),
    server,
    run,
    token: o.token ?? TOKEN,
    event: o.event,
    payload: o.payload,
    sha: o.sha,
    ref: o.event === 'push' ? 'refs/heads/main' : o.event === 'workflow_run' ? 'refs/heads/main' : 'refs/pull/1/merge',
    workspace: o.ws,
    inputs: { 'cpu-only': 'true', ...o.inputs },
    runnerDir: join(tmp, 'runner'),
  });
}

function explain(r: ActionRunResult): string {
  return `exit ${r.code}\n${r.stdout.split('\n').filter((l) => !l.startsWith('::debug')).join('\n').slice(-5000)}\n${r.stderr.slice(-2000)}`;
}

test('fork-safe pair: the pull_request job only profiles; the workflow_run job checks the PR and comments', async () => {
  const A = '5'.repeat(40);
  const F = '6'.repeat(40);
  const wf = { workflow: 'perf-pr.yml', workflow_id: 78 };
  // Baseline: the profiling workflow on a push to main.
  const push = server.addRun({ id: 300, head_sha: A, event: 'push', ...wf });
  const r1 = await act(push, { event: 'push', payload: pushPayload(A), sha: A, ws: workspace('base'), inputs: { run: 'node bench.cjs', mode: 'profile-only' } });
  assert.equal(r1.code, 0, explain(r1));
  server.completeRun(300);

  // The fork's pull_request job: read-only token, never comments.
  const prRun = server.addRun({ id: 301, head_sha: F, event: 'pull_request', head_branch: 'feature', head_repository: 'mallory/demo', ...wf });
  const wsPr = workspace('head');
  const r2 = await act(prRun, { event: 'pull_request', payload: prPayload(21, F, A, true), sha: F, ws: wsPr, inputs: { run: 'node bench.cjs', mode: 'profile-only' }, token: FORK_TOKEN });
  assert.equal(r2.code, 0, explain(r2));
  assert.equal(server.calls('POST', /\/issues\/21\/comments$/).length, 0, 'profile-only never comments');
  const art = server.artifacts.find((a) => a.run_id === 301)!;
  const meta = JSON.parse(readZip(art.zip, 'a', { maxEntries: 10, maxEntryBytes: 1e8, maxTotalBytes: 1e8 }).get('scalene-ci-meta.json')!.toString());
  assert.deepEqual(meta.pull_request, { number: 21, head_sha: F, base_ref: 'main', base_sha: A });
  server.completeRun(301);

  // The privileged workflow_run job: downloads run 301's artifact, verifies PR #21, compares, comments.
  server.pulls.push({ number: 21, head: { sha: F, ref: 'feature', repo: { full_name: 'mallory/demo' } }, base: { sha: A, ref: 'main', repo: { full_name: 'octo/demo' } } });
  server.mergeBases.set(`main...${F}`, A);
  const cmp = server.addRun({ id: 302, head_sha: '7'.repeat(40), event: 'workflow_run', workflow: 'perf-compare.yml', workflow_id: 79 });
  const wsCmp = mkdtempSync(join(tmp, 'ws-compare-'));
  // A fork's run: GitHub lists no pull requests for it, and head_repository is the fork.
  const wrPayload: WorkflowRunOptions = { id: 301, workflowId: 78, headSha: F, headBranch: 'feature', event: 'pull_request', conclusion: 'success', headRepo: 'mallory/demo', pullRequests: [] };
  const r3 = await act(cmp, { event: 'workflow_run', payload: workflowRunEvent(wrPayload), sha: '7'.repeat(40), ws: wsCmp, inputs: { mode: 'compare-only' } });
  assert.equal(r3.code, 0, explain(r3));
  assert.deepEqual(readdirSync(wsCmp), [], 'no benchmark ran in the privileged job');
  assert.ok(server.calls('GET', /\/actions\/workflows\/78\/runs$/).length > 0, "baselines come from the profiling workflow's runs");
  const comments = server.comments.filter((c) => c.issue_number === 21);
  assert.equal(comments.length, 1, explain(r3));
  assert.match(comments[0]!.body, /regression/i);
  assert.ok(comments[0]!.body.includes(`/blob/${F}/bench.cjs#L18`), comments[0]!.body);
  // Annotations go to the PR's commit through a check run (this job's commit is main's).
  const cr = server.checkRuns.find((c) => c.head_sha === F);
  assert.ok(cr && cr.annotations.length >= 1, 'check run on the PR head');
  assert.equal(server.artifacts.filter((a) => a.run_id === 302).length, 0, 'the compare job uploads nothing');
  assert.match(r3.summary, /regression/i);

  // A later run whose artifact names PR #21 but built another commit: no comment on #21.
  const G = '8'.repeat(40);
  const prRun2 = server.addRun({ id: 303, head_sha: G, event: 'pull_request', head_branch: 'other', head_repository: 'mallory/demo', ...wf });
  const r4 = await act(prRun2, { event: 'pull_request', payload: prPayload(21, G, A, true), sha: G, ws: workspace('head'), inputs: { run: 'node bench.cjs', mode: 'profile-only' }, token: FORK_TOKEN });
  assert.equal(r4.code, 0, explain(r4));
  server.completeRun(303);
  const cmp2 = server.addRun({ id: 304, head_sha: '7'.repeat(40), event: 'workflow_run', workflow: 'perf-compare.yml', workflow_id: 79 });
  const r5 = await act(cmp2, { event: 'workflow_run', payload: workflowRunEvent({ ...wrPayload, id: 303, headSha: G, headBranch: 'other' }), sha: '7'.repeat(40), ws: wsCmp, inputs: { mode: 'compare-only' } });
  assert.equal(r5.code, 0, explain(r5));
  assert.match(r5.stdout, /::warning::Pull request #21 has head 6666666, but the profiled run built 8888888: not commenting/);
  assert.equal(server.calls('PATCH', /\/issues\/comments\/\d+$/).length, 0, 'the comment on #21 was not touched');
});

test('workflow_run: an artifact that fails validation stops the job with one clear line', async () => {
  const H = '9'.repeat(40);
  server.addRun({ id: 310, head_sha: H, event: 'pull_request', workflow: 'perf-pr.yml', workflow_id: 78 });
  server.completeRun(310);
  const meta = { schema: 'scalene-ci/action-artifact@1', event: 'pull_request', sha: H, run_id: 310, pull_request: { number: 22, head_sha: H, base_ref: 'main', base_sha: '' }, working_directory: '', profiler: 'scalene-ci', profiles: ['profile.json'] };
  server.addArtifact({ name: 'scalene-ci', run_id: 310, zip: makeZip({ 'scalene-ci-meta.json': JSON.stringify(meta), 'profiles/profile.json': JSON.stringify({ schema: 'scalene-ci/profile@1', meta: { runs: 0 } }) }) });
  const cmp = server.addRun({ id: 311, head_sha: '7'.repeat(40), event: 'workflow_run', workflow: 'perf-compare.yml', workflow_id: 79 });
  const r = await act(cmp, { event: 'workflow_run', payload: workflowRunEvent({ id: 310, workflowId: 78, headSha: H, headBranch: 'main', event: 'pull_request', conclusion: 'success' }), sha: '7'.repeat(40), ws: mkdtempSync(join(tmp, 'ws-bad-')), inputs: { mode: 'compare-only' } });
  assert.equal(r.code, 2, explain(r));
  assert.match(r.stdout, /::error::artifact 'scalene-ci': profiles\/profile\.json: meta\.runs: expected ≥ 1, got 0/);
  assert.equal(server.comments.filter((c) => c.issue_number === 22).length, 0);
});

test('matrix: shards upload one artifact each; only the merge job compares and comments', async () => {
  const A = 'a1'.repeat(20);
  const B = 'b1'.repeat(20);
  const shardInputs = (n: number) => ({ run: n === 1 ? 'node bench.cjs' : 'node shard2.cjs', mode: 'profile-only', 'artifact-name': `perf-shard-${n}` });
  const mergeInputs = { mode: 'compare-only', 'shard-artifacts': 'perf-shard-*' };
  // On main: two shards and the merge job, all in run 390.
  const push = server.addRun({ id: 390, head_sha: A, event: 'push', workflow: 'matrix.yml', workflow_id: 90 });
  for (const n of [1, 2]) {
    const r = await act(push, { event: 'push', payload: pushPayload(A), sha: A, ws: workspace('base'), inputs: shardInputs(n) });
    assert.equal(r.code, 0, explain(r));
  }
  const rm = await act(push, { event: 'push', payload: pushPayload(A), sha: A, ws: mkdtempSync(join(tmp, 'ws-merge-')), inputs: mergeInputs });
  assert.equal(rm.code, 0, explain(rm));
  const merged = server.artifacts.find((a) => a.run_id === 390 && a.name === 'scalene-ci')!;
  const profile = parseProfile(readZip(merged.zip, 'm', { maxEntries: 10, maxEntryBytes: 1e8, maxTotalBytes: 1e8 }).get('profiles/profile.json')!.toString(), 'merged');
  assert.deepEqual(Object.keys(profile.files).sort(), ['bench.cjs', 'shard2.cjs'], 'the merged profile holds both shards');
  server.completeRun(390);

  // The PR: same matrix; shard 1 regressed.
  server.mergeBases.set(`main...${B}`, A);
  const pr = server.addRun({ id: 400, head_sha: B, event: 'pull_request', head_branch: 'feature', workflow: 'matrix.yml', workflow_id: 90 });
  for (const n of [1, 2]) {
    const r = await act(pr, { event: 'pull_request', payload: prPayload(31, B, A), sha: B, ws: workspace('head'), inputs: shardInputs(n) });
    assert.equal(r.code, 0, explain(r));
  }
  assert.equal(server.calls('POST', /\/issues\/31\/comments$/).length, 0, 'shards never comment');
  const r = await act(pr, { event: 'pull_request', payload: prPayload(31, B, A), sha: B, ws: mkdtempSync(join(tmp, 'ws-merge-')), inputs: mergeInputs });
  assert.equal(r.code, 0, explain(r));
  assert.match(r.stdout, /Downloading 2 artifact\(s\) of run 400: perf-shard-1, perf-shard-2/);
  const comments = server.comments.filter((c) => c.issue_number === 31);
  assert.equal(comments.length, 1);
  assert.match(comments[0]!.body, /bench\\\.cjs:18/);
  assert.doesNotMatch(comments[0]!.body, /shard2\\\.cjs:\d+\]/, 'the unchanged shard has no finding');
  assert.match(comments[0]!.body, /2 shards merged/);
});

test('a comparison too big for one comment: cut under 65,536 characters with a note; annotations via a check run in batches of 50', async () => {
  const lines = 3000;
  const source = Array.from({ length: lines }, (_, i) => `  step_${i + 1}(); // ${'x'.repeat(40)}`).join('\n') + '\n';
  const side = (slowLines: number, slow_s: number) =>
    makeProfile({
      files: {
        'src/big.js': { source, lines: Array.from({ length: lines }, (_, i) => ({ line: i + 1, cpu_js_s: i < slowLines ? slow_s : 0.01 })) },
        'src/core.js': { source: 'core();\n', lines: [{ line: 1, cpu_js_s: 60 }] },
      },
    });
  const zipOf = (p: unknown, sha: string, runId: number) =>
    makeZip({
      'scalene-ci-meta.json': JSON.stringify({ schema: 'scalene-ci/action-artifact@1', event: 'push', sha, run_id: runId, pull_request: null, working_directory: '', profiler: 'scalene-ci', profiles: ['profile.json'] }),
      'profiles/profile.json': JSON.stringify(p),
    });
  const A = 'c1'.repeat(20);
  const B = 'd1'.repeat(20);
  server.addRun({ id: 490, head_sha: A, event: 'push', workflow: 'big.yml', workflow_id: 95 });
  server.completeRun(490);
  server.addArtifact({ name: 'scalene-ci', run_id: 490, zip: zipOf(side(0, 0.01), A, 490) });
  server.mergeBases.set(`main...${B}`, A);
  const pr = server.addRun({ id: 500, head_sha: B, event: 'pull_request', head_branch: 'feature', workflow: 'big.yml', workflow_id: 95 });
  // The head "shard" as a profiling job of this run would have uploaded it.
  server.addArtifact({ name: 'big-shard-1', run_id: 500, zip: zipOf(side(1500, 0.05), B, 500) });
  const ws = mkdtempSync(join(tmp, 'ws-big-'));
  writeFileSync(join(ws, '.scalene-ci.yml'), 'thresholds:\n  cpu:\n    min_share_points: 0\n');
  const r = await act(pr, { event: 'pull_request', payload: prPayload(41, B, A), sha: B, ws, inputs: { mode: 'compare-only', 'shard-artifacts': 'big-shard-*', config: '.scalene-ci.yml' } });
  assert.equal(r.code, 0, explain(r));
  assert.equal(Number(r.outputs.regressions), 1500, JSON.stringify(r.outputs));
  const c = server.comments.filter((x) => x.issue_number === 41);
  assert.equal(c.length, 1);
  assert.ok(c[0]!.body.length <= COMMENT_LIMIT_CHARS, `${c[0]!.body.length}`);
  assert.match(c[0]!.body, /less significant findings? omitted to fit the comment/);
  assert.ok(r.summary.length > c[0]!.body.length, 'the job summary has room for more');
  const cr = server.checkRuns.find((x) => x.head_sha === B)!;
  assert.ok(cr, 'more than 10 annotations go to a check run');
  assert.equal(cr.annotations.length, 500, 'capped at the 500 most significant');
  assert.deepEqual(cr.batches, Array(10).fill(50));
  assert.doesNotMatch(r.stdout, /::warning title=/, 'no step annotations besides');
});

test("every request the Action sent and every response it got conforms to GitHub's REST description", () => {
  assert.deepEqual([...new Set(server.violations)], [], server.api.source);
});
