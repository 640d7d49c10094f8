// What follows `main` in both of the Node CLI's entries (dist/cli.js and its snapshot,
// snapshot.ts): the exit code; after `run`, the snapshot's build where the launcher asked for
// one, then the quick exit (exit.ts).
import { errorMessage } from '../errors.js';

type ExitModule = typeof import('./exit.js');

export function settle(args: string[], result: Promise<number>, loadExit: () => Promise<ExitModule>): void {
  result.then(
    async (code) => {
      process.exitCode = code;
      // `run`'s output is written: end now rather than wait for Node's exit (cli/exit.ts).
      if (args[0] !== 'run') return;
      try {
        const exit = await loadExit();
        exit.releaseLauncher(code, process.env);
        exit.startSnapshotBuild(process.env);
        exit.exitNow(code);
      } catch {
        // Node's own exit, with the code set above
      }
    },
    (e) => {
      process.stderr.write(`scalene-ci: internal error: ${errorMessage(e)}\n`);
      process.exitCode = 70;
    },
  );
}
