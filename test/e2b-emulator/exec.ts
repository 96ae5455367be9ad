// Runs what the emulator receives for real: each command in bubblewrap, laid
// out like an E2B sandbox — user `user` (the real uid 1000, so `ulimit -u`
// holds) with a writable /home/user and /tmp private to the sandbox, a login
// shell's /etc/profile that sets PATH afresh, no LANG, the machine's toolchains
// read-only, a network namespace of its own unless the sandbox's egress is
// open. Tools the emulated template lacks are hidden, so a missing toolchain
// looks missing. This is a test double: it shows commands the host's files
// read-only, which a real E2B sandbox would not.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LANGUAGES } from '../../src/languages/index.js';
import { locateTool, which } from '../../src/providers/local-toolchains.js';

export const SANDBOX_HOME = '/home/user';
/**
 * Not run as root: commands run as uid 1000 of a user namespace instead of the
 * real uid 1000, with bwrap's /proc (so nested bubblewrap, for packed checks,
 * cannot mount its own) — CI runs as root and gets the faithful layout.
 */
export const ROOTLESS = process.getuid?.() !== 0;
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** Every tool the registry knows (programs and installers). */
export const ALL_TOOLS = [...new Set(LANGUAGES.flatMap((l) => [...l.tools, ...(l.install ? [l.install.tool] : [])]))];

const PROGRAM_TOOLS = new Set(LANGUAGES.flatMap((l) => l.tools));

/** Where one sandbox's writable folders live on this machine. */
export interface SandboxDirs {
  root: string;
  home: string;
  tmp: string;
}

export function makeSandboxDirs(base: string, id: string): SandboxDirs {
  const root = path.join(base, id);
  const dirs = { root, home: path.join(root, 'home'), tmp: path.join(root, 'tmp') };
  mkdirSync(dirs.home, { recursive: true });
  mkdirSync(dirs.tmp, { recursive: true });
  // Commands run as the real uid 1000: its home is its own, /tmp everyone's.
  if (!ROOTLESS) chownSync(dirs.home, 1000, 1000);
  chmodSync(dirs.tmp, 0o1777);
  return dirs;
}

/** A sandbox path → the machine path behind it; undefined where the sandbox user cannot write. */
export function hostPath(dirs: SandboxDirs, p: string): string | undefined {
  const abs = path.posix.resolve(SANDBOX_HOME, p);
  for (const [prefix, host] of [
    [SANDBOX_HOME, dirs.home],
    ['/tmp', dirs.tmp],
  ] as const) {
    if (abs === prefix) return host;
    if (abs.startsWith(`${prefix}/`)) return path.join(host, abs.slice(prefix.length + 1));
  }
  return undefined;
}

/** The toolchain layout of one emulated template, worked out once. */
export interface TemplateLayout {
  pathDirs: string[];
  /** Real files of tools the template does not have: covered with /dev/null. */
  hidden: string[];
  /** Host folders the template's toolchains live in (bound again inside a hidden folder). */
  mounts: string[];
}

const layouts = new Map<string, Promise<TemplateLayout>>();

export function templateLayout(tools: readonly string[] | 'all'): Promise<TemplateLayout> {
  const key = tools === 'all' ? 'all' : [...tools].sort().join(',');
  let found = layouts.get(key);
  if (!found) {
    found = (async () => {
      const have = tools === 'all' ? ALL_TOOLS : tools;
      // PATH gets the programs' folders; installers (pip, gem, …) live beside them.
      const programs = have.filter((t) => PROGRAM_TOOLS.has(t));
      const chains = await Promise.all(programs.map((t) => locateTool(t)));
      const pathDirs = [...new Set(chains.filter((c) => !!c).map((c) => c!.binDir))];
      const searched = [...pathDirs, ...SYSTEM_PATH.split(':')];
      const hidden = new Set<string>();
      for (const tool of ALL_TOOLS.filter((t) => !have.includes(t))) {
        for (const dir of searched) {
          const p = which(tool, [dir]);
          if (p) {
            try {
              hidden.add(realpathSync(p));
            } catch {
              /* dangling */
            }
          }
        }
      }
      // Only this repository's template has bubblewrap (for packed checks).
      if (tools !== 'all' && !tools.includes('bwrap')) {
        const bwrap = which('bwrap', SYSTEM_PATH.split(':'));
        if (bwrap) hidden.add(realpathSync(bwrap));
      }
      const mounts = [...new Set(chains.flatMap((c) => c?.mounts ?? []))];
      return { pathDirs, hidden: [...hidden], mounts };
    })();
    layouts.set(key, found);
  }
  return found;
}

