// Scalene-style terminal report: each profiled file's annotated source with per-line
// time split (JS / native / system / GC), memory and copy columns in full mode, a GPU
// column when there was GPU activity, then a per-function summary. Pure: profile in,
// text out. Colours only when asked (the CLI asks when stdout is a TTY).
import type { FileProfile, LineProfile, Metrics, Profile } from '../model/profile.js';
import { maxOf, totalSeconds } from '../model/profile.js';
import { escapeTerminal } from './escape.js';

export interface TextReportOptions {
  color?: boolean;
  /** Only lines at or above the threshold (Scalene's --reduced-profile). */
  reduced?: boolean;
  /** Percent of total time a line needs to be listed in reduced mode and highlighted. */
  cpuPercentThreshold?: number;
  /** Files longer than this show only lines with data (plus one line of context). */
  maxFullSourceLines?: number;
}

const SPARK = '▁▂▃▄▅▆▇█';

export function sparkline(points: Array<[number, number]> | undefined, width = 10): string {
  if (!points || points.length === 0) return '';
  const values = points.map((p) => p[1]);
  const step = Math.max(1, Math.ceil(values.length / width));
  const buckets: number[] = [];
  for (let i = 0; i < values.length; i += step) buckets.push(maxOf(values.slice(i, i + step)));
  const lo = -maxOf(buckets.map((b) => -b), 0);
  const hi = maxOf(buckets);
  if (hi === lo) return SPARK[0]!.repeat(buckets.length);
  return buckets.map((v) => SPARK[Math.min(SPARK.length - 1, Math.floor(((v - lo) / (hi - lo)) * (SPARK.length - 1)))]).join('');
}

const pct = (part: number, whole: number) => (whole > 0 && part > 0 ? (100 * part) / whole : 0);
const fmtPct = (p: number) => (p >= 0.5 ? `${Math.round(p)}%` : p > 0 ? '<1%' : '');
const fmtMB = (bytes: number | undefined) => (bytes === undefined || Math.abs(bytes) < 1024 * 1024 * 0.05 ? '' : `${(bytes / 1048576).toFixed(bytes >= 100 * 1048576 ? 0 : 1)}`);

interface Column {
  title: string;
  width: number;
  cell: (m: Metrics) => string;
}

