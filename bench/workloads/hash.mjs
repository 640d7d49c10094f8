// Native work: SHA-256 over 1 MB blocks (crypto runs in C++).
import crypto from 'node:crypto';
const block = Buffer.alloc(1 << 20, 3);
let d;
for (let i = 0; i < 700; i++) d = crypto.createHash('sha256').update(block).digest();
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
if (!d) console.log('none');
