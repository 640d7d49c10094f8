#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
} from "./chunk-NCJCBZCG.js";
import "./chunk-VPS2ASFF.js";
import "./chunk-2NNBOOJ5.js";
import "./chunk-3P6TRMCU.js";
export {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
};
