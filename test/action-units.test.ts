// Unit tests of the Action's modules: input parsing, the benchmark's environment, the zip
// reader's limits, artifact validation, the sticky comment, annotations, retries and the
// baseline search. API-facing functions run against the local GitHub stand-in with a real
// Octokit, not mocks.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as core from '@actions/core';
import { UsageError, InputError } from '../src/errors.js';
import { Input, INPUT_DEFAULTS, parseInputs, inputFromEnv } from '../src/action/inputs.js';
import { scrubEnvironment, secretValues } from '../src/action/env.js';
import { readZip } from '../src/action/zip.js';
import { readArtifactZip, validateMeta, ARTIFACT_SCHEMA, downloadArtifactZip, listRunArtifacts, artifactNameMatcher } from '../src/action/artifacts.js';
import { commentMarker, fitComment, upsertComment, COMMENT_LIMIT_CHARS } from '../src/action/comment.js';
import { annotationsFor, publishAnnotations, type Annotation } from '../src/action/annotations.js';
import { createOctokit, withRetry, retryDelay_ms, type RetryPolicy } from '../src/action/github.js';
import { findBaselineArtifact } from '../src/action/baseline.js';
import { workflowFileFromRef, parsePullRequest } from '../src/action/context.js';
import { scaleneCommand, scaleneCiCommand } from '../src/action/profiler.js';
import { repoPathMapper, safeRelativeDir, encodePath } from '../src/action/paths.js';
import type { Finding } from '../src/compare/types.js';
import { completeResponse, GitHubServer, makeZip } from './support/github-server.js';
import { pullRequestEvent } from './support/webhooks.js';
import { makeProfile } from './compare-helpers.js';
import { ROOT } from './support/cli.js';

const noSleep: RetryPolicy = { retries: 3, baseDelay_ms: 1000, sleep: async () => {} };

function profileJson(seconds = 0.5): string {
  return JSON.stringify(makeProfile({ files: { 'src/a.js': { source: 'a();\nb();\n', lines: [{ line: 1, cpu_js_s: seconds }] } } }));
}

function meta(extra: Record<string, unknown> = {}) {
  return {
    schema: ARTIFACT_SCHEMA,
    event: 'push',
    sha: 'a'.repeat(40),
    run_id: 1,
    pull_request: null,
    working_directory: '',
    profiler: 'scalene-ci',
    profiles: ['profile.json'],
    ...extra,
  };
}

describe('inputs', () => {
  const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  test('defaults match action.yml', () => {
    const yml = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
    for (const name of Object.values(Input)) {
      assert.ok(yml.inputs[name], `action.yml declares input '${name}'`);
      if (name === Input.GithubToken) continue; // an expression the runner evaluates
      assert.equal(String(yml.inputs[name]!.default ?? ''), INPUT_DEFAULTS[name], `default of '${name}'`);
    }
    assert.deepEqual(Object.keys(yml.inputs).sort(), Object.values(Input).sort(), 'no undeclared or unparsed inputs');
  });

  test('parses values and applies defaults', () => {
    const i = parseInputs(read({ run: 'npm run bench', repeat: '3', 'cpu-only': 'true', 'profile-only': 'src, lib', comment: 'on-regression' }));
    assert.equal(i.run, 'npm run bench');
    assert.equal(i.repeat, 3);
    assert.equal(i.cpuOnly, true);
    assert.deepEqual(i.profileOnly, ['src', 'lib']);
    assert.equal(i.comment, 'on-regression');
    assert.equal(i.mode, 'profile-and-compare');
    assert.equal(i.artifactName, 'scalene-ci');
    assert.equal(i.githubToken, null);
  });

  test('reads INPUT_ variables the way the runner names them', () => {
    const r = inputFromEnv({ 'INPUT_GITHUB-TOKEN': 'tok', INPUT_RUN: 'x', 'INPUT_FAIL-ON-REGRESSION': 'true' });
    assert.equal(r('github-token'), 'tok');
    assert.equal(r('fail-on-regression'), 'true');
    assert.equal(r('run'), 'x');
  });

  const cases: Array<[Record<string, string>, RegExp]> = [
    [{}, /input 'run' is required/],
    [{ run: 'x', repeat: 'three' }, /input 'repeat' must be a whole number from 1 to 100, got "three"/],
    [{ run: 'x', repeat: '0' }, /input 'repeat'.*got "0"/],
    [{ run: 'x', repeat: '1.5' }, /input 'repeat'.*got "1.5"/],
    [{ run: 'x', 'cpu-only': 'yes' }, /input 'cpu-only' must be 'true' or 'false', got "yes"/],
    [{ run: 'x', baseline: 'latest' }, /input 'baseline' must be one of 'auto', 'artifact', 'same-runner', 'none', got "latest"/],
    [{ run: 'x', comment: 'sometimes' }, /input 'comment' must be one of .*got "sometimes"/],
    [{ run: 'x', mode: 'compare' }, /input 'mode' must be one of .*got "compare"/],
    [{ run: 'x', profiler: 'py-spy' }, /input 'profiler' must be one of .*got "py-spy"/],
    [{ run: 'x', 'artifact-name': 'a/b' }, /input 'artifact-name' must be an artifact name.*got "a\/b"/],
    [{ run: 'x', 'artifact-name': '..' }, /input 'artifact-name' must be an artifact name, not '\.' or '\.\.', got "\.\."/],
    [{ run: 'x', 'artifact-name': '.' }, /input 'artifact-name' must be an artifact name, not/],
    [{ mode: 'compare-only', 'shard-artifacts': '..' }, /input 'shard-artifacts' must be an artifact name, not/],
    [{ run: 'x', 'base-ref': 'main..evil' }, /input 'base-ref' must be a branch name, got "main..evil"/],
    [{ run: 'x', 'shard-artifacts': 'shard-*' }, /input 'shard-artifacts' is only used with mode 'compare-only'/],
    [{ run: 'x', 'pass-env': 'OK, BAD-NAME' }, /input 'pass-env' must list environment variable names, got "BAD-NAME"/],
  ];
  for (const [values, re] of cases) {
    test(`rejects ${JSON.stringify(values)}`, () => {
      assert.throws(() => parseInputs(read(values)), (e: unknown) => e instanceof UsageError && re.test(e.message));
    });
  }

  test('compare-only needs no run command', () => {
    assert.equal(parseInputs(read({ mode: 'compare-only', 'shard-artifacts': 'perf-*' })).shardArtifacts, 'perf-*');
  });
});