/**
 * A folder in the temp dir named by a hash of what it holds, made once and
 * shared by every emulator on this machine (so none is left behind per test
 * process). `fill` writes into a fresh folder, which is then renamed into place.
 */
async function sharedDir(kind: string, recipe: string, fill: (dir: string) => void | Promise<void>): Promise<string> {
  const dir = path.join(os.tmpdir(), `e2b-emulator-${kind}-${createHash('sha256').update(recipe).digest('hex').slice(0, 16)}`);
  if (existsSync(dir)) return dir;
  const fresh = mkdtempSync(`${dir}.tmp-`);
  try {
    await fill(fresh);
    renameSync(fresh, dir);
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    // Another process made it first.
    if (!existsSync(dir)) throw e;
  }
  return dir;
}

function sharedDirSync(kind: string, files: Record<string, { text: string; mode?: number }>): string {
  const recipe = JSON.stringify(files);
  const dir = path.join(os.tmpdir(), `e2b-emulator-${kind}-${createHash('sha256').update(recipe).digest('hex').slice(0, 16)}`);
  if (existsSync(dir)) return dir;
  const fresh = mkdtempSync(`${dir}.tmp-`);
  for (const [name, f] of Object.entries(files)) {
    writeFileSync(path.join(fresh, name), f.text);
    if (f.mode !== undefined) chmodSync(path.join(fresh, name), f.mode);
  }
  try {
    renameSync(fresh, dir);
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    if (!existsSync(dir)) throw e;
  }
  return dir;
}

/** The PATH a login shell of user `user` ends up with: /etc/profile sets it afresh, as Debian's does. */
export function profilePath(layout: TemplateLayout): string {
  const system = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/games', '/usr/games'];
  return [...new Set([...layout.pathDirs.filter((d) => !system.includes(d)), ...system])].join(':');
}

/**
 * passwd/group naming `user`, and an /etc/profile that sets PATH afresh (a
 * login shell, which is how E2B runs every command, loses the PATH it was
 * given), with the template's toolchain folders on it as the template's
 * /usr/local/bin would have them.
 */
export function sandboxEtc(layout: TemplateLayout, proxy?: string): string {
  const profile = [
    '# emulated E2B sandbox: as the template\'s /etc/profile, PATH is set afresh',
    `if [ "$(id -u)" -eq 0 ]; then PATH="${SYSTEM_PATH}"; else PATH="${profilePath(layout)}"; fi`,
    'export PATH',
    // Real envd's sandboxes reach the network through the emulator's egress proxy only.
    ...(proxy
      ? [
          // (as few variables as the installers need: a check's env stays small)
          `export http_proxy=${proxy} https_proxy=${proxy} no_proxy=localhost,127.0.0.1`,
          ...(existsSync(CA_BUNDLE) ? [`export SSL_CERT_FILE=${CA_BUNDLE} PIP_CERT=${CA_BUNDLE} NODE_EXTRA_CA_CERTS=${CA_BUNDLE}`] : []),
        ]
      : []),
    '',
  ].join('\n');
  return sharedDirSync('etc', {
    passwd: { text: 'root:x:0:0:root:/root:/bin/bash\nuser:x:1000:1000::/home/user:/bin/bash\n' },
    group: { text: 'root:x:0:\nuser:x:1000:\n' },
    profile: { text: profile },
  });
}

