// `scalene-ci profile --off|--on --pid N`: suspend or resume a running profile from
// another shell. Signals are avoided on purpose (Node's inspector owns SIGUSR1, and
// programs use SIGUSR2): the control file in the session directory is polled by each
// profiled thread's native timer every 200 ms.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../errors.js';
import { sessionPaths } from '../collect/config.js';
import type { CliIO } from './io.js';
import { findSessionDir } from './session.js';

export async function profileCommand(args: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, strict: true, options: { on: { type: 'boolean' }, off: { type: 'boolean' }, pid: { type: 'string' } } }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
  if (values.on === values.off) throw new UsageError('say exactly one of --on or --off: scalene-ci profile --off|--on --pid N');
  const pid = Number(values.pid);
  if (!values.pid || !Number.isInteger(pid) || pid <= 0) throw new UsageError(`--pid expects the pid printed by scalene-ci run, got ${JSON.stringify(values.pid ?? '')}`);
  const dir = findSessionDir(pid);
  if (dir === null) throw new InputError(`no scalene-ci run with pid ${pid} is active (no session directory of yours for it in ${tmpdir()})`);
  writeFileSync(sessionPaths(dir).control, values.off ? 'off' : 'on');
  io.stderr(`scalene-ci: profiling ${values.off ? 'suspended' : 'resumed'} for run ${pid}\n`);
  return 0;
}
