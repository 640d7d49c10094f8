// Profile paths → repository paths and blob links. Profile paths are relative to the
// directory the benchmark ran in; GitHub wants them relative to the repository root.
import { isAbsolute, posix, relative, sep } from 'node:path';

/** Percent-encode a path for a URL, including the characters Markdown links care about. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}

/** `dir` relative to the repository root, '/'-separated ('' for the root or outside it). */
export function relativeToRepo(workspace: string, dir: string): string {
  const rel = relative(workspace, dir).split(sep).join('/');
  return rel.startsWith('..') ? '' : rel;
}

/**
 * Map a profile path to a repository path, or null when it is outside the repository.
 * `workingDirAbs` is null when the profile was made elsewhere (an artifact): absolute
 * paths from it cannot be placed.
 */
export function repoPathMapper(workingDirRel: string, workingDirAbs: string | null): (file: string) => string | null {
  return (file) => {
    let rel: string;
    if (isAbsolute(file)) {
      if (workingDirAbs === null) return null;
      rel = relative(workingDirAbs, file).split(sep).join('/');
    } else rel = file.replace(/\\/g, '/');
    const joined = posix.normalize(posix.join(workingDirRel || '.', rel));
    if (joined.startsWith('..') || posix.isAbsolute(joined) || joined === '.') return null;
    return joined;
  };
}

/** A safe relative directory from untrusted metadata, or '' when it climbs out. */
export function safeRelativeDir(dir: string): string {
  const n = posix.normalize(dir.replace(/\\/g, '/') || '.');
  if (n.startsWith('..') || posix.isAbsolute(n)) return '';
  return n === '.' ? '' : n.replace(/\/$/, '');
}
