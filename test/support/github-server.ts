// A local stand-in for the parts of GitHub the Action talks to, on 127.0.0.1 with no network:
// the REST endpoints it uses (workflow runs, run artifacts and their zip downloads, compare,
// pulls, issue comments with Link pagination, check runs, /user), the artifact service the
// toolkit uploads through (Twirp JSON ArtifactService + Azure block-blob PUTs at the signed
// URL), and fault injection (5xx, read-only tokens). State persists across Action runs so a
// push run's upload becomes the next pull request run's baseline, as on GitHub.
// Held to GitHub's REST description (openapi.ts): each request's query and body are checked
// against the operation, each described answer is completed with the fields the description
// requires and validated; departures collect in `violations`, which the tests assert empty.
// The event payloads runActionProcess hands the Action are held to GitHub's webhook
// description the same way (webhooks.ts), and a departure there fails the run at once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { OpenApi } from './openapi.js';
import { assertValidEvent, repositoryId } from './webhooks.js';

export interface FakeRun {
  id: number;
  workflow: string;
  workflow_id: number;
  head_sha: string;
  head_branch: string;
  event: string;
  /** owner/name of the repository the run built: the base repository, or a fork's for its pull requests. */
  head_repository: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | null;
  created_at: string;
  /** The results service's id for the run, named in the runtime token's scp claim. */
  backend_id: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  run_id: number;
  zip: Buffer;
  expired: boolean;
  created_at: string;
  expires_at: string;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  head: { sha: string; ref: string; repo: { full_name: string } };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail before they succeed again. */
  times: number;
  message?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  auth: string | null;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion: string | null;
  annotations: unknown[];
  /** Annotations per request (create, then each update). */
  batches: number[];
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };
const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

