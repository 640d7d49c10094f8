// `scalene-ci compare BASE HEAD`: line-level diff of two profiles (or sets of runs).
// Exit 0: no regression; 1: regressions and --fail-on-regression; 2: usage or input error.
import { writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, InputError } from '../errors.js';
import { loadConfig } from '../config/config.js';
import { compareProfiles } from '../compare/index.js';
import { renderDiffMarkdown } from '../compare/render-markdown.js';
import { renderDiffText } from '../compare/render-text.js';
import { renderDiffHtml } from '../report/html-diff.js';
import type { DiffResult } from '../compare/types.js';
import { checkRunValues } from '../model/validate.js';
import { loadProfiles } from './load.js';
import type { CliIO } from './io.js';

export const COMPARE_USAGE = `usage: scalene-ci compare BASE HEAD [options]
  BASE, HEAD are profile files, directories of per-run profiles, or quoted globs ('runs/base-*.json').
  --format text|markdown|json|html   output format (default text)
  --out FILE                         write the output to FILE instead of stdout
  --config FILE                      configuration (default: .scalene-ci.yml in the working directory)
  --fail-on-regression               exit 1 when there is a regression
  --max-chars N                      Markdown size limit (default: report.max_chars of the config, 60000)
  --blob-url TEMPLATE                link lines in Markdown, e.g. https://github.com/o/r/blob/SHA/{file}#L{line}
  --title TEXT                       heading of the Markdown / HTML output
  --max-input-mb N                   refuse profile files larger than N MB (default 512)`;

const FORMATS = ['text', 'markdown', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        'fail-on-regression': { type: 'boolean' },
        'max-chars': { type: 'string' },
        'blob-url': { type: 'string' },
        title: { type: 'string' },
        'max-input-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`compare: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function positiveNumberOption(name: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} expects a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** `{file}` and `{line}` placeholders; the file is URL-encoded segment by segment. */
export function blobUrlFromTemplate(template: string): (file: string, line: number) => string {
  if (!template.includes('{file}')) throw new UsageError(`--blob-url must contain {file} (and usually {line}), got ${JSON.stringify(template)}`);
  if (!/^https?:\/\//.test(template)) throw new UsageError(`--blob-url must be an http(s) URL, got ${JSON.stringify(template)}`);
  return (file, line) =>
    template.replaceAll('{file}', file.split('/').map(encodeURIComponent).join('/')).replaceAll('{line}', String(line));
}

export function renderDiff(diff: DiffResult, format: Format, opts: { maxChars: number; blobUrl?: (file: string, line: number) => string; title?: string; color: boolean }): string {
  switch (format) {
    case 'json':
      return JSON.stringify(diff, null, 2) + '\n';
    case 'markdown':
      return renderDiffMarkdown(diff, { maxChars: opts.maxChars, blobUrl: opts.blobUrl, title: opts.title });
    case 'html':
      return renderDiffHtml(diff, { title: opts.title });
    case 'text':
      return renderDiffText(diff, { color: opts.color });
  }
}

export async function compareCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout(COMPARE_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 2) {
    const hint = positionals.length > 2 ? ' (quote globs so the shell does not expand them, e.g. \'base/*.json\')' : '';
    throw new UsageError(`compare expects two inputs, BASE and HEAD, got ${positionals.length}${hint}`);
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}`);
  const maxInputMb = positiveNumberOption('max-input-mb', values['max-input-mb'], false);
  const maxCharsOpt = positiveNumberOption('max-chars', values['max-chars'], true);
  const blobUrl = values['blob-url'] !== undefined ? blobUrlFromTemplate(values['blob-url']) : undefined;

  const config = loadConfig(values.config, io.cwd);
  const loadOpts = { cwd: io.cwd, maxBytes: maxInputMb !== undefined ? maxInputMb * 1024 * 1024 : undefined };
  const [baseArg, headArg] = positionals as [string, string];
  const base = loadProfiles(baseArg, loadOpts);
  const head = loadProfiles(headArg, loadOpts);
  // Each side is compared as one set of runs (every entry of either side, once per run).
  checkRunValues(base, base.reduce((n, p) => n + p.meta.runs, 0), baseArg);
  checkRunValues(head, head.reduce((n, p) => n + p.meta.runs, 0), headArg);
  const diff = compareProfiles(base, head, config);

  const text = renderDiff(diff, format, {
    maxChars: maxCharsOpt ?? config.report.max_chars,
    blobUrl,
    title: values.title,
    color: io.isTTY && values.out === undefined && format === 'text',
  });
  if (values.out !== undefined) {
    const path = isAbsolute(values.out) ? values.out : join(io.cwd, values.out);
    try {
      writeFileSync(path, text);
    } catch (e) {
      throw new InputError(`--out ${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const s = diff.summary;
    io.stderr(`scalene-ci: ${s.regressions} regression${s.regressions === 1 ? '' : 's'}, ${s.improvements} improvement${s.improvements === 1 ? '' : 's'}; wrote ${values.out}\n`);
  } else {
    io.stdout(text);
  }
  return diff.summary.regressions > 0 && values['fail-on-regression'] ? 1 : 0;
}
