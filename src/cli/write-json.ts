// Writing a large JSON document without building it as one string: a merged profile of a
// 183 MB input is a ~300 MB string on top of the object it came from. Objects are streamed
// key by key down to `depth` levels (a profile's `files` map, then each file's entries);
// below that each value is one JSON.stringify. The bytes equal JSON.stringify(value).
import { closeSync, openSync, writeSync } from 'node:fs';

/** Writes `value` to `path` as JSON.stringify(value) would, in pieces; `leaf`, when given,
 * replaces each value written whole (below `depth`) by what it returns for it and its keys
 * (e.g. a file compacted just before it is written, not the whole document at once). */
export function writeJsonFile(path: string, value: unknown, depth = 2, leaf?: (value: unknown, keys: string[]) => unknown): void {
  const fd = openSync(path, 'w');
  try {
    let pending = '';
    const put = (s: string) => {
      pending += s;
      // Flush in ~1 MiB writes: fewer syscalls than one per piece, no document-sized buffer.
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = '';
      }
    };
    writeValue(value, depth, put, [], leaf);
    if (pending) writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

function writeValue(value: unknown, depth: number, put: (s: string) => void, keys: string[], leaf?: (value: unknown, keys: string[]) => unknown): void {
  const plainObject = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (depth <= 0 || !plainObject) {
    put(JSON.stringify(leaf ? leaf(value, keys) : value) ?? 'null');
    return;
  }
  put('{');
  let first = true;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    // As JSON.stringify: members whose value has no JSON form are left out.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    put(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    writeValue(v, depth - 1, put, [...keys, k], leaf);
  }
  put('}');
}
