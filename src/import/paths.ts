// File keys for imported profiles. Foreign profilers write absolute paths (Scalene) or
// file:// URLs (V8); our model keys files by path relative to the project root, '/'
// separated, so that a base and a head profile made in different checkouts
// (/home/runner/work/a vs /tmp/pr-123) name the same file the same way.
import { fileURLToPath } from 'node:url';

/** Backslashes to slashes, so Windows paths share the POSIX logic below. */
function normalise(path: string): string {
  return path.replace(/\\/g, '/');
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** The directory part of an absolute '/'-separated path ('' for a bare root). */
function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function isUnder(path: string, root: string): boolean {
  const r = root.endsWith('/') ? root : root + '/';
  return path.startsWith(r);
}

/** The longest directory that contains every path. */
function commonDir(paths: string[]): string {
  let root = dirOf(paths[0]!);
  for (const p of paths.slice(1)) {
    while (root !== '/' && !isUnder(p, root)) root = dirOf(root);
  }
  return root;
}

/**
 * Map each path to its key. With `preferredRoot` (the program's directory, stable across
 * checkouts), absolute paths under it become relative to it and those outside (an
 * installed library) stay absolute, so a project file's key does not depend on which
 * other files were profiled. Without it, absolute paths become relative to their common
 * directory. Relative paths and pseudo-names ("[12]" for a Jupyter cell) are kept. Keys
 * never collide: a clash keeps the original path.
 */
export function relativeKeys(paths: string[], preferredRoot?: string | null): Map<string, string> {
  const out = new Map<string, string>();
  const abs = paths.map(normalise).filter(isAbsolutePath);
  let root: string | null = null;
  if (abs.length > 0) {
    const pref = preferredRoot ? normalise(preferredRoot).replace(/\/+$/, '') : null;
    root = pref && isAbsolutePath(pref) && abs.some((p) => isUnder(p, pref)) ? pref : commonDir(abs);
  }
  const used = new Set<string>();
  for (const original of new Set(paths)) {
    const p = normalise(original);
    let key = p;
    if (root !== null && isAbsolutePath(p) && isUnder(p, root)) key = p.slice(root.length).replace(/^\/+/, '');
    if (key === '' || used.has(key)) key = p;
    used.add(key);
    out.set(original, key);
  }
  return out;
}

/**
 * A V8 script URL as a filesystem path, or null for code that is not a user file
 * (Node internals `node:…`, native builtins with no URL, `evalmachine.<anonymous>`).
 * Node ≤ 20 writes `file:///abs/path.js`; Node ≥ 22 heap profiles write the bare path.
 */
export function scriptPath(url: string): string | null {
  if (url === '') return null;
  if (url.startsWith('file://')) {
    try {
      return normalise(fileURLToPath(url));
    } catch {
      return null;
    }
  }
  const p = normalise(url);
  return isAbsolutePath(p) ? p : null;
}
