// The diff contract "scalene-ci/diff@1": what `compare` produces and every renderer
// (text, Markdown, HTML, the Action's PR comment) reads. Renderers need nothing else:
// each finding carries the base and head figures it is about, already matched across
// versions, so no renderer re-reads a profile.

export const DIFF_SCHEMA = 'scalene-ci/diff@1' as const;

/**
 * - `cpu`: a line or function whose time in one category rose significantly.
 * - `new-hotspot`: cold or absent in base, now above the hotspot share threshold.
 * - `memory`: allocation or peak growth.
 * - `leak`: a line that is a likely leak in head and was not in base.
 * - `copy`: copy volume increase.
 * - `gpu`: GPU time or GPU memory growth.
 */
export type FindingKind = 'cpu' | 'new-hotspot' | 'memory' | 'leak' | 'copy' | 'gpu';
export const FINDING_KINDS: readonly FindingKind[] = ['new-hotspot', 'cpu', 'memory', 'leak', 'copy', 'gpu'];

/** CPU categories of the profile model; `total` is all four together (wall time charged). */
export type CpuCategory = 'js' | 'native' | 'system' | 'gc' | 'total';

/** The metric a finding is about (its `delta` is head minus base of this metric). */
export type FindingMetric =
  | 'cpu_js_s'
  | 'cpu_native_s'
  | 'system_s'
  | 'gc_s'
  | 'total_s'
  | 'alloc_bytes'
  | 'peak_bytes'
  | 'net_bytes'
  | 'copy_bytes'
  | 'leak_likelihood'
  | 'gpu_s'
  | 'gpu_mem_peak_bytes';

/** The test that produced a finding's p-value. */
export type StatTest =
  /** Welch's two-sample t-test on per-run values (shares of total, or bytes); ≥ 2 runs on a side. */
  | 'welch-t'
  /** Conditional binomial test of sample counts (single runs: samples are Poisson). */
  | 'binomial'
  /** Moderated t-test on log time, run-to-run spread shared across lines (CPU time). */
  | 'moderated-t'
  /** No sampling model for this metric (memory peaks, leak likelihood): effect-size floors only. */
  | 'threshold';

/** One side's figures for a finding's line or function. Absent lines read as zeros with `present: false`. */
export interface MetricSnapshot {
  present: boolean;
  cpu_js_s: number;
  cpu_native_s: number;
  system_s: number;
  gc_s: number;
  /** All four categories together. */
  total_s: number;
  /** Share of this side's total attributed time (0..1) for the finding's category. */
  share: number;
  /** CPU samples charged (mean over runs for repeated profiles). */
  samples: number;
  /** Number of runs behind the figures. */
  runs: number;
  /** Per-run values of the finding's main metric, when the side had several runs. */
  per_run?: number[];
  // --- memory / copy / GPU, present when the profile had them ---
  alloc_bytes?: number;
  peak_bytes?: number;
  net_bytes?: number;
  copy_bytes?: number;
  leak_likelihood?: number;
  leak_velocity_bytes_per_s?: number;
  gpu_s?: number;
  gpu_util?: number;
  gpu_mem_peak_bytes?: number;
}

export interface Finding {
  kind: FindingKind;
  /** A single line, or a whole function (its lines summed by the profiler). */
  scope: 'line' | 'function';
  /** For `cpu` and `new-hotspot`: the category that grew. */
  category: CpuCategory | null;
  metric: FindingMetric;
  /** Head-side path (base-side when the line only exists in base, see `location`). */
  file: string;
  /** 1-based line in `file` (function: its first line). */
  line: number;
  /** Which version `file`/`line` refer to: 'base' only for improvements on code removed in head. */
  location: 'head' | 'base';
  /** The base path when it differs (renamed file), else the same as `file`; null when new in head. */
  base_file: string | null;
  /** The matched base line; null when the line has no counterpart in base. */
  base_line: number | null;
  /** Enclosing function name (the function itself for scope 'function'); null when unknown. */
  function: string | null;
  /** Function scope: its last line. */
  end_line?: number;
  /** The source text of the line (head side, base side for location 'base'); null when not stored. */
  source_line: string | null;
  base: MetricSnapshot;
  head: MetricSnapshot;
  /** Head minus base of `metric` (seconds or bytes; leak: likelihood). */
  delta: number;
  /** delta / base; null when base is zero. */
  relative_delta: number | null;
  /** Head share minus base share of the category (CPU kinds), else 0. */
  share_delta: number;
  /**
   * Benjamini–Hochberg adjusted p-value across all tests of this comparison; null when the
   * metric has no sampling model (test 'threshold': memory peaks, leak likelihood).
   */
  p_value: number | null;
  /** The unadjusted (two-sided) p-value; null with test 'threshold'. */
  p_value_raw: number | null;
  test: StatTest;
  /** The line, or a line of the same file it calls into, was added or edited in head. */
  changed_in_head: boolean;
  /** Lines of the same head file, added or edited in head, whose samples ran in this line (or
   * function): the PR's call sites that reach it. Absent when none. */
  changed_callers?: number[];
  improvement: boolean;
  /** One plain-text sentence (not escaped: renderers escape it). */
  message: string;
}

