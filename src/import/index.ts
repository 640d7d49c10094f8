// One entry point for every profile file `compare` and `report` accept: our own
// profile@1, Scalene's JSON, V8 .cpuprofile / .heapprofile, and our own pprof exports.
// Detection is by content, not by file extension (artifacts get renamed).
import { InputError } from '../errors.js';
import type { Profile } from '../model/profile.js';
import { MAX_PROFILE_BYTES, validateProfile } from '../model/validate.js';
import { isObject } from './json-read.js';
import { importPprof, isGzip } from './pprof.js';
import { importScalene, isScaleneJson } from './scalene.js';
import { importV8CpuProfile, isV8CpuProfile, type V8ImportOptions } from './v8-cpuprofile.js';
import { importV8HeapProfile, isV8HeapProfile } from './v8-heapprofile.js';

export type DetectedFormat = 'scalene-ci' | 'scalene' | 'v8-cpuprofile' | 'v8-heapprofile';

/** Which importer `json` needs, or null when it is none of the formats we read. */
export function detectFormat(json: unknown): DetectedFormat | null {
  if (!isObject(json)) return null;
  if (typeof json.schema === 'string' && json.schema.startsWith('scalene-ci/profile@')) return 'scalene-ci';
  if (isScaleneJson(json)) return 'scalene';
  if (isV8CpuProfile(json)) return 'v8-cpuprofile';
  if (isV8HeapProfile(json)) return 'v8-heapprofile';
  return null;
}

/** Parse, detect and import profile JSON text of any supported format, validated. */
export function loadAnyProfile(text: string, name: string, opts: V8ImportOptions = {}): Profile {
  if (text.trim().length === 0) throw new InputError(`${name}: the file is empty`);
  if (text.length > MAX_PROFILE_BYTES) throw new InputError(`${name}: the file is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^.*?: /, '') : '';
    throw new InputError(`${name}: not valid JSON (truncated or corrupt?)${why ? ': ' + why : ''}`);
  }
  switch (detectFormat(json)) {
    case 'scalene-ci':
      return validateProfile(json, name);
    case 'scalene':
      return importScalene(json, name);
    case 'v8-cpuprofile':
      return importV8CpuProfile(json, name, opts);
    case 'v8-heapprofile':
      return importV8HeapProfile(json, name, opts);
    default: {
      const schema = isObject(json) && typeof json.schema === 'string' ? ` (schema ${JSON.stringify(json.schema.slice(0, 60))})` : '';
      throw new InputError(
        `${name}: not a profile this tool reads${schema}; expected a scalene-ci profile, Scalene JSON, a V8 .cpuprofile or .heapprofile, or a scalene-ci pprof export`,
      );
    }
  }
}

/** Like loadAnyProfile, for raw file bytes: also reads gzipped pprof written by `report --format pprof`. */
export function loadAnyProfileBytes(bytes: Uint8Array, name: string, opts: V8ImportOptions = {}): Profile {
  if (bytes.length > MAX_PROFILE_BYTES) throw new InputError(`${name}: the file is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  if (isGzip(bytes)) return importPprof(bytes, name);
  return loadAnyProfile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), name, opts);
}
