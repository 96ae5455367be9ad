// Rate limits and transient faults of the E2B control plane: a pacer that
// spaces sandbox creations (E2B's Hobby plan allows one a second), bounded
// retries with exponential backoff and jitter, and the classification of SDK
// errors into "retry", "give up" and "the key is wrong".
//
// Retry-After: the SDK itself waits out a 429 that carries an integer
// Retry-After (ConnectionOpts.retries); what reaches this layer is a 429
// without one (or one the SDK gave up on), a 503, a 5xx or a dropped request.

export type ErrorKind =
  | 'auth' // 401 or no key: never retried
  | 'rate' // 429
  | 'busy' // 503: no capacity
  | 'server' // other 5xx
  | 'timeout' // the request timed out: the sandbox may exist anyway
  | 'network' // the API could not be reached
  | 'fatal'; // 4xx and anything else: retrying cannot help

interface SdkLikeError {
  name?: string;
  message?: string;
  statusCode?: number;
  cause?: unknown;
  code?: string;
}

export function errorKind(e: unknown): ErrorKind {
  const err = (e ?? {}) as SdkLikeError;
  switch (err.name) {
    case 'AuthenticationError':
      return 'auth';
    case 'RateLimitError':
      return 'rate';
    case 'ServiceBusyError':
      return 'busy';
    case 'TimeoutError':
    case 'AbortError':
      return 'timeout';
  }
  const status = err.statusCode ?? /^(\d{3}):/.exec(err.message ?? '')?.[1];
  if (status !== undefined) {
    const n = Number(status);
    if (n === 401) return 'auth';
    if (n === 429) return 'rate';
    if (n === 503) return 'busy';
    if (n >= 500) return 'server';
    return 'fatal';
  }
  const text = `${err.message ?? ''} ${(err.cause as SdkLikeError | undefined)?.code ?? ''} ${(err.cause as SdkLikeError | undefined)?.message ?? ''}`;
  if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|fetch failed|socket hang up|other side closed|terminated/i.test(text)) {
    return 'network';
  }
  if (/timed? ?out|aborted/i.test(text)) return 'timeout';
  return 'fatal';
}

const RETRYABLE: ReadonlySet<ErrorKind> = new Set(['rate', 'busy', 'server', 'timeout', 'network']);

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Backoff before the second attempt, ms; doubles each time. */
  baseMs: number;
  /** Longest single wait, ms. */
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 500, capMs: 15_000 };

/** "Equal jitter": half the exponential step fixed, half random, so waits never collapse to zero. */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Spaces out sandbox creations: each caller gets the next free slot, at
 * least `intervalMs` after the previous one. A rate-limit answer pushes every
 * later slot back, so parallel workers do not all hammer the API at once.
 */
export class Pacer {
  private next = 0;
  constructor(readonly intervalMs: number) {}

  async wait(signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + this.intervalMs;
    await sleep(at - now, signal);
  }

  /** Nobody creates before `ms` from now. */
  holdOff(ms: number): void {
    this.next = Math.max(this.next, Date.now() + ms);
  }
}

export interface Attempted<T> {
  value: T;
  attempts: number;
}

/** Internal: every retry of an SDK call failed; e2b-create.ts turns it into the check's outcome (never reaches a front door). */
export class RetriesExhausted extends Error {
  constructor(
    readonly last: unknown,
    readonly kind: ErrorKind,
    readonly attempts: number,
  ) {
    super((last as Error)?.message ?? String(last));
  }
}

/**
 * Runs `fn` until it succeeds, a non-retryable error comes, or the attempts
 * run out. `onRetry` hears about every retry (for logs and for marking that
 * a sandbox might have been created behind a timed-out request).
 */
export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  opts: { signal?: AbortSignal; pacer?: Pacer; onRetry?: (e: unknown, kind: ErrorKind, attempt: number, waitMs: number) => void } = {},
): Promise<Attempted<T>> {
  for (let attempt = 1; ; attempt++) {
    if (opts.pacer) await opts.pacer.wait(opts.signal);
    try {
      return { value: await fn(attempt), attempts: attempt };
    } catch (e) {
      const kind = errorKind(e);
      if (!RETRYABLE.has(kind) || attempt >= policy.attempts || opts.signal?.aborted) {
        throw new RetriesExhausted(e, kind, attempt);
      }
      const wait = backoffMs(attempt, policy);
      if (kind === 'rate' || kind === 'busy') opts.pacer?.holdOff(wait);
      opts.onRetry?.(e, kind, attempt, wait);
      await sleep(wait, opts.signal);
    }
  }
}
