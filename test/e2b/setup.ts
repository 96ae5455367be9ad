// Shared setup of the E2B tests: one emulator per test file (or per backend),
// a provider bound to it with fast retries, and the rule that no test leaves
// a sandbox alive. Backends: the emulator's own sandboxes, and real envd
// (skipped, saying why, where its binary is absent).

import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';

import { runChecks, type RunOptions } from '../../src/engine/run.js';
import { E2BProvider, type E2BProviderOptions } from '../../src/providers/e2b.js';
import type { Check, E2BSettings, Outcome } from '../../src/types.js';
import { startEmulator, type E2BEmulator, type EmulatorOptions } from '../e2b-emulator/emulator.js';
import { envdBinary, envdUnavailable } from '../e2b-emulator/envd.js';
import { plan } from '../helpers.js';

export type BackendName = 'emulator' | 'envd';

export interface Backend {
  name: BackendName;
  /** Why it cannot run here; undefined when it can. */
  skip?: string;
}

const envdSkip = envdUnavailable();
export const BACKENDS: readonly Backend[] = [{ name: 'emulator' }, { name: 'envd', skip: envdSkip }];
if (envdSkip) process.stderr.write(`E2B tests: the real-envd backend is skipped: ${envdSkip}\n`);

/**
 * `describe` once per backend: "<title> [emulator]" and "<title> [real envd
 * <path>]"; a backend that cannot run here is a skipped block whose title says why.
 */
export function describeBackends(title: string, body: (backend: Backend) => void, backends: readonly Backend[] = BACKENDS): void {
  for (const b of backends) {
    const label = b.name === 'envd' ? `${title} [real envd ${envdBinary()}]` : `${title} [emulator]`;
    if (b.skip) describe.skip(`${label}: skipped, ${b.skip}`, () => body(b));
    else describe(label, () => body(b));
  }
}

export const FAST_RETRY = { attempts: 4, baseMs: 40, capMs: 200 };

export interface Harness {
  emu: E2BEmulator;
  warnings: string[];
  provider(settings?: Partial<E2BSettings>, options?: E2BProviderOptions): E2BProvider;
  run(checks: Check[], settings?: Partial<E2BSettings>, options?: RunOptions & { concurrency?: number; provider?: E2BProvider; keepLogs?: boolean }): Promise<Outcome[]>;
}

/** Starts an emulator for the file; after every test, asserts that no sandbox is left alive. */
export function useEmulator(options: EmulatorOptions = {}): Harness {
  const h = { warnings: [] as string[] } as Harness;
  beforeAll(async () => {
    h.emu = await startEmulator(options);
  });
  afterEach(async () => {
    try {
      // Kills are sent as each check ends; give the last DELETE a moment to land.
      await h.emu.waitFor(() => h.emu.liveCount() === 0, 5000, 'every sandbox to be killed');
    } finally {
      const left = h.emu.liveCount();
      for (const s of h.emu.live()) h.emu.killSandbox(s, 'shutdown');
      h.emu.reset();
      h.warnings.length = 0;
      expect(left, 'sandboxes left alive by the test').toBe(0);
    }
  });
  afterAll(async () => {
    await h.emu?.close();
  });
  h.provider = (settings = {}, opts = {}) =>
    new E2BProvider(
      { apiKey: 'e2b_test_key', apiUrl: h.emu.url, sandboxUrl: h.emu.url, createIntervalMs: 0, ...settings },
      { retry: FAST_RETRY, warn: (m) => h.warnings.push(m), ...opts },
    );
  h.run = async (checks, settings = {}, opts = {}) => {
    const provider = opts.provider ?? h.provider(settings);
    const r = await runChecks(plan(checks, { provider: 'e2b', concurrency: opts.concurrency ?? 3, e2b: provider.settings, keepLogs: opts.keepLogs }), { ...opts, provider });
    return r.outcomes;
  };
  return h;
}

/** The hosts pip downloads from, asked of pip itself (never written down here). */
export function pipHosts(): string[] {
  const out = execFileSync('python3', ['-c', 'from pip._internal.models.index import PyPI; print(PyPI.netloc, PyPI.file_storage_domain)'], {
    encoding: 'utf8',
  });
  return out.trim().split(/\s+/);
}
