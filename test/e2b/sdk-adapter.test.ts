// The one adapter around an SDK internal (keepNoOutputCopy in
// src/providers/e2b-sdk.ts). The SDK's CommandHandle keeps a copy of all a
// command prints, behind its public `stdout`/`stderr` getters; the adapter
// empties that copy. These tests read the copy through the public getters
// only, so they fail when an SDK upgrade stops keeping the copy (the adapter
// can go) or keeps it under other names (the adapter must follow).
import { expect, it } from 'vitest';

import type { E2BSandbox } from '../../src/providers/e2b.js';
import { keepNoOutputCopy } from '../../src/providers/e2b-sdk.js';
import { describeBackends, useEmulator } from './setup.js';

const SPEC = {
  name: 'sdk adapter',
  language: 'bash',
  network: false,
  env: {},
  limits: { timeoutMs: 30_000, memoryBytes: 256 * 1024 ** 2, processes: 64, outputBytes: 1 << 20, fileSizeBytes: 1 << 20, openFiles: 256 },
};
/** 3 × 100 KB on each stream, in several chunks, then a last line. */
const PRINTS = `for i in 1 2 3; do head -c 100000 /dev/zero | tr '\\0' o; head -c 100000 /dev/zero | tr '\\0' e >&2; done; echo end; echo end >&2`;
const OUT = `${'o'.repeat(300_000)}end\n`;
const ERR = `${'e'.repeat(300_000)}end\n`;

describeBackends('the SDK adapter that keeps no output copy', (backend) => {
  const h = useEmulator({ backend: backend.name });

  async function withSandbox(body: (s: E2BSandbox) => Promise<void>): Promise<void> {
    const sandbox = (await h.provider().create(SPEC)) as E2BSandbox;
    try {
      await body(sandbox);
    } finally {
      await sandbox.destroy();
    }
  }

  it('the SDK keeps a copy of everything a command prints on its handle (why the adapter exists)', async () => {
    await withSandbox(async (s) => {
      const handle = await s.sdk.commands.run(PRINTS, { background: true, onStdout: () => {}, onStderr: () => {} });
      await handle.wait();
      expect(handle.stdout).toBe(OUT);
      expect(handle.stderr).toBe(ERR);
    });
  });

  it('with the adapter the handle holds nothing, and every chunk still reaches the callbacks', async () => {
    await withSandbox(async (s) => {
      let out = '';
      let err = '';
      const handle = await s.sdk.commands.run(PRINTS, { background: true, onStdout: (c) => void (out += c), onStderr: (c) => void (err += c) });
      keepNoOutputCopy(handle);
      const result = await handle.wait();
      expect([out, err]).toEqual([OUT, ERR]);
      expect([handle.stdout, handle.stderr, result.stdout, result.stderr]).toEqual(['', '', '', '']);
      expect(result.exitCode).toBe(0);
    });
  });

  it('a non-zero exit still comes back as the SDK error carrying the exit code', async () => {
    await withSandbox(async (s) => {
      let out = '';
      const handle = await s.sdk.commands.run('echo partial; exit 7', { background: true, onStdout: (c) => void (out += c) });
      keepNoOutputCopy(handle);
      const e = (await handle.wait().then(() => undefined, (x: unknown) => x)) as Error & { exitCode?: number; stdout?: string };
      expect([e?.name, e?.exitCode, e?.stdout, out]).toEqual(['CommandExitError', 7, '', 'partial\n']);
    });
  });
});
