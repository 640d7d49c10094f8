// Annotations on the flagged lines. GitHub shows at most 10 warning and 10 error
// annotations per step from workflow commands, so more than that go into a check run
// (Checks API, at most 50 annotations per request: create, then update in batches).
import type { Finding } from '../compare/types.js';
import type { Repo } from './context.js';
import { describeApiError, type Octokit } from './github.js';

export const STEP_LIMIT_PER_LEVEL = 10;
export const CHECK_RUN_BATCH = 50;
/** Annotations beyond this many (the least significant) are left to the report: each 50 cost a request. */
export const MAX_ANNOTATIONS = 500;

export type AnnotationLevel = 'warning' | 'failure' | 'notice';

export interface Annotation {
  /** Repository-relative, '/'-separated. */
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  /** Plain text (annotations are not Markdown). */
  message: string;
}

/** The workflow-command channel (@actions/core's warning/error), injected for tests. */
export interface CommandAnnotator {
  warning(message: string, props?: { title: string; file: string; startLine: number; endLine: number }): void;
  error(message: string, props?: { title: string; file: string; startLine: number; endLine: number }): void;
}

const TITLE_MAX = 255;
const MESSAGE_MAX = 4000;

// Annotations are plain text, but control characters from code-derived names still do not belong.
function plain(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const t = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/**
 * One annotation per regression whose file maps into the repository (`toRepoPath` returns
 * null for files outside it, which GitHub could not place).
 */
export function annotationsFor(findings: Finding[], toRepoPath: (file: string) => string | null, level: AnnotationLevel): Annotation[] {
  const out: Annotation[] = [];
  // Findings come most significant first, so the cap keeps the ones that matter.
  for (const f of findings) {
    if (out.length >= MAX_ANNOTATIONS) break;
    if (f.improvement || f.location !== 'head') continue;
    const path = toRepoPath(f.file);
    if (path === null) continue;
    const where = f.function ? ` in ${f.function}` : '';
    out.push({
      path,
      start_line: f.line,
      end_line: f.scope === 'function' && f.end_line ? f.end_line : f.line,
      annotation_level: level,
      title: plain(`scalene-ci: ${kindTitle(f)}${where}`, TITLE_MAX),
      message: plain(f.message, MESSAGE_MAX),
    });
  }
  return out;
}

function kindTitle(f: Finding): string {
  switch (f.kind) {
    case 'cpu':
      return 'CPU regression';
    case 'new-hotspot':
      return 'new hotspot';
    case 'memory':
      return 'memory growth';
    case 'leak':
      return 'likely leak';
    case 'copy':
      return 'copy volume increase';
    case 'gpu':
      return 'GPU regression';
  }
}

export interface PublishResult {
  via: 'commands' | 'check-run' | 'none';
  published: number;
  checkRunUrl: string | null;
  /** Why the check run was not used (plain text), when it was wanted. */
  warning: string | null;
}

function viaCommands(annotations: Annotation[], cmd: CommandAnnotator): number {
  let warnings = 0;
  let errors = 0;
  for (const a of annotations) {
    const props = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
    if (a.annotation_level === 'failure' && errors < STEP_LIMIT_PER_LEVEL) {
      cmd.error(a.message, props);
      errors++;
    } else if (a.annotation_level !== 'failure' && warnings < STEP_LIMIT_PER_LEVEL) {
      cmd.warning(a.message, props);
      warnings++;
    }
  }
  return warnings + errors;
}

/**
 * Publish annotations: as workflow commands when they fit the per-step limits, else as a
 * check run on `headSha`. When the check run cannot be created (read-only token), fall back
 * to the first ten per level as commands. `commandsAnnotateHead` is false when this job's
 * commit is not the profiled one (workflow_run jobs run on the default branch): then only a
 * check run on `headSha` can put the annotations in the right place.
 */
export async function publishAnnotations(
  deps: { octokit: Octokit | null; commands: CommandAnnotator },
  annotations: Annotation[],
  q: { repo: Repo; headSha: string; name: string; title: string; summary: string; conclusion: 'success' | 'neutral' | 'failure'; commandsAnnotateHead: boolean },
): Promise<PublishResult> {
  if (annotations.length === 0) return { via: 'none', published: 0, checkRunUrl: null, warning: null };
  const failures = annotations.filter((a) => a.annotation_level === 'failure').length;
  const fits = failures <= STEP_LIMIT_PER_LEVEL && annotations.length - failures <= STEP_LIMIT_PER_LEVEL;
  if (fits && q.commandsAnnotateHead) {
    return { via: 'commands', published: viaCommands(annotations, deps.commands), checkRunUrl: null, warning: null };
  }
  let why: string;
  if (deps.octokit === null) why = 'no github-token';
  else {
    try {
      const { octokit } = deps;
      const output = (batch: Annotation[]) => ({ title: q.title, summary: q.summary.slice(0, 65_000), annotations: batch });
      const created = await octokit.rest.checks.create({
        ...q.repo,
        name: q.name,
        head_sha: q.headSha,
        status: 'completed',
        conclusion: q.conclusion,
        output: output(annotations.slice(0, CHECK_RUN_BATCH)),
      });
      // Each update appends its annotations to the check run's.
      for (let i = CHECK_RUN_BATCH; i < annotations.length; i += CHECK_RUN_BATCH) {
        await octokit.rest.checks.update({ ...q.repo, check_run_id: created.data.id, output: output(annotations.slice(i, i + CHECK_RUN_BATCH)) });
      }
      return { via: 'check-run', published: annotations.length, checkRunUrl: created.data.html_url ?? null, warning: null };
    } catch (e) {
      why = describeApiError(e);
    }
  }
  const wanted = `could not create a check run for ${annotations.length} annotations (${why}; it needs 'checks: write')`;
  if (!q.commandsAnnotateHead) return { via: 'none', published: 0, checkRunUrl: null, warning: `${wanted}; no annotations made` };
  const published = viaCommands(annotations, deps.commands);
  return { via: 'commands', published, checkRunUrl: null, warning: `${wanted}; annotated the first ${published} only` };
}
