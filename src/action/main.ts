// The Action: profile the benchmark, keep the profile as an artifact, find a baseline,
// compare, and report (sticky PR comment, job summary, annotations, outputs). Each step
// lives in its own module and receives its dependencies; this file wires them and decides
// what a run does for its event and mode (docs/ACTION.md describes the result).
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { existsSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { InputError, UsageError, errorMessage } from '../errors.js';
import type { Profile } from '../model/profile.js';
import { compareProfiles } from '../compare/index.js';
import type { DiffResult } from '../compare/types.js';
import { renderDiffMarkdown } from '../compare/render-markdown.js';
import { loadConfig, type CompareConfig } from '../config/config.js';
import { mergeRuns, mergeShards } from '../model/merge.js';
import { checkRunValues } from '../model/validate.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderProfileHtml } from '../report/html.js';
import { renderDiffHtml } from '../report/html-diff.js';
import { exportSpeedscope } from '../export/speedscope.js';
import { Input, inputFromEnv, parseInputs, type ActionInputs } from './inputs.js';
import { readContext, type ActionContext, type PullRequestInfo, type TriggeringRun } from './context.js';
import { scrubEnvironment, secretValues } from './env.js';
import { concealInitialEnvironment, type ConcealResult } from './proc-environ.js';
import { createOctokit, describeApiError, DEFAULT_RETRY, httpStatus, isPermissionError, type Octokit, type RetryPolicy } from './github.js';
import { profileBenchmark, spawnExec, type ExecFn, type ProfileOptions } from './profiler.js';
import {
  artifactNameMatcher,
  fetchArtifactProfiles,
  listRunArtifacts,
  writeArtifactDir,
  type ArtifactMeta,
  type ArtifactUploader,
  type RemoteArtifact,
} from './artifacts.js';
import { findBaselineArtifact, profileBaseInWorktree, type BaselineFound } from './baseline.js';
import { COMMENT_LIMIT_CHARS, commentMarker, fitComment, upsertComment } from './comment.js';
import { annotationsFor, publishAnnotations, type CommandAnnotator } from './annotations.js';
import { encodePath, relativeToRepo, repoPathMapper, safeRelativeDir } from './paths.js';
import { renderComment, renderSummary, SUMMARY_LIMIT_CHARS, type ReportParts } from './summary.js';

/** The parts of @actions/core the Action uses, injectable for tests. */
export interface CoreLike extends CommandAnnotator {
  info(message: string): void;
  notice(message: string): void;
  debug(message: string): void;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
  writeSummary(markdown: string): Promise<void>;
}

export interface MainDeps {
  env: NodeJS.ProcessEnv;
  core: CoreLike;
  exec: ExecFn;
  fetch: typeof fetch;
  retry: RetryPolicy;
  createOctokit: (token: string, apiUrl: string) => Octokit;
  artifactClient: () => ArtifactUploader;
  /** dist/cli.js, next to the Action bundle's directory. */
  cliPath: string;
  nodePath: string;
  /** The native launcher next to the bundle (Linux), or null: profiler.ts ProfilerDeps. */
  launcherPath?: string | null;
  /** Clears the named variables from this process's /proc/<pid>/environ (see proc-environ.ts). */
  concealEnvironment: (hide: (name: string) => boolean) => ConcealResult;
}

const realCore: CoreLike = {
  info: core.info,
  notice: (m) => core.notice(m),
  debug: core.debug,
  warning: (m, p) => core.warning(m, p),
  error: (m, p) => core.error(m, p),
  setOutput: core.setOutput,
  setFailed: core.setFailed,
  setSecret: core.setSecret,
  writeSummary: async (md) => {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info('No GITHUB_STEP_SUMMARY: the job summary is not written');
      return;
    }
    await core.summary.emptyBuffer().addRaw(md, true).write();
  },
};

/** dist/native/linux-<arch>/scalene-ci-launch under `dist`, where this platform has one. */
function launcherNextTo(dist: string): string | null {
  if (process.platform !== 'linux') return null;
  const path = join(dist, 'native', `linux-${process.arch}`, 'scalene-ci-launch');
  return existsSync(path) ? path : null;
}