export function renderText(profile: Profile, opts: TextReportOptions = {}): string {
  const color = opts.color ?? false;
  const threshold = opts.cpuPercentThreshold ?? 1;
  const maxFull = opts.maxFullSourceLines ?? 200;
  const c = (code: string, s: string) => (color && s ? `\x1b[${code}m${s}\x1b[0m` : s);
  const total = totalSeconds(profile.totals) + profile.totals.unattributed_s;
  const full = profile.meta.mode === 'full';
  const hasGpu = Object.values(profile.files).some((f) => f.lines.some((l) => (l.gpu_s ?? 0) > 0));
  const elapsedS = profile.meta.elapsed_s;

  const columns: Column[] = [
    { title: 'JS', width: 5, cell: (m) => fmtPct(pct(m.cpu_js_s, total)) },
    { title: 'native', width: 6, cell: (m) => fmtPct(pct(m.cpu_native_s, total)) },
    { title: 'system', width: 6, cell: (m) => fmtPct(pct(m.system_s, total)) },
    { title: 'GC', width: 4, cell: (m) => fmtPct(pct(m.gc_s, total)) },
  ];
  if (full) {
    columns.push(
      {
        title: 'Mem JS',
        width: 6,
        cell: (m) => {
          const all = (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0);
          return all > 0 ? fmtPct(pct(m.alloc_js_bytes ?? 0, all)) || '0%' : '';
        },
      },
      { title: 'net MB', width: 7, cell: (m) => fmtMB(m.net_bytes) },
      { title: 'timeline', width: 10, cell: (m) => sparkline(m.timeline) },
      {
        title: 'copy MB/s',
        width: 9,
        cell: (m) => (m.copy_bytes && elapsedS > 0 && m.copy_bytes / 1048576 / elapsedS >= 0.05 ? (m.copy_bytes / 1048576 / elapsedS).toFixed(1) : ''),
      },
    );
  }
  if (hasGpu) columns.push({ title: 'GPU', width: 5, cell: (m) => fmtPct(pct(m.gpu_s ?? 0, elapsedS)) });

  const out: string[] = [];
  const head = profile.meta;
  out.push(
    c('1', `scalene-ci profile of ${escapeTerminal(head.command.join(' '))}`) +
      `  — ${elapsedS.toFixed(2)} s elapsed, ${fmtSeconds(totalSeconds(profile.totals))} in profiled code, sampling every ${head.sampling_interval_ms} ms` +
      (head.complete ? '' : c('31', '  [INCOMPLETE]')),
  );
  if (full && profile.totals.peak_footprint_bytes !== undefined) {
    const at = profile.totals.peak_footprint_at;
    out.push(
      `Memory: peak ${fmtMB(profile.totals.peak_footprint_bytes) || '0'} MB` +
        (at ? ` (at ${escapeTerminal(at.file)}:${at.line})` : '') +
        (profile.totals.footprint_timeline ? `  ${sparkline(profile.totals.footprint_timeline, 30)}` : '') +
        (profile.totals.growth_rate_bytes_per_s !== undefined ? `  growth ${(profile.totals.growth_rate_bytes_per_s / 1048576).toFixed(2)} MB/s` : ''),
    );
  }
  for (const w of head.warnings) out.push(c('33', `warning: ${escapeTerminal(w)}`));
  if (Object.keys(profile.files).length === 0) {
    out.push('', 'No samples in profiled files. (Use --profile-all to include code outside the working directory.)');
    return out.join('\n') + '\n';
  }

  const files = Object.entries(profile.files).sort((a, b) => fileTime(b[1]) - fileTime(a[1]));
  for (const [name, file] of files) {
    const ft = fileTime(file);
    out.push('');
    out.push(c('1', `${escapeTerminal(name)}: % of time = ${fmtPct(pct(ft, total)) || '0%'} (${fmtSeconds(ft)}) out of ${fmtSeconds(total)}.`));
    const header = ' Line │' + columns.map((col) => col.title.padStart(col.width) + ' │').join('') + ' ' + escapeTerminal(name);
    out.push(c('2', header));
    out.push(c('2', '─'.repeat(Math.min(header.length + 20, 120))));
    const srcLines = file.source === null ? [] : file.source.split('\n');
    const byLine = new Map<number, LineProfile>(file.lines.map((l) => [l.line, l]));
    const isHot = (l: LineProfile | undefined) => !!l && pct(totalSeconds(l), total) >= threshold;
    let shown: number[];
    if (opts.reduced) shown = file.lines.filter((l) => isHot(l) || (l.leak !== undefined)).map((l) => l.line);
    else if (srcLines.length > 0 && srcLines.length <= maxFull) shown = srcLines.map((_, i) => i + 1);
    else {
      const set = new Set<number>();
      for (const l of file.lines) for (const d of [-1, 0, 1]) if (l.line + d >= 1) set.add(l.line + d);
      shown = [...set].sort((a, b) => a - b);
    }
    if (srcLines.length > 0 && srcLines[srcLines.length - 1] === '' && shown[shown.length - 1] === srcLines.length) shown.pop();
    let prev = 0;
    for (const ln of shown) {
      if (prev && ln > prev + 1) out.push(c('2', '  ...'));
      prev = ln;
      const l = byLine.get(ln);
      const cells = columns.map((col) => (l ? col.cell(l) : '').padStart(col.width) + ' │').join('');
      const text = escapeTerminal((srcLines[ln - 1] ?? '').replace(/\t/g, '  '));
      const marker = l?.leak ? c('31;1', ` ◀ possible leak (${(l.leak.likelihood * 100).toFixed(0)}%, ${(l.leak.velocity_bytes_per_s / 1048576).toFixed(1)} MB/s)`) : '';
      const row = `${String(ln).padStart(5)} │${cells} ${text}`;
      out.push((isHot(l) ? c('1;31', row) : row) + marker);
    }
    const fns = file.functions.filter((f) => totalSeconds(f) > 0).sort((a, b) => totalSeconds(b) - totalSeconds(a));
    if (fns.length > 0) {
      out.push('');
      out.push(c('2', ' function summary for ' + escapeTerminal(name)));
      for (const f of fns) {
        if (opts.reduced && pct(totalSeconds(f), total) < threshold) continue;
        const cells = columns.map((col) => col.cell(f).padStart(col.width) + ' │').join('');
        out.push(`${String(f.line).padStart(5)} │${cells} ${escapeTerminal(f.name)} (lines ${f.line}–${f.end_line})`);
      }
    }
  }
  const un = profile.totals.unattributed_s;
  if (un > 0) out.push('', c('2', `${fmtSeconds(un)} (${fmtPct(pct(un, total)) || '0%'}) outside profiled files (event-loop idle, Node internals, unprofiled code).`));
  return out.join('\n') + '\n';
}

function fileTime(f: FileProfile): number {
  return f.lines.reduce((s, l) => s + totalSeconds(l), 0);
}

function fmtSeconds(s: number): string {
  return s >= 10 ? `${s.toFixed(1)} s` : s >= 0.1 ? `${s.toFixed(2)} s` : `${(s * 1000).toFixed(1)} ms`;
}
