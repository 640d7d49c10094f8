// Escaping for text derived from profiled code (file names, function names, source
// text). The benchmark is untrusted PR code, so none of it may become markup.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Escape text for inline Markdown (GitHub-flavoured), including table cells:
 * every ASCII punctuation character that Markdown or GFM gives meaning to gets a
 * backslash, HTML-significant characters become entities (GitHub renders raw HTML),
 * and newlines become spaces so a cell cannot break out of its row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => '\\' + c)
    .replace(/[<&"']/g, (c) => HTML_ESCAPES[c]!)
    .replace(/@/g, '@\u200b'); // no @-mentions from function names
}

/**
 * Source code shown in a Markdown code span. Backticks inside cannot be escaped in a
 * code span, so they are swapped for a look-alike; pipes are escaped for tables.
 */
export function markdownCode(text: string): string {
  const body = text.replace(/\r?\n|\r/g, ' ').replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
  return '`' + (body.trim() === '' ? ' ' : body) + '`';
}

/**
 * Make code-derived text one safe line before printing it: control characters (C0, DEL,
 * C1, including CSI) become U+FFFD, and line breaks become a visible ␤. A file name is
 * the benchmark's to choose, and a newline in it would start a new log line, which a CI
 * log reads as a line of its own (`::error::...` is a GitHub workflow command).
 */
export function escapeTerminal(text: string): string {
  return (
    text
      .replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, '\u2424')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD')
  );
}