function b64url(obj: unknown): string {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

/** A JWT-shaped runtime token whose scp claim names the run's and job's backend ids. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const header = b64url({ alg: 'RS256', typ: 'JWT' });
  const payload = b64url({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`, iat: 1700000000, exp: 4100000000 });
  return `${header}.${payload}.${Buffer.from('not-a-real-signature').toString('base64url')}`;
}

const crc32 = (zlib as unknown as { crc32: (b: Uint8Array) => number }).crc32;

/** A deflate zip of the given entries (what GitHub serves artifacts as); a list may repeat a name. */
export function makeZip(entries: Record<string, string | Buffer> | Array<[string, string | Buffer]>): Buffer {
  const list = Array.isArray(entries) ? entries : Object.entries(entries);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of list) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(list.length, 8);
  eocd.writeUInt16LE(list.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const bodies = new WeakMap<IncomingMessage, Promise<Buffer>>();

/** The request body, read once (the description check and the handler both look at it). */
function readBody(req: IncomingMessage): Promise<Buffer> {
  let b = bodies.get(req);
  if (!b) {
    b = (async () => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    })();
    bodies.set(req, b);
  }
  return b;
}

/** Response fields the Action reads (src/action): the emulator must model each one; the
 * description's placeholders may only fill what the Action never looks at. */
const READ_BY_ACTION: RegExp[] = [
  /^actions\/list-workflow-runs (total_count|workflow_runs\[\]\.(id|head_sha|head_branch|event|status|conclusion|created_at|repository|repository\.id|head_repository|head_repository\.(id|full_name)))$/,
  /^actions\/list-workflow-run-artifacts (total_count|artifacts\[\]\.(id|name|expired|size_in_bytes))$/,
  /^issues\/(list-comments \[\]\.|create-comment |update-comment )(id|body|html_url|user|user\.(login|type))$/,
  /^users\/get-authenticated login$/,
  /^pulls\/get (number|head|base|head\.(sha|ref|repo)|base\.(sha|ref)|head\.repo\.full_name)$/,
  /^repos\/compare-commits-with-basehead merge_base_commit(\.sha)?$/,
  /^checks\/(create|update) id$/,
];

/** A response completed with the fields the description requires, and the fields the Action
 * reads that the emulator had left out (each a departure: see READ_BY_ACTION). */
export function completeResponse(api: OpenApi, operationId: string, body: unknown, schema: Parameters<OpenApi['complete']>[1]): { body: unknown; leftOut: string[] } {
  const filled = new Set<string>();
  const out = api.complete(body, schema, filled);
  return { body: out, leftOut: [...filled].filter((f) => READ_BY_ACTION.some((re) => re.test(`${operationId} ${f}`))) };
}

export class GitHubServer {
  readonly owner = 'octo';
  readonly repo = 'demo';
  url = '';
  runs: FakeRun[] = [];
  artifacts: FakeArtifact[] = [];
  comments: FakeComment[] = [];
  pulls: FakePull[] = [];
  checkRuns: CheckRun[] = [];
  requests: LoggedRequest[] = [];
  faults: Fault[] = [];
  /** basehead ("main...<sha>") → merge-base sha. */
  mergeBases = new Map<string, string>();
  /** GitHub's REST description; requests and responses that depart from it are listed in `violations`. */
  readonly api = new OpenApi();
  violations: string[] = [];
  /** How long a signed artifact download URL stays valid (GitHub: 1 minute). */
  signedUrlTtlMs = 60_000;
  /** Tokens the API accepts; read-only ones get 403 on every write, as a fork PR's GITHUB_TOKEN does. */
  tokens = new Map<string, 'write' | 'read'>();
  /** Uploads in progress: blob path → staged blocks. */
  private blobs = new Map<string, { blocks: Map<string, Buffer>; committed: Buffer | null }>();
  private nextId = 1000;
  private server: Server | null = null;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        json(res, 500, { message: `test server error: ${(e as Error).message}` });
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const addr = this.server.address();
    if (typeof addr !== 'object' || !addr) throw new Error('no address');
    this.url = `http://127.0.0.1:${addr.port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
    this.server?.closeAllConnections?.();
  }

  id(): number {
    return this.nextId++;
  }

  addRun(run: Partial<FakeRun> & { id: number; head_sha: string }): FakeRun {
    const r: FakeRun = {
      workflow: 'perf.yml',
      workflow_id: 77,
      head_branch: 'main',
      event: 'push',
      head_repository: `${this.owner}/${this.repo}`,
      status: 'in_progress',
      conclusion: null,
      created_at: new Date(Date.UTC(2026, 0, 1) + run.id * 1000).toISOString(),
      backend_id: randomUUID(),
      ...run,
    };
    this.runs.push(r);
    return r;
  }

  /** Mark a run finished, as GitHub does when its last job ends. */
  completeRun(id: number, conclusion: 'success' | 'failure' = 'success'): void {
    const r = this.runs.find((x) => x.id === id)!;
    r.status = 'completed';
    r.conclusion = conclusion;
  }

  addArtifact(a: Partial<FakeArtifact> & { name: string; run_id: number; zip: Buffer }): FakeArtifact {
    const art: FakeArtifact = {
      id: this.id(),
      expired: false,
      created_at: new Date().toISOString(),
      expires_at: new Date(Date.now() + 90 * 86400e3).toISOString(),
      ...a,
    };
    this.artifacts.push(art);
    return art;
  }

  /** Requests matching method and path (regexp over the path without query). */
  calls(method: string, path: RegExp): LoggedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const path = u.pathname;
    const query = Object.fromEntries(u.searchParams);
    const log: LoggedRequest = { method, path, query, status: 0, auth: req.headers.authorization ?? null };
    this.requests.push(log);
    let op: ReturnType<OpenApi['operation']> = null;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      log.status = status;
      // Answers the description lists are completed with the fields it requires and checked.
      const schema = op?.responses[String(status)];
      if (op && schema) {
        const done = completeResponse(this.api, op.operationId, body, schema);
        body = done.body;
        for (const f of done.leftOut) this.violations.push(`${op.operationId} ${status}: the emulator left out ${f}, which the Action reads (a placeholder would stand in for GitHub's value)`);
        for (const v of this.api.validate(body, schema, `${op.operationId} ${status}`)) this.violations.push(v);
      }
      json(res, status, body, headers);
    };

    const fault = this.faults.find((f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === method));
    if (fault) {
      fault.times--;
      await readBody(req);
      return send(fault.status, { message: fault.message ?? `injected ${fault.status}` });
    }

    // ---- Artifact service (Twirp, authorised by the runtime token).
    if (path.startsWith(SERVICE) && method === 'POST') {
      const body = JSON.parse((await readBody(req)).toString() || '{}');
      const run = this.runFromBearer(req.headers.authorization);
      if (!run) return send(401, { code: 'unauthenticated', msg: 'bad runtime token' });
      return this.twirp(path.slice(SERVICE.length), body, run, send);
    }
    // ---- Blob storage at the signed URLs.
    if (path.startsWith('/blob/')) return this.blob(req, res, u, log);

    // ---- REST API.
    op = this.api.operation(method, path);
    if (!op) this.violations.push(`${method} ${path}: no such operation in ${this.api.source}`);
    else {
      let body: unknown;
      if (method === 'POST' || method === 'PATCH') {
        const text = (await readBody(req)).toString();
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          this.violations.push(`${op.operationId}: request body is not JSON`);
        }
      }
      this.violations.push(...this.api.checkRequest(op, query, body));
    }
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    const access = this.tokens.get(token);
    if (!access) return send(401, { message: 'Bad credentials' });
    if (access === 'read' && method !== 'GET') {
      await readBody(req);
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    if (path === '/user' && method === 'GET') return send(403, { message: 'Resource not accessible by integration' });
    if (!path.startsWith(repoPrefix + '/')) return send(404, { message: 'Not Found' });
    const rest = path.slice(repoPrefix.length);
    let m: RegExpExecArray | null;

    if ((m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest)) && method === 'GET') {
      const wf = decodeURIComponent(m[1]!);
      let runs = this.runs.filter((r) => r.workflow === wf || String(r.workflow_id) === wf);
      if (query.branch) runs = runs.filter((r) => r.head_branch === query.branch);
      if (query.event) runs = runs.filter((r) => r.event === query.event);
      if (query.head_sha) runs = runs.filter((r) => r.head_sha === query.head_sha);
      if (query.status === 'success') runs = runs.filter((r) => r.conclusion === 'success');
      else if (query.status) runs = runs.filter((r) => r.status === query.status);
      runs = [...runs].sort((a, b) => b.id - a.id);
      const per = Number(query.per_page ?? 30);
      const page = Number(query.page ?? 1);
      return send(200, { total_count: runs.length, workflow_runs: runs.slice((page - 1) * per, page * per).map((r) => this.runJson(r)) });
    }
    if ((m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && method === 'GET') {
      const runId = Number(m[1]);
      let arts = this.artifacts.filter((a) => a.run_id === runId);
      if (query.name) arts = arts.filter((a) => a.name === query.name);
      return this.paginate(u, arts.map((a) => this.artifactJson(a)), 'artifacts', send);
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest)) && method === 'GET') {
      const art = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!art) return send(404, { message: 'Not Found' });
      if (art.expired) return send(410, { message: 'Artifact has expired' });
      // Signed for signedUrlTtlMs, as GitHub's URL is for one minute.
      return send(302, {}, { location: `${this.url}/blob/download/${art.id}.zip?sig=signed-${art.id}&se=${Date.now() + this.signedUrlTtlMs}` });
    }
    if ((m = /^\/compare\/(.+)$/.exec(rest)) && method === 'GET') {
      const mb = this.mergeBases.get(decodeURIComponent(m[1]!));
      if (!mb) return send(404, { message: 'Not Found' });
      return send(200, { merge_base_commit: { sha: mb }, status: 'ahead', commits: [], files: [] });
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pr = this.pulls.find((p) => p.number === Number(m![1]));
      return pr ? send(200, pr) : send(404, { message: 'Not Found' });
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const list = this.comments.filter((c) => c.issue_number === issue).map((c) => this.commentJson(c));
        return this.paginate(u, list, null, send);
      }
      if (method === 'POST') {
        const { body } = JSON.parse((await readBody(req)).toString());
        if (typeof body !== 'string' || body.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] });
        const now = new Date().toISOString();
        const c: FakeComment = { id: this.id(), issue_number: issue, body, user: BOT, created_at: now, updated_at: now };
        this.comments.push(c);
        return send(201, this.commentJson(c));
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      const { body } = JSON.parse((await readBody(req)).toString());
      if (typeof body !== 'string' || body.length > 65536) return send(422, { message: 'Validation Failed' });
      c.body = body;
      c.updated_at = new Date(Date.now() + 1).toISOString();
      return send(200, this.commentJson(c));
    }
    if (rest === '/check-runs' && method === 'POST') {
      const b = JSON.parse((await readBody(req)).toString());
      const anns = b.output?.annotations ?? [];
      if (anns.length > 50) return send(422, { message: 'Only 50 annotations are allowed per request' });
      const cr: CheckRun = { id: this.id(), name: b.name, head_sha: b.head_sha, conclusion: b.conclusion ?? null, annotations: [...anns], batches: [anns.length] };
      this.checkRuns.push(cr);
      return send(201, { id: cr.id, html_url: `https://github.com/${this.owner}/${this.repo}/runs/${cr.id}` });
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const cr = this.checkRuns.find((c) => c.id === Number(m![1]));
      if (!cr) return send(404, { message: 'Not Found' });
      const b = JSON.parse((await readBody(req)).toString());
      const anns = b.output?.annotations ?? [];
      if (anns.length > 50) return send(422, { message: 'Only 50 annotations are allowed per request' });
      cr.annotations.push(...anns);
      cr.batches.push(anns.length);
      return send(200, { id: cr.id, html_url: `https://github.com/${this.owner}/${this.repo}/runs/${cr.id}` });
    }
    return send(404, { message: `Not Found (test server has no ${method} ${rest})` });
  }

  private runFromBearer(auth: string | undefined): FakeRun | null {
    const token = (auth ?? '').replace(/^Bearer\s+/i, '');
    try {
      const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
      const scope = String(payload.scp).split(' ').find((s: string) => s.startsWith('Actions.Results:'));
      const backend = scope?.split(':')[1];
      return this.runs.find((r) => r.backend_id === backend) ?? null;
    } catch {
      return null;
    }
  }

  private twirp(method: string, body: Record<string, unknown>, run: FakeRun, send: (s: number, b: unknown) => void): void {
    if (body.workflow_run_backend_id !== run.backend_id) return send(400, { code: 'invalid_argument', msg: 'workflow run backend id does not match the token' });
    const name = String(body.name ?? '');
    switch (method) {
      case 'CreateArtifact': {
        if (this.artifacts.some((a) => a.run_id === run.id && a.name === name)) {
          return send(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        }
        const blobPath = `/blob/devstoreaccount1/actions-results/${randomUUID()}/${encodeURIComponent(name)}.zip`;
        this.blobs.set(blobPath, { blocks: new Map(), committed: null });
        this.pendingNames.set(`${run.id}\0${name}`, blobPath);
        return send(200, { ok: true, signed_upload_url: `${this.url}${blobPath}?sig=upload-signature&sv=2023-11-03` });
      }
      case 'FinalizeArtifact': {
        const blobPath = this.pendingNames.get(`${run.id}\0${name}`);
        const blob = blobPath ? this.blobs.get(blobPath) : undefined;
        if (!blob?.committed) return send(404, { code: 'not_found', msg: 'no uploaded blob for this artifact' });
        if (Number(body.size) !== blob.committed.length) return send(400, { code: 'invalid_argument', msg: `size ${String(body.size)} does not match ${blob.committed.length}` });
        const art = this.addArtifact({ name, run_id: run.id, zip: blob.committed });
        return send(200, { ok: true, artifact_id: String(art.id) });
      }
      case 'ListArtifacts': {
        const arts = this.artifacts.filter((a) => a.run_id === run.id && !a.expired);
        return send(200, {
          artifacts: arts.map((a) => ({
            workflow_run_backend_id: run.backend_id,
            workflow_job_run_backend_id: String(body.workflow_job_run_backend_id ?? ''),
            database_id: String(a.id),
            name: a.name,
            size: String(a.zip.length),
            created_at: a.created_at,
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const art = this.artifacts.find((a) => a.run_id === run.id && a.name === name);
        if (!art) return send(404, { code: 'not_found', msg: 'artifact not found' });
        return send(200, { signed_url: `${this.url}/blob/download/${art.id}.zip?sig=signed-${art.id}` });
      }
      default:
        return send(404, { code: 'bad_route', msg: `no method ${method}` });
    }
  }

  private pendingNames = new Map<string, string>();

  private async blob(req: IncomingMessage, res: ServerResponse, u: URL, log: LoggedRequest): Promise<void> {
    const reply = (status: number, headers: Record<string, string> = {}, body: Buffer | string = '') => {
      log.status = status;
      res.writeHead(status, { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2023-11-03', date: new Date().toUTCString(), ...headers });
      res.end(body);
    };
    if (!u.searchParams.get('sig')) return reply(403, {}, 'missing signature');
    const expires = Number(u.searchParams.get('se') ?? Infinity);
    if (Date.now() > expires) return reply(403, {}, 'AuthenticationFailed: Signed expiry time has to be after signed start time');
    const dl = /^\/blob\/download\/(\d+)\.zip$/.exec(u.pathname);
    if (dl && req.method === 'GET') {
      const art = this.artifacts.find((a) => a.id === Number(dl[1]));
      if (!art) return reply(404);
      return reply(200, { 'content-type': 'application/zip', 'content-length': String(art.zip.length) }, art.zip);
    }
    const blob = this.blobs.get(u.pathname);
    if (!blob || req.method !== 'PUT') return reply(404);
    const body = await readBody(req);
    const etag = `"0x${Date.now().toString(16)}"`;
    const common = { etag, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' };
    const comp = u.searchParams.get('comp');
    if (comp === 'block') {
      blob.blocks.set(u.searchParams.get('blockid') ?? '', body);
      return reply(201, common);
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\/(?:Latest|Committed|Uncommitted)>/g)].map((x) => x[1]!);
      const parts = ids.map((id) => blob.blocks.get(id));
      if (parts.some((p) => !p)) return reply(400, {}, 'InvalidBlockList');
      blob.committed = Buffer.concat(parts as Buffer[]);
      return reply(201, common);
    }
    blob.committed = body; // a single-shot Put Blob
    return reply(201, common);
  }

  private paginate(u: URL, items: unknown[], key: string | null, send: (s: number, b: unknown, h?: Record<string, string>) => void): void {
    const per = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
    const page = Number(u.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const slice = items.slice((page - 1) * per, page * per);
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(u.href);
      next.searchParams.set('page', String(page + 1));
      const lastU = new URL(u.href);
      lastU.searchParams.set('page', String(last));
      headers.link = `<${next.href}>; rel="next", <${lastU.href}>; rel="last"`;
    }
    send(200, key ? { total_count: items.length, [key]: slice } : slice, headers);
  }

  /** A minimal-repository object; ids are stable per full name, as GitHub's are per repository. */
  repoJson(fullName: string) {
    const [owner, name] = fullName.split('/') as [string, string];
    // The ids the event payloads of webhooks.ts carry, so the API and the event agree.
    const id = repositoryId(fullName, `${this.owner}/${this.repo}`);
    const url = `${this.url}/repos/${fullName}`;
    return {
      id,
      node_id: `R_${id}`,
      name,
      full_name: fullName,
      owner: { login: owner, id: id + 1, node_id: `U_${id + 1}`, type: 'User', site_admin: false, url: `${this.url}/users/${owner}`, html_url: `https://github.com/${owner}` },
      private: false,
      fork: fullName !== `${this.owner}/${this.repo}`,
      html_url: `https://github.com/${fullName}`,
      description: null,
      url,
    };
  }

  private runJson(r: FakeRun) {
    const base = `${this.url}/repos/${this.owner}/${this.repo}/actions/runs/${r.id}`;
    return {
      id: r.id,
      name: 'perf',
      node_id: `WFR_${r.id}`,
      workflow_id: r.workflow_id,
      path: `.github/workflows/${r.workflow}`,
      run_number: r.id,
      head_sha: r.head_sha,
      head_branch: r.head_branch,
      event: r.event,
      display_title: `${r.event} ${r.head_branch}`,
      status: r.status,
      conclusion: r.conclusion,
      created_at: r.created_at,
      updated_at: r.created_at,
      url: base,
      html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${r.id}`,
      pull_requests: [],
      jobs_url: `${base}/jobs`,
      logs_url: `${base}/logs`,
      check_suite_url: `${this.url}/repos/${this.owner}/${this.repo}/check-suites/${r.id}`,
      artifacts_url: `${base}/artifacts`,
      cancel_url: `${base}/cancel`,
      rerun_url: `${base}/rerun`,
      workflow_url: `${this.url}/repos/${this.owner}/${this.repo}/actions/workflows/${r.workflow_id}`,
      head_commit: null,
      repository: this.repoJson(`${this.owner}/${this.repo}`),
      head_repository: this.repoJson(r.head_repository),
    };
  }

  private artifactJson(a: FakeArtifact) {
    const run = this.runs.find((r) => r.id === a.run_id);
    return {
      id: a.id,
      node_id: `A_${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.created_at,
      expires_at: a.expires_at,
      updated_at: a.created_at,
      workflow_run: run ? { id: run.id, head_sha: run.head_sha, head_branch: run.head_branch } : null,
    };
  }

  private commentJson(c: FakeComment) {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user.login, type: c.user.type },
      created_at: c.created_at,
      updated_at: c.updated_at,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue_number}#issuecomment-${c.id}`,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Running the built Action the way the runner does: `node dist/action/index.js` with inputs as
// INPUT_* variables (every input of action.yml, defaults filled in, `${{ github.token }}`
// evaluated), the GITHUB_* variables, an event payload file and the artifact runtime variables.

export interface ActionRunSpec {
  bundle: string;
  actionYml: string;
  server: GitHubServer;
  run: FakeRun;
  /** The job's GITHUB_TOKEN (what `${{ github.token }}` evaluates to). */
  token: string;
  event: string;
  /** The event payload; it must conform to GitHub's webhook description (build it with webhooks.ts). */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  workspace: string;
  inputs: Record<string, string>;
  /** Directory for the runner's files (event, outputs, summary, temp). */
  runnerDir: string;
  /** Extra variables in the step's environment (secrets a workflow might expose). */
  extraEnv?: Record<string, string>;
  /** Directory put first on PATH (fake tools). */
  pathPrefix?: string;
  timeoutMs?: number;
}

export interface ActionRunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Secret values given to the step, for leak checks. */
  secrets: string[];
}

/** Parse the GITHUB_OUTPUT file format (`name<<delimiter` … `delimiter`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

export async function runActionProcess(spec: ActionRunSpec): Promise<ActionRunResult> {
  // The runner writes the event GitHub sent; a payload GitHub would never send (a hand-made
  // stub missing what the Action might read) fails the test here, naming each departure.
  assertValidEvent(spec.event, spec.payload);
  const { mkdirSync, writeFileSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { spawn } = await import('node:child_process');
  const { parse } = await import('yaml');
  mkdirSync(spec.runnerDir, { recursive: true });
  const tag = `${spec.run.id}-${Date.now()}`;
  const eventPath = join(spec.runnerDir, `event-${tag}.json`);
  const outputPath = join(spec.runnerDir, `output-${tag}`);
  const summaryPath = join(spec.runnerDir, `summary-${tag}.md`);
  const temp = join(spec.runnerDir, `temp-${tag}`);
  mkdirSync(temp, { recursive: true });
  writeFileSync(eventPath, JSON.stringify(spec.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const yml = parse(readFileSync(spec.actionYml, 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputEnv: Record<string, string> = {};
  for (const [name, def] of Object.entries(yml.inputs)) {
    let value = spec.inputs[name] ?? String(def.default ?? '');
    value = value.replace('${{ github.token }}', spec.token);
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(spec.inputs)) if (!(name in yml.inputs)) throw new Error(`action.yml has no input '${name}'`);

  const runtime = runtimeToken(spec.run.backend_id, randomUUID());
  const oidc = `oidc-${randomUUID()}`;
  const env: Record<string, string> = {
    PATH: (spec.pathPrefix ? spec.pathPrefix + ':' : '') + (process.env.PATH ?? '/usr/bin:/bin'),
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: spec.event,
    GITHUB_SHA: spec.sha,
    GITHUB_REF: spec.ref,
    GITHUB_REPOSITORY: `${spec.server.owner}/${spec.server.repo}`,
    GITHUB_REPOSITORY_OWNER: spec.server.owner,
    GITHUB_RUN_ID: String(spec.run.id),
    GITHUB_RUN_NUMBER: String(spec.run.id),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'perf',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'perf',
    GITHUB_WORKFLOW_REF: `${spec.server.owner}/${spec.server.repo}/.github/workflows/${spec.run.workflow}@${spec.ref}`,
    GITHUB_API_URL: spec.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${spec.server.url}/graphql`,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_ENV: join(spec.runnerDir, `env-${tag}`),
    GITHUB_PATH: join(spec.runnerDir, `path-${tag}`),
    GITHUB_STATE: join(spec.runnerDir, `state-${tag}`),
    ACTIONS_RUNTIME_TOKEN: runtime,
    ACTIONS_RUNTIME_URL: `${spec.server.url}/runtime/`,
    ACTIONS_RESULTS_URL: `${spec.server.url}/`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${spec.server.url}/oidc?audience=x&sig=${oidc}`,
    // Workflows often expose the token to steps too.
    GITHUB_TOKEN: spec.token,
    // Keep the artifact client's retries short if something is wrong.
    ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: '20000',
    ...inputEnv,
    ...spec.extraEnv,
  };
  const child = spawn(process.execPath, [spec.bundle], { cwd: spec.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), spec.timeoutMs ?? 60_000);
  const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    secrets: [spec.token, runtime, oidc, env.ACTIONS_ID_TOKEN_REQUEST_URL!, ...Object.values(spec.extraEnv ?? {})],
  };
}