export function defaultDeps(): MainDeps {
  // dist/action/index.js → dist/cli.js
  const here = dirname(fileURLToPath(import.meta.url));
  const retry: RetryPolicy = { ...DEFAULT_RETRY, onRetry: (what, n, ms) => core.info(`${what} failed; retry ${n} in ${(ms / 1000).toFixed(1)} s`) };
  return {
    env: process.env,
    core: realCore,
    exec: spawnExec,
    fetch: globalThis.fetch,
    retry,
    createOctokit: (token, apiUrl) => createOctokit(token, apiUrl, retry),
    artifactClient: () => new DefaultArtifactClient(),
    cliPath: join(here, '..', 'cli.js'),
    nodePath: process.execPath,
    launcherPath: launcherNextTo(join(here, '..')),
    concealEnvironment: (hide) => concealInitialEnvironment(hide),
  };
}

/** Entry point: never throws; failures become one-line `setFailed` messages. */
export async function run(deps: MainDeps = defaultDeps()): Promise<void> {
  try {
    const inputs = parseInputs(inputFromEnv(deps.env));
    const ctx = readContext(deps.env);
    const outcome = await runAction(inputs, ctx, deps);
    if (outcome.fail) deps.core.setFailed(outcome.fail);
  } catch (e) {
    deps.core.setFailed(errorMessage(e));
    if (e instanceof UsageError || e instanceof InputError) process.exitCode = 2;
    else if (e instanceof Error && e.stack) deps.core.debug(e.stack);
  }
}

export interface Outcome {
  regressions: number;
  commentUrl: string | null;
  /** A reason to fail the step, or null. */
  fail: string | null;
}

const SHA_RE = /^[0-9a-f]{40}$/;

