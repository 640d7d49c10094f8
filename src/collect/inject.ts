// Keeping the profiler in every node process of the tree: NODE_OPTIONS carries the
// preload, SCALENE_CI_CONFIG the session, LD_PRELOAD the allocation shim (full mode).
import { CONFIG_ENV, type SessionConfig } from './config.js';

/** Quote a path for NODE_OPTIONS, which splits on spaces unless quoted. */
export function nodeOptionsRequire(preload: string): string {
  return `--require ${/[\s"\\]/.test(preload) ? JSON.stringify(preload) : preload}`;
}

export function injectIntoEnv(env: NodeJS.ProcessEnv, cfg: SessionConfig, from: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  const req = nodeOptionsRequire(cfg.preload);
  const current = out.NODE_OPTIONS ?? '';
  if (!current.includes(cfg.preload)) out.NODE_OPTIONS = current ? `${current} ${req}` : req;
  out[CONFIG_ENV] = from[CONFIG_ENV];
  for (const k of ['LD_PRELOAD', 'DYLD_INSERT_LIBRARIES']) {
    const ours = from[k];
    if (ours && !(out[k] ?? '').includes(ours)) out[k] = out[k] ? `${ours}:${out[k]}` : ours;
  }
  return out;
}

export function injectIntoExecArgv(execArgv: string[], cfg: SessionConfig): string[] {
  return execArgv.includes(cfg.preload) ? execArgv : [...execArgv, '--require', cfg.preload];
}