describe('benchmark environment', () => {
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    CI: 'true',
    LANG: 'C.UTF-8',
    NODE_OPTIONS: '--max-old-space-size=4096',
    NODE_AUTH_TOKEN: 'npm-publish-secret',
    npm_config_cache: '/tmp/npm',
    'npm_config_//registry.npmjs.org/:_authToken': 'npm-registry-secret',
    GITHUB_TOKEN: 'ghs_0123456789abcdef',
    'INPUT_GITHUB-TOKEN': 'ghs_0123456789abcdef',
    INPUT_RUN: 'npm run bench',
    ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOi.runtime.token',
    ACTIONS_RESULTS_URL: 'https://results.example/sig=abc',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/?token=1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_OUTPUT: '/runner/_temp/out',
    GITHUB_ENV: '/runner/_temp/env',
    AWS_SECRET_ACCESS_KEY: 'aws-secret',
    MY_SETTING: 'fast',
    COPY_OF_TOKEN: 'ghs_0123456789abcdef',
  };

  test('keeps the allowlist and drops every secret', () => {
    const { env: out, withheld } = scrubEnvironment(env, { passEnv: ['MY_SETTING', 'COPY_OF_TOKEN', 'NODE_AUTH_TOKEN'] });
    assert.equal(out.PATH, '/usr/bin');
    assert.equal(out.NODE_OPTIONS, '--max-old-space-size=4096');
    assert.equal(out.npm_config_cache, '/tmp/npm');
    assert.equal(out.GITHUB_SHA, 'a'.repeat(40));
    assert.equal(out.MY_SETTING, 'fast', 'pass-env adds names');
    for (const name of Object.keys(out)) assert.ok(!/^(INPUT_|ACTIONS_)/.test(name), name);
    for (const gone of ['GITHUB_TOKEN', 'NODE_AUTH_TOKEN', 'npm_config_//registry.npmjs.org/:_authToken', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_OUTPUT', 'GITHUB_ENV', 'INPUT_RUN']) {
      assert.equal(out[gone], undefined, gone);
    }
    // Database and similar credentials by name, and URLs with a password in them.
    const more = scrubEnvironment(
      { DB_PASS: 'a', PGPASS: 'b', PGPASSWORD: 'c', MYSQL_PWD: 'd', REDIS_PW: 'e', STRIPE_KEY: 'f', SENTRY_DSN: 'g', SIGNING_SALT: 'h', DB_CONN_STR: 'i', DATABASE_URL: 'postgres://app:hunter2@db/app', PROXY: 'http://u:p@proxy:3128', PWD: '/w', MY_SETTING: 'fast', SITE_URL: 'https://example.com/x@y' },
      { passEnv: ['DB_PASS', 'PGPASS', 'PGPASSWORD', 'MYSQL_PWD', 'REDIS_PW', 'STRIPE_KEY', 'SENTRY_DSN', 'SIGNING_SALT', 'DB_CONN_STR', 'DATABASE_URL', 'PROXY', 'PWD', 'MY_SETTING', 'SITE_URL'] },
    );
    assert.deepEqual(Object.keys(more.env).sort(), ['MY_SETTING', 'PWD', 'SITE_URL']);
    assert.deepEqual(more.withheld, ['DATABASE_URL', 'DB_CONN_STR', 'DB_PASS', 'MYSQL_PWD', 'PGPASS', 'PGPASSWORD', 'PROXY', 'REDIS_PW', 'SENTRY_DSN', 'SIGNING_SALT', 'STRIPE_KEY']);
    // A pass-env name whose value is the token is withheld, not passed.
    assert.equal(out.COPY_OF_TOKEN, undefined);
    assert.ok(withheld.includes('COPY_OF_TOKEN') && withheld.includes('NODE_AUTH_TOKEN'));
    const text = JSON.stringify(out);
    for (const secret of secretValues(env)) assert.ok(!text.includes(secret), `no ${secret}`);
    for (const secret of ['npm-publish-secret', 'npm-registry-secret', 'aws-secret', 'oidc-request-token']) assert.ok(!text.includes(secret), secret);
  });

  test("the initial environment block is cleared: a grandchild walking its ancestors' /proc/<pid>/environ finds no token", { skip: process.platform !== 'linux' }, () => {
    const planted = `ghs_plantedFakeToken_${randomUUID()}`;
    const dir = mkdtempSync(join(tmpdir(), 'sci-environ-'));
    const walker = join(ROOT, 'test', 'programs', 'action', 'shared', 'walk-environ.cjs');
    const mod = new URL('../src/action/proc-environ.js', import.meta.url).href;
    // The Action's position: started with the token in its environment, it conceals (or
    // not), still needs the token itself, then runs a benchmark with a clean environment.
    const script = `
      const { concealInitialEnvironment } = await import(${JSON.stringify(mod)});
      const { spawnSync } = await import('node:child_process');
      const result = process.argv[1] === 'conceal' ? concealInitialEnvironment((n) => n !== 'PATH') : null;
      const w = spawnSync(process.execPath, [${JSON.stringify(walker)}, process.argv[2]], { env: { PATH: process.env.PATH }, stdio: 'inherit' });
      console.log(JSON.stringify({ result, token: process.env.GITHUB_TOKEN, npm: process.env.NPM_TOKEN, walker: w.status }));
    `;
    const run = (mode: string) => {
      const out = join(dir, `${mode}.json`);
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, mode, out], {
        env: { PATH: process.env.PATH, GITHUB_TOKEN: planted, NPM_TOKEN: `npm_${planted}`, HARMLESS: 'x' },
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, r.stderr);
      const ancestors = JSON.parse(readFileSync(out, 'utf8')) as Array<{ pid: number; environ: string | null }>;
      return { reply: JSON.parse(r.stdout) as { result: { concealed: string[]; error: string | null } | null; token: string; npm: string; walker: number }, ancestors };
    };
    try {
      // Control: without concealment the walk does find the token (the test can see a leak).
      const open = run('plain');
      assert.ok(open.ancestors.some((a) => a.environ?.includes(planted)), 'the walker reads its parent environ');
      const closed = run('conceal');
      assert.equal(closed.reply.result!.error, null);
      assert.deepEqual(closed.reply.result!.concealed, ['GITHUB_TOKEN', 'HARMLESS', 'NPM_TOKEN']);
      assert.equal(closed.reply.token, planted, 'the process keeps the token for its own use');
      assert.equal(closed.reply.npm, `npm_${planted}`);
      assert.equal(closed.reply.walker, 0);
      assert.ok(closed.ancestors.length >= 2 && closed.ancestors[0]!.environ !== null, 'the parent environ was read');
      assert.match(closed.ancestors[0]!.environ!, /(^|\0)GITHUB_TOKEN=\0/, 'the name stays, the value is gone');
      for (const a of closed.ancestors) assert.ok(!a.environ?.includes(planted), `pid ${a.pid} shows the token`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('zip reader', () => {
  const limits = { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 1500 };

  test('reads what it is given', () => {
    const entries = readZip(makeZip({ 'a.txt': 'hello', 'dir/b.json': '{"x":1}' }), 'z', limits);
    assert.equal(entries.get('a.txt')!.toString(), 'hello');
    assert.equal(entries.get('dir/b.json')!.toString(), '{"x":1}');
  });

  test('refuses oversize entries, totals and counts', () => {
    assert.throws(() => readZip(makeZip({ big: 'x'.repeat(1001) }), 'z', limits), /is 1001 bytes, more than the limit of 1000/);
    assert.throws(() => readZip(makeZip({ a: 'x'.repeat(900), b: 'y'.repeat(900) }), 'z', limits), /unpacks to more than the limit of 1500/);
    const many: Record<string, string> = {};
    for (let i = 0; i < 11; i++) many[`f${i}`] = 'x';
    assert.throws(() => readZip(makeZip(many), 'z', limits), /11 entries, more than the limit of 10/);
  });

  test('stops a zip bomb that lies about its size', () => {
    const zip = makeZip({ bomb: 'small' });
    // Replace the data with 10 MB of zeros deflated, keep the headers claiming 5 bytes.
    const bomb = deflateRawSync(Buffer.alloc(10 * 1024 * 1024));
    const at = 30 + 'bomb'.length;
    const packedLen = zip.readUInt32LE(18);
    const rebuilt = Buffer.concat([zip.subarray(0, at), bomb, zip.subarray(at + packedLen)]);
    rebuilt.writeUInt32LE(bomb.length, 18);
    const cd = at + bomb.length;
    rebuilt.writeUInt32LE(bomb.length, cd + 20);
    rebuilt.writeUInt32LE(cd, rebuilt.length - 22 + 16);
    assert.throws(() => readZip(rebuilt, 'z', limits), (e: unknown) => e instanceof InputError && /does not inflate to its declared 5 bytes/.test(e.message));
  });

  test('refuses unsafe names and non-zips', () => {
    assert.throws(() => readZip(makeZip({ '../evil': 'x' }), 'z', limits), /unsafe path/);
    assert.throws(() => readZip(makeZip({ '/etc/passwd': 'x' }), 'z', limits), /unsafe path/);
    assert.throws(() => readZip(Buffer.from('not a zip at all, just text padding it out'), 'z', limits), /not a zip archive/);
  });
});

describe('artifact contents', () => {
  test('validates metadata and profiles', () => {
    const ok = readArtifactZip(makeZip({ 'scalene-ci-meta.json': JSON.stringify(meta()), 'profiles/profile.json': profileJson() }), 'a');
    assert.equal(ok.profiles.length, 1);
    assert.equal(ok.meta!.sha, 'a'.repeat(40));
    assert.throws(
      () => readArtifactZip(makeZip({ 'scalene-ci-meta.json': JSON.stringify(meta()), 'profiles/profile.json': '{"schema":"nope"}' }), 'a'),
      (e: unknown) => e instanceof InputError && /artifact 'a': profiles\/profile.json: not a scalene-ci profile/.test(e.message),
    );
    assert.throws(() => readArtifactZip(makeZip({ 'scalene-ci-meta.json': JSON.stringify(meta()) }), 'a'), /listed in scalene-ci-meta.json but missing/);
    assert.throws(() => readArtifactZip(makeZip({ 'other.txt': 'x' }), 'a'), /holds no profiles/);
  });

  test('metadata fields are checked, not trusted', () => {
    assert.throws(() => validateMeta(JSON.stringify(meta({ sha: 'zz' })), 'a'), /sha: expected a 40-character commit id/);
    assert.throws(() => validateMeta(JSON.stringify(meta({ profiles: ['../../x.json'] })), 'a'), /profiles: expected plain .json file names/);
    assert.throws(() => validateMeta(JSON.stringify(meta({ pull_request: { number: -1, head_sha: 'b'.repeat(40), base_ref: 'main', base_sha: '' } })), 'a'), /pull_request.number/);
    assert.throws(() => validateMeta('{', 'a'), /not valid JSON/);
    // One file listed many times would be parsed once per listing (11 x 46 MB took +876 MB).
    assert.throws(() => validateMeta(JSON.stringify(meta({ profiles: Array(11).fill('profile.json') })), 'a'), /profiles: a file is listed more than once/);
  });

  test('a zip with two entries of one name is refused, not read as whichever came last', () => {
    const zip = makeZip([
      ['scalene-ci-meta.json', JSON.stringify(meta())],
      ['profiles/profile.json', profileJson(0.5)],
      ['profiles/profile.json', profileJson(99)],
    ]);
    assert.throws(() => readArtifactZip(zip, 'a'), (e: unknown) => e instanceof InputError && /artifact 'a': entry "profiles\/profile\.json" appears more than once/.test(e.message));
  });

  test('artifact name globs', () => {
    const m = artifactNameMatcher('perf-shard-*');
    assert.ok(m('perf-shard-1') && m('perf-shard-10'));
    assert.ok(!m('perf-shard') && !m('xperf-shard-1'));
  });
});

describe('comment fitting', () => {
  test('a long report is cut under the limit, with a note, the marker first and details closed', () => {
    const marker = commentMarker('scalene-ci');
    const rows = Array.from({ length: 3000 }, (_, i) => `| \`src/file${i}.js\`:${i} | +${i} ms |`).join('\n');
    const body = `${marker}\n### Report\n<details><summary>All</summary>\n\n| a | b |\n| --- | --- |\n${rows}\n\n</details>\n`;
    assert.ok(body.length > COMMENT_LIMIT_CHARS);
    const fitted = fitComment(body, COMMENT_LIMIT_CHARS, '_truncated: see the job summary_');
    assert.ok(fitted.length <= COMMENT_LIMIT_CHARS, `${fitted.length}`);
    assert.ok(fitted.startsWith(marker));
    assert.ok(fitted.trimEnd().endsWith('_truncated: see the job summary_'));
    assert.equal((fitted.match(/<details>/g) ?? []).length, (fitted.match(/<\/details>/g) ?? []).length);
    assert.equal(fitComment('short', COMMENT_LIMIT_CHARS, 'n'), 'short');
  });
});

describe('against the local GitHub server', () => {
  let server: GitHubServer;
  const token = 'ghs_unit_test_token_1234';
  const readOnly = 'ghs_read_only_token_5678';
  before(async () => {
    server = await new GitHubServer().start();
    server.tokens.set(token, 'write');
    server.tokens.set(readOnly, 'read');
  });
  after(() => server.close());
  const repo = () => ({ owner: server.owner, repo: server.repo });

  test('sticky comment: created once, then updated; others with the marker are left alone; found on page 2', async () => {
    const octokit = createOctokit(token, server.url, noSleep);
    const marker = commentMarker('bench');
    // A user quoting our marker, and 120 other comments, before ours.
    server.comments.push({ id: server.id(), issue_number: 7, body: `${marker} I copied this`, user: { login: 'mallory', type: 'User' }, created_at: '', updated_at: '' });
    for (let i = 0; i < 120; i++) server.comments.push({ id: server.id(), issue_number: 7, body: `comment ${i}`, user: { login: 'alice', type: 'User' }, created_at: '', updated_at: '' });
    const q = { repo: repo(), issueNumber: 7, marker, create: true, truncationNote: 'cut' };
    const first = await upsertComment(octokit, { ...q, body: `${marker}\nfirst` });
    assert.equal(first.action, 'created');
    const second = await upsertComment(octokit, { ...q, body: `${marker}\nsecond` });
    assert.equal(second.action, 'updated');
    assert.equal(second.url, first.url);
    const ours = server.comments.filter((c) => c.issue_number === 7 && c.user.type === 'Bot');
    assert.equal(ours.length, 1);
    assert.equal(ours[0]!.body, `${marker}\nsecond`);
    assert.equal(server.comments.find((c) => c.user.login === 'mallory')!.body, `${marker} I copied this`);
    assert.ok(server.calls('GET', /\/issues\/7\/comments$/).some((r) => r.query.page === '2'), 'paginated');
    // on-regression without regressions: no new comment on another PR.
    const skipped = await upsertComment(octokit, { ...q, issueNumber: 8, body: `${marker}\nx`, create: false });
    assert.equal(skipped.action, 'skipped');
    assert.equal(server.comments.filter((c) => c.issue_number === 8).length, 0);
    // ... but an existing comment is still updated, so a fixed regression is not left standing.
    const stillUpdated = await upsertComment(octokit, { ...q, body: `${marker}\nfixed`, create: false });
    assert.equal(stillUpdated.action, 'updated');
    assert.equal(ours[0]!.body, `${marker}\nfixed`);
  });

  test('a 100k-character report is truncated to the limit before posting', async () => {
    const octokit = createOctokit(token, server.url, noSleep);
    const marker = commentMarker('huge');
    const body = `${marker}\n` + 'line of a very long report\n'.repeat(4000);
    const res = await upsertComment(octokit, { repo: repo(), issueNumber: 9, marker, body, create: true, truncationNote: '_cut to fit; see the job summary_' });
    assert.equal(res.action, 'created');
    const posted = server.comments.find((c) => c.issue_number === 9)!;
    assert.ok(posted.body.length <= COMMENT_LIMIT_CHARS);
    assert.ok(posted.body.includes('_cut to fit; see the job summary_'));
  });

  test('retries 5xx and network-level failures, not 4xx', async () => {
    const delays: number[] = [];
    const policy: RetryPolicy = { retries: 3, baseDelay_ms: 1000, sleep: async (ms) => void delays.push(ms) };
    const octokit = createOctokit(token, server.url, policy);
    server.faults.push({ method: 'GET', path: /\/pulls\/41$/, status: 502, times: 2 });
    server.pulls.push({ number: 41, head: { sha: 'c'.repeat(40), ref: 'f', repo: { full_name: 'octo/demo' } }, base: { sha: 'd'.repeat(40), ref: 'main', repo: { full_name: 'octo/demo' } } });
    const pr = await octokit.rest.pulls.get({ ...repo(), pull_number: 41 });
    assert.equal(pr.data.number, 41);
    assert.deepEqual(delays, [1000, 2000]);
    assert.equal(server.calls('GET', /\/pulls\/41$/).length, 3);
    await assert.rejects(octokit.rest.pulls.get({ ...repo(), pull_number: 999 }), (e: { status?: number }) => e.status === 404);
    assert.equal(server.calls('GET', /\/pulls\/999$/).length, 1, '404 is not retried');
    assert.equal(retryDelay_ms({ status: 403, response: { headers: {} } }, 0, noSleep), null, 'a permission 403 is not retried');
    assert.equal(retryDelay_ms({ status: 403, response: { headers: { 'retry-after': '2' } } }, 0, noSleep), 2000, 'a secondary rate limit is');
    let tries = 0;
    await assert.rejects(withRetry('x', noSleep, async () => {
      tries++;
      throw Object.assign(new Error('boom'), { status: 503 });
    }));
    assert.equal(tries, 4, 'gives up after the configured retries');
  });

  test('annotations: few as commands; many as a check run in batches of 50; read-only token falls back to 10', async () => {
    const mk = (n: number, level: Annotation['annotation_level'] = 'warning'): Annotation[] =>
      Array.from({ length: n }, (_, i) => ({ path: `src/f${i}.js`, start_line: i + 1, end_line: i + 1, annotation_level: level, title: 't', message: 'm' }));
    const calls: string[] = [];
    const commands = { warning: (m: string) => void calls.push(`w:${m}`), error: (m: string) => void calls.push(`e:${m}`) };
    const q = { repo: repo(), headSha: 'e'.repeat(40), name: 'scalene-ci', title: 't', summary: 's', conclusion: 'neutral' as const, commandsAnnotateHead: true };
    const few = await publishAnnotations({ octokit: createOctokit(token, server.url, noSleep), commands }, mk(10), q);
    assert.equal(few.via, 'commands');
    assert.equal(calls.length, 10);
    calls.length = 0;
    const many = await publishAnnotations({ octokit: createOctokit(token, server.url, noSleep), commands }, mk(120), q);
    assert.equal(many.via, 'check-run');
    assert.equal(calls.length, 0);
    const cr = server.checkRuns.at(-1)!;
    assert.deepEqual(cr.batches, [50, 50, 20]);
    assert.equal(cr.annotations.length, 120);
    assert.equal(cr.head_sha, 'e'.repeat(40));
    const fallback = await publishAnnotations({ octokit: createOctokit(readOnly, server.url, noSleep), commands }, mk(30, 'failure'), q);
    assert.equal(fallback.via, 'commands');
    assert.equal(calls.filter((c) => c.startsWith('e:')).length, 10);
    assert.match(fallback.warning!, /answered 403: Resource not accessible by integration.*checks: write.*first 10 only/);
    const nowhere = await publishAnnotations({ octokit: createOctokit(readOnly, server.url, noSleep), commands }, mk(3), { ...q, commandsAnnotateHead: false });
    assert.equal(nowhere.via, 'none');
  });

  test('annotationsFor maps files into the repository and skips the rest', () => {
    const f = (file: string, extra: Partial<Finding> = {}) => ({ kind: 'cpu', scope: 'line', file, line: 12, location: 'head', improvement: false, function: 'render', message: 'Line 12 got slower\nby 3x', ...extra }) as Finding;
    const map = repoPathMapper('packages/app', '/ws/packages/app');
    const out = annotationsFor([f('src/x.js'), f('/elsewhere/y.js'), f('src/z.js', { improvement: true }), f('../../../outside.js'), f('../../root.js')], map, 'warning');
    assert.deepEqual(out.map((a) => a.path), ['packages/app/src/x.js', 'root.js']);
    assert.equal(out[0]!.message, 'Line 12 got slower by 3x');
    assert.match(out[0]!.title, /CPU regression in render/);
  });

  test('a file or function name from the code cannot forge a workflow command through the annotations', async () => {
    // The Action's own channel (main.ts: @actions/core's warning), written to stdout as the
    // runner reads it: one command line, whatever the names hold.
    const f = { kind: 'cpu', scope: 'line', file: 'src/a\n::error::forged.js', line: 3, location: 'head', improvement: false, function: 'f\r\n::set-output name=x::y', message: 'slower\n::warning::z' } as Finding;
    const ann = annotationsFor([f], (x) => x, 'warning');
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const q = { repo: repo(), headSha: 'e'.repeat(40), name: 'scalene-ci', title: 't', summary: 's', conclusion: 'neutral' as const, commandsAnnotateHead: true };
      const res = await publishAnnotations({ octokit: null, commands: { warning: (m, p) => core.warning(m, p), error: (m, p) => core.error(m, p) } }, ann, q);
      assert.equal(res.via, 'commands');
    } finally {
      process.stdout.write = write;
    }
    const lines = written.join('').split(/\r?\n/).filter((l) => l.length > 0);
    assert.equal(lines.length, 1, lines.join(' | '));
    assert.match(lines[0]!, /^::warning title=[^:]*,file=src\/a%0A%3A%3Aerror%3A%3Aforged\.js,line=3,endLine=3::slower ::warning::z$/);
  });

  test('paths from artifacts cannot climb out; link paths are encoded for Markdown', () => {
    assert.equal(safeRelativeDir('packages/app/'), 'packages/app');
    assert.equal(safeRelativeDir('.'), '');
    assert.equal(safeRelativeDir('../../etc'), '');
    assert.equal(safeRelativeDir('/etc'), '');
    assert.equal(encodePath('src/a (copy)/x y.js'), 'src/a%20%28copy%29/x%20y.js');
  });

  test('baseline search: expired artifact at the merge base is skipped for the newest usable one; none says why', async () => {
    const mb = '1'.repeat(40);
    const zip = makeZip({ 'scalene-ci-meta.json': JSON.stringify(meta()), 'profiles/profile.json': profileJson(0.7) });
    server.addRun({ id: 10, head_sha: '0'.repeat(40) });
    server.completeRun(10);
    server.addArtifact({ name: 'scalene-ci', run_id: 10, zip });
    server.addRun({ id: 11, head_sha: mb });
    server.completeRun(11);
    server.addArtifact({ name: 'scalene-ci', run_id: 11, zip, expired: true, expires_at: '2025-12-01T00:00:00Z' });
    const octokit = createOctokit(token, server.url, noSleep);
    const logs: string[] = [];
    const q = {
      repo: repo(),
      workflow: 'perf.yml',
      baseRef: 'main',
      preferredShas: [mb],
      selectArtifacts: (all: { name: string }[]) => all.filter((a) => a.name === 'scalene-ci'),
      artifactLabel: "'scalene-ci'",
      excludeRunId: 99,
      combine: (s: unknown[][]) => s[0]!,
      runUrl: (id: number) => `https://github.com/octo/demo/actions/runs/${id}`,
    } as unknown as Parameters<typeof findBaselineArtifact>[1];
    const found = await findBaselineArtifact({ octokit, retry: noSleep, log: (l) => logs.push(l) }, q);
    assert.equal(found.found!.runId, 10);
    assert.equal(found.found!.profiles[0]!.files['src/a.js']!.lines[0]!.cpu_js_s, 0.7);
    assert.ok(found.notes.some((n) => /artifact of run 11 \(merge base, 1111111\) expired on 2025-12-01/.test(n)), found.notes.join('\n'));
    assert.equal(server.calls('GET', /\/actions\/artifacts\/\d+\/zip$/).length, 1, 'the expired artifact is not downloaded');
    const none = await findBaselineArtifact({ octokit, retry: noSleep, log: () => {} }, { ...q, baseRef: 'release' });
    assert.equal(none.found, null);
    assert.ok(none.notes.some((n) => /no successful push run of this workflow on 'release'/.test(n)), none.notes.join('\n'));
  });

  test("baseline search: a fork's pull_request run from its own 'main' is never the baseline", async () => {
    // The fork opened a PR from mallory/demo:main, so its run's head_branch is 'main'; it is
    // newer than the last push and sits at the merge base, and its artifact is the fork's.
    const mb = '3'.repeat(40);
    const good = makeZip({ 'scalene-ci-meta.json': JSON.stringify(meta()), 'profiles/profile.json': profileJson(0.7) });
    const planted = makeZip({ 'scalene-ci-meta.json': JSON.stringify(meta({ event: 'pull_request' })), 'profiles/profile.json': profileJson(99) });
    const wf = { workflow: 'guard.yml', workflow_id: 81 };
    server.addRun({ id: 30, head_sha: '4'.repeat(40), ...wf });
    server.completeRun(30);
    server.addArtifact({ name: 'scalene-ci', run_id: 30, zip: good });
    server.addRun({ id: 31, head_sha: mb, event: 'pull_request', head_branch: 'main', head_repository: 'mallory/demo', ...wf });
    server.completeRun(31);
    server.addArtifact({ name: 'scalene-ci', run_id: 31, zip: planted });
    server.addRun({ id: 32, head_sha: '5'.repeat(40), event: 'pull_request', head_branch: 'main', head_repository: 'mallory/demo', ...wf });
    server.completeRun(32);
    server.addArtifact({ name: 'scalene-ci', run_id: 32, zip: planted });
    const q = {
      repo: repo(),
      workflow: 'guard.yml',
      baseRef: 'main',
      preferredShas: [mb],
      selectArtifacts: (all: { name: string }[]) => all.filter((a) => a.name === 'scalene-ci'),
      artifactLabel: "'scalene-ci'",
      excludeRunId: 99,
      combine: (s: unknown[][]) => s[0]!,
      runUrl: (id: number) => `https://github.com/octo/demo/actions/runs/${id}`,
    } as unknown as Parameters<typeof findBaselineArtifact>[1];
    const octokit = createOctokit(token, server.url, noSleep);
    const found = await findBaselineArtifact({ octokit, retry: noSleep, log: () => {} }, q);
    assert.equal(found.found!.runId, 30, found.notes.join('\n'));
    assert.equal(found.found!.profiles[0]!.files['src/a.js']!.lines[0]!.cpu_js_s, 0.7);
    const listed = server.calls('GET', /\/actions\/workflows\/guard\.yml\/runs$/);
    assert.ok(listed.length >= 2 && listed.every((c) => c.query.event === 'push' && c.query.branch === 'main'), JSON.stringify(listed.map((c) => c.query)));
    // A server that ignored the event filter still gets the fork's run refused by its head repository.
    const ignoring = createOctokit(token, server.url, noSleep);
    ignoring.hook.before('request', (o) => void delete (o as Record<string, unknown>).event);
    const again = await findBaselineArtifact({ octokit: ignoring, retry: noSleep, log: () => {} }, q);
    assert.equal(again.found!.runId, 30, again.notes.join('\n'));
    assert.ok(again.notes.some((n) => /run 31 is not a push to the base repository \('pull_request' from mallory\/demo\): never a baseline/.test(n)), again.notes.join('\n'));
    assert.equal(server.calls('GET', /\/actions\/runs\/3[12]\/artifacts$/).length, 0, "the fork's artifacts are never listed");
  });

  test('a failed storage download asks the API for a new signed URL (the first one has expired by the retry)', async () => {
    server.addRun({ id: 21, head_sha: '6'.repeat(40) });
    const art = server.addArtifact({ name: 'expiring', run_id: 21, zip: makeZip({ x: 'y' }) });
    const octokit = createOctokit(token, server.url, noSleep);
    const [remote] = await listRunArtifacts(octokit, repo(), 21, (n) => n === 'expiring');
    server.signedUrlTtlMs = 50;
    server.faults.push({ method: 'GET', path: new RegExp(`^/blob/download/${art.id}\\.zip$`), status: 503, times: 1 });
    const policy: RetryPolicy = { retries: 3, baseDelay_ms: 150, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
    try {
      const zip = await downloadArtifactZip({ octokit, retry: policy }, repo(), remote!);
      assert.equal(readZip(zip, 'x', { maxEntries: 5, maxEntryBytes: 10, maxTotalBytes: 10 }).get('x')!.toString(), 'y');
    } finally {
      server.signedUrlTtlMs = 60_000;
    }
    assert.equal(server.calls('GET', new RegExp(`/actions/artifacts/${art.id}/zip$`)).length, 2, 'a fresh URL for the retry');
    assert.deepEqual(server.calls('GET', new RegExp(`^/blob/download/${art.id}\\.zip$`)).map((c) => c.status), [503, 200]);
  });

  test('artifact download honours the size limit and lists with pagination', async () => {
    server.addRun({ id: 20, head_sha: '2'.repeat(40) });
    for (let i = 0; i < 105; i++) server.addArtifact({ name: `shard-${i}`, run_id: 20, zip: makeZip({ x: 'y' }) });
    const octokit = createOctokit(token, server.url, noSleep);
    const all = await listRunArtifacts(octokit, repo(), 20, artifactNameMatcher('shard-*'));
    assert.equal(all.length, 105);
    await assert.rejects(downloadArtifactZip({ octokit, retry: noSleep }, repo(), all[0]!, 10), /more than the limit of 10/);
    const zip = await downloadArtifactZip({ octokit, retry: noSleep }, repo(), all[0]!);
    assert.equal(readZip(zip, 'x', { maxEntries: 5, maxEntryBytes: 10, maxTotalBytes: 10 }).get('x')!.toString(), 'y');
  });

  test("every request and response above conforms to GitHub's REST description", () => {
    assert.deepEqual([...new Set(server.violations)], [], server.api.source);
  });

  test('a field the Action reads, left out by the emulator, is a departure (a placeholder may not stand in)', () => {
    // A run without head_repository or event is what let the fork-baseline hole through: the
    // description's placeholders complete it, so only this list catches it.
    const op = server.api.operation('GET', '/repos/o/r/actions/workflows/1/runs')!;
    const run = { id: 7, head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'success', created_at: '2026-01-01T00:00:00Z', head_branch: 'main' };
    const { body, leftOut } = completeResponse(server.api, op.operationId, { total_count: 1, workflow_runs: [run] }, op.responses['200']);
    assert.deepEqual(leftOut.sort(), ['workflow_runs[].event', 'workflow_runs[].head_repository', 'workflow_runs[].repository']);
    assert.equal((body as { workflow_runs: Array<{ event: unknown }> }).workflow_runs[0]!.event !== undefined, true, 'still completed');
    // What the Action never reads may be a placeholder.
    const full = { ...run, event: 'push', head_repository: { id: 1, full_name: 'o/r' }, repository: { id: 1, full_name: 'o/r' } };
    assert.deepEqual(completeResponse(server.api, op.operationId, { total_count: 1, workflow_runs: [full] }, op.responses['200']).leftOut, []);
  });
});

describe('context and commands', () => {
  test('workflow file and pull request from the runner', () => {
    assert.equal(workflowFileFromRef('octo/demo/.github/workflows/perf.yml@refs/pull/3/merge'), 'perf.yml');
    assert.equal(workflowFileFromRef(undefined), null);
    const [h, b] = ['4e5f'.repeat(10), '0a1b'.repeat(10)];
    const pr = parsePullRequest(pullRequestEvent({ number: 3, headSha: h, headRef: 'f', baseRef: 'main', baseSha: b, headRepo: 'fork/demo' }), 'octo/demo');
    assert.deepEqual(pr, { number: 3, headSha: h, headRef: 'f', baseRef: 'main', baseSha: b, fromFork: true });
  });

  test('profiler command lines', () => {
    const opts = { profiler: 'scalene' as const, run: 'bench.py --n 3', repeat: 1, cpuOnly: true, profileOnly: ['src'], profileExclude: [], };
    const [cmd, args] = scaleneCommand(opts, "/tmp/o ut'.json");
    assert.equal(cmd, 'bash');
    assert.equal(args[1], `exec python3 '-m' 'scalene' 'run' '--cpu-only' '--profile-only' 'src' '-o' '/tmp/o ut'\\''.json' bench.py --n 3`);
    const [node, cli] = scaleneCiCommand({ ...opts, profiler: 'scalene-ci', repeat: 3 }, { cliPath: '/a/dist/cli.js', nodePath: '/node' }, '/tmp/p.json');
    assert.equal(node, '/node');
    assert.deepEqual(cli, ['/a/dist/cli.js', 'run', '--json-out', '/tmp/p.json', '--cpu-only', '--repeat', '3', '--profile-only', 'src', '--', 'bash', '-c', 'bench.py --n 3']);
    // With the native launcher (Linux): the same arguments, the launcher first.
    const [launcher, largs] = scaleneCiCommand({ ...opts, profiler: 'scalene-ci', repeat: 3 }, { cliPath: '/a/dist/cli.js', nodePath: '/node', launcherPath: '/a/dist/native/linux-x64/scalene-ci-launch' }, '/tmp/p.json');
    assert.equal(launcher, '/a/dist/native/linux-x64/scalene-ci-launch');
    assert.deepEqual(largs, cli.slice(1));
  });
});