interface HeadSet {
  profiles: Profile[];
  /** Where the head came from, for the summary. */
  label: string;
  meta: ArtifactMeta | null;
  /** The profiled directory relative to the repository root. */
  workingDirRel: string;
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** Profiles of several shards (each maybe several runs) into one side for compareProfiles. */
export function combineShards(sets: Profile[][]): Profile[] {
  const perShard = sets.map((s) => (s.length === 1 ? s[0]! : mergeRuns(s)));
  return perShard.length === 1 ? [perShard[0]!] : [mergeShards(perShard)];
}

/** What every step of one run shares. */
interface RunState {
  inputs: ActionInputs;
  ctx: ActionContext;
  deps: MainDeps;
  octokit: Octokit | null;
  config: CompareConfig;
  workingDir: string;
  outDir: string;
  /** Plain-text notes for the report (warnings, what the baseline search tried). */
  notes: string[];
  /** Log a warning and keep it for the report. */
  warn: (message: string) => void;
  runUrl: (runId: number) => string;
  /** Profile the benchmark in a directory (head or base), with the scrubbed environment. */
  profileIn: (cwd: string, rawDir: string) => Promise<Profile[]>;
  /** Set on workflow_run events: the run whose artifact is the head. */
  workflowRun: TriggeringRun | null;
  /** The scrubbed environment, for everything run after the benchmark (its hooks may be in .git). */
  benchmarkEnv: NodeJS.ProcessEnv;
}

interface Comparison {
  diff: DiffResult | null;
  baseline: BaselineFound | null;
  /** Plain text: why nothing was compared. */
  noComparison: string | null;
}

export async function runAction(inputs: ActionInputs, ctx: ActionContext, deps: MainDeps): Promise<Outcome> {
  const run = await prepare(inputs, ctx, deps);
  const head = await resolveHead(run);
  if (head === null) return { regressions: 0, commentUrl: null, fail: null };
  const pr = await resolvePullRequest(run, head);

  // Links go to the PR's head commit, which outlives the merge commit a PR job checks out by
  // default (their lines differ only where the base branch changed the same file since).
  // Without a PR: the commit that was profiled.
  const headSha = pr?.headSha ?? run.workflowRun?.headSha ?? ctx.sha;
  const profiledSha = head.profiles.map((p) => p.meta.git_sha).find((s): s is string => typeof s === 'string' && SHA_RE.test(s));
  const linkSha = pr ? pr.headSha : (profiledSha ?? headSha);
  const toRepoPath = repoPathMapper(head.workingDirRel, head.meta ? null : run.workingDir);
  const link = (file: string, line: number) => {
    const p = toRepoPath(file);
    return p === null ? null : `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/blob/${linkSha}/${encodePath(p)}#L${line}`;
  };

  const { diff, baseline, noComparison } = await compareWithBaseline(run, head, pr);

  // The report, in the one form every consumer (artifact, comment, check run, summary) reads.
  const title = inputs.artifactName === 'scalene-ci' ? 'scalene-ci' : `scalene-ci: ${inputs.artifactName}`;
  const footer = [
    `Head: commit \`${shortSha(linkSha)}\``,
    head.label !== 'this run' ? escapeMarkdown(head.label) : null,
    ctx.runId ? `[workflow run](${run.runUrl(ctx.runId)})` : null,
    `artifact \`${inputs.artifactName.replace(/`/g, '')}\``,
  ]
    .filter(Boolean)
    .join(' · ');
  let drill: string | undefined;
  let reproduce: string | undefined;
  const parts = (maxChars: number): ReportParts => ({
    title,
    // The renderer links only http(s) URLs: '' leaves files outside the repository unlinked.
    diffMarkdown: diff ? renderDiffMarkdown(diff, { maxChars, blobUrl: (f, l) => link(f, l) ?? '', title: `### ${escapeMarkdown(title)}`, links: drill, reproduce }) : null,
    nextStep: diff ? null : nextStepFor(noComparison, inputs, pr, baseRefOf(inputs, pr)),
    drill: diff ? null : (drill ?? null),
    baseline: baseline?.description ?? null,
    noComparison,
    notes: run.notes,
    head: head.profiles,
    link,
    footer,
  });

  const saved = await saveArtifact(run, head, pr, renderSummary(parts(SUMMARY_LIMIT_CHARS - 20_000)), diff, baseline?.profiles ?? null);
  // Drill-down, once the artifact exists: where the HTML reports are, and how to redo it locally.
  if (saved.artifactUrl || ctx.runId) {
    const art = inputs.artifactName.replace(/[`\]\[]/g, '');
    drill = [
      saved.artifactUrl ? `[artifact \`${art}\`](${saved.artifactUrl}) (HTML report${diff ? ', diff view' : ''}, speedscope file, profiles)` : null,
      ctx.runId ? `[job summary](${run.runUrl(ctx.runId)})` : null,
    ]
      .filter(Boolean)
      .join(' · ');
    if (drill) drill = `Drill down: ${drill}.`;
    if (diff && ctx.runId && /^[\w.-]+$/.test(inputs.artifactName)) {
      reproduce = `gh run download ${ctx.runId} -R ${ctx.repo.owner}/${ctx.repo.repo} -n ${inputs.artifactName} -D scalene-ci && npx scalene-ci compare scalene-ci/baseline scalene-ci/profiles`;
    }
  }
  const regressions = diff?.summary.regressions ?? 0;
  const commentUrl = pr ? await postComment(run, pr, regressions, (max) => renderComment(commentMarker(inputs.artifactName), parts(max))) : null;

  if (diff && regressions > 0) {
    const res = await publishAnnotations(
      { octokit: run.octokit, commands: deps.core },
      annotationsFor(diff.findings, toRepoPath, inputs.failOnRegression ? 'failure' : 'warning'),
      {
        repo: ctx.repo,
        headSha,
        name: title,
        title: `${regressions} performance regression${regressions === 1 ? '' : 's'}`,
        summary: fitComment(renderSummary(parts(60_000)), 65_000, '_(truncated)_'),
        conclusion: inputs.failOnRegression ? 'failure' : 'neutral',
        // A workflow_run job's own commit is the default branch's, not the PR's.
        commandsAnnotateHead: !run.workflowRun,
      },
    );
    if (res.warning) run.warn(res.warning);
    else if (res.via === 'check-run') deps.core.info(`Annotated ${res.published} lines in check run ${res.checkRunUrl ?? ''}`);
  }

  // The job summary comes last, so the warnings of the comment and annotations are in it.
  const summary = renderSummary(parts(SUMMARY_LIMIT_CHARS - 20_000));
  try {
    await deps.core.writeSummary(summary);
  } catch (e) {
    deps.core.warning(`Cannot write the job summary: ${errorMessage(e)}`);
  }
  if (saved.reportPath) await writeFile(saved.reportPath, summary);
  deps.core.setOutput('profile', saved.profilePath ?? '');
  deps.core.setOutput('report', saved.reportPath ?? '');
  deps.core.setOutput('regressions', regressions);
  deps.core.setOutput('comment-url', commentUrl ?? '');
  deps.core.setOutput('verdict', diff ? diff.summary.verdict : 'no-comparison');
  const fail = inputs.failOnRegression && regressions > 0 ? `${regressions} performance regression${regressions === 1 ? '' : 's'} (fail-on-regression is on)` : null;
  return { regressions, commentUrl, fail };
}

/** Token, configuration, directories and the benchmark's scrubbed environment. */
async function prepare(inputs: ActionInputs, ctx: ActionContext, deps: MainDeps): Promise<RunState> {
  const token = inputs.githubToken ?? deps.env.GITHUB_TOKEN ?? null;
  if (token) deps.core.setSecret(token);
  const notes: string[] = [];
  const workingDir = resolve(ctx.workspace, inputs.workingDirectory);
  if (inputs.mode !== 'compare-only' && (!existsSync(workingDir) || !statSync(workingDir).isDirectory())) {
    throw new UsageError(`input '${Input.WorkingDirectory}' must be a directory, got ${JSON.stringify(inputs.workingDirectory)} (resolved to ${workingDir})`);
  }
  let config: CompareConfig;
  if (inputs.config !== null) {
    const path = resolve(workingDir, inputs.config);
    if (!existsSync(path)) throw new UsageError(`input '${Input.Config}' names a file that does not exist, got ${JSON.stringify(inputs.config)}`);
    config = loadConfig(path, workingDir);
  } else config = loadConfig(undefined, existsSync(workingDir) ? workingDir : ctx.workspace);

  const outBase = join(ctx.runnerTemp || tmpdir(), 'scalene-ci');
  const outDir = join(outBase, inputs.artifactName);
  // Emptied below: never anything but one directory inside outBase (parseInputs already refuses '..').
  if (dirname(outDir) !== outBase) throw new UsageError(`input '${Input.ArtifactName}' must name one directory, got ${JSON.stringify(inputs.artifactName)}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const profileOpts: ProfileOptions = {
    profiler: inputs.profiler,
    run: inputs.run,
    repeat: inputs.repeat,
    cpuOnly: inputs.cpuOnly,
    profileOnly: inputs.profileOnly,
    profileExclude: inputs.profileExclude,
  };
  const scrubbed = scrubEnvironment(deps.env, { passEnv: inputs.passEnv, secrets: secretValues(deps.env, [token]) });
  if (scrubbed.withheld.length > 0) deps.core.info(`Withheld from the benchmark (they look like secrets): ${scrubbed.withheld.join(', ')}`);
  if (inputs.mode !== 'compare-only') {
    // The benchmark could otherwise read the step's tokens from our /proc/<pid>/environ:
    // it shows it no variable that its own environment lacks.
    const hidden = deps.concealEnvironment((name) => !Object.hasOwn(scrubbed.env, name));
    if (hidden.error) {
      deps.core.warning(`Cannot clear the step's variables from this process's initial environment (${hidden.error}): the benchmark may read the tokens from /proc/${process.pid}/environ.`);
    } else deps.core.debug(`Cleared from /proc/${process.pid}/environ: ${hidden.concealed.join(', ')}`);
  }
  return {
    inputs,
    ctx,
    deps,
    octokit: token ? deps.createOctokit(token, ctx.apiUrl) : null,
    config,
    workingDir,
    outDir,
    notes,
    warn: (message) => {
      deps.core.warning(message);
      notes.push(message);
    },
    runUrl: (id) => `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${id}`,
    profileIn: async (cwd, rawDir) => {
      await mkdir(rawDir, { recursive: true });
      return profileBenchmark(profileOpts, cwd, scrubbed.env, rawDir, { exec: deps.exec, cliPath: deps.cliPath, nodePath: deps.nodePath, launcherPath: deps.launcherPath, log: (l) => deps.core.info(l) });
    },
    // Only a compare-only job treats the triggering run's artifact as its head.
    workflowRun: ctx.eventName === 'workflow_run' && inputs.mode === 'compare-only' ? ctx.workflowRun : null,
    benchmarkEnv: scrubbed.env,
  };
}

/** The head side: profile the benchmark here, or (compare-only) read the shards' / profiling run's artifacts. */
async function resolveHead(run: RunState): Promise<HeadSet | null> {
  const { inputs, ctx, deps, octokit, workflowRun } = run;
  if (inputs.mode !== 'compare-only') {
    warnIfCredentialsPersisted(run.workingDir, run.warn);
    deps.core.info(`Profiling the benchmark (${inputs.profiler})`);
    const profiles = await run.profileIn(run.workingDir, join(run.outDir, 'raw'));
    return { profiles, label: 'this run', meta: null, workingDirRel: relativeToRepo(ctx.workspace, run.workingDir) };
  }
  if (!octokit) throw new UsageError(`input '${Input.GithubToken}' is required in mode 'compare-only' (it downloads the profiles)`);
  if (workflowRun && workflowRun.conclusion !== 'success') {
    deps.core.notice(`The triggering run ${workflowRun.id} concluded '${workflowRun.conclusion}': nothing to compare.`);
    return null;
  }
  return headFromArtifacts(octokit, ctx, inputs, workflowRun?.id ?? ctx.runId, deps);
}

/** The pull request this run is about, if any (for workflow_run: checked against the API). */
async function resolvePullRequest(run: RunState, head: HeadSet): Promise<PullRequestInfo | null> {
  const { ctx, workflowRun } = run;
  if (workflowRun) {
    if (workflowRun.event === 'pull_request' || workflowRun.event === 'pull_request_target') {
      return verifiedPullRequest(run.octokit!, ctx, head.meta, workflowRun.headSha, run.warn);
    }
    run.deps.core.info(`The triggering run was a '${workflowRun.event}' run: its artifact is a baseline, nothing to compare.`);
    return null;
  }
  return ctx.pullRequest && (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') ? ctx.pullRequest : null;
}

/** Find the baseline (artifact, else same-runner) and compare; say why not when nothing is compared. */
async function compareWithBaseline(run: RunState, head: HeadSet, pr: PullRequestInfo | null): Promise<Comparison> {
  const { inputs, ctx, deps, octokit, workflowRun } = run;
  const none = (why: string): Comparison => ({ diff: null, baseline: null, noComparison: why });
  if (!pr) {
    return none(inputs.mode === 'profile-only' ? 'profile-only mode' : `a '${workflowRun?.event ?? ctx.eventName}' run has no pull request to compare; its artifact is the baseline for pull requests`);
  }
  if (inputs.mode === 'profile-only') return none("mode 'profile-only': the comparison is made by the job that downloads this artifact");
  if (inputs.baseline === 'none') return none("input 'baseline' is 'none'");

  const baseRef = inputs.baseRef ?? pr.baseRef;
  const mergeBase = octokit ? await findMergeBase(octokit, ctx, baseRef, pr.headSha, run.warn) : null;
  const tried: string[] = [];
  let baseline: BaselineFound | null = null;
  if (inputs.baseline === 'auto' || inputs.baseline === 'artifact') {
    const workflow = workflowRun ? workflowRun.workflowId : ctx.workflowFile;
    if (!octokit) tried.push('no github-token, so no artifact search');
    else if (!workflow) tried.push('GITHUB_WORKFLOW_REF is not set, so the workflow whose runs hold baselines is unknown');
    else {
      try {
        const search = await findBaselineArtifact(
          { octokit, fetch: deps.fetch, retry: deps.retry, log: (l) => deps.core.info(l) },
          {
            repo: ctx.repo,
            workflow,
            baseRef,
            preferredShas: [mergeBase ?? '', pr.baseSha],
            selectArtifacts: artifactSelector(inputs),
            artifactLabel: `'${inputs.artifactName}'`,
            excludeRunId: workflowRun?.id ?? ctx.runId,
            combine: combineShards,
            runUrl: run.runUrl,
          },
        );
        baseline = search.found;
        tried.push(...search.notes);
      } catch (e) {
        const why = describeApiError(e);
        tried.push(`the artifact search failed: ${why}`);
        if (isPermissionError(e)) run.warn(`Cannot look for a baseline artifact (${why}): the token needs 'actions: read'.`);
      }
    }
  }
  if (!baseline && (inputs.baseline === 'auto' || inputs.baseline === 'same-runner')) {
    const sha = mergeBase ?? (pr.baseSha || null);
    if (inputs.mode === 'compare-only') tried.push('same-runner baselines need the benchmark, which compare-only mode never runs');
    else if (!sha) tried.push('the base commit is unknown, so it cannot be profiled here');
    else {
      deps.core.info(`No baseline artifact: profiling the base commit ${shortSha(sha)} in a worktree (baseline: ${inputs.baseline})`);
      try {
        const profiles = await profileBaseInWorktree(
          { exec: deps.exec, log: (l) => deps.core.info(l), profile: (cwd) => run.profileIn(cwd, join(run.outDir, 'raw-base')), tmpDir: ctx.runnerTemp || tmpdir(), env: run.benchmarkEnv },
          { repoRoot: ctx.workspace, sha, workingDirectory: head.workingDirRel },
        );
        baseline = { profiles, source: 'same-runner', description: `commit \`${shortSha(sha)}\` profiled on this runner`, sha, runId: null };
      } catch (e) {
        tried.push(`profiling the base commit here failed: ${errorMessage(e)}`);
      }
    }
  }
  for (const n of tried) deps.core.info(`Baseline search: ${n}`);
  run.notes.push(...tried.map((n) => `Baseline search: ${n}`));
  if (!baseline) {
    deps.core.warning(`No baseline to compare with: ${tried.join('; ') || 'nothing found'}`);
    return none(`no baseline for '${baseRef}' (the notes below say what was tried)`);
  }
  try {
    for (const [side, profiles] of [['the baseline', baseline.profiles], ['the head', head.profiles]] as const) {
      checkRunValues(profiles, profiles.reduce((n, p) => n + p.meta.runs, 0), side);
    }
    return { diff: compareProfiles(baseline.profiles, head.profiles, run.config), baseline, noComparison: null };
  } catch (e) {
    // Profiles that validate but cannot be compared: say so and go on, so the summary and
    // the artifact still happen.
    if (!(e instanceof InputError)) throw e;
    run.warn(`The baseline cannot be compared with this run: ${e.message}`);
    return none(`the baseline cannot be compared with this run: ${e.message}`);
  }
}

