// Word statistics: the ground-truth TypeScript program of the harness tests.
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /[a-z']+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m[0].toLowerCase()); // line 6: tokenizer loop
  return out;
}
export function summarize(tokens: readonly string[]): Map<string, number> {
  const groups = new Map<string, number>();
  for (const t of tokens) {
    const key: string = t.split('').sort().join(''); // line 12: anagram key
    groups.set(key, (groups.get(key) ?? 0) + 1); // line 13: count
  }
  return groups;
}
