// Making E2B sandboxes and ending what a run left behind. A create is tagged
// with run metadata, so the Action's post step (cleanupRun) finds every
// sandbox of its run; it is retried on transient failures, paced to the
// plan's creation rate, and bounded by the check's own timeout.

import { randomBytes } from '../crypto.js';

import type { Sandbox as SdkSandbox } from '@e2b/code-interpreter';

import type { E2BSettings } from '../types.js';
import { VERSION } from '../version.js';
import { DEFAULT_RETRY, errorKind, Pacer, RetriesExhausted, withRetries, type RetryPolicy } from './e2b-retry.js';
import { explainE2BError } from './e2b-errors.js';
import { newClient, type Client } from './e2b-sdk.js';
import { SandboxUnavailableError, type SandboxSpec } from './provider.js';

/** The sandbox outlives the check's deadline by this much, so it is never cut short. */
export const LIFETIME_MARGIN_MS = 60_000;
/** E2B's longest sandbox lifetime on the Hobby plan. */
export const MAX_LIFETIME_MS = 60 * 60_000;
/** How long one create request may take (the SDK's default request timeout). */
export const CREATE_TIMEOUT_MS = 60_000;
/** Our own deadline on a create, past the SDK's. */
const CREATE_TIMEOUT_SLACK_MS = 1_000;

/** Metadata keys on every sandbox this tool makes. */
export const META = { tool: 'tool', run: 'run', check: 'check', language: 'language', version: 'tool-version' } as const;
export const TOOL_NAME = 'sandbox-checks';

let processRunId: string | undefined;

/**
 * The id that ties this run's sandboxes together for cleanup. In GitHub
 * Actions it is derived from the run, attempt, job and runner, so the post
 * step computes the same id; matrix legs run on different runners and never
 * clean up each other's sandboxes. Elsewhere it is random per process.
 */
export function defaultRunId(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_RUN_ID) {
    const parts = ['gh', env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? 'job', env.RUNNER_NAME ?? ''];
    return parts
      .filter(Boolean)
      .join('-')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .slice(0, 120);
  }
  processRunId ??= `cli-${randomBytes(6).toString('hex')}`;
  return processRunId;
}

/** What a create needs of its provider. */
export interface CreateContext {
  client: Client;
  settings: E2BSettings;
  template: string;
  runId: string;
  retry: RetryPolicy;
  pacer: Pacer;
  createTimeoutMs: number;
  debug(m: string): void;
  /** A create may have made a sandbox nobody holds: sweep by metadata before leaving. */
  markUncertain(): void;
}

/** A create in flight; destroyAll cancels it, and what arrives late is killed. */
export interface PendingCreate {
  cancelled: boolean;
  stop: AbortController;
}

/**
 * One SDK sandbox for `spec`, with the attempts it took and the lifetime it
 * was given. Throws a SandboxUnavailableError a person can act on.
 */