/** Write the artifact directory and upload it (not in a workflow_run job: its head is another run's artifact). */
/** What to do about a run that compared nothing (plain Markdown, trusted). */
function nextStepFor(why: string | null, inputs: ActionInputs, pr: PullRequestInfo | null, baseRef: string | null): string | null {
  if (!pr || why === null) return null;
  if (!why.startsWith('no baseline')) return null;
  const branch = baseRef ? `\`${baseRef.replace(/`/g, '')}\`` : 'the base branch';
  const sameRunner = inputs.baseline === 'same-runner' ? '' : ', or set `baseline: same-runner` to profile the base commit on this runner (slower, no artifact needed)';
  return `**Next step:** run this workflow once on a push to ${branch} (its run uploads the baseline artifact; artifacts expire, so keep it running on every push)${sameRunner}.`;
}

function baseRefOf(inputs: ActionInputs, pr: PullRequestInfo | null): string | null {
  return inputs.baseRef ?? pr?.baseRef ?? null;
}

/** The self-contained drill-down files: head's HTML report and speedscope file, the diff's HTML view. */
function drillDownFiles(head: HeadSet, diff: DiffResult | null, warn: (m: string) => void): Array<{ name: string; text: string }> {
  try {
    const profile = head.profiles.length === 1 ? head.profiles[0]! : mergeRuns(head.profiles);
    const out = [
      { name: 'report.html', text: renderProfileHtml(profile, { title: 'scalene-ci profile (head)' }) },
      { name: 'profile.speedscope.json', text: JSON.stringify(exportSpeedscope(profile, 'scalene-ci profile (head)')) + '\n' },
    ];
    if (diff) out.push({ name: 'diff.html', text: renderDiffHtml(diff) });
    return out;
  } catch (e) {
    warn(`The HTML and speedscope reports could not be made: ${errorMessage(e)}`);
    return [];
  }
}

