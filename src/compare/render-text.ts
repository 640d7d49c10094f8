// The diff for a terminal: verdict, findings grouped by kind, warnings. Code-derived text is
// passed through escapeTerminal so a function name cannot carry control sequences.
import { escapeTerminal } from '../report/escape.js';
import { categoryLabel, isPythonDiff, KIND_LABEL, inconclusiveSentence, formatMetric, formatPValue, formatPercent, formatSeconds, formatSigned, metricValue } from './format.js';
import { FINDING_KINDS, type DiffResult, type Finding } from './types.js';

export interface TextOptions {
  /** ANSI colours (only when writing to a terminal). */
  color?: boolean;
  /** At most this many findings per group (default: all). */
  maxPerGroup?: number;
}

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const YELLOW = '\u001b[33m';
const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

function findingLines(f: Finding, paint: (code: string, s: string) => string, python = false): string[] {
  const where = f.scope === 'function' && f.end_line !== undefined ? `${f.file}:${f.line}-${f.end_line}` : `${f.file}:${f.line}`;
  const fn = f.function ? `  ${f.scope === 'function' ? f.function + '()' : 'in ' + f.function}` : '';
  const cat = f.kind === 'cpu' && f.category ? ` [${categoryLabel(f.category, python)}]` : '';
  const base = formatMetric(f, metricValue(f, 'base'));
  const head = formatMetric(f, metricValue(f, 'head'));
  const shares = f.kind === 'cpu' || f.kind === 'new-hotspot' ? ` (${formatPercent(f.base.share)} → ${formatPercent(f.head.share)} of total)` : '';
  const delta = formatSigned(formatMetric(f, f.delta), f.delta);
  const changed = f.changed_in_head ? paint(YELLOW, '  changed in head') : '';
  const out = [
    `  ${paint(BOLD, escapeTerminal(where))}${escapeTerminal(fn)}${cat}  ${base} → ${head} (${delta})${shares}  ${pText(f.p_value)}${changed}`,
  ];
  if (f.source_line !== null && f.scope === 'line') out.push(paint(DIM, `      ${escapeTerminal(f.source_line.trim())}`));
  return out;
}

function pText(p: number | null): string {
  const t = formatPValue(p);
  return t.startsWith('<') ? `p ${t}` : `p=${t}`;
}

export function renderDiffText(diff: DiffResult, opts: TextOptions = {}): string {
  const paint = (code: string, s: string): string => (opts.color ? code + s + RESET : s);
  const s = diff.summary;
  const out: string[] = [];
  const tb = s.totals.base;
  const th = s.totals.head;
  const ratio = tb.attributed_s > 0 ? th.attributed_s / tb.attributed_s - 1 : null;
  const verdict =
    s.verdict === 'regression'
      ? paint(RED + BOLD, `REGRESSION: ${s.regressions} finding${s.regressions > 1 ? 's' : ''}`)
      : s.verdict === 'inconclusive' && s.inconclusive
        ? paint(YELLOW + BOLD, 'INCONCLUSIVE') + ': ' + escapeTerminal(inconclusiveSentence(s.inconclusive))
        : s.verdict === 'improvement'
          ? paint(GREEN + BOLD, 'No regressions')
          : paint(GREEN + BOLD, 'No significant change');
  const impr = s.improvements > 0 ? `, ${s.improvements} improvement${s.improvements > 1 ? 's' : ''}` : '';
  out.push(`scalene-ci compare: ${verdict}${impr}`);
  out.push(
    `profiled time ${formatSeconds(tb.attributed_s)} → ${formatSeconds(th.attributed_s)}${ratio !== null ? ` (${formatSigned(formatPercent(ratio), ratio)})` : ''}; ` +
      `base ${diff.base.runs} run${diff.base.runs > 1 ? 's' : ''}, head ${diff.head.runs} run${diff.head.runs > 1 ? 's' : ''}; ${s.tests} tests at FDR ${s.alpha}`,
  );
  const limit = opts.maxPerGroup ?? Infinity;
  const group = (title: string, list: Finding[], color: string): void => {
    if (list.length === 0) return;
    out.push('', paint(color + BOLD, `${title} (${list.length})`));
    for (const f of list.slice(0, limit)) out.push(...findingLines(f, paint, isPythonDiff(diff)));
    if (list.length > limit) out.push(`  … ${list.length - limit} more`);
  };
  for (const kind of FINDING_KINDS) group(KIND_LABEL[kind], diff.findings.filter((f) => f.kind === kind && !f.improvement), RED);
  group('Improvements', diff.findings.filter((f) => f.improvement), GREEN);
  if (s.files.renamed.length > 0) {
    out.push('', `Renamed: ${s.files.renamed.map((r) => `${escapeTerminal(r.base)} → ${escapeTerminal(r.head)}`).join(', ')}`);
  }
  if (diff.warnings.length > 0) {
    out.push('', paint(YELLOW + BOLD, 'Warnings'));
    for (const w of diff.warnings) out.push(`  - ${escapeTerminal(w.message)}`);
  }
  return out.join('\n') + '\n';
}
