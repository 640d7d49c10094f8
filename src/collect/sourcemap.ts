// Mapping generated JavaScript lines back to the original source (TypeScript through
// tsx/ts-node/tsc). V8 gives us lines but no columns for call sites and line ticks, so
// we map a generated line to the original line of its first mapped segment.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { mapOfDataUrl } from './data-url.js';

export interface OriginalLine {
  file: string; // absolute path
  line: number; // 1-based
  sourceContent: string | null;
}

/** `sources`: the absolute paths the map leads to (one is the script's own path when the
 * script is a transform of that file). */
export type LineMapper = ((generatedLine: number) => OriginalLine | null) & { sources?: readonly string[] };

function toPath(urlOrPath: string): string | null {
  if (urlOrPath.startsWith('file://')) {
    try {
      return fileURLToPath(urlOrPath);
    } catch {
      return null;
    }
  }
  return isAbsolute(urlOrPath) ? urlOrPath : null;
}

export function mapperFromPayload(payload: unknown, mapLocation: string): LineMapper | null {
  let map: TraceMap;
  try {
    map = new TraceMap(payload as ConstructorParameters<typeof TraceMap>[0], mapLocation);
  } catch {
    return null;
  }
  const lines = decodedMappings(map);
  const sources = map.resolvedSources.map((s) => (s ? toPath(s) ?? (isAbsolute(s) ? s : resolve(dirname(toPath(mapLocation) ?? mapLocation), s)) : null));
  const contents = map.sourcesContent ?? [];
  const mapper: LineMapper = (generatedLine) => {
    const segs = lines[generatedLine - 1];
    if (!segs) return null;
    for (const seg of segs) {
      if (seg.length >= 4) {
        const file = sources[seg[1]!];
        if (!file) continue;
        return { file, line: seg[2]! + 1, sourceContent: contents[seg[1]!] ?? null };
      }
    }
    return null;
  };
  mapper.sources = sources.filter((f): f is string => f !== null);
  return mapper;
}

const MAP_COMMENT = /\/\/[#@]\s*sourceMappingURL=([^\s'"]+)\s*$/;

/** A mapper from the sourceMappingURL comment of a JavaScript file on disk, if any. */
export function mapperFromDisk(jsPath: string, source: string): LineMapper | null {
  const tail = source.slice(-4096).trimEnd().split('\n').pop() ?? '';
  const m = MAP_COMMENT.exec(tail);
  if (!m) return null;
  const ref = m[1]!;
  try {
    if (ref.startsWith('data:')) return mapperFromPayload(mapOfDataUrl(ref), jsPath);
    const mapPath = resolve(dirname(jsPath), decodeURIComponent(ref));
    if (!existsSync(mapPath)) return null;
    return mapperFromPayload(JSON.parse(readFileSync(mapPath, 'utf8')), mapPath);
  } catch {
    return null;
  }
}
