// One sticky comment per pull request and artifact name: found by a hidden marker and
// its author (so a comment someone else wrote with our marker is never edited), created
// once and updated on later runs.
import type { Repo } from './context.js';
import { isPermissionError, type Octokit } from './github.js';

/** GitHub refuses comment bodies longer than this (in characters). */
export const COMMENT_LIMIT_CHARS = 65_536;

export function commentMarker(artifactName: string): string {
  return `<!-- scalene-ci:${artifactName} -->`;
}

/**
 * Cut `body` to at most `limit` characters at a line boundary, close any <details> left
 * open, and say where the rest is. The marker line stays first so the comment is still found.
 */
export function fitComment(body: string, limit: number, note: string): string {
  if (body.length <= limit) return body;
  const tail = `\n\n---\n${note}\n`;
  // Room for the note and up to a few closing tags.
  let budget = limit - tail.length - 64;
  let kept = body.slice(0, Math.max(0, budget));
  const nl = kept.lastIndexOf('\n');
  if (nl > 0) kept = kept.slice(0, nl);
  // Don't leave half an HTML tag or a table without its end: a blank line ends the table.
  const lt = kept.lastIndexOf('<');
  if (lt > kept.lastIndexOf('>')) kept = kept.slice(0, lt);
  const open = (kept.match(/<details\b/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  let closers = '';
  for (let i = 0; i < open && closers.length < 60; i++) closers += '\n</details>';
  budget = limit - tail.length - closers.length;
  return kept.slice(0, budget) + closers + tail;
}

export interface StickyComment {
  id: number;
  url: string;
}

interface CommentLike {
  id: number;
  html_url: string;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/** Who our comments are written by: the token's user, or null when the token is an app's (GITHUB_TOKEN). */
export async function tokenLogin(octokit: Octokit): Promise<string | null> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (e) {
    // Installation tokens (GITHUB_TOKEN) may not read /user: 403. Then any Bot is accepted.
    if (isPermissionError(e) || (e as { status?: number }).status === 404) return null;
    throw e;
  }
}

export function isOurComment(c: CommentLike, marker: string, login: string | null): boolean {
  if (!c.body || !c.body.includes(marker)) return false;
  if (login !== null) return c.user?.login === login;
  return c.user?.type === 'Bot';
}

/** Walk the PR's comments page by page; stop at the first of ours. */
export async function findStickyComment(octokit: Octokit, repo: Repo, issueNumber: number, marker: string, login: string | null): Promise<StickyComment | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    const mine = (page.data as CommentLike[]).find((c) => isOurComment(c, marker, login));
    if (mine) return { id: mine.id, url: mine.html_url };
  }
  return null;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'skipped';
  url: string | null;
}

/**
 * Update our comment if it exists, else create it when `create` is true (comment mode
 * `on-regression` updates an earlier comment but does not start one without regressions).
 */
export async function upsertComment(
  octokit: Octokit,
  q: { repo: Repo; issueNumber: number; marker: string; body: string; create: boolean; limit?: number; truncationNote: string },
): Promise<UpsertResult> {
  const body = fitComment(q.body.startsWith(q.marker) ? q.body : `${q.marker}\n${q.body}`, q.limit ?? COMMENT_LIMIT_CHARS, q.truncationNote);
  const login = await tokenLogin(octokit);
  const existing = await findStickyComment(octokit, q.repo, q.issueNumber, q.marker, login);
  if (existing) {
    const res = await octokit.rest.issues.updateComment({ ...q.repo, comment_id: existing.id, body });
    return { action: 'updated', url: res.data.html_url };
  }
  if (!q.create) return { action: 'skipped', url: null };
  const res = await octokit.rest.issues.createComment({ ...q.repo, issue_number: q.issueNumber, body });
  return { action: 'created', url: res.data.html_url };
}
