#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);

// src/collect/config.ts
var CONFIG_ENV = "SCALENE_CI_CONFIG";
function sessionPaths(dir) {
  return {
    raw: `${dir}/raw`,
    proc: `${dir}/proc`,
    control: `${dir}/control`,
    gpu: `${dir}/gpu`,
    /** Source-map answers written as modules load (loaders.ts answerMapsAtLoad), `<pid>-*.jsonl`. */
    maps: `${dir}/maps`
  };
}
var TRANSPILED = /\.(?:[cm]?tsx?|vue|svelte)$/;
var TYPESCRIPT = /\.[cm]?tsx?$/;

export {
  CONFIG_ENV,
  sessionPaths,
  TRANSPILED,
  TYPESCRIPT
};
