// The environment the benchmark runs in. The benchmark is the pull request's code, so it
// gets an allowlist, not a copy of ours minus a few names: the runner adds new secret-
// bearing variables over time (ACTIONS_RESULTS_URL, ACTIONS_ID_TOKEN_REQUEST_*), and a
// denylist would silently pass the next one through.
//
// This keeps tokens away from code that logs, uploads or forwards its environment. It is
// not a sandbox: the benchmark runs as the runner's user and can read what that user can
// (see docs/ACTION.md, "Security"); the trust boundary for fork PRs is the two-workflow mode.

/** Passed through by exact name. */
const ALLOWED_NAMES = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TERM',
  'TZ',
  'TMPDIR',
  'CI',
  'GITHUB_ACTIONS',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_TEMP',
  'RUNNER_TOOL_CACHE',
  'GITHUB_WORKSPACE',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_HEAD_REF',
  'GITHUB_BASE_REF',
  'GITHUB_REPOSITORY',
  'GITHUB_EVENT_NAME',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_JOB',
  'GITHUB_SERVER_URL',
  'ImageOS',
  'ImageVersion',
  // Toolchains that setup-* actions put in place and benchmarks commonly need.
  'JAVA_HOME',
  'GOROOT',
  'GOPATH',
  'VIRTUAL_ENV',
  'pythonLocation',
  'PKG_CONFIG_PATH',
  'LD_LIBRARY_PATH',
  'CUDA_VISIBLE_DEVICES',
]);

/** Passed through by prefix (locale, Node, npm, Python settings). */
const ALLOWED_PREFIXES = ['LC_', 'NODE_', 'npm_config_', 'PYTHON', 'Python'];

/**
 * Never passed, even when allowlisted or named in `pass-env`: anything that looks like a
 * credential (NODE_AUTH_TOKEN from setup-node, npm_config_//registry/:_authToken, DB_PASS,
 * PGPASSWORD, PGPASS, MYSQL_PWD, STRIPE_KEY, SENTRY_DSN, ...).
 */
const SECRET_NAME = /TOKEN|SECRET|PASS|_PWD$|_PW$|CREDENTIAL|PRIVATE|_AUTH|AUTH_|API_?KEY|ACCESS_?KEY|_KEY$|^KEY_|SIGNING|SESSION|COOKIE|SALT|DSN|CONN(ECTION)?_?STR/i;

/** A URL with a password in it (`postgres://user:pass@host/db`, an authenticated proxy). */
const CREDENTIAL_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s/@]*:[^\s/@]+@/i;

/** Variables holding secrets the runner gave this step; their values must not appear anywhere. */
const KNOWN_SECRET_VARIABLES = [
  'GITHUB_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
];

/** Secret values in the step's environment (tokens and signed service URLs). */
export function secretValues(env: NodeJS.ProcessEnv, extra: Array<string | null> = []): string[] {
  const values = new Set<string>();
  for (const name of KNOWN_SECRET_VARIABLES) {
    const v = env[name];
    if (v && v.length >= 8) values.add(v);
  }
  for (const v of extra) if (v && v.length >= 8) values.add(v);
  return [...values];
}

export interface ScrubbedEnv {
  env: NodeJS.ProcessEnv;
  /** Names that were dropped although allowed by name, because they looked like or held a secret. */
  withheld: string[];
}

/**
 * The environment for the benchmark: the allowlist plus `passEnv`, minus anything whose
 * name looks like a credential or whose value contains a secret of this step.
 */
export function scrubEnvironment(env: NodeJS.ProcessEnv, opts: { passEnv?: string[]; secrets?: string[] } = {}): ScrubbedEnv {
  const extra = new Set(opts.passEnv ?? []);
  const secrets = (opts.secrets ?? secretValues(env)).filter((s) => s.length >= 8);
  const out: NodeJS.ProcessEnv = {};
  const withheld: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const allowed = ALLOWED_NAMES.has(name) || ALLOWED_PREFIXES.some((p) => name.startsWith(p)) || extra.has(name);
    if (!allowed) continue;
    if (SECRET_NAME.test(name) || CREDENTIAL_URL.test(value) || name.startsWith('INPUT_') || name.startsWith('ACTIONS_') || secrets.some((s) => value.includes(s))) {
      withheld.push(name);
      continue;
    }
    out[name] = value;
  }
  return { env: out, withheld: withheld.sort() };
}