export async function createSdkSandbox(
  ctx: CreateContext,
  spec: SandboxSpec,
  token: PendingCreate,
): Promise<{ sdkSandbox: SdkSandbox; attempts: number; lifetimeMs: number; requestedAt: number }> {
  const lifetimeMs = Math.min(MAX_LIFETIME_MS, spec.limits.timeoutMs + LIFETIME_MARGIN_MS);
  const metadata: Record<string, string> = {
    [META.tool]: TOOL_NAME,
    [META.version]: VERSION,
    [META.run]: ctx.runId,
    [META.check]: spec.name.slice(0, 200),
    [META.language]: spec.language,
  };
  // The check's timeout covers making its sandbox: E2B gets that long, all
  // attempts together, so a hung or slow E2B never holds a check past it.
  const giveUpAt = Date.now() + spec.limits.timeoutMs;
  let outOfTime = false;
  let lastError: unknown;
  // When the attempt that made the sandbox was sent: E2B counts its lifetime from no earlier.
  let requestedAt = Date.now();
  const deadline = setTimeout(() => {
    outOfTime = true;
    token.stop.abort(new Error('the check\'s timeout ran out'));
  }, spec.limits.timeoutMs);
  try {
    const { value: sdkSandbox, attempts } = await withRetries(
      () => {
        requestedAt = Date.now();
        const left = Math.max(1, giveUpAt - requestedAt);
        return createWithin(
          () =>
            ctx.client.Sandbox.create(ctx.template, {
              timeoutMs: lifetimeMs,
              metadata,
              // Only the check's own env: nothing from this machine.
              envs: { ...spec.env },
              allowInternetAccess: spec.network,
              requestTimeoutMs: Math.min(ctx.createTimeoutMs, left),
            }),
          Math.min(ctx.createTimeoutMs + CREATE_TIMEOUT_SLACK_MS, left),
        );
      },
      ctx.retry,
      {
        pacer: ctx.pacer,
        signal: token.stop.signal,
        onRetry: (e, kind, attempt, wait) => {
          lastError = e;
          if (kind === 'timeout' || kind === 'network') ctx.markUncertain();
          ctx.debug(`create for "${spec.name}" failed (attempt ${attempt}, ${kind}): ${(e as Error).message}; retrying in ${wait} ms`);
        },
      },
    );
    return { sdkSandbox, attempts, lifetimeMs, requestedAt };
  } catch (e) {
    if (token.cancelled) throw new Error('the run was cancelled while the sandbox was being created', { cause: e });
    if (outOfTime) {
      // An attempt may have been cut short while E2B was making the sandbox.
      ctx.markUncertain();
      const last = e instanceof RetriesExhausted ? e.last : lastError;
      const why = last ? ` (last answer: ${explainE2BError(last, ctx.settings, 'create a sandbox')})` : '';
      throw new SandboxUnavailableError(
        `E2B did not make a sandbox within the check's ${spec.limits.timeoutMs} ms timeout${why}; nothing ran. Retry later, or raise the check's timeout`,
      );
    }
    const last = e instanceof RetriesExhausted ? e.last : e;
    const kind = e instanceof RetriesExhausted ? e.kind : errorKind(e);
    if (kind === 'timeout' || kind === 'network') ctx.markUncertain();
    const tries = e instanceof RetriesExhausted && e.attempts > 1 ? ` (after ${e.attempts} attempts)` : '';
    throw new SandboxUnavailableError(`${explainE2BError(last, ctx.settings, 'create a sandbox')}${tries}`);
  } finally {
    clearTimeout(deadline);
  }
}

/**
 * `create()`, but given up after `ms` even when the SDK's own request timeout
 * does not fire. (With the SDK's 429 retry on, e2b 2.51 sends a clone of the
 * request whose abort can be lost: the first create of a process has been
 * seen to outlive its requestTimeoutMs.) A sandbox that arrives after we gave
 * up is killed on arrival, so a slow create never leaves one behind.
 */
async function createWithin(create: () => Promise<SdkSandbox>, ms: number): Promise<SdkSandbox> {
  const attempt = create();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new Error(`creating the sandbox took longer than ${ms} ms`);
      e.name = 'TimeoutError';
      reject(e);
    }, ms);
  });
  try {
    return await Promise.race([attempt, expired]);
  } catch (e) {
    attempt.then((late) => late.kill().catch(() => false), () => undefined);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

export interface CleanupResult {
  found: number;
  killed: number;
  failed: string[];
}

/**
 * Kills every sandbox of run `runId` still alive (running or paused): the
 * Action's post step calls this, and a run calls it itself when a create
 * timed out (the sandbox may exist) or a kill failed.
 */
export async function cleanupRun(
  settings: E2BSettings,
  runId: string = settings.runId || defaultRunId(),
  opts: { warn?: (m: string) => void; pageSize?: number } = {},
): Promise<CleanupResult> {
  const client = await newClient(settings);
  const ids: string[] = [];
  const pages = client.Sandbox.list({ query: { metadata: { [META.tool]: TOOL_NAME, [META.run]: runId }, state: ['running', 'paused'] }, limit: opts.pageSize ?? 100 });
  while (pages.hasNext) {
    const { value } = await withRetries(() => pages.nextItems(), DEFAULT_RETRY);
    ids.push(...value.map((s) => s.sandboxId));
  }
  const failed: string[] = [];
  let killed = 0;
  for (const id of [...new Set(ids)]) {
    try {
      const { value } = await withRetries(() => client.Sandbox.kill(id), { attempts: 3, baseMs: 300, capMs: 2000 });
      if (value) killed++;
    } catch (e) {
      failed.push(id);
      opts.warn?.(`could not kill E2B sandbox ${id}: ${((e instanceof RetriesExhausted ? e.last : e) as Error)?.message}`);
    }
  }
  return { found: ids.length, killed, failed };
}
