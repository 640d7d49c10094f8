// Markdown report of one profile (`report --format markdown`, job summaries, issues):
// headline figures, the hottest lines with their source and time split, the top
// functions, and what the source format could not provide.
//
// Pure, and built from `profileView` — the same derivation the HTML report uses — so the
// two never disagree. Every code-derived string (file and function names, source text,
// commands, importer notes that quote function names) is escaped for GitHub Markdown.
import type { Profile } from '../model/profile.js';
import { formatBytes, formatSeconds } from '../compare/format.js';
import { escapeMarkdown, markdownCode } from './escape.js';
import { type FunctionView, type LineView, profileView } from './html.js';

export interface MarkdownReportOptions {
  /** Lines listed in "Hottest lines" (default 10). */
  topLines?: number;
  /** Functions listed (default 10). */
  topFunctions?: number;
  /** Heading level of the title (default 2, so it nests in a PR comment or job summary). */
  headingLevel?: number;
}

const share = (part: number, whole: number) => (whole > 0 && part > 0 ? `${((100 * part) / whole).toFixed(part / whole >= 0.1 ? 0 : 1)} %` : '');
const sec = (s: number | undefined) => (s === undefined || s === 0 ? '' : formatSeconds(s));
const bytes = (b: number | undefined) => (b === undefined || b === 0 ? '' : formatBytes(b));

function table(header: string[], align: Array<'l' | 'r'>, rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), `| ${align.map((a) => (a === 'r' ? '---:' : ':---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function renderProfileMarkdown(profile: Profile, opts: MarkdownReportOptions = {}): string {
  const view = profileView(profile);
  const { cols, totals: T } = view;
  const h = '#'.repeat(Math.min(6, Math.max(1, opts.headingLevel ?? 2)));
  const out: string[] = [];
  const command = profile.meta.command.join(' ');
  out.push(`${h} scalene-ci profile${command ? ': ' + markdownCode(command) : ''}`, '');

  const cats: Array<[keyof LineView & keyof FunctionView, string]> = [['js', cols.native ? 'JS' : 'CPU']];
  if (cols.native) cats.push(['native', 'native']);
  if (cols.system) cats.push(['system', 'system']);
  if (cols.gc) cats.push(['gc', 'GC']);

  const head: string[] = [`**Source:** ${escapeMarkdown(profile.meta.source_format)}`];
  if (profile.meta.elapsed_s > 0) head.push(`**Elapsed:** ${formatSeconds(profile.meta.elapsed_s)}`);
  if (cols.cpu) {
    const split = cats.map(([k, label]) => `${label} ${formatSeconds(T[k as 'js'])}${T.all > 0 ? ` (${share(T[k as 'js'], T.all) || '0 %'})` : ''}`);
    if (T.unattributed > 0) split.push(`unattributed ${formatSeconds(T.unattributed)}`);
    head.push(`**Time:** ${split.join(' · ')}`);
  }
  if (cols.memory && T.alloc !== undefined) head.push(`**Allocated:** ${formatBytes(T.alloc)}`);
  if (cols.memory && T.peak !== undefined) head.push(`**Peak:** ${formatBytes(T.peak)}`);
  if (cols.copy && T.copy !== undefined) head.push(`**Copied:** ${formatBytes(T.copy)}`);
  if (cols.gpu && T.gpu_s !== undefined) head.push(`**GPU:** ${formatSeconds(T.gpu_s)}`);
  out.push(head.join(' · '), '');

  // Hottest lines across files: by time, or by allocation when there is no time.
  const byTime = view.files.some((f) => f.total > 0);
  const lines = view.files
    .flatMap((f) => f.lines.map((l) => ({ f, l })))
    .filter(({ l }) => (byTime ? l.total > 0 : (l.alloc ?? 0) > 0 || l.leak !== undefined))
    .sort((a, b) => (byTime ? b.l.total - a.l.total : (b.l.alloc ?? 0) - (a.l.alloc ?? 0)))
    .slice(0, opts.topLines ?? 10);
  if (lines.length > 0) {
    const header = ['Line', 'Function'];
    const align: Array<'l' | 'r'> = ['l', 'l'];
    if (cols.cpu) {
      header.push('Time', 'Share', ...cats.map((c) => c[1]));
      align.push('r', 'r', ...cats.map(() => 'r' as const));
    }
    if (cols.memory) {
      header.push('Alloc', 'Peak');
      align.push('r', 'r');
      if (cols.copy) {
        header.push('Copy');
        align.push('r');
      }
    }
    if (cols.gpu) {
      header.push('GPU');
      align.push('r');
    }
    header.push('Notes', 'Source');
    align.push('l', 'l');
    const rows = lines.map(({ f, l }) => {
      const r = [`${escapeMarkdown(f.path)}:${l.line}`, l.fn === null ? '' : escapeMarkdown(l.fn)];
      if (cols.cpu) r.push(sec(l.total), share(l.total, T.all), ...cats.map(([k]) => sec(l[k] as number)));
      if (cols.memory) {
        r.push(bytes(l.alloc), bytes(l.peak));
        if (cols.copy) r.push(bytes(l.copy));
      }
      if (cols.gpu) r.push(sec(l.gpu_s));
      const notes: string[] = [];
      if (l.leak) notes.push(`likely leak (${(100 * l.leak.likelihood).toFixed(0)} %, ${formatBytes(l.leak.velocity_bytes_per_s)}/s)`);
      if (view.hot && view.hot.file === f.path && view.hot.line === l.line) notes.unshift('hottest');
      r.push(notes.join(', '));
      const src = f.source && l.line <= f.source.length ? f.source[l.line - 1]!.trim() : '';
      r.push(src === '' ? '' : markdownCode(src.length > 120 ? src.slice(0, 117) + '...' : src));
      return r;
    });
    out.push(`${h}# Hottest lines`, '', table(header, align, rows), '');
  } else {
    out.push('_No line of a profiled file was charged anything._', '');
  }

  const fns = [...view.functions]
    .sort((a, b) => (byTime ? b.total - a.total : (b.alloc ?? 0) - (a.alloc ?? 0)))
    .filter((f) => (byTime ? f.total > 0 : (f.alloc ?? 0) > 0))
    .slice(0, opts.topFunctions ?? 10);
  if (fns.length > 0) {
    const header = ['Function', 'Lines'];
    const align: Array<'l' | 'r'> = ['l', 'l'];
    if (cols.cpu) {
      header.push('Time', 'Share', ...cats.map((c) => c[1]));
      align.push('r', 'r', ...cats.map(() => 'r' as const));
    }
    if (cols.memory) {
      header.push('Alloc', 'Peak');
      align.push('r', 'r');
    }
    const rows = fns.map((f) => {
      const r = [escapeMarkdown(f.name), `${escapeMarkdown(f.file)}:${f.line}–${f.end_line}`];
      if (cols.cpu) r.push(sec(f.total), share(f.total, T.all), ...cats.map(([k]) => sec(f[k] as number)));
      if (cols.memory) r.push(bytes(f.alloc), bytes(f.peak));
      return r;
    });
    out.push(`${h}# Functions`, '', table(header, align, rows), '');
  }

  if (view.missing.length > 0) out.push(`**Not in this profile:** ${view.missing.map(escapeMarkdown).join('; ')}.`, '');
  if (view.warnings.length > 0) {
    out.push('<details><summary>Notes on this profile</summary>', '', ...view.warnings.map((w) => `- ${escapeMarkdown(w)}`), '', '</details>', '');
  }
  return out.join('\n');
}
