// A small reader for the zip archives GitHub serves artifacts as. Artifacts made by a pull
// request's job are untrusted, so this reads entries into memory under hard limits (entry
// count, per-entry and total inflated size, checked while inflating so a zip bomb stops
// at the limit) and never writes a name from the archive to disk.
import { inflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { InputError } from '../errors.js';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

// zlib.crc32 exists from Node 20.15 / 22.2; without it the CRC check is skipped.
const crc32 = (zlib as unknown as { crc32?: (b: Uint8Array) => number }).crc32;

function fail(name: string, what: string): never {
  throw new InputError(`${name}: ${what}`);
}

/** Entries of a zip archive (files only, '/'-separated names), inflated within `limits`. */
export function readZip(data: Buffer, name: string, limits: ZipLimits): Map<string, Buffer> {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail(name, 'not a zip archive (no end of central directory)');
  const count = data.readUInt16LE(eocd + 10);
  const cdSize = data.readUInt32LE(eocd + 12);
  const cdOffset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) fail(name, 'zip64 archives are not accepted (the artifact is too large)');
  if (count > limits.maxEntries) fail(name, `has ${count} entries, more than the limit of ${limits.maxEntries}`);
  if (cdOffset + cdSize > eocd) fail(name, 'corrupt zip archive (central directory out of range)');

  const out = new Map<string, Buffer>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL) fail(name, `corrupt zip archive (entry ${i})`);
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    const crc = data.readUInt32LE(p + 16);
    const compressed = data.readUInt32LE(p + 20);
    const size = data.readUInt32LE(p + 24);
    const nameLen = data.readUInt16LE(p + 28);
    const extraLen = data.readUInt16LE(p + 30);
    const commentLen = data.readUInt16LE(p + 32);
    const localOffset = data.readUInt32LE(p + 42);
    const entryName = data.subarray(p + 46, p + 46 + nameLen).toString('utf8').replace(/\\/g, '/');
    p += 46 + nameLen + extraLen + commentLen;
    if (entryName.endsWith('/')) continue;
    if (entryName.startsWith('/') || entryName.split('/').includes('..')) fail(name, `entry ${JSON.stringify(entryName)} has an unsafe path`);
    // Two entries of one name: which one an unpacker keeps differs; refuse instead of guessing.
    if (out.has(entryName)) fail(name, `entry ${JSON.stringify(entryName)} appears more than once`);
    if (flags & 1) fail(name, `entry ${JSON.stringify(entryName)} is encrypted`);
    if (size > limits.maxEntryBytes) fail(name, `entry ${JSON.stringify(entryName)} is ${size} bytes, more than the limit of ${limits.maxEntryBytes}`);
    if (total + size > limits.maxTotalBytes) fail(name, `unpacks to more than the limit of ${limits.maxTotalBytes} bytes`);
    if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== LOCAL) fail(name, `corrupt zip archive (local header of ${JSON.stringify(entryName)})`);
    const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    if (start + compressed > data.length) fail(name, `corrupt zip archive (${JSON.stringify(entryName)} runs past the end)`);
    const raw = data.subarray(start, start + compressed);
    let body: Buffer;
    if (method === 0) body = Buffer.from(raw);
    else if (method === 8) {
      try {
        // maxOutputLength stops inflation at the declared size: the header may lie.
        body = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
      } catch (e) {
        fail(name, `entry ${JSON.stringify(entryName)} does not inflate to its declared ${size} bytes: ${(e as Error).message}`);
      }
    } else fail(name, `entry ${JSON.stringify(entryName)} uses unsupported compression method ${method}`);
    if (body.length !== size) fail(name, `entry ${JSON.stringify(entryName)} is ${body.length} bytes, not the declared ${size}`);
    if (crc32 && crc32(body) >>> 0 !== crc) fail(name, `entry ${JSON.stringify(entryName)} fails its CRC check`);
    total += size;
    out.set(entryName, body);
  }
  return out;
}
