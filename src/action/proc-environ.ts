// Clearing the Action's own initial environment, as /proc/<pid>/environ shows it.
//
// The benchmark gets a scrubbed environment (env.ts), but it runs as the runner's user, and
// Linux lets a process read the /proc/<pid>/environ of any process of the same user
// (PTRACE_MODE_READ, which Yama's ptrace_scope does not restrict). That file is not
// process.env: it is the block of "NAME=value\0" strings the kernel copied onto the stack
// at exec (mm->env_start..env_end). Deleting or changing process.env only moves libc's
// pointers to heap copies; the block keeps the runner's tokens for the life of the
// process, and the Action's node process is the benchmark's ancestor for all of it.
//
// So the Action overwrites the values in that block through /proc/self/mem (a process may
// always write its own memory) and puts the variables it still needs back into
// process.env, which now points at heap copies. The heap of another process is only
// readable with PTRACE_MODE_ATTACH, which Yama (ptrace_scope 1, Ubuntu's default and
// GitHub's runners') refuses to a descendant, so the benchmark cannot reach them there.
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';

export interface ConcealResult {
  /** Names whose values were cleared from the initial environment block. */
  concealed: string[];
  /** Why nothing was cleared, or null. */
  error: string | null;
}

/** env_start and env_end of this process (fields 50 and 51 of /proc/self/stat, Linux ≥ 3.5). */
function environBounds(stat: string): [number, number] | null {
  // Field 2 (the command name) may hold spaces and parentheses: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(' ');
  const start = Number(fields[50 - 3]);
  const end = Number(fields[51 - 3]);
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start > 0 && end > start ? [start, end] : null;
}

/** The NAME=value entries of an environment block, with the offsets of their values. */
function entries(block: Buffer): Array<{ name: string; valueStart: number; valueEnd: number }> {
  const out = [];
  for (let pos = 0; pos < block.length; ) {
    let nul = block.indexOf(0, pos);
    if (nul < 0) nul = block.length;
    const eq = block.indexOf(0x3d, pos);
    if (eq > pos && eq < nul) out.push({ name: block.toString('utf8', pos, eq), valueStart: eq + 1, valueEnd: nul });
    pos = nul + 1;
  }
  return out;
}

/**
 * Overwrite with NUL bytes the values of the variables `hide` names in this process's
 * initial environment block, keeping them in `env` (process.env) for the Action's own use.
 * Checks the result by reading /proc/self/environ back.
 */
export function concealInitialEnvironment(hide: (name: string) => boolean, env: NodeJS.ProcessEnv = process.env, proc = '/proc/self'): ConcealResult {
  if (process.platform !== 'linux') return { concealed: [], error: `no /proc on ${process.platform}` };
  let fd: number | null = null;
  try {
    const bounds = environBounds(readFileSync(`${proc}/stat`, 'utf8'));
    if (!bounds) return { concealed: [], error: `${proc}/stat has no environment bounds` };
    const [start, end] = bounds;
    fd = openSync(`${proc}/mem`, 'r+');
    const block = Buffer.alloc(end - start);
    if (readSync(fd, block, 0, block.length, start) !== block.length) return { concealed: [], error: `short read of ${proc}/mem` };
    const targets = entries(block).filter((e) => hide(e.name) && e.valueEnd > e.valueStart);
    // Read what the Action needs before the block changes: getenv may still point into it.
    const kept = new Map<string, string>();
    for (const t of targets) {
      const v = env[t.name];
      if (v !== undefined && !kept.has(t.name)) kept.set(t.name, v);
    }
    for (const t of targets) {
      const zeros = Buffer.alloc(t.valueEnd - t.valueStart);
      writeSync(fd, zeros, 0, zeros.length, start + t.valueStart);
    }
    // setenv copies the strings to the heap; the block is no longer referenced.
    for (const [name, value] of kept) env[name] = value;
    const left = entries(readFileSync(`${proc}/environ`)).filter((e) => hide(e.name) && e.valueEnd > e.valueStart);
    if (left.length > 0) return { concealed: [], error: `${left.map((e) => e.name).join(', ')} still readable in ${proc}/environ` };
    return { concealed: [...new Set(targets.map((t) => t.name))].sort(), error: null };
  } catch (e) {
    return { concealed: [], error: (e as Error).message };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
