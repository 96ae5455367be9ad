// What the E2B SDK throws, turned into what the engine reads: a sentence a
// person can act on for API and sandbox failures, and a step result (exit
// code, signal, limit) for a command that ended badly.

import type { E2BSettings } from '../types.js';
import { errorKind, type ErrorKind } from './e2b-retry.js';
import { DEFAULT_TEMPLATE, FULL_TEMPLATE } from './e2b-templates.js';
import type { LimitHit, RunResult } from './provider.js';

const SIGNALS: Record<number, string> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};
const LIMIT_SIGNALS: Record<string, LimitHit> = { SIGXCPU: 'cpu_time', SIGXFSZ: 'file_size' };
/**
 * envd reports a command killed by a signal with Go's name for it
 * (syscall.Signal.String(): "signal: segmentation fault") and exit code -1.
 */
const GO_SIGNALS: Record<string, number> = {
  hangup: 1, interrupt: 2, quit: 3, 'illegal instruction': 4, 'trace/breakpoint trap': 5, aborted: 6, 'bus error': 7,
  'floating point exception': 8, killed: 9, 'user defined signal 1': 10, 'segmentation fault': 11, 'user defined signal 2': 12,
  'broken pipe': 13, 'alarm clock': 14, terminated: 15, 'stack fault': 16, 'cpu time limit exceeded': 24,
  'file size limit exceeded': 25, 'virtual timer expired': 26, 'profiling timer expired': 27, 'bad system call': 31,
};

/** The signal number in envd's "signal: …" status; undefined when there is none. */
function envdSignal(status: string): number | undefined {
  const name = /\bsignal: ([^,;\n]+)/.exec(status)?.[1]?.trim().toLowerCase();
  if (!name) return undefined;
  return GO_SIGNALS[name] ?? (/^signal (\d+)$/.test(name) ? Number(name.slice(7)) : undefined);
}

/** One line a person can act on, from whatever the SDK threw. */
export function explainE2BError(e: unknown, settings: E2BSettings, doing: string): string {
  const err = e as Error & { statusCode?: number };
  const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
  const kind: ErrorKind = errorKind(e);
  const api = settings.apiUrl ?? process.env.E2B_API_URL ?? 'the E2B API';
  switch (kind) {
    case 'auth':
      if (/API key is required/i.test(msg)) {
        return `no E2B API key is configured: set E2B_API_KEY (or [e2b] api_key = "\${E2B_API_KEY}"), or use --provider local`;
      }
      return `the E2B API key was rejected: ${msg}. Check E2B_API_KEY (or [e2b] api_key): it must be a current key of your E2B team (dashboard → API Keys)`;
    case 'rate':
      return `E2B kept refusing to ${doing} with a rate limit (429): ${msg}. Lower concurrency (the Hobby plan allows 20 sandboxes at once and 1 new one a second), raise [e2b] create_interval, or retry later`;
    case 'busy':
      return `E2B had no capacity to ${doing} (503): ${msg}. This is on E2B's side; retry later`;
    case 'server':
      return `E2B failed to ${doing} with a server error: ${msg}. Retry later; if it persists, check https://status.e2b.dev`;
    case 'timeout':
      return `E2B did not answer in time while trying to ${doing}: ${msg}`;
    case 'network':
      return `could not reach ${api} to ${doing}: ${msg}. Check this machine's network and [e2b] api_url / E2B_API_URL`;
    default:
      if (/template/i.test(msg) && /not found|404|does not exist/i.test(msg)) {
        return `E2B does not know the template "${settings.template ?? DEFAULT_TEMPLATE}": ${msg}. Check [e2b] template (build e2b-template/ first for "${FULL_TEMPLATE}")`;
      }
      return `E2B refused to ${doing}: ${msg}`;
  }
}

/** What went wrong talking to sandbox `id` while trying to `doing`, as one sentence. */
export function explainRunError(id: string, e: unknown, doing: string): string {
  const err = e as Error;
  const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
  switch (err?.name) {
    case 'SandboxNotFoundError':
    case 'NotFoundError':
      return `E2B sandbox ${id} is gone (killed, or past its lifetime) and could not ${doing}: ${msg}. Re-run the check`;
    case 'AuthenticationError':
      return `E2B sandbox ${id} refused the access token while trying to ${doing}: ${msg}`;
    case 'TimeoutError':
      return `E2B sandbox ${id} stopped answering while trying to ${doing}: ${msg}. Re-run the check; if it keeps happening, check E2B's status`;
    case 'RateLimitError':
      return `E2B rate-limited the sandbox while trying to ${doing}: ${msg}. Lower concurrency`;
    case 'InvalidArgumentError':
      return `E2B sandbox ${id} refused to ${doing}: ${msg}`;
  }
  return `the connection to E2B sandbox ${id} broke while trying to ${doing} (${msg}); the check's result is unknown. Re-run it`;
}

/**
 * The step result of a command that exited non-zero (the SDK's
 * CommandExitError); undefined for any other error.
 */
export function exitErrorResult(e: unknown): RunResult | undefined {
  const err = e as Error & { exitCode?: number; error?: string };
  if (err?.name !== 'CommandExitError') return undefined;
  const code = err.exitCode ?? null;
  const killedBy = envdSignal(err.error ?? '');
  if (code === -1 || killedBy !== undefined) {
    if (killedBy === undefined) return { exitCode: null, signal: 'SIGKILL' };
    // As a shell reports it (and the local provider does): 128 + the signal number.
    const signal = SIGNALS[killedBy] ?? `SIG${killedBy}`;
    return { exitCode: 128 + killedBy, signal, limit: LIMIT_SIGNALS[signal] };
  }
  if (code !== null && code > 128 && code <= 128 + 64 && SIGNALS[code - 128]) {
    const signal = SIGNALS[code - 128]!;
    return { exitCode: code, signal, limit: LIMIT_SIGNALS[signal] };
  }
  return { exitCode: code };
}
