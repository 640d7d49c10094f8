// `scalene-ci merge A B ... --out M [--mode runs|shards]`: combine profiles into one.
// runs: the same benchmark measured again (per-run arrays, top level = mean over runs);
// shards: different benchmarks (figures summed, files united).
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../errors.js';
import { mergeRuns, mergeShards } from '../model/merge.js';
import { validateProfile } from '../model/validate.js';
import { positiveNumberOption } from './compare.js';
import { loadProfiles } from './load.js';
import { writeJsonFile } from './write-json.js';
import type { CliIO } from './io.js';
import { compactFile, type FileProfile, type Profile } from '../model/profile.js';

export const MERGE_USAGE = `usage: scalene-ci merge A B ... --out M [--mode runs|shards]
  A, B, ... are profile files, directories of profiles, or quoted globs.
  --out FILE            the merged profile (required)
  --mode runs|shards    runs: repeated runs of one benchmark (default); shards: different benchmarks, summed
  --max-input-mb N      refuse profile files larger than N MB (default 512)`;

export async function mergeCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        mode: { type: 'string' },
        'max-input-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`merge: ${(e as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(MERGE_USAGE + '\n');
    return 0;
  }
  const mode = values.mode ?? 'runs';
  if (mode !== 'runs' && mode !== 'shards') throw new UsageError(`--mode must be "runs" or "shards", got ${JSON.stringify(mode)}`);
  if (values.out === undefined) throw new UsageError('merge needs --out FILE for the merged profile');
  if (positionals.length === 0) throw new UsageError('merge needs at least one profile to read');
  const maxInputMb = positiveNumberOption('max-input-mb', values['max-input-mb'], false);
  const loadOpts = { cwd: io.cwd, maxBytes: maxInputMb !== undefined ? maxInputMb * 1024 * 1024 : undefined };
  let profiles: Profile[] | null = positionals.flatMap((p) => loadProfiles(p, loadOpts));
  const count = profiles.length;
  const merged = mode === 'runs' ? mergeRuns(profiles) : mergeShards(profiles);
  profiles = null; // the inputs can go before the output is checked and written
  // The merge is ours, but its output is a contract: check it like any profile we write.
  // On the object itself (plain JSON data: what is not finite fails here as it would after
  // a round trip): parsing a serialised copy doubled the peak memory of large merges.
  validateProfile(merged, 'merged profile');
  const out = isAbsolute(values.out) ? values.out : join(io.cwd, values.out);
  try {
    // Compacted file by file as it is written (compactProfile copies every row with a zero).
    writeJsonFile(out, merged, 2, (v, keys) => (keys.length === 2 && keys[0] === 'files' ? compactFile(v as FileProfile, merged.meta) : v));
  } catch (e) {
    throw new InputError(`--out ${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  io.stderr(`scalene-ci: merged ${count} profile${count === 1 ? '' : 's'} (${mode}, ${merged.meta.runs} run${merged.meta.runs === 1 ? '' : 's'}) into ${values.out}\n`);
  return 0;
}
