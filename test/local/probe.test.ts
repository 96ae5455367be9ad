// The local provider's probe: bubblewrap is tried once per run, beside the
// user namespace a root run makes for its checks. A bwrap that cannot create
// a sandbox is reported with what it said and the fix, and the namespace made
// meanwhile does not outlive the failed probe.

import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { LocalProvider } from '../../src/providers/local.js';
import { SandboxUnavailableError } from '../../src/providers/provider.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** This process's children running the user-namespace holder (`/bin/sh -c read _`). */
function holders(): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8') === '/bin/sh\0-c\0read _\0') out.push(Number(pid));
    } catch {
      /* gone */
    }
  }
  return out;
}

describe('the local probe', () => {
  it('reports a bwrap that cannot make namespaces with its own words and the fix, and leaves no namespace holder', async () => {
    const fake = path.join(dir, 'bwrap');
    writeFileSync(fake, '#!/bin/sh\necho "bwrap: No permissions to create new namespace, likely because the kernel does not allow non-privileged user namespaces." >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    const PATH = process.env.PATH;
    process.env.PATH = `${dir}:${PATH}`;
    const provider = new LocalProvider();
    try {
      const e = await provider.probe().then(() => undefined, (x: unknown) => x);
      expect(e).toBeInstanceOf(SandboxUnavailableError);
      expect((e as Error).message).toMatch(/^bubblewrap cannot create a sandbox here: bwrap: No permissions to create new namespace/);
      expect((e as SandboxUnavailableError).remediation).toMatch(/sysctl/);
    } finally {
      process.env.PATH = PATH;
      await provider.dispose();
    }
    // A root run made its holder beside the probe; it is stopped, not left to the run's end.
    for (let i = 0; i < 40 && holders().length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(holders()).toEqual([]);
  });

  it('a working bwrap passes, and as root the checks get their user namespace', async () => {
    const provider = new LocalProvider();
    try {
      await provider.probe();
      expect(provider.joinsUserns).toBe(process.getuid?.() === 0);
      if (process.getuid?.() === 0) expect(holders()).toHaveLength(1);
    } finally {
      await provider.dispose();
    }
    for (let i = 0; i < 40 && holders().length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(holders()).toEqual([]);
  });
});
