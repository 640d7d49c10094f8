#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
} from "./chunk-23HJP7YY.js";
import "./chunk-UFEXJASJ.js";
import "./chunk-6BVJSEC2.js";
import "./chunk-3P6TRMCU.js";
export {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
};
