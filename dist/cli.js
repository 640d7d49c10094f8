#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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

// node_modules/node-gyp-build/node-gyp-build.js
var require_node_gyp_build = __commonJS({
  "node_modules/node-gyp-build/node-gyp-build.js"(exports, module) {
    var fs = __require("fs");
    var path = __require("path");
    var os2 = __require("os");
    var runtimeRequire = typeof __webpack_require__ === "function" ? __non_webpack_require__ : __require;
    var vars = process.config && process.config.variables || {};
    var prebuildsOnly = !!process.env.PREBUILDS_ONLY;
    var abi = process.versions.modules;
    var runtime = isElectron() ? "electron" : isNwjs() ? "node-webkit" : "node";
    var arch = process.env.npm_config_arch || os2.arch();
    var platform = process.env.npm_config_platform || os2.platform();
    var libc = process.env.LIBC || (isAlpine(platform) ? "musl" : "glibc");
    var armv = process.env.ARM_VERSION || (arch === "arm64" ? "8" : vars.arm_version) || "";
    var uv = (process.versions.uv || "").split(".")[0];
    module.exports = load;
    function load(dir) {
      return runtimeRequire(load.resolve(dir));
    }
    load.resolve = load.path = function(dir) {
      dir = path.resolve(dir || ".");
      try {
        var name = runtimeRequire(path.join(dir, "package.json")).name.toUpperCase().replace(/-/g, "_");
        if (process.env[name + "_PREBUILD"]) dir = process.env[name + "_PREBUILD"];
      } catch (err) {
      }
      if (!prebuildsOnly) {
        var release = getFirst(path.join(dir, "build/Release"), matchBuild);
        if (release) return release;
        var debug = getFirst(path.join(dir, "build/Debug"), matchBuild);
        if (debug) return debug;
      }
      var prebuild = resolve5(dir);
      if (prebuild) return prebuild;
      var nearby = resolve5(path.dirname(process.execPath));
      if (nearby) return nearby;
      var target = [
        "platform=" + platform,
        "arch=" + arch,
        "runtime=" + runtime,
        "abi=" + abi,
        "uv=" + uv,
        armv ? "armv=" + armv : "",
        "libc=" + libc,
        "node=" + process.versions.node,
        process.versions.electron ? "electron=" + process.versions.electron : "",
        typeof __webpack_require__ === "function" ? "webpack=true" : ""
        // eslint-disable-line
      ].filter(Boolean).join(" ");
      throw new Error("No native build was found for " + target + "\n    loaded from: " + dir + "\n");
      function resolve5(dir2) {
        var tuples = readdirSync4(path.join(dir2, "prebuilds")).map(parseTuple);
        var tuple = tuples.filter(matchTuple(platform, arch)).sort(compareTuples)[0];
        if (!tuple) return;
        var prebuilds = path.join(dir2, "prebuilds", tuple.name);
        var parsed = readdirSync4(prebuilds).map(parseTags);
        var candidates = parsed.filter(matchTags(runtime, abi));
        var winner = candidates.sort(compareTags(runtime))[0];
        if (winner) return path.join(prebuilds, winner.file);
      }
    };
    function readdirSync4(dir) {
      try {
        return fs.readdirSync(dir);
      } catch (err) {
        return [];
      }
    }
    function getFirst(dir, filter) {
      var files = readdirSync4(dir).filter(filter);
      return files[0] && path.join(dir, files[0]);
    }
    function matchBuild(name) {
      return /\.node$/.test(name);
    }
    function parseTuple(name) {
      var arr = name.split("-");
      if (arr.length !== 2) return;
      var platform2 = arr[0];
      var architectures = arr[1].split("+");
      if (!platform2) return;
      if (!architectures.length) return;
      if (!architectures.every(Boolean)) return;
      return { name, platform: platform2, architectures };
    }
    function matchTuple(platform2, arch2) {
      return function(tuple) {
        if (tuple == null) return false;
        if (tuple.platform !== platform2) return false;
        return tuple.architectures.includes(arch2);
      };
    }
    function compareTuples(a, b) {
      return a.architectures.length - b.architectures.length;
    }
    function parseTags(file) {
      var arr = file.split(".");
      var extension = arr.pop();
      var tags = { file, specificity: 0 };
      if (extension !== "node") return;
      for (var i2 = 0; i2 < arr.length; i2++) {
        var tag = arr[i2];
        if (tag === "node" || tag === "electron" || tag === "node-webkit") {
          tags.runtime = tag;
        } else if (tag === "napi") {
          tags.napi = true;
        } else if (tag.slice(0, 3) === "abi") {
          tags.abi = tag.slice(3);
        } else if (tag.slice(0, 2) === "uv") {
          tags.uv = tag.slice(2);
        } else if (tag.slice(0, 4) === "armv") {
          tags.armv = tag.slice(4);
        } else if (tag === "glibc" || tag === "musl") {
          tags.libc = tag;
        } else {
          continue;
        }
        tags.specificity++;
      }
      return tags;
    }
    function matchTags(runtime2, abi2) {
      return function(tags) {
        if (tags == null) return false;
        if (tags.runtime && tags.runtime !== runtime2 && !runtimeAgnostic(tags)) return false;
        if (tags.abi && tags.abi !== abi2 && !tags.napi) return false;
        if (tags.uv && tags.uv !== uv) return false;
        if (tags.armv && tags.armv !== armv) return false;
        if (tags.libc && tags.libc !== libc) return false;
        return true;
      };
    }
    function runtimeAgnostic(tags) {
      return tags.runtime === "node" && tags.napi;
    }
    function compareTags(runtime2) {
      return function(a, b) {
        if (a.runtime !== b.runtime) {
          return a.runtime === runtime2 ? -1 : 1;
        } else if (a.abi !== b.abi) {
          return a.abi ? -1 : 1;
        } else if (a.specificity !== b.specificity) {
          return a.specificity > b.specificity ? -1 : 1;
        } else {
          return 0;
        }
      };
    }
    function isNwjs() {
      return !!(process.versions && process.versions.nw);
    }
    function isElectron() {
      if (process.versions && process.versions.electron) return true;
      if (process.env.ELECTRON_RUN_AS_NODE) return true;
      return typeof window !== "undefined" && window.process && window.process.type === "renderer";
    }
    function isAlpine(platform2) {
      return platform2 === "linux" && fs.existsSync("/etc/alpine-release");
    }
    load.parseTags = parseTags;
    load.matchTags = matchTags;
    load.compareTags = compareTags;
    load.parseTuple = parseTuple;
    load.matchTuple = matchTuple;
    load.compareTuples = compareTuples;
  }
});