async function saveArtifact(
  run: RunState,
  head: HeadSet,
  pr: PullRequestInfo | null,
  report: string,
  diff: DiffResult | null,
  baseline: Profile[] | null,
): Promise<{ profilePath: string | null; reportPath: string | null; artifactUrl: string | null }> {
  const { inputs, ctx, deps, workflowRun } = run;
  const meta: Omit<ArtifactMeta, 'schema' | 'profiles'> = {
    event: ctx.eventName,
    sha: SHA_RE.test(ctx.sha) ? ctx.sha : '0'.repeat(40),
    run_id: ctx.runId,
    pull_request:
      ctx.pullRequest && !workflowRun
        ? { number: ctx.pullRequest.number, head_sha: ctx.pullRequest.headSha, base_ref: ctx.pullRequest.baseRef, base_sha: ctx.pullRequest.baseSha }
        : null,
    working_directory: head.workingDirRel,
    profiler: inputs.profiler,
  };
  const dir = join(run.outDir, 'artifact');
  const written = await writeArtifactDir(dir, { meta, profiles: head.profiles, report, baseline: baseline ?? undefined, extras: drillDownFiles(head, diff, run.warn) });
  let artifactUrl: string | null = null;
  if (!workflowRun) {
    try {
      const res = await deps.artifactClient().uploadArtifact(inputs.artifactName, written.files, dir);
      deps.core.info(`Uploaded artifact '${inputs.artifactName}'${res.id ? ` (id ${res.id})` : ''}`);
      if (res.id && ctx.runId) artifactUrl = `${run.runUrl(ctx.runId)}/artifacts/${res.id}`;
    } catch (e) {
      const msg = `Uploading artifact '${inputs.artifactName}' failed: ${errorMessage(e)}`;
      // Without the upload a push run leaves no baseline: that is such a run's whole job.
      if (!pr) throw new Error(msg);
      run.warn(msg);
    }
  }
  return { profilePath: written.profilePaths[0] ?? null, reportPath: written.reportPath, artifactUrl };
}

