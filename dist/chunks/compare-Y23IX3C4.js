#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
} from "./chunk-5Q7PG5BA.js";
import "./chunk-ZMGCTFFW.js";
import "./chunk-S25TAPVV.js";
import "./chunk-QTPPYNVY.js";
export {
  COMPARE_USAGE,
  blobUrlFromTemplate,
  compareCommand,
  positiveNumberOption,
  renderDiff
};
