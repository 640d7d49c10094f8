// Number formatting shared by the diff messages and renderers, so text, Markdown and HTML say
// the same thing in the same units.
import type { CpuCategory, Finding, FindingKind, Inconclusive } from './types.js';

export function formatSeconds(s: number): string {
  const a = Math.abs(s);
  if (a === 0) return '0 s';
  if (a < 1e-3) return `${(s * 1e6).toFixed(0)} µs`;
  if (a < 1) return `${(s * 1e3).toFixed(a < 0.01 ? 2 : 1)} ms`;
  if (a < 100) return `${s.toFixed(2)} s`;
  return `${s.toFixed(0)} s`;
}

export function formatBytes(b: number): string {
  const a = Math.abs(b);
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let u = 0;
  let v = a;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const sign = b < 0 ? '-' : '';
  return `${sign}${u === 0 ? v.toFixed(0) : v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

/** A fraction as a percentage: 0.123 → "12.3 %". */
export function formatPercent(f: number): string {
  const p = f * 100;
  const a = Math.abs(p);
  return `${a !== 0 && a < 0.1 ? p.toFixed(2) : p.toFixed(1)} %`;
}

export function formatSigned(text: string, value: number): string {
  return value > 0 ? '+' + text : text;
}

export function formatPValue(p: number | null): string {
  if (p === null) return '–';
  if (p < 1e-4) return '< 0.0001';
  return p.toPrecision(2);
}

export const CATEGORY_LABEL: Record<CpuCategory, string> = {
  js: 'JS',
  native: 'native',
  system: 'system',
  gc: 'GC',
  total: 'total',
};

/** A category's label in the profiled language's terms: Scalene's profiles measure Python
 * time where ours measure JavaScript. */
export function categoryLabel(cat: CpuCategory, python: boolean): string {
  return python && cat === 'js' ? 'Python' : CATEGORY_LABEL[cat];
}

/** Whether both sides of a diff are Python (Scalene) profiles. */
export function isPythonDiff(diff: { base: { source_format?: string }; head: { source_format?: string } }): boolean {
  return diff.base.source_format === 'scalene' && diff.head.source_format === 'scalene';
}

export const KIND_LABEL: Record<FindingKind, string> = {
  'new-hotspot': 'New hotspots',
  cpu: 'CPU regressions',
  memory: 'Memory growth',
  leak: 'Likely leaks',
  copy: 'Copy volume increases',
  gpu: 'GPU regressions',
};

/** The finding's main metric, formatted in its unit. */
export function formatMetric(f: Finding, value: number): string {
  switch (f.metric) {
    case 'cpu_js_s':
    case 'cpu_native_s':
    case 'system_s':
    case 'gc_s':
    case 'total_s':
    case 'gpu_s':
      return formatSeconds(value);
    case 'leak_likelihood':
      return formatPercent(value);
    default:
      return formatBytes(value);
  }
}

/** Value of the finding's main metric on one side. */
export function metricValue(f: Finding, side: 'base' | 'head'): number {
  const s = f[side];
  switch (f.metric) {
    case 'leak_likelihood':
      return s.leak_likelihood ?? 0;
    case 'total_s':
      return s.total_s;
    default:
      return (s[f.metric] as number | undefined) ?? 0;
  }
}

/** One sentence for an inconclusive verdict (plain text: callers escape it for their format). */
export function inconclusiveSentence(i: Inconclusive): string {
  const pct = `${i.cpu_ratio >= 1 ? '+' : '−'}${Math.abs((i.cpu_ratio - 1) * 100).toFixed(0)} %`;
  const runs =
    i.runs_needed === null
      ? 'more than 50 runs a side would be needed to name a line'
      : `about ${i.runs_needed} runs a side (repeat: ${i.runs_needed}) would name the line${i.line ? ` (it is most likely ${i.line})` : ''}`;
  return `on-CPU time moved ${pct} beyond run-to-run noise (p ${i.p_value < 0.001 ? '< 0.001' : '= ' + i.p_value.toFixed(3)}), but no line or function is significant; ${runs}`;
}