/** Upsert the sticky comment; a read-only token becomes a warning that says what to do. */
async function postComment(run: RunState, pr: PullRequestInfo, regressions: number, body: (maxChars: number) => string): Promise<string | null> {
  const { inputs, ctx, deps, octokit } = run;
  if (inputs.mode === 'profile-only' || inputs.comment === 'never') return null;
  if (!octokit) {
    run.warn(`No github-token: cannot comment on pull request #${pr.number}.`);
    return null;
  }
  try {
    const res = await upsertComment(octokit, {
      repo: ctx.repo,
      issueNumber: pr.number,
      marker: commentMarker(inputs.artifactName),
      // report.max_chars of the configuration, within GitHub's limit (less room for our footer).
      body: body(Math.min(run.config.report.max_chars, COMMENT_LIMIT_CHARS - 2_000)),
      create: inputs.comment === 'always' || regressions > 0,
      truncationNote: `_This report was cut to fit GitHub's ${COMMENT_LIMIT_CHARS.toLocaleString('en-US')}-character comment limit; the full report is in the [job summary](${run.runUrl(ctx.runId)}) and the artifact \`${inputs.artifactName}\`._`,
    });
    deps.core.info(res.action === 'skipped' ? 'No regressions and no earlier comment: not commenting (comment: on-regression)' : `Comment ${res.action}: ${res.url}`);
    return res.url;
  } catch (e) {
    const why = describeApiError(e);
    if (!isPermissionError(e)) run.warn(`Cannot comment on pull request #${pr.number}: ${why}`);
    else {
      run.warn(
        `Cannot comment on pull request #${pr.number} (${why}). The token is read-only` +
          (pr.fromFork ? ' because this pull request comes from a fork' : '') +
          ": use the two-workflow mode (pull_request + workflow_run) from docs/ACTION.md, or give the job 'pull-requests: write'. The report is in the job summary.",
      );
    }
    return null;
  }
}

