// The `scalene-ci` bin (dist/cli.js). It always runs the CLI: however it is reached (npx,
// node_modules/.bin's symlink, a global install, `node dist/cli.js`), argv[1] names
// something different, so no guard on the entry's own path may decide whether to run.
import { errorMessage } from '../errors.js';
import { processIO } from './io.js';
import { main } from './main.js';

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`scalene-ci: internal error: ${errorMessage(e)}\n`);
    process.exitCode = 70;
  },
);
