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
  /** Trusted Markdown line of drill-down links (artifact, job summary), shown above the details. */
  links?: string;
  /** A shell command that reproduces this comparison locally (shown as code). */
  reproduce?: string;
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

function codeCell(f: Finding, max = 80): string {
  if (f.source_line === null) return '';
  // Control characters would show as garbage even inside a code span.
  const s = escapeTerminal(f.source_line.trim());
  return markdownCode(s.length > max ? s.slice(0, max - 1) + '…' : s);
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

/** The kind as a short tag for the compact table: "CPU (JS)", "leak", "copy". */
function kindTag(f: Finding, python: boolean): string {
  switch (f.kind) {
    case 'new-hotspot':
      return 'new hotspot';
    case 'cpu':
      return f.category && f.category !== 'total' ? `CPU (${categoryLabel(f.category, python)})` : 'CPU';
    case 'memory':
      return f.metric === 'peak_bytes' ? 'memory (peak)' : 'memory';
    default:
      return f.kind;
  }
}

/** "66.5 ms → 280.0 ms" as "66.5 → 280.0 ms" when both sides share the unit (fits a narrow column). */
function fromTo(a: string, b: string): string {
  const ua = a.match(/ (\S+)$/)?.[1];
  const ub = b.match(/ (\S+)$/)?.[1];
  return ua && ua === ub ? `${a.slice(0, -ua.length - 1)} → ${b}` : `${a} → ${b}`;
}

/** Compact values in the kind's own unit, short enough for one line at GitHub's comment width
 * (shares, p-values and tests are in the lead sentences and the details). */
function valuesText(f: Finding): { from: string; change: string } {
  const b = metricValue(f, 'base');
  const h = metricValue(f, 'head');
  const times = b > 0 && h > 0 ? (h >= b ? `${(h / b).toFixed(h / b >= 10 ? 0 : 1)}×` : `−${((1 - h / b) * 100).toFixed(0)} %`) : null;
  if (f.kind === 'leak') {
    // Leaks in what they hold and how fast they grow, not in "likelihood".
    const held = f.head.net_bytes ?? f.head.peak_bytes ?? 0;
    const rate = f.head.leak_velocity_bytes_per_s ?? 0;
    return { from: `holds ${formatBytes(held)}`, change: `+${formatBytes(rate)}/s` };
  }
  const change = formatSigned(formatMetric(f, f.delta), f.delta);
  return { from: fromTo(formatMetric(f, b), formatMetric(f, h)), change: times && f.kind !== 'new-hotspot' ? `${change} · ${times}` : change };
}

/** How the PR reaches the line: its own edit, or a changed call site in the same file. */
function editNote(f: Finding): string {
  if (f.changed_callers && f.changed_callers.length > 0) {
    const ls = f.changed_callers.slice(0, 3);
    return `called from changed line${ls.length > 1 ? 's' : ''} ${ls.join(', ')}${f.changed_callers.length > 3 ? ', …' : ''}`;
  }
  return f.changed_in_head ? 'changed in this PR' : '';
}

function lineCell(f: Finding, opts: MarkdownOptions): string {
  const fn = f.scope === 'function' ? `${f.function ?? '(anonymous)'}()` : f.function && f.function !== '(module)' ? f.function : null;
  return fn ? `${location(f, opts)} ${markdownCode(escapeTerminal(fn.length > 40 ? fn.slice(0, 39) + '…' : fn))}` : location(f, opts);
}

/** Findings on the same line (or function) of the same side: one row, kinds as tags. */
function rowsOf(findings: Finding[]): Finding[][] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.scope}|${f.location}|${f.file}|${f.line}`;
    const g = byKey.get(k);
    if (g) g.push(f);
    else byKey.set(k, [f]);
  }
  return [...byKey.values()].map((g) => g.sort((a, b) => LEAD_ORDER.indexOf(a.kind) - LEAD_ORDER.indexOf(b.kind)));
}

/** The compact table: location · what · base → head · change. Statistics are in the details. */
function compactTable(rows: Finding[][], opts: MarkdownOptions, python: boolean): string {
  const header = ['Line', 'What', 'Base → head', 'Change'];
  const body = rows.map((g) => {
    const v = g.map(valuesText);
    const note = editNote(g[0]!);
    return [
      lineCell(g[0]!, opts),
      g.map((f) => kindTag(f, python)).join(' · ') + (note ? ` · _${note}_` : ''),
      v.map((x) => x.from).join('; '),
      v.map((x) => x.change).join('; '),
    ];
  });
  return markdownTable([header, ...body], { alignDelimiters: false, align: ['l', 'l', 'r', 'r'] });
}

/** Every finding with its statistics, for the collapsed details (the test is named below it). */
function statsTable(findings: Finding[], opts: MarkdownOptions, python: boolean): string {
  const header = ['Line', 'Code', 'Kind', 'Base', 'Head', 'p (BH)'];
  const rows = findings.map((f) => [
    location(f, opts),
    f.scope === 'function' ? '' : codeCell(f, 48),
    `${f.improvement ? 'improvement: ' : ''}${kindTag(f, python)}${f.kind === 'memory' || f.kind === 'gpu' ? ` ${metricLabel(f, python)}` : ''}`,
    formatMetric(f, metricValue(f, 'base')) + shareOrBlank(f, 'base'),
    formatMetric(f, metricValue(f, 'head')) + shareOrBlank(f, 'head'),
    pValueCell(f.p_value),
  ]);
  return markdownTable([header, ...rows], { alignDelimiters: false, align: ['l', 'l', 'l', 'r', 'r', 'r'] });
}

function shareOrBlank(f: Finding, side: 'base' | 'head'): string {
  return f.kind === 'cpu' || f.kind === 'new-hotspot' ? ` (${(f[side].share * 100).toFixed(1)} %)` : '';
}

/** Over this many rows the comment rolls findings up per function and per file. */
const ROLLUP_ROWS = 12;
/** Rows shown in full above a roll-up. */
const TOP_ROWS = 8;

function rollUp(rows: Finding[][], python: boolean): string {
  const byFn = new Map<string, { file: string; fn: string; rows: number; kinds: Set<string>; top: number }>();
  const byFile = new Map<string, { rows: number; kinds: Set<string> }>();
  for (const g of rows) {
    const f = g[0]!;
    const fnName = f.function;
    const key = `${f.file}\0${fnName ?? ''}`;
    let e = byFn.get(key);
    if (!e) byFn.set(key, (e = { file: f.file, fn: fnName ?? '(module)', rows: 0, kinds: new Set(), top: f.line }));
    e.rows++;
    for (const x of g) e.kinds.add(kindTag(x, python));
    let fe = byFile.get(f.file);
    if (!fe) byFile.set(f.file, (fe = { rows: 0, kinds: new Set() }));
    fe.rows++;
    for (const x of g) fe.kinds.add(kindTag(x, python));
  }
  const fns = [...byFn.values()].sort((a, b) => b.rows - a.rows).slice(0, 15);
  const fnTable = markdownTable(
    [['Function', 'Lines', 'What'], ...fns.map((e) => [`${markdownCode(escapeTerminal(e.fn))} (${escapeMarkdown(e.file)}:${e.top})`, String(e.rows), [...e.kinds].join(' · ')])],
    { alignDelimiters: false, align: ['l', 'r', 'l'] },
  );
  const files = [...byFile.entries()].sort((a, b) => b[1].rows - a[1].rows);
  const fileLine = files
    .slice(0, 10)
    .map(([file, e]) => `${escapeMarkdown(file)} (${e.rows})`)
    .join(', ');
  return `By function (top ${fns.length} of ${byFn.size}):\n\n${fnTable}\n\nBy file: ${fileLine}${files.length > 10 ? `, and ${files.length - 10} more files` : ''}.`;
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

function detailsBlock(diff: DiffResult, findings: Finding[], opts: MarkdownOptions): string {
  const python = isPythonDiff(diff);
  const lines: string[] = ['<details><summary>Details: statistics, code and environment</summary>', ''];
  if (findings.length > 0) lines.push(statsTable(findings, opts, python), '');
  const s = diff.summary;
  const t = (side: 'base' | 'head'): string => {
    const x = s.totals[side];
    const mem = x.alloc_bytes !== undefined ? `, allocated ${formatBytes(x.alloc_bytes)}` : '';
    return `${formatSeconds(x.elapsed_s)} elapsed, ${formatSeconds(x.attributed_s)} in profiled code (${python ? 'Python' : 'JS'} ${formatSeconds(x.cpu_js_s)}, native ${formatSeconds(x.cpu_native_s)}, system ${formatSeconds(x.system_s)}, GC ${formatSeconds(x.gc_s)})${mem}`;
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
  const tests = [...new Set(findings.map((f) => f.test))].join(', ');
  lines.push(`- Statistics: ${runsNote(diff)}${tests ? `; tests: ${tests}` : ''}. CPU time is tested against the unchanged code (so a uniformly slower runner flags nothing) and in absolute time, with effect-size floors. p (BH): the p-value adjusted for the number of lines tested (Benjamini–Hochberg).`);
  if (opts.reproduce) lines.push(`- Reproduce locally: ${markdownCode(opts.reproduce)}`);
  lines.push('', '</details>');
  return lines.join('\n');
}

/** Warnings: the first few in view; import caveats of other profilers' formats once, collapsed. */
function warningsBlock(diff: DiffResult, kept: number): string[] {
  const out: string[] = [];
  const ws = diff.warnings.slice(0, kept);
  // Another profiler's profiles carry the importer's caveats on every diff: collapsed, once.
  const isCaveat = (w: DiffResult['warnings'][number]): boolean => (w.code === 'profile-warning' || w.code === 'missing-capability') && (diff.base.source_format ?? 'scalene-ci') !== 'scalene-ci';
  const caveats = ws.filter(isCaveat);
  const rest = ws.filter((w) => !isCaveat(w));
  for (const w of rest) out.push(`> ⚠️ ${escapeMarkdown(w.message)}`);
  if (diff.warnings.length > kept) out.push(`> ⚠️ ${diff.warnings.length - kept} more warnings in the diff JSON (\`scalene-ci compare --json\`).`);
  if (out.length > 0) out.push('');
  if (caveats.length > 0) {
    out.push(`<details><summary>Import caveats (${caveats.length})</summary>`, '', ...caveats.map((w) => `- ${escapeMarkdown(w.message)}`), '', '</details>', '');
  }
  return out;
}

