// The commit being profiled, read from the repository's files: no `git` process to start
// while the profiled command starts (on 2 cores it took CPU from the command's own start-up).
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The git directory of the repository holding `cwd` (a `.git` folder, or the folder a `.git`
 * file names: worktrees and submodules), or null. */
function gitDir(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    try {
      const st = statSync(dotGit);
      if (st.isDirectory()) return dotGit;
      if (st.isFile()) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(read(dotGit) ?? '');
        if (m) return isAbsolute(m[1]!) ? m[1]! : resolve(dir, m[1]!);
        return null;
      }
    } catch {
      // not here: look further up
    }
    if (dirname(dir) === dir) return null;
  }
}

/** A ref's commit: its loose file in the git dir or the common dir, else packed-refs. */
function resolveRef(dirs: string[], ref: string, depth = 0): string | null {
  if (depth > 5) return null;
  for (const d of dirs) {
    const loose = read(join(d, ref))?.trim();
    if (loose) {
      if (SHA.test(loose)) return loose;
      const sym = /^ref:\s*(\S+)$/.exec(loose);
      return sym ? resolveRef(dirs, sym[1]!, depth + 1) : null;
    }
  }
  for (const d of dirs) {
    for (const line of (read(join(d, 'packed-refs')) ?? '').split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
  }
  return null;
}

/** HEAD's commit for the repository holding `cwd`; null outside a repository, on an unborn
 * branch, or on anything unreadable. */
export function readGitSha(cwd: string): string | null {
  const dir = gitDir(cwd);
  if (!dir) return null;
  const common = read(join(dir, 'commondir'))?.trim();
  const dirs = common ? [dir, isAbsolute(common) ? common : resolve(dir, common)] : [dir];
  const head = read(join(dir, 'HEAD'))?.trim();
  if (!head) return null;
  if (SHA.test(head)) return head;
  const sym = /^ref:\s*(\S+)$/.exec(head);
  return sym ? resolveRef(dirs, sym[1]!) : null;
}
