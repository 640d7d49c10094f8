// Finding the profile to compare a pull request against, in this order:
//  1. the artifact of a successful push run of the same workflow at the merge-base commit
//     (then at the base branch tip the PR event names, when it differs),
//  2. the artifact of the newest successful push run of that workflow on the base branch,
//  (only push runs built from the base repository: see listRuns),
//  3. (`same-runner`) the base commit checked out into a git worktree and profiled here,
//  4. none, said plainly with what was tried.
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { Profile } from '../model/profile.js';
import { escapeMarkdown } from '../report/escape.js';
import type { Repo } from './context.js';
import { describeApiError, type Octokit } from './github.js';
import { fetchArtifactProfiles, listRunArtifacts, type DownloadDeps, type RemoteArtifact } from './artifacts.js';
import type { ExecFn } from './profiler.js';

export interface BaselineFound {
  profiles: Profile[];
  source: 'artifact' | 'same-runner';
  /** Markdown-safe one-line description ("artifact `scalene-ci` of run 123 at abc1234"). */
  description: string;
  sha: string | null;
  runId: number | null;
}

export interface BaselineSearch {
  found: BaselineFound | null;
  /** What was tried and why it did not give a baseline (plain text, for the log and summary). */
  notes: string[];
}

export interface ArtifactQuery {
  repo: Repo;
  /** Workflow file name or id whose runs hold the baselines. */
  workflow: string | number;
  baseRef: string;
  /** Commits to look for first, best first (merge-base, base tip); duplicates are skipped. */
  preferredShas: string[];
  /** Picks the artifact(s) of a run that make up its profile set. */
  selectArtifacts: (artifacts: RemoteArtifact[]) => RemoteArtifact[];
  artifactLabel: string;
  /** This run, never its own baseline. */
  excludeRunId: number;
  /** How many base-branch runs to inspect for an artifact (API calls are per run). */
  maxRuns?: number;
  /** Profiles from these artifacts, merged when there are several (shards). */
  combine: (sets: Profile[][]) => Profile[];
  /** Link to a workflow run's page. */
  runUrl: (runId: number) => string;
}

export interface BaselineDeps extends DownloadDeps {
  log: (line: string) => void;
}

interface RunInfo {
  id: number;
  head_sha: string;
  event: string;
  created_at: string;
}

const short = (sha: string) => sha.slice(0, 7);

/**
 * Successful `push` runs of the workflow on the base branch, built from the base repository.
 * Only those are trusted: a fork's pull request opened from the fork's own `main` gives a
 * `pull_request` run whose head_branch is `main` too, and its workflow and artifact are the
 * fork's to write. `event=push` asks GitHub for push runs only; the check that the head
 * repository is the run's own repository stands even if a server ignores the filter.
 */
async function listRuns(octokit: Octokit, q: ArtifactQuery, notes: string[], extra: { head_sha?: string; per_page: number }): Promise<RunInfo[]> {
  const res = await octokit.rest.actions.listWorkflowRuns({
    ...q.repo,
    workflow_id: q.workflow,
    branch: q.baseRef,
    event: 'push',
    status: 'success',
    ...extra,
  });
  const runs: RunInfo[] = [];
  for (const r of res.data.workflow_runs) {
    if (r.id === q.excludeRunId) continue;
    const head = r.head_repository?.id;
    if (r.event !== 'push' || head === undefined || head !== r.repository?.id) {
      notes.push(`run ${r.id} is not a push to the base repository ('${r.event}' from ${r.head_repository?.full_name ?? 'an unknown repository'}): never a baseline`);
      continue;
    }
    runs.push({ id: r.id, head_sha: r.head_sha, event: r.event, created_at: r.created_at });
  }
  return runs;
}

