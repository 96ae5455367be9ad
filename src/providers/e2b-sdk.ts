// The one door to @e2b/code-interpreter: the SDK is a large module, loaded
// only when the E2B provider is used; every client this tool makes is bound
// to the configured key and URLs (never the host env beyond E2B_*); and the
// one adapter around an SDK internal (keepNoOutputCopy) lives here.

import type { CommandHandle } from '@e2b/code-interpreter';

import type { E2BSettings } from '../types.js';

// Only the parts used here: the SDK's full module type names classes its
// declarations do not export, which a declaration build cannot name.
export type Sdk = Pick<typeof import('@e2b/code-interpreter'), 'E2B' | 'Sandbox' | 'ALL_TRAFFIC'>;
const importSdk = (): Promise<Sdk> => import('@e2b/code-interpreter');
export type Client = InstanceType<Sdk['E2B']>;

/** The SDK's own wait on a 429 with Retry-After happens at most this often per call. */
const SDK_RATE_RETRIES = 2;

let sdk: Promise<Sdk> | undefined;
/** The SDK is a large module: the CLI loads it only when E2B is used. */
export function loadSdk(): Promise<Sdk> {
  sdk ??= importSdk();
  return sdk;
}

/** An SDK client for `settings`' key and URLs. */
export async function newClient(settings: E2BSettings): Promise<Client> {
  const { E2B } = await loadSdk();
  return new E2B({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, sandboxUrl: settings.sandboxUrl, retries: SDK_RATE_RETRIES });
}

/**
 * Makes `handle` keep no copy of what its command prints; the callbacks
 * given to commands.run (onStdout/onStderr) still get every chunk.
 *
 * e2b 2.51's CommandHandle appends each decoded chunk to its private
 * `_stdout`/`_stderr` (the source of `handle.stdout` and of wait()'s
 * CommandResult) on every public path that keeps the two streams apart:
 * commands.run, foreground or background, with or without callbacks, and
 * commands.connect. No option turns that off; pty.create keeps nothing, but
 * a pty merges stdout and stderr into one terminal stream. This tool reads
 * output only through the callbacks, so the copy is dead weight that a
 * program printing 200 MB grew by ~350 MiB of the tool's memory. This is the
 * one place that touches those fields; test/e2b/sdk-adapter.test.ts fails
 * when the SDK stops keeping its copy there (or renames the fields).
 */
export function keepNoOutputCopy(handle: CommandHandle): void {
  for (const field of ['_stdout', '_stderr']) {
    if (typeof (handle as unknown as Record<string, unknown>)[field] !== 'string') continue;
    // An accessor that holds nothing: what was appended so far is let go, and
    // every later `+=` lands nowhere.
    Object.defineProperty(handle, field, { get: () => '', set: () => {}, configurable: true });
  }
}
