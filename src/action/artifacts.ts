// The artifact the Action leaves behind (profiles, report, PR metadata) and reading other
// runs' artifacts back. Uploads go through @actions/artifact; downloads of other runs go
// through the REST API (list, then the zip behind the signed redirect) and are read in
// memory under size limits, because an artifact made by a pull request's job is
// untrusted data: everything in it is validated before use.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { parseProfile } from '../model/validate.js';
import { compactProfile, type Profile } from '../model/profile.js';
import type { Repo } from './context.js';
import { withRetry, type Octokit, type RetryPolicy, DEFAULT_RETRY, describeApiError } from './github.js';
import { readZip, type ZipLimits } from './zip.js';

export const ARTIFACT_SCHEMA = 'scalene-ci/action-artifact@1' as const;
export const META_FILE = 'scalene-ci-meta.json';
export const PROFILES_DIR = 'profiles';
export const REPORT_FILE = 'report.md';
/** The compared baseline's profiles, so the comparison can be reproduced from this one artifact. */
export const BASELINE_DIR = 'baseline';

/** Limits on a downloaded artifact (it may come from a fork's job). */
export const ARTIFACT_LIMITS = {
  maxZipBytes: 256 * 1024 * 1024,
  maxEntries: 256,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxMetaBytes: 64 * 1024,
  maxProfiles: 128,
} as const;

/** What a profiling job records about itself, for the job that compares later. */
export interface ArtifactMeta {
  schema: typeof ARTIFACT_SCHEMA;
  event: string;
  /** The commit the job checked out and profiled. */
  sha: string;
  run_id: number;
  /** Set on pull_request runs: a hint only, checked against the API before use. */
  pull_request: { number: number; head_sha: string; base_ref: string; base_sha: string } | null;
  /** The profiled directory relative to the repository root ('' for the root). */
  working_directory: string;
  profiler: string;
  /** File names under profiles/. */
  profiles: string[];
}

export interface ArtifactUploader {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number }>;
}

/** Lay out the artifact directory; returns the files to upload. */
export async function writeArtifactDir(
  dir: string,
  content: {
    meta: Omit<ArtifactMeta, 'schema' | 'profiles'>;
    profiles: Profile[];
    report: string | null;
    /** The baseline's profiles, under baseline/ (never read as this run's: meta lists profiles/ only). */
    baseline?: Profile[];
    /** Drill-down files by name (HTML reports, speedscope): written at the top level. */
    extras?: Array<{ name: string; text: string }>;
  },
): Promise<{ files: string[]; profilePaths: string[]; reportPath: string | null }> {
  await mkdir(join(dir, PROFILES_DIR), { recursive: true });
  const names = content.profiles.map((_, i) => (content.profiles.length === 1 ? 'profile.json' : `profile-${i + 1}.json`));
  const profilePaths: string[] = [];
  for (const [i, p] of content.profiles.entries()) {
    const path = join(dir, PROFILES_DIR, names[i]!);
    await writeFile(path, JSON.stringify(compactProfile(p)));
    profilePaths.push(path);
  }
  const meta: ArtifactMeta = { schema: ARTIFACT_SCHEMA, ...content.meta, profiles: names };
  const metaPath = join(dir, META_FILE);
  await writeFile(metaPath, JSON.stringify(meta, null, 2) + '\n');
  let reportPath: string | null = null;
  if (content.report !== null) {
    reportPath = join(dir, REPORT_FILE);
    await writeFile(reportPath, content.report);
  }
  const more: string[] = [];
  if (content.baseline && content.baseline.length > 0) {
    await mkdir(join(dir, BASELINE_DIR), { recursive: true });
    for (const [i, p] of content.baseline.entries()) {
      const path = join(dir, BASELINE_DIR, content.baseline.length === 1 ? 'profile.json' : `profile-${i + 1}.json`);
      await writeFile(path, JSON.stringify(compactProfile(p)));
      more.push(path);
    }
  }
  for (const x of content.extras ?? []) {
    const path = join(dir, x.name);
    await writeFile(path, x.text);
    more.push(path);
  }
  return { files: [metaPath, ...profilePaths, ...(reportPath ? [reportPath] : []), ...more], profilePaths, reportPath };
}