/** Steps 1 and 2: the newest usable artifact; expired and invalid ones are noted and skipped. */
export async function findBaselineArtifact(deps: BaselineDeps, q: ArtifactQuery): Promise<BaselineSearch> {
  const notes: string[] = [];
  const seen = new Set<number>();
  const tryRun = async (run: RunInfo, why: string): Promise<BaselineFound | null> => {
    if (seen.has(run.id)) return null;
    seen.add(run.id);
    const all = await listRunArtifacts(deps.octokit, q.repo, run.id, () => true);
    const chosen = q.selectArtifacts(all);
    if (chosen.length === 0) {
      notes.push(`run ${run.id} (${why}, ${short(run.head_sha)}) has no ${q.artifactLabel} artifact`);
      return null;
    }
    const expired = chosen.filter((a) => a.expired);
    if (expired.length > 0) {
      const when = expired[0]!.expires_at ? ` on ${expired[0]!.expires_at.slice(0, 10)}` : '';
      notes.push(`the ${q.artifactLabel} artifact of run ${run.id} (${why}, ${short(run.head_sha)}) expired${when}`);
      return null;
    }
    try {
      const contents = await Promise.all(chosen.map((a) => fetchArtifactProfiles(deps, q.repo, a)));
      deps.log(`Baseline: ${chosen.map((a) => `'${a.name}'`).join(', ')} of run ${run.id} (${why}, ${short(run.head_sha)})`);
      return {
        profiles: q.combine(contents.map((c) => c.profiles)),
        source: 'artifact',
        description: `artifact of [run ${run.id}](${q.runUrl(run.id)}) (${escapeMarkdown(why)}, commit \`${short(run.head_sha)}\`)`,
        sha: run.head_sha,
        runId: run.id,
      };
    } catch (e) {
      notes.push(`the ${q.artifactLabel} artifact of run ${run.id} is unusable: ${e instanceof InputError ? e.message : describeApiError(e)}`);
      return null;
    }
  };

  const shas = [...new Set(q.preferredShas.filter(Boolean))];
  for (const [i, sha] of shas.entries()) {
    const why = i === 0 ? 'merge base' : 'base branch tip';
    const runs = await listRuns(deps.octokit, q, notes, { head_sha: sha, per_page: 10 });
    if (runs.length === 0) notes.push(`no successful push run of this workflow on '${q.baseRef}' at the ${why} ${short(sha)}`);
    for (const run of runs) {
      const found = await tryRun(run, why);
      if (found) return { found, notes };
    }
  }
  const maxRuns = q.maxRuns ?? 20;
  const recent = await listRuns(deps.octokit, q, notes, { per_page: maxRuns });
  if (recent.length === 0) notes.push(`no successful push run of this workflow on '${q.baseRef}'`);
  for (const run of recent) {
    const found = await tryRun(run, `newest on ${q.baseRef}`);
    if (found) return { found, notes };
  }
  if (recent.length > 0) notes.push(`none of the ${recent.length} newest successful push runs on '${q.baseRef}' has a usable ${q.artifactLabel} artifact`);
  return { found: null, notes };
}

export interface WorktreeDeps {
  exec: ExecFn;
  log: (line: string) => void;
  /** Profile the benchmark in this directory (the same way as the head). */
  profile: (cwd: string) => Promise<Profile[]>;
  tmpDir: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Step 3: check out `sha` into a temporary worktree of `repoRoot`, profile it in the same
 * relative working directory, and remove the worktree again. Fetches the commit first when
 * a shallow checkout lacks it.
 */
export async function profileBaseInWorktree(deps: WorktreeDeps, q: { repoRoot: string; sha: string; workingDirectory: string }): Promise<Profile[]> {
  const git = (args: string[]) => deps.exec('git', ['-C', q.repoRoot, ...args], { cwd: q.repoRoot, env: deps.env });
  if ((await git(['cat-file', '-e', `${q.sha}^{commit}`])) !== 0) {
    deps.log(`Fetching base commit ${short(q.sha)}`);
    if ((await git(['fetch', '--no-tags', '--depth=1', 'origin', q.sha])) !== 0) {
      throw new Error(`cannot fetch the base commit ${q.sha} from origin`);
    }
  }
  const dir = await mkdtemp(join(deps.tmpDir, 'scalene-ci-base-'));
  if ((await git(['worktree', 'add', '--detach', dir, q.sha])) !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`git worktree add of the base commit ${q.sha} failed`);
  }
  try {
    return await deps.profile(join(dir, q.workingDirectory));
  } finally {
    await git(['worktree', 'remove', '--force', dir]);
    await rm(dir, { recursive: true, force: true });
  }
}