/** `inconclusive`: total on-CPU time moved beyond run-to-run noise, yet no line or function
 * could be named (see DiffSummary.inconclusive). */
export type Verdict = 'regression' | 'improvement' | 'no-change' | 'inconclusive';

export interface Inconclusive {
  /** Head / base on-CPU seconds of the whole profiled code, on the base runner's speed. */
  cpu_ratio: number;
  /** p-value of that change (moderated t on log seconds, program-level spread). */
  p_value: number;
  /** Runs a side at which the line that moved most would be significant; null if over 50. */
  runs_needed: number | null;
  /** That line, as `file:line` in head (or base when it is gone). */
  line: string | null;
}

export interface KindCount {
  regressions: number;
  improvements: number;
}

export interface TotalsSnapshot {
  elapsed_s: number;
  cpu_js_s: number;
  cpu_native_s: number;
  system_s: number;
  gc_s: number;
  /** Time charged to profiled files (all categories). */
  attributed_s: number;
  unattributed_s: number;
  samples: number;
  runs: number;
  alloc_bytes?: number;
  peak_footprint_bytes?: number;
  copy_bytes?: number;
  gpu_s?: number;
}

export interface DiffSummary {
  verdict: Verdict;
  regressions: number;
  improvements: number;
  by_kind: Record<FindingKind, KindCount>;
  totals: { base: TotalsSnapshot; head: TotalsSnapshot };
  /** Head attributed time / base attributed time: >1 means head ran slower overall. */
  slowdown_ratio: number | null;
  /**
   * Estimated head/base time ratio of the code that did not change (the runner's speed
   * difference): CPU findings are judged beyond it. 1 when base and head ran alike.
   */
  runner_ratio: number;
  /** Number of hypotheses tested (the Benjamini–Hochberg family size). */
  tests: number;
  /** False-discovery rate used for Benjamini–Hochberg. */
  alpha: number;
  files: {
    matched: number;
    added: string[];
    removed: string[];
    renamed: Array<{ base: string; head: string }>;
  };
  /** Files left out because their path matched an `ignore` glob of the configuration. */
  ignored_files: number;
  /** Set when the verdict is `inconclusive`. */
  inconclusive?: Inconclusive;
}

export type WarningCode =
  | 'environment'
  | 'incomplete'
  | 'missing-capability'
  | 'mode'
  | 'sampling-interval'
  | 'few-samples'
  | 'no-sources'
  | 'profile-warning'
  /** Time moved between unchanged lines with no net change: findings not reported. */
  | 'attribution-shift'
  /** GC (and off-CPU) time a likely leak caused on other lines: folded into the leak's finding. */
  | 'leak-cost';

export interface DiffWarning {
  code: WarningCode;
  /** Plain text (not escaped). */
  message: string;
}

/** What renderers may want to say about each side without the profiles. */
export interface SideInfo {
  runs: number;
  profiles: number;
  tool_version: string;
  node_version: string | null;
  cpu_model: string | null;
  platform: string;
  git_sha: string | null;
  mode: 'cpu' | 'full';
  command: string[];
  /** The profiles' format ('scalene-ci', 'scalene', 'v8-cpuprofile', ...): labels follow it. */
  source_format?: string;
}

export interface DiffResult {
  schema: typeof DIFF_SCHEMA;
  /** Regressions first, most significant first; then improvements. */
  findings: Finding[];
  summary: DiffSummary;
  warnings: DiffWarning[];
  base: SideInfo;
  head: SideInfo;
}
