// vite's cache (vitest's results.json) goes to the temp directory, not into the test tree.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export default { cacheDir: join(tmpdir(), 'scalene-ci-vitest-cache') };
