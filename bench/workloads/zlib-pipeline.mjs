// Real-world streaming compression: a gzip → gunzip stream pipeline over a large buffer
// (TypeScript's compiler bundle repeated to 36 MB), in 64 KiB chunks, checked at the end.
// zlib runs on libuv's thread pool, so the main thread spends much of its time waiting.
import { createGzip, createGunzip } from 'node:zlib';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const COPIES = 4;
const CHUNK_BYTES = 64 * 1024;
const file = createRequire(import.meta.url).resolve('typescript/lib/typescript.js');
const input = Buffer.concat(Array.from({ length: COPIES }, () => readFileSync(file)));
function* chunks() {
  for (let o = 0; o < input.length; o += CHUNK_BYTES) yield input.subarray(o, o + CHUNK_BYTES);
}
const hash = createHash('sha1');
let outBytes = 0;
const sink = new Writable({
  write(chunk, _enc, done) {
    hash.update(chunk);
    outBytes += chunk.length;
    done();
  },
});
await pipeline(Readable.from(chunks()), createGzip(), createGunzip(), sink);
const ok = outBytes === input.length && hash.digest('hex') === createHash('sha1').update(input).digest('hex');
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (!ok) {
  console.error('zlib round trip mismatch');
  process.exit(1);
}
