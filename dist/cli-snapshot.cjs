var __scalene_import_meta_url = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/errors.ts
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}
var UsageError, InputError, NativeError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
      name = "UsageError";
    };
    InputError = class extends Error {
      name = "InputError";
    };
    NativeError = class extends Error {
      name = "NativeError";
    };
  }
});

// src/collect/config.ts
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
var CONFIG_ENV, TRANSPILED, TYPESCRIPT;
var init_config = __esm({
  "src/collect/config.ts"() {
    "use strict";
    CONFIG_ENV = "SCALENE_CI_CONFIG";
    TRANSPILED = /\.(?:[cm]?tsx?|vue|svelte)$/;
    TYPESCRIPT = /\.[cm]?tsx?$/;
  }
});

// src/collect/data-url.ts
function mapOfDataBody(body, base64) {
  return JSON.parse(base64 ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body));
}
function mapOfDataUrl(url) {
  const comma2 = url.indexOf(",");
  return mapOfDataBody(url.slice(comma2 + 1), url.slice(0, comma2).includes(";base64"));
}
var init_data_url = __esm({
  "src/collect/data-url.ts"() {
    "use strict";
  }
});

// src/collect/raw.ts
function readCheckpoint(path) {
  const out = [];
  for (const line of (0, import_node_fs6.readFileSync)(path, "utf8").split("\n")) if (line.trim()) out.push(JSON.parse(line));
  return out;
}
function takeCheckpoints(dir, cache) {
  const fresh = [];
  let names;
  try {
    names = (0, import_node_fs6.readdirSync)((0, import_node_path6.join)(dir, "raw"));
  } catch {
    return fresh;
  }
  for (const f of names) {
    const m = CHECKPOINT_FILE.exec(f);
    if (cache.has(f) || !m) continue;
    try {
      const segments = readCheckpoint((0, import_node_path6.join)(dir, "raw", f));
      cache.set(f, segments);
      fresh.push({ name: f, pid: Number(m[1]), threadId: Number(m[2]), seq: Number(m[3]), segments });
    } catch {
    }
  }
  return fresh;
}
function checkpointHeaders(segments) {
  const header = (s) => ({
    pid: s.pid,
    ppid: s.ppid,
    thread_id: s.thread_id,
    seq: s.seq,
    final: s.final,
    interval_us: s.interval_us,
    v8: s.v8,
    start_us: s.start_us,
    end_us: s.end_us,
    nodes: [],
    ticks: [],
    strings: [],
    samples: [],
    clock: []
  });
  if (segments.length === 0) return [];
  return segments.length === 1 ? [header(segments[0])] : [header(segments[0]), header(segments[segments.length - 1])];
}
function checkpointForMemory(segments) {
  return segments.map((s) => {
    const slim = { ...s, nodes: [], strings: [], samples: [], clock: [], ticks: [] };
    delete slim.trig;
    delete slim.trig_stacks;
    delete slim.trig_names;
    return slim;
  });
}
function readSession(dir, cache, loaded = newLoadAnswers()) {
  const skipped = [];
  const byId = /* @__PURE__ */ new Map();
  const get = (pid, threadId) => {
    const key = `${pid}-${threadId}`;
    let t = byId.get(key);
    if (!t) {
      t = { pid, threadId, segments: [], meta: null };
      byId.set(key, t);
    }
    return t;
  };
  const list3 = (sub) => {
    try {
      return (0, import_node_fs6.readdirSync)((0, import_node_path6.join)(dir, sub));
    } catch {
      return [];
    }
  };
  for (const f of list3("raw")) {
    const m = CHECKPOINT_FILE.exec(f);
    if (!m) continue;
    try {
      const segs = cache?.get(f) ?? readCheckpoint((0, import_node_path6.join)(dir, "raw", f));
      const t = get(Number(m[1]), Number(m[2]));
      for (const seg of segs) t.segments.push(seg);
    } catch {
      skipped.push(f);
    }
  }
  for (const f of list3("proc")) {
    const m = /^(\d+)-(\d+)\.json$/.exec(f);
    if (!m) continue;
    try {
      get(Number(m[1]), Number(m[2])).meta = JSON.parse((0, import_node_fs6.readFileSync)((0, import_node_path6.join)(dir, "proc", f), "utf8"));
    } catch {
      skipped.push(f);
    }
  }
  const threads = [...byId.values()];
  for (const t of threads) t.segments.sort((a, b) => a.seq - b.seq);
  const byPid = /* @__PURE__ */ new Map();
  for (const t of threads) {
    if (!t.meta) continue;
    let answers = byPid.get(t.pid);
    if (!answers) byPid.set(t.pid, answers = readLoadAnswers((0, import_node_path6.join)(dir, "maps"), t.pid, loaded));
    for (const [url, payload] of answers) {
      if (payload && !t.meta.source_maps?.[url]) (t.meta.source_maps ??= {})[url] = payload;
    }
  }
  threads.sort((a, b) => a.pid - b.pid || a.threadId - b.threadId);
  return { threads, skipped };
}
function generatedPositions(payload) {
  return payload && typeof payload === "object" ? payload[GENERATED_POSITIONS] ?? null : null;
}
function newLoadAnswers() {
  return { byPid: /* @__PURE__ */ new Map(), read: /* @__PURE__ */ new Map() };
}
function mapFromFile(url, ref2) {
  try {
    const mapUrl = new URL(ref2, url.startsWith("file:") ? url : (0, import_node_url.pathToFileURL)(url).href);
    const data2 = JSON.parse((0, import_node_fs6.readFileSync)((0, import_node_url.fileURLToPath)(mapUrl), "utf8"));
    if (!data2 || typeof data2 !== "object" || !Array.isArray(data2.sources)) return null;
    const root2 = typeof data2.sourceRoot === "string" ? data2.sourceRoot : "";
    data2.sources = data2.sources.map((s) => new URL(root2 + String(s), mapUrl).href);
    data2.sourceRoot = "";
    return data2;
  } catch {
    return null;
  }
}
function readLoadAnswers(mapsDir, pid, state) {
  let answers = state.byPid.get(pid);
  if (!answers) state.byPid.set(pid, answers = /* @__PURE__ */ new Map());
  let names;
  try {
    names = (0, import_node_fs6.readdirSync)(mapsDir);
  } catch {
    return answers;
  }
  const prefix = `${pid}-`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".jsonl")) continue;
    const file = (0, import_node_path6.join)(mapsDir, name);
    const from = state.read.get(file) ?? 0;
    let buf;
    let whole;
    try {
      const fd = (0, import_node_fs6.openSync)(file, "r");
      try {
        const size = (0, import_node_fs6.fstatSync)(fd).size;
        if (size <= from) continue;
        buf = Buffer.allocUnsafe(size - from);
        const n = (0, import_node_fs6.readSync)(fd, buf, 0, buf.length, from);
        whole = n > 0 ? buf.lastIndexOf(10, n - 1) + 1 : 0;
      } finally {
        (0, import_node_fs6.closeSync)(fd);
      }
    } catch {
      continue;
    }
    state.read.set(file, from + whole);
    const text = buf.toString("utf8", 0, whole);
    for (const line of text.split("\n")) {
      if (line === "") continue;
      try {
        const a = JSON.parse(line);
        if (typeof a.url !== "string" || answers.has(a.url)) continue;
        if (typeof a.ref === "string") {
          answers.set(a.url, mapFromFile(a.url, a.ref));
          continue;
        }
        if (typeof a.data !== "string") {
          answers.set(a.url, null);
          continue;
        }
        const payload = mapOfDataBody(a.data, a.b64 === true);
        if (!payload || typeof payload !== "object") continue;
        if (Array.isArray(a.starts) && typeof a.length === "number") {
          Object.defineProperty(payload, GENERATED_POSITIONS, { value: { lineStarts: a.starts, length: a.length }, enumerable: false });
        }
        answers.set(a.url, payload);
      } catch {
      }
    }
  }
  return answers;
}
var import_node_fs6, import_node_path6, import_node_url, NODE_STRIDE, CHECKPOINT_FILE, GENERATED_POSITIONS;
var init_raw = __esm({
  "src/collect/raw.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path6 = require("node:path");
    import_node_url = require("node:url");
    init_data_url();
    NODE_STRIDE = 7;
    CHECKPOINT_FILE = /^(\d+)-(\d+)\.(\d+)\.json$/;
    GENERATED_POSITIONS = /* @__PURE__ */ Symbol.for("scalene-ci.generated-positions");
  }
});

// src/sorted.ts
function firstAtOrAfter(t, x) {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (t[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function firstAfter(t, x) {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (t[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_sorted = __esm({
  "src/sorted.ts"() {
    "use strict";
  }
});

// node_modules/acorn/dist/acorn.mjs
function isInAstralSet(code, set) {
  var pos = 65536;
  for (var i2 = 0; i2 < set.length; i2 += 2) {
    pos += set[i2];
    if (pos > code) {
      return false;
    }
    pos += set[i2 + 1];
    if (pos >= code) {
      return true;
    }
  }
  return false;
}
function isIdentifierStart(code, astral) {
  if (code < 65) {
    return code === 36;
  }
  if (code < 91) {
    return true;
  }
  if (code < 97) {
    return code === 95;
  }
  if (code < 123) {
    return true;
  }
  if (code <= 65535) {
    return code >= 170 && nonASCIIidentifierStart.test(String.fromCharCode(code));
  }
  if (astral === false) {
    return false;
  }
  return isInAstralSet(code, astralIdentifierStartCodes);
}
function isIdentifierChar(code, astral) {
  if (code < 48) {
    return code === 36;
  }
  if (code < 58) {
    return true;
  }
  if (code < 65) {
    return false;
  }
  if (code < 91) {
    return true;
  }
  if (code < 97) {
    return code === 95;
  }
  if (code < 123) {
    return true;
  }
  if (code <= 65535) {
    return code >= 170 && nonASCIIidentifier.test(String.fromCharCode(code));
  }
  if (astral === false) {
    return false;
  }
  return isInAstralSet(code, astralIdentifierStartCodes) || isInAstralSet(code, astralIdentifierCodes);
}
function binop(name, prec) {
  return new TokenType(name, { beforeExpr: true, binop: prec });
}
function kw(name, options) {
  if (options === void 0) options = {};
  options.keyword = name;
  return keywords[name] = new TokenType(name, options);
}
function isNewLine(code) {
  return code === 10 || code === 13 || code === 8232 || code === 8233;
}
function nextLineBreak(code, from, end) {
  if (end === void 0) end = code.length;
  for (var i2 = from; i2 < end; i2++) {
    var next = code.charCodeAt(i2);
    if (isNewLine(next)) {
      return i2 < end - 1 && next === 13 && code.charCodeAt(i2 + 1) === 10 ? i2 + 2 : i2 + 1;
    }
  }
  return -1;
}
function wordsRegexp(words) {
  return regexpCache[words] || (regexpCache[words] = new RegExp("^(?:" + words.replace(/ /g, "|") + ")$"));
}
function codePointToString(code) {
  if (code <= 65535) {
    return String.fromCharCode(code);
  }
  code -= 65536;
  return String.fromCharCode((code >> 10) + 55296, (code & 1023) + 56320);
}
function getLineInfo(input, offset2) {
  for (var line = 1, cur = 0; ; ) {
    var nextBreak = nextLineBreak(input, cur, offset2);
    if (nextBreak < 0) {
      return new Position(line, offset2 - cur);
    }
    ++line;
    cur = nextBreak;
  }
}
function getOptions(opts) {
  var options = {};
  for (var opt in defaultOptions) {
    options[opt] = opts && hasOwn(opts, opt) ? opts[opt] : defaultOptions[opt];
  }
  if (options.ecmaVersion === "latest") {
    options.ecmaVersion = 1e8;
  } else if (options.ecmaVersion == null) {
    if (!warnedAboutEcmaVersion && typeof console === "object" && console.warn) {
      warnedAboutEcmaVersion = true;
      console.warn("Since Acorn 8.0.0, options.ecmaVersion is required.\nDefaulting to 2020, but this will stop working in the future.");
    }
    options.ecmaVersion = 11;
  } else if (options.ecmaVersion >= 2015) {
    options.ecmaVersion -= 2009;
  }
  if (options.allowReserved == null) {
    options.allowReserved = options.ecmaVersion < 5;
  }
  if (!opts || opts.allowHashBang == null) {
    options.allowHashBang = options.ecmaVersion >= 14;
  }
  if (isArray(options.onToken)) {
    var tokens = options.onToken;
    options.onToken = function(token) {
      return tokens.push(token);
    };
  }
  if (isArray(options.onComment)) {
    options.onComment = pushComment(options, options.onComment);
  }
  if (options.sourceType === "commonjs" && options.allowAwaitOutsideFunction) {
    throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
  }
  return options;
}
function pushComment(options, array) {
  return function(block, text, start, end, startLoc, endLoc) {
    var comment = {
      type: block ? "Block" : "Line",
      value: text,
      start,
      end
    };
    if (options.locations) {
      comment.loc = new SourceLocation(this, startLoc, endLoc);
    }
    if (options.ranges) {
      comment.range = [start, end];
    }
    array.push(comment);
  };
}
function functionFlags(async, generator) {
  return SCOPE_FUNCTION | (async ? SCOPE_ASYNC : 0) | (generator ? SCOPE_GENERATOR : 0);
}
function keywordOpAt(parser, pos) {
  var end = pos + 1, stop = Math.min(parser.input.length, pos + 11);
  while (end < stop) {
    var ch = parser.fullCharCodeAt(end);
    if (!isIdentifierChar(ch, true)) {
      break;
    }
    end += ch <= 65535 ? 1 : 2;
  }
  return end === pos + 2 && parser.input.slice(pos, end) === "in" || end === pos + 10 && parser.input.slice(pos, end) === "instanceof";
}
function isPrivateNameConflicted(privateNameMap, element) {
  var name = element.key.name;
  var curr = privateNameMap[name];
  var next = "true";
  if (element.type === "MethodDefinition" && (element.kind === "get" || element.kind === "set")) {
    next = (element.static ? "s" : "i") + element.kind;
  }
  if (curr === "iget" && next === "iset" || curr === "iset" && next === "iget" || curr === "sget" && next === "sset" || curr === "sset" && next === "sget") {
    privateNameMap[name] = "true";
    return false;
  } else if (!curr) {
    privateNameMap[name] = next;
    return false;
  } else {
    return true;
  }
}
function checkKeyName(node, name) {
  var computed = node.computed;
  var key = node.key;
  return !computed && (key.type === "Identifier" && key.name === name || key.type === "Literal" && key.value === name);
}
function isLocalVariableAccess(node) {
  return node.type === "Identifier" || node.type === "ParenthesizedExpression" && isLocalVariableAccess(node.expression);
}
function isPrivateFieldAccess(node) {
  return node.type === "MemberExpression" && node.property.type === "PrivateIdentifier" || node.type === "ChainExpression" && isPrivateFieldAccess(node.expression) || node.type === "ParenthesizedExpression" && isPrivateFieldAccess(node.expression);
}
function finishNodeAt(node, type, pos, loc) {
  node.type = type;
  node.end = pos;
  if (this.options.locations) {
    node.loc.end = loc;
  }
  if (this.options.ranges) {
    node.range[1] = pos;
  }
  return node;
}
function buildUnicodeData(ecmaVersion2) {
  var d = data[ecmaVersion2] = {
    binary: wordsRegexp(unicodeBinaryProperties[ecmaVersion2] + " " + unicodeGeneralCategoryValues),
    binaryOfStrings: wordsRegexp(unicodeBinaryPropertiesOfStrings[ecmaVersion2]),
    nonBinary: {
      General_Category: wordsRegexp(unicodeGeneralCategoryValues),
      Script: wordsRegexp(unicodeScriptValues[ecmaVersion2])
    }
  };
  d.nonBinary.Script_Extensions = d.nonBinary.Script;
  d.nonBinary.gc = d.nonBinary.General_Category;
  d.nonBinary.sc = d.nonBinary.Script;
  d.nonBinary.scx = d.nonBinary.Script_Extensions;
}
function hasProp(obj) {
  for (var _ in obj) {
    return true;
  }
  return false;
}
function isRegularExpressionModifier(ch) {
  return ch === 105 || ch === 109 || ch === 115;
}
function isSyntaxCharacter(ch) {
  return ch === 36 || ch >= 40 && ch <= 43 || ch === 46 || ch === 63 || ch >= 91 && ch <= 94 || ch >= 123 && ch <= 125;
}
function isRegExpIdentifierStart(ch) {
  return isIdentifierStart(ch, true) || ch === 36 || ch === 95;
}
function isRegExpIdentifierPart(ch) {
  return isIdentifierChar(ch, true) || ch === 36 || ch === 95 || ch === 8204 || ch === 8205;
}
function isControlLetter(ch) {
  return ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122;
}
function isValidUnicode(ch) {
  return ch >= 0 && ch <= 1114111;
}
function isCharacterClassEscape(ch) {
  return ch === 100 || ch === 68 || ch === 115 || ch === 83 || ch === 119 || ch === 87;
}
function isUnicodePropertyNameCharacter(ch) {
  return isControlLetter(ch) || ch === 95;
}
function isUnicodePropertyValueCharacter(ch) {
  return isUnicodePropertyNameCharacter(ch) || isDecimalDigit(ch);
}
function isClassSetReservedDoublePunctuatorCharacter(ch) {
  return ch === 33 || ch >= 35 && ch <= 38 || ch >= 42 && ch <= 44 || ch === 46 || ch >= 58 && ch <= 64 || ch === 94 || ch === 96 || ch === 126;
}
function isClassSetSyntaxCharacter(ch) {
  return ch === 40 || ch === 41 || ch === 45 || ch === 47 || ch >= 91 && ch <= 93 || ch >= 123 && ch <= 125;
}
function isClassSetReservedPunctuator(ch) {
  return ch === 33 || ch === 35 || ch === 37 || ch === 38 || ch === 44 || ch === 45 || ch >= 58 && ch <= 62 || ch === 64 || ch === 96 || ch === 126;
}
function isDecimalDigit(ch) {
  return ch >= 48 && ch <= 57;
}
function isHexDigit(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
function hexToInt(ch) {
  if (ch >= 65 && ch <= 70) {
    return 10 + (ch - 65);
  }
  if (ch >= 97 && ch <= 102) {
    return 10 + (ch - 97);
  }
  return ch - 48;
}
function isOctalDigit(ch) {
  return ch >= 48 && ch <= 55;
}
function stringToNumber(str, isLegacyOctalNumericLiteral) {
  if (isLegacyOctalNumericLiteral) {
    return parseInt(str, 8);
  }
  return parseFloat(str.replace(/_/g, ""));
}
function stringToBigInt(str) {
  if (typeof BigInt !== "function") {
    return null;
  }
  return BigInt(str.replace(/_/g, ""));
}
function parse3(input, options) {
  return Parser.parse(input, options);
}
function tokenizer2(input, options) {
  return Parser.tokenizer(input, options);
}
var astralIdentifierCodes, astralIdentifierStartCodes, nonASCIIidentifierChars, nonASCIIidentifierStartChars, reservedWords, ecma5AndLessKeywords, keywords$1, keywordRelationalOperator, nonASCIIidentifierStart, nonASCIIidentifier, TokenType, beforeExpr, startsExpr, keywords, types$1, lineBreak, lineBreakG, nonASCIIwhitespace, skipWhiteSpace, ref, hasOwnProperty, toString, hasOwn, isArray, regexpCache, loneSurrogate, Position, SourceLocation, defaultOptions, warnedAboutEcmaVersion, SCOPE_TOP, SCOPE_FUNCTION, SCOPE_ASYNC, SCOPE_GENERATOR, SCOPE_ARROW, SCOPE_SIMPLE_CATCH, SCOPE_SUPER, SCOPE_DIRECT_SUPER, SCOPE_CLASS_STATIC_BLOCK, SCOPE_CLASS_FIELD_INIT, SCOPE_SWITCH, SCOPE_VAR, BIND_NONE, BIND_VAR, BIND_LEXICAL, BIND_FUNCTION, BIND_SIMPLE_CATCH, BIND_OUTSIDE, Parser, prototypeAccessors, pp$9, literal, DestructuringErrors, pp$8, loopLabel, switchLabel, empty$1, FUNC_STATEMENT, FUNC_HANGING_STATEMENT, FUNC_NULLABLE_ID, pp$7, TokContext, types, pp$6, pp$5, empty, pp$4, pp$3, Scope, Node, pp$2, scriptValuesAddedInUnicode, ecma9BinaryProperties, ecma10BinaryProperties, ecma11BinaryProperties, ecma12BinaryProperties, ecma13BinaryProperties, ecma14BinaryProperties, unicodeBinaryProperties, ecma14BinaryPropertiesOfStrings, unicodeBinaryPropertiesOfStrings, unicodeGeneralCategoryValues, ecma9ScriptValues, ecma10ScriptValues, ecma11ScriptValues, ecma12ScriptValues, ecma13ScriptValues, ecma14ScriptValues, unicodeScriptValues, data, ecmaVersion, i, list, pp$1, BranchID, RegExpValidationState, CharSetNone, CharSetOk, CharSetString, Token, pp, INVALID_TEMPLATE_ESCAPE_ERROR, version;
var init_acorn = __esm({
  "node_modules/acorn/dist/acorn.mjs"() {
    astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
    astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
    nonASCIIidentifierChars = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
    nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
    reservedWords = {
      3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",
      5: "class enum extends super const export import",
      6: "enum",
      strict: "implements interface let package private protected public static yield",
      strictBind: "eval arguments"
    };
    ecma5AndLessKeywords = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
    keywords$1 = {
      5: ecma5AndLessKeywords,
      "5module": ecma5AndLessKeywords + " export import",
      6: ecma5AndLessKeywords + " const class extends export import super"
    };
    keywordRelationalOperator = /^in(stanceof)?$/;
    nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]");
    nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
    TokenType = function TokenType2(label, conf) {
      if (conf === void 0) conf = {};
      this.label = label;
      this.keyword = conf.keyword;
      this.beforeExpr = !!conf.beforeExpr;
      this.startsExpr = !!conf.startsExpr;
      this.isLoop = !!conf.isLoop;
      this.isAssign = !!conf.isAssign;
      this.prefix = !!conf.prefix;
      this.postfix = !!conf.postfix;
      this.binop = conf.binop || null;
      this.updateContext = null;
    };
    beforeExpr = { beforeExpr: true };
    startsExpr = { startsExpr: true };
    keywords = {};
    types$1 = {
      num: new TokenType("num", startsExpr),
      regexp: new TokenType("regexp", startsExpr),
      string: new TokenType("string", startsExpr),
      name: new TokenType("name", startsExpr),
      privateId: new TokenType("privateId", startsExpr),
      eof: new TokenType("eof"),
      // Punctuation token types.
      bracketL: new TokenType("[", { beforeExpr: true, startsExpr: true }),
      bracketR: new TokenType("]"),
      braceL: new TokenType("{", { beforeExpr: true, startsExpr: true }),
      braceR: new TokenType("}"),
      parenL: new TokenType("(", { beforeExpr: true, startsExpr: true }),
      parenR: new TokenType(")"),
      comma: new TokenType(",", beforeExpr),
      semi: new TokenType(";", beforeExpr),
      colon: new TokenType(":", beforeExpr),
      dot: new TokenType("."),
      question: new TokenType("?", beforeExpr),
      questionDot: new TokenType("?."),
      arrow: new TokenType("=>", beforeExpr),
      template: new TokenType("template"),
      invalidTemplate: new TokenType("invalidTemplate"),
      ellipsis: new TokenType("...", beforeExpr),
      backQuote: new TokenType("`", startsExpr),
      dollarBraceL: new TokenType("${", { beforeExpr: true, startsExpr: true }),
      // Operators. These carry several kinds of properties to help the
      // parser use them properly (the presence of these properties is
      // what categorizes them as operators).
      //
      // `binop`, when present, specifies that this operator is a binary
      // operator, and will refer to its precedence.
      //
      // `prefix` and `postfix` mark the operator as a prefix or postfix
      // unary operator.
      //
      // `isAssign` marks all of `=`, `+=`, `-=` etcetera, which act as
      // binary operators with a very low precedence, that should result
      // in AssignmentExpression nodes.
      eq: new TokenType("=", { beforeExpr: true, isAssign: true }),
      assign: new TokenType("_=", { beforeExpr: true, isAssign: true }),
      incDec: new TokenType("++/--", { prefix: true, postfix: true, startsExpr: true }),
      prefix: new TokenType("!/~", { beforeExpr: true, prefix: true, startsExpr: true }),
      logicalOR: binop("||", 1),
      logicalAND: binop("&&", 2),
      bitwiseOR: binop("|", 3),
      bitwiseXOR: binop("^", 4),
      bitwiseAND: binop("&", 5),
      equality: binop("==/!=/===/!==", 6),
      relational: binop("</>/<=/>=", 7),
      bitShift: binop("<</>>/>>>", 8),
      plusMin: new TokenType("+/-", { beforeExpr: true, binop: 9, prefix: true, startsExpr: true }),
      modulo: binop("%", 10),
      star: binop("*", 10),
      slash: binop("/", 10),
      starstar: new TokenType("**", { beforeExpr: true }),
      coalesce: binop("??", 1),
      // Keyword token types.
      _break: kw("break"),
      _case: kw("case", beforeExpr),
      _catch: kw("catch"),
      _continue: kw("continue"),
      _debugger: kw("debugger"),
      _default: kw("default", beforeExpr),
      _do: kw("do", { isLoop: true, beforeExpr: true }),
      _else: kw("else", beforeExpr),
      _finally: kw("finally"),
      _for: kw("for", { isLoop: true }),
      _function: kw("function", startsExpr),
      _if: kw("if"),
      _return: kw("return", beforeExpr),
      _switch: kw("switch"),
      _throw: kw("throw", beforeExpr),
      _try: kw("try"),
      _var: kw("var"),
      _const: kw("const"),
      _while: kw("while", { isLoop: true }),
      _with: kw("with"),
      _new: kw("new", { beforeExpr: true, startsExpr: true }),
      _this: kw("this", startsExpr),
      _super: kw("super", startsExpr),
      _class: kw("class", startsExpr),
      _extends: kw("extends", beforeExpr),
      _export: kw("export"),
      _import: kw("import", startsExpr),
      _null: kw("null", startsExpr),
      _true: kw("true", startsExpr),
      _false: kw("false", startsExpr),
      _in: kw("in", { beforeExpr: true, binop: 7 }),
      _instanceof: kw("instanceof", { beforeExpr: true, binop: 7 }),
      _typeof: kw("typeof", { beforeExpr: true, prefix: true, startsExpr: true }),
      _void: kw("void", { beforeExpr: true, prefix: true, startsExpr: true }),
      _delete: kw("delete", { beforeExpr: true, prefix: true, startsExpr: true })
    };
    lineBreak = /\r\n?|\n|\u2028|\u2029/;
    lineBreakG = new RegExp(lineBreak.source, "g");
    nonASCIIwhitespace = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
    skipWhiteSpace = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
    ref = Object.prototype;
    hasOwnProperty = ref.hasOwnProperty;
    toString = ref.toString;
    hasOwn = Object.hasOwn || (function(obj, propName) {
      return hasOwnProperty.call(obj, propName);
    });
    isArray = Array.isArray || (function(obj) {
      return toString.call(obj) === "[object Array]";
    });
    regexpCache = /* @__PURE__ */ Object.create(null);
    loneSurrogate = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
    Position = function Position2(line, col) {
      this.line = line;
      this.column = col;
    };
    Position.prototype.offset = function offset(n) {
      return new Position(this.line, this.column + n);
    };
    SourceLocation = function SourceLocation2(p, start, end) {
      this.start = start;
      this.end = end;
      if (p.sourceFile !== null) {
        this.source = p.sourceFile;
      }
    };
    defaultOptions = {
      // `ecmaVersion` indicates the ECMAScript version to parse. Must be
      // either 3, 5, 6 (or 2015), 7 (2016), 8 (2017), 9 (2018), 10
      // (2019), 11 (2020), 12 (2021), 13 (2022), 14 (2023), or `"latest"`
      // (the latest version the library supports). This influences
      // support for strict mode, the set of reserved words, and support
      // for new syntax features.
      ecmaVersion: null,
      // `sourceType` indicates the mode the code should be parsed in.
      // Can be either `"script"`, `"module"` or `"commonjs"`. This influences global
      // strict mode and parsing of `import` and `export` declarations.
      sourceType: "script",
      // When set to true, enable strict parsing mode even if `sourceType`
      // is `"script"`.
      strict: false,
      // `onInsertedSemicolon` can be a callback that will be called when
      // a semicolon is automatically inserted. It will be passed the
      // position of the inserted semicolon as an offset, and if
      // `locations` is enabled, it is given the location as a `{line,
      // column}` object as second argument.
      onInsertedSemicolon: null,
      // `onTrailingComma` is similar to `onInsertedSemicolon`, but for
      // trailing commas.
      onTrailingComma: null,
      // By default, reserved words are only enforced if ecmaVersion >= 5.
      // Set `allowReserved` to a boolean value to explicitly turn this on
      // an off. When this option has the value "never", reserved words
      // and keywords can also not be used as property names.
      allowReserved: null,
      // When enabled, a return at the top level is not considered an
      // error.
      allowReturnOutsideFunction: false,
      // When enabled, import/export statements are not constrained to
      // appearing at the top of the program, and an import.meta expression
      // in a script isn't considered an error.
      allowImportExportEverywhere: false,
      // By default, await identifiers are allowed to appear at the top-level scope only if ecmaVersion >= 2022.
      // When enabled, await identifiers are allowed to appear at the top-level scope,
      // but they are still not allowed in non-async functions.
      allowAwaitOutsideFunction: null,
      // When enabled, super identifiers are not constrained to
      // appearing in methods and do not raise an error when they appear elsewhere.
      allowSuperOutsideMethod: null,
      // When enabled, hashbang directive in the beginning of file is
      // allowed and treated as a line comment. Enabled by default when
      // `ecmaVersion` >= 2023.
      allowHashBang: false,
      // By default, the parser will verify that private properties are
      // only used in places where they are valid and have been declared.
      // Set this to false to turn such checks off.
      checkPrivateFields: true,
      // When `locations` is on, `loc` properties holding objects with
      // `start` and `end` properties in `{line, column}` form (with
      // line being 1-based and column 0-based) will be attached to the
      // nodes.
      locations: false,
      // Pass an optional `{line, column}` object to use for the start of
      // the parse. This is mostly useful when using `parseExpressionAt`
      // with `locations: true`, to prevent the parser from having to
      // determine the line position at the start position.
      startLocation: null,
      // A function can be passed as `onToken` option, which will
      // cause Acorn to call that function with object in the same
      // format as tokens returned from `tokenizer().getToken()`. Note
      // that you are not allowed to call the parser from the
      // callback—that will corrupt its internal state.
      onToken: null,
      // A function can be passed as `onComment` option, which will
      // cause Acorn to call that function with `(block, text, start,
      // end)` parameters whenever a comment is skipped. `block` is a
      // boolean indicating whether this is a block (`/* */`) comment,
      // `text` is the content of the comment, and `start` and `end` are
      // character offsets that denote the start and end of the comment.
      // When the `locations` option is on, two more parameters are
      // passed, the full `{line, column}` locations of the start and
      // end of the comments. Note that you are not allowed to call the
      // parser from the callback—that will corrupt its internal state.
      // When this option has an array as value, objects representing the
      // comments are pushed to it.
      onComment: null,
      // Nodes have their start and end characters offsets recorded in
      // `start` and `end` properties (directly on the node, rather than
      // the `loc` object, which holds line/column data. To also add a
      // [semi-standardized][range] `range` property holding a `[start,
      // end]` array with the same numbers, set the `ranges` option to
      // `true`.
      //
      // [range]: https://bugzilla.mozilla.org/show_bug.cgi?id=745678
      ranges: false,
      // It is possible to parse multiple files into a single AST by
      // passing the tree produced by parsing the first file as
      // `program` option in subsequent parses. This will add the
      // toplevel forms of the parsed file to the `Program` (top) node
      // of an existing parse tree.
      program: null,
      // When `locations` is on, you can pass this to record the source
      // file in every node's `loc` object.
      sourceFile: null,
      // This value, if given, is stored in every node, whether
      // `locations` is on or off.
      directSourceFile: null,
      // When enabled, parenthesized expressions are represented by
      // (non-standard) ParenthesizedExpression nodes
      preserveParens: false
    };
    warnedAboutEcmaVersion = false;
    SCOPE_TOP = 1;
    SCOPE_FUNCTION = 2;
    SCOPE_ASYNC = 4;
    SCOPE_GENERATOR = 8;
    SCOPE_ARROW = 16;
    SCOPE_SIMPLE_CATCH = 32;
    SCOPE_SUPER = 64;
    SCOPE_DIRECT_SUPER = 128;
    SCOPE_CLASS_STATIC_BLOCK = 256;
    SCOPE_CLASS_FIELD_INIT = 512;
    SCOPE_SWITCH = 1024;
    SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK;
    BIND_NONE = 0;
    BIND_VAR = 1;
    BIND_LEXICAL = 2;
    BIND_FUNCTION = 3;
    BIND_SIMPLE_CATCH = 4;
    BIND_OUTSIDE = 5;
    Parser = function Parser2(options, input, startPos) {
      this.options = options = getOptions(options);
      this.sourceFile = options.sourceFile;
      this.keywords = wordsRegexp(keywords$1[options.ecmaVersion >= 6 ? 6 : options.sourceType === "module" ? "5module" : 5]);
      var reserved = "";
      if (options.allowReserved !== true) {
        reserved = reservedWords[options.ecmaVersion >= 6 ? 6 : options.ecmaVersion === 5 ? 5 : 3];
        if (options.sourceType === "module") {
          reserved += " await";
        }
      }
      this.reservedWords = wordsRegexp(reserved);
      var reservedStrict = (reserved ? reserved + " " : "") + reservedWords.strict;
      this.reservedWordsStrict = wordsRegexp(reservedStrict);
      this.reservedWordsStrictBind = wordsRegexp(reservedStrict + " " + reservedWords.strictBind);
      this.input = String(input);
      this.containsEsc = false;
      this.pos = startPos || 0;
      this.curLine = 1;
      if (options.startLocation) {
        this.lineStart = this.pos - options.startLocation.column;
        this.curLine = options.startLocation.line;
      } else if (startPos) {
        this.lineStart = this.input.lastIndexOf("\n", startPos - 1) + 1;
        if (this.options.locations) {
          this.curLine = this.input.slice(0, this.lineStart).split(lineBreak).length;
        }
      } else {
        this.lineStart = 0;
      }
      this.type = types$1.eof;
      this.value = null;
      this.start = this.end = this.pos;
      this.startLoc = this.endLoc = this.curPosition();
      this.lastTokEndLoc = this.lastTokStartLoc = null;
      this.lastTokStart = this.lastTokEnd = this.pos;
      this.context = this.initialContext();
      this.exprAllowed = true;
      this.inModule = options.sourceType === "module";
      this.strict = this.inModule || options.strict === true || this.strictDirective(this.pos);
      this.potentialArrowAt = -1;
      this.potentialArrowInForAwait = false;
      this.yieldPos = this.awaitPos = this.awaitIdentPos = 0;
      this.labels = [];
      this.undefinedExports = /* @__PURE__ */ Object.create(null);
      if (this.pos === 0 && options.allowHashBang && this.input.slice(0, 2) === "#!") {
        this.skipLineComment(2);
      }
      this.scopeStack = [];
      this.enterScope(
        this.options.sourceType === "commonjs" ? SCOPE_FUNCTION : SCOPE_TOP
      );
      this.regexpState = null;
      this.privateNameStack = [];
    };
    prototypeAccessors = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
    Parser.prototype.parse = function parse() {
      var this$1$1 = this;
      var node = this.options.program || this.startNode();
      this.nextToken();
      return this.catchStackOverflow(function() {
        return this$1$1.parseTopLevel(node);
      });
    };
    prototypeAccessors.inFunction.get = function() {
      return (this.currentVarScope().flags & SCOPE_FUNCTION) > 0;
    };
    prototypeAccessors.inGenerator.get = function() {
      return (this.currentVarScope().flags & SCOPE_GENERATOR) > 0;
    };
    prototypeAccessors.inAsync.get = function() {
      return (this.currentVarScope().flags & SCOPE_ASYNC) > 0;
    };
    prototypeAccessors.canAwait.get = function() {
      for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
        var ref2 = this.scopeStack[i2];
        var flags = ref2.flags;
        if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) {
          return false;
        }
        if (flags & SCOPE_FUNCTION) {
          return (flags & SCOPE_ASYNC) > 0;
        }
      }
      return this.inModule && this.options.ecmaVersion >= 13 || this.options.allowAwaitOutsideFunction;
    };
    prototypeAccessors.allowReturn.get = function() {
      if (this.inFunction) {
        return true;
      }
      if (this.options.allowReturnOutsideFunction && this.currentVarScope().flags & SCOPE_TOP) {
        return true;
      }
      return false;
    };
    prototypeAccessors.allowSuper.get = function() {
      var ref2 = this.currentThisScope();
      var flags = ref2.flags;
      return (flags & SCOPE_SUPER) > 0 || this.options.allowSuperOutsideMethod;
    };
    prototypeAccessors.allowDirectSuper.get = function() {
      return (this.currentThisScope().flags & SCOPE_DIRECT_SUPER) > 0;
    };
    prototypeAccessors.treatFunctionsAsVar.get = function() {
      return this.treatFunctionsAsVarInScope(this.currentScope());
    };
    prototypeAccessors.allowNewDotTarget.get = function() {
      for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
        var ref2 = this.scopeStack[i2];
        var flags = ref2.flags;
        if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT) || flags & SCOPE_FUNCTION && !(flags & SCOPE_ARROW)) {
          return true;
        }
      }
      return false;
    };
    prototypeAccessors.allowUsing.get = function() {
      var ref2 = this.currentScope();
      var flags = ref2.flags;
      if (flags & SCOPE_SWITCH) {
        return false;
      }
      if (!this.inModule && flags & SCOPE_TOP) {
        return false;
      }
      return true;
    };
    prototypeAccessors.inClassStaticBlock.get = function() {
      return (this.currentVarScope().flags & SCOPE_CLASS_STATIC_BLOCK) > 0;
    };
    Parser.extend = function extend() {
      var plugins = [], len = arguments.length;
      while (len--) plugins[len] = arguments[len];
      var cls = this;
      for (var i2 = 0; i2 < plugins.length; i2++) {
        cls = plugins[i2](cls);
      }
      return cls;
    };
    Parser.parse = function parse2(input, options) {
      return new this(options, input).parse();
    };
    Parser.parseExpressionAt = function parseExpressionAt(input, pos, options) {
      var parser = new this(options, input, pos);
      parser.nextToken();
      return parser.parseExpression();
    };
    Parser.tokenizer = function tokenizer(input, options) {
      return new this(options, input);
    };
    Object.defineProperties(Parser.prototype, prototypeAccessors);
    pp$9 = Parser.prototype;
    literal = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
    pp$9.strictDirective = function(start) {
      if (this.options.ecmaVersion < 5) {
        return false;
      }
      for (; ; ) {
        skipWhiteSpace.lastIndex = start;
        start += skipWhiteSpace.exec(this.input)[0].length;
        var match = literal.exec(this.input.slice(start));
        if (!match) {
          return false;
        }
        if ((match[1] || match[2]) === "use strict") {
          skipWhiteSpace.lastIndex = start + match[0].length;
          var spaceAfter = skipWhiteSpace.exec(this.input), end = spaceAfter.index + spaceAfter[0].length;
          var next = this.input.charAt(end);
          return next === ";" || next === "}" || lineBreak.test(spaceAfter[0]) && !(/[(`.[+\-/*%<>=,?^&]/.test(next) || next === "!" && this.input.charAt(end + 1) === "=" || next === "i" && keywordOpAt(this, end));
        }
        start += match[0].length;
        skipWhiteSpace.lastIndex = start;
        start += skipWhiteSpace.exec(this.input)[0].length;
        if (this.input[start] === ";") {
          start++;
        }
      }
    };
    pp$9.eat = function(type) {
      if (this.type === type) {
        this.next();
        return true;
      } else {
        return false;
      }
    };
    pp$9.isContextual = function(name) {
      return this.type === types$1.name && this.value === name && !this.containsEsc;
    };
    pp$9.eatContextual = function(name) {
      if (!this.isContextual(name)) {
        return false;
      }
      this.next();
      return true;
    };
    pp$9.catchStackOverflow = function(f) {
      try {
        return f();
      } catch (e) {
        if (e instanceof Error && (/\bstack\b.*\b(exceeded|overflow)\b/i.test(e.message) || /\btoo much recursion\b/i.test(e.message))) {
          this.raise(this.start, "Not enough stack space to parse input");
        } else {
          throw e;
        }
      }
    };
    pp$9.expectContextual = function(name) {
      if (!this.eatContextual(name)) {
        this.unexpected();
      }
    };
    pp$9.canInsertSemicolon = function() {
      return this.type === types$1.eof || this.type === types$1.braceR || lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
    };
    pp$9.insertSemicolon = function() {
      if (this.canInsertSemicolon()) {
        if (this.options.onInsertedSemicolon) {
          this.options.onInsertedSemicolon(this.lastTokEnd, this.lastTokEndLoc);
        }
        return true;
      }
    };
    pp$9.semicolon = function() {
      if (!this.eat(types$1.semi) && !this.insertSemicolon()) {
        this.unexpected();
      }
    };
    pp$9.afterTrailingComma = function(tokType, notNext) {
      if (this.type === tokType) {
        if (this.options.onTrailingComma) {
          this.options.onTrailingComma(this.lastTokStart, this.lastTokStartLoc);
        }
        if (!notNext) {
          this.next();
        }
        return true;
      }
    };
    pp$9.expect = function(type) {
      this.eat(type) || this.unexpected();
    };
    pp$9.unexpected = function(pos) {
      this.raise(pos != null ? pos : this.start, "Unexpected token");
    };
    DestructuringErrors = function DestructuringErrors2() {
      this.shorthandAssign = this.trailingComma = this.parenthesizedAssign = this.parenthesizedBind = this.doubleProto = -1;
    };
    pp$9.checkPatternErrors = function(refDestructuringErrors, isAssign) {
      if (!refDestructuringErrors) {
        return;
      }
      if (refDestructuringErrors.trailingComma > -1) {
        this.raiseRecoverable(refDestructuringErrors.trailingComma, "Comma is not permitted after the rest element");
      }
      var parens = isAssign ? refDestructuringErrors.parenthesizedAssign : refDestructuringErrors.parenthesizedBind;
      if (parens > -1) {
        this.raiseRecoverable(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
      }
    };
    pp$9.checkExpressionErrors = function(refDestructuringErrors, andThrow) {
      if (!refDestructuringErrors) {
        return false;
      }
      var shorthandAssign = refDestructuringErrors.shorthandAssign;
      var doubleProto = refDestructuringErrors.doubleProto;
      if (!andThrow) {
        return shorthandAssign >= 0 || doubleProto >= 0;
      }
      if (shorthandAssign >= 0) {
        this.raise(shorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
      }
      if (doubleProto >= 0) {
        this.raiseRecoverable(doubleProto, "Redefinition of __proto__ property");
      }
    };
    pp$9.checkYieldAwaitInDefaultParams = function() {
      if (this.yieldPos && (!this.awaitPos || this.yieldPos < this.awaitPos)) {
        this.raise(this.yieldPos, "Yield expression cannot be a default value");
      }
      if (this.awaitPos) {
        this.raise(this.awaitPos, "Await expression cannot be a default value");
      }
    };
    pp$9.isSimpleAssignTarget = function(expr) {
      if (expr.type === "ParenthesizedExpression") {
        return this.isSimpleAssignTarget(expr.expression);
      }
      return expr.type === "Identifier" || expr.type === "MemberExpression";
    };
    pp$8 = Parser.prototype;
    pp$8.parseTopLevel = function(node) {
      var exports$1 = /* @__PURE__ */ Object.create(null);
      if (!node.body) {
        node.body = [];
      }
      while (this.type !== types$1.eof) {
        var stmt = this.parseStatement(null, true, exports$1);
        node.body.push(stmt);
      }
      if (this.inModule) {
        for (var i2 = 0, list3 = Object.keys(this.undefinedExports); i2 < list3.length; i2 += 1) {
          var name = list3[i2];
          this.raiseRecoverable(this.undefinedExports[name].start, "Export '" + name + "' is not defined");
        }
      }
      this.adaptDirectivePrologue(node.body);
      this.next();
      node.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType;
      return this.finishNode(node, "Program");
    };
    loopLabel = { kind: "loop" };
    switchLabel = { kind: "switch" };
    pp$8.isLet = function(context) {
      if (this.options.ecmaVersion < 6 || !this.isContextual("let")) {
        return false;
      }
      skipWhiteSpace.lastIndex = this.pos;
      var skip = skipWhiteSpace.exec(this.input);
      var next = this.pos + skip[0].length, nextCh = this.fullCharCodeAt(next);
      if (nextCh === 91 || nextCh === 92) {
        return true;
      }
      if (context) {
        return false;
      }
      if (nextCh === 123) {
        return true;
      }
      if (isIdentifierStart(nextCh)) {
        var start = next;
        do {
          next += nextCh <= 65535 ? 1 : 2;
        } while (isIdentifierChar(nextCh = this.fullCharCodeAt(next)));
        if (nextCh === 92) {
          return true;
        }
        var ident = this.input.slice(start, next);
        if (!keywordRelationalOperator.test(ident)) {
          return true;
        }
      }
      return false;
    };
    pp$8.isAsyncFunction = function() {
      if (this.options.ecmaVersion < 8 || !this.isContextual("async")) {
        return false;
      }
      skipWhiteSpace.lastIndex = this.pos;
      var skip = skipWhiteSpace.exec(this.input);
      var next = this.pos + skip[0].length, after;
      return !lineBreak.test(this.input.slice(this.pos, next)) && this.input.slice(next, next + 8) === "function" && (next + 8 === this.input.length || !(isIdentifierChar(after = this.fullCharCodeAt(next + 8)) || after === 92));
    };
    pp$8.isUsingKeyword = function(isAwaitUsing, isFor) {
      if (this.options.ecmaVersion < 17 || !this.isContextual(isAwaitUsing ? "await" : "using")) {
        return false;
      }
      skipWhiteSpace.lastIndex = this.pos;
      var skip = skipWhiteSpace.exec(this.input);
      var next = this.pos + skip[0].length;
      if (lineBreak.test(this.input.slice(this.pos, next))) {
        return false;
      }
      if (isAwaitUsing) {
        var usingEndPos = next + 5, after;
        if (this.input.slice(next, usingEndPos) !== "using" || usingEndPos === this.input.length || isIdentifierChar(after = this.fullCharCodeAt(usingEndPos)) || after === 92) {
          return false;
        }
        skipWhiteSpace.lastIndex = usingEndPos;
        var skipAfterUsing = skipWhiteSpace.exec(this.input);
        next = usingEndPos + skipAfterUsing[0].length;
        if (skipAfterUsing && lineBreak.test(this.input.slice(usingEndPos, next))) {
          return false;
        }
      }
      var ch = this.fullCharCodeAt(next);
      if (!isIdentifierStart(ch) && ch !== 92) {
        return false;
      }
      var idStart = next;
      do {
        next += ch <= 65535 ? 1 : 2;
      } while (isIdentifierChar(ch = this.fullCharCodeAt(next)));
      if (ch === 92) {
        return true;
      }
      var id = this.input.slice(idStart, next);
      if (keywordRelationalOperator.test(id)) {
        return false;
      }
      if (isFor && !isAwaitUsing && id === "of") {
        skipWhiteSpace.lastIndex = next;
        var skipAfterOf = skipWhiteSpace.exec(this.input);
        next = next + skipAfterOf[0].length;
        if (this.input.charCodeAt(next) !== 61 || // Check for ==, === and => operators
        (ch = this.input.charCodeAt(next + 1)) === 61 || ch === 62) {
          return false;
        }
      }
      return true;
    };
    pp$8.isAwaitUsing = function(isFor) {
      return this.isUsingKeyword(true, isFor);
    };
    pp$8.isUsing = function(isFor) {
      return this.isUsingKeyword(false, isFor);
    };
    pp$8.parseStatement = function(context, topLevel, exports$1) {
      var starttype = this.type, node = this.startNode(), kind;
      if (this.isLet(context)) {
        starttype = types$1._var;
        kind = "let";
      }
      switch (starttype) {
        case types$1._break:
        case types$1._continue:
          return this.parseBreakContinueStatement(node, starttype.keyword);
        case types$1._debugger:
          return this.parseDebuggerStatement(node);
        case types$1._do:
          return this.parseDoStatement(node);
        case types$1._for:
          return this.parseForStatement(node);
        case types$1._function:
          if (context && (this.strict || context !== "if" && context !== "label") && this.options.ecmaVersion >= 6) {
            this.unexpected();
          }
          return this.parseFunctionStatement(node, false, !context);
        case types$1._class:
          if (context) {
            this.unexpected();
          }
          return this.parseClass(node, true);
        case types$1._if:
          return this.parseIfStatement(node);
        case types$1._return:
          return this.parseReturnStatement(node);
        case types$1._switch:
          return this.parseSwitchStatement(node);
        case types$1._throw:
          return this.parseThrowStatement(node);
        case types$1._try:
          return this.parseTryStatement(node);
        case types$1._const:
        case types$1._var:
          kind = kind || this.value;
          if (context && kind !== "var") {
            this.unexpected();
          }
          return this.parseVarStatement(node, kind);
        case types$1._while:
          return this.parseWhileStatement(node);
        case types$1._with:
          return this.parseWithStatement(node);
        case types$1.braceL:
          return this.parseBlock(true, node);
        case types$1.semi:
          return this.parseEmptyStatement(node);
        case types$1._export:
        case types$1._import:
          if (this.options.ecmaVersion > 10 && starttype === types$1._import) {
            skipWhiteSpace.lastIndex = this.pos;
            var skip = skipWhiteSpace.exec(this.input);
            var next = this.pos + skip[0].length, nextCh = this.input.charCodeAt(next);
            if (nextCh === 40 || nextCh === 46) {
              return this.parseExpressionStatement(node, this.parseExpression());
            }
          }
          if (!this.options.allowImportExportEverywhere) {
            if (!topLevel) {
              this.raise(this.start, "'import' and 'export' may only appear at the top level");
            }
            if (!this.inModule) {
              this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
            }
          }
          return starttype === types$1._import ? this.parseImport(node) : this.parseExport(node, exports$1);
        // If the statement does not start with a statement keyword or a
        // brace, it's an ExpressionStatement or LabeledStatement. We
        // simply start parsing an expression, and afterwards, if the
        // next token is a colon and the expression was a simple
        // Identifier node, we switch to interpreting it as a label.
        default:
          if (this.isAsyncFunction()) {
            if (context) {
              this.unexpected();
            }
            this.next();
            return this.parseFunctionStatement(node, true, !context);
          }
          var usingKind = this.isAwaitUsing(false) ? "await using" : this.isUsing(false) ? "using" : null;
          if (usingKind) {
            if (!this.allowUsing) {
              this.raise(this.start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement");
            }
            if (context) {
              this.raise(this.start, "Using declaration is not allowed in single-statement positions");
            }
            if (usingKind === "await using") {
              if (!this.canAwait) {
                this.raise(this.start, "Await using cannot appear outside of async function");
              }
              this.next();
            }
            this.next();
            this.parseVar(node, false, usingKind);
            this.semicolon();
            return this.finishNode(node, "VariableDeclaration");
          }
          var maybeName = this.value, expr = this.parseExpression();
          if (starttype === types$1.name && expr.type === "Identifier" && this.eat(types$1.colon)) {
            return this.parseLabeledStatement(node, maybeName, expr, context);
          } else {
            return this.parseExpressionStatement(node, expr);
          }
      }
    };
    pp$8.parseBreakContinueStatement = function(node, keyword) {
      var isBreak = keyword === "break";
      this.next();
      if (this.eat(types$1.semi) || this.insertSemicolon()) {
        node.label = null;
      } else if (this.type !== types$1.name) {
        this.unexpected();
      } else {
        node.label = this.parseIdent();
        this.semicolon();
      }
      var i2 = 0;
      for (; i2 < this.labels.length; ++i2) {
        var lab = this.labels[i2];
        if (node.label == null || lab.name === node.label.name) {
          if (lab.kind != null && (isBreak || lab.kind === "loop")) {
            break;
          }
          if (node.label && isBreak) {
            break;
          }
        }
      }
      if (i2 === this.labels.length) {
        this.raise(node.start, "Unsyntactic " + keyword);
      }
      return this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
    };
    pp$8.parseDebuggerStatement = function(node) {
      this.next();
      this.semicolon();
      return this.finishNode(node, "DebuggerStatement");
    };
    pp$8.parseDoStatement = function(node) {
      this.next();
      this.labels.push(loopLabel);
      node.body = this.parseStatement("do");
      this.labels.pop();
      this.expect(types$1._while);
      node.test = this.parseParenExpression();
      if (this.options.ecmaVersion >= 6) {
        this.eat(types$1.semi);
      } else {
        this.semicolon();
      }
      return this.finishNode(node, "DoWhileStatement");
    };
    pp$8.parseForStatement = function(node) {
      this.next();
      var awaitAt = this.options.ecmaVersion >= 9 && this.canAwait && this.eatContextual("await") ? this.lastTokStart : -1;
      this.labels.push(loopLabel);
      this.enterScope(0);
      this.expect(types$1.parenL);
      if (this.type === types$1.semi) {
        if (awaitAt > -1) {
          this.unexpected(awaitAt);
        }
        return this.parseFor(node, null);
      }
      var isLet = this.isLet();
      if (this.type === types$1._var || this.type === types$1._const || isLet) {
        var init$1 = this.startNode(), kind = isLet ? "let" : this.value;
        this.next();
        this.parseVar(init$1, true, kind);
        this.finishNode(init$1, "VariableDeclaration");
        return this.parseForAfterInit(node, init$1, awaitAt);
      }
      var startsWithLet = this.isContextual("let"), isForOf = false;
      var usingKind = this.isUsing(true) ? "using" : this.isAwaitUsing(true) ? "await using" : null;
      if (usingKind) {
        var init$2 = this.startNode();
        this.next();
        if (usingKind === "await using") {
          if (!this.canAwait) {
            this.raise(this.start, "Await using cannot appear outside of async function");
          }
          this.next();
        }
        this.parseVar(init$2, true, usingKind);
        this.finishNode(init$2, "VariableDeclaration");
        return this.parseForAfterInit(node, init$2, awaitAt);
      }
      var containsEsc = this.containsEsc;
      var refDestructuringErrors = new DestructuringErrors();
      var initPos = this.start;
      var init = awaitAt > -1 ? this.parseExprSubscripts(refDestructuringErrors, "await") : this.parseExpression(true, refDestructuringErrors);
      if (this.type === types$1._in || (isForOf = this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
        if (awaitAt > -1) {
          if (this.type === types$1._in) {
            this.unexpected(awaitAt);
          }
          node.await = true;
        } else if (isForOf && this.options.ecmaVersion >= 8) {
          if (init.start === initPos && !containsEsc && init.type === "Identifier" && init.name === "async") {
            this.unexpected();
          } else if (this.options.ecmaVersion >= 9) {
            node.await = false;
          }
        }
        if (startsWithLet && isForOf) {
          this.raise(init.start, "The left-hand side of a for-of loop may not start with 'let'.");
        }
        this.toAssignable(init, false, refDestructuringErrors);
        this.checkLValPattern(init);
        return this.parseForIn(node, init);
      } else {
        this.checkExpressionErrors(refDestructuringErrors, true);
      }
      if (awaitAt > -1) {
        this.unexpected(awaitAt);
      }
      return this.parseFor(node, init);
    };
    pp$8.parseForAfterInit = function(node, init, awaitAt) {
      if ((this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) && init.declarations.length === 1) {
        if (this.type === types$1._in) {
          if ((init.kind === "using" || init.kind === "await using") && !init.declarations[0].init) {
            this.raise(this.start, "Using declaration is not allowed in for-in loops");
          }
          if (this.options.ecmaVersion >= 9 && awaitAt > -1) {
            this.unexpected(awaitAt);
          }
        } else if (this.options.ecmaVersion >= 9) {
          node.await = awaitAt > -1;
        }
        return this.parseForIn(node, init);
      }
      if (awaitAt > -1) {
        this.unexpected(awaitAt);
      }
      return this.parseFor(node, init);
    };
    pp$8.parseFunctionStatement = function(node, isAsync, declarationPosition) {
      this.next();
      return this.parseFunction(node, FUNC_STATEMENT | (declarationPosition ? 0 : FUNC_HANGING_STATEMENT), false, isAsync);
    };
    pp$8.parseIfStatement = function(node) {
      this.next();
      node.test = this.parseParenExpression();
      node.consequent = this.parseStatement("if");
      node.alternate = this.eat(types$1._else) ? this.parseStatement("if") : null;
      return this.finishNode(node, "IfStatement");
    };
    pp$8.parseReturnStatement = function(node) {
      if (!this.allowReturn) {
        this.raise(this.start, "'return' outside of function");
      }
      this.next();
      if (this.eat(types$1.semi) || this.insertSemicolon()) {
        node.argument = null;
      } else {
        node.argument = this.parseExpression();
        this.semicolon();
      }
      return this.finishNode(node, "ReturnStatement");
    };
    pp$8.parseSwitchStatement = function(node) {
      this.next();
      node.discriminant = this.parseParenExpression();
      node.cases = [];
      this.expect(types$1.braceL);
      this.labels.push(switchLabel);
      this.enterScope(SCOPE_SWITCH);
      var cur;
      for (var sawDefault = false; this.type !== types$1.braceR; ) {
        if (this.type === types$1._case || this.type === types$1._default) {
          var isCase = this.type === types$1._case;
          if (cur) {
            this.finishNode(cur, "SwitchCase");
          }
          node.cases.push(cur = this.startNode());
          cur.consequent = [];
          this.next();
          if (isCase) {
            cur.test = this.parseExpression();
          } else {
            if (sawDefault) {
              this.raiseRecoverable(this.lastTokStart, "Multiple default clauses");
            }
            sawDefault = true;
            cur.test = null;
          }
          this.expect(types$1.colon);
        } else {
          if (!cur) {
            this.unexpected();
          }
          cur.consequent.push(this.parseStatement(null));
        }
      }
      this.exitScope();
      if (cur) {
        this.finishNode(cur, "SwitchCase");
      }
      this.next();
      this.labels.pop();
      return this.finishNode(node, "SwitchStatement");
    };
    pp$8.parseThrowStatement = function(node) {
      this.next();
      if (lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) {
        this.raise(this.lastTokEnd, "Illegal newline after throw");
      }
      node.argument = this.parseExpression();
      this.semicolon();
      return this.finishNode(node, "ThrowStatement");
    };
    empty$1 = [];
    pp$8.parseCatchClauseParam = function() {
      var param = this.parseBindingAtom();
      var simple = param.type === "Identifier";
      this.enterScope(simple ? SCOPE_SIMPLE_CATCH : 0);
      this.checkLValPattern(param, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL);
      this.expect(types$1.parenR);
      return param;
    };
    pp$8.parseTryStatement = function(node) {
      this.next();
      node.block = this.parseBlock();
      node.handler = null;
      if (this.type === types$1._catch) {
        var clause = this.startNode();
        this.next();
        if (this.eat(types$1.parenL)) {
          clause.param = this.parseCatchClauseParam();
        } else {
          if (this.options.ecmaVersion < 10) {
            this.unexpected();
          }
          clause.param = null;
          this.enterScope(0);
        }
        clause.body = this.parseBlock(false);
        this.exitScope();
        node.handler = this.finishNode(clause, "CatchClause");
      }
      node.finalizer = this.eat(types$1._finally) ? this.parseBlock() : null;
      if (!node.handler && !node.finalizer) {
        this.raise(node.start, "Missing catch or finally clause");
      }
      return this.finishNode(node, "TryStatement");
    };
    pp$8.parseVarStatement = function(node, kind, allowMissingInitializer) {
      this.next();
      this.parseVar(node, false, kind, allowMissingInitializer);
      this.semicolon();
      return this.finishNode(node, "VariableDeclaration");
    };
    pp$8.parseWhileStatement = function(node) {
      this.next();
      node.test = this.parseParenExpression();
      this.labels.push(loopLabel);
      node.body = this.parseStatement("while");
      this.labels.pop();
      return this.finishNode(node, "WhileStatement");
    };
    pp$8.parseWithStatement = function(node) {
      if (this.strict) {
        this.raise(this.start, "'with' in strict mode");
      }
      this.next();
      node.object = this.parseParenExpression();
      node.body = this.parseStatement("with");
      return this.finishNode(node, "WithStatement");
    };
    pp$8.parseEmptyStatement = function(node) {
      this.next();
      return this.finishNode(node, "EmptyStatement");
    };
    pp$8.parseLabeledStatement = function(node, maybeName, expr, context) {
      for (var i$1 = 0, list3 = this.labels; i$1 < list3.length; i$1 += 1) {
        var label = list3[i$1];
        if (label.name === maybeName) {
          this.raise(expr.start, "Label '" + maybeName + "' is already declared");
        }
      }
      var kind = this.type.isLoop ? "loop" : this.type === types$1._switch ? "switch" : null;
      for (var i2 = this.labels.length - 1; i2 >= 0; i2--) {
        var label$1 = this.labels[i2];
        if (label$1.statementStart === node.start) {
          label$1.statementStart = this.start;
          label$1.kind = kind;
        } else {
          break;
        }
      }
      this.labels.push({ name: maybeName, kind, statementStart: this.start });
      node.body = this.parseStatement(context ? context.indexOf("label") === -1 ? context + "label" : context : "label");
      this.labels.pop();
      node.label = expr;
      return this.finishNode(node, "LabeledStatement");
    };
    pp$8.parseExpressionStatement = function(node, expr) {
      node.expression = expr;
      this.semicolon();
      return this.finishNode(node, "ExpressionStatement");
    };
    pp$8.parseBlock = function(createNewLexicalScope, node, exitStrict) {
      if (createNewLexicalScope === void 0) createNewLexicalScope = true;
      if (node === void 0) node = this.startNode();
      node.body = [];
      this.expect(types$1.braceL);
      if (createNewLexicalScope) {
        this.enterScope(0);
      }
      while (this.type !== types$1.braceR) {
        var stmt = this.parseStatement(null);
        node.body.push(stmt);
      }
      if (exitStrict) {
        this.strict = false;
      }
      this.next();
      if (createNewLexicalScope) {
        this.exitScope();
      }
      return this.finishNode(node, "BlockStatement");
    };
    pp$8.parseFor = function(node, init) {
      node.init = init;
      this.expect(types$1.semi);
      node.test = this.type === types$1.semi ? null : this.parseExpression();
      this.expect(types$1.semi);
      node.update = this.type === types$1.parenR ? null : this.parseExpression();
      this.expect(types$1.parenR);
      node.body = this.parseStatement("for");
      this.exitScope();
      this.labels.pop();
      return this.finishNode(node, "ForStatement");
    };
    pp$8.parseForIn = function(node, init) {
      var isForIn = this.type === types$1._in;
      this.next();
      if (init.type === "VariableDeclaration" && init.declarations[0].init != null && (!isForIn || this.options.ecmaVersion < 8 || this.strict || init.kind !== "var" || init.declarations[0].id.type !== "Identifier")) {
        this.raise(
          init.start,
          (isForIn ? "for-in" : "for-of") + " loop variable declaration may not have an initializer"
        );
      }
      node.left = init;
      node.right = isForIn ? this.parseExpression() : this.parseMaybeAssign();
      this.expect(types$1.parenR);
      node.body = this.parseStatement("for");
      this.exitScope();
      this.labels.pop();
      return this.finishNode(node, isForIn ? "ForInStatement" : "ForOfStatement");
    };
    pp$8.parseVar = function(node, isFor, kind, allowMissingInitializer) {
      node.declarations = [];
      node.kind = kind;
      for (; ; ) {
        var decl = this.startNode();
        this.parseVarId(decl, kind);
        if (this.eat(types$1.eq)) {
          decl.init = this.parseMaybeAssign(isFor);
        } else if (!allowMissingInitializer && kind === "const" && !(this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
          this.unexpected();
        } else if (!allowMissingInitializer && (kind === "using" || kind === "await using") && this.options.ecmaVersion >= 17 && this.type !== types$1._in && !this.isContextual("of")) {
          this.raise(this.lastTokEnd, "Missing initializer in " + kind + " declaration");
        } else if (!allowMissingInitializer && decl.id.type !== "Identifier" && !(isFor && (this.type === types$1._in || this.isContextual("of")))) {
          this.raise(this.lastTokEnd, "Complex binding patterns require an initialization value");
        } else {
          decl.init = null;
        }
        node.declarations.push(this.finishNode(decl, "VariableDeclarator"));
        if (!this.eat(types$1.comma)) {
          break;
        }
      }
      return node;
    };
    pp$8.parseVarId = function(decl, kind) {
      decl.id = kind === "using" || kind === "await using" ? this.parseIdent() : this.parseBindingAtom();
      this.checkLValPattern(decl.id, kind === "var" ? BIND_VAR : BIND_LEXICAL, false);
    };
    FUNC_STATEMENT = 1;
    FUNC_HANGING_STATEMENT = 2;
    FUNC_NULLABLE_ID = 4;
    pp$8.parseFunction = function(node, statement, allowExpressionBody, isAsync, forInit) {
      this.initFunction(node);
      if (this.options.ecmaVersion >= 9 || this.options.ecmaVersion >= 6 && !isAsync) {
        if (this.type === types$1.star && statement & FUNC_HANGING_STATEMENT) {
          this.unexpected();
        }
        node.generator = this.eat(types$1.star);
      }
      if (this.options.ecmaVersion >= 8) {
        node.async = !!isAsync;
      }
      if (statement & FUNC_STATEMENT) {
        node.id = statement & FUNC_NULLABLE_ID && this.type !== types$1.name ? null : this.parseIdent();
        if (node.id && !(statement & FUNC_HANGING_STATEMENT)) {
          this.checkLValSimple(node.id, this.strict || node.generator || node.async ? this.treatFunctionsAsVar ? BIND_VAR : BIND_LEXICAL : BIND_FUNCTION);
        }
      }
      var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
      this.yieldPos = 0;
      this.awaitPos = 0;
      this.awaitIdentPos = 0;
      this.enterScope(functionFlags(node.async, node.generator));
      if (!(statement & FUNC_STATEMENT)) {
        node.id = this.type === types$1.name ? this.parseIdent() : null;
      }
      this.parseFunctionParams(node);
      this.parseFunctionBody(node, allowExpressionBody, false, forInit);
      this.yieldPos = oldYieldPos;
      this.awaitPos = oldAwaitPos;
      this.awaitIdentPos = oldAwaitIdentPos;
      return this.finishNode(node, statement & FUNC_STATEMENT ? "FunctionDeclaration" : "FunctionExpression");
    };
    pp$8.parseFunctionParams = function(node) {
      this.expect(types$1.parenL);
      node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
      this.checkYieldAwaitInDefaultParams();
    };
    pp$8.parseClass = function(node, isStatement) {
      this.next();
      var oldStrict = this.strict;
      this.strict = true;
      this.parseClassId(node, isStatement);
      this.parseClassSuper(node);
      var privateNameMap = this.enterClassBody();
      var classBody = this.startNode();
      var hadConstructor = false;
      classBody.body = [];
      this.expect(types$1.braceL);
      while (this.type !== types$1.braceR) {
        var element = this.parseClassElement(node.superClass !== null);
        if (element) {
          classBody.body.push(element);
          if (element.type === "MethodDefinition" && element.kind === "constructor") {
            if (hadConstructor) {
              this.raiseRecoverable(element.start, "Duplicate constructor in the same class");
            }
            hadConstructor = true;
          } else if (element.key && element.key.type === "PrivateIdentifier" && isPrivateNameConflicted(privateNameMap, element)) {
            this.raiseRecoverable(element.key.start, "Identifier '#" + element.key.name + "' has already been declared");
          }
        }
      }
      this.strict = oldStrict;
      this.next();
      node.body = this.finishNode(classBody, "ClassBody");
      this.exitClassBody();
      return this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
    };
    pp$8.parseClassElement = function(constructorAllowsSuper) {
      if (this.eat(types$1.semi)) {
        return null;
      }
      var ecmaVersion2 = this.options.ecmaVersion;
      var node = this.startNode();
      var keyName = "";
      var isGenerator = false;
      var isAsync = false;
      var kind = "method";
      var isStatic = false;
      if (this.eatContextual("static")) {
        if (ecmaVersion2 >= 13 && this.eat(types$1.braceL)) {
          this.parseClassStaticBlock(node);
          return node;
        }
        if (this.isClassElementNameStart() || this.type === types$1.star) {
          isStatic = true;
        } else {
          keyName = "static";
        }
      }
      node.static = isStatic;
      if (!keyName && ecmaVersion2 >= 8 && this.eatContextual("async")) {
        if ((this.isClassElementNameStart() || this.type === types$1.star) && !this.canInsertSemicolon()) {
          isAsync = true;
        } else {
          keyName = "async";
        }
      }
      if (!keyName && (ecmaVersion2 >= 9 || !isAsync) && this.eat(types$1.star)) {
        isGenerator = true;
      }
      if (!keyName && !isAsync && !isGenerator) {
        var lastValue = this.value;
        if (this.eatContextual("get") || this.eatContextual("set")) {
          if (this.isClassElementNameStart()) {
            kind = lastValue;
          } else {
            keyName = lastValue;
          }
        }
      }
      if (keyName) {
        node.computed = false;
        node.key = this.startNodeAt(this.lastTokStart, this.lastTokStartLoc);
        node.key.name = keyName;
        this.finishNode(node.key, "Identifier");
      } else {
        this.parseClassElementName(node);
      }
      if (ecmaVersion2 < 13 || this.type === types$1.parenL || kind !== "method" || isGenerator || isAsync) {
        var isConstructor = !node.static && checkKeyName(node, "constructor");
        var allowsDirectSuper = isConstructor && constructorAllowsSuper;
        if (isConstructor && kind !== "method") {
          this.raise(node.key.start, "Constructor can't have get/set modifier");
        }
        node.kind = isConstructor ? "constructor" : kind;
        this.parseClassMethod(node, isGenerator, isAsync, allowsDirectSuper);
      } else {
        this.parseClassField(node);
      }
      return node;
    };
    pp$8.isClassElementNameStart = function() {
      return this.type === types$1.name || this.type === types$1.privateId || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword;
    };
    pp$8.parseClassElementName = function(element) {
      if (this.type === types$1.privateId) {
        if (this.value === "constructor") {
          this.raise(this.start, "Classes can't have an element named '#constructor'");
        }
        element.computed = false;
        element.key = this.parsePrivateIdent();
      } else {
        this.parsePropertyName(element);
      }
    };
    pp$8.parseClassMethod = function(method, isGenerator, isAsync, allowsDirectSuper) {
      var key = method.key;
      if (method.kind === "constructor") {
        if (isGenerator) {
          this.raise(key.start, "Constructor can't be a generator");
        }
        if (isAsync) {
          this.raise(key.start, "Constructor can't be an async method");
        }
      } else if (method.static && checkKeyName(method, "prototype")) {
        this.raise(key.start, "Classes may not have a static property named prototype");
      }
      var value = method.value = this.parseMethod(isGenerator, isAsync, allowsDirectSuper);
      if (method.kind === "get" && value.params.length !== 0) {
        this.raiseRecoverable(value.start, "getter should have no params");
      }
      if (method.kind === "set" && value.params.length !== 1) {
        this.raiseRecoverable(value.start, "setter should have exactly one param");
      }
      if (method.kind === "set" && value.params[0].type === "RestElement") {
        this.raiseRecoverable(value.params[0].start, "Setter cannot use rest params");
      }
      return this.finishNode(method, "MethodDefinition");
    };
    pp$8.parseClassField = function(field) {
      if (checkKeyName(field, "constructor")) {
        this.raise(field.key.start, "Classes can't have a field named 'constructor'");
      } else if (field.static && checkKeyName(field, "prototype")) {
        this.raise(field.key.start, "Classes can't have a static field named 'prototype'");
      }
      if (this.eat(types$1.eq)) {
        this.enterScope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER);
        field.value = this.parseMaybeAssign();
        this.exitScope();
      } else {
        field.value = null;
      }
      this.semicolon();
      return this.finishNode(field, "PropertyDefinition");
    };
    pp$8.parseClassStaticBlock = function(node) {
      node.body = [];
      var oldLabels = this.labels;
      this.labels = [];
      this.enterScope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER);
      while (this.type !== types$1.braceR) {
        var stmt = this.parseStatement(null);
        node.body.push(stmt);
      }
      this.next();
      this.exitScope();
      this.labels = oldLabels;
      return this.finishNode(node, "StaticBlock");
    };
    pp$8.parseClassId = function(node, isStatement) {
      if (this.type === types$1.name) {
        node.id = this.parseIdent();
        if (isStatement) {
          this.checkLValSimple(node.id, BIND_LEXICAL, false);
        }
      } else {
        if (isStatement === true) {
          this.unexpected();
        }
        node.id = null;
      }
    };
    pp$8.parseClassSuper = function(node) {
      node.superClass = this.eat(types$1._extends) ? this.parseExprSubscripts(null, false) : null;
    };
    pp$8.enterClassBody = function() {
      var element = { declared: /* @__PURE__ */ Object.create(null), used: [] };
      this.privateNameStack.push(element);
      return element.declared;
    };
    pp$8.exitClassBody = function() {
      var ref2 = this.privateNameStack.pop();
      var declared = ref2.declared;
      var used = ref2.used;
      if (!this.options.checkPrivateFields) {
        return;
      }
      var len = this.privateNameStack.length;
      var parent = len === 0 ? null : this.privateNameStack[len - 1];
      for (var i2 = 0; i2 < used.length; ++i2) {
        var id = used[i2];
        if (!hasOwn(declared, id.name)) {
          if (parent) {
            parent.used.push(id);
          } else {
            this.raiseRecoverable(id.start, "Private field '#" + id.name + "' must be declared in an enclosing class");
          }
        }
      }
    };
    pp$8.parseExportAllDeclaration = function(node, exports$1) {
      if (this.options.ecmaVersion >= 11) {
        if (this.eatContextual("as")) {
          node.exported = this.parseModuleExportName();
          this.checkExport(exports$1, node.exported, this.lastTokStart);
        } else {
          node.exported = null;
        }
      }
      this.expectContextual("from");
      if (this.type !== types$1.string) {
        this.unexpected();
      }
      node.source = this.parseExprAtom();
      if (this.options.ecmaVersion >= 16) {
        node.attributes = this.parseWithClause();
      }
      this.semicolon();
      return this.finishNode(node, "ExportAllDeclaration");
    };
    pp$8.parseExport = function(node, exports$1) {
      this.next();
      if (this.eat(types$1.star)) {
        return this.parseExportAllDeclaration(node, exports$1);
      }
      if (this.eat(types$1._default)) {
        this.checkExport(exports$1, "default", this.lastTokStart);
        node.declaration = this.parseExportDefaultDeclaration();
        return this.finishNode(node, "ExportDefaultDeclaration");
      }
      if (this.shouldParseExportStatement()) {
        node.declaration = this.parseExportDeclaration(node);
        if (node.declaration.type === "VariableDeclaration") {
          this.checkVariableExport(exports$1, node.declaration.declarations);
        } else {
          this.checkExport(exports$1, node.declaration.id, node.declaration.id.start);
        }
        node.specifiers = [];
        node.source = null;
        if (this.options.ecmaVersion >= 16) {
          node.attributes = [];
        }
      } else {
        node.declaration = null;
        node.specifiers = this.parseExportSpecifiers(exports$1);
        if (this.eatContextual("from")) {
          if (this.type !== types$1.string) {
            this.unexpected();
          }
          node.source = this.parseExprAtom();
          if (this.options.ecmaVersion >= 16) {
            node.attributes = this.parseWithClause();
          }
        } else {
          for (var i2 = 0, list3 = node.specifiers; i2 < list3.length; i2 += 1) {
            var spec = list3[i2];
            this.checkUnreserved(spec.local);
            this.checkLocalExport(spec.local);
            if (spec.local.type === "Literal") {
              this.raise(spec.local.start, "A string literal cannot be used as an exported binding without `from`.");
            }
          }
          node.source = null;
          if (this.options.ecmaVersion >= 16) {
            node.attributes = [];
          }
        }
        this.semicolon();
      }
      return this.finishNode(node, "ExportNamedDeclaration");
    };
    pp$8.parseExportDeclaration = function(node) {
      return this.parseStatement(null);
    };
    pp$8.parseExportDefaultDeclaration = function() {
      var isAsync;
      if (this.type === types$1._function || (isAsync = this.isAsyncFunction())) {
        var fNode = this.startNode();
        this.next();
        if (isAsync) {
          this.next();
        }
        return this.parseFunction(fNode, FUNC_STATEMENT | FUNC_NULLABLE_ID, false, isAsync);
      } else if (this.type === types$1._class) {
        var cNode = this.startNode();
        return this.parseClass(cNode, "nullableID");
      } else {
        var declaration = this.parseMaybeAssign();
        this.semicolon();
        return declaration;
      }
    };
    pp$8.checkExport = function(exports$1, name, pos) {
      if (!exports$1) {
        return;
      }
      if (typeof name !== "string") {
        name = name.type === "Identifier" ? name.name : name.value;
      }
      if (hasOwn(exports$1, name)) {
        this.raiseRecoverable(pos, "Duplicate export '" + name + "'");
      }
      exports$1[name] = true;
    };
    pp$8.checkPatternExport = function(exports$1, pat) {
      var type = pat.type;
      if (type === "Identifier") {
        this.checkExport(exports$1, pat, pat.start);
      } else if (type === "ObjectPattern") {
        for (var i2 = 0, list3 = pat.properties; i2 < list3.length; i2 += 1) {
          var prop = list3[i2];
          this.checkPatternExport(exports$1, prop);
        }
      } else if (type === "ArrayPattern") {
        for (var i$1 = 0, list$1 = pat.elements; i$1 < list$1.length; i$1 += 1) {
          var elt = list$1[i$1];
          if (elt) {
            this.checkPatternExport(exports$1, elt);
          }
        }
      } else if (type === "Property") {
        this.checkPatternExport(exports$1, pat.value);
      } else if (type === "AssignmentPattern") {
        this.checkPatternExport(exports$1, pat.left);
      } else if (type === "RestElement") {
        this.checkPatternExport(exports$1, pat.argument);
      }
    };
    pp$8.checkVariableExport = function(exports$1, decls) {
      if (!exports$1) {
        return;
      }
      for (var i2 = 0, list3 = decls; i2 < list3.length; i2 += 1) {
        var decl = list3[i2];
        this.checkPatternExport(exports$1, decl.id);
      }
    };
    pp$8.shouldParseExportStatement = function() {
      return this.type.keyword === "var" || this.type.keyword === "const" || this.type.keyword === "class" || this.type.keyword === "function" || this.isLet() || this.isAsyncFunction();
    };
    pp$8.parseExportSpecifier = function(exports$1) {
      var node = this.startNode();
      node.local = this.parseModuleExportName();
      node.exported = this.eatContextual("as") ? this.parseModuleExportName() : node.local;
      this.checkExport(
        exports$1,
        node.exported,
        node.exported.start
      );
      return this.finishNode(node, "ExportSpecifier");
    };
    pp$8.parseExportSpecifiers = function(exports$1) {
      var nodes = [], first = true;
      this.expect(types$1.braceL);
      while (!this.eat(types$1.braceR)) {
        if (!first) {
          this.expect(types$1.comma);
          if (this.afterTrailingComma(types$1.braceR)) {
            break;
          }
        } else {
          first = false;
        }
        nodes.push(this.parseExportSpecifier(exports$1));
      }
      return nodes;
    };
    pp$8.parseImport = function(node) {
      this.next();
      if (this.type === types$1.string) {
        node.specifiers = empty$1;
        node.source = this.parseExprAtom();
      } else {
        node.specifiers = this.parseImportSpecifiers();
        this.expectContextual("from");
        node.source = this.type === types$1.string ? this.parseExprAtom() : this.unexpected();
      }
      if (this.options.ecmaVersion >= 16) {
        node.attributes = this.parseWithClause();
      }
      this.semicolon();
      return this.finishNode(node, "ImportDeclaration");
    };
    pp$8.parseImportSpecifier = function() {
      var node = this.startNode();
      node.imported = this.parseModuleExportName();
      if (this.eatContextual("as")) {
        node.local = this.parseIdent();
      } else {
        this.checkUnreserved(node.imported);
        node.local = node.imported;
      }
      this.checkLValSimple(node.local, BIND_LEXICAL);
      return this.finishNode(node, "ImportSpecifier");
    };
    pp$8.parseImportDefaultSpecifier = function() {
      var node = this.startNode();
      node.local = this.parseIdent();
      this.checkLValSimple(node.local, BIND_LEXICAL);
      return this.finishNode(node, "ImportDefaultSpecifier");
    };
    pp$8.parseImportNamespaceSpecifier = function() {
      var node = this.startNode();
      this.next();
      this.expectContextual("as");
      node.local = this.parseIdent();
      this.checkLValSimple(node.local, BIND_LEXICAL);
      return this.finishNode(node, "ImportNamespaceSpecifier");
    };
    pp$8.parseImportSpecifiers = function() {
      var nodes = [], first = true;
      if (this.type === types$1.name) {
        nodes.push(this.parseImportDefaultSpecifier());
        if (!this.eat(types$1.comma)) {
          return nodes;
        }
      }
      if (this.type === types$1.star) {
        nodes.push(this.parseImportNamespaceSpecifier());
        return nodes;
      }
      this.expect(types$1.braceL);
      while (!this.eat(types$1.braceR)) {
        if (!first) {
          this.expect(types$1.comma);
          if (this.afterTrailingComma(types$1.braceR)) {
            break;
          }
        } else {
          first = false;
        }
        nodes.push(this.parseImportSpecifier());
      }
      return nodes;
    };
    pp$8.parseWithClause = function() {
      var nodes = [];
      if (!this.eat(types$1._with)) {
        return nodes;
      }
      this.expect(types$1.braceL);
      var attributeKeys = {};
      var first = true;
      while (!this.eat(types$1.braceR)) {
        if (!first) {
          this.expect(types$1.comma);
          if (this.afterTrailingComma(types$1.braceR)) {
            break;
          }
        } else {
          first = false;
        }
        var attr = this.parseImportAttribute();
        var keyName = attr.key.type === "Identifier" ? attr.key.name : attr.key.value;
        if (hasOwn(attributeKeys, keyName)) {
          this.raiseRecoverable(attr.key.start, "Duplicate attribute key '" + keyName + "'");
        }
        attributeKeys[keyName] = true;
        nodes.push(attr);
      }
      return nodes;
    };
    pp$8.parseImportAttribute = function() {
      var node = this.startNode();
      node.key = this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
      this.expect(types$1.colon);
      if (this.type !== types$1.string) {
        this.unexpected();
      }
      node.value = this.parseExprAtom();
      return this.finishNode(node, "ImportAttribute");
    };
    pp$8.parseModuleExportName = function() {
      if (this.options.ecmaVersion >= 13 && this.type === types$1.string) {
        var stringLiteral = this.parseLiteral(this.value);
        if (loneSurrogate.test(stringLiteral.value)) {
          this.raise(stringLiteral.start, "An export name cannot include a lone surrogate.");
        }
        return stringLiteral;
      }
      return this.parseIdent(true);
    };
    pp$8.adaptDirectivePrologue = function(statements) {
      for (var i2 = 0; i2 < statements.length && this.isDirectiveCandidate(statements[i2]); ++i2) {
        statements[i2].directive = statements[i2].expression.raw.slice(1, -1);
      }
    };
    pp$8.isDirectiveCandidate = function(statement) {
      return this.options.ecmaVersion >= 5 && statement.type === "ExpressionStatement" && statement.expression.type === "Literal" && typeof statement.expression.value === "string" && // Reject parenthesized strings.
      (this.input[statement.start] === '"' || this.input[statement.start] === "'");
    };
    pp$7 = Parser.prototype;
    pp$7.toAssignable = function(node, isBinding, refDestructuringErrors) {
      if (this.options.ecmaVersion >= 6 && node) {
        switch (node.type) {
          case "Identifier":
            if (this.inAsync && node.name === "await") {
              this.raise(node.start, "Cannot use 'await' as identifier inside an async function");
            }
            break;
          case "ObjectPattern":
          case "ArrayPattern":
          case "AssignmentPattern":
          case "RestElement":
            break;
          case "ObjectExpression":
            node.type = "ObjectPattern";
            if (refDestructuringErrors) {
              this.checkPatternErrors(refDestructuringErrors, true);
            }
            for (var i2 = 0, list3 = node.properties; i2 < list3.length; i2 += 1) {
              var prop = list3[i2];
              this.toAssignable(prop, isBinding);
              if (prop.type === "RestElement" && (prop.argument.type === "ArrayPattern" || prop.argument.type === "ObjectPattern")) {
                this.raise(prop.argument.start, "Unexpected token");
              }
            }
            break;
          case "Property":
            if (node.kind !== "init") {
              this.raise(node.key.start, "Object pattern can't contain getter or setter");
            }
            this.toAssignable(node.value, isBinding);
            break;
          case "ArrayExpression":
            node.type = "ArrayPattern";
            if (refDestructuringErrors) {
              this.checkPatternErrors(refDestructuringErrors, true);
            }
            this.toAssignableList(node.elements, isBinding);
            break;
          case "SpreadElement":
            node.type = "RestElement";
            this.toAssignable(node.argument, isBinding);
            if (node.argument.type === "AssignmentPattern") {
              this.raise(node.argument.start, "Rest elements cannot have a default value");
            }
            break;
          case "AssignmentExpression":
            if (node.operator !== "=") {
              this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
            }
            node.type = "AssignmentPattern";
            delete node.operator;
            this.toAssignable(node.left, isBinding);
            break;
          case "ParenthesizedExpression":
            this.toAssignable(node.expression, isBinding, refDestructuringErrors);
            break;
          case "ChainExpression":
            this.raiseRecoverable(node.start, "Optional chaining cannot appear in left-hand side");
            break;
          case "MemberExpression":
            if (!isBinding) {
              break;
            }
          default:
            this.raise(node.start, "Assigning to rvalue");
        }
      } else if (refDestructuringErrors) {
        this.checkPatternErrors(refDestructuringErrors, true);
      }
      return node;
    };
    pp$7.toAssignableList = function(exprList, isBinding) {
      var end = exprList.length;
      for (var i2 = 0; i2 < end; i2++) {
        var elt = exprList[i2];
        if (elt) {
          this.toAssignable(elt, isBinding);
        }
      }
      if (end) {
        var last = exprList[end - 1];
        if (this.options.ecmaVersion === 6 && isBinding && last && last.type === "RestElement" && last.argument.type !== "Identifier") {
          this.unexpected(last.argument.start);
        }
      }
      return exprList;
    };
    pp$7.parseSpread = function(refDestructuringErrors) {
      var node = this.startNode();
      this.next();
      node.argument = this.parseMaybeAssign(false, refDestructuringErrors);
      return this.finishNode(node, "SpreadElement");
    };
    pp$7.parseRestBinding = function() {
      var node = this.startNode();
      this.next();
      if (this.options.ecmaVersion === 6 && this.type !== types$1.name) {
        this.unexpected();
      }
      node.argument = this.parseBindingAtom();
      return this.finishNode(node, "RestElement");
    };
    pp$7.parseBindingAtom = function() {
      if (this.options.ecmaVersion >= 6) {
        switch (this.type) {
          case types$1.bracketL:
            var node = this.startNode();
            this.next();
            node.elements = this.parseBindingList(types$1.bracketR, true, true);
            return this.finishNode(node, "ArrayPattern");
          case types$1.braceL:
            return this.parseObj(true);
        }
      }
      return this.parseIdent();
    };
    pp$7.parseBindingList = function(close, allowEmpty, allowTrailingComma, allowModifiers) {
      var elts = [], first = true;
      while (!this.eat(close)) {
        if (first) {
          first = false;
        } else {
          this.expect(types$1.comma);
        }
        if (allowEmpty && this.type === types$1.comma) {
          elts.push(null);
        } else if (allowTrailingComma && this.afterTrailingComma(close)) {
          break;
        } else if (this.type === types$1.ellipsis) {
          var rest = this.parseRestBinding();
          this.parseBindingListItem(rest);
          elts.push(rest);
          if (this.type === types$1.comma) {
            this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
          }
          this.expect(close);
          break;
        } else {
          elts.push(this.parseAssignableListItem(allowModifiers));
        }
      }
      return elts;
    };
    pp$7.parseAssignableListItem = function(allowModifiers) {
      var elem = this.parseMaybeDefault(this.start, this.startLoc);
      this.parseBindingListItem(elem);
      return elem;
    };
    pp$7.parseBindingListItem = function(param) {
      return param;
    };
    pp$7.parseMaybeDefault = function(startPos, startLoc, left) {
      left = left || this.parseBindingAtom();
      if (this.options.ecmaVersion < 6 || !this.eat(types$1.eq)) {
        return left;
      }
      var node = this.startNodeAt(startPos, startLoc);
      node.left = left;
      node.right = this.parseMaybeAssign();
      return this.finishNode(node, "AssignmentPattern");
    };
    pp$7.checkLValSimple = function(expr, bindingType, checkClashes) {
      if (bindingType === void 0) bindingType = BIND_NONE;
      var isBind = bindingType !== BIND_NONE;
      switch (expr.type) {
        case "Identifier":
          if (this.strict && this.reservedWordsStrictBind.test(expr.name)) {
            this.raiseRecoverable(expr.start, (isBind ? "Binding " : "Assigning to ") + expr.name + " in strict mode");
          }
          if (isBind) {
            if (bindingType === BIND_LEXICAL && expr.name === "let") {
              this.raiseRecoverable(expr.start, "let is disallowed as a lexically bound name");
            }
            if (checkClashes) {
              if (hasOwn(checkClashes, expr.name)) {
                this.raiseRecoverable(expr.start, "Argument name clash");
              }
              checkClashes[expr.name] = true;
            }
            if (bindingType !== BIND_OUTSIDE) {
              this.declareName(expr.name, bindingType, expr.start);
            }
          }
          break;
        case "ChainExpression":
          this.raiseRecoverable(expr.start, "Optional chaining cannot appear in left-hand side");
          break;
        case "MemberExpression":
          if (isBind) {
            this.raiseRecoverable(expr.start, "Binding member expression");
          }
          break;
        case "ParenthesizedExpression":
          if (isBind) {
            this.raiseRecoverable(expr.start, "Binding parenthesized expression");
          }
          return this.checkLValSimple(expr.expression, bindingType, checkClashes);
        default:
          this.raise(expr.start, (isBind ? "Binding" : "Assigning to") + " rvalue");
      }
    };
    pp$7.checkLValPattern = function(expr, bindingType, checkClashes) {
      if (bindingType === void 0) bindingType = BIND_NONE;
      switch (expr.type) {
        case "ObjectPattern":
          for (var i2 = 0, list3 = expr.properties; i2 < list3.length; i2 += 1) {
            var prop = list3[i2];
            this.checkLValInnerPattern(prop, bindingType, checkClashes);
          }
          break;
        case "ArrayPattern":
          for (var i$1 = 0, list$1 = expr.elements; i$1 < list$1.length; i$1 += 1) {
            var elem = list$1[i$1];
            if (elem) {
              this.checkLValInnerPattern(elem, bindingType, checkClashes);
            }
          }
          break;
        default:
          this.checkLValSimple(expr, bindingType, checkClashes);
      }
    };
    pp$7.checkLValInnerPattern = function(expr, bindingType, checkClashes) {
      if (bindingType === void 0) bindingType = BIND_NONE;
      switch (expr.type) {
        case "Property":
          this.checkLValInnerPattern(expr.value, bindingType, checkClashes);
          break;
        case "AssignmentPattern":
          this.checkLValPattern(expr.left, bindingType, checkClashes);
          break;
        case "RestElement":
          this.checkLValPattern(expr.argument, bindingType, checkClashes);
          break;
        default:
          this.checkLValPattern(expr, bindingType, checkClashes);
      }
    };
    TokContext = function TokContext2(token, isExpr, preserveSpace, override, generator) {
      this.token = token;
      this.isExpr = !!isExpr;
      this.preserveSpace = !!preserveSpace;
      this.override = override;
      this.generator = !!generator;
    };
    types = {
      b_stat: new TokContext("{", false),
      b_expr: new TokContext("{", true),
      b_tmpl: new TokContext("${", false),
      p_stat: new TokContext("(", false),
      p_expr: new TokContext("(", true),
      q_tmpl: new TokContext("`", true, true, function(p) {
        return p.tryReadTemplateToken();
      }),
      f_stat: new TokContext("function", false),
      f_expr: new TokContext("function", true),
      f_expr_gen: new TokContext("function", true, false, null, true),
      f_gen: new TokContext("function", false, false, null, true)
    };
    pp$6 = Parser.prototype;
    pp$6.initialContext = function() {
      return [types.b_stat];
    };
    pp$6.curContext = function() {
      return this.context[this.context.length - 1];
    };
    pp$6.braceIsBlock = function(prevType) {
      var parent = this.curContext();
      if (parent === types.f_expr || parent === types.f_stat) {
        return true;
      }
      if (prevType === types$1.colon && (parent === types.b_stat || parent === types.b_expr)) {
        return !parent.isExpr;
      }
      if (prevType === types$1._return || prevType === types$1.name && this.exprAllowed) {
        return lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
      }
      if (prevType === types$1._else || prevType === types$1.semi || prevType === types$1.eof || prevType === types$1.parenR || prevType === types$1.arrow) {
        return true;
      }
      if (prevType === types$1.braceL) {
        return parent === types.b_stat;
      }
      if (prevType === types$1._var || prevType === types$1._const || prevType === types$1.name) {
        return false;
      }
      return !this.exprAllowed;
    };
    pp$6.inGeneratorContext = function() {
      for (var i2 = this.context.length - 1; i2 >= 1; i2--) {
        var context = this.context[i2];
        if (context.token === "function") {
          return context.generator;
        }
      }
      return false;
    };
    pp$6.updateContext = function(prevType) {
      var update, type = this.type;
      if (type.keyword && prevType === types$1.dot) {
        this.exprAllowed = false;
      } else if (update = type.updateContext) {
        update.call(this, prevType);
      } else {
        this.exprAllowed = type.beforeExpr;
      }
    };
    pp$6.overrideContext = function(tokenCtx) {
      if (this.curContext() !== tokenCtx) {
        this.context[this.context.length - 1] = tokenCtx;
      }
    };
    types$1.parenR.updateContext = types$1.braceR.updateContext = function() {
      if (this.context.length === 1) {
        this.exprAllowed = true;
        return;
      }
      var out = this.context.pop();
      if (out === types.b_stat && this.curContext().token === "function") {
        out = this.context.pop();
      }
      this.exprAllowed = !out.isExpr;
    };
    types$1.braceL.updateContext = function(prevType) {
      this.context.push(this.braceIsBlock(prevType) ? types.b_stat : types.b_expr);
      this.exprAllowed = true;
    };
    types$1.dollarBraceL.updateContext = function() {
      this.context.push(types.b_tmpl);
      this.exprAllowed = true;
    };
    types$1.parenL.updateContext = function(prevType) {
      var statementParens = prevType === types$1._if || prevType === types$1._for || prevType === types$1._with || prevType === types$1._while;
      this.context.push(statementParens ? types.p_stat : types.p_expr);
      this.exprAllowed = true;
    };
    types$1.incDec.updateContext = function() {
    };
    types$1._function.updateContext = types$1._class.updateContext = function(prevType) {
      if (prevType.beforeExpr && prevType !== types$1._else && !(prevType === types$1.semi && this.curContext() !== types.p_stat) && !(prevType === types$1._return && lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) && !((prevType === types$1.colon || prevType === types$1.braceL) && this.curContext() === types.b_stat)) {
        this.context.push(types.f_expr);
      } else {
        this.context.push(types.f_stat);
      }
      this.exprAllowed = false;
    };
    types$1.colon.updateContext = function() {
      if (this.curContext().token === "function") {
        this.context.pop();
      }
      this.exprAllowed = true;
    };
    types$1.backQuote.updateContext = function() {
      if (this.curContext() === types.q_tmpl) {
        this.context.pop();
      } else {
        this.context.push(types.q_tmpl);
      }
      this.exprAllowed = false;
    };
    types$1.star.updateContext = function(prevType) {
      if (prevType === types$1._function) {
        var index = this.context.length - 1;
        if (this.context[index] === types.f_expr) {
          this.context[index] = types.f_expr_gen;
        } else {
          this.context[index] = types.f_gen;
        }
      }
      this.exprAllowed = true;
    };
    types$1.name.updateContext = function(prevType) {
      var allowed = false;
      if (this.options.ecmaVersion >= 6 && prevType !== types$1.dot) {
        if (this.value === "of" && !this.exprAllowed || this.value === "yield" && this.inGeneratorContext()) {
          allowed = true;
        }
      }
      this.exprAllowed = allowed;
    };
    pp$5 = Parser.prototype;
    pp$5.checkPropClash = function(prop, propHash, refDestructuringErrors) {
      if (this.options.ecmaVersion >= 9 && prop.type === "SpreadElement") {
        return;
      }
      if (this.options.ecmaVersion >= 6 && (prop.computed || prop.method || prop.shorthand)) {
        return;
      }
      var key = prop.key;
      var name;
      switch (key.type) {
        case "Identifier":
          name = key.name;
          break;
        case "Literal":
          name = String(key.value);
          break;
        default:
          return;
      }
      var kind = prop.kind;
      if (this.options.ecmaVersion >= 6) {
        if (name === "__proto__" && kind === "init") {
          if (propHash.proto) {
            if (refDestructuringErrors) {
              if (refDestructuringErrors.doubleProto < 0) {
                refDestructuringErrors.doubleProto = key.start;
              }
            } else {
              this.raiseRecoverable(key.start, "Redefinition of __proto__ property");
            }
          }
          propHash.proto = true;
        }
        return;
      }
      name = "$" + name;
      var other = propHash[name];
      if (other) {
        var redefinition;
        if (kind === "init") {
          redefinition = this.strict && other.init || other.get || other.set;
        } else {
          redefinition = other.init || other[kind];
        }
        if (redefinition) {
          this.raiseRecoverable(key.start, "Redefinition of property");
        }
      } else {
        other = propHash[name] = {
          init: false,
          get: false,
          set: false
        };
      }
      other[kind] = true;
    };
    pp$5.parseExpression = function(forInit, refDestructuringErrors) {
      var this$1$1 = this;
      return this.catchStackOverflow(function() {
        var startPos = this$1$1.start, startLoc = this$1$1.startLoc;
        var expr = this$1$1.parseMaybeAssign(forInit, refDestructuringErrors);
        if (this$1$1.type === types$1.comma) {
          var node = this$1$1.startNodeAt(startPos, startLoc);
          node.expressions = [expr];
          while (this$1$1.eat(types$1.comma)) {
            node.expressions.push(this$1$1.parseMaybeAssign(forInit, refDestructuringErrors));
          }
          return this$1$1.finishNode(node, "SequenceExpression");
        }
        return expr;
      });
    };
    pp$5.parseMaybeAssign = function(forInit, refDestructuringErrors, afterLeftParse) {
      if (this.isContextual("yield")) {
        if (this.inGenerator) {
          return this.parseYield(forInit);
        } else {
          this.exprAllowed = false;
        }
      }
      var ownDestructuringErrors = false, oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
      if (refDestructuringErrors) {
        oldParenAssign = refDestructuringErrors.parenthesizedAssign;
        oldTrailingComma = refDestructuringErrors.trailingComma;
        oldDoubleProto = refDestructuringErrors.doubleProto;
        refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
      } else {
        refDestructuringErrors = new DestructuringErrors();
        ownDestructuringErrors = true;
      }
      var startPos = this.start, startLoc = this.startLoc;
      if (this.type === types$1.parenL || this.type === types$1.name) {
        this.potentialArrowAt = this.start;
        this.potentialArrowInForAwait = forInit === "await";
      }
      var left = this.parseMaybeConditional(forInit, refDestructuringErrors);
      if (afterLeftParse) {
        left = afterLeftParse.call(this, left, startPos, startLoc);
      }
      if (this.type.isAssign) {
        var node = this.startNodeAt(startPos, startLoc);
        node.operator = this.value;
        if (this.type === types$1.eq) {
          left = this.toAssignable(left, false, refDestructuringErrors);
        }
        if (!ownDestructuringErrors) {
          refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
          if (refDestructuringErrors.shorthandAssign >= left.start) {
            refDestructuringErrors.shorthandAssign = -1;
          }
          if (refDestructuringErrors.doubleProto >= left.start) {
            refDestructuringErrors.doubleProto = -1;
          }
        }
        if (this.type === types$1.eq) {
          this.checkLValPattern(left);
        } else {
          this.checkLValSimple(left);
        }
        node.left = left;
        this.next();
        node.right = this.parseMaybeAssign(forInit);
        if (oldDoubleProto > -1) {
          refDestructuringErrors.doubleProto = oldDoubleProto;
        }
        return this.finishNode(node, "AssignmentExpression");
      } else {
        if (ownDestructuringErrors) {
          this.checkExpressionErrors(refDestructuringErrors, true);
        }
      }
      if (oldParenAssign > -1) {
        refDestructuringErrors.parenthesizedAssign = oldParenAssign;
      }
      if (oldTrailingComma > -1) {
        refDestructuringErrors.trailingComma = oldTrailingComma;
      }
      return left;
    };
    pp$5.parseMaybeConditional = function(forInit, refDestructuringErrors) {
      var startPos = this.start, startLoc = this.startLoc;
      var expr = this.parseExprOps(forInit, refDestructuringErrors);
      if (this.checkExpressionErrors(refDestructuringErrors)) {
        return expr;
      }
      if (!(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.question)) {
        var node = this.startNodeAt(startPos, startLoc);
        node.test = expr;
        node.consequent = this.parseMaybeAssign();
        this.expect(types$1.colon);
        node.alternate = this.parseMaybeAssign(forInit);
        return this.finishNode(node, "ConditionalExpression");
      }
      return expr;
    };
    pp$5.parseExprOps = function(forInit, refDestructuringErrors) {
      var startPos = this.start, startLoc = this.startLoc;
      var expr = this.parseMaybeUnary(refDestructuringErrors, false, false, forInit);
      if (this.checkExpressionErrors(refDestructuringErrors)) {
        return expr;
      }
      return expr.start === startPos && expr.type === "ArrowFunctionExpression" ? expr : this.parseExprOp(expr, startPos, startLoc, -1, forInit);
    };
    pp$5.parseExprOp = function(left, leftStartPos, leftStartLoc, minPrec, forInit) {
      var prec = this.type.binop;
      if (prec != null && (!forInit || this.type !== types$1._in)) {
        if (prec > minPrec) {
          var logical = this.type === types$1.logicalOR || this.type === types$1.logicalAND;
          var coalesce = this.type === types$1.coalesce;
          if (coalesce) {
            prec = types$1.logicalAND.binop;
          }
          var op = this.value;
          this.next();
          var startPos = this.start, startLoc = this.startLoc;
          var right = this.parseExprOp(this.parseMaybeUnary(null, false, false, forInit), startPos, startLoc, prec, forInit);
          var node = this.buildBinary(leftStartPos, leftStartLoc, left, right, op, logical || coalesce);
          if (logical && this.type === types$1.coalesce || coalesce && (this.type === types$1.logicalOR || this.type === types$1.logicalAND)) {
            this.raiseRecoverable(this.start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
          }
          return this.parseExprOp(node, leftStartPos, leftStartLoc, minPrec, forInit);
        }
      }
      return left;
    };
    pp$5.buildBinary = function(startPos, startLoc, left, right, op, logical) {
      if (right.type === "PrivateIdentifier") {
        this.raise(right.start, "Private identifier can only be left side of binary expression");
      }
      var node = this.startNodeAt(startPos, startLoc);
      node.left = left;
      node.operator = op;
      node.right = right;
      return this.finishNode(node, logical ? "LogicalExpression" : "BinaryExpression");
    };
    pp$5.parseMaybeUnary = function(refDestructuringErrors, sawUnary, incDec, forInit) {
      var startPos = this.start, startLoc = this.startLoc, expr;
      if (this.isContextual("await") && this.canAwait) {
        expr = this.parseAwait(forInit);
        sawUnary = true;
      } else if (this.type.prefix) {
        var node = this.startNode(), update = this.type === types$1.incDec;
        node.operator = this.value;
        node.prefix = true;
        this.next();
        node.argument = this.parseMaybeUnary(null, true, update, forInit);
        this.checkExpressionErrors(refDestructuringErrors, true);
        if (update) {
          this.checkLValSimple(node.argument);
        } else if (this.strict && node.operator === "delete" && isLocalVariableAccess(node.argument)) {
          this.raiseRecoverable(node.start, "Deleting local variable in strict mode");
        } else if (node.operator === "delete" && isPrivateFieldAccess(node.argument)) {
          this.raiseRecoverable(node.start, "Private fields can not be deleted");
        } else {
          sawUnary = true;
        }
        expr = this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
      } else if (!sawUnary && this.type === types$1.privateId) {
        if ((forInit || this.privateNameStack.length === 0) && this.options.checkPrivateFields) {
          this.unexpected();
        }
        expr = this.parsePrivateIdent();
        if (this.type !== types$1._in) {
          this.unexpected();
        }
      } else {
        expr = this.parseExprSubscripts(refDestructuringErrors, forInit);
        if (this.checkExpressionErrors(refDestructuringErrors)) {
          return expr;
        }
        while (this.type.postfix && !this.canInsertSemicolon()) {
          var node$1 = this.startNodeAt(startPos, startLoc);
          node$1.operator = this.value;
          node$1.prefix = false;
          node$1.argument = expr;
          this.checkLValSimple(expr);
          this.next();
          expr = this.finishNode(node$1, "UpdateExpression");
        }
      }
      if (!incDec && !(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.starstar)) {
        if (sawUnary) {
          this.unexpected(this.lastTokStart);
        } else {
          return this.buildBinary(startPos, startLoc, expr, this.parseMaybeUnary(null, false, false, forInit), "**", false);
        }
      } else {
        return expr;
      }
    };
    pp$5.parseExprSubscripts = function(refDestructuringErrors, forInit) {
      var startPos = this.start, startLoc = this.startLoc;
      var oldDoubleProto = -1, oldShorthandAssign = -1;
      if (refDestructuringErrors) {
        oldDoubleProto = refDestructuringErrors.doubleProto;
        oldShorthandAssign = refDestructuringErrors.shorthandAssign;
        refDestructuringErrors.doubleProto = refDestructuringErrors.shorthandAssign = -1;
      }
      var expr = this.parseExprAtom(refDestructuringErrors, forInit);
      if (expr.type === "ArrowFunctionExpression" && this.input.slice(this.lastTokStart, this.lastTokEnd) !== ")") {
        return expr;
      }
      var result = this.parseSubscripts(expr, startPos, startLoc, false, forInit);
      if (refDestructuringErrors) {
        if (result.end > expr.end) {
          this.checkExpressionErrors(refDestructuringErrors, true);
          if (refDestructuringErrors.parenthesizedAssign >= result.start) {
            refDestructuringErrors.parenthesizedAssign = -1;
          }
          if (refDestructuringErrors.parenthesizedBind >= result.start) {
            refDestructuringErrors.parenthesizedBind = -1;
          }
          if (refDestructuringErrors.trailingComma >= result.start) {
            refDestructuringErrors.trailingComma = -1;
          }
        }
        if (oldDoubleProto > -1) {
          refDestructuringErrors.doubleProto = oldDoubleProto;
        }
        if (oldShorthandAssign > -1) {
          refDestructuringErrors.shorthandAssign = oldShorthandAssign;
        }
      }
      return result;
    };
    pp$5.parseSubscripts = function(base, startPos, startLoc, noCalls, forInit) {
      var maybeAsyncArrow = this.options.ecmaVersion >= 8 && base.type === "Identifier" && base.name === "async" && this.lastTokEnd === base.end && !this.canInsertSemicolon() && base.end - base.start === 5 && this.potentialArrowAt === base.start;
      var optionalChained = false;
      while (true) {
        var element = this.parseSubscript(base, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit);
        if (element.optional) {
          optionalChained = true;
        }
        if (element.end === base.end || element.type === "ArrowFunctionExpression") {
          if (optionalChained) {
            var chainNode = this.startNodeAt(startPos, startLoc);
            chainNode.expression = element;
            element = this.finishNode(chainNode, "ChainExpression");
          }
          return element;
        }
        base = element;
        maybeAsyncArrow = false;
      }
    };
    pp$5.shouldParseAsyncArrow = function() {
      return !this.canInsertSemicolon() && this.eat(types$1.arrow);
    };
    pp$5.parseSubscriptAsyncArrow = function(startPos, startLoc, exprList, forInit) {
      return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, true, forInit);
    };
    pp$5.parseSubscript = function(base, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit) {
      var optionalSupported = this.options.ecmaVersion >= 11;
      var optional = optionalSupported && this.eat(types$1.questionDot);
      if (noCalls && optional) {
        this.raise(this.lastTokStart, "Optional chaining cannot appear in the callee of new expressions");
      }
      var computed = this.eat(types$1.bracketL);
      if (computed || optional && this.type !== types$1.parenL && this.type !== types$1.backQuote || this.eat(types$1.dot)) {
        var node = this.startNodeAt(startPos, startLoc);
        node.object = base;
        if (computed) {
          node.property = this.parseExpression();
          this.expect(types$1.bracketR);
        } else if (this.type === types$1.privateId && base.type !== "Super") {
          node.property = this.parsePrivateIdent();
        } else {
          node.property = this.parseIdent(this.options.allowReserved !== "never");
        }
        node.computed = !!computed;
        if (optionalSupported) {
          node.optional = optional;
        }
        base = this.finishNode(node, "MemberExpression");
      } else if (!noCalls && this.eat(types$1.parenL)) {
        var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
        this.yieldPos = 0;
        this.awaitPos = 0;
        this.awaitIdentPos = 0;
        var exprList = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false, refDestructuringErrors);
        if (maybeAsyncArrow && !optional && this.shouldParseAsyncArrow()) {
          this.checkPatternErrors(refDestructuringErrors, false);
          this.checkYieldAwaitInDefaultParams();
          if (this.awaitIdentPos > 0) {
            this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
          }
          this.yieldPos = oldYieldPos;
          this.awaitPos = oldAwaitPos;
          this.awaitIdentPos = oldAwaitIdentPos;
          return this.parseSubscriptAsyncArrow(startPos, startLoc, exprList, forInit);
        }
        this.checkExpressionErrors(refDestructuringErrors, true);
        this.yieldPos = oldYieldPos || this.yieldPos;
        this.awaitPos = oldAwaitPos || this.awaitPos;
        this.awaitIdentPos = oldAwaitIdentPos || this.awaitIdentPos;
        var node$1 = this.startNodeAt(startPos, startLoc);
        node$1.callee = base;
        node$1.arguments = exprList;
        if (optionalSupported) {
          node$1.optional = optional;
        }
        base = this.finishNode(node$1, "CallExpression");
      } else if (this.type === types$1.backQuote) {
        if (optional || optionalChained) {
          this.raise(this.start, "Optional chaining cannot appear in the tag of tagged template expressions");
        }
        var node$2 = this.startNodeAt(startPos, startLoc);
        node$2.tag = base;
        node$2.quasi = this.parseTemplate({ isTagged: true });
        base = this.finishNode(node$2, "TaggedTemplateExpression");
      }
      return base;
    };
    pp$5.parseExprAtom = function(refDestructuringErrors, forInit, forNew) {
      if (this.type === types$1.slash) {
        this.readRegexp();
      }
      var node, canBeArrow = this.potentialArrowAt === this.start;
      switch (this.type) {
        case types$1._super:
          if (!this.allowSuper) {
            this.raise(this.start, "'super' keyword outside a method");
          }
          node = this.startNode();
          this.next();
          if (this.type === types$1.parenL && !this.allowDirectSuper) {
            this.raise(node.start, "super() call outside constructor of a subclass");
          }
          if (this.type !== types$1.dot && this.type !== types$1.bracketL && this.type !== types$1.parenL) {
            this.unexpected();
          }
          return this.finishNode(node, "Super");
        case types$1._this:
          node = this.startNode();
          this.next();
          return this.finishNode(node, "ThisExpression");
        case types$1.name:
          var startPos = this.start, startLoc = this.startLoc, containsEsc = this.containsEsc;
          var id = this.parseIdent(false);
          if (this.options.ecmaVersion >= 8 && !containsEsc && id.name === "async" && !this.canInsertSemicolon() && this.eat(types$1._function)) {
            this.overrideContext(types.f_expr);
            return this.parseFunction(this.startNodeAt(startPos, startLoc), 0, false, true, forInit);
          }
          if (canBeArrow && !this.canInsertSemicolon()) {
            if (this.eat(types$1.arrow)) {
              return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], false, forInit);
            }
            if (this.options.ecmaVersion >= 8 && id.name === "async" && this.type === types$1.name && !containsEsc && (!this.potentialArrowInForAwait || this.value !== "of" || this.containsEsc)) {
              id = this.parseIdent(false);
              if (this.canInsertSemicolon() || !this.eat(types$1.arrow)) {
                this.unexpected();
              }
              return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], true, forInit);
            }
          }
          return id;
        case types$1.regexp:
          var value = this.value;
          node = this.parseLiteral(value.value);
          node.regex = { pattern: value.pattern, flags: value.flags };
          return node;
        case types$1.num:
        case types$1.string:
          return this.parseLiteral(this.value);
        case types$1._null:
        case types$1._true:
        case types$1._false:
          node = this.startNode();
          node.value = this.type === types$1._null ? null : this.type === types$1._true;
          node.raw = this.type.keyword;
          this.next();
          return this.finishNode(node, "Literal");
        case types$1.parenL:
          var start = this.start, expr = this.parseParenAndDistinguishExpression(canBeArrow, forInit);
          if (refDestructuringErrors) {
            if (refDestructuringErrors.parenthesizedAssign < 0 && !this.isSimpleAssignTarget(expr)) {
              refDestructuringErrors.parenthesizedAssign = start;
            }
            if (refDestructuringErrors.parenthesizedBind < 0) {
              refDestructuringErrors.parenthesizedBind = start;
            }
          }
          return expr;
        case types$1.bracketL:
          node = this.startNode();
          this.next();
          node.elements = this.parseExprList(types$1.bracketR, true, true, refDestructuringErrors);
          return this.finishNode(node, "ArrayExpression");
        case types$1.braceL:
          this.overrideContext(types.b_expr);
          return this.parseObj(false, refDestructuringErrors);
        case types$1._function:
          node = this.startNode();
          this.next();
          return this.parseFunction(node, 0);
        case types$1._class:
          return this.parseClass(this.startNode(), false);
        case types$1._new:
          return this.parseNew();
        case types$1.backQuote:
          return this.parseTemplate();
        case types$1._import:
          if (this.options.ecmaVersion >= 11) {
            return this.parseExprImport(forNew);
          } else {
            return this.unexpected();
          }
        default:
          return this.parseExprAtomDefault();
      }
    };
    pp$5.parseExprAtomDefault = function() {
      this.unexpected();
    };
    pp$5.parseExprImport = function(forNew) {
      var node = this.startNode();
      if (this.containsEsc) {
        this.raiseRecoverable(this.start, "Escape sequence in keyword import");
      }
      this.next();
      if (this.type === types$1.parenL && !forNew) {
        return this.parseDynamicImport(node);
      } else if (this.type === types$1.dot) {
        var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
        meta.name = "import";
        node.meta = this.finishNode(meta, "Identifier");
        return this.parseImportMeta(node);
      } else {
        this.unexpected();
      }
    };
    pp$5.parseDynamicImport = function(node) {
      this.next();
      node.source = this.parseMaybeAssign();
      if (this.options.ecmaVersion >= 16) {
        if (!this.eat(types$1.parenR)) {
          this.expect(types$1.comma);
          if (!this.afterTrailingComma(types$1.parenR)) {
            node.options = this.parseMaybeAssign();
            if (!this.eat(types$1.parenR)) {
              this.expect(types$1.comma);
              if (!this.afterTrailingComma(types$1.parenR)) {
                this.unexpected();
              }
            }
          } else {
            node.options = null;
          }
        } else {
          node.options = null;
        }
      } else {
        if (!this.eat(types$1.parenR)) {
          var errorPos = this.start;
          if (this.eat(types$1.comma) && this.eat(types$1.parenR)) {
            this.raiseRecoverable(errorPos, "Trailing comma is not allowed in import()");
          } else {
            this.unexpected(errorPos);
          }
        }
      }
      return this.finishNode(node, "ImportExpression");
    };
    pp$5.parseImportMeta = function(node) {
      this.next();
      var containsEsc = this.containsEsc;
      node.property = this.parseIdent(true);
      if (node.property.name !== "meta") {
        this.raiseRecoverable(node.property.start, "The only valid meta property for import is 'import.meta'");
      }
      if (containsEsc) {
        this.raiseRecoverable(node.start, "'import.meta' must not contain escaped characters");
      }
      if (this.options.sourceType !== "module" && !this.options.allowImportExportEverywhere) {
        this.raiseRecoverable(node.start, "Cannot use 'import.meta' outside a module");
      }
      return this.finishNode(node, "MetaProperty");
    };
    pp$5.parseLiteral = function(value) {
      var node = this.startNode();
      node.value = value;
      node.raw = this.input.slice(this.start, this.end);
      if (node.raw.charCodeAt(node.raw.length - 1) === 110) {
        node.bigint = node.value != null ? node.value.toString() : node.raw.slice(0, -1).replace(/_/g, "");
      }
      this.next();
      return this.finishNode(node, "Literal");
    };
    pp$5.parseParenExpression = function() {
      this.expect(types$1.parenL);
      var val = this.parseExpression();
      this.expect(types$1.parenR);
      return val;
    };
    pp$5.shouldParseArrow = function(exprList) {
      return !this.canInsertSemicolon();
    };
    pp$5.parseParenAndDistinguishExpression = function(canBeArrow, forInit) {
      var startPos = this.start, startLoc = this.startLoc, val, allowTrailingComma = this.options.ecmaVersion >= 8;
      if (this.options.ecmaVersion >= 6) {
        this.next();
        var innerStartPos = this.start, innerStartLoc = this.startLoc;
        var exprList = [], first = true, lastIsComma = false;
        var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, spreadStart;
        this.yieldPos = 0;
        this.awaitPos = 0;
        while (this.type !== types$1.parenR) {
          first ? first = false : this.expect(types$1.comma);
          if (allowTrailingComma && this.afterTrailingComma(types$1.parenR, true)) {
            lastIsComma = true;
            break;
          } else if (this.type === types$1.ellipsis) {
            spreadStart = this.start;
            exprList.push(this.parseParenItem(this.parseRestBinding()));
            if (this.type === types$1.comma) {
              this.raiseRecoverable(
                this.start,
                "Comma is not permitted after the rest element"
              );
            }
            break;
          } else {
            exprList.push(this.parseMaybeAssign(false, refDestructuringErrors, this.parseParenItem));
          }
        }
        var innerEndPos = this.lastTokEnd, innerEndLoc = this.lastTokEndLoc;
        this.expect(types$1.parenR);
        if (canBeArrow && this.shouldParseArrow(exprList) && this.eat(types$1.arrow)) {
          this.checkPatternErrors(refDestructuringErrors, false);
          this.checkYieldAwaitInDefaultParams();
          this.yieldPos = oldYieldPos;
          this.awaitPos = oldAwaitPos;
          return this.parseParenArrowList(startPos, startLoc, exprList, forInit);
        }
        if (!exprList.length || lastIsComma) {
          this.unexpected(this.lastTokStart);
        }
        if (spreadStart) {
          this.unexpected(spreadStart);
        }
        this.checkExpressionErrors(refDestructuringErrors, true);
        this.yieldPos = oldYieldPos || this.yieldPos;
        this.awaitPos = oldAwaitPos || this.awaitPos;
        if (exprList.length > 1) {
          val = this.startNodeAt(innerStartPos, innerStartLoc);
          val.expressions = exprList;
          this.finishNodeAt(val, "SequenceExpression", innerEndPos, innerEndLoc);
        } else {
          val = exprList[0];
        }
      } else {
        val = this.parseParenExpression();
      }
      if (this.options.preserveParens) {
        var par = this.startNodeAt(startPos, startLoc);
        par.expression = val;
        return this.finishNode(par, "ParenthesizedExpression");
      } else {
        return val;
      }
    };
    pp$5.parseParenItem = function(item) {
      return item;
    };
    pp$5.parseParenArrowList = function(startPos, startLoc, exprList, forInit) {
      return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, false, forInit);
    };
    empty = [];
    pp$5.parseNew = function() {
      if (this.containsEsc) {
        this.raiseRecoverable(this.start, "Escape sequence in keyword new");
      }
      var node = this.startNode();
      this.next();
      if (this.options.ecmaVersion >= 6 && this.type === types$1.dot) {
        var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
        meta.name = "new";
        node.meta = this.finishNode(meta, "Identifier");
        this.next();
        var containsEsc = this.containsEsc;
        node.property = this.parseIdent(true);
        if (node.property.name !== "target") {
          this.raiseRecoverable(node.property.start, "The only valid meta property for new is 'new.target'");
        }
        if (containsEsc) {
          this.raiseRecoverable(node.start, "'new.target' must not contain escaped characters");
        }
        if (!this.allowNewDotTarget) {
          this.raiseRecoverable(node.start, "'new.target' can only be used in functions and class static block");
        }
        return this.finishNode(node, "MetaProperty");
      }
      var startPos = this.start, startLoc = this.startLoc;
      node.callee = this.parseSubscripts(this.parseExprAtom(null, false, true), startPos, startLoc, true, false);
      if (node.callee.type === "Super") {
        this.raiseRecoverable(startPos, "Invalid use of 'super'");
      }
      if (this.eat(types$1.parenL)) {
        node.arguments = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false);
      } else {
        node.arguments = empty;
      }
      return this.finishNode(node, "NewExpression");
    };
    pp$5.parseTemplateElement = function(ref2) {
      var isTagged = ref2.isTagged;
      var elem = this.startNode();
      if (this.type === types$1.invalidTemplate) {
        if (!isTagged) {
          this.raiseRecoverable(this.start, "Bad escape sequence in untagged template literal");
        }
        elem.value = {
          raw: this.value.replace(/\r\n?/g, "\n"),
          cooked: null
        };
      } else {
        elem.value = {
          raw: this.input.slice(this.start, this.end).replace(/\r\n?/g, "\n"),
          cooked: this.value
        };
      }
      this.next();
      elem.tail = this.type === types$1.backQuote;
      return this.finishNode(elem, "TemplateElement");
    };
    pp$5.parseTemplate = function(ref2) {
      if (ref2 === void 0) ref2 = {};
      var isTagged = ref2.isTagged;
      if (isTagged === void 0) isTagged = false;
      var node = this.startNode();
      this.next();
      node.expressions = [];
      var curElt = this.parseTemplateElement({ isTagged });
      node.quasis = [curElt];
      while (!curElt.tail) {
        if (this.type === types$1.eof) {
          this.raise(this.pos, "Unterminated template literal");
        }
        this.expect(types$1.dollarBraceL);
        node.expressions.push(this.parseExpression());
        this.expect(types$1.braceR);
        node.quasis.push(curElt = this.parseTemplateElement({ isTagged }));
      }
      this.next();
      return this.finishNode(node, "TemplateLiteral");
    };
    pp$5.isAsyncProp = function(prop) {
      return !prop.computed && prop.key.type === "Identifier" && prop.key.name === "async" && (this.type === types$1.name || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword || this.options.ecmaVersion >= 9 && this.type === types$1.star) && !lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
    };
    pp$5.parseObj = function(isPattern, refDestructuringErrors) {
      var node = this.startNode(), first = true, propHash = {};
      node.properties = [];
      this.next();
      while (!this.eat(types$1.braceR)) {
        if (!first) {
          this.expect(types$1.comma);
          if (this.options.ecmaVersion >= 5 && this.afterTrailingComma(types$1.braceR)) {
            break;
          }
        } else {
          first = false;
        }
        var prop = this.parseProperty(isPattern, refDestructuringErrors);
        if (!isPattern) {
          this.checkPropClash(prop, propHash, refDestructuringErrors);
        }
        node.properties.push(prop);
      }
      return this.finishNode(node, isPattern ? "ObjectPattern" : "ObjectExpression");
    };
    pp$5.parseProperty = function(isPattern, refDestructuringErrors) {
      var prop = this.startNode(), isGenerator, isAsync, startPos, startLoc;
      if (this.options.ecmaVersion >= 9 && this.eat(types$1.ellipsis)) {
        if (isPattern) {
          prop.argument = this.parseIdent(false);
          if (this.type === types$1.comma) {
            this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
          }
          return this.finishNode(prop, "RestElement");
        }
        prop.argument = this.parseMaybeAssign(false, refDestructuringErrors);
        if (this.type === types$1.comma && refDestructuringErrors && refDestructuringErrors.trailingComma < 0) {
          refDestructuringErrors.trailingComma = this.start;
        }
        return this.finishNode(prop, "SpreadElement");
      }
      if (this.options.ecmaVersion >= 6) {
        prop.method = false;
        prop.shorthand = false;
        if (isPattern || refDestructuringErrors) {
          startPos = this.start;
          startLoc = this.startLoc;
        }
        if (!isPattern) {
          isGenerator = this.eat(types$1.star);
        }
      }
      var containsEsc = this.containsEsc;
      this.parsePropertyName(prop);
      if (!isPattern && !containsEsc && this.options.ecmaVersion >= 8 && !isGenerator && this.isAsyncProp(prop)) {
        isAsync = true;
        isGenerator = this.options.ecmaVersion >= 9 && this.eat(types$1.star);
        this.parsePropertyName(prop);
      } else {
        isAsync = false;
      }
      this.parsePropertyValue(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc);
      return this.finishNode(prop, "Property");
    };
    pp$5.parseGetterSetter = function(prop) {
      var kind = prop.key.name;
      this.parsePropertyName(prop);
      prop.value = this.parseMethod(false);
      prop.kind = kind;
      var paramCount = prop.kind === "get" ? 0 : 1;
      if (prop.value.params.length !== paramCount) {
        var start = prop.value.start;
        if (prop.kind === "get") {
          this.raiseRecoverable(start, "getter should have no params");
        } else {
          this.raiseRecoverable(start, "setter should have exactly one param");
        }
      } else {
        if (prop.kind === "set" && prop.value.params[0].type === "RestElement") {
          this.raiseRecoverable(prop.value.params[0].start, "Setter cannot use rest params");
        }
      }
    };
    pp$5.parsePropertyValue = function(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc) {
      if ((isGenerator || isAsync) && this.type === types$1.colon) {
        this.unexpected();
      }
      if (this.eat(types$1.colon)) {
        prop.value = isPattern ? this.parseMaybeDefault(this.start, this.startLoc) : this.parseMaybeAssign(false, refDestructuringErrors);
        prop.kind = "init";
      } else if (this.options.ecmaVersion >= 6 && this.type === types$1.parenL) {
        if (isPattern) {
          this.unexpected();
        }
        prop.method = true;
        prop.value = this.parseMethod(isGenerator, isAsync);
        prop.kind = "init";
      } else if (!isPattern && !containsEsc && this.options.ecmaVersion >= 5 && !prop.computed && prop.key.type === "Identifier" && (prop.key.name === "get" || prop.key.name === "set") && (this.type !== types$1.comma && this.type !== types$1.braceR && this.type !== types$1.eq)) {
        if (isGenerator || isAsync) {
          this.unexpected();
        }
        this.parseGetterSetter(prop);
      } else if (this.options.ecmaVersion >= 6 && !prop.computed && prop.key.type === "Identifier") {
        if (isGenerator || isAsync) {
          this.unexpected();
        }
        this.checkUnreserved(prop.key);
        if (prop.key.name === "await" && !this.awaitIdentPos) {
          this.awaitIdentPos = startPos;
        }
        if (isPattern) {
          prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
        } else if (this.type === types$1.eq && refDestructuringErrors) {
          if (refDestructuringErrors.shorthandAssign < 0) {
            refDestructuringErrors.shorthandAssign = this.start;
          }
          prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
        } else {
          prop.value = this.copyNode(prop.key);
        }
        prop.kind = "init";
        prop.shorthand = true;
      } else {
        this.unexpected();
      }
    };
    pp$5.parsePropertyName = function(prop) {
      if (this.options.ecmaVersion >= 6) {
        if (this.eat(types$1.bracketL)) {
          prop.computed = true;
          prop.key = this.parseMaybeAssign();
          this.expect(types$1.bracketR);
          return prop.key;
        } else {
          prop.computed = false;
        }
      }
      return prop.key = this.type === types$1.num || this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
    };
    pp$5.initFunction = function(node) {
      node.id = null;
      if (this.options.ecmaVersion >= 6) {
        node.generator = node.expression = false;
      }
      if (this.options.ecmaVersion >= 8) {
        node.async = false;
      }
    };
    pp$5.parseMethod = function(isGenerator, isAsync, allowDirectSuper) {
      var node = this.startNode(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
      this.initFunction(node);
      if (this.options.ecmaVersion >= 6) {
        node.generator = isGenerator;
      }
      if (this.options.ecmaVersion >= 8) {
        node.async = !!isAsync;
      }
      this.yieldPos = 0;
      this.awaitPos = 0;
      this.awaitIdentPos = 0;
      this.enterScope(functionFlags(isAsync, node.generator) | SCOPE_SUPER | (allowDirectSuper ? SCOPE_DIRECT_SUPER : 0));
      this.expect(types$1.parenL);
      node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
      this.checkYieldAwaitInDefaultParams();
      this.parseFunctionBody(node, false, true, false);
      this.yieldPos = oldYieldPos;
      this.awaitPos = oldAwaitPos;
      this.awaitIdentPos = oldAwaitIdentPos;
      return this.finishNode(node, "FunctionExpression");
    };
    pp$5.parseArrowExpression = function(node, params, isAsync, forInit) {
      var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
      this.enterScope(functionFlags(isAsync, false) | SCOPE_ARROW);
      this.initFunction(node);
      if (this.options.ecmaVersion >= 8) {
        node.async = !!isAsync;
      }
      this.yieldPos = 0;
      this.awaitPos = 0;
      this.awaitIdentPos = 0;
      node.params = this.toAssignableList(params, true);
      this.parseFunctionBody(node, true, false, forInit);
      this.yieldPos = oldYieldPos;
      this.awaitPos = oldAwaitPos;
      this.awaitIdentPos = oldAwaitIdentPos;
      return this.finishNode(node, "ArrowFunctionExpression");
    };
    pp$5.parseFunctionBody = function(node, isArrowFunction, isMethod, forInit) {
      var isExpression = isArrowFunction && this.type !== types$1.braceL;
      var oldStrict = this.strict, useStrict = false;
      if (isExpression) {
        node.body = this.parseMaybeAssign(forInit);
        node.expression = true;
        this.checkParams(node, false);
      } else {
        var nonSimple = this.options.ecmaVersion >= 7 && !this.isSimpleParamList(node.params);
        if (!oldStrict || nonSimple) {
          useStrict = this.strictDirective(this.end);
          if (useStrict && nonSimple) {
            this.raiseRecoverable(node.start, "Illegal 'use strict' directive in function with non-simple parameter list");
          }
        }
        var oldLabels = this.labels;
        this.labels = [];
        if (useStrict) {
          this.strict = true;
        }
        this.checkParams(node, !oldStrict && !useStrict && !isArrowFunction && !isMethod && this.isSimpleParamList(node.params));
        if (this.strict && node.id) {
          this.checkLValSimple(node.id, BIND_OUTSIDE);
        }
        node.body = this.parseBlock(false, void 0, useStrict && !oldStrict);
        node.expression = false;
        this.adaptDirectivePrologue(node.body.body);
        this.labels = oldLabels;
      }
      this.exitScope();
    };
    pp$5.isSimpleParamList = function(params) {
      for (var i2 = 0, list3 = params; i2 < list3.length; i2 += 1) {
        var param = list3[i2];
        if (param.type !== "Identifier") {
          return false;
        }
      }
      return true;
    };
    pp$5.checkParams = function(node, allowDuplicates) {
      var nameHash = /* @__PURE__ */ Object.create(null);
      for (var i2 = 0, list3 = node.params; i2 < list3.length; i2 += 1) {
        var param = list3[i2];
        this.checkLValInnerPattern(param, BIND_VAR, allowDuplicates ? null : nameHash);
      }
    };
    pp$5.parseExprList = function(close, allowTrailingComma, allowEmpty, refDestructuringErrors) {
      var elts = [], first = true;
      while (!this.eat(close)) {
        if (!first) {
          this.expect(types$1.comma);
          if (allowTrailingComma && this.afterTrailingComma(close)) {
            break;
          }
        } else {
          first = false;
        }
        var elt = void 0;
        if (allowEmpty && this.type === types$1.comma) {
          elt = null;
        } else if (this.type === types$1.ellipsis) {
          elt = this.parseSpread(refDestructuringErrors);
          if (refDestructuringErrors && this.type === types$1.comma && refDestructuringErrors.trailingComma < 0) {
            refDestructuringErrors.trailingComma = this.start;
          }
        } else {
          elt = this.parseMaybeAssign(false, refDestructuringErrors);
        }
        elts.push(elt);
      }
      return elts;
    };
    pp$5.checkUnreserved = function(ref2) {
      var start = ref2.start;
      var end = ref2.end;
      var name = ref2.name;
      if (this.inGenerator && name === "yield") {
        this.raiseRecoverable(start, "Cannot use 'yield' as identifier inside a generator");
      }
      if (this.inAsync && name === "await") {
        this.raiseRecoverable(start, "Cannot use 'await' as identifier inside an async function");
      }
      if (!(this.currentThisScope().flags & SCOPE_VAR) && name === "arguments") {
        this.raiseRecoverable(start, "Cannot use 'arguments' in class field initializer");
      }
      if (this.inClassStaticBlock && (name === "arguments" || name === "await")) {
        this.raise(start, "Cannot use " + name + " in class static initialization block");
      }
      if (this.keywords.test(name)) {
        this.raise(start, "Unexpected keyword '" + name + "'");
      }
      if (this.options.ecmaVersion < 6 && this.input.slice(start, end).indexOf("\\") !== -1) {
        return;
      }
      var re = this.strict ? this.reservedWordsStrict : this.reservedWords;
      if (re.test(name)) {
        if (!this.inAsync && name === "await") {
          this.raiseRecoverable(start, "Cannot use keyword 'await' outside an async function");
        }
        this.raiseRecoverable(start, "The keyword '" + name + "' is reserved");
      }
    };
    pp$5.parseIdent = function(liberal) {
      var node = this.parseIdentNode();
      this.next(!!liberal);
      this.finishNode(node, "Identifier");
      if (!liberal) {
        this.checkUnreserved(node);
        if (node.name === "await" && !this.awaitIdentPos) {
          this.awaitIdentPos = node.start;
        }
      }
      return node;
    };
    pp$5.parseIdentNode = function() {
      var node = this.startNode();
      if (this.type === types$1.name) {
        node.name = this.value;
      } else if (this.type.keyword) {
        node.name = this.type.keyword;
        if ((node.name === "class" || node.name === "function") && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46)) {
          this.context.pop();
        }
        this.type = types$1.name;
      } else {
        this.unexpected();
      }
      return node;
    };
    pp$5.parsePrivateIdent = function() {
      var node = this.startNode();
      if (this.type === types$1.privateId) {
        node.name = this.value;
      } else {
        this.unexpected();
      }
      this.next();
      this.finishNode(node, "PrivateIdentifier");
      if (this.options.checkPrivateFields) {
        if (this.privateNameStack.length === 0) {
          this.raise(node.start, "Private field '#" + node.name + "' must be declared in an enclosing class");
        } else {
          this.privateNameStack[this.privateNameStack.length - 1].used.push(node);
        }
      }
      return node;
    };
    pp$5.parseYield = function(forInit) {
      if (!this.yieldPos) {
        this.yieldPos = this.start;
      }
      var node = this.startNode();
      this.next();
      if (this.type === types$1.semi || this.canInsertSemicolon() || this.type !== types$1.star && !this.type.startsExpr) {
        node.delegate = false;
        node.argument = null;
      } else {
        node.delegate = this.eat(types$1.star);
        node.argument = this.parseMaybeAssign(forInit);
      }
      return this.finishNode(node, "YieldExpression");
    };
    pp$5.parseAwait = function(forInit) {
      if (!this.awaitPos) {
        this.awaitPos = this.start;
      }
      var node = this.startNode();
      this.next();
      node.argument = this.parseMaybeUnary(null, true, false, forInit);
      return this.finishNode(node, "AwaitExpression");
    };
    pp$4 = Parser.prototype;
    pp$4.raise = function(pos, message) {
      var loc = getLineInfo(this.input, pos);
      message += " (" + loc.line + ":" + loc.column + ")";
      if (this.sourceFile) {
        message += " in " + this.sourceFile;
      }
      var err = new SyntaxError(message);
      err.pos = pos;
      err.loc = loc;
      err.raisedAt = this.pos;
      throw err;
    };
    pp$4.raiseRecoverable = pp$4.raise;
    pp$4.curPosition = function() {
      if (this.options.locations) {
        return new Position(this.curLine, this.pos - this.lineStart);
      }
    };
    pp$3 = Parser.prototype;
    Scope = function Scope2(flags) {
      this.flags = flags;
      this.var = [];
      this.lexical = [];
      this.functions = [];
    };
    pp$3.enterScope = function(flags) {
      this.scopeStack.push(new Scope(flags));
    };
    pp$3.exitScope = function() {
      this.scopeStack.pop();
    };
    pp$3.treatFunctionsAsVarInScope = function(scope) {
      return scope.flags & SCOPE_FUNCTION || !this.inModule && scope.flags & SCOPE_TOP;
    };
    pp$3.declareName = function(name, bindingType, pos) {
      var redeclared = false;
      if (bindingType === BIND_LEXICAL) {
        var scope = this.currentScope();
        redeclared = scope.lexical.indexOf(name) > -1 || scope.functions.indexOf(name) > -1 || scope.var.indexOf(name) > -1;
        scope.lexical.push(name);
        if (this.inModule && scope.flags & SCOPE_TOP) {
          delete this.undefinedExports[name];
        }
      } else if (bindingType === BIND_SIMPLE_CATCH) {
        var scope$1 = this.currentScope();
        scope$1.lexical.push(name);
      } else if (bindingType === BIND_FUNCTION) {
        var scope$2 = this.currentScope();
        if (this.treatFunctionsAsVar) {
          redeclared = scope$2.lexical.indexOf(name) > -1;
        } else {
          redeclared = scope$2.lexical.indexOf(name) > -1 || scope$2.var.indexOf(name) > -1;
        }
        scope$2.functions.push(name);
      } else {
        for (var i2 = this.scopeStack.length - 1; i2 >= 0; --i2) {
          var scope$3 = this.scopeStack[i2];
          if (scope$3.lexical.indexOf(name) > -1 && !(scope$3.flags & SCOPE_SIMPLE_CATCH && scope$3.lexical[0] === name) || !this.treatFunctionsAsVarInScope(scope$3) && scope$3.functions.indexOf(name) > -1) {
            redeclared = true;
            break;
          }
          scope$3.var.push(name);
          if (this.inModule && scope$3.flags & SCOPE_TOP) {
            delete this.undefinedExports[name];
          }
          if (scope$3.flags & SCOPE_VAR) {
            break;
          }
        }
      }
      if (redeclared) {
        this.raiseRecoverable(pos, "Identifier '" + name + "' has already been declared");
      }
    };
    pp$3.checkLocalExport = function(id) {
      if (this.scopeStack[0].lexical.indexOf(id.name) === -1 && this.scopeStack[0].var.indexOf(id.name) === -1) {
        this.undefinedExports[id.name] = id;
      }
    };
    pp$3.currentScope = function() {
      return this.scopeStack[this.scopeStack.length - 1];
    };
    pp$3.currentVarScope = function() {
      for (var i2 = this.scopeStack.length - 1; ; i2--) {
        var scope = this.scopeStack[i2];
        if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK)) {
          return scope;
        }
      }
    };
    pp$3.currentThisScope = function() {
      for (var i2 = this.scopeStack.length - 1; ; i2--) {
        var scope = this.scopeStack[i2];
        if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK) && !(scope.flags & SCOPE_ARROW)) {
          return scope;
        }
      }
    };
    Node = function Node2(parser, pos, loc) {
      this.type = "";
      this.start = pos;
      this.end = 0;
      if (parser.options.locations) {
        this.loc = new SourceLocation(parser, loc);
      }
      if (parser.options.directSourceFile) {
        this.sourceFile = parser.options.directSourceFile;
      }
      if (parser.options.ranges) {
        this.range = [pos, 0];
      }
    };
    pp$2 = Parser.prototype;
    pp$2.startNode = function() {
      return new Node(this, this.start, this.startLoc);
    };
    pp$2.startNodeAt = function(pos, loc) {
      return new Node(this, pos, loc);
    };
    pp$2.finishNode = function(node, type) {
      return finishNodeAt.call(this, node, type, this.lastTokEnd, this.lastTokEndLoc);
    };
    pp$2.finishNodeAt = function(node, type, pos, loc) {
      return finishNodeAt.call(this, node, type, pos, loc);
    };
    pp$2.copyNode = function(node) {
      var newNode = new Node(this, node.start, this.startLoc);
      for (var prop in node) {
        newNode[prop] = node[prop];
      }
      return newNode;
    };
    scriptValuesAddedInUnicode = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
    ecma9BinaryProperties = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
    ecma10BinaryProperties = ecma9BinaryProperties + " Extended_Pictographic";
    ecma11BinaryProperties = ecma10BinaryProperties;
    ecma12BinaryProperties = ecma11BinaryProperties + " EBase EComp EMod EPres ExtPict";
    ecma13BinaryProperties = ecma12BinaryProperties;
    ecma14BinaryProperties = ecma13BinaryProperties;
    unicodeBinaryProperties = {
      9: ecma9BinaryProperties,
      10: ecma10BinaryProperties,
      11: ecma11BinaryProperties,
      12: ecma12BinaryProperties,
      13: ecma13BinaryProperties,
      14: ecma14BinaryProperties
    };
    ecma14BinaryPropertiesOfStrings = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
    unicodeBinaryPropertiesOfStrings = {
      9: "",
      10: "",
      11: "",
      12: "",
      13: "",
      14: ecma14BinaryPropertiesOfStrings
    };
    unicodeGeneralCategoryValues = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
    ecma9ScriptValues = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
    ecma10ScriptValues = ecma9ScriptValues + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
    ecma11ScriptValues = ecma10ScriptValues + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
    ecma12ScriptValues = ecma11ScriptValues + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
    ecma13ScriptValues = ecma12ScriptValues + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
    ecma14ScriptValues = ecma13ScriptValues + " " + scriptValuesAddedInUnicode;
    unicodeScriptValues = {
      9: ecma9ScriptValues,
      10: ecma10ScriptValues,
      11: ecma11ScriptValues,
      12: ecma12ScriptValues,
      13: ecma13ScriptValues,
      14: ecma14ScriptValues
    };
    data = {};
    for (i = 0, list = [9, 10, 11, 12, 13, 14]; i < list.length; i += 1) {
      ecmaVersion = list[i];
      buildUnicodeData(ecmaVersion);
    }
    pp$1 = Parser.prototype;
    BranchID = function BranchID2(parent, base) {
      this.parent = parent;
      this.base = base || this;
    };
    BranchID.prototype.separatedFrom = function separatedFrom(alt) {
      for (var self = this; self; self = self.parent) {
        for (var other = alt; other; other = other.parent) {
          if (self.base === other.base && self !== other) {
            return true;
          }
        }
      }
      return false;
    };
    BranchID.prototype.sibling = function sibling() {
      return new BranchID(this.parent, this.base);
    };
    RegExpValidationState = function RegExpValidationState2(parser) {
      this.parser = parser;
      this.validFlags = "gim" + (parser.options.ecmaVersion >= 6 ? "uy" : "") + (parser.options.ecmaVersion >= 9 ? "s" : "") + (parser.options.ecmaVersion >= 13 ? "d" : "") + (parser.options.ecmaVersion >= 15 ? "v" : "");
      this.unicodeProperties = data[parser.options.ecmaVersion >= 14 ? 14 : parser.options.ecmaVersion];
      this.source = "";
      this.flags = "";
      this.start = 0;
      this.switchU = false;
      this.switchV = false;
      this.switchN = false;
      this.pos = 0;
      this.lastIntValue = 0;
      this.lastStringValue = "";
      this.lastAssertionIsQuantifiable = false;
      this.numCapturingParens = 0;
      this.maxBackReference = 0;
      this.groupNames = /* @__PURE__ */ Object.create(null);
      this.backReferenceNames = [];
      this.branchID = null;
    };
    RegExpValidationState.prototype.reset = function reset(start, pattern, flags) {
      var unicodeSets = flags.indexOf("v") !== -1;
      var unicode = flags.indexOf("u") !== -1;
      this.start = start | 0;
      this.source = pattern + "";
      this.flags = flags;
      if (unicodeSets && this.parser.options.ecmaVersion >= 15) {
        this.switchU = true;
        this.switchV = true;
        this.switchN = true;
      } else {
        this.switchU = unicode && this.parser.options.ecmaVersion >= 6;
        this.switchV = false;
        this.switchN = unicode && this.parser.options.ecmaVersion >= 9;
      }
    };
    RegExpValidationState.prototype.raise = function raise(message) {
      this.parser.raiseRecoverable(this.start, "Invalid regular expression: /" + this.source + "/: " + message);
    };
    RegExpValidationState.prototype.at = function at(i2, forceU) {
      if (forceU === void 0) forceU = false;
      var s = this.source;
      var l = s.length;
      if (i2 >= l) {
        return -1;
      }
      var c = s.charCodeAt(i2);
      if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l) {
        return c;
      }
      var next = s.charCodeAt(i2 + 1);
      return next >= 56320 && next <= 57343 ? (c << 10) + next - 56613888 : c;
    };
    RegExpValidationState.prototype.nextIndex = function nextIndex(i2, forceU) {
      if (forceU === void 0) forceU = false;
      var s = this.source;
      var l = s.length;
      if (i2 >= l) {
        return l;
      }
      var c = s.charCodeAt(i2), next;
      if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l || (next = s.charCodeAt(i2 + 1)) < 56320 || next > 57343) {
        return i2 + 1;
      }
      return i2 + 2;
    };
    RegExpValidationState.prototype.current = function current(forceU) {
      if (forceU === void 0) forceU = false;
      return this.at(this.pos, forceU);
    };
    RegExpValidationState.prototype.lookahead = function lookahead(forceU) {
      if (forceU === void 0) forceU = false;
      return this.at(this.nextIndex(this.pos, forceU), forceU);
    };
    RegExpValidationState.prototype.advance = function advance(forceU) {
      if (forceU === void 0) forceU = false;
      this.pos = this.nextIndex(this.pos, forceU);
    };
    RegExpValidationState.prototype.eat = function eat(ch, forceU) {
      if (forceU === void 0) forceU = false;
      if (this.current(forceU) === ch) {
        this.advance(forceU);
        return true;
      }
      return false;
    };
    RegExpValidationState.prototype.eatChars = function eatChars(chs, forceU) {
      if (forceU === void 0) forceU = false;
      var pos = this.pos;
      for (var i2 = 0, list3 = chs; i2 < list3.length; i2 += 1) {
        var ch = list3[i2];
        var current2 = this.at(pos, forceU);
        if (current2 === -1 || current2 !== ch) {
          return false;
        }
        pos = this.nextIndex(pos, forceU);
      }
      this.pos = pos;
      return true;
    };
    pp$1.validateRegExpFlags = function(state) {
      var validFlags = state.validFlags;
      var flags = state.flags;
      var u = false;
      var v = false;
      for (var i2 = 0; i2 < flags.length; i2++) {
        var flag = flags.charAt(i2);
        if (validFlags.indexOf(flag) === -1) {
          this.raise(state.start, "Invalid regular expression flag");
        }
        if (flags.indexOf(flag, i2 + 1) > -1) {
          this.raise(state.start, "Duplicate regular expression flag");
        }
        if (flag === "u") {
          u = true;
        }
        if (flag === "v") {
          v = true;
        }
      }
      if (this.options.ecmaVersion >= 15 && u && v) {
        this.raise(state.start, "Invalid regular expression flag");
      }
    };
    pp$1.validateRegExpPattern = function(state) {
      this.regexp_pattern(state);
      if (!state.switchN && this.options.ecmaVersion >= 9 && hasProp(state.groupNames)) {
        state.switchN = true;
        this.regexp_pattern(state);
      }
    };
    pp$1.regexp_pattern = function(state) {
      state.pos = 0;
      state.lastIntValue = 0;
      state.lastStringValue = "";
      state.lastAssertionIsQuantifiable = false;
      state.numCapturingParens = 0;
      state.maxBackReference = 0;
      state.groupNames = /* @__PURE__ */ Object.create(null);
      state.backReferenceNames.length = 0;
      state.branchID = null;
      this.regexp_disjunction(state);
      if (state.pos !== state.source.length) {
        if (state.eat(
          41
          /* ) */
        )) {
          state.raise("Unmatched ')'");
        }
        if (state.eat(
          93
          /* ] */
        ) || state.eat(
          125
          /* } */
        )) {
          state.raise("Lone quantifier brackets");
        }
      }
      if (state.maxBackReference > state.numCapturingParens) {
        state.raise("Invalid escape");
      }
      for (var i2 = 0, list3 = state.backReferenceNames; i2 < list3.length; i2 += 1) {
        var name = list3[i2];
        if (!state.groupNames[name]) {
          state.raise("Invalid named capture referenced");
        }
      }
    };
    pp$1.regexp_disjunction = function(state) {
      var trackDisjunction = this.options.ecmaVersion >= 16;
      if (trackDisjunction) {
        state.branchID = new BranchID(state.branchID, null);
      }
      this.regexp_alternative(state);
      while (state.eat(
        124
        /* | */
      )) {
        if (trackDisjunction) {
          state.branchID = state.branchID.sibling();
        }
        this.regexp_alternative(state);
      }
      if (trackDisjunction) {
        state.branchID = state.branchID.parent;
      }
      if (this.regexp_eatQuantifier(state, true)) {
        state.raise("Nothing to repeat");
      }
      if (state.eat(
        123
        /* { */
      )) {
        state.raise("Lone quantifier brackets");
      }
    };
    pp$1.regexp_alternative = function(state) {
      while (state.pos < state.source.length && this.regexp_eatTerm(state)) {
      }
    };
    pp$1.regexp_eatTerm = function(state) {
      if (this.regexp_eatAssertion(state)) {
        if (state.lastAssertionIsQuantifiable && this.regexp_eatQuantifier(state)) {
          if (state.switchU) {
            state.raise("Invalid quantifier");
          }
        }
        return true;
      }
      if (state.switchU ? this.regexp_eatAtom(state) : this.regexp_eatExtendedAtom(state)) {
        this.regexp_eatQuantifier(state);
        return true;
      }
      return false;
    };
    pp$1.regexp_eatAssertion = function(state) {
      var start = state.pos;
      state.lastAssertionIsQuantifiable = false;
      if (state.eat(
        94
        /* ^ */
      ) || state.eat(
        36
        /* $ */
      )) {
        return true;
      }
      if (state.eat(
        92
        /* \ */
      )) {
        if (state.eat(
          66
          /* B */
        ) || state.eat(
          98
          /* b */
        )) {
          return true;
        }
        state.pos = start;
      }
      if (state.eat(
        40
        /* ( */
      ) && state.eat(
        63
        /* ? */
      )) {
        var lookbehind = false;
        if (this.options.ecmaVersion >= 9) {
          lookbehind = state.eat(
            60
            /* < */
          );
        }
        if (state.eat(
          61
          /* = */
        ) || state.eat(
          33
          /* ! */
        )) {
          this.regexp_disjunction(state);
          if (!state.eat(
            41
            /* ) */
          )) {
            state.raise("Unterminated group");
          }
          state.lastAssertionIsQuantifiable = !lookbehind;
          return true;
        }
      }
      state.pos = start;
      return false;
    };
    pp$1.regexp_eatQuantifier = function(state, noError) {
      if (noError === void 0) noError = false;
      if (this.regexp_eatQuantifierPrefix(state, noError)) {
        state.eat(
          63
          /* ? */
        );
        return true;
      }
      return false;
    };
    pp$1.regexp_eatQuantifierPrefix = function(state, noError) {
      return state.eat(
        42
        /* * */
      ) || state.eat(
        43
        /* + */
      ) || state.eat(
        63
        /* ? */
      ) || this.regexp_eatBracedQuantifier(state, noError);
    };
    pp$1.regexp_eatBracedQuantifier = function(state, noError) {
      var start = state.pos;
      if (state.eat(
        123
        /* { */
      )) {
        var min = 0, max = -1;
        if (this.regexp_eatDecimalDigits(state)) {
          min = state.lastIntValue;
          if (state.eat(
            44
            /* , */
          ) && this.regexp_eatDecimalDigits(state)) {
            max = state.lastIntValue;
          }
          if (state.eat(
            125
            /* } */
          )) {
            if (max !== -1 && max < min && !noError) {
              state.raise("numbers out of order in {} quantifier");
            }
            return true;
          }
        }
        if (state.switchU && !noError) {
          state.raise("Incomplete quantifier");
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatAtom = function(state) {
      return this.regexp_eatPatternCharacters(state) || state.eat(
        46
        /* . */
      ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state);
    };
    pp$1.regexp_eatReverseSolidusAtomEscape = function(state) {
      var start = state.pos;
      if (state.eat(
        92
        /* \ */
      )) {
        if (this.regexp_eatAtomEscape(state)) {
          return true;
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatUncapturingGroup = function(state) {
      var start = state.pos;
      if (state.eat(
        40
        /* ( */
      )) {
        if (state.eat(
          63
          /* ? */
        )) {
          if (this.options.ecmaVersion >= 16) {
            var addModifiers = this.regexp_eatModifiers(state);
            var hasHyphen = state.eat(
              45
              /* - */
            );
            if (addModifiers || hasHyphen) {
              for (var i2 = 0; i2 < addModifiers.length; i2++) {
                var modifier = addModifiers.charAt(i2);
                if (addModifiers.indexOf(modifier, i2 + 1) > -1) {
                  state.raise("Duplicate regular expression modifiers");
                }
              }
              if (hasHyphen) {
                var removeModifiers = this.regexp_eatModifiers(state);
                if (!addModifiers && !removeModifiers && state.current() === 58) {
                  state.raise("Invalid regular expression modifiers");
                }
                for (var i$1 = 0; i$1 < removeModifiers.length; i$1++) {
                  var modifier$1 = removeModifiers.charAt(i$1);
                  if (removeModifiers.indexOf(modifier$1, i$1 + 1) > -1 || addModifiers.indexOf(modifier$1) > -1) {
                    state.raise("Duplicate regular expression modifiers");
                  }
                }
              }
            }
          }
          if (state.eat(
            58
            /* : */
          )) {
            this.regexp_disjunction(state);
            if (state.eat(
              41
              /* ) */
            )) {
              return true;
            }
            state.raise("Unterminated group");
          }
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatCapturingGroup = function(state) {
      if (state.eat(
        40
        /* ( */
      )) {
        if (this.options.ecmaVersion >= 9) {
          this.regexp_groupSpecifier(state);
        } else if (state.current() === 63) {
          state.raise("Invalid group");
        }
        this.regexp_disjunction(state);
        if (state.eat(
          41
          /* ) */
        )) {
          state.numCapturingParens += 1;
          return true;
        }
        state.raise("Unterminated group");
      }
      return false;
    };
    pp$1.regexp_eatModifiers = function(state) {
      var modifiers = "";
      var ch = 0;
      while ((ch = state.current()) !== -1 && isRegularExpressionModifier(ch)) {
        modifiers += codePointToString(ch);
        state.advance();
      }
      return modifiers;
    };
    pp$1.regexp_eatExtendedAtom = function(state) {
      return state.eat(
        46
        /* . */
      ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state) || this.regexp_eatInvalidBracedQuantifier(state) || this.regexp_eatExtendedPatternCharacter(state);
    };
    pp$1.regexp_eatInvalidBracedQuantifier = function(state) {
      if (this.regexp_eatBracedQuantifier(state, true)) {
        state.raise("Nothing to repeat");
      }
      return false;
    };
    pp$1.regexp_eatSyntaxCharacter = function(state) {
      var ch = state.current();
      if (isSyntaxCharacter(ch)) {
        state.lastIntValue = ch;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatPatternCharacters = function(state) {
      var start = state.pos;
      var ch = 0;
      while ((ch = state.current()) !== -1 && !isSyntaxCharacter(ch)) {
        state.advance();
      }
      return state.pos !== start;
    };
    pp$1.regexp_eatExtendedPatternCharacter = function(state) {
      var ch = state.current();
      if (ch !== -1 && ch !== 36 && !(ch >= 40 && ch <= 43) && ch !== 46 && ch !== 63 && ch !== 91 && ch !== 94 && ch !== 124) {
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_groupSpecifier = function(state) {
      if (state.eat(
        63
        /* ? */
      )) {
        if (!this.regexp_eatGroupName(state)) {
          state.raise("Invalid group");
        }
        var trackDisjunction = this.options.ecmaVersion >= 16;
        var known = state.groupNames[state.lastStringValue];
        if (known) {
          if (trackDisjunction) {
            for (var i2 = 0, list3 = known; i2 < list3.length; i2 += 1) {
              var altID = list3[i2];
              if (!altID.separatedFrom(state.branchID)) {
                state.raise("Duplicate capture group name");
              }
            }
          } else {
            state.raise("Duplicate capture group name");
          }
        }
        if (trackDisjunction) {
          (known || (state.groupNames[state.lastStringValue] = [])).push(state.branchID);
        } else {
          state.groupNames[state.lastStringValue] = true;
        }
      }
    };
    pp$1.regexp_eatGroupName = function(state) {
      state.lastStringValue = "";
      if (state.eat(
        60
        /* < */
      )) {
        if (this.regexp_eatRegExpIdentifierName(state) && state.eat(
          62
          /* > */
        )) {
          return true;
        }
        state.raise("Invalid capture group name");
      }
      return false;
    };
    pp$1.regexp_eatRegExpIdentifierName = function(state) {
      state.lastStringValue = "";
      if (this.regexp_eatRegExpIdentifierStart(state)) {
        state.lastStringValue += codePointToString(state.lastIntValue);
        while (this.regexp_eatRegExpIdentifierPart(state)) {
          state.lastStringValue += codePointToString(state.lastIntValue);
        }
        return true;
      }
      return false;
    };
    pp$1.regexp_eatRegExpIdentifierStart = function(state) {
      var start = state.pos;
      var forceU = this.options.ecmaVersion >= 11;
      var ch = state.current(forceU);
      state.advance(forceU);
      if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
        ch = state.lastIntValue;
      }
      if (isRegExpIdentifierStart(ch)) {
        state.lastIntValue = ch;
        return true;
      }
      state.pos = start;
      return false;
    };
    pp$1.regexp_eatRegExpIdentifierPart = function(state) {
      var start = state.pos;
      var forceU = this.options.ecmaVersion >= 11;
      var ch = state.current(forceU);
      state.advance(forceU);
      if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
        ch = state.lastIntValue;
      }
      if (isRegExpIdentifierPart(ch)) {
        state.lastIntValue = ch;
        return true;
      }
      state.pos = start;
      return false;
    };
    pp$1.regexp_eatAtomEscape = function(state) {
      if (this.regexp_eatBackReference(state) || this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state) || state.switchN && this.regexp_eatKGroupName(state)) {
        return true;
      }
      if (state.switchU) {
        if (state.current() === 99) {
          state.raise("Invalid unicode escape");
        }
        state.raise("Invalid escape");
      }
      return false;
    };
    pp$1.regexp_eatBackReference = function(state) {
      var start = state.pos;
      if (this.regexp_eatDecimalEscape(state)) {
        var n = state.lastIntValue;
        if (state.switchU) {
          if (n > state.maxBackReference) {
            state.maxBackReference = n;
          }
          return true;
        }
        if (n <= state.numCapturingParens) {
          return true;
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatKGroupName = function(state) {
      if (state.eat(
        107
        /* k */
      )) {
        if (this.regexp_eatGroupName(state)) {
          state.backReferenceNames.push(state.lastStringValue);
          return true;
        }
        state.raise("Invalid named reference");
      }
      return false;
    };
    pp$1.regexp_eatCharacterEscape = function(state) {
      return this.regexp_eatControlEscape(state) || this.regexp_eatCControlLetter(state) || this.regexp_eatZero(state) || this.regexp_eatHexEscapeSequence(state) || this.regexp_eatRegExpUnicodeEscapeSequence(state, false) || !state.switchU && this.regexp_eatLegacyOctalEscapeSequence(state) || this.regexp_eatIdentityEscape(state);
    };
    pp$1.regexp_eatCControlLetter = function(state) {
      var start = state.pos;
      if (state.eat(
        99
        /* c */
      )) {
        if (this.regexp_eatControlLetter(state)) {
          return true;
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatZero = function(state) {
      if (state.current() === 48 && !isDecimalDigit(state.lookahead())) {
        state.lastIntValue = 0;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatControlEscape = function(state) {
      var ch = state.current();
      if (ch === 116) {
        state.lastIntValue = 9;
        state.advance();
        return true;
      }
      if (ch === 110) {
        state.lastIntValue = 10;
        state.advance();
        return true;
      }
      if (ch === 118) {
        state.lastIntValue = 11;
        state.advance();
        return true;
      }
      if (ch === 102) {
        state.lastIntValue = 12;
        state.advance();
        return true;
      }
      if (ch === 114) {
        state.lastIntValue = 13;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatControlLetter = function(state) {
      var ch = state.current();
      if (isControlLetter(ch)) {
        state.lastIntValue = ch % 32;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatRegExpUnicodeEscapeSequence = function(state, forceU) {
      if (forceU === void 0) forceU = false;
      var start = state.pos;
      var switchU = forceU || state.switchU;
      if (state.eat(
        117
        /* u */
      )) {
        if (this.regexp_eatFixedHexDigits(state, 4)) {
          var lead = state.lastIntValue;
          if (switchU && lead >= 55296 && lead <= 56319) {
            var leadSurrogateEnd = state.pos;
            if (state.eat(
              92
              /* \ */
            ) && state.eat(
              117
              /* u */
            ) && this.regexp_eatFixedHexDigits(state, 4)) {
              var trail = state.lastIntValue;
              if (trail >= 56320 && trail <= 57343) {
                state.lastIntValue = (lead - 55296) * 1024 + (trail - 56320) + 65536;
                return true;
              }
            }
            state.pos = leadSurrogateEnd;
            state.lastIntValue = lead;
          }
          return true;
        }
        if (switchU && state.eat(
          123
          /* { */
        ) && this.regexp_eatHexDigits(state) && state.eat(
          125
          /* } */
        ) && isValidUnicode(state.lastIntValue)) {
          return true;
        }
        if (switchU) {
          state.raise("Invalid unicode escape");
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatIdentityEscape = function(state) {
      if (state.switchU) {
        if (this.regexp_eatSyntaxCharacter(state)) {
          return true;
        }
        if (state.eat(
          47
          /* / */
        )) {
          state.lastIntValue = 47;
          return true;
        }
        return false;
      }
      var ch = state.current();
      if (ch !== 99 && (!state.switchN || ch !== 107)) {
        state.lastIntValue = ch;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatDecimalEscape = function(state) {
      state.lastIntValue = 0;
      var ch = state.current();
      if (ch >= 49 && ch <= 57) {
        do {
          state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
          state.advance();
        } while ((ch = state.current()) >= 48 && ch <= 57);
        return true;
      }
      return false;
    };
    CharSetNone = 0;
    CharSetOk = 1;
    CharSetString = 2;
    pp$1.regexp_eatCharacterClassEscape = function(state) {
      var ch = state.current();
      if (isCharacterClassEscape(ch)) {
        state.lastIntValue = -1;
        state.advance();
        return CharSetOk;
      }
      var negate = false;
      if (state.switchU && this.options.ecmaVersion >= 9 && ((negate = ch === 80) || ch === 112)) {
        state.lastIntValue = -1;
        state.advance();
        var result;
        if (state.eat(
          123
          /* { */
        ) && (result = this.regexp_eatUnicodePropertyValueExpression(state)) && state.eat(
          125
          /* } */
        )) {
          if (negate && result === CharSetString) {
            state.raise("Invalid property name");
          }
          return result;
        }
        state.raise("Invalid property name");
      }
      return CharSetNone;
    };
    pp$1.regexp_eatUnicodePropertyValueExpression = function(state) {
      var start = state.pos;
      if (this.regexp_eatUnicodePropertyName(state) && state.eat(
        61
        /* = */
      )) {
        var name = state.lastStringValue;
        if (this.regexp_eatUnicodePropertyValue(state)) {
          var value = state.lastStringValue;
          this.regexp_validateUnicodePropertyNameAndValue(state, name, value);
          return CharSetOk;
        }
      }
      state.pos = start;
      if (this.regexp_eatLoneUnicodePropertyNameOrValue(state)) {
        var nameOrValue = state.lastStringValue;
        return this.regexp_validateUnicodePropertyNameOrValue(state, nameOrValue);
      }
      return CharSetNone;
    };
    pp$1.regexp_validateUnicodePropertyNameAndValue = function(state, name, value) {
      if (!hasOwn(state.unicodeProperties.nonBinary, name)) {
        state.raise("Invalid property name");
      }
      if (!state.unicodeProperties.nonBinary[name].test(value)) {
        state.raise("Invalid property value");
      }
    };
    pp$1.regexp_validateUnicodePropertyNameOrValue = function(state, nameOrValue) {
      if (state.unicodeProperties.binary.test(nameOrValue)) {
        return CharSetOk;
      }
      if (state.switchV && state.unicodeProperties.binaryOfStrings.test(nameOrValue)) {
        return CharSetString;
      }
      state.raise("Invalid property name");
    };
    pp$1.regexp_eatUnicodePropertyName = function(state) {
      var ch = 0;
      state.lastStringValue = "";
      while (isUnicodePropertyNameCharacter(ch = state.current())) {
        state.lastStringValue += codePointToString(ch);
        state.advance();
      }
      return state.lastStringValue !== "";
    };
    pp$1.regexp_eatUnicodePropertyValue = function(state) {
      var ch = 0;
      state.lastStringValue = "";
      while (isUnicodePropertyValueCharacter(ch = state.current())) {
        state.lastStringValue += codePointToString(ch);
        state.advance();
      }
      return state.lastStringValue !== "";
    };
    pp$1.regexp_eatLoneUnicodePropertyNameOrValue = function(state) {
      return this.regexp_eatUnicodePropertyValue(state);
    };
    pp$1.regexp_eatCharacterClass = function(state) {
      if (state.eat(
        91
        /* [ */
      )) {
        var negate = state.eat(
          94
          /* ^ */
        );
        var result = this.regexp_classContents(state);
        if (!state.eat(
          93
          /* ] */
        )) {
          state.raise("Unterminated character class");
        }
        if (negate && result === CharSetString) {
          state.raise("Negated character class may contain strings");
        }
        return true;
      }
      return false;
    };
    pp$1.regexp_classContents = function(state) {
      if (state.current() === 93) {
        return CharSetOk;
      }
      if (state.switchV) {
        return this.regexp_classSetExpression(state);
      }
      this.regexp_nonEmptyClassRanges(state);
      return CharSetOk;
    };
    pp$1.regexp_nonEmptyClassRanges = function(state) {
      while (this.regexp_eatClassAtom(state)) {
        var left = state.lastIntValue;
        if (state.eat(
          45
          /* - */
        ) && this.regexp_eatClassAtom(state)) {
          var right = state.lastIntValue;
          if (state.switchU && (left === -1 || right === -1)) {
            state.raise("Invalid character class");
          }
          if (left !== -1 && right !== -1 && left > right) {
            state.raise("Range out of order in character class");
          }
        }
      }
    };
    pp$1.regexp_eatClassAtom = function(state) {
      var start = state.pos;
      if (state.eat(
        92
        /* \ */
      )) {
        if (this.regexp_eatClassEscape(state)) {
          return true;
        }
        if (state.switchU) {
          var ch$1 = state.current();
          if (ch$1 === 99 || isOctalDigit(ch$1)) {
            state.raise("Invalid class escape");
          }
          state.raise("Invalid escape");
        }
        state.pos = start;
      }
      var ch = state.current();
      if (ch !== 93) {
        state.lastIntValue = ch;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatClassEscape = function(state) {
      var start = state.pos;
      if (state.eat(
        98
        /* b */
      )) {
        state.lastIntValue = 8;
        return true;
      }
      if (state.switchU && state.eat(
        45
        /* - */
      )) {
        state.lastIntValue = 45;
        return true;
      }
      if (!state.switchU && state.eat(
        99
        /* c */
      )) {
        if (this.regexp_eatClassControlLetter(state)) {
          return true;
        }
        state.pos = start;
      }
      return this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state);
    };
    pp$1.regexp_classSetExpression = function(state) {
      var result = CharSetOk, subResult;
      if (this.regexp_eatClassSetRange(state)) ;
      else if (subResult = this.regexp_eatClassSetOperand(state)) {
        if (subResult === CharSetString) {
          result = CharSetString;
        }
        var start = state.pos;
        while (state.eatChars(
          [38, 38]
          /* && */
        )) {
          if (state.current() !== 38 && (subResult = this.regexp_eatClassSetOperand(state))) {
            if (subResult !== CharSetString) {
              result = CharSetOk;
            }
            continue;
          }
          state.raise("Invalid character in character class");
        }
        if (start !== state.pos) {
          return result;
        }
        while (state.eatChars(
          [45, 45]
          /* -- */
        )) {
          if (this.regexp_eatClassSetOperand(state)) {
            continue;
          }
          state.raise("Invalid character in character class");
        }
        if (start !== state.pos) {
          return result;
        }
      } else {
        state.raise("Invalid character in character class");
      }
      for (; ; ) {
        if (this.regexp_eatClassSetRange(state)) {
          continue;
        }
        subResult = this.regexp_eatClassSetOperand(state);
        if (!subResult) {
          return result;
        }
        if (subResult === CharSetString) {
          result = CharSetString;
        }
      }
    };
    pp$1.regexp_eatClassSetRange = function(state) {
      var start = state.pos;
      if (this.regexp_eatClassSetCharacter(state)) {
        var left = state.lastIntValue;
        if (state.eat(
          45
          /* - */
        ) && this.regexp_eatClassSetCharacter(state)) {
          var right = state.lastIntValue;
          if (left !== -1 && right !== -1 && left > right) {
            state.raise("Range out of order in character class");
          }
          return true;
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatClassSetOperand = function(state) {
      if (this.regexp_eatClassSetCharacter(state)) {
        return CharSetOk;
      }
      return this.regexp_eatClassStringDisjunction(state) || this.regexp_eatNestedClass(state);
    };
    pp$1.regexp_eatNestedClass = function(state) {
      var start = state.pos;
      if (state.eat(
        91
        /* [ */
      )) {
        var negate = state.eat(
          94
          /* ^ */
        );
        var result = this.regexp_classContents(state);
        if (state.eat(
          93
          /* ] */
        )) {
          if (negate && result === CharSetString) {
            state.raise("Negated character class may contain strings");
          }
          return result;
        }
        state.pos = start;
      }
      if (state.eat(
        92
        /* \ */
      )) {
        var result$1 = this.regexp_eatCharacterClassEscape(state);
        if (result$1) {
          return result$1;
        }
        state.pos = start;
      }
      return null;
    };
    pp$1.regexp_eatClassStringDisjunction = function(state) {
      var start = state.pos;
      if (state.eatChars(
        [92, 113]
        /* \q */
      )) {
        if (state.eat(
          123
          /* { */
        )) {
          var result = this.regexp_classStringDisjunctionContents(state);
          if (state.eat(
            125
            /* } */
          )) {
            return result;
          }
        } else {
          state.raise("Invalid escape");
        }
        state.pos = start;
      }
      return null;
    };
    pp$1.regexp_classStringDisjunctionContents = function(state) {
      var result = this.regexp_classString(state);
      while (state.eat(
        124
        /* | */
      )) {
        if (this.regexp_classString(state) === CharSetString) {
          result = CharSetString;
        }
      }
      return result;
    };
    pp$1.regexp_classString = function(state) {
      var count = 0;
      while (this.regexp_eatClassSetCharacter(state)) {
        count++;
      }
      return count === 1 ? CharSetOk : CharSetString;
    };
    pp$1.regexp_eatClassSetCharacter = function(state) {
      var start = state.pos;
      if (state.eat(
        92
        /* \ */
      )) {
        if (this.regexp_eatCharacterEscape(state) || this.regexp_eatClassSetReservedPunctuator(state)) {
          return true;
        }
        if (state.eat(
          98
          /* b */
        )) {
          state.lastIntValue = 8;
          return true;
        }
        state.pos = start;
        return false;
      }
      var ch = state.current();
      if (ch < 0 || ch === state.lookahead() && isClassSetReservedDoublePunctuatorCharacter(ch)) {
        return false;
      }
      if (isClassSetSyntaxCharacter(ch)) {
        return false;
      }
      state.advance();
      state.lastIntValue = ch;
      return true;
    };
    pp$1.regexp_eatClassSetReservedPunctuator = function(state) {
      var ch = state.current();
      if (isClassSetReservedPunctuator(ch)) {
        state.lastIntValue = ch;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatClassControlLetter = function(state) {
      var ch = state.current();
      if (isDecimalDigit(ch) || ch === 95) {
        state.lastIntValue = ch % 32;
        state.advance();
        return true;
      }
      return false;
    };
    pp$1.regexp_eatHexEscapeSequence = function(state) {
      var start = state.pos;
      if (state.eat(
        120
        /* x */
      )) {
        if (this.regexp_eatFixedHexDigits(state, 2)) {
          return true;
        }
        if (state.switchU) {
          state.raise("Invalid escape");
        }
        state.pos = start;
      }
      return false;
    };
    pp$1.regexp_eatDecimalDigits = function(state) {
      var start = state.pos;
      var ch = 0;
      state.lastIntValue = 0;
      while (isDecimalDigit(ch = state.current())) {
        state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
        state.advance();
      }
      return state.pos !== start;
    };
    pp$1.regexp_eatHexDigits = function(state) {
      var start = state.pos;
      var ch = 0;
      state.lastIntValue = 0;
      while (isHexDigit(ch = state.current())) {
        state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
        state.advance();
      }
      return state.pos !== start;
    };
    pp$1.regexp_eatLegacyOctalEscapeSequence = function(state) {
      if (this.regexp_eatOctalDigit(state)) {
        var n1 = state.lastIntValue;
        if (this.regexp_eatOctalDigit(state)) {
          var n2 = state.lastIntValue;
          if (n1 <= 3 && this.regexp_eatOctalDigit(state)) {
            state.lastIntValue = n1 * 64 + n2 * 8 + state.lastIntValue;
          } else {
            state.lastIntValue = n1 * 8 + n2;
          }
        } else {
          state.lastIntValue = n1;
        }
        return true;
      }
      return false;
    };
    pp$1.regexp_eatOctalDigit = function(state) {
      var ch = state.current();
      if (isOctalDigit(ch)) {
        state.lastIntValue = ch - 48;
        state.advance();
        return true;
      }
      state.lastIntValue = 0;
      return false;
    };
    pp$1.regexp_eatFixedHexDigits = function(state, length) {
      var start = state.pos;
      state.lastIntValue = 0;
      for (var i2 = 0; i2 < length; ++i2) {
        var ch = state.current();
        if (!isHexDigit(ch)) {
          state.pos = start;
          return false;
        }
        state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
        state.advance();
      }
      return true;
    };
    Token = function Token2(p) {
      this.type = p.type;
      this.value = p.value;
      this.start = p.start;
      this.end = p.end;
      if (p.options.locations) {
        this.loc = new SourceLocation(p, p.startLoc, p.endLoc);
      }
      if (p.options.ranges) {
        this.range = [p.start, p.end];
      }
    };
    pp = Parser.prototype;
    pp.next = function(ignoreEscapeSequenceInKeyword) {
      if (!ignoreEscapeSequenceInKeyword && this.type.keyword && this.containsEsc) {
        this.raiseRecoverable(this.start, "Escape sequence in keyword " + this.type.keyword);
      }
      if (this.options.onToken) {
        this.options.onToken(new Token(this));
      }
      this.lastTokEnd = this.end;
      this.lastTokStart = this.start;
      this.lastTokEndLoc = this.endLoc;
      this.lastTokStartLoc = this.startLoc;
      this.nextToken();
    };
    pp.getToken = function() {
      this.next();
      return new Token(this);
    };
    if (typeof Symbol !== "undefined") {
      pp[Symbol.iterator] = function() {
        var this$1$1 = this;
        return {
          next: function() {
            var token = this$1$1.getToken();
            return {
              done: token.type === types$1.eof,
              value: token
            };
          }
        };
      };
    }
    pp.nextToken = function() {
      var curContext = this.curContext();
      if (!curContext || !curContext.preserveSpace) {
        this.skipSpace();
      }
      this.start = this.pos;
      if (this.options.locations) {
        this.startLoc = this.curPosition();
      }
      if (this.pos >= this.input.length) {
        return this.finishToken(types$1.eof);
      }
      if (curContext.override) {
        return curContext.override(this);
      } else {
        this.readToken(this.fullCharCodeAtPos());
      }
    };
    pp.readToken = function(code) {
      if (isIdentifierStart(code, this.options.ecmaVersion >= 6) || code === 92) {
        return this.readWord();
      }
      return this.getTokenFromCode(code);
    };
    pp.fullCharCodeAt = function(pos) {
      var code = this.input.charCodeAt(pos);
      if (code <= 55295 || code >= 56320) {
        return code;
      }
      var next = this.input.charCodeAt(pos + 1);
      return next <= 56319 || next >= 57344 ? code : (code << 10) + next - 56613888;
    };
    pp.fullCharCodeAtPos = function() {
      return this.fullCharCodeAt(this.pos);
    };
    pp.skipBlockComment = function() {
      var startLoc = this.options.onComment && this.curPosition();
      var start = this.pos, end = this.input.indexOf("*/", this.pos += 2);
      if (end === -1) {
        this.raise(this.pos - 2, "Unterminated comment");
      }
      this.pos = end + 2;
      if (this.options.locations) {
        for (var nextBreak = void 0, pos = start; (nextBreak = nextLineBreak(this.input, pos, this.pos)) > -1; ) {
          ++this.curLine;
          pos = this.lineStart = nextBreak;
        }
      }
      if (this.options.onComment) {
        this.options.onComment(
          true,
          this.input.slice(start + 2, end),
          start,
          this.pos,
          startLoc,
          this.curPosition()
        );
      }
    };
    pp.skipLineComment = function(startSkip) {
      var start = this.pos;
      var startLoc = this.options.onComment && this.curPosition();
      var ch = this.input.charCodeAt(this.pos += startSkip);
      while (this.pos < this.input.length && !isNewLine(ch)) {
        ch = this.input.charCodeAt(++this.pos);
      }
      if (this.options.onComment) {
        this.options.onComment(
          false,
          this.input.slice(start + startSkip, this.pos),
          start,
          this.pos,
          startLoc,
          this.curPosition()
        );
      }
    };
    pp.skipSpace = function() {
      loop: while (this.pos < this.input.length) {
        var ch = this.input.charCodeAt(this.pos);
        switch (ch) {
          case 32:
          case 160:
            ++this.pos;
            break;
          case 13:
            if (this.input.charCodeAt(this.pos + 1) === 10) {
              ++this.pos;
            }
          case 10:
          case 8232:
          case 8233:
            ++this.pos;
            if (this.options.locations) {
              ++this.curLine;
              this.lineStart = this.pos;
            }
            break;
          case 47:
            switch (this.input.charCodeAt(this.pos + 1)) {
              case 42:
                this.skipBlockComment();
                break;
              case 47:
                this.skipLineComment(2);
                break;
              default:
                break loop;
            }
            break;
          default:
            if (ch > 8 && ch < 14 || ch >= 5760 && nonASCIIwhitespace.test(String.fromCharCode(ch))) {
              ++this.pos;
            } else {
              break loop;
            }
        }
      }
    };
    pp.finishToken = function(type, val) {
      this.end = this.pos;
      if (this.options.locations) {
        this.endLoc = this.curPosition();
      }
      var prevType = this.type;
      this.type = type;
      this.value = val;
      this.updateContext(prevType);
    };
    pp.readToken_dot = function() {
      var next = this.input.charCodeAt(this.pos + 1);
      if (next >= 48 && next <= 57) {
        return this.readNumber(true);
      }
      var next2 = this.input.charCodeAt(this.pos + 2);
      if (this.options.ecmaVersion >= 6 && next === 46 && next2 === 46) {
        this.pos += 3;
        return this.finishToken(types$1.ellipsis);
      } else {
        ++this.pos;
        return this.finishToken(types$1.dot);
      }
    };
    pp.readToken_slash = function() {
      var next = this.input.charCodeAt(this.pos + 1);
      if (this.exprAllowed) {
        ++this.pos;
        return this.readRegexp();
      }
      if (next === 61) {
        return this.finishOp(types$1.assign, 2);
      }
      return this.finishOp(types$1.slash, 1);
    };
    pp.readToken_mult_modulo_exp = function(code) {
      var next = this.input.charCodeAt(this.pos + 1);
      var size = 1;
      var tokentype = code === 42 ? types$1.star : types$1.modulo;
      if (this.options.ecmaVersion >= 7 && code === 42 && next === 42) {
        ++size;
        tokentype = types$1.starstar;
        next = this.input.charCodeAt(this.pos + 2);
      }
      if (next === 61) {
        return this.finishOp(types$1.assign, size + 1);
      }
      return this.finishOp(tokentype, size);
    };
    pp.readToken_pipe_amp = function(code) {
      var next = this.input.charCodeAt(this.pos + 1);
      if (next === code) {
        if (this.options.ecmaVersion >= 12) {
          var next2 = this.input.charCodeAt(this.pos + 2);
          if (next2 === 61) {
            return this.finishOp(types$1.assign, 3);
          }
        }
        return this.finishOp(code === 124 ? types$1.logicalOR : types$1.logicalAND, 2);
      }
      if (next === 61) {
        return this.finishOp(types$1.assign, 2);
      }
      return this.finishOp(code === 124 ? types$1.bitwiseOR : types$1.bitwiseAND, 1);
    };
    pp.readToken_caret = function() {
      var next = this.input.charCodeAt(this.pos + 1);
      if (next === 61) {
        return this.finishOp(types$1.assign, 2);
      }
      return this.finishOp(types$1.bitwiseXOR, 1);
    };
    pp.readToken_plus_min = function(code) {
      var next = this.input.charCodeAt(this.pos + 1);
      if (next === code) {
        if (next === 45 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 62 && (this.lastTokEnd === 0 || lineBreak.test(this.input.slice(this.lastTokEnd, this.pos)))) {
          this.skipLineComment(3);
          this.skipSpace();
          return this.nextToken();
        }
        return this.finishOp(types$1.incDec, 2);
      }
      if (next === 61) {
        return this.finishOp(types$1.assign, 2);
      }
      return this.finishOp(types$1.plusMin, 1);
    };
    pp.readToken_lt_gt = function(code) {
      var next = this.input.charCodeAt(this.pos + 1);
      var size = 1;
      if (next === code) {
        size = code === 62 && this.input.charCodeAt(this.pos + 2) === 62 ? 3 : 2;
        if (this.input.charCodeAt(this.pos + size) === 61) {
          return this.finishOp(types$1.assign, size + 1);
        }
        return this.finishOp(types$1.bitShift, size);
      }
      if (next === 33 && code === 60 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 45 && this.input.charCodeAt(this.pos + 3) === 45) {
        this.skipLineComment(4);
        this.skipSpace();
        return this.nextToken();
      }
      if (next === 61) {
        size = 2;
      }
      return this.finishOp(types$1.relational, size);
    };
    pp.readToken_eq_excl = function(code) {
      var next = this.input.charCodeAt(this.pos + 1);
      if (next === 61) {
        return this.finishOp(types$1.equality, this.input.charCodeAt(this.pos + 2) === 61 ? 3 : 2);
      }
      if (code === 61 && next === 62 && this.options.ecmaVersion >= 6) {
        this.pos += 2;
        return this.finishToken(types$1.arrow);
      }
      return this.finishOp(code === 61 ? types$1.eq : types$1.prefix, 1);
    };
    pp.readToken_question = function() {
      var ecmaVersion2 = this.options.ecmaVersion;
      if (ecmaVersion2 >= 11) {
        var next = this.input.charCodeAt(this.pos + 1);
        if (next === 46) {
          var next2 = this.input.charCodeAt(this.pos + 2);
          if (next2 < 48 || next2 > 57) {
            return this.finishOp(types$1.questionDot, 2);
          }
        }
        if (next === 63) {
          if (ecmaVersion2 >= 12) {
            var next2$1 = this.input.charCodeAt(this.pos + 2);
            if (next2$1 === 61) {
              return this.finishOp(types$1.assign, 3);
            }
          }
          return this.finishOp(types$1.coalesce, 2);
        }
      }
      return this.finishOp(types$1.question, 1);
    };
    pp.readToken_numberSign = function() {
      var ecmaVersion2 = this.options.ecmaVersion;
      var code = 35;
      if (ecmaVersion2 >= 13) {
        ++this.pos;
        code = this.fullCharCodeAtPos();
        if (isIdentifierStart(code, true) || code === 92) {
          return this.finishToken(types$1.privateId, this.readWord1());
        }
      }
      this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
    };
    pp.getTokenFromCode = function(code) {
      switch (code) {
        // The interpretation of a dot depends on whether it is followed
        // by a digit or another two dots.
        case 46:
          return this.readToken_dot();
        // Punctuation tokens.
        case 40:
          ++this.pos;
          return this.finishToken(types$1.parenL);
        case 41:
          ++this.pos;
          return this.finishToken(types$1.parenR);
        case 59:
          ++this.pos;
          return this.finishToken(types$1.semi);
        case 44:
          ++this.pos;
          return this.finishToken(types$1.comma);
        case 91:
          ++this.pos;
          return this.finishToken(types$1.bracketL);
        case 93:
          ++this.pos;
          return this.finishToken(types$1.bracketR);
        case 123:
          ++this.pos;
          return this.finishToken(types$1.braceL);
        case 125:
          ++this.pos;
          return this.finishToken(types$1.braceR);
        case 58:
          ++this.pos;
          return this.finishToken(types$1.colon);
        case 96:
          if (this.options.ecmaVersion < 6) {
            break;
          }
          ++this.pos;
          return this.finishToken(types$1.backQuote);
        case 48:
          var next = this.input.charCodeAt(this.pos + 1);
          if (next === 120 || next === 88) {
            return this.readRadixNumber(16);
          }
          if (this.options.ecmaVersion >= 6) {
            if (next === 111 || next === 79) {
              return this.readRadixNumber(8);
            }
            if (next === 98 || next === 66) {
              return this.readRadixNumber(2);
            }
          }
        // Anything else beginning with a digit is an integer, octal
        // number, or float.
        case 49:
        case 50:
        case 51:
        case 52:
        case 53:
        case 54:
        case 55:
        case 56:
        case 57:
          return this.readNumber(false);
        // Quotes produce strings.
        case 34:
        case 39:
          return this.readString(code);
        // Operators are parsed inline in tiny state machines. '=' (61) is
        // often referred to. `finishOp` simply skips the amount of
        // characters it is given as second argument, and returns a token
        // of the type given by its first argument.
        case 47:
          return this.readToken_slash();
        case 37:
        case 42:
          return this.readToken_mult_modulo_exp(code);
        case 124:
        case 38:
          return this.readToken_pipe_amp(code);
        case 94:
          return this.readToken_caret();
        case 43:
        case 45:
          return this.readToken_plus_min(code);
        case 60:
        case 62:
          return this.readToken_lt_gt(code);
        case 61:
        case 33:
          return this.readToken_eq_excl(code);
        case 63:
          return this.readToken_question();
        case 126:
          return this.finishOp(types$1.prefix, 1);
        case 35:
          return this.readToken_numberSign();
      }
      this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
    };
    pp.finishOp = function(type, size) {
      var str = this.input.slice(this.pos, this.pos + size);
      this.pos += size;
      return this.finishToken(type, str);
    };
    pp.readRegexp = function() {
      var escaped, inClass, start = this.pos;
      for (; ; ) {
        if (this.pos >= this.input.length) {
          this.raise(start, "Unterminated regular expression");
        }
        var ch = this.input.charAt(this.pos);
        if (lineBreak.test(ch)) {
          this.raise(start, "Unterminated regular expression");
        }
        if (!escaped) {
          if (ch === "[") {
            inClass = true;
          } else if (ch === "]" && inClass) {
            inClass = false;
          } else if (ch === "/" && !inClass) {
            break;
          }
          escaped = ch === "\\";
        } else {
          escaped = false;
        }
        ++this.pos;
      }
      var pattern = this.input.slice(start, this.pos);
      ++this.pos;
      var flagsStart = this.pos;
      var flags = this.readWord1();
      if (this.containsEsc) {
        this.unexpected(flagsStart);
      }
      var state = this.regexpState || (this.regexpState = new RegExpValidationState(this));
      state.reset(start, pattern, flags);
      this.validateRegExpFlags(state);
      this.validateRegExpPattern(state);
      var value = null;
      try {
        value = new RegExp(pattern, flags);
      } catch (e) {
      }
      return this.finishToken(types$1.regexp, { pattern, flags, value });
    };
    pp.readInt = function(radix, len, maybeLegacyOctalNumericLiteral) {
      var allowSeparators = this.options.ecmaVersion >= 12 && len === void 0;
      var isLegacyOctalNumericLiteral = maybeLegacyOctalNumericLiteral && this.input.charCodeAt(this.pos) === 48;
      var start = this.pos, total = 0, lastCode = 0;
      for (var i2 = 0, e = len == null ? Infinity : len; i2 < e; ++i2, ++this.pos) {
        var code = this.input.charCodeAt(this.pos), val = void 0;
        if (allowSeparators && code === 95) {
          if (isLegacyOctalNumericLiteral) {
            this.raiseRecoverable(this.pos, "Numeric separator is not allowed in legacy octal numeric literals");
          }
          if (lastCode === 95) {
            this.raiseRecoverable(this.pos, "Numeric separator must be exactly one underscore");
          }
          if (i2 === 0) {
            this.raiseRecoverable(this.pos, "Numeric separator is not allowed at the first of digits");
          }
          lastCode = code;
          continue;
        }
        if (code >= 97) {
          val = code - 97 + 10;
        } else if (code >= 65) {
          val = code - 65 + 10;
        } else if (code >= 48 && code <= 57) {
          val = code - 48;
        } else {
          val = Infinity;
        }
        if (val >= radix) {
          break;
        }
        lastCode = code;
        total = total * radix + val;
      }
      if (allowSeparators && lastCode === 95) {
        this.raiseRecoverable(this.pos - 1, "Numeric separator is not allowed at the last of digits");
      }
      if (this.pos === start || len != null && this.pos - start !== len) {
        return null;
      }
      return total;
    };
    pp.readRadixNumber = function(radix) {
      var start = this.pos;
      this.pos += 2;
      var val = this.readInt(radix);
      if (val == null) {
        this.raise(this.start + 2, "Expected number in radix " + radix);
      }
      if (this.options.ecmaVersion >= 11 && this.input.charCodeAt(this.pos) === 110) {
        val = stringToBigInt(this.input.slice(start, this.pos));
        ++this.pos;
      } else if (isIdentifierStart(this.fullCharCodeAtPos())) {
        this.raise(this.pos, "Identifier directly after number");
      }
      return this.finishToken(types$1.num, val);
    };
    pp.readNumber = function(startsWithDot) {
      var start = this.pos;
      if (!startsWithDot && this.readInt(10, void 0, true) === null) {
        this.raise(start, "Invalid number");
      }
      var octal = this.pos - start >= 2 && this.input.charCodeAt(start) === 48;
      if (octal && this.strict) {
        this.raise(start, "Invalid number");
      }
      var next = this.input.charCodeAt(this.pos);
      if (!octal && !startsWithDot && this.options.ecmaVersion >= 11 && next === 110) {
        var val$1 = stringToBigInt(this.input.slice(start, this.pos));
        ++this.pos;
        if (isIdentifierStart(this.fullCharCodeAtPos())) {
          this.raise(this.pos, "Identifier directly after number");
        }
        return this.finishToken(types$1.num, val$1);
      }
      if (octal && /[89]/.test(this.input.slice(start, this.pos))) {
        octal = false;
      }
      if (next === 46 && !octal) {
        ++this.pos;
        this.readInt(10);
        next = this.input.charCodeAt(this.pos);
      }
      if ((next === 69 || next === 101) && !octal) {
        next = this.input.charCodeAt(++this.pos);
        if (next === 43 || next === 45) {
          ++this.pos;
        }
        if (this.readInt(10) === null) {
          this.raise(start, "Invalid number");
        }
      }
      if (isIdentifierStart(this.fullCharCodeAtPos())) {
        this.raise(this.pos, "Identifier directly after number");
      }
      var val = stringToNumber(this.input.slice(start, this.pos), octal);
      return this.finishToken(types$1.num, val);
    };
    pp.readCodePoint = function() {
      var ch = this.input.charCodeAt(this.pos), code;
      if (ch === 123) {
        if (this.options.ecmaVersion < 6) {
          this.unexpected();
        }
        var codePos = ++this.pos;
        code = this.readHexChar(this.input.indexOf("}", this.pos) - this.pos);
        ++this.pos;
        if (code > 1114111) {
          this.invalidStringToken(codePos, "Code point out of bounds");
        }
      } else {
        code = this.readHexChar(4);
      }
      return code;
    };
    pp.readString = function(quote) {
      var out = "", chunkStart = ++this.pos;
      for (; ; ) {
        if (this.pos >= this.input.length) {
          this.raise(this.start, "Unterminated string constant");
        }
        var ch = this.input.charCodeAt(this.pos);
        if (ch === quote) {
          break;
        }
        if (ch === 92) {
          out += this.input.slice(chunkStart, this.pos);
          out += this.readEscapedChar(false);
          chunkStart = this.pos;
        } else if (ch === 8232 || ch === 8233) {
          if (this.options.ecmaVersion < 10) {
            this.raise(this.start, "Unterminated string constant");
          }
          ++this.pos;
          if (this.options.locations) {
            this.curLine++;
            this.lineStart = this.pos;
          }
        } else {
          if (isNewLine(ch)) {
            this.raise(this.start, "Unterminated string constant");
          }
          ++this.pos;
        }
      }
      out += this.input.slice(chunkStart, this.pos++);
      return this.finishToken(types$1.string, out);
    };
    INVALID_TEMPLATE_ESCAPE_ERROR = {};
    pp.tryReadTemplateToken = function() {
      this.inTemplateElement = true;
      try {
        this.readTmplToken();
      } catch (err) {
        if (err === INVALID_TEMPLATE_ESCAPE_ERROR) {
          this.readInvalidTemplateToken();
        } else {
          throw err;
        }
      }
      this.inTemplateElement = false;
    };
    pp.invalidStringToken = function(position, message) {
      if (this.inTemplateElement && this.options.ecmaVersion >= 9) {
        throw INVALID_TEMPLATE_ESCAPE_ERROR;
      } else {
        this.raise(position, message);
      }
    };
    pp.readTmplToken = function() {
      var out = "", chunkStart = this.pos;
      for (; ; ) {
        if (this.pos >= this.input.length) {
          this.raise(this.start, "Unterminated template");
        }
        var ch = this.input.charCodeAt(this.pos);
        if (ch === 96 || ch === 36 && this.input.charCodeAt(this.pos + 1) === 123) {
          if (this.pos === this.start && (this.type === types$1.template || this.type === types$1.invalidTemplate)) {
            if (ch === 36) {
              this.pos += 2;
              return this.finishToken(types$1.dollarBraceL);
            } else {
              ++this.pos;
              return this.finishToken(types$1.backQuote);
            }
          }
          out += this.input.slice(chunkStart, this.pos);
          return this.finishToken(types$1.template, out);
        }
        if (ch === 92) {
          out += this.input.slice(chunkStart, this.pos);
          out += this.readEscapedChar(true);
          chunkStart = this.pos;
        } else if (isNewLine(ch)) {
          out += this.input.slice(chunkStart, this.pos);
          ++this.pos;
          switch (ch) {
            case 13:
              if (this.input.charCodeAt(this.pos) === 10) {
                ++this.pos;
              }
            case 10:
              out += "\n";
              break;
            default:
              out += String.fromCharCode(ch);
              break;
          }
          if (this.options.locations) {
            ++this.curLine;
            this.lineStart = this.pos;
          }
          chunkStart = this.pos;
        } else {
          ++this.pos;
        }
      }
    };
    pp.readInvalidTemplateToken = function() {
      for (; this.pos < this.input.length; this.pos++) {
        switch (this.input[this.pos]) {
          case "\\":
            ++this.pos;
            break;
          case "$":
            if (this.input[this.pos + 1] !== "{") {
              break;
            }
          // fall through
          case "`":
            return this.finishToken(types$1.invalidTemplate, this.input.slice(this.start, this.pos));
          case "\r":
            if (this.input[this.pos + 1] === "\n") {
              ++this.pos;
            }
          // fall through
          case "\n":
          case "\u2028":
          case "\u2029":
            ++this.curLine;
            this.lineStart = this.pos + 1;
            break;
        }
      }
      this.raise(this.start, "Unterminated template");
    };
    pp.readEscapedChar = function(inTemplate) {
      var ch = this.input.charCodeAt(++this.pos);
      ++this.pos;
      switch (ch) {
        case 110:
          return "\n";
        // 'n' -> '\n'
        case 114:
          return "\r";
        // 'r' -> '\r'
        case 120:
          return String.fromCharCode(this.readHexChar(2));
        // 'x'
        case 117:
          return codePointToString(this.readCodePoint());
        // 'u'
        case 116:
          return "	";
        // 't' -> '\t'
        case 98:
          return "\b";
        // 'b' -> '\b'
        case 118:
          return "\v";
        // 'v' -> '\u000b'
        case 102:
          return "\f";
        // 'f' -> '\f'
        case 13:
          if (this.input.charCodeAt(this.pos) === 10) {
            ++this.pos;
          }
        // '\r\n'
        case 10:
          if (this.options.locations) {
            this.lineStart = this.pos;
            ++this.curLine;
          }
          return "";
        case 56:
        case 57:
          if (this.strict) {
            this.invalidStringToken(
              this.pos - 1,
              "Invalid escape sequence"
            );
          }
          if (inTemplate) {
            var codePos = this.pos - 1;
            this.invalidStringToken(
              codePos,
              "Invalid escape sequence in template string"
            );
          }
        default:
          if (ch >= 48 && ch <= 55) {
            var octalStr = this.input.substr(this.pos - 1, 3).match(/^[0-7]+/)[0];
            var octal = parseInt(octalStr, 8);
            if (octal > 255) {
              octalStr = octalStr.slice(0, -1);
              octal = parseInt(octalStr, 8);
            }
            this.pos += octalStr.length - 1;
            ch = this.input.charCodeAt(this.pos);
            if ((octalStr !== "0" || ch === 56 || ch === 57) && (this.strict || inTemplate)) {
              this.invalidStringToken(
                this.pos - 1 - octalStr.length,
                inTemplate ? "Octal literal in template string" : "Octal literal in strict mode"
              );
            }
            return String.fromCharCode(octal);
          }
          if (isNewLine(ch)) {
            if (this.options.locations) {
              this.lineStart = this.pos;
              ++this.curLine;
            }
            return "";
          }
          return String.fromCharCode(ch);
      }
    };
    pp.readHexChar = function(len) {
      var codePos = this.pos;
      var n = this.readInt(16, len);
      if (n === null) {
        this.invalidStringToken(codePos, "Bad character escape sequence");
      }
      return n;
    };
    pp.readWord1 = function() {
      this.containsEsc = false;
      var word = "", first = true, chunkStart = this.pos;
      var astral = this.options.ecmaVersion >= 6;
      while (this.pos < this.input.length) {
        var ch = this.fullCharCodeAtPos();
        if (isIdentifierChar(ch, astral)) {
          this.pos += ch <= 65535 ? 1 : 2;
        } else if (ch === 92) {
          this.containsEsc = true;
          word += this.input.slice(chunkStart, this.pos);
          var escStart = this.pos;
          if (this.input.charCodeAt(++this.pos) !== 117) {
            this.invalidStringToken(this.pos, "Expecting Unicode escape sequence \\uXXXX");
          }
          ++this.pos;
          var esc = this.readCodePoint();
          if (!(first ? isIdentifierStart : isIdentifierChar)(esc, astral)) {
            this.invalidStringToken(escStart, "Invalid Unicode escape");
          }
          word += codePointToString(esc);
          chunkStart = this.pos;
        } else {
          break;
        }
        first = false;
      }
      return word + this.input.slice(chunkStart, this.pos);
    };
    pp.readWord = function() {
      var word = this.readWord1();
      var type = types$1.name;
      if (this.keywords.test(word)) {
        type = keywords[word];
      }
      return this.finishToken(type, word);
    };
    version = "8.19.0";
    Parser.acorn = {
      Parser,
      version,
      defaultOptions,
      Position,
      SourceLocation,
      getLineInfo,
      Node,
      TokenType,
      tokTypes: types$1,
      keywordTypes: keywords,
      TokContext,
      tokContexts: types,
      isIdentifierChar,
      isIdentifierStart,
      Token,
      isNewLine,
      lineBreak,
      lineBreakG,
      nonASCIIwhitespace
    };
  }
});

// src/collect/functions.ts
function parseJs(source) {
  try {
    return parse3(source, { ecmaVersion: "latest", sourceType: "module", locations: true, allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
  } catch {
    try {
      return parse3(source, { ecmaVersion: "latest", sourceType: "script", locations: true, allowHashBang: true, allowReturnOutsideFunction: true });
    } catch {
      return null;
    }
  }
}
function eachChild(node, fn) {
  for (const key in node) {
    if (key === "loc") continue;
    const value = node[key];
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v === "object" && typeof v.type === "string") fn(v, key);
    } else if (typeof value.type === "string") fn(value, key);
  }
}
function preorder(root2) {
  let out = preorderCache.get(root2);
  if (out) return out;
  out = [];
  const stack = [root2];
  const kids = [];
  while (stack.length > 0) {
    const n = stack.pop();
    out.push(n);
    kids.length = 0;
    eachChild(n, (c) => kids.push(c));
    for (let i2 = kids.length - 1; i2 >= 0; i2--) stack.push(kids[i2]);
  }
  preorderCache.set(root2, out);
  return out;
}
function walk(node, fn) {
  for (const n of preorder(node)) fn(n);
}
function isStringy(n) {
  return !!n && (n.type === "Literal" && typeof n.value === "string" || n.type === "TemplateLiteral");
}
function allocatingIn(ast) {
  const quiet = nonAllocatingFunctions(ast);
  const lines = /* @__PURE__ */ new Set();
  walk(ast, (n) => {
    if (!n.loc || !allocates(n)) return;
    if (n.type === "CallExpression" && isQuietCall(n, quiet)) return;
    lines.add(n.loc.start.line);
    if (n.type === "CallExpression" || n.type === "NewExpression") {
      const callee = n.callee;
      if (callee?.loc) lines.add(callee.loc.end.line);
    }
  });
  return lines;
}
function allocates(n) {
  if (n.type === "TemplateLiteral") return Array.isArray(n.expressions) && n.expressions.length > 0;
  if (n.type === "Literal") return n.regex !== void 0;
  if (n.type === "BinaryExpression" && n.operator === "+") return isStringy(n.left) || isStringy(n.right);
  if (n.type === "AssignmentExpression" && n.operator === "+=") return isStringy(n.right);
  return ALLOCATING_TYPES.has(n.type);
}
function heapNumbersIn(ast) {
  const lines = /* @__PURE__ */ new Set();
  walk(ast, (n) => {
    if (!n.loc) return;
    let fractional = false;
    if (n.type === "BinaryExpression" || n.type === "AssignmentExpression") fractional = ["/", "**", "/=", "**="].includes(n.operator);
    else if (n.type === "Literal") fractional = typeof n.value === "number" && !Number.isInteger(n.value);
    else if (n.type === "CallExpression") {
      const callee = n.callee;
      if (callee.type === "Identifier") fractional = callee.name === "parseFloat";
      else if (callee.type === "MemberExpression" && !callee.computed) {
        const obj = callee.object;
        const prop = callee.property;
        fractional = obj.type === "Identifier" && obj.name === "Math" && prop.type === "Identifier" && FRACTIONAL_MATH.has(prop.name);
      }
    }
    if (fractional) lines.add(n.loc.start.line);
  });
  return lines;
}
function isQuietCall(n, quiet) {
  const callee = n.callee;
  if (callee.type === "Identifier") return quiet.has(callee.name) || NUMERIC_GLOBALS.has(callee.name);
  if (callee.type === "MemberExpression" && !callee.computed) {
    const obj = callee.object;
    const prop = callee.property;
    if (obj.type !== "Identifier" || prop.type !== "Identifier") return false;
    return obj.name === "Math" || obj.name === "Number" && NUMERIC_NUMBER_METHODS.has(prop.name);
  }
  return false;
}
function walkOwn(node, fn) {
  eachChild(node, (child) => {
    fn(child);
    if (FUNCTION_TYPES.has(child.type) || child.type === "ClassExpression" || child.type === "ClassDeclaration") return;
    walkOwn(child, fn);
  });
}
function localFunctions(ast) {
  const bodies = /* @__PURE__ */ new Map();
  const twice = /* @__PURE__ */ new Set();
  const add = (name, fn) => {
    if (!name) return;
    if (bodies.has(name)) twice.add(name);
    bodies.set(name, fn);
  };
  walk(ast, (n) => {
    if (n.type === "FunctionDeclaration") add(n.id?.name, n);
    else if (n.type === "VariableDeclarator" && n.init && FUNCTION_TYPES.has(n.init.type)) add(n.id.name, n.init);
  });
  for (const name of twice) bodies.delete(name);
  return bodies;
}
function siteLinesOf(n) {
  const lines = [n.loc.start.line];
  if (n.type === "CallExpression" || n.type === "NewExpression") {
    const callee = n.callee;
    if (callee?.loc && callee.loc.end.line !== lines[0]) lines.push(callee.loc.end.line);
  }
  return lines;
}
function forwardingIn(ast) {
  const fns = localFunctions(ast);
  const quiet = nonAllocatingFunctions(ast);
  const localCallee = (n) => {
    if (n.type !== "CallExpression") return null;
    const callee = n.callee;
    return callee.type === "Identifier" && fns.has(callee.name) ? callee.name : null;
  };
  const calls = /* @__PURE__ */ new Map();
  const other = /* @__PURE__ */ new Set();
  const note = (n, into) => {
    if (!n.loc || !allocates(n)) return;
    if (n.type === "CallExpression" && isQuietCall(n, quiet)) return;
    const name = localCallee(n);
    for (const line of siteLinesOf(n)) {
      if (name === null) into.other.add(line);
      else {
        let set = into.calls.get(line);
        if (!set) into.calls.set(line, set = /* @__PURE__ */ new Set());
        set.add(name);
      }
    }
  };
  walk(ast, (n) => note(n, { calls, other }));
  const forwarding = (line) => calls.has(line) && !other.has(line);
  const ownLines = /* @__PURE__ */ new Map();
  for (const [name, fn] of fns) {
    const own = { calls: /* @__PURE__ */ new Map(), other: /* @__PURE__ */ new Set() };
    const visit = (n) => note(n, own);
    for (const param of fn.params ?? []) {
      visit(param);
      walkOwn(param, visit);
    }
    visit(fn.body);
    walkOwn(fn.body, visit);
    ownLines.set(name, /* @__PURE__ */ new Set([...own.calls.keys(), ...own.other]));
  }
  const resolved = /* @__PURE__ */ new Map();
  const targetsOf = (name, seen) => {
    const done = resolved.get(name);
    if (done) return done;
    const out = /* @__PURE__ */ new Set();
    if (seen.has(name)) return out;
    seen.add(name);
    for (const line of ownLines.get(name) ?? []) {
      if (!forwarding(line)) out.add(line);
      else for (const next of calls.get(line)) for (const l of targetsOf(next, seen)) out.add(l);
    }
    seen.delete(name);
    resolved.set(name, out);
    return out;
  };
  const result = /* @__PURE__ */ new Map();
  for (const [line, names] of calls) {
    if (other.has(line)) continue;
    const targets = /* @__PURE__ */ new Set();
    for (const name of names) for (const l of targetsOf(name, /* @__PURE__ */ new Set())) targets.add(l);
    targets.delete(line);
    if (targets.size > 0) result.set(line, [...targets].sort((a, b) => a - b));
  }
  return result;
}
function nonAllocatingFunctions(ast) {
  const bodies = localFunctions(ast);
  const calls = /* @__PURE__ */ new Map();
  const quiet = /* @__PURE__ */ new Set();
  for (const [name, fn] of bodies) {
    const callees = /* @__PURE__ */ new Set();
    let self = false;
    const visit = (n) => {
      if (self || !allocates(n)) return;
      if (n.type === "CallExpression" && isQuietCall(n, NO_NAMES)) return;
      const callee = n.type === "CallExpression" ? n.callee : null;
      if (callee?.type === "Identifier" && bodies.has(callee.name)) callees.add(callee.name);
      else self = true;
    };
    for (const param of fn.params ?? []) {
      visit(param);
      walkOwn(param, visit);
    }
    visit(fn.body);
    walkOwn(fn.body, visit);
    if (!self) {
      quiet.add(name);
      calls.set(name, callees);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of quiet) {
      if ([...calls.get(name)].some((c) => !quiet.has(c))) {
        quiet.delete(name);
        changed = true;
      }
    }
  }
  return quiet;
}
function retainingIn(ast) {
  const lines = /* @__PURE__ */ new Set();
  walk(ast, (n) => {
    if (!n.loc) return;
    if (n.type === "AssignmentExpression" && n.left.type === "MemberExpression") {
      lines.add(n.loc.start.line);
    } else if (n.type === "CallExpression") {
      const callee = n.callee;
      const prop = callee.type === "MemberExpression" && !callee.computed ? callee.property : null;
      if (prop && prop.type === "Identifier" && STORING_METHODS.has(prop.name) && prop.loc) {
        lines.add(prop.loc.start.line);
        lines.add(n.loc.start.line);
      }
    }
  });
  return lines;
}
function functionRanges(source) {
  const ast = parseJs(source);
  return ast ? rangesIn(ast) : null;
}
function runOnceIn(ast) {
  const once = /* @__PURE__ */ new Set();
  const repeated = /* @__PURE__ */ new Set();
  const span = (n, into) => {
    if (!n.loc) return;
    for (let l = n.loc.start.line; l <= n.loc.end.line; l++) into.add(l);
  };
  walk(ast, (n) => {
    if (LOOP_TYPES.has(n.type) || FUNCTION_TYPES.has(n.type) || n.type === "ClassBody") span(n, repeated);
  });
  for (const stmt of ast.body ?? []) span(stmt, once);
  for (const l of repeated) once.delete(l);
  return once;
}
function sourceLines(source) {
  const ast = parseJs(source);
  return ast ? sourceLinesOf(source, ast) : null;
}
function codeLinesOf(lines) {
  return lines.code && lines.headers ? /* @__PURE__ */ new Set([...lines.code, ...lines.headers]) : null;
}
function sourceLinesOf(source, tree, tokenize = tokenizer2) {
  const ast = tree;
  const { code, header } = tokenLines(source, tokenize, headerSpans(ast));
  return { allocating: allocatingIn(ast), heapNumbers: heapNumbersIn(ast), retaining: retainingIn(ast), ranges: rangesIn(ast), once: runOnceIn(ast), code, headers: header, forwards: forwardingIn(ast), calls: calledNamesIn(ast), positions: { lineStarts: lineStartsOf(source), length: source.length } };
}
function calledNamesIn(ast) {
  const out = /* @__PURE__ */ new Map();
  walk(ast, (n) => {
    if (n.type !== "CallExpression" && n.type !== "NewExpression" || !n.loc) return;
    const callee = n.callee;
    const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && !callee.computed ? callee.property.name : void 0;
    if (typeof name !== "string" || !callee.loc) return;
    let lines = out.get(name);
    if (!lines) out.set(name, lines = []);
    if (!lines.includes(callee.loc.end.line)) lines.push(callee.loc.end.line);
  });
  return out;
}
function lineStartsOf(source) {
  const starts = [0];
  const eol = /\r\n?|\n|\u2028|\u2029/g;
  for (let m = eol.exec(source); m; m = eol.exec(source)) starts.push(m.index + m[0].length);
  return starts;
}
function lineAtOffset(p, offset2) {
  if (!(offset2 >= 0) || offset2 > p.length) return null;
  return firstAfter(p.lineStarts, offset2);
}
function headerSpans(ast) {
  const spans = [];
  const visit = (n, start) => {
    const body = n.body;
    if (!body || body.type !== "BlockStatement" || !n.loc || !body.loc) return;
    const first = (body.body ?? [])[0];
    if (!first?.loc || first.loc.start.line <= body.loc.start.line) return;
    if (!(n.params ?? []).every((p) => p.type === "Identifier")) return;
    spans.push([start ?? n.start, body.start + 1]);
  };
  const lead = /* @__PURE__ */ new Map();
  walk(ast, (n) => {
    let decl = n;
    if ((n.type === "ExportNamedDeclaration" || n.type === "ExportDefaultDeclaration") && n.declaration) decl = n.declaration;
    if (FUNCTION_TYPES.has(decl.type) && decl !== n) lead.set(decl, n.start);
    const only = decl.type === "VariableDeclaration" ? decl.declarations[0] : void 0;
    if (only && decl.declarations.length === 1 && only.init && FUNCTION_TYPES.has(only.init.type)) {
      if (!lead.has(only.init)) lead.set(only.init, n.start);
    }
  });
  walk(ast, (n) => {
    if (n.type === "MethodDefinition" || n.type === "Property" && (n.method || n.kind !== "init")) {
      if (!n.computed) visit(n.value, n.start);
    } else if (FUNCTION_TYPES.has(n.type)) visit(n, lead.get(n));
  });
  return spans;
}
function codeLines(source) {
  return parseJs(source) ? codeIn(source) : null;
}
function codeIn(source, tokenize = tokenizer2) {
  return tokenLines(source, tokenize, []).code;
}
function tokenLines(source, tokenize, headers) {
  const code = /* @__PURE__ */ new Set();
  const header = /* @__PURE__ */ new Set();
  const spans = [...headers].sort((x, y) => x[0] - y[0]);
  let k = 0;
  const inHeader = (at2) => {
    while (k < spans.length && spans[k][1] <= at2) k++;
    for (let j = k; j < spans.length && spans[j][0] <= at2; j++) if (at2 < spans[j][1]) return true;
    return false;
  };
  for (const sourceType of ["module", "script"]) {
    try {
      code.clear();
      header.clear();
      k = 0;
      for (const tok of tokenize(source, { ecmaVersion: "latest", sourceType, locations: true, allowHashBang: true, allowReturnOutsideFunction: true })) {
        if (!tok.loc) continue;
        const into = spans.length > 0 && inHeader(tok.start) ? header : code;
        for (let l = tok.loc.start.line; l <= tok.loc.end.line; l++) into.add(l);
      }
      break;
    } catch {
    }
  }
  for (const l of code) header.delete(l);
  return { code, header };
}
function rangesIn(ast) {
  const out = [];
  const visit = (node, nameHint, parent) => {
    if (FUNCTION_TYPES.has(node.type) && node.loc) {
      const id = node.id;
      const range = { start: node.loc.start.line, end: node.loc.end.line, name: id?.name ?? nameHint };
      if (!range.name && parent?.type === "AssignmentExpression" && parent.right === node) range.assigned = assignedName(parent.left);
      out.push(range);
    }
    eachChild(node, (child, key) => {
      const hint = node.type === "VariableDeclarator" && key === "init" ? node.id?.name ?? "" : (node.type === "MethodDefinition" || node.type === "Property" || node.type === "PropertyDefinition") && key === "value" ? node.key?.name ?? "" : "";
      visit(child, hint, node);
    });
  };
  visit(ast, "");
  return out;
}
function assignedName(target) {
  if (target.type === "Identifier") return target.name ?? "";
  if (target.type === "MemberExpression" && !target.computed) return target.property.name ?? "";
  return "";
}
function enclosingFunction(ranges, first, last, name) {
  let best = null;
  let bestNamed = null;
  for (const r of ranges) {
    if (r.start > first || r.end < last) continue;
    if (!best || r.end - r.start < best.end - best.start) best = r;
    const own = r.name || r.assigned || "";
    const named = own !== "" && (own === name || name.endsWith("." + own));
    if (named && (!bestNamed || r.end - r.start < bestNamed.end - bestNamed.start)) bestNamed = r;
  }
  return bestNamed ?? best;
}
var FUNCTION_TYPES, preorderCache, ALLOCATING_TYPES, FRACTIONAL_MATH, NUMERIC_GLOBALS, NUMERIC_NUMBER_METHODS, NO_NAMES, STORING_METHODS, LOOP_TYPES;
var init_functions = __esm({
  "src/collect/functions.ts"() {
    "use strict";
    init_acorn();
    init_sorted();
    FUNCTION_TYPES = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
    preorderCache = /* @__PURE__ */ new WeakMap();
    ALLOCATING_TYPES = /* @__PURE__ */ new Set(["NewExpression", "ArrayExpression", "ObjectExpression", "CallExpression", "SpreadElement", "FunctionExpression", "ArrowFunctionExpression", "ClassExpression", "TaggedTemplateExpression"]);
    FRACTIONAL_MATH = /* @__PURE__ */ new Set(["sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "exp", "expm1", "log", "log1p", "log2", "log10", "pow", "random", "hypot", "fround"]);
    NUMERIC_GLOBALS = /* @__PURE__ */ new Set(["isNaN", "isFinite", "parseInt", "parseFloat"]);
    NUMERIC_NUMBER_METHODS = /* @__PURE__ */ new Set(["isNaN", "isFinite", "isInteger", "isSafeInteger", "parseInt", "parseFloat"]);
    NO_NAMES = /* @__PURE__ */ new Set();
    STORING_METHODS = /* @__PURE__ */ new Set(["push", "unshift", "splice", "set", "add"]);
    LOOP_TYPES = /* @__PURE__ */ new Set(["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"]);
  }
});

// src/collect/memory/raw-scan.ts
function newRawScan() {
  return { fnLines: /* @__PURE__ */ new Map(), fnUrl: /* @__PURE__ */ new Map(), lastUs: /* @__PURE__ */ new Map() };
}
function keysByTime(track, from = 0) {
  const keyAt = /* @__PURE__ */ new Map();
  for (let i2 = from; i2 < track.t_us.length; i2++) if (track.key[i2]) keyAt.set(track.t_us[i2], track.key[i2]);
  return keyAt;
}
function nameGroup(name) {
  return name === "" || name === "(module)" || name === "(anonymous)" ? "" : name;
}
function scanRawWindow(seg, keyAt, isProfiled, scan) {
  const n = seg.nodes.length / NODE_STRIDE;
  const prof = new Int32Array(n);
  for (let i2 = 0; i2 < n; i2++) {
    const row = i2 * NODE_STRIDE;
    const parent = seg.nodes[row];
    prof[i2] = isProfiled(seg.strings[seg.nodes[row + 5]] ?? "") ? i2 : parent >= 0 ? prof[parent] : -1;
  }
  const linesOf = new Array(n);
  const S = seg.samples;
  for (let i2 = 0; i2 + 3 <= S.length; i2 += 3) {
    const node = S[i2];
    const ts = S[i2 + 1];
    const p = node >= 0 && node < n ? prof[node] : -1;
    if (p < 0 || S[i2 + 2] === 1 /* GC */) continue;
    const row = p * NODE_STRIDE;
    const url = seg.strings[seg.nodes[row + 5]] ?? "";
    if (!(ts <= (scan.lastUs.get(url) ?? -Infinity))) scan.lastUs.set(url, ts);
    const key = keyAt.get(ts);
    if (!key) continue;
    let lines = linesOf[p];
    if (!lines) {
      const fn = `${url}|${nameGroup(seg.strings[seg.nodes[row + 4]] ?? "")}`;
      const column = seg.nodes[row + 3];
      let byColumn = scan.fnLines.get(fn);
      if (!byColumn) {
        scan.fnLines.set(fn, byColumn = /* @__PURE__ */ new Map());
        scan.fnUrl.set(fn, url);
      }
      lines = byColumn.get(column);
      if (!lines) byColumn.set(column, lines = /* @__PURE__ */ new Map());
      linesOf[p] = lines;
    }
    lines.set(key, (lines.get(key) ?? 0) + 1);
  }
}
function mergeRawScan(scan, isProfiled, fnLines) {
  let last = -Infinity;
  for (const [url, t] of scan.lastUs) if (t > last && isProfiled(url)) last = t;
  for (const [fn, byColumn] of scan.fnLines) {
    if (!isProfiled(scan.fnUrl.get(fn) ?? "")) continue;
    let into = fnLines.get(fn);
    if (!into) fnLines.set(fn, into = /* @__PURE__ */ new Map());
    for (const [column, lines] of byColumn) {
      let intoLines = into.get(column);
      if (!intoLines) into.set(column, intoLines = /* @__PURE__ */ new Map());
      for (const [key, count] of lines) intoLines.set(key, (intoLines.get(key) ?? 0) + count);
    }
  }
  return last;
}
var init_raw_scan = __esm({
  "src/collect/memory/raw-scan.ts"() {
    "use strict";
    init_raw();
  }
});

// src/collect/attribute.ts
function sourceAccess(analysis, mapperFor) {
  return {
    mapperFor,
    allocatingLines: (abs) => analysis(abs)?.allocating ?? null,
    heapNumberLines: (abs) => analysis(abs)?.heapNumbers ?? null,
    runOnceLines: (abs) => analysis(abs)?.once ?? null,
    codeLines: (abs) => analysis(abs)?.code ?? null,
    headerLines: (abs) => analysis(abs)?.headers ?? null,
    forwardingLines: (abs) => analysis(abs)?.forwards ?? null,
    sourcePositions: (abs) => analysis(abs)?.positions ?? null,
    functionRanges: (abs) => analysis(abs)?.ranges ?? null,
    calledNames: (abs) => analysis(abs)?.calls ?? null
  };
}
function newAcc() {
  return { js: 0, native: 0, sys: 0, gc: 0, samples: 0 };
}
function addScaled(into, from, f) {
  into.js += from.js * f;
  into.native += from.native * f;
  into.sys += from.sys * f;
  into.gc += from.gc * f;
  into.samples += from.samples * f;
}
function sortTrack(track, from = 0) {
  const t = track.t_us;
  const n = t.length;
  let descents = 0;
  for (let i2 = Math.max(1, from); i2 < n; i2++) if (t[i2] < t[i2 - 1]) descents++;
  if (descents === 0) return;
  const nums = [track.t_us, track.dt_s, track.cpu_s].filter((c) => c !== void 0 && c.length === n);
  const keys = [track.key, track.alloc_key, track.js_alloc_key].filter((c) => c !== void 0 && c.length === n);
  if (descents <= MAX_INSERTION_DESCENTS) {
    for (let i2 = Math.max(1, from); i2 < n; i2++) {
      const ti = t[i2];
      if (ti >= t[i2 - 1]) continue;
      let j = i2 - 1;
      while (j > 0 && t[j - 1] > ti) j--;
      for (const c of nums) moveBackNumber(c, i2, j);
      for (const c of keys) moveBackKey(c, i2, j);
    }
    return;
  }
  const order = Array.from({ length: n }, (_, i2) => i2).sort((a, b) => t[a] - t[b]);
  for (const c of nums) permuteNumbers(c, order);
  for (const c of keys) permuteKeys(c, order);
}
function moveBackNumber(c, i2, j) {
  const v = c[i2];
  c.copyWithin(j + 1, j, i2);
  c[j] = v;
}
function moveBackKey(c, i2, j) {
  const v = c[i2];
  c.copyWithin(j + 1, j, i2);
  c[j] = v;
}
function permuteNumbers(c, order) {
  const copy = Float64Array.from(c);
  for (let i2 = 0; i2 < order.length; i2++) c[i2] = copy[order[i2]];
}
function permuteKeys(c, order) {
  const copy = c.slice();
  for (let i2 = 0; i2 < order.length; i2++) c[i2] = copy[order[i2]];
}
function inSiteFunction(fn, line) {
  return fn.lines ? fn.lines.includes(line) : fn.ranges.some(([from, to]) => line >= from && line <= to);
}
function tallySampler(tracks, intervalMs, into = /* @__PURE__ */ new Map()) {
  const lateS = LATE_SAMPLE_INTERVALS * intervalMs / 1e3;
  for (const t of tracks) {
    let e = into.get(t.pid);
    if (!e) into.set(t.pid, e = { all: 0, late: 0, lateSamples: 0 });
    for (const dt of t.dt_s) {
      e.all += dt;
      if (dt > lateS) {
        e.late += dt;
        e.lateSamples++;
      }
    }
  }
  return into;
}
function isRegisteredFrame(r, url, column, name) {
  return r.url === url && (r.column === column || r.name !== "" && r.name === name);
}
function lineKey(file, line) {
  return `${file}:${line}`;
}
function isProfiledPath(abs, f) {
  for (const ex of f.alwaysExclude) if (abs === ex || abs.startsWith(ex.endsWith(import_node_path7.sep) ? ex : ex + import_node_path7.sep)) return false;
  if (f.profileExclude.some((s) => s && abs.includes(s))) return false;
  if (f.profileOnly.length > 0) return f.profileOnly.some((s) => s && abs.includes(s));
  if (f.profileAll) return true;
  const rel = (0, import_node_path7.relative)(f.root, abs);
  if (rel.startsWith("..") || (0, import_node_path7.isAbsolute)(rel)) return false;
  return !rel.split(import_node_path7.sep).includes("node_modules");
}
function urlToPath(url) {
  const plain = process.platform === "win32" ? null : PLAIN_FILE_URL.exec(url);
  if (plain && !DOT_SEGMENT.test(plain[1])) return plain[1];
  if (url.startsWith("file://")) {
    try {
      return (0, import_node_url2.fileURLToPath)(url);
    } catch {
      return null;
    }
  }
  return (0, import_node_path7.isAbsolute)(url) ? url : null;
}
function touchesSpan(seg, from, to) {
  for (const spans of [seg.paused ?? [], seg.own ?? []]) {
    for (let k = 0; k + 1 < spans.length; k += 2) if (spans[k] <= to && spans[k + 1] >= from) return true;
  }
  return false;
}
function clocksAt(clock, stride, t, hint) {
  const n = clock.length / stride;
  if (n === 0) return null;
  const at2 = (i3, col) => col < stride ? clock[i3 * stride + col] : 0;
  if (t <= at2(0, 0)) return [at2(0, 1), at2(0, 2)];
  if (t >= at2(n - 1, 0)) return [at2(n - 1, 1), at2(n - 1, 2)];
  let i2 = Math.min(hint.i, n - 2);
  while (i2 > 0 && at2(i2, 0) > t) i2--;
  while (i2 < n - 2 && at2(i2 + 1, 0) < t) i2++;
  hint.i = i2;
  const t0 = at2(i2, 0), t1 = at2(i2 + 1, 0);
  const f = t1 === t0 ? 1 : (t - t0) / (t1 - t0);
  return [at2(i2, 1) + (at2(i2 + 1, 1) - at2(i2, 1)) * f, at2(i2, 2) + (at2(i2 + 1, 2) - at2(i2, 2)) * f];
}
function attribute(threads, opts, sources) {
  const a = createAttributor(threads, opts, sources);
  for (const t of threads) a.add(t, t.segments);
  return a.finish();
}
function createAttributor(mapsFrom, opts, sources) {
  const out = {
    lines: /* @__PURE__ */ new Map(),
    functions: /* @__PURE__ */ new Map(),
    unattributed_s: 0,
    runqueue_s: 0,
    tracks: [],
    perPid: /* @__PURE__ */ new Map(),
    mappedSources: /* @__PURE__ */ new Map(),
    callEdges: /* @__PURE__ */ new Map()
  };
  const profiledCache = /* @__PURE__ */ new Map();
  const profiledAbs = (url) => {
    let v = profiledCache.get(url);
    if (v === void 0) {
      const abs = urlToPath(url);
      v = abs && isProfiledPath(abs, opts.filter) ? abs : null;
      profiledCache.set(url, v);
    }
    return v;
  };
  const isProfiledUrl = (url) => url !== "" && profiledAbs(url) !== null;
  const keys = /* @__PURE__ */ new Map();
  const lineKeyOf = (file, line) => {
    let byLine = keys.get(file);
    if (!byLine) keys.set(file, byLine = /* @__PURE__ */ new Map());
    let k = byLine.get(line);
    if (k === void 0) byLine.set(line, k = lineKey(file, line));
    return k;
  };
  const mappers = /* @__PURE__ */ new WeakMap();
  const anyThreadMaps = {};
  for (const t of mapsFrom) for (const [url, payload] of Object.entries(t.meta?.source_maps ?? {})) if (payload) anyThreadMaps[url] ??= payload;
  const onDisk = (read2) => {
    const cache = /* @__PURE__ */ new Map();
    return (abs) => {
      let v = cache.get(abs);
      if (v === void 0) cache.set(abs, v = read2?.(abs) ?? null);
      return v;
    };
  };
  const unlessSelfMapped = (disk) => (abs, url, dumped) => selfMapped(abs, url, dumped) ? null : disk(abs);
  const lineSet = (read2) => unlessSelfMapped(onDisk(read2));
  const mappedLineSet = (disk) => {
    const views = /* @__PURE__ */ new WeakMap();
    return (abs, url, dumped) => {
      if (!selfMapped(abs, url, dumped)) return disk(abs);
      let perThread = views.get(dumped);
      if (!perThread) views.set(dumped, perThread = /* @__PURE__ */ new Map());
      let view = perThread.get(abs);
      if (view === void 0) {
        const source = disk(abs);
        const memo = /* @__PURE__ */ new Map();
        view = source && {
          has(line) {
            let v = memo.get(line);
            if (v === void 0) {
              const r = resolveLine(abs, url, line, dumped);
              memo.set(line, v = r.file === abs && source.has(r.line));
            }
            return v;
          }
        };
        perThread.set(abs, view);
      }
      return view;
    };
  };
  const allocOnDisk = onDisk(sources.allocatingLines);
  const allocLines = mappedLineSet(allocOnDisk);
  const jsAllocLines = mappedLineSet(onDisk((abs) => {
    const a = allocOnDisk(abs);
    const h = a ? sources.heapNumberLines?.(abs) : null;
    return a && h && h.size > 0 ? /* @__PURE__ */ new Set([...a, ...h]) : a;
  }));
  const onceLines = mappedLineSet(onDisk(sources.runOnceLines));
  const codeOf = lineSet(sources.codeLines);
  const headersOf = lineSet(sources.headerLines);
  const positionsOf = lineSet(sources.sourcePositions);
  const rangesOnDisk = onDisk(sources.functionRanges);
  const rangesOf = unlessSelfMapped(rangesOnDisk);
  const callsOnDisk = onDisk(sources.calledNames);
  const siteFunctions = /* @__PURE__ */ new Map();
  const forwardsOf = lineSet(sources.forwardingLines);
  const forwarded = (abs, url, line, dumped, draw = 0) => {
    const targets = forwardsOf(abs, url, dumped)?.get(line);
    return targets ? targets[Math.min(targets.length - 1, Math.floor(draw * targets.length))] : line;
  };
  const fnTicks = /* @__PURE__ */ new Map();
  const fnHeaderTicks = /* @__PURE__ */ new Map();
  const untimed = new Deferred();
  const fnCallLines = /* @__PURE__ */ new Map();
  const untimedCalls = new Deferred();
  const moduleCallees = /* @__PURE__ */ new Map();
  const untimedModule = new Deferred();
  const lineAcc = (file, line) => {
    let m = out.lines.get(file);
    if (!m) out.lines.set(file, m = /* @__PURE__ */ new Map());
    let a = m.get(line);
    if (!a) m.set(line, a = newAcc());
    return a;
  };
  const threadState = /* @__PURE__ */ new Map();
  let finished = false;
  return {
    add(thread, segments) {
      if (finished) throw new Error("attributor: add after finish");
      const dumped = thread.meta?.source_maps ?? NO_MAPS;
      const id = `${thread.pid}-${thread.threadId}`;
      let st = threadState.get(id);
      if (!st) {
        const track = { pid: thread.pid, threadId: thread.threadId, t_us: [], dt_s: [], cpu_s: [], alloc_key: [], js_alloc_key: [], key: [], site_t_us: [], site_key: [], site_js_key: [], site_fn: [] };
        threadState.set(id, st = { track, lastTs: -Infinity, triggers: [] });
        out.tracks.push(track);
      }
      const triggers = triggerIndex(segments, st.triggers);
      const from = st.track.t_us.length;
      for (const seg of segments) st.lastTs = attributeSegment(seg, thread.pid, dumped, st.track, st.lastTs, triggers);
      st.triggers = carryOf(triggers, st.lastTs);
      if (opts.memory !== false) scanForMemory(id, segments, st.track, from);
      sortTrack(st.track, from);
      if (opts.registered.length === 0) stackSites(segments, dumped, st.track);
    },
    dropTracks(intervalMs) {
      out.samplerTally ??= /* @__PURE__ */ new Map();
      tallySampler(out.tracks, intervalMs, out.samplerTally);
      for (const t of out.tracks) {
        for (const k of ["t_us", "dt_s", "cpu_s", "alloc_key", "js_alloc_key", "key", "site_t_us", "site_key", "site_js_key", "site_fn"]) if (t[k]) t[k].length = 0;
      }
    },
    finish() {
      if (finished) throw new Error("attributor: finish twice");
      finished = true;
      return finishAll();
    }
  };
  function scanForMemory(id, segments, track, from) {
    let minTs = Infinity;
    for (const seg of segments) for (let k = 1; k < seg.samples.length; k += 3) if (seg.samples[k] < minTs) minTs = seg.samples[k];
    let i2 = from;
    for (let earlier = 0; i2 > 0 && earlier < LOOK_BACK_EARLIER; i2--) earlier = track.t_us[i2 - 1] >= minTs ? 0 : earlier + 1;
    const keyAt = keysByTime(track, i2);
    out.rawScans ??= /* @__PURE__ */ new Map();
    let scan = out.rawScans.get(id);
    if (!scan) out.rawScans.set(id, scan = newRawScan());
    for (const seg of segments) scanRawWindow(seg, keyAt, isProfiledUrl, scan);
  }
  function finishAll() {
    const spread2 = (u, dists) => {
      for (const dist of dists) {
        const total = dist ? [...dist.values()].reduce((a, b) => a + b, 0) : 0;
        if (!dist || total === 0) continue;
        for (const [line, hits] of dist) chargeLine(u.fn, u.abs, u.url, line, u.acc, hits / total, u.dumped);
        return;
      }
      out.unattributed_s += u.acc.js + u.acc.native + u.acc.sys + u.acc.gc;
    };
    for (const u of untimed) spread2(u, [fnTicks.get(u.fn.key), fnHeaderTicks.get(u.fn.key)]);
    const moduleParts = /* @__PURE__ */ new WeakMap();
    for (const u of untimedModule) {
      let byKey = moduleParts.get(u.dumped);
      if (!byKey) moduleParts.set(u.dumped, byKey = /* @__PURE__ */ new Map());
      const partsKey = `${u.fn.key}\0${u.abs}\0${u.url}`;
      let split = byKey.get(partsKey);
      if (!split) {
        const parts2 = [];
        const callees = [...moduleCallees.get(u.fn.key)?.values() ?? []];
        const once = callees.length > 0 ? onceLines(u.abs, u.url, u.dumped) : null;
        for (const [line, hits] of fnTicks.get(u.fn.key) ?? []) if (!once?.has(line)) parts2.push([u.fn, u.abs, u.url, line, hits]);
        for (const c of callees) for (const [line, hits] of fnTicks.get(c.fn.key) ?? []) parts2.push([c.fn, c.abs, c.url, line, hits]);
        byKey.set(partsKey, split = { parts: parts2, total: parts2.reduce((a, p) => a + p[4], 0) });
      }
      const { parts, total } = split;
      if (total === 0) spread2(u, [fnTicks.get(u.fn.key), fnHeaderTicks.get(u.fn.key)]);
      else for (const [fn, abs, url, line, hits] of parts) chargeLine(fn, abs, url, line, u.acc, hits / total, u.dumped);
    }
    for (const u of untimedCalls) spread2(u, [fnCallLines.get(u.fn.key), fnTicks.get(u.fn.key)]);
    return out;
  }
  function chargeLine(fn, abs, url, line, acc, f, dumped) {
    const r = resolveLine(abs, url, line, dumped);
    addScaled(lineAcc(r.file, r.line), acc, f);
    if (r.line < 1) return;
    let fa = out.functions.get(fn.key);
    if (!fa) out.functions.set(fn.key, fa = { name: fn.name, absPath: abs, acc: newAcc(), lines: /* @__PURE__ */ new Map() });
    addScaled(fa.acc, acc, f);
    const w = (acc.js + acc.native + acc.sys + acc.gc) * f;
    const span = fa.lines.get(r.file);
    if (!span) fa.lines.set(r.file, { min: r.line, max: r.line, weight: w, hot: r.line, hotWeight: w });
    else {
      span.min = Math.min(span.min, r.line);
      span.max = Math.max(span.max, r.line);
      span.weight += w;
      if (w > span.hotWeight) {
        span.hot = r.line;
        span.hotWeight = w;
      }
    }
  }
  function stackSites(segments, dumped, track) {
    if (!segments.some((seg) => (seg.trig_stacks?.length ?? 0) > 0)) return;
    const scriptUrl = /* @__PURE__ */ new Map();
    for (const seg of segments) {
      for (let r = 0; r + NODE_STRIDE <= seg.nodes.length; r += NODE_STRIDE) {
        const url = seg.strings[seg.nodes[r + 5]];
        if (url) scriptUrl.set(seg.nodes[r + 1], url);
      }
    }
    let reached = null;
    const reachedOf = () => reached ??= reachedNames(segments);
    const sites = [];
    for (const seg of segments) {
      const st = seg.trig_stacks ?? [];
      const names = seg.trig_names ?? [];
      for (let i2 = 0; i2 + 3 <= st.length; ) {
        const key = st[i2];
        const kind = st[i2 + 1];
        const n = st[i2 + 2];
        const frames = [];
        let j = i2 + 3;
        for (let f = 0; f < n && j + 5 <= st.length; f++) {
          const k = st[j + 4];
          frames.push({ script: st[j], position: st[j + 1], fnLine: st[j + 2], name: names[st[j + 3]] ?? "", preceding: st.slice(j + 5, j + 5 + k) });
          j += 5 + k;
        }
        i2 = j;
        if (kind !== TRIGGER_ALLOC && kind !== TRIGGER_COPY) continue;
        const found = stackSite(frames, scriptUrl, dumped, reachedOf);
        if (found === null) continue;
        sites.push({ key, ...found });
      }
    }
    const through = /* @__PURE__ */ new Map();
    const outOfLine = /* @__PURE__ */ new Set();
    for (const { site, inner, exact } of sites) {
      if (typeof site !== "string") continue;
      let names = through.get(site);
      if (!names) through.set(site, names = /* @__PURE__ */ new Set());
      for (const name of inner) names.add(name);
      if (inner.length === 0) names.add(NO_CALLEE);
      if (!exact && inner.length > 0) outOfLine.add(site);
    }
    const soleLineThrough = (site, callee) => {
      const candidates = callee === NO_CALLEE ? site.direct : callee !== "" ? site.lines : void 0;
      if (!candidates) return null;
      const keys2 = candidates.map((l) => lineKeyOf(site.file, l)).filter((k) => through.get(k)?.has(callee) && (callee !== NO_CALLEE || !outOfLine.has(k)));
      return keys2.length === 1 ? keys2[0] : null;
    };
    for (const { key, site, inner } of sites) {
      const placed = typeof site === "string" ? site : soleLineThrough(site, inner[inner.length - 1] ?? NO_CALLEE) ?? site;
      track.site_t_us.push(key);
      track.site_key.push(typeof placed === "string" ? placed : null);
      track.site_js_key.push(typeof placed === "string" ? placed : null);
      track.site_fn.push(typeof placed === "string" ? null : placed);
    }
  }
  function reachedNames(segments) {
    const out2 = /* @__PURE__ */ new Map();
    for (const seg of segments) {
      const { prof, childOnPath } = profiledPaths(seg);
      for (let n = 0; n < prof.length; n++) {
        const p = prof[n];
        if (p < 0 || p === n) continue;
        const name = seg.strings[seg.nodes[n * NODE_STRIDE + 4]];
        const abs = profiledAbs(seg.strings[seg.nodes[p * NODE_STRIDE + 5]]);
        if (!name || !abs) continue;
        let byName = out2.get(abs);
        if (!byName) out2.set(abs, byName = /* @__PURE__ */ new Map());
        let lines = byName.get(name);
        if (!lines) byName.set(name, lines = /* @__PURE__ */ new Set());
        lines.add(seg.nodes[childOnPath[n] * NODE_STRIDE + 2]);
      }
    }
    return out2;
  }
  function stackSite(frames, scriptUrl, dumped, reachedOf) {
    for (let f = 0; f < frames.length; f++) {
      const frame = frames[f];
      const url = scriptUrl.get(frame.script);
      const abs = url === void 0 ? null : profiledAbs(url);
      if (url === void 0 || !abs) continue;
      const self = selfMapped(abs, url, dumped);
      const positions = self ? generatedPositions(payloadOf(abs, url, dumped)) : positionsOf(abs, url, dumped);
      const alloc = allocOnDisk(abs);
      if (!alloc || !positions) return null;
      const disk = (line) => {
        if (!self) return line;
        const r = resolveLine(abs, url, line, dumped);
        return r.file === abs && r.line > 0 ? r.line : null;
      };
      const fnLine = frame.fnLine > 0 ? disk(frame.fnLine) : null;
      const fn = fnLine !== null ? siteFunction(abs, fnLine) : null;
      const usable = (position) => {
        const at2 = lineAtOffset(positions, position);
        const line = at2 === null ? null : disk(at2);
        return line !== null && alloc.has(line) && (!fn || inSiteFunction(fn, line)) ? line : null;
      };
      const inner = frames.slice(0, f).map((fr) => fr.name);
      const keyed = (line, exact) => {
        if (self) return { site: lineKeyOf(abs, line), inner, exact };
        const r = resolveLine(abs, url, line, dumped);
        return { site: lineKeyOf(r.file, r.line), inner, exact };
      };
      if (frame.position >= 0) {
        const line = usable(frame.position) ?? frame.preceding.map(usable).find((l) => l !== null) ?? null;
        if (line !== null) return keyed(line, true);
      }
      if (!fn) return null;
      const callee = inner[f - 1] ?? "";
      let lines = callee ? (callsOnDisk(abs)?.get(callee) ?? []).filter((l) => inSiteFunction(fn, l)) : [];
      if (lines.length === 0 && callee) {
        const below = [...reachedOf().get(abs)?.get(callee) ?? []].map(disk);
        lines = [...new Set(below.filter((l) => l !== null && inSiteFunction(fn, l) && alloc.has(l)))];
      }
      if (lines.length === 1) return keyed(lines[0], false);
      if (!self && mapperOf(abs, url, dumped)) return null;
      if (lines.length > 1) fn.lines = lines;
      else if (inner.length === 0) fn.direct = [...alloc].filter((l) => inSiteFunction(fn, l));
      return { site: fn, inner, exact: false };
    }
    return null;
  }
  function siteFunction(abs, fnLine) {
    const memoKey = `${fnLine}:${abs}`;
    const memo = siteFunctions.get(memoKey);
    if (memo !== void 0) return memo && { file: memo.file, ranges: memo.ranges };
    const ranges = rangesOnDisk(abs) ?? [];
    const starts = ranges.filter((r) => r.start === fnLine);
    const fn = starts.length === 0 ? null : { file: abs, ranges: [[fnLine, Math.max(...starts.map((r) => r.end))]] };
    const calls = callsOnDisk(abs);
    if (fn && calls) {
      const byName = /* @__PURE__ */ new Map();
      for (const r of ranges) {
        const name = r.name || r.assigned;
        if (name) byName.set(name, [...byName.get(name) ?? [], r]);
      }
      let level = fn.ranges;
      for (let depth = 0; depth < INLINED_CALL_DEPTH && level.length > 0; depth++) {
        const next = [];
        for (const [name, lines] of calls) {
          const callees = byName.get(name);
          if (!callees || !lines.some((l) => level.some(([from, to]) => l >= from && l <= to))) continue;
          for (const r of callees) if (!fn.ranges.some(([from, to]) => from === r.start && to === r.end)) next.push([r.start, r.end]);
        }
        fn.ranges.push(...next);
        level = next;
      }
    }
    siteFunctions.set(memoKey, fn);
    return fn && { file: fn.file, ranges: fn.ranges };
  }
  function mapsFor(abs, url, dumped) {
    return dumped[url] !== void 0 || dumped[abs] !== void 0 ? dumped : anyThreadMaps;
  }
  function payloadOf(abs, url, dumped) {
    const maps = mapsFor(abs, url, dumped);
    return maps[url] ?? maps[abs];
  }
  function mapperOf(abs, url, dumped) {
    let perThread = mappers.get(dumped);
    if (!perThread) mappers.set(dumped, perThread = /* @__PURE__ */ new Map());
    let mapper = perThread.get(abs);
    if (mapper === void 0) {
      mapper = sources.mapperFor(abs, mapsFor(abs, url, dumped), url);
      perThread.set(abs, mapper);
    }
    return mapper;
  }
  function selfMapped(abs, url, dumped) {
    return mapperOf(abs, url, dumped)?.sources?.includes(abs) === true;
  }
  function resolveLine(abs, url, line, dumped) {
    const mapper = mapperOf(abs, url, dumped);
    if (mapper) {
      const o = mapper(line);
      if (o) {
        if (o.sourceContent && !out.mappedSources.has(o.file)) out.mappedSources.set(o.file, o.sourceContent);
        return { file: o.file, line: o.line };
      }
      if (mapper.sources?.includes(abs)) return { file: abs, line: 0 };
    }
    return { file: abs, line };
  }
  function profiledPaths(seg) {
    const nodeCount = seg.nodes.length / NODE_STRIDE;
    const parent = new Int32Array(nodeCount);
    const prof = new Int32Array(nodeCount);
    const childOnPath = new Int32Array(nodeCount);
    for (let n = 0; n < nodeCount; n++) {
      const row = n * NODE_STRIDE;
      const p = seg.nodes[row];
      parent[n] = p;
      const url = seg.strings[seg.nodes[row + 5]];
      const mine = url ? profiledAbs(url) !== null : false;
      if (mine) {
        prof[n] = n;
        childOnPath[n] = -1;
      } else if (p >= 0) {
        prof[n] = prof[p];
        childOnPath[n] = prof[p] === p ? n : childOnPath[p];
      } else {
        prof[n] = -1;
        childOnPath[n] = -1;
      }
    }
    return { parent, prof, childOnPath };
  }
  function attributeSegment(seg, pid, dumped, track, seenUntil, triggers) {
    const nodeCount = seg.nodes.length / NODE_STRIDE;
    const { parent, prof, childOnPath } = profiledPaths(seg);
    const inRegistered = new Uint8Array(nodeCount);
    const registered = opts.registered;
    if (registered.length > 0) {
      for (let n = 0; n < nodeCount; n++) {
        const row = n * NODE_STRIDE;
        const p = parent[n];
        const url = seg.strings[seg.nodes[row + 5]];
        const col = seg.nodes[row + 3];
        const name = seg.strings[seg.nodes[row + 4]];
        const hit = registered.some((r) => isRegisteredFrame(r, url, col, name));
        inRegistered[n] = hit || p >= 0 && inRegistered[p] === 1 ? 1 : 0;
      }
    }
    const selfAcc = /* @__PURE__ */ new Map();
    const selfGcAcc = /* @__PURE__ */ new Map();
    const callerAcc = /* @__PURE__ */ new Map();
    const fnMemo = new Array(nodeCount);
    const fnOf = (n) => fnMemo[n] ?? (fnMemo[n] = fnOfNode(n));
    const fnOfNode = (n) => {
      const row = n * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]];
      const rawName = seg.strings[seg.nodes[row + 4]];
      const col = seg.nodes[row + 3];
      const name = rawName || (col <= 1 ? "(module)" : "(anonymous)");
      return { key: `${url}|${name}|${col}`, name, url };
    };
    const ticksByNode = /* @__PURE__ */ new Map();
    const noCodeTicks = /* @__PURE__ */ new Map();
    for (let i2 = 0; i2 < seg.ticks.length; i2 += 3) {
      const n = seg.ticks[i2];
      if (prof[n] === n) {
        const tickUrl = seg.strings[seg.nodes[n * NODE_STRIDE + 5]];
        const tickAbs = profiledAbs(tickUrl);
        const code = codeOf(tickAbs, tickUrl, dumped);
        if (code && !code.has(seg.ticks[i2 + 1])) {
          if (fnOf(n).name === "(module)") {
            let l2 = noCodeTicks.get(n);
            if (!l2) noCodeTicks.set(n, l2 = []);
            l2.push([seg.ticks[i2 + 1], seg.ticks[i2 + 2]]);
          }
          if (headersOf(tickAbs, tickUrl, dumped)?.has(seg.ticks[i2 + 1])) {
            const key = fnOf(n).key;
            let m = fnHeaderTicks.get(key);
            if (!m) fnHeaderTicks.set(key, m = /* @__PURE__ */ new Map());
            m.set(seg.ticks[i2 + 1], (m.get(seg.ticks[i2 + 1]) ?? 0) + seg.ticks[i2 + 2]);
          }
          continue;
        }
      }
      let l = ticksByNode.get(n);
      if (!l) ticksByNode.set(n, l = []);
      l.push([seg.ticks[i2 + 1], seg.ticks[i2 + 2]]);
      if (prof[n] === n) {
        const key = fnOf(n).key;
        let m = fnTicks.get(key);
        if (!m) fnTicks.set(key, m = /* @__PURE__ */ new Map());
        m.set(seg.ticks[i2 + 1], (m.get(seg.ticks[i2 + 1]) ?? 0) + seg.ticks[i2 + 2]);
      }
    }
    for (let n = 0; n < nodeCount; n++) {
      if (prof[n] !== n || parent[n] < 0) continue;
      const caller = prof[parent[n]];
      if (caller < 0) continue;
      if (fnOf(caller).key === fnOf(n).key) continue;
      const child = parent[n] === caller ? n : childOnPath[parent[n]];
      if (child < 0) continue;
      const url = seg.strings[seg.nodes[caller * NODE_STRIDE + 5]];
      const r = resolveLine(profiledAbs(url), url, seg.nodes[child * NODE_STRIDE + 2], dumped);
      let byLine = out.callEdges.get(r.file);
      if (!byLine) out.callEdges.set(r.file, byLine = /* @__PURE__ */ new Map());
      let callees = byLine.get(r.line);
      if (!callees) byLine.set(r.line, callees = /* @__PURE__ */ new Set());
      callees.add(fnOf(n).key);
      const callerFn = fnOf(caller);
      if (callerFn.name === "(module)") {
        let m = moduleCallees.get(callerFn.key);
        if (!m) moduleCallees.set(callerFn.key, m = /* @__PURE__ */ new Map());
        const calleeFn = fnOf(n);
        if (!m.has(calleeFn.key)) m.set(calleeFn.key, { fn: calleeFn, abs: profiledAbs(calleeFn.url), url: calleeFn.url });
      }
    }
    const allocKeyMemo = /* @__PURE__ */ new Map();
    const selfKeyMemo = /* @__PURE__ */ new Map();
    const callerKeyMemo = /* @__PURE__ */ new Map();
    const jsAllocKeyMemo = /* @__PURE__ */ new Map();
    const hint = { i: 0 };
    const clock = seg.clock;
    const stride = seg.clock_stride ?? 2;
    const hasClock = clock.length >= 2 * stride;
    const interval = seg.interval_us;
    let prevTs = Math.max(seg.start_us, seenUntil);
    let maxTs = seenUntil;
    const paused = seg.paused ?? [];
    const isPaused = (t) => {
      for (let k = 0; k < paused.length; k += 2) if (t >= paused[k] && t <= paused[k + 1]) return true;
      return false;
    };
    let first = true;
    let prevTarget = null;
    const recentAcc = [];
    const recentState = [];
    const recentNode = [];
    let recentCount = 0;
    let lastKey = null;
    const S = seg.samples;
    for (let i2 = 0; i2 < S.length; i2 += 3) {
      const n = S[i2];
      const ts = S[i2 + 1];
      const state = S[i2 + 2];
      if (ts <= seenUntil) continue;
      if (ts > maxTs) maxTs = ts;
      const trig = takeTrigger(triggers, ts);
      if (trig !== null) {
        const p2 = n >= 0 && n < nodeCount ? prof[n] : -1;
        const allowed2 = registered.length === 0 || n >= 0 && inRegistered[n] === 1;
        const site = p2 >= 0 && allowed2 ? siteKey(n, p2, unitHash(trig)) : null;
        const jsSite = p2 >= 0 && allowed2 ? siteKey(n, p2, unitHash(trig), true) : null;
        track.site_t_us.push(trig);
        track.site_key.push(site === NOT_ALLOCATING ? null : site);
        track.site_js_key.push(jsSite === NOT_ALLOCATING ? null : jsSite);
        track.site_fn.push(null);
        continue;
      }
      if (isPaused(ts)) {
        prevTs = ts;
        continue;
      }
      let dtUs = first && seenUntil === -Infinity ? Math.min(interval, Math.max(0, ts - seg.start_us)) || interval : ts - prevTs;
      first = false;
      if (dtUs < 0) dtUs = 0;
      if (dtUs > MAX_SAMPLE_GAP_US) dtUs = MAX_SAMPLE_GAP_US;
      let cpuUs;
      let waitUs = 0;
      if (hasClock) {
        const c0 = clocksAt(clock, stride, ts - dtUs, hint);
        const c1 = clocksAt(clock, stride, ts, hint);
        cpuUs = c0 === null || c1 === null ? dtUs : Math.min(dtUs, Math.max(0, c1[0] - c0[0]));
        if (c0 && c1) waitUs = Math.min(dtUs - cpuUs, Math.max(0, c1[1] - c0[1]));
      } else {
        cpuUs = state === 8 /* IDLE */ || state === 7 /* ATOMICS_WAIT */ ? 0 : dtUs;
      }
      if (ts > prevTs) prevTs = ts;
      out.runqueue_s += waitUs / 1e6;
      const offUs = opts.useVirtualTime ? 0 : dtUs - cpuUs - waitUs;
      let target = null;
      const p = n >= 0 && n < nodeCount ? prof[n] : -1;
      const allowed = registered.length === 0 || n >= 0 && inRegistered[n] === 1;
      if (p >= 0 && allowed) {
        if (p === n) target = { self: n };
        else {
          const c = childOnPath[n];
          const row = p * NODE_STRIDE;
          const url = seg.strings[seg.nodes[row + 5]];
          const line = seg.nodes[c * NODE_STRIDE + 2];
          const key2 = `${p}:${line}`;
          if (!callerAcc.has(key2)) callerAcc.set(key2, { acc: newAcc(), abs: profiledAbs(url), url, line, fnNode: p });
          target = { caller: key2 };
        }
      } else if (state === 1 /* GC */) {
        target = prevTarget;
      }
      const dtS = dtUs / 1e6;
      if (!target) {
        out.unattributed_s += (opts.useVirtualTime ? cpuUs : dtUs) / 1e6;
        track.t_us.push(ts);
        track.dt_s.push(dtS);
        track.cpu_s.push(cpuUs / 1e6);
        track.alloc_key.push(null);
        track.js_alloc_key.push(null);
        track.key.push(null);
        if (state !== 1 /* GC */) prevTarget = null;
        continue;
      }
      prevTarget = target;
      let acc;
      if ("self" in target) {
        const accs = state === 1 /* GC */ ? selfGcAcc : selfAcc;
        acc = accs.get(target.self) ?? newAcc();
        accs.set(target.self, acc);
      } else {
        acc = callerAcc.get(target.caller).acc;
      }
      const cpuS = cpuUs / 1e6;
      if (state === 1 /* GC */) acc.gc += cpuS;
      else if (isNativeSample(state, seg, n)) acc.native += cpuS;
      else acc.js += cpuS;
      acc.sys += offUs / 1e6;
      acc.samples += 1;
      out.perPid.set(pid, (out.perPid.get(pid) ?? 0) + dtS);
      track.t_us.push(ts);
      track.dt_s.push(dtS);
      track.cpu_s.push(cpuS);
      const sited = opts.memory !== false && state !== 1 /* GC */ && p >= 0;
      track.alloc_key.push(sited ? allocKeyOf(n, p) : null);
      track.js_alloc_key.push(sited ? allocKeyOf(n, p, true) : null);
      const key = trackKey(target);
      track.key.push(key);
      const slot = recentCount++ % TAIL_MIX_SAMPLES;
      recentAcc[slot] = acc;
      recentState[slot] = state;
      recentNode[slot] = n;
      lastKey = key;
    }
    const tailUs = Math.min(seg.end_us - prevTs, MAX_SAMPLE_GAP_US);
    const recentN = Math.min(recentCount, TAIL_MIX_SAMPLES);
    if (recentN > 0 && hasClock && tailUs > TAIL_STALL_INTERVALS * interval && !touchesSpan(seg, prevTs, prevTs + tailUs)) {
      const c0 = clocksAt(clock, stride, prevTs, hint);
      const c1 = clocksAt(clock, stride, prevTs + tailUs, hint);
      const cpuUs = c0 && c1 ? Math.min(tailUs, Math.max(0, c1[0] - c0[0])) : 0;
      if (cpuUs >= 2 * interval) {
        const f = 1 / recentN;
        const cpuS = cpuUs / 1e6 * f;
        for (let k = 0; k < recentN; k++) {
          const acc = recentAcc[k];
          if (recentState[k] === 1 /* GC */) acc.gc += cpuS;
          else if (isNativeSample(recentState[k], seg, recentNode[k])) acc.native += cpuS;
          else acc.js += cpuS;
          acc.samples += f;
        }
        out.perPid.set(pid, (out.perPid.get(pid) ?? 0) + tailUs / 1e6);
        track.t_us.push(prevTs + tailUs);
        track.dt_s.push(tailUs / 1e6);
        track.cpu_s.push(cpuUs / 1e6);
        track.alloc_key.push(null);
        track.js_alloc_key.push(null);
        track.key.push(lastKey);
      }
    }
    const charge = (absFn, abs, url, line, acc, f) => chargeLine(fnOf(absFn), abs, url, line, acc, f, dumped);
    for (const b of callerAcc.values()) {
      const code = codeOf(b.abs, b.url, dumped);
      const fn = fnOf(b.fnNode);
      if (code && !code.has(b.line)) {
        untimedCalls.add(fn, b.abs, b.url, b.acc, dumped);
        continue;
      }
      let m = fnCallLines.get(fn.key);
      if (!m) fnCallLines.set(fn.key, m = /* @__PURE__ */ new Map());
      m.set(b.line, (m.get(b.line) ?? 0) + b.acc.samples);
      charge(b.fnNode, b.abs, b.url, b.line, b.acc, 1);
    }
    function moduleOnceMisplaced(n, abs, url) {
      if (fnOf(n).name !== "(module)") return null;
      const once = onceLines(abs, url, dumped);
      const callees = moduleCallees.get(fnOf(n).key);
      if (!once || !callees) return null;
      let calleeTicks = 0;
      for (const [m, t] of ticksByNode) if (m !== n && callees.has(fnOf(m).key)) for (const x of t) calleeTicks += x[1];
      return calleeTicks > 0 ? once : null;
    }
    function foreignTicks(n, abs, url, misplaced) {
      const callees = moduleCallees.get(fnOf(n).key);
      if (!callees) return [];
      const candidates = [...misplaced ? (ticksByNode.get(n) ?? []).filter((t) => misplaced.has(t[0])) : [], ...(noCodeTicks.get(n) ?? []).filter((t) => t[0] !== 1)];
      const out2 = [];
      for (const [line, hits] of candidates) {
        if (hits <= 0) continue;
        for (const c of callees.values()) {
          if (c.abs === abs || c.fn.name === "(anonymous)" || c.fn.name === "(module)") continue;
          const ranges = rangesOf(c.abs, c.url, dumped);
          if (ranges?.some((r) => (r.name === c.fn.name || r.assigned === c.fn.name) && r.start <= line && line <= r.end)) {
            out2.push([c.fn, c.abs, c.url, line, hits]);
            break;
          }
        }
      }
      return out2;
    }
    const selfBuckets = [...[...selfAcc].map(([n, acc]) => ({ n, acc, gc: false })), ...[...selfGcAcc].map(([n, acc]) => ({ n, acc, gc: true }))];
    const orphanGc = [];
    let allocTicks = null;
    const windowAlloc = () => {
      if (allocTicks) return allocTicks;
      allocTicks = [];
      for (const [m, ticks] of ticksByNode) {
        if (prof[m] !== m) continue;
        const u = seg.strings[seg.nodes[m * NODE_STRIDE + 5]];
        const a = profiledAbs(u);
        const alloc = jsAllocLines(a, u, dumped);
        if (!alloc) continue;
        const forwards = forwardsOf(a, u, dumped);
        const misplaced = moduleOnceMisplaced(m, a, u);
        for (const [line, hits] of ticks) {
          if (!alloc.has(line) || hits <= 0 || misplaced?.has(line)) continue;
          const targets = forwards?.get(line) ?? [line];
          for (const t of targets) allocTicks.push([m, t, hits / targets.length]);
        }
      }
      return allocTicks;
    };
    for (const { n, acc, gc } of selfBuckets) {
      const row = n * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]];
      const abs = profiledAbs(url);
      let ticks = ticksByNode.get(n);
      const misplacedOnce = moduleOnceMisplaced(n, abs, url);
      if (ticks && misplacedOnce) ticks = ticks.filter((t) => !misplacedOnce.has(t[0]));
      if (ticks && gc) {
        const alloc = jsAllocLines(abs, url, dumped);
        if (alloc) {
          let found = false;
          for (const cand of [ticks, [...fnTicks.get(fnOf(n).key) ?? []]]) {
            const allocating = cand.filter((t) => alloc.has(t[0]) && t[1] > 0 && !misplacedOnce?.has(t[0]));
            if (allocating.length > 0) {
              ticks = allocating;
              found = true;
              break;
            }
          }
          if (!found && windowAlloc().length > 0) {
            orphanGc.push(acc);
            continue;
          }
        }
      }
      const total = ticks ? ticks.reduce((s, t) => s + t[1], 0) : 0;
      if (!gc && fnOf(n).name === "(module)" && (total > 0 || misplacedOnce || noCodeTicks.has(n)) && codeOf(abs, url, dumped)) {
        const all = acc.samples + (selfGcAcc.get(n)?.samples ?? 0);
        const foreign = foreignTicks(n, abs, url, onceLines(abs, url, dumped));
        const moved = foreign.reduce((sum, t) => sum + t[4], 0);
        const movedLines = new Set(foreign.map((t) => t[3]));
        const own = (ticks ?? []).filter((t) => !movedLines.has(t[0]));
        const ownTotal = own.reduce((sum, t) => sum + t[1], 0);
        const denom = Math.max(all, ownTotal + moved);
        const unmapped = denom > 0 ? (denom - ownTotal - moved) / denom : 0;
        if (unmapped > 0 || moved > 0) {
          for (const [fn, a, u, line, hits] of foreign) {
            chargeLine(fn, a, u, line, acc, hits / denom, dumped);
            let m = fnTicks.get(fn.key);
            if (!m) fnTicks.set(fn.key, m = /* @__PURE__ */ new Map());
            m.set(line, (m.get(line) ?? 0) + hits);
          }
          if (unmapped > 0) {
            const part = newAcc();
            addScaled(part, acc, unmapped);
            untimedModule.add(fnOf(n), abs, url, part, dumped);
          }
          for (const [line, hits] of own) charge(n, abs, url, line, acc, hits / denom);
          continue;
        }
      }
      if (!ticks || total === 0) {
        untimed.add(fnOf(n), abs, url, acc, dumped);
        continue;
      }
      const forwards = gc ? forwardsOf(abs, url, dumped) : null;
      for (const [line, hits] of ticks) {
        const targets = forwards?.get(line);
        if (!targets) charge(n, abs, url, line, acc, hits / total);
        else for (const t of targets) charge(n, abs, url, t, acc, hits / total / targets.length);
      }
    }
    if (orphanGc.length > 0) {
      const sites = windowAlloc();
      const weight = sites.reduce((sum, t) => sum + t[2], 0);
      for (const acc of orphanGc) {
        for (const [m, line, w] of sites) {
          const u = seg.strings[seg.nodes[m * NODE_STRIDE + 5]];
          charge(m, profiledAbs(u), u, line, acc, w / weight);
        }
      }
    }
    return maxTs;
    function allocKeyOf(n, p, js = false) {
      const memo = js ? jsAllocKeyMemo : allocKeyMemo;
      let k = memo.get(n);
      if (k === void 0) {
        const site = siteKey(n, p, void 0, js);
        memo.set(n, k = site === NOT_ALLOCATING ? null : site);
      }
      return k;
    }
    function siteKey(n, p, draw, js = false) {
      const row = p * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]];
      const abs = profiledAbs(url);
      const alloc = (js ? jsAllocLines : allocLines)(abs, url, dumped);
      if (p !== n) {
        const line = seg.nodes[childOnPath[n] * NODE_STRIDE + 2];
        if (alloc && !alloc.has(line)) return NOT_ALLOCATING;
        const r2 = resolveLine(abs, url, forwarded(abs, url, line, dumped, draw), dumped);
        return lineKeyOf(r2.file, r2.line);
      }
      let best = null;
      const once = onceLines(abs, url, dumped);
      const windowTicks = ticksByNode.get(n) ?? [];
      const runTicks = () => [...fnTicks.get(fnOf(n).key) ?? /* @__PURE__ */ new Map()];
      const repeated = (ticks) => once ? ticks.filter((t) => !once.has(t[0])) : ticks;
      const onceWorked = once ? windowTicks.filter((t) => !once.has(t[0]) || t[1] >= ONCE_SITE_MIN_TICKS) : windowTicks;
      for (const source of [() => repeated(windowTicks), () => repeated(runTicks()), () => onceWorked]) {
        const candidates = source().filter((t) => alloc?.has(t[0]) && t[1] > 0);
        if (candidates.length === 0) continue;
        if (draw === void 0) best = candidates.reduce((a, b) => b[1] > a[1] ? b : a);
        else {
          let x = draw * candidates.reduce((sum, t) => sum + t[1], 0);
          best = candidates[candidates.length - 1];
          for (const t of candidates) if ((x -= t[1]) < 0) {
            best = t;
            break;
          }
        }
        break;
      }
      if (!best) return alloc ? NOT_ALLOCATING : trackKey({ self: n });
      const r = resolveLine(abs, url, forwarded(abs, url, best[0], dumped, draw), dumped);
      return lineKeyOf(r.file, r.line);
    }
    function trackKey(target) {
      const memo = "caller" in target ? callerKeyMemo : selfKeyMemo;
      const id = "caller" in target ? target.caller : target.self;
      let k = memo.get(id);
      if (k === void 0) memo.set(id, k = trackKeyOf(target));
      return k;
    }
    function trackKeyOf(target) {
      if ("caller" in target) {
        const b = callerAcc.get(target.caller);
        const code = codeOf(b.abs, b.url, dumped);
        if (code && !code.has(b.line)) return null;
        const r2 = resolveLine(b.abs, b.url, b.line, dumped);
        return lineKeyOf(r2.file, r2.line);
      }
      const row = target.self * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]];
      let ticks = ticksByNode.get(target.self);
      if (!ticks || ticks.length === 0) ticks = [...fnTicks.get(fnOf(target.self).key) ?? /* @__PURE__ */ new Map()];
      if (ticks.length === 0) return null;
      const best = ticks.reduce((a, b) => b[1] > a[1] ? b : a)[0];
      const r = resolveLine(profiledAbs(url), url, best, dumped);
      return lineKeyOf(r.file, r.line);
    }
  }
}
function triggerIndex(segments, carry = []) {
  const rows = [...carry];
  for (const seg of segments) {
    const tr = seg.trig ?? [];
    for (let i2 = 0; i2 + 4 <= tr.length; i2 += 4) rows.push([tr[i2 + 1], tr[i2 + 2], tr[i2], 0]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  return {
    t0: Float64Array.from(rows, (r) => r[0]),
    t1: Float64Array.from(rows, (r) => r[1]),
    key: Float64Array.from(rows, (r) => r[2]),
    used: Uint8Array.from(rows, (r) => r[3])
  };
}
function carryOf(ix, seenUs) {
  const out = [];
  for (let i2 = Math.max(0, firstAfter(ix.t0, seenUs) - 2); i2 < ix.t0.length; i2++) out.push([ix.t0[i2], ix.t1[i2], ix.key[i2], ix.used[i2]]);
  return out;
}
function takeTrigger(ix, ts) {
  const lo = firstAfter(ix.t0, ts);
  for (let i2 = lo - 1; i2 >= 0 && i2 >= lo - 2; i2--) {
    if (!ix.used[i2] && ts <= ix.t1[i2] + TRIGGER_SLACK_US) {
      ix.used[i2] = 1;
      return ix.key[i2];
    }
  }
  return null;
}
function isNativeSample(state, seg, n) {
  if (state === 6 /* EXTERNAL */ || state === 5 /* OTHER */ || state === 8 /* IDLE */ || state === 7 /* ATOMICS_WAIT */) return true;
  if (state !== 0 /* JS */) return false;
  if (n < 0) return false;
  const row = n * NODE_STRIDE;
  const type = seg.nodes[row + 6];
  if (type === 2 /* Callback */) return true;
  if (type === 1 /* Builtin */) return seg.strings[seg.nodes[row + 5]] === "";
  return false;
}
function unitHash(x) {
  let h = Math.imul(x % 4294967296 >>> 0, 2654435761) ^ Math.floor(x / 4294967296);
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return ((h ^ h >>> 16) >>> 0) / 4294967296;
}
var import_node_path7, import_node_url2, MAX_INSERTION_DESCENTS, NO_CALLEE, INLINED_CALL_DEPTH, NOT_ALLOCATING, ONCE_SITE_MIN_TICKS, LATE_SAMPLE_INTERVALS, PLAIN_FILE_URL, DOT_SEGMENT, MAX_SAMPLE_GAP_US, TAIL_STALL_INTERVALS, LOOK_BACK_EARLIER, TAIL_MIX_SAMPLES, Deferred, NO_MAPS, TRIGGER_ALLOC, TRIGGER_COPY, TRIGGER_SLACK_US;
var init_attribute = __esm({
  "src/collect/attribute.ts"() {
    "use strict";
    import_node_path7 = require("node:path");
    import_node_url2 = require("node:url");
    init_raw();
    init_sorted();
    init_functions();
    init_raw_scan();
    MAX_INSERTION_DESCENTS = 4096;
    NO_CALLEE = "\0direct";
    INLINED_CALL_DEPTH = 2;
    NOT_ALLOCATING = /* @__PURE__ */ Symbol("not allocating");
    ONCE_SITE_MIN_TICKS = 10;
    LATE_SAMPLE_INTERVALS = 4;
    PLAIN_FILE_URL = /^file:\/\/(\/[A-Za-z0-9_\-.@+~,=:/]*)$/;
    DOT_SEGMENT = /\/\.\.?(\/|$)/;
    MAX_SAMPLE_GAP_US = 5e5;
    TAIL_STALL_INTERVALS = 4;
    LOOK_BACK_EARLIER = 64;
    TAIL_MIX_SAMPLES = 20;
    Deferred = class {
      byMaps = /* @__PURE__ */ new Map();
      add(fn, abs, url, acc, dumped) {
        let m = this.byMaps.get(dumped);
        if (!m) this.byMaps.set(dumped, m = /* @__PURE__ */ new Map());
        const key = `${fn.key}\0${abs}\0${url}`;
        const e = m.get(key);
        if (e) addScaled(e.acc, acc, 1);
        else m.set(key, { fn, abs, url, acc: { ...acc }, dumped });
      }
      *[Symbol.iterator]() {
        for (const m of this.byMaps.values()) yield* m.values();
      }
    };
    NO_MAPS = Object.freeze({});
    TRIGGER_ALLOC = 1;
    TRIGGER_COPY = 3;
    TRIGGER_SLACK_US = 2;
  }
});

// src/model/profile.ts
function totalSeconds(m) {
  return m.cpu_js_s + m.cpu_native_s + m.system_s + m.gc_s;
}
function maxOf(values, floor = -Infinity) {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}
function setOwn(record, key, value) {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
function measuredMemoryFigures(meta) {
  if (meta.mode !== "full") return [];
  const out = [];
  if (!meta.missing.includes("memory")) out.push(...MEMORY_FIGURES);
  if (!meta.missing.includes("copy")) out.push("copy_bytes");
  return out;
}
function summedFigures(meta) {
  const out = [...CPU_FIGURES];
  for (const k of measuredMemoryFigures(meta)) if (SUMMABLE_METRICS.includes(k)) out.push(k);
  return out;
}
function lineOwners(lines, functions) {
  const owners = new Int32Array(lines.length).fill(-1);
  const byStart = functions.map((_, i2) => i2).sort((a, b) => functions[a].line - functions[b].line);
  const width = (i2) => functions[i2].end_line - functions[i2].line;
  const before = (a, b) => width(a) < width(b) || width(a) === width(b) && a > b;
  const heap = [];
  const push = (i2) => {
    let k = heap.push(i2) - 1;
    while (k > 0) {
      const up = k - 1 >> 1;
      if (!before(heap[k], heap[up])) break;
      [heap[k], heap[up]] = [heap[up], heap[k]];
      k = up;
    }
  };
  const pop = () => {
    const last = heap.pop();
    if (heap.length === 0) return;
    heap[0] = last;
    for (let k = 0; ; ) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === k) break;
      [heap[k], heap[m]] = [heap[m], heap[k]];
      k = m;
    }
  };
  let next = 0;
  lines.forEach((l, j) => {
    while (next < byStart.length && functions[byStart[next]].line <= l.line) push(byStart[next++]);
    while (heap.length > 0 && functions[heap[0]].end_line < l.line) pop();
    if (heap.length > 0) owners[j] = heap[0];
  });
  return owners;
}
function lineSums(f, keys) {
  const sums = f.functions.map(() => Object.fromEntries(keys.map((k) => [k, 0])));
  const owners = lineOwners(f.lines, f.functions);
  f.lines.forEach((l, j) => {
    const o = owners[j];
    if (o < 0) return;
    for (const k of keys) sums[o][k] += l[k] ?? 0;
  });
  for (const s of sums) {
    for (const k of keys) {
      const r = SUM_ROUNDING[k];
      if (r) s[k] = Math.round(s[k] * r) / r;
    }
  }
  return sums;
}
function compactProfile(p) {
  const files = {};
  for (const [path, f] of Object.entries(p.files)) setOwn(files, path, compactFile(f, p.meta));
  return { ...p, files };
}
function compactFile(f, meta) {
  const figures = /* @__PURE__ */ new Set([...CPU_FIGURES, ...measuredMemoryFigures(meta)]);
  const strip = (m) => {
    let zeros = 0;
    for (const k of figures) if (m[k] === 0) zeros++;
    if (zeros === 0) return m;
    const out = {};
    for (const [k, v] of Object.entries(m)) if (!(v === 0 && figures.has(k))) out[k] = v;
    return out;
  };
  const lines = f.lines.map(strip);
  if (f.functions.length === 0) return { ...f, lines, functions: [] };
  const summed = summedFigures(meta);
  const sums = lineSums(f, summed);
  let derived = 0;
  const functions = f.functions.map((fn, i2) => {
    const m = fn;
    const isSum = summed.every((k) => (m[k] ?? 0) === sums[i2][k]);
    if (isSum) derived++;
    const oneLine = fn.end_line === fn.line;
    const out = {};
    for (const [k, v] of Object.entries(fn)) {
      if (isSum && summed.includes(k) || v === 0 && figures.has(k) || oneLine && k === "end_line") continue;
      out[k] = v;
    }
    if (!isSum && out.samples === void 0) out.samples = 0;
    return out;
  });
  return derived > 0 ? { ...f, lines, functions, function_sums: true } : { ...f, lines, functions };
}
var PROFILE_SCHEMA, SUMMABLE_METRICS, MAX_METRICS, MEMORY_FIGURES, CPU_FIGURES, SUM_ROUNDING;
var init_profile = __esm({
  "src/model/profile.ts"() {
    "use strict";
    PROFILE_SCHEMA = "scalene-ci/profile@1";
    SUMMABLE_METRICS = [
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
    MAX_METRICS = ["peak_bytes", "gpu_mem_peak_bytes"];
    MEMORY_FIGURES = ["alloc_js_bytes", "alloc_native_bytes", "free_bytes", "net_bytes", "peak_bytes"];
    CPU_FIGURES = ["cpu_js_s", "cpu_native_s", "system_s", "gc_s", "samples"];
    SUM_ROUNDING = {
      cpu_js_s: 1e6,
      cpu_native_s: 1e6,
      system_s: 1e6,
      gc_s: 1e6,
      samples: 1e3
    };
  }
});

// ts-parser-apart:./ts-parser.js
function typeScriptParsers(Parser3) {
  return (0, import_node_module2.createRequire)(__filename)("./ts-parser.cjs").typeScriptParsers(Parser3);
}
var import_node_module2;
var init_ts_parser = __esm({
  "ts-parser-apart:./ts-parser.js"() {
    import_node_module2 = require("node:module");
  }
});

// src/collect/ts-functions.ts
function loadTypeScriptParsers() {
  try {
    parsers ??= typeScriptParsers(Parser);
  } catch {
  }
}
function parserFor(jsx) {
  parsers ??= typeScriptParsers(Parser);
  return jsx ? parsers.tsx : parsers.ts;
}
function parseTs(source, jsx) {
  let parser;
  try {
    parser = parserFor(jsx);
  } catch {
    return null;
  }
  for (const sourceType of ["module", "script"]) {
    try {
      return parser.parse(source, { ecmaVersion: "latest", sourceType, locations: true, allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: sourceType === "module" });
    } catch {
    }
  }
  return null;
}
function analyseTypeScript(source, jsx = false) {
  const memo = analyses[jsx ? 1 : 0];
  const known = memo.get(source);
  if (known !== void 0) return known;
  const ast = parseTs(source, jsx);
  let a = null;
  if (ast) {
    const parser = parserFor(jsx);
    const lines = sourceLinesOf(source, ast, (input, options) => parser.tokenizer(input, options));
    a = { ranges: lines.ranges, code: codeLinesOf(lines) ?? lines.code ?? /* @__PURE__ */ new Set(), lines };
  }
  if (memo.size >= MAX_ANALYSES) memo.delete(memo.keys().next().value);
  memo.set(source, a);
  return a;
}
function typeScriptFunctionRanges(source, jsx = false) {
  return analyseTypeScript(source, jsx)?.ranges ?? null;
}
function typeScriptCodeLines(source, jsx = false) {
  return analyseTypeScript(source, jsx)?.code ?? null;
}
function analyseSource(abs, source) {
  return TYPESCRIPT.test(abs) ? analyseTypeScript(source, abs.endsWith("x"))?.lines ?? null : sourceLines(source);
}
var parsers, analyses, MAX_ANALYSES;
var init_ts_functions = __esm({
  "src/collect/ts-functions.ts"() {
    "use strict";
    init_acorn();
    init_ts_parser();
    init_functions();
    init_config();
    parsers = null;
    analyses = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
    MAX_ANALYSES = 64;
  }
});

// src/collect/memory/state.ts
function newLineAcc() {
  return { allocJs: 0, allocNative: 0, freedNative: 0, jsLive: 0, copy: 0, sampled: 0, freed: 0, sampledBytes: 0, freedSamples: [], blockLogSum: 0, jsSampled: 0, jsObjects: 0, jsBytes: 0, jsFreedSamples: [], deltas: [], firstUs: Infinity };
}
function lastFullGc(segs) {
  let last = -Infinity;
  let settleFrom = Infinity;
  for (const s of segs) if (s.hs_pre_t !== void 0) settleFrom = Math.min(settleFrom, s.hs_pre_t);
  for (const s of segs) {
    const gc = s.gc ?? [];
    for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) {
      if (gc[i2] >= settleFrom) continue;
      if (gc[i2 + 2] & GC_TYPE_MARK_SWEEP_COMPACT) last = Math.max(last, gc[i2 + 1] || gc[i2]);
    }
  }
  return last;
}
function parseKey(key) {
  let k = parsedKeys.get(key);
  if (!k) {
    const i2 = key.lastIndexOf(":");
    k = { file: key.slice(0, i2), line: Number(key.slice(i2 + 1)) };
    if (parsedKeys.size > 1e5) parsedKeys.clear();
    parsedKeys.set(key, k);
  }
  return k;
}
var KIND_ALLOC, KIND_FREE, KIND_COPY, KIND_FREE_OF_SAMPLED, KIND_BACKGROUND, MEM_STRIDE, GC_STRIDE, HS_NODE_STRIDE, HS_SAMPLE_STRIDE, GC_TYPE_MARK_SWEEP_COMPACT, parsedKeys;
var init_state = __esm({
  "src/collect/memory/state.ts"() {
    "use strict";
    KIND_ALLOC = 1;
    KIND_FREE = 2;
    KIND_COPY = 3;
    KIND_FREE_OF_SAMPLED = 4;
    KIND_BACKGROUND = 16;
    MEM_STRIDE = 8;
    GC_STRIDE = 7;
    HS_NODE_STRIDE = 6;
    HS_SAMPLE_STRIDE = 4;
    GC_TYPE_MARK_SWEEP_COMPACT = 4;
    parsedKeys = /* @__PURE__ */ new Map();
  }
});

// src/collect/build-profile.ts
function metricsOf(a) {
  return {
    cpu_js_s: round(a.js),
    cpu_native_s: round(a.native),
    system_s: round(a.sys),
    gc_s: round(a.gc),
    samples: Math.round(a.samples * 1e3) / 1e3
  };
}
function memFields(m) {
  const out = {
    alloc_js_bytes: m?.alloc_js_bytes ?? 0,
    alloc_native_bytes: m?.alloc_native_bytes ?? 0,
    free_bytes: m?.free_bytes ?? 0,
    net_bytes: m?.net_bytes ?? 0,
    peak_bytes: m?.peak_bytes ?? 0,
    copy_bytes: m?.copy_bytes ?? 0
  };
  if (m?.timeline && m.timeline.length > 0) out.timeline = m.timeline;
  if (m?.leak) out.leak = m.leak;
  return out;
}
function fileKeyFor(root2, abs) {
  const rel = (0, import_node_path8.relative)(root2, abs);
  if (rel.startsWith("..") || (0, import_node_path8.isAbsolute)(rel)) return abs.split(import_node_path8.sep).join("/");
  return rel.split(import_node_path8.sep).join("/");
}
function buildProfile(attribution, threads, run, root2, readSource, memory = null, analysed = () => void 0) {
  const files = {};
  const rangesCache = /* @__PURE__ */ new Map();
  const codeCache = /* @__PURE__ */ new Map();
  const rangesOf = (abs, file) => {
    let ranges = rangesCache.get(abs);
    if (ranges === void 0) {
      const src = file.source;
      const known = src === null ? void 0 : analysed(abs, src);
      ranges = src === null ? null : /\.(c|m)?js$/.test(abs) ? known !== void 0 ? known?.ranges ?? null : functionRanges(src) : TYPESCRIPT.test(abs) ? typeScriptFunctionRanges(src, abs.endsWith("x")) : null;
      rangesCache.set(abs, ranges);
    }
    return ranges;
  };
  const lineCounts = /* @__PURE__ */ new Map();
  const sourceOf = (abs) => readSource(abs) ?? attribution.mappedSources.get(abs) ?? null;
  const totals = { js: 0, native: 0, sys: 0, gc: 0, samples: 0 };
  let misplacedS = 0;
  const memLines = memory?.collected ? memory.lines : /* @__PURE__ */ new Map();
  const allLines = new Map(attribution.lines);
  for (const [abs, m] of memLines) {
    const cpu = allLines.get(abs) ?? /* @__PURE__ */ new Map();
    const merged = new Map(cpu);
    for (const line of m.keys()) if (!merged.has(line)) merged.set(line, { js: 0, native: 0, sys: 0, gc: 0, samples: 0 });
    allLines.set(abs, merged);
  }
  for (const [abs, lines] of allLines) {
    const key = fileKeyFor(root2, abs);
    const mem = memLines.get(abs);
    const source = sourceOf(abs);
    const lineCount = source === null ? Infinity : source.split("\n").length;
    lineCounts.set(key, lineCount);
    const lineRows = [...lines.entries()].sort((a, b) => a[0] - b[0]).filter(([line, acc]) => {
      if (acc.samples === 0 && acc.js + acc.native + acc.sys + acc.gc === 0 && !mem?.has(line)) return false;
      if (line >= 1 && line <= lineCount) return true;
      misplacedS += acc.js + acc.native + acc.sys + acc.gc;
      return false;
    }).map(([line, acc]) => {
      totals.js += acc.js;
      totals.native += acc.native;
      totals.sys += acc.sys;
      totals.gc += acc.gc;
      totals.samples += acc.samples;
      const row = { line, ...metricsOf(acc) };
      if (memory?.collected) Object.assign(row, memFields(mem?.get(line)));
      return row;
    });
    files[key] = { source, lines: lineRows, functions: [] };
  }
  for (const fn of attribution.functions.values()) {
    let best = null;
    for (const e of fn.lines) if (!best || e[1].weight > best[1].weight) best = e;
    if (!best) continue;
    const [abs, span] = best;
    const key = fileKeyFor(root2, abs);
    const file = files[key];
    if (!file) continue;
    const ranges = rangesOf(abs, file);
    if (span.hot < 1 || span.hot > (lineCounts.get(key) ?? Infinity)) continue;
    let code = codeCache.get(abs);
    if (code === void 0) {
      const src = file.source;
      const known = src === null || TYPESCRIPT.test(abs) ? void 0 : analysed(abs, src);
      code = src === null ? null : TYPESCRIPT.test(abs) ? typeScriptCodeLines(src, abs.endsWith("x")) : known !== void 0 ? known && codeLinesOf(known) : codeLines(src);
      codeCache.set(abs, code);
    }
    if (code && !code.has(span.hot) && fn.name !== "(module)") continue;
    let name = fn.name;
    let range = null;
    if (ranges && name === "(anonymous)") {
      range = enclosingFunction(ranges.filter((r) => r.name === ""), span.hot, span.hot, "");
      if (!range) name = "(module)";
    } else if (ranges && name !== "(module)") {
      range = enclosingFunction(ranges, span.hot, span.hot, name);
      if (range && !namedAs(range, name)) {
        const mine = ranges.filter((r) => namedAs(r, name));
        if (mine.length === 1) range = mine[0];
      }
    }
    let start = span.min;
    let end = span.max;
    if (name === "(module)") {
      start = 1;
      end = file.source ? file.source.split("\n").length : span.max;
    } else if (range) {
      start = range.start;
      end = range.end;
    }
    const row = { name, line: start, end_line: Math.max(start, end), ...metricsOf(fn.acc) };
    file.functions.push(row);
  }
  for (const abs of allLines.keys()) {
    const file = files[fileKeyFor(root2, abs)];
    const ranges = file ? rangesOf(abs, file) : null;
    if (!file || !ranges) continue;
    const charged = file.lines.filter((l) => l.samples > 0).map((l) => l.line);
    if (charged.length === 0) continue;
    const rows = new Set(file.functions.map((f) => `${f.line}:${f.end_line}`));
    const chargedIn = (start, end) => {
      const k = firstAtOrAfter(charged, start);
      return k < charged.length && charged[k] <= end;
    };
    for (const r of ranges) {
      const name = r.name || r.assigned;
      if (!name || rows.has(`${r.start}:${r.end}`) || !chargedIn(r.start, r.end)) continue;
      rows.add(`${r.start}:${r.end}`);
      file.functions.push({ name, line: r.start, end_line: r.end, ...metricsOf(newAcc()) });
    }
  }
  for (const [callerAbs, byLine] of attribution.callEdges) {
    const file = files[fileKeyFor(root2, callerAbs)];
    if (!file) continue;
    const at2 = (line) => {
      let lo = 0;
      let hi = file.lines.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (file.lines[mid].line < line) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const calleeLinesOf = (line) => {
      const lines = /* @__PURE__ */ new Set();
      for (const key of byLine.get(line) ?? []) {
        const span = attribution.functions.get(key)?.lines.get(callerAbs);
        if (!span) continue;
        for (let i2 = at2(span.min); i2 < file.lines.length && file.lines[i2].line <= span.max; i2++) if (file.lines[i2].line !== line) lines.add(file.lines[i2].line);
      }
      return [...lines].sort((a, b) => a - b).slice(0, MAX_CALLEE_LINES);
    };
    const calleeSpansOf = (line) => {
      const spans = /* @__PURE__ */ new Map();
      for (const key of byLine.get(line) ?? []) {
        for (const [abs, span] of attribution.functions.get(key)?.lines ?? []) {
          if (abs === callerAbs) continue;
          const fileKey = fileKeyFor(root2, abs);
          if (!files[fileKey]) continue;
          spans.set(`${fileKey}:${span.min}:${span.max}`, [fileKey, span.min, span.max]);
        }
      }
      return [...spans.values()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]).slice(0, MAX_CALLEE_SPANS);
    };
    const known = new Set(file.lines.map((r) => r.line));
    const added = [];
    for (const row of file.lines) {
      const lines = calleeLinesOf(row.line);
      if (lines.length > 0) row.callee_lines = lines;
      const spans = calleeSpansOf(row.line);
      if (spans.length > 0) row.callee_spans = spans;
    }
    const lineCount = lineCounts.get(fileKeyFor(root2, callerAbs)) ?? Infinity;
    for (const line of byLine.keys()) {
      if (known.has(line) || line < 1 || line > lineCount) continue;
      const lines = calleeLinesOf(line);
      const spans = calleeSpansOf(line);
      if (lines.length === 0 && spans.length === 0) continue;
      const row = { line, ...metricsOf(newAcc()), ...lines.length > 0 ? { callee_lines: lines } : {}, ...spans.length > 0 ? { callee_spans: spans } : {} };
      if (memory?.collected) Object.assign(row, memFields(void 0));
      added.push(row);
    }
    if (added.length > 0) file.lines = [...file.lines, ...added].sort((a, b) => a.line - b.line);
  }
  for (const f of Object.values(files)) {
    const merged = /* @__PURE__ */ new Map();
    for (const fn of f.functions) {
      const k = `${fn.name}|${fn.line}`;
      const m = merged.get(k);
      if (!m) merged.set(k, fn);
      else {
        m.cpu_js_s = round(m.cpu_js_s + fn.cpu_js_s);
        m.cpu_native_s = round(m.cpu_native_s + fn.cpu_native_s);
        m.system_s = round(m.system_s + fn.system_s);
        m.gc_s = round(m.gc_s + fn.gc_s);
        m.samples += fn.samples;
        m.end_line = Math.max(m.end_line, fn.end_line);
      }
    }
    f.functions = [...merged.values()].sort((a, b) => a.line - b.line || byCodeUnits(a.name, b.name));
  }
  for (const f of Object.values(files)) sumFunctionsFromLines(f, memory?.collected === true);
  const processes = [];
  const byPid = /* @__PURE__ */ new Map();
  for (const t of threads) {
    const l = byPid.get(t.pid) ?? [];
    l.push(t);
    byPid.set(t.pid, l);
  }
  for (const [pid, ts] of byPid) {
    if ((attribution.perPid.get(pid) ?? 0) === 0) continue;
    const main2 = ts.find((t) => t.threadId === 0) ?? ts[0];
    const complete2 = (main2.meta?.signal ?? null) === null && ts.every((t) => t.meta?.final === true || t.segments.some((s) => s.final));
    processes.push({
      pid,
      ppid: main2.meta?.ppid ?? main2.segments[0]?.ppid ?? null,
      argv: main2.meta?.argv ?? [],
      threads: ts.length,
      exit_code: main2.meta?.exit_code ?? null,
      signal: main2.meta?.signal ?? null,
      complete: complete2
    });
  }
  const tally = withPrior(attribution.tracks, run.intervalMs, attribution.samplerTally);
  run.warnings.push(...warningsOf(tally, run.intervalMs));
  const lateShare = lateShareOf(tally);
  const gcPauseS = gcPauseSeconds(threads);
  const anyMeta = threads.find((t) => t.meta)?.meta;
  const complete = run.complete && processes.every((p) => p.complete);
  const totalsOut = {
    ...metricsOf(totals),
    elapsed_s: round(run.elapsedS),
    unattributed_s: round(attribution.unattributed_s + misplacedS),
    runqueue_s: round(attribution.runqueue_s)
  };
  if (memory?.collected) {
    const t = memory.totals;
    Object.assign(totalsOut, {
      alloc_js_bytes: t.alloc_js_bytes,
      alloc_native_bytes: t.alloc_native_bytes,
      free_bytes: t.free_bytes,
      net_bytes: t.net_bytes,
      peak_bytes: t.peak_bytes,
      copy_bytes: t.copy_bytes,
      peak_footprint_bytes: t.peak_footprint_bytes,
      peak_footprint_at: t.peak_footprint_at ? { file: fileKeyFor(root2, t.peak_footprint_at.absPath), line: t.peak_footprint_at.line } : null,
      footprint_timeline: t.footprint_timeline,
      growth_rate_bytes_per_s: t.growth_rate_bytes_per_s,
      native_background: t.native_background
    });
    run.warnings.push(...memory.warnings);
  }
  return {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: "scalene-ci",
      tool_version: run.toolVersion,
      source_format: "scalene-ci",
      node_version: anyMeta?.node_version ?? process.version,
      v8_version: anyMeta?.v8_version ?? null,
      platform: process.platform,
      arch: process.arch,
      cpu_model: import_node_os3.default.cpus()[0]?.model?.trim() ?? null,
      cpu_count: import_node_os3.default.cpus().length,
      command: run.command,
      start_time: run.startTime.toISOString(),
      elapsed_s: round(run.elapsedS),
      sampling_interval_ms: run.intervalMs,
      runs: 1,
      git_sha: run.gitSha,
      complete,
      use_virtual_time: run.useVirtualTime,
      gpu: null,
      ...memory?.collected && run.memoryWindows ? { memory_windows: { ...run.memoryWindows, ...memory.jsBytesPerGc > 0 ? { js_gc_bytes: Math.round(memory.jsBytesPerGc) } : {} } } : {},
      // Full mode without collected memory (no sampler or shim) says so rather than report zeros.
      mode: run.mode === "full" && !memory?.collected ? "cpu" : run.mode,
      missing: run.mode === "cpu" || !memory?.collected ? ["memory", "copy"] : [],
      processes,
      warnings: run.warnings,
      sampler_late_share: Math.round(lateShare * 1e4) / 1e4,
      ...gcPauseS > 0 ? { gc_pause_s: Math.round(gcPauseS * 1e5) / 1e5 } : {}
    },
    totals: totalsOut,
    files
  };
}
function namedAs(r, name) {
  const own = r.name || r.assigned || "";
  return own !== "" && (own === name || name.endsWith("." + own));
}
function sumFunctionsFromLines(f, withMemory) {
  if (f.functions.length === 0) return;
  if (f.source !== null) {
    const byRange = /* @__PURE__ */ new Map();
    for (const fn of f.functions) {
      const k = `${fn.line}:${fn.end_line}`;
      const m = byRange.get(k);
      if (!m || fn.samples > m.samples) byRange.set(k, fn);
    }
    f.functions = [...byRange.values()];
  }
  const maxLine = f.lines.length ? f.lines[f.lines.length - 1].line : 0;
  const owner = new Int32Array(maxLine + 1).fill(-1);
  const order = f.functions.map((_, i2) => i2).sort((a, b) => f.functions[b].end_line - f.functions[b].line - (f.functions[a].end_line - f.functions[a].line));
  for (const i2 of order) {
    const fn = f.functions[i2];
    for (let l = Math.max(1, fn.line); l <= Math.min(maxLine, fn.end_line); l++) owner[l] = i2;
  }
  const cpu = f.source !== null;
  for (const fn of f.functions) {
    if (cpu) Object.assign(fn, { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 });
    if (withMemory) Object.assign(fn, memFields(void 0));
  }
  for (const l of f.lines) {
    const i2 = l.line <= maxLine ? owner[l.line] : -1;
    if (i2 < 0) continue;
    const fn = f.functions[i2];
    if (cpu) {
      fn.cpu_js_s += l.cpu_js_s;
      fn.cpu_native_s += l.cpu_native_s;
      fn.system_s += l.system_s;
      fn.gc_s += l.gc_s;
      fn.samples += l.samples;
    }
    if (withMemory) {
      for (const k of ["alloc_js_bytes", "alloc_native_bytes", "free_bytes", "net_bytes", "copy_bytes"]) fn[k] = (fn[k] ?? 0) + (l[k] ?? 0);
      fn.peak_bytes = Math.max(fn.peak_bytes ?? 0, l.peak_bytes ?? 0);
      if (l.leak && (!fn.leak || l.leak.likelihood > fn.leak.likelihood)) fn.leak = l.leak;
    }
  }
  if (cpu) {
    f.functions = f.functions.filter((fn) => fn.samples > 0 || fn.cpu_js_s + fn.cpu_native_s + fn.system_s + fn.gc_s > 0 || (fn.alloc_js_bytes ?? 0) + (fn.alloc_native_bytes ?? 0) + (fn.copy_bytes ?? 0) > 0);
    for (const fn of f.functions) {
      fn.cpu_js_s = round(fn.cpu_js_s);
      fn.cpu_native_s = round(fn.cpu_native_s);
      fn.system_s = round(fn.system_s);
      fn.gc_s = round(fn.gc_s);
      fn.samples = Math.round(fn.samples * 1e3) / 1e3;
    }
  }
  f.functions.sort((a, b) => a.line - b.line || byCodeUnits(a.name, b.name));
}
function gcPauseSeconds(threads) {
  let sum = 0;
  let sumSq = 0;
  for (const t of threads) {
    for (const seg of t.segments) {
      const gc = seg.gc ?? [];
      for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) {
        const d = (gc[i2 + 1] - gc[i2]) / 1e6;
        if (d > 0) {
          sum += d;
          sumSq += d * d;
        }
      }
    }
  }
  return sum > 0 ? sumSq / sum : 0;
}
function lateShareOf(byPid) {
  let worst = 0;
  for (const { all, late } of byPid.values()) if (all >= 0.1) worst = Math.max(worst, late / all);
  return worst;
}
function withPrior(tracks, intervalMs, prior) {
  const into = /* @__PURE__ */ new Map();
  for (const [pid, e] of prior ?? []) into.set(pid, { ...e });
  return tallySampler(tracks, intervalMs, into);
}
function warningsOf(byPid, intervalMs) {
  const out = [];
  for (const [pid, e] of byPid) {
    if (e.all < 0.1 || e.lateSamples < 5 || e.late / e.all <= LATE_SHARE_WARN) continue;
    out.push(
      `sampling: in pid ${pid} the sampler fell behind its ${intervalMs} ms interval: ${Math.round(100 * e.late / e.all)} % of the sampled time came from ${e.lateSamples} samples more than ${LATE_SAMPLE_INTERVALS * intervalMs} ms apart (an overloaded machine); its line figures are less precise and compare trusts them less`
    );
  }
  return out;
}
var import_node_path8, import_node_os3, round, MAX_CALLEE_LINES, MAX_CALLEE_SPANS, LATE_SHARE_WARN;
var init_build_profile = __esm({
  "src/collect/build-profile.ts"() {
    "use strict";
    import_node_path8 = require("node:path");
    import_node_os3 = __toESM(require("node:os"), 1);
    init_profile();
    init_attribute();
    init_functions();
    init_ts_functions();
    init_config();
    init_sorted();
    init_state();
    round = (x) => Math.round(x * 1e6) / 1e6;
    MAX_CALLEE_LINES = 200;
    MAX_CALLEE_SPANS = 32;
    LATE_SHARE_WARN = 0.1;
  }
});

// src/collect/memory/cpu-join.ts
function indexTrack(track, intervalUs) {
  const n = track.t_us.length;
  let sorted = true;
  for (let i2 = 1; i2 < n && sorted; i2++) if (track.t_us[i2] < track.t_us[i2 - 1]) sorted = false;
  const whole = (a) => a !== void 0 && a.length === n && !a.includes(void 0);
  const common = {
    ...sitesOf(track),
    // Suspended profiling or a starved sampler leaves gaps where the thread may have been
    // anywhere; a few sampling intervals (20 ms at least) is as far as a sample speaks.
    maxGapUs: Math.max(2e4, 3 * intervalUs),
    intervalUs,
    ...profiledSpan(track)
  };
  if (sorted && track.dt_s.length === n && whole(track.key) && (track.cpu_s === void 0 || track.cpu_s.length === n) && (track.alloc_key === void 0 || whole(track.alloc_key)) && (track.js_alloc_key === void 0 || whole(track.js_alloc_key))) {
    const allocKey = track.alloc_key ?? track.key;
    return { t: track.t_us, key: track.key, dt: track.dt_s, cpu: track.cpu_s ?? track.dt_s, allocKey, jsAllocKey: track.js_alloc_key ?? allocKey, ...common };
  }
  const order = Array.from({ length: n }, (_, i2) => i2);
  if (!sorted) order.sort((a, b) => track.t_us[a] - track.t_us[b]);
  return {
    t: Float64Array.from(order, (i2) => track.t_us[i2]),
    key: order.map((i2) => track.key[i2] ?? null),
    dt: Float64Array.from(order, (i2) => track.dt_s[i2]),
    cpu: Float64Array.from(order, (i2) => track.cpu_s?.[i2] ?? track.dt_s[i2]),
    allocKey: order.map((i2) => track.alloc_key ? track.alloc_key[i2] ?? null : track.key[i2] ?? null),
    jsAllocKey: order.map((i2) => track.js_alloc_key ? track.js_alloc_key[i2] ?? null : track.alloc_key ? track.alloc_key[i2] ?? null : track.key[i2] ?? null),
    ...common
  };
}
function outsideProfiledCode(ix, x, i2) {
  if (x < ix.profiledFromUs) return i2 < ix.t.length && ix.t[i2] < ix.profiledFromUs;
  if (x > ix.profiledToUs) return i2 > 0 && ix.t[i2 - 1] > ix.profiledToUs;
  return false;
}
function profiledSpan(track) {
  let profiledFromUs = Infinity;
  let profiledToUs = -Infinity;
  for (let i2 = 0; i2 < track.key.length; i2++) {
    if (track.key[i2] == null) continue;
    const t = track.t_us[i2];
    if (t < profiledFromUs) profiledFromUs = t;
    if (t > profiledToUs) profiledToUs = t;
  }
  return { profiledFromUs, profiledToUs };
}
function sitesOf(track) {
  const t = track.site_t_us ?? [];
  const order = Array.from({ length: t.length }, (_, i2) => i2).sort((a, b) => t[a] - t[b]);
  const js = track.site_js_key ?? track.site_key;
  return {
    siteT: Float64Array.from(order, (i2) => t[i2]),
    siteKey: order.map((i2) => track.site_key?.[i2] ?? null),
    siteJsKey: order.map((i2) => js?.[i2] ?? null),
    siteFn: order.map((i2) => track.site_fn?.[i2] ?? null)
  };
}
function callLineAt(ix, x, likely, within) {
  return callWitness(ix, x, likely, within)?.key ?? null;
}
function callWitness(ix, x, likely, within) {
  if (!ix || ix.t.length === 0) return null;
  if (within) {
    const w = nearestWithin(ix, x, within);
    if (w) return w;
  }
  const i2 = firstAtOrAfter(ix.t, x);
  if (outsideProfiledCode(ix, x, i2)) return { key: null, near: false };
  const witness = (j, far, picky, strict) => {
    const w = ix.allocKey[j] ?? null;
    return w && picky && (strict || far > reach) && !likely(w) ? null : w;
  };
  const reach = Math.max(NEAR_CALL_MIN_US, NEAR_CALL_INTERVALS * ix.intervalUs);
  const near = lineAt(ix, x);
  const limit = near === null ? Math.max(reach, ix.maxGapUs) : LOOK_BACK_MAX_US;
  const search = (picky, strictTo) => {
    const strict = strictTo !== void 0;
    for (let far = reach; strict || far <= limit; far *= 4) {
      if (strict) far = Math.min(far, strictTo);
      let best = null;
      let bestD = Infinity;
      for (let j = i2 - 1; j >= 0 && x - ix.t[j] <= far; j--) {
        const w = witness(j, far, picky, strict);
        if (w) {
          best = w;
          bestD = x - ix.t[j];
          break;
        }
      }
      for (let j = i2; j < ix.t.length && ix.t[j] - x <= far && ix.t[j] - x < bestD; j++) {
        const w = witness(j, far, picky, strict);
        if (w) {
          best = w;
          break;
        }
      }
      if (best) return { key: best, far };
      if (strict && far >= strictTo) break;
    }
    return null;
  };
  const gapUs = i2 > 0 && i2 < ix.t.length && ix.t[i2] > x ? ix.t[i2] - ix.t[i2 - 1] : 0;
  const inGap = gapUs > LATE_SAMPLE_INTERVALS * ix.intervalUs;
  if (inGap && likely) {
    const strict = search(true, gapUs + reach);
    if (strict) return { key: strict.key, near: false };
  }
  const found = (likely ? search(true) : null) ?? search(false);
  if (found) return { key: found.key, near: found.far <= reach && !inGap };
  return { key: near, near: false };
}
function nearestWithin(ix, x, fn) {
  const prefix = `${fn.file}:`;
  const inFn = (k) => {
    if (!k || !k.startsWith(prefix)) return false;
    return inSiteFunction(fn, Number(k.slice(prefix.length)));
  };
  const i2 = firstAtOrAfter(ix.t, x);
  let best = null;
  let bestD = Infinity;
  for (let j = i2 - 1; j >= 0 && x - ix.t[j] <= LOOK_BACK_MAX_US; j--) {
    if (inFn(ix.allocKey[j] ?? null)) {
      best = ix.allocKey[j];
      bestD = x - ix.t[j];
      break;
    }
  }
  for (let j = i2; j < ix.t.length && ix.t[j] - x <= LOOK_BACK_MAX_US && ix.t[j] - x < bestD; j++) {
    if (inFn(ix.allocKey[j] ?? null)) {
      best = ix.allocKey[j];
      bestD = ix.t[j] - x;
      break;
    }
  }
  const reach = Math.max(NEAR_CALL_MIN_US, NEAR_CALL_INTERVALS * ix.intervalUs);
  if (best) return { key: best, near: bestD <= reach };
  return fn.lines?.length ? { key: `${fn.file}:${fn.lines[0]}`, near: true } : null;
}
function siteFunctionAt(ix, x) {
  if (!ix) return null;
  const i2 = firstAtOrAfter(ix.siteT, x);
  return i2 < ix.siteT.length && ix.siteT[i2] === x ? ix.siteFn[i2] ?? null : null;
}
function siteAt(ix, x, js = false) {
  if (!ix) return null;
  const i2 = firstAtOrAfter(ix.siteT, x);
  return i2 < ix.siteT.length && ix.siteT[i2] === x ? (js ? ix.siteJsKey : ix.siteKey)[i2] ?? null : null;
}
function lineAt(ix, x) {
  if (!ix || ix.t.length === 0) return null;
  const i2 = firstAtOrAfter(ix.t, x);
  let best = -1;
  let bestD = Infinity;
  for (const j of [i2 - 1, i2]) {
    if (j < 0 || j >= ix.t.length) continue;
    const d = Math.abs(ix.t[j] - x);
    if (d < bestD) {
      bestD = d;
      best = j;
    }
  }
  return best >= 0 && bestD <= ix.maxGapUs ? ix.key[best] : null;
}
function lineBefore(ix, x) {
  if (!ix) return null;
  for (let i2 = firstAtOrAfter(ix.t, x + 1) - 1; i2 >= 0; i2--) if (ix.key[i2]) return ix.key[i2];
  return null;
}
var LOOK_BACK_MAX_US, NEAR_CALL_INTERVALS, NEAR_CALL_MIN_US;
var init_cpu_join = __esm({
  "src/collect/memory/cpu-join.ts"() {
    "use strict";
    init_attribute();
    init_sorted();
    LOOK_BACK_MAX_US = 1e6;
    NEAR_CALL_INTERVALS = 10;
    NEAR_CALL_MIN_US = 1e4;
  }
});

// src/collect/memory/gc-bytes.ts
function chargeGcs(m) {
  const siteless = [];
  let prevAfter = null;
  let lastGcEnd = -Infinity;
  let lastReading = null;
  for (const s of m.segs) {
    if (s.heap0 && prevAfter === null) {
      prevAfter = s.heap0[1];
      m.jsUsed0 = s.heap0[1];
      lastGcEnd = s.heap0[0];
    }
    const gc = s.gc ?? [];
    for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) {
      const start = gc[i2];
      const before = gc[i2 + 3];
      if (prevAfter !== null) {
        const bytes = Math.max(0, before - prevAfter);
        m.placedSq += bytes * bytes;
        const key = siteAt(m.track, start, true) ?? (m.track && m.track.siteT.length > 0 ? null : lineAt(m.track, start));
        if (bytes > 0 && !key) siteless.push({ bytes, from: lastGcEnd, to: start });
        else if (bytes > 0 && key) {
          spread(m, bytes, lastGcEnd, start, key);
        }
        m.totalJs += bytes;
      } else {
        m.jsUsed0 = before;
      }
      prevAfter = gc[i2 + 4];
      lastGcEnd = gc[i2 + 1] || start;
    }
    if (s.heap) lastReading = s.heap;
  }
  if (lastReading && prevAfter !== null) {
    m.jsUsedEnd = lastReading[1];
    const tail = Math.max(0, lastReading[1] - prevAfter);
    m.totalJs += tail;
    m.placedSq += tail * tail;
    if (tail > 0) siteless.push({ bytes: tail, from: lastGcEnd, to: lastReading[0] });
  }
  const rates = siteRates(m);
  for (const g of siteless) spread(m, g.bytes, g.from, g.to, null, rates);
  m.charges.sort((a, b) => a.t - b.t);
  m.chargeT = Float64Array.from(m.charges, (c) => c.t);
}
function spread(m, bytes, from, to, site, rates = null) {
  const ix = m.track;
  const allocating = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Map();
  let keyed = 0;
  let unkeyed = 0;
  const add = (per2, k, w, t) => {
    const e = per2.get(k);
    if (e) e.w += w;
    else per2.set(k, { w, t });
  };
  if (ix) {
    for (let i2 = firstAtOrAfter(ix.t, from + 1); i2 < ix.t.length && ix.t[i2] <= to; i2++) {
      const k = ix.key[i2];
      const w = ix.cpu[i2];
      if (!k) {
        unkeyed += w;
        continue;
      }
      keyed += w;
      if (site) continue;
      add(running, k, w, ix.t[i2]);
      const a = ix.jsAllocKey[i2];
      if (a) add(allocating, a, w, ix.t[i2]);
    }
  }
  if (site) {
    const share = keyed + unkeyed > 0 ? keyed / (keyed + unkeyed) : 1;
    m.charges.push({ t: to, key: site, bytes: bytes * share });
    if (share < 1) m.charges.push({ t: to, key: null, bytes: bytes * (1 - share) });
    return;
  }
  if (ix && allocating.size === 0 && running.size > 0) {
    for (let span = Math.max(to - from, ix.intervalUs); allocating.size === 0 && span <= LOOK_BACK_MAX_US; span *= 2) {
      for (let i2 = firstAtOrAfter(ix.t, from - span); i2 < ix.t.length && ix.t[i2] <= to + span; i2++) {
        const a = ix.jsAllocKey[i2];
        if (a) add(allocating, a, ix.cpu[i2] || ix.dt[i2], ix.t[i2]);
      }
    }
  }
  const per = allocating.size > 0 ? allocating : running;
  let weight = 0;
  for (const e of per.values()) weight += e.w;
  if (weight === 0) {
    m.charges.push({ t: to, key: null, bytes });
    return;
  }
  const total = weight + unkeyed;
  const profiled = bytes * weight / total;
  let rated = 0;
  if (rates && per === allocating) for (const [k, e] of per) rated += e.w * (rates.get(k) ?? 0);
  for (const [k, e] of per) {
    const share = rated > 0 ? e.w * (rates.get(k) ?? 0) / rated : e.w / weight;
    if (share > 0) m.charges.push({ t: e.t, key: k, bytes: profiled * share });
  }
  if (unkeyed > 0) m.charges.push({ t: to, key: null, bytes: bytes * unkeyed / total });
}
function siteRates(m) {
  const ix = m.track;
  if (!ix || m.charges.length === 0) return null;
  const bytes = /* @__PURE__ */ new Map();
  for (const c of m.charges) if (c.key) bytes.set(c.key, (bytes.get(c.key) ?? 0) + c.bytes);
  const cpu = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < ix.t.length; i2++) {
    const a = ix.jsAllocKey[i2];
    if (a && bytes.has(a)) cpu.set(a, (cpu.get(a) ?? 0) + (ix.cpu[i2] || ix.dt[i2]));
  }
  const rates = /* @__PURE__ */ new Map();
  for (const [k, b] of bytes) rates.set(k, b / Math.max(cpu.get(k) ?? 0, ix.intervalUs / 1e6));
  return rates;
}
var init_gc_bytes = __esm({
  "src/collect/memory/gc-bytes.ts"() {
    "use strict";
    init_cpu_join();
    init_sorted();
    init_state();
  }
});

// src/collect/memory/heap-lines.ts
function scanRawSamples(thread, track, profiledFiles, fnLines) {
  const keyAt = track ? keysByTime(track) : /* @__PURE__ */ new Map();
  const isProfiled = profiledUrls(profiledFiles);
  const scan = newRawScan();
  for (const seg of thread.segments) scanRawWindow(seg, keyAt, isProfiled, scan);
  return mergeRawScan(scan, isProfiled, fnLines);
}
function profiledUrls(profiledFiles) {
  const urlProfiled = /* @__PURE__ */ new Map();
  return (url) => {
    let p = urlProfiled.get(url);
    if (p === void 0) {
      const abs = url ? urlToPath(url) : null;
      p = abs !== null && profiledFiles.has(abs);
      urlProfiled.set(url, p);
    }
    return p;
  };
}
function mergeLines(byColumn) {
  const out = /* @__PURE__ */ new Map();
  if (byColumn) for (const lines of byColumn.values()) for (const [k, v] of lines) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}
function normalise(w) {
  let total = 0;
  for (const v of w.values()) if (v > 0) total += v;
  if (!(total > 0)) return [];
  return [...w.entries()].flatMap(([k, v]) => v > 0 ? [[k, v / total]] : []);
}
var HeapLineResolver;
var init_heap_lines = __esm({
  "src/collect/memory/heap-lines.ts"() {
    "use strict";
    init_attribute();
    init_sorted();
    init_raw_scan();
    init_state();
    HeapLineResolver = class {
      constructor(attribution, profiledFiles, fnLines, registered, sourceLines2) {
        this.profiledFiles = profiledFiles;
        this.fnLines = fnLines;
        this.registered = registered;
        this.sourceLines = sourceLines2;
        this.plainFiles = new Set(attribution.lines.keys());
      }
      profiledFiles;
      fnLines;
      registered;
      sourceLines;
      plainFiles;
      cache = /* @__PURE__ */ new Map();
      frames = /* @__PURE__ */ new WeakMap();
      sinks = /* @__PURE__ */ new Map();
      sources = /* @__PURE__ */ new Map();
      charged = /* @__PURE__ */ new WeakMap();
      regions = /* @__PURE__ */ new Map();
      own = /* @__PURE__ */ new Map();
      /** The sample's innermost frame in a profiled file (below a registered one, if any). */
      frameOf(nodes, nodeId) {
        return this.profiledFrame(nodes, nodeId);
      }
      /** The sample's lines by when it was seen: the lines its function allocated on then. */
      weights(m, frame, from, to) {
        const fnKey = `${frame.url}|${nameGroup(frame.name)}|${frame.column}|${frame.line}`;
        const cacheKey = `${m.thread.pid}-${m.thread.threadId}|${fnKey}|${from}|${to}`;
        let w = this.cache.get(cacheKey);
        if (!w) {
          w = this.resolve(m, frame, fnKey, from, to);
          this.cache.set(cacheKey, w);
        }
        return w;
      }
      /**
       * A sample's lines once its fate is known. The heap profiler names the function, not the
       * line, and within one window the GC readings can place an optimized function's
       * allocations (what it inlines included) on any of its allocating lines, so a survivor
       * may have been weighed onto a line that only makes temporaries. Memory outlives a call
       * only through a store, so a survivor of a function that has retaining lines (functions.ts
       * retainingLines) goes to those, by the weights it already had there, else by what the
       * GC readings charged them over the run, else by CPU samples. Collected samples keep their
       * weights: a line that stores into a container that dies with its caller (a local array
       * filled and returned) keeps its own frees.
       */
      placeByFate(m, frame, weights, fate) {
        if (fate !== "held") return weights;
        const sinks = this.sinkLines(m, frame);
        if (!sinks || sinks.size === 0) return weights;
        const kept = /* @__PURE__ */ new Map();
        for (const [k, w] of weights) if (sinks.has(k)) kept.set(k, w);
        const placed = normalise(kept);
        return placed.length > 0 ? placed : normalise(sinks);
      }
      /** A function's retaining lines (nested functions excluded: their stores are theirs)
       * with the evidence that they ran: GC-charged bytes over the run, else CPU samples. */
      sinkLines(m, frame) {
        const key = `${m.thread.pid}-${m.thread.threadId}|${frame.url}|${nameGroup(frame.name)}|${frame.line}|${frame.column}`;
        let sinks = this.sinks.get(key);
        if (sinks !== void 0) return sinks;
        sinks = null;
        const region = this.regionOf(frame);
        if (region) {
          const candidates = [...region.src.retaining].filter(region.has).map((l) => `${region.abs}:${l}`);
          const cpu = mergeLines(this.fnLines.get(`${frame.url}|${nameGroup(frame.name)}`));
          for (const evidence of [this.evidence(m), cpu]) {
            sinks = new Map(candidates.flatMap((k) => (evidence.get(k) ?? 0) > 0 ? [[k, evidence.get(k)]] : []));
            if (sinks.size > 0) break;
          }
        }
        this.sinks.set(key, sinks);
        return sinks;
      }
      /**
       * The lines of the function a heap-profiler frame names, from its source: from its start
       * line to its end, nested functions excluded; the whole file outside functions for
       * top-level code. null where the source is unknown or its lines are mapped (TypeScript).
       */
      regionOf(frame) {
        const key = `${frame.url}|${frame.line}|${frame.name}`;
        let r = this.regions.get(key);
        if (r !== void 0) return r;
        r = null;
        const abs = frame.url ? urlToPath(frame.url) : null;
        let src = abs ? this.sources.get(abs) : null;
        if (abs && src === void 0) this.sources.set(abs, src = this.sourceLines?.(abs) ?? null);
        if (abs && src && this.plainFiles.has(abs)) {
          const starts = src.ranges.filter((f) => f.start === frame.line);
          const fn = starts.find((f) => f.name !== "" && (f.name === frame.name || frame.name.endsWith("." + f.name))) ?? [...starts].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
          const span = fn ?? { start: 1, end: Infinity };
          const nested = src.ranges.filter((f) => f !== fn && f.start >= span.start && f.end <= span.end && !(f.start === span.start && f.end === span.end));
          const lastLine = Math.min(span.end, src.positions?.lineStarts.length ?? Math.max(span.start, ...nested.map((f) => f.end)));
          const inNested = new Uint8Array(Math.max(0, lastLine - span.start + 1));
          for (const f of nested) inNested.fill(1, f.start - span.start, Math.min(f.end, lastLine) - span.start + 1);
          r = { abs, src, has: (l) => l >= span.start && l <= span.end && !(l <= lastLine && inNested[l - span.start] === 1) };
        }
        this.regions.set(key, r);
        return r;
      }
      /** JS bytes the GC readings charged to each line of the thread over the run. */
      evidence(m) {
        let e = this.charged.get(m);
        if (!e) {
          e = /* @__PURE__ */ new Map();
          for (const c of m.charges) if (c.key) e.set(c.key, (e.get(c.key) ?? 0) + c.bytes);
          this.charged.set(m, e);
        }
        return e;
      }
      profiledFrame(nodes, nodeId) {
        let memo = this.frames.get(nodes);
        if (!memo) this.frames.set(nodes, memo = /* @__PURE__ */ new Map());
        const hit = memo.get(nodeId);
        if (hit !== void 0) return hit;
        let found = null;
        let inRegistered = this.registered.length === 0;
        for (let id = nodeId, depth = 0; depth < 1024; depth++) {
          const n = nodes.get(id);
          if (!n) break;
          if (!found) {
            const abs = n.url ? urlToPath(n.url) : null;
            if (abs && this.profiledFiles.has(abs)) found = n;
          }
          if (found && !inRegistered) inRegistered = this.registered.some((r) => isRegisteredFrame(r, n.url, n.column, n.name));
          if (found && inRegistered) break;
          if (n.parent === 0 || n.parent === id) break;
          id = n.parent;
        }
        if (!inRegistered) found = null;
        memo.set(nodeId, found);
        return found;
      }
      /** The lines the CPU samples charged to the frame's function, its own only where its source
       * says which are (once per function: every sample of it asks). */
      ownLines(frame, fnKey) {
        const key = `${fnKey}|${frame.name}`;
        let own = this.own.get(key);
        if (own) return own;
        const byColumn = this.fnLines.get(`${frame.url}|${nameGroup(frame.name)}`);
        own = byColumn?.get(frame.column) ?? mergeLines(byColumn);
        const region = this.regionOf(frame);
        if (region) {
          const mine = new Map([...own].filter(([k]) => region.has(parseKey(k).line) && parseKey(k).file === region.abs));
          if (mine.size > 0) own = mine;
        }
        this.own.set(key, own);
        return own;
      }
      resolve(m, frame, fnKey, from, to) {
        const own = this.ownLines(frame, fnKey);
        if (own.size === 0) {
          const abs = urlToPath(frame.url);
          return abs && this.plainFiles.has(abs) && frame.line > 0 ? [[`${abs}:${frame.line}`, 1]] : [];
        }
        const w = /* @__PURE__ */ new Map();
        const add = (k, v) => w.set(k, (w.get(k) ?? 0) + v);
        for (let i2 = firstAtOrAfter(m.chargeT, from + 1); i2 < m.charges.length && m.charges[i2].t <= to; i2++) {
          const c = m.charges[i2];
          if (c.key && own.has(c.key)) add(c.key, c.bytes);
        }
        let placed = normalise(w);
        if (placed.length === 0 && m.track) {
          w.clear();
          const ix = m.track;
          for (let i2 = firstAtOrAfter(ix.t, from + 1); i2 < ix.t.length && ix.t[i2] <= to; i2++) {
            const k = ix.key[i2];
            if (k && own.has(k)) add(k, ix.dt[i2]);
          }
          placed = normalise(w);
        }
        if (placed.length > 0) return placed;
        w.clear();
        const wholeKey = `whole|${m.thread.pid}-${m.thread.threadId}|${fnKey}`;
        const whole = this.cache.get(wholeKey);
        if (whole) return whole;
        for (const c of m.charges) if (c.key && own.has(c.key)) add(c.key, c.bytes);
        let r = normalise(w);
        if (r.length === 0) r = [[[...own.entries()].reduce((a, b) => b[1] > a[1] ? b : a)[0], 1]];
        this.cache.set(wholeKey, r);
        return r;
      }
    };
  }
});

// src/collect/memory/js-reconcile.ts
function reconcileJs(m, seen, acc) {
  const gcByKey = /* @__PURE__ */ new Map();
  let gcUnattributed = 0;
  const firstCharge = /* @__PURE__ */ new Map();
  for (const c of m.charges) {
    if (!c.key) {
      gcUnattributed += c.bytes;
      continue;
    }
    gcByKey.set(c.key, (gcByKey.get(c.key) ?? 0) + c.bytes);
    if (!firstCharge.has(c.key)) firstCharge.set(c.key, c.t);
  }
  const raw = /* @__PURE__ */ new Map();
  let rawTotal = gcUnattributed;
  for (const k of /* @__PURE__ */ new Set([...gcByKey.keys(), ...seen.byKey.keys()])) {
    const v = Math.max(gcByKey.get(k) ?? 0, seen.byKey.get(k) ?? 0);
    raw.set(k, v);
    rawTotal += v;
  }
  const scale = rawTotal > 0 ? m.totalJs / rawTotal : 0;
  for (const [k, v] of raw) {
    const a = acc(k);
    a.allocJs += v * scale;
    const first = firstCharge.get(k);
    if (first !== void 0 && first < a.firstUs) a.firstUs = first;
  }
}
var init_js_reconcile = __esm({
  "src/collect/memory/js-reconcile.ts"() {
    "use strict";
  }
});

// src/collect/memory/js-liveness.ts
function trackLiveness(m, resolver2, t0, acc) {
  const nodes = /* @__PURE__ */ new Map();
  const live = /* @__PURE__ */ new Map();
  const done = [];
  let runEnd = m.lastProfiledUs;
  if (runEnd === -Infinity && m.track) {
    for (let i2 = m.track.t.length - 1; i2 >= 0 && runEnd === -Infinity; i2--) if (m.track.key[i2]) runEnd = m.track.t[i2];
  }
  const gcs = [];
  for (const s of m.segs) {
    const gc = s.gc ?? [];
    for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) gcs.push({ t: gc[i2], full: (gc[i2 + 2] & GC_TYPE_MARK_SWEEP_COMPACT) !== 0 });
  }
  const gcIn = (from, to, fullOnly) => gcs.some((g) => g.t > from && g.t <= to && (!fullOnly || g.full));
  const tornDown = (rec, t) => {
    rec.fate = rec.counted ? "held" : "unknown";
    rec.diedT = rec.counted ? null : t;
  };
  let prevSnap = m.thread.meta?.start_us ?? t0;
  for (const s of readingsOf(m.segs)) {
    const t = s.t;
    const hn = s.nodes;
    for (let i2 = 0; i2 + HS_NODE_STRIDE <= hn.length; i2 += HS_NODE_STRIDE) {
      nodes.set(Number(hn[i2]), { parent: Number(hn[i2 + 1]), line: Number(hn[i2 + 2]), column: Number(hn[i2 + 3]), name: String(hn[i2 + 4]), url: String(hn[i2 + 5]) });
    }
    const shownAt = s.preT ?? t;
    for (const id of s.gone) {
      const rec = live.get(id);
      if (!rec) continue;
      live.delete(id);
      done.push(rec);
      rec.diedT = shownAt;
      if (shownAt <= runEnd) rec.fate = rec.counted ? "freed" : "unknown";
      else if (prevSnap >= runEnd) tornDown(rec, shownAt);
      else if (!rec.counted) continue;
      else if (gcIn(prevSnap, runEnd, true)) rec.fate = "freed";
      else tornDown(rec, shownAt);
    }
    if (gcIn(prevSnap, shownAt, false)) for (const rec of live.values()) rec.counted = true;
    for (const id of s.exit) {
      const rec = live.get(id);
      if (!rec) continue;
      live.delete(id);
      done.push(rec);
      tornDown(rec, t);
    }
    const hsNew = s.added;
    const fresh = s.postGc ? freshIds(hsNew, s.freshBytes) : null;
    for (let i2 = 0; i2 + HS_SAMPLE_STRIDE <= hsNew.length; i2 += HS_SAMPLE_STRIDE) {
      const bytes = hsNew[i2 + 2] * hsNew[i2 + 3];
      const frame = resolver2.frameOf(nodes, hsNew[i2 + 1]);
      if (!frame) continue;
      const weights = resolver2.weights(m, frame, prevSnap, t);
      if (weights.length === 0) continue;
      const proven = s.postGc && !fresh.has(hsNew[i2]);
      live.set(hsNew[i2], { weights, frame, bytes, objects: hsNew[i2 + 3], bornT: t, counted: proven, diedT: null, fate: "unknown" });
    }
    if (s.settled) {
      for (const rec of live.values()) rec.counted = true;
    }
    prevSnap = t;
  }
  for (const rec of live.values()) {
    if (rec.counted) rec.fate = "held";
    done.push(rec);
  }
  const byKey = /* @__PURE__ */ new Map();
  const deltas = /* @__PURE__ */ new Map();
  const addDelta = (key, t, d) => {
    let per = deltas.get(key);
    if (!per) deltas.set(key, per = /* @__PURE__ */ new Map());
    per.set(t, (per.get(t) ?? 0) + d);
  };
  for (const rec of done) {
    const weights = rec.fate === "unknown" ? rec.weights : resolver2.placeByFate(m, rec.frame, rec.weights, rec.fate);
    for (const [key, w] of weights) {
      const a = acc(key);
      if (rec.fate !== "unknown") {
        a.jsSampled += w;
        a.jsObjects += rec.objects * w;
        a.jsBytes += rec.bytes * w;
        if (rec.fate === "freed") a.jsFreedSamples.push(w, rec.objects, rec.bytes);
      }
      if (rec.diedT === null) a.jsLive += rec.bytes * w;
      if (rec.bornT < a.firstUs) a.firstUs = rec.bornT;
      byKey.set(key, (byKey.get(key) ?? 0) + rec.bytes * w);
      addDelta(key, rec.bornT, rec.bytes * w);
      if (rec.diedT !== null) addDelta(key, rec.diedT, -rec.bytes * w);
    }
  }
  for (const [key, per] of deltas) {
    const a = acc(key);
    for (const [t, d] of per) if (d !== 0) a.deltas.push(t, d);
  }
  return { byKey };
}
function* readingsOf(segs) {
  const ends = [];
  for (const s of segs) {
    const gc = s.gc ?? [];
    for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) if (gc[i2 + 1] > 0) ends.push([gc[i2 + 1], gc[i2 + 4]]);
  }
  ends.sort((a, b) => a[0] - b[0]);
  const usedAfterLastGc = (t) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ends[mid][0] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? ends[lo - 1][1] : void 0;
  };
  for (const s of segs) {
    for (const r of s.hs_mid ?? []) {
      const after = r.used !== void 0 ? usedAfterLastGc(r.t) : void 0;
      const freshBytes = after !== void 0 ? Math.max(0, r.used - after) : 0;
      yield { t: r.t, nodes: r.nodes, added: r.new, gone: r.gone, exit: [], postGc: true, freshBytes, settled: false };
    }
    if (s.hs_t === void 0) continue;
    yield { t: s.hs_t, nodes: s.hs_nodes ?? [], added: s.hs_new ?? [], gone: s.hs_gone ?? [], exit: s.hs_exit ?? [], postGc: false, freshBytes: 0, preT: s.hs_pre_t, settled: s.hs_settled === 1 };
  }
}
function freshIds(added, freshBytes) {
  const fresh = /* @__PURE__ */ new Set();
  if (!(freshBytes > 0)) return fresh;
  const rows = [];
  for (let i2 = 0; i2 + HS_SAMPLE_STRIDE <= added.length; i2 += HS_SAMPLE_STRIDE) rows.push([added[i2], added[i2 + 2] * added[i2 + 3]]);
  rows.sort((a, b) => b[0] - a[0]);
  let bytes = 0;
  for (const [id, b] of rows) {
    if (bytes >= freshBytes) break;
    fresh.add(id);
    bytes += b;
  }
  return fresh;
}
var init_js_liveness = __esm({
  "src/collect/memory/js-liveness.ts"() {
    "use strict";
    init_state();
  }
});

// src/collect/memory/leaks.ts
function leakLikelihood(sampled, freed) {
  return 1 - (freed + 1) / (sampled + 2);
}
function jsFreedSamples(a) {
  if (a.jsSampled <= 0 || a.jsFreedSamples.length === 0) return 0;
  const typicalObjects = a.jsObjects / a.jsSampled;
  const typicalBytes = a.jsBytes / a.jsSampled;
  let freed = 0;
  const f = a.jsFreedSamples;
  for (let i2 = 0; i2 + 3 <= f.length; i2 += 3) {
    const byObjects = typicalObjects > 0 ? f[i2 + 1] / typicalObjects : 0;
    const byBytes = typicalBytes > 0 ? f[i2 + 2] / typicalBytes : 0;
    freed += f[i2] * Math.min(1, byObjects, byBytes);
  }
  return freed;
}
function nativeFreedTrials(a, byWindows, mallocWindow) {
  const typicalBlock = a.sampled > 0 ? Math.exp(a.blockLogSum / a.sampled) : 0;
  let freed = 0;
  const f = a.freedSamples;
  for (let i2 = 0; i2 + 2 <= f.length; i2 += 2) {
    const trials = byWindows ? f[i2] / mallocWindow : 1;
    freed += trials * (typicalBlock > 1 ? Math.min(1, f[i2 + 1] / typicalBlock) : 1);
  }
  return freed;
}
function leakFloorBytes(peakFootprintBytes) {
  return Math.max(LEAK_FLOOR_BYTES, LEAK_FLOOR_PEAK_FRACTION * peakFootprintBytes);
}
function leakVerdict(a, peak, end, allocatedBytes, leakFloor, mallocWindow, t0, tMax) {
  const jsFreed = jsFreedSamples(a);
  const windows = a.sampledBytes / mallocWindow;
  const nativeSampled = Math.max(a.sampled, windows);
  const nativeFreed = nativeFreedTrials(a, windows > a.sampled, mallocWindow);
  const likelihood = Math.max(leakLikelihood(a.jsSampled, jsFreed), leakLikelihood(nativeSampled, nativeFreed), leakLikelihood(nativeSampled + a.jsSampled, nativeFreed + jsFreed));
  const retained = Math.max(0, end);
  if (likelihood >= LEAK_LIKELIHOOD && retained >= leakFloor && retained >= LEAK_HELD_FRACTION * peak && retained >= LEAK_KEPT_FRACTION * allocatedBytes) {
    const since = Number.isFinite(a.firstUs) ? a.firstUs : t0;
    const spanS = Math.max(1e-3, (tMax - since) / 1e6);
    return { likelihood: Math.round(likelihood * 1e4) / 1e4, velocity_bytes_per_s: Math.round(retained / spanS) };
  }
  return void 0;
}
var LEAK_LIKELIHOOD, LEAK_FLOOR_BYTES, LEAK_FLOOR_PEAK_FRACTION, LEAK_HELD_FRACTION, LEAK_KEPT_FRACTION;
var init_leaks = __esm({
  "src/collect/memory/leaks.ts"() {
    "use strict";
    LEAK_LIKELIHOOD = 0.95;
    LEAK_FLOOR_BYTES = 1024 * 1024;
    LEAK_FLOOR_PEAK_FRACTION = 0.01;
    LEAK_HELD_FRACTION = 0.5;
    LEAK_KEPT_FRACTION = 0.25;
  }
});

// src/collect/memory/native-samples.ts
function attributeNativeSamples(byPid, acc, warnings) {
  const background = { alloc_native_bytes: 0, free_bytes: 0, copy_bytes: 0 };
  const native = { alloc: 0, free: 0, copy: 0 };
  const withoutShim = [];
  let dropped = 0;
  for (const procMems of byPid.values()) {
    if (!procMems.some((m) => m.segs.some((s) => s.shim === 1))) withoutShim.push(procMems[0].thread.pid);
    for (const m of procMems) dropped += lastWith(m.segs, "shim_totals")?.shim_totals?.[3] ?? 0;
    attributeNative(procMems, acc, native, background);
  }
  if (withoutShim.length > 0 && withoutShim.length < byPid.size) {
    warnings.push(`memory: ${withoutShim.length} process(es) ran without the native allocation shim (pid ${withoutShim.slice(0, 5).join(", ")}): their native memory is not counted`);
  }
  if (dropped > 0) warnings.push(`memory: ${dropped} native sample(s) were dropped (the shim's ring was full): native figures are low by about that many sampling windows`);
  return { native, background };
}
function attributeNative(procMems, acc, native, background) {
  const runEnd = procMems.reduce((e, m) => Math.max(e, m.lastProfiledUs), -Infinity);
  const rows = [];
  for (const m of procMems) {
    for (const s of m.segs) {
      const mem = s.mem ?? [];
      for (let i2 = 0; i2 + MEM_STRIDE <= mem.length; i2 += MEM_STRIDE) rows.push({ seq: mem[i2], i: i2, mem, m });
    }
  }
  rows.sort((a, b) => a.seq - b.seq);
  const owners = /* @__PURE__ */ new Map();
  const logBlock = (block) => Math.log(Math.max(1, block));
  const forget = (addr) => {
    const o = owners.get(addr);
    if (!o) return;
    owners.delete(addr);
    if (o.key && o.counted) {
      const a = acc(o.key);
      a.sampled -= 1;
      a.sampledBytes -= o.bytes;
      a.blockLogSum -= logBlock(o.block);
    }
  };
  const exact = /* @__PURE__ */ new Map();
  for (const { i: i2, mem, m } of rows) {
    const kind = mem[i2 + 1] & ~KIND_BACKGROUND;
    if (kind !== KIND_ALLOC && kind !== KIND_COPY) continue;
    const key = siteAt(m.track, mem[i2 + 2]);
    if (!key) continue;
    let byLine = exact.get(kind);
    if (!byLine) exact.set(kind, byLine = /* @__PURE__ */ new Map());
    byLine.set(key, (byLine.get(key) ?? 0) + 1);
  }
  const inFunction = (kind, fn) => {
    if (!fn) return null;
    let best = null;
    let most = 0;
    for (const [key, n] of exact.get(kind) ?? []) {
      if (n <= most || !key.startsWith(`${fn.file}:`)) continue;
      if (inSiteFunction(fn, Number(key.slice(fn.file.length + 1)))) {
        best = key;
        most = n;
      }
    }
    return best;
  };
  const copyLines = /* @__PURE__ */ new Set();
  const farCopies = [];
  for (const { i: i2, mem, m } of rows) {
    const rawKind = mem[i2 + 1];
    const t = mem[i2 + 2];
    const bytes = mem[i2 + 4];
    const addr = mem[i2 + 5];
    const aux = mem[i2 + 6];
    const block = mem[i2 + 7];
    const kind = rawKind & ~KIND_BACKGROUND;
    const bg = (rawKind & KIND_BACKGROUND) !== 0 || kind !== KIND_FREE_OF_SAMPLED && (duringGc(m, t) || inPausedSpan(m, t));
    if (kind === KIND_ALLOC) {
      native.alloc += bytes;
      if (aux) forget(aux);
      forget(addr);
      if (bg) {
        background.alloc_native_bytes += bytes;
        owners.set(addr, { key: null, bytes, block, counted: false });
        continue;
      }
      const fn = siteFunctionAt(m.track, t);
      const key = siteAt(m.track, t) ?? inFunction(KIND_ALLOC, fn) ?? callLineAt(m.track, t, void 0, fn);
      const counted = t < m.lastFullGcUs;
      owners.set(addr, { key, bytes, block, counted });
      if (!key) continue;
      const a = acc(key);
      a.allocNative += bytes;
      if (counted) {
        a.sampled += 1;
        a.sampledBytes += bytes;
        a.blockLogSum += logBlock(block);
      }
      a.deltas.push(t, bytes);
      if (t < a.firstUs) a.firstUs = t;
    } else if (kind === KIND_FREE) {
      native.free += bytes;
      if (bg) background.free_bytes += bytes;
    } else if (kind === KIND_COPY) {
      native.copy += bytes;
      if (bg) {
        background.copy_bytes += bytes;
        continue;
      }
      const fn = siteFunctionAt(m.track, t);
      const site = siteAt(m.track, t) ?? inFunction(KIND_COPY, fn);
      const w = site ? { key: site, near: true } : callWitness(m.track, t, void 0, fn);
      if (!w?.key) continue;
      if (w.near) {
        copyLines.add(w.key);
        acc(w.key).copy += bytes;
      } else farCopies.push({ m, t, bytes });
    } else if (kind === KIND_FREE_OF_SAMPLED) {
      const o = owners.get(addr);
      if (!o) continue;
      owners.delete(addr);
      if (!o.key) continue;
      const a = acc(o.key);
      if (Number.isFinite(runEnd) && t > runEnd) continue;
      if (!o.counted) {
        a.sampled += 1;
        a.sampledBytes += o.bytes;
        a.blockLogSum += logBlock(o.block);
      }
      a.freed += 1;
      a.freedSamples.push(o.bytes, o.block);
      a.freedNative += o.bytes;
      a.deltas.push(t, -o.bytes);
    }
  }
  for (const { m, t, bytes } of farCopies) {
    const key = callLineAt(m.track, t, (k) => copyLines.has(k));
    if (key) acc(key).copy += bytes;
  }
}
function inPausedSpan(m, t) {
  let spans = pausedSpansOf.get(m);
  if (!spans) pausedSpansOf.set(m, spans = sortedSpans(m.segs.flatMap((s) => [...pairsOf(s.paused ?? []), ...pairsOf(s.own ?? [])])));
  return inSpans(spans, t);
}
function pairsOf(flat) {
  const out = [];
  for (let i2 = 0; i2 + 1 < flat.length; i2 += 2) out.push([flat[i2], flat[i2 + 1]]);
  return out;
}
function sortedSpans(pairs) {
  pairs.sort((a, b) => a[0] - b[0]);
  return Float64Array.from(pairs.flat());
}
function inSpans(spans, t) {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (spans[2 * mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && t <= spans[2 * (lo - 1) + 1];
}
function duringGc(m, t) {
  let spans = gcSpansOf.get(m);
  if (!spans) {
    const pairs = [];
    for (const s of m.segs) {
      const gc = s.gc ?? [];
      for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) if (gc[i2 + 1] > 0) pairs.push([gc[i2], gc[i2 + 1]]);
    }
    gcSpansOf.set(m, spans = sortedSpans(pairs));
  }
  return inSpans(spans, t);
}
function lastWith(segs, member) {
  for (let i2 = segs.length - 1; i2 >= 0; i2--) if (segs[i2][member] !== void 0) return segs[i2];
  return void 0;
}
var pausedSpansOf, gcSpansOf;
var init_native_samples = __esm({
  "src/collect/memory/native-samples.ts"() {
    "use strict";
    init_attribute();
    init_cpu_join();
    init_state();
    pausedSpansOf = /* @__PURE__ */ new WeakMap();
    gcSpansOf = /* @__PURE__ */ new WeakMap();
  }
});

// src/collect/memory/timelines.ts
function lineSeries(deltas, tMax, runEnd = Infinity) {
  const n = deltas.length / 2;
  const order = Array.from({ length: n }, (_, i2) => i2).sort((a, b) => deltas[2 * a] - deltas[2 * b]);
  const series = [];
  let cur = 0;
  let peak = 0;
  let atRunEnd = 0;
  for (const i2 of order) {
    cur += deltas[2 * i2 + 1];
    if (cur > peak) peak = cur;
    if (deltas[2 * i2] <= runEnd) atRunEnd = cur;
    series.push([deltas[2 * i2], cur]);
  }
  if (series.length > 0 && tMax > series[series.length - 1][0]) series.push([tMax, cur]);
  return { series, peak, end: cur, atRunEnd };
}
function footprint(byPid, t0, tMax) {
  const streams = [];
  const procs = [];
  for (const procMems of byPid.values()) {
    const proc = procs.length;
    procs.push({ js: procMems.map(() => 0), native: 0, open: procMems.length });
    procMems.forEach((m, slot) => {
      const r = [];
      for (const s of m.segs) {
        if (s.heap0) r.push(s.heap0[0], s.heap0[1], s.heap0[2]);
        const gc = s.gc ?? [];
        for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) {
          r.push(gc[i2], gc[i2 + 3], gc[i2 + 5]);
          if (gc[i2 + 1] > 0) r.push(gc[i2 + 1], gc[i2 + 4], gc[i2 + 6]);
        }
        if (s.heap) r.push(s.heap[0], s.heap[1], s.heap[2]);
      }
      streams.push({ m, proc, slot, r, i: 0 });
    });
  }
  let open = streams.filter((s) => s.r.length > 0).length;
  const buckets = TIMELINE_POINTS - 1;
  const width = (tMax - t0) / buckets || 1;
  const timeline = [];
  let bucket = -1;
  let bucketBest = null;
  const GRID = 200;
  const grid = [];
  let sum = 0;
  let last = null;
  let peakBytes = 0;
  let peakT = 0;
  let peakThread = null;
  const emit = (t, m) => {
    while (grid.length < GRID && t0 + (tMax - t0) * grid.length / (GRID - 1) < t) grid.push(last ? last[1] : sum);
    if (sum > peakBytes) {
      peakBytes = sum;
      peakT = t;
      peakThread = m;
    }
    const b = Math.min(buckets - 1, Math.max(0, Math.floor((t - t0) / width)));
    if (b !== bucket && bucketBest) {
      timeline.push(bucketBest);
      bucketBest = null;
    }
    bucket = b;
    if (!bucketBest || sum > bucketBest[1]) bucketBest = [t, sum];
    last = [t, sum];
  };
  while (open > 0) {
    let s = null;
    for (const c of streams) if (c.i < c.r.length && (!s || c.r[c.i] < s.r[s.i])) s = c;
    if (!s) break;
    const t = s.r[s.i];
    const js = s.r[s.i + 1];
    const nat = s.r[s.i + 2];
    s.i += 3;
    const p = procs[s.proc];
    sum += js - p.js[s.slot];
    p.js[s.slot] = js;
    if (nat >= 0) {
      sum += nat - p.native;
      p.native = nat;
    }
    if (s.i >= s.r.length) {
      open--;
      p.open--;
      if (p.open === 0 && open > 0) {
        emit(t, s.m);
        for (let k = 0; k < p.js.length; k++) sum -= p.js[k];
        sum -= p.native;
        p.js.fill(0);
        p.native = 0;
      }
    }
    emit(t, s.m);
  }
  if (bucketBest) timeline.push(bucketBest);
  const end = last;
  if (end && timeline[timeline.length - 1]?.[0] !== end[0]) timeline.push(end);
  while (grid.length < GRID && last) grid.push(last[1]);
  return {
    peakBytes,
    peakT,
    peakThread,
    timeline: timeline.slice(-TIMELINE_POINTS).map(([t, v]) => [secondsSince(t, t0), Math.round(v)]),
    slope: slope(grid, (tMax - t0) / 1e6)
  };
}
function secondsSince(t, t0) {
  return Math.max(0, Math.round((t - t0) / 1e6 * 1e4) / 1e4);
}
function downsample(points, t0) {
  if (points.length <= TIMELINE_POINTS) return points.map(([t, v]) => [secondsSince(t, t0), Math.round(v)]);
  const first = points[0][0];
  const lastPoint = points[points.length - 1];
  const buckets = TIMELINE_POINTS - 1;
  const width = (lastPoint[0] - first) / buckets || 1;
  const out = [];
  let b = -1;
  let best = null;
  for (let i2 = 0; i2 < points.length - 1; i2++) {
    const p = points[i2];
    const pb = Math.min(buckets - 1, Math.floor((p[0] - first) / width));
    if (pb !== b && best) {
      out.push(best);
      best = null;
    }
    b = pb;
    if (!best || p[1] > best[1]) best = p;
  }
  if (best) out.push(best);
  out.push(lastPoint);
  return out.slice(-TIMELINE_POINTS).map(([t, v]) => [secondsSince(t, t0), Math.round(v)]);
}
function slope(values, spanS) {
  const n = values.length;
  if (n < 2 || spanS <= 0) return 0;
  const xs = values.map((_, i2) => spanS * i2 / (n - 1));
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = values.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (let i2 = 0; i2 < n; i2++) {
    num += (xs[i2] - mx) * (values[i2] - my);
    den += (xs[i2] - mx) ** 2;
  }
  return den > 0 ? num / den : 0;
}
var TIMELINE_POINTS;
var init_timelines = __esm({
  "src/collect/memory/timelines.ts"() {
    "use strict";
    init_state();
    TIMELINE_POINTS = 100;
  }
});

// src/collect/memory.ts
function attributeMemory(threads, attribution, opts = {}) {
  const warnings = [];
  const lines = /* @__PURE__ */ new Map();
  const acc = (key) => {
    let a = lines.get(key);
    if (!a) lines.set(key, a = newLineAcc());
    return a;
  };
  const trackOf = /* @__PURE__ */ new Map();
  for (const tr of attribution.tracks) trackOf.set(`${tr.pid}-${tr.threadId}`, tr);
  const profiledFiles = /* @__PURE__ */ new Set();
  for (const fa of attribution.functions.values()) profiledFiles.add(fa.absPath);
  const fnLines = /* @__PURE__ */ new Map();
  const isProfiledUrl = profiledUrls(profiledFiles);
  const mems = [];
  for (const thread of threads) {
    const segs = thread.segments.filter((s) => s.mem_v !== void 0);
    if (segs.length === 0) continue;
    const id = `${thread.pid}-${thread.threadId}`;
    const tr = trackOf.get(id);
    const scan = attribution.rawScans?.get(id);
    const lastProfiledUs = scan ? mergeRawScan(scan, isProfiledUrl, fnLines) : scanRawSamples(thread, tr, profiledFiles, fnLines);
    mems.push({ thread, segs, track: tr ? indexTrack(tr, segs[0].interval_us) : void 0, charges: [], chargeT: new Float64Array(0), totalJs: 0, jsUsed0: null, jsUsedEnd: null, lastFullGcUs: lastFullGc(segs), lastProfiledUs, placedSq: 0 });
  }
  if (mems.length === 0) return emptyResult(warnings);
  let t0 = Infinity;
  let tMax = -Infinity;
  for (const m of mems) {
    if (m.thread.meta?.start_us) t0 = Math.min(t0, m.thread.meta.start_us);
    for (const s of m.segs) {
      if (s.heap0) t0 = Math.min(t0, s.heap0[0]);
      if (s.heap) tMax = Math.max(tMax, s.heap[0]);
    }
  }
  if (!Number.isFinite(t0)) t0 = 0;
  if (!Number.isFinite(tMax)) tMax = t0;
  for (const m of mems) chargeGcs(m);
  const resolver2 = new HeapLineResolver(attribution, profiledFiles, fnLines, opts.registered ?? [], opts.sourceLines);
  const seenByThread = /* @__PURE__ */ new Map();
  for (const m of mems) {
    if (!m.segs.some((s) => (s.hs ?? 0) > 0)) {
      warnings.push(`memory: V8's sampling heap profiler was unavailable in pid ${m.thread.pid} (another heap profiler running?): no JS liveness there, so its JS leaks go undetected`);
    }
    seenByThread.set(m, trackLiveness(m, resolver2, t0, acc));
  }
  for (const m of mems) reconcileJs(m, seenByThread.get(m), acc);
  const byPid = /* @__PURE__ */ new Map();
  for (const m of mems) {
    const l = byPid.get(m.thread.pid) ?? [];
    l.push(m);
    byPid.set(m.thread.pid, l);
  }
  const { native, background } = attributeNativeSamples(byPid, acc, warnings);
  const fp = footprint(byPid, t0, tMax);
  let peakAt = null;
  if (fp.peakThread) {
    const key = lineAt(fp.peakThread.track, fp.peakT) ?? lineBefore(fp.peakThread.track, fp.peakT);
    if (key) {
      const k = parseKey(key);
      peakAt = { absPath: k.file, line: k.line };
    }
  }
  const runEnd = mems.reduce((e, m) => Math.max(e, m.lastProfiledUs), -Infinity);
  const mallocWindow = opts.mallocWindowBytes ?? 1048571;
  const leakFloor = leakFloorBytes(fp.peakBytes);
  const out = /* @__PURE__ */ new Map();
  for (const [key, a] of lines) {
    if (a.allocJs + a.allocNative + a.copy === 0 && a.sampled === 0 && a.jsSampled === 0) continue;
    const liveJs = Math.max(0, a.jsLive);
    const allocJs = Math.max(a.allocJs, liveJs);
    const free = a.freedNative + allocJs - liveJs;
    const { series, peak, atRunEnd } = lineSeries(a.deltas, tMax, Number.isFinite(runEnd) ? runEnd : Infinity);
    const row = {
      alloc_js_bytes: Math.round(allocJs),
      alloc_native_bytes: Math.round(a.allocNative),
      free_bytes: Math.round(free),
      net_bytes: Math.round(allocJs + a.allocNative - free),
      peak_bytes: Math.round(peak),
      copy_bytes: Math.round(a.copy)
    };
    if (series.length > 0) row.timeline = downsample(series, t0);
    const leak = leakVerdict(a, peak, atRunEnd, allocJs + a.allocNative, leakFloor, mallocWindow, t0, tMax);
    if (leak) row.leak = leak;
    const k = parseKey(key);
    let f = out.get(k.file);
    if (!f) out.set(k.file, f = /* @__PURE__ */ new Map());
    f.set(k.line, row);
  }
  let jsAlloc = 0;
  let jsNet = 0;
  for (const m of mems) {
    jsAlloc += m.totalJs;
    if (m.jsUsed0 !== null && m.jsUsedEnd !== null) jsNet += m.jsUsedEnd - m.jsUsed0;
  }
  const jsFree = Math.max(0, jsAlloc - jsNet);
  let placedSq = 0;
  for (const m of mems) placedSq += m.placedSq;
  return {
    jsBytesPerGc: jsAlloc > 0 ? placedSq / jsAlloc : 0,
    lines: out,
    totals: {
      alloc_js_bytes: Math.round(jsAlloc),
      alloc_native_bytes: Math.round(native.alloc),
      free_bytes: Math.round(native.free + jsFree),
      net_bytes: Math.round(jsAlloc + native.alloc - native.free - jsFree),
      peak_bytes: Math.round(fp.peakBytes),
      copy_bytes: Math.round(native.copy),
      peak_footprint_bytes: Math.round(fp.peakBytes),
      peak_footprint_at: peakAt,
      footprint_timeline: fp.timeline,
      growth_rate_bytes_per_s: Math.round(fp.slope),
      native_background: {
        alloc_native_bytes: Math.round(background.alloc_native_bytes),
        free_bytes: Math.round(background.free_bytes),
        copy_bytes: Math.round(background.copy_bytes)
      }
    },
    warnings,
    collected: true
  };
}
function emptyResult(warnings) {
  return {
    lines: /* @__PURE__ */ new Map(),
    totals: {
      alloc_js_bytes: 0,
      alloc_native_bytes: 0,
      free_bytes: 0,
      net_bytes: 0,
      peak_bytes: 0,
      copy_bytes: 0,
      peak_footprint_bytes: 0,
      peak_footprint_at: null,
      footprint_timeline: [],
      growth_rate_bytes_per_s: 0,
      native_background: { alloc_native_bytes: 0, free_bytes: 0, copy_bytes: 0 }
    },
    warnings,
    collected: false,
    jsBytesPerGc: 0
  };
}
var init_memory = __esm({
  "src/collect/memory.ts"() {
    "use strict";
    init_cpu_join();
    init_gc_bytes();
    init_heap_lines();
    init_raw_scan();
    init_js_reconcile();
    init_js_liveness();
    init_leaks();
    init_native_samples();
    init_state();
    init_timelines();
    init_leaks();
    init_timelines();
  }
});

// src/collect/gpu.ts
function accumulateGpu(track, gpu) {
  checkTrack(track);
  const r = sortedReadings(gpu);
  const byKey = /* @__PURE__ */ new Map();
  const unattributed = { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 };
  const n = r.t.length;
  const F = new Float64Array(n);
  for (let k = 1; k < n; k++) F[k] = F[k - 1] + r.u[k] * (r.t[k] - r.t[k - 1]);
  const integralTo = (x) => {
    if (x <= r.t[0]) return r.u[0] * (x - r.t[0]);
    if (x > r.t[n - 1]) return F[n - 1] + r.u[n - 1] * (x - r.t[n - 1]);
    const k = firstAtOrAfter(r.t, x);
    return F[k - 1] + r.u[k] * (x - r.t[k - 1]);
  };
  const memPeak = (a, b) => {
    let j = firstAfter(r.t, a) - 1;
    let peak = j >= 0 ? r.m[j] : 0;
    for (j = j + 1; j < n && r.t[j] <= b; j++) peak = Math.max(peak, r.m[j]);
    return peak;
  };
  for (let i2 = 0; i2 < track.t_us.length; i2++) {
    const dt = track.dt_s[i2];
    const b = track.t_us[i2];
    const a = b - dt * 1e6;
    const key = track.key[i2];
    const acc = key == null ? unattributed : getOrAdd(byKey, key);
    acc.time_s += dt;
    if (n === 0) continue;
    acc.gpu_s += Math.max(0, integralTo(b) - integralTo(a)) / 1e6;
    acc.gpu_mem_peak_bytes = Math.max(acc.gpu_mem_peak_bytes, memPeak(a, b));
  }
  return { byKey, unattributed };
}
function gpuTotals(track, gpu) {
  const { byKey, unattributed } = accumulateGpu(track, gpu);
  return foldGpuTotals([...byKey.values(), unattributed]);
}
function foldGpuTotals(accs) {
  const sum = { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 };
  for (const a of accs) mergeGpuAccum(sum, a);
  return finishGpu(sum);
}
function mergeGpuAccum(into, from) {
  into.time_s += from.time_s;
  into.gpu_s += from.gpu_s;
  into.gpu_mem_peak_bytes = Math.max(into.gpu_mem_peak_bytes, from.gpu_mem_peak_bytes);
  return into;
}
function finishGpu(acc) {
  return {
    gpu_s: acc.gpu_s,
    gpu_util: acc.time_s > 0 ? Math.min(1, acc.gpu_s / acc.time_s) : 0,
    gpu_mem_peak_bytes: acc.gpu_mem_peak_bytes
  };
}
function applyGpu(m, f) {
  m.gpu_s = f.gpu_s;
  m.gpu_util = f.gpu_util;
  m.gpu_mem_peak_bytes = f.gpu_mem_peak_bytes;
}
function gpuMeta(start, taken) {
  if (!start.ok) return null;
  return { per_process: start.perProcess && (taken?.per_process ?? true), devices: [...start.devices] };
}
function gpuStatusLine(start) {
  if (!start.ok) return `GPU: not shown (${start.reason ?? "unavailable"})`;
  const n = start.devices.length;
  const names = [...new Set(start.devices)].join(", ");
  const how = start.perProcess ? `per-process figures (${[...new Set(start.sources)].join(", ")})` : "device-wide figures only: they include every process on the GPU";
  return `GPU: ${n} device${n === 1 ? "" : "s"} (${names}), ${how}`;
}
function gpuWarnings(start, taken) {
  const w = [];
  if (!start.ok) return w;
  if (!taken.per_process) {
    w.push("GPU utilisation is device-wide: NVML gave no per-process figures, so other processes on the same GPU are included");
  }
  if (!taken.pids_seen && taken.foreign_seen) {
    w.push(
      start.pidNamespaceInit ? "NVML never listed the profiled processes while other processes used the GPU: GPU figures for this run are zero" : "NVML never listed the profiled processes: inside a container with its own PID namespace NVML reports host pids, so GPU figures are zero (run the container with --pid=host)"
    );
  }
  if (!taken.mem_per_process) w.push("GPU memory is device-wide: NVML did not list processes");
  if (taken.dropped > 0) w.push(`${taken.dropped} GPU readings were dropped (not collected in time)`);
  return w;
}
function getOrAdd(m, key) {
  let a = m.get(key);
  if (!a) {
    a = { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 };
    m.set(key, a);
  }
  return a;
}
function checkTrack(track) {
  if (track.t_us.length !== track.dt_s.length || track.t_us.length !== track.key.length) {
    throw new InputError(
      `sample track arrays differ in length (t_us ${track.t_us.length}, dt_s ${track.dt_s.length}, key ${track.key.length})`
    );
  }
}
function sortedReadings(gpu) {
  const n = gpu.t_us.length;
  if (gpu.util.length !== n || gpu.mem_bytes.length !== n) {
    throw new InputError(`GPU readings arrays differ in length (t_us ${n}, util ${gpu.util.length}, mem_bytes ${gpu.mem_bytes.length})`);
  }
  const clampUtil = (u) => u > 0 ? Math.min(u, 1) : 0;
  const clampMem = (b) => b > 0 && Number.isFinite(b) ? b : 0;
  let sorted = true;
  for (let i2 = 1; i2 < n && sorted; i2++) sorted = gpu.t_us[i2 - 1] <= gpu.t_us[i2];
  const order = Array.from({ length: n }, (_, i2) => i2);
  if (!sorted) order.sort((x, y) => gpu.t_us[x] - gpu.t_us[y]);
  return {
    t: order.map((i2) => gpu.t_us[i2]),
    u: order.map((i2) => clampUtil(gpu.util[i2])),
    m: order.map((i2) => clampMem(gpu.mem_bytes[i2]))
  };
}
var init_gpu = __esm({
  "src/collect/gpu.ts"() {
    "use strict";
    init_errors();
    init_sorted();
  }
});

// src/collect/gpu-apply.ts
function readGpuSession(dir) {
  try {
    for (const f of (0, import_node_fs7.readdirSync)(dir)) {
      if (/^\d+\.json$/.test(f)) return JSON.parse((0, import_node_fs7.readFileSync)((0, import_node_path9.join)(dir, f), "utf8"));
    }
  } catch {
  }
  return null;
}
function applyGpuSession(profile, attribution, gpu, root2) {
  if (!gpu.start.ok) return;
  const busiest = [...attribution.tracks].filter((t) => t.threadId === 0).sort((a, b) => b.key.filter(Boolean).length - a.key.filter(Boolean).length)[0];
  if (!busiest) return;
  const { byKey } = accumulateGpu(busiest, gpu.taken);
  const perLine = /* @__PURE__ */ new Map();
  for (const [key, acc] of byKey) {
    const at2 = key.lastIndexOf(":");
    const k = `${fileKeyFor(root2, key.slice(0, at2))}:${key.slice(at2 + 1)}`;
    const prev = perLine.get(k);
    perLine.set(k, prev ? mergeGpuAccum(prev, acc) : acc);
  }
  for (const [file, fp] of Object.entries(profile.files)) {
    for (const l of fp.lines) applyGpu(l, finishGpu(perLine.get(`${file}:${l.line}`) ?? { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 }));
    for (const fn of fp.functions) {
      const accs = [];
      for (let line = fn.line; line <= fn.end_line; line++) {
        const a = perLine.get(`${file}:${line}`);
        if (a) accs.push(a);
      }
      applyGpu(fn, foldGpuTotals(accs));
    }
  }
  applyGpu(profile.totals, gpuTotals(busiest, gpu.taken));
  profile.meta.gpu = gpuMeta(gpu.start, gpu.taken);
  profile.meta.warnings.push(...gpuWarnings(gpu.start, gpu.taken));
}
var import_node_fs7, import_node_path9;
var init_gpu_apply = __esm({
  "src/collect/gpu-apply.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path9 = require("node:path");
    init_build_profile();
    init_gpu();
  }
});

// node_modules/@jridgewell/sourcemap-codec/dist/sourcemap-codec.mjs
function decodeInteger(reader) {
  let value = 0;
  let shift = 0;
  let integer = 0;
  do {
    const c = reader.next();
    integer = charToInt[c];
    value |= (integer & 31) << shift;
    shift += 5;
  } while (integer & 32);
  return value;
}
function decodeSign(num) {
  return num & 1 ? -2147483648 | -(num >>> 1) : num >>> 1;
}
function hasMoreVlq(reader, max) {
  if (reader.pos >= max) return false;
  return reader.peek() !== comma;
}
function decode(mappings) {
  const { length } = mappings;
  const reader = new StringReader(mappings);
  const decoded = [];
  let genColumn = 0;
  let sourcesIndex = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let namesIndex = 0;
  do {
    const semi = reader.indexOf(";");
    const line = [];
    let sorted = true;
    let lastCol = 0;
    genColumn = 0;
    while (reader.pos < semi) {
      let seg;
      genColumn += decodeSign(decodeInteger(reader));
      if (genColumn < lastCol) sorted = false;
      lastCol = genColumn;
      if (hasMoreVlq(reader, semi)) {
        sourcesIndex += decodeSign(decodeInteger(reader));
        sourceLine += decodeSign(decodeInteger(reader));
        sourceColumn += decodeSign(decodeInteger(reader));
        if (hasMoreVlq(reader, semi)) {
          namesIndex += decodeSign(decodeInteger(reader));
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn, namesIndex];
        } else {
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn];
        }
      } else {
        seg = [genColumn];
      }
      line.push(seg);
      reader.pos++;
    }
    if (!sorted) sort(line);
    decoded.push(line);
    reader.pos = semi + 1;
  } while (reader.pos <= length);
  return decoded;
}
function sort(line) {
  line.sort(sortComparator);
}
function sortComparator(a, b) {
  return a[0] - b[0];
}
var comma, semicolon, chars, intToChar, charToInt, bufLength, StringReader;
var init_sourcemap_codec = __esm({
  "node_modules/@jridgewell/sourcemap-codec/dist/sourcemap-codec.mjs"() {
    comma = ",".charCodeAt(0);
    semicolon = ";".charCodeAt(0);
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    intToChar = new Uint8Array(64);
    charToInt = new Uint8Array(128);
    for (let i2 = 0; i2 < chars.length; i2++) {
      const c = chars.charCodeAt(i2);
      intToChar[i2] = c;
      charToInt[c] = i2;
    }
    bufLength = 1024 * 16;
    StringReader = class {
      constructor(buffer) {
        this.pos = 0;
        this.buffer = buffer;
      }
      next() {
        return this.buffer.charCodeAt(this.pos++);
      }
      peek() {
        return this.buffer.charCodeAt(this.pos);
      }
      indexOf(char) {
        const { buffer, pos } = this;
        const idx = buffer.indexOf(char, pos);
        return idx === -1 ? buffer.length : idx;
      }
    };
  }
});

// node_modules/@jridgewell/resolve-uri/dist/resolve-uri.mjs
function isAbsoluteUrl(input) {
  return schemeRegex.test(input);
}
function isSchemeRelativeUrl(input) {
  return input.startsWith("//");
}
function isAbsolutePath(input) {
  return input.startsWith("/");
}
function isFileUrl(input) {
  return input.startsWith("file:");
}
function isRelative(input) {
  return /^[.?#]/.test(input);
}
function parseAbsoluteUrl(input) {
  const match = urlRegex.exec(input);
  return makeUrl(match[1], match[2] || "", match[3], match[4] || "", match[5] || "/", match[6] || "", match[7] || "");
}
function parseFileUrl(input) {
  const match = fileRegex.exec(input);
  const path = match[2];
  return makeUrl("file:", "", match[1] || "", "", isAbsolutePath(path) ? path : "/" + path, match[3] || "", match[4] || "");
}
function makeUrl(scheme, user, host, port, path, query, hash) {
  return {
    scheme,
    user,
    host,
    port,
    path,
    query,
    hash,
    type: 7
  };
}
function parseUrl(input) {
  if (isSchemeRelativeUrl(input)) {
    const url2 = parseAbsoluteUrl("http:" + input);
    url2.scheme = "";
    url2.type = 6;
    return url2;
  }
  if (isAbsolutePath(input)) {
    const url2 = parseAbsoluteUrl("http://foo.com" + input);
    url2.scheme = "";
    url2.host = "";
    url2.type = 5;
    return url2;
  }
  if (isFileUrl(input))
    return parseFileUrl(input);
  if (isAbsoluteUrl(input))
    return parseAbsoluteUrl(input);
  const url = parseAbsoluteUrl("http://foo.com/" + input);
  url.scheme = "";
  url.host = "";
  url.type = input ? input.startsWith("?") ? 3 : input.startsWith("#") ? 2 : 4 : 1;
  return url;
}
function stripPathFilename(path) {
  if (path.endsWith("/.."))
    return path;
  const index = path.lastIndexOf("/");
  return path.slice(0, index + 1);
}
function mergePaths(url, base) {
  normalizePath(base, base.type);
  if (url.path === "/") {
    url.path = base.path;
  } else {
    url.path = stripPathFilename(base.path) + url.path;
  }
}
function normalizePath(url, type) {
  const rel = type <= 4;
  const pieces = url.path.split("/");
  let pointer = 1;
  let positive = 0;
  let addTrailingSlash = false;
  for (let i2 = 1; i2 < pieces.length; i2++) {
    const piece = pieces[i2];
    if (!piece) {
      addTrailingSlash = true;
      continue;
    }
    addTrailingSlash = false;
    if (piece === ".")
      continue;
    if (piece === "..") {
      if (positive) {
        addTrailingSlash = true;
        positive--;
        pointer--;
      } else if (rel) {
        pieces[pointer++] = piece;
      }
      continue;
    }
    pieces[pointer++] = piece;
    positive++;
  }
  let path = "";
  for (let i2 = 1; i2 < pointer; i2++) {
    path += "/" + pieces[i2];
  }
  if (!path || addTrailingSlash && !path.endsWith("/..")) {
    path += "/";
  }
  url.path = path;
}
function resolve2(input, base) {
  if (!input && !base)
    return "";
  const url = parseUrl(input);
  let inputType = url.type;
  if (base && inputType !== 7) {
    const baseUrl = parseUrl(base);
    const baseType = baseUrl.type;
    switch (inputType) {
      case 1:
        url.hash = baseUrl.hash;
      // fall through
      case 2:
        url.query = baseUrl.query;
      // fall through
      case 3:
      case 4:
        mergePaths(url, baseUrl);
      // fall through
      case 5:
        url.user = baseUrl.user;
        url.host = baseUrl.host;
        url.port = baseUrl.port;
      // fall through
      case 6:
        url.scheme = baseUrl.scheme;
    }
    if (baseType > inputType)
      inputType = baseType;
  }
  normalizePath(url, inputType);
  const queryHash = url.query + url.hash;
  switch (inputType) {
    // This is impossible, because of the empty checks at the start of the function.
    // case UrlType.Empty:
    case 2:
    case 3:
      return queryHash;
    case 4: {
      const path = url.path.slice(1);
      if (!path)
        return queryHash || ".";
      if (isRelative(base || input) && !isRelative(path)) {
        return "./" + path + queryHash;
      }
      return path + queryHash;
    }
    case 5:
      return url.path + queryHash;
    default:
      return url.scheme + "//" + url.user + url.host + url.port + url.path + queryHash;
  }
}
var schemeRegex, urlRegex, fileRegex;
var init_resolve_uri = __esm({
  "node_modules/@jridgewell/resolve-uri/dist/resolve-uri.mjs"() {
    schemeRegex = /^[\w+.-]+:\/\//;
    urlRegex = /^([\w+.-]+:)\/\/([^@/#?]*@)?(\[[^\]]+\]|[^:/#?]*)(:\d+)?(\/[^#?]*)?(\?[^#]*)?(#.*)?/;
    fileRegex = /^file:(?:\/\/((?![a-z]:)[^/#?]*)?)?(\/?[^#?]*)(\?[^#]*)?(#.*)?/i;
  }
});

// node_modules/@jridgewell/trace-mapping/dist/trace-mapping.mjs
function stripFilename(path) {
  if (!path) return "";
  const index = path.lastIndexOf("/");
  return path.slice(0, index + 1);
}
function resolver(mapUrl, sourceRoot) {
  const from = stripFilename(mapUrl);
  const prefix = sourceRoot ? sourceRoot + "/" : "";
  return (source) => resolve2(prefix + (source || ""), from);
}
function maybeSort(mappings, owned) {
  const unsortedIndex = nextUnsortedSegmentLine(mappings, 0);
  if (unsortedIndex === mappings.length) return mappings;
  if (!owned) mappings = mappings.slice();
  for (let i2 = unsortedIndex; i2 < mappings.length; i2 = nextUnsortedSegmentLine(mappings, i2 + 1)) {
    mappings[i2] = sortSegments(mappings[i2], owned);
  }
  return mappings;
}
function nextUnsortedSegmentLine(mappings, start) {
  for (let i2 = start; i2 < mappings.length; i2++) {
    if (!isSorted(mappings[i2])) return i2;
  }
  return mappings.length;
}
function isSorted(line) {
  for (let j = 1; j < line.length; j++) {
    if (line[j][COLUMN] < line[j - 1][COLUMN]) {
      return false;
    }
  }
  return true;
}
function sortSegments(line, owned) {
  if (!owned) line = line.slice();
  return line.sort(sortComparator2);
}
function sortComparator2(a, b) {
  return a[COLUMN] - b[COLUMN];
}
function memoizedState() {
  return {
    lastKey: -1,
    lastNeedle: -1,
    lastIndex: -1
  };
}
function parse4(map) {
  return typeof map === "string" ? JSON.parse(map) : map;
}
function cast(map) {
  return map;
}
function decodedMappings(map) {
  var _a;
  return (_a = cast(map))._decoded || (_a._decoded = decode(cast(map)._encoded));
}
var COLUMN, TraceMap;
var init_trace_mapping = __esm({
  "node_modules/@jridgewell/trace-mapping/dist/trace-mapping.mjs"() {
    init_sourcemap_codec();
    init_resolve_uri();
    COLUMN = 0;
    TraceMap = class {
      constructor(map, mapUrl) {
        const isString = typeof map === "string";
        if (!isString && map._decodedMemo) return map;
        const parsed = parse4(map);
        const { version: version2, file, names, sourceRoot, sources, sourcesContent } = parsed;
        this.version = version2;
        this.file = file;
        this.names = names || [];
        this.sourceRoot = sourceRoot;
        this.sources = sources;
        this.sourcesContent = sourcesContent;
        this.ignoreList = parsed.ignoreList || parsed.x_google_ignoreList || void 0;
        const resolve5 = resolver(mapUrl, sourceRoot);
        this.resolvedSources = sources.map(resolve5);
        const { mappings } = parsed;
        if (typeof mappings === "string") {
          this._encoded = mappings;
          this._decoded = void 0;
        } else if (Array.isArray(mappings)) {
          this._encoded = void 0;
          this._decoded = maybeSort(mappings, isString);
        } else if (parsed.sections) {
          throw new Error(`TraceMap passed sectioned source map, please use FlattenMap export instead`);
        } else {
          throw new Error(`invalid source map: ${JSON.stringify(parsed)}`);
        }
        this._decodedMemo = memoizedState();
        this._bySources = void 0;
        this._bySourceMemos = void 0;
      }
    };
  }
});

// src/collect/sourcemap.ts
function toPath(urlOrPath) {
  if (urlOrPath.startsWith("file://")) {
    try {
      return (0, import_node_url3.fileURLToPath)(urlOrPath);
    } catch {
      return null;
    }
  }
  return (0, import_node_path10.isAbsolute)(urlOrPath) ? urlOrPath : null;
}
function mapperFromPayload(payload, mapLocation) {
  let map;
  try {
    map = new TraceMap(payload, mapLocation);
  } catch {
    return null;
  }
  const lines = decodedMappings(map);
  const sources = map.resolvedSources.map((s) => s ? toPath(s) ?? ((0, import_node_path10.isAbsolute)(s) ? s : (0, import_node_path10.resolve)((0, import_node_path10.dirname)(toPath(mapLocation) ?? mapLocation), s)) : null);
  const contents = map.sourcesContent ?? [];
  const mapper = (generatedLine) => {
    const segs = lines[generatedLine - 1];
    if (!segs) return null;
    for (const seg of segs) {
      if (seg.length >= 4) {
        const file = sources[seg[1]];
        if (!file) continue;
        return { file, line: seg[2] + 1, sourceContent: contents[seg[1]] ?? null };
      }
    }
    return null;
  };
  mapper.sources = sources.filter((f) => f !== null);
  return mapper;
}
function mapperFromDisk(jsPath, source) {
  const tail = source.slice(-4096).trimEnd().split("\n").pop() ?? "";
  const m = MAP_COMMENT.exec(tail);
  if (!m) return null;
  const ref2 = m[1];
  try {
    if (ref2.startsWith("data:")) return mapperFromPayload(mapOfDataUrl(ref2), jsPath);
    const mapPath = (0, import_node_path10.resolve)((0, import_node_path10.dirname)(jsPath), decodeURIComponent(ref2));
    if (!(0, import_node_fs8.existsSync)(mapPath)) return null;
    return mapperFromPayload(JSON.parse((0, import_node_fs8.readFileSync)(mapPath, "utf8")), mapPath);
  } catch {
    return null;
  }
}
var import_node_fs8, import_node_path10, import_node_url3, MAP_COMMENT;
var init_sourcemap = __esm({
  "src/collect/sourcemap.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path10 = require("node:path");
    import_node_url3 = require("node:url");
    init_trace_mapping();
    init_data_url();
    MAP_COMMENT = /\/\/[#@]\s*sourceMappingURL=([^\s'"]+)\s*$/;
  }
});

// src/report/escape.ts
function escapeTerminal(text) {
  return text.replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, "\u2424").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
  }
});

// src/report/text.ts
function sparkline(points, width = 10) {
  if (!points || points.length === 0) return "";
  const values = points.map((p) => p[1]);
  const step = Math.max(1, Math.ceil(values.length / width));
  const buckets = [];
  for (let i2 = 0; i2 < values.length; i2 += step) buckets.push(maxOf(values.slice(i2, i2 + step)));
  const lo = -maxOf(buckets.map((b) => -b), 0);
  const hi = maxOf(buckets);
  if (hi === lo) return SPARK[0].repeat(buckets.length);
  return buckets.map((v) => SPARK[Math.min(SPARK.length - 1, Math.floor((v - lo) / (hi - lo) * (SPARK.length - 1)))]).join("");
}
function renderText(profile, opts = {}) {
  const color = opts.color ?? false;
  const threshold = opts.cpuPercentThreshold ?? 1;
  const maxFull = opts.maxFullSourceLines ?? 200;
  const c = (code, s) => color && s ? `\x1B[${code}m${s}\x1B[0m` : s;
  const total = totalSeconds(profile.totals) + profile.totals.unattributed_s;
  const full = profile.meta.mode === "full";
  const hasGpu = Object.values(profile.files).some((f) => f.lines.some((l) => (l.gpu_s ?? 0) > 0));
  const elapsedS = profile.meta.elapsed_s;
  const columns = [
    { title: "JS", width: 5, cell: (m) => fmtPct(pct(m.cpu_js_s, total)) },
    { title: "native", width: 6, cell: (m) => fmtPct(pct(m.cpu_native_s, total)) },
    { title: "system", width: 6, cell: (m) => fmtPct(pct(m.system_s, total)) },
    { title: "GC", width: 4, cell: (m) => fmtPct(pct(m.gc_s, total)) }
  ];
  if (full) {
    columns.push(
      {
        title: "Mem JS",
        width: 6,
        cell: (m) => {
          const all = (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0);
          return all > 0 ? fmtPct(pct(m.alloc_js_bytes ?? 0, all)) || "0%" : "";
        }
      },
      { title: "net MB", width: 7, cell: (m) => fmtMB(m.net_bytes) },
      { title: "timeline", width: 10, cell: (m) => sparkline(m.timeline) },
      {
        title: "copy MB/s",
        width: 9,
        cell: (m) => m.copy_bytes && elapsedS > 0 && m.copy_bytes / 1048576 / elapsedS >= 0.05 ? (m.copy_bytes / 1048576 / elapsedS).toFixed(1) : ""
      }
    );
  }
  if (hasGpu) columns.push({ title: "GPU", width: 5, cell: (m) => fmtPct(pct(m.gpu_s ?? 0, elapsedS)) });
  const out = [];
  const head = profile.meta;
  out.push(
    c("1", `scalene-ci profile of ${escapeTerminal(head.command.join(" "))}`) + `  \u2014 ${elapsedS.toFixed(2)} s elapsed, ${fmtSeconds(totalSeconds(profile.totals))} in profiled code, sampling every ${head.sampling_interval_ms} ms` + (head.complete ? "" : c("31", "  [INCOMPLETE]"))
  );
  if (full && profile.totals.peak_footprint_bytes !== void 0) {
    const at2 = profile.totals.peak_footprint_at;
    out.push(
      `Memory: peak ${fmtMB(profile.totals.peak_footprint_bytes) || "0"} MB` + (at2 ? ` (at ${escapeTerminal(at2.file)}:${at2.line})` : "") + (profile.totals.footprint_timeline ? `  ${sparkline(profile.totals.footprint_timeline, 30)}` : "") + (profile.totals.growth_rate_bytes_per_s !== void 0 ? `  growth ${(profile.totals.growth_rate_bytes_per_s / 1048576).toFixed(2)} MB/s` : "")
    );
  }
  for (const w of head.warnings) out.push(c("33", `warning: ${escapeTerminal(w)}`));
  if (Object.keys(profile.files).length === 0) {
    out.push("", "No samples in profiled files. (Use --profile-all to include code outside the working directory.)");
    return out.join("\n") + "\n";
  }
  const files = Object.entries(profile.files).sort((a, b) => fileTime(b[1]) - fileTime(a[1]));
  for (const [name, file] of files) {
    const ft = fileTime(file);
    out.push("");
    out.push(c("1", `${escapeTerminal(name)}: % of time = ${fmtPct(pct(ft, total)) || "0%"} (${fmtSeconds(ft)}) out of ${fmtSeconds(total)}.`));
    const header = " Line \u2502" + columns.map((col) => col.title.padStart(col.width) + " \u2502").join("") + " " + escapeTerminal(name);
    out.push(c("2", header));
    out.push(c("2", "\u2500".repeat(Math.min(header.length + 20, 120))));
    const srcLines = file.source === null ? [] : file.source.split("\n");
    const byLine = new Map(file.lines.map((l) => [l.line, l]));
    const isHot = (l) => !!l && pct(totalSeconds(l), total) >= threshold;
    let shown;
    if (opts.reduced) shown = file.lines.filter((l) => isHot(l) || l.leak !== void 0).map((l) => l.line);
    else if (srcLines.length > 0 && srcLines.length <= maxFull) shown = srcLines.map((_, i2) => i2 + 1);
    else {
      const set = /* @__PURE__ */ new Set();
      for (const l of file.lines) for (const d of [-1, 0, 1]) if (l.line + d >= 1) set.add(l.line + d);
      shown = [...set].sort((a, b) => a - b);
    }
    if (srcLines.length > 0 && srcLines[srcLines.length - 1] === "" && shown[shown.length - 1] === srcLines.length) shown.pop();
    let prev = 0;
    for (const ln of shown) {
      if (prev && ln > prev + 1) out.push(c("2", "  ..."));
      prev = ln;
      const l = byLine.get(ln);
      const cells = columns.map((col) => (l ? col.cell(l) : "").padStart(col.width) + " \u2502").join("");
      const text = escapeTerminal((srcLines[ln - 1] ?? "").replace(/\t/g, "  "));
      const marker = l?.leak ? c("31;1", ` \u25C0 possible leak (${(l.leak.likelihood * 100).toFixed(0)}%, ${(l.leak.velocity_bytes_per_s / 1048576).toFixed(1)} MB/s)`) : "";
      const row = `${String(ln).padStart(5)} \u2502${cells} ${text}`;
      out.push((isHot(l) ? c("1;31", row) : row) + marker);
    }
    const fns = file.functions.filter((f) => totalSeconds(f) > 0).sort((a, b) => totalSeconds(b) - totalSeconds(a));
    if (fns.length > 0) {
      out.push("");
      out.push(c("2", " function summary for " + escapeTerminal(name)));
      for (const f of fns) {
        if (opts.reduced && pct(totalSeconds(f), total) < threshold) continue;
        const cells = columns.map((col) => col.cell(f).padStart(col.width) + " \u2502").join("");
        out.push(`${String(f.line).padStart(5)} \u2502${cells} ${escapeTerminal(f.name)} (lines ${f.line}\u2013${f.end_line})`);
      }
    }
  }
  const un = profile.totals.unattributed_s;
  if (un > 0) out.push("", c("2", `${fmtSeconds(un)} (${fmtPct(pct(un, total)) || "0%"}) outside profiled files (event-loop idle, Node internals, unprofiled code).`));
  return out.join("\n") + "\n";
}
function fileTime(f) {
  return f.lines.reduce((s, l) => s + totalSeconds(l), 0);
}
function fmtSeconds(s) {
  return s >= 10 ? `${s.toFixed(1)} s` : s >= 0.1 ? `${s.toFixed(2)} s` : `${(s * 1e3).toFixed(1)} ms`;
}
var SPARK, pct, fmtPct, fmtMB;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_profile();
    init_escape();
    SPARK = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
    pct = (part, whole) => whole > 0 && part > 0 ? 100 * part / whole : 0;
    fmtPct = (p) => p >= 0.5 ? `${Math.round(p)}%` : p > 0 ? "<1%" : "";
    fmtMB = (bytes) => bytes === void 0 || Math.abs(bytes) < 1024 * 1024 * 0.05 ? "" : `${(bytes / 1048576).toFixed(bytes >= 100 * 1048576 ? 0 : 1)}`;
  }
});

// src/model/validate.ts
function heldValues(p) {
  let entries = 1;
  let held = 1 + perRunLength(p.totals.per_run);
  for (const f of Object.values(p.files)) {
    entries += f.lines.length + f.functions.length;
    held += f.lines.length + f.functions.length;
    for (const l of f.lines) held += perRunLength(l.per_run);
    for (const fn of f.functions) held += perRunLength(fn.per_run);
  }
  return { entries, held };
}
function perRunLength(perRun) {
  let n = 0;
  if (perRun) for (const arr of Object.values(perRun)) n += arr?.length ?? 0;
  return n;
}
function checkRunValues(profiles, runs, what) {
  let held = 0;
  let entries;
  if (profiles.length === 1) {
    const h = heldValues(profiles[0]);
    held = h.held;
    entries = h.entries;
  } else {
    const keys = /* @__PURE__ */ new Set();
    for (const p of profiles) {
      held += heldValues(p).held;
      for (const [path, f] of Object.entries(p.files)) {
        for (const l of f.lines) keys.add(`${path}\0${l.line}`);
        for (const fn of f.functions) keys.add(`${path}\0${fn.line}:${fn.end_line}:${fn.name}`);
      }
    }
    entries = keys.size + 1;
  }
  const needed = runs * entries;
  const limit = Math.max(RUN_VALUES_FLOOR, 2 * held);
  if (needed > limit) {
    throw new InputError(
      `${what}: ${runs} runs \xD7 ${entries} lines, functions and totals would be ${needed.toExponential(1)} per-run values, but the input holds ${held} values (per_run arrays back repeated runs); the limit is ${limit}`
    );
  }
}
var MAX_PROFILE_BYTES, RUN_VALUES_FLOOR, MAX_BYTES, MAX_LINE;
var init_validate = __esm({
  "src/model/validate.ts"() {
    "use strict";
    init_errors();
    init_profile();
    MAX_PROFILE_BYTES = 512 * 1024 * 1024;
    RUN_VALUES_FLOOR = 1 << 20;
    MAX_BYTES = 2 ** 60;
    MAX_LINE = 2 ** 31 - 1;
  }
});

// src/model/merge.ts
function calleeFields(callees, entries) {
  const spans = /* @__PURE__ */ new Map();
  for (const e of entries) for (const sp of e?.callee_spans ?? []) spans.set(`${sp[0]}\0${sp[1]}\0${sp[2]}`, sp);
  return { ...callees.length > 0 ? { callee_lines: callees } : {}, ...spans.size > 0 ? { callee_spans: [...spans.values()] } : {} };
}
function distinct(values) {
  return [...new Set(values)];
}
function requireProfiles(profiles, what) {
  if (profiles.length === 0) throw new InputError(`nothing to merge: no ${what} given`);
}
function mergeMeta(profiles, runs, elapsed_s, extraWarnings) {
  const first = profiles[0].meta;
  const modes = distinct(profiles.map((p) => p.meta.mode));
  const starts = profiles.map((p) => p.meta.start_time).sort();
  const gpus = profiles.map((p) => p.meta.gpu).filter((g) => g !== null);
  const warnings = distinct([...profiles.flatMap((p) => p.meta.warnings), ...extraWarnings]);
  return {
    ...first,
    node_version: distinct(profiles.map((p) => p.meta.node_version)).length === 1 ? first.node_version : null,
    cpu_model: distinct(profiles.map((p) => p.meta.cpu_model)).length === 1 ? first.cpu_model : null,
    start_time: starts[0],
    elapsed_s,
    runs,
    git_sha: distinct(profiles.map((p) => p.meta.git_sha)).length === 1 ? first.git_sha : null,
    complete: profiles.every((p) => p.meta.complete),
    mode: modes.length === 1 ? modes[0] : "cpu",
    gpu: gpus.length === 0 ? null : { per_process: gpus.every((g) => g.per_process), devices: distinct(gpus.flatMap((g) => g.devices)) },
    // Memory figures survive a merge only when every input had them.
    missing: distinct([...profiles.flatMap((p) => p.meta.missing), ...modes.length > 1 ? ["memory", "copy"] : []]),
    processes: profiles.flatMap((p) => p.meta.processes),
    warnings,
    ...profiles.some((p) => p.meta.sampler_late_share !== void 0) ? { sampler_late_share: Math.max(...profiles.map((p) => p.meta.sampler_late_share ?? 0)) } : {},
    ...profiles.some((p) => p.meta.gc_pause_s !== void 0) ? { gc_pause_s: Math.max(...profiles.map((p) => p.meta.gc_pause_s ?? 0)) } : {}
  };
}
function checkCompatible(profiles) {
  const warnings = [];
  const intervals = distinct(profiles.map((p) => p.meta.sampling_interval_ms));
  if (intervals.length > 1) warnings.push(`merged profiles with different sampling intervals (${intervals.join(", ")} ms)`);
  const modes = distinct(profiles.map((p) => p.meta.mode));
  if (modes.length > 1) warnings.push("merged CPU-only and full profiles: memory figures dropped");
  return warnings;
}
function runValues(m, key, runs) {
  if (!m) return void 0;
  const arr = m.per_run?.[key];
  if (arr && arr.length === runs) return arr;
  const v = m[key];
  return v === void 0 ? void 0 : new Array(runs).fill(v);
}
function mergeRunEntry(entries, runCounts, keepMemory) {
  const total = runCounts.reduce((a, b) => a + b, 0);
  const out = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, per_run: {} };
  for (const key of RUN_METRICS) {
    if (!keepMemory && !REQUIRED.has(key) && !key.startsWith("gpu")) continue;
    const present = entries.some((e) => e !== void 0 && e[key] !== void 0);
    if (!present && !REQUIRED.has(key)) continue;
    const values = new Array(total);
    let at2 = 0;
    let sum = 0;
    entries.forEach((e, i2) => {
      const n = runCounts[i2];
      const arr = e?.per_run?.[key];
      const own = arr && arr.length === n ? arr : null;
      const mean = own ? 0 : e?.[key] ?? 0;
      for (let j = 0; j < n; j++) {
        const x = own ? own[j] : mean;
        values[at2++] = x;
        sum += x;
      }
    });
    out[key] = sum / total;
    out.per_run[key] = values;
  }
  if (keepMemory) {
    const leaks = entries.map((e, i2) => ({ leak: e?.leak, runs: runCounts[i2] }));
    if (leaks.some((l) => l.leak)) {
      const likelihood = weightedMedian(leaks.map((l) => [l.leak?.likelihood ?? 0, l.runs]));
      const velocity = weightedMedian(leaks.map((l) => [l.leak?.velocity_bytes_per_s ?? 0, l.runs]));
      if (likelihood > 0) out.leak = { likelihood, velocity_bytes_per_s: velocity };
    }
    const timeline = entries.find((e) => e?.timeline)?.timeline;
    if (timeline) out.timeline = timeline;
  }
  return out;
}
function mergeRuns(profiles) {
  requireProfiles(profiles, "runs");
  checkRunValues(profiles, profiles.reduce((n, p) => n + p.meta.runs, 0), "merging runs");
  const warnings = checkCompatible(profiles);
  const commands = distinct(profiles.map((p) => JSON.stringify(p.meta.command)));
  if (commands.length > 1) warnings.push(`merged runs of different commands (${commands.length} distinct): are these the same benchmark?`);
  const keepMemory = profiles.every((p) => p.meta.mode === "full");
  const runCounts = profiles.map((p) => p.meta.runs);
  const runs = runCounts.reduce((a, b) => a + b, 0);
  const files = {};
  const paths = distinct(profiles.flatMap((p) => Object.keys(p.files)));
  for (const path of paths) {
    const versions = profiles.map((p) => Object.hasOwn(p.files, path) ? p.files[path] : void 0);
    const sources = distinct(versions.map((f) => f?.source).filter((s) => typeof s === "string"));
    if (sources.length > 1) warnings.push(`${path}: the source differs between runs; keeping the first`);
    const lineNumbers = distinct(versions.flatMap((f) => f?.lines.map((l) => l.line) ?? [])).sort((a, b) => a - b);
    const lineMaps = versions.map((f) => new Map((f?.lines ?? []).map((l) => [l.line, l])));
    const lines = lineNumbers.map((line) => {
      const entries = lineMaps.map((m) => m.get(line));
      const callees = distinct(entries.flatMap((e) => e?.callee_lines ?? []));
      const merged = mergeRunEntry(entries, runCounts, keepMemory);
      return { line, ...merged, ...calleeFields(callees, entries) };
    });
    const fnKeys = distinct(versions.flatMap((f) => f?.functions.map((fn) => `${fn.line}:${fn.end_line}:${fn.name}`) ?? []));
    const functions = fnKeys.map((key) => {
      const entries = versions.map((f) => f?.functions.find((fn) => `${fn.line}:${fn.end_line}:${fn.name}` === key));
      const first = entries.find((e) => e !== void 0);
      return { name: first.name, line: first.line, end_line: first.end_line, ...mergeRunEntry(entries, runCounts, keepMemory) };
    });
    functions.sort((a, b) => a.line - b.line || b.end_line - a.end_line);
    const generated = versions.find((f) => f?.generated_from)?.generated_from;
    setOwn(files, path, { source: sources[0] ?? null, lines, functions, ...generated ? { generated_from: generated } : {} });
  }
  const totalsMerged = mergeRunEntry(profiles.map((p) => p.totals), runCounts, keepMemory);
  const elapsedRuns = profiles.flatMap((p) => runValues({ ...p.totals, per_run: p.totals.per_run }, "elapsed_s", p.meta.runs) ?? []);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const weighted = (get) => {
    if (profiles.every((p) => get(p.totals) === void 0)) return void 0;
    return profiles.reduce((s, p) => s + (get(p.totals) ?? 0) * p.meta.runs, 0) / runs;
  };
  const totals = {
    ...totalsMerged,
    per_run: { ...totalsMerged.per_run, elapsed_s: elapsedRuns },
    elapsed_s: mean(elapsedRuns),
    unattributed_s: weighted((t) => t.unattributed_s) ?? 0
  };
  if (keepMemory) {
    const peak = weighted((t) => t.peak_footprint_bytes);
    if (peak !== void 0) totals.peak_footprint_bytes = peak;
    const growth = weighted((t) => t.growth_rate_bytes_per_s);
    if (growth !== void 0) totals.growth_rate_bytes_per_s = growth;
    const withPeak = profiles.filter((p) => p.totals.peak_footprint_at !== void 0);
    if (withPeak.length > 0) {
      const top = withPeak.reduce((a, b) => (b.totals.peak_footprint_bytes ?? 0) > (a.totals.peak_footprint_bytes ?? 0) ? b : a);
      totals.peak_footprint_at = top.totals.peak_footprint_at ?? null;
    }
    const timeline = profiles.find((p) => p.totals.footprint_timeline)?.totals.footprint_timeline;
    if (timeline) totals.footprint_timeline = timeline;
    const bg = profiles.filter((p) => p.totals.native_background);
    if (bg.length > 0) {
      const sum = (k) => profiles.reduce((s, p) => s + (p.totals.native_background?.[k] ?? 0) * p.meta.runs, 0) / runs;
      totals.native_background = { alloc_native_bytes: sum("alloc_native_bytes"), free_bytes: sum("free_bytes"), copy_bytes: sum("copy_bytes") };
    }
  }
  return { schema: PROFILE_SCHEMA, meta: mergeMeta(profiles, runs, mean(elapsedRuns), warnings), totals, files };
}
function weightedMedian(items) {
  const sorted = items.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return 0;
  const at2 = (k) => {
    let seen = 0;
    for (const [v, n] of sorted) if ((seen += n) > k) return v;
    return sorted[sorted.length - 1][0];
  };
  return total % 2 ? at2((total - 1) / 2) : (at2(total / 2 - 1) + at2(total / 2)) / 2;
}
var RUN_METRICS, REQUIRED;
var init_merge = __esm({
  "src/model/merge.ts"() {
    "use strict";
    init_errors();
    init_validate();
    init_profile();
    RUN_METRICS = [...SUMMABLE_METRICS, ...MAX_METRICS, "gpu_util"];
    REQUIRED = /* @__PURE__ */ new Set(["cpu_js_s", "cpu_native_s", "system_s", "gc_s", "samples"]);
  }
});

// src/collect/postprocess.ts
var postprocess_exports = {};
__export(postprocess_exports, {
  analyseSource: () => analyseSource,
  applyGpuSession: () => applyGpuSession,
  attribute: () => attribute,
  attributeMemory: () => attributeMemory,
  buildProfile: () => buildProfile,
  checkpointForMemory: () => checkpointForMemory,
  checkpointHeaders: () => checkpointHeaders,
  compactProfile: () => compactProfile,
  createAttributor: () => createAttributor,
  gpuStatusLine: () => gpuStatusLine,
  isProfiledPath: () => isProfiledPath,
  loadTypeScriptParsers: () => loadTypeScriptParsers,
  mapperFromDisk: () => mapperFromDisk,
  mapperFromPayload: () => mapperFromPayload,
  mergeRuns: () => mergeRuns,
  newLoadAnswers: () => newLoadAnswers,
  readGpuSession: () => readGpuSession,
  readLoadAnswers: () => readLoadAnswers,
  readSession: () => readSession,
  renderText: () => renderText,
  sourceAccess: () => sourceAccess,
  sourceLines: () => sourceLines,
  takeCheckpoints: () => takeCheckpoints,
  urlToPath: () => urlToPath
});
var init_postprocess = __esm({
  "src/collect/postprocess.ts"() {
    "use strict";
    init_attribute();
    init_build_profile();
    init_raw();
    init_memory();
    init_gpu_apply();
    init_gpu();
    init_sourcemap();
    init_functions();
    init_ts_functions();
    init_text();
    init_merge();
    init_profile();
  }
});

// run-only:./compare.js
var compare_exports = {};
__export(compare_exports, {
  compareCommand: () => compareCommand
});
function compareCommand() {
  throw new Error("the CLI snapshot runs `run` only");
}
var init_compare = __esm({
  "run-only:./compare.js"() {
  }
});

// run-only:./merge.js
var merge_exports = {};
__export(merge_exports, {
  mergeCommand: () => mergeCommand
});
function mergeCommand() {
  throw new Error("the CLI snapshot runs `run` only");
}
var init_merge2 = __esm({
  "run-only:./merge.js"() {
  }
});

// run-only:./report.js
var report_exports = {};
__export(report_exports, {
  reportCommand: () => reportCommand
});
function reportCommand() {
  throw new Error("the CLI snapshot runs `run` only");
}
var init_report = __esm({
  "run-only:./report.js"() {
  }
});

// src/cli/snapshot.ts
var import_node_v8 = __toESM(require("node:v8"), 1);
init_errors();

// src/cli/main.ts
var import_node_path12 = require("node:path");
var import_node_url4 = require("node:url");
init_errors();

// src/paths.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/collect/shim.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var SHIM_FILE_NAME = "libscalene_ci_shim.so";
var SHIM_ENV = {
  /** Mean net-allocation window in bytes (default 1 048 571). */
  mallocWindow: "SCALENE_CI_MALLOC_WINDOW_BYTES",
  /** Mean copy window in bytes (default 7 340 009). */
  copyWindow: "SCALENE_CI_COPY_WINDOW_BYTES",
  /** Debug/test: a directory where each process writes shim-<pid>.txt at exit. */
  dumpDir: "SCALENE_CI_SHIM_DUMP"
};
var realFs = { existsSync: import_node_fs.existsSync, readFileSync: import_node_fs.readFileSync };
function findPackageRoot(startDir, fs = realFs) {
  let dir = startDir;
  for (; ; ) {
    const manifest = (0, import_node_path.join)(dir, "package.json");
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, "utf8")).name === "scalene-ci") return dir;
      } catch {
      }
    }
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function shimPath(packageRoot, platform = process.platform, arch = process.arch, fs = realFs) {
  if (platform !== "linux") return null;
  const candidates = [
    (0, import_node_path.join)(packageRoot, "dist", "native", `${platform}-${arch}`, SHIM_FILE_NAME),
    (0, import_node_path.join)(packageRoot, "build", "shim", SHIM_FILE_NAME)
  ];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
var FALLBACK = "native allocation and copy sampling is off; JS-heap memory profiling continues";
function preloadEnv(env, soPath, platform) {
  const out = { ...env };
  if (platform === "win32") return { env: out, warning: `memory: Windows has no library preloading; ${FALLBACK}.` };
  if (soPath === null) {
    return {
      env: out,
      warning: platform === "linux" ? `memory: ${SHIM_FILE_NAME} is not built (run scripts/build-shim.sh); ${FALLBACK}.` : `memory: the native memory shim is not available on ${platform} yet; ${FALLBACK}.`
    };
  }
  if (/[:\s]/.test(soPath)) {
    return { env: out, warning: `memory: cannot preload ${JSON.stringify(soPath)} (the path contains ':' or a space); ${FALLBACK}.` };
  }
  const variable = platform === "darwin" ? "DYLD_INSERT_LIBRARIES" : "LD_PRELOAD";
  const existing = out[variable] ?? "";
  const entries = existing.split(platform === "darwin" ? /:/ : /[:\s]+/).filter((e) => e !== "");
  if (!entries.includes(soPath)) out[variable] = [soPath, ...entries].join(":");
  if (platform === "darwin") {
    return {
      env: out,
      warning: `memory: macOS drops ${variable} for system binaries (SIP: /bin/sh, /usr/bin/env, ...); processes started through them run without native allocation sampling.`
    };
  }
  return { env: out };
}

// src/paths.ts
function findPackageRoot2(start) {
  const root2 = findPackageRoot(start);
  if (root2 === null) throw new Error(`cannot find the scalene-ci package above ${start}`);
  return root2;
}
function toolVersion(root2) {
  try {
    return JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(root2, "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}

// src/cli/run.ts
var import_node_child_process3 = require("node:child_process");
var import_node_fs9 = require("node:fs");
var import_node_os4 = require("node:os");
var import_node_path11 = require("node:path");
var import_node_util = require("node:util");
init_errors();
init_config();

// src/collect/inject.ts
init_config();
function nodeOptionsRequire(preload) {
  return `--require ${/[\s"\\]/.test(preload) ? JSON.stringify(preload) : preload}`;
}

// src/native/binding.ts
var import_node_fs3 = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path3 = require("node:path");
var import_node_child_process = require("node:child_process");
init_errors();
var HOST = { platform: process.platform, arch: process.arch, abi: process.versions.modules };
var BINDING_GYP = (0, import_node_path3.join)("native", "binding.gyp");
var LOCAL_BUILD = (0, import_node_path3.join)("native", "build", "Release", "scalene_ci.node");
function prebuildName(abi = HOST.abi) {
  return `scalene_ci.abi${abi}.node`;
}
function prebuildPath(root2, target = HOST) {
  return (0, import_node_path3.join)(root2, "dist", "prebuilds", `${target.platform}-${target.arch}`, prebuildName(target.abi));
}
function cachedBinaryPath(target = HOST) {
  const base = process.env.XDG_CACHE_HOME || (0, import_node_path3.join)((0, import_node_os.homedir)(), ".cache");
  return (0, import_node_path3.join)(base, "scalene-ci", `${target.platform}-${target.arch}`, prebuildName(target.abi));
}
function findBinary(root2, target = HOST) {
  for (const candidate of [prebuildPath(root2, target), cachedBinaryPath(target)]) {
    if ((0, import_node_fs3.existsSync)(candidate)) return candidate;
  }
  return null;
}
function loadAddonFrom(path) {
  return (0, import_node_module.createRequire)(path)(path);
}
var hostEngines = /* @__PURE__ */ new Map();
function loadHostEngine(root2) {
  const kept = hostEngines.get(root2);
  if (kept) return kept;
  const binary = findBinary(root2);
  if (!binary) return null;
  try {
    const addon = loadAddonFrom(binary);
    hostEngines.set(root2, addon);
    return addon;
  } catch {
    return null;
  }
}
var NODE_MAJOR_BY_ABI = { "115": "20", "127": "22", "137": "24", "147": "26" };
function describePrebuilds(root2) {
  const dir = (0, import_node_path3.join)(root2, "dist", "prebuilds");
  const byNodes = /* @__PURE__ */ new Map();
  let platforms = [];
  try {
    platforms = (0, import_node_fs3.readdirSync)(dir).sort();
  } catch {
  }
  for (const platform of platforms) {
    let abis = [];
    try {
      abis = (0, import_node_fs3.readdirSync)((0, import_node_path3.join)(dir, platform)).map((f) => /^scalene_ci\.abi(\d+)\.node$/.exec(f)?.[1]).filter((a) => a !== void 0);
    } catch {
      continue;
    }
    if (abis.length === 0) continue;
    const nodes = abis.sort((a, b) => Number(a) - Number(b)).map((a) => NODE_MAJOR_BY_ABI[a] ?? `ABI ${a}`).join(", ");
    byNodes.set(nodes, [...byNodes.get(nodes) ?? [], platform]);
  }
  if (byNodes.size === 0) return "no platform";
  return [...byNodes].map(([nodes, plats]) => `${plats.join(", ")} (Node ${nodes})`).join("; ");
}
function ensureBinary(root2, log, target = HOST) {
  const found = findBinary(root2, target);
  if (found) return found;
  const what = `Node ${process.version} (ABI ${target.abi}) on ${target.platform}-${target.arch}`;
  if (!(0, import_node_fs3.existsSync)((0, import_node_path3.join)(root2, BINDING_GYP))) {
    throw new NativeError(
      `\`run\` needs the native engine, and this package has none for ${what}; it ships engines for ${describePrebuilds(root2)}. To build one, clone the scalene-ci repository and run \`npm ci && npm run build:native\` there (compare, report and merge work without it)`
    );
  }
  log(`scalene-ci: no prebuilt engine for ${what}; compiling it from source once\u2026`);
  const nodeGyp = locateNodeGyp(root2);
  const args = [nodeGyp, "rebuild", "--release", "--directory=native"];
  const prefix = (0, import_node_path3.join)((0, import_node_path3.dirname)(process.execPath), "..");
  if ((0, import_node_fs3.existsSync)((0, import_node_path3.join)(prefix, "include", "node", "node.h"))) args.push(`--nodedir=${prefix}`);
  const r = (0, import_node_child_process.spawnSync)(process.execPath, args, { cwd: root2, encoding: "utf8" });
  const built = (0, import_node_path3.join)(root2, LOCAL_BUILD);
  if (r.status !== 0 || !(0, import_node_fs3.existsSync)(built)) {
    throw new NativeError(
      `cannot build the native engine for ${what}: install a C++ toolchain (g++, make, python3) and Node headers, then retry`
    );
  }
  for (const dest of [prebuildPath(root2, target), cachedBinaryPath(target)]) {
    try {
      (0, import_node_fs3.mkdirSync)((0, import_node_path3.dirname)(dest), { recursive: true });
      (0, import_node_fs3.copyFileSync)(built, dest);
      return dest;
    } catch {
    }
  }
  return built;
}
function locateNodeGyp(root2) {
  for (const from of [root2, process.cwd()]) {
    try {
      return (0, import_node_module.createRequire)((0, import_node_path3.join)(from, "noop.js")).resolve("node-gyp/bin/node-gyp.js");
    } catch {
    }
  }
  const bundled = (0, import_node_path3.join)((0, import_node_path3.dirname)(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js");
  if ((0, import_node_fs3.existsSync)(bundled)) return bundled;
  throw new NativeError("cannot build the native engine: node-gyp not found (run `npm ci` in the clone, or `npm i -g node-gyp`)");
}

// src/cli/session.ts
var import_node_child_process2 = require("node:child_process");
var import_node_fs4 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path4 = require("node:path");
var PREFIX = "scalene-ci-";
function createSessionDir(pid = process.pid) {
  return (0, import_node_fs4.mkdtempSync)((0, import_node_path4.join)((0, import_node_os2.tmpdir)(), `${PREFIX}${pid}-`));
}
function ownSessions() {
  const uid = process.getuid?.();
  let names;
  try {
    names = (0, import_node_fs4.readdirSync)((0, import_node_os2.tmpdir)());
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const m = /^scalene-ci-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
    if (!m) continue;
    const dir = (0, import_node_path4.join)((0, import_node_os2.tmpdir)(), name);
    try {
      const st = (0, import_node_fs4.lstatSync)(dir);
      if (!st.isDirectory() || uid !== void 0 && st.uid !== uid || (st.mode & 63) !== 0) continue;
      out.push({ dir, pid: Number(m[1]), mtimeMs: st.mtimeMs });
    } catch {
    }
  }
  return out;
}
function findSessionDir(pid) {
  const mine = ownSessions().filter((s) => s.pid === pid && isAlive(s.pid));
  mine.sort((a, b) => b.mtimeMs - a.mtimeMs);
  return mine[0]?.dir ?? null;
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function sweepStaleSessions() {
  for (const s of ownSessions()) if (s.pid !== process.pid && !isAlive(s.pid)) (0, import_node_fs4.rmSync)(s.dir, { recursive: true, force: true });
}
var WATCHDOG = `
read -r word
[ "$word" = done ] && exit 0
dir=$1
tree() {
  for e in /proc/[0-9]*/environ; do
    grep -qaF "$dir" "$e" 2>/dev/null || continue
    p=\${e#/proc/}
    echo "\${p%/environ}"
  done
}
kill -TERM $(tree) 2>/dev/null
i=0
while [ $i -lt 50 ] && [ -n "$(tree)" ]; do sleep 0.1; i=$((i + 1)); done
kill -KILL $(tree) 2>/dev/null
rm -rf "$dir"
`;
function nativeSpawnOrNull(nativeSpawn, argv, env) {
  try {
    return nativeSpawn?.(argv, env) ?? null;
  } catch {
    return null;
  }
}
function startWatchdog(dir, nativeSpawn = null) {
  if (process.platform !== "linux") return { disarm() {
  } };
  const spawned = nativeSpawnOrNull(nativeSpawn, ["/bin/sh", "-c", WATCHDOG, "scalene-ci-watchdog", dir], ["PATH=/usr/bin:/bin"]);
  if (spawned) {
    let fd = spawned.fd;
    return {
      disarm() {
        if (fd === null) return;
        try {
          (0, import_node_fs4.writeSync)(fd, "done\n");
        } catch {
        }
        (0, import_node_fs4.closeSync)(fd);
        fd = null;
      }
    };
  }
  let child;
  try {
    child = (0, import_node_child_process2.spawn)("/bin/sh", ["-c", WATCHDOG, "scalene-ci-watchdog", dir], {
      stdio: ["pipe", "ignore", "ignore"],
      env: { PATH: "/usr/bin:/bin" }
    });
  } catch {
    return { disarm() {
    } };
  }
  child.on("error", () => {
  });
  child.stdin.on("error", () => {
  });
  child.unref();
  child.stdin.unref?.();
  return {
    disarm() {
      child.stdin.end("done\n");
    }
  };
}

// src/cli/git.ts
var import_node_fs5 = require("node:fs");
var import_node_path5 = require("node:path");
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function read(path) {
  try {
    return (0, import_node_fs5.readFileSync)(path, "utf8");
  } catch {
    return null;
  }
}
function gitDir(cwd) {
  for (let dir = (0, import_node_path5.resolve)(cwd); ; dir = (0, import_node_path5.dirname)(dir)) {
    const dotGit = (0, import_node_path5.join)(dir, ".git");
    try {
      const st = (0, import_node_fs5.statSync)(dotGit);
      if (st.isDirectory()) return dotGit;
      if (st.isFile()) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(read(dotGit) ?? "");
        if (m) return (0, import_node_path5.isAbsolute)(m[1]) ? m[1] : (0, import_node_path5.resolve)(dir, m[1]);
        return null;
      }
    } catch {
    }
    if ((0, import_node_path5.dirname)(dir) === dir) return null;
  }
}
function resolveRef(dirs, ref2, depth = 0) {
  if (depth > 5) return null;
  for (const d of dirs) {
    const loose = read((0, import_node_path5.join)(d, ref2))?.trim();
    if (loose) {
      if (SHA.test(loose)) return loose;
      const sym = /^ref:\s*(\S+)$/.exec(loose);
      return sym ? resolveRef(dirs, sym[1], depth + 1) : null;
    }
  }
  for (const d of dirs) {
    for (const line of (read((0, import_node_path5.join)(d, "packed-refs")) ?? "").split("\n")) {
      const [sha, name] = line.trim().split(" ");
      if (name === ref2 && sha && SHA.test(sha)) return sha;
    }
  }
  return null;
}
function readGitSha(cwd) {
  const dir = gitDir(cwd);
  if (!dir) return null;
  const common = read((0, import_node_path5.join)(dir, "commondir"))?.trim();
  const dirs = common ? [dir, (0, import_node_path5.isAbsolute)(common) ? common : (0, import_node_path5.resolve)(dir, common)] : [dir];
  const head = read((0, import_node_path5.join)(dir, "HEAD"))?.trim();
  if (!head) return null;
  if (SHA.test(head)) return head;
  const sym = /^ref:\s*(\S+)$/.exec(head);
  return sym ? resolveRef(dirs, sym[1]) : null;
}

// src/cli/run.ts
var loadPost = () => Promise.resolve().then(() => (init_postprocess(), postprocess_exports));
var RUN_USAGE = `usage: scalene-ci run [options] -- <command...>
  --json-out FILE               profile JSON (default scalene-profile.json)
  --outfile FILE                write the report to FILE instead of stdout
  --cpu-only                    CPU time only (no memory/copy profiling)
  --cpu-sampling-interval MS    sampling interval in ms (default 1)
  --cpu-percent-threshold PCT   report lines with at least PCT% of time (default 1)
  --reduced-profile             only lines above the threshold
  --profile-interval S          also write the profile every S seconds
  --repeat N                    run the command N times; keep per-run figures
  --profile-all                 profile all code, not just files under the working directory
  --profile-only a,b            only files whose path contains one of these
  --profile-exclude a,b         skip files whose path contains one of these
  --use-virtual-time            count only CPU time (no off-CPU/system time)
  --malloc-threshold BYTES      native allocation sampling window (default 1048571)
  --gpu / --no-gpu              GPU time and memory per line via NVML (default: on when a driver exists)
  --no-report                   do not print the report`;
var MALLOC_THRESHOLD_MIN_BYTES = 4096;
var MALLOC_THRESHOLD_MAX_BYTES = 2 ** 40;
function mallocThreshold(value, cpuOnly) {
  if (value === void 0) return null;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < MALLOC_THRESHOLD_MIN_BYTES || n > MALLOC_THRESHOLD_MAX_BYTES) {
    throw new UsageError(`--malloc-threshold expects a whole number of bytes between ${MALLOC_THRESHOLD_MIN_BYTES} and ${MALLOC_THRESHOLD_MAX_BYTES}, got ${JSON.stringify(value)}`);
  }
  if (cpuOnly) throw new UsageError("--malloc-threshold sets the memory sampling window; it has no effect with --cpu-only");
  return n;
}
function positiveNumber(name, value, fallback, opts = {}) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= (opts.min ?? 0) || opts.integer && !Number.isInteger(n)) {
    throw new UsageError(`--${name} expects a ${opts.integer ? "positive integer" : "positive number"}, got ${JSON.stringify(value)}`);
  }
  return n;
}
var list2 = (v) => v ? v.split(",").map((s) => s.trim()).filter(Boolean) : [];
function parseRunArgs(args) {
  const dd = args.indexOf("--");
  const optionArgs = dd >= 0 ? args.slice(0, dd) : args;
  let command = dd >= 0 ? args.slice(dd + 1) : [];
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({
      args: optionArgs,
      allowPositionals: true,
      strict: true,
      options: {
        "json-out": { type: "string" },
        outfile: { type: "string" },
        "cpu-only": { type: "boolean" },
        "cpu-sampling-interval": { type: "string" },
        "cpu-percent-threshold": { type: "string" },
        "reduced-profile": { type: "boolean" },
        "profile-interval": { type: "string" },
        repeat: { type: "string" },
        "profile-all": { type: "boolean" },
        "profile-only": { type: "string" },
        "profile-exclude": { type: "string" },
        "use-virtual-time": { type: "boolean" },
        "no-report": { type: "boolean" },
        "malloc-threshold": { type: "string" },
        gpu: { type: "boolean" },
        "no-gpu": { type: "boolean" }
      }
    });
  } catch (e) {
    throw new UsageError(`${e.message.split("\n")[0]} (see scalene-ci run --help)`);
  }
  const v = parsed.values;
  if (command.length === 0 && parsed.positionals.length > 0) command = parsed.positionals;
  else if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[0])} before --`);
  if (command.length === 0) throw new UsageError("missing command: scalene-ci run [options] -- <command...>");
  if (/\.(c|m)?js$/.test(command[0])) command = [process.execPath, ...command];
  else if (/\.(c|m)?ts$/.test(command[0])) {
    if (!process.features.typescript && Number(process.versions.node.split(".")[0]) < 23) {
      throw new UsageError(`running ${command[0]} directly needs Node \u2265 23.6 (type stripping); otherwise use: scalene-ci run -- npx tsx ${command[0]}`);
    }
    command = [process.execPath, "--experimental-strip-types", "--no-warnings", ...command];
  }
  const threshold = v["cpu-percent-threshold"] === void 0 ? 1 : Number(v["cpu-percent-threshold"]);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new UsageError(`--cpu-percent-threshold expects a percentage between 0 and 100, got ${JSON.stringify(v["cpu-percent-threshold"])}`);
  }
  const intervalMs = positiveNumber("cpu-sampling-interval", v["cpu-sampling-interval"], 1);
  if (intervalMs < 0.1 || intervalMs > 1e3) throw new UsageError(`--cpu-sampling-interval must be between 0.1 and 1000 ms, got ${intervalMs}`);
  return {
    jsonOut: v["json-out"] ?? "scalene-profile.json",
    outfile: v.outfile ?? null,
    cpuOnly: v["cpu-only"] ?? false,
    intervalMs,
    cpuPercentThreshold: threshold,
    reduced: v["reduced-profile"] ?? false,
    profileIntervalS: v["profile-interval"] === void 0 ? null : positiveNumber("profile-interval", v["profile-interval"], 0),
    repeat: positiveNumber("repeat", v.repeat, 1, { integer: true }),
    filter: {
      profileAll: v["profile-all"] ?? false,
      profileOnly: list2(v["profile-only"]),
      profileExclude: list2(v["profile-exclude"])
    },
    useVirtualTime: v["use-virtual-time"] ?? false,
    report: !(v["no-report"] ?? false),
    gpu: !(v["no-gpu"] ?? false),
    gpuExplicit: v.gpu ?? false,
    command,
    mallocThresholdBytes: mallocThreshold(v["malloc-threshold"], v["cpu-only"] ?? false)
  };
}
var DEFAULT_MALLOC_WINDOW_BYTES = 1048571;
var DEFAULT_COPY_WINDOW_BYTES = 7340009;
var DEFAULT_CHECKPOINT_MS = 1e4;
function checkpointPeriodMs(opts, env) {
  const defaultMs = Number(env.SCALENE_CI_CHECKPOINT_MS) > 0 ? Number(env.SCALENE_CI_CHECKPOINT_MS) : DEFAULT_CHECKPOINT_MS;
  return opts.profileIntervalS ? Math.min(opts.profileIntervalS * 1e3, defaultMs) : defaultMs;
}
function checkWritable(path, what) {
  const dir = (0, import_node_path11.dirname)(path);
  if (!(0, import_node_fs9.existsSync)(dir)) throw new UsageError(`cannot write ${what} ${path}: directory ${dir} does not exist`);
  try {
    const probe = (0, import_node_path11.join)(dir, `.scalene-ci-probe-${process.pid}`);
    (0, import_node_fs9.writeFileSync)(probe, "");
    (0, import_node_fs9.rmSync)(probe);
  } catch (e) {
    throw new UsageError(`cannot write ${what} ${path}: ${e.code ?? e.message}`);
  }
}
var ATTACH_ENV = "SCALENE_CI_ATTACH";
function attachFromEnv(env) {
  const raw = env[ATTACH_ENV];
  return raw ? parseAttach(raw) : null;
}
function parseAttach(raw) {
  const m = /^([^\t]+)\t(\d+)\t(\d+)\t(\d+)$/.exec(raw);
  if (!m) throw new UsageError(`${ATTACH_ENV} is malformed (it is set by the scalene-ci launcher, not by hand)`);
  return { dir: m[1], pid: Number(m[2]), startNs: BigInt(m[3]), startMs: Number(m[4]) };
}
var LauncherChannel = class {
  buffered = "";
  lines = [];
  waiting = null;
  ended = false;
  constructor() {
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (d) => {
      this.buffered += d;
      let nl;
      while ((nl = this.buffered.indexOf("\n")) >= 0) {
        this.lines.push(this.buffered.slice(0, nl));
        this.buffered = this.buffered.slice(nl + 1);
      }
      this.wake();
    });
    const end = () => {
      this.ended = true;
      this.wake();
    };
    process.stdin.on("end", end);
    process.stdin.on("error", end);
    this.hold(false);
  }
  hold(on) {
    const stdin = process.stdin;
    if (on) stdin.ref?.();
    else stdin.unref?.();
  }
  wake() {
    if (!this.waiting || this.lines.length === 0 && !this.ended) return;
    const w = this.waiting;
    this.waiting = null;
    this.hold(false);
    w(this.lines.shift() ?? null);
  }
  line() {
    return new Promise((res) => {
      this.waiting = res;
      this.hold(true);
      this.wake();
    });
  }
  async exit() {
    const m = /^(-?\d+) (\d+) (\d+)$/.exec(await this.line() ?? "");
    if (!m) return null;
    const code = Number(m[1]);
    const sigNum = Number(m[2]);
    const signal = sigNum ? Object.entries(import_node_os4.constants.signals).find(([, n]) => n === sigNum)?.[0] ?? null : null;
    return { code: code >= 0 ? code : null, signal, endNs: BigInt(m[3]) };
  }
  /** Asks for the next run; its start, or null when the launcher could not start it. */
  async next() {
    try {
      (0, import_node_fs9.writeSync)(3, "next\n");
    } catch {
      return null;
    }
    const line = await this.line();
    return line?.startsWith("attach ") ? parseAttach(line.slice("attach ".length)) : null;
  }
  /** Nothing more is expected: stdin no longer keeps the process alive. */
  close() {
    process.stdin.pause();
    this.hold(false);
  }
};
async function runCommand(args, io, root2) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(RUN_USAGE + "\n");
    return 0;
  }
  const attach = attachFromEnv(io.env);
  const engine2 = attach ? loadHostEngine(root2) : null;
  const nativeSpawn = engine2?.spawnWatchdog ?? null;
  let firstWatchdog = attach ? startWatchdog(attach.dir, nativeSpawn) : null;
  const watchdogFor = (dir) => {
    const w = firstWatchdog ?? startWatchdog(dir, nativeSpawn);
    firstWatchdog = null;
    return w;
  };
  const opts = parseRunArgs(args);
  const channel = attach ? new LauncherChannel() : null;
  if (attach && io.env.SCALENE_CI_DEBUG) io.stderr(`scalene-ci: debug: the launcher started the command (pid ${attach.pid}); this process builds its profile
`);
  const jsonOut = (0, import_node_path11.resolve)(io.cwd, opts.jsonOut);
  checkWritable(jsonOut, "the profile");
  if (opts.outfile) checkWritable((0, import_node_path11.resolve)(io.cwd, opts.outfile), "the report");
  const hadEngine = !attach || engine2 !== null || findBinary(root2) !== null;
  ensureBinary(root2, (l) => io.stderr(l + "\n"));
  if (!hadEngine) throw new NativeError(`the engine for Node ${process.version} is built now; the command had started without it and was stopped: run it again`);
  const runs = [];
  let current2 = attach;
  let notStarted = false;
  for (let i2 = 0; i2 < opts.repeat; i2++) {
    if (channel && i2 > 0) {
      current2 = await channel.next();
      if (!current2) {
        io.stderr(`scalene-ci: run ${i2 + 1}/${opts.repeat} did not start; the profile has the ${i2} run(s) before it
`);
        notStarted = true;
        break;
      }
    } else if (!channel && opts.repeat > 1) io.stderr(`scalene-ci: run ${i2 + 1}/${opts.repeat}
`);
    const r = await profileOnce(opts, io, root2, jsonOut, current2, channel, watchdogFor);
    runs.push(r);
    if (r.exitCode !== 0) break;
  }
  channel?.close();
  const { mergeRuns: mergeRuns2, renderText: renderText2, compactProfile: compactProfile2 } = await loadPost();
  const profile = runs.length === 1 ? runs[0].profile : mergeRuns2(runs.map((r) => r.profile));
  writeAtomic(jsonOut, JSON.stringify(compactProfile2(profile)));
  if (opts.report) {
    const text = renderText2(profile, {
      color: io.isTTY && !opts.outfile,
      reduced: opts.reduced,
      cpuPercentThreshold: opts.cpuPercentThreshold
    });
    if (opts.outfile) (0, import_node_fs9.writeFileSync)((0, import_node_path11.resolve)(io.cwd, opts.outfile), text);
    else io.stdout(text);
  }
  io.stderr(`scalene-ci: profile written to ${opts.jsonOut}${profile.meta.complete ? "" : " (incomplete: the command failed or was killed)"}
`);
  return notStarted ? 2 : runs[runs.length - 1].exitCode;
}
async function profileOnce(opts, io, root2, jsonOut, attach, channel, watchdogFor) {
  sweepStaleSessions();
  cleanUpBuiltRuns();
  const dir = attach?.dir ?? createSessionDir();
  const runWarnings = [];
  const started = attach && channel ? attachedCommand(attach, channel) : startCommand(opts, io, root2, dir, runWarnings);
  return observe(opts, io, root2, jsonOut, dir, runWarnings, started, watchdogFor);
}
function attachedCommand(attach, channel) {
  return { startTime: new Date(attach.startMs), t0: attach.startNs, pid: attach.pid, exited: channel.exit(), forward: () => void 0, launched: true };
}
function startCommand(opts, io, root2, dir, runWarnings) {
  const paths = sessionPaths(dir);
  (0, import_node_fs9.mkdirSync)(paths.raw, { recursive: true });
  (0, import_node_fs9.mkdirSync)(paths.proc, { recursive: true });
  const preload = (0, import_node_path11.join)(root2, "dist", "preload.cjs");
  if (!(0, import_node_fs9.existsSync)(preload)) throw new InputError(`the profiler's preload ${preload} is missing: run \`npm run build\``);
  const checkpointMs = checkpointPeriodMs(opts, io.env);
  const cfg = {
    dir,
    root: root2,
    preload,
    intervalUs: Math.round(opts.intervalMs * 1e3),
    checkpointMs,
    mode: opts.cpuOnly ? "cpu" : "full",
    gpu: opts.gpu
  };
  let env = { ...io.env, [CONFIG_ENV]: JSON.stringify(cfg) };
  env.NODE_OPTIONS = [io.env.NODE_OPTIONS, nodeOptionsRequire(preload)].filter(Boolean).join(" ");
  if (!opts.cpuOnly) {
    const pre = preloadEnv(env, shimPath(root2), process.platform);
    env = pre.env;
    if (opts.mallocThresholdBytes !== null) env[SHIM_ENV.mallocWindow] = String(opts.mallocThresholdBytes);
    if (pre.warning) {
      io.stderr(`scalene-ci: ${pre.warning}
`);
      runWarnings.push(pre.warning);
    }
  }
  const startTime = /* @__PURE__ */ new Date();
  const t0 = process.hrtime.bigint();
  const hint = io.env.CI || io.env.GITHUB_ACTIONS ? "" : `; suspend with \`scalene-ci profile --off --pid ${process.pid}\``;
  io.stderr(`scalene-ci: profiling ${JSON.stringify(opts.command.join(" "))} (scalene-ci pid ${process.pid}${hint})
`);
  const child = (0, import_node_child_process3.spawn)(opts.command[0], opts.command.slice(1), { cwd: io.cwd, env, stdio: "inherit" });
  const exited = new Promise((res) => {
    child.on("error", (e) => res({ code: null, signal: null, endNs: process.hrtime.bigint(), spawnError: e }));
    child.on("exit", (c, s) => res({ code: c, signal: s, endNs: process.hrtime.bigint() }));
  });
  const forward = (sig) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  return { startTime, t0, pid: child.pid, exited, forward };
}
async function observe(opts, io, root2, jsonOut, dir, runWarnings, started, watchdogFor) {
  const { startTime, t0 } = started;
  const checkpointMs = checkpointPeriodMs(opts, io.env);
  const paths = sessionPaths(dir);
  const watchdog = watchdogFor(dir);
  const handlers = ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => [s, () => started.forward(s)]);
  for (const [s, h] of handlers) process.on(s, h);
  let interim = null;
  let endNs = null;
  const postPromise = loadPost();
  let sha = null;
  const shaPromise = Promise.resolve().then(() => sha = readGitSha(io.cwd));
  let post = null;
  void postPromise.then((m) => post = m, () => void 0);
  const filter = { root: io.cwd, alwaysExclude: [(0, import_node_path11.join)(root2, "dist"), (0, import_node_path11.join)(root2, "build", "src")], ...opts.filter };
  const parsedCache = /* @__PURE__ */ new Map();
  const parsed = (abs) => {
    let entry = parsedCache.get(abs);
    if (!entry) {
      const text = readSourceSafe(abs);
      parsedCache.set(abs, entry = { text, lines: text === null ? null : post.analyseSource(abs, text) });
    }
    return entry.lines;
  };
  let entryAhead = null;
  const tsAhead = [];
  void postPromise.then(() => {
    const entry = entryScript(opts.command, io.cwd);
    if (!entry || endNs !== null || !post.isProfiledPath(entry, filter)) return;
    try {
      parsed(entry);
      entryAhead = entry;
    } catch {
    }
  }, () => void 0);
  const sources = (p) => p.sourceAccess(parsed, (abs, dumped, url) => {
    const payload = dumped[url] ?? dumped[abs];
    let mapper;
    if (payload) mapper = p.mapperFromPayload(payload, url.startsWith("file://") ? url : abs);
    else {
      const src = readSourceSafe(abs);
      mapper = src === null ? null : p.mapperFromDisk(abs, src);
    }
    if (mapper?.sources && endNs === null) analyseMappedAhead(p, mapper.sources);
    return mapper;
  });
  const analyseMappedAhead = (p, files) => {
    for (const abs of files) {
      if (!TYPESCRIPT.test(abs) || parsedCache.has(abs) || !p.isProfiledPath(abs, filter)) continue;
      try {
        p.loadTypeScriptParsers();
        if (parsed(abs)) tsAhead.push(abs);
      } catch {
      }
    }
  };
  const checkpoints = /* @__PURE__ */ new Map();
  let attributor = null;
  let incremental = !opts.profileIntervalS;
  let gpuSampling = false;
  let gpuKnown = !opts.gpu;
  const fed = /* @__PURE__ */ new Map();
  let fedWhileRunning = 0;
  const fedNames = /* @__PURE__ */ new Set();
  let loadAnswers = null;
  const loadState = () => loadAnswers ??= post.newLoadAnswers();
  const loadedOf = (pid) => post.readLoadAnswers(paths.maps, pid, loadState());
  const readRecord = (pid, threadId) => {
    try {
      return JSON.parse((0, import_node_fs9.readFileSync)((0, import_node_path11.join)(paths.proc, `${pid}-${threadId}.json`), "utf8"));
    } catch {
      return null;
    }
  };
  const profiledUrls2 = (f) => {
    const urls = /* @__PURE__ */ new Set();
    for (const seg of f.segments) {
      for (const u of seg.strings) {
        if (!u.startsWith("file://") && !u.startsWith("/")) continue;
        const abs = post.urlToPath(u);
        if (abs && post.isProfiledPath(abs, filter)) urls.add(u);
      }
    }
    return [...urls];
  };
  const feed = (files, last) => {
    if (!post || !incremental) return;
    const p = post;
    attributor ??= p.createAttributor([], { filter, useVirtualTime: opts.useVirtualTime, registered: [], memory: !opts.cpuOnly }, sources(p));
    const a = attributor;
    const touched = /* @__PURE__ */ new Set();
    for (const f of files) {
      const id = `${f.pid}-${f.threadId}`;
      let th = fed.get(id);
      if (!th) fed.set(id, th = newFedThread(f.pid, f.threadId));
      th.held.set(f.seq, f);
      touched.add(th);
    }
    for (const th of last ? fed.values() : touched) {
      const order = last ? [...th.held.keys()].sort((x, y) => x - y) : [];
      for (; ; ) {
        const f = th.held.get(last ? order.shift() ?? -1 : th.next);
        if (!f) break;
        const urls = profiledUrls2(f);
        if (!last && (!th.recordSeen || !answered(th, urls))) {
          const rec = readRecord(th.pid, th.threadId);
          if (rec) {
            th.recordSeen = true;
            learn(th, rec);
          }
          if (!answered(th, urls)) {
            learnLoaded(th, loadedOf(th.pid));
            if (!answered(th, urls)) break;
          }
        }
        th.held.delete(f.seq);
        th.next = f.seq + 1;
        for (const u of urls) (th.maps?.[u] === void 0 ? th.fedWithoutMap : th.fedWithMap).add(u);
        a.add({ pid: f.pid, threadId: f.threadId, meta: th.maps ? { source_maps: th.maps } : null }, f.segments);
        checkpoints.set(f.name, opts.cpuOnly ? p.checkpointHeaders(f.segments) : p.checkpointForMemory(f.segments));
        fedNames.add(f.name);
        if (!last) fedWhileRunning++;
      }
    }
    let waiting = 0;
    for (const th of fed.values()) waiting += th.held.size;
    if (!last && waiting > MAX_WAITING_FILES) {
      incremental = false;
      fed.clear();
      return;
    }
    if (!gpuKnown) {
      const session = p.readGpuSession(paths.gpu);
      if (session) {
        gpuKnown = true;
        gpuSampling = session.start.ok === true;
      }
    }
    if (opts.cpuOnly && !gpuSampling) a.dropTracks(opts.intervalMs);
  };
  const prefetch = () => {
    if (!post) return;
    const files = post.takeCheckpoints(dir, checkpoints);
    for (const f of files) {
      for (const seg of f.segments) {
        for (const s of seg.strings) {
          if (!s.startsWith("file://") && !s.startsWith("/")) continue;
          const abs = post.urlToPath(s);
          if (!abs || parsedCache.has(abs) || !post.isProfiledPath(abs, filter)) continue;
          if (TRANSPILED.test(abs)) post.loadTypeScriptParsers();
          if (parsed(abs) && TYPESCRIPT.test(abs)) tsAhead.push(abs);
        }
      }
    }
    feed(files, false);
  };
  const build = (complete, exitCode2, signal2) => {
    const { readSession: readSession2, attribute: attribute2, attributeMemory: attributeMemory2, buildProfile: buildProfile2, readGpuSession: readGpuSession2, gpuStatusLine: gpuStatusLine2, applyGpuSession: applyGpuSession2 } = post;
    const elapsedS = Number((endNs ?? process.hrtime.bigint()) - t0) / 1e9;
    const warnings = [...runWarnings];
    const rest = post.takeCheckpoints(dir, checkpoints);
    let { threads, skipped } = readSession2(dir, checkpoints, loadState());
    const registered = threads.flatMap((t) => t.meta?.registered ?? []);
    if (registered.length > 0 || incremental && !finalAnswers(fed, threads, rest, profiledUrls2, loadedOf)) incremental = false;
    let attribution;
    if (incremental) {
      feed(rest, true);
      attribution = attributor.finish();
      if (io.env.SCALENE_CI_DEBUG) io.stderr(`scalene-ci: debug: ${fedWhileRunning} checkpoint file(s) attributed while the command ran, ${checkpoints.size - fedWhileRunning} at its exit
`);
      if (io.env.SCALENE_CI_DEBUG && entryAhead) io.stderr(`scalene-ci: debug: entry script analysed while the command ran: ${entryAhead}
`);
    } else {
      if (io.env.SCALENE_CI_DEBUG) io.stderr("scalene-ci: debug: all checkpoint files attributed at the exit\n");
      if (attributor) {
        for (const name of fedNames) checkpoints.delete(name);
        ({ threads, skipped } = readSession2(dir, checkpoints, loadState()));
      }
      attribution = attribute2(threads, { filter, useVirtualTime: opts.useVirtualTime, registered, memory: !opts.cpuOnly }, sources(post));
    }
    if (io.env.SCALENE_CI_DEBUG && tsAhead.length > 0) io.stderr(`scalene-ci: debug: TypeScript analysed while the command ran: ${tsAhead.join(", ")}
`);
    if (skipped.length > 0) warnings.push(`${skipped.length} unreadable checkpoint file(s) skipped`);
    if (threads.length === 0) warnings.push("no node process was profiled (is the command a node program?)");
    if (signal2) warnings.push(`the command was killed by ${signal2}`);
    else if (exitCode2 !== null && exitCode2 !== 0) warnings.push(`the command exited with code ${exitCode2}`);
    const info = {
      toolVersion: toolVersion(root2),
      command: opts.command,
      startTime,
      elapsedS,
      intervalMs: opts.intervalMs,
      gitSha: sha,
      mode: opts.cpuOnly ? "cpu" : "full",
      useVirtualTime: opts.useVirtualTime,
      complete,
      warnings,
      memoryWindows: opts.cpuOnly ? void 0 : { malloc_bytes: opts.mallocThresholdBytes ?? DEFAULT_MALLOC_WINDOW_BYTES, copy_bytes: DEFAULT_COPY_WINDOW_BYTES }
    };
    const memory = opts.cpuOnly ? null : attributeMemory2(threads, attribution, {
      registered,
      sourceLines: parsed,
      mallocWindowBytes: opts.mallocThresholdBytes ?? DEFAULT_MALLOC_WINDOW_BYTES
    });
    const readSource = (abs) => parsedCache.get(abs)?.text ?? readSourceSafe(abs);
    const profile2 = buildProfile2(attribution, threads, info, io.cwd, readSource, memory, (abs, text) => {
      const entry = parsedCache.get(abs);
      return entry && entry.text === text ? entry.lines : void 0;
    });
    if (signal2) {
      for (const p of profile2.meta.processes) {
        if (p.pid !== started.pid) continue;
        p.signal = signal2;
        p.complete = false;
      }
    }
    const gpu = opts.gpu ? readGpuSession2(paths.gpu) : null;
    if (gpu) {
      if (opts.gpuExplicit && !gpu.start.ok) io.stderr(`scalene-ci: ${gpuStatusLine2(gpu.start)}
`);
      applyGpuSession2(profile2, attribution, gpu, io.cwd);
    }
    return profile2;
  };
  const lookEveryMs = () => Math.max(250, Math.min(2e3, checkpointMs / 4, (Date.now() - startTime.getTime()) / 8));
  let prefetcher;
  const lookNow = () => {
    if (endNs !== null) return;
    try {
      prefetch();
    } catch {
    }
  };
  const look = () => {
    lookNow();
    prefetcher = setTimeout(look, lookEveryMs());
    prefetcher.unref();
  };
  prefetcher = setTimeout(look, lookEveryMs());
  prefetcher.unref();
  const watcher = watchCheckpoints(paths.raw, lookNow);
  if (watcher) setImmediate(lookNow);
  if (opts.profileIntervalS) {
    interim = setInterval(() => {
      if (!post) return;
      try {
        writeAtomic(jsonOut, JSON.stringify(post.compactProfile(build(false, null, null))));
      } catch {
      }
    }, opts.profileIntervalS * 1e3);
  }
  const ended = await started.exited;
  watcher?.close();
  clearTimeout(prefetcher);
  if (interim) clearInterval(interim);
  for (const [s, h] of handlers) process.removeListener(s, h);
  if (!ended) throw new InputError("the scalene-ci launcher ended before the command did: no profile was written");
  const { code, signal, spawnError } = ended;
  endNs = ended.endNs;
  if (spawnError) {
    watchdog.disarm();
    (0, import_node_fs9.rmSync)(dir, { recursive: true, force: true });
    if (spawnError.code === "ENOENT") throw new InputError(`command not found: ${opts.command[0]}`);
    if (spawnError.code === "EACCES") throw new InputError(`command is not executable: ${opts.command[0]}`);
    throw new InputError(`cannot run ${opts.command[0]}: ${spawnError.message}`);
  }
  const exitCode = code ?? 128 + signalNumber(signal);
  post = await postPromise;
  await shaPromise;
  const profile = build(signal === null && code === 0, code, signal);
  const cleanUp = () => {
    if (!process.env.SCALENE_CI_KEEP_SESSION) (0, import_node_fs9.rmSync)(dir, { recursive: true, force: true });
    watchdog.disarm();
  };
  if (started.launched) afterRelease(cleanUp);
  else cleanUp();
  return { profile, exitCode };
}
var cleanUps = [];
var cleaningAtExit = false;
function afterRelease(cleanUp) {
  cleanUps.push(cleanUp);
  if (cleaningAtExit) return;
  cleaningAtExit = true;
  process.on("exit", cleanUpBuiltRuns);
}
function cleanUpBuiltRuns() {
  for (const cleanUp of cleanUps.splice(0)) cleanUp();
}
function watchCheckpoints(folder, onFile) {
  let due = false;
  try {
    const w = (0, import_node_fs9.watch)(folder, { persistent: false }, (_event, name) => {
      if (due || typeof name === "string" && name.endsWith(".tmp")) return;
      due = true;
      setImmediate(() => {
        due = false;
        onFile();
      });
    });
    w.on("error", () => w.close());
    return w;
  } catch {
    return null;
  }
}
function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  (0, import_node_fs9.writeFileSync)(tmp, text);
  (0, import_node_fs9.renameSync)(tmp, path);
}
function signalNumber(signal) {
  return signal ? import_node_os4.constants.signals[signal] ?? 0 : 0;
}
var MAX_WAITING_FILES = 8;
function newFedThread(pid, threadId) {
  return { pid, threadId, next: 0, held: /* @__PURE__ */ new Map(), maps: null, checked: /* @__PURE__ */ new Set(), mapsEnabled: false, recordSeen: false, final: false, fedWithoutMap: /* @__PURE__ */ new Set(), fedWithMap: /* @__PURE__ */ new Set() };
}
function answered(th, urls) {
  if (th.final) return true;
  return urls.every((u) => th.checked.has(u) || !th.mapsEnabled && !TRANSPILED.test(u));
}
function learn(th, rec) {
  const maps = rec.source_maps ?? {};
  for (const [url, payload] of Object.entries(maps)) {
    if (!payload || th.maps?.[url] !== void 0) continue;
    (th.maps ??= {})[url] = payload;
    th.checked.add(url);
  }
  for (const url of rec.maps_checked ?? []) th.checked.add(url);
  th.mapsEnabled ||= rec.maps_enabled === true;
  th.final ||= rec.final === true;
}
function learnLoaded(th, answers) {
  for (const [url, payload] of answers) {
    if (th.checked.has(url) || !th.mapsEnabled && !TRANSPILED.test(url)) continue;
    if (payload) (th.maps ??= {})[url] = payload;
    th.checked.add(url);
  }
}
function finalAnswers(fed, threads, rest, urlsOf, loadedOf) {
  for (const t of threads) {
    const id = `${t.pid}-${t.threadId}`;
    let th = fed.get(id);
    if (!th) fed.set(id, th = newFedThread(t.pid, t.threadId));
    if (t.meta) learn(th, t.meta);
    for (const url of th.fedWithoutMap) if (th.maps?.[url] !== void 0) return false;
    if (t.meta?.final) {
      for (const url of th.fedWithMap) if (!t.meta.source_maps?.[url]) return false;
    }
    learnLoaded(th, loadedOf(t.pid));
  }
  for (const f of rest) {
    const th = fed.get(`${f.pid}-${f.threadId}`);
    if (!th || !answered(th, urlsOf(f))) return false;
  }
  for (const th of fed.values()) for (const f of th.held.values()) if (!answered(th, urlsOf(f))) return false;
  return true;
}
var NODE_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-r", "--require", "--import", "--loader", "--experimental-loader", "-C", "--conditions", "--env-file", "--input-type", "--title", "--stack-size"]);
function entryScript(command, cwd) {
  const [bin, ...args] = command;
  if (!bin || !/^node(?:js)?(?:\d+)?$/.test(bin.split("/").pop() ?? "")) return null;
  for (let i2 = 0; i2 < args.length; i2++) {
    const a = args[i2];
    if (a === "-e" || a === "--eval" || a === "-p" || a === "--print" || a === "-") return null;
    if (a === "--") return scriptFile(args[i2 + 1], cwd);
    if (a.startsWith("-")) {
      if (NODE_VALUE_OPTIONS.has(a)) i2++;
      continue;
    }
    return scriptFile(a, cwd);
  }
  return null;
}
function scriptFile(arg, cwd) {
  if (!arg || !/\.[cm]?js$/.test(arg)) return null;
  try {
    return (0, import_node_fs9.realpathSync)((0, import_node_path11.resolve)(cwd, arg));
  } catch {
    return null;
  }
}
function readSourceSafe(abs) {
  try {
    return (0, import_node_fs9.readFileSync)(abs, "utf8");
  } catch {
    return null;
  }
}

// src/cli/profile-control.ts
var import_node_fs10 = require("node:fs");
var import_node_os5 = require("node:os");
var import_node_util2 = require("node:util");
init_errors();
init_config();
async function profileCommand(args, io) {
  let values;
  try {
    ({ values } = (0, import_node_util2.parseArgs)({ args, strict: true, options: { on: { type: "boolean" }, off: { type: "boolean" }, pid: { type: "string" } } }));
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
  if (values.on === values.off) throw new UsageError("say exactly one of --on or --off: scalene-ci profile --off|--on --pid N");
  const pid = Number(values.pid);
  if (!values.pid || !Number.isInteger(pid) || pid <= 0) throw new UsageError(`--pid expects the pid printed by scalene-ci run, got ${JSON.stringify(values.pid ?? "")}`);
  const dir = findSessionDir(pid);
  if (dir === null) throw new InputError(`no scalene-ci run with pid ${pid} is active (no session directory of yours for it in ${(0, import_node_os5.tmpdir)()})`);
  (0, import_node_fs10.writeFileSync)(sessionPaths(dir).control, values.off ? "off" : "on");
  io.stderr(`scalene-ci: profiling ${values.off ? "suspended" : "resumed"} for run ${pid}
`);
  return 0;
}

// src/cli/main.ts
var USAGE = `usage: scalene-ci <command> [options]
  run [options] -- <command...>   profile a command (every node process in its tree)
  compare BASE HEAD [options]     line-level diff of two profiles (regressions, improvements)
  report PROFILE [--format F]     render a profile (text, markdown, html, speedscope, pprof)
  merge A B ... --out M           combine runs or shards into one profile
  profile --off|--on --pid N      suspend or resume a running profile
Run \`scalene-ci <command> --help\` for a command's options.`;
async function main(argv, io) {
  const root2 = findPackageRoot2((0, import_node_path12.dirname)((0, import_node_url4.fileURLToPath)(__scalene_import_meta_url)));
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "run":
        return await runCommand(rest, io, root2);
      // Loaded on demand: `run` is timed by users, so it should not pay for the compare
      // engine, importers and renderers it does not use.
      case "compare":
        return await (await Promise.resolve().then(() => (init_compare(), compare_exports))).compareCommand(rest, io);
      case "merge":
        return await (await Promise.resolve().then(() => (init_merge2(), merge_exports))).mergeCommand(rest, io);
      case "report":
        return await (await Promise.resolve().then(() => (init_report(), report_exports))).reportCommand(rest, io);
      case "profile":
        return await profileCommand(rest, io);
      case "--version":
      case "-v":
        io.stdout(toolVersion(root2) + "\n");
        return 0;
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.stdout(USAGE + "\n");
        return cmd === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(cmd)} (commands: run, compare, report, merge, profile)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof NativeError) {
      io.stderr(`scalene-ci: ${e.message}
`);
      return 2;
    }
    io.stderr(`scalene-ci: internal error: ${errorMessage(e).split("\n")[0]} (set SCALENE_CI_DEBUG=1 for details)
`);
    if (process.env.SCALENE_CI_DEBUG) io.stderr(String(e?.stack) + "\n");
    return 70;
  }
}

// src/cli/io.ts
function processIO() {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  };
}

// src/cli/exit.ts
var exit_exports = {};
__export(exit_exports, {
  exitNow: () => exitNow,
  releaseLauncher: () => releaseLauncher,
  startSnapshotBuild: () => startSnapshotBuild
});
var import_node_fs12 = require("node:fs");
var import_node_module3 = __toESM(require("node:module"), 1);
var import_node_path14 = require("node:path");
var import_node_url6 = require("node:url");

// src/cli/snapshot-cache.ts
var import_node_child_process4 = require("node:child_process");
var import_node_fs11 = require("node:fs");
var import_node_path13 = require("node:path");
var import_node_url5 = require("node:url");
var SNAPSHOT_CHECK = "--scalene-ci-snapshot-check";
var CHECK_PREFIX = "scalene-ci snapshot ok";
var snapshotCheckLine = (warm) => `${CHECK_PREFIX} (${warm})
`;
var LOCK_STALE_MS = 12e4;
var FAILED_RETRY_MS = 7 * 24 * 36e5;
function startSnapshotBuild(env) {
  const blob = env.SCALENE_CI_SNAPSHOT_TO;
  if (!blob || !(0, import_node_path13.isAbsolute)(blob) || !/^cli-[0-9a-f]{16}\.blob$/.test((0, import_node_path13.basename)(blob))) return;
  try {
    const dir = (0, import_node_path13.dirname)(blob);
    (0, import_node_fs11.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (!privateToUs(dir)) return;
    if (!takeLock(`${blob}.lock`)) return;
    const root2 = findPackageRoot2((0, import_node_path13.dirname)((0, import_node_url5.fileURLToPath)(__scalene_import_meta_url)));
    const { SCALENE_CI_SNAPSHOT_TO: _to, SCALENE_CI_ATTACH: _attach, ...rest } = env;
    const child = (0, import_node_child_process4.spawn)(process.execPath, [(0, import_node_path13.join)(root2, "dist", "snapshot-build.js"), blob], { detached: true, stdio: "ignore", env: rest });
    child.on("error", () => (0, import_node_fs11.rmSync)(`${blob}.lock`, { force: true }));
    child.unref();
  } catch {
  }
}
function privateToUs(path) {
  const st = (0, import_node_fs11.statSync)(path);
  return (process.getuid === void 0 || st.uid === process.getuid()) && (st.mode & 18) === 0;
}
function takeLock(lock) {
  try {
    (0, import_node_fs11.closeSync)((0, import_node_fs11.openSync)(lock, "wx", 384));
    return true;
  } catch {
    try {
      if (Date.now() - (0, import_node_fs11.statSync)(lock).mtimeMs < LOCK_STALE_MS) return false;
      (0, import_node_fs11.writeFileSync)(lock, "");
      return true;
    } catch {
      return false;
    }
  }
}

// src/cli/exit.ts
function exitNow(code) {
  if (!canEndNow()) return;
  const quickExit = engine()?.quickExit;
  if (typeof quickExit !== "function") return;
  const exitFast = quickExit;
  process.reallyExit = (c) => exitFast(c);
  process.exit(code);
}
function releaseLauncher(code, env) {
  if (env.SCALENE_CI_LAUNCH_STATS) reportOwnMemory();
  if (!env.SCALENE_CI_ATTACH || !canEndNow()) return;
  engine()?.releaseStdio?.(3, `exit ${code}
`);
}
function reportOwnMemory() {
  try {
    const rollup = (0, import_node_fs12.readFileSync)("/proc/self/smaps_rollup", "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(rollup)?.[1] ?? NaN);
    const privateKb = kb("Private_Clean") + kb("Private_Dirty");
    if (Number.isFinite(privateKb)) (0, import_node_fs12.writeSync)(2, `supervisor_private_kb=${privateKb}
supervisor_pss_kb=${kb("Pss")}
`);
  } catch {
  }
}
function canEndNow() {
  if (process.platform !== "linux") return false;
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (process.env.NODE_V8_COVERAGE || /--(cpu-prof|heap-prof|prof)\b/.test(flags)) return false;
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) return false;
  const mod = import_node_module3.default;
  if (mod.getCompileCacheDir?.()) {
    if (!mod.flushCompileCache) return false;
    mod.flushCompileCache();
  }
  return true;
}
var root;
function engine() {
  if (root === void 0) {
    try {
      root = findPackageRoot2((0, import_node_path14.dirname)((0, import_node_url6.fileURLToPath)(__scalene_import_meta_url)));
    } catch {
      root = null;
    }
  }
  return root === null ? null : loadHostEngine(root);
}

// src/cli/settle.ts
init_errors();
function settle(args, result, loadExit) {
  result.then(
    async (code) => {
      process.exitCode = code;
      if (args[0] !== "run") return;
      try {
        const exit = await loadExit();
        exit.releaseLauncher(code, process.env);
        exit.startSnapshotBuild(process.env);
        exit.exitNow(code);
      } catch {
      }
    },
    (e) => {
      process.stderr.write(`scalene-ci: internal error: ${errorMessage(e)}
`);
      process.exitCode = 70;
    }
  );
}

// src/cli/warm-up.ts
var import_node_fs13 = require("node:fs");
var import_node_os6 = require("node:os");
var import_node_path15 = require("node:path");
init_postprocess();

// src/cli/warm-up-session.ts
var WARM_UP_SOURCE = "// A few functions with JS work, native work and allocation, for the CLI's warm-up.\nconst { createHash } = require('node:crypto');\nfunction sum(n) {\n  let s = 0;\n  for (let i = 0; i < n; i++) s += i % 7;\n  return s;\n}\nfunction hash(n) {\n  let h = '';\n  for (let i = 0; i < n; i++) h = createHash('sha256').update(h + i).digest('hex');\n  return h;\n}\nfunction build(n) {\n  const rows = [];\n  for (let i = 0; i < n; i++) rows.push({ i, s: String(i) });\n  return rows.length;\n}\nconst end = Date.now() + 250;\nlet t = 0;\nwhile (Date.now() < end) t += sum(20000) + hash(50).length + build(2000);\nif (t < 0) console.log(t);\n";
var WARM_UP_FILES = {
  "raw/17946-0.0.json": '{"format":"scalene-ci/raw@1","pid":17946,"ppid":17935,"thread_id":0,"seq":0,"final":false,"interval_us":1000,"tid":17946,"v8":"11.3.244.8-node.38","start_us":56537864719,"end_us":56537971763,"nodes":[-1,0,0,0,0,1,3,0,80,1,1,1,2,0,1,68,11,36,3,4,0,2,68,55,26,5,4,0,3,68,159,26,6,4,0,4,68,206,28,7,4,0,5,65,742,34,8,9,0,6,65,1785,25,10,9,0,7,65,219,24,11,9,0,8,65,1091,33,12,9,0,9,65,1266,37,13,9,0,10,65,1623,37,14,9,0,11,81,1522,1,1,15,0,12,81,220,14,16,15,0,13,0,260,0,1,1,2,13,39,327,21,17,18,0,13,81,340,29,19,15,0,16,81,99,22,20,15,0,17,81,174,20,21,15,0,1,70,28,31,22,23,0,19,65,164,24,11,9,0,20,65,1091,33,12,9,0,21,65,1266,37,13,9,0,22,65,1623,37,14,9,0,23,123,1522,1,1,24,0,24,44,2,31,25,26,0,25,65,182,36,27,9,0,26,65,1289,24,11,9,0,27,44,1034,27,28,26,0,28,9,107,25,29,30,0,29,9,337,27,31,30,0,30,124,398,1,1,32,0,31,9,48,45,33,30,0,31,9,77,24,34,30,0,33,9,429,27,31,30,0,24,123,20,13,35,24,0,24,123,20,15,36,24,0,24,123,20,14,37,24,0,37,137,10,40,38,39,0,38,10,138,21,40,41,0,37,124,10,20,42,32,0,40,137,139,14,43,39,0,41,16,106,18,1,44,0,42,137,108,3,1,39,0,37,137,10,40,45,39,0,0,0,0,0,46,1,3,0,0,0,0,47,1,3],"ticks":[15,210,1,18,165,1,24,20,10,32,187,1,34,395,1,35,4,1,35,5,12,36,15,15,37,137,1,37,93,1,38,144,3,41,101,6,41,106,1,43,82,2,44,156,5],"strings":["(root)","","node:internal/main/run_main_module","prepareMainThreadExecution","node:internal/process/pre_execution","prepareExecution","setupUserModules","loadPreloadModules","Module._preloadModules","node:internal/modules/cjs/loader","internalRequire","Module._load","Module.load","Module._extensions..js","Module._compile","/work/main/dist/preload.cjs","main","setInterval","node:timers","keepTranspiledLines","keepTsxLines","tsxEsbuild","executeUserEntryPoint","node:internal/modules/run_main","@DIR@/warm.js","require","node:internal/modules/helpers","Module.require","loadBuiltinModule","compileForPublicLoader","node:internal/bootstrap/realm","compileForInternalLoader","node:crypto","internalBinding","requireBuiltin","sum","build","hash","update","node:internal/crypto/hash","wrappedFn","node:internal/errors","createHash","Hash","node:internal/util","digest","(garbage collector)","(program)"],"samples":[14,56537870951,6,15,56537872259,0,18,56537873349,0,32,56537874460,5,34,56537875543,5,35,56537876610,4,36,56537878077,0,39,56537879353,6,35,56537879200,4,24,56537880272,4,36,56537880997,6,45,56537881385,1,41,56537882538,0,41,56537882695,6,36,56537883512,6,45,56537883636,1,36,56537884591,6,45,56537884734,1,36,56537886218,6,45,56537886266,1,36,56537887257,6,36,56537888255,6,36,56537889477,6,45,56537887378,1,36,56537890573,6,45,56537889573,1,45,56537890648,1,36,56537891879,6,36,56537893142,6,45,56537893615,1,36,56537894441,6,36,56537895065,6,43,56537894734,0,35,56537895838,0,36,56537896959,6,36,56537896924,0,43,56537898180,4,36,56537899369,6,35,56537899121,0,36,56537900822,6,24,56537900180,0,36,56537902134,6,35,56537901271,0,45,56537902341,1,36,56537903479,6,24,56537903450,0,36,56537904825,6,36,56537904520,0,36,56537906035,6,24,56537905625,0,37,56537906713,0,36,56537907488,6,45,56537907852,1,36,56537909120,6,35,56537908965,0,36,56537910282,6,36,56537910055,0,36,56537911407,6,35,56537911138,0,36,56537912632,6,36,56537912208,0,36,56537913968,6,36,56537915135,6,36,56537914391,0,36,56537916325,6,24,56537915476,0,36,56537917466,6,45,56537916555,1,36,56537918657,6,45,56537917657,1,36,56537919808,6,45,56537918787,1,45,56537919873,1,36,56537921073,6,44,56537920955,5,36,56537922232,6,44,56537922050,6,36,56537923925,6,45,56537924207,1,36,56537925607,6,38,56537925346,5,36,56537926917,6,41,56537926401,6,36,56537928246,6,36,56537927491,0,36,56537929427,6,41,56537928567,6,36,56537930580,6,45,56537929654,1,36,56537931836,6,45,56537930784,1,45,56537931896,1,36,56537933167,6,35,56537932984,0,36,56537934347,6,44,56537934075,6,36,56537935501,6,41,56537935160,0,35,56537936233,0,24,56537937348,0,36,56537939079,6,24,56537938449,0,45,56537939542,1,38,56537940634,6,44,56537941808,5,36,56537942848,6,36,56537942845,6,35,56537943919,0,36,56537945861,6,41,56537944996,0,45,56537946103,1,35,56537947221,0,36,56537948760,6,24,56537948284,0,38,56537949391,6,36,56537951378,6,36,56537950485,0,45,56537951581,1,36,56537952680,0,36,56537954179,6,24,56537953767,0,44,56537954863,6,36,56537956818,6,36,56537955968,0,45,56537957054,1,41,56537958151,6,36,56537959811,6,36,56537959258,0,45,56537960335,1,35,56537961448,0,36,56537962706,6,37,56537962532,0,36,56537963621,0,36,56537965427,6,36,56537964702,0,45,56537965763,1,36,56537966864,0,36,56537968208,6,41,56537967944,0,24,56537969046,0,36,56537970800,6,35,56537970136,0,45,56537971244,1],"clock_stride":3,"clock":[56537871146,71810,67,56537872505,73169,67,56537873499,74108,121,56537874498,75106,121,56537875531,76139,121,56537876500,77108,121,56537877997,78574,155,56537878493,79004,165,56537879494,79377,849,56537880495,80312,913,56537881493,81310,913,56537882475,82281,925,56537883504,83309,925,56537884499,84305,925,56537885499,84766,1462,56537887144,86379,1462,56537887522,86731,1462,56537889489,88693,1464,56537889498,88699,1464,56537890584,89781,1464,56537893623,92004,1807,56537893632,92004,1807,56537894682,92985,1831,56537895710,93963,1880,56537896709,94962,1880,56537897711,95690,1888,56537898712,96240,2606,56537899718,97245,2606,56537900711,98238,2606,56537901712,99195,2606,56537902710,100194,2606,56537903709,101192,2606,56537904709,102193,2606,56537905711,103194,2606,56537906694,104177,2606,56537907747,105201,2606,56537908711,106163,2606,56537909710,107162,2606,56537910707,108160,2606,56537911717,109170,2606,56537912710,110162,2606,56537913708,111161,2606,56537914710,112162,2606,56537915717,113169,2606,56537916709,114161,2606,56537917708,115160,2606,56537918718,116171,2606,56537919712,117164,2606,56537920718,118170,2606,56537921710,119163,2606,56537922710,120163,2606,56537923719,121064,2655,56537924710,121948,2820,56537925715,122953,2820,56537926709,123889,2820,56537927716,124896,2820,56537928710,125890,2820,56537929711,126891,2820,56537930740,127921,2820,56537931710,128890,2820,56537932710,129891,2820,56537933716,130896,2820,56537934708,131889,2820,56537935719,132900,2820,56537936710,133890,2820,56537937709,134889,2820,56537938708,135888,2820,56537939719,136900,2820,56537940709,137889,2820,56537941718,138898,2820,56537942713,139893,2820,56537943710,140839,2820,56537944721,141849,2820,56537945712,142840,2820,56537946716,143844,2820,56537947720,144848,2820,56537948709,145838,2820,56537949710,146838,2820,56537950709,147838,2820,56537951718,148847,2820,56537952672,149800,2820,56537953719,150847,2820,56537954709,151838,2820,56537955713,152841,2820,56537956712,153840,2820,56537957713,154842,2820,56537958710,155838,2820,56537959722,156850,2820,56537960710,157838,2820,56537961712,158841,2820,56537962709,159838,2820,56537963717,160846,2820,56537964694,161822,2820,56537965715,162844,2820,56537966711,163840,2820,56537967712,164840,2820,56537968711,165839,2820,56537969712,166841,2820,56537970711,167840,2820,56537971717,168846,2820,56537971724,168855,2820,56537971753,168881,2820],"paused":[],"hs_mid":[{"t":56537881756,"post_gc":56537881745,"used":4767560,"nodes":[1,0,0,0,"(root)",""],"new":[],"gone":[]},{"t":56537892096,"post_gc":56537892091,"used":4773400,"nodes":[],"new":[],"gone":[]},{"t":56537902432,"post_gc":56537902428,"used":4833304,"nodes":[],"new":[],"gone":[]},{"t":56537912871,"post_gc":56537912868,"used":4833304,"nodes":[],"new":[],"gone":[]},{"t":56537924266,"post_gc":56537924259,"used":4833304,"nodes":[],"new":[],"gone":[]},{"t":56537939640,"post_gc":56537939632,"used":4878312,"nodes":[],"new":[],"gone":[]},{"t":56537951831,"post_gc":56537951824,"used":4878312,"nodes":[],"new":[],"gone":[]},{"t":56537963122,"post_gc":56537963114,"used":4878312,"nodes":[345,1,1,1,"","node:internal/main/run_main_module",346,345,155,31,"executeUserEntryPoint","node:internal/modules/run_main",347,346,1003,24,"Module._load","node:internal/modules/cjs/loader",348,347,1257,33,"Module.load","node:internal/modules/cjs/loader",349,348,1604,37,"Module._extensions..js","node:internal/modules/cjs/loader",350,349,1483,37,"Module._compile","node:internal/modules/cjs/loader",351,350,1,1,"","@DIR@/warm.js",353,351,13,15,"build","@DIR@/warm.js"],"new":[187,353,40,13108],"gone":[]}],"mem_v":2,"shim":1,"hs":524288,"heap0":[56537871254,4642976,3336768],"gc":[56537879337,56537880110,1,5370104,4805912,3818904,3811208,56537880990,56537881745,1,5368520,4765728,3859424,3772480,56537882690,56537882842,1,5789224,4759248,3764080,3675416,56537883508,56537883708,1,5789488,4852752,3777344,3676352,56537884586,56537884741,1,5789368,4763040,3792800,3689784,56537886211,56537886464,1,5789768,4764640,3972816,3868728,56537887250,56537887477,1,5787664,4770520,3952872,3850496,56537888249,56537888446,1,5787760,4770520,3955480,3851672,56537889466,56537889745,1,5788184,4770520,4397520,4294776,56537890568,56537890818,1,5788184,4770520,4399048,4297968,56537891872,56537892091,1,5788184,4770520,4415432,4311960,56537893134,56537893805,1,5786896,4777752,4350744,4247248,56537894436,56537894593,1,5790304,4793280,4164368,4060712,56537895062,56537895460,1,5791248,4799720,4164136,4059240,56537896955,56537897208,1,6811472,4822968,4284672,4078528,56537899364,56537899634,1,6822656,4830064,4297680,4093168,56537900817,56537901131,1,6822656,4833264,4302264,4096080,56537902130,56537902428,1,6822656,4833264,4305040,4098480,56537903475,56537903710,1,6822656,4833264,4307320,4101184,56537904821,56537905059,1,6822656,4833264,4310128,4103600,56537906030,56537906261,1,6822656,4833264,4312352,4107656,56537907481,56537907986,1,6822656,4833264,4326312,4119592,56537909115,56537909362,1,6822656,4833264,4328368,4121992,56537910278,56537910506,1,6822656,4833264,4331000,4124408,56537911403,56537911630,1,6822656,4833264,4333112,4126824,56537912627,56537912868,1,6822656,4833264,4335456,4129240,56537913962,56537914217,1,6822656,4833264,4337776,4131672,56537915130,56537915377,1,6822656,4833264,4340368,4134104,56537916319,56537916602,1,6822656,4833264,4343328,4136504,56537917461,56537917732,1,6822656,4833264,4345504,4138904,56537918651,56537918930,1,6822656,4833264,4345864,4141304,56537919803,56537920111,1,6822656,4833264,4350264,4143704,56537921069,56537921305,1,6822656,4833264,4352504,4147144,56537922228,56537922718,1,6822656,4833264,4356176,4150064,56537923919,56537924259,1,6822656,4833264,4358712,4152464,56537925600,56537926006,1,6822656,4833264,4360840,4154760,56537926912,56537927164,1,6822656,4833264,4363640,4157160,56537928241,56537928512,1,6822656,4833264,4366336,4159560,56537929422,56537929704,1,6822656,4833264,4368624,4163632,56537930575,56537930862,1,6822656,4833264,4370928,4164376,56537931830,56537932152,1,6822656,4833264,4373920,4166776,56537933162,56537933431,1,6822656,4833264,4375952,4169176,56537934343,56537934577,1,6822656,4833264,4377856,4171576,56537935497,56537936103,1,6822656,4833264,4380656,4178688,56537939074,56537939632,1,8864632,4854744,4627720,4214248,56537942784,56537943520,1,8864632,4854744,4629736,4221176,56537945855,56537946321,1,8864632,4854744,4636744,4223656,56537948754,56537949207,1,8864632,4854744,4639488,4226136,56537951373,56537951824,1,8864632,4854744,4641808,4228416,56537954173,56537954604,1,8864632,4854744,4643744,4230944,56537956812,56537957255,1,8864632,4854744,4646952,4233424,56537959804,56537960541,1,8864632,4854744,4649232,4235704,56537962701,56537963114,1,8864632,4854744,4651504,4239856,56537965422,56537965949,1,8864632,4854744,4655888,4242512,56537968203,56537968667,1,8864632,4854744,4658544,4247008,56537970796,56537971283,1,8864632,4854744,4662712,4249488],"heap":[56537971803,5724504,4360168],"shim_totals":[62805704,58445536,15809572,0,1048571],"mem":[0,3,56537812140,17946,1467574,897882495,898036544,0,1,1,56537814403,17946,1019416,898198016,0,40,2,4,56537814415,17946,40,898198016,0,40,3,1,56537847859,17946,907736,899234464,0,4104,4,4,56537847882,17946,4104,899234464,0,4104,5,1,56537870560,17946,1384984,140098709037120,0,540608,6,19,56537889236,17948,159886,140097672607536,140097672605416,0,7,3,56537890318,17946,6804168,29012958024760,42601234705128,0],"trig":[56537879337,56537879348,56537879353,8,56537880990,56537880994,56537880996,8,56537882690,56537882692,56537882694,8,56537883508,56537883510,56537883513,8,56537884586,56537884589,56537884591,8,56537886211,56537886215,56537886218,8,56537887250,56537887254,56537887256,8,56537888249,56537888253,56537888256,8,56537889466,56537889473,56537889477,8,56537890568,56537890570,56537890573,8,56537891872,56537891876,56537891878,8,56537893134,56537893138,56537893142,8,56537894436,56537894438,56537894440,8,56537895062,56537895063,56537895066,8,56537896955,56537896957,56537896959,8,56537899364,56537899366,56537899368,8,56537900817,56537900820,56537900822,8,56537902130,56537902132,56537902134,8,56537903475,56537903476,56537903480,8,56537904821,56537904822,56537904824,8,56537906030,56537906032,56537906034,8,56537907481,56537907485,56537907487,8,56537909115,56537909117,56537909120,8,56537910278,56537910280,56537910282,8,56537911403,56537911404,56537911406,8,56537912627,56537912630,56537912632,8,56537913962,56537913965,56537913970,8,56537915130,56537915132,56537915134,8,56537916319,56537916322,56537916324,8,56537917461,56537917463,56537917466,8,56537918651,56537918654,56537918657,8,56537919803,56537919806,56537919808,8,56537921069,56537921070,56537921072,8,56537922228,56537922229,56537922232,8,56537923919,56537923922,56537923925,8,56537925600,56537925604,56537925610,8,56537926912,56537926914,56537926917,8,56537928241,56537928244,56537928246,8,56537929422,56537929424,56537929427,8,56537930575,56537930577,56537930579,8,56537931830,56537931833,56537931836,8,56537933162,56537933164,56537933167,8,56537934343,56537934345,56537934347,8,56537935497,56537935498,56537935501,8,56537939074,56537939076,56537939080,8,56537942784,56537942789,56537942853,8,56537945855,56537945858,56537945861,8,56537948754,56537948757,56537948760,8,56537951373,56537951375,56537951378,8,56537954173,56537954176,56537954181,8,56537956812,56537956815,56537956818,8,56537959804,56537959808,56537959812,8,56537962701,56537962703,56537962706,8,56537965422,56537965424,56537965427,8,56537968203,56537968206,56537968209,8,56537970796,56537970798,56537970800,8],"trig_stacks":[56537890318,3,5,137,-1,88,0,0,124,-1,138,1,0,123,-1,8,2,0,123,-1,1,3,0,70,6061,155,4,0],"trig_names":["Hash","createHash","hash","","executeUserEntryPoint"],"trig_skipped":0,"own":[56537881755,56537881807,56537892095,56537892128,56537902432,56537902475,56537912871,56537912910,56537924265,56537924328,56537939640,56537939700,56537951830,56537951882,56537963121,56537963236]}\n{"format":"scalene-ci/raw@1","pid":17946,"ppid":17935,"thread_id":0,"seq":1,"final":false,"interval_us":1000,"tid":17946,"v8":"11.3.244.8-node.38","start_us":56537971742,"end_us":56538072770,"nodes":[-1,0,0,0,0,1,3,0,80,1,1,1,2,0,1,70,28,31,3,4,0,2,65,164,24,5,6,0,3,65,1091,33,7,6,0,4,65,1266,37,8,6,0,5,65,1623,37,9,6,0,6,123,1522,1,1,10,0,7,123,20,13,11,10,0,7,123,20,15,12,10,0,7,123,20,14,13,10,0,10,124,10,20,14,15,0,11,137,139,14,16,17,0,12,127,100,25,18,19,0,13,127,114,22,20,19,0,10,137,10,40,21,17,0,10,137,10,40,22,17,0,0,0,0,0,23,1,3,0,0,0,0,24,1,3],"ticks":[6,1522,1,7,20,5,8,5,22,9,15,21,12,101,9,14,103,1,15,156,7,16,144,7],"strings":["(root)","","node:internal/main/run_main_module","executeUserEntryPoint","node:internal/modules/run_main","Module._load","node:internal/modules/cjs/loader","Module.load","Module._extensions..js","Module._compile","@DIR@/warm.js","sum","build","hash","createHash","node:crypto","Hash","node:internal/crypto/hash","getCachedHashId","node:internal/crypto/util","getHashCache","digest","update","(garbage collector)","(program)"],"samples":[8,56537971753,6,9,56537972296,0,9,56537973861,6,12,56537973389,6,17,56537974489,1,9,56537976766,6,8,56537975585,0,17,56537976819,1,12,56537977905,6,9,56537979746,6,8,56537979010,0,17,56537980109,1,9,56537981226,0,9,56537982381,6,12,56537982312,6,9,56537983398,0,9,56537984998,6,15,56537984470,6,9,56537985573,0,9,56537987440,6,16,56537986666,6,17,56537987749,1,12,56537988836,6,9,56537990097,6,8,56537989937,0,9,56537991028,0,9,56537992572,6,16,56537992106,6,8,56537993210,0,15,56537994337,6,9,56537995520,6,9,56537995407,0,9,56537996470,0,9,56537998126,6,15,56537997578,6,9,56537998663,0,9,56538000684,6,16,56537999773,6,17,56538000849,1,8,56538001968,0,9,56538003301,6,9,56538003049,0,12,56538004117,6,9,56538005820,6,9,56538005227,0,16,56538006314,5,9,56538008379,6,9,56538007409,0,17,56538008483,1,9,56538009595,0,9,56538010853,6,8,56538010680,0,8,56538011791,0,9,56538013871,6,16,56538012853,6,17,56538013945,1,9,56538015038,0,9,56538016463,6,8,56538016097,0,8,56538017204,0,9,56538019156,6,8,56538018287,0,17,56538019393,1,8,56538020491,0,9,56538021790,6,9,56538021601,0,8,56538022693,0,9,56538024257,6,9,56538023767,0,8,56538024848,0,9,56538026686,6,16,56538025946,5,17,56538027019,1,14,56538028126,0,9,56538029713,6,9,56538029253,0,8,56538030327,0,9,56538032262,6,12,56538031416,6,17,56538032497,1,9,56538033599,0,9,56538034801,6,7,56538034698,0,8,56538035769,0,9,56538037321,6,6,56538037928,0,9,56538039708,6,15,56538039034,6,17,56538040098,1,9,56538042044,6,12,56538041217,6,17,56538042297,1,9,56538044403,6,9,56538043402,0,17,56538044462,1,8,56538045578,0,9,56538047155,6,8,56538046682,0,8,56538047754,0,9,56538049657,6,8,56538048826,0,17,56538049915,1,9,56538051959,6,16,56538051025,6,17,56538052086,1,15,56538053195,6,9,56538054525,6,7,56538054278,0,8,56538055382,0,9,56538056882,6,12,56538056453,0,17,56538057551,1,8,56538058656,0,15,56538059757,5,12,56538061505,6,9,56538060833,0,9,56538061937,0,8,56538063039,0,9,56538064426,6,12,56538064135,6,17,56538065215,1,9,56538066326,0,7,56538067408,0,7,56538068486,0,7,56538069595,0,9,56538071461,6,15,56538070703,5,17,56538071759,1],"clock_stride":3,"clock":[56537971753,168881,2820,56537972709,169837,2820,56537973711,170839,2820,56537974709,171837,2820,56537975718,172846,2820,56537977019,174148,2820,56537977903,175031,2820,56537978734,175814,2820,56537979726,176807,2820,56537980710,177791,2820,56537981711,178791,2820,56537982712,179792,2820,56537983716,180796,2820,56537984710,181790,2820,56537985710,182790,2820,56537986710,183790,2820,56537987727,184807,2820,56537988714,185794,2820,56537989711,186791,2820,56537990711,187791,2820,56537991712,188793,2820,56537992738,189818,2820,56537993713,190793,2820,56537994710,191790,2820,56537995705,192785,2820,56537996709,193790,2820,56537997708,194789,2820,56537998710,195791,2820,56537999736,196816,2820,56538000710,197791,2820,56538001711,198792,2820,56538002712,199792,2820,56538003717,200798,2820,56538004716,201796,2820,56538005711,202791,2820,56538006711,203791,2820,56538007715,204796,2820,56538008710,205790,2820,56538009709,206789,2820,56538010708,207788,2820,56538011718,208798,2820,56538012715,209795,2820,56538013713,210793,2820,56538014712,211792,2820,56538015716,212796,2820,56538016732,213811,2820,56538017710,214790,2820,56538018710,215790,2820,56538019719,216799,2820,56538020709,217789,2820,56538021709,218789,2820,56538022660,219740,2820,56538023716,220796,2820,56538024710,221791,2820,56538025711,222792,2820,56538026712,223792,2820,56538027717,224798,2820,56538028711,225791,2820,56538029710,226791,2820,56538030711,227791,2820,56538031717,228797,2820,56538032709,229789,2820,56538033710,230790,2820,56538034671,231751,2820,56538035712,232792,2820,56538036711,233791,2820,56538037710,234791,2820,56538038710,235790,2820,56538039721,236801,2820,56538040710,237790,2820,56538041712,238792,2820,56538042713,239793,2820,56538043716,240796,2820,56538044709,241789,2820,56538045709,242789,2820,56538046708,243788,2820,56538047724,244804,2820,56538048714,245794,2820,56538049711,246791,2820,56538050713,247794,2820,56538051716,248796,2820,56538052712,249792,2820,56538053709,250789,2820,56538054729,251809,2820,56538055719,252799,2820,56538056709,253789,2820,56538057708,254788,2820,56538058708,255788,2820,56538059725,256805,2820,56538060710,257790,2820,56538061711,258792,2820,56538062710,259790,2820,56538063717,260797,2820,56538064704,261784,2820,56538065712,262792,2820,56538066708,263788,2820,56538067709,264789,2820,56538068710,265791,2820,56538069709,266789,2820,56538070700,267780,2820,56538071719,268799,2820,56538072715,269740,2876,56538072739,269765,2876,56538072766,269789,2876],"paused":[],"hs_mid":[{"t":56537988057,"post_gc":56537988049,"used":4878312,"nodes":[],"new":[],"gone":[187]},{"t":56538001194,"post_gc":56538001186,"used":4878312,"nodes":[442,1,1,1,"","node:internal/main/run_main_module",443,442,155,31,"executeUserEntryPoint","node:internal/modules/run_main",444,443,1003,24,"Module._load","node:internal/modules/cjs/loader",445,444,1257,33,"Module.load","node:internal/modules/cjs/loader",446,445,1604,37,"Module._extensions..js","node:internal/modules/cjs/loader",447,446,1483,37,"Module._compile","node:internal/modules/cjs/loader",448,447,1,1,"","@DIR@/warm.js",449,448,13,15,"build","@DIR@/warm.js"],"new":[277,449,40,13108],"gone":[]},{"t":56538019655,"post_gc":56538019646,"used":4878312,"nodes":[],"new":[],"gone":[277]},{"t":56538032730,"post_gc":56538032722,"used":4878312,"nodes":[],"new":[],"gone":[]},{"t":56538044822,"post_gc":56538044815,"used":4878312,"nodes":[],"new":[],"gone":[]},{"t":56538057948,"post_gc":56538057937,"used":4878312,"nodes":[],"new":[],"gone":[]}],"mem_v":2,"shim":1,"hs":524288,"gc":[56537973855,56537974512,1,8864632,4854744,4659904,4247016,56537976758,56537977393,1,8864632,4854744,4662624,4249496,56537979740,56537980255,1,8864632,4854744,4665360,4253632,56537982377,56537982803,1,8864632,4854744,4667856,4254472,56537984992,56537985439,1,8864632,4854744,4670176,4256952,56537987435,56537988049,1,8864632,4854744,4672776,4259432,56537990092,56537990515,1,8864632,4854744,4674808,4261936,56537992566,56537993012,1,8864632,4854744,4677896,4264416,56537995515,56537995949,1,8864632,4854744,4680136,4266896,56537998121,56537998534,1,8864632,4854744,4682632,4271032,56538000678,56538001186,1,8864632,4854744,4684664,4273328,56538003297,56538003729,1,8864632,4854744,4687808,4274736,56538005815,56538006236,1,8864632,4854744,4690616,4277216,56538008372,56538008817,1,8864632,4854744,4693224,4279728,56538010848,56538011344,1,8864632,4854744,4696152,4284328,56538013864,56538014346,1,8864632,4854744,4698880,4286840,56538016457,56538016962,1,8864632,4854744,4701208,4287696,56538019151,56538019646,1,8864632,4854744,4703768,4290176,56538021786,56538022202,1,8864632,4854744,4705664,4292664,56538024252,56538024686,1,8864632,4854744,4708856,4295360,56538026682,56538027123,1,8864632,4854744,4711376,4297840,56538029706,56538030175,1,8864632,4854744,4713832,4300120,56538032256,56538032722,1,8864632,4854744,4715728,4302600,56538034793,56538035292,1,8864632,4854744,4718240,4305192,56538037316,56538037718,1,8864632,4854744,4721344,4307672,56538039704,56538040193,1,8864632,4854744,4724072,4310168,56538042039,56538042468,1,8864632,4854744,4725664,4312648,56538044395,56538044815,1,8864632,4854744,4728512,4315144,56538047147,56538047604,1,8864632,4854744,4730720,4317672,56538049651,56538050102,1,8864632,4854744,4733808,4320152,56538051954,56538052483,1,8864632,4854744,4735568,4323200,56538054520,56538054937,1,8864632,4854744,4739104,4325696,56538056877,56538057937,1,8864632,4854744,4741240,4334664,56538064419,56538065488,1,12988152,4854744,5245880,4418896,56538071455,56538072459,1,12988152,4854744,5247400,4421480],"heap":[56538072796,5219072,4489376],"shim_totals":[90085024,85595648,25092132,0,1048571],"mem":[8,3,56538022430,17946,12151456,140723917428744,2812718291728,0,9,1,56538061496,17946,1173280,900938704,0,72,10,4,56538065363,17946,72,900938704,0,72],"trig":[56537973855,56537973857,56537973866,8,56537976758,56537976762,56537976766,8,56537979740,56537979743,56537979746,8,56537982377,56537982378,56537982381,8,56537984992,56537984995,56537984998,8,56537987435,56537987437,56537987440,8,56537990092,56537990094,56537990099,8,56537992566,56537992569,56537992573,8,56537995515,56537995517,56537995520,8,56537998121,56537998124,56537998127,8,56538000678,56538000681,56538000684,8,56538003297,56538003299,56538003304,8,56538005815,56538005817,56538005820,8,56538008372,56538008376,56538008379,8,56538010848,56538010850,56538010853,8,56538013864,56538013868,56538013871,8,56538016457,56538016460,56538016464,8,56538019151,56538019153,56538019156,8,56538021786,56538021788,56538021792,8,56538024252,56538024254,56538024257,8,56538026682,56538026684,56538026686,8,56538029706,56538029710,56538029714,8,56538032256,56538032259,56538032262,8,56538034793,56538034795,56538034803,8,56538037316,56538037319,56538037321,8,56538039704,56538039706,56538039708,8,56538042039,56538042041,56538042044,8,56538044395,56538044399,56538044403,8,56538047147,56538047151,56538047160,8,56538049651,56538049654,56538049657,8,56538051954,56538051956,56538051959,8,56538054520,56538054522,56538054526,8,56538056877,56538056879,56538056882,8,56538061496,56538061501,56538061507,1,56538064419,56538064423,56538064428,8,56538071455,56538071458,56538071464,8],"trig_stacks":[56538022430,3,3,123,3478,8,0,12,11650,3236,3176,3155,315,451,1549,2564,2360,2382,2352,2284,123,-1,1,1,0,70,6061,155,2,0],"trig_names":["hash","","executeUserEntryPoint"],"trig_skipped":0,"own":[56537971723,56537971998,56537988056,56537988115,56538001193,56538001281,56538019654,56538019716,56538032729,56538032787,56538044822,56538044878,56538057947,56538058028]}\n{"format":"scalene-ci/raw@1","pid":17946,"ppid":17935,"thread_id":0,"seq":2,"final":true,"interval_us":1000,"tid":17946,"v8":"11.3.244.8-node.38","start_us":56538072756,"end_us":56538126584,"nodes":[-1,0,0,0,0,1,3,0,80,1,1,1,2,0,1,70,28,31,3,4,0,2,65,164,24,5,6,0,3,65,1091,33,7,6,0,4,65,1266,37,8,6,0,5,65,1623,37,9,6,0,6,123,1522,1,1,10,0,7,123,20,14,11,10,0,8,124,10,20,12,13,0,9,137,139,14,14,15,0,10,16,106,18,1,16,0,11,137,108,3,1,15,0,12,16,82,30,17,16,0,8,137,10,40,18,15,0,8,137,10,40,19,15,0,7,123,20,15,20,10,0,7,123,20,13,21,10,0,0,0,0,0,22,1,3,0,0,0,0,23,1,3,0,23,471,44,24,25,0],"ticks":[7,20,3,8,10,2,8,103,1,10,101,4,13,125,1,14,144,1,15,156,7,16,15,14,17,5,6,20,524,1],"strings":["(root)","","node:internal/main/run_main_module","executeUserEntryPoint","node:internal/modules/run_main","Module._load","node:internal/modules/cjs/loader","Module.load","Module._extensions..js","Module._compile","@DIR@/warm.js","hash","createHash","node:crypto","Hash","node:internal/crypto/hash","node:internal/util","isPendingDeprecation","update","digest","build","sum","(garbage collector)","(program)","emit","node:events"],"samples":[13,56538072766,6,13,56538072869,6,16,56538073963,0,17,56538075057,0,8,56538076073,0,16,56538077394,6,7,56538077165,0,18,56538078260,1,14,56538079360,6,8,56538080432,0,17,56538081561,0,16,56538083461,6,16,56538082630,0,18,56538083742,1,15,56538084833,6,10,56538085931,6,10,56538087013,6,16,56538089110,6,7,56538088090,0,18,56538089193,1,15,56538090292,6,15,56538091380,5,17,56538092449,0,16,56538094518,6,18,56538094646,1,17,56538095746,0,16,56538096812,0,16,56538097908,0,16,56538099037,0,16,56538100778,6,15,56538100087,6,18,56538101179,1,10,56538102274,6,16,56538103367,0,16,56538104447,0,16,56538106356,6,15,56538105547,6,18,56538106659,1,16,56538107863,0,16,56538108845,0,16,56538109945,0,16,56538111835,6,15,56538111037,6,18,56538112099,1,16,56538113172,0,16,56538114264,0,15,56538115344,6,10,56538116428,0,16,56538118041,6,7,56538117530,0,18,56538118610,1,16,56538119723,0,16,56538120752,0,8,56538121863,0,16,56538123667,6,17,56538122945,0,18,56538124095,1,17,56538125153,0,20,56538126240,2],"clock_stride":3,"clock":[56538072766,269789,2876,56538073714,270738,2876,56538074716,271740,2876,56538075714,272738,2876,56538076716,273740,2876,56538077707,274732,2876,56538078712,275737,2876,56538079719,276743,2876,56538080711,277735,2876,56538081713,278737,2876,56538082709,279732,2876,56538083728,280752,2876,56538084712,281736,2876,56538085709,282733,2876,56538086711,283734,2876,56538087715,284738,2876,56538088708,285732,2876,56538089709,286733,2876,56538090708,287732,2876,56538091717,288740,2876,56538092708,289732,2876,56538093709,290732,2876,56538094708,291731,2876,56538095714,292738,2876,56538096711,293735,2876,56538097711,294734,2876,56538098712,295736,2876,56538099716,296740,2876,56538100710,297734,2876,56538101714,298738,2876,56538102710,299734,2876,56538103717,300741,2876,56538104709,301733,2876,56538105708,302732,2876,56538106731,303755,2876,56538107718,304742,2876,56538108713,305737,2876,56538109713,306736,2876,56538110711,307734,2876,56538111710,308733,2876,56538112710,309733,2876,56538113711,310735,2876,56538114709,311733,2876,56538115710,312734,2876,56538116710,313733,2876,56538117709,314732,2876,56538118709,315732,2876,56538119691,316714,2876,56538120710,317734,2876,56538121714,318737,2876,56538122711,319734,2876,56538123711,320734,2876,56538124713,321738,2876,56538125710,322733,2876,56538126385,323413,2876],"paused":[],"hs_mid":[{"t":56538078301,"post_gc":56538078290,"used":4878312,"nodes":[],"new":[],"gone":[]},{"t":56538095328,"post_gc":56538095317,"used":4878312,"nodes":[],"new":[],"gone":[]},{"t":56538112724,"post_gc":56538112712,"used":4878312,"nodes":[],"new":[],"gone":[]}],"mem_v":2,"shim":1,"hs":524288,"hs_pre_t":56538126994,"hs_settled":1,"hs_exit":[],"hs_t":56538133920,"hs_nodes":[709,1,1,1,"","node:internal/main/run_main_module",710,709,155,31,"executeUserEntryPoint","node:internal/modules/run_main",711,710,1003,24,"Module._load","node:internal/modules/cjs/loader",712,711,1257,33,"Module.load","node:internal/modules/cjs/loader",713,712,1604,37,"Module._extensions..js","node:internal/modules/cjs/loader",714,713,1483,37,"Module._compile","node:internal/modules/cjs/loader",715,714,1,1,"","@DIR@/warm.js",716,715,13,15,"build","@DIR@/warm.js"],"hs_new":[],"hs_gone":[],"gc":[56538077390,56538078290,1,12988152,4854744,5256984,4430048,56538083455,56538084345,1,12988152,4854744,5258560,4432648,56538089104,56538089902,1,12988152,4854744,5262200,4435168,56538094512,56538095317,1,12988152,4854744,5264688,4437704,56538100771,56538101580,1,12988152,4854744,5266600,4440304,56538106352,56538107166,1,12988152,4854744,5269480,4442824,56538111830,56538112712,1,12988152,4854744,5271992,4445344,56538118034,56538118839,1,12988152,4854744,5274456,4447944,56538123661,56538124583,1,12988152,4854744,5278048,4451200,56538127043,56538130509,4,7436424,3892840,3659928,3462440],"heap":[56538133941,4100608,3476872],"shim_totals":[103686184,100209136,29707872,0,1048571],"mem":[11,3,56538119650,17946,8490856,56676349063992,56676349063736,0,12,4,56538126539,17946,540608,140098709037120,0,540608,13,2,56538126896,17946,1034832,140097940894432,0,0],"trig":[56538077390,56538077392,56538077396,8,56538083455,56538083458,56538083465,8,56538089104,56538089107,56538089110,8,56538094512,56538094516,56538094519,8,56538100771,56538100775,56538100781,8,56538106352,56538106354,56538106357,8,56538111830,56538111832,56538111835,8,56538118034,56538118037,56538118043,8,56538123661,56538123664,56538123667,8],"trig_stacks":[56538119650,3,3,123,3478,8,0,12,11650,3236,3176,3155,315,451,1549,2564,2360,2382,2352,2284,123,-1,1,1,0,70,6061,155,2,0],"trig_names":["hash","","executeUserEntryPoint"],"trig_skipped":0,"own":[56538072738,56538072930,56538078300,56538078366,56538095328,56538095391,56538112723,56538112788,56538126385,4611686018427387903]}\n',
  "proc/17946-0.json": '{"pid":17946,"ppid":17935,"thread_id":0,"argv":["/usr/bin/node","@DIR@/warm.js"],"exec_argv":["--require","/work/main/dist/preload.cjs"],"cwd":"@DIR@","node_version":"v20.20.2","v8_version":"11.3.244.8-node.38","start_us":56537863682,"end_us":56538134400,"exit_code":0,"signal":null,"final":true,"registered":[],"source_maps":{}}'
};

// src/cli/warm-up.ts
function warmUp() {
  const work = (0, import_node_fs13.realpathSync)((0, import_node_fs13.mkdtempSync)((0, import_node_path15.join)((0, import_node_os6.tmpdir)(), "scalene-ci-warm-up-")));
  try {
    const session = (0, import_node_path15.join)(work, "session");
    (0, import_node_fs13.writeFileSync)((0, import_node_path15.join)(work, "warm.js"), WARM_UP_SOURCE);
    return { cpu: replay(work, session, true), full: replay(work, session, false) };
  } finally {
    (0, import_node_fs13.rmSync)(work, { recursive: true, force: true });
  }
}
function replay(work, session, cpuOnly) {
  (0, import_node_fs13.rmSync)(session, { recursive: true, force: true });
  for (const [name, text] of Object.entries(WARM_UP_FILES)) {
    const path = (0, import_node_path15.join)(session, name);
    (0, import_node_fs13.mkdirSync)((0, import_node_path15.dirname)(path), { recursive: true });
    (0, import_node_fs13.writeFileSync)(path, text.split("@DIR@").join(JSON.stringify(work).slice(1, -1)));
  }
  const filter = { root: work, alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] };
  const parsedCache = /* @__PURE__ */ new Map();
  const parsed = (abs) => {
    let entry = parsedCache.get(abs);
    if (!entry) {
      const text = readSourceSafe(abs);
      parsedCache.set(abs, entry = { text, lines: text === null ? null : analyseSource(abs, text) });
    }
    return entry.lines;
  };
  const sources = sourceAccess(parsed, (abs) => {
    const src = readSourceSafe(abs);
    return src === null ? null : mapperFromDisk(abs, src);
  });
  const checkpoints = /* @__PURE__ */ new Map();
  const attributor = createAttributor([], { filter, useVirtualTime: false, registered: [], memory: !cpuOnly }, sources);
  for (const f of takeCheckpoints(session, checkpoints)) {
    for (const seg of f.segments) {
      for (const s of seg.strings) {
        const abs = s.startsWith("file://") || s.startsWith("/") ? urlToPath(s) : null;
        if (abs && isProfiledPath(abs, filter)) parsed(abs);
      }
    }
    attributor.add({ pid: f.pid, threadId: f.threadId, meta: null }, f.segments);
    checkpoints.set(f.name, cpuOnly ? checkpointHeaders(f.segments) : checkpointForMemory(f.segments));
  }
  if (cpuOnly) attributor.dropTracks(1);
  const { threads } = readSession(session, checkpoints);
  const attribution = attributor.finish();
  const memory = cpuOnly ? null : attributeMemory(threads, attribution, { registered: [], sourceLines: parsed, mallocWindowBytes: 1048571 });
  const info = {
    toolVersion: "0.0.0",
    command: ["node", "warm.js"],
    startTime: /* @__PURE__ */ new Date(0),
    elapsedS: 0.25,
    intervalMs: 1,
    gitSha: null,
    mode: cpuOnly ? "cpu" : "full",
    useVirtualTime: false,
    complete: true,
    warnings: [],
    memoryWindows: cpuOnly ? void 0 : { malloc_bytes: 1048571, copy_bytes: 7340009 }
  };
  const profile = buildProfile(attribution, threads, info, work, (abs) => parsedCache.get(abs)?.text ?? readSourceSafe(abs), memory, (abs, text) => {
    const entry = parsedCache.get(abs);
    return entry && entry.text === text ? entry.lines : void 0;
  });
  JSON.stringify(compactProfile(profile));
  renderText(profile, { color: false, reduced: false, cpuPercentThreshold: 1 });
  return profile;
}

// src/cli/snapshot.ts
init_postprocess();
if (!import_node_v8.default.startupSnapshot?.isBuildingSnapshot()) {
  process.stderr.write("scalene-ci: cli-snapshot.cjs is an entry for `node --build-snapshot`, not a program\n");
  process.exitCode = 2;
} else {
  let warm = "warmed up";
  try {
    warmUp();
  } catch (e) {
    warm = `not warmed up: ${errorMessage(e).split("\n")[0]}`;
  }
  import_node_v8.default.startupSnapshot.setDeserializeMainFunction(() => {
    const args = process.argv.slice(2);
    if (args[0] === SNAPSHOT_CHECK) {
      process.stdout.write(snapshotCheckLine(warm));
      return;
    }
    const io = processIO();
    if (args[0] === "run" && io.env.SCALENE_CI_DEBUG) io.stderr("scalene-ci: debug: the CLI started from its snapshot\n");
    settle(args, main(args, io), async () => exit_exports);
  });
}