export interface SpawnSpec {
  dirs: SandboxDirs;
  layout: TemplateLayout;
  cmd: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  network: boolean;
  /** Where stdin comes from; undefined: nothing (closed). */
  stdin?: 'pipe';
  /**
   * Host paths a VM would not show: folders become an empty read-only tmpfs
   * (the template's toolchain folders inside are bound again), files an
   * unreadable empty file.
   */
  hide?: readonly string[];
  /** Host path of the init (see sandboxInit) that reports how the command ended on fd 3. */
  init?: string;
  /** cgroup.procs files the launcher joins before bwrap starts (the emulated VM's memory and processes). */
  cgroupProcs?: readonly string[];
}

/** Where the init is bound inside the sandbox (bwrap --dev makes /dev a tmpfs of its own). */
const INIT_PATH = '/dev/.e2b-emulator-init';

const INIT_SOURCE = `#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
/* pid 1 of an emulated sandbox: runs argv[2..], writes how it ended ("exit N"
   or "signal N") to fd argv[1] as envd learns it from Go's cmd.Wait(), then
   keeps reaping orphans until none is left (as the VM's init does: what the
   command left running lives on). SIGUSR2 from the emulator is envd's kill:
   SIGKILL to the command's top process only. */
static volatile pid_t child;
static void kill_top(int s) { (void)s; if (child > 0) kill(child, SIGKILL); }
int main(int argc, char **argv) {
  if (argc < 3) return 127;
  int fd = atoi(argv[1]);
  signal(SIGUSR2, kill_top);
  child = fork();
  if (child < 0) return 126;
  if (child == 0) { signal(SIGUSR2, SIG_DFL); close(fd); execvp(argv[2], argv + 2); _exit(127); }
  int status = 126;
  for (;;) {
    int st;
    pid_t p = waitpid(-1, &st, 0);
    if (p < 0) { if (errno == EINTR) continue; return status; }
    if (p != child) continue;
    child = 0;
    char b[32];
    int sig = WIFSIGNALED(st);
    int n = snprintf(b, sizeof b, "%s %d\\n", sig ? "signal" : "exit", sig ? WTERMSIG(st) : WEXITSTATUS(st));
    if (write(fd, b, n) < 0) return 126;
    close(fd);
    status = sig ? 128 + WTERMSIG(st) : WEXITSTATUS(st);
  }
}
`;
let init: Promise<string | undefined> | undefined;
/**
 * envd is the parent of the command it runs, so it sees a death by signal as
 * one (Go reports "signal: segmentation fault", exit code -1). Behind bwrap the
 * emulator would only see bwrap's 128+n; a tiny init, built once with the
 * machine's C compiler, tells the two apart. Undefined without a compiler.
 */
export function sandboxInit(): Promise<string | undefined> {
  init ??= sharedDir('init', INIT_SOURCE, (dir) => {
    writeFileSync(path.join(dir, 'init.c'), INIT_SOURCE);
    return new Promise<void>((resolve, reject) =>
      execFile('cc', ['-O2', '-o', path.join(dir, 'init'), path.join(dir, 'init.c')], (err) => (err ? reject(err) : resolve())),
    );
  }).then(
    (dir) => path.join(dir, 'init'),
    () => undefined,
  );
  return init;
}

/** How the command ended, as the init reported it; undefined when it could not (killed with the sandbox). */
export function endOf(child: ChildProcess): Promise<{ signal: number } | { exitCode: number } | undefined> {
  const pipe = child.stdio[3] as NodeJS.ReadableStream | null | undefined;
  if (!pipe) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let text = '';
    // The line is the answer: bwrap keeps its copy of the pipe open for as
    // long as anything runs in the sandbox, which may outlive the command.
    const settle = () => {
      const m = /^(exit|signal) (\d+)\n/.exec(text);
      resolve(m ? (m[1] === 'signal' ? { signal: Number(m[2]) } : { exitCode: Number(m[2]) }) : undefined);
    };
    pipe.on('data', (b: Buffer) => {
      text += b.toString();
      if (text.includes('\n')) settle();
    });
    pipe.on('error', () => resolve(undefined));
    pipe.on('close', settle);
  });
}

