// `run`'s exit path, replayed on a recorded session while the CLI's snapshot is built
// (src/cli/snapshot.ts). V8 keeps the bytecode of the functions compiled then, so a run
// started from the snapshot does not compile its attribution, build and report code at the
// program's exit, where the user waits (measured: docs/PERFORMANCE.md, "The CLI's snapshot").
// The steps and their order are run.ts's (`profileOnce`'s incremental build, then `runCommand`'s
// output), on both of its paths: `--cpu-only` and the full profile.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as post from '../collect/postprocess.js';
import type { FileFilter } from '../collect/attribute.js';
import type { CheckpointCache } from '../collect/raw.js';
import type { RunInfo } from '../collect/build-profile.js';
import type { Profile } from '../model/profile.js';
import { readSourceSafe } from './run.js';
import { WARM_UP_FILES, WARM_UP_SOURCE } from './warm-up-session.js';

/** Replays the recorded session in a private folder; returns the `--cpu-only` and full profiles. */
export function warmUp(): { cpu: Profile; full: Profile } {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'scalene-ci-warm-up-')));
  try {
    const session = join(work, 'session');
    writeFileSync(join(work, 'warm.js'), WARM_UP_SOURCE);
    return { cpu: replay(work, session, true), full: replay(work, session, false) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function replay(work: string, session: string, cpuOnly: boolean): Profile {
  // Checkpoint files are taken (renamed) as they are read: each replay writes them afresh.
  rmSync(session, { recursive: true, force: true });
  for (const [name, text] of Object.entries(WARM_UP_FILES)) {
    const path = join(session, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text.split('@DIR@').join(JSON.stringify(work).slice(1, -1)));
  }
  const filter: FileFilter = { root: work, alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] };
  const parsedCache = new Map<string, { text: string | null; lines: ReturnType<typeof post.sourceLines> }>();
  const parsed = (abs: string): ReturnType<typeof post.sourceLines> => {
    let entry = parsedCache.get(abs);
    if (!entry) {
      const text = readSourceSafe(abs);
      parsedCache.set(abs, (entry = { text, lines: text === null ? null : post.analyseSource(abs, text) }));
    }
    return entry.lines;
  };
  const sources = post.sourceAccess(parsed, (abs) => {
    const src = readSourceSafe(abs);
    return src === null ? null : post.mapperFromDisk(abs, src);
  });
  const checkpoints: CheckpointCache = new Map();
  const attributor = post.createAttributor([], { filter, useVirtualTime: false, registered: [], memory: !cpuOnly }, sources);
  for (const f of post.takeCheckpoints(session, checkpoints)) {
    for (const seg of f.segments) {
      for (const s of seg.strings) {
        const abs = s.startsWith('file://') || s.startsWith('/') ? post.urlToPath(s) : null;
        if (abs && post.isProfiledPath(abs, filter)) parsed(abs);
      }
    }
    attributor.add({ pid: f.pid, threadId: f.threadId, meta: null }, f.segments);
    checkpoints.set(f.name, cpuOnly ? post.checkpointHeaders(f.segments) : post.checkpointForMemory(f.segments));
  }
  if (cpuOnly) attributor.dropTracks(1);
  const { threads } = post.readSession(session, checkpoints);
  const attribution = attributor.finish();
  const memory = cpuOnly ? null : post.attributeMemory(threads, attribution, { registered: [], sourceLines: parsed, mallocWindowBytes: 1_048_571 });
  const info: RunInfo = {
    toolVersion: '0.0.0',
    command: ['node', 'warm.js'],
    startTime: new Date(0),
    elapsedS: 0.25,
    intervalMs: 1,
    gitSha: null,
    mode: cpuOnly ? 'cpu' : 'full',
    useVirtualTime: false,
    complete: true,
    warnings: [],
    memoryWindows: cpuOnly ? undefined : { malloc_bytes: 1_048_571, copy_bytes: 7_340_009 },
  };
  const profile = post.buildProfile(attribution, threads, info, work, (abs) => parsedCache.get(abs)?.text ?? readSourceSafe(abs), memory, (abs, text) => {
    const entry = parsedCache.get(abs);
    return entry && entry.text === text ? entry.lines : undefined;
  });
  JSON.stringify(post.compactProfile(profile));
  post.renderText(profile, { color: false, reduced: false, cpuPercentThreshold: 1 });
  return profile;
}
