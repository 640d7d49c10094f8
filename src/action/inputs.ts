// The Action's inputs: names in one enum, read and validated in one place.
// Defaults live here as well as in action.yml because the runner only fills in
// action.yml defaults when it runs the Action; tests and local runs do not
// (test/action-units.test.ts checks the two agree).
import { UsageError } from '../errors.js';

export enum Input {
  Run = 'run',
  WorkingDirectory = 'working-directory',
  Repeat = 'repeat',
  CpuOnly = 'cpu-only',
  ProfileOnly = 'profile-only',
  ProfileExclude = 'profile-exclude',
  ArtifactName = 'artifact-name',
  ShardArtifacts = 'shard-artifacts',
  Baseline = 'baseline',
  BaseRef = 'base-ref',
  GithubToken = 'github-token',
  Comment = 'comment',
  FailOnRegression = 'fail-on-regression',
  Config = 'config',
  Mode = 'mode',
  Profiler = 'profiler',
  PassEnv = 'pass-env',
}

export const MODES = ['profile-and-compare', 'profile-only', 'compare-only'] as const;
export const BASELINES = ['auto', 'artifact', 'same-runner', 'none'] as const;
export const COMMENT_MODES = ['always', 'on-regression', 'never'] as const;
export const PROFILERS = ['scalene-ci', 'scalene'] as const;

export type Mode = (typeof MODES)[number];
export type BaselineMode = (typeof BASELINES)[number];
export type CommentMode = (typeof COMMENT_MODES)[number];
export type ProfilerKind = (typeof PROFILERS)[number];

export const INPUT_DEFAULTS: Readonly<Record<Input, string>> = {
  [Input.Run]: '',
  [Input.WorkingDirectory]: '.',
  [Input.Repeat]: '1',
  [Input.CpuOnly]: 'false',
  [Input.ProfileOnly]: '',
  [Input.ProfileExclude]: '',
  [Input.ArtifactName]: 'scalene-ci',
  [Input.ShardArtifacts]: '',
  [Input.Baseline]: 'auto',
  [Input.BaseRef]: '',
  [Input.GithubToken]: '',
  [Input.Comment]: 'always',
  [Input.FailOnRegression]: 'false',
  [Input.Config]: '',
  [Input.Mode]: 'profile-and-compare',
  [Input.Profiler]: 'scalene-ci',
  [Input.PassEnv]: '',
};

export const MAX_REPEAT = 100;

export interface ActionInputs {
  run: string;
  workingDirectory: string;
  repeat: number;
  cpuOnly: boolean;
  profileOnly: string[];
  profileExclude: string[];
  artifactName: string;
  /** Glob over artifact names (compare-only): the shards to download and merge. */
  shardArtifacts: string | null;
  baseline: BaselineMode;
  baseRef: string | null;
  githubToken: string | null;
  comment: CommentMode;
  failOnRegression: boolean;
  config: string | null;
  mode: Mode;
  profiler: ProfilerKind;
  /** Extra environment variable names the benchmark may see (see env.ts). */
  passEnv: string[];
}

/** Read one raw input the way the runner passes it (INPUT_<NAME>, spaces as _, dashes kept). */
export function inputFromEnv(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/** Echo a user's value in an error message: quoted, one line, not too long. */
function echo(value: string): string {
  const one = value.replace(/[\r\n]+/g, ' ');
  return JSON.stringify(one.length > 80 ? one.slice(0, 77) + '...' : one);
}

function bad(name: Input, expected: string, value: string): never {
  throw new UsageError(`input '${name}' ${expected}, got ${echo(value)}`);
}

function oneOf<T extends string>(name: Input, allowed: readonly T[], value: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return bad(name, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
}

// YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
function bool(name: Input, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  return bad(name, "must be 'true' or 'false'", value);
}

function list(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// Artifact names may not contain these (the artifact service rejects them; / would
// also let a name escape the download directory).
const BAD_ARTIFACT_CHARS = /[":<>|*?\r\n\\/]/;

function artifactName(name: Input, value: string, glob: boolean): string {
  const bad_ = glob ? /[":<>|\r\n\\/]/ : BAD_ARTIFACT_CHARS;
  if (value.length > 200 || bad_.test(value)) {
    bad(name, `must be an artifact name of at most 200 characters without " : < > | ${glob ? '' : '* ? '}\\ / or newlines`, value);
  }
  // The name is also a directory under $RUNNER_TEMP/scalene-ci that is emptied first: '..'
  // would empty $RUNNER_TEMP itself.
  if (/^\.+$/.test(value)) bad(name, "must be an artifact name, not '.' or '..'", value);
  return value;
}

export function parseInputs(read: (name: string) => string): ActionInputs {
  const get = (name: Input): string => {
    const v = read(name).trim();
    return v === '' ? INPUT_DEFAULTS[name] : v;
  };

  const mode = oneOf(Input.Mode, MODES, get(Input.Mode));
  const run = get(Input.Run);
  if (mode !== 'compare-only' && run === '') {
    throw new UsageError(`input '${Input.Run}' is required when mode is '${mode}' (the command that runs the benchmark)`);
  }

  const repeatText = get(Input.Repeat);
  const repeat = Number(repeatText);
  if (!/^\d+$/.test(repeatText) || repeat < 1 || repeat > MAX_REPEAT) {
    bad(Input.Repeat, `must be a whole number from 1 to ${MAX_REPEAT}`, repeatText);
  }

  const baseRef = get(Input.BaseRef);
  // Passed to git and the API as data, never through a shell; still refuse what no ref can be.
  if (baseRef !== '' && (/[\s~^:?*[\\\u0000-\u001f\u007f]/.test(baseRef) || baseRef.includes('..') || baseRef.startsWith('-'))) {
    bad(Input.BaseRef, 'must be a branch name', baseRef);
  }

  const shards = get(Input.ShardArtifacts);
  if (shards !== '' && mode !== 'compare-only') {
    bad(Input.ShardArtifacts, "is only used with mode 'compare-only' (the job that merges the shards)", shards);
  }

  const passEnv = list(get(Input.PassEnv));
  for (const name of passEnv) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) bad(Input.PassEnv, 'must list environment variable names', name);
  }

  const token = get(Input.GithubToken);
  return {
    run,
    workingDirectory: get(Input.WorkingDirectory),
    repeat,
    cpuOnly: bool(Input.CpuOnly, get(Input.CpuOnly)),
    profileOnly: list(get(Input.ProfileOnly)),
    profileExclude: list(get(Input.ProfileExclude)),
    artifactName: artifactName(Input.ArtifactName, get(Input.ArtifactName), false),
    shardArtifacts: shards === '' ? null : artifactName(Input.ShardArtifacts, shards, true),
    baseline: oneOf(Input.Baseline, BASELINES, get(Input.Baseline)),
    baseRef: baseRef === '' ? null : baseRef,
    githubToken: token === '' ? null : token,
    comment: oneOf(Input.Comment, COMMENT_MODES, get(Input.Comment)),
    failOnRegression: bool(Input.FailOnRegression, get(Input.FailOnRegression)),
    config: get(Input.Config) || null,
    mode,
    profiler: oneOf(Input.Profiler, PROFILERS, get(Input.Profiler)),
    passEnv,
  };
}
