// What real envd does and the emulator must do too, one test per behaviour,
// on both backends: first with the bare SDK (the daemon's own behaviour),
// then through the provider (what a check sees: the local provider's).
import { Sandbox } from '@e2b/code-interpreter';
import { afterEach, expect, it } from 'vitest';

import { check } from '../helpers.js';
import { describeBackends, useEmulator } from './setup.js';

describeBackends('envd behaviour', (backend) => {
  const h = useEmulator({ backend: backend.name });
  const open: Sandbox[] = [];
  const sandbox = async () => {
    const s = await Sandbox.create({ apiKey: 'e2b_test_key', apiUrl: h.emu.url, sandboxUrl: h.emu.url, allowInternetAccess: false });
    open.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.kill()));
  });
  const failure = async (p: Promise<unknown>) => p.then(() => undefined, (e: Error & { stdout?: string; stderr?: string }) => e);

  it('sets no LANG; the provider gives a check C.UTF-8 (javac reads a UTF-8 source) unless it sets its own', async () => {
    const s = await sandbox();
    expect((await s.commands.run('echo "[${LANG-unset}]"')).stdout).toBe('[unset]\n');
    const java = 'public class Cafe { public static void main(String[] a) { System.out.println("caf\u00e9 " + "caf\u00e9".length()); } }';
    const [utf8, own] = await h.run([
      check({ name: 'java', language: 'java', code: java }),
      check({ name: 'own', language: 'bash', code: 'echo "$LANG"', env: { LANG: 'C' } }),
    ]);
    expect(utf8!.status, `${utf8!.message}\n${utf8!.stderr.head}`).toBe('passed');
    expect(utf8!.stdout.head).toBe('caf\u00e9 4\n');
    expect(own!.stdout.head).toBe('C\n');
  }, 60_000);

  it("resets a PATH given in envs (bash -l sources /etc/profile); the provider keeps the check's", async () => {
    const s = await sandbox();
    const r = await s.commands.run('echo "$PATH"', { envs: { PATH: '/opt/own/bin:/usr/bin:/bin' } });
    expect(r.stdout).not.toContain('/opt/own/bin');
    const [o] = await h.run([check({ language: 'bash', code: 'echo "$PATH"', env: { PATH: '/opt/own/bin:/usr/bin:/bin' } })]);
    expect(o!.stdout.head).toBe('/opt/own/bin:/usr/bin:/bin\n');
  });

  it('keeps a command open while a background child holds its stdout; the provider ends the check with its main process', async () => {
    const s = await sandbox();
    const t0 = Date.now();
    const r = await s.commands.run('sleep 2 & echo started');
    expect(r.stdout).toBe('started\n');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1900);
    const [o] = await h.run([check({ language: 'bash', code: 'sleep 15 & echo started', limits: { timeoutMs: 10_000 } })]);
    expect(o).toMatchObject({ status: 'passed' });
    expect(o!.stdout.head).toBe('started\n');
    expect(o!.durationMs).toBeLessThan(5000);
  });

  it('enforces `ulimit -u` on the sandbox user', async () => {
    const s = await sandbox();
    const forks =
      'import os, time\nn = 0\ntry:\n    while n < 200:\n        if os.fork() == 0:\n            time.sleep(5)\n            os._exit(0)\n        n += 1\n    print("no limit", n)\nexcept OSError as e:\n    print("refused", e.errno, n < 40)';
    await s.files.write('/home/user/forks.py', forks);
    const r = await s.commands.run('ulimit -u 40; python3 forks.py; kill -KILL -1', { cwd: '/home/user' }).catch((e: { stdout: string }) => e);
    // EAGAIN once the user has 40 processes.
    expect(r.stdout).toBe('refused 11 True\n');
  });

  it('kills the top process only: what it started lives on', async () => {
    const s = await sandbox();
    let out = '';
    const handle = await s.commands.run('(sleep 1; echo lived > /home/user/after) > /dev/null 2>&1 & echo started; wait', {
      background: true,
      onStdout: (d) => {
        out += d;
      },
    });
    for (let i = 0; i < 100 && !out.includes('\n'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(out).toBe('started\n');
    expect(await handle.kill()).toBe(true);
    expect(await failure(handle.wait())).toMatchObject({ name: 'CommandExitError', exitCode: -1, error: 'signal: killed' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await s.files.read('/home/user/after')).toBe('lived\n');
  });
});