function unreadableFile(): string {
  return path.join(sharedDirSync('hidden', { unreadable: { text: '', mode: 0 } }), 'unreadable');
}

/** Folders each sandbox gets a private copy of: nothing of the host shows there anyway. */
const PRIVATE = ['/tmp', '/var/tmp', '/home', '/dev', '/proc', '/root'];

function hideArgs(hide: readonly string[], mounts: readonly string[]): string[] {
  const a: string[] = [];
  for (const p of hide) {
    // Hiding a path inside a private folder would only plant an empty
    // mount point there (a repository cloned under /tmp showed up in /tmp).
    if (PRIVATE.some((d) => p === d || p.startsWith(`${d}/`))) continue;
    let dir: boolean;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      continue;
    }
    if (!dir) {
      a.push('--ro-bind', unreadableFile(), p);
      continue;
    }
    a.push('--tmpfs', p);
    for (const m of mounts) if (m.startsWith(`${p}/`)) a.push('--ro-bind', m, m);
    a.push('--remount-ro', p);
  }
  return a;
}

/**
 * The file system a sandbox sees, for both backends (the emulator's commands
 * and real envd): the host read-only, a private /home/user, /tmp, /var/tmp,
 * /dev and /proc, the template's passwd/group/profile, tools the template
 * lacks covered, /root reduced to the toolchains that live in it (uid 1000
 * must reach them; nothing else of root's home shows), and `hide`.
 */
export function viewArgs(dirs: SandboxDirs, layout: TemplateLayout, hide: readonly string[] = [], proxy?: string): string[] {
  const etc = sandboxEtc(layout, proxy);
  // /proc is mounted by the sandbox's first process (MOUNT_PROC): bwrap's own
  // covers parts of it, and a proc so covered cannot be mounted again by a
  // nested bubblewrap (packed checks), which a VM's can.
  const a = ['--ro-bind', '/', '/', '--dev', '/dev', ...(ROOTLESS ? ['--proc', '/proc'] : ['--tmpfs', '/proc'])];
  a.push('--tmpfs', '/home', '--bind', dirs.home, SANDBOX_HOME, '--bind', dirs.tmp, '/tmp', '--tmpfs', '/var/tmp');
  a.push('--ro-bind', path.join(etc, 'passwd'), '/etc/passwd', '--ro-bind', path.join(etc, 'group'), '/etc/group');
  a.push('--ro-bind', path.join(etc, 'profile'), '/etc/profile');
  if (existsSync('/etc/profile.d')) a.push('--tmpfs', '/etc/profile.d');
  if (existsSync('/root')) {
    a.push('--tmpfs', '/root');
    const made = new Set<string>();
    for (const m of layout.mounts) {
      if (!m.startsWith('/root/')) continue;
      // bwrap would copy root's 0700 folders on the way: make them passable.
      for (let d = path.dirname(m); d !== '/root' && !made.has(d); d = path.dirname(d)) made.add(d);
    }
    for (const d of [...made].sort()) a.push('--perms', '0755', '--dir', d);
    for (const m of layout.mounts) if (m.startsWith('/root/')) a.push('--ro-bind', m, m);
    a.push('--remount-ro', '/root');
  }
  for (const h of layout.hidden) a.push('--ro-bind', '/dev/null', h);
  a.push(...hideArgs(hide, layout.mounts));
  return a;
}

/** The sandbox's own /proc, as a VM has it (see viewArgs); run as root in the sandbox's pid namespace. */
export const MOUNT_PROC = 'mount -t proc -o nosuid,nodev,noexec proc /proc';

/** Drops root for user 1000 (a real uid: `ulimit -u` counts its processes, as in a VM). */
const AS_USER = ['setpriv', '--reuid=1000', '--regid=1000', '--clear-groups', '--inh-caps=-all', '--bounding-set=-all', '--'];

