// The sandbox command line as data: what is mounted from /etc and /proc, how
// the user namespace is made or joined, and how the fds bwrap reads are opened.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { bwrapArgs, fdRedirections, PROC_HIDDEN_FILES, PROC_READ_ONLY, sandboxCommand, SECCOMP_FD, USERNS_FD, type BwrapOptions } from '../../src/providers/local-bwrap.js';

const base: BwrapOptions = {
  workspace: '/tmp/ws',
  etcDir: '/tmp/etc',
  emptyDir: '/tmp/empty',
  mounts: ['/root/.pyenv/versions/3.11.7'],
  pathDirs: [],
  network: false,
  env: {},
  disableUserns: true,
  joinUserns: false,
  seccomp: true,
};

/** Every [flag, src, dest] bind of the list. */
function binds(args: string[]): [string, string, string][] {
  const out: [string, string, string][] = [];
  args.forEach((a, i) => {
    if (/^--(ro-)?bind(-try)?$/.test(a)) out.push([a, args[i + 1]!, args[i + 2]!]);
  });
  return out;
}

describe('bwrapArgs', () => {
  it('mounts only the public half of /etc/ssl, never ssl/private, shadow or the whole /etc', () => {
    for (const network of [false, true]) {
      const b = binds(bwrapArgs({ ...base, network }));
      const etc = b.filter(([, , d]) => d.startsWith('/etc'));
      expect(etc.map(([, , d]) => d)).toContain('/etc/ssl/certs');
      for (const [flag, src, dest] of etc) {
        expect(flag, dest).toMatch(/^--ro-bind/);
        expect(dest).not.toMatch(/^\/etc\/?$|^\/etc\/ssl\/?$|private|shadow|sudoers/);
        expect(src).not.toMatch(/private|shadow/);
      }
    }
  });

  it('hides the sensitive /proc entries and makes /proc/sys read-only, after /proc is mounted', () => {
    const args = bwrapArgs(base);
    const procAt = args.indexOf('--proc');
    const b = binds(args);
    for (const f of PROC_HIDDEN_FILES.filter((f) => existsSync(`/proc/${f}`))) {
      const i = args.indexOf(`/proc/${f}`);
      expect(i, f).toBeGreaterThan(procAt);
      expect(b).toContainEqual(['--ro-bind', '/dev/null', `/proc/${f}`]);
    }
    for (const d of PROC_READ_ONLY.filter((d) => existsSync(`/proc/${d}`))) expect(b).toContainEqual(['--ro-bind', `/proc/${d}`, `/proc/${d}`]);
    expect(PROC_READ_ONLY).toContain('sys');
  });

  it('creates its own user namespace as a normal user, and joins the mapped one (no --unshare-user) as root', () => {
    const own = bwrapArgs(base);
    expect(own).toContain('--unshare-user');
    expect(own).toContain('--disable-userns');
    expect(own).not.toContain('--userns');
    const joined = bwrapArgs({ ...base, joinUserns: true });
    expect(joined.slice(joined.indexOf('--userns'), joined.indexOf('--userns') + 2)).toEqual(['--userns', String(USERNS_FD)]);
    expect(joined).not.toContain('--unshare-user');
    expect(joined).not.toContain('--unshare-all');
    expect(joined).toContain('--unshare-net');
    expect(bwrapArgs({ ...base, joinUserns: true, network: true })).not.toContain('--unshare-net');
    // Only what setpriv needs survives bwrap's --cap-drop ALL.
    const caps = joined.flatMap((a, i) => (a === '--cap-add' ? [joined[i + 1]] : []));
    expect(caps.sort()).toEqual(['CAP_SETGID', 'CAP_SETPCAP', 'CAP_SETUID']);
    expect(joined.indexOf('--cap-drop')).toBeLessThan(joined.indexOf('--cap-add'));
    expect(own).not.toContain('--cap-add');
  });

  it('gives the seccomp fd to bwrap, and the mount points above a toolchain a traversable mode', () => {
    const args = bwrapArgs(base);
    expect(args.slice(args.indexOf('--seccomp'), args.indexOf('--seccomp') + 2)).toEqual(['--seccomp', String(SECCOMP_FD)]);
    const i = args.indexOf('/root');
    expect(args.slice(i - 3, i + 1)).toEqual(['--perms', '0755', '--dir', '/root']);
    expect(i).toBeLessThan(args.indexOf('/root/.pyenv/versions/3.11.7'));
  });
});

describe('sandboxCommand and fdRedirections', () => {
  it('as root the check starts behind setpriv as the namespace uid 0, with no capability and the namespace fd closed', () => {
    const cmd = sandboxCommand(true, '/usr/bin/setpriv', 'python3 main.py');
    expect(cmd.slice(0, 8)).toEqual(['/usr/bin/setpriv', '--reuid=0', '--regid=0', '--clear-groups', '--inh-caps=-all', '--bounding-set=-all', '--no-new-privs', '--']);
    expect(cmd.slice(8)).toEqual(['/bin/sh', '-c', `exec ${USERNS_FD}<&-; python3 main.py`]);
    expect(sandboxCommand(false, '/usr/bin/setpriv', 'python3 main.py')).toEqual(['/bin/sh', '-c', 'python3 main.py']);
  });

  it('opens the fds in the exec line itself, quoting the paths', () => {
    expect(fdRedirections({ 9: "/tmp/a b/it's.bpf" })).toBe(`9<'/tmp/a b/it'\\''s.bpf'`);
    expect(fdRedirections({})).toBe('');
    // And the shell opens exactly that file.
    const dir = mkdtempSync(path.join(os.tmpdir(), "sc-fd-it's "));
    const file = path.join(dir, "it's.bpf");
    writeFileSync(file, 'program');
    try {
      const real = spawnSync('/bin/sh', ['-c', `exec cat /dev/fd/9 ${fdRedirections({ 9: file })}`], { encoding: 'utf8' });
      expect(real.stdout).toBe('program');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
