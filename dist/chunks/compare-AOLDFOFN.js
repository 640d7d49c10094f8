#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
} from "./chunk-Y34Q2XM4.js";
import "./chunk-2TJ7SJYF.js";
import "./chunk-YDIWMIL4.js";
import "./chunk-3P6TRMCU.js";
export {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
};