/** Which artifacts of a run make up its profile set: the shards when configured, else the one named. */
function artifactSelector(inputs: ActionInputs): (all: RemoteArtifact[]) => RemoteArtifact[] {
  const shards = inputs.shardArtifacts ? artifactNameMatcher(inputs.shardArtifacts) : null;
  return (all) => {
    const named = all.filter((a) => a.name === inputs.artifactName);
    if (named.length > 0) return named.slice(0, 1);
    return shards ? all.filter((a) => shards(a.name)) : [];
  };
}

/** compare-only: the head profiles from the shard artifacts of this run, or from the profiling run. */
async function headFromArtifacts(octokit: Octokit, ctx: ActionContext, inputs: ActionInputs, runId: number, deps: MainDeps): Promise<HeadSet> {
  const matches = inputs.shardArtifacts ? artifactNameMatcher(inputs.shardArtifacts) : (n: string) => n === inputs.artifactName;
  const wanted = inputs.shardArtifacts ?? inputs.artifactName;
  const found = await listRunArtifacts(octokit, ctx.repo, runId, matches);
  const usable = found.filter((a) => !a.expired && !(inputs.shardArtifacts && runId === ctx.runId && a.name === inputs.artifactName));
  if (usable.length === 0) throw new InputError(`run ${runId} has no artifact matching '${wanted}' (input '${inputs.shardArtifacts ? Input.ShardArtifacts : Input.ArtifactName}')`);
  deps.core.info(`Downloading ${usable.length} artifact(s) of run ${runId}: ${usable.map((a) => a.name).join(', ')}`);
  const contents = [];
  for (const a of usable) contents.push(await fetchArtifactProfiles({ octokit, fetch: deps.fetch, retry: deps.retry }, ctx.repo, a));
  const metas = contents.map((c) => c.meta).filter((m): m is ArtifactMeta => m !== null);
  const wd = metas[0]?.working_directory ?? '';
  return {
    profiles: combineShards(contents.map((c) => c.profiles)),
    label: usable.length > 1 ? `${usable.length} shards merged` : `artifact of run ${runId}`,
    meta: metas[0] ?? null,
    // Untrusted: only used to build links; refuse anything that climbs out of the repository.
    workingDirRel: safeRelativeDir(wd),
  };
}

