// The kernel-side boundary of the local sandbox, attacked with real programs
// on real bwrap: checks are never host root (as root they are host nobody),
// sysctls and /proc's sensitive entries cannot be written or read, host keys
// in /etc/ssl/private and /etc/shadow are out of reach, the seccomp filter
// denies what container runtimes deny, and a step with the network reaches
// the internet but not the host (loopback, abstract sockets, its addresses),
// link-local/metadata or private addresses. The same programs run a second
// time as an unprivileged user (uid 1000) through the compiled CLI engine.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { LocalProvider } from '../../src/providers/local.js';
import { SandboxUnavailableError } from '../../src/providers/provider.js';
import type { Outcome } from '../../src/types.js';
import { check, plan, type CheckInput } from '../helpers.js';
import { unprivilegedEngine } from './unprivileged.js';

const isRoot = process.getuid?.() === 0;
const tag = randomBytes(4).toString('hex');
const contacts = { tcp: 0, abstract: 0 };
const servers: net.Server[] = [];
let tcpPort = 0;
const abstractName = `sc-boundary-${tag}`;
/** This machine's own IPv4 addresses (not loopback). */
const hostAddrs = Object.values(os.networkInterfaces()).flatMap((l) => (l ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address));
const nameserver = /^nameserver\s+(\S+)/m.exec(existsSync('/etc/resolv.conf') ? readFileSync('/etc/resolv.conf', 'utf8') : '')?.[1];
const privateNameserver = nameserver && /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(nameserver) ? nameserver : undefined;

// A host key where ssl/private keeps them, created for the test when there is none to read.
const keyDir = '/etc/ssl/private';
const canaryKey = path.join(keyDir, `sc-canary-${tag}.key`);
const keySecret = `-----BEGIN PRIVATE KEY----- sc-canary-${tag}`;

const SYSCTLS = ['kernel/core_pattern', 'kernel/modprobe', 'net/ipv4/ip_forward', 'net/core/somaxconn', 'net/ipv4/conf/all/forwarding'];
const sysctlValues = () => Object.fromEntries(SYSCTLS.filter((k) => existsSync(`/proc/sys/${k}`)).map((k) => [k, readFileSync(`/proc/sys/${k}`, 'utf8')]));
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const ROOT_FILES = ['/usr/bin/env', '/etc/ld.so.cache', '/etc/nsswitch.conf'];

