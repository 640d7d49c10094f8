// The REST client the Action uses: @actions/github's Octokit with retries on server
// errors and rate limits, and one-line descriptions of API failures.
import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First back-off; doubled on each retry (1 s, 2 s, 4 s by default). */
  baseDelay_ms: number;
  sleep: (ms: number) => Promise<void>;
  /** Called before each retry (for the log). */
  onRetry?: (what: string, attempt: number, delay_ms: number) => void;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  baseDelay_ms: 1000,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

/** Longest wait we honour from a Retry-After header before giving up instead. */
const MAX_RETRY_AFTER_S = 60;

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  request?: { method?: string; url?: string };
}

/** Seconds to wait before retrying, or null when the failure is not worth retrying. */
export function retryDelay_ms(err: unknown, attempt: number, policy: RetryPolicy): number | null {
  const e = err as HttpErrorLike;
  const status = e?.status;
  if (typeof status !== 'number') return null;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const backoff = policy.baseDelay_ms * 2 ** attempt;
  // Octokit reports network failures (connection reset, DNS) as status 500.
  if (status >= 500 || status === 429) {
    if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter <= MAX_RETRY_AFTER_S ? retryAfter * 1000 : null;
    return backoff;
  }
  // Secondary rate limits answer 403 with Retry-After; other 403s are permissions.
  if (status === 403 && Number.isFinite(retryAfter) && retryAfter >= 0 && retryAfter <= MAX_RETRY_AFTER_S) return retryAfter * 1000;
  return null;
}

/** Run `fn`, retrying on server errors per `policy`. Used for requests outside Octokit too. */
export async function withRetry<T>(what: string, policy: RetryPolicy, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const delay = attempt < policy.retries ? retryDelay_ms(err, attempt, policy) : null;
      if (delay === null) throw err;
      policy.onRetry?.(what, attempt + 1, delay);
      await policy.sleep(delay);
    }
  }
}

export function createOctokit(token: string, apiUrl: string, policy: RetryPolicy = DEFAULT_RETRY): Octokit {
  const octokit = getOctokit(token, { baseUrl: apiUrl, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
  octokit.hook.wrap('request', (request, options) =>
    withRetry(`${options.method} ${String(options.url)}`, policy, async () => request(options)),
  );
  return octokit;
}

export function httpStatus(err: unknown): number | null {
  const s = (err as HttpErrorLike)?.status;
  return typeof s === 'number' ? s : null;
}

/** "GET /repos/o/r/issues/1/comments answered 403: Resource not accessible by integration". */
export function describeApiError(err: unknown): string {
  const e = err as HttpErrorLike;
  if (typeof e?.status !== 'number') return err instanceof Error ? err.message : String(err);
  let path = e.request?.url ?? '';
  try {
    path = new URL(path).pathname;
  } catch {
    // not a URL: keep as is
  }
  const data = e.response?.data as { message?: unknown } | undefined;
  const why = typeof data?.message === 'string' ? data.message : (e.message ?? '').split(' - ')[0];
  return `${e.request?.method ?? 'request'} ${path} answered ${e.status}${why ? `: ${why}` : ''}`;
}

/** A 403/401 means the token may not do this (read-only fork token, missing permission). */
export function isPermissionError(err: unknown): boolean {
  const s = httpStatus(err);
  return s === 401 || s === 403;
}
