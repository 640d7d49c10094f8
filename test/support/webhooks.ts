// Event payloads as the runner hands them to a step (the file at GITHUB_EVENT_PATH), built
// whole: every field GitHub's webhook description requires, with the values GitHub sends
// (URL templates, legacy node ids, the push event's Unix-time repository timestamps, the
// minimal repositories of a workflow_run; no `installation`, which only deliveries to a
// GitHub App carry). Each builder checks its result against the matching schema of
// @octokit/openapi-webhooks, and runActionProcess (github-server.ts) checks whatever payload
// a test hands it, so a test cannot pass the Action an event GitHub would never send.
// The checks are SchemaSet's (openapi.ts), the same ones that hold the emulator to the REST
// description.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SchemaSet } from './openapi.js';

type Json = Record<string, unknown>;
type Schema = Record<string, unknown>;

/** The repository the emulator serves (GitHubServer's owner/repo). */
export const BASE_REPO = 'octo/demo';
const WEB = 'https://github.com';
const API = 'https://api.github.com';

/**
 * GitHub's id for a repository: stable per full name, as on GitHub. The base repository has
 * the id of GitHub's documentation examples; others a hash of their name. The emulator's REST
 * answers use the same ids, so a payload's repository and the API's agree (the baseline
 * search compares head_repository.id with repository.id).
 */
export function repositoryId(fullName: string, baseFullName = BASE_REPO): number {
  return fullName === baseFullName ? 1296269 : stableId(fullName);
}

function stableId(text: string): number {
  let id = 1296269;
  for (const c of text) id = (id * 31 + c.charCodeAt(0)) % 2_000_000_000;
  return id;
}

/** A deterministic 40-hex commit id for commits a test does not name (a push's parent, a tree). */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** GitHub's legacy global node id: base64 of "0<type-name length>:<TypeName><database id>" (MDQ6VXNlcjE= is user 1). */
function nodeId(typeName: string, id: number): string {
  return Buffer.from(`0${typeName.length}:${typeName}${id}`).toString('base64');
}

// Fixed instants keep payloads identical from run to run; they only have to be ordered.
const REPO_CREATED = '2025-06-01T12:00:00Z';
const EVENT_TIME = '2026-01-02T09:30:00Z';
const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

// ---------------------------------------------------------------------------------------------
// The objects events share.

