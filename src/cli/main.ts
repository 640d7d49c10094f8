// The `scalene-ci` command: dispatch, and the one place errors become a single line.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, NativeError, UsageError, errorMessage } from '../errors.js';
import { findPackageRoot, toolVersion } from '../paths.js';
import { processIO, type CliIO } from './io.js';
import { runCommand } from './run.js';
import { profileCommand } from './profile-control.js';

const USAGE = `usage: scalene-ci <command> [options]
  run [options] -- <command...>   profile a command (every node process in its tree)
  compare BASE HEAD [options]     line-level diff of two profiles (regressions, improvements)
  report PROFILE [--format F]     render a profile (text, markdown, html, speedscope, pprof)
  merge A B ... --out M           combine runs or shards into one profile
  profile --off|--on --pid N      suspend or resume a running profile
Run \`scalene-ci <command> --help\` for a command's options.`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'run':
        return await runCommand(rest, io, root);
      // Loaded on demand: `run` is timed by users, so it should not pay for the compare
      // engine, importers and renderers it does not use.
      case 'compare':
        return await (await import('./compare.js')).compareCommand(rest, io);
      case 'merge':
        return await (await import('./merge.js')).mergeCommand(rest, io);
      case 'report':
        return await (await import('./report.js')).reportCommand(rest, io);
      case 'profile':
        return await profileCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(toolVersion(root) + '\n');
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE + '\n');
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(cmd)} (commands: run, compare, report, merge, profile)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof NativeError) {
      io.stderr(`scalene-ci: ${e.message}\n`);
      return 2;
    }
    // Anything else is our bug: still one line, with a hint to get the details.
    io.stderr(`scalene-ci: internal error: ${errorMessage(e).split('\n')[0]} (set SCALENE_CI_DEBUG=1 for details)\n`);
    if (process.env.SCALENE_CI_DEBUG) io.stderr(String((e as Error)?.stack) + '\n');
    return 70;
  }
}
