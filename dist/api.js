import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);

// src/api.ts
function hook() {
  return globalThis[/* @__PURE__ */ Symbol.for("scalene-ci.preload")];
}
function profile(a, b, c) {
  if (c && typeof c === "object" && "value" in c) {
    const d = c;
    hook()?.register(d.value, String(b));
    return d;
  }
  const name = b && typeof b === "object" && "name" in b ? String(b.name) : void 0;
  hook()?.register(a, name);
  return a;
}
export {
  profile
};
