// Shared benchmark machinery: interleaved runs of several variants of each workload, so
// machine noise (other tenants, thermal state) hits every variant alike; medians, spreads
// and ratios against the plain run measured in the same round.
import { spawnSync } from 'node:child_process';

export function timeRun(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...opts });
  let wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  // scalene-ci's launcher returns the status as soon as the CLI has written everything, while
  // the CLI exits; asked for the CLI's usage (SCALENE_CI_LAUNCH_STATS), it waits for that exit
  // and says when it would have returned, on the same clock (CLOCK_MONOTONIC): the run's end
  // for the user. (Its own exit after that, ~0.1 ms, is not counted.)
  const released = /supervisor_released_ns=(\d+)/.exec(r.stderr);
  if (released) wallS = Number(BigInt(released[1]) - t0) / 1e9;
  const m = /maxrss_kb=(\d+)/.exec(r.stderr);
  return { wallS, maxRssKb: m ? Number(m[1]) : null, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
};

/** Fisher–Yates with a seeded LCG, so runs are reproducible yet not in a fixed order. */
export function shuffled(xs, seed) {
  const a = [...xs];
  let x = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * variants: [{name, run(workload) → {wallS, maxRssKb, ...}}], the first is the baseline.
 * Returns per workload and variant the list of per-round results and per-round ratios.
 */
export function interleave(workloads, variants, rounds, log = () => {}) {
  const results = {};
  for (const w of workloads) results[w.name] = Object.fromEntries(variants.map((v) => [v.name, { runs: [], ratios: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (const w of shuffled(workloads, round + 1)) {
      const thisRound = {};
      for (const v of shuffled(variants, round * 31 + w.name.length)) thisRound[v.name] = v.run(w);
      for (const v of variants) {
        const r = thisRound[v.name];
        results[w.name][v.name].runs.push(r);
        results[w.name][v.name].ratios.push(r.wallS / thisRound[variants[0].name].wallS);
      }
    }
    log(`round ${round + 1}/${rounds} done`);
  }
  return results;
}

export function fmt(x, digits = 3) {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}
