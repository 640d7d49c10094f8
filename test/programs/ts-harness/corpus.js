// A deterministic text for the harness programs (made once; not part of the measured work).
const WORDS = ['listen', 'silent', 'enlist', 'stone', 'tones', 'notes', "don't", 'profile', 'sampler', 'regression', 'line', 'neil', 'evil', 'vile', 'live', 'veil'];
export function makeText(n) {
  let seed = 42;
  const parts = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    parts.push(WORDS[seed % WORDS.length] + (seed % 11 === 0 ? '. ' : ' '));
  }
  return parts.join('');
}
