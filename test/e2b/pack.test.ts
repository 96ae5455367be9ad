// [e2b] checks_per_sandbox: several checks in one E2B sandbox, each in a
// bubblewrap sandbox of its own inside it, on both backends.
import { expect, it } from 'vitest';

import { ROOTLESS } from '../e2b-emulator/exec.js';
import { check } from '../helpers.js';
import { BACKENDS, describeBackends, useEmulator, type Backend } from './setup.js';

// Not root, the emulator's sandboxes have bwrap's /proc, in which a nested
// bubblewrap cannot mount its own: only the fallback is testable there.
const backends: Backend[] = BACKENDS.map((b) =>
  b.name === 'emulator' && ROOTLESS ? { ...b, skip: 'packed checks need the emulator run as root (nested bubblewrap)' } : b,
);

describeBackends('checks packed into E2B sandboxes', (backend) => {
  const h = useEmulator({ backend: backend.name });

  it('runs 10 checks in 2 sandboxes, each check fresh and alone in its own', async () => {
    const checks = Array.from({ length: 8 }, (_, i) =>
      check({
        name: `c${i}`,
        language: 'bash',
        // Leaves a file and a background process behind; sees no other check's.
        code: `echo mine > left-${i}; sleep 30 & ls /home/user | wc -l; ls /tmp | wc -l; ls; echo "$LANG"`,
      }),
    );
    checks.push(check({ name: 'procs', language: 'python', code: 'import os\nn = 0\ntry:\n    while n < 100:\n        if os.fork() == 0:\n            import time; time.sleep(3); os._exit(0)\n        n += 1\nexcept OSError:\n    print("limited", n < 20)', limits: { processes: 20 } }));
    checks.push(check({ name: 'own PATH', language: 'bash', code: 'echo "$PATH"', env: { PATH: '/opt/x/bin:/usr/bin:/bin' } }));
    const outcomes = await h.run(checks, { template: 'sandbox-checks', checksPerSandbox: 5 }, { concurrency: 5 });
    for (const [i, o] of outcomes.slice(0, 8).entries()) {
      expect(o.status, `${o.name}: ${o.message}\n${o.stderr.head}`).toBe('passed');
      // One folder in /home/user (its own), nothing in /tmp, only its own files.
      expect(o.stdout.head).toBe(`1\n0\nleft-${i}\nmain.sh\nC.UTF-8\n`);
      expect(o.durationMs).toBeLessThan(10_000);
    }
    expect(outcomes[8]!.stdout.head, `${outcomes[8]!.message} ${outcomes[8]!.stderr.head}`).toBe('limited True\n');
    expect(outcomes[9]!.stdout.head).toBe('/opt/x/bin:/usr/bin:/bin\n');
    expect(h.emu.ops('create')).toHaveLength(2);
    expect(new Set(outcomes.map((o) => o.sandboxId)).size).toBe(2);
    expect(h.warnings).toEqual([]);
  }, 120_000);

  it('gives checks that need a network a sandbox of their own', async () => {
    const outcomes = await h.run(
      [check({ name: 'online', language: 'bash', code: 'echo on', network: true }), check({ name: 'offline', language: 'bash', code: 'echo off' })],
      { template: 'sandbox-checks', checksPerSandbox: 5 },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'passed']);
    const creates = h.emu.ops('create').map((c) => c.body as { allow_internet_access: boolean; metadata: { check: string } });
    expect(creates.map((c) => [c.metadata.check, c.allow_internet_access]).sort()).toEqual([
      ['(packed checks)', false],
      ['online', true],
    ]);
  });

  it('falls back to a sandbox per check, with one warning, where bubblewrap does not work (the default template)', async () => {
    const outcomes = await h.run(
      Array.from({ length: 3 }, (_, i) => check({ name: `d${i}`, language: 'bash', code: 'echo ok' })),
      { checksPerSandbox: 5 },
      { concurrency: 1 },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'passed', 'passed']);
    expect(h.warnings).toHaveLength(1);
    expect(h.warnings[0]).toMatch(/^\[e2b\] checks_per_sandbox = 5: bubblewrap does not work inside the E2B sandbox of template "code-interpreter-v1" \(.+\); every check gets a sandbox of its own/);
    // The probe's sandbox, then one per check.
    expect(h.emu.ops('create')).toHaveLength(4);
  });
}, backends);
