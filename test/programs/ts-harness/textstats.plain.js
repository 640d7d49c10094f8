// Word statistics: the ground-truth TypeScript program of the harness tests.
export function tokenize(text) {
  const out = [];
  const re = /[a-z']+/gi;
  let m;
  while ((m = re.exec(text)) !== null) out.push(m[0].toLowerCase()); // line 6: tokenizer loop
  return out;
}
export function summarize(tokens) {
  const groups = new Map();
  for (const t of tokens) {
    const key = t.split('').sort().join(''); // line 12: anagram key
    groups.set(key, (groups.get(key) ?? 0) + 1); // line 13: count
  }
  return groups;
}
