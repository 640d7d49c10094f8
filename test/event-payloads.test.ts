// The event payloads the Action's tests hand it (support/webhooks.ts): that they are what
// GitHub's webhook description (@octokit/openapi-webhooks) says GitHub sends, that the check
// holding them there rejects what GitHub would not send, and that the Action's reading of
// them (src/action/context.ts) gets from full payloads what each event means.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePullRequest, parseWorkflowRun, readContext } from '../src/action/context.js';
import { GitHubServer, runActionProcess } from './support/github-server.js';
import { assertValidEvent, pullRequestEvent, pushEvent, repositoryId, webhookDescription, workflowRunEvent } from './support/webhooks.js';
import { ROOT } from './support/cli.js';

type Json = Record<string, any>;

const A = '9fceb02d0ae598e95dc970b74767f19372d61af8';
const B = '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c';

describe("payloads against GitHub's webhook description", () => {
  test('each builder gives a payload of its event, with the values asked for', () => {
    const d = webhookDescription();
    assert.match(d.source, /^@octokit\/openapi-webhooks \d+\.\d+\.\d+, generated\/api\.github\.com\.json \(OpenAPI 3\.1/);

    const push = pushEvent({ ref: 'refs/heads/main', after: A }) as Json;
    assert.deepEqual(d.check('push', push), []);
    assert.equal(push.ref, 'refs/heads/main');
    assert.equal(push.after, A);
    assert.equal(push.head_commit.id, A);
    assert.match(push.before, /^[0-9a-f]{40}$/);
    // The push event's repository timestamps are Unix seconds, unlike every other event's.
    assert.equal(typeof push.repository.created_at, 'number');
    assert.equal(push.repository.full_name, 'octo/demo');
    assert.ok(!('installation' in push), 'a workflow run\'s payload has no installation');

    for (const action of ['opened', 'synchronize'] as const) {
      const pr = pullRequestEvent({ action, number: 21, headSha: B, baseSha: A, baseRef: 'release', headRef: 'speed', headRepo: 'mallory/demo' }) as Json;
      assert.deepEqual(d.check('pull_request', pr), [], action);
      assert.equal(pr.action, action);
      assert.equal(pr.number, 21);
      assert.equal(pr.pull_request.number, 21);
      assert.deepEqual([pr.pull_request.head.sha, pr.pull_request.head.ref, pr.pull_request.head.repo.full_name], [B, 'speed', 'mallory/demo']);
      assert.deepEqual([pr.pull_request.base.sha, pr.pull_request.base.ref, pr.pull_request.base.repo.full_name], [A, 'release', 'octo/demo']);
      assert.equal(pr.pull_request.head.repo.fork, true);
      assert.equal(pr.repository.full_name, 'octo/demo');
      assert.equal(pr.sender.login, 'mallory');
      assert.equal(typeof pr.repository.created_at, 'string');
    }
    const sync = pullRequestEvent({ action: 'synchronize', number: 5, headSha: B, baseSha: A }) as Json;
    assert.equal(sync.after, B);
    assert.notEqual(sync.before, B);
    assert.equal(sync.pull_request.head.repo.full_name, 'octo/demo');

    const wr = workflowRunEvent({ id: 301, workflowId: 78, workflow: 'perf-pr.yml', headSha: B, headBranch: 'speed', event: 'pull_request', headRepo: 'mallory/demo' }) as Json;
    assert.deepEqual(d.check('workflow_run', wr), []);
    assert.equal(wr.action, 'completed');
    assert.deepEqual([wr.workflow_run.id, wr.workflow_run.workflow_id, wr.workflow_run.head_sha, wr.workflow_run.head_branch], [301, 78, B, 'speed']);
    assert.deepEqual([wr.workflow_run.event, wr.workflow_run.status, wr.workflow_run.conclusion, wr.workflow_run.path], ['pull_request', 'completed', 'success', '.github/workflows/perf-pr.yml']);
    assert.deepEqual(wr.workflow_run.pull_requests, []);
    // The ids the emulator's REST answers use, so a run's repositories compare as on GitHub.
    assert.equal(wr.workflow_run.head_repository.id, repositoryId('mallory/demo'));
    assert.equal(wr.workflow_run.repository.id, repositoryId('octo/demo'));
    assert.notEqual(wr.workflow_run.head_repository.id, wr.workflow_run.repository.id);
    const same = workflowRunEvent({ id: 5, workflowId: 7, headSha: B, event: 'pull_request', conclusion: 'failure', pullRequests: [{ number: 3, headSha: B, baseSha: A }] }) as Json;
    assert.deepEqual(d.check('workflow_run', same), []);
    assert.equal(same.workflow_run.conclusion, 'failure');
    assert.deepEqual(same.workflow_run.pull_requests.map((p: Json) => [p.number, p.head.sha, p.base.sha, p.base.ref]), [[3, B, A, 'main']]);
  });

  test('a pull_request payload without head.repo or repository is rejected, each named', () => {
    const pr = pullRequestEvent({ number: 5, headSha: B, baseSha: A }) as Json;
    delete pr.pull_request.head.repo;
    delete pr.repository;
    assert.deepEqual(webhookDescription().check('pull_request', pr), ['$.repository: required, missing', '$.pull_request.head.repo: required, missing']);
    assert.throws(() => assertValidEvent('pull_request', pr), (e: Error) => {
      assert.match(e.message, /^the 'pull_request' event payload is not one GitHub sends \(@octokit\/openapi-webhooks /);
      assert.match(e.message, /\n {2}\$\.pull_request\.head\.repo: required, missing/);
      return true;
    });
  });

  test('wrong types, nulls, unknown actions and events are rejected', () => {
    const d = webhookDescription();
    const mutate = (f: (p: Json) => void) => {
      const p = pullRequestEvent({ action: 'synchronize', number: 5, headSha: B, baseSha: A }) as Json;
      f(p);
      return d.check('pull_request', p);
    };
    assert.deepEqual(mutate((p) => (p.pull_request.number = '5')), ['$.pull_request.number: expected integer, got string']);
    assert.deepEqual(mutate((p) => (p.pull_request.head.sha = null)), ['$.pull_request.head.sha: null where string is required']);
    // OpenAPI 3.1's type lists: body may be a string or null, not a number.
    assert.deepEqual(mutate((p) => (p.pull_request.body = 5)), ['$.pull_request.body: expected string or null, got number']);
    assert.deepEqual(mutate((p) => (p.pull_request.state = 'merged')), ['$.pull_request.state: "merged" is not one of ["open","closed"]']);
    assert.deepEqual(mutate((p) => delete p.after), ['$.after: required, missing']);
    assert.match(mutate((p) => (p.action = 'merged'))[0]!, /^\$\.action: "merged" is not an action: a pull_request event's action is one of .*\bopened\b.*\bsynchronize\b/);
    const missing = mutate((p) => delete p.action)[0]!;
    assert.match(missing, /^\$\.action: required, missing: a pull_request event's action is one of /);
    // pull-request-review-comment-created is another event's (pull_request_review_comment).
    assert.doesNotMatch(missing, /review-comment|comment-created/);
    assert.match(d.check('not_an_event', {})[0]!, /^'not_an_event' is not an event in @octokit\/openapi-webhooks/);
    // A minimal stub of the kind the tests used to pass.
    const stub = d.check('workflow_run', { action: 'completed', workflow_run: { id: 301, workflow_id: 78, head_sha: B, event: 'pull_request', conclusion: 'success', pull_requests: [] } });
    assert.ok(stub.includes('$.repository: required, missing'), stub.join('\n'));
    assert.ok(stub.includes('$.workflow_run.head_repository: required, missing'), stub.join('\n'));
  });

  test('runActionProcess refuses an invalid payload before the Action starts', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'sci-events-'));
    try {
      const server = new GitHubServer();
      const runnerDir = join(tmp, 'runner');
      const spec = {
        bundle: join(ROOT, 'dist', 'action', 'index.js'),
        actionYml: join(ROOT, 'action.yml'),
        server,
        run: server.addRun({ id: 1, head_sha: A }),
        token: 'ghs_eventPayloadsTest0123456',
        event: 'push',
        payload: { ref: 'refs/heads/main', repository: { full_name: 'octo/demo', default_branch: 'main' } },
        sha: A,
        ref: 'refs/heads/main',
        workspace: tmp,
        inputs: {},
        runnerDir,
      };
      await assert.rejects(runActionProcess(spec), /the 'push' event payload is not one GitHub sends[^]*\$\.after: required, missing[^]*\$\.repository\.node_id: required, missing/);
      assert.ok(!existsSync(runnerDir), 'nothing was written, nothing ran');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the Action reads full payloads', () => {
  test('pull_request from a branch of the repository, and from a fork', () => {
    const own = parsePullRequest(pullRequestEvent({ action: 'opened', number: 7, headSha: B, headRef: 'speed', baseSha: A, baseRef: 'release' }), 'octo/demo');
    assert.deepEqual(own, { number: 7, headSha: B, headRef: 'speed', baseRef: 'release', baseSha: A, fromFork: false });
    const fork = parsePullRequest(pullRequestEvent({ action: 'synchronize', number: 8, headSha: B, baseSha: A, headRepo: 'mallory/demo' }), 'octo/demo');
    assert.deepEqual(fork, { number: 8, headSha: B, headRef: 'feature', baseRef: 'main', baseSha: A, fromFork: true });
    assert.equal(parsePullRequest(pushEvent({ ref: 'refs/heads/main', after: A }), 'octo/demo'), null, 'a push is about no pull request');
  });

  test("a pull request whose fork was deleted (head.repo null) counts as a fork's", () => {
    // GitHub sends null there once the fork is gone, though the webhook description says object
    // (github/rest-api-description#161 for the same field in the REST API).
    const pr = pullRequestEvent({ action: 'synchronize', number: 9, headSha: B, baseSha: A, headRepo: 'mallory/demo' }) as Json;
    pr.pull_request.head.repo = null;
    assert.equal(parsePullRequest(pr, 'octo/demo')?.fromFork, true);
  });

  test('workflow_run completed: the triggering run, with and without listed pull requests', () => {
    const fork = parseWorkflowRun(workflowRunEvent({ id: 301, workflowId: 78, headSha: B, headBranch: 'speed', event: 'pull_request', headRepo: 'mallory/demo' }));
    assert.deepEqual(fork, { id: 301, workflowId: 78, headSha: B, headBranch: 'speed', event: 'pull_request', conclusion: 'success', pullRequests: [] });
    const own = parseWorkflowRun(workflowRunEvent({ id: 40, workflowId: 9, headSha: B, headBranch: null, event: 'pull_request', conclusion: 'cancelled', pullRequests: [{ number: 3, headSha: B, baseSha: A }, { number: 4, headSha: B, baseSha: A }] }));
    assert.deepEqual(own, { id: 40, workflowId: 9, headSha: B, headBranch: null, event: 'pull_request', conclusion: 'cancelled', pullRequests: [3, 4] });
    assert.equal(parseWorkflowRun(pullRequestEvent({ number: 3, headSha: B, baseSha: A })), null);
  });

  test('readContext reads the payload file as the runner writes it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'sci-events-'));
    try {
      const file = join(tmp, 'event.json');
      writeFileSync(file, JSON.stringify(workflowRunEvent({ id: 301, workflowId: 78, headSha: B, event: 'pull_request', headRepo: 'mallory/demo' })));
      const ctx = readContext({ GITHUB_REPOSITORY: 'octo/demo', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: file, GITHUB_SHA: A, GITHUB_RUN_ID: '302' });
      assert.equal(ctx.eventName, 'workflow_run');
      assert.equal(ctx.pullRequest, null);
      assert.deepEqual([ctx.workflowRun?.id, ctx.workflowRun?.headSha, ctx.workflowRun?.workflowId], [301, B, 78]);
      writeFileSync(file, JSON.stringify(pullRequestEvent({ action: 'synchronize', number: 12, headSha: B, baseSha: A })));
      const pr = readContext({ GITHUB_REPOSITORY: 'octo/demo', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file });
      assert.deepEqual(pr.pullRequest, { number: 12, headSha: B, headRef: 'feature', baseRef: 'main', baseSha: A, fromFork: false });
      assert.equal(pr.workflowRun, null);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
