// What the runner tells the step about the run: GITHUB_* variables and the event payload,
// read once into a typed object so nothing else reads process.env or github.context.
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

export interface Repo {
  owner: string;
  repo: string;
}

/** The pull request a run is about, as far as the event says. */
export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** True when the head lives in another repository (the token is then read-only). */
  fromFork: boolean;
}

/** The run that triggered a `workflow_run` event (trusted: it comes from GitHub). */
export interface TriggeringRun {
  id: number;
  workflowId: number;
  headSha: string;
  headBranch: string | null;
  event: string;
  conclusion: string | null;
  /** Pull requests GitHub associated with the run (empty for fork PRs). */
  pullRequests: number[];
}

export interface ActionContext {
  eventName: string;
  sha: string;
  ref: string;
  repo: Repo;
  runId: number;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runnerTemp: string;
  /** The workflow file this run executes (e.g. `perf.yml`), for finding its earlier runs. */
  workflowFile: string | null;
  pullRequest: PullRequestInfo | null;
  workflowRun: TriggeringRun | null;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
}
function s(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function n(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
}

export function parsePullRequest(payload: Json, repoFullName: string): PullRequestInfo | null {
  const pr = obj(payload.pull_request);
  if (!pr) return null;
  const head = obj(pr.head);
  const base = obj(pr.base);
  const number = n(pr.number) ?? n(payload.number);
  const headSha = s(head?.sha);
  const baseRef = s(base?.ref);
  if (number === null || !headSha || !baseRef) return null;
  // GitHub sends head.repo null once a fork is deleted (its webhook description still calls
  // it an object): a head not known to live here counts as a fork's, as it does for a PR read
  // from the API (main.ts, verifiedPullRequest).
  const headRepo = s(obj(head?.repo)?.full_name);
  return {
    number,
    headSha,
    headRef: s(head?.ref) ?? '',
    baseRef,
    baseSha: s(base?.sha) ?? '',
    fromFork: headRepo !== repoFullName,
  };
}

export function parseWorkflowRun(payload: Json): TriggeringRun | null {
  const wr = obj(payload.workflow_run);
  if (!wr) return null;
  const id = n(wr.id);
  const headSha = s(wr.head_sha);
  if (id === null || !headSha) return null;
  const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
  return {
    id,
    workflowId: n(wr.workflow_id) ?? 0,
    headSha,
    headBranch: s(wr.head_branch),
    event: s(wr.event) ?? '',
    conclusion: s(wr.conclusion),
    pullRequests: prs.map((p) => n(obj(p)?.number)).filter((x): x is number => x !== null),
  };
}

/** `owner/repo/.github/workflows/perf.yml@refs/heads/main` → `perf.yml`. */
export function workflowFileFromRef(ref: string | undefined): string | null {
  if (!ref) return null;
  const path = ref.split('@')[0] ?? '';
  const m = /\/\.github\/workflows\/([^/]+)$/.exec(path);
  return m ? m[1]! : null;
}

export function readContext(env: NodeJS.ProcessEnv, readText: (path: string) => string = (p) => readFileSync(p, 'utf8')): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new UsageError(`GITHUB_REPOSITORY must be "owner/repo", got ${JSON.stringify(repository)} (is this running in GitHub Actions?)`);
  let payload: Json = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readText(env.GITHUB_EVENT_PATH))) ?? {};
    } catch (e) {
      throw new UsageError(`cannot read the event payload at GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}): ${(e as Error).message}`);
    }
  }
  const runId = Number(env.GITHUB_RUN_ID ?? '0');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    repo: { owner, repo },
    runId: Number.isSafeInteger(runId) ? runId : 0,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? '',
    workflowFile: workflowFileFromRef(env.GITHUB_WORKFLOW_REF),
    pullRequest: parsePullRequest(payload, repository),
    workflowRun: parseWorkflowRun(payload),
  };
}