/** A user as webhooks carry one (`simple-user`). */
export function user(login: string): Json {
  const id = stableId(`user ${login}`) % 100_000_000;
  const url = `${API}/users/${login}`;
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The repository fields every event has, workflow_run's `repository`/`head_repository` included. */
function minimalRepository(fullName: string): Json {
  const [owner, name] = fullName.split('/') as [string, string];
  const id = repositoryId(fullName);
  const url = `${API}/repos/${fullName}`;
  return {
    id,
    node_id: nodeId('Repository', id),
    name,
    full_name: fullName,
    private: false,
    owner: user(owner),
    html_url: `${WEB}/${fullName}`,
    description: 'Benchmarks for scalene-ci',
    fork: fullName !== BASE_REPO,
    url,
    forks_url: `${url}/forks`,
    keys_url: `${url}/keys{/key_id}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    teams_url: `${url}/teams`,
    hooks_url: `${url}/hooks`,
    issue_events_url: `${url}/issues/events{/number}`,
    events_url: `${url}/events`,
    assignees_url: `${url}/assignees{/user}`,
    branches_url: `${url}/branches{/branch}`,
    tags_url: `${url}/tags`,
    blobs_url: `${url}/git/blobs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    trees_url: `${url}/git/trees{/sha}`,
    statuses_url: `${url}/statuses/{sha}`,
    languages_url: `${url}/languages`,
    stargazers_url: `${url}/stargazers`,
    contributors_url: `${url}/contributors`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    commits_url: `${url}/commits{/sha}`,
    git_commits_url: `${url}/git/commits{/sha}`,
    comments_url: `${url}/comments{/number}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    contents_url: `${url}/contents/{+path}`,
    compare_url: `${url}/compare/{base}...{head}`,
    merges_url: `${url}/merges`,
    archive_url: `${url}/{archive_format}{/ref}`,
    downloads_url: `${url}/downloads`,
    issues_url: `${url}/issues{/number}`,
    pulls_url: `${url}/pulls{/number}`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    labels_url: `${url}/labels{/name}`,
    releases_url: `${url}/releases{/id}`,
    deployments_url: `${url}/deployments`,
  };
}

/**
 * A full repository. `push` events write its created_at and pushed_at as Unix seconds (the
 * description allows both there for that reason); every other event writes ISO 8601.
 */
export function repository(fullName: string, timestamps: 'iso' | 'unix' = 'iso'): Json {
  const base = minimalRepository(fullName);
  return {
    ...base,
    created_at: timestamps === 'unix' ? unix(REPO_CREATED) : REPO_CREATED,
    updated_at: EVENT_TIME,
    pushed_at: timestamps === 'unix' ? unix(EVENT_TIME) : EVENT_TIME,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `${WEB}/${fullName}.git`,
    svn_url: `${WEB}/${fullName}`,
    homepage: null,
    size: 42,
    stargazers_count: 3,
    watchers_count: 3,
    language: 'JavaScript',
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 1,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 2,
    license: { key: 'apache-2.0', name: 'Apache License 2.0', spdx_id: 'Apache-2.0', url: `${API}/licenses/apache-2.0`, node_id: 'MDc6TGljZW5zZTI=' },
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: ['benchmark', 'profiling'],
    visibility: 'public',
    forks: 1,
    open_issues: 2,
    watchers: 3,
    default_branch: 'main',
  };
}

function commitAuthor(login: string): Json {
  return { name: login, email: `${login}@users.noreply.github.com`, username: login };
}

// ---------------------------------------------------------------------------------------------
// The events.

export interface PushOptions {
  /** The pushed ref, e.g. refs/heads/main. */
  ref: string;
  /** The commit the ref now points at (the run's GITHUB_SHA). */
  after: string;
  /** Where it pointed before (default: a commit derived from `after`). */
  before?: string;
  repo?: string;
  pusher?: string;
}

/** A `push` event: one commit pushed to an existing branch. */
export function pushEvent(o: PushOptions): Json {
  const repo = o.repo ?? BASE_REPO;
  const pusher = o.pusher ?? 'octocat';
  const before = o.before ?? fakeSha(`parent of ${o.after}`);
  const commit = {
    id: o.after,
    tree_id: fakeSha(`tree of ${o.after}`),
    distinct: true,
    message: 'Speed up the benchmark',
    timestamp: '2026-01-02T10:30:00+01:00',
    url: `${WEB}/${repo}/commit/${o.after}`,
    author: commitAuthor(pusher),
    committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
    added: [],
    removed: [],
    modified: ['bench.cjs'],
  };
  const payload = {
    ref: o.ref,
    before,
    after: o.after,
    // The push event's repository carries the owner's name and email, and master_branch.
    repository: { ...repository(repo, 'unix'), owner: { ...user(repo.split('/')[0]!), name: repo.split('/')[0], email: null }, stargazers: 3, master_branch: 'main' },
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
    sender: user(pusher),
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${WEB}/${repo}/compare/${before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
  };
  return assertValidEvent('push', payload);
}

export interface PullRequestOptions {
  action?: 'opened' | 'synchronize';
  number: number;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  baseSha: string;
  /** The repository the head branch lives in: the base repository (default) or a fork. */
  headRepo?: string;
  /** synchronize: the head before the push (default: a commit derived from headSha). */
  before?: string;
  repo?: string;
}

/** A `pull_request` event (opened, or synchronize after a push to the head branch). */
export function pullRequestEvent(o: PullRequestOptions): Json {
  const action = o.action ?? 'opened';
  const repo = o.repo ?? BASE_REPO;
  const headRepo = o.headRepo ?? repo;
  const headRef = o.headRef ?? 'feature';
  const baseRef = o.baseRef ?? 'main';
  const author = headRepo.split('/')[0]!;
  const fromFork = headRepo !== repo;
  const id = 1_000_000_000 + o.number;
  const url = `${API}/repos/${repo}/pulls/${o.number}`;
  const html = `${WEB}/${repo}/pull/${o.number}`;
  const issue = `${API}/repos/${repo}/issues/${o.number}`;
  const side = (ref: string, sha: string, full: string) => {
    const owner = full.split('/')[0]!;
    return { label: `${owner}:${ref}`, ref, sha, user: user(owner), repo: repository(full) };
  };
  const pullRequest = {
    url,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    number: o.number,
    state: 'open',
    locked: false,
    title: 'Make the benchmark faster',
    user: user(author),
    body: 'Profiles the benchmark on this branch.',
    created_at: EVENT_TIME,
    updated_at: EVENT_TIME,
    closed_at: null,
    merged_at: null,
    // GitHub's test merge of head into base (what GITHUB_SHA names in a pull_request run).
    merge_commit_sha: fakeSha(`merge of ${o.headSha} into ${o.baseSha}`),
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: false,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${API}/repos/${repo}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${API}/repos/${repo}/statuses/${o.headSha}`,
    head: side(headRef, o.headSha, headRepo),
    base: side(baseRef, o.baseSha, repo),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${API}/repos/${repo}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${API}/repos/${repo}/statuses/${o.headSha}` },
    },
    author_association: fromFork ? 'CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    active_lock_reason: null,
    merged: false,
    // Not computed yet when the event fires: GitHub works mergeability out in the background.
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: fromFork,
    commits: 1,
    additions: 3,
    deletions: 1,
    changed_files: 1,
  };
  const payload: Json = { action, number: o.number };
  if (action === 'synchronize') Object.assign(payload, { before: o.before ?? fakeSha(`before ${o.headSha}`), after: o.headSha });
  Object.assign(payload, { pull_request: pullRequest, repository: repository(repo), sender: user(author) });
  return assertValidEvent('pull_request', payload);
}

/** A pull request a workflow_run lists (GitHub lists only the base repository's own PRs). */
export interface RunPullRequest {
  number: number;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  baseSha: string;
}

export interface WorkflowRunOptions {
  /** The triggering run. */
  id: number;
  workflowId: number;
  /** The triggering run's workflow file, e.g. perf-pr.yml. */
  workflow?: string;
  headSha: string;
  headBranch?: string | null;
  /** The event that started the triggering run: pull_request, push, ... */
  event: string;
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'neutral';
  /** The repository the triggering run built: a fork's for its pull requests. */
  headRepo?: string;
  pullRequests?: RunPullRequest[];
  repo?: string;
}

/** A `workflow_run` event with action `completed`: the triggering run has finished. */
export function workflowRunEvent(o: WorkflowRunOptions): Json {
  const repo = o.repo ?? BASE_REPO;
  const headRepo = o.headRepo ?? repo;
  const workflow = o.workflow ?? 'perf-pr.yml';
  const actorLogin = headRepo.split('/')[0]!;
  const actor = user(actorLogin);
  const url = `${API}/repos/${repo}/actions/runs/${o.id}`;
  const suiteId = 2_000_000_000 + o.id;
  const workflowUrl = `${API}/repos/${repo}/actions/workflows/${o.workflowId}`;
  const pullRequests = (o.pullRequests ?? []).map((p) => ({
    url: `${API}/repos/${repo}/pulls/${p.number}`,
    id: 1_000_000_000 + p.number,
    number: p.number,
    head: { ref: p.headRef ?? 'feature', sha: p.headSha, repo: { id: repositoryId(repo), url: `${API}/repos/${repo}`, name: repo.split('/')[1] } },
    base: { ref: p.baseRef ?? 'main', sha: p.baseSha, repo: { id: repositoryId(repo), url: `${API}/repos/${repo}`, name: repo.split('/')[1] } },
  }));
  const payload = {
    action: 'completed',
    workflow_run: {
      id: o.id,
      name: 'perf',
      node_id: nodeId('WorkflowRun', o.id),
      head_branch: o.headBranch === undefined ? 'feature' : o.headBranch,
      head_sha: o.headSha,
      path: `.github/workflows/${workflow}`,
      display_title: 'Make the benchmark faster',
      run_number: o.id,
      event: o.event,
      status: 'completed',
      conclusion: o.conclusion ?? 'success',
      workflow_id: o.workflowId,
      check_suite_id: suiteId,
      check_suite_node_id: nodeId('CheckSuite', suiteId),
      url,
      html_url: `${WEB}/${repo}/actions/runs/${o.id}`,
      pull_requests: pullRequests,
      created_at: EVENT_TIME,
      updated_at: '2026-01-02T09:34:10Z',
      actor,
      run_attempt: 1,
      referenced_workflows: [],
      run_started_at: EVENT_TIME,
      triggering_actor: actor,
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${API}/repos/${repo}/check-suites/${suiteId}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: null,
      workflow_url: workflowUrl,
      head_commit: {
        id: o.headSha,
        tree_id: fakeSha(`tree of ${o.headSha}`),
        message: 'Make the benchmark faster',
        timestamp: EVENT_TIME,
        author: { name: actorLogin, email: `${actorLogin}@users.noreply.github.com` },
        committer: { name: actorLogin, email: `${actorLogin}@users.noreply.github.com` },
      },
      repository: minimalRepository(repo),
      head_repository: minimalRepository(headRepo),
    },
    workflow: {
      id: o.workflowId,
      node_id: nodeId('Workflow', o.workflowId),
      name: 'perf',
      path: `.github/workflows/${workflow}`,
      state: 'active',
      created_at: REPO_CREATED,
      updated_at: REPO_CREATED,
      url: workflowUrl,
      html_url: `${WEB}/${repo}/blob/main/.github/workflows/${workflow}`,
      badge_url: `${WEB}/${repo}/workflows/perf/badge.svg`,
    },
    repository: repository(repo),
    sender: actor,
  };
  return assertValidEvent('workflow_run', payload);
}

// ---------------------------------------------------------------------------------------------
// Checking payloads against the description.

interface WebhookEntry {
  post: {
    operationId: string;
    'x-github': { subcategory: string };
    requestBody: { content: { 'application/json': { schema: Schema } } };
  };
}

/** GitHub's webhook description (npm @octokit/openapi-webhooks, generated/api.github.com.json). */
export class WebhookDescription extends SchemaSet {
  readonly source: string;
  /** Event name (GITHUB_EVENT_NAME) → action ('' for events without one) → payload schema. */
  private readonly events = new Map<string, Map<string, Schema>>();

  constructor() {
    // The package's index.js loads all eight descriptions (37 MB); one file is enough.
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json');
    const version = (JSON.parse(readFileSync(require.resolve('@octokit/openapi-webhooks/package.json'), 'utf8')) as { version: string }).version;
    const d = JSON.parse(readFileSync(file, 'utf8')) as { openapi: string; webhooks: Record<string, WebhookEntry>; components: { schemas: Record<string, Schema> } };
    super(d.components.schemas);
    this.source = `@octokit/openapi-webhooks ${version}, generated/api.github.com.json (OpenAPI ${d.openapi})`;
    // Each webhook names its event in x-github.subcategory and its action after the '/' of
    // its operationId ('pull-request/opened'); the keys ('pull-request-review-comment-created')
    // cannot be split reliably.
    for (const { post } of Object.values(d.webhooks)) {
      const event = post['x-github'].subcategory;
      const action = post.operationId.split('/')[1] ?? '';
      if (!this.events.has(event)) this.events.set(event, new Map());
      this.events.get(event)!.set(action, post.requestBody.content['application/json'].schema);
    }
  }

  /** Problems with `payload` as a payload of the `event` (GITHUB_EVENT_NAME) event, empty when it conforms. */
  check(event: string, payload: unknown): string[] {
    const actions = this.events.get(event);
    if (!actions) return [`'${event}' is not an event in ${this.source}`];
    const action = typeof payload === 'object' && payload !== null ? (payload as Json).action : undefined;
    const schema = actions.get(typeof action === 'string' ? action : '');
    if (!schema) return [`$.action: ${action === undefined ? 'required, missing' : `${JSON.stringify(action)} is not an action`}: a ${event} event's action is one of ${[...actions.keys()].join(', ')}`];
    return this.validate(payload, schema);
  }
}

let description: WebhookDescription | null = null;

/** The description, read once per process (parsing its 4.8 MB takes ~50 ms). */
export function webhookDescription(): WebhookDescription {
  description ??= new WebhookDescription();
  return description;
}

/** `payload` unchanged if it is a valid `event` payload; otherwise an error listing every departure. */
export function assertValidEvent<T>(event: string, payload: T): T {
  const d = webhookDescription();
  const problems = d.check(event, payload);
  if (problems.length > 0) {
    throw new Error(`the '${event}' event payload is not one GitHub sends (${d.source}):\n  ${problems.join('\n  ')}`);
  }
  return payload;
}