/** The hostile programs; each prints one line per attempt, "WROTE"/"READ"/"CONNECTED" only on a breach. */
function probes(): Record<string, CheckInput> {
  const writes = SYSCTLS.map((k) => `v=$(cat /proc/sys/${k} 2>/dev/null); case "$v" in 0) n=1;; 1) n=0;; *[0-9]) n=4097;; *) n="|/tmp/sc-pwn-${tag} %p";; esac; if printf '%s\\n' "$n" > /proc/sys/${k} 2>/dev/null; then echo "WROTE ${k}"; else echo "denied ${k}"; fi`).join('\n');
  const fileWrites = [...ROOT_FILES, '/etc/passwd'].map((f) => `if echo x >> ${f} 2>/dev/null; then echo "WROTE ${f}"; else echo "denied ${f}"; fi`).join('\n');
  const syscalls = `
import ctypes, errno, os
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
buf = ctypes.create_string_buffer(256)
calls = {"io_uring_setup": (425, 1, ctypes.addressof(buf)), "keyctl": (250, 0, 0), "add_key": (248, 0, 0, 0, 0, 0),
  "unshare_newuser": (272, 0x10000000), "unshare_newns": (272, 0x20000), "mount": (165, 0, 0, 0, 0, 0), "bpf": (321, 0, 0, 0),
  "perf_event_open": (298, ctypes.addressof(buf), 0, -1, -1, 0), "userfaultfd": (323, 0), "ptrace_traceme": (101, 0, 0, 0, 0),
  "ptrace_attach": (101, 16, 1, 0, 0), "setns": (308, 0, 0), "clone_newuser": (56, 0x10000000 | 17, 0, 0, 0, 0), "kexec_load": (246, 0, 0, 0, 0),
  "init_module": (175, 0, 0, 0), "open_by_handle_at": (304, 0, 0, 0), "syslog": (103, 3, ctypes.addressof(buf), 10)}
for name, (nr, *args) in calls.items():
    r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])
    e = ctypes.get_errno()
    print(name, "ALLOWED" if r >= 0 else errno.errorcode.get(e, str(e)))
print("clone3", errno.errorcode.get(ctypes.get_errno(), "?") if libc.syscall(ctypes.c_long(435), ctypes.c_long(0), ctypes.c_long(0)) < 0 else "ALLOWED")
pid = os.fork()
if pid == 0: os._exit(0)
print("fork", "ok" if os.waitpid(pid, 0)[1] == 0 else "failed")
`;
  const network = `
import socket, sys
targets = [("loopback", "127.0.0.1", ${tcpPort}), ("metadata", "169.254.169.254", 80), ("link-local", "169.254.1.1", 80), ("gateway", "10.0.2.2", ${tcpPort})]
targets += [("host " + a, a, ${tcpPort}) for a in ${JSON.stringify(hostAddrs)}]
${privateNameserver ? `targets.append(("private dns", ${JSON.stringify(privateNameserver)}, 53))` : ''}
for name, host, port in targets:
    try:
        socket.create_connection((host, port), timeout=3).close(); print("CONNECTED", name)
    except OSError as e: print("blocked", name, e.errno)
for name, addr in [("metadata6", ("fd00:ec2::254", 80, 0, 0)), ("loopback6", ("::1", ${tcpPort}, 0, 0))]:
    try:
        s = socket.socket(socket.AF_INET6); s.settimeout(3); s.connect(addr); print("CONNECTED", name)
    except OSError as e: print("blocked", name, e.errno)
try:
    s = socket.socket(socket.AF_UNIX); s.connect("\\0${abstractName}"); print("CONNECTED abstract")
except OSError as e: print("blocked abstract", e.errno)
# The package index pip uses by default, named by pip itself.
from pip._internal.models.index import PyPI
try:
    socket.create_connection((PyPI.netloc, 443), timeout=10).close(); print("internet ok")
except OSError as e: print("internet FAILED", e)
`;
  return {
    sysctl: { language: 'bash', code: writes },
    sysctlNet: { language: 'bash', code: writes, network: true },
    secrets: { language: 'bash', code: `cat ${keyDir}/* /etc/shadow /etc/gshadow 2>&1; ls -la /etc/ssl 2>&1; echo END` },
    proc: {
      language: 'bash',
      code: 'for f in kcore keys timer_list sched_debug kallsyms kmsg; do [ -e /proc/$f ] && echo "$f $(head -c 4096 /proc/$f 2>/dev/null | wc -c)"; done; for f in sysrq-trigger sys/kernel/sysrq; do if echo 0 > /proc/$f 2>/dev/null; then echo "WROTE $f"; else echo "denied $f"; fi; done; echo END',
    },
    rootFiles: { language: 'bash', code: `${fileWrites}\nif touch /usr/sc-${tag} 2>/dev/null; then echo WROTE /usr; else echo denied /usr; fi` },
    seccomp: { language: 'python', code: syscalls },
    network: { language: 'python', code: network, network: true },
    // What the sandbox machinery opened for bwrap (namespace, seccomp program, slirp4netns's end fifo) is not left to the check.
    fds: { language: 'bash', code: 'for f in /proc/$$/fd/*; do echo "fd ${f##*/} $(readlink "$f")"; done; echo END', network: true },
  };
}

