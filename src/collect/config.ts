// The contract between `scalene-ci run` (parent) and the preload in every profiled node
// process: one JSON environment variable, so it survives shells and npm scripts intact.
export const CONFIG_ENV = 'SCALENE_CI_CONFIG';

export interface SessionConfig {
  /** Session directory: raw/ (native checkpoints), proc/ (process metadata), maps/ (source maps as modules load), control. */
  dir: string;
  /** The scalene-ci package root (to find the addon for whichever Node runs the child). */
  root: string;
  /** Absolute path of dist/preload.cjs, re-injected into children and workers. */
  preload: string;
  intervalUs: number;
  /** Write a checkpoint this often so a killed process still leaves its profile. */
  checkpointMs: number;
  mode: 'cpu' | 'full';
  gpu: boolean;
}

export function sessionPaths(dir: string) {
  return {
    raw: `${dir}/raw`,
    proc: `${dir}/proc`,
    control: `${dir}/control`,
    gpu: `${dir}/gpu`,
    /** Source-map answers written as modules load (loaders.ts answerMapsAtLoad), `<pid>-*.jsonl`. */
    maps: `${dir}/maps`,
  };
}

/** Sources a loader transpiles (tsx, ts-node, vitest): their lines come from source maps, so
 * the CLI attributes their windows once the thread's process record has answered for them. */
export const TRANSPILED = /\.(?:[cm]?tsx?|vue|svelte)$/;

/** TypeScript sources (parsed with acorn's TypeScript plugin: ts-functions.ts). */
export const TYPESCRIPT = /\.[cm]?tsx?$/;