/**
 * workflow_run: the PR number comes from the untrusted artifact, so it is only a hint. The
 * API's view of that PR must have the head commit GitHub says the triggering run built.
 */
async function verifiedPullRequest(octokit: Octokit, ctx: ActionContext, meta: ArtifactMeta | null, headSha: string, warn: (m: string) => void): Promise<PullRequestInfo | null> {
  const claimed = meta?.pull_request?.number ?? ctx.workflowRun?.pullRequests[0] ?? null;
  if (claimed === null) {
    warn('The profiling run names no pull request (its artifact has no pull_request metadata): nothing to comment on.');
    return null;
  }
  let pr;
  try {
    pr = (await octokit.rest.pulls.get({ ...ctx.repo, pull_number: claimed })).data;
  } catch (e) {
    warn(`Cannot read pull request #${claimed} named by the artifact: ${describeApiError(e)}`);
    return null;
  }
  if (pr.head.sha !== headSha) {
    warn(`Pull request #${claimed} has head ${shortSha(pr.head.sha)}, but the profiled run built ${shortSha(headSha)}: not commenting (a newer run will).`);
    return null;
  }
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    fromFork: pr.head.repo?.full_name !== `${ctx.repo.owner}/${ctx.repo.repo}`,
  };
}

async function findMergeBase(octokit: Octokit, ctx: ActionContext, baseRef: string, headSha: string, warn: (m: string) => void): Promise<string | null> {
  try {
    const res = await octokit.rest.repos.compareCommitsWithBasehead({ ...ctx.repo, basehead: `${baseRef}...${headSha}`, per_page: 1 });
    return res.data.merge_base_commit.sha;
  } catch (e) {
    if (httpStatus(e) !== 404) warn(`Cannot find the merge base of '${baseRef}' and ${shortSha(headSha)}: ${describeApiError(e)}`);
    return null;
  }
}

/**
 * actions/checkout leaves the token in .git/config unless `persist-credentials: false`;
 * the benchmark could read it there, whatever its environment says.
 */
function warnIfCredentialsPersisted(dir: string, warn: (m: string) => void): void {
  const r = spawnSync('git', ['config', '--get-regexp', '^http\\..*\\.extraheader$'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (r.status === 0 && r.stdout.trim() !== '') {
    warn("The checkout kept a token in .git/config (actions/checkout's persist-credentials), where the benchmark can read it: set 'persist-credentials: false' on the checkout step.");
  }
}