export interface RemoteArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  expires_at: string | null;
  run_id: number | null;
}

/** `*` and `?` wildcards over a whole artifact name. */
export function artifactNameMatcher(glob: string): (name: string) => boolean {
  const re = new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  return (name) => re.test(name);
}

/** Artifacts of one workflow run whose names match. */
export async function listRunArtifacts(octokit: Octokit, repo: Repo, runId: number, matches: (name: string) => boolean): Promise<RemoteArtifact[]> {
  const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: runId, per_page: 100 });
  return all
    .filter((a) => matches(a.name))
    .map((a) => ({
      id: a.id,
      name: a.name,
      size_in_bytes: a.size_in_bytes,
      expired: a.expired,
      expires_at: a.expires_at ?? null,
      run_id: a.workflow_run?.id ?? runId,
    }));
}

export interface DownloadDeps {
  octokit: Octokit;
  fetch?: typeof fetch;
  retry?: RetryPolicy;
}

/**
 * The zip bytes of an artifact, refusing more than `maxBytes`. The API answers with a
 * signed storage URL that GitHub documents as expiring after one minute, so every attempt
 * asks the API for a fresh one: retrying the first URL for minutes only met "signature
 * expired" (403). Storage failures, expired URLs and dropped connections are retried.
 */
export async function downloadArtifactZip(deps: DownloadDeps, repo: Repo, artifact: RemoteArtifact, maxBytes: number = ARTIFACT_LIMITS.maxZipBytes): Promise<Buffer> {
  if (artifact.expired) throw new InputError(`artifact '${artifact.name}' (id ${artifact.id}) has expired`);
  if (artifact.size_in_bytes > maxBytes) {
    throw new InputError(`artifact '${artifact.name}' is ${artifact.size_in_bytes} bytes, more than the limit of ${maxBytes}`);
  }
  const fetchImpl = deps.fetch ?? fetch;
  // Marked like a server error so withRetry tries again (with a new URL).
  const retryable = (what: string, status: number) => Object.assign(new Error(`downloading artifact '${artifact.name}': ${what}`), { status });
  return withRetry(`download of artifact '${artifact.name}'`, deps.retry ?? DEFAULT_RETRY, async () => {
    const res = await deps.octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    const location = (res.headers as Record<string, string | undefined>).location;
    if ((res.status as number) === 200 && (res.data as unknown) instanceof ArrayBuffer) return capped(Buffer.from(res.data as unknown as ArrayBuffer), artifact, maxBytes);
    if (!location) throw new Error(`downloading artifact '${artifact.name}': the API answered ${res.status} without a download location`);
    // The signed URL carries its own authorisation: send no token to blob storage.
    let r: Response;
    try {
      r = await fetchImpl(location);
    } catch (e) {
      throw retryable(`storage could not be reached (${(e as Error).message})`, 503);
    }
    if (!r.ok) {
      await r.body?.cancel();
      // 403 from storage is an expired or refused signature: a new URL may work.
      throw retryable(`storage answered ${r.status}`, r.status === 403 ? 503 : r.status);
    }
    const declared = Number(r.headers.get('content-length') ?? '0');
    if (declared > maxBytes) {
      await r.body?.cancel();
      throw new InputError(`artifact '${artifact.name}' is ${declared} bytes, more than the limit of ${maxBytes}`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > maxBytes) throw new InputError(`artifact '${artifact.name}' is more than the limit of ${maxBytes} bytes`);
        chunks.push(Buffer.from(chunk));
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw retryable(`the download broke off (${(e as Error).message})`, 503);
    }
    return Buffer.concat(chunks);
  });
}

function capped(buf: Buffer, artifact: RemoteArtifact, maxBytes: number): Buffer {
  if (buf.length > maxBytes) throw new InputError(`artifact '${artifact.name}' is more than the limit of ${maxBytes} bytes`);
  return buf;
}

export interface ArtifactContents {
  meta: ArtifactMeta | null;
  profiles: Profile[];
}

const SHA = /^[0-9a-f]{40}$/;