function render(diff: DiffResult, opts: MarkdownOptions, kept: Set<Finding>, omitted: number, warningsKept: number): string {
  const out: string[] = [];
  const python = isPythonDiff(diff);
  out.push(opts.title ?? '### scalene-ci performance diff', '');
  out.push(headline(diff), '');
  const lead = leadSentences(diff);
  if (lead.length > 0) out.push(...lead.map((l) => `- ${l}`), '');
  const regressions = diff.findings.filter((f) => !f.improvement && kept.has(f));
  const rows = rowsOf(regressions);
  if (rows.length > 0) {
    if (rows.length > ROLLUP_ROWS) {
      out.push(compactTable(rows.slice(0, TOP_ROWS), opts, python), '');
      out.push(rollUp(rows, python), '');
      out.push(`<details><summary>All ${rows.length} lines</summary>`, '', compactTable(rows.slice(TOP_ROWS), opts, python), '', '</details>', '');
    } else {
      out.push(compactTable(rows, opts, python), '');
    }
  }
  const improvements = diff.findings.filter((f) => f.improvement && kept.has(f));
  if (improvements.length > 0) {
    out.push(`<details><summary>Improvements (${diff.summary.improvements})</summary>`, '');
    out.push(compactTable(rowsOf(improvements), opts, python), '', '</details>', '');
  }
  if (omitted > 0) {
    out.push(`_${omitted} less significant finding${omitted > 1 ? 's' : ''} omitted to fit the comment; the job summary and the diff JSON (\`scalene-ci compare --json\`) have all of them._`, '');
  }
  out.push(...warningsBlock(diff, warningsKept));
  if (opts.links) out.push(opts.links, '');
  out.push(detailsBlock(diff, [...regressions, ...improvements], opts));
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

/** Which kind leads a line's sentence when several fire on it (a leak outlives any slowdown). */
const LEAD_ORDER: FindingKind[] = ['leak', 'new-hotspot', 'cpu', 'copy', 'memory', 'gpu'];

/**
 * One sentence per top regressed line, so a reviewer learns what got worse without reading a
 * table: "**renderRows** (bench.cjs:18) is 4.2× slower in JS time (+213 ms, 16.0 % → 44.0 % of
 * the run); called from changed line 27." Code-derived names are escaped (never markup,
 * links or mentions).
 */
export function leadSentences(diff: DiffResult): string[] {
  const python = isPythonDiff(diff);
  return rowsOf(diff.findings.filter((f) => !f.improvement))
    .slice(0, LEAD_SENTENCES)
    .map((g) => {
      // rowsOf already orders a line's findings by LEAD_ORDER.
      const [main, ...others] = g;
      const f = main!;
      const where = `${f.file}:${f.line}`;
      const who = f.function && f.function !== '(module)' && f.function !== '(anonymous)' ? `**${escapeMarkdown(f.function)}** (${escapeMarkdown(where)})` : `**${escapeMarkdown(where)}**`;
      const note = editNote(f);
      const also = others.map((o) => `; and ${phrase(o, python)}`).join('');
      return `${who} ${phrase(f, python)}${also}${note ? `; ${note}` : ''}.`;
    });
}

/** What happened to a line, as the predicate of a sentence. */
function phrase(f: Finding, python: boolean): string {
  const b = metricValue(f, 'base');
  const h = metricValue(f, 'head');
  const times = b > 0 ? `${(h / b).toFixed(h / b >= 10 ? 0 : 1)}×` : null;
  switch (f.kind) {
    case 'new-hotspot':
      return `is a new hotspot: ${formatSeconds(f.head.total_s)} (${formatPercent(f.head.share)} of the run)`;
    case 'cpu':
      return `is ${times ? `${times} slower` : 'slower'} in ${f.category === 'total' || !f.category ? 'CPU' : categoryLabel(f.category, python)} time (${formatSigned(formatSeconds(f.delta), f.delta)}, ${formatPercent(f.base.share)} → ${formatPercent(f.head.share)} of the run)`;
    case 'leak': {
      const held = f.head.net_bytes ?? f.head.peak_bytes ?? 0;
      const rate = f.head.leak_velocity_bytes_per_s ?? 0;
      return `likely leaks: it still holds ${formatBytes(held)} at the end, growing ${formatBytes(rate)}/s`;
    }
    case 'copy':
      return `copies ${times ? `${times} more` : 'more'} (${formatBytes(b)} → ${formatBytes(h)})`;
    case 'memory':
      return `${f.metric === 'peak_bytes' ? 'holds' : 'allocates'} ${times ? `${times} more` : 'more'} (${formatBytes(b)} → ${formatBytes(h)})`;
    default:
      return `regressed: ${escapeMarkdown(f.message)}`;
  }
}
