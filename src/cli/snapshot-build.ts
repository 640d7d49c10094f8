// dist/snapshot-build.js <blob>: builds the CLI's snapshot for the node running it, at the
// lowest priority, detached from the `scalene-ci run` that started it (snapshot-cache.ts).
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../paths.js';
import { buildSnapshot } from './snapshot-cache.js';

try {
  setPriority(19);
} catch {
  // at the priority we were given
}
const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
const blob = process.argv[2];
if (blob) buildSnapshot({ node: process.execPath, blob, bundle: join(root, 'dist', 'cli-snapshot.cjs'), cli: join(root, 'dist', 'cli.js'), env: process.env });