/** Check the metadata file field by field; anything unexpected is an error, not a default. */
export function validateMeta(text: string, where: string): ArtifactMeta {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${where}: ${META_FILE} is not valid JSON`);
  }
  const d = data as Record<string, unknown>;
  const bad = (what: string): never => {
    throw new InputError(`${where}: ${META_FILE}: ${what}`);
  };
  if (typeof d !== 'object' || d === null || Array.isArray(d)) bad('expected an object');
  if (d.schema !== ARTIFACT_SCHEMA) bad(`schema is not "${ARTIFACT_SCHEMA}"`);
  if (typeof d.event !== 'string' || d.event.length > 100) bad('event: expected a short string');
  if (typeof d.sha !== 'string' || !SHA.test(d.sha)) bad('sha: expected a 40-character commit id');
  if (!Number.isSafeInteger(d.run_id)) bad('run_id: expected an integer');
  if (typeof d.working_directory !== 'string' || d.working_directory.length > 1000) bad('working_directory: expected a path');
  if (typeof d.profiler !== 'string' || d.profiler.length > 100) bad('profiler: expected a short string');
  if (!Array.isArray(d.profiles) || d.profiles.length === 0 || d.profiles.length > ARTIFACT_LIMITS.maxProfiles) bad('profiles: expected a list of file names');
  for (const p of d.profiles as unknown[]) if (typeof p !== 'string' || !/^[\w.-]{1,100}\.json$/.test(p)) bad('profiles: expected plain .json file names');
  // Each listed file is parsed once per listing: a name listed 11 times parsed a 46 MB file 11 times.
  if (new Set(d.profiles as string[]).size !== (d.profiles as string[]).length) bad('profiles: a file is listed more than once');
  if (d.pull_request !== null) {
    const pr = d.pull_request as Record<string, unknown>;
    if (typeof pr !== 'object' || pr === null) bad('pull_request: expected an object or null');
    if (!Number.isSafeInteger(pr.number) || (pr.number as number) < 1) bad('pull_request.number: expected a positive integer');
    if (typeof pr.head_sha !== 'string' || !SHA.test(pr.head_sha)) bad('pull_request.head_sha: expected a 40-character commit id');
    if (typeof pr.base_ref !== 'string' || pr.base_ref.length > 255) bad('pull_request.base_ref: expected a branch name');
    if (typeof pr.base_sha !== 'string' || (pr.base_sha !== '' && !SHA.test(pr.base_sha))) bad('pull_request.base_sha: expected a commit id');
  }
  return d as unknown as ArtifactMeta;
}

/** Read and validate an artifact zip: metadata (when present) and every profile in it. */
export function readArtifactZip(zip: Buffer, name: string, limits: ZipLimits = ARTIFACT_LIMITS): ArtifactContents {
  const entries = readZip(zip, `artifact '${name}'`, limits);
  const metaBuf = entries.get(META_FILE);
  let meta: ArtifactMeta | null = null;
  if (metaBuf) {
    if (metaBuf.length > ARTIFACT_LIMITS.maxMetaBytes) throw new InputError(`artifact '${name}': ${META_FILE} is larger than ${ARTIFACT_LIMITS.maxMetaBytes} bytes`);
    meta = validateMeta(metaBuf.toString('utf8'), `artifact '${name}'`);
  }
  const files = meta
    ? meta.profiles.map((p) => `${PROFILES_DIR}/${p}`)
    : [...entries.keys()].filter((k) => k.startsWith(`${PROFILES_DIR}/`) && k.endsWith('.json')).sort();
  if (files.length === 0) throw new InputError(`artifact '${name}' holds no profiles`);
  const profiles = files.map((f) => {
    const buf = entries.get(f);
    if (!buf) throw new InputError(`artifact '${name}': ${f} is listed in ${META_FILE} but missing`);
    return parseProfile(buf.toString('utf8'), `artifact '${name}': ${f}`);
  });
  return { meta, profiles };
}

/** Download, unpack and validate one artifact; errors name the artifact and what was wrong. */
export async function fetchArtifactProfiles(deps: DownloadDeps, repo: Repo, artifact: RemoteArtifact): Promise<ArtifactContents> {
  let zip: Buffer;
  try {
    zip = await downloadArtifactZip(deps, repo, artifact);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new Error(`cannot download artifact '${artifact.name}' (id ${artifact.id}): ${describeApiError(e)}`);
  }
  return readArtifactZip(zip, artifact.name);
}
