// Isolation on the real local provider: what a check must not see or touch.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { check, runLocal, runOneLocal, testLogDir } from '../helpers.js';
import { OFFLINE_ENV } from '../../src/engine/check-run.js';

const secret = `canary-${randomBytes(8).toString('hex')}`;
const homeFile = path.join(os.homedir(), `.sandbox-checks-canary-${process.pid}`);
writeFileSync(homeFile, secret);
process.env.SANDBOX_CHECKS_CANARY = secret;
process.env.GITHUB_TOKEN_CANARY = secret;
afterAll(() => rmSync(homeFile, { force: true }));

const all = (o: { stdout: { head: string; tail: string }; stderr: { head: string; tail: string } }) =>
  o.stdout.head + o.stdout.tail + o.stderr.head + o.stderr.tail;

describe('local sandbox isolation', () => {
  it('the environment holds only PATH, HOME, LANG, TMPDIR and the check env', async () => {
    const o = await runOneLocal({ language: 'bash', code: 'env | cut -d= -f1 | sort | tr "\\n" " "; echo; cat /proc/*/environ 2>/dev/null | tr "\\0" "\\n" | cut -d= -f1 | sort -u | tr "\\n" " "', env: { MINE: 'yes' } });
    const [names, procNames] = o.stdout.head.split('\n');
    // bash itself adds PWD, SHLVL and _; a step without the network gets the
    // tool's own installer settings (OFFLINE_ENV); nothing comes from the host.
    const own = Object.keys(OFFLINE_ENV);
    expect(names!.trim().split(' ')).toEqual(['HOME', 'LANG', 'MINE', 'PATH', 'PWD', 'SHLVL', 'TMPDIR', '_', ...own].sort());
    for (const n of procNames!.trim().split(' ')) expect(['HOME', 'LANG', 'MINE', 'PATH', 'PWD', 'SHLVL', 'TMPDIR', '_', 'OLDPWD', ...own]).toContain(n);
    expect(all(o)).not.toContain(secret);
  });

  it('cannot read a canary file in the invoking user home, or the repository', async () => {
    const o = await runOneLocal({
      language: 'bash',
      code: `cat ${JSON.stringify(homeFile)}; ls -a ${JSON.stringify(os.homedir())}; cat ${JSON.stringify(path.join(process.cwd(), 'package.json'))}; ls ${JSON.stringify(path.join(process.cwd(), '.git'))}; echo done`,
    });
    expect(o.stdout.head).toContain('done');
    expect(all(o)).not.toContain(secret);
    expect(all(o)).not.toContain('"name": "sandbox-checks"');
    expect(o.stderr.head).toMatch(/No such file or directory/);
  });

  it('has no network: connections and DNS fail', async () => {
    const o = await runOneLocal({
      language: 'python',
      code: [
        'import socket',
        'for target in [("1.1.1.1", 53), ("127.0.0.1", 22)]:',
        '    s = socket.socket(); s.settimeout(2)',
        '    try: s.connect(target); print("connected", target)',
        '    except OSError as e: print("refused", target, e.errno)',
        'try: socket.getaddrinfo("example.com", 443); print("resolved")',
        'except OSError: print("no dns")',
      ].join('\n'),
    });
    expect(o.stdout.head).not.toContain('connected');
    expect(o.stdout.head).toContain('no dns');
    expect(o.stdout.head).toContain("refused ('1.1.1.1', 53)");
  });

  it('network = true gives the program a network of its own, not the host network namespace', async () => {
    const list = 'tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " " | grep -vx lo | sort | tr "\\n" " "';
    const o = await runOneLocal({ language: 'bash', code: list, network: true });
    const without = await runOneLocal({ language: 'bash', code: list });
    expect(without.stdout.head.trim()).toBe('');
    const names = o.stdout.head.trim().split(' ');
    expect(names).toEqual(['tap0']);
    for (const hostIf of Object.keys(os.networkInterfaces()).filter((n) => n !== 'lo' && n !== 'tap0')) expect(names).not.toContain(hostIf);
  });

  it('writes outside the workspace fail and leave nothing on the host', async () => {
    const marker = `sc-escape-${randomBytes(4).toString('hex')}`;
    const o = await runOneLocal({
      language: 'bash',
      code: `for d in /usr/bin /etc /var/tmp /tmp /dev/shm /home ${JSON.stringify(os.homedir())}; do echo x > "$d/${marker}" 2>/dev/null && echo "wrote $d"; done; echo x > ./${marker} && echo "wrote workspace"`,
    });
    expect(o.stdout.head).toContain('wrote workspace');
    expect(o.stdout.head).not.toMatch(/wrote \/(usr|etc)/);
    for (const d of ['/usr/bin', '/etc', '/var/tmp', '/tmp', '/dev/shm', '/home', os.homedir()]) {
      expect(existsSync(path.join(d, marker)), d).toBe(false);
    }
  });

  it('a second check does not see the first one files', async () => {
    const [first, second] = await runLocal(
      [
        check({ name: 'writer', language: 'bash', code: 'echo secret > left-behind.txt; echo hi > /tmp/tmp-left; ls' }),
        check({ name: 'reader', language: 'bash', code: 'ls -a; ls /tmp; cat left-behind.txt /tmp/tmp-left; true' }),
      ],
      {},
      { concurrency: 1 },
    );
    expect(first!.stdout.head).toContain('left-behind.txt');
    expect(second!.stdout.head).not.toContain('left-behind');
    expect(second!.stdout.head).not.toContain('tmp-left\n');
    expect(second!.stderr.head).toContain('left-behind.txt: No such file');
  });

  it('only the files a check names are in its workspace', async () => {
    const o = await runOneLocal({ language: 'bash', code: 'ls -A | sort | tr "\\n" " "', files: [{ path: 'main.sh', content: Buffer.from('ls -A | sort | tr "\\n" " "') }, { path: 'data/in.txt', content: Buffer.from('x') }] });
    expect(o.stdout.head.trim()).toBe('data main.sh');
  });

  it('sees only its own processes and cannot create nested user namespaces', async () => {
    const o = await runOneLocal({ language: 'bash', code: 'ls /proc | grep -E "^[0-9]+$" | wc -l; unshare -r true 2>/dev/null && echo nested || echo blocked' });
    const [count, nested] = o.stdout.head.trim().split('\n');
    expect(Number(count)).toBeLessThan(10);
    expect(nested).toBe('blocked');
  });

  it('removes every workspace when the run ends', async () => {
    // A temp folder of this run's own: other test files make sandboxes in the shared one meanwhile.
    const own = mkdtempSync(path.join(os.tmpdir(), 'sc-isolation-'));
    const logDir = testLogDir(); // the suite's log folder stays where it is
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      const [o] = await runLocal([check({ language: 'bash', code: 'echo x > f' })], {}, { logDir });
      expect(o!.status).toBe('passed');
      expect(readdirSync(own)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(own, { recursive: true, force: true });
    }
  });
});
