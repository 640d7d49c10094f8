#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);

// src/model/profile.ts
var PROFILE_SCHEMA = "scalene-ci/profile@1";
var SUMMABLE_METRICS = [
  "cpu_js_s",
  "cpu_native_s",
  "system_s",
  "gc_s",
  "samples",
  "alloc_js_bytes",
  "alloc_native_bytes",
  "free_bytes",
  "net_bytes",
  "copy_bytes",
  "gpu_s"
];
var MAX_METRICS = ["peak_bytes", "gpu_mem_peak_bytes"];
function totalSeconds(m) {
  return m.cpu_js_s + m.cpu_native_s + m.system_s + m.gc_s;
}

// src/report/escape.ts
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
function escapeMarkdown(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => "\\" + c).replace(/[<&"']/g, (c) => HTML_ESCAPES[c]).replace(/@/g, "@\u200B");
}
function markdownCode(text) {
  const body = text.replace(/\r?\n|\r/g, " ").replace(/`/g, "\u02CB").replace(/\|/g, "\\|");
  return "`" + (body.trim() === "" ? " " : body) + "`";
}
function escapeTerminal(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, "\uFFFD");
}

export {
  PROFILE_SCHEMA,
  SUMMABLE_METRICS,
  MAX_METRICS,
  totalSeconds,
  escapeHtml,
  escapeMarkdown,
  markdownCode,
  escapeTerminal
};
