// The diff as GitHub-flavoured Markdown, for the PR comment: a one-line verdict, a table per
// kind of regression, improvements and details collapsed. Everything derived from the profiled
// code (paths, function names, source text, messages quoting them) goes through escape.ts:
// the benchmark is the PR's code, so its names must not become markup, links or mentions.
// GitHub rejects comments over 65,536 characters; we stay under `maxChars` by dropping the
// least significant rows, and say so.
import { markdownTable } from 'markdown-table';
import { escapeMarkdown, escapeTerminal, markdownCode } from '../report/escape.js';
import {
  inconclusiveSentence,
  categoryLabel,
  isPythonDiff,
  KIND_LABEL,
  formatBytes,
  formatMetric,
  formatPValue,
  formatPercent,
  formatSeconds,
  formatSigned,
  metricValue,
} from './format.js';
import { FINDING_KINDS, type DiffResult, type Finding, type FindingKind } from './types.js';

export interface MarkdownOptions {
  /** Default 60,000 (GitHub's limit is 65,536). */
  maxChars?: number;
  /** Link for a line of the head version (e.g. a GitHub blob URL with #L<line>). */
  blobUrl?: (file: string, line: number) => string;
  /** Heading; trusted text (not escaped). */
  title?: string;
}

export const DEFAULT_MAX_CHARS = 60_000;

/**
 * Only http(s) links, with every character that could end or break the Markdown link
 * destination percent-encoded. Escapes already in the URL stay as they are: decoding and
 * re-encoding turned `%40` (a scoped package's `@`) into `%2540`, a 404 on every link.
 */
function safeUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  let out = '';
  for (let i = 0; i < url.length; i++) {
    const c = url[i]!;
    if (c === '%' && /^[0-9A-Fa-f]{2}$/.test(url.slice(i + 1, i + 3))) out += c;
    else if (/[A-Za-z0-9\-._~:/?#@!$&*+,;=]/.test(c)) out += c;
    else {
      const cp = url.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      out += encodeURIComponent(ch).replace(/[!'()*]/g, (x) => '%' + x.charCodeAt(0).toString(16).toUpperCase());
      i += ch.length - 1;
    }
  }
  return out;
}

function location(f: Finding, opts: MarkdownOptions): string {
  const where = f.scope === 'function' && f.end_line !== undefined ? `${f.file}:${f.line}-${f.end_line}` : `${f.file}:${f.line}`;
  const text = escapeMarkdown(where);
  if (!opts.blobUrl || f.location !== 'head') return text;
  const url = safeUrl(opts.blobUrl(f.file, f.line));
  return url ? `[${text}](${url})` : text;
}

function shareOrBlank(f: Finding, side: 'base' | 'head'): string {
  return f.kind === 'cpu' || f.kind === 'new-hotspot' ? ` (${formatPercent(f[side].share)})` : '';
}

function deltaText(f: Finding): string {
  const d = formatSigned(formatMetric(f, f.delta), f.delta);
  if (f.relative_delta === null) return d;
  return `${d} (${formatSigned(formatPercent(f.relative_delta), f.relative_delta)})`;
}

function codeCell(f: Finding): string {
  if (f.source_line === null) return '';
  // Control characters would show as garbage even inside a code span.
  const s = escapeTerminal(f.source_line.trim());
  return markdownCode(s.length > 80 ? s.slice(0, 77) + '...' : s);
}

function pValueCell(p: number | null): string {
  return formatPValue(p).replace(/</g, '&lt;');
}

const KIND_PHRASE: Record<FindingKind, [string, string]> = {
  'new-hotspot': ['new hotspot', 'new hotspots'],
  cpu: ['CPU regression', 'CPU regressions'],
  memory: ['memory growth', 'memory growths'],
  leak: ['likely leak', 'likely leaks'],
  copy: ['copy increase', 'copy increases'],
  gpu: ['GPU regression', 'GPU regressions'],
};

function metricLabel(f: Finding, python: boolean): string {
  if (f.kind === 'cpu' && f.category) return categoryLabel(f.category, python);
  if (f.kind === 'memory') return f.metric === 'peak_bytes' ? 'peak' : 'allocated';
  if (f.kind === 'gpu') return f.metric === 'gpu_s' ? 'time' : 'memory';
  if (f.kind === 'new-hotspot') return 'total';
  return f.kind;
}

function table(findings: Finding[], opts: MarkdownOptions, withMetric: boolean, python = false): string {
  const header = ['Line', 'Function', 'Code', ...(withMetric ? ['Metric'] : []), 'Base', 'Head', 'Change', 'p (BH)', 'Changed in PR'];
  const rows = findings.map((f) => [
    location(f, opts),
    f.scope === 'function' ? `${escapeMarkdown(f.function ?? '(anonymous)')}()` : escapeMarkdown(f.function ?? ''),
    f.scope === 'function' ? '' : codeCell(f),
    ...(withMetric ? [metricLabel(f, python)] : []),
    formatMetric(f, metricValue(f, 'base')) + shareOrBlank(f, 'base'),
    formatMetric(f, metricValue(f, 'head')) + shareOrBlank(f, 'head'),
    deltaText(f),
    pValueCell(f.p_value),
    f.changed_in_head ? 'yes' : '',
  ]);
  const align = ['l', 'l', 'l', ...(withMetric ? ['l'] : []), 'r', 'r', 'r', 'r', 'c'];
  return markdownTable([header, ...rows], { alignDelimiters: false, align });
}

function headline(diff: DiffResult): string {
  const s = diff.summary;
  const tb = s.totals.base;
  const th = s.totals.head;
  const ratio = tb.attributed_s > 0 ? th.attributed_s / tb.attributed_s - 1 : null;
  const time = `profiled time ${formatSeconds(tb.attributed_s)} → ${formatSeconds(th.attributed_s)}${ratio !== null ? ` (${formatSigned(formatPercent(ratio), ratio)})` : ''}`;
  const kinds = FINDING_KINDS.filter((k) => s.by_kind[k].regressions > 0)
    .map((k) => `${s.by_kind[k].regressions} ${KIND_PHRASE[k][s.by_kind[k].regressions === 1 ? 0 : 1]}`)
    .join(', ');
  const impr = s.improvements > 0 ? ` · ${s.improvements} improvement${s.improvements > 1 ? 's' : ''}` : '';
  if (s.verdict === 'regression') {
    return `**❌ ${s.regressions} regression${s.regressions > 1 ? 's' : ''}** (${kinds})${impr} · ${time}`;
  }
  if (s.verdict === 'inconclusive' && s.inconclusive) return `**⚠️ Inconclusive** · ${escapeMarkdown(inconclusiveSentence(s.inconclusive))}${impr} · ${time}`;
  if (s.verdict === 'improvement') return `**✅ No regressions**${impr} · ${time}`;
  return `**✅ No significant change** · ${time}`;
}

function runsNote(diff: DiffResult): string {
  const b = diff.base.runs;
  const h = diff.head.runs;
  const plural = (n: number): string => `${n} run${n > 1 ? 's' : ''}`;
  return `base: ${plural(b)}, head: ${plural(h)}; ${diff.summary.tests} tests, false-discovery rate ${diff.summary.alpha}`;
}

function detailsBlock(diff: DiffResult, findings: Finding[]): string {
  const lines: string[] = ['<details><summary>Details</summary>', ''];
  for (const f of findings) {
    const tag = f.improvement ? 'improvement' : f.kind;
    lines.push(`- ${escapeMarkdown(`${f.file}:${f.line}`)} (${tag}): ${escapeMarkdown(f.message)} Test: ${f.test}${f.p_value_raw !== null ? `, raw p ${pValueCell(f.p_value_raw)}` : ''}.`);
  }
  if (findings.length > 0) lines.push('');
  const s = diff.summary;
  const t = (side: 'base' | 'head'): string => {
    const x = s.totals[side];
    const mem = x.alloc_bytes !== undefined ? `, allocated ${formatBytes(x.alloc_bytes)}` : '';
    return `${formatSeconds(x.elapsed_s)} elapsed, ${formatSeconds(x.attributed_s)} in profiled code (${isPythonDiff(diff) ? 'Python' : 'JS'} ${formatSeconds(x.cpu_js_s)}, native ${formatSeconds(x.cpu_native_s)}, system ${formatSeconds(x.system_s)}, GC ${formatSeconds(x.gc_s)})${mem}`;
  };
  // Where the run happened, as far as the profile knows (Scalene's JSON names neither Python
  // nor the CPU: say what it is instead of "unknown Node.js").
  const env = (side: DiffResult['base']): string => {
    const runtime = side.source_format === 'scalene' ? 'Scalene (Python)' : (side.node_version ?? 'unknown Node.js');
    return side.cpu_model ? `${runtime} on ${side.cpu_model}` : runtime;
  };
  lines.push(`- Base: ${t('base')}; ${escapeMarkdown(env(diff.base))}.`);
  lines.push(`- Head: ${t('head')}; ${escapeMarkdown(env(diff.head))}.`);
  if (s.files.renamed.length > 0) {
    lines.push(`- Renamed: ${s.files.renamed.map((r) => `${escapeMarkdown(r.base)} → ${escapeMarkdown(r.head)}`).join(', ')}.`);
  }
  lines.push(`- Statistics: ${runsNote(diff)}. CPU time is tested against the unchanged code (so a uniformly slower runner flags nothing) and in absolute time, with effect-size floors.`);
  lines.push('', '</details>');
  return lines.join('\n');
}

function render(diff: DiffResult, opts: MarkdownOptions, kept: Set<Finding>, omitted: number, warningsKept: number): string {
  const out: string[] = [];
  out.push(opts.title ?? '### scalene-ci performance diff', '');
  out.push(headline(diff), '');
  const lead = leadSentences(diff);
  if (lead.length > 0) out.push(...lead.map((l) => `- ${l}`), '');
  for (const w of diff.warnings.slice(0, warningsKept)) out.push(`> ⚠️ ${escapeMarkdown(w.message)}`);
  if (diff.warnings.length > warningsKept) out.push(`> ⚠️ ${diff.warnings.length - warningsKept} more warnings in the JSON report.`);
  if (diff.warnings.length > 0) out.push('');
  const regressions = diff.findings.filter((f) => !f.improvement && kept.has(f));
  for (const kind of FINDING_KINDS) {
    const rows = regressions.filter((f) => f.kind === kind);
    if (rows.length === 0) continue;
    const all = diff.summary.by_kind[kind].regressions;
    out.push(`#### ${KIND_LABEL[kind]} (${all})`, '');
    out.push(table(rows, opts, kind === 'cpu' || kind === 'memory' || kind === 'gpu', isPythonDiff(diff)), '');
  }
  const improvements = diff.findings.filter((f) => f.improvement && kept.has(f));
  if (improvements.length > 0) {
    out.push(`<details><summary>Improvements (${diff.summary.improvements})</summary>`, '');
    out.push(table(improvements, opts, true, isPythonDiff(diff)), '', '</details>', '');
  }
  if (omitted > 0) {
    out.push(`_${omitted} less significant finding${omitted > 1 ? 's' : ''} omitted to fit the comment; the JSON report has all of them._`, '');
  }
  out.push(detailsBlock(diff, [...regressions, ...improvements]));
  return out.join('\n') + '\n';
}

/**
 * Markdown for a PR comment. Rows are dropped least significant first (improvements before
 * regressions, smallest effect first) until the text fits `maxChars`.
 */
export function renderDiffMarkdown(diff: DiffResult, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  // diff.findings is ordered regressions first, most significant first within each kind;
  // rank across kinds by that order too, so truncation keeps the top of every table longest.
  const rank = new Map<Finding, number>();
  const seen = new Map<string, number>();
  for (const f of diff.findings) {
    const key = `${f.kind}|${f.improvement}`;
    const n = seen.get(key) ?? 0;
    rank.set(f, n);
    seen.set(key, n + 1);
  }
  const ranked = [...diff.findings].sort((a, b) => {
    if (a.improvement !== b.improvement) return a.improvement ? 1 : -1;
    return rank.get(a)! - rank.get(b)!;
  });
  const attempt = (n: number, warnings: number): string => render(diff, opts, new Set(ranked.slice(0, n)), ranked.length - n, warnings);
  const warnings = diff.warnings.length;
  let text = attempt(ranked.length, warnings);
  if (text.length <= maxChars) return text;
  // Binary search for the most rows that fit.
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (attempt(mid, warnings).length <= maxChars) lo = mid;
    else hi = mid - 1;
  }
  text = attempt(lo, warnings);
  if (text.length <= maxChars) return text;
  text = attempt(0, Math.min(warnings, 3));
  if (text.length <= maxChars) return text;
  // A limit too small for even the headline: cut at a line boundary.
  const cut = text.slice(0, Math.max(0, maxChars - 40));
  return cut.slice(0, cut.lastIndexOf('\n') + 1) + '\n_(truncated)_\n';
}

/** How many findings get a sentence of their own above the tables. */
const LEAD_SENTENCES = 3;

/**
 * One sentence per top regression, so a reviewer learns what got worse without reading a
 * table: "`renderRows` (bench.cjs:18) is 4.2× slower (+213 ms, 16.0 % → 44.0 % of the run);
 * changed in this PR." Code-derived names are escaped (never markup, links or mentions).
 */
export function leadSentences(diff: DiffResult): string[] {
  return diff.findings
    .filter((f) => !f.improvement)
    .slice(0, LEAD_SENTENCES)
    .map((f) => {
      const where = `${f.file}:${f.line}`;
      const who = f.function && f.function !== '(module)' && f.function !== '(anonymous)' ? `**${escapeMarkdown(f.function)}** (${escapeMarkdown(where)})` : `**${escapeMarkdown(where)}**`;
      const b = metricValue(f, 'base');
      const h = metricValue(f, 'head');
      const times = b > 0 ? `${(h / b).toFixed(h / b >= 10 ? 0 : 1)}×` : null;
      const changed = f.changed_in_head ? '; changed in this PR' : '';
      switch (f.kind) {
        case 'new-hotspot':
          return `${who} is a new hotspot: ${formatSeconds(f.head.total_s)} (${formatPercent(f.head.share)} of the run)${changed}.`;
        case 'cpu':
          return `${who} is ${times ? `${times} slower` : 'slower'} in ${f.category === 'total' || !f.category ? 'CPU' : categoryLabel(f.category, isPythonDiff(diff))} time (${formatSigned(formatSeconds(f.delta), f.delta)}, ${formatPercent(f.base.share)} → ${formatPercent(f.head.share)} of the run)${changed}.`;
        case 'leak': {
          const held = f.head.net_bytes ?? f.head.peak_bytes ?? 0;
          const rate = f.head.leak_velocity_bytes_per_s ?? 0;
          return `${who} likely leaks: it still holds ${formatBytes(held)} at the end, growing ${formatBytes(rate)}/s${changed}.`;
        }
        case 'copy':
          return `${who} copies ${times ? `${times} more` : 'more'} (${formatBytes(b)} → ${formatBytes(h)})${changed}.`;
        case 'memory':
          return `${who} ${f.metric === 'peak_bytes' ? 'holds' : 'allocates'} ${times ? `${times} more` : 'more'} (${formatBytes(b)} → ${formatBytes(h)})${changed}.`;
        default:
          return `${who}: ${escapeMarkdown(f.message)}`;
      }
    });
}
