import { readFileSync } from 'node:fs';
import { compareProfiles } from '../src/compare/index.js';
import { DEFAULT_CONFIG } from '../src/config/config.js';
for (const pair of ['shift','cpu','hotspot']) {
const runs = JSON.parse(readFileSync(`/tmp/cal/${pair}.json`,'utf8'));
const show = (label: string, d: any) => console.log(label, d.findings.map((f: any) => `${f.improvement ? 'IMPR' : 'REG'} ${f.kind}/${f.category} ${f.scope} L${f.line} q=${f.p_value?.toExponential(1)} sh ${(f.base.share*100).toFixed(1)}→${(f.head.share*100).toFixed(1)} changed=${f.changed_in_head}`).join(' | ') || 'none');
const n = runs.base.length;
for (let i = 0; i < n; i++) show(`${pair} pair ${i}:`, compareProfiles([runs.base[i]], [runs.head[i]], DEFAULT_CONFIG));
for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i!==j) { show(`${pair} base${i} vs base${j}:`, compareProfiles([runs.base[i]], [runs.base[j]], DEFAULT_CONFIG)); show(`${pair} head${i} vs head${j}:`, compareProfiles([runs.head[i]], [runs.head[j]], DEFAULT_CONFIG)); }
show('all runs:', compareProfiles(runs.base, runs.head, DEFAULT_CONFIG));
}
