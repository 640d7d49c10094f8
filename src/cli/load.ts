// Reading profile inputs named on the command line: a file, a directory of per-run profiles
// (*.json), or a glob. Profiles come from PR artifacts, i.e. untrusted input: sizes are
// checked before reading, every file is validated, and each failure is one line naming it.
// Any format src/import reads is accepted (scalene-ci, Scalene JSON, V8 profiles, our pprof).
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { globToRegExp } from '../config/config.js';
import { MAX_PROFILE_BYTES } from '../model/validate.js';
import { loadAnyProfileBytes } from '../import/index.js';
import type { Profile } from '../model/profile.js';

export interface LoadOptions {
  cwd: string;
  /** Per-file size limit in bytes (default: the model's MAX_PROFILE_BYTES). */
  maxBytes?: number;
  /** At most this many files per input (a glob gone wrong should not read a whole disk). */
  maxFiles?: number;
}

const DEFAULT_MAX_FILES = 1000;
// A `**` walk does not descend into these: they hold no profiles and can be enormous.
const SKIP_DIRS = new Set(['node_modules', '.git']);
const MAX_DEPTH = 32;

export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

function statOrFail(path: string, shown: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${shown}: no such file or directory`);
    throw new InputError(`${shown}: cannot access (${code ?? 'error'})`);
  }
}

function listDir(dir: string, shown: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    throw new InputError(`${shown}: cannot read the directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Files matching a glob; the part before the first wildcard segment is walked from. */
function expandGlob(pattern: string, cwd: string): string[] {
  const norm = pattern.split(sep).join('/');
  const abs = norm.startsWith('/');
  const segments = norm.split('/').filter((s, i) => s !== '' || i === 0);
  let k = 0;
  while (k < segments.length && !isGlob(segments[k]!)) k++;
  const staticPart = segments.slice(0, k).join('/') || (abs ? '/' : '.');
  const rest = segments.slice(k).join('/');
  const root = isAbsolute(staticPart) ? staticPart : join(cwd, staticPart);
  let rx: RegExp;
  try {
    rx = globToRegExp(rest, { anchored: true });
  } catch (e) {
    throw new InputError(`${pattern}: invalid glob (${(e as Error).message})`);
  }
  const deep = rest.includes('**');
  const depth = deep ? MAX_DEPTH : segments.length - k;
  const out: string[] = [];
  const walk = (dir: string, relDir: string, level: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable directories simply match nothing
    }
    for (const e of entries) {
      const rel = relDir ? `${relDir}/${e.name}` : e.name;
      const full = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
        if (isDir) continue; // no symlinked directories: avoids cycles
      }
      if (isFile && rx.test(rel)) out.push(full);
      if (isDir && level + 1 < depth && !SKIP_DIRS.has(e.name)) walk(full, rel, level + 1);
    }
  };
  if (statSafe(root)?.isDirectory()) walk(root, '', 0);
  return out.sort(byName);
}

function statSafe(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The profile files one command-line input names. */
export function expandInput(arg: string, opts: LoadOptions): string[] {
  if (arg.trim() === '') throw new InputError('an empty path was given as a profile');
  const maxFiles = opts.maxFiles ?? DEFAULT_MAX_FILES;
  const full = isAbsolute(arg) ? arg : join(opts.cwd, arg);
  let files: string[];
  const st = statSafe(full);
  if (st === null && isGlob(arg)) {
    files = expandGlob(arg, opts.cwd);
    if (files.length === 0) throw new InputError(`${arg}: no files match`);
  } else {
    const s = st ?? statOrFail(full, arg);
    if (s.isDirectory()) {
      files = listDir(full, arg)
        .filter((n) => n.endsWith('.json'))
        .map((n) => join(full, n))
        .filter((p) => statSafe(p)?.isFile())
        .sort(byName);
      if (files.length === 0) throw new InputError(`${arg}: no profiles (*.json files) in this directory`);
    } else {
      files = [full];
    }
  }
  if (files.length > maxFiles) throw new InputError(`${arg}: matches ${files.length} files, more than the limit of ${maxFiles}`);
  return files;
}

/** Read and validate one profile file, checking its size first. */
export function loadProfileFile(path: string, opts: LoadOptions): Profile {
  const shown = display(path, opts.cwd);
  const maxBytes = opts.maxBytes ?? MAX_PROFILE_BYTES;
  const st = statOrFail(path, shown);
  if (!st.isFile()) throw new InputError(`${shown}: not a regular file`);
  if (st.size > maxBytes) throw new InputError(`${shown}: the file is ${formatSize(st.size)}, larger than the limit of ${formatSize(maxBytes)}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0 || (bytes.length < 4096 && bytes.toString('utf8').trim() === '')) {
    throw new InputError(`${shown}: the file is empty`);
  }
  return loadAnyProfileBytes(bytes, shown);
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** All profiles one command-line input names (a file, a directory, or a glob). */
export function loadProfiles(arg: string, opts: LoadOptions): Profile[] {
  return expandInput(arg, opts).map((f) => loadProfileFile(f, opts));
}
