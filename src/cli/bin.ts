// The `scalene-ci` bin (dist/cli.js). It always runs the CLI: however it is reached (npx,
// node_modules/.bin's symlink, a global install, `node dist/cli.js`), argv[1] names
// something different, so no guard on the entry's own path may decide whether to run.
import moduleApi from 'node:module';
import { processIO } from './io.js';
import { settle } from './settle.js';

// Node 22.1+ keeps the CLI's compiled bundles on disk (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE): building the profile loads a 0.5 MB chunk after every profiled run, and
// compiling it again each time was ~25 ms of the wait. It affects this process only, never
// the profiled program; it must run before the CLI's modules load, hence the dynamic import.
(moduleApi as unknown as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./main.js');

const args = process.argv.slice(2);
settle(args, main(args, processIO()), () => import('./exit.js'));
