// The Node CLI as a V8 startup snapshot: the entry of dist/cli-snapshot.cjs, which
// `node --build-snapshot` runs once per node binary (snapshot-cache.ts builds it, in the
// background, after a run that had none); the launcher then starts the CLI from the snapshot
// (native/launch/launch.c). What it saves, every run: loading and compiling the CLI's modules
// (~20 ms on Node 20, on the critical path of a short program), and compiling `run`'s exit
// path at the program's exit (warm-up.ts). Measured: docs/PERFORMANCE.md, "The CLI's snapshot".
import v8 from 'node:v8';
import { errorMessage } from '../errors.js';
import { main } from './main.js';
import { processIO } from './io.js';
import * as exit from './exit.js';
import { settle } from './settle.js';
import { warmUp } from './warm-up.js';
import { SNAPSHOT_CHECK, snapshotCheckLine } from './snapshot-cache.js';
// run.ts loads the post-processing on demand (a dynamic import); here it is loaded at the
// build, into the snapshot.
import '../collect/postprocess.js';

if (!v8.startupSnapshot?.isBuildingSnapshot()) {
  process.stderr.write('scalene-ci: cli-snapshot.cjs is an entry for `node --build-snapshot`, not a program\n');
  process.exitCode = 2;
} else {
  let warm = 'warmed up';
  try {
    warmUp();
  } catch (e) {
    // A snapshot without the compiled exit path still saves the modules' loading.
    warm = `not warmed up: ${errorMessage(e).split('\n')[0]}`;
  }
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    // argv: [node, dist/cli.js, ...] (the launcher names cli.js after the snapshot).
    const args = process.argv.slice(2);
    if (args[0] === SNAPSHOT_CHECK) {
      process.stdout.write(snapshotCheckLine(warm));
      return;
    }
    const io = processIO();
    if (args[0] === 'run' && io.env.SCALENE_CI_DEBUG) io.stderr('scalene-ci: debug: the CLI started from its snapshot\n');
    settle(args, main(args, io), async () => exit);
  });
}
