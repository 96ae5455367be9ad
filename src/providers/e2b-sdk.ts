// The one door to @e2b/code-interpreter: the SDK is a large module, loaded
// only when the E2B provider is used, and every client this tool makes is
// bound to the configured key and URLs (never the host env beyond E2B_*).

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