function assertProbes(byName: Record<string, Outcome>, hostBefore: ReturnType<typeof sysctlValues>, hashes: Record<string, string>, networkRefused = false) {
  const out = (n: string) => byName[n]!.stdout.head + byName[n]!.stdout.tail + byName[n]!.stderr.head;
  if (networkRefused) {
    // No usable /dev/net/tun for this user: steps with the network are refused, not given the host's.
    for (const n of ['sysctlNet', 'network']) {
      expect(byName[n]).toMatchObject({ status: 'error' });
      expect(byName[n]!.message).toMatch(/slirp4netns/);
      expect(out(n)).toBe('');
    }
  }
  for (const n of networkRefused ? ['sysctl'] : ['sysctl', 'sysctlNet']) {
    expect(out(n)).not.toContain('WROTE');
    expect(out(n).match(/^denied /gm)?.length, out(n)).toBe(SYSCTLS.length);
  }
  expect(sysctlValues()).toEqual(hostBefore);
  expect(out('secrets')).toContain('END');
  expect(out('secrets')).not.toContain(keySecret);
  expect(out('secrets')).not.toMatch(/^d.* private$/m);
  expect(out('secrets')).not.toMatch(/^root:/m);
  expect(out('proc')).toContain('END');
  expect(out('proc')).not.toContain('WROTE');
  for (const line of out('proc').split('\n').filter((l) => /^\w+ \d+$/.test(l))) expect(line, 'hidden /proc entry read').toMatch(/ 0$/);
  expect(out('rootFiles')).not.toContain('WROTE');
  expect(out('rootFiles').match(/^denied /gm)?.length).toBe(ROOT_FILES.length + 2);
  for (const [f, h] of Object.entries(hashes)) expect(sha(f), f).toBe(h);
  expect(existsSync(`/usr/sc-${tag}`)).toBe(false);
  if (!networkRefused) {
    expect(out('fds')).toContain('END');
    expect(out('fds')).not.toMatch(/user:\[|net:\[|seccomp|net-end|net-up|net-ns/);
  }
  const sc = out('seccomp');
  expect(contacts).toEqual({ tcp: 0, abstract: 0 });
  if (networkRefused) return;
  for (const name of ['io_uring_setup', 'keyctl', 'add_key', 'unshare_newuser', 'unshare_newns', 'mount', 'bpf', 'perf_event_open', 'userfaultfd', 'ptrace_traceme', 'ptrace_attach', 'setns', 'clone_newuser', 'kexec_load', 'init_module', 'open_by_handle_at', 'syslog']) {
    expect(sc, name).toMatch(new RegExp(`^${name} EPERM$`, 'm'));
  }
  expect(sc).toMatch(/^clone3 ENOSYS$/m);
  expect(sc).toMatch(/^fork ok$/m);
  const nw = out('network');
  expect(nw).not.toContain('CONNECTED');
  expect(nw).toMatch(/^blocked abstract/m);
  expect(nw).toMatch(/^blocked metadata /m);
  expect(nw).toMatch(/^blocked metadata6 /m);
  for (const a of hostAddrs) expect(nw).toMatch(new RegExp(`^blocked host ${a.replace(/\./g, '\\.')} `, 'm'));
  if (privateNameserver) expect(nw).toMatch(/^blocked private dns/m);
  expect(nw).toMatch(/^internet ok$/m);
  expect(contacts).toEqual({ tcp: 0, abstract: 0 });
}

let provider: LocalProvider;
let before: ReturnType<typeof sysctlValues>;
let hashes: Record<string, string>;
let createdKey = false;

beforeAll(async () => {
  const tcp = net.createServer((s) => (contacts.tcp++, s.destroy()));
  await new Promise<void>((r) => tcp.listen(0, '0.0.0.0', r));
  tcpPort = (tcp.address() as net.AddressInfo).port;
  const tcp6 = net.createServer((s) => (contacts.tcp++, s.destroy()));
  await new Promise<void>((r) => tcp6.listen(tcpPort, '::1', r).on('error', () => r()));
  const abs = net.createServer((s) => (contacts.abstract++, s.destroy()));
  await new Promise<void>((r) => abs.listen(`\0${abstractName}`, r));
  servers.push(tcp, tcp6, abs);
  // The listeners answer the host itself: a blocked result below is the sandbox's doing.
  await new Promise<void>((r) => net.connect(tcpPort, '127.0.0.1').on('close', () => r()).on('error', () => r()));
  await new Promise<void>((r) => net.connect(`\0${abstractName}`).on('close', () => r()).on('error', () => r()));
  for (let i = 0; i < 50 && (contacts.tcp === 0 || contacts.abstract === 0); i++) await new Promise((r) => setTimeout(r, 20));
  expect(contacts).toEqual({ tcp: 1, abstract: 1 });
  contacts.tcp = contacts.abstract = 0;
  if (isRoot && existsSync(keyDir)) {
    writeFileSync(canaryKey, keySecret, { mode: 0o640 });
    createdKey = true;
  }
  before = sysctlValues();
  hashes = Object.fromEntries(ROOT_FILES.map((f) => [f, sha(f)]));
  provider = new LocalProvider();
  await provider.probe();
});

afterAll(async () => {
  for (const s of servers) s.close();
  if (createdKey) rmSync(canaryKey, { force: true });
  await provider?.dispose();
});

async function runAll(inputs: Record<string, CheckInput>, p: LocalProvider): Promise<Record<string, Outcome>> {
  const names = Object.keys(inputs);
  const r = await runChecks(plan(names.map((n) => check({ name: n, ...inputs[n]! })), { concurrency: 2 }), { provider: p });
  return Object.fromEntries(r.outcomes.map((o) => [o.name, o]));
}

describe('the local sandbox boundary (as the user running the tests)', () => {
  it('hostile programs reach no sysctl, host key, hidden /proc entry, root-owned file, denied syscall or host network', async () => {
    const byName = await runAll(probes(), provider);
    assertProbes(byName, before, hashes);
  });

  it.runIf(isRoot)('run as root, a check is host nobody: uid 0 inside maps to 65534, and its processes are 65534 on the host', async () => {
    const marker = `sc-uid-${tag}`;
    const seen = new Promise<string>((resolve) => {
      const poll = setInterval(() => {
        const r = spawnSync('pgrep', ['-f', `^${marker}`], { encoding: 'utf8' });
        const pid = r.stdout.trim().split('\n').find(Boolean);
        if (!pid) return;
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        clearInterval(poll);
        resolve(/^Uid:\s+(.*)$/m.exec(status)![1]!);
      }, 50);
    });
    const [o] = (
      await runChecks(plan([check({ language: 'bash', code: `id -u; cat /proc/self/uid_map; (exec -a ${marker} sleep 5); echo done` })]), { provider })
    ).outcomes;
    expect(o!.stdout.head).toMatch(/^0\n\s+0\s+65534\s+1\n/);
    expect((await seen).split(/\s+/)).toEqual(['65534', '65534', '65534', '65534']);
  });

  it('a package install cannot reach a package index on the host (loopback or its own address)', async () => {
    for (const host of ['127.0.0.1', ...hostAddrs]) {
      const o = (
        await runChecks(
          plan([check({ language: 'python', code: 'import six', packages: ['six'], env: { PIP_INDEX_URL: `http://${host}:${tcpPort}/simple`, PIP_RETRIES: '0', PIP_TIMEOUT: '2' }, limits: { timeoutMs: 60_000 } })]),
          { provider },
        )
      ).outcomes[0]!;
      expect(o).toMatchObject({ status: 'error', reason: 'package_install' });
    }
    expect(contacts).toEqual({ tcp: 0, abstract: 0 });
  });

  it('doctor shows the uid mapping, seccomp and the network mode', async () => {
    await provider.probe();
    const d = provider.describe().join('\n');
    expect(d).toMatch(isRoot ? /uid mapping: .*host uid 65534/ : /uid mapping: checks run as your uid/);
    expect(d).toMatch(/seccomp: on \(\d+ syscalls denied/);
    expect(d).toMatch(/network .*private namespace through slirp4netns/);
  });

  it('without slirp4netns, a step with the network is refused with the fix, never given the host network', async () => {
    const p = new LocalProvider();
    await p.probe();
    p.network.tools = undefined;
    try {
      const [o] = (await runChecks(plan([check({ language: 'bash', code: 'echo ran', network: true })]), { provider: p })).outcomes;
      expect(o!.status).toBe('error');
      expect(o!.message).toMatch(/slirp4netns.*apt-get install -y slirp4netns iproute2.*SANDBOX_CHECKS_LOCAL_NETWORK=host/s);
      expect(o!.stdout.head).not.toContain('ran');
      expect(p.describe().join('\n')).toMatch(/network: unavailable/);
    } finally {
      await p.dispose();
    }
  });

  it('SANDBOX_CHECKS_LOCAL_NETWORK=host is the explicit unsafe opt-in; an unknown value is refused', async () => {
    const saved = process.env.SANDBOX_CHECKS_LOCAL_NETWORK;
    try {
      process.env.SANDBOX_CHECKS_LOCAL_NETWORK = 'hots';
      await expect(new LocalProvider().probe()).rejects.toThrow(SandboxUnavailableError);
      process.env.SANDBOX_CHECKS_LOCAL_NETWORK = 'host';
      const p = new LocalProvider();
      await p.probe();
      try {
        expect(p.describe().join('\n')).toMatch(/the HOST network .*unsafe/);
        await runChecks(plan([check({ language: 'bash', code: `exec 3<>/dev/tcp/127.0.0.1/${tcpPort} && echo in`, network: true })]), { provider: p });
        expect(contacts.tcp).toBe(1);
      } finally {
        contacts.tcp = 0;
        await p.dispose();
      }
    } finally {
      if (saved === undefined) delete process.env.SANDBOX_CHECKS_LOCAL_NETWORK;
      else process.env.SANDBOX_CHECKS_LOCAL_NETWORK = saved;
    }
  });
});

describe.runIf(isRoot)('the same hostile programs as an unprivileged user (uid 1000)', () => {
  const engine = unprivilegedEngine('boundary');

  it('reach nothing either', async () => {
    const inputs = Object.fromEntries(
      Object.entries(probes()).map(([n, i]) => [n, check({ name: n, ...i })]),
    );
    const { code, stderr, runs, home } = await engine.run(Object.values(inputs));
    rmSync(home, { recursive: true, force: true });
    expect(code, stderr).toBe(0);
    const outcomes = runs[0]!.outcomes;
    // slirp4netns opens /dev/net/tun as this user (setup.sh makes it 0666, as udev does).
    const tunForAll = existsSync('/dev/net/tun') && (statSync('/dev/net/tun').mode & 0o006) === 0o006;
    assertProbes(Object.fromEntries(outcomes.map((o) => [o.name, o])), before, hashes, !tunForAll);
  }, 180_000);
});
