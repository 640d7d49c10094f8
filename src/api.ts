// Public API for profiled programs: profile only chosen functions, like Scalene's
// @profile. Outside `scalene-ci run` these are no-ops that return the function as is.
//
//   import { profile } from 'scalene-ci';
//   const hot = profile(function hot() { ... });
//   class Db { @profile query() { ... } }         // TypeScript 5 / standard decorators
//
// When any function is registered, the report keeps only samples inside registered
// functions (and what they call).

interface PreloadHook {
  register(fn: unknown, name?: string): void;
}

function hook(): PreloadHook | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('scalene-ci.preload')] as PreloadHook | undefined;
}

export function profile<T extends (...args: never[]) => unknown>(fn: T, context?: unknown): T;
export function profile(target: object, key: string | symbol, descriptor: PropertyDescriptor): PropertyDescriptor;
export function profile(a: unknown, b?: unknown, c?: unknown): unknown {
  // Legacy (experimentalDecorators) method decorator: (prototype, key, descriptor).
  if (c && typeof c === 'object' && 'value' in (c as PropertyDescriptor)) {
    const d = c as PropertyDescriptor;
    hook()?.register(d.value, String(b));
    return d;
  }
  // Plain call or standard decorator (value, context): register and return unchanged,
  // so profiling adds no wrapper frame and no per-call cost.
  const name = b && typeof b === 'object' && 'name' in (b as object) ? String((b as { name: unknown }).name) : undefined;
  hook()?.register(a, name);
  return a;
}
