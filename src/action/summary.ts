// The Markdown around the diff report: the PR comment and the job summary are built from
// the same parts so they cannot drift apart. Everything derived from profiled code is
// escaped here or by the diff renderer; notes are plain text and escaped on the way in.
import type { Profile } from '../model/profile.js';
import { totalSeconds } from '../model/profile.js';
import { escapeMarkdown, markdownCode } from '../report/escape.js';
import { formatPercent, formatSeconds } from '../compare/format.js';
import { fitComment } from './comment.js';

/** Blob link for a profile path and line, or null when the file is not in the repository. */
export type LineLink = (file: string, line: number) => string | null;

export interface ReportParts {
  /** Plain text heading ("scalene-ci", or with the artifact name). */
  title: string;
  /** Rendered diff (Markdown, already escaped) when a baseline was compared. */
  diffMarkdown: string | null;
  /** Markdown (already escaped) describing the baseline, when one was used. */
  baseline: string | null;
  /** Plain text: why there is no comparison (no baseline, ...). Null when compared. */
  noComparison: string | null;
  /** Trusted Markdown: what to do when nothing was compared (null when compared or nothing to say). */
  nextStep?: string | null;
  /** Trusted Markdown: drill-down links when there is no diff (the diff renderer shows its own). */
  drill?: string | null;
  /** Plain-text notes (baseline search, warnings), shown collapsed. */
  notes: string[];
  /** Head profiles, for a hotspot table when there is no comparison. */
  head: Profile[];
  link: LineLink;
  /** Markdown footer facts (already escaped): head commit, run link. */
  footer: string;
}

interface Hot {
  file: string;
  line: number;
  seconds: number;
  fn: string | null;
  source: string | null;
}

/** The `limit` lines with most time (mean over the profiles given). */
export function hottestLines(profiles: Profile[], limit: number): { lines: Hot[]; total_s: number } {
  const byKey = new Map<string, Hot>();
  let total = 0;
  for (const p of profiles) {
    total += totalSeconds(p.totals) / profiles.length;
    for (const [file, f] of Object.entries(p.files)) {
      const src = f.source?.split(/\r?\n/) ?? null;
      for (const l of f.lines) {
        const key = `${file}\0${l.line}`;
        let h = byKey.get(key);
        if (!h) {
          // The innermost function containing the line (the module scope contains everything).
          const fn = f.functions
            .filter((x) => x.line <= l.line && l.line <= x.end_line)
            .sort((a, b) => a.end_line - a.line - (b.end_line - b.line))[0];
          h = { file, line: l.line, seconds: 0, fn: fn?.name ?? null, source: src?.[l.line - 1]?.trim() ?? null };
          byKey.set(key, h);
        }
        h.seconds += totalSeconds(l) / profiles.length;
      }
    }
  }
  const lines = [...byKey.values()].filter((h) => h.seconds > 0).sort((a, b) => b.seconds - a.seconds).slice(0, limit);
  return { lines, total_s: total };
}

export function renderHotspots(profiles: Profile[], link: LineLink, limit = 10): string {
  const { lines, total_s } = hottestLines(profiles, limit);
  if (lines.length === 0) return '_No time was charged to any profiled line._';
  const rows = lines.map((h) => {
    const where = `${escapeMarkdown(h.file)}:${h.line}`;
    const url = link(h.file, h.line);
    const loc = url ? `[${where}](${url})` : where;
    const share = total_s > 0 ? formatPercent(h.seconds / total_s) : '–';
    const code = h.source ? markdownCode(h.source.length > 80 ? h.source.slice(0, 79) + '…' : h.source) : '';
    return `| ${loc} | ${h.fn ? escapeMarkdown(h.fn) : ''} | ${formatSeconds(h.seconds)} | ${share} | ${code} |`;
  });
  return ['| Line | Function | Time | Share | Code |', '| --- | --- | ---: | ---: | --- |', ...rows].join('\n');
}

function notesBlock(notes: string[]): string {
  if (notes.length === 0) return '';
  return `<details><summary>Notes</summary>\n\n${notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')}\n\n</details>`;
}

/** The body shared by the comment and the summary. */
export function renderReport(parts: ReportParts): string {
  const out: string[] = [];
  if (parts.diffMarkdown !== null) {
    out.push(parts.diffMarkdown.trim());
    if (parts.baseline) out.push(`Baseline: ${parts.baseline}.`);
  } else {
    out.push(`### ${escapeMarkdown(parts.title)}`);
    out.push(`**No comparison**: ${escapeMarkdown(parts.noComparison ?? 'no baseline')}.`);
    if (parts.nextStep) out.push(parts.nextStep);
    if (parts.drill) out.push(parts.drill);
    if (parts.head.length > 0) {
      out.push(`<details><summary>Hottest lines of this run</summary>\n\n${renderHotspots(parts.head, parts.link)}\n\n</details>`);
    }
  }
  const notes = notesBlock(parts.notes);
  if (notes) out.push(notes);
  out.push(`<sub>${parts.footer}</sub>`);
  return out.join('\n\n') + '\n';
}

/** The PR comment: marker first so the sticky comment can be found again. */
export function renderComment(marker: string, parts: ReportParts): string {
  return `${marker}\n${renderReport(parts)}`;
}

/** GitHub's job summary limit is 1 MiB per step. */
export const SUMMARY_LIMIT_CHARS = 1_000_000;

export function renderSummary(parts: ReportParts, extra: string[] = []): string {
  const body = renderReport(parts);
  const tail = extra.map((e) => escapeMarkdown(e)).join('\n\n');
  const text = tail ? `${body}\n${tail}\n` : body;
  return fitComment(text, SUMMARY_LIMIT_CHARS, '_(summary truncated: the artifact has the profiles)_');
}
