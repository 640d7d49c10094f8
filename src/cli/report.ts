// `scalene-ci report PROFILE [--format F] [--out FILE]`: render one profile of any format
// we read (profile@1, Scalene JSON, .cpuprofile, .heapprofile, our pprof export) as text,
// Markdown or self-contained HTML, or convert it to speedscope JSON or pprof.
import { constants } from 'node:fs';
import { open, writeFile, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../errors.js';
import { exportPprof } from '../export/pprof.js';
import { exportSpeedscope } from '../export/speedscope.js';
import { loadAnyProfileBytes } from '../import/index.js';
import type { Profile } from '../model/profile.js';
import { MAX_PROFILE_BYTES } from '../model/validate.js';
import { renderProfileHtml } from '../report/html.js';
import { renderProfileMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import type { CliIO } from './io.js';

export const REPORT_USAGE = `usage: scalene-ci report PROFILE [options]
  PROFILE                       a scalene-ci profile, Scalene JSON, V8 .cpuprofile or
                                .heapprofile, or a pprof file written by this command
  --format F                    text | markdown | html | speedscope | pprof
                                (default: from --out's extension, else text)
  --out FILE                    write to FILE instead of stdout (required for pprof)
  --top N                       markdown: lines and functions listed (default 10)
  --reduced-profile             text: only lines above the threshold
  --cpu-percent-threshold PCT   text: threshold for --reduced-profile and highlighting (default 1)
  --color / --no-color          text: force colours on or off (default: on for a terminal)`;

export const REPORT_FORMATS = ['text', 'markdown', 'html', 'speedscope', 'pprof'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  profile: string;
  format: ReportFormat;
  out: string | null;
  top: number;
  reduced: boolean;
  cpuPercentThreshold: number;
  color: boolean | null;
}

function formatFromPath(path: string): ReportFormat | null {
  const p = path.toLowerCase();
  if (p.endsWith('.html') || p.endsWith('.htm')) return 'html';
  if (p.endsWith('.md') || p.endsWith('.markdown')) return 'markdown';
  if (p.endsWith('.speedscope.json')) return 'speedscope';
  if (p.endsWith('.pb.gz') || p.endsWith('.pprof') || p.endsWith('.pb')) return 'pprof';
  if (p.endsWith('.txt')) return 'text';
  return null;
}

export function parseReportArgs(args: string[]): ReportOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        top: { type: 'string' },
        'reduced-profile': { type: 'boolean' },
        'cpu-percent-threshold': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`report: ${e instanceof Error ? e.message : String(e)}`);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (parsed.positionals.length !== 1) {
    throw new UsageError(`report: expected one PROFILE, got ${parsed.positionals.length === 0 ? 'none' : parsed.positionals.length} (see scalene-ci report --help)`);
  }
  const out = v.out ?? null;
  let format: ReportFormat;
  if (v.format !== undefined) {
    if (!(REPORT_FORMATS as readonly string[]).includes(v.format)) {
      throw new UsageError(`report: --format must be one of ${REPORT_FORMATS.join(', ')}, got ${JSON.stringify(v.format)}`);
    }
    format = v.format as ReportFormat;
  } else format = (out && formatFromPath(out)) || 'text';
  if (format === 'pprof' && out === null) throw new UsageError('report: --format pprof writes binary data; give --out FILE (e.g. profile.pb.gz)');
  const top = v.top === undefined ? 10 : Number(v.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`report: --top expects a positive integer, got ${JSON.stringify(v.top)}`);
  const threshold = v['cpu-percent-threshold'] === undefined ? 1 : Number(v['cpu-percent-threshold']);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new UsageError(`report: --cpu-percent-threshold expects a percentage (0-100), got ${JSON.stringify(v['cpu-percent-threshold'])}`);
  }
  if (v.color && v['no-color']) throw new UsageError('report: --color and --no-color contradict each other');
  return {
    profile: parsed.positionals[0]!,
    format,
    out,
    top,
    reduced: v['reduced-profile'] ?? false,
    cpuPercentThreshold: threshold,
    color: v.color ? true : v['no-color'] ? false : null,
  };
}

/**
 * Read and import any supported profile file, with one-line errors for the usual failures.
 * Regular files only, at most MAX_PROFILE_BYTES: /dev/zero would be read without end and a
 * FIFO would block forever. O_NONBLOCK makes opening a FIFO return at once, so it can be
 * refused after fstat, checked on the descriptor that is then read.
 */
export async function readAnyProfile(path: string, cwd: string): Promise<Profile> {
  let fh: FileHandle | undefined;
  try {
    try {
      fh = await open(resolve(cwd, path), constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
      if (code === 'EISDIR') throw new InputError(`${path}: is a directory, expected a profile file`);
      if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
      throw new InputError(`${path}: cannot read (${code ?? String(e)})`);
    }
    const st = await fh.stat();
    if (st.isDirectory()) throw new InputError(`${path}: is a directory, expected a profile file`);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file (a device, FIFO or socket), expected a profile file`);
    if (st.size > MAX_PROFILE_BYTES) throw new InputError(`${path}: the file is larger than the limit of ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
    let bytes: Buffer;
    try {
      bytes = await fh.readFile();
    } catch (e) {
      throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    if (bytes.length > MAX_PROFILE_BYTES) throw new InputError(`${path}: the file is larger than the limit of ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
    return loadAnyProfileBytes(bytes, path);
  } finally {
    await fh?.close();
  }
}

/** Render `profile` in `format`: text for the text formats, bytes for pprof. */
export function renderReport(profile: Profile, opts: Pick<ReportOptions, 'format' | 'top' | 'reduced' | 'cpuPercentThreshold'> & { color: boolean }): string | Buffer {
  switch (opts.format) {
    case 'text':
      return renderText(profile, { color: opts.color, reduced: opts.reduced, cpuPercentThreshold: opts.cpuPercentThreshold });
    case 'markdown':
      return renderProfileMarkdown(profile, { topLines: opts.top, topFunctions: opts.top });
    case 'html':
      return renderProfileHtml(profile);
    case 'speedscope':
      return JSON.stringify(exportSpeedscope(profile, profile.meta.command.join(' ') || 'scalene-ci profile')) + '\n';
    case 'pprof':
      return exportPprof(profile);
  }
}

export async function reportCommand(args: string[], io: CliIO): Promise<number> {
  const opts = parseReportArgs(args);
  if (opts === 'help') {
    io.stdout(REPORT_USAGE + '\n');
    return 0;
  }
  const profile = await readAnyProfile(opts.profile, io.cwd);
  const color = opts.color ?? (opts.out === null && io.isTTY);
  const output = renderReport(profile, { ...opts, color });
  if (opts.out === null) {
    // parseReportArgs refuses pprof without --out, so stdout only ever gets text.
    if (typeof output !== 'string') throw new UsageError('report: binary output needs --out FILE');
    io.stdout(output);
    return 0;
  }
  try {
    await writeFile(resolve(io.cwd, opts.out), output);
  } catch (e) {
    throw new UsageError(`report: cannot write ${opts.out} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  io.stderr(`scalene-ci: wrote ${opts.format} report to ${opts.out}\n`);
  return 0;
}
