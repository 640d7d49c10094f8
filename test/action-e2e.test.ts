// End to end: the built Action (dist/action/index.js) run as the runner runs it, against the
// local GitHub stand-in, profiling a real benchmark with the real CLI. A push run uploads the
// baseline; pull request runs find it, compare, comment once and update that comment, write
// the summary, annotate, and fail only when asked to. Failure paths: no baseline, an expired
// artifact, a fork's read-only token (403), API 5xx (retried), and a same-runner baseline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from '../src/action/zip.js';
import { parseProfile } from '../src/model/validate.js';
import { GitHubServer, runActionProcess, type ActionRunResult, type FakeRun } from './support/github-server.js';
import { pullRequestEvent, pushEvent } from './support/webhooks.js';
import { ROOT } from './support/cli.js';
import type { DiffResult } from '../src/compare/types.js';
const CLI_PATH = join(ROOT, 'dist', 'cli.js');

const BUNDLE = join(ROOT, 'dist', 'action', 'index.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const PROGRAMS = join(ROOT, 'test', 'programs', 'action');
const TOKEN = 'ghs_e2eWriteToken0123456789';
const FORK_TOKEN = 'ghs_e2eForkReadOnly0123456';
const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

let server: GitHubServer;
let tmp: string;

before(async () => {
  // The Action bundle and the CLI it spawns must be built (npm test builds first).
  if (!existsSync(BUNDLE) || !existsSync(CLI)) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
  server = await new GitHubServer().start();
  server.tokens.set(TOKEN, 'write');
  server.tokens.set(FORK_TOKEN, 'read');
  tmp = mkdtempSync(join(tmpdir(), 'sci-action-e2e-'));
});

after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A checkout of one version of the benchmark. */
function workspace(version: 'base' | 'head'): string {
  const dir = mkdtempSync(join(tmp, `ws-${version}-`));
  copyFileSync(join(PROGRAMS, version, 'bench.cjs'), join(dir, 'bench.cjs'));
  return dir;
}

function prPayload(number: number, headSha: string, baseRef: string, baseSha: string, fork = false) {
  return pullRequestEvent({ action: 'synchronize', number, headSha, baseRef, baseSha, headRepo: fork ? 'mallory/demo' : undefined });
}

async function act(run: FakeRun, opts: { event: string; payload: Record<string, unknown>; sha: string; ref: string; workspace: string; inputs: Record<string, string>; token?: string; pathPrefix?: string; env?: Record<string, string> }): Promise<ActionRunResult> {
  const res = await runActionProcess({
    bundle: BUNDLE,
    actionYml: join(ROOT, 'action.yml'),
    server,
    run,
    token: opts.token ?? TOKEN,
    event: opts.event,
    payload: opts.payload,
    sha: opts.sha,
    ref: opts.ref,
    workspace: opts.workspace,
    inputs: { run: 'node bench.cjs', 'cpu-only': 'true', ...opts.inputs },
    runnerDir: join(tmp, 'runner'),
    extraEnv: { NPM_TOKEN: 'npm_secretvalue_0123456789', NODE_AUTH_TOKEN: 'node_auth_secret_0123456789', ...opts.env },
    pathPrefix: opts.pathPrefix,
  });
  return res;
}

function assertNoSecretReachedBenchmark(ws: string, res: ActionRunResult): void {
  const envFile = join(ws, 'benchmark-env.json');
  assert.ok(existsSync(envFile), 'the benchmark ran and wrote its environment');
  const text = readFileSync(envFile, 'utf8');
  for (const secret of res.secrets) assert.ok(!text.includes(secret), `the benchmark saw a secret (${secret.slice(0, 8)}…)`);
  const env = JSON.parse(text) as Record<string, string>;
  for (const name of Object.keys(env)) assert.ok(!/^(INPUT_|ACTIONS_)|TOKEN/.test(name), `the benchmark saw ${name}`);
  assert.ok(env.PATH && env.GITHUB_SHA, 'the allowlisted variables are there');
}

function zipOf(runId: number, name = 'scalene-ci'): Map<string, Buffer> {
  const art = server.artifacts.find((a) => a.run_id === runId && a.name === name);
  assert.ok(art, `run ${runId} uploaded artifact '${name}'`);
  return readZip(art.zip, name, { maxEntries: 50, maxEntryBytes: 1e8, maxTotalBytes: 1e8 });
}

function explain(res: ActionRunResult): string {
  return `exit ${res.code}\n--- stdout\n${res.stdout.slice(-6000)}\n--- stderr\n${res.stderr.slice(-3000)}`;
}

test('push uploads the baseline; a PR finds it, comments once, updates that comment, and fails only when asked', async () => {
  // 1. Push to main: profile and upload.
  const push = server.addRun({ id: 100, head_sha: SHA_A, event: 'push', head_branch: 'main' });
  const wsBase = workspace('base');
  const r1 = await act(push, { event: 'push', payload: pushEvent({ ref: 'refs/heads/main', after: SHA_A }), sha: SHA_A, ref: 'refs/heads/main', workspace: wsBase, inputs: {} });
  assert.equal(r1.code, 0, explain(r1));
  assertNoSecretReachedBenchmark(wsBase, r1);
  const entries = zipOf(100);
  const profile = parseProfile(entries.get('profiles/profile.json')!.toString(), 'uploaded');
  assert.ok(profile.files['bench.cjs'], 'the uploaded profile covers the benchmark');
  assert.deepEqual(profile.meta.command, ['node bench.cjs'], "the user's command, not the bash -c wrapper");
  assert.equal(JSON.parse(entries.get('scalene-ci-meta.json')!.toString()).sha, SHA_A);
  assert.ok(entries.get('report.md')!.toString().includes('Hottest lines'));
  assert.match(r1.summary, /No comparison/);
  assert.equal(r1.outputs.regressions, '0');
  assert.ok(existsSync(r1.outputs.profile!), 'output profile is a file');
  server.completeRun(100);

  // 2. The PR: head renders 10x more rows. Baseline at the merge base; fail on regression.
  server.mergeBases.set(`main...${SHA_B}`, SHA_A);
  const pr1 = server.addRun({ id: 101, head_sha: SHA_B, event: 'pull_request', head_branch: 'feature' });
  const wsHead = workspace('head');
  const r2 = await act(pr1, { event: 'pull_request', payload: prPayload(5, SHA_B, 'main', SHA_A), sha: 'c'.repeat(40), ref: 'refs/pull/5/merge', workspace: wsHead, inputs: { 'fail-on-regression': 'true' } });
  assert.equal(r2.code, 1, `a regression fails the step when fail-on-regression is on\n${explain(r2)}\n--- base summary\n${r1.summary}\n--- head summary\n${r2.summary}`);
  assert.match(r2.stdout, /::error::\d+ performance regressions? \(fail-on-regression is on\)/);
  assertNoSecretReachedBenchmark(wsHead, r2);
  const baselineArtifact = server.artifacts.find((a) => a.run_id === 100)!;
  assert.equal(server.calls('GET', new RegExp(`/actions/artifacts/${baselineArtifact.id}/zip$`)).length, 1, 'baseline downloaded through the REST API');
  assert.equal(server.calls('GET', new RegExp(`/blob/download/${baselineArtifact.id}\\.zip$`)).length, 1, 'and from the signed URL');
  assert.ok(server.calls('GET', /\/actions\/workflows\/perf\.yml\/runs$/).some((r) => r.query.head_sha === SHA_A), 'looked for the run at the merge base');
  // Drill-down: the artifact carries the HTML reports, a speedscope file and the baseline, and
  // the comment's command reproduces the comparison from it.
  const headZip = zipOf(101);
  for (const name of ['report.html', 'diff.html', 'profile.speedscope.json', 'baseline/profile.json']) assert.ok(headZip.has(name), `artifact has ${name}`);
  assert.match(headZip.get('diff.html')!.toString(), /^<!doctype html>/i);
  assert.equal(JSON.parse(headZip.get('profile.speedscope.json')!.toString()).$schema, 'https://www.speedscope.app/file-format-schema.json');
  const unpacked = mkdtempSync(join(tmpdir(), 'scalene-ci-drill-'));
  for (const [name, buf] of headZip) {
    mkdirSync(dirname(join(unpacked, 'scalene-ci', name)), { recursive: true });
    writeFileSync(join(unpacked, 'scalene-ci', name), buf);
  }
  const again = spawnSync(process.execPath, [CLI_PATH, 'compare', 'scalene-ci/baseline', 'scalene-ci/profiles', '--format', 'json'], { cwd: unpacked, encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  assert.ok((JSON.parse(again.stdout) as DiffResult).findings.some((f) => f.file === 'bench.cjs' && f.line === 18 && !f.improvement), 'the reproduced comparison finds line 18');
  rmSync(unpacked, { recursive: true, force: true });
  const comments = server.comments.filter((c) => c.issue_number === 5);
  assert.equal(comments.length, 1);
  const body = comments[0]!.body;
  assert.ok(body.startsWith('<!-- scalene-ci:scalene-ci -->'));
  assert.match(body, /regression/i);
  // The renderRows loop (line 18) got slower; its row links to the head commit's line.
  assert.ok(body.includes(`https://github.com/octo/demo/blob/${SHA_B}/bench.cjs#L18`), body);
  // Line 18 is unchanged: the PR changed the call on line 27, and the comment says so.
  assert.match(body, /bench\\\.cjs:18\) is [\d.]+× slower .*; called from changed line 27\./, body);
  assert.match(body, /Baseline: artifact of \[run 100\]/);
  assert.match(body, /Drill down: \[artifact `scalene-ci`\]\(https:\/\/github\.com\/octo\/demo\/actions\/runs\/101\/artifacts\/\d+\) \(HTML report, diff view, speedscope file, profiles\) · \[job summary\]/);
  assert.ok(body.includes('`gh run download 101 -R octo/demo -n scalene-ci -D scalene-ci && npx scalene-ci compare scalene-ci/baseline scalene-ci/profiles`'), body);
  assert.ok(Number(r2.outputs.regressions) >= 1, JSON.stringify(r2.outputs));
  assert.equal(r2.outputs.verdict, 'regression');
  assert.match(r2.outputs['comment-url']!, /#issuecomment-\d+$/);
  assert.ok(r2.summary.includes('bench.cjs') && /regression/i.test(r2.summary), 'summary written');
  assert.match(r2.stdout, /::error title=scalene-ci[^,]*,file=bench\.cjs,line=18/, 'annotation on the regressed line');
  server.completeRun(101, 'failure');

  // 3. Another push to the PR: the same comment is updated, not duplicated.
  const pr2 = server.addRun({ id: 102, head_sha: SHA_B, event: 'pull_request', head_branch: 'feature' });
  const wsHead2 = workspace('head');
  const r3 = await act(pr2, { event: 'pull_request', payload: prPayload(5, SHA_B, 'main', SHA_A), sha: 'c'.repeat(40), ref: 'refs/pull/5/merge', workspace: wsHead2, inputs: {} });
  assert.equal(r3.code, 0, `no failure without fail-on-regression\n${explain(r3)}`);
  assert.equal(server.comments.filter((c) => c.issue_number === 5).length, 1, 'one sticky comment');
  assert.equal(server.calls('PATCH', /\/issues\/comments\/\d+$/).length, 1, 'updated once');
  assert.equal(server.calls('POST', /\/issues\/5\/comments$/).length, 1, 'created once');
  assert.equal(r3.outputs['comment-url'], r2.outputs['comment-url']);
  assert.match(r3.stdout, /::warning title=scalene-ci[^,]*,file=bench\.cjs,line=18/, 'warnings when not failing');
});

// docs/ACTION.md's example workflow, as written there: the full profile (no `cpu-only`),
// `repeat: 3`, `fail-on-regression: true`. Identical code must pass the step; the changed
// renderRows must fail it, flagged on its line; and the profiles hold the three runs each.
// Then the same with `cpu-only: true`, the input a user sets for the cheaper profile.
for (const cpuOnly of [false, true]) {
  test(`the documented workflow: repeat: 3${cpuOnly ? ', cpu-only: true' : ' (full profile)'}; identical code passes, the change fails on its line`, async () => {
    const tag = cpuOnly ? '9' : '8';
    const baseSha = tag.repeat(40);
    const branch = `docs-${tag}`;
    const inputs = { repeat: '3', 'fail-on-regression': 'true', 'cpu-only': String(cpuOnly) };
    const id = cpuOnly ? 190 : 180;
    const push = server.addRun({ id, head_sha: baseSha, event: 'push', head_branch: branch });
    const wsBase = workspace('base');
    const r1 = await act(push, { event: 'push', payload: pushEvent({ ref: `refs/heads/${branch}`, after: baseSha }), sha: baseSha, ref: `refs/heads/${branch}`, workspace: wsBase, inputs });
    assert.equal(r1.code, 0, explain(r1));
    assert.match(r1.stdout, /scalene-ci \(3 runs\)/);
    const profile = parseProfile(zipOf(id).get('profiles/profile.json')!.toString(), 'uploaded');
    assert.equal(profile.meta.runs, 3, 'one profile holding the three runs');
    assert.equal(profile.totals.per_run?.elapsed_s?.length, 3);
    assert.equal(profile.meta.mode, cpuOnly ? 'cpu' : 'full');
    const bench = profile.files['bench.cjs'];
    assert.ok(bench, 'the uploaded profile covers the benchmark');
    const memory = bench.lines.some((l) => (l.alloc_js_bytes ?? 0) > 0);
    assert.equal(memory, !cpuOnly, cpuOnly ? 'cpu-only: no memory figures' : 'the full profile measured memory');
    server.completeRun(id);

    // A pull request that changes nothing the benchmark runs: the step passes.
    const same = server.addRun({ id: id + 1, head_sha: `${tag}e`.repeat(20), event: 'pull_request', head_branch: `same-${tag}` });
    server.mergeBases.set(`${branch}...${`${tag}e`.repeat(20)}`, baseSha);
    const rSame = await act(same, { event: 'pull_request', payload: prPayload(id + 1, `${tag}e`.repeat(20), branch, baseSha), sha: `${tag}c`.repeat(20), ref: `refs/pull/${id + 1}/merge`, workspace: workspace('base'), inputs });
    assert.equal(rSame.code, 0, `identical code must not fail the step\n${explain(rSame)}\n--- summary\n${rSame.summary}`);
    assert.equal(rSame.outputs.regressions, '0', rSame.summary);
    assert.notEqual(rSame.outputs.verdict, 'regression');
    assert.match(rSame.summary, new RegExp(`Baseline: artifact of \\[run ${id}\\]`));

    // The change: renderRows (line 18) does 10x the work; the step fails on that line.
    const changed = server.addRun({ id: id + 2, head_sha: `${tag}d`.repeat(20), event: 'pull_request', head_branch: `change-${tag}` });
    server.mergeBases.set(`${branch}...${`${tag}d`.repeat(20)}`, baseSha);
    const rChange = await act(changed, { event: 'pull_request', payload: prPayload(id + 2, `${tag}d`.repeat(20), branch, baseSha), sha: `${tag}f`.repeat(20), ref: `refs/pull/${id + 2}/merge`, workspace: workspace('head'), inputs });
    assert.equal(rChange.code, 1, `the change fails the step\n${explain(rChange)}\n--- summary\n${rChange.summary}`);
    assert.equal(rChange.outputs.verdict, 'regression');
    assert.match(rChange.stdout, /::error title=scalene-ci[^,]*,file=bench\.cjs,line=18/, 'annotation on the regressed line');
    const body = server.comments.find((c) => c.issue_number === id + 2)?.body ?? '';
    assert.match(body, /bench\\\.cjs:18\) is [\d.]+× slower/, body);
  });
}

// A benchmark long enough to checkpoint while it runs, as the Action runs it (under `bash -c`,
// with the scrubbed environment): the windows are attributed while the benchmark runs, the
// profile is complete and has the hot lines. The checkpoint period is shortened through
// `pass-env` (the default 10 s would need a benchmark of tens of seconds).
test('a benchmark that checkpoints while it runs: attributed as it goes, the profile complete', async () => {
  const ws = mkdtempSync(join(tmp, 'ws-long-'));
  writeFileSync(
    join(ws, 'long.cjs'),
    [
      'function spin(ms) {',
      '  const end = Date.now() + ms;',
      '  let x = 0;',
      '  while (Date.now() < end) x += Math.sqrt(x + 1);',
      '  return x;',
      '}',
      'let total = 0;',
      'for (let i = 0; i < 22; i++) total += spin(100);',
      "console.log('done', total > 0);",
      '',
    ].join('\n'),
  );
  const sha = '8a'.repeat(20);
  const run = server.addRun({ id: 200, head_sha: sha, event: 'push', head_branch: 'long' });
  const r = await act(run, {
    event: 'push',
    payload: pushEvent({ ref: 'refs/heads/long', after: sha }),
    sha,
    ref: 'refs/heads/long',
    workspace: ws,
    inputs: { run: 'node long.cjs', 'pass-env': 'SCALENE_CI_CHECKPOINT_MS,SCALENE_CI_DEBUG' },
    env: { SCALENE_CI_CHECKPOINT_MS: '200', SCALENE_CI_DEBUG: '1' },
  });
  assert.equal(r.code, 0, explain(r));
  const m = /debug: (\d+) checkpoint file\(s\) attributed while the command ran, (\d+) at its exit/.exec(r.stdout + r.stderr);
  assert.ok(m, `the CLI attributed incrementally\n${explain(r)}`);
  assert.ok(Number(m[1]) >= 3, `checkpoints attributed while the benchmark ran: ${m[0]}`);
  const profile = parseProfile(zipOf(200).get('profiles/profile.json')!.toString(), 'uploaded');
  assert.equal(profile.meta.complete, true);
  const lines = profile.files['long.cjs']?.lines ?? [];
  const spinS = lines.filter((l) => l.line >= 2 && l.line <= 4).reduce((a, l) => a + l.cpu_js_s + l.cpu_native_s + l.system_s, 0);
  assert.ok(spinS > 1.2, `spin's lines hold the run's time (${spinS.toFixed(2)} s of ~2.2 s)`);
});

test('no baseline: says so plainly, still comments and writes the summary', async () => {
  const run = server.addRun({ id: 110, head_sha: 'd'.repeat(40), event: 'pull_request', head_branch: 'feature' });
  const ws = workspace('head');
  // A checkout that kept its token in .git/config, as actions/checkout does by default.
  for (const args of [['init', '-q'], ['config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz']]) {
    assert.equal(spawnSync('git', args, { cwd: ws }).status, 0);
  }
  const r = await act(run, { event: 'pull_request', payload: prPayload(6, 'd'.repeat(40), 'release', 'e'.repeat(40)), sha: 'd'.repeat(40), ref: 'refs/pull/6/merge', workspace: ws, inputs: {} });
  assert.equal(r.code, 0, explain(r));
  assert.match(r.stdout, /::warning::The checkout kept a token in \.git\/config .* set 'persist-credentials: false'/);
  assert.match(r.stdout, /::warning::No baseline to compare with: .*no successful push run of this workflow on 'release'/);
  assert.match(r.summary, /\*\*No comparison\*\*: no baseline for &#39;release&#39;/);
  assert.match(r.summary, /no successful push run of this workflow on &#39;release&#39;/);
  assert.match(r.summary, /profiling the base commit here failed: cannot fetch the base commit e{40} from origin/, 'auto tried profiling the base commit here too');
  assert.equal(r.outputs.verdict, 'no-comparison');
  const c = server.comments.filter((x) => x.issue_number === 6);
  assert.equal(c.length, 1);
  assert.match(c[0]!.body, /No comparison/);
  // The remedy, not only the reason.
  for (const text of [r.summary, c[0]!.body]) assert.match(text, /\*\*Next step:\*\* run this workflow once on a push to `release` .* or set `baseline: same-runner`/);
});

test('an expired baseline artifact is skipped and reported', async () => {
  const base = server.addRun({ id: 120, head_sha: '1'.repeat(40), event: 'push', head_branch: 'rel-1' });
  server.completeRun(120);
  server.addArtifact({ name: 'scalene-ci', run_id: 120, zip: server.artifacts.find((a) => a.run_id === 100)!.zip, expired: true, expires_at: '2025-11-30T00:00:00Z' });
  server.mergeBases.set(`rel-1...${'2'.repeat(40)}`, '1'.repeat(40));
  const run = server.addRun({ id: 121, head_sha: '2'.repeat(40), event: 'pull_request', head_branch: 'feature' });
  const r = await act(run, { event: 'pull_request', payload: prPayload(9, '2'.repeat(40), 'rel-1', '1'.repeat(40)), sha: '2'.repeat(40), ref: 'refs/pull/9/merge', workspace: workspace('head'), inputs: { baseline: 'artifact', comment: 'on-regression' } });
  assert.equal(r.code, 0, explain(r));
  // Notes are escaped Markdown: \( and \- are how "(" and "-" appear in the source text.
  assert.match(r.summary, /artifact of run 120 \\\(merge base, 1111111\\\) expired on 2025\\-11\\-30/);
  assert.equal(server.calls('GET', /\/actions\/artifacts\/\d+\/zip$/).filter((x) => x.path.includes(String(server.artifacts.find((a) => a.run_id === 120)!.id))).length, 0, 'never downloaded');
  assert.equal(server.comments.filter((x) => x.issue_number === 9).length, 0, 'on-regression: no comment without a comparison');
});

test("a fork's read-only token: clear warning, summary still written, artifact still uploaded", async () => {
  server.mergeBases.set(`main...${'3'.repeat(40)}`, SHA_A);
  const run = server.addRun({ id: 130, head_sha: '3'.repeat(40), event: 'pull_request', head_branch: 'feature' });
  const r = await act(run, { event: 'pull_request', payload: prPayload(7, '3'.repeat(40), 'main', SHA_A, true), sha: '3'.repeat(40), ref: 'refs/pull/7/merge', workspace: workspace('head'), inputs: {}, token: FORK_TOKEN });
  assert.equal(r.code, 0, explain(r));
  assert.match(r.stdout, /::warning::Cannot comment on pull request #7 \(POST \/repos\/octo\/demo\/issues\/7\/comments answered 403: Resource not accessible by integration\)\. The token is read-only because this pull request comes from a fork: use the two-workflow mode/);
  assert.equal(server.comments.filter((x) => x.issue_number === 7).length, 0);
  assert.match(r.summary, /regression/i, 'the comparison still happened (reading works with a read-only token)');
  assert.match(r.summary, /Cannot comment on pull request \\#7/);
  zipOf(130);
});

test('API 5xx answers are retried', async () => {
  server.mergeBases.set(`main...${'4'.repeat(40)}`, SHA_A);
  server.faults.push({ method: 'GET', path: /\/actions\/workflows\/perf\.yml\/runs$/, status: 502, times: 2 });
  server.faults.push({ method: 'POST', path: /\/issues\/11\/comments$/, status: 503, times: 1 });
  const before = server.calls('GET', /\/actions\/workflows\/perf\.yml\/runs$/).length;
  const run = server.addRun({ id: 140, head_sha: '4'.repeat(40), event: 'pull_request', head_branch: 'feature' });
  const r = await act(run, { event: 'pull_request', payload: prPayload(11, '4'.repeat(40), 'main', SHA_A), sha: '4'.repeat(40), ref: 'refs/pull/11/merge', workspace: workspace('head'), inputs: {} });
  assert.equal(r.code, 0, explain(r));
  const runsCalls = server.calls('GET', /\/actions\/workflows\/perf\.yml\/runs$/).slice(before);
  assert.deepEqual(runsCalls.slice(0, 3).map((c) => c.status), [502, 502, 200]);
  assert.deepEqual(server.calls('POST', /\/issues\/11\/comments$/).map((c) => c.status), [503, 201]);
  assert.match(r.stdout, /failed; retry 1 in 1\.0 s/);
  assert.equal(server.comments.filter((x) => x.issue_number === 11).length, 1);
  assert.match(r.summary, /Baseline: artifact of \[run 100\]/);
});

test('same-runner baseline: the base commit is profiled in a git worktree', async () => {
  const ws = workspace('base');
  const git = (...args: string[]) => {
    const g = spawnSync('git', args, { cwd: ws, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    assert.equal(g.status, 0, g.stderr);
    return g.stdout.trim();
  };
  git('init', '-q');
  writeFileSync(join(ws, '.gitignore'), 'benchmark-env.json\n');
  git('add', '.');
  git('commit', '-qm', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  copyFileSync(join(PROGRAMS, 'head', 'bench.cjs'), join(ws, 'bench.cjs'));
  git('commit', '-qam', 'head');
  const headSha = git('rev-parse', 'HEAD');
  const run = server.addRun({ id: 150, head_sha: headSha, event: 'pull_request', head_branch: 'feature' });
  const r = await act(run, { event: 'pull_request', payload: prPayload(12, headSha, 'main', baseSha), sha: headSha, ref: 'refs/pull/12/merge', workspace: ws, inputs: { baseline: 'same-runner' } });
  assert.equal(r.code, 0, explain(r));
  assert.match(r.stdout, new RegExp(`profiling the base commit ${baseSha.slice(0, 7)} in a worktree`));
  assert.match(r.summary, new RegExp(`Baseline: commit \`${baseSha.slice(0, 7)}\` profiled on this runner`));
  assert.match(r.summary, /regression/i);
  // The profile records the checked-out commit, so links point at it.
  assert.ok(r.summary.includes(`/blob/${headSha}/bench.cjs#L18`), r.summary);
  assert.equal(git('worktree', 'list').split('\n').length, 1, 'the worktree was removed');
  assert.ok(statSync(ws).isDirectory());
});

test("profiler 'scalene': runs `python3 -m scalene run -o <file> <script>` and imports Scalene's JSON", async () => {
  // A stand-in python3 that records its arguments and environment and writes a real Scalene
  // profile (a fixture made by Scalene 2.3.0) where -o says.
  const bin = mkdtempSync(join(tmp, 'bin-'));
  const source = join(ROOT, 'test', 'fixtures', 'scalene', 'cpu.scalene.json');
  writeFileSync(
    join(bin, 'python3'),
    `#!/bin/bash\nprintf '%s\\n' "$@" > python-argv.txt\nenv > python-env.txt\nwhile [ $# -gt 0 ]; do if [ "$1" = "-o" ]; then out="$2"; fi; shift; done\ncp '${source}' "$out"\n`,
    { mode: 0o755 },
  );
  const ws = mkdtempSync(join(tmp, 'ws-py-'));
  writeFileSync(join(ws, 'cpu.py'), readFileSync(join(dirname(source), 'cpu.py')));
  const run = server.addRun({ id: 160, head_sha: '5'.repeat(40), event: 'push', head_branch: 'py' });
  const r = await act(run, { event: 'push', payload: pushEvent({ ref: 'refs/heads/py', after: '5'.repeat(40) }), sha: '5'.repeat(40), ref: 'refs/heads/py', workspace: ws, inputs: { profiler: 'scalene', run: 'cpu.py --size 3', 'cpu-only': 'true' }, pathPrefix: bin });
  assert.equal(r.code, 0, explain(r));
  assert.deepEqual(readFileSync(join(ws, 'python-argv.txt'), 'utf8').trim().split('\n').slice(0, 5), ['-m', 'scalene', 'run', '--cpu-only', '-o']);
  assert.deepEqual(readFileSync(join(ws, 'python-argv.txt'), 'utf8').trim().split('\n').slice(-3), ['cpu.py', '--size', '3']);
  const envText = readFileSync(join(ws, 'python-env.txt'), 'utf8');
  for (const secret of r.secrets) assert.ok(!envText.includes(secret), 'no secret reached python');
  const profile = parseProfile(zipOf(160).get('profiles/profile.json')!.toString(), 'uploaded');
  assert.equal(profile.meta.source_format, 'scalene');
  assert.ok(Object.keys(profile.files).some((f) => f.endsWith('cpu.py')), Object.keys(profile.files).join(', '));
  assert.match(r.summary, /cpu\\\.py/);
});

test("the benchmark cannot read the step's tokens from its ancestors' /proc/<pid>/environ", { skip: process.platform !== 'linux' }, async () => {
  const run = server.addRun({ id: 165, head_sha: '7'.repeat(40), event: 'push' });
  const ws = mkdtempSync(join(tmp, 'ws-environ-'));
  copyFileSync(join(PROGRAMS, 'shared', 'walk-environ.cjs'), join(ws, 'walk-environ.cjs'));
  const r = await act(run, { event: 'push', payload: pushEvent({ ref: 'refs/heads/main', after: '7'.repeat(40) }), sha: '7'.repeat(40), ref: 'refs/heads/main', workspace: ws, inputs: { run: 'node walk-environ.cjs' } });
  assert.equal(r.code, 0, explain(r));
  const ancestors = JSON.parse(readFileSync(join(ws, 'ancestors-environ.json'), 'utf8')) as Array<{ pid: number; cmdline: string; environ: string | null }>;
  // The walk reached the Action's own process (its environment names the event file).
  const action = ancestors.find((a) => a.cmdline.includes(join('dist', 'action', 'index.js')));
  assert.ok(action && action.environ !== null, `the Action's process was read: ${ancestors.map((a) => a.cmdline).join(' | ')}`);
  for (const a of ancestors) {
    for (const secret of r.secrets) assert.ok(!a.environ?.includes(secret), `pid ${a.pid} (${a.cmdline}) shows a secret (${secret.slice(0, 8)}…)`);
    assert.ok(!a.environ?.includes('GITHUB_ENV=/'), `pid ${a.pid} shows the GITHUB_ENV path`);
  }
  assert.match(action.environ!, /(^|\0)GITHUB_EVENT_PATH=\0/, 'names stay, values are cleared');
  assert.doesNotMatch(r.stdout, /Cannot clear the step's variables/);
});

test('bad inputs: one error line naming the input and echoing the value, exit code 2, nothing run', async () => {
  const run = server.addRun({ id: 170, head_sha: '6'.repeat(40), event: 'push' });
  const ws = mkdtempSync(join(tmp, 'ws-bad-'));
  const before = server.requests.length;
  const r = await act(run, { event: 'push', payload: pushEvent({ ref: 'refs/heads/main', after: '6'.repeat(40) }), sha: '6'.repeat(40), ref: 'refs/heads/main', workspace: ws, inputs: { repeat: 'lots' } });
  assert.equal(r.code, 2, explain(r));
  assert.equal(r.stdout.trim(), `::error::input 'repeat' must be a whole number from 1 to 100, got "lots"`);
  assert.equal(r.stderr, '');
  assert.equal(server.requests.length, before, 'no request was made');
  const r2 = await act(run, { event: 'push', payload: pushEvent({ ref: 'refs/heads/main', after: '6'.repeat(40) }), sha: '6'.repeat(40), ref: 'refs/heads/main', workspace: ws, inputs: { 'working-directory': 'nope' } });
  assert.equal(r2.code, 2, explain(r2));
  assert.match(r2.stdout, /::error::input 'working-directory' must be a directory, got "nope"/);
});

test("every request the Action sent and every response it got conforms to GitHub's REST description", () => {
  assert.deepEqual([...new Set(server.violations)], [], server.api.source);
});