export function bwrapArgv(s: SpawnSpec): string[] {
  if (ROOTLESS) {
    // Not root: uid 1000 of a user namespace (the machine's own user outside).
    const a = ['--unshare-all', '--unshare-user', '--uid', '1000', '--gid', '1000', '--die-with-parent'];
    if (s.network) a.push('--share-net');
    a.push(...viewArgs(s.dirs, s.layout, s.hide));
    if (s.init) a.push('--as-pid-1', '--ro-bind', s.init, INIT_PATH);
    a.push('--chdir', s.cwd, '--clearenv');
    for (const [k, v] of Object.entries(s.env)) a.push('--setenv', k, v);
    a.push('--', ...(s.init ? [INIT_PATH, '3'] : []), s.cmd, ...s.args);
    return a;
  }
  // No user namespace: the command runs as the real uid 1000, not as a
  // namespace's view of root (for which the kernel enforces no process limit).
  const a = ['--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try', '--die-with-parent'];
  if (!s.network) a.push('--unshare-net');
  a.push(...viewArgs(s.dirs, s.layout, s.hide));
  if (s.init) a.push('--as-pid-1', '--ro-bind', s.init, INIT_PATH);
  a.push('--chdir', s.cwd, '--clearenv');
  for (const [k, v] of Object.entries(s.env)) a.push('--setenv', k, v);
  a.push('--', '/bin/sh', '-c', `${MOUNT_PROC} && exec "$@"`, 'sh', ...(s.init ? [INIT_PATH, '3'] : []), ...AS_USER, s.cmd, ...s.args);
  return a;
}

/** The environment every sandbox process starts with (before the sandbox's and the command's). */
export function baseEnv(layout: TemplateLayout, sandboxId: string, network: boolean): Record<string, string> {
  const env: Record<string, string> = {
    PATH: [...layout.pathDirs, SYSTEM_PATH].join(':'),
    HOME: SANDBOX_HOME,
    USER: 'user',
    E2B_SANDBOX: 'true',
    E2B_SANDBOX_ID: sandboxId,
  };
  // This machine may sit behind a TLS-inspecting proxy: installers in the
  // emulated sandbox trust its CA store, as they would the template's.
  if (network && existsSync(CA_BUNDLE)) {
    Object.assign(env, { SSL_CERT_FILE: CA_BUNDLE, PIP_CERT: CA_BUNDLE, NODE_EXTRA_CA_CERTS: CA_BUNDLE, CARGO_HTTP_CAINFO: CA_BUNDLE });
  }
  return env;
}

export function spawnInSandbox(s: SpawnSpec): ChildProcess {
  const argv = bwrapArgv(s);
  const procs = s.cgroupProcs ?? [];
  // Joining the VM's cgroups before exec puts bwrap and all it starts in them.
  const [cmd, args] = procs.length
    ? ['/bin/sh', ['-c', 'n=$0; while [ "$n" -gt 0 ]; do echo $$ > "$1" || exit 125; shift; n=$((n-1)); done; exec "$@"', String(procs.length), ...procs, 'bwrap', ...argv]]
    : ['bwrap', argv];
  return spawn(cmd, args, {
    stdio: [s.stdin ?? 'ignore', 'pipe', 'pipe', ...(s.init ? ['pipe' as const] : [])],
    detached: true,
    env: { PATH: SYSTEM_PATH },
  });
}

/** SIGKILL for the process group (bwrap and, through its pid namespace, all it started). */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

/**
 * envd's kill: SIGKILL to the command's top process only (what it started
 * lives on until the sandbox is killed). Through the init, which knows it;
 * without one, the whole tree.
 */
export function killTop(child: ChildProcess): void {
  const init = child.pid === undefined ? undefined : findInit(child.pid);
  if (init === undefined) return killTree(child);
  try {
    process.kill(init, 'SIGUSR2');
  } catch {
    /* gone */
  }
}

function findInit(pid: number, depth = 0): number | undefined {
  try {
    if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith(INIT_PATH)) return pid;
    if (depth > 3) return undefined;
    for (const c of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
      const found = findInit(Number(c), depth + 1);
      if (found !== undefined) return found;
    }
  } catch {
    /* gone */
  }
  return undefined;
}