// node_modules/node-gyp-build/index.js
var require_node_gyp_build2 = __commonJS({
  "node_modules/node-gyp-build/index.js"(exports, module) {
    var runtimeRequire = typeof __webpack_require__ === "function" ? __non_webpack_require__ : __require;
    if (typeof runtimeRequire.addon === "function") {
      module.exports = runtimeRequire.addon.bind(runtimeRequire);
    } else {
      module.exports = require_node_gyp_build();
    }
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref2 = sourceObjects.get(source);
            if (typeof ref2 === "object" && ref2.anchor && (identity.isScalar(ref2.node) || identity.isCollection(ref2.node))) {
              ref2.node.anchor = ref2.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data2 = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data2);
        ctx.onCreate = (res2) => {
          data2.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node3 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node3.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data2 = anchors2.get(found);
          if (!data2) {
            toJS.toJS(found, null, ctx);
            data2 = anchors2.get(found);
          }
          if (data2?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data2.count += 1;
            if (data2.aliasCount === 0)
              data2.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data2.count * data2.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node3 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node3.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref2 = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref2 = sourceObjects.get(value);
        if (ref2) {
          ref2.anchor ?? (ref2.anchor = onAnchor(value));
          return new Alias.Alias(ref2.anchor);
        } else {
          ref2 = { anchor: null, node: null };
          sourceObjects.set(value, ref2);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref2)
            ref2.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref2)
        ref2.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node3 = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i2 = path.length - 1; i2 >= 0; --i2) {
        const k = path[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node3.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i2;
          }
          if (i2 >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str2[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str2 += json.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str2 += json.slice(start, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str2 += json.slice(start, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str2 += "\n";
                  i2 += 2;
                }
                str2 += indent;
                if (json[i2 + 2] === " ")
                  str2 += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i2 < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset2, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset2), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i2 = 0; i2 < str2.length; ++i2)
            buffer[i2] = str2.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset2, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset2 += 1;
      str2 = str2.substring(offset2).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset: offset2, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma2 = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma2)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma2 = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset2;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma: comma2,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset2 = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset: offset2,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset2, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset2, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset2, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset2 = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset2, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset2, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset2 = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset2)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset2, commentEnd ?? offset2];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset2 = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset: offset2,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset2, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset2 = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset2, commentEnd ?? offset2];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset2, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset2 += source.length;
        }
      }
      return { comment, offset: offset2 };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset2 = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset: offset2,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset2 = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset2 = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset2 = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset2;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset2, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset2 = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset2 + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset2, "BAD_INDENT", message);
          }
          break;
        }
        offset2 += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset2 += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset2 - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset: offset2, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset2 + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split2.length; i2 += 2)
        lines.push([split2[i2], split2[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset: offset2, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset2 + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset2, offset2 + source.length, offset2 + source.length]
          };
      }
      const valueEnd = offset2 + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset2, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset: offset2 } = foldNewline(source, i2);
          res += fold;
          i2 = offset2;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset2) {
      let fold = "";
      let ch = source[offset2 + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset2 + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset2 += 1;
        ch = source[offset2 + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset: offset2 };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset2, length, onError) {
      const cc = source.substr(offset2, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset2 - 2, length + 2);
        onError(offset2 - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset2, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset2 -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset2 += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset2;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset2, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset2, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset: offset2, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset2, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset2 + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset2 + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset2, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset: offset2, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset: offset2,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset2, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset: offset2, source } = src;
      return [offset2, offset2 + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset2, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset2;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset2 = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset2, code, message);
          else
            throw new errors.YAMLParseError([offset2, offset2 + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset: offset2 = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset: offset2, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset: offset2, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset: offset2, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset: offset2, indent, source, end };
        default:
          return { type: "scalar", offset: offset2, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset: offset2 } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset: offset2, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset2 = token.offset + source.length;
          const nl = { type: "newline", offset: offset2, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset2) {
        let ch = this.buffer[offset2];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset2];
          if (ch === "\r") {
            const next = this.buffer[indent + offset2 + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset2 + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset2 + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset2, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset2 + 3]))
            return -1;
        }
        return offset2;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset2) => this.lineStarts.push(offset2);
        this.linePos = (offset2) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset2)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset2)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset2 };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset2 - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i2 = 0; i2 < list3.length; ++i2)
        if (list3[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i2 = 0; i2 < list3.length; ++i2) {
        switch (list3[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse6(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse6;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli/main.ts
import { dirname as dirname5 } from "node:path";
import { fileURLToPath as fileURLToPath4 } from "node:url";

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var InputError = class extends Error {
  name = "InputError";
};
var NativeError = class extends Error {
  name = "NativeError";
};
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

// src/paths.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/collect/shim.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var SHIM_FILE_NAME = "libscalene_ci_shim.so";
var SHIM_ENV = {
  /** Mean net-allocation window in bytes (default 1 048 571). */
  mallocWindow: "SCALENE_CI_MALLOC_WINDOW_BYTES",
  /** Mean copy window in bytes (default 7 340 009). */
  copyWindow: "SCALENE_CI_COPY_WINDOW_BYTES",
  /** Debug/test: a directory where each process writes shim-<pid>.txt at exit. */
  dumpDir: "SCALENE_CI_SHIM_DUMP"
};
var realFs = { existsSync, readFileSync };
function findPackageRoot(startDir, fs = realFs) {
  let dir = startDir;
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, "utf8")).name === "scalene-ci") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function shimPath(packageRoot, platform = process.platform, arch = process.arch, fs = realFs) {
  if (platform !== "linux") return null;
  const candidates = [
    join(packageRoot, "dist", "native", `${platform}-${arch}`, SHIM_FILE_NAME),
    join(packageRoot, "build", "shim", SHIM_FILE_NAME)
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
  const root = findPackageRoot(start);
  if (root === null) throw new Error(`cannot find the scalene-ci package above ${start}`);
  return root;
}
function toolVersion(root) {
  try {
    return JSON.parse(readFileSync2(join2(root, "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
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

// src/cli/run.ts
import { spawn, spawnSync as spawnSync2 } from "node:child_process";
import { existsSync as existsSync4, mkdirSync as mkdirSync2, readFileSync as readFileSync6, renameSync, rmSync, writeFileSync } from "node:fs";
import { constants as osConstants, tmpdir } from "node:os";
import { dirname as dirname4, join as join6, resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/collect/attribute.ts
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

// src/collect/raw.ts
import { readdirSync, readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
var NODE_STRIDE = 7;
function readSession(dir) {
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
      return readdirSync(join3(dir, sub));
    } catch {
      return [];
    }
  };
  for (const f of list3("raw")) {
    const m = /^(\d+)-(\d+)\.(\d+)\.json$/.exec(f);
    if (!m) continue;
    try {
      const t = get(Number(m[1]), Number(m[2]));
      for (const line of readFileSync3(join3(dir, "raw", f), "utf8").split("\n")) {
        if (line.trim()) t.segments.push(JSON.parse(line));
      }
    } catch {
      skipped.push(f);
    }
  }
  for (const f of list3("proc")) {
    const m = /^(\d+)-(\d+)\.json$/.exec(f);
    if (!m) continue;
    try {
      get(Number(m[1]), Number(m[2])).meta = JSON.parse(readFileSync3(join3(dir, "proc", f), "utf8"));
    } catch {
      skipped.push(f);
    }
  }
  const threads = [...byId.values()];
  for (const t of threads) t.segments.sort((a, b) => a.seq - b.seq);
  threads.sort((a, b) => a.pid - b.pid || a.threadId - b.threadId);
  return { threads, skipped };
}

// src/collect/attribute.ts
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
function lineKey(file, line) {
  return `${file}:${line}`;
}
function isProfiledPath(abs, f) {
  for (const ex of f.alwaysExclude) if (abs === ex || abs.startsWith(ex.endsWith(sep) ? ex : ex + sep)) return false;
  if (f.profileExclude.some((s) => s && abs.includes(s))) return false;
  if (f.profileOnly.length > 0) return f.profileOnly.some((s) => s && abs.includes(s));
  if (f.profileAll) return true;
  const rel = relative(f.root, abs);
  if (rel.startsWith("..") || isAbsolute(rel)) return false;
  return !rel.split(sep).includes("node_modules");
}
function urlToPath(url) {
  if (url.startsWith("file://")) {
    try {
      return fileURLToPath(url);
    } catch {
      return null;
    }
  }
  return isAbsolute(url) ? url : null;
}
var MAX_SAMPLE_GAP_US = 5e5;
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
  const out = {
    lines: /* @__PURE__ */ new Map(),
    functions: /* @__PURE__ */ new Map(),
    unattributed_s: 0,
    runqueue_s: 0,
    tracks: [],
    perPid: /* @__PURE__ */ new Map(),
    mappedSources: /* @__PURE__ */ new Map()
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
  const mappers = /* @__PURE__ */ new Map();
  const fnTicks = /* @__PURE__ */ new Map();
  const untimed = [];
  const lineAcc = (file, line) => {
    let m = out.lines.get(file);
    if (!m) out.lines.set(file, m = /* @__PURE__ */ new Map());
    let a = m.get(line);
    if (!a) m.set(line, a = newAcc());
    return a;
  };
  for (const thread of threads) {
    const dumped = thread.meta?.source_maps ?? {};
    const track = { pid: thread.pid, threadId: thread.threadId, t_us: [], dt_s: [], key: [], site_t_us: [], site_key: [] };
    for (const seg of thread.segments) {
      for (const row2 of seg.sites ?? []) {
        let key = null;
        for (let k = 1; k + 1 < row2.length; k += 2) {
          const url = String(row2[k]);
          const abs = url ? profiledAbs(url) : null;
          if (abs) {
            const r = resolveLine(abs, url, Number(row2[k + 1]), dumped);
            key = lineKey(r.file, r.line);
            break;
          }
        }
        track.site_t_us.push(Number(row2[0]));
        track.site_key.push(key);
      }
    }
    let lastTs = -Infinity;
    for (const seg of thread.segments) {
      lastTs = attributeSegment(seg, thread, dumped, track, lastTs);
    }
    out.tracks.push(track);
  }
  for (const u of untimed) {
    const dist = fnTicks.get(u.fn.key);
    const total = dist ? [...dist.values()].reduce((a, b) => a + b, 0) : 0;
    if (!dist || total === 0) {
      out.unattributed_s += u.acc.js + u.acc.native + u.acc.sys + u.acc.gc;
      continue;
    }
    for (const [line, hits] of dist) chargeLine(u.fn, u.abs, u.url, line, u.acc, hits / total, u.dumped);
  }
  return out;
  function chargeLine(fn, abs, url, line, acc, f, dumped) {
    const r = resolveLine(abs, url, line, dumped);
    addScaled(lineAcc(r.file, r.line), acc, f);
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
  function resolveLine(abs, url, line, dumped) {
    let mapper = mappers.get(abs);
    if (mapper === void 0) {
      mapper = sources.mapperFor(abs, dumped, url);
      mappers.set(abs, mapper);
    }
    if (mapper) {
      const o = mapper(line);
      if (o) {
        if (o.sourceContent && !out.mappedSources.has(o.file)) out.mappedSources.set(o.file, o.sourceContent);
        return { file: o.file, line: o.line };
      }
    }
    return { file: abs, line };
  }
  function attributeSegment(seg, thread, dumped, track, seenUntil) {
    const nodeCount = seg.nodes.length / NODE_STRIDE;
    const parent = new Int32Array(nodeCount);
    const prof = new Int32Array(nodeCount);
    const childOnPath = new Int32Array(nodeCount);
    const inRegistered = new Uint8Array(nodeCount);
    const registered = opts.registered;
    for (let n = 0; n < nodeCount; n++) {
      const row2 = n * NODE_STRIDE;
      const p = seg.nodes[row2];
      parent[n] = p;
      const url = seg.strings[seg.nodes[row2 + 5]];
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
      if (registered.length > 0) {
        const col = seg.nodes[row2 + 3];
        const name = seg.strings[seg.nodes[row2 + 4]];
        const hit = registered.some((r) => r.url === url && (r.column === col || r.name !== "" && r.name === name));
        inRegistered[n] = hit || p >= 0 && inRegistered[p] === 1 ? 1 : 0;
      }
    }
    const selfAcc = /* @__PURE__ */ new Map();
    const callerAcc = /* @__PURE__ */ new Map();
    const fnOf = (n) => {
      const row2 = n * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row2 + 5]];
      const rawName = seg.strings[seg.nodes[row2 + 4]];
      const col = seg.nodes[row2 + 3];
      const name = rawName || (col <= 1 ? "(module)" : "(anonymous)");
      return { key: `${url}|${name}|${col}`, name, url };
    };
    const ticksByNode = /* @__PURE__ */ new Map();
    for (let i2 = 0; i2 < seg.ticks.length; i2 += 3) {
      const n = seg.ticks[i2];
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
    const S = seg.samples;
    for (let i2 = 0; i2 < S.length; i2 += 3) {
      const n = S[i2];
      const ts = S[i2 + 1];
      const state = S[i2 + 2];
      if (ts <= seenUntil) continue;
      if (ts > maxTs) maxTs = ts;
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
          const row2 = p * NODE_STRIDE;
          const url = seg.strings[seg.nodes[row2 + 5]];
          const line = seg.nodes[c * NODE_STRIDE + 2];
          const key = `${p}:${line}`;
          if (!callerAcc.has(key)) callerAcc.set(key, { acc: newAcc(), abs: profiledAbs(url), url, line, fnNode: p });
          target = { caller: key };
        }
      } else if (state === 1 /* GC */ && allowed) {
        target = prevTarget;
      }
      const dtS = dtUs / 1e6;
      if (!target) {
        out.unattributed_s += (opts.useVirtualTime ? cpuUs : dtUs) / 1e6;
        track.t_us.push(ts);
        track.dt_s.push(dtS);
        track.key.push(null);
        continue;
      }
      prevTarget = target;
      let acc;
      if ("self" in target) {
        acc = selfAcc.get(target.self) ?? newAcc();
        selfAcc.set(target.self, acc);
      } else {
        acc = callerAcc.get(target.caller).acc;
      }
      const cpuS = cpuUs / 1e6;
      if (state === 1 /* GC */) acc.gc += cpuS;
      else if (isNativeSample(state, seg, n)) acc.native += cpuS;
      else acc.js += cpuS;
      acc.sys += offUs / 1e6;
      acc.samples += 1;
      out.perPid.set(thread.pid, (out.perPid.get(thread.pid) ?? 0) + dtS);
      track.t_us.push(ts);
      track.dt_s.push(dtS);
      track.key.push(trackKey(target));
    }
    const charge = (absFn, abs, url, line, acc, f) => chargeLine(fnOf(absFn), abs, url, line, acc, f, dumped);
    for (const b of callerAcc.values()) charge(b.fnNode, b.abs, b.url, b.line, b.acc, 1);
    for (const [n, acc] of selfAcc) {
      const row2 = n * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row2 + 5]];
      const abs = profiledAbs(url);
      const ticks = ticksByNode.get(n);
      const total = ticks ? ticks.reduce((s, t) => s + t[1], 0) : 0;
      if (!ticks || total === 0) {
        untimed.push({ fn: fnOf(n), abs, url, acc, dumped });
        continue;
      }
      for (const [line, hits] of ticks) charge(n, abs, url, line, acc, hits / total);
    }
    return maxTs;
    function trackKey(target) {
      if ("caller" in target) {
        const b = callerAcc.get(target.caller);
        const r2 = resolveLine(b.abs, b.url, b.line, dumped);
        return lineKey(r2.file, r2.line);
      }
      const row2 = target.self * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row2 + 5]];
      let ticks = ticksByNode.get(target.self);
      if (!ticks || ticks.length === 0) ticks = [...fnTicks.get(fnOf(target.self).key) ?? /* @__PURE__ */ new Map()];
      if (ticks.length === 0) return null;
      const best = ticks.reduce((a, b) => b[1] > a[1] ? b : a)[0];
      const r = resolveLine(profiledAbs(url), url, best, dumped);
      return lineKey(r.file, r.line);
    }
  }
}
function isNativeSample(state, seg, n) {
  if (state === 6 /* EXTERNAL */ || state === 5 /* OTHER */ || state === 8 /* IDLE */ || state === 7 /* ATOMICS_WAIT */) return true;
  if (state !== 0 /* JS */) return false;
  if (n < 0) return false;
  const row2 = n * NODE_STRIDE;
  const type = seg.nodes[row2 + 6];
  if (type === 2 /* Callback */) return true;
  if (type === 1 /* Builtin */) return seg.strings[seg.nodes[row2 + 5]] === "";
  return false;
}

// src/collect/build-profile.ts
import { isAbsolute as isAbsolute2, relative as relative2, sep as sep2 } from "node:path";
import os from "node:os";

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

// node_modules/acorn/dist/acorn.mjs
var astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
var astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
var nonASCIIidentifierChars = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
var nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
var reservedWords = {
  3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",
  5: "class enum extends super const export import",
  6: "enum",
  strict: "implements interface let package private protected public static yield",
  strictBind: "eval arguments"
};
var ecma5AndLessKeywords = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
var keywords$1 = {
  5: ecma5AndLessKeywords,
  "5module": ecma5AndLessKeywords + " export import",
  6: ecma5AndLessKeywords + " const class extends export import super"
};
var keywordRelationalOperator = /^in(stanceof)?$/;
var nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]");
var nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
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
var TokenType = function TokenType2(label, conf) {
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
function binop(name, prec) {
  return new TokenType(name, { beforeExpr: true, binop: prec });
}
var beforeExpr = { beforeExpr: true };
var startsExpr = { startsExpr: true };
var keywords = {};
function kw(name, options) {
  if (options === void 0) options = {};
  options.keyword = name;
  return keywords[name] = new TokenType(name, options);
}
var types$1 = {
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
var lineBreak = /\r\n?|\n|\u2028|\u2029/;
var lineBreakG = new RegExp(lineBreak.source, "g");
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
var nonASCIIwhitespace = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
var skipWhiteSpace = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
var ref = Object.prototype;
var hasOwnProperty = ref.hasOwnProperty;
var toString = ref.toString;
var hasOwn = Object.hasOwn || (function(obj, propName) {
  return hasOwnProperty.call(obj, propName);
});
var isArray = Array.isArray || (function(obj) {
  return toString.call(obj) === "[object Array]";
});
var regexpCache = /* @__PURE__ */ Object.create(null);
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
var loneSurrogate = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
var Position = function Position2(line, col) {
  this.line = line;
  this.column = col;
};
Position.prototype.offset = function offset(n) {
  return new Position(this.line, this.column + n);
};
var SourceLocation = function SourceLocation2(p, start, end) {
  this.start = start;
  this.end = end;
  if (p.sourceFile !== null) {
    this.source = p.sourceFile;
  }
};
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
var defaultOptions = {
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
var warnedAboutEcmaVersion = false;
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
function pushComment(options, array2) {
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
    array2.push(comment);
  };
}
var SCOPE_TOP = 1;
var SCOPE_FUNCTION = 2;
var SCOPE_ASYNC = 4;
var SCOPE_GENERATOR = 8;
var SCOPE_ARROW = 16;
var SCOPE_SIMPLE_CATCH = 32;
var SCOPE_SUPER = 64;
var SCOPE_DIRECT_SUPER = 128;
var SCOPE_CLASS_STATIC_BLOCK = 256;
var SCOPE_CLASS_FIELD_INIT = 512;
var SCOPE_SWITCH = 1024;
var SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK;
function functionFlags(async, generator) {
  return SCOPE_FUNCTION | (async ? SCOPE_ASYNC : 0) | (generator ? SCOPE_GENERATOR : 0);
}
var BIND_NONE = 0;
var BIND_VAR = 1;
var BIND_LEXICAL = 2;
var BIND_FUNCTION = 3;
var BIND_SIMPLE_CATCH = 4;
var BIND_OUTSIDE = 5;
var Parser = function Parser2(options, input, startPos) {
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
var prototypeAccessors = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
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
var pp$9 = Parser.prototype;
var literal = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
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
var DestructuringErrors = function DestructuringErrors2() {
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
var pp$8 = Parser.prototype;
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
var loopLabel = { kind: "loop" };
var switchLabel = { kind: "switch" };
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
var empty$1 = [];
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
var FUNC_STATEMENT = 1;
var FUNC_HANGING_STATEMENT = 2;
var FUNC_NULLABLE_ID = 4;
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
var pp$7 = Parser.prototype;
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
var TokContext = function TokContext2(token, isExpr, preserveSpace, override, generator) {
  this.token = token;
  this.isExpr = !!isExpr;
  this.preserveSpace = !!preserveSpace;
  this.override = override;
  this.generator = !!generator;
};
var types = {
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
var pp$6 = Parser.prototype;
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
var pp$5 = Parser.prototype;
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
function isLocalVariableAccess(node) {
  return node.type === "Identifier" || node.type === "ParenthesizedExpression" && isLocalVariableAccess(node.expression);
}
function isPrivateFieldAccess(node) {
  return node.type === "MemberExpression" && node.property.type === "PrivateIdentifier" || node.type === "ChainExpression" && isPrivateFieldAccess(node.expression) || node.type === "ParenthesizedExpression" && isPrivateFieldAccess(node.expression);
}
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
var empty = [];
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
var pp$4 = Parser.prototype;
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
var pp$3 = Parser.prototype;
var Scope = function Scope2(flags) {
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
var Node = function Node2(parser, pos, loc) {
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
var pp$2 = Parser.prototype;
pp$2.startNode = function() {
  return new Node(this, this.start, this.startLoc);
};
pp$2.startNodeAt = function(pos, loc) {
  return new Node(this, pos, loc);
};
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
var scriptValuesAddedInUnicode = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
var ecma9BinaryProperties = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
var ecma10BinaryProperties = ecma9BinaryProperties + " Extended_Pictographic";
var ecma11BinaryProperties = ecma10BinaryProperties;
var ecma12BinaryProperties = ecma11BinaryProperties + " EBase EComp EMod EPres ExtPict";
var ecma13BinaryProperties = ecma12BinaryProperties;
var ecma14BinaryProperties = ecma13BinaryProperties;
var unicodeBinaryProperties = {
  9: ecma9BinaryProperties,
  10: ecma10BinaryProperties,
  11: ecma11BinaryProperties,
  12: ecma12BinaryProperties,
  13: ecma13BinaryProperties,
  14: ecma14BinaryProperties
};
var ecma14BinaryPropertiesOfStrings = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
var unicodeBinaryPropertiesOfStrings = {
  9: "",
  10: "",
  11: "",
  12: "",
  13: "",
  14: ecma14BinaryPropertiesOfStrings
};
var unicodeGeneralCategoryValues = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
var ecma9ScriptValues = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
var ecma10ScriptValues = ecma9ScriptValues + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
var ecma11ScriptValues = ecma10ScriptValues + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
var ecma12ScriptValues = ecma11ScriptValues + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
var ecma13ScriptValues = ecma12ScriptValues + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
var ecma14ScriptValues = ecma13ScriptValues + " " + scriptValuesAddedInUnicode;
var unicodeScriptValues = {
  9: ecma9ScriptValues,
  10: ecma10ScriptValues,
  11: ecma11ScriptValues,
  12: ecma12ScriptValues,
  13: ecma13ScriptValues,
  14: ecma14ScriptValues
};
var data = {};
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
for (i = 0, list = [9, 10, 11, 12, 13, 14]; i < list.length; i += 1) {
  ecmaVersion = list[i];
  buildUnicodeData(ecmaVersion);
}
var ecmaVersion;
var i;
var list;
var pp$1 = Parser.prototype;
var BranchID = function BranchID2(parent, base) {
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
var RegExpValidationState = function RegExpValidationState2(parser) {
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
function hasProp(obj) {
  for (var _ in obj) {
    return true;
  }
  return false;
}
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
function isRegularExpressionModifier(ch) {
  return ch === 105 || ch === 109 || ch === 115;
}
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
function isSyntaxCharacter(ch) {
  return ch === 36 || ch >= 40 && ch <= 43 || ch === 46 || ch === 63 || ch >= 91 && ch <= 94 || ch >= 123 && ch <= 125;
}
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
function isRegExpIdentifierStart(ch) {
  return isIdentifierStart(ch, true) || ch === 36 || ch === 95;
}
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
function isRegExpIdentifierPart(ch) {
  return isIdentifierChar(ch, true) || ch === 36 || ch === 95 || ch === 8204 || ch === 8205;
}
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
function isControlLetter(ch) {
  return ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122;
}
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
function isValidUnicode(ch) {
  return ch >= 0 && ch <= 1114111;
}
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
var CharSetNone = 0;
var CharSetOk = 1;
var CharSetString = 2;
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
function isCharacterClassEscape(ch) {
  return ch === 100 || ch === 68 || ch === 115 || ch === 83 || ch === 119 || ch === 87;
}
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
function isUnicodePropertyNameCharacter(ch) {
  return isControlLetter(ch) || ch === 95;
}
pp$1.regexp_eatUnicodePropertyValue = function(state) {
  var ch = 0;
  state.lastStringValue = "";
  while (isUnicodePropertyValueCharacter(ch = state.current())) {
    state.lastStringValue += codePointToString(ch);
    state.advance();
  }
  return state.lastStringValue !== "";
};
function isUnicodePropertyValueCharacter(ch) {
  return isUnicodePropertyNameCharacter(ch) || isDecimalDigit(ch);
}
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
function isClassSetReservedDoublePunctuatorCharacter(ch) {
  return ch === 33 || ch >= 35 && ch <= 38 || ch >= 42 && ch <= 44 || ch === 46 || ch >= 58 && ch <= 64 || ch === 94 || ch === 96 || ch === 126;
}
function isClassSetSyntaxCharacter(ch) {
  return ch === 40 || ch === 41 || ch === 45 || ch === 47 || ch >= 91 && ch <= 93 || ch >= 123 && ch <= 125;
}
pp$1.regexp_eatClassSetReservedPunctuator = function(state) {
  var ch = state.current();
  if (isClassSetReservedPunctuator(ch)) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
function isClassSetReservedPunctuator(ch) {
  return ch === 33 || ch === 35 || ch === 37 || ch === 38 || ch === 44 || ch === 45 || ch >= 58 && ch <= 62 || ch === 64 || ch === 96 || ch === 126;
}
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
function isDecimalDigit(ch) {
  return ch >= 48 && ch <= 57;
}
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
function isOctalDigit(ch) {
  return ch >= 48 && ch <= 55;
}
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
var Token = function Token2(p) {
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
var pp = Parser.prototype;
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
  var str2 = this.input.slice(this.pos, this.pos + size);
  this.pos += size;
  return this.finishToken(type, str2);
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
function stringToNumber(str2, isLegacyOctalNumericLiteral) {
  if (isLegacyOctalNumericLiteral) {
    return parseInt(str2, 8);
  }
  return parseFloat(str2.replace(/_/g, ""));
}
function stringToBigInt(str2) {
  if (typeof BigInt !== "function") {
    return null;
  }
  return BigInt(str2.replace(/_/g, ""));
}
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
var INVALID_TEMPLATE_ESCAPE_ERROR = {};
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
var version = "8.19.0";
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
function parse3(input, options) {
  return Parser.parse(input, options);
}

// src/collect/functions.ts
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
function functionRanges(source) {
  let ast;
  try {
    ast = parse3(source, { ecmaVersion: "latest", sourceType: "module", locations: true, allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
  } catch {
    try {
      ast = parse3(source, { ecmaVersion: "latest", sourceType: "script", locations: true, allowHashBang: true, allowReturnOutsideFunction: true });
    } catch {
      return null;
    }
  }
  const out = [];
  const visit = (node, nameHint) => {
    if (FUNCTION_TYPES.has(node.type) && node.loc) {
      const id = node.id;
      out.push({ start: node.loc.start.line, end: node.loc.end.line, name: id?.name ?? nameHint });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "loc") continue;
      const hint = node.type === "VariableDeclarator" && key === "init" ? node.id?.name ?? "" : (node.type === "MethodDefinition" || node.type === "Property" || node.type === "PropertyDefinition") && key === "value" ? node.key?.name ?? "" : "";
      if (Array.isArray(value)) {
        for (const v of value) if (v && typeof v === "object" && typeof v.type === "string") visit(v, hint);
      } else if (value && typeof value === "object" && typeof value.type === "string") {
        visit(value, hint);
      }
    }
  };
  visit(ast, "");
  return out;
}
function enclosingFunction(ranges, first, last, name) {
  let best = null;
  let bestNamed = null;
  for (const r of ranges) {
    if (r.start > first || r.end < last) continue;
    if (!best || r.end - r.start < best.end - best.start) best = r;
    const named = r.name !== "" && (r.name === name || name.endsWith("." + r.name));
    if (named && (!bestNamed || r.end - r.start < bestNamed.end - bestNamed.start)) bestNamed = r;
  }
  return bestNamed ?? best;
}

// src/collect/build-profile.ts
var round = (x) => Math.round(x * 1e6) / 1e6;
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
function fileKeyFor(root, abs) {
  const rel = relative2(root, abs);
  if (rel.startsWith("..") || isAbsolute2(rel)) return abs.split(sep2).join("/");
  return rel.split(sep2).join("/");
}
function buildProfile(attribution, threads, run, root, readSource, memory = null) {
  const files = {};
  const rangesCache = /* @__PURE__ */ new Map();
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
    const key = fileKeyFor(root, abs);
    const mem = memLines.get(abs);
    const source = sourceOf(abs);
    const lineCount = source === null ? Infinity : source.split("\n").length;
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
      const row2 = { line, ...metricsOf(acc) };
      if (memory?.collected) Object.assign(row2, memFields(mem?.get(line)));
      return row2;
    });
    files[key] = { source, lines: lineRows, functions: [] };
  }
  for (const fn of attribution.functions.values()) {
    let best = null;
    for (const e of fn.lines) if (!best || e[1].weight > best[1].weight) best = e;
    if (!best) continue;
    const [abs, span] = best;
    const key = fileKeyFor(root, abs);
    const file = files[key];
    if (!file) continue;
    let ranges = rangesCache.get(abs);
    if (ranges === void 0) {
      const src = file.source;
      ranges = src !== null && /\.(c|m)?js$/.test(abs) ? functionRanges(src) : null;
      rangesCache.set(abs, ranges);
    }
    let start = span.min;
    let end = span.max;
    if (fn.name === "(module)") {
      start = 1;
      end = file.source ? file.source.split("\n").length : span.max;
    } else if (ranges) {
      const r = enclosingFunction(ranges, span.hot, span.hot, fn.name);
      if (r) {
        start = r.start;
        end = r.end;
      }
    }
    const row2 = { name: fn.name, line: start, end_line: Math.max(start, end), ...metricsOf(fn.acc) };
    file.functions.push(row2);
  }
  if (memory?.collected) {
    for (const f of Object.values(files)) {
      for (const fn of f.functions) Object.assign(fn, memFields(void 0));
      for (const l of f.lines) {
        let owner = null;
        for (const fn of f.functions) {
          if (fn.line <= l.line && l.line <= fn.end_line && (!owner || fn.end_line - fn.line < owner.end_line - owner.line)) owner = fn;
        }
        if (!owner) continue;
        for (const k of ["alloc_js_bytes", "alloc_native_bytes", "free_bytes", "net_bytes", "copy_bytes"]) owner[k] = (owner[k] ?? 0) + (l[k] ?? 0);
        owner.peak_bytes = Math.max(owner.peak_bytes ?? 0, l.peak_bytes ?? 0);
        if (l.leak && (!owner.leak || l.leak.likelihood > owner.leak.likelihood)) owner.leak = l.leak;
      }
    }
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
    f.functions = [...merged.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
  }
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
    const complete2 = ts.every((t) => t.meta?.final === true || t.segments.some((s) => s.final));
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
      peak_footprint_at: t.peak_footprint_at ? { file: fileKeyFor(root, t.peak_footprint_at.absPath), line: t.peak_footprint_at.line } : null,
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
      cpu_model: os.cpus()[0]?.model?.trim() ?? null,
      cpu_count: os.cpus().length,
      command: run.command,
      start_time: run.startTime.toISOString(),
      elapsed_s: round(run.elapsedS),
      sampling_interval_ms: run.intervalMs,
      runs: 1,
      git_sha: run.gitSha,
      complete,
      use_virtual_time: run.useVirtualTime,
      gpu: null,
      ...memory?.collected && run.memoryWindows ? { memory_windows: run.memoryWindows } : {},
      // Full mode without collected memory (no sampler or shim) says so rather than report zeros.
      mode: run.mode === "full" && !memory?.collected ? "cpu" : run.mode,
      missing: run.mode === "cpu" || !memory?.collected ? ["memory", "copy"] : [],
      processes,
      warnings: run.warnings
    },
    totals: totalsOut,
    files
  };
}

// src/collect/config.ts
var CONFIG_ENV = "SCALENE_CI_CONFIG";
function sessionPaths(dir) {
  return {
    raw: `${dir}/raw`,
    proc: `${dir}/proc`,
    control: `${dir}/control`,
    gpu: `${dir}/gpu`
  };
}

// src/collect/inject.ts
function nodeOptionsRequire(preload) {
  return `--require ${/[\s"\\]/.test(preload) ? JSON.stringify(preload) : preload}`;
}

// src/collect/memory.ts
var LEAK_LIKELIHOOD = 0.95;
var LEAK_FLOOR_BYTES = 1024 * 1024;
var LEAK_FLOOR_PEAK_FRACTION = 0.01;
var LEAK_HELD_FRACTION = 0.5;
var TIMELINE_POINTS = 100;
function leakLikelihood(sampled, freed) {
  return 1 - (freed + 1) / (sampled + 2);
}
var KIND_ALLOC = 1;
var KIND_FREE = 2;
var KIND_COPY = 3;
var KIND_FREE_OF_SAMPLED = 4;
var KIND_BACKGROUND = 16;
var MEM_STRIDE = 7;
var GC_STRIDE = 7;
var HS_NODE_STRIDE = 6;
var HS_SAMPLE_STRIDE = 4;
var GC_TYPE_MARK_SWEEP_COMPACT = 4;
function indexTrack(track, intervalUs, inCallAt) {
  const n = track.t_us.length;
  const order = Array.from({ length: n }, (_, i2) => i2);
  let sorted = true;
  for (let i2 = 1; i2 < n && sorted; i2++) if (track.t_us[i2] < track.t_us[i2 - 1]) sorted = false;
  if (!sorted) order.sort((a, b) => track.t_us[a] - track.t_us[b]);
  return {
    t: Float64Array.from(order, (i2) => track.t_us[i2]),
    key: order.map((i2) => track.key[i2] ?? null),
    dt: Float64Array.from(order, (i2) => track.dt_s[i2]),
    inCall: Uint8Array.from(order, (i2) => inCallAt.has(track.t_us[i2]) ? 1 : 0),
    ...sitesOf(track),
    // Suspended profiling or a starved sampler leaves gaps where the thread may have been
    // anywhere; a few sampling intervals (20 ms at least) is as far as a sample speaks.
    maxGapUs: Math.max(2e4, 3 * intervalUs),
    intervalUs
  };
}
function sitesOf(track) {
  const t = track.site_t_us ?? [];
  const order = Array.from({ length: t.length }, (_, i2) => i2).sort((a, b) => t[a] - t[b]);
  return { siteT: Float64Array.from(order, (i2) => t[i2]), siteKey: order.map((i2) => track.site_key?.[i2] ?? null) };
}
function firstAtOrAfter(t, x) {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (t[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function callLineAt(ix, x) {
  if (!ix || ix.t.length === 0) return null;
  const i2 = firstAtOrAfter(ix.t, x);
  const ok = (j) => j >= 0 && j < ix.t.length && Math.abs(ix.t[j] - x) <= ix.maxGapUs && ix.key[j] !== null;
  const before = ok(i2 - 1) && ix.inCall[i2 - 1] === 1;
  const after = ok(i2) && ix.inCall[i2] === 1;
  if (before !== after) {
    const dIn = before ? x - ix.t[i2 - 1] : ix.t[i2] - x;
    const other = before ? i2 : i2 - 1;
    const dOther = other >= 0 && other < ix.t.length ? Math.abs(ix.t[other] - x) : Infinity;
    if (dIn <= dOther + ix.intervalUs) return ix.key[before ? i2 - 1 : i2];
  }
  return lineAt(ix, x);
}
var SITE_WINDOW_US = 5e3;
function siteAfter(ix, x, maxUs) {
  if (!ix) return null;
  const i2 = firstAtOrAfter(ix.siteT, x - 1);
  return i2 < ix.siteT.length && ix.siteT[i2] <= x + maxUs ? ix.siteKey[i2] ?? null : null;
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
var parsedKeys = /* @__PURE__ */ new Map();
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
function newLineAcc() {
  return { allocJs: 0, allocNative: 0, freedNative: 0, jsLive: 0, copy: 0, sampled: 0, freed: 0, deltas: [], firstUs: Infinity };
}
function attributeMemory(threads, attribution, opts) {
  void opts;
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
  const mems = [];
  for (const thread of threads) {
    const segs = thread.segments.filter((s) => s.mem_v !== void 0);
    if (segs.length === 0) continue;
    const tr = trackOf.get(`${thread.pid}-${thread.threadId}`);
    const inCall = scanRawSamples(thread, tr, profiledFiles, fnLines);
    mems.push({ thread, segs, track: tr ? indexTrack(tr, segs[0].interval_us, inCall) : void 0, charges: [], chargeT: new Float64Array(0), totalJs: 0, jsUsed0: null, jsUsedEnd: null, lastFullGcUs: lastFullGc(segs) });
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
  const resolver2 = new HeapLineResolver(attribution, profiledFiles, fnLines);
  const seenByThread = /* @__PURE__ */ new Map();
  for (const m of mems) {
    if (!m.segs.some((s) => (s.hs ?? 0) > 0)) {
      warnings.push(`memory: V8's sampling heap profiler was unavailable in pid ${m.thread.pid} (another heap profiler running?): no JS liveness there, so its JS leaks go undetected`);
    }
    seenByThread.set(m, trackLiveness(m));
  }
  for (const m of mems) {
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
    const seen = seenByThread.get(m);
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
  const background = { alloc_native_bytes: 0, free_bytes: 0, copy_bytes: 0 };
  const native = { alloc: 0, free: 0, copy: 0 };
  const byPid = /* @__PURE__ */ new Map();
  for (const m of mems) {
    const l = byPid.get(m.thread.pid) ?? [];
    l.push(m);
    byPid.set(m.thread.pid, l);
  }
  const withoutShim = [];
  let dropped = 0;
  for (const procMems of byPid.values()) {
    if (!procMems.some((m) => m.segs.some((s) => s.shim === 1))) withoutShim.push(procMems[0].thread.pid);
    for (const m of procMems) dropped += lastWith(m.segs, "shim_totals")?.shim_totals?.[3] ?? 0;
    attributeNative(procMems);
  }
  if (withoutShim.length > 0 && withoutShim.length < byPid.size) {
    warnings.push(`memory: ${withoutShim.length} process(es) ran without the native allocation shim (pid ${withoutShim.slice(0, 5).join(", ")}): their native memory is not counted`);
  }
  if (dropped > 0) warnings.push(`memory: ${dropped} native sample(s) were dropped (the shim's ring was full): native figures are low by about that many sampling windows`);
  const fp = footprint(byPid, t0, tMax);
  let peakAt = null;
  if (fp.peakThread) {
    const key = lineAt(fp.peakThread.track, fp.peakT) ?? lineBefore(fp.peakThread.track, fp.peakT);
    if (key) {
      const k = parseKey(key);
      peakAt = { absPath: k.file, line: k.line };
    }
  }
  const leakFloor = Math.max(LEAK_FLOOR_BYTES, LEAK_FLOOR_PEAK_FRACTION * fp.peakBytes);
  const out = /* @__PURE__ */ new Map();
  for (const [key, a] of lines) {
    if (a.allocJs + a.allocNative + a.copy === 0 && a.sampled === 0) continue;
    const liveJs = Math.max(0, a.jsLive);
    const allocJs = Math.max(a.allocJs, liveJs);
    const free = a.freedNative + allocJs - liveJs;
    const { series, peak, end } = lineSeries(a.deltas, tMax);
    const row2 = {
      alloc_js_bytes: Math.round(allocJs),
      alloc_native_bytes: Math.round(a.allocNative),
      free_bytes: Math.round(free),
      net_bytes: Math.round(allocJs + a.allocNative - free),
      peak_bytes: Math.round(peak),
      copy_bytes: Math.round(a.copy)
    };
    if (series.length > 0) row2.timeline = downsample(series, t0);
    const likelihood = leakLikelihood(a.sampled, a.freed);
    const retained = Math.max(0, end);
    if (likelihood >= LEAK_LIKELIHOOD && retained >= leakFloor && retained >= LEAK_HELD_FRACTION * peak) {
      const since = Number.isFinite(a.firstUs) ? a.firstUs : t0;
      const spanS = Math.max(1e-3, (tMax - since) / 1e6);
      row2.leak = { likelihood: Math.round(likelihood * 1e4) / 1e4, velocity_bytes_per_s: Math.round(retained / spanS) };
    }
    const k = parseKey(key);
    let f = out.get(k.file);
    if (!f) out.set(k.file, f = /* @__PURE__ */ new Map());
    f.set(k.line, row2);
  }
  let jsAlloc = 0;
  let jsNet = 0;
  for (const m of mems) {
    jsAlloc += m.totalJs;
    if (m.jsUsed0 !== null && m.jsUsedEnd !== null) jsNet += m.jsUsedEnd - m.jsUsed0;
  }
  const jsFree = Math.max(0, jsAlloc - jsNet);
  return {
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
  function chargeGcs(m) {
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
          const bytes2 = Math.max(0, before - prevAfter);
          const end = gc[i2 + 1] || start;
          const key = siteAfter(m.track, end, SITE_WINDOW_US) ?? lineAt(m.track, start);
          if (bytes2 > 0 && key) m.charges.push({ t: start, key, bytes: bytes2 });
          else if (bytes2 > 0) spread(m, bytes2, lastGcEnd, start);
          m.totalJs += bytes2;
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
      if (tail > 0) spread(m, tail, lastGcEnd, lastReading[0]);
    }
    m.charges.sort((a, b) => a.t - b.t);
    m.chargeT = Float64Array.from(m.charges, (c) => c.t);
  }
  function spread(m, bytes2, from, to) {
    const ix = m.track;
    const per = /* @__PURE__ */ new Map();
    let total = 0;
    if (ix) {
      for (let i2 = firstAtOrAfter(ix.t, from); i2 < ix.t.length && ix.t[i2] <= to; i2++) {
        const k = ix.key[i2];
        if (!k) continue;
        const e = per.get(k) ?? { w: 0, t: ix.t[i2] };
        e.w += ix.dt[i2];
        total += ix.dt[i2];
        per.set(k, e);
      }
    }
    if (total === 0) {
      m.charges.push({ t: to, key: null, bytes: bytes2 });
      return;
    }
    for (const [k, e] of per) m.charges.push({ t: e.t, key: k, bytes: bytes2 * e.w / total });
  }
  function trackLiveness(m) {
    const nodes = /* @__PURE__ */ new Map();
    const live = /* @__PURE__ */ new Map();
    const byKey = /* @__PURE__ */ new Map();
    let prevSnap = m.thread.meta?.start_us ?? t0;
    for (const s of m.segs) {
      if (s.hs_t === void 0) continue;
      const t = s.hs_t;
      const hn = s.hs_nodes ?? [];
      for (let i2 = 0; i2 + HS_NODE_STRIDE <= hn.length; i2 += HS_NODE_STRIDE) {
        nodes.set(Number(hn[i2]), { parent: Number(hn[i2 + 1]), line: Number(hn[i2 + 2]), column: Number(hn[i2 + 3]), name: String(hn[i2 + 4]), url: String(hn[i2 + 5]) });
      }
      const delta = /* @__PURE__ */ new Map();
      for (const id of s.hs_gone ?? []) {
        const rec = live.get(id);
        if (!rec) continue;
        live.delete(id);
        for (const [key, w] of rec.weights) {
          const a = acc(key);
          if (!rec.counted) a.sampled += w;
          a.freed += w;
          a.jsLive -= rec.bytes * w;
          delta.set(key, (delta.get(key) ?? 0) - rec.bytes * w);
        }
      }
      const hsNew = s.hs_new ?? [];
      for (let i2 = 0; i2 + HS_SAMPLE_STRIDE <= hsNew.length; i2 += HS_SAMPLE_STRIDE) {
        const bytes2 = hsNew[i2 + 2] * hsNew[i2 + 3];
        const weights = resolver2.weights(m, nodes, hsNew[i2 + 1], prevSnap, t);
        if (weights.length === 0) continue;
        const counted = t < m.lastFullGcUs;
        live.set(hsNew[i2], { weights, bytes: bytes2, counted });
        for (const [key, w] of weights) {
          const a = acc(key);
          if (counted) a.sampled += w;
          a.jsLive += bytes2 * w;
          if (t < a.firstUs) a.firstUs = t;
          byKey.set(key, (byKey.get(key) ?? 0) + bytes2 * w);
          delta.set(key, (delta.get(key) ?? 0) + bytes2 * w);
        }
      }
      for (const [key, d] of delta) if (d !== 0) acc(key).deltas.push(t, d);
      if (s.hs_settled === 1) {
        for (const rec of live.values()) {
          if (rec.counted) continue;
          rec.counted = true;
          for (const [key, w] of rec.weights) acc(key).sampled += w;
        }
      }
      prevSnap = t;
    }
    return { byKey };
  }
  function attributeNative(procMems) {
    const rows = [];
    for (const m of procMems) {
      for (const s of m.segs) {
        const mem = s.mem ?? [];
        for (let i2 = 0; i2 + MEM_STRIDE <= mem.length; i2 += MEM_STRIDE) rows.push({ seq: mem[i2], i: i2, mem, m });
      }
    }
    rows.sort((a, b) => a.seq - b.seq);
    const owners = /* @__PURE__ */ new Map();
    const forget = (addr) => {
      const o = owners.get(addr);
      if (!o) return;
      owners.delete(addr);
      if (o.key && o.counted) acc(o.key).sampled -= 1;
    };
    for (const { i: i2, mem, m } of rows) {
      const rawKind = mem[i2 + 1];
      const t = mem[i2 + 2];
      const bytes2 = mem[i2 + 4];
      const addr = mem[i2 + 5];
      const aux = mem[i2 + 6];
      const bg = (rawKind & KIND_BACKGROUND) !== 0;
      const kind = rawKind & ~KIND_BACKGROUND;
      if (kind === KIND_ALLOC) {
        native.alloc += bytes2;
        if (aux) forget(aux);
        forget(addr);
        if (bg) {
          background.alloc_native_bytes += bytes2;
          owners.set(addr, { key: null, bytes: bytes2, counted: false });
          continue;
        }
        const key = callLineAt(m.track, t);
        const counted = t < m.lastFullGcUs;
        owners.set(addr, { key, bytes: bytes2, counted });
        if (!key) continue;
        const a = acc(key);
        a.allocNative += bytes2;
        if (counted) a.sampled += 1;
        a.deltas.push(t, bytes2);
        if (t < a.firstUs) a.firstUs = t;
      } else if (kind === KIND_FREE) {
        native.free += bytes2;
        if (bg) background.free_bytes += bytes2;
      } else if (kind === KIND_COPY) {
        native.copy += bytes2;
        if (bg) {
          background.copy_bytes += bytes2;
          continue;
        }
        const key = callLineAt(m.track, t);
        if (key) acc(key).copy += bytes2;
      } else if (kind === KIND_FREE_OF_SAMPLED) {
        const o = owners.get(addr);
        if (!o) continue;
        owners.delete(addr);
        if (!o.key) continue;
        const a = acc(o.key);
        if (!o.counted) a.sampled += 1;
        a.freed += 1;
        a.freedNative += o.bytes;
        a.deltas.push(t, -o.bytes);
      }
    }
  }
}
function scanRawSamples(thread, track, profiledFiles, fnLines) {
  const inCall = /* @__PURE__ */ new Set();
  const keyAt = /* @__PURE__ */ new Map();
  if (track) {
    for (let i2 = 0; i2 < track.t_us.length; i2++) if (track.key[i2]) keyAt.set(track.t_us[i2], track.key[i2]);
  }
  const urlProfiled = /* @__PURE__ */ new Map();
  const isProfiled = (url) => {
    let p = urlProfiled.get(url);
    if (p === void 0) {
      const abs = url ? urlToPath(url) : null;
      p = abs !== null && profiledFiles.has(abs);
      urlProfiled.set(url, p);
    }
    return p;
  };
  for (const seg of thread.segments) {
    const n = seg.nodes.length / NODE_STRIDE;
    const prof = new Int32Array(n);
    for (let i2 = 0; i2 < n; i2++) {
      const row2 = i2 * NODE_STRIDE;
      const parent = seg.nodes[row2];
      prof[i2] = isProfiled(seg.strings[seg.nodes[row2 + 5]] ?? "") ? i2 : parent >= 0 ? prof[parent] : -1;
    }
    const S = seg.samples;
    for (let i2 = 0; i2 + 3 <= S.length; i2 += 3) {
      const node = S[i2];
      const ts = S[i2 + 1];
      const p = node >= 0 && node < n ? prof[node] : -1;
      if (p < 0 || S[i2 + 2] === 1 /* GC */) continue;
      if (p !== node) inCall.add(ts);
      const key = keyAt.get(ts);
      if (!key) continue;
      const row2 = p * NODE_STRIDE;
      const fn = `${seg.strings[seg.nodes[row2 + 5]]}|${nameGroup(seg.strings[seg.nodes[row2 + 4]] ?? "")}`;
      const column = seg.nodes[row2 + 3];
      let byColumn = fnLines.get(fn);
      if (!byColumn) fnLines.set(fn, byColumn = /* @__PURE__ */ new Map());
      let lines = byColumn.get(column);
      if (!lines) byColumn.set(column, lines = /* @__PURE__ */ new Map());
      lines.set(key, (lines.get(key) ?? 0) + 1);
    }
  }
  return inCall;
}
function lastFullGc(segs) {
  let last = -Infinity;
  for (const s of segs) {
    const gc = s.gc ?? [];
    for (let i2 = 0; i2 + GC_STRIDE <= gc.length; i2 += GC_STRIDE) if (gc[i2 + 2] & GC_TYPE_MARK_SWEEP_COMPACT) last = Math.max(last, gc[i2 + 1] || gc[i2]);
  }
  return last;
}
function lastWith(segs, member) {
  for (let i2 = segs.length - 1; i2 >= 0; i2--) if (segs[i2][member] !== void 0) return segs[i2];
  return void 0;
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
    collected: false
  };
}
function nameGroup(name) {
  return name === "" || name === "(module)" || name === "(anonymous)" ? "" : name;
}
var HeapLineResolver = class {
  constructor(attribution, profiledFiles, fnLines) {
    this.profiledFiles = profiledFiles;
    this.fnLines = fnLines;
    this.plainFiles = new Set(attribution.lines.keys());
  }
  profiledFiles;
  fnLines;
  plainFiles;
  cache = /* @__PURE__ */ new Map();
  frames = /* @__PURE__ */ new WeakMap();
  weights(m, nodes, nodeId, from, to) {
    const frame = this.profiledFrame(nodes, nodeId);
    if (!frame) return [];
    const fnKey = `${frame.url}|${nameGroup(frame.name)}|${frame.column}|${frame.line}`;
    const cacheKey = `${m.thread.pid}-${m.thread.threadId}|${fnKey}|${from}|${to}`;
    let w = this.cache.get(cacheKey);
    if (!w) {
      w = this.resolve(m, frame, fnKey, from, to);
      this.cache.set(cacheKey, w);
    }
    return w;
  }
  profiledFrame(nodes, nodeId) {
    let memo = this.frames.get(nodes);
    if (!memo) this.frames.set(nodes, memo = /* @__PURE__ */ new Map());
    const hit = memo.get(nodeId);
    if (hit !== void 0) return hit;
    let found = null;
    for (let id = nodeId, depth = 0; depth < 1024; depth++) {
      const n = nodes.get(id);
      if (!n) break;
      const abs = n.url ? urlToPath(n.url) : null;
      if (abs && this.profiledFiles.has(abs)) {
        found = n;
        break;
      }
      if (n.parent === 0 || n.parent === id) break;
      id = n.parent;
    }
    memo.set(nodeId, found);
    return found;
  }
  resolve(m, frame, fnKey, from, to) {
    const byColumn = this.fnLines.get(`${frame.url}|${nameGroup(frame.name)}`);
    const own = byColumn?.get(frame.column) ?? mergeLines(byColumn);
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
    if (w.size === 0 && m.track) {
      const ix = m.track;
      for (let i2 = firstAtOrAfter(ix.t, from + 1); i2 < ix.t.length && ix.t[i2] <= to; i2++) {
        const k = ix.key[i2];
        if (k && own.has(k)) add(k, ix.dt[i2]);
      }
    }
    if (w.size > 0) return normalise(w);
    const wholeKey = `whole|${m.thread.pid}-${m.thread.threadId}|${fnKey}`;
    const whole = this.cache.get(wholeKey);
    if (whole) return whole;
    for (const c of m.charges) if (c.key && own.has(c.key)) add(c.key, c.bytes);
    const r = normalise(w.size > 0 ? w : /* @__PURE__ */ new Map([[[...own.entries()].reduce((a, b) => b[1] > a[1] ? b : a)[0], 1]]));
    this.cache.set(wholeKey, r);
    return r;
  }
};
function mergeLines(byColumn) {
  const out = /* @__PURE__ */ new Map();
  if (byColumn) for (const lines of byColumn.values()) for (const [k, v] of lines) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}
function normalise(w) {
  let total = 0;
  for (const v of w.values()) total += v;
  return [...w.entries()].map(([k, v]) => [k, v / total]);
}
function lineSeries(deltas, tMax) {
  const n = deltas.length / 2;
  const order = Array.from({ length: n }, (_, i2) => i2).sort((a, b) => deltas[2 * a] - deltas[2 * b]);
  const series = [];
  let cur = 0;
  let peak = 0;
  for (const i2 of order) {
    cur += deltas[2 * i2 + 1];
    if (cur > peak) peak = cur;
    series.push([deltas[2 * i2], cur]);
  }
  if (series.length > 0 && tMax > series[series.length - 1][0]) series.push([tMax, cur]);
  return { series, peak, end: cur };
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
  let sum2 = 0;
  let last = null;
  let peakBytes = 0;
  let peakT = 0;
  let peakThread = null;
  const emit = (t, m) => {
    while (grid.length < GRID && t0 + (tMax - t0) * grid.length / (GRID - 1) < t) grid.push(last ? last[1] : sum2);
    if (sum2 > peakBytes) {
      peakBytes = sum2;
      peakT = t;
      peakThread = m;
    }
    const b = Math.min(buckets - 1, Math.max(0, Math.floor((t - t0) / width)));
    if (b !== bucket && bucketBest) {
      timeline.push(bucketBest);
      bucketBest = null;
    }
    bucket = b;
    if (!bucketBest || sum2 > bucketBest[1]) bucketBest = [t, sum2];
    last = [t, sum2];
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
    sum2 += js - p.js[s.slot];
    p.js[s.slot] = js;
    if (nat >= 0) {
      sum2 += nat - p.native;
      p.native = nat;
    }
    if (s.i >= s.r.length) {
      open--;
      p.open--;
      if (p.open === 0 && open > 0) {
        emit(t, s.m);
        for (let k = 0; k < p.js.length; k++) sum2 -= p.js[k];
        sum2 -= p.native;
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
  let num2 = 0;
  let den = 0;
  for (let i2 = 0; i2 < n; i2++) {
    num2 += (xs[i2] - mx) * (values[i2] - my);
    den += (xs[i2] - mx) ** 2;
  }
  return den > 0 ? num2 / den : 0;
}

// src/collect/gpu-apply.ts
import { readFileSync as readFileSync4, readdirSync as readdirSync2 } from "node:fs";
import { join as join4 } from "node:path";

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
    const k = firstAtOrAfter2(r.t, x);
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
  const sum2 = { time_s: 0, gpu_s: 0, gpu_mem_peak_bytes: 0 };
  for (const a of accs) mergeGpuAccum(sum2, a);
  return finishGpu(sum2);
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
function firstAtOrAfter2(t, x) {
  let lo = 0, hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (t[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function firstAfter(t, x) {
  let lo = 0, hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (t[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/collect/gpu-apply.ts
function readGpuSession(dir) {
  try {
    for (const f of readdirSync2(dir)) {
      if (/^\d+\.json$/.test(f)) return JSON.parse(readFileSync4(join4(dir, f), "utf8"));
    }
  } catch {
  }
  return null;
}
function applyGpuSession(profile, attribution, gpu, root) {
  if (!gpu.start.ok) return;
  const busiest = [...attribution.tracks].filter((t) => t.threadId === 0).sort((a, b) => b.key.filter(Boolean).length - a.key.filter(Boolean).length)[0];
  if (!busiest) return;
  const { byKey } = accumulateGpu(busiest, gpu.taken);
  const perLine = /* @__PURE__ */ new Map();
  for (const [key, acc] of byKey) {
    const at2 = key.lastIndexOf(":");
    const k = `${fileKeyFor(root, key.slice(0, at2))}:${key.slice(at2 + 1)}`;
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

// src/collect/sourcemap.ts
import { existsSync as existsSync2, readFileSync as readFileSync5 } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute3, resolve as resolve2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// node_modules/@jridgewell/sourcemap-codec/dist/sourcemap-codec.mjs
var comma = ",".charCodeAt(0);
var semicolon = ";".charCodeAt(0);
var chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var intToChar = new Uint8Array(64);
var charToInt = new Uint8Array(128);
for (let i2 = 0; i2 < chars.length; i2++) {
  const c = chars.charCodeAt(i2);
  intToChar[i2] = c;
  charToInt[c] = i2;
}
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
function decodeSign(num2) {
  return num2 & 1 ? -2147483648 | -(num2 >>> 1) : num2 >>> 1;
}
function hasMoreVlq(reader, max) {
  if (reader.pos >= max) return false;
  return reader.peek() !== comma;
}
var bufLength = 1024 * 16;
var StringReader = class {
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
function decode(mappings) {
  const { length } = mappings;
  const reader = new StringReader(mappings);
  const decoded = [];
  let genColumn = 0;
  let sourcesIndex = 0;
  let sourceLine2 = 0;
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
        sourceLine2 += decodeSign(decodeInteger(reader));
        sourceColumn += decodeSign(decodeInteger(reader));
        if (hasMoreVlq(reader, semi)) {
          namesIndex += decodeSign(decodeInteger(reader));
          seg = [genColumn, sourcesIndex, sourceLine2, sourceColumn, namesIndex];
        } else {
          seg = [genColumn, sourcesIndex, sourceLine2, sourceColumn];
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

// node_modules/@jridgewell/resolve-uri/dist/resolve-uri.mjs
var schemeRegex = /^[\w+.-]+:\/\//;
var urlRegex = /^([\w+.-]+:)\/\/([^@/#?]*@)?(\[[^\]]+\]|[^:/#?]*)(:\d+)?(\/[^#?]*)?(\?[^#]*)?(#.*)?/;
var fileRegex = /^file:(?:\/\/((?![a-z]:)[^/#?]*)?)?(\/?[^#?]*)(\?[^#]*)?(#.*)?/i;
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
function resolve(input, base) {
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

// node_modules/@jridgewell/trace-mapping/dist/trace-mapping.mjs
function stripFilename(path) {
  if (!path) return "";
  const index = path.lastIndexOf("/");
  return path.slice(0, index + 1);
}
function resolver(mapUrl, sourceRoot) {
  const from = stripFilename(mapUrl);
  const prefix = sourceRoot ? sourceRoot + "/" : "";
  return (source) => resolve(prefix + (source || ""), from);
}
var COLUMN = 0;
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
var TraceMap = class {
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
function cast(map) {
  return map;
}
function decodedMappings(map) {
  var _a;
  return (_a = cast(map))._decoded || (_a._decoded = decode(cast(map)._encoded));
}

// src/collect/sourcemap.ts
function toPath(urlOrPath) {
  if (urlOrPath.startsWith("file://")) {
    try {
      return fileURLToPath2(urlOrPath);
    } catch {
      return null;
    }
  }
  return isAbsolute3(urlOrPath) ? urlOrPath : null;
}
function mapperFromPayload(payload, mapLocation) {
  let map;
  try {
    map = new TraceMap(payload, mapLocation);
  } catch {
    return null;
  }
  const lines = decodedMappings(map);
  const sources = map.resolvedSources.map((s) => s ? toPath(s) ?? (isAbsolute3(s) ? s : resolve2(dirname2(toPath(mapLocation) ?? mapLocation), s)) : null);
  const contents = map.sourcesContent ?? [];
  return (generatedLine) => {
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
}
var MAP_COMMENT = /\/\/[#@]\s*sourceMappingURL=([^\s'"]+)\s*$/;
function mapperFromDisk(jsPath, source) {
  const tail = source.slice(-4096).trimEnd().split("\n").pop() ?? "";
  const m = MAP_COMMENT.exec(tail);
  if (!m) return null;
  const ref2 = m[1];
  try {
    if (ref2.startsWith("data:")) {
      const comma2 = ref2.indexOf(",");
      const body = ref2.slice(comma2 + 1);
      const json = ref2.slice(0, comma2).includes(";base64") ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body);
      return mapperFromPayload(JSON.parse(json), jsPath);
    }
    const mapPath = resolve2(dirname2(jsPath), decodeURIComponent(ref2));
    if (!existsSync2(mapPath)) return null;
    return mapperFromPayload(JSON.parse(readFileSync5(mapPath, "utf8")), mapPath);
  } catch {
    return null;
  }
}

// src/native/binding.ts
var import_node_gyp_build = __toESM(require_node_gyp_build2(), 1);
import { existsSync as existsSync3, mkdirSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname as dirname3, join as join5 } from "node:path";
import { spawnSync } from "node:child_process";
function prebuildName(abi = process.versions.modules) {
  return `scalene_ci.abi${abi}.node`;
}
function cachedBinaryPath(abi = process.versions.modules) {
  const base = process.env.XDG_CACHE_HOME || join5(homedir(), ".cache");
  return join5(base, "scalene-ci", `${process.platform}-${process.arch}`, prebuildName(abi));
}
function binaryCandidates(root) {
  const platformDir = `${process.platform}-${process.arch}`;
  return [join5(root, "dist", "prebuilds", platformDir, prebuildName()), cachedBinaryPath()];
}
function findBinary(root) {
  try {
    return import_node_gyp_build.default.resolve(join5(root, "dist"));
  } catch {
  }
  const cached = cachedBinaryPath();
  return existsSync3(cached) ? cached : null;
}
function ensureBinary(root, log) {
  const found = findBinary(root);
  if (found) return found;
  log(`scalene-ci: no prebuilt engine for Node ${process.version} (ABI ${process.versions.modules}); compiling it from source once\u2026`);
  const nodeGyp = locateNodeGyp();
  const r = spawnSync(process.execPath, [nodeGyp, "rebuild", "--release"], { cwd: root, encoding: "utf8" });
  const built = join5(root, "build", "Release", "scalene_ci.node");
  if (r.status !== 0 || !existsSync3(built)) {
    throw new NativeError(
      `cannot build the native engine for Node ${process.version}: install a C++ toolchain (g++, make, python3) and Node headers, then retry`
    );
  }
  for (const target of binaryCandidates(root)) {
    try {
      mkdirSync(dirname3(target), { recursive: true });
      copyFileSync(built, target);
      return target;
    } catch {
    }
  }
  return built;
}
function locateNodeGyp() {
  try {
    return createRequire(join5(process.cwd(), "noop.js")).resolve("node-gyp/bin/node-gyp.js");
  } catch {
    const bundled = join5(dirname3(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js");
    if (existsSync3(bundled)) return bundled;
    throw new NativeError("cannot build the native engine: node-gyp not found (install it with `npm i -g node-gyp`)");
  }
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

// src/report/text.ts
var SPARK = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(points, width = 10) {
  if (!points || points.length === 0) return "";
  const values = points.map((p) => p[1]);
  const step = Math.max(1, Math.ceil(values.length / width));
  const buckets = [];
  for (let i2 = 0; i2 < values.length; i2 += step) buckets.push(Math.max(...values.slice(i2, i2 + step)));
  const lo = Math.min(0, ...buckets);
  const hi = Math.max(...buckets);
  if (hi === lo) return SPARK[0].repeat(buckets.length);
  return buckets.map((v) => SPARK[Math.min(SPARK.length - 1, Math.floor((v - lo) / (hi - lo) * (SPARK.length - 1)))]).join("");
}
var pct = (part, whole) => whole > 0 && part > 0 ? 100 * part / whole : 0;
var fmtPct = (p) => p >= 0.5 ? `${Math.round(p)}%` : p > 0 ? "<1%" : "";
var fmtMB = (bytes2) => bytes2 === void 0 || Math.abs(bytes2) < 1024 * 1024 * 0.05 ? "" : `${(bytes2 / 1048576).toFixed(bytes2 >= 100 * 1048576 ? 0 : 1)}`;
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
      const row2 = `${String(ln).padStart(5)} \u2502${cells} ${text}`;
      out.push((isHot(l) ? c("1;31", row2) : row2) + marker);
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

// src/model/merge.ts
var RUN_METRICS = [...SUMMABLE_METRICS, ...MAX_METRICS, "gpu_util"];
var REQUIRED = /* @__PURE__ */ new Set(["cpu_js_s", "cpu_native_s", "system_s", "gc_s", "samples"]);
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
  const gpus = profiles.map((p) => p.meta.gpu).filter((g2) => g2 !== null);
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
    gpu: gpus.length === 0 ? null : { per_process: gpus.every((g2) => g2.per_process), devices: distinct(gpus.flatMap((g2) => g2.devices)) },
    // Memory figures survive a merge only when every input had them.
    missing: distinct([...profiles.flatMap((p) => p.meta.missing), ...modes.length > 1 ? ["memory", "copy"] : []]),
    processes: profiles.flatMap((p) => p.meta.processes),
    warnings
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
    const values = [];
    entries.forEach((e, i2) => {
      const v = runValues(e, key, runCounts[i2]);
      values.push(...v ?? new Array(runCounts[i2]).fill(0));
    });
    out[key] = values.reduce((a, b) => a + b, 0) / total;
    out.per_run[key] = values;
  }
  if (keepMemory) {
    const leaks = entries.map((e, i2) => ({ leak: e?.leak, runs: runCounts[i2] }));
    if (leaks.some((l) => l.leak)) {
      out.leak = {
        likelihood: leaks.reduce((s, l) => s + (l.leak?.likelihood ?? 0) * l.runs, 0) / total,
        velocity_bytes_per_s: leaks.reduce((s, l) => s + (l.leak?.velocity_bytes_per_s ?? 0) * l.runs, 0) / total
      };
    }
    const timeline = entries.find((e) => e?.timeline)?.timeline;
    if (timeline) out.timeline = timeline;
  }
  return out;
}
function mergeRuns(profiles) {
  requireProfiles(profiles, "runs");
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
      return { line, ...merged, ...callees.length > 0 ? { callee_lines: callees } : {} };
    });
    const fnKeys = distinct(versions.flatMap((f) => f?.functions.map((fn) => `${fn.line}:${fn.end_line}:${fn.name}`) ?? []));
    const functions = fnKeys.map((key) => {
      const entries = versions.map((f) => f?.functions.find((fn) => `${fn.line}:${fn.end_line}:${fn.name}` === key));
      const first = entries.find((e) => e !== void 0);
      return { name: first.name, line: first.line, end_line: first.end_line, ...mergeRunEntry(entries, runCounts, keepMemory) };
    });
    functions.sort((a, b) => a.line - b.line || b.end_line - a.end_line);
    const generated = versions.find((f) => f?.generated_from)?.generated_from;
    files[path] = { source: sources[0] ?? null, lines, functions, ...generated ? { generated_from: generated } : {} };
  }
  const totalsMerged = mergeRunEntry(profiles.map((p) => p.totals), runCounts, keepMemory);
  const elapsedRuns = profiles.flatMap((p) => runValues({ ...p.totals, per_run: p.totals.per_run }, "elapsed_s", p.meta.runs) ?? []);
  const mean2 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const weighted = (get) => {
    if (profiles.every((p) => get(p.totals) === void 0)) return void 0;
    return profiles.reduce((s, p) => s + (get(p.totals) ?? 0) * p.meta.runs, 0) / runs;
  };
  const totals = {
    ...totalsMerged,
    per_run: { ...totalsMerged.per_run, elapsed_s: elapsedRuns },
    elapsed_s: mean2(elapsedRuns),
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
      const sum2 = (k) => profiles.reduce((s, p) => s + (p.totals.native_background?.[k] ?? 0) * p.meta.runs, 0) / runs;
      totals.native_background = { alloc_native_bytes: sum2("alloc_native_bytes"), free_bytes: sum2("free_bytes"), copy_bytes: sum2("copy_bytes") };
    }
  }
  return { schema: PROFILE_SCHEMA, meta: mergeMeta(profiles, runs, mean2(elapsedRuns), warnings), totals, files };
}
function sumEntry(entries, keepPerRun, keepMemory) {
  const out = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
  const rec = out;
  for (const key of SUMMABLE_METRICS) {
    if (!keepMemory && !REQUIRED.has(key) && key !== "gpu_s") continue;
    const present = entries.filter((e) => e[key] !== void 0);
    if (present.length === 0 && !REQUIRED.has(key)) continue;
    rec[key] = present.reduce((s, e) => s + (e[key] ?? 0), 0);
  }
  for (const key of MAX_METRICS) {
    if (!keepMemory && key === "peak_bytes") continue;
    const present = entries.filter((e) => e[key] !== void 0);
    if (present.length > 0) rec[key] = Math.max(...present.map((e) => e[key]));
  }
  const util = entries.filter((e) => e.gpu_util !== void 0);
  if (util.length > 0) {
    const w = util.reduce((s, e) => s + (e.gpu_s ?? 0), 0);
    out.gpu_util = w > 0 ? util.reduce((s, e) => s + e.gpu_util * (e.gpu_s ?? 0), 0) / w : util.reduce((s, e) => s + e.gpu_util, 0) / util.length;
  }
  if (keepMemory) {
    const leaks = entries.filter((e) => e.leak);
    if (leaks.length > 0) out.leak = leaks.reduce((a, b) => b.leak.likelihood > a.leak.likelihood ? b : a).leak;
    const timeline = entries.find((e) => e.timeline)?.timeline;
    if (timeline) out.timeline = timeline;
  }
  if (keepPerRun) {
    const per = {};
    for (const key of RUN_METRICS) {
      const arrays = entries.map((e) => e.per_run?.[key]);
      if (arrays.every((a) => a === void 0) || rec[key] === void 0) continue;
      const runs = arrays.find((a) => a !== void 0).length;
      const isMax = MAX_METRICS.includes(key);
      const values = new Array(runs).fill(0);
      entries.forEach((e, i2) => {
        const arr = arrays[i2] ?? new Array(runs).fill(e[key] ?? 0);
        for (let r = 0; r < runs; r++) values[r] = isMax ? Math.max(values[r], arr[r]) : values[r] + arr[r];
      });
      if (key !== "gpu_util") per[key] = values;
    }
    if (Object.keys(per).length > 0) out.per_run = per;
  }
  return out;
}
function mergeShards(profiles) {
  requireProfiles(profiles, "shards");
  const warnings = checkCompatible(profiles);
  const keepMemory = profiles.every((p) => p.meta.mode === "full");
  const runCounts = distinct(profiles.map((p) => p.meta.runs));
  const keepPerRun = runCounts.length === 1 && runCounts[0] > 1;
  const runs = keepPerRun ? runCounts[0] : 1;
  if (runCounts.length > 1) warnings.push(`merged shards with different run counts (${runCounts.join(", ")}): per-run figures dropped`);
  const files = {};
  const paths = distinct(profiles.flatMap((p) => Object.keys(p.files)));
  for (const path of paths) {
    const versions = profiles.map((p) => Object.hasOwn(p.files, path) ? p.files[path] : void 0).filter((f) => f !== void 0);
    const sources = distinct(versions.map((f) => f.source).filter((s) => typeof s === "string"));
    if (sources.length > 1) warnings.push(`${path}: the source differs between shards; keeping the first`);
    const byLine = /* @__PURE__ */ new Map();
    for (const f of versions) for (const l of f.lines) byLine.set(l.line, [...byLine.get(l.line) ?? [], l]);
    const lines = [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, entries]) => {
      const callees = distinct(entries.flatMap((e) => e.callee_lines ?? []));
      return { line, ...sumEntry(entries, keepPerRun, keepMemory), ...callees.length > 0 ? { callee_lines: callees } : {} };
    });
    const byFn = /* @__PURE__ */ new Map();
    for (const f of versions) for (const fn of f.functions) {
      const key = `${fn.line}:${fn.end_line}:${fn.name}`;
      byFn.set(key, [...byFn.get(key) ?? [], fn]);
    }
    const functions = [...byFn.values()].map((entries) => ({
      name: entries[0].name,
      line: entries[0].line,
      end_line: entries[0].end_line,
      ...sumEntry(entries, keepPerRun, keepMemory)
    }));
    functions.sort((a, b) => a.line - b.line || b.end_line - a.end_line);
    const generated = versions.find((f) => f.generated_from)?.generated_from;
    files[path] = { source: sources[0] ?? null, lines, functions, ...generated ? { generated_from: generated } : {} };
  }
  const summed = sumEntry(profiles.map((p) => p.totals), keepPerRun, keepMemory);
  const elapsed = profiles.reduce((s, p) => s + p.totals.elapsed_s, 0);
  const totals = {
    ...summed,
    elapsed_s: elapsed,
    unattributed_s: profiles.reduce((s, p) => s + p.totals.unattributed_s, 0)
  };
  if (keepPerRun) {
    const el = new Array(runs).fill(0);
    for (const p of profiles) {
      const arr = p.totals.per_run?.elapsed_s ?? new Array(runs).fill(p.totals.elapsed_s);
      arr.forEach((v, i2) => el[i2] += v);
    }
    totals.per_run = { ...summed.per_run ?? {}, elapsed_s: el };
  } else {
    delete totals.per_run;
  }
  if (keepMemory) {
    const peaks = profiles.map((p) => p.totals.peak_footprint_bytes).filter((x) => x !== void 0);
    if (peaks.length > 0) totals.peak_footprint_bytes = peaks.reduce((a, b) => a + b, 0);
    const bg = profiles.filter((p) => p.totals.native_background);
    if (bg.length > 0) {
      totals.native_background = {
        alloc_native_bytes: bg.reduce((s, p) => s + p.totals.native_background.alloc_native_bytes, 0),
        free_bytes: bg.reduce((s, p) => s + p.totals.native_background.free_bytes, 0),
        copy_bytes: bg.reduce((s, p) => s + p.totals.native_background.copy_bytes, 0)
      };
    }
    const growth = profiles.map((p) => p.totals.growth_rate_bytes_per_s).filter((x) => x !== void 0);
    if (growth.length > 0) totals.growth_rate_bytes_per_s = growth.reduce((a, b) => a + b, 0);
  }
  const meta = mergeMeta(profiles, runs, elapsed, warnings);
  if (distinct(profiles.map((p) => JSON.stringify(p.meta.command))).length > 1) meta.command = [`(${profiles.length} shards)`];
  return { schema: PROFILE_SCHEMA, meta, totals, files };
}

// src/cli/run.ts
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
    parsed = parseArgs({
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
function gitSha(cwd) {
  const r = spawnSync2("git", ["rev-parse", "HEAD"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 ? r.stdout.trim() : null;
}
function checkWritable(path, what) {
  const dir = dirname4(path);
  if (!existsSync4(dir)) throw new UsageError(`cannot write ${what} ${path}: directory ${dir} does not exist`);
  try {
    const probe = join6(dir, `.scalene-ci-probe-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (e) {
    throw new UsageError(`cannot write ${what} ${path}: ${e.code ?? e.message}`);
  }
}
async function runCommand(args, io, root) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(RUN_USAGE + "\n");
    return 0;
  }
  const opts = parseRunArgs(args);
  const jsonOut = resolve3(io.cwd, opts.jsonOut);
  checkWritable(jsonOut, "the profile");
  if (opts.outfile) checkWritable(resolve3(io.cwd, opts.outfile), "the report");
  const binary = ensureBinary(root, (l) => io.stderr(l + "\n"));
  void binary;
  const runs = [];
  for (let i2 = 0; i2 < opts.repeat; i2++) {
    if (opts.repeat > 1) io.stderr(`scalene-ci: run ${i2 + 1}/${opts.repeat}
`);
    const r = await profileOnce(opts, io, root, jsonOut);
    runs.push(r);
    if (r.exitCode !== 0) break;
  }
  const profile = runs.length === 1 ? runs[0].profile : mergeRuns(runs.map((r) => r.profile));
  writeAtomic(jsonOut, JSON.stringify(profile));
  if (opts.report) {
    const text = renderText(profile, {
      color: io.isTTY && !opts.outfile,
      reduced: opts.reduced,
      cpuPercentThreshold: opts.cpuPercentThreshold
    });
    if (opts.outfile) writeFileSync(resolve3(io.cwd, opts.outfile), text);
    else io.stdout(text);
  }
  io.stderr(`scalene-ci: profile written to ${opts.jsonOut}${profile.meta.complete ? "" : " (incomplete: the command failed or was killed)"}
`);
  return runs[runs.length - 1].exitCode;
}
async function profileOnce(opts, io, root, jsonOut) {
  const dir = join6(tmpdir(), `scalene-ci-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const paths = sessionPaths(dir);
  mkdirSync2(paths.raw, { recursive: true });
  mkdirSync2(paths.proc, { recursive: true });
  const preload = join6(root, "dist", "preload.cjs");
  if (!existsSync4(preload)) throw new InputError(`the profiler's preload ${preload} is missing: run \`npm run build\``);
  const checkpointMs = opts.profileIntervalS ? Math.min(opts.profileIntervalS * 1e3, DEFAULT_CHECKPOINT_MS) : DEFAULT_CHECKPOINT_MS;
  const cfg = {
    dir,
    root,
    preload,
    intervalUs: Math.round(opts.intervalMs * 1e3),
    checkpointMs,
    mode: opts.cpuOnly ? "cpu" : "full",
    gpu: opts.gpu
  };
  let env = { ...io.env, [CONFIG_ENV]: JSON.stringify(cfg) };
  env.NODE_OPTIONS = [io.env.NODE_OPTIONS, nodeOptionsRequire(preload)].filter(Boolean).join(" ");
  const runWarnings = [];
  if (!opts.cpuOnly) {
    const pre = preloadEnv(env, shimPath(root), process.platform);
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
  io.stderr(`scalene-ci: profiling ${JSON.stringify(opts.command.join(" "))} (scalene-ci pid ${process.pid}; suspend with \`scalene-ci profile --off --pid ${process.pid}\`)
`);
  const child = spawn(opts.command[0], opts.command.slice(1), { cwd: io.cwd, env, stdio: "inherit" });
  const forward = (sig) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  const handlers = ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => [s, forward(s)]);
  for (const [s, h] of handlers) process.on(s, h);
  let interim = null;
  const build = (complete, exitCode2, signal2) => {
    const elapsedS = Number(process.hrtime.bigint() - t0) / 1e9;
    const warnings = [...runWarnings];
    const { threads, skipped } = readSession(dir);
    if (skipped.length > 0) warnings.push(`${skipped.length} unreadable checkpoint file(s) skipped`);
    if (threads.length === 0) warnings.push("no node process was profiled (is the command a node program?)");
    if (signal2) warnings.push(`the command was killed by ${signal2}`);
    else if (exitCode2 !== null && exitCode2 !== 0) warnings.push(`the command exited with code ${exitCode2}`);
    const registered = threads.flatMap((t) => t.meta?.registered ?? []);
    const filter = { root: io.cwd, alwaysExclude: [join6(root, "dist"), join6(root, "build", "src")], ...opts.filter };
    const attribution = attribute(threads, { filter, useVirtualTime: opts.useVirtualTime, registered }, {
      mapperFor: (abs, dumped, url) => {
        const payload = dumped[url] ?? dumped[abs];
        if (payload) return mapperFromPayload(payload, url.startsWith("file://") ? url : abs);
        const src = readSourceSafe(abs);
        return src === null ? null : mapperFromDisk(abs, src);
      }
    });
    const info = {
      toolVersion: toolVersion(root),
      command: opts.command,
      startTime,
      elapsedS,
      intervalMs: opts.intervalMs,
      gitSha: gitSha(io.cwd),
      mode: opts.cpuOnly ? "cpu" : "full",
      useVirtualTime: opts.useVirtualTime,
      complete,
      warnings,
      memoryWindows: opts.cpuOnly ? void 0 : { malloc_bytes: opts.mallocThresholdBytes ?? DEFAULT_MALLOC_WINDOW_BYTES, copy_bytes: DEFAULT_COPY_WINDOW_BYTES }
    };
    const memory = opts.cpuOnly ? null : attributeMemory(threads, attribution, { elapsedS });
    const profile2 = buildProfile(attribution, threads, info, io.cwd, readSourceSafe, memory);
    const gpu = opts.gpu ? readGpuSession(paths.gpu) : null;
    if (gpu) {
      if (opts.gpuExplicit && !gpu.start.ok) io.stderr(`scalene-ci: ${gpuStatusLine(gpu.start)}
`);
      applyGpuSession(profile2, attribution, gpu, io.cwd);
    }
    return profile2;
  };
  if (opts.profileIntervalS) {
    interim = setInterval(() => {
      try {
        writeAtomic(jsonOut, JSON.stringify(build(false, null, null)));
      } catch {
      }
    }, opts.profileIntervalS * 1e3);
  }
  const { code, signal, spawnError } = await new Promise((res) => {
    child.on("error", (e) => res({ code: null, signal: null, spawnError: e }));
    child.on("exit", (c, s) => res({ code: c, signal: s }));
  });
  if (interim) clearInterval(interim);
  for (const [s, h] of handlers) process.removeListener(s, h);
  if (spawnError) {
    rmSync(dir, { recursive: true, force: true });
    if (spawnError.code === "ENOENT") throw new InputError(`command not found: ${opts.command[0]}`);
    if (spawnError.code === "EACCES") throw new InputError(`command is not executable: ${opts.command[0]}`);
    throw new InputError(`cannot run ${opts.command[0]}: ${spawnError.message}`);
  }
  const exitCode = code ?? 128 + signalNumber(signal);
  const profile = build(signal === null && code === 0, code, signal);
  if (!process.env.SCALENE_CI_KEEP_SESSION) rmSync(dir, { recursive: true, force: true });
  return { profile, exitCode };
}
function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
function signalNumber(signal) {
  return signal ? osConstants.signals[signal] ?? 0 : 0;
}
function readSourceSafe(abs) {
  try {
    return readFileSync6(abs, "utf8");
  } catch {
    return null;
  }
}

// src/cli/profile-control.ts
import { existsSync as existsSync5, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join7 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
async function profileCommand(args, io) {
  let values;
  try {
    ({ values } = parseArgs2({ args, strict: true, options: { on: { type: "boolean" }, off: { type: "boolean" }, pid: { type: "string" } } }));
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
  if (values.on === values.off) throw new UsageError("say exactly one of --on or --off: scalene-ci profile --off|--on --pid N");
  const pid = Number(values.pid);
  if (!values.pid || !Number.isInteger(pid) || pid <= 0) throw new UsageError(`--pid expects the pid printed by scalene-ci run, got ${JSON.stringify(values.pid ?? "")}`);
  const dir = join7(tmpdir2(), `scalene-ci-${pid}`);
  if (!existsSync5(dir)) throw new InputError(`no scalene-ci run with pid ${pid} is active (no ${dir})`);
  writeFileSync2(sessionPaths(dir).control, values.off ? "off" : "on");
  io.stderr(`scalene-ci: profiling ${values.off ? "suspended" : "resumed"} for run ${pid}
`);
  return 0;
}

// src/cli/compare.ts
import { writeFileSync as writeFileSync3 } from "node:fs";
import { isAbsolute as isAbsolute6, join as join10 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/config/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync as readFileSync7, existsSync as existsSync6, statSync } from "node:fs";
import { isAbsolute as isAbsolute4, join as join8 } from "node:path";
var DEFAULT_CONFIG = Object.freeze({
  alpha: 0.01,
  scope: "both",
  thresholds: {
    cpu: { enabled: true, min_relative: 0.1, min_absolute_s: 5e-3, min_share_points: 0.02 },
    "new-hotspot": { enabled: true, min_share: 0.05, max_base_share: 0.01, min_absolute_s: 5e-3 },
    memory: { enabled: true, min_relative: 0.2, min_absolute_bytes: 1024 * 1024 },
    leak: { enabled: true, min_likelihood: 0.95, min_velocity_bytes_per_s: 1024 },
    copy: { enabled: true, min_relative: 0.2, min_absolute_bytes: 1024 * 1024 },
    gpu: { enabled: true, min_relative: 0.1, min_absolute_s: 0.01, min_absolute_bytes: 16 * 1024 * 1024 }
  },
  ignore: [],
  overrides: [],
  report: { max_chars: 6e4 }
});
var CONFIG_FILE_NAMES = [".scalene-ci.yml", ".scalene-ci.yaml"];
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function show(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? v.slice(0, 57) + "..." : v);
  if (v === null || v === void 0) return String(v);
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return String(v);
}
var ConfigReader = class {
  constructor(name) {
    this.name = name;
  }
  name;
  fail(key, what) {
    throw new UsageError(`${this.name}: ${key}: ${what}`);
  }
  keys(obj, key, allowed) {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) {
        const where = key ? `${key}.${k}` : k;
        this.fail(where, `unknown key (expected one of: ${allowed.join(", ")})`);
      }
    }
  }
  number(v, key, min, max = Infinity) {
    if (typeof v !== "number" || !Number.isFinite(v)) this.fail(key, `expected a number, got ${show(v)}`);
    if (v < min || v > max) {
      const range = max === Infinity ? `\u2265 ${min}` : `between ${min} and ${max}`;
      this.fail(key, `expected a number ${range}, got ${v}`);
    }
    return v;
  }
  bool(v, key) {
    if (typeof v !== "boolean") this.fail(key, `expected true or false, got ${show(v)}`);
    return v;
  }
  globs(v, key) {
    const list3 = typeof v === "string" ? [v] : v;
    if (!Array.isArray(list3)) this.fail(key, `expected a glob or a list of globs, got ${show(v)}`);
    return list3.map((g2, i2) => {
      if (typeof g2 !== "string" || g2.trim() === "") this.fail(`${key}[${i2}]`, `expected a non-empty glob, got ${show(g2)}`);
      try {
        globToRegExp(g2);
      } catch (e) {
        this.fail(`${key}[${i2}]`, `${e.message}: ${show(g2)}`);
      }
      return g2;
    });
  }
};
var KIND_KEYS = {
  cpu: { min_relative: [0, Infinity], min_absolute_s: [0, Infinity], min_share_points: [0, 1] },
  "new-hotspot": { min_share: [0, 1], max_base_share: [0, 1], min_absolute_s: [0, Infinity] },
  memory: { min_relative: [0, Infinity], min_absolute_bytes: [0, Infinity] },
  leak: { min_likelihood: [0, 1], min_velocity_bytes_per_s: [0, Infinity] },
  copy: { min_relative: [0, Infinity], min_absolute_bytes: [0, Infinity] },
  gpu: { min_relative: [0, Infinity], min_absolute_s: [0, Infinity], min_absolute_bytes: [0, Infinity] }
};
var KINDS = Object.keys(KIND_KEYS);
function readThresholds(r, v, key) {
  if (!isObject(v)) r.fail(key, `expected a mapping of kinds (${KINDS.join(", ")}), got ${show(v)}`);
  r.keys(v, key, KINDS);
  const out = {};
  for (const kind of KINDS) {
    const kv = v[kind];
    if (kv === void 0 || kv === null) continue;
    const kkey = `${key}.${kind}`;
    if (typeof kv === "boolean") {
      out[kind] = { enabled: kv };
      continue;
    }
    if (!isObject(kv)) r.fail(kkey, `expected a mapping or true/false, got ${show(kv)}`);
    const ranges = KIND_KEYS[kind];
    r.keys(kv, kkey, ["enabled", ...Object.keys(ranges)]);
    const t = {};
    for (const [k, val] of Object.entries(kv)) {
      if (k === "enabled") t[k] = r.bool(val, `${kkey}.${k}`);
      else t[k] = r.number(val, `${kkey}.${k}`, ranges[k][0], ranges[k][1]);
    }
    out[kind] = t;
  }
  return out;
}
function applyThresholds(base, over) {
  const out = { ...base };
  for (const kind of KINDS) {
    const o = over[kind];
    if (o) out[kind] = { ...base[kind], ...o };
  }
  return out;
}
function validateConfig(data2, name) {
  const r = new ConfigReader(name);
  if (data2 === null || data2 === void 0) return structuredClone(DEFAULT_CONFIG);
  if (!isObject(data2)) r.fail("(top level)", `expected a mapping, got ${show(data2)}`);
  r.keys(data2, "", ["alpha", "scope", "thresholds", "ignore", "overrides", "report"]);
  const cfg = structuredClone(DEFAULT_CONFIG);
  if (data2.alpha !== void 0) {
    cfg.alpha = r.number(data2.alpha, "alpha", 0, 1);
    if (cfg.alpha === 0) r.fail("alpha", "expected a number between 0 and 1 (exclusive of 0), got 0");
  }
  if (data2.scope !== void 0) {
    if (data2.scope !== "lines" && data2.scope !== "functions" && data2.scope !== "both") {
      r.fail("scope", `expected "lines", "functions" or "both", got ${show(data2.scope)}`);
    }
    cfg.scope = data2.scope;
  }
  if (data2.thresholds !== void 0 && data2.thresholds !== null) {
    cfg.thresholds = applyThresholds(cfg.thresholds, readThresholds(r, data2.thresholds, "thresholds"));
  }
  if (data2.ignore !== void 0 && data2.ignore !== null) cfg.ignore = r.globs(data2.ignore, "ignore");
  if (data2.overrides !== void 0 && data2.overrides !== null) {
    if (!Array.isArray(data2.overrides)) r.fail("overrides", `expected a list, got ${show(data2.overrides)}`);
    cfg.overrides = data2.overrides.map((o, i2) => {
      const key = `overrides[${i2}]`;
      if (!isObject(o)) r.fail(key, `expected a mapping with "paths" and "thresholds", got ${show(o)}`);
      r.keys(o, key, ["paths", "thresholds"]);
      if (o.paths === void 0) r.fail(`${key}.paths`, "missing (the globs this override applies to)");
      return {
        paths: r.globs(o.paths, `${key}.paths`),
        thresholds: o.thresholds === void 0 || o.thresholds === null ? {} : readThresholds(r, o.thresholds, `${key}.thresholds`)
      };
    });
  }
  if (data2.report !== void 0 && data2.report !== null) {
    if (!isObject(data2.report)) r.fail("report", `expected a mapping, got ${show(data2.report)}`);
    r.keys(data2.report, "report", ["max_chars"]);
    if (data2.report.max_chars !== void 0) {
      const n = r.number(data2.report.max_chars, "report.max_chars", 1e3, 1e7);
      if (!Number.isInteger(n)) r.fail("report.max_chars", `expected an integer, got ${n}`);
      cfg.report.max_chars = n;
    }
  }
  return cfg;
}
function parseConfig(text, name) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    const where = pos ? ` (line ${pos.line}, column ${pos.col})` : "";
    const msg = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UsageError(`${name}: not valid YAML${where}: ${msg}`);
  }
  return validateConfig(doc.toJS({ maxAliasCount: 100 }), name);
}
function loadConfig(path, cwd) {
  let file;
  if (path !== void 0) {
    file = isAbsolute4(path) ? path : join8(cwd, path);
    if (!existsSync6(file)) throw new UsageError(`--config ${path}: no such file`);
  } else {
    file = CONFIG_FILE_NAMES.map((n) => join8(cwd, n)).find((f) => existsSync6(f));
    if (file === void 0) return structuredClone(DEFAULT_CONFIG);
  }
  const shown = path ?? file.slice(cwd.length + 1);
  let text;
  try {
    if (statSync(file).size > 1024 * 1024) throw new UsageError(`${shown}: the configuration file is larger than 1 MB`);
    text = readFileSync7(file, "utf8");
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${shown}: cannot read the configuration file (${e.code ?? "error"})`);
  }
  return parseConfig(text, shown);
}
var globCache = /* @__PURE__ */ new Map();
function globToRegExp(glob, opts = {}) {
  const cacheKey = (opts.anchored ? "a:" : "m:") + glob;
  const cached = globCache.get(cacheKey);
  if (cached) return cached;
  let g2 = glob.replace(/\\/g, "/");
  if (g2.startsWith("./")) g2 = g2.slice(2);
  const trailingSlash = g2.endsWith("/");
  const anchored = opts.anchored === true || (trailingSlash ? g2.slice(0, -1) : g2).includes("/");
  if (trailingSlash) g2 += "**";
  let re = "";
  let braces = 0;
  for (let i2 = 0; i2 < g2.length; i2++) {
    const c = g2[i2];
    if (c === "*") {
      if (g2[i2 + 1] === "*") {
        const atStart = i2 === 0 || g2[i2 - 1] === "/";
        const atEnd = i2 + 2 === g2.length || g2[i2 + 2] === "/";
        if (atStart && atEnd) {
          if (i2 + 2 === g2.length) re += ".*";
          else {
            re += "(?:.*/)?";
            i2++;
          }
          i2++;
          continue;
        }
        re += "[^/]*";
        i2++;
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = g2.indexOf("]", i2 + 2);
      if (end < 0) throw new Error("unclosed [ in glob");
      let cls = g2.slice(i2 + 1, end);
      if (cls.startsWith("!")) cls = "^" + cls.slice(1);
      re += "[" + cls.replace(/\\/g, "\\\\") + "]";
      i2 = end;
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\\]{}]/g, "\\$&");
  }
  if (braces > 0) throw new Error("unclosed { in glob");
  const full = anchored ? `^${re}$` : `^(?:.*/)?${re}$`;
  const rx = new RegExp(full);
  globCache.set(cacheKey, rx);
  return rx;
}
function matchesGlob(path, glob) {
  return globToRegExp(glob).test(path.replace(/\\/g, "/").replace(/^\.\//, ""));
}
function matchesAny(path, globs) {
  return globs.some((g2) => matchesGlob(path, g2));
}
function thresholdsFor(config, path) {
  let t = config.thresholds;
  for (const o of config.overrides) if (matchesAny(path, o.paths)) t = applyThresholds(t, o.thresholds);
  return t;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array2) {
    const ret = [];
    for (let i2 = 0; i2 < array2.length; i2++) {
      if (array2[i2]) {
        ret.push(array2[i2]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars2) {
    return chars2.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i2) {
            const oldValue = oldTokens[oldPos + i2];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/compare/match.ts
function splitLines(source) {
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function enclosingFunction2(functions, line) {
  let best = null;
  for (const f of functions) {
    if (f.line <= line && line <= f.end_line) {
      if (best === null || f.end_line - f.line < best.end_line - best.line) best = f;
    }
  }
  return best;
}
function similarity(a, b) {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < x.length - 1; i2++) {
    const g2 = x.slice(i2, i2 + 2);
    grams.set(g2, (grams.get(g2) ?? 0) + 1);
  }
  let common = 0;
  for (let i2 = 0; i2 < y.length - 1; i2++) {
    const g2 = y.slice(i2, i2 + 2);
    const n = grams.get(g2) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g2, n - 1);
    }
  }
  return 2 * common / (x.length - 1 + (y.length - 1));
}
var EDIT_SIMILARITY = 0.5;
var MAX_EDIT_LENGTH = 5e3;
var ArrayMapping = class {
  constructor(method, b2h, h2b, changedHead) {
    this.method = method;
    this.b2h = b2h;
    this.h2b = h2b;
    this.changedHead = changedHead;
  }
  method;
  b2h;
  h2b;
  changedHead;
  toHead(baseLine) {
    const v = this.b2h[baseLine];
    return v === void 0 || v === 0 ? null : v;
  }
  toBase(headLine) {
    const v = this.h2b[headLine];
    return v === void 0 || v === 0 ? null : v;
  }
  changed(headLine) {
    return this.changedHead[headLine] === 1;
  }
  changedLines() {
    const out = [];
    for (let i2 = 1; i2 < this.changedHead.length; i2++) if (this.changedHead[i2] === 1) out.push(i2);
    return out;
  }
};
var IdentityMapping = class {
  constructor(method) {
    this.method = method;
  }
  method;
  toHead(baseLine) {
    return baseLine;
  }
  toBase(headLine) {
    return headLine;
  }
  changed() {
    return false;
  }
  changedLines() {
    return [];
  }
};
function mapLines(base, head) {
  if (base.source === null || head.source === null) return mapWithoutSources(base, head);
  if (base.source === head.source) return new IdentityMapping("identical");
  const a = splitLines(base.source);
  const b = splitLines(head.source);
  const b2h = new Int32Array(a.length + 2);
  const h2b = new Int32Array(b.length + 2);
  const changed = new Uint8Array(b.length + 2);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) {
    b2h[pre + 1] = pre + 1;
    h2b[pre + 1] = pre + 1;
    pre++;
  }
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) {
    b2h[a.length - suf] = b.length - suf;
    h2b[b.length - suf] = a.length - suf;
    suf++;
  }
  const aMid = a.slice(pre, a.length - suf);
  const bMid = b.slice(pre, b.length - suf);
  const changes = aMid.length === 0 || bMid.length === 0 ? void 0 : diffArrays(aMid, bMid, { maxEditLength: MAX_EDIT_LENGTH });
  const hunks = [];
  if (aMid.length === 0 || bMid.length === 0 || changes === void 0) {
    const removed = aMid.map((_, k) => pre + k);
    const added = bMid.map((_, k) => pre + k);
    for (const j of added) changed[j + 1] = 1;
    hunks.push({ removed, added });
  } else {
    let i2 = pre;
    let j = pre;
    let hunk = { removed: [], added: [] };
    for (const c of changes) {
      const n = c.count ?? c.value.length;
      if (c.removed) {
        for (let k = 0; k < n; k++) hunk.removed.push(i2++);
      } else if (c.added) {
        for (let k = 0; k < n; k++) {
          changed[j + 1] = 1;
          hunk.added.push(j++);
        }
      } else {
        if (hunk.removed.length > 0 || hunk.added.length > 0) hunks.push(hunk);
        hunk = { removed: [], added: [] };
        for (let k = 0; k < n; k++) {
          b2h[i2 + 1] = j + 1;
          h2b[j + 1] = i2 + 1;
          i2++;
          j++;
        }
      }
    }
    if (hunk.removed.length > 0 || hunk.added.length > 0) hunks.push(hunk);
  }
  matchMovedLines(a, b, base.functions, head.functions, b2h, h2b, changed);
  for (const h of hunks) {
    pairEdits(
      a,
      b,
      h.removed.filter((r) => b2h[r + 1] === 0),
      h.added.filter((x) => h2b[x + 1] === 0),
      b2h,
      h2b
    );
  }
  return new ArrayMapping("diff", b2h, h2b, changed);
}
function pairEdits(a, b, removed, added, b2h, h2b) {
  if (removed.length === 0 || added.length === 0) return;
  if (removed.length * added.length > 4e4) return;
  let from = 0;
  for (const r of removed) {
    let best = -1;
    let bestSim = EDIT_SIMILARITY;
    for (let k = from; k < added.length; k++) {
      const s = similarity(a[r], b[added[k]]);
      if (s > bestSim) {
        bestSim = s;
        best = k;
      }
    }
    if (best < 0 && removed.length === added.length) {
      const k = removed.indexOf(r);
      if (k >= from) best = k;
    }
    if (best >= 0) {
      b2h[r + 1] = added[best] + 1;
      h2b[added[best] + 1] = r + 1;
      from = best + 1;
    }
  }
}
function matchMovedLines(a, b, baseFns, headFns, b2h, h2b, changed) {
  for (const byFunction of [true, false]) {
    const candidates = /* @__PURE__ */ new Map();
    for (let j = 1; j <= b.length; j++) {
      if (h2b[j] !== 0) continue;
      const text = b[j - 1].trim();
      if (text === "") continue;
      const key = byFunction ? (enclosingFunction2(headFns, j)?.name ?? "") + "\0" + text : text;
      const list3 = candidates.get(key);
      if (list3) list3.push(j);
      else candidates.set(key, [j]);
    }
    if (candidates.size === 0) return;
    for (let i2 = 1; i2 <= a.length; i2++) {
      if (b2h[i2] !== 0) continue;
      const text = a[i2 - 1].trim();
      if (text === "") continue;
      const key = byFunction ? (enclosingFunction2(baseFns, i2)?.name ?? "") + "\0" + text : text;
      const list3 = candidates.get(key);
      if (!list3 || list3.length === 0) continue;
      const j = list3.shift();
      b2h[i2] = j;
      h2b[j] = i2;
      changed[j] = 0;
    }
  }
}
function mapWithoutSources(base, head) {
  const headByName = /* @__PURE__ */ new Map();
  for (const f of head.functions) if (!headByName.has(f.name)) headByName.set(f.name, f);
  const baseByName = /* @__PURE__ */ new Map();
  for (const f of base.functions) if (!baseByName.has(f.name)) baseByName.set(f.name, f);
  const usable = [...baseByName.keys()].some((n) => n !== "" && headByName.has(n));
  if (!usable) return new IdentityMapping("line-number");
  return {
    method: "function-offset",
    toHead(baseLine) {
      const f = enclosingFunction2(base.functions, baseLine);
      const g2 = f ? headByName.get(f.name) : void 0;
      if (!f || !g2) return baseLine;
      const line = g2.line + (baseLine - f.line);
      return line <= g2.end_line ? line : null;
    },
    toBase(headLine) {
      const g2 = enclosingFunction2(head.functions, headLine);
      const f = g2 ? baseByName.get(g2.name) : void 0;
      if (!f || !g2) return headLine;
      const line = f.line + (headLine - g2.line);
      return line <= f.end_line ? line : null;
    },
    changed: () => false,
    changedLines: () => []
  };
}
var RENAME_SIMILARITY = 0.5;
function contentSignature(info) {
  const sig = /* @__PURE__ */ new Set();
  if (info.source !== null) {
    for (const l of splitLines(info.source)) {
      const t = l.trim();
      if (t.length >= 4) sig.add(t);
    }
  } else {
    for (const f of info.functions) if (f.name !== "") sig.add("\0fn:" + f.name);
  }
  return sig;
}
function jaccard(x, y) {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const s of small) if (large.has(s)) common++;
  return common / (x.size + y.size - common);
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function matchFiles(base, head) {
  const pairs = [];
  const withoutSources = [];
  const onlyBase = [];
  const onlyHead = [];
  for (const path of Object.keys(base)) {
    if (Object.hasOwn(head, path)) pairs.push({ base: path, head: path, mapping: null });
    else onlyBase.push(path);
  }
  for (const path of Object.keys(head)) if (!Object.hasOwn(base, path)) onlyHead.push(path);
  const renamed = [];
  if (onlyBase.length > 0 && onlyHead.length > 0) {
    const all = onlyBase.length * onlyHead.length <= 1e4;
    const sigs = /* @__PURE__ */ new Map();
    const sig = (side, p, key) => {
      let s = sigs.get(key);
      if (!s) sigs.set(key, s = contentSignature(side[p]));
      return s;
    };
    const candidates = [];
    for (const b of onlyBase) {
      for (const h of onlyHead) {
        if (!all && baseName(b) !== baseName(h)) continue;
        const score2 = jaccard(sig(base, b, "b" + b), sig(head, h, "h" + h));
        if (score2 >= RENAME_SIMILARITY) candidates.push({ b, h, score: score2 });
      }
    }
    candidates.sort((x, y) => y.score - x.score || (baseName(x.b) === baseName(x.h) ? -1 : 1));
    const usedB = /* @__PURE__ */ new Set();
    const usedH = /* @__PURE__ */ new Set();
    for (const c of candidates) {
      if (usedB.has(c.b) || usedH.has(c.h)) continue;
      usedB.add(c.b);
      usedH.add(c.h);
      renamed.push({ base: c.b, head: c.h });
      pairs.push({ base: c.b, head: c.h, mapping: null });
    }
  }
  const renamedB = new Set(renamed.map((r) => r.base));
  const renamedH = new Set(renamed.map((r) => r.head));
  const removed = onlyBase.filter((p) => !renamedB.has(p));
  const added = onlyHead.filter((p) => !renamedH.has(p));
  for (const p of removed) pairs.push({ base: p, head: null, mapping: null });
  for (const p of added) pairs.push({ base: null, head: p, mapping: null });
  for (const pair of pairs) {
    if (pair.base === null || pair.head === null) continue;
    pair.mapping = mapLines(base[pair.base], head[pair.head]);
    if (pair.mapping.method === "function-offset" || pair.mapping.method === "line-number") withoutSources.push(pair.head);
  }
  return { pairs, renamed, added, removed, withoutSources };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i2 = 1; i2 < x.length; i2++) {
    if (typeof x[i2] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i2];
    if (Math.abs(sum2) >= Math.abs(x[i2])) {
      correction += sum2 - transition + x[i2];
    } else {
      correction += x[i2] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i2;
  if (n === 2) {
    for (i2 = 0; i2 < x.length; i2++) {
      tempValue = x[i2] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i2 = 0; i2 < x.length; i2++) {
      sum2 += Math.pow(x[i2] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var COEFFICIENTS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
function gammaln(n) {
  if (n <= 0) {
    return Number.POSITIVE_INFINITY;
  }
  n--;
  var a = COEFFICIENTS[0];
  for (var i2 = 1; i2 < 15; i2++) {
    a += COEFFICIENTS[i2] / (n + i2);
  }
  var tmp = g + 0.5 + n;
  return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i2 = 1; i2 < 30; i2++) {
    tmp *= z2 * z2 / (2 * i2 + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i2 = 0; i2 < this.weights.length; i2++) {
    score2 += this.weights[i2] * features[i2];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i2 = 0; i2 < this.weights.length; i2++) {
      this.weights[i2] += gradient * features[i2];
    }
    this.bias += gradient;
  }
  return this;
};

// src/compare/stats.ts
function incompleteBeta(x, a, b) {
  if (!(a > 0 && b > 0)) throw new RangeError("incompleteBeta: a and b must be positive");
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(lnFront) / a;
  const TINY = 1e-300;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let i2 = 0; i2 <= 400; i2++) {
    const m = i2 >> 1;
    let num2;
    if (i2 === 0) num2 = 1;
    else if (i2 % 2 === 0) num2 = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
    else num2 = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num2 * d;
    if (Math.abs(d) < TINY) d = TINY;
    d = 1 / d;
    c = 1 + num2 / c;
    if (Math.abs(c) < TINY) c = TINY;
    const cd = c * d;
    f *= cd;
    if (Math.abs(1 - cd) < 1e-12) break;
  }
  return front * (f - 1);
}
function studentTUpper(t, df) {
  if (Number.isNaN(t)) return 1;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}
function binomialUpper(k, n, p) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return incompleteBeta(p, k, n - k + 1);
}
function binomialLower(k, n, p) {
  if (k >= n) return 1;
  if (k < 0) return 0;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  return 1 - incompleteBeta(p, k + 1, n - k);
}
function binomialShareTest(kBase, nBase, kHead, nHead) {
  const n = kBase + kHead;
  if (n <= 0 || nBase <= 0 || nHead <= 0) return { p: 1, test: "binomial" };
  const p0 = nHead / (nBase + nHead);
  const upper = binomialUpper(kHead, n, p0);
  const lower = binomialLower(kHead, n, p0);
  return { p: Math.min(1, 2 * Math.min(upper, lower)), test: "binomial" };
}
function welchTest(base, head) {
  const nb = base.length;
  const nh = head.length;
  if (nb === 0 || nh === 0 || nb < 2 && nh < 2) return null;
  const mb = mean(base);
  const mh = mean(head);
  const vb = nb >= 2 ? sampleVariance(base) : 0;
  const vh = nh >= 2 ? sampleVariance(head) : 0;
  let se2;
  let df;
  if (nb >= 2 && nh >= 2) {
    se2 = vb / nb + vh / nh;
    df = se2 === 0 ? 1 : se2 * se2 / ((vb / nb) ** 2 / (nb - 1) + (vh / nh) ** 2 / (nh - 1));
  } else if (nb >= 2) {
    se2 = vb * (1 + 1 / nb);
    df = nb - 1;
  } else {
    se2 = vh * (1 + 1 / nh);
    df = nh - 1;
  }
  if (se2 === 0) {
    return { p: mb === mh ? 1 : 0, test: "welch-t" };
  }
  const t = (mh - mb) / Math.sqrt(se2);
  const oneSided = studentTUpper(Math.abs(t), df);
  return { p: Math.min(1, 2 * oneSided), test: "welch-t" };
}
function benjaminiHochberg(pValues) {
  const m = pValues.length;
  const order = Array.from({ length: m }, (_, i2) => i2).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i2 = order[r];
    running = Math.min(running, pValues[i2] * m / (r + 1));
    adjusted[i2] = running;
  }
  return adjusted;
}

// src/compare/format.ts
function formatSeconds(s) {
  const a = Math.abs(s);
  if (a === 0) return "0 s";
  if (a < 1e-3) return `${(s * 1e6).toFixed(0)} \xB5s`;
  if (a < 1) return `${(s * 1e3).toFixed(a < 0.01 ? 2 : 1)} ms`;
  if (a < 100) return `${s.toFixed(2)} s`;
  return `${s.toFixed(0)} s`;
}
function formatBytes(b) {
  const a = Math.abs(b);
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let u = 0;
  let v = a;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const sign = b < 0 ? "-" : "";
  return `${sign}${u === 0 ? v.toFixed(0) : v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}
function formatPercent(f) {
  const p = f * 100;
  const a = Math.abs(p);
  return `${a !== 0 && a < 0.1 ? p.toFixed(2) : p.toFixed(1)} %`;
}
function formatSigned(text, value) {
  return value > 0 ? "+" + text : text;
}
function formatPValue(p) {
  if (p === null) return "\u2013";
  if (p < 1e-4) return "< 0.0001";
  return p.toPrecision(2);
}
var CATEGORY_LABEL = {
  js: "JS",
  native: "native",
  system: "system",
  gc: "GC",
  total: "total"
};
var KIND_LABEL = {
  "new-hotspot": "New hotspots",
  cpu: "CPU regressions",
  memory: "Memory growth",
  leak: "Likely leaks",
  copy: "Copy volume increases",
  gpu: "GPU regressions"
};
function formatMetric(f, value) {
  switch (f.metric) {
    case "cpu_js_s":
    case "cpu_native_s":
    case "system_s":
    case "gc_s":
    case "total_s":
    case "gpu_s":
      return formatSeconds(value);
    case "leak_likelihood":
      return formatPercent(value);
    default:
      return formatBytes(value);
  }
}
function metricValue(f, side) {
  const s = f[side];
  switch (f.metric) {
    case "leak_likelihood":
      return s.leak_likelihood ?? 0;
    case "total_s":
      return s.total_s;
    default:
      return s[f.metric] ?? 0;
  }
}

// src/compare/types.ts
var DIFF_SCHEMA = "scalene-ci/diff@1";
var FINDING_KINDS = ["new-hotspot", "cpu", "memory", "leak", "copy", "gpu"];

// src/compare/index.ts
var CATS = ["js", "native", "system", "gc"];
var M = {
  js: 0,
  native: 1,
  system: 2,
  gc: 3,
  samples: 4,
  alloc: 5,
  peak: 6,
  net: 7,
  copy: 8,
  gpu: 9,
  gpuUtil: 10,
  gpuMem: 11,
  leak: 12,
  leakVelocity: 13,
  /** Off-CPU seconds as profiled; `system` holds the part beyond the runner's contention. */
  rawSystem: 14
};
var NM = 15;
var CAT_INDEX = { js: M.js, native: M.native, system: M.system, gc: M.gc };
var CAT_METRIC = { js: "cpu_js_s", native: "cpu_native_s", system: "system_s", gc: "gc_s" };
var HAS_MEMORY = 1;
var HAS_COPY = 2;
var HAS_GPU = 4;
var HAS_LEAK = 8;
function perRunValue(m, perRun, key, j) {
  const arr = perRun?.[key];
  if (arr && j < arr.length) return arr[j];
  return m[key];
}
function fillEntry(e, m, perRun, R, offset2, runs) {
  const v = e.vals;
  for (let j = 0; j < runs; j++) {
    const at2 = offset2 + j;
    v[M.js * R + at2] = perRunValue(m, perRun, "cpu_js_s", j) ?? 0;
    v[M.native * R + at2] = perRunValue(m, perRun, "cpu_native_s", j) ?? 0;
    v[M.system * R + at2] = perRunValue(m, perRun, "system_s", j) ?? 0;
    v[M.rawSystem * R + at2] = v[M.system * R + at2];
    v[M.gc * R + at2] = perRunValue(m, perRun, "gc_s", j) ?? 0;
    v[M.samples * R + at2] = perRunValue(m, perRun, "samples", j) ?? 0;
    const aj = perRunValue(m, perRun, "alloc_js_bytes", j);
    const an = perRunValue(m, perRun, "alloc_native_bytes", j);
    if (aj !== void 0 || an !== void 0) {
      e.flags |= HAS_MEMORY;
      v[M.alloc * R + at2] = (aj ?? 0) + (an ?? 0);
    }
    const peak = perRunValue(m, perRun, "peak_bytes", j);
    if (peak !== void 0) {
      e.flags |= HAS_MEMORY;
      v[M.peak * R + at2] = peak;
    }
    const net = perRunValue(m, perRun, "net_bytes", j);
    if (net !== void 0) v[M.net * R + at2] = net;
    const copy = perRunValue(m, perRun, "copy_bytes", j);
    if (copy !== void 0) {
      e.flags |= HAS_COPY;
      v[M.copy * R + at2] = copy;
    }
    const gpu = perRunValue(m, perRun, "gpu_s", j);
    if (gpu !== void 0) {
      e.flags |= HAS_GPU;
      v[M.gpu * R + at2] = gpu;
    }
    const util = perRunValue(m, perRun, "gpu_util", j);
    if (util !== void 0) v[M.gpuUtil * R + at2] = util;
    const gmem = perRunValue(m, perRun, "gpu_mem_peak_bytes", j);
    if (gmem !== void 0) {
      e.flags |= HAS_GPU;
      v[M.gpuMem * R + at2] = gmem;
    }
    if (m.leak) {
      e.flags |= HAS_LEAK;
      v[M.leak * R + at2] = m.leak.likelihood;
      v[M.leakVelocity * R + at2] = m.leak.velocity_bytes_per_s;
    }
  }
}
function newEntry(R) {
  return { vals: new Float64Array(NM * R), flags: 0, callees: void 0 };
}
function buildSide(name, profiles) {
  if (profiles.length === 0) throw new InputError(`no ${name} profiles to compare`);
  const R = profiles.reduce((n, p) => n + p.meta.runs, 0);
  const files = /* @__PURE__ */ new Map();
  const totals = newEntry(R);
  let offset2 = 0;
  let flags = HAS_MEMORY | HAS_COPY | HAS_GPU | HAS_LEAK;
  for (const p of profiles) {
    const runs = p.meta.runs;
    fillEntry(totals, p.totals, p.totals.per_run, R, offset2, runs);
    if (p.meta.mode !== "full") flags &= ~(HAS_MEMORY | HAS_COPY | HAS_LEAK);
    if (p.meta.missing.includes("memory")) flags &= ~(HAS_MEMORY | HAS_LEAK);
    if (p.meta.missing.includes("copy")) flags &= ~HAS_COPY;
    if (p.meta.gpu === null || p.meta.missing.includes("gpu")) flags &= ~HAS_GPU;
    for (const [path, f] of Object.entries(p.files)) {
      let sf = files.get(path);
      if (!sf) {
        sf = { info: { source: f.source, functions: [] }, lines: /* @__PURE__ */ new Map(), functions: [], sourceLines: void 0 };
        files.set(path, sf);
      } else if (sf.info.source === null && f.source !== null) {
        sf.info = { ...sf.info, source: f.source };
      }
      for (const l of f.lines) {
        let e = sf.lines.get(l.line);
        if (!e) sf.lines.set(l.line, e = newEntry(R));
        fillEntry(e, l, l.per_run, R, offset2, runs);
        if (l.callee_lines && l.callee_lines.length > 0) {
          e.callees = e.callees ? [.../* @__PURE__ */ new Set([...e.callees, ...l.callee_lines])] : [...l.callee_lines];
        }
      }
      for (const fn of f.functions) {
        let e = sf.functions.find((g2) => g2.name === fn.name && g2.line === fn.line);
        if (!e) {
          e = { ...newEntry(R), name: fn.name, line: fn.line, end_line: fn.end_line };
          sf.functions.push(e);
        }
        fillEntry(e, fn, fn.per_run, R, offset2, runs);
      }
    }
    offset2 += runs;
  }
  for (const sf of files.values()) sf.info = { source: sf.info.source, functions: sf.functions };
  removeContention(files, R);
  const totalS = new Float64Array(R);
  let sumS = 0;
  let samples = 0;
  for (let r = 0; r < R; r++) {
    for (const c of CATS) totalS[r] += totals.vals[CAT_INDEX[c] * R + r];
    sumS += totalS[r];
    samples += totals.vals[M.samples * R + r];
  }
  const intervalMs = profiles[0].meta.sampling_interval_ms;
  const rate = intervalMs > 0 ? 1e3 / intervalMs : samples > 0 && sumS > 0 ? samples / sumS : 1e3;
  return { name, R, profiles, files, totals, totalS, totalMeanS: sumS / R, rate, flags };
}
var CONTENTION_QUANTILE = 0.9;
function removeContention(files, R) {
  const entries = [];
  for (const sf of files.values()) for (const e of sf.lines.values()) entries.push(e);
  for (let r = 0; r < R; r++) {
    const ratios = [];
    const weights = [];
    for (const e of entries) {
      const cpu = e.vals[M.js * R + r] + e.vals[M.native * R + r] + e.vals[M.gc * R + r];
      if (cpu <= 0) continue;
      ratios.push(e.vals[M.rawSystem * R + r] / cpu);
      weights.push(cpu);
    }
    const kappa = weightedQuantile(ratios, weights, CONTENTION_QUANTILE) ?? 0;
    if (kappa <= 0) continue;
    const adjust = (e) => {
      const cpu = e.vals[M.js * R + r] + e.vals[M.native * R + r] + e.vals[M.gc * R + r];
      e.vals[M.system * R + r] = Math.max(0, e.vals[M.rawSystem * R + r] - kappa * cpu);
    };
    entries.forEach(adjust);
    for (const sf of files.values()) sf.functions.forEach(adjust);
  }
}
function meanOf(e, k, R) {
  if (!e) return 0;
  let s = 0;
  for (let r = 0; r < R; r++) s += e.vals[k * R + r];
  return s / R;
}
function runsOf(e, k, R) {
  const out = new Array(R);
  for (let r = 0; r < R; r++) out[r] = e ? e.vals[k * R + r] : 0;
  return out;
}
function totalMean(e, R) {
  return meanOf(e, M.js, R) + meanOf(e, M.native, R) + meanOf(e, M.system, R) + meanOf(e, M.gc, R);
}
function rawTotalMean(e, R) {
  return meanOf(e, M.js, R) + meanOf(e, M.native, R) + meanOf(e, M.rawSystem, R) + meanOf(e, M.gc, R);
}
var ALL_CATS = CATS.map((c) => CAT_INDEX[c]);
var RAW_CATS = [M.js, M.native, M.rawSystem, M.gc];
var OUTLIER_Z = 4;
var MAX_RUNNER_RATIO = 2;
function weightedQuantile(values, weights, q) {
  const order = values.map((_, i2) => i2).filter((i2) => weights[i2] > 0).sort((x, y) => values[x] - values[y]);
  const total = order.reduce((s, i2) => s + weights[i2], 0);
  if (total <= 0) return null;
  let acc = 0;
  for (const i2 of order) {
    acc += weights[i2];
    if (acc >= total * q) return values[i2];
  }
  return values[order[order.length - 1]];
}
function weightedMedian(values, weights) {
  return weightedQuantile(values, weights, 0.5);
}
function referenceScale(base, head, items) {
  const both = items.filter((i2) => i2.scope === "line" && i2.eb !== null && i2.eh !== null);
  const tb = both.map((i2) => totalMean(i2.eb, base.R));
  const th = both.map((i2) => totalMean(i2.eh, head.R));
  const weightAll = tb.reduce((a, b) => a + b, 0);
  const ratioOf = (k) => {
    let sb = 0;
    let sh = 0;
    k.forEach((on, i2) => {
      if (on) {
        sb += tb[i2];
        sh += th[i2];
      }
    });
    return sb > 0 && sh > 0 ? sh / sb : null;
  };
  const consistent = (ratio2) => {
    const p0 = ratio2 * head.R * head.rate / (base.R * base.rate + ratio2 * head.R * head.rate);
    return both.map((_, i2) => {
      const kb = eventCount(base, both[i2].eb, ALL_CATS);
      const kh = eventCount(head, both[i2].eh, ALL_CATS);
      const n = kb + kh;
      const z2 = (kh - n * p0) / Math.sqrt(Math.max(n * p0 * (1 - p0), 1e-9));
      return Math.abs(z2) <= OUTLIER_Z;
    });
  };
  const weightOf = (k) => k.reduce((w, on, i2) => w + (on ? tb[i2] : 0), 0);
  const median = weightedMedian(
    tb.map((b, i2) => b > 0 ? th[i2] / b : 0),
    tb
  );
  let ratio = 1;
  const sameRunner = weightOf(consistent(1));
  const plausible = median !== null && median >= 1 / MAX_RUNNER_RATIO && median <= MAX_RUNNER_RATIO;
  if (sameRunner < 0.5 * weightAll && plausible && weightOf(consistent(median)) > 2 * sameRunner) ratio = median;
  if (both.length === 0) ratio = null;
  let keep = both.map(() => true);
  for (let iter = 0; iter < 4 && ratio !== null && ratio > 0; iter++) {
    const next = consistent(ratio);
    if (weightOf(next) < 0.3 * weightAll) break;
    const r = ratioOf(next);
    if (r === null) break;
    const stable = next.every((on, i2) => on === keep[i2]);
    keep = next;
    ratio = r;
    if (stable) break;
  }
  if (ratio === null || !(ratio > 0)) {
    return { ratio: base.totalMeanS > 0 && head.totalMeanS > 0 ? head.totalMeanS / base.totalMeanS : 1, refBase: base.totalS, refHead: head.totalS };
  }
  if (keep.every((on) => !on) || ratioOf(keep) === null) keep = both.map(() => true);
  const refBase = new Float64Array(base.R);
  const refHead = new Float64Array(head.R);
  both.forEach((item, i2) => {
    if (!keep[i2]) return;
    for (const k of ALL_CATS) {
      for (let r = 0; r < base.R; r++) refBase[r] += item.eb.vals[k * base.R + r];
      for (let r = 0; r < head.R; r++) refHead[r] += item.eh.vals[k * head.R + r];
    }
  });
  return { ratio, refBase, refHead };
}
function perRunShares(e, ks, R, denominators) {
  const out = new Array(R);
  for (let r = 0; r < R; r++) {
    let v = 0;
    if (e) for (const k of ks) v += e.vals[k * R + r];
    out[r] = denominators[r] > 0 ? v / denominators[r] : 0;
  }
  return out;
}
var CLUMP_RATE_PER_S = 100;
var WAIT_RATE_PER_S = 200;
function eventCount(side, e, ks) {
  if (!e) return 0;
  const R = side.R;
  const rate = side.rate;
  let k = 0;
  for (const m of ks) {
    const s = meanOf(e, m, R) * R;
    if (s <= 0) continue;
    if (m === M.js || m === M.native) k += s * rate;
    else if (m === M.gc) k += s * Math.min(rate, CLUMP_RATE_PER_S);
    else if (m === M.system) {
      const samples = meanOf(e, M.samples, R) * R;
      const onCpu = (meanOf(e, M.js, R) + meanOf(e, M.native, R) + meanOf(e, M.gc, R)) * R * rate;
      const events = samples > 0 ? Math.max(0, samples - onCpu) : Infinity;
      k += Math.min(events, s * Math.min(rate, WAIT_RATE_PER_S));
    }
  }
  return k;
}
function testTime(base, head, scale, eb, eh, ks) {
  if (base.R >= 2 && head.R >= 2) {
    const rel2 = welchTest(perRunShares(eb, ks, base.R, scale.refBase), perRunShares(eh, ks, head.R, scale.refHead));
    const abs2 = welchTest(perRunShares(eb, ks, base.R, new Float64Array(base.R).fill(1)), perRunShares(eh, ks, head.R, new Float64Array(head.R).fill(1)));
    if (rel2 && abs2) return { p: Math.max(rel2.p, abs2.p), test: "welch-t" };
  }
  const kb = eventCount(base, eb, ks);
  const kh = eventCount(head, eh, ks);
  const rel = binomialShareTest(kb, base.R * base.rate, kh, head.R * head.rate * scale.ratio);
  const abs = binomialShareTest(kb, base.R * base.rate, kh, head.R * head.rate);
  return { p: Math.max(rel.p, abs.p), test: "binomial" };
}
function testAbsolute(base, head, eb, eh, k) {
  if (base.R < 2 || head.R < 2) return null;
  return welchTest(runsOf(eb, k, base.R), runsOf(eh, k, head.R));
}
var ALLOC_SAMPLE_BYTES = 1048571;
var COPY_SAMPLE_BYTES = 7340009;
function testBytes(base, head, eb, eh, k, sampleBytes) {
  const b = meanOf(eb, k, base.R);
  const h = meanOf(eh, k, head.R);
  if (b <= 0 && h <= 0) return null;
  if (base.R >= 2 && head.R >= 2) return testAbsolute(base, head, eb, eh, k);
  return binomialShareTest(b * base.R / sampleBytes, base.R, h * head.R / sampleBytes, head.R);
}
function share(side, e, ks) {
  if (side.totalMeanS <= 0) return 0;
  let v = 0;
  for (const k of ks) v += meanOf(e, k === M.system ? M.rawSystem : k, side.R);
  return v / side.totalMeanS;
}
function snapshot(side, e, shareKs, mainK) {
  const R = side.R;
  const s = {
    present: e !== null,
    cpu_js_s: meanOf(e, M.js, R),
    cpu_native_s: meanOf(e, M.native, R),
    system_s: meanOf(e, M.rawSystem, R),
    gc_s: meanOf(e, M.gc, R),
    total_s: rawTotalMean(e, R),
    share: share(side, e, shareKs),
    samples: meanOf(e, M.samples, R),
    runs: R
  };
  if (R >= 2 && mainK) {
    const per = new Array(R).fill(0);
    for (const k of mainK) runsOf(e, k, R).forEach((v, i2) => per[i2] += v);
    s.per_run = per;
  }
  if (e && e.flags & HAS_MEMORY) {
    s.alloc_bytes = meanOf(e, M.alloc, R);
    s.peak_bytes = meanOf(e, M.peak, R);
    s.net_bytes = meanOf(e, M.net, R);
  }
  if (e && e.flags & HAS_COPY) s.copy_bytes = meanOf(e, M.copy, R);
  if (e && e.flags & HAS_LEAK) {
    s.leak_likelihood = meanOf(e, M.leak, R);
    s.leak_velocity_bytes_per_s = meanOf(e, M.leakVelocity, R);
  }
  if (e && e.flags & HAS_GPU) {
    s.gpu_s = meanOf(e, M.gpu, R);
    s.gpu_util = meanOf(e, M.gpuUtil, R);
    s.gpu_mem_peak_bytes = meanOf(e, M.gpuMem, R);
  }
  return s;
}
function sourceLine(sf, line) {
  if (!sf || line === null || sf.info.source === null) return null;
  if (sf.sourceLines === void 0) sf.sourceLines = splitLines(sf.info.source);
  return sf.sourceLines?.[line - 1] ?? null;
}
function changedInHead(item) {
  if (item.headLine === null || item.pair.head === null) return false;
  if (item.pair.base === null) return true;
  const mapping = item.pair.mapping;
  if (item.scope === "function") {
    const fn = item.fn;
    if (fn.location !== "head") return false;
    for (let l = fn.line; l <= fn.end_line; l++) if (mapping.changed(l)) return true;
    return item.eb === null && mapping.toBase(fn.line) === null;
  }
  if (mapping.changed(item.headLine)) return true;
  return (item.eh?.callees ?? []).some((l) => mapping.changed(l));
}
function makeFinding(ctx, item, kind, improvement, category, metric, shareKs, mainK, test, message) {
  const { base, head } = ctx;
  const b = snapshot(base, item.eb, shareKs, mainK);
  const h = snapshot(head, item.eh, shareKs, mainK);
  const bv = mainK.reduce((s, k) => s + meanOf(item.eb, k, base.R), 0);
  const hv = mainK.reduce((s, k) => s + meanOf(item.eh, k, head.R), 0);
  const location2 = item.headLine !== null ? "head" : "base";
  const file = location2 === "head" ? item.pair.head : item.pair.base;
  const line = item.scope === "function" ? item.fn.line : location2 === "head" ? item.headLine : item.baseLine;
  const sideFile = location2 === "head" ? item.headFile : item.baseFile;
  let fnName;
  if (item.scope === "function") fnName = item.fn.name;
  else fnName = sideFile ? enclosingFunction2(sideFile.functions, line)?.name ?? null : null;
  const f = {
    kind,
    scope: item.scope,
    category,
    metric,
    file,
    line,
    location: location2,
    base_file: item.pair.base,
    base_line: item.eb ? item.baseLine : item.scope === "line" ? item.baseLine : null,
    function: fnName === "" ? null : fnName,
    source_line: sourceLine(sideFile, line),
    base: b,
    head: h,
    delta: hv - bv,
    relative_delta: bv !== 0 ? (hv - bv) / bv : null,
    share_delta: kind === "cpu" || kind === "new-hotspot" ? h.share - b.share : 0,
    p_value: test.q,
    p_value_raw: test.raw,
    test: test.kind,
    changed_in_head: changedInHead(item),
    improvement,
    message
  };
  if (item.scope === "function") f.end_line = item.fn.end_line;
  return f;
}
function clears(b, h, minRelative, minAbsolute, improvement) {
  const d = improvement ? b - h : h - b;
  if (d <= 0 || d < minAbsolute) return false;
  if (improvement) return b > 0 && d / b >= minRelative;
  return b === 0 || d / b >= minRelative;
}
function cpuMessage(cat, b, h, bAbs, hAbs, improvement) {
  const label = cat === "total" ? "Time" : `${CATEGORY_LABEL[cat]} time`;
  const verb = improvement ? "fell" : "rose";
  return `${label} ${verb} from ${formatSeconds(bAbs)} (${formatPercent(b.share)} of total) to ${formatSeconds(hAbs)} (${formatPercent(h.share)} of total).`;
}
function cpuFindings(ctx, item, tests) {
  const { base, head, config } = ctx;
  const out = [];
  const alpha = config.alpha;
  const tc = item.thresholds.cpu;
  const th = item.thresholds["new-hotspot"];
  const totalTest = tests.find((t) => t.what === "total");
  if (totalTest && th.enabled && totalTest.q < alpha) {
    const sb = share(base, item.eb, ALL_CATS);
    const sh = share(head, item.eh, ALL_CATS);
    const ab = totalMean(item.eb, base.R);
    const ah = totalMean(item.eh, head.R);
    if (sh > sb && sb <= th.max_base_share && sh >= th.min_share && ah - ab >= th.min_absolute_s && ah / ctx.scale.ratio - ab >= th.min_absolute_s) {
      const was = item.eb ? `was ${formatSeconds(rawTotalMean(item.eb, base.R))} (${formatPercent(sb)})` : "not in base";
      const msg = `New hotspot: ${formatSeconds(rawTotalMean(item.eh, head.R))} (${formatPercent(sh)} of total time); ${was}.`;
      out.push(makeFinding(ctx, item, "new-hotspot", false, "total", "total_s", RAW_CATS, RAW_CATS, { raw: totalTest.result.p, q: totalTest.q, kind: totalTest.result.test }, msg));
      return out;
    }
  }
  if (!tc.enabled) return out;
  const baseTotal = base.totalMeanS;
  for (const improvement of [false, true]) {
    let best = null;
    for (const t of tests) {
      if (t.q >= alpha || t.what === "total" || !CATS.includes(t.what)) continue;
      const cat = t.what;
      const k = CAT_INDEX[cat];
      const ab = meanOf(item.eb, k, base.R);
      const ah = meanOf(item.eh, k, head.R);
      const ahNorm = ah / ctx.scale.ratio;
      const excess = improvement ? ab - ahNorm : ahNorm - ab;
      if (!clears(ab, ah, tc.min_relative, tc.min_absolute_s, improvement)) continue;
      if (!clears(ab, ahNorm, tc.min_relative, tc.min_absolute_s, improvement)) continue;
      if (baseTotal <= 0 || excess / baseTotal < tc.min_share_points) continue;
      if (!best || excess > best.d) best = { t, cat, d: excess };
    }
    if (best) {
      const k = [best.cat === "system" ? M.rawSystem : CAT_INDEX[best.cat]];
      const b = snapshot(base, item.eb, k, null);
      const h = snapshot(head, item.eh, k, null);
      const msg = cpuMessage(best.cat, b, h, meanOf(item.eb, k[0], base.R), meanOf(item.eh, k[0], head.R), improvement);
      out.push(makeFinding(ctx, item, "cpu", improvement, best.cat, CAT_METRIC[best.cat], k, k, { raw: best.t.result.p, q: best.t.q, kind: best.t.result.test }, msg));
    }
  }
  return out;
}
function bytesFindings(ctx, item, tests) {
  const { base, head, config } = ctx;
  const out = [];
  const both = (flag) => (base.flags & flag) !== 0 && (head.flags & flag) !== 0;
  const significant = (what) => {
    const t = tests.find((x) => x.what === what);
    if (!t) return { raw: null, q: null, kind: "threshold" };
    return t.q < config.alpha ? { raw: t.result.p, q: t.q, kind: t.result.test } : null;
  };
  const R = { b: base.R, h: head.R };
  if (both(HAS_MEMORY) && item.thresholds.memory.enabled) {
    const t = item.thresholds.memory;
    for (const improvement of [false, true]) {
      for (const [what, k, metric, label] of [
        ["alloc", M.alloc, "alloc_bytes", "Allocations"],
        ["peak", M.peak, "peak_bytes", "Peak memory"]
      ]) {
        const b = meanOf(item.eb, k, R.b);
        const h = meanOf(item.eh, k, R.h);
        if (!clears(b, h, t.min_relative, t.min_absolute_bytes, improvement)) continue;
        const sig = significant(what);
        if (!sig) continue;
        const msg = `${label} ${improvement ? "fell" : "rose"} from ${formatBytes(b)} to ${formatBytes(h)}.`;
        out.push(makeFinding(ctx, item, "memory", improvement, null, metric, ALL_CATS, [k], sig, msg));
        break;
      }
    }
  }
  if (both(HAS_LEAK) && item.thresholds.leak.enabled) {
    const t = item.thresholds.leak;
    const likely = (e, R2) => e !== null && (e.flags & HAS_LEAK) !== 0 && meanOf(e, M.leak, R2) >= t.min_likelihood && meanOf(e, M.leakVelocity, R2) >= t.min_velocity_bytes_per_s;
    const inBase = likely(item.eb, R.b);
    const inHead = likely(item.eh, R.h);
    if (inBase !== inHead) {
      const improvement = inBase;
      const e = improvement ? item.eb : item.eh;
      const RR = improvement ? R.b : R.h;
      const msg = improvement ? `No longer a likely leak (was ${formatPercent(meanOf(e, M.leak, RR))} likely, ${formatBytes(meanOf(e, M.leakVelocity, RR))}/s).` : `Likely leak: ${formatPercent(meanOf(e, M.leak, RR))} likelihood, growing ${formatBytes(meanOf(e, M.leakVelocity, RR))}/s.`;
      out.push(makeFinding(ctx, item, "leak", improvement, null, "leak_likelihood", ALL_CATS, [M.leak], { raw: null, q: null, kind: "threshold" }, msg));
    }
  }
  if (both(HAS_COPY) && item.thresholds.copy.enabled) {
    const t = item.thresholds.copy;
    for (const improvement of [false, true]) {
      const b = meanOf(item.eb, M.copy, R.b);
      const h = meanOf(item.eh, M.copy, R.h);
      if (!clears(b, h, t.min_relative, t.min_absolute_bytes, improvement)) continue;
      const sig = significant("copy");
      if (!sig) continue;
      const msg = `Copy volume ${improvement ? "fell" : "rose"} from ${formatBytes(b)} to ${formatBytes(h)}.`;
      out.push(makeFinding(ctx, item, "copy", improvement, null, "copy_bytes", ALL_CATS, [M.copy], sig, msg));
    }
  }
  if (both(HAS_GPU) && item.thresholds.gpu.enabled) {
    const t = item.thresholds.gpu;
    for (const improvement of [false, true]) {
      const candidates = [
        ["gpu", M.gpu, "gpu_s", t.min_absolute_s, "GPU time", formatSeconds],
        ["gpuMem", M.gpuMem, "gpu_mem_peak_bytes", t.min_absolute_bytes, "GPU memory peak", formatBytes]
      ];
      for (const [what, k, metric, floor, label, fmt] of candidates) {
        const b = meanOf(item.eb, k, R.b);
        const h = meanOf(item.eh, k, R.h);
        if (!clears(b, h, t.min_relative, floor, improvement)) continue;
        const sig = significant(what);
        if (!sig) continue;
        const msg = `${label} ${improvement ? "fell" : "rose"} from ${fmt(b)} to ${fmt(h)}.`;
        out.push(makeFinding(ctx, item, "gpu", improvement, null, metric, ALL_CATS, [k], sig, msg));
        break;
      }
    }
  }
  return out;
}
function sideInfo(side) {
  const m = side.profiles[0].meta;
  return {
    runs: side.R,
    profiles: side.profiles.length,
    tool_version: m.tool_version,
    node_version: m.node_version,
    cpu_model: m.cpu_model,
    platform: `${m.platform}-${m.arch}`,
    git_sha: m.git_sha,
    mode: side.profiles.every((p) => p.meta.mode === "full") ? "full" : "cpu",
    command: m.command
  };
}
function distinct2(values) {
  return [...new Set(values)];
}
function collectWarnings(base, head, noSources) {
  const w = [];
  const all = [...base.profiles, ...head.profiles];
  const env = (label, get) => {
    const b = distinct2(base.profiles.map(get));
    const h = distinct2(head.profiles.map(get));
    const values = distinct2([...b, ...h]);
    if (values.length > 1) {
      const fmt = (vs) => vs.map((v) => v ?? "unknown").join(", ");
      w.push({
        code: "environment",
        message: `${label} differs (base: ${fmt(b)}; head: ${fmt(h)}): timings may not be comparable.`
      });
    }
  };
  env("CPU model", (p) => p.meta.cpu_model);
  env("Node.js version", (p) => p.meta.node_version);
  env("Platform", (p) => `${p.meta.platform}-${p.meta.arch}`);
  const intervals = distinct2(all.map((p) => p.meta.sampling_interval_ms));
  if (intervals.length > 1) {
    w.push({ code: "sampling-interval", message: `Sampling intervals differ (${intervals.join(" ms, ")} ms).` });
  }
  const modes = distinct2(all.map((p) => p.meta.mode));
  if (modes.length > 1) {
    w.push({ code: "mode", message: "Some profiles are CPU-only: memory, leak and copy are compared only when every profile has them." });
  }
  for (const side of [base, head]) {
    const incomplete = side.profiles.filter((p) => !p.meta.complete).length;
    if (incomplete > 0) {
      w.push({
        code: "incomplete",
        message: `${incomplete} ${side.name} profile${incomplete > 1 ? "s are" : " is"} incomplete (the program crashed or was killed): figures cover only what was collected.`
      });
    }
    const missing = distinct2(side.profiles.flatMap((p) => p.meta.missing));
    const other = distinct2((side === base ? head : base).profiles.flatMap((p) => p.meta.missing));
    const same = missing.length === other.length && missing.every((m) => other.includes(m));
    if (missing.length > 0 && !(same && side === head)) {
      const who = same ? "Both profiles lack" : `The ${side.name} profile lacks`;
      w.push({ code: "missing-capability", message: `${who}: ${missing.join(", ")}; those comparisons are skipped or partial.` });
    }
    const samples = side.totals.vals.subarray(M.samples * side.R, (M.samples + 1) * side.R).reduce((a, b) => a + b, 0) / side.R;
    if (samples < 100) {
      w.push({
        code: "few-samples",
        message: `The ${side.name} profile has only ${Math.round(samples)} samples per run: only large CPU changes can be detected; run longer or repeat.`
      });
    }
    if (side.profiles.some((p) => p.meta.gpu !== null && !p.meta.gpu.per_process)) {
      w.push({ code: "missing-capability", message: `The ${side.name} GPU figures are device-wide, not this process's own.` });
    }
    const own = distinct2(side.profiles.flatMap((p) => p.meta.warnings));
    const theirs = new Set((side === base ? head : base).profiles.flatMap((p) => p.meta.warnings));
    const shown = side === base ? own : own.filter((m) => !theirs.has(m));
    for (const msg of shown.slice(0, 5)) w.push({ code: "profile-warning", message: `${side === base && theirs.has(msg) ? "base and head" : side.name}: ${msg}` });
    if (shown.length > 5) w.push({ code: "profile-warning", message: `${side.name}: ${shown.length - 5} more profiler warnings.` });
  }
  if (noSources.length > 0) {
    const shown = noSources.slice(0, 3).join(", ") + (noSources.length > 3 ? `, and ${noSources.length - 3} more` : "");
    w.push({ code: "no-sources", message: `No source text for ${shown}: lines were matched by function and position only.` });
  }
  return w;
}
function totalsSnapshot(side) {
  const R = side.R;
  const e = side.totals;
  const elapsed = side.profiles.reduce((s, p) => s + p.totals.elapsed_s * p.meta.runs, 0) / R;
  const unattributed = side.profiles.reduce((s, p) => s + p.totals.unattributed_s * p.meta.runs, 0) / R;
  const t = {
    elapsed_s: elapsed,
    cpu_js_s: meanOf(e, M.js, R),
    cpu_native_s: meanOf(e, M.native, R),
    system_s: meanOf(e, M.system, R),
    gc_s: meanOf(e, M.gc, R),
    // The totals' categories cover profiled files only; unattributed time is kept apart.
    attributed_s: side.totalMeanS,
    unattributed_s: unattributed,
    samples: meanOf(e, M.samples, R),
    runs: R
  };
  if (side.flags & HAS_MEMORY) {
    t.alloc_bytes = meanOf(e, M.alloc, R);
    const peaks = side.profiles.map((p) => p.totals.peak_footprint_bytes).filter((x) => x !== void 0);
    if (peaks.length > 0) t.peak_footprint_bytes = peaks.reduce((a, b) => a + b, 0) / peaks.length;
  }
  if (side.flags & HAS_COPY) t.copy_bytes = meanOf(e, M.copy, R);
  if (side.flags & HAS_GPU) t.gpu_s = meanOf(e, M.gpu, R);
  return t;
}
function dropAttributionShifts(ctx, items, findings, itemOf, notes) {
  const { base, head, scale } = ctx;
  const delta = (i2) => totalMean(i2.eh, head.R) / scale.ratio - totalMean(i2.eb, base.R);
  const notable = (i2, d) => {
    const t = i2.thresholds.cpu;
    const ref2 = Math.max(totalMean(i2.eb, base.R), totalMean(i2.eh, head.R) / scale.ratio);
    return Math.abs(d) >= t.min_absolute_s && Math.abs(d) >= t.min_relative * ref2;
  };
  const byPair = /* @__PURE__ */ new Map();
  for (const i2 of items) {
    if (i2.scope !== "line" || i2.pair.base === null || i2.pair.head === null || changedInHead(i2)) continue;
    const list3 = byPair.get(i2.pair);
    if (list3) list3.push(i2);
    else byPair.set(i2.pair, [i2]);
  }
  const dropped = /* @__PURE__ */ new Set();
  for (const improvement of [false, true]) {
    const candidates = findings.filter((f) => (f.kind === "cpu" || f.kind === "new-hotspot") && f.improvement === improvement && !f.changed_in_head && itemOf.has(f)).map((f) => ({ f, item: itemOf.get(f), d: Math.abs(delta(itemOf.get(f))) })).sort((a, b) => a.d - b.d);
    const pools = /* @__PURE__ */ new Map();
    for (const c of candidates) {
      let pool = pools.get(c.item.pair);
      if (!pool) {
        const opposite = (byPair.get(c.item.pair) ?? []).filter((i2) => {
          const d = delta(i2);
          return (improvement ? d > 0 : d < 0) && notable(i2, d);
        });
        const total = opposite.reduce((s, i2) => s + Math.abs(delta(i2)), 0);
        pool = { total, left: total, lines: opposite.map((i2) => i2.headLine ?? i2.baseLine) };
        pools.set(c.item.pair, pool);
      }
      const take = Math.min(pool.left, c.d);
      pool.left -= take;
      const conserved = Math.abs(pool.total - c.d) <= 0.5 * Math.max(pool.total, c.d);
      if (c.d > 0 && take >= 0.5 * c.d && conserved) {
        dropped.add(c.f);
        notes.push(
          `${c.f.file}:${c.f.line}: ${formatSeconds(c.d)} ${improvement ? "less" : "more"} time offset by ${improvement ? "more" : "less"} on unchanged line${pool.lines.length > 1 ? "s" : ""} ${pool.lines.join(", ")} of the same file: the profiler attributed the same work differently; not reported.`
        );
      }
    }
  }
  return findings.filter((f) => !dropped.has(f));
}
var KIND_ORDER = { "new-hotspot": 0, cpu: 1, memory: 2, leak: 3, copy: 4, gpu: 5 };
function findingImpact(f) {
  if (f.kind === "cpu" || f.kind === "new-hotspot") return Math.abs(f.share_delta);
  return Math.abs(f.delta);
}
function compareFindings(a, b) {
  if (a.improvement !== b.improvement) return a.improvement ? 1 : -1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return findingImpact(b) - findingImpact(a) || a.file.localeCompare(b.file) || a.line - b.line;
}
function compareProfiles(baseProfiles, headProfiles, config) {
  const base = buildSide("base", baseProfiles);
  const head = buildSide("head", headProfiles);
  const baseInfos = {};
  for (const [p, f] of base.files) baseInfos[p] = f.info;
  const headInfos = {};
  for (const [p, f] of head.files) headInfos[p] = f.info;
  let ignoredFiles = 0;
  const isIgnored = (path) => path !== null && config.ignore.length > 0 && matchesAny(path, config.ignore);
  const match = matchFiles(baseInfos, headInfos);
  const items = [];
  const thresholdCache = /* @__PURE__ */ new Map();
  const wantLines = config.scope !== "functions";
  const wantFunctions = config.scope !== "lines";
  for (const pair of match.pairs) {
    if (isIgnored(pair.head) || isIgnored(pair.base)) {
      ignoredFiles++;
      continue;
    }
    const path = pair.head ?? pair.base;
    let thresholds = thresholdCache.get(path);
    if (!thresholds) thresholdCache.set(path, thresholds = thresholdsFor(config, path));
    const bf = pair.base !== null ? base.files.get(pair.base) : null;
    const hf = pair.head !== null ? head.files.get(pair.head) : null;
    const mapping = pair.mapping;
    if (wantLines) {
      const seenBase = /* @__PURE__ */ new Set();
      if (hf) {
        for (const [hl, eh] of hf.lines) {
          const bl = bf && mapping ? mapping.toBase(hl) : null;
          const eb = bl !== null && bf ? bf.lines.get(bl) ?? null : null;
          if (eb && bl !== null) seenBase.add(bl);
          items.push({ scope: "line", pair, baseFile: bf, headFile: hf, baseLine: bl, headLine: hl, eb, eh, thresholds });
        }
      }
      if (bf) {
        for (const [bl, eb] of bf.lines) {
          if (seenBase.has(bl)) continue;
          const hl = hf && mapping ? mapping.toHead(bl) : null;
          items.push({ scope: "line", pair, baseFile: bf, headFile: hf, baseLine: bl, headLine: hl, eb, eh: null, thresholds });
        }
      }
    }
    if (wantFunctions) {
      const usedBase = /* @__PURE__ */ new Set();
      for (const g2 of hf?.functions ?? []) {
        const same = (bf?.functions ?? []).filter((f2) => f2.name === g2.name && !usedBase.has(f2));
        let f = same.find((x) => mapping?.toHead(x.line) === g2.line);
        if (!f && same.length === 1 && g2.name !== "") f = same[0];
        if (f) usedBase.add(f);
        const fn = { name: g2.name, line: g2.line, end_line: g2.end_line, location: "head" };
        items.push({ scope: "function", pair, baseFile: bf, headFile: hf, baseLine: f?.line ?? null, headLine: g2.line, eb: f ?? null, eh: g2, fn, thresholds });
      }
      for (const f of bf?.functions ?? []) {
        if (usedBase.has(f)) continue;
        const fn = { name: f.name, line: f.line, end_line: f.end_line, location: "base" };
        items.push({ scope: "function", pair, baseFile: bf, headFile: hf, baseLine: f.line, headLine: null, eb: f, eh: null, fn, thresholds });
      }
    }
  }
  const scale = referenceScale(base, head, items);
  const ctx = { base, head, config, scale };
  const tests = [];
  const byItem = /* @__PURE__ */ new Map();
  const add = (item, what, result) => {
    if (!result) return;
    const t = { item, what, result, q: 1 };
    tests.push(t);
    const list3 = byItem.get(item);
    if (list3) list3.push(t);
    else byItem.set(item, [t]);
  };
  const windowOf = (k, fallback) => Math.max(...[...base.profiles, ...head.profiles].map((p) => p.meta.memory_windows?.[k] ?? fallback));
  const allocWindow = windowOf("malloc_bytes", ALLOC_SAMPLE_BYTES);
  const copyWindow = windowOf("copy_bytes", COPY_SAMPLE_BYTES);
  const both = (flag) => (base.flags & flag) !== 0 && (head.flags & flag) !== 0;
  for (const item of items) {
    const { eb, eh } = item;
    for (const c of CATS) {
      const k = CAT_INDEX[c];
      if (meanOf(eb, k, base.R) > 0 || meanOf(eh, k, head.R) > 0) add(item, c, testTime(base, head, scale, eb, eh, [k]));
    }
    const th = item.thresholds["new-hotspot"];
    if (th.enabled && share(base, eb, ALL_CATS) <= th.max_base_share && share(head, eh, ALL_CATS) >= th.min_share) {
      add(item, "total", testTime(base, head, scale, eb, eh, ALL_CATS));
    }
    if (both(HAS_MEMORY)) {
      add(item, "alloc", testBytes(base, head, eb, eh, M.alloc, allocWindow));
      add(item, "peak", testBytes(base, head, eb, eh, M.peak, allocWindow));
    }
    if (both(HAS_COPY)) add(item, "copy", testBytes(base, head, eb, eh, M.copy, copyWindow));
    if (both(HAS_GPU)) {
      add(item, "gpu", testAbsolute(base, head, eb, eh, M.gpu));
      add(item, "gpuMem", testAbsolute(base, head, eb, eh, M.gpuMem));
    }
  }
  const q = benjaminiHochberg(tests.map((t) => t.result.p));
  tests.forEach((t, i2) => t.q = q[i2]);
  const lineFindings = [];
  const fnFindings = [];
  const calleesOf = /* @__PURE__ */ new Map();
  const itemOf = /* @__PURE__ */ new Map();
  for (const item of items) {
    const ts = byItem.get(item) ?? [];
    const found = [...cpuFindings(ctx, item, ts), ...bytesFindings(ctx, item, ts)];
    (item.scope === "line" ? lineFindings : fnFindings).push(...found);
    for (const f of found) itemOf.set(f, item);
    if (item.scope === "line" && item.eh?.callees) for (const f of found) calleesOf.set(f, item.eh.callees);
  }
  const group = (k) => k === "new-hotspot" ? "cpu" : k;
  const key = (f, line) => `${group(f.kind)}|${f.improvement}|${f.location}|${f.file}|${line}`;
  const lineKeys = new Set(lineFindings.map((f) => key(f, f.line)));
  const keptLines = lineFindings.filter((f) => !(calleesOf.get(f) ?? []).some((l) => l !== f.line && lineKeys.has(key(f, l))));
  const keptFns = fnFindings.filter((f) => {
    for (let l = f.line; l <= (f.end_line ?? f.line); l++) if (lineKeys.has(key(f, l))) return false;
    return true;
  });
  const shifts = [];
  const unshifted = dropAttributionShifts(ctx, items, keptLines, itemOf, shifts);
  const findings = [...unshifted, ...keptFns].sort(compareFindings);
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, { regressions: 0, improvements: 0 }]));
  for (const f of findings) byKind[f.kind][f.improvement ? "improvements" : "regressions"]++;
  const regressions = findings.filter((f) => !f.improvement).length;
  const improvements = findings.length - regressions;
  return {
    schema: DIFF_SCHEMA,
    findings,
    summary: {
      verdict: regressions > 0 ? "regression" : improvements > 0 ? "improvement" : "no-change",
      regressions,
      improvements,
      by_kind: byKind,
      totals: { base: totalsSnapshot(base), head: totalsSnapshot(head) },
      slowdown_ratio: base.totalMeanS > 0 ? head.totalMeanS / base.totalMeanS : null,
      runner_ratio: scale.ratio,
      tests: tests.length,
      alpha: config.alpha,
      files: { matched: match.pairs.filter((p) => p.base !== null && p.head !== null).length, added: match.added, removed: match.removed, renamed: match.renamed },
      ignored_files: ignoredFiles
    },
    warnings: [
      ...collectWarnings(base, head, match.withoutSources),
      ...shifts.map((message) => ({ code: "attribution-shift", message }))
    ],
    base: sideInfo(base),
    head: sideInfo(head)
  };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table3, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table3.length) {
    const row3 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table3[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table3[rowIndex].length;
    }
    while (++columnIndex2 < table3[rowIndex].length) {
      const cell = serialize(table3[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row3.push(cell);
    }
    cellMatrix[rowIndex] = row3;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row2 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row2[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row2);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row3 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row3[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/compare/render-markdown.ts
var DEFAULT_MAX_CHARS = 6e4;
function safeUrl(url) {
  if (!/^https?:\/\//i.test(url)) return null;
  return encodeURI(decodeURIComponentSafe(url)).replace(/[()<>"'`\s\\|[\]]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
function decodeURIComponentSafe(url) {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
function location(f, opts) {
  const where = f.scope === "function" && f.end_line !== void 0 ? `${f.file}:${f.line}-${f.end_line}` : `${f.file}:${f.line}`;
  const text = escapeMarkdown(where);
  if (!opts.blobUrl || f.location !== "head") return text;
  const url = safeUrl(opts.blobUrl(f.file, f.line));
  return url ? `[${text}](${url})` : text;
}
function shareOrBlank(f, side) {
  return f.kind === "cpu" || f.kind === "new-hotspot" ? ` (${formatPercent(f[side].share)})` : "";
}
function deltaText(f) {
  const d = formatSigned(formatMetric(f, f.delta), f.delta);
  if (f.relative_delta === null) return d;
  return `${d} (${formatSigned(formatPercent(f.relative_delta), f.relative_delta)})`;
}
function codeCell(f) {
  if (f.source_line === null) return "";
  const s = escapeTerminal(f.source_line.trim());
  return markdownCode(s.length > 80 ? s.slice(0, 77) + "..." : s);
}
function pValueCell(p) {
  return formatPValue(p).replace(/</g, "&lt;");
}
var KIND_PHRASE = {
  "new-hotspot": ["new hotspot", "new hotspots"],
  cpu: ["CPU regression", "CPU regressions"],
  memory: ["memory growth", "memory growths"],
  leak: ["likely leak", "likely leaks"],
  copy: ["copy increase", "copy increases"],
  gpu: ["GPU regression", "GPU regressions"]
};
function metricLabel(f) {
  if (f.kind === "cpu" && f.category) return CATEGORY_LABEL[f.category];
  if (f.kind === "memory") return f.metric === "peak_bytes" ? "peak" : "allocated";
  if (f.kind === "gpu") return f.metric === "gpu_s" ? "time" : "memory";
  if (f.kind === "new-hotspot") return "total";
  return f.kind;
}
function table(findings, opts, withMetric) {
  const header = ["Line", "Function", "Code", ...withMetric ? ["Metric"] : [], "Base", "Head", "Change", "p (BH)", "Changed in PR"];
  const rows = findings.map((f) => [
    location(f, opts),
    f.scope === "function" ? `${escapeMarkdown(f.function ?? "(anonymous)")}()` : escapeMarkdown(f.function ?? ""),
    f.scope === "function" ? "" : codeCell(f),
    ...withMetric ? [metricLabel(f)] : [],
    formatMetric(f, metricValue(f, "base")) + shareOrBlank(f, "base"),
    formatMetric(f, metricValue(f, "head")) + shareOrBlank(f, "head"),
    deltaText(f),
    pValueCell(f.p_value),
    f.changed_in_head ? "yes" : ""
  ]);
  const align = ["l", "l", "l", ...withMetric ? ["l"] : [], "r", "r", "r", "r", "c"];
  return markdownTable([header, ...rows], { alignDelimiters: false, align });
}
function headline(diff) {
  const s = diff.summary;
  const tb = s.totals.base;
  const th = s.totals.head;
  const ratio = tb.attributed_s > 0 ? th.attributed_s / tb.attributed_s - 1 : null;
  const time = `profiled time ${formatSeconds(tb.attributed_s)} \u2192 ${formatSeconds(th.attributed_s)}${ratio !== null ? ` (${formatSigned(formatPercent(ratio), ratio)})` : ""}`;
  const kinds = FINDING_KINDS.filter((k) => s.by_kind[k].regressions > 0).map((k) => `${s.by_kind[k].regressions} ${KIND_PHRASE[k][s.by_kind[k].regressions === 1 ? 0 : 1]}`).join(", ");
  const impr = s.improvements > 0 ? ` \xB7 ${s.improvements} improvement${s.improvements > 1 ? "s" : ""}` : "";
  if (s.verdict === "regression") {
    return `**\u274C ${s.regressions} regression${s.regressions > 1 ? "s" : ""}** (${kinds})${impr} \xB7 ${time}`;
  }
  if (s.verdict === "improvement") return `**\u2705 No regressions**${impr} \xB7 ${time}`;
  return `**\u2705 No significant change** \xB7 ${time}`;
}
function runsNote(diff) {
  const b = diff.base.runs;
  const h = diff.head.runs;
  const plural = (n) => `${n} run${n > 1 ? "s" : ""}`;
  return `base: ${plural(b)}, head: ${plural(h)}; ${diff.summary.tests} tests, false-discovery rate ${diff.summary.alpha}`;
}
function detailsBlock(diff, findings) {
  const lines = ["<details><summary>Details</summary>", ""];
  for (const f of findings) {
    const tag = f.improvement ? "improvement" : f.kind;
    lines.push(`- ${escapeMarkdown(`${f.file}:${f.line}`)} (${tag}): ${escapeMarkdown(f.message)} Test: ${f.test}${f.p_value_raw !== null ? `, raw p ${pValueCell(f.p_value_raw)}` : ""}.`);
  }
  if (findings.length > 0) lines.push("");
  const s = diff.summary;
  const t = (side) => {
    const x = s.totals[side];
    const mem = x.alloc_bytes !== void 0 ? `, allocated ${formatBytes(x.alloc_bytes)}` : "";
    return `${formatSeconds(x.elapsed_s)} elapsed, ${formatSeconds(x.attributed_s)} in profiled code (JS ${formatSeconds(x.cpu_js_s)}, native ${formatSeconds(x.cpu_native_s)}, system ${formatSeconds(x.system_s)}, GC ${formatSeconds(x.gc_s)})${mem}`;
  };
  lines.push(`- Base: ${t("base")}; ${escapeMarkdown(diff.base.node_version ?? "unknown Node.js")} on ${escapeMarkdown(diff.base.cpu_model ?? "unknown CPU")}.`);
  lines.push(`- Head: ${t("head")}; ${escapeMarkdown(diff.head.node_version ?? "unknown Node.js")} on ${escapeMarkdown(diff.head.cpu_model ?? "unknown CPU")}.`);
  if (s.files.renamed.length > 0) {
    lines.push(`- Renamed: ${s.files.renamed.map((r) => `${escapeMarkdown(r.base)} \u2192 ${escapeMarkdown(r.head)}`).join(", ")}.`);
  }
  lines.push(`- Statistics: ${runsNote(diff)}. CPU time is tested against the unchanged code (so a uniformly slower runner flags nothing) and in absolute time, with effect-size floors.`);
  lines.push("", "</details>");
  return lines.join("\n");
}
function render(diff, opts, kept, omitted, warningsKept) {
  const out = [];
  out.push(opts.title ?? "### scalene-ci performance diff", "");
  out.push(headline(diff), "");
  for (const w of diff.warnings.slice(0, warningsKept)) out.push(`> \u26A0\uFE0F ${escapeMarkdown(w.message)}`);
  if (diff.warnings.length > warningsKept) out.push(`> \u26A0\uFE0F ${diff.warnings.length - warningsKept} more warnings in the JSON report.`);
  if (diff.warnings.length > 0) out.push("");
  const regressions = diff.findings.filter((f) => !f.improvement && kept.has(f));
  for (const kind of FINDING_KINDS) {
    const rows = regressions.filter((f) => f.kind === kind);
    if (rows.length === 0) continue;
    const all = diff.summary.by_kind[kind].regressions;
    out.push(`#### ${KIND_LABEL[kind]} (${all})`, "");
    out.push(table(rows, opts, kind === "cpu" || kind === "memory" || kind === "gpu"), "");
  }
  const improvements = diff.findings.filter((f) => f.improvement && kept.has(f));
  if (improvements.length > 0) {
    out.push(`<details><summary>Improvements (${diff.summary.improvements})</summary>`, "");
    out.push(table(improvements, opts, true), "", "</details>", "");
  }
  if (omitted > 0) {
    out.push(`_${omitted} less significant finding${omitted > 1 ? "s" : ""} omitted to fit the comment; the JSON report has all of them._`, "");
  }
  out.push(detailsBlock(diff, [...regressions, ...improvements]));
  return out.join("\n") + "\n";
}
function renderDiffMarkdown(diff, opts = {}) {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const rank = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const f of diff.findings) {
    const key = `${f.kind}|${f.improvement}`;
    const n = seen.get(key) ?? 0;
    rank.set(f, n);
    seen.set(key, n + 1);
  }
  const ranked = [...diff.findings].sort((a, b) => {
    if (a.improvement !== b.improvement) return a.improvement ? 1 : -1;
    return rank.get(a) - rank.get(b);
  });
  const attempt = (n, warnings2) => render(diff, opts, new Set(ranked.slice(0, n)), ranked.length - n, warnings2);
  const warnings = diff.warnings.length;
  let text = attempt(ranked.length, warnings);
  if (text.length <= maxChars) return text;
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (attempt(mid, warnings).length <= maxChars) lo = mid;
    else hi = mid - 1;
  }
  text = attempt(lo, warnings);
  if (text.length <= maxChars) return text;
  text = attempt(0, Math.min(warnings, 3));
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, Math.max(0, maxChars - 40));
  return cut.slice(0, cut.lastIndexOf("\n") + 1) + "\n_(truncated)_\n";
}

// src/compare/render-text.ts
var RED = "\x1B[31m";
var GREEN = "\x1B[32m";
var YELLOW = "\x1B[33m";
var BOLD = "\x1B[1m";
var DIM = "\x1B[2m";
var RESET = "\x1B[0m";
function findingLines(f, paint) {
  const where = f.scope === "function" && f.end_line !== void 0 ? `${f.file}:${f.line}-${f.end_line}` : `${f.file}:${f.line}`;
  const fn = f.function ? `  ${f.scope === "function" ? f.function + "()" : "in " + f.function}` : "";
  const cat = f.kind === "cpu" && f.category ? ` [${CATEGORY_LABEL[f.category]}]` : "";
  const base = formatMetric(f, metricValue(f, "base"));
  const head = formatMetric(f, metricValue(f, "head"));
  const shares = f.kind === "cpu" || f.kind === "new-hotspot" ? ` (${formatPercent(f.base.share)} \u2192 ${formatPercent(f.head.share)} of total)` : "";
  const delta = formatSigned(formatMetric(f, f.delta), f.delta);
  const changed = f.changed_in_head ? paint(YELLOW, "  changed in head") : "";
  const out = [
    `  ${paint(BOLD, escapeTerminal(where))}${escapeTerminal(fn)}${cat}  ${base} \u2192 ${head} (${delta})${shares}  ${pText(f.p_value)}${changed}`
  ];
  if (f.source_line !== null && f.scope === "line") out.push(paint(DIM, `      ${escapeTerminal(f.source_line.trim())}`));
  return out;
}
function pText(p) {
  const t = formatPValue(p);
  return t.startsWith("<") ? `p ${t}` : `p=${t}`;
}
function renderDiffText(diff, opts = {}) {
  const paint = (code, s2) => opts.color ? code + s2 + RESET : s2;
  const s = diff.summary;
  const out = [];
  const tb = s.totals.base;
  const th = s.totals.head;
  const ratio = tb.attributed_s > 0 ? th.attributed_s / tb.attributed_s - 1 : null;
  const verdict = s.verdict === "regression" ? paint(RED + BOLD, `REGRESSION: ${s.regressions} finding${s.regressions > 1 ? "s" : ""}`) : s.verdict === "improvement" ? paint(GREEN + BOLD, "No regressions") : paint(GREEN + BOLD, "No significant change");
  const impr = s.improvements > 0 ? `, ${s.improvements} improvement${s.improvements > 1 ? "s" : ""}` : "";
  out.push(`scalene-ci compare: ${verdict}${impr}`);
  out.push(
    `profiled time ${formatSeconds(tb.attributed_s)} \u2192 ${formatSeconds(th.attributed_s)}${ratio !== null ? ` (${formatSigned(formatPercent(ratio), ratio)})` : ""}; base ${diff.base.runs} run${diff.base.runs > 1 ? "s" : ""}, head ${diff.head.runs} run${diff.head.runs > 1 ? "s" : ""}; ${s.tests} tests at FDR ${s.alpha}`
  );
  const limit = opts.maxPerGroup ?? Infinity;
  const group = (title, list3, color) => {
    if (list3.length === 0) return;
    out.push("", paint(color + BOLD, `${title} (${list3.length})`));
    for (const f of list3.slice(0, limit)) out.push(...findingLines(f, paint));
    if (list3.length > limit) out.push(`  \u2026 ${list3.length - limit} more`);
  };
  for (const kind of FINDING_KINDS) group(KIND_LABEL[kind], diff.findings.filter((f) => f.kind === kind && !f.improvement), RED);
  group("Improvements", diff.findings.filter((f) => f.improvement), GREEN);
  if (s.files.renamed.length > 0) {
    out.push("", `Renamed: ${s.files.renamed.map((r) => `${escapeTerminal(r.base)} \u2192 ${escapeTerminal(r.head)}`).join(", ")}`);
  }
  if (diff.warnings.length > 0) {
    out.push("", paint(YELLOW + BOLD, "Warnings"));
    for (const w of diff.warnings) out.push(`  - ${escapeTerminal(w.message)}`);
  }
  return out.join("\n") + "\n";
}

// src/report/html-assets.ts
import { createHash } from "node:crypto";
function embedJson(data2) {
  return JSON.stringify(data2).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("base64");
}
function htmlPage(parts) {
  const css = BASE_CSS + (parts.css ?? "");
  const js = `(function () {
'use strict';
var data = JSON.parse(document.getElementById('report-data').textContent);
${SHARED_JS}
${parts.script}
})();
`;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(js)}'`,
    `style-src 'sha256-${sha256(css)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${css}</style>`,
    "</head>",
    "<body>",
    '<main id="app"><noscript>This report is drawn by an inline script; open it in a browser with JavaScript enabled.</noscript></main>',
    `<script type="application/json" id="report-data">${embedJson(parts.data)}</script>`,
    `<script>${js}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
var BASE_CSS = `
:root { --js: #3b82f6; --native: #10b981; --system: #f59e0b; --gc: #a855f7; --gpu: #ec4899; --unattr: #cbd5e1;
  --bad: #dc2626; --bad-bg: #fee2e2; --good: #15803d; --good-bg: #dcfce7; --hot-bg: #fde68a; --warm-bg: #fef9c3;
  --fg: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --code-bg: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { padding: 16px 24px 48px; max-width: 1600px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 8px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
.muted { color: var(--muted); }
.facts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 8px 0; padding: 0; list-style: none; }
.facts li b { font-weight: 600; margin-right: 4px; }
.notes { margin: 8px 0; padding-left: 20px; color: var(--muted); font-size: 13px; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; margin: 6px 0; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; background: var(--c); }
.sw-js { --c: var(--js); } .sw-native { --c: var(--native); } .sw-system { --c: var(--system); } .sw-gc { --c: var(--gc); } .sw-unattr { --c: var(--unattr); } .sw-gpu { --c: var(--gpu); }
.bar { display: flex; height: 12px; min-width: 120px; background: #f3f4f6; border-radius: 2px; overflow: hidden; }
.bar.big { height: 18px; max-width: 720px; }
.bar span { display: block; height: 100%; }
.seg-js { background: var(--js); } .seg-native { background: var(--native); } .seg-system { background: var(--system); } .seg-gc { background: var(--gc); } .seg-unattr { background: var(--unattr); } .seg-gpu { background: var(--gpu); }
table { border-collapse: collapse; width: 100%; }
table.sides, table.totals { width: auto; min-width: 480px; }
th, td { padding: 2px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; white-space: nowrap; }
th { font-weight: 600; font-size: 12px; background: #f3f4f6; position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th.sortable { cursor: pointer; user-select: none; }
th.sortable::after { content: " \\2195"; color: var(--muted); font-size: 10px; }
th[aria-sort="ascending"]::after { content: " \\25B2"; color: var(--fg); }
th[aria-sort="descending"]::after { content: " \\25BC"; color: var(--fg); }
td.src { white-space: pre; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code-bg); width: 100%; }
td.ln { color: var(--muted); text-align: right; font: 12px ui-monospace, monospace; }
tr.ctx td { color: var(--muted); }
tr.ctx td.src { color: #4b5563; }
tr.warm td { background: var(--warm-bg); }
tr.hot td { background: var(--hot-bg); font-weight: 600; }
tr.hot td.ln { color: var(--bad); }
tr.hot { outline: 2px solid var(--bad); outline-offset: -2px; }
.marker { display: inline-block; padding: 0 5px; margin-right: 3px; border-radius: 8px; font-size: 11px; font-weight: 600; }
.marker.leak { background: var(--bad-bg); color: var(--bad); }
.marker.copy { background: #e0e7ff; color: #3730a3; }
.marker.changed { background: #e5e7eb; color: #374151; }
svg.spark { width: 120px; height: 18px; display: block; }
svg.spark polyline { fill: none; stroke: #0f766e; stroke-width: 1.5; }
.file-head { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.file-head .path { font-family: ui-monospace, monospace; }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }
label.toggle { font-size: 12px; color: var(--muted); }
.verdict { display: inline-block; padding: 4px 10px; border-radius: 4px; font-weight: 700; }
.verdict.regression { background: var(--bad-bg); color: var(--bad); }
.verdict.improvement { background: var(--good-bg); color: var(--good); }
.verdict.no-change { background: #f3f4f6; color: #374151; }
tr.regressed td { background: var(--bad-bg); }
tr.improved td { background: var(--good-bg); }
tr.regressed td.delta { color: var(--bad); font-weight: 700; }
tr.improved td.delta { color: var(--good); font-weight: 700; }
.arrow { color: var(--muted); padding: 0 3px; }
`;
var SHARED_JS = String.raw`
var SVGNS = 'http://www.w3.org/2000/svg';
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function add(parent) {
  for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
  return parent;
}
function fmtS(s) {
  if (s === undefined || s === null || !isFinite(s)) return '';
  var a = Math.abs(s);
  if (a === 0) return '0';
  if (a >= 100) return s.toFixed(0) + ' s';
  if (a >= 1) return s.toFixed(2) + ' s';
  if (a >= 0.001) return (s * 1000).toFixed(a >= 0.1 ? 0 : 1) + ' ms';
  return (s * 1e6).toFixed(0) + ' \u00b5s';
}
function fmtB(b) {
  if (b === undefined || b === null || !isFinite(b)) return '';
  var a = Math.abs(b);
  if (a === 0) return '0';
  var units = ['B', 'KB', 'MB', 'GB', 'TB'];
  var i = 0;
  while (a >= 1024 && i < units.length - 1) { a /= 1024; b /= 1024; i++; }
  return b.toFixed(a >= 100 || i === 0 ? 0 : 1) + ' ' + units[i];
}
function fmtPct(part, whole) {
  if (!(whole > 0) || !(part > 0)) return '';
  var p = 100 * part / whole;
  return p >= 10 ? p.toFixed(0) + '%' : p >= 0.1 ? p.toFixed(1) + '%' : '<0.1%';
}
function fmtNum(n, digits) {
  if (n === undefined || n === null || !isFinite(n)) return '';
  return Number(n).toFixed(digits === undefined ? 0 : digits);
}
// A stacked bar: parts is [[cssName, value, label], ...], scale is the value of a full bar.
function stackedBar(parts, scale, big) {
  var bar = el('div', big ? 'bar big' : 'bar');
  var tip = [];
  for (var i = 0; i < parts.length; i++) {
    var v = parts[i][1];
    if (!(v > 0) || !(scale > 0)) continue;
    var seg = el('span', 'seg-' + parts[i][0]);
    seg.style.width = Math.min(100, 100 * v / scale) + '%';
    bar.appendChild(seg);
    tip.push(parts[i][2] + ' ' + fmtS(v));
  }
  bar.title = tip.join(', ');
  return bar;
}
// Inline SVG sparkline of [seconds, bytes] points over [t0, t1].
function sparkline(points, t0, t1) {
  if (!points || points.length === 0) return null;
  var svg = document.createElementNS(SVGNS, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('viewBox', '0 0 100 20');
  svg.setAttribute('preserveAspectRatio', 'none');
  var hi = 0;
  for (var i = 0; i < points.length; i++) hi = Math.max(hi, points[i][1]);
  var span = t1 > t0 ? t1 - t0 : 1;
  var pts = [];
  var list = points.length === 1 ? [[t0, points[0][1]], points[0]] : points;
  for (var j = 0; j < list.length; j++) {
    var x = Math.max(0, Math.min(100, 100 * (list[j][0] - t0) / span));
    var y = hi > 0 ? 19 - 18 * Math.max(0, list[j][1]) / hi : 19;
    pts.push(x.toFixed(2) + ',' + y.toFixed(2));
  }
  var line = document.createElementNS(SVGNS, 'polyline');
  line.setAttribute('points', pts.join(' '));
  svg.appendChild(line);
  var title = document.createElementNS(SVGNS, 'title');
  title.textContent = 'memory footprint over time, peak ' + fmtB(hi);
  svg.appendChild(title);
  return svg;
}
// Sortable table. columns: [{title, key, type: 'num'|'str', cls, cell(rec) -> Node|string}].
// Clicking a header sorts by it; clicking it again reverses the order.
function sortableTable(columns, records, initialKey, cls) {
  var table = el('table', cls || 'sortable');
  var thead = el('thead');
  var hr = el('tr');
  var tbody = el('tbody');
  var state = { key: null, dir: 1 };
  var ths = [];
  function render() {
    var sorted = records.slice();
    if (state.key !== null) {
      var col = columns.filter(function (c) { return c.key === state.key; })[0];
      sorted.sort(function (a, b) {
        var x = a[state.key], y = b[state.key];
        if (col.type === 'num') { x = typeof x === 'number' ? x : -Infinity; y = typeof y === 'number' ? y : -Infinity; return (x - y) * state.dir; }
        return String(x).localeCompare(String(y)) * state.dir;
      });
    }
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    sorted.forEach(function (rec) {
      var tr = el('tr');
      if (rec._cls) tr.className = rec._cls;
      columns.forEach(function (c) {
        var td = el('td', c.cls || (c.type === 'num' ? 'num' : ''));
        var v = c.cell ? c.cell(rec) : rec[c.key];
        if (v instanceof Node) td.appendChild(v); else if (v !== undefined && v !== null) td.textContent = String(v);
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    ths.forEach(function (th, i) {
      var key = columns[i].key;
      if (!columns[i].sortable) return;
      th.setAttribute('aria-sort', key === state.key ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }
  columns.forEach(function (c) {
    var th = el('th', (c.type === 'num' ? 'num ' : '') + (c.sortable ? 'sortable' : ''), c.title);
    if (c.sortable) {
      th.setAttribute('data-key', c.key);
      th.setAttribute('role', 'columnheader');
      th.tabIndex = 0;
      var go = function () {
        if (state.key === c.key) state.dir = -state.dir;
        else { state.key = c.key; state.dir = c.type === 'num' ? -1 : 1; }
        render();
      };
      th.addEventListener('click', go);
      th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
    }
    ths.push(th);
    hr.appendChild(th);
  });
  thead.appendChild(hr);
  table.appendChild(thead);
  table.appendChild(tbody);
  if (initialKey) {
    var ic = columns.filter(function (c) { return c.key === initialKey; })[0];
    state.key = initialKey;
    state.dir = ic && ic.type === 'num' ? -1 : 1;
  }
  render();
  return table;
}
function factsList(facts) {
  var ul = el('ul', 'facts');
  facts.forEach(function (f) {
    var li = el('li');
    add(li, el('b', '', f[0] + ':'), document.createTextNode(f[1]));
    ul.appendChild(li);
  });
  return ul;
}
function notes(list) {
  if (!list || list.length === 0) return null;
  var ul = el('ul', 'notes');
  list.forEach(function (t) { ul.appendChild(el('li', '', t)); });
  return ul;
}
function legend(items) {
  var d = el('div', 'legend');
  items.forEach(function (it) { d.appendChild(el('span', 'sw-' + it[0], it[1])); });
  return d;
}
`;

// src/report/html-diff.ts
var split = (s) => [s.cpu_js_s, s.cpu_native_s, s.system_s, s.gc_s];
function row(f, i2) {
  const base = metricValue(f, "base");
  const head = metricValue(f, "head");
  const baseWhere = f.base_line !== null ? `${f.base_file ?? f.file}:${f.base_line}` : "new";
  const headWhere = f.location === "head" ? `${f.file}:${f.line}` : "removed";
  const scope = f.scope === "function" ? `function ${f.function ?? ""}`.trim() : "line";
  const what = f.category && f.category !== "total" ? `${CATEGORY_LABEL[f.category]} time` : f.metric.replace(/_/g, " ");
  return {
    id: `finding-${i2}`,
    kind: f.kind,
    kind_label: KIND_LABEL[f.kind],
    what: `${scope}: ${what}`,
    file: f.file,
    line: f.line,
    base_file: f.base_file,
    base_line: f.base_line,
    location: f.location,
    where: f.location === "base" ? baseWhere : f.base_line !== null && (f.base_line !== f.line || (f.base_file ?? f.file) !== f.file) ? `${baseWhere} \u2192 ${headWhere}` : headWhere,
    function: f.function,
    source: f.source_line,
    base_text: f.base.present ? formatMetric(f, base) : "\u2014",
    head_text: f.head.present ? formatMetric(f, head) : "\u2014",
    delta_text: formatSigned(formatMetric(f, f.delta), f.delta),
    rel_text: f.relative_delta === null ? "new" : formatSigned(formatPercent(f.relative_delta), f.relative_delta),
    p_text: formatPValue(f.p_value),
    delta: f.delta,
    rel: f.relative_delta,
    p: f.p_value,
    improvement: f.improvement,
    changed: f.changed_in_head,
    message: f.message,
    base_split: split(f.base),
    head_split: split(f.head),
    base_present: f.base.present
  };
}
function totalsRows(b, h) {
  const out = [];
  const t = (label, x, y, fmt, higherIsWorse = true) => {
    if (x === void 0 && y === void 0) return;
    const bx = x ?? 0;
    const hy = y ?? 0;
    const d = hy - bx;
    out.push({ label, base: x === void 0 ? "\u2014" : fmt(bx), head: y === void 0 ? "\u2014" : fmt(hy), delta: formatSigned(fmt(d), d), worse: d === 0 ? null : d > 0 === higherIsWorse });
  };
  t("Elapsed", b.elapsed_s, h.elapsed_s, formatSeconds);
  t("Time in profiled code", b.attributed_s, h.attributed_s, formatSeconds);
  t("JS", b.cpu_js_s, h.cpu_js_s, formatSeconds);
  t("Native", b.cpu_native_s, h.cpu_native_s, formatSeconds);
  t("System", b.system_s, h.system_s, formatSeconds);
  t("GC", b.gc_s, h.gc_s, formatSeconds);
  t("Unattributed", b.unattributed_s, h.unattributed_s, formatSeconds);
  t("Allocated", b.alloc_bytes, h.alloc_bytes, formatBytes);
  t("Peak footprint", b.peak_footprint_bytes, h.peak_footprint_bytes, formatBytes);
  t("Copy volume", b.copy_bytes, h.copy_bytes, formatBytes);
  t("GPU time", b.gpu_s, h.gpu_s, formatSeconds);
  return out;
}
function diffView(diff, title = "Performance diff: base \u2192 head") {
  const { summary } = diff;
  const rows = diff.findings.map(row);
  const groups = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const key = r.location === "base" ? r.base_file ?? r.file : r.file;
    let g2 = groups.get(key);
    if (!g2) {
      g2 = { file: key, base_file: r.base_file !== null && r.base_file !== key ? r.base_file : null, rows: [] };
      groups.set(key, g2);
    }
    g2.rows.push(r);
  }
  for (const g2 of groups.values()) g2.rows.sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
  const verdictText = summary.verdict === "regression" ? `${summary.regressions} regression${summary.regressions === 1 ? "" : "s"}${summary.improvements ? `, ${summary.improvements} improvement${summary.improvements === 1 ? "" : "s"}` : ""}` : summary.verdict === "improvement" ? `${summary.improvements} improvement${summary.improvements === 1 ? "" : "s"}, no regressions` : "No significant change";
  const out = [];
  const sideFacts = (label, get) => {
    const b = get(diff.base);
    const h = get(diff.head);
    if (b || h) out.push([label, b ?? "\u2014", h ?? "\u2014"]);
  };
  sideFacts("Command", (s) => s.command.join(" ") || null);
  sideFacts("Commit", (s) => s.git_sha ? s.git_sha.slice(0, 12) : null);
  sideFacts("Runs", (s) => `${s.runs} run${s.runs === 1 ? "" : "s"} in ${s.profiles} profile${s.profiles === 1 ? "" : "s"}`);
  sideFacts("Mode", (s) => s.mode === "full" ? "CPU + memory" : "CPU only");
  sideFacts("Node", (s) => s.node_version);
  sideFacts("CPU", (s) => s.cpu_model);
  sideFacts("Tool", (s) => s.tool_version);
  const scale = Math.max(0, ...rows.flatMap((r) => [r.base_split, r.head_split].map((x) => x[0] + x[1] + x[2] + x[3])));
  return {
    title,
    verdict: summary.verdict,
    verdict_text: verdictText + (summary.slowdown_ratio !== null ? ` \xB7 head/base time ${summary.slowdown_ratio.toFixed(2)}\xD7` : ""),
    counts: FINDING_KINDS.map((k) => [KIND_LABEL[k], summary.by_kind[k]?.regressions ?? 0, summary.by_kind[k]?.improvements ?? 0]).filter((c) => c[1] + c[2] > 0),
    totals: totalsRows(summary.totals.base, summary.totals.head),
    sides: out,
    files: summary.files,
    warnings: diff.warnings.map((w) => w.message),
    groups: [...groups.values()],
    rows,
    scale_s: scale
  };
}
function renderDiffHtml(diff, opts = {}) {
  const view = diffView(diff, opts.title);
  return htmlPage({ title: view.title, script: DIFF_SCRIPT, data: view });
}
var DIFF_SCRIPT = String.raw`
var app = document.getElementById('app');
add(app, el('h1', '', data.title));
var v = el('div', 'verdict ' + data.verdict, data.verdict_text);
v.id = 'verdict';
app.appendChild(v);
var CATS = [['js', 'JS'], ['native', 'native'], ['system', 'system'], ['gc', 'GC']];

// Sides and totals.
if (data.sides.length) {
  var st = el('table', 'sides');
  var sh = el('tr');
  add(sh, el('th', '', ''), el('th', '', 'Base'), el('th', '', 'Head'));
  add(st, add(el('thead'), sh));
  var sb = el('tbody');
  data.sides.forEach(function (s) { var tr = el('tr'); add(tr, el('th', '', s[0]), el('td', '', s[1]), el('td', '', s[2])); sb.appendChild(tr); });
  st.appendChild(sb);
  app.appendChild(st);
}
app.appendChild(el('h2', '', 'Totals'));
var tt = el('table', 'totals');
tt.id = 'totals';
var th = el('tr');
add(th, el('th', '', 'Measure'), el('th', 'num', 'Base'), el('th', '', ''), el('th', 'num', 'Head'), el('th', 'num', 'Change'));
add(tt, add(el('thead'), th));
var tb = el('tbody');
data.totals.forEach(function (t) {
  var tr = el('tr', t.worse === true ? 'regressed' : t.worse === false ? 'improved' : '');
  add(tr, el('td', '', t.label), el('td', 'num', t.base), el('td', 'arrow', '\u2192'), el('td', 'num', t.head), el('td', 'num delta', t.delta));
  tb.appendChild(tr);
});
tt.appendChild(tb);
app.appendChild(tt);
if (data.counts.length) {
  app.appendChild(factsList(data.counts.map(function (c) { return [c[0], c[1] + ' regressed, ' + c[2] + ' improved']; })));
}
var fl = [];
if (data.files.renamed.length) fl.push('Renamed: ' + data.files.renamed.map(function (r) { return r.base + ' \u2192 ' + r.head; }).join(', '));
if (data.files.added.length) fl.push('Only in head: ' + data.files.added.join(', '));
if (data.files.removed.length) fl.push('Only in base: ' + data.files.removed.join(', '));
if (fl.length) app.appendChild(notes(fl));
if (data.warnings.length) {
  var det = el('details', 'warnings');
  add(det, el('summary', '', 'Notes (' + data.warnings.length + ')'), notes(data.warnings));
  app.appendChild(det);
}

// Per-file diff view.
var dv = el('section', 'diff');
dv.id = 'diff';
dv.appendChild(el('h2', '', 'Changed lines'));
if (data.groups.length === 0) dv.appendChild(el('p', 'muted', 'No line changed significantly.'));
else dv.appendChild(legend([['js', 'JS'], ['native', 'native'], ['system', 'system'], ['gc', 'GC']]));
data.groups.forEach(function (g) {
  var head = el('div', 'file-head');
  add(head, el('h3', 'path', g.file));
  if (g.base_file) head.appendChild(el('span', 'muted', 'was ' + g.base_file));
  dv.appendChild(head);
  var table = el('table', 'difflines');
  var hr = el('tr');
  add(hr, el('th', 'num', 'Base'), el('th', 'num', 'Head'), el('th', '', 'Change'), el('th', '', 'Time split (base over head)'), el('th', 'num', 'Base'), el('th', '', ''), el('th', 'num', 'Head'), el('th', 'num', '\u0394'), el('th', 'num', 'p'), el('th', '', 'Source'));
  add(table, add(el('thead'), hr));
  var body = el('tbody');
  g.rows.forEach(function (r) {
    var tr = el('tr', r.improvement ? 'improved' : 'regressed');
    tr.id = r.id;
    tr.setAttribute('data-kind', r.kind);
    tr.title = r.message;
    add(tr,
      el('td', 'ln', r.base_line === null ? '\u2014' : r.base_line),
      el('td', 'ln', r.location === 'base' ? '\u2014' : r.line));
    var what = el('td', 'what', r.what);
    if (r.changed) what.appendChild(el('span', 'marker changed', 'edited'));
    tr.appendChild(what);
    var bars = el('td', 'bars');
    add(bars,
      stackedBar(CATS.map(function (c, i) { return [c[0], r.base_split[i], 'base ' + c[1]]; }), data.scale_s),
      stackedBar(CATS.map(function (c, i) { return [c[0], r.head_split[i], 'head ' + c[1]]; }), data.scale_s));
    tr.appendChild(bars);
    add(tr, el('td', 'num', r.base_text), el('td', 'arrow', '\u2192'), el('td', 'num', r.head_text), el('td', 'num delta', r.delta_text + ' (' + r.rel_text + ')'), el('td', 'num', r.p_text));
    tr.appendChild(el('td', 'src', r.source === null ? (r.function ? '(in ' + r.function + ')' : '') : r.source));
    body.appendChild(tr);
  });
  table.appendChild(body);
  var wrap = el('div', 'scroll');
  wrap.appendChild(table);
  dv.appendChild(wrap);
});
app.appendChild(dv);

// Sortable findings table.
if (data.rows.length) {
  var fs = el('section', 'findings');
  fs.id = 'findings';
  fs.appendChild(el('h2', '', 'All findings'));
  data.rows.forEach(function (r) { r._cls = r.improvement ? 'improved' : 'regressed'; });
  var t = sortableTable([
    { title: 'Kind', key: 'kind_label', type: 'str', sortable: true },
    { title: 'What', key: 'what', type: 'str', sortable: true },
    { title: 'Where', key: 'where', type: 'str', sortable: true },
    { title: 'Function', key: 'function', type: 'str', sortable: true, cell: function (r) { return r.function || ''; } },
    { title: 'Base', key: 'base_text', type: 'str', cls: 'num' },
    { title: 'Head', key: 'head_text', type: 'str', cls: 'num' },
    { title: '\u0394', key: 'delta', type: 'num', sortable: true, cell: function (r) { return r.delta_text; } },
    { title: 'Relative', key: 'rel', type: 'num', sortable: true, cell: function (r) { return r.rel_text; } },
    { title: 'p', key: 'p', type: 'num', sortable: true, cell: function (r) { return r.p_text; } },
    { title: 'Finding', key: 'message', type: 'str', cls: 'msg' }
  ], data.rows, null, 'findings-table');
  t.id = 'findings-table';
  var w = el('div', 'scroll');
  w.appendChild(t);
  fs.appendChild(w);
  app.appendChild(fs);
}
document.body.setAttribute('data-ready', 'true');
`;

// src/cli/load.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync8, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute5, join as join9, relative as relative3, sep as sep3 } from "node:path";

// src/model/validate.ts
var MAX_PROFILE_BYTES = 512 * 1024 * 1024;
function fail(where, what) {
  throw new InputError(`${where}: ${what}`);
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function num(v, where, opts = {}) {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(where, `expected a finite number, got ${describe(v)}`);
  if (opts.min !== void 0 && v < opts.min) fail(where, `expected \u2265 ${opts.min}, got ${v}`);
  if (opts.integer && !Number.isInteger(v)) fail(where, `expected an integer, got ${v}`);
  return v;
}
function str(v, where) {
  if (typeof v !== "string") fail(where, `expected a string, got ${describe(v)}`);
  return v;
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return v.length > 40 ? "a string" : JSON.stringify(v);
  return typeof v === "object" ? "an object" : String(v);
}
var EPS = 1e-9;
function checkMetrics(m, where, runs) {
  for (const k of ["cpu_js_s", "cpu_native_s", "system_s", "gc_s"]) num(m[k], `${where}.${k}`, { min: -EPS });
  num(m.samples, `${where}.samples`, { min: 0 });
  for (const k of [...SUMMABLE_METRICS, ...MAX_METRICS]) {
    if (m[k] === void 0) continue;
    if (k === "net_bytes") num(m[k], `${where}.${k}`);
    else num(m[k], `${where}.${k}`, { min: -EPS });
  }
  if (m.gpu_util !== void 0) {
    const u = num(m.gpu_util, `${where}.gpu_util`, { min: 0 });
    if (u > 1 + 1e-6) fail(`${where}.gpu_util`, `utilisation is a fraction in [0, 1], got ${u}`);
  }
  if (m.timeline !== void 0) {
    if (!Array.isArray(m.timeline)) fail(`${where}.timeline`, "expected an array of [seconds, bytes] pairs");
    if (m.timeline.length > 1e3) fail(`${where}.timeline`, `at most 1000 points, got ${m.timeline.length}`);
    m.timeline.forEach((p, i2) => {
      if (!Array.isArray(p) || p.length !== 2) fail(`${where}.timeline[${i2}]`, "expected a [seconds, bytes] pair");
      num(p[0], `${where}.timeline[${i2}][0]`);
      num(p[1], `${where}.timeline[${i2}][1]`);
    });
  }
  if (m.leak !== void 0) {
    if (!isObject2(m.leak)) fail(`${where}.leak`, "expected an object");
    const l = num(m.leak.likelihood, `${where}.leak.likelihood`, { min: 0 });
    if (l > 1) fail(`${where}.leak.likelihood`, `expected a probability, got ${l}`);
    num(m.leak.velocity_bytes_per_s, `${where}.leak.velocity_bytes_per_s`);
  }
  if (m.per_run !== void 0) {
    if (!isObject2(m.per_run)) fail(`${where}.per_run`, "expected an object of arrays");
    for (const [k, arr] of Object.entries(m.per_run)) {
      if (!Array.isArray(arr)) fail(`${where}.per_run.${k}`, "expected an array");
      if (arr.length !== runs) fail(`${where}.per_run.${k}`, `expected ${runs} values (meta.runs), got ${arr.length}`);
      arr.forEach((x, i2) => num(x, `${where}.per_run.${k}[${i2}]`));
    }
  }
}
function validateProfile(data2, name) {
  if (!isObject2(data2)) fail(name, "expected a JSON object");
  if (data2.schema !== PROFILE_SCHEMA) {
    fail(name, `not a scalene-ci profile (schema is ${describe(data2.schema)}, expected "${PROFILE_SCHEMA}")`);
  }
  const meta = data2.meta;
  if (!isObject2(meta)) fail(`${name}: meta`, "missing or not an object");
  const runs = num(meta.runs, `${name}: meta.runs`, { min: 1, integer: true });
  num(meta.elapsed_s, `${name}: meta.elapsed_s`, { min: 0 });
  num(meta.sampling_interval_ms, `${name}: meta.sampling_interval_ms`, { min: 0 });
  if (typeof meta.complete !== "boolean") fail(`${name}: meta.complete`, "expected true or false");
  if (meta.mode !== "cpu" && meta.mode !== "full") fail(`${name}: meta.mode`, `expected "cpu" or "full", got ${describe(meta.mode)}`);
  str(meta.tool_version, `${name}: meta.tool_version`);
  str(meta.source_format, `${name}: meta.source_format`);
  if (!Array.isArray(meta.command)) fail(`${name}: meta.command`, "expected an array of strings");
  if (!Array.isArray(meta.missing)) fail(`${name}: meta.missing`, "expected an array");
  if (!Array.isArray(meta.processes)) fail(`${name}: meta.processes`, "expected an array");
  if (!Array.isArray(meta.warnings)) fail(`${name}: meta.warnings`, "expected an array");
  const totals = data2.totals;
  if (!isObject2(totals)) fail(`${name}: totals`, "missing or not an object");
  checkMetrics(totals, `${name}: totals`, runs);
  const files = data2.files;
  if (!isObject2(files)) fail(`${name}: files`, "missing or not an object");
  for (const [path, f] of Object.entries(files)) {
    const where = `${name}: files[${JSON.stringify(path)}]`;
    if (!isObject2(f)) fail(where, "expected an object");
    if (f.source !== null && typeof f.source !== "string") fail(`${where}.source`, "expected a string or null");
    if (!Array.isArray(f.lines)) fail(`${where}.lines`, "expected an array");
    if (!Array.isArray(f.functions)) fail(`${where}.functions`, "expected an array");
    let prev = 0;
    f.lines.forEach((l, i2) => {
      const lw = `${where}.lines[${i2}]`;
      if (!isObject2(l)) fail(lw, "expected an object");
      const line = num(l.line, `${lw}.line`, { min: 1, integer: true });
      if (line <= prev) fail(`${lw}.line`, `lines must be ascending and unique (${line} after ${prev})`);
      prev = line;
      checkMetrics(l, lw, runs);
    });
    f.functions.forEach((fn, i2) => {
      const fw = `${where}.functions[${i2}]`;
      if (!isObject2(fn)) fail(fw, "expected an object");
      str(fn.name, `${fw}.name`);
      const start = num(fn.line, `${fw}.line`, { min: 0, integer: true });
      const end = num(fn.end_line, `${fw}.end_line`, { min: 0, integer: true });
      if (end < start) fail(fw, `end_line ${end} is before line ${start}`);
      checkMetrics(fn, fw, runs);
    });
  }
  return data2;
}

// src/import/json-read.ts
function isObject3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function fail2(where, what) {
  throw new InputError(`${where}: ${what}`);
}
function object(v, where) {
  if (!isObject3(v)) fail2(where, "expected an object");
  return v;
}
function array(v, where) {
  if (!Array.isArray(v)) fail2(where, "expected an array");
  return v;
}
function number(v, where, fallback) {
  if (v === void 0 && fallback !== void 0) return fallback;
  if (typeof v !== "number" || !Number.isFinite(v)) fail2(where, `expected a finite number, got ${describe2(v)}`);
  return v;
}
function string(v, where, fallback) {
  if (v === void 0 && fallback !== void 0) return fallback;
  if (typeof v !== "string") fail2(where, `expected a string, got ${describe2(v)}`);
  return v;
}
function describe2(v) {
  if (v === void 0) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return v.length > 40 ? "a string" : JSON.stringify(v);
  return typeof v === "object" ? "an object" : String(v);
}
function downsample2(points, max) {
  if (points.length <= max) return points;
  const out = [];
  for (let i2 = 0; i2 < max; i2++) out.push(points[Math.round(i2 * (points.length - 1) / (max - 1))]);
  return out;
}

// src/import/pprof.ts
import { gunzipSync } from "node:zlib";

// node_modules/pprof-format/dist/esm/index.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _StringTable_encodings;
var _StringTable_positions;
var lowMaxBig = 2n ** 32n - 1n;
var lowMax = 2 ** 32 - 1;
var lowMaxPlus1 = lowMax + 1;
var toUtf8 = typeof Buffer === "undefined" ? (value) => new TextEncoder().encode(value) : (value) => Buffer.from(value, "utf8");
function countNumberBytes(buffer) {
  if (!buffer.length)
    return 0;
  let i2 = 0;
  while (i2 < buffer.length && buffer[i2++] >= 128)
    ;
  return i2;
}
function decodeBigNumber(buffer) {
  if (!buffer.length)
    return BigInt(0);
  let value = BigInt(buffer[0] & 127);
  let i2 = 0;
  while (buffer[i2++] >= 128) {
    value |= BigInt(buffer[i2] & 127) << BigInt(7 * i2);
  }
  return value;
}
function makeValue(value, offset2 = 0) {
  return { value, offset: offset2 };
}
function getValue(mode, buffer) {
  switch (mode) {
    case kTypeVarInt:
      for (let i2 = 0; i2 < buffer.length; i2++) {
        if (!(buffer[i2] & 128)) {
          return makeValue(buffer.subarray(0, i2 + 1));
        }
      }
      return makeValue(buffer);
    case kTypeLengthDelim: {
      const offset2 = countNumberBytes(buffer);
      const size = decodeNumber(buffer);
      return makeValue(buffer.subarray(offset2, Number(size) + offset2), offset2);
    }
    default:
      throw new Error(`Unrecognized value type: ${mode}`);
  }
}
function lowBits(number2) {
  return typeof number2 !== "bigint" ? (number2 >>> 0) % lowMaxPlus1 : Number(number2 & lowMaxBig);
}
function highBits(number2) {
  return typeof number2 !== "bigint" ? number2 / lowMaxPlus1 >>> 0 : Number(number2 >> 32n & lowMaxBig);
}
function long(number2) {
  const sign = number2 < 0;
  if (sign)
    number2 = -number2;
  let lo = lowBits(number2);
  let hi = highBits(number2);
  if (sign) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > lowMax) {
      lo = 0;
      if (++hi > lowMax) {
        hi = 0;
      }
    }
  }
  return [hi, lo];
}
var kTypeVarInt = 0;
var kTypeLengthDelim = 2;
function decodeNumber(buffer) {
  const size = countNumberBytes(buffer);
  if (size > 4)
    return decodeBigNumber(buffer);
  if (!buffer.length)
    return 0;
  let value = buffer[0] & 127;
  let i2 = 0;
  while (buffer[i2++] >= 128) {
    value |= (buffer[i2] & 127) << 7 * i2;
  }
  return value;
}
function decodeNumbers(buffer) {
  const values = [];
  let start = 0;
  for (let i2 = 0; i2 < buffer.length; i2++) {
    if ((buffer[i2] & 128) === 0) {
      values.push(decodeNumber(buffer.subarray(start, i2 + 1)));
      start = i2 + 1;
    }
  }
  return values;
}
function push(value, list3) {
  if (list3 == null) {
    return [value];
  }
  list3.push(value);
  return list3;
}
function pushAll(values, list3) {
  if (list3 == null) {
    return values;
  }
  for (const value of values) {
    list3.push(value);
  }
  return list3;
}
function measureNumber(number2) {
  if (number2 === 0 || number2 === 0n)
    return 0;
  const [hi, lo] = long(number2);
  const a = lo;
  const b = (lo >>> 28 | hi << 4) >>> 0;
  const c = hi >>> 24;
  if (c !== 0) {
    return c < 128 ? 9 : 10;
  }
  if (b !== 0) {
    if (b < 16384) {
      return b < 128 ? 5 : 6;
    }
    return b < 2097152 ? 7 : 8;
  }
  if (a < 16384) {
    return a < 128 ? 1 : 2;
  }
  return a < 2097152 ? 3 : 4;
}
function measureValue(value) {
  if (typeof value === "undefined")
    return 0;
  if (typeof value === "number" || typeof value === "bigint") {
    return measureNumber(value) || 1;
  }
  return value.length;
}
function measureArray(list3) {
  let size = 0;
  for (const item of list3) {
    size += measureValue(item);
  }
  return size;
}
function measureNumberField(number2) {
  const length = measureNumber(number2);
  return length ? 1 + length : 0;
}
function measureNumberArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureNumber(value) || 1;
  }
  return total ? 1 + measureNumber(total) + total : 0;
}
function measureLengthDelimField(value) {
  const length = measureValue(value);
  return length ? 1 + measureNumber(length) + length : 0;
}
function measureLengthDelimArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureLengthDelimField(value);
  }
  return total;
}
function encodeNumber(buffer, i2, number2) {
  if (number2 === 0 || number2 === 0n) {
    buffer[i2++] = 0;
    return i2;
  }
  let [hi, lo] = long(number2);
  while (hi) {
    buffer[i2++] = lo & 127 | 128;
    lo = (lo >>> 7 | hi << 25) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    buffer[i2++] = lo & 127 | 128;
    lo = lo >>> 7;
  }
  buffer[i2++] = lo;
  return i2;
}
var emptyTableToken = /* @__PURE__ */ Symbol();
var StringTable = class _StringTable {
  constructor(tok) {
    this.strings = new Array();
    _StringTable_encodings.set(this, new Array());
    _StringTable_positions.set(this, /* @__PURE__ */ new Map());
    if (tok !== emptyTableToken) {
      this.dedup("");
    }
  }
  get encodedLength() {
    let size = 0;
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      size += encoded.length;
    }
    return size;
  }
  _encodeToBuffer(buffer, offset2) {
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      buffer.set(encoded, offset2);
      offset2 += encoded.length;
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.encodedLength)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static _encodeStringFromUtf8(stringBuffer) {
    const buffer = new Uint8Array(1 + stringBuffer.length + (measureNumber(stringBuffer.length) || 1));
    let offset2 = 0;
    buffer[offset2++] = 50;
    offset2 = encodeNumber(buffer, offset2, stringBuffer.length);
    if (stringBuffer.length > 0) {
      buffer.set(stringBuffer, offset2);
    }
    return buffer;
  }
  static _encodeString(string2) {
    return _StringTable._encodeStringFromUtf8(toUtf8(string2));
  }
  dedup(string2) {
    if (typeof string2 === "number")
      return string2;
    if (!__classPrivateFieldGet(this, _StringTable_positions, "f").has(string2)) {
      const pos = this.strings.push(string2) - 1;
      __classPrivateFieldGet(this, _StringTable_positions, "f").set(string2, pos);
      __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeString(string2));
    }
    return __classPrivateFieldGet(this, _StringTable_positions, "f").get(string2);
  }
  _decodeString(buffer) {
    const string2 = new TextDecoder().decode(buffer);
    __classPrivateFieldGet(this, _StringTable_positions, "f").set(string2, this.strings.push(string2) - 1);
    __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeStringFromUtf8(buffer));
  }
};
_StringTable_encodings = /* @__PURE__ */ new WeakMap(), _StringTable_positions = /* @__PURE__ */ new WeakMap();
function decode2(buffer, decoder) {
  const data2 = {};
  let index = 0;
  while (index < buffer.length) {
    const field = buffer[index] >> 3;
    const mode = buffer[index] & 7;
    index++;
    const { offset: offset2, value } = getValue(mode, buffer.subarray(index));
    index += value.length + offset2;
    decoder(data2, field, value);
  }
  return data2;
}
var ValueType = class _ValueType {
  static create(data2) {
    return data2 instanceof _ValueType ? data2 : new _ValueType(data2);
  }
  constructor(data2) {
    this.type = data2.type || 0;
    this.unit = data2.unit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.type);
    total += measureNumberField(this.unit);
    return total;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    if (this.type) {
      buffer[offset2++] = 8;
      offset2 = encodeNumber(buffer, offset2, this.type);
    }
    if (this.unit) {
      buffer[offset2++] = 16;
      offset2 = encodeNumber(buffer, offset2, this.unit);
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.type = decodeNumber(buffer);
        break;
      case 2:
        data2.unit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};
var Label = class _Label {
  static create(data2) {
    return data2 instanceof _Label ? data2 : new _Label(data2);
  }
  constructor(data2) {
    this.key = data2.key || 0;
    this.str = data2.str || 0;
    this.num = data2.num || 0;
    this.numUnit = data2.numUnit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.key);
    total += measureNumberField(this.str);
    total += measureNumberField(this.num);
    total += measureNumberField(this.numUnit);
    return total;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    if (this.key) {
      buffer[offset2++] = 8;
      offset2 = encodeNumber(buffer, offset2, this.key);
    }
    if (this.str) {
      buffer[offset2++] = 16;
      offset2 = encodeNumber(buffer, offset2, this.str);
    }
    if (this.num) {
      buffer[offset2++] = 24;
      offset2 = encodeNumber(buffer, offset2, this.num);
    }
    if (this.numUnit) {
      buffer[offset2++] = 32;
      offset2 = encodeNumber(buffer, offset2, this.numUnit);
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.key = decodeNumber(buffer);
        break;
      case 2:
        data2.str = decodeNumber(buffer);
        break;
      case 3:
        data2.num = decodeNumber(buffer);
        break;
      case 4:
        data2.numUnit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};
var Sample = class _Sample {
  static create(data2) {
    return data2 instanceof _Sample ? data2 : new _Sample(data2);
  }
  constructor(data2) {
    this.locationId = data2.locationId || [];
    this.value = data2.value || [];
    this.label = (data2.label || []).map(Label.create);
  }
  get length() {
    let total = 0;
    total += measureNumberArrayField(this.locationId);
    total += measureNumberArrayField(this.value);
    total += measureLengthDelimArrayField(this.label);
    return total;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    if (this.locationId.length) {
      buffer[offset2++] = 10;
      offset2 = encodeNumber(buffer, offset2, measureArray(this.locationId));
      for (const locationId of this.locationId) {
        offset2 = encodeNumber(buffer, offset2, locationId);
      }
    }
    if (this.value.length) {
      buffer[offset2++] = 18;
      offset2 = encodeNumber(buffer, offset2, measureArray(this.value));
      for (const value of this.value) {
        offset2 = encodeNumber(buffer, offset2, value);
      }
    }
    for (const label of this.label) {
      buffer[offset2++] = 26;
      offset2 = encodeNumber(buffer, offset2, label.length);
      offset2 = label._encodeToBuffer(buffer, offset2);
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.locationId = pushAll(decodeNumbers(buffer), data2.locationId);
        break;
      case 2:
        data2.value = pushAll(decodeNumbers(buffer), data2.value);
        break;
      case 3:
        data2.label = push(Label.decode(buffer), data2.label);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};
var Mapping = class _Mapping {
  static create(data2) {
    return data2 instanceof _Mapping ? data2 : new _Mapping(data2);
  }
  constructor(data2) {
    this.id = data2.id || 0;
    this.memoryStart = data2.memoryStart || 0;
    this.memoryLimit = data2.memoryLimit || 0;
    this.fileOffset = data2.fileOffset || 0;
    this.filename = data2.filename || 0;
    this.buildId = data2.buildId || 0;
    this.hasFunctions = !!data2.hasFunctions;
    this.hasFilenames = !!data2.hasFilenames;
    this.hasLineNumbers = !!data2.hasLineNumbers;
    this.hasInlineFrames = !!data2.hasInlineFrames;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.memoryStart);
    total += measureNumberField(this.memoryLimit);
    total += measureNumberField(this.fileOffset);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.buildId);
    total += measureNumberField(this.hasFunctions ? 1 : 0);
    total += measureNumberField(this.hasFilenames ? 1 : 0);
    total += measureNumberField(this.hasLineNumbers ? 1 : 0);
    total += measureNumberField(this.hasInlineFrames ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    if (this.id) {
      buffer[offset2++] = 8;
      offset2 = encodeNumber(buffer, offset2, this.id);
    }
    if (this.memoryStart) {
      buffer[offset2++] = 16;
      offset2 = encodeNumber(buffer, offset2, this.memoryStart);
    }
    if (this.memoryLimit) {
      buffer[offset2++] = 24;
      offset2 = encodeNumber(buffer, offset2, this.memoryLimit);
    }
    if (this.fileOffset) {
      buffer[offset2++] = 32;
      offset2 = encodeNumber(buffer, offset2, this.fileOffset);
    }
    if (this.filename) {
      buffer[offset2++] = 40;
      offset2 = encodeNumber(buffer, offset2, this.filename);
    }
    if (this.buildId) {
      buffer[offset2++] = 48;
      offset2 = encodeNumber(buffer, offset2, this.buildId);
    }
    if (this.hasFunctions) {
      buffer[offset2++] = 56;
      offset2 = encodeNumber(buffer, offset2, 1);
    }
    if (this.hasFilenames) {
      buffer[offset2++] = 64;
      offset2 = encodeNumber(buffer, offset2, 1);
    }
    if (this.hasLineNumbers) {
      buffer[offset2++] = 72;
      offset2 = encodeNumber(buffer, offset2, 1);
    }
    if (this.hasInlineFrames) {
      buffer[offset2++] = 80;
      offset2 = encodeNumber(buffer, offset2, 1);
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.id = decodeNumber(buffer);
        break;
      case 2:
        data2.memoryStart = decodeNumber(buffer);
        break;
      case 3:
        data2.memoryLimit = decodeNumber(buffer);
        break;
      case 4:
        data2.fileOffset = decodeNumber(buffer);
        break;
      case 5:
        data2.filename = decodeNumber(buffer);
        break;
      case 6:
        data2.buildId = decodeNumber(buffer);
        break;
      case 7:
        data2.hasFunctions = !!decodeNumber(buffer);
        break;
      case 8:
        data2.hasFilenames = !!decodeNumber(buffer);
        break;
      case 9:
        data2.hasLineNumbers = !!decodeNumber(buffer);
        break;
      case 10:
        data2.hasInlineFrames = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};
var Line = class _Line {
  static create(data2) {
    return data2 instanceof _Line ? data2 : new _Line(data2);
  }
  constructor(data2) {
    this.functionId = data2.functionId || 0;
    this.line = data2.line || 0;
    this.column = data2.column || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.functionId);
    total += measureNumberField(this.line);
    total += measureNumberField(this.column);
    return total;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    if (this.functionId) {
      buffer[offset2++] = 8;
      offset2 = encodeNumber(buffer, offset2, this.functionId);
    }
    if (this.line) {
      buffer[offset2++] = 16;
      offset2 = encodeNumber(buffer, offset2, this.line);
    }
    if (this.column) {
      buffer[offset2++] = 24;
      offset2 = encodeNumber(buffer, offset2, this.column);
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.functionId = decodeNumber(buffer);
        break;
      case 2:
        data2.line = decodeNumber(buffer);
        break;
      case 3:
        data2.column = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};
var Location = class _Location {
  static create(data2) {
    return data2 instanceof _Location ? data2 : new _Location(data2);
  }
  constructor(data2) {
    this.id = data2.id || 0;
    this.mappingId = data2.mappingId || 0;
    this.address = data2.address || 0;
    this.line = (data2.line || []).map(Line.create);
    this.isFolded = !!data2.isFolded;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.mappingId);
    total += measureNumberField(this.address);
    total += measureLengthDelimArrayField(this.line);
    total += measureNumberField(this.isFolded ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    if (this.id) {
      buffer[offset2++] = 8;
      offset2 = encodeNumber(buffer, offset2, this.id);
    }
    if (this.mappingId) {
      buffer[offset2++] = 16;
      offset2 = encodeNumber(buffer, offset2, this.mappingId);
    }
    if (this.address) {
      buffer[offset2++] = 24;
      offset2 = encodeNumber(buffer, offset2, this.address);
    }
    for (const line of this.line) {
      buffer[offset2++] = 34;
      offset2 = encodeNumber(buffer, offset2, line.length);
      offset2 = line._encodeToBuffer(buffer, offset2);
    }
    if (this.isFolded) {
      buffer[offset2++] = 40;
      offset2 = encodeNumber(buffer, offset2, 1);
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.id = decodeNumber(buffer);
        break;
      case 2:
        data2.mappingId = decodeNumber(buffer);
        break;
      case 3:
        data2.address = decodeNumber(buffer);
        break;
      case 4:
        data2.line = push(Line.decode(buffer), data2.line);
        break;
      case 5:
        data2.isFolded = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};
var Function = class _Function {
  static create(data2) {
    return data2 instanceof _Function ? data2 : new _Function(data2);
  }
  constructor(data2) {
    this.id = data2.id || 0;
    this.name = data2.name || 0;
    this.systemName = data2.systemName || 0;
    this.filename = data2.filename || 0;
    this.startLine = data2.startLine || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.name);
    total += measureNumberField(this.systemName);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.startLine);
    return total;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    if (this.id) {
      buffer[offset2++] = 8;
      offset2 = encodeNumber(buffer, offset2, this.id);
    }
    if (this.name) {
      buffer[offset2++] = 16;
      offset2 = encodeNumber(buffer, offset2, this.name);
    }
    if (this.systemName) {
      buffer[offset2++] = 24;
      offset2 = encodeNumber(buffer, offset2, this.systemName);
    }
    if (this.filename) {
      buffer[offset2++] = 32;
      offset2 = encodeNumber(buffer, offset2, this.filename);
    }
    if (this.startLine) {
      buffer[offset2++] = 40;
      offset2 = encodeNumber(buffer, offset2, this.startLine);
    }
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.id = decodeNumber(buffer);
        break;
      case 2:
        data2.name = decodeNumber(buffer);
        break;
      case 3:
        data2.systemName = decodeNumber(buffer);
        break;
      case 4:
        data2.filename = decodeNumber(buffer);
        break;
      case 5:
        data2.startLine = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};
var Profile = class {
  constructor(data2 = {}) {
    this.sampleType = (data2.sampleType || []).map(ValueType.create);
    this.sample = (data2.sample || []).map(Sample.create);
    this.mapping = (data2.mapping || []).map(Mapping.create);
    this.location = (data2.location || []).map(Location.create);
    this.function = (data2.function || []).map(Function.create);
    this.stringTable = data2.stringTable || new StringTable();
    this.dropFrames = data2.dropFrames || 0;
    this.keepFrames = data2.keepFrames || 0;
    this.timeNanos = data2.timeNanos || 0;
    this.durationNanos = data2.durationNanos || 0;
    this.periodType = data2.periodType ? ValueType.create(data2.periodType) : void 0;
    this.period = data2.period || 0;
    this.comment = data2.comment || [];
    this.defaultSampleType = data2.defaultSampleType || 0;
    this.docUrl = data2.docUrl || 0;
  }
  get length() {
    let total = 0;
    total += measureLengthDelimArrayField(this.sampleType);
    total += measureLengthDelimArrayField(this.sample);
    total += measureLengthDelimArrayField(this.mapping);
    total += measureLengthDelimArrayField(this.location);
    total += measureLengthDelimArrayField(this.function);
    total += this.stringTable.encodedLength;
    total += measureNumberField(this.dropFrames);
    total += measureNumberField(this.keepFrames);
    total += measureNumberField(this.timeNanos);
    total += measureNumberField(this.durationNanos);
    total += measureLengthDelimField(this.periodType);
    total += measureNumberField(this.period);
    total += measureNumberArrayField(this.comment);
    total += measureNumberField(this.defaultSampleType);
    total += measureNumberField(this.docUrl);
    return total;
  }
  _encodeSampleTypesToBuffer(buffer, offset2 = 0) {
    for (const sampleType of this.sampleType) {
      buffer[offset2++] = 10;
      offset2 = encodeNumber(buffer, offset2, sampleType.length);
      offset2 = sampleType._encodeToBuffer(buffer, offset2);
    }
    return offset2;
  }
  _encodeSamplesToBuffer(buffer, offset2 = 0) {
    for (const sample of this.sample) {
      buffer[offset2++] = 18;
      offset2 = encodeNumber(buffer, offset2, sample.length);
      offset2 = sample._encodeToBuffer(buffer, offset2);
    }
    return offset2;
  }
  _encodeMappingsToBuffer(buffer, offset2 = 0) {
    for (const mapping of this.mapping) {
      buffer[offset2++] = 26;
      offset2 = encodeNumber(buffer, offset2, mapping.length);
      offset2 = mapping._encodeToBuffer(buffer, offset2);
    }
    return offset2;
  }
  _encodeLocationsToBuffer(buffer, offset2 = 0) {
    for (const location2 of this.location) {
      buffer[offset2++] = 34;
      offset2 = encodeNumber(buffer, offset2, location2.length);
      offset2 = location2._encodeToBuffer(buffer, offset2);
    }
    return offset2;
  }
  _encodeFunctionsToBuffer(buffer, offset2 = 0) {
    for (const fun of this.function) {
      buffer[offset2++] = 42;
      offset2 = encodeNumber(buffer, offset2, fun.length);
      offset2 = fun._encodeToBuffer(buffer, offset2);
    }
    return offset2;
  }
  _encodeBasicValuesToBuffer(buffer, offset2 = 0) {
    if (this.dropFrames) {
      buffer[offset2++] = 56;
      offset2 = encodeNumber(buffer, offset2, this.dropFrames);
    }
    if (this.keepFrames) {
      buffer[offset2++] = 64;
      offset2 = encodeNumber(buffer, offset2, this.keepFrames);
    }
    if (this.timeNanos) {
      buffer[offset2++] = 72;
      offset2 = encodeNumber(buffer, offset2, this.timeNanos);
    }
    if (this.durationNanos) {
      buffer[offset2++] = 80;
      offset2 = encodeNumber(buffer, offset2, this.durationNanos);
    }
    if (typeof this.periodType !== "undefined") {
      buffer[offset2++] = 90;
      offset2 = encodeNumber(buffer, offset2, this.periodType.length);
      offset2 = this.periodType._encodeToBuffer(buffer, offset2);
    }
    if (this.period) {
      buffer[offset2++] = 96;
      offset2 = encodeNumber(buffer, offset2, this.period);
    }
    if (this.comment.length) {
      buffer[offset2++] = 106;
      offset2 = encodeNumber(buffer, offset2, measureArray(this.comment));
      for (const comment of this.comment) {
        offset2 = encodeNumber(buffer, offset2, comment);
      }
    }
    if (this.defaultSampleType) {
      buffer[offset2++] = 112;
      offset2 = encodeNumber(buffer, offset2, this.defaultSampleType);
    }
    if (this.docUrl) {
      buffer[offset2++] = 120;
      offset2 = encodeNumber(buffer, offset2, this.docUrl);
    }
    return offset2;
  }
  _encodeToBuffer(buffer, offset2 = 0) {
    offset2 = this._encodeSampleTypesToBuffer(buffer, offset2);
    offset2 = this._encodeSamplesToBuffer(buffer, offset2);
    offset2 = this._encodeMappingsToBuffer(buffer, offset2);
    offset2 = this._encodeLocationsToBuffer(buffer, offset2);
    offset2 = this._encodeFunctionsToBuffer(buffer, offset2);
    offset2 = this.stringTable._encodeToBuffer(buffer, offset2);
    offset2 = this._encodeBasicValuesToBuffer(buffer, offset2);
    return offset2;
  }
  async _encodeToBufferAsync(buffer, offset2 = 0) {
    offset2 = this._encodeSampleTypesToBuffer(buffer, offset2);
    await new Promise(setImmediate);
    offset2 = this._encodeSamplesToBuffer(buffer, offset2);
    await new Promise(setImmediate);
    offset2 = this._encodeMappingsToBuffer(buffer, offset2);
    await new Promise(setImmediate);
    offset2 = this._encodeLocationsToBuffer(buffer, offset2);
    await new Promise(setImmediate);
    offset2 = this._encodeFunctionsToBuffer(buffer, offset2);
    await new Promise(setImmediate);
    offset2 = this.stringTable._encodeToBuffer(buffer, offset2);
    await new Promise(setImmediate);
    offset2 = this._encodeBasicValuesToBuffer(buffer, offset2);
    return offset2;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  async encodeAsync(buffer = new Uint8Array(this.length)) {
    await this._encodeToBufferAsync(buffer, 0);
    return buffer;
  }
  static decodeValue(data2, field, buffer) {
    switch (field) {
      case 1:
        data2.sampleType = push(ValueType.decode(buffer), data2.sampleType);
        break;
      case 2:
        data2.sample = push(Sample.decode(buffer), data2.sample);
        break;
      case 3:
        data2.mapping = push(Mapping.decode(buffer), data2.mapping);
        break;
      case 4:
        data2.location = push(Location.decode(buffer), data2.location);
        break;
      case 5:
        data2.function = push(Function.decode(buffer), data2.function);
        break;
      case 6: {
        if (data2.stringTable === void 0) {
          data2.stringTable = new StringTable(emptyTableToken);
        }
        data2.stringTable._decodeString(buffer);
        break;
      }
      case 7:
        data2.dropFrames = decodeNumber(buffer);
        break;
      case 8:
        data2.keepFrames = decodeNumber(buffer);
        break;
      case 9:
        data2.timeNanos = decodeNumber(buffer);
        break;
      case 10:
        data2.durationNanos = decodeNumber(buffer);
        break;
      case 11:
        data2.periodType = ValueType.decode(buffer);
        break;
      case 12:
        data2.period = decodeNumber(buffer);
        break;
      case 13:
        data2.comment = pushAll(decodeNumbers(buffer), data2.comment);
        break;
      case 14:
        data2.defaultSampleType = decodeNumber(buffer);
        break;
      case 15:
        data2.docUrl = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode2(buffer, this.decodeValue));
  }
};

// src/export/pprof.ts
import { gzipSync } from "node:zlib";

// src/export/frames.ts
var TOP_LEVEL = "(top level)";
var UNATTRIBUTED = "(unattributed)";
function enclosingFunction3(file, line) {
  let best = null;
  for (const fn of file.functions) {
    if (line < fn.line || line > fn.end_line) continue;
    if (!best || fn.end_line - fn.line < best.end_line - best.line) best = fn;
  }
  return best;
}
function lineFrames(profile) {
  const out = [];
  for (const file of Object.keys(profile.files).sort()) {
    const f = profile.files[file];
    for (const line of f.lines) {
      const fn = enclosingFunction3(f, line.line);
      out.push({ file, line, functionName: fn ? fn.name : TOP_LEVEL, functionLine: fn ? fn.line : 1 });
    }
  }
  return out;
}

// src/export/pprof.ts
var PPROF_META_COMMENT = "scalene-ci-meta:";
var PPROF_TOTALS_COMMENT = "scalene-ci-totals:";
var ns = (s) => s * 1e9;
function pprofMeasures(profile) {
  const m = [
    { type: "samples", unit: "count", value: (l) => l.samples },
    { type: "time", unit: "nanoseconds", value: (l) => ns(totalSeconds(l)), unattributed: (p) => ns(p.totals.unattributed_s) },
    { type: "js_cpu", unit: "nanoseconds", value: (l) => ns(l.cpu_js_s) },
    { type: "native_cpu", unit: "nanoseconds", value: (l) => ns(l.cpu_native_s) },
    { type: "system", unit: "nanoseconds", value: (l) => ns(l.system_s) },
    { type: "gc", unit: "nanoseconds", value: (l) => ns(l.gc_s) }
  ];
  if (profile.meta.mode === "full") {
    m.push(
      { type: "alloc_js_space", unit: "bytes", value: (l) => l.alloc_js_bytes ?? 0 },
      { type: "alloc_native_space", unit: "bytes", value: (l) => l.alloc_native_bytes ?? 0 },
      { type: "copy_space", unit: "bytes", value: (l) => l.copy_bytes ?? 0 }
    );
  }
  if (profile.meta.gpu) m.push({ type: "gpu", unit: "nanoseconds", value: (l) => ns(l.gpu_s ?? 0) });
  return m;
}
function toPprof(profile) {
  const strings = new StringTable();
  const measures = pprofMeasures(profile);
  const functions = [];
  const functionIds = /* @__PURE__ */ new Map();
  const fnId = (name, file, startLine) => {
    const key = JSON.stringify([name, file, startLine]);
    let id = functionIds.get(key);
    if (id === void 0) {
      id = functions.length + 1;
      functions.push(new Function({ id, name: strings.dedup(name), systemName: strings.dedup(name), filename: strings.dedup(file), startLine }));
      functionIds.set(key, id);
    }
    return id;
  };
  const locations = [];
  const samples = [];
  const parts = ["js_cpu", "native_cpu", "system", "gc"].map((t) => measures.findIndex((m) => m.type === t));
  const timeIndex = measures.findIndex((m) => m.type === "time");
  const addSample = (functionId, line, values, isLine) => {
    const id = locations.length + 1;
    locations.push(new Location({ id, line: [new Line({ functionId, line })] }));
    const rounded = values.map((v) => Math.round(v));
    if (isLine) rounded[timeIndex] = parts.reduce((a, k) => a + rounded[k], 0);
    samples.push(new Sample({ locationId: [id], value: rounded }));
  };
  for (const file of Object.keys(profile.files).sort()) {
    const f = profile.files[file];
    for (const fn of f.functions) fnId(fn.name, file, fn.line);
    for (const l of f.lines) {
      const fn = enclosingFunction3(f, l.line);
      addSample(fn ? fnId(fn.name, file, fn.line) : fnId(TOP_LEVEL, file, 1), l.line, measures.map((m) => m.value(l)), true);
    }
  }
  if (profile.totals.unattributed_s > 0) {
    addSample(fnId(UNATTRIBUTED, "", 0), 0, measures.map((m) => m.unattributed ? m.unattributed(profile) : 0), false);
  }
  const started = Date.parse(profile.meta.start_time);
  return new Profile({
    sampleType: measures.map((m) => new ValueType({ type: strings.dedup(m.type), unit: strings.dedup(m.unit) })),
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
    timeNanos: Number.isFinite(started) ? BigInt(started) * 1000000n : 0,
    durationNanos: Math.round(ns(profile.meta.elapsed_s)),
    periodType: new ValueType({ type: strings.dedup("time"), unit: strings.dedup("nanoseconds") }),
    period: Math.round(profile.meta.sampling_interval_ms * 1e6),
    comment: [strings.dedup(PPROF_META_COMMENT + JSON.stringify(profile.meta)), strings.dedup(PPROF_TOTALS_COMMENT + JSON.stringify(profile.totals))],
    defaultSampleType: strings.dedup("time")
  });
}
function exportPprof(profile) {
  return gzipSync(toPprof(profile).encode());
}

// src/import/pprof.ts
function isGzip(bytes2) {
  return bytes2.length >= 2 && bytes2[0] === 31 && bytes2[1] === 139;
}
var METRICS = {
  samples: { key: "samples", scale: 1 },
  js_cpu: { key: "cpu_js_s", scale: 1e-9 },
  native_cpu: { key: "cpu_native_s", scale: 1e-9 },
  system: { key: "system_s", scale: 1e-9 },
  gc: { key: "gc_s", scale: 1e-9 },
  alloc_js_space: { key: "alloc_js_bytes", scale: 1 },
  alloc_native_space: { key: "alloc_native_bytes", scale: 1 },
  copy_space: { key: "copy_bytes", scale: 1 },
  gpu: { key: "gpu_s", scale: 1e-9 }
};
function importPprof(bytes2, name) {
  let decoded;
  try {
    decoded = Profile.decode(isGzip(bytes2) ? gunzipSync(bytes2, { maxOutputLength: MAX_PROFILE_BYTES }) : bytes2);
  } catch (e) {
    throw new InputError(`${name}: not a valid pprof profile (${e instanceof Error ? e.message : String(e)})`);
  }
  const str2 = (i2) => decoded.stringTable.strings[Number(i2)] ?? "";
  const metaText = decoded.comment.map(str2).find((c) => c.startsWith(PPROF_META_COMMENT));
  if (metaText === void 0) {
    throw new InputError(`${name}: this pprof file was not written by scalene-ci (no "${PPROF_META_COMMENT}" comment); only scalene-ci's own pprof exports can be read back`);
  }
  let metaJson;
  try {
    metaJson = JSON.parse(metaText.slice(PPROF_META_COMMENT.length));
  } catch {
    throw new InputError(`${name}: the scalene-ci meta comment is not valid JSON`);
  }
  if (!isObject3(metaJson)) throw new InputError(`${name}: the scalene-ci meta comment is not an object`);
  const meta = metaJson;
  const totalsText = decoded.comment.map(str2).find((c) => c.startsWith(PPROF_TOTALS_COMMENT));
  let savedTotals = null;
  if (totalsText !== void 0) {
    try {
      const t = JSON.parse(totalsText.slice(PPROF_TOTALS_COMMENT.length));
      if (isObject3(t)) savedTotals = t;
    } catch {
      throw new InputError(`${name}: the scalene-ci totals comment is not valid JSON`);
    }
  }
  const types2 = decoded.sampleType.map((t) => str2(t.type));
  const functions = new Map(decoded.function.map((f) => [Number(f.id), f]));
  const locations = new Map(decoded.location.map((l) => [Number(l.id), l]));
  const files = {};
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: meta.elapsed_s, unattributed_s: 0 };
  const full = meta.mode === "full";
  decoded.sample.forEach((s, i2) => {
    const loc = locations.get(Number(s.locationId[0] ?? 0));
    const leaf = loc?.line[0];
    const fn = leaf ? functions.get(Number(leaf.functionId)) : void 0;
    if (!loc || !leaf || !fn) throw new InputError(`${name}: sample ${i2} has no location with a line and function`);
    const fnName = str2(fn.name);
    const value = (type) => {
      const k = types2.indexOf(type);
      return k < 0 ? 0 : Number(s.value[k] ?? 0);
    };
    if (fnName === UNATTRIBUTED && str2(fn.filename) === "") {
      totals.unattributed_s += value("time") * 1e-9;
      return;
    }
    const file = str2(fn.filename);
    const f = files[file] ??= { source: null, lines: [], functions: [] };
    const lineNo = Number(leaf.line);
    const l = {};
    types2.forEach((t, k) => {
      const m = METRICS[t];
      if (!m || !full && m.key.endsWith("_bytes")) return;
      l[m.key] = (l[m.key] ?? 0) + Number(s.value[k] ?? 0) * m.scale;
    });
    let line = f.lines.find((x) => x.line === lineNo);
    if (!line) {
      line = { line: lineNo, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
      f.lines.push(line);
    }
    const into = line;
    for (const [k, v] of Object.entries(l)) into[k] = (into[k] ?? 0) + v;
    if (fnName !== TOP_LEVEL) {
      const start = Number(fn.startLine);
      let entry = f.functions.find((x) => x.name === fnName && x.line === start);
      if (!entry) {
        entry = { name: fnName, line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
        f.functions.push(entry);
      }
      const e = entry;
      for (const k of SUMMABLE_METRICS) if (l[k] !== void 0) e[k] = (e[k] ?? 0) + l[k];
      entry.end_line = Math.max(entry.end_line, lineNo);
    }
  });
  for (const fn of decoded.function) {
    const fnName = str2(fn.name);
    const file = str2(fn.filename);
    if (fnName === UNATTRIBUTED || fnName === TOP_LEVEL || !files[file]) continue;
    const start = Number(fn.startLine);
    if (!files[file].functions.some((x) => x.name === fnName && x.line === start)) {
      files[file].functions.push({ name: fnName, line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 });
    }
  }
  const sums = totals;
  for (const f of Object.values(files)) {
    f.lines.sort((a, b) => a.line - b.line);
    f.functions.sort((a, b) => a.line - b.line);
    for (const l of f.lines) for (const k of SUMMABLE_METRICS) if (l[k] !== void 0) sums[k] = (sums[k] ?? 0) + l[k];
  }
  const missing = /* @__PURE__ */ new Set([...Array.isArray(meta.missing) ? meta.missing : [], "function_ranges", "sources"]);
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      ...meta,
      missing: [...missing],
      warnings: [
        ...Array.isArray(meta.warnings) ? meta.warnings : [],
        "Read back from pprof: source text, function end lines, memory timelines, peaks and leaks do not survive the format; figures are rounded to whole nanoseconds and bytes."
      ]
    },
    totals: savedTotals ?? totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/paths.ts
import { fileURLToPath as fileURLToPath3 } from "node:url";
function normalise2(path) {
  return path.replace(/\\/g, "/");
}
function isAbsolutePath2(path) {
  return path.startsWith("/") || /^[A-Za-z]:\//.test(path);
}
function dirOf(path) {
  const i2 = path.lastIndexOf("/");
  return i2 <= 0 ? "/" : path.slice(0, i2);
}
function isUnder(path, root) {
  const r = root.endsWith("/") ? root : root + "/";
  return path.startsWith(r);
}
function commonDir(paths) {
  let root = dirOf(paths[0]);
  for (const p of paths.slice(1)) {
    while (root !== "/" && !isUnder(p, root)) root = dirOf(root);
  }
  return root;
}
function relativeKeys(paths, preferredRoot) {
  const out = /* @__PURE__ */ new Map();
  const abs = paths.map(normalise2).filter(isAbsolutePath2);
  let root = null;
  if (abs.length > 0) {
    const pref = preferredRoot ? normalise2(preferredRoot).replace(/\/+$/, "") : null;
    root = pref && isAbsolutePath2(pref) && abs.some((p) => isUnder(p, pref)) ? pref : commonDir(abs);
  }
  const used = /* @__PURE__ */ new Set();
  for (const original of new Set(paths)) {
    const p = normalise2(original);
    let key = p;
    if (root !== null && isAbsolutePath2(p) && isUnder(p, root)) key = p.slice(root.length).replace(/^\/+/, "");
    if (key === "" || used.has(key)) key = p;
    used.add(key);
    out.set(original, key);
  }
  return out;
}
function scriptPath(url) {
  if (url === "") return null;
  if (url.startsWith("file://")) {
    try {
      return normalise2(fileURLToPath3(url));
    } catch {
      return null;
    }
  }
  const p = normalise2(url);
  return isAbsolutePath2(p) ? p : null;
}

// src/import/scalene.ts
var MIB = 1024 * 1024;
var CPU_SAMPLES_RESERVOIR_SIZE = 500;
var DEFAULT_SAMPLING_INTERVAL_S = 0.01;
var MAX_TIMELINE_POINTS = 100;
function isScaleneJson(json) {
  return isObject3(json) && typeof json.elapsed_time_sec === "number" && isObject3(json.files) && !("schema" in json);
}
function readEntry(v, where) {
  const e = object(v, where);
  const pct2 = (k) => Math.max(0, number(e[k], `${where}.${k}`, 0));
  const memorySamples = [];
  if (e.memory_samples !== void 0) {
    array(e.memory_samples, `${where}.memory_samples`).forEach((p, i2) => {
      const pw = `${where}.memory_samples[${i2}]`;
      const pair = array(p, pw);
      memorySamples.push([number(pair[0], `${pw}[0]`), number(pair[1], `${pw}[1]`)]);
    });
  }
  const optionalLine = (k) => e[k] === void 0 ? null : number(e[k], `${where}.${k}`);
  return {
    lineno: number(e.lineno, `${where}.lineno`),
    text: string(e.line, `${where}.line`, ""),
    pyPct: pct2("n_cpu_percent_python"),
    cPct: pct2("n_cpu_percent_c"),
    sysPct: pct2("n_sys_percent"),
    mallocMb: pct2("n_malloc_mb"),
    pythonFraction: Math.min(1, pct2("n_python_fraction")),
    peakMb: pct2("n_peak_mb"),
    copyMbPerS: pct2("n_copy_mb_s"),
    gpuPct: pct2("n_gpu_percent"),
    gpuPeakMb: pct2("n_gpu_peak_memory_mb"),
    memorySamples,
    cpuSampleCount: e.cpu_samples_list === void 0 ? null : array(e.cpu_samples_list, `${where}.cpu_samples_list`).length,
    startFunctionLine: optionalLine("start_function_line"),
    endFunctionLine: optionalLine("end_function_line")
  };
}
function unescapeScaleneSource(text) {
  return text.replace(/\\u00(26|3c|3e)/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function rebuildSource(entries) {
  if (entries.length === 0) return null;
  const byLine = new Map(entries.map((e) => [e.lineno, unescapeScaleneSource(e.text)]));
  const last = Math.max(...byLine.keys());
  const parts = [];
  for (let n = 1; n <= last; n++) {
    const t = byLine.get(n) ?? "\n";
    parts.push(n < last && !t.endsWith("\n") ? t + "\n" : t);
  }
  return parts.join("");
}
function estimateFunctionEnd(sourceLines, start) {
  const indentOf = (s) => s.match(/^[ \t]*/)[0].replace(/\t/g, "        ").length;
  const blank = (s) => s.trim() === "" || s.trim().startsWith("#");
  let i2 = start - 1;
  if (sourceLines[i2] === void 0) return start;
  const base = indentOf(sourceLines[i2]);
  while (i2 + 1 < sourceLines.length && sourceLines[i2].trim().startsWith("@")) i2++;
  let end = i2 + 1;
  for (i2 = i2 + 1; i2 < sourceLines.length; i2++) {
    const s = sourceLines[i2];
    if (blank(s)) continue;
    if (indentOf(s) <= base && !/^\s*[)\]]/.test(s)) break;
    end = i2 + 1;
  }
  return Math.max(start, end);
}
function sampleCount(e, seconds, intervalS) {
  const estimate = Math.round(seconds / intervalS);
  if (e.cpuSampleCount === null || e.cpuSampleCount === 0 && seconds > 0) return estimate;
  if (e.cpuSampleCount >= CPU_SAMPLES_RESERVOIR_SIZE) return Math.max(CPU_SAMPLES_RESERVOIR_SIZE, estimate);
  return e.cpuSampleCount;
}
function metricsOf2(e, ctx) {
  const s = (pct2) => pct2 / 100 * ctx.elapsedS;
  const m = {
    cpu_js_s: s(e.pyPct),
    cpu_native_s: s(e.cPct),
    system_s: s(e.sysPct),
    gc_s: 0,
    samples: 0
  };
  const wallS = m.cpu_js_s + m.cpu_native_s + m.system_s;
  m.samples = sampleCount(e, wallS, ctx.intervalS);
  if (ctx.memory) {
    const mallocBytes = e.mallocMb * MIB;
    m.alloc_js_bytes = mallocBytes * e.pythonFraction;
    m.alloc_native_bytes = mallocBytes - m.alloc_js_bytes;
    m.peak_bytes = e.peakMb * MIB;
    m.copy_bytes = e.copyMbPerS * MIB * ctx.elapsedS;
    if (e.memorySamples.length > 0) {
      const points = e.memorySamples.map(([ns2, mb]) => [ns2 / 1e9, mb * MIB]).sort((a, b) => a[0] - b[0]);
      m.timeline = downsample2(points, MAX_TIMELINE_POINTS);
    }
  }
  if (ctx.gpu) {
    m.gpu_util = e.gpuPct / 100;
    m.gpu_s = m.gpu_util * wallS;
    m.gpu_mem_peak_bytes = e.gpuPeakMb * MIB;
  }
  return m;
}
function hasData(m) {
  return m.cpu_js_s + m.cpu_native_s + m.system_s > 0 || m.samples > 0 || (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0) + (m.peak_bytes ?? 0) + (m.copy_bytes ?? 0) > 0 || (m.gpu_s ?? 0) > 0 || m.leak !== void 0;
}
function slope2(points) {
  if (points.length < 2) return void 0;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p[0], 0) / n;
  const my = points.reduce((a, p) => a + p[1], 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  return sxx > 0 ? sxy / sxx : void 0;
}
function importScalene(json, name) {
  if (!isScaleneJson(json)) fail2(name, 'not a Scalene JSON profile (expected "elapsed_time_sec" and a "files" object)');
  const root = json;
  const elapsedS = Math.max(0, number(root.elapsed_time_sec, `${name}: elapsed_time_sec`));
  const memory = root.memory === void 0 ? true : root.memory === true;
  const gpu = root.gpu === true;
  const filesIn = object(root.files, `${name}: files`);
  const raw = Object.entries(filesIn).map(([path, f]) => {
    const where = `${name}: files[${JSON.stringify(path)}]`;
    const fo = object(f, where);
    const lines = array(fo.lines ?? [], `${where}.lines`).map((l, i2) => readEntry(l, `${where}.lines[${i2}]`));
    const functions = array(fo.functions ?? [], `${where}.functions`).map((l, i2) => readEntry(l, `${where}.functions[${i2}]`));
    const leaks = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(fo.leaks === void 0 ? {} : object(fo.leaks, `${where}.leaks`))) {
      const lw = `${where}.leaks[${JSON.stringify(k)}]`;
      const lo = object(v, lw);
      const line = Number(k);
      if (!Number.isInteger(line) || line < 1) fail2(lw, "leak keys are line numbers");
      leaks.set(line, {
        likelihood: Math.min(1, Math.max(0, number(lo.likelihood, `${lw}.likelihood`))),
        velocity_bytes_per_s: number(lo.velocity_mb_s, `${lw}.velocity_mb_s`, 0) * MIB
      });
    }
    return { path, lines, functions, leaks };
  });
  const intervalS = DEFAULT_SAMPLING_INTERVAL_S;
  const exactCounts = raw.some((f) => f.lines.some((e) => e.cpuSampleCount !== null));
  const ctx = { elapsedS, memory, gpu, intervalS };
  const entry = typeof root.entrypoint_dir === "string" ? root.entrypoint_dir : typeof root.filename === "string" ? root.filename : null;
  const maxFootprintFile = typeof root.max_footprint_fname === "string" ? root.max_footprint_fname : null;
  const keys = relativeKeys([...raw.map((f) => f.path), ...maxFootprintFile ? [maxFootprintFile] : []], entry);
  const missing = /* @__PURE__ */ new Set(["gc_time", "caller_lines"]);
  if (!memory) {
    missing.add("memory");
    missing.add("copy");
  }
  if (!gpu) missing.add("gpu");
  let estimatedRanges = 0;
  const files = {};
  for (const f of raw) {
    const source = rebuildSource(f.lines);
    const sourceLines = source === null ? [] : source.split("\n");
    const lines = [];
    for (const e of [...f.lines].sort((a, b) => a.lineno - b.lineno)) {
      if (!Number.isInteger(e.lineno) || e.lineno < 1) continue;
      const m = metricsOf2(e, ctx);
      const leak = memory ? f.leaks.get(e.lineno) : void 0;
      if (leak) m.leak = leak;
      if (!hasData(m)) continue;
      if (lines.length > 0 && lines[lines.length - 1].line === e.lineno) continue;
      lines.push({ line: e.lineno, ...m });
    }
    const functions = f.functions.filter((e) => Number.isInteger(e.lineno) && e.lineno >= 0).map((e) => {
      const ranges = f.lines.filter((l) => l.startFunctionLine === e.lineno && (l.endFunctionLine ?? 0) >= e.lineno);
      let end;
      if (ranges.length > 0) end = Math.max(...ranges.map((l) => l.endFunctionLine));
      else {
        end = estimateFunctionEnd(sourceLines, e.lineno);
        estimatedRanges++;
      }
      const m = metricsOf2(e, ctx);
      const inside = lines.filter((l) => l.line >= e.lineno && l.line <= end).reduce((a, l) => a + l.samples, 0);
      if (inside > 0) m.samples = inside;
      return { name: e.text === "" ? "(unknown)" : e.text, line: e.lineno, end_line: end, ...m };
    });
    files[keys.get(f.path)] = { source, lines, functions };
  }
  if (estimatedRanges > 0) missing.add("function_ranges");
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: elapsedS, unattributed_s: 0 };
  const sums = totals;
  for (const f of Object.values(files)) {
    for (const l of f.lines) {
      for (const k of SUMMABLE_METRICS) {
        const v = l[k];
        if (v !== void 0) sums[k] = (sums[k] ?? 0) + v;
      }
    }
  }
  if (memory) {
    for (const k of ["alloc_js_bytes", "alloc_native_bytes", "copy_bytes"]) totals[k] ??= 0;
  }
  const attributedS = totals.cpu_js_s + totals.cpu_native_s + totals.system_s;
  totals.unattributed_s = Math.max(0, elapsedS - attributedS);
  const warnings = [
    `Scalene reports CPU time as percentages of its own sampled total, which its JSON omits; seconds here are percentage \xD7 elapsed_time_sec (${elapsedS.toFixed(2)} s), so they are approximate.`,
    "Python (interpreted) time is shown as JS time and C/native-library time as native time; Scalene measures no garbage-collection time (gc_s is 0).",
    exactCounts ? `CPU sample counts are exact where Scalene kept every timestamp (under ${CPU_SAMPLES_RESERVOIR_SIZE} per line) and estimated elsewhere as time \xF7 Scalene's default ${intervalS * 1e3} ms interval (its JSON does not record the interval).` : `This profile has no per-line sample timestamps; sample counts are estimated as time \xF7 Scalene's default ${intervalS * 1e3} ms interval.`
  ];
  if (memory) {
    warnings.push("Scalene's JSON has no freed or net bytes per line (free_bytes and net_bytes are absent); alloc bytes are split into JS (Python) and native by n_python_fraction.");
    const anyCopy = Object.values(files).some((f) => f.lines.some((l) => (l.copy_bytes ?? 0) > 0));
    const stacks = Array.isArray(root.stacks) && root.stacks.length > 0;
    if (!anyCopy && stacks) {
      warnings.push("Copy volume is 0 on every line. Scalene 2.x on Linux loses copy samples when stacks are on (the default); run it with --no-stacks to measure copies.");
    }
  }
  if (gpu) warnings.push("GPU seconds are estimated as each line's mean GPU utilisation \xD7 its time.");
  if (estimatedRanges > 0) warnings.push(`${estimatedRanges} function end line(s) were estimated from indentation (the profile predates Scalene's start/end_function_line).`);
  if (memory) {
    totals.peak_footprint_bytes = number(root.max_footprint_mb, `${name}: max_footprint_mb`, 0) * MIB;
    totals.peak_bytes = totals.peak_footprint_bytes;
    const line = typeof root.max_footprint_lineno === "number" ? root.max_footprint_lineno : null;
    totals.peak_footprint_at = maxFootprintFile && line !== null && line >= 1 ? { file: keys.get(maxFootprintFile), line } : null;
    const footprint2 = array(root.samples ?? [], `${name}: samples`).map((p, i2) => {
      const pair = array(p, `${name}: samples[${i2}]`);
      return [number(pair[0], `${name}: samples[${i2}][0]`) / 1e9, number(pair[1], `${name}: samples[${i2}][1]`) * MIB];
    }).sort((a, b) => a[0] - b[0]);
    if (footprint2.length > 0) {
      totals.footprint_timeline = downsample2(footprint2, MAX_TIMELINE_POINTS);
      const rate = slope2(footprint2);
      if (rate !== void 0) totals.growth_rate_bytes_per_s = rate;
    }
  }
  const start = typeof root.start_time_absolute === "number" && root.start_time_absolute > 0 ? new Date(root.start_time_absolute * 1e3).toISOString() : "";
  const args = Array.isArray(root.args) && root.args.every((a) => typeof a === "string") ? root.args : [];
  const program = typeof root.program === "string" ? root.program : "";
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: "scalene",
      tool_version: "unknown",
      // Scalene's JSON does not record its version
      source_format: "scalene",
      node_version: null,
      v8_version: null,
      platform: "unknown",
      arch: "unknown",
      cpu_model: null,
      cpu_count: null,
      command: args.length > 0 ? args : program ? [program] : [],
      start_time: start,
      elapsed_s: elapsedS,
      sampling_interval_ms: intervalS * 1e3,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: memory ? "full" : "cpu",
      use_virtual_time: false,
      gpu: gpu ? { per_process: false, devices: typeof root.gpu_device === "string" && root.gpu_device ? [root.gpu_device] : [] } : null,
      missing: [...missing],
      processes: [],
      warnings
    },
    totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/v8-common.ts
function readCallFrame(v, where) {
  const c = object(v, where);
  return {
    functionName: string(c.functionName, `${where}.functionName`, ""),
    url: string(c.url, `${where}.url`, ""),
    lineNumber: number(c.lineNumber, `${where}.lineNumber`, -1),
    columnNumber: number(c.columnNumber, `${where}.columnNumber`, -1),
    scriptId: String(c.scriptId ?? "")
  };
}
var PSEUDO_FRAMES = /* @__PURE__ */ new Set(["(root)", "(program)", "(idle)", "(garbage collector)"]);
function frameLine(f) {
  return f.lineNumber >= 0 ? Math.floor(f.lineNumber) + 1 : 1;
}
function userFile(f) {
  if (PSEUDO_FRAMES.has(f.functionName)) return null;
  return scriptPath(f.url);
}
function functionName(f) {
  return f.functionName === "" ? "(anonymous)" : f.functionName;
}
var FileAccumulator = class {
  files = /* @__PURE__ */ new Map();
  file(path) {
    let f = this.files.get(path);
    if (!f) {
      f = { lines: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
      this.files.set(path, f);
    }
    return f;
  }
  /** Add `add` to one line of `path` and to its function (created at `frame`'s first line). */
  add(path, line, frame, add) {
    const f = this.file(path);
    const l = f.lines.get(line) ?? { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
    accumulate(l, add);
    f.lines.set(line, l);
    const start = frameLine(frame);
    const key = `${start}:${frame.columnNumber}:${frame.functionName}`;
    const fn = f.functions.get(key) ?? { name: functionName(frame), line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
    accumulate(fn, add);
    fn.end_line = Math.max(fn.end_line, line);
    f.functions.set(key, fn);
  }
  get size() {
    return this.files.size;
  }
  /** Build profile@1 files keyed relative to `root` (or the files' common directory). */
  toFiles(root) {
    const keys = relativeKeys([...this.files.keys()], root);
    const out = {};
    for (const [path, f] of this.files) {
      const lines = [...f.lines.entries()].sort((a, b) => a[0] - b[0]).map(([line, m]) => ({ line, ...m }));
      const functions = [...f.functions.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
      out[keys.get(path)] = { source: null, lines, functions };
    }
    return out;
  }
};
function accumulate(into, add) {
  const t = into;
  for (const [k, v] of Object.entries(add)) {
    if (typeof v === "number") t[k] = (t[k] ?? 0) + v;
  }
}
function requireKeys(o, keys, where, what) {
  for (const k of keys) if (!(k in o)) fail2(where, `not a ${what} (no "${k}")`);
}

// src/import/v8-cpuprofile.ts
function isV8CpuProfile(json) {
  return isObject3(json) && Array.isArray(json.nodes) && Array.isArray(json.samples) && typeof json.startTime === "number";
}
function importV8CpuProfile(json, name, opts = {}) {
  const p = object(json, name);
  requireKeys(p, ["nodes", "samples", "startTime", "endTime"], name, "V8 .cpuprofile");
  const startUs = number(p.startTime, `${name}: startTime`);
  const endUs = number(p.endTime, `${name}: endTime`);
  const nodes = /* @__PURE__ */ new Map();
  array(p.nodes, `${name}: nodes`).forEach((v, i2) => {
    const where = `${name}: nodes[${i2}]`;
    const n = object(v, where);
    const frame = readCallFrame(n.callFrame, `${where}.callFrame`);
    const positionTicks = n.positionTicks === void 0 ? [] : array(n.positionTicks, `${where}.positionTicks`).map((t2, j) => {
      const to = object(t2, `${where}.positionTicks[${j}]`);
      return { line: number(to.line, `${where}.positionTicks[${j}].line`), ticks: number(to.ticks, `${where}.positionTicks[${j}].ticks`) };
    });
    nodes.set(number(n.id, `${where}.id`), { frame, file: userFile(frame), positionTicks, selfS: 0, selfSamples: 0, gcS: 0, gcSamples: 0 });
  });
  const samples = array(p.samples, `${name}: samples`).map((s, i2) => number(s, `${name}: samples[${i2}]`));
  const deltas = p.timeDeltas === void 0 ? null : array(p.timeDeltas, `${name}: timeDeltas`).map((d, i2) => number(d, `${name}: timeDeltas[${i2}]`));
  if (deltas && deltas.length !== samples.length) fail2(`${name}: timeDeltas`, `expected ${samples.length} entries (one per sample), got ${deltas.length}`);
  const times = [];
  let t = startUs;
  for (let i2 = 0; i2 < samples.length; i2++) {
    t += deltas ? deltas[i2] : (endUs - startUs) / Math.max(1, samples.length);
    times.push(t);
  }
  const durationS = (i2) => Math.max(0, (i2 + 1 < times.length ? times[i2 + 1] : endUs) - times[i2]) / 1e6;
  const isGc = (n) => n.frame.functionName === "(garbage collector)";
  let gcUnattributedS = 0;
  let gcS = 0;
  for (let i2 = 0; i2 < samples.length; i2++) {
    const node = nodes.get(samples[i2]);
    if (!node) fail2(`${name}: samples[${i2}]`, `refers to node ${samples[i2]} which is not in nodes`);
    const d = durationS(i2);
    if (!isGc(node)) {
      node.selfS += d;
      node.selfSamples += 1;
      continue;
    }
    gcS += d;
    let j = i2 - 1;
    while (j >= 0 && isGc(nodes.get(samples[j]))) j--;
    if (j < 0) {
      j = i2 + 1;
      while (j < samples.length && isGc(nodes.get(samples[j]))) j++;
    }
    const owner = j >= 0 && j < samples.length ? nodes.get(samples[j]) : void 0;
    if (owner && owner.file !== null) {
      owner.gcS += d;
      owner.gcSamples += 1;
    } else gcUnattributedS += d;
  }
  const acc = new FileAccumulator();
  let internalS = 0;
  for (const n of nodes.values()) {
    if (n.file === null) {
      if (!isGc(n)) internalS += n.selfS;
      continue;
    }
    if (n.selfSamples === 0 && n.gcSamples === 0) continue;
    const ticks = n.positionTicks.filter((x) => x.ticks > 0 && x.line >= 1);
    const total = ticks.reduce((a, x) => a + x.ticks, 0);
    const shares = total > 0 ? ticks.map((x) => ({ line: Math.floor(x.line), share: x.ticks / total })) : [{ line: frameLine(n.frame), share: 1 }];
    for (const { line, share: share3 } of shares) {
      acc.add(n.file, line, n.frame, {
        cpu_js_s: n.selfS * share3,
        gc_s: n.gcS * share3,
        samples: (n.selfSamples + n.gcSamples) * share3
      });
    }
  }
  const files = acc.toFiles(opts.root ?? null);
  const elapsedS = Math.max(0, (endUs - startUs) / 1e6);
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: elapsedS, unattributed_s: 0 };
  const sums = totals;
  for (const f of Object.values(files)) for (const l of f.lines) for (const k of SUMMABLE_METRICS) if (l[k] !== void 0) sums[k] += l[k];
  totals.unattributed_s = Math.max(0, elapsedS - (totals.cpu_js_s + totals.gc_s));
  const sortedDeltas = (deltas ?? []).filter((d) => d > 0).sort((a, b) => a - b);
  const intervalMs = sortedDeltas.length > 0 ? sortedDeltas[Math.floor(sortedDeltas.length / 2)] / 1e3 : samples.length > 0 ? elapsedS * 1e3 / samples.length : 0;
  const missing = ["caller_lines", "native_split", "system_time", "memory", "copy", "gpu", "function_ranges", "sources"];
  const warnings = [
    "A V8 .cpuprofile does not split JS from native time or on-CPU from system time: all time on user lines is shown as JS time.",
    `${internalS.toFixed(3)} s in Node internals, native code, idle and V8's own work is not charged to a line (a .cpuprofile names the calling function, not the calling line) and is counted as unattributed.`
  ];
  if (gcS > 0) {
    warnings.push(`GC samples carry no stack: ${(gcS - gcUnattributedS).toFixed(3)} s of ${gcS.toFixed(3)} s of GC was charged to the function of the neighbouring sample.`);
  }
  if (acc.size === 0) warnings.push("No sample fell in a user file (every frame was a Node internal or native code).");
  warnings.push("Function end lines are the last line with samples (a .cpuprofile records only where functions start); source text is not included.");
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: "v8-cpu-profiler",
      tool_version: "unknown",
      source_format: "v8-cpuprofile",
      node_version: null,
      v8_version: null,
      platform: "unknown",
      arch: "unknown",
      cpu_model: null,
      cpu_count: null,
      command: [],
      // startTime is a monotonic clock reading, not a date.
      start_time: "",
      elapsed_s: elapsedS,
      sampling_interval_ms: intervalMs,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: "cpu",
      use_virtual_time: false,
      gpu: null,
      missing,
      processes: [],
      warnings
    },
    totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/v8-heapprofile.ts
function isV8HeapProfile(json) {
  return isObject3(json) && isObject3(json.head) && "selfSize" in json.head && "callFrame" in json.head;
}
var MAX_DEPTH = 1e4;
function importV8HeapProfile(json, name, opts = {}) {
  const p = object(json, name);
  requireKeys(p, ["head"], name, "V8 .heapprofile");
  const acc = new FileAccumulator();
  let internalBytes = 0;
  const nameless = /* @__PURE__ */ new Map();
  let sampledBytes = 0;
  const stack = [{ v: p.head, where: `${name}: head`, depth: 0 }];
  while (stack.length > 0) {
    const { v, where, depth } = stack.pop();
    if (depth > MAX_DEPTH) fail2(where, `call tree deeper than ${MAX_DEPTH}`);
    const n = object(v, where);
    const frame = readCallFrame(n.callFrame, `${where}.callFrame`);
    const self = Math.max(0, number(n.selfSize, `${where}.selfSize`, 0));
    sampledBytes += self;
    if (self > 0) {
      const file = userFile(frame);
      if (file !== null) acc.add(file, frameLine(frame), frame, { alloc_js_bytes: self });
      else if (frame.url === "" && frame.scriptId !== "0" && !PSEUDO_FRAMES.has(frame.functionName)) {
        const fn = functionName(frame);
        nameless.set(fn, (nameless.get(fn) ?? 0) + self);
      } else internalBytes += self;
    }
    const children = n.children === void 0 ? [] : array(n.children, `${where}.children`);
    children.forEach((c, i2) => stack.push({ v: c, where: `${where}.children[${i2}]`, depth: depth + 1 }));
  }
  const sampleCount2 = Array.isArray(p.samples) ? p.samples.length : 0;
  const files = acc.toFiles(opts.root ?? null);
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: 0, unattributed_s: 0, alloc_js_bytes: 0 };
  for (const f of Object.values(files)) for (const l of f.lines) totals.alloc_js_bytes += l.alloc_js_bytes ?? 0;
  const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const warnings = [
    "A V8 heap profile charges allocations to the first line of the allocating function, not to the allocating line.",
    "With node --heap-prof, V8 keeps only samples of objects still live when the profile was written: alloc bytes are a lower bound on what was allocated. Buffers and other off-heap memory are never sampled.",
    `${mb(internalBytes)} of ${mb(sampledBytes)} sampled bytes were allocated in Node internals or native code and are not charged to a line.`,
    "No CPU time, GC time, copy volume, timeline or source text is in a heap profile; function end lines are unknown."
  ];
  if (nameless.size > 0) {
    const top = [...nameless.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([fn, b]) => `${fn} (${mb(b)})`);
    warnings.push(`${mb([...nameless.values()].reduce((a, b) => a + b, 0))} were allocated in functions whose script URL V8 did not record (Node \u2264 20 drops it when the profile is written at exit): ${top.join(", ")}.`);
  }
  const missing = ["cpu", "caller_lines", "native_split", "system_time", "gc_time", "copy", "gpu", "function_ranges", "sources"];
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: "v8-sampling-heap-profiler",
      tool_version: "unknown",
      source_format: "v8-heapprofile",
      node_version: null,
      v8_version: null,
      platform: "unknown",
      arch: "unknown",
      cpu_model: null,
      cpu_count: null,
      command: [],
      start_time: "",
      elapsed_s: 0,
      // Heap sampling is by bytes (512 KiB by default), not by time.
      sampling_interval_ms: 0,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: "full",
      use_virtual_time: false,
      gpu: null,
      missing,
      processes: [],
      warnings: sampleCount2 > 0 ? warnings : [...warnings, "The profile holds no allocation samples."]
    },
    totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/index.ts
function detectFormat(json) {
  if (!isObject3(json)) return null;
  if (typeof json.schema === "string" && json.schema.startsWith("scalene-ci/profile@")) return "scalene-ci";
  if (isScaleneJson(json)) return "scalene";
  if (isV8CpuProfile(json)) return "v8-cpuprofile";
  if (isV8HeapProfile(json)) return "v8-heapprofile";
  return null;
}
function loadAnyProfile(text, name, opts = {}) {
  if (text.trim().length === 0) throw new InputError(`${name}: the file is empty`);
  if (text.length > MAX_PROFILE_BYTES) throw new InputError(`${name}: the file is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^.*?: /, "") : "";
    throw new InputError(`${name}: not valid JSON (truncated or corrupt?)${why ? ": " + why : ""}`);
  }
  switch (detectFormat(json)) {
    case "scalene-ci":
      return validateProfile(json, name);
    case "scalene":
      return importScalene(json, name);
    case "v8-cpuprofile":
      return importV8CpuProfile(json, name, opts);
    case "v8-heapprofile":
      return importV8HeapProfile(json, name, opts);
    default: {
      const schema = isObject3(json) && typeof json.schema === "string" ? ` (schema ${JSON.stringify(json.schema.slice(0, 60))})` : "";
      throw new InputError(
        `${name}: not a profile this tool reads${schema}; expected a scalene-ci profile, Scalene JSON, a V8 .cpuprofile or .heapprofile, or a scalene-ci pprof export`
      );
    }
  }
}
function loadAnyProfileBytes(bytes2, name, opts = {}) {
  if (bytes2.length > MAX_PROFILE_BYTES) throw new InputError(`${name}: the file is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  if (isGzip(bytes2)) return importPprof(bytes2, name);
  return loadAnyProfile(Buffer.from(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength).toString("utf8"), name, opts);
}

// src/cli/load.ts
var DEFAULT_MAX_FILES = 1e3;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MAX_DEPTH2 = 32;
function isGlob(arg) {
  return /[*?[\]{}]/.test(arg);
}
function display(path, cwd) {
  const rel = relative3(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute5(rel) ? rel.split(sep3).join("/") : path;
}
function statOrFail(path, shown) {
  try {
    return statSync2(path);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(`${shown}: no such file or directory`);
    throw new InputError(`${shown}: cannot access (${code ?? "error"})`);
  }
}
function listDir(dir, shown) {
  try {
    return readdirSync3(dir);
  } catch (e) {
    throw new InputError(`${shown}: cannot read the directory (${e.code ?? "error"})`);
  }
}
var byName = (a, b) => a.localeCompare(b, "en", { numeric: true });
function expandGlob(pattern, cwd) {
  const norm = pattern.split(sep3).join("/");
  const abs = norm.startsWith("/");
  const segments = norm.split("/").filter((s, i2) => s !== "" || i2 === 0);
  let k = 0;
  while (k < segments.length && !isGlob(segments[k])) k++;
  const staticPart = segments.slice(0, k).join("/") || (abs ? "/" : ".");
  const rest = segments.slice(k).join("/");
  const root = isAbsolute5(staticPart) ? staticPart : join9(cwd, staticPart);
  let rx;
  try {
    rx = globToRegExp(rest, { anchored: true });
  } catch (e) {
    throw new InputError(`${pattern}: invalid glob (${e.message})`);
  }
  const deep = rest.includes("**");
  const depth = deep ? MAX_DEPTH2 : segments.length - k;
  const out = [];
  const walk = (dir, relDir, level) => {
    let entries;
    try {
      entries = readdirSync3(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = relDir ? `${relDir}/${e.name}` : e.name;
      const full = join9(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync2(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
        if (isDir) continue;
      }
      if (isFile && rx.test(rel)) out.push(full);
      if (isDir && level + 1 < depth && !SKIP_DIRS.has(e.name)) walk(full, rel, level + 1);
    }
  };
  if (statSafe(root)?.isDirectory()) walk(root, "", 0);
  return out.sort(byName);
}
function statSafe(path) {
  try {
    return statSync2(path);
  } catch {
    return null;
  }
}
function expandInput(arg, opts) {
  if (arg.trim() === "") throw new InputError("an empty path was given as a profile");
  const maxFiles = opts.maxFiles ?? DEFAULT_MAX_FILES;
  const full = isAbsolute5(arg) ? arg : join9(opts.cwd, arg);
  let files;
  const st = statSafe(full);
  if (st === null && isGlob(arg)) {
    files = expandGlob(arg, opts.cwd);
    if (files.length === 0) throw new InputError(`${arg}: no files match`);
  } else {
    const s = st ?? statOrFail(full, arg);
    if (s.isDirectory()) {
      files = listDir(full, arg).filter((n) => n.endsWith(".json")).map((n) => join9(full, n)).filter((p) => statSafe(p)?.isFile()).sort(byName);
      if (files.length === 0) throw new InputError(`${arg}: no profiles (*.json files) in this directory`);
    } else {
      files = [full];
    }
  }
  if (files.length > maxFiles) throw new InputError(`${arg}: matches ${files.length} files, more than the limit of ${maxFiles}`);
  return files;
}
function loadProfileFile(path, opts) {
  const shown = display(path, opts.cwd);
  const maxBytes = opts.maxBytes ?? MAX_PROFILE_BYTES;
  const st = statOrFail(path, shown);
  if (!st.isFile()) throw new InputError(`${shown}: not a regular file`);
  if (st.size > maxBytes) throw new InputError(`${shown}: the file is ${formatSize(st.size)}, larger than the limit of ${formatSize(maxBytes)}`);
  let bytes2;
  try {
    bytes2 = readFileSync8(path);
  } catch (e) {
    throw new InputError(`${shown}: cannot read (${e.code ?? "error"})`);
  }
  if (bytes2.length === 0 || bytes2.length < 4096 && bytes2.toString("utf8").trim() === "") {
    throw new InputError(`${shown}: the file is empty`);
  }
  return loadAnyProfileBytes(bytes2, shown);
}
function formatSize(bytes2) {
  if (bytes2 >= 1024 * 1024) return `${(bytes2 / 1024 / 1024).toFixed(1)} MB`;
  if (bytes2 >= 1024) return `${(bytes2 / 1024).toFixed(1)} KB`;
  return `${bytes2} bytes`;
}
function loadProfiles(arg, opts) {
  return expandInput(arg, opts).map((f) => loadProfileFile(f, opts));
}

// src/cli/compare.ts
var COMPARE_USAGE = `usage: scalene-ci compare BASE HEAD [options]
  BASE, HEAD are profile files, directories of per-run profiles, or quoted globs ('runs/base-*.json').
  --format text|markdown|json|html   output format (default text)
  --out FILE                         write the output to FILE instead of stdout
  --config FILE                      configuration (default: .scalene-ci.yml in the working directory)
  --fail-on-regression               exit 1 when there is a regression
  --max-chars N                      Markdown size limit (default: report.max_chars of the config, 60000)
  --blob-url TEMPLATE                link lines in Markdown, e.g. https://github.com/o/r/blob/SHA/{file}#L{line}
  --title TEXT                       heading of the Markdown / HTML output
  --max-input-mb N                   refuse profile files larger than N MB (default 512)`;
var FORMATS = ["text", "markdown", "json", "html"];
function parse5(args) {
  try {
    return parseArgs3({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        out: { type: "string" },
        config: { type: "string" },
        "fail-on-regression": { type: "boolean" },
        "max-chars": { type: "string" },
        "blob-url": { type: "string" },
        title: { type: "string" },
        "max-input-mb": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    throw new UsageError(`compare: ${e.message.split("\n")[0]}`);
  }
}
function positiveNumberOption(name, value, integer) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || integer && !Number.isInteger(n)) {
    throw new UsageError(`--${name} expects a positive ${integer ? "integer" : "number"}, got ${JSON.stringify(value)}`);
  }
  return n;
}
function blobUrlFromTemplate(template) {
  if (!template.includes("{file}")) throw new UsageError(`--blob-url must contain {file} (and usually {line}), got ${JSON.stringify(template)}`);
  if (!/^https?:\/\//.test(template)) throw new UsageError(`--blob-url must be an http(s) URL, got ${JSON.stringify(template)}`);
  return (file, line) => template.replaceAll("{file}", file.split("/").map(encodeURIComponent).join("/")).replaceAll("{line}", String(line));
}
function renderDiff(diff, format, opts) {
  switch (format) {
    case "json":
      return JSON.stringify(diff, null, 2) + "\n";
    case "markdown":
      return renderDiffMarkdown(diff, { maxChars: opts.maxChars, blobUrl: opts.blobUrl, title: opts.title });
    case "html":
      return renderDiffHtml(diff, { title: opts.title });
    case "text":
      return renderDiffText(diff, { color: opts.color });
  }
}
async function compareCommand(args, io) {
  const { values, positionals } = parse5(args);
  if (values.help) {
    io.stdout(COMPARE_USAGE + "\n");
    return 0;
  }
  if (positionals.length !== 2) {
    const hint = positionals.length > 2 ? " (quote globs so the shell does not expand them, e.g. 'base/*.json')" : "";
    throw new UsageError(`compare expects two inputs, BASE and HEAD, got ${positionals.length}${hint}`);
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(values.format)}`);
  const maxInputMb = positiveNumberOption("max-input-mb", values["max-input-mb"], false);
  const maxCharsOpt = positiveNumberOption("max-chars", values["max-chars"], true);
  const blobUrl = values["blob-url"] !== void 0 ? blobUrlFromTemplate(values["blob-url"]) : void 0;
  const config = loadConfig(values.config, io.cwd);
  const loadOpts = { cwd: io.cwd, maxBytes: maxInputMb !== void 0 ? maxInputMb * 1024 * 1024 : void 0 };
  const [baseArg, headArg] = positionals;
  const base = loadProfiles(baseArg, loadOpts);
  const head = loadProfiles(headArg, loadOpts);
  const diff = compareProfiles(base, head, config);
  const text = renderDiff(diff, format, {
    maxChars: maxCharsOpt ?? config.report.max_chars,
    blobUrl,
    title: values.title,
    color: io.isTTY && values.out === void 0 && format === "text"
  });
  if (values.out !== void 0) {
    const path = isAbsolute6(values.out) ? values.out : join10(io.cwd, values.out);
    try {
      writeFileSync3(path, text);
    } catch (e) {
      throw new InputError(`--out ${values.out}: cannot write (${e.code ?? "error"})`);
    }
    const s = diff.summary;
    io.stderr(`scalene-ci: ${s.regressions} regression${s.regressions === 1 ? "" : "s"}, ${s.improvements} improvement${s.improvements === 1 ? "" : "s"}; wrote ${values.out}
`);
  } else {
    io.stdout(text);
  }
  return diff.summary.regressions > 0 && values["fail-on-regression"] ? 1 : 0;
}

// src/cli/merge.ts
import { writeFileSync as writeFileSync4 } from "node:fs";
import { isAbsolute as isAbsolute7, join as join11 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
var MERGE_USAGE = `usage: scalene-ci merge A B ... --out M [--mode runs|shards]
  A, B, ... are profile files, directories of profiles, or quoted globs.
  --out FILE            the merged profile (required)
  --mode runs|shards    runs: repeated runs of one benchmark (default); shards: different benchmarks, summed
  --max-input-mb N      refuse profile files larger than N MB (default 512)`;
async function mergeCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs4({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        mode: { type: "string" },
        "max-input-mb": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    throw new UsageError(`merge: ${e.message.split("\n")[0]}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(MERGE_USAGE + "\n");
    return 0;
  }
  const mode = values.mode ?? "runs";
  if (mode !== "runs" && mode !== "shards") throw new UsageError(`--mode must be "runs" or "shards", got ${JSON.stringify(mode)}`);
  if (values.out === void 0) throw new UsageError("merge needs --out FILE for the merged profile");
  if (positionals.length === 0) throw new UsageError("merge needs at least one profile to read");
  const maxInputMb = positiveNumberOption("max-input-mb", values["max-input-mb"], false);
  const loadOpts = { cwd: io.cwd, maxBytes: maxInputMb !== void 0 ? maxInputMb * 1024 * 1024 : void 0 };
  const profiles = positionals.flatMap((p) => loadProfiles(p, loadOpts));
  const merged = mode === "runs" ? mergeRuns(profiles) : mergeShards(profiles);
  validateProfile(JSON.parse(JSON.stringify(merged)), "merged profile");
  const out = isAbsolute7(values.out) ? values.out : join11(io.cwd, values.out);
  try {
    writeFileSync4(out, JSON.stringify(merged));
  } catch (e) {
    throw new InputError(`--out ${values.out}: cannot write (${e.code ?? "error"})`);
  }
  io.stderr(`scalene-ci: merged ${profiles.length} profile${profiles.length === 1 ? "" : "s"} (${mode}, ${merged.meta.runs} run${merged.meta.runs === 1 ? "" : "s"}) into ${values.out}
`);
  return 0;
}

// src/cli/report.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";

// src/export/speedscope.ts
function exportSpeedscope(profile, name = "scalene-ci profile") {
  const frames = [];
  const index = /* @__PURE__ */ new Map();
  const frame = (f) => {
    const key = JSON.stringify([f.name, f.file ?? null, f.line ?? null]);
    let i2 = index.get(key);
    if (i2 === void 0) {
      i2 = frames.length;
      frames.push(f);
      index.set(key, i2);
    }
    return i2;
  };
  const rows = lineFrames(profile).map((r) => ({
    ...r,
    stack: [
      frame({ name: r.file, file: r.file }),
      frame({ name: `${r.functionName} (${r.file}:${r.functionLine})`, file: r.file, line: r.functionLine }),
      frame({ name: `${r.functionName} (${r.file}:${r.line.line})`, file: r.file, line: r.line.line })
    ]
  }));
  const missing = new Set(profile.meta.missing);
  const measures = [{ name: "Time: JS + native + system + GC", unit: "seconds", value: totalSeconds, unattributed: profile.totals.unattributed_s }];
  if (!missing.has("cpu")) {
    measures.push({ name: "JS time", unit: "seconds", value: (l) => l.cpu_js_s });
    if (!missing.has("native_split")) measures.push({ name: "Native time", unit: "seconds", value: (l) => l.cpu_native_s });
    if (!missing.has("system_time")) measures.push({ name: "System time", unit: "seconds", value: (l) => l.system_s });
    if (!missing.has("gc_time")) measures.push({ name: "GC time", unit: "seconds", value: (l) => l.gc_s });
  }
  if (profile.meta.mode === "full") {
    measures.push({ name: "Allocated bytes (JS + native)", unit: "bytes", value: (l) => (l.alloc_js_bytes ?? 0) + (l.alloc_native_bytes ?? 0) });
    if (!missing.has("copy")) measures.push({ name: "Copy volume", unit: "bytes", value: (l) => l.copy_bytes ?? 0 });
  }
  if (profile.meta.gpu) measures.push({ name: "GPU time", unit: "seconds", value: (l) => l.gpu_s ?? 0 });
  const profiles = [];
  for (const m of measures) {
    const samples = [];
    const weights = [];
    for (const r of rows) {
      const w = m.value(r.line);
      if (w > 0) {
        samples.push(r.stack);
        weights.push(w);
      }
    }
    if (m.unattributed !== void 0 && m.unattributed > 0) {
      samples.push([frame({ name: UNATTRIBUTED })]);
      weights.push(m.unattributed);
    }
    if (weights.length === 0 && profiles.length > 0) continue;
    profiles.push({ type: "sampled", name: m.name, unit: m.unit, startValue: 0, endValue: weights.reduce((a, b) => a + b, 0), samples, weights });
  }
  const active = Math.max(0, profiles.findIndex((p) => p.weights.length > 0));
  return {
    $schema: "https://www.speedscope.app/file-format-schema.json",
    shared: { frames },
    profiles,
    name,
    activeProfileIndex: active,
    exporter: `scalene-ci (${profile.meta.source_format})`
  };
}

// src/report/html.ts
var MISSING_LABEL = {
  caller_lines: "time in callees is not charged to the calling line",
  native_split: "no JS / native split (all CPU time shown as JS)",
  system_time: "no system (off-CPU) time",
  gc_time: "no garbage-collection time",
  memory: "no memory figures",
  copy: "no copy volume",
  gpu: "no GPU figures",
  function_ranges: "function end lines are estimated",
  cpu: "no CPU time",
  sources: "no source text"
};
function allocOf(m) {
  if (m.alloc_js_bytes === void 0 && m.alloc_native_bytes === void 0) return void 0;
  return (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0);
}
function lineView(f, l) {
  const fn = enclosingFunction3(f, l.line);
  const v = {
    line: l.line,
    fn: fn ? fn.name : null,
    js: l.cpu_js_s,
    native: l.cpu_native_s,
    system: l.system_s,
    gc: l.gc_s,
    total: totalSeconds(l),
    samples: l.samples
  };
  const alloc = allocOf(l);
  if (alloc !== void 0) {
    v.alloc = alloc;
    v.alloc_js = l.alloc_js_bytes ?? 0;
  }
  if (l.peak_bytes !== void 0) v.peak = l.peak_bytes;
  if (l.net_bytes !== void 0) v.net = l.net_bytes;
  if (l.copy_bytes !== void 0) v.copy = l.copy_bytes;
  if (l.timeline && l.timeline.length > 0) v.timeline = l.timeline;
  if (l.leak) v.leak = l.leak;
  if (l.gpu_s !== void 0) v.gpu_s = l.gpu_s;
  if (l.gpu_util !== void 0) v.gpu_util = l.gpu_util;
  if (l.gpu_mem_peak_bytes !== void 0) v.gpu_mem = l.gpu_mem_peak_bytes;
  return v;
}
function profileView(profile, title) {
  const { meta, totals } = profile;
  const missing = new Set(meta.missing);
  const anyGpu = Object.values(profile.files).some((f) => f.lines.some((l) => l.gpu_s !== void 0 && l.gpu_s > 0));
  const cols = {
    cpu: !missing.has("cpu"),
    native: !missing.has("cpu") && !missing.has("native_split"),
    system: !missing.has("cpu") && !missing.has("system_time"),
    gc: !missing.has("cpu") && !missing.has("gc_time"),
    memory: meta.mode === "full" && !missing.has("memory"),
    copy: meta.mode === "full" && !missing.has("copy"),
    gpu: meta.gpu !== null || anyGpu
  };
  const files = Object.entries(profile.files).map(([path, f]) => {
    const lines = f.lines.map((l) => lineView(f, l));
    return {
      path,
      total: lines.reduce((a, l) => a + l.total, 0),
      alloc: lines.reduce((a, l) => a + (l.alloc ?? 0), 0),
      source: f.source === null ? null : f.source.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n"),
      lines
    };
  });
  files.sort((a, b) => b.total - a.total || b.alloc - a.alloc || a.path.localeCompare(b.path));
  let hot = null;
  let best = 0;
  const byTime = files.some((f) => f.total > 0);
  for (const f of files) {
    for (const l of f.lines) {
      const v = byTime ? l.total : l.alloc ?? 0;
      if (v > best) {
        best = v;
        hot = { file: f.path, line: l.line };
      }
    }
  }
  const functions = [];
  for (const [path, f] of Object.entries(profile.files)) {
    for (const fn of f.functions) {
      const v = {
        name: fn.name,
        file: path,
        line: fn.line,
        end_line: fn.end_line,
        js: fn.cpu_js_s,
        native: fn.cpu_native_s,
        system: fn.system_s,
        gc: fn.gc_s,
        total: totalSeconds(fn),
        samples: fn.samples
      };
      const alloc2 = allocOf(fn);
      if (alloc2 !== void 0) v.alloc = alloc2;
      if (fn.peak_bytes !== void 0) v.peak = fn.peak_bytes;
      if (fn.copy_bytes !== void 0) v.copy = fn.copy_bytes;
      if (fn.gpu_s !== void 0) v.gpu_s = fn.gpu_s;
      functions.push(v);
    }
  }
  const facts = [["Source", `${meta.source_format} (${meta.tool}${meta.tool_version && meta.tool_version !== "unknown" ? " " + meta.tool_version : ""})`]];
  if (meta.command.length > 0) facts.push(["Command", meta.command.join(" ")]);
  if (meta.elapsed_s > 0) facts.push(["Elapsed", `${meta.elapsed_s.toFixed(3)} s`]);
  if (meta.sampling_interval_ms > 0) facts.push(["Sampling interval", `${meta.sampling_interval_ms.toFixed(2)} ms`]);
  facts.push(["Mode", missing.has("cpu") ? "memory only" : meta.mode === "full" ? "CPU + memory" : "CPU only"]);
  if (meta.runs > 1) facts.push(["Runs", String(meta.runs)]);
  if (meta.node_version) facts.push(["Node", meta.node_version]);
  if (meta.platform !== "unknown") facts.push(["Platform", `${meta.platform}/${meta.arch}`]);
  if (meta.cpu_model) facts.push(["CPU", `${meta.cpu_model}${meta.cpu_count ? " \xD7 " + meta.cpu_count : ""}`]);
  if (meta.gpu) facts.push(["GPU", meta.gpu.devices.join(", ") || "yes"]);
  if (meta.git_sha) facts.push(["Commit", meta.git_sha.slice(0, 12)]);
  if (meta.start_time) facts.push(["Started", meta.start_time]);
  if (!meta.complete) facts.push(["Complete", "no: the program crashed or was killed; figures cover what was collected"]);
  const alloc = allocOf(totals);
  const all = totalSeconds(totals) + totals.unattributed_s;
  return {
    title: title ?? `Profile: ${meta.command.join(" ") || meta.source_format}`,
    facts,
    missing: meta.missing.map((m) => MISSING_LABEL[m] ?? m),
    warnings: meta.warnings,
    cols,
    totals: {
      js: totals.cpu_js_s,
      native: totals.cpu_native_s,
      system: totals.system_s,
      gc: totals.gc_s,
      unattributed: totals.unattributed_s,
      all,
      ...alloc !== void 0 ? { alloc } : {},
      ...totals.peak_footprint_bytes !== void 0 ? { peak: totals.peak_footprint_bytes } : totals.peak_bytes !== void 0 ? { peak: totals.peak_bytes } : {},
      ...totals.copy_bytes !== void 0 ? { copy: totals.copy_bytes } : {},
      ...totals.gpu_s !== void 0 ? { gpu_s: totals.gpu_s } : {}
    },
    elapsed_s: meta.elapsed_s,
    hot,
    warm_share: 0.05,
    copy_share: 0.05,
    max_line_s: Math.max(0, ...files.flatMap((f) => f.lines.map((l) => l.total))),
    files,
    functions
  };
}
function renderProfileHtml(profile, opts = {}) {
  const view = profileView(profile, opts.title);
  return htmlPage({ title: view.title, script: PROFILE_SCRIPT, data: view });
}
var PROFILE_SCRIPT = String.raw`
var app = document.getElementById('app');
var cols = data.cols;
var T = data.totals;
var cats = [['js', 'js', cols.native ? 'JS' : 'CPU']];
if (cols.native) cats.push(['native', 'native', 'native']);
if (cols.system) cats.push(['system', 'system', 'system']);
if (cols.gc) cats.push(['gc', 'gc', 'GC']);

add(app, el('h1', '', data.title));
app.appendChild(factsList(data.facts));

// Totals.
var summary = el('section', 'summary');
summary.id = 'summary';
if (cols.cpu) {
  var parts = cats.map(function (c) { return [c[0], T[c[1]], c[2]]; });
  parts.push(['unattr', T.unattributed, 'unattributed']);
  add(summary, el('h2', '', 'Time: ' + fmtS(T.all)), stackedBar(parts, T.all, true));
  var lg = cats.map(function (c) { return [c[0], c[2] + ' ' + fmtS(T[c[1]]) + ' (' + (fmtPct(T[c[1]], T.all) || '0%') + ')']; });
  lg.push(['unattr', 'unattributed ' + fmtS(T.unattributed) + ' (' + (fmtPct(T.unattributed, T.all) || '0%') + ')']);
  summary.appendChild(legend(lg));
}
var mem = [];
if (cols.memory && T.alloc !== undefined) mem.push(['Allocated', fmtB(T.alloc)]);
if (cols.memory && T.peak !== undefined) mem.push(['Peak footprint', fmtB(T.peak)]);
if (cols.copy && T.copy !== undefined) mem.push(['Copy volume', fmtB(T.copy)]);
if (cols.gpu && T.gpu_s !== undefined) mem.push(['GPU time', fmtS(T.gpu_s)]);
if (mem.length) summary.appendChild(factsList(mem));
if (data.missing.length) add(summary, el('h3', '', 'Not in this profile'), notes(data.missing));
if (data.warnings.length) add(summary, el('h3', '', 'Notes'), notes(data.warnings));
app.appendChild(summary);

// Per-file annotated source.
var hotRow = null;
function lineCells(tr, l) {
  var td;
  if (cols.cpu) {
    td = el('td', 'timebar');
    td.appendChild(stackedBar(cats.map(function (c) { return [c[0], l ? l[c[1]] : 0, c[2]]; }), data.max_line_s));
    tr.appendChild(td);
    tr.appendChild(el('td', 'num pct', l ? fmtPct(l.total, T.all) : ''));
    cats.forEach(function (c) { tr.appendChild(el('td', 'num', l ? fmtS(l[c[1]]) : '')); });
  }
  if (cols.memory) {
    var a = el('td', 'num', l && l.alloc ? fmtB(l.alloc) : '');
    if (l && l.alloc) a.title = 'JS ' + fmtB(l.alloc_js) + ', native ' + fmtB(l.alloc - l.alloc_js);
    tr.appendChild(a);
    tr.appendChild(el('td', 'num', l && l.peak ? fmtB(l.peak) : ''));
    if (cols.copy) tr.appendChild(el('td', 'num', l && l.copy ? fmtB(l.copy) : ''));
    td = el('td', 'spark-cell');
    if (l && l.timeline) { var sp = sparkline(l.timeline, 0, Math.max(data.elapsed_s, l.timeline[l.timeline.length - 1][0])); if (sp) td.appendChild(sp); }
    tr.appendChild(td);
  }
  if (cols.gpu) {
    tr.appendChild(el('td', 'num', l && l.gpu_s ? fmtS(l.gpu_s) : ''));
    tr.appendChild(el('td', 'num', l && l.gpu_util ? (100 * l.gpu_util).toFixed(0) + '%' : ''));
  }
  td = el('td', 'markers');
  if (l && l.leak) {
    var m = el('span', 'marker leak', 'leak ' + (100 * l.leak.likelihood).toFixed(0) + '%');
    m.title = 'likely memory leak: ' + (100 * l.leak.likelihood).toFixed(1) + '% likelihood, growing ' + fmtB(l.leak.velocity_bytes_per_s) + '/s';
    td.appendChild(m);
  }
  // Mark only lines that do a real share of the copying, not every line with a few bytes.
  if (l && l.copy && T.copy > 0 && l.copy / T.copy >= data.copy_share) {
    var cm = el('span', 'marker copy', 'copy');
    cm.title = fmtB(l.copy) + ' copied';
    td.appendChild(cm);
  }
  tr.appendChild(td);
}
function headerRow() {
  var tr = el('tr');
  tr.appendChild(el('th', 'num', 'Line'));
  if (cols.cpu) {
    tr.appendChild(el('th', '', 'Time'));
    tr.appendChild(el('th', 'num', '%'));
    cats.forEach(function (c) { tr.appendChild(el('th', 'num', c[2])); });
  }
  if (cols.memory) {
    tr.appendChild(el('th', 'num', 'Alloc'));
    tr.appendChild(el('th', 'num', 'Peak'));
    if (cols.copy) tr.appendChild(el('th', 'num', 'Copy'));
    tr.appendChild(el('th', '', 'Memory timeline'));
  }
  if (cols.gpu) { tr.appendChild(el('th', 'num', 'GPU')); tr.appendChild(el('th', 'num', 'GPU util')); }
  tr.appendChild(el('th', '', ''));
  tr.appendChild(el('th', '', 'Source'));
  return tr;
}
function fileRows(tbody, f, fi, all) {
  while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
  var byLine = {};
  f.lines.forEach(function (l) { byLine[l.line] = l; });
  var numbers = [];
  if (all && f.source) { for (var n = 1; n <= f.source.length; n++) numbers.push(n); f.lines.forEach(function (l) { if (l.line > f.source.length) numbers.push(l.line); }); }
  else numbers = f.lines.map(function (l) { return l.line; });
  numbers.forEach(function (n) {
    var l = byLine[n];
    var tr = el('tr', l ? '' : 'ctx');
    tr.id = 'f' + fi + '-L' + n;
    tr.setAttribute('data-line', String(n));
    if (l && data.hot && data.hot.file === f.path && data.hot.line === n) { tr.className = 'hot'; hotRow = tr; }
    else if (l && cols.cpu && T.all > 0 && l.total / T.all >= data.warm_share) tr.className = 'warm';
    tr.appendChild(el('td', 'ln', n));
    lineCells(tr, l);
    var text = f.source && n <= f.source.length ? f.source[n - 1] : (l && l.fn ? '(in ' + l.fn + ')' : '');
    tr.appendChild(el('td', 'src', text));
    tbody.appendChild(tr);
  });
}
var filesSec = el('section', 'files');
filesSec.id = 'files';
filesSec.appendChild(el('h2', '', 'Lines'));
if (data.files.length === 0) filesSec.appendChild(el('p', 'muted', 'No line of a profiled file was charged anything.'));
data.files.forEach(function (f, fi) {
  var sec = el('section', 'file');
  sec.id = 'file-' + fi;
  var head = el('div', 'file-head');
  add(head, el('h3', 'path', f.path));
  if (cols.cpu) head.appendChild(el('span', 'muted', fmtS(f.total) + (T.all > 0 ? ' (' + (fmtPct(f.total, T.all) || '0%') + ' of time)' : '')));
  if (cols.memory && f.alloc > 0) head.appendChild(el('span', 'muted', fmtB(f.alloc) + ' allocated'));
  var tbody = el('tbody');
  if (f.source) {
    var label = el('label', 'toggle');
    var box = el('input');
    box.type = 'checkbox';
    box.addEventListener('change', function () { fileRows(tbody, f, fi, box.checked); });
    add(label, box, document.createTextNode(' show all ' + f.source.length + ' source lines'));
    head.appendChild(label);
  }
  sec.appendChild(head);
  var table = el('table', 'lines');
  var thead = el('thead');
  thead.appendChild(headerRow());
  add(table, thead, tbody);
  fileRows(tbody, f, fi, false);
  var wrap = el('div', 'scroll');
  wrap.appendChild(table);
  sec.appendChild(wrap);
  filesSec.appendChild(sec);
});
app.appendChild(filesSec);

// Functions.
var fnSec = el('section', 'functions');
fnSec.id = 'functions';
fnSec.appendChild(el('h2', '', 'Functions'));
if (data.functions.length === 0) fnSec.appendChild(el('p', 'muted', 'No functions in this profile.'));
else {
  var fcols = [
    { title: 'Function', key: 'name', type: 'str', sortable: true },
    { title: 'File', key: 'file', type: 'str', sortable: true },
    { title: 'Lines', key: 'line', type: 'num', sortable: true, cell: function (r) { return r.line + '\u2013' + r.end_line; } },
  ];
  if (cols.cpu) {
    fcols.push({ title: 'Total', key: 'total', type: 'num', sortable: true, cell: function (r) { return fmtS(r.total); } });
    cats.forEach(function (c) { fcols.push({ title: c[2], key: c[1], type: 'num', sortable: true, cell: function (r) { return fmtS(r[c[1]]); } }); });
    fcols.push({ title: 'Samples', key: 'samples', type: 'num', sortable: true, cell: function (r) { return fmtNum(r.samples); } });
  }
  if (cols.memory) {
    fcols.push({ title: 'Alloc', key: 'alloc', type: 'num', sortable: true, cell: function (r) { return fmtB(r.alloc); } });
    fcols.push({ title: 'Peak', key: 'peak', type: 'num', sortable: true, cell: function (r) { return fmtB(r.peak); } });
    if (cols.copy) fcols.push({ title: 'Copy', key: 'copy', type: 'num', sortable: true, cell: function (r) { return fmtB(r.copy); } });
  }
  if (cols.gpu) fcols.push({ title: 'GPU', key: 'gpu_s', type: 'num', sortable: true, cell: function (r) { return fmtS(r.gpu_s); } });
  var ftable = sortableTable(fcols, data.functions, cols.cpu ? 'total' : cols.memory ? 'alloc' : 'name', 'fn-table');
  ftable.id = 'function-table';
  var fw = el('div', 'scroll');
  fw.appendChild(ftable);
  fnSec.appendChild(fw);
}
app.appendChild(fnSec);

if (hotRow) hotRow.scrollIntoView({ block: 'center' });
document.body.setAttribute('data-ready', 'true');
`;

// src/report/markdown.ts
var share2 = (part, whole) => whole > 0 && part > 0 ? `${(100 * part / whole).toFixed(part / whole >= 0.1 ? 0 : 1)} %` : "";
var sec = (s) => s === void 0 || s === 0 ? "" : formatSeconds(s);
var bytes = (b) => b === void 0 || b === 0 ? "" : formatBytes(b);
function table2(header, align, rows) {
  const line = (cells) => `| ${cells.map((c) => c === "" ? " " : c).join(" | ")} |`;
  return [line(header), `| ${align.map((a) => a === "r" ? "---:" : ":---").join(" | ")} |`, ...rows.map(line)].join("\n");
}
function renderProfileMarkdown(profile, opts = {}) {
  const view = profileView(profile);
  const { cols, totals: T } = view;
  const h = "#".repeat(Math.min(6, Math.max(1, opts.headingLevel ?? 2)));
  const out = [];
  const command = profile.meta.command.join(" ");
  out.push(`${h} scalene-ci profile${command ? ": " + markdownCode(command) : ""}`, "");
  const cats = [["js", cols.native ? "JS" : "CPU"]];
  if (cols.native) cats.push(["native", "native"]);
  if (cols.system) cats.push(["system", "system"]);
  if (cols.gc) cats.push(["gc", "GC"]);
  const head = [`**Source:** ${escapeMarkdown(profile.meta.source_format)}`];
  if (profile.meta.elapsed_s > 0) head.push(`**Elapsed:** ${formatSeconds(profile.meta.elapsed_s)}`);
  if (cols.cpu) {
    const split2 = cats.map(([k, label]) => `${label} ${formatSeconds(T[k])}${T.all > 0 ? ` (${share2(T[k], T.all) || "0 %"})` : ""}`);
    if (T.unattributed > 0) split2.push(`unattributed ${formatSeconds(T.unattributed)}`);
    head.push(`**Time:** ${split2.join(" \xB7 ")}`);
  }
  if (cols.memory && T.alloc !== void 0) head.push(`**Allocated:** ${formatBytes(T.alloc)}`);
  if (cols.memory && T.peak !== void 0) head.push(`**Peak:** ${formatBytes(T.peak)}`);
  if (cols.copy && T.copy !== void 0) head.push(`**Copied:** ${formatBytes(T.copy)}`);
  if (cols.gpu && T.gpu_s !== void 0) head.push(`**GPU:** ${formatSeconds(T.gpu_s)}`);
  out.push(head.join(" \xB7 "), "");
  const byTime = view.files.some((f) => f.total > 0);
  const lines = view.files.flatMap((f) => f.lines.map((l) => ({ f, l }))).filter(({ l }) => byTime ? l.total > 0 : (l.alloc ?? 0) > 0 || l.leak !== void 0).sort((a, b) => byTime ? b.l.total - a.l.total : (b.l.alloc ?? 0) - (a.l.alloc ?? 0)).slice(0, opts.topLines ?? 10);
  if (lines.length > 0) {
    const header = ["Line", "Function"];
    const align = ["l", "l"];
    if (cols.cpu) {
      header.push("Time", "Share", ...cats.map((c) => c[1]));
      align.push("r", "r", ...cats.map(() => "r"));
    }
    if (cols.memory) {
      header.push("Alloc", "Peak");
      align.push("r", "r");
      if (cols.copy) {
        header.push("Copy");
        align.push("r");
      }
    }
    if (cols.gpu) {
      header.push("GPU");
      align.push("r");
    }
    header.push("Notes", "Source");
    align.push("l", "l");
    const rows = lines.map(({ f, l }) => {
      const r = [`${escapeMarkdown(f.path)}:${l.line}`, l.fn === null ? "" : escapeMarkdown(l.fn)];
      if (cols.cpu) r.push(sec(l.total), share2(l.total, T.all), ...cats.map(([k]) => sec(l[k])));
      if (cols.memory) {
        r.push(bytes(l.alloc), bytes(l.peak));
        if (cols.copy) r.push(bytes(l.copy));
      }
      if (cols.gpu) r.push(sec(l.gpu_s));
      const notes = [];
      if (l.leak) notes.push(`likely leak (${(100 * l.leak.likelihood).toFixed(0)} %, ${formatBytes(l.leak.velocity_bytes_per_s)}/s)`);
      if (view.hot && view.hot.file === f.path && view.hot.line === l.line) notes.unshift("hottest");
      r.push(notes.join(", "));
      const src = f.source && l.line <= f.source.length ? f.source[l.line - 1].trim() : "";
      r.push(src === "" ? "" : markdownCode(src.length > 120 ? src.slice(0, 117) + "..." : src));
      return r;
    });
    out.push(`${h}# Hottest lines`, "", table2(header, align, rows), "");
  } else {
    out.push("_No line of a profiled file was charged anything._", "");
  }
  const fns = [...view.functions].sort((a, b) => byTime ? b.total - a.total : (b.alloc ?? 0) - (a.alloc ?? 0)).filter((f) => byTime ? f.total > 0 : (f.alloc ?? 0) > 0).slice(0, opts.topFunctions ?? 10);
  if (fns.length > 0) {
    const header = ["Function", "Lines"];
    const align = ["l", "l"];
    if (cols.cpu) {
      header.push("Time", "Share", ...cats.map((c) => c[1]));
      align.push("r", "r", ...cats.map(() => "r"));
    }
    if (cols.memory) {
      header.push("Alloc", "Peak");
      align.push("r", "r");
    }
    const rows = fns.map((f) => {
      const r = [escapeMarkdown(f.name), `${escapeMarkdown(f.file)}:${f.line}\u2013${f.end_line}`];
      if (cols.cpu) r.push(sec(f.total), share2(f.total, T.all), ...cats.map(([k]) => sec(f[k])));
      if (cols.memory) r.push(bytes(f.alloc), bytes(f.peak));
      return r;
    });
    out.push(`${h}# Functions`, "", table2(header, align, rows), "");
  }
  if (view.missing.length > 0) out.push(`**Not in this profile:** ${view.missing.map(escapeMarkdown).join("; ")}.`, "");
  if (view.warnings.length > 0) {
    out.push("<details><summary>Notes on this profile</summary>", "", ...view.warnings.map((w) => `- ${escapeMarkdown(w)}`), "", "</details>", "");
  }
  return out.join("\n");
}

// src/cli/report.ts
var REPORT_USAGE = `usage: scalene-ci report PROFILE [options]
  PROFILE                       a scalene-ci profile, Scalene JSON, V8 .cpuprofile or
                                .heapprofile, or a pprof file written by this command
  --format F                    text | markdown | html | speedscope | pprof
                                (default: from --out's extension, else text)
  --out FILE                    write to FILE instead of stdout (required for pprof)
  --top N                       markdown: lines and functions listed (default 10)
  --reduced-profile             text: only lines above the threshold
  --cpu-percent-threshold PCT   text: threshold for --reduced-profile and highlighting (default 1)
  --color / --no-color          text: force colours on or off (default: on for a terminal)`;
var REPORT_FORMATS = ["text", "markdown", "html", "speedscope", "pprof"];
function formatFromPath(path) {
  const p = path.toLowerCase();
  if (p.endsWith(".html") || p.endsWith(".htm")) return "html";
  if (p.endsWith(".md") || p.endsWith(".markdown")) return "markdown";
  if (p.endsWith(".speedscope.json")) return "speedscope";
  if (p.endsWith(".pb.gz") || p.endsWith(".pprof") || p.endsWith(".pb")) return "pprof";
  if (p.endsWith(".txt")) return "text";
  return null;
}
function parseReportArgs(args) {
  let parsed;
  try {
    parsed = parseArgs5({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        top: { type: "string" },
        "reduced-profile": { type: "boolean" },
        "cpu-percent-threshold": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    throw new UsageError(`report: ${e instanceof Error ? e.message : String(e)}`);
  }
  const v = parsed.values;
  if (v.help) return "help";
  if (parsed.positionals.length !== 1) {
    throw new UsageError(`report: expected one PROFILE, got ${parsed.positionals.length === 0 ? "none" : parsed.positionals.length} (see scalene-ci report --help)`);
  }
  const out = v.out ?? null;
  let format;
  if (v.format !== void 0) {
    if (!REPORT_FORMATS.includes(v.format)) {
      throw new UsageError(`report: --format must be one of ${REPORT_FORMATS.join(", ")}, got ${JSON.stringify(v.format)}`);
    }
    format = v.format;
  } else format = out && formatFromPath(out) || "text";
  if (format === "pprof" && out === null) throw new UsageError("report: --format pprof writes binary data; give --out FILE (e.g. profile.pb.gz)");
  const top = v.top === void 0 ? 10 : Number(v.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`report: --top expects a positive integer, got ${JSON.stringify(v.top)}`);
  const threshold = v["cpu-percent-threshold"] === void 0 ? 1 : Number(v["cpu-percent-threshold"]);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new UsageError(`report: --cpu-percent-threshold expects a percentage (0-100), got ${JSON.stringify(v["cpu-percent-threshold"])}`);
  }
  if (v.color && v["no-color"]) throw new UsageError("report: --color and --no-color contradict each other");
  return {
    profile: parsed.positionals[0],
    format,
    out,
    top,
    reduced: v["reduced-profile"] ?? false,
    cpuPercentThreshold: threshold,
    color: v.color ? true : v["no-color"] ? false : null
  };
}
async function readAnyProfile(path, cwd) {
  let bytes2;
  try {
    bytes2 = await readFile(resolve4(cwd, path));
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EISDIR") throw new InputError(`${path}: is a directory, expected a profile file`);
    if (code === "EACCES") throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? String(e)})`);
  }
  return loadAnyProfileBytes(bytes2, path);
}
function renderReport(profile, opts) {
  switch (opts.format) {
    case "text":
      return renderText(profile, { color: opts.color, reduced: opts.reduced, cpuPercentThreshold: opts.cpuPercentThreshold });
    case "markdown":
      return renderProfileMarkdown(profile, { topLines: opts.top, topFunctions: opts.top });
    case "html":
      return renderProfileHtml(profile);
    case "speedscope":
      return JSON.stringify(exportSpeedscope(profile, profile.meta.command.join(" ") || "scalene-ci profile")) + "\n";
    case "pprof":
      return exportPprof(profile);
  }
}
async function reportCommand(args, io) {
  const opts = parseReportArgs(args);
  if (opts === "help") {
    io.stdout(REPORT_USAGE + "\n");
    return 0;
  }
  const profile = await readAnyProfile(opts.profile, io.cwd);
  const color = opts.color ?? (opts.out === null && io.isTTY);
  const output = renderReport(profile, { ...opts, color });
  if (opts.out === null) {
    if (typeof output !== "string") throw new UsageError("report: binary output needs --out FILE");
    io.stdout(output);
    return 0;
  }
  try {
    await writeFile(resolve4(io.cwd, opts.out), output);
  } catch (e) {
    throw new UsageError(`report: cannot write ${opts.out} (${e.code ?? String(e)})`);
  }
  io.stderr(`scalene-ci: wrote ${opts.format} report to ${opts.out}
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
  const root = findPackageRoot2(dirname5(fileURLToPath4(import.meta.url)));
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "run":
        return await runCommand(rest, io, root);
      case "compare":
        return await compareCommand(rest, io);
      case "merge":
        return await mergeCommand(rest, io);
      case "report":
        return await reportCommand(rest, io);
      case "profile":
        return await profileCommand(rest, io);
      case "--version":
      case "-v":
        io.stdout(toolVersion(root) + "\n");
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
if (process.argv[1] && /(?:cli|main)\.(?:c|m)?js$/.test(process.argv[1])) {
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`scalene-ci: internal error: ${errorMessage(e)}
`);
      process.exitCode = 70;
    }
  );
}
export {
  main
};
