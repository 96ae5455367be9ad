// The bubblewrap command line of a local sandbox, as pure functions so the
// isolation rules can be read and tested in one place: which host paths are
// mounted (read-only /usr, toolchains, an /etc allowlist), which /proc
// entries are hidden or read-only, the user namespace (created by bwrap, or
// joined as host nobody when the tool runs as root), the seccomp fd, and the
// redirections that open the fds bwrap reads on the launcher's exec line.

import { existsSync } from 'node:fs';
import path from 'node:path';

import { LANGUAGES } from '../languages/index.js';
import { ALIAS_BIN } from './local-aliases.js';
import { layerMountArgs } from './local-layers.js';
import type { LayerMount } from './provider.js';
import { SYSTEM_ROOTS } from './local-toolchains.js';
import { shellQuote } from '../trust/shell.js';

const WORKSPACE = '/workspace';
export const SANDBOX_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * /etc entries toolchains read (the languages name their own); nothing that
 * identifies or configures the host, and of /etc/ssl only the public half
 * (ssl/private holds host keys).
 */
const ETC_ALLOW = [
  'alternatives', 'ld.so.cache', 'ld.so.conf', 'ld.so.conf.d', 'ssl/certs', 'ssl/openssl.cnf', 'ca-certificates',
  'ca-certificates.conf', 'localtime', 'nsswitch.conf', 'protocols', 'services', 'mime.types', 'fonts', 'gai.conf', 'host.conf',
  ...new Set(LANGUAGES.flatMap((l) => l.etc ?? [])),
];
/** Needed only when a step has the network. */
const ETC_NETWORK = ['resolv.conf', 'hosts'];

/**
 * /proc entries container runtimes hide (they expose kernel memory, keys,
 * timers of every process or host hardware) and those they make read-only
 * (sysctls, the magic SysRq key, IRQ and bus settings). Checked against the
 * host's /proc, which has the same kernel, since bwrap cannot mount onto a
 * path the new /proc lacks.
 */
export const PROC_HIDDEN_FILES = ['kcore', 'keys', 'key-users', 'kallsyms', 'kmsg', 'timer_list', 'timer_stats', 'sched_debug', 'latency_stats', 'sysrq-trigger', 'config.gz', 'vmallocinfo', 'pagetypeinfo'];
const PROC_HIDDEN_DIRS = ['acpi', 'scsi', 'asound', 'driver'];
export const PROC_READ_ONLY = ['sys', 'irq', 'bus', 'fs'];

/** The fds the sandbox's exec line opens for bwrap (see fdExec). */
export const USERNS_FD = 8;
export const SECCOMP_FD = 9;

export interface BwrapOptions {
  workspace: string;
  etcDir: string;
  /** An empty read-only folder bound over the /proc folders that are hidden. */
  emptyDir: string;
  mounts: string[];
  pathDirs: string[];
  /** A host folder mounted read-only at ALIAS_BIN and put last on PATH (local-aliases.ts). */
  aliasDir?: string;
  network: boolean;
  env: Record<string, string>;
  /** Whether user namespaces can be nested-blocked (not with setuid bwrap). */
  disableUserns: boolean;
  /** Root runs: join the namespace on USERNS_FD (see local-userns.ts) instead of creating one. */
  joinUserns: boolean;
  /** The seccomp program is on SECCOMP_FD. */
  seccomp: boolean;
  /** With a private network: the resolv.conf naming its DNS forwarder, instead of the host's. */
  resolvConf?: string;
  /** With a private network: the fd that tells slirp4netns the sandbox is gone when it closes. */
  syncFd?: number;
  /** Package layers, mounted read-only over the workspace (local-layers.ts). */
  layers?: LayerMount[];
}

/** The bubblewrap argument list: pure, so the isolation rules can be read and tested. */
export function bwrapArgs(o: BwrapOptions): string[] {
  const args: string[] = [];
  if (o.joinUserns) {
    // Host root only sets the sandbox up; setpriv (sandboxCommand) drops to
    // the namespace's uid 0, which is nobody on the host, and needs these three.
    args.push('--userns', String(USERNS_FD), '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try');
    if (!o.network) args.push('--unshare-net');
    args.push('--die-with-parent', '--new-session', '--clearenv', '--cap-drop', 'ALL');
    args.push('--cap-add', 'CAP_SETUID', '--cap-add', 'CAP_SETGID', '--cap-add', 'CAP_SETPCAP');
  } else {
    args.push('--unshare-all', '--unshare-user', '--die-with-parent', '--new-session', '--clearenv', '--cap-drop', 'ALL');
    if (o.disableUserns) args.push('--disable-userns');
    if (o.network) args.push('--share-net');
  }
  if (o.seccomp) args.push('--seccomp', String(SECCOMP_FD));
  if (o.network && o.syncFd !== undefined) args.push('--sync-fd', String(o.syncFd));
  args.push('--hostname', 'sandbox');
  args.push('--ro-bind', '/usr', '/usr');
  for (const dir of ['bin', 'sbin', 'lib', 'lib64', 'lib32']) {
    if (existsSync(`/${dir}`)) args.push('--symlink', `usr/${dir}`, `/${dir}`);
  }
  const etc = [...ETC_ALLOW, ...(o.network ? ETC_NETWORK.filter((n) => !(o.resolvConf && n === 'resolv.conf')) : [])];
  for (const d of new Set(etc.filter((n) => n.includes('/')).map((n) => path.dirname(n)))) args.push('--perms', '0755', '--dir', `/etc/${d}`);
  for (const name of etc) args.push('--ro-bind-try', `/etc/${name}`, `/etc/${name}`);
  args.push('--ro-bind', path.join(o.etcDir, 'passwd'), '/etc/passwd');
  args.push('--ro-bind', path.join(o.etcDir, 'group'), '/etc/group');
  if (o.network && o.resolvConf) args.push('--ro-bind', o.resolvConf, '/etc/resolv.conf');
  // bwrap gives a mount point's new parents the host folders' modes, and a
  // 0700 /root would lock the (non-root) check out of a toolchain under it.
  const parents = new Set<string>();
  for (const m of o.mounts) {
    for (let d = path.dirname(m); d !== '/' && !SYSTEM_ROOTS.some((r) => d === r || d.startsWith(`${r}/`)); d = path.dirname(d)) parents.add(d);
  }
  for (const d of [...parents].sort()) args.push('--perms', '0755', '--dir', d);
  for (const m of o.mounts) args.push('--ro-bind', m, m);
  args.push('--proc', '/proc');
  for (const f of PROC_HIDDEN_FILES) if (existsSync(`/proc/${f}`)) args.push('--ro-bind', '/dev/null', `/proc/${f}`);
  for (const d of PROC_HIDDEN_DIRS) if (existsSync(`/proc/${d}`)) args.push('--ro-bind', o.emptyDir, `/proc/${d}`);
  for (const d of PROC_READ_ONLY) if (existsSync(`/proc/${d}`)) args.push('--ro-bind', `/proc/${d}`, `/proc/${d}`);
  // Made by bwrap's setup uid, so open to the check's uid by mode.
  args.push('--dev', '/dev', '--perms', '1777', '--tmpfs', '/dev/shm', '--perms', '1777', '--tmpfs', '/tmp', '--perms', '1777', '--tmpfs', '/var/tmp', '--tmpfs', '/home');
  args.push('--perms', '0777', '--dir', '/home/sandbox');
  args.push('--bind', o.workspace, WORKSPACE, ...layerMountArgs(o.layers, WORKSPACE), '--chdir', WORKSPACE);
  if (o.aliasDir) args.push('--perms', '0755', '--dir', path.dirname(ALIAS_BIN), '--ro-bind', o.aliasDir, ALIAS_BIN);
  // The sandbox's own root (where /etc lives) is read-only too; only the
  // workspace, /tmp, /var/tmp and /home can be written.
  args.push('--remount-ro', '/');
  const env: Record<string, string> = {
    PATH: [...o.pathDirs, SANDBOX_PATH, ...(o.aliasDir ? [ALIAS_BIN] : [])].join(':'),
    HOME: '/home/sandbox',
    LANG: 'C.UTF-8',
    TMPDIR: '/tmp',
    ...o.env,
  };
  for (const [k, v] of Object.entries(env)) args.push('--setenv', k, v);
  return args;
}

/**
 * What bwrap runs: the check's shell, behind setpriv when the namespace was
 * joined, so the check is the namespace's uid 0 (host nobody) with no
 * capability and an empty bounding set, never the setup uid.
 */
export function sandboxCommand(joinUserns: boolean, setpriv: string, command: string): string[] {
  if (!joinUserns) return ['/bin/sh', '-c', command];
  // bwrap leaves the namespace fd open; the check gets no handle on it.
  const sh = ['/bin/sh', '-c', `exec ${USERNS_FD}<&-; ${command}`];
  return [setpriv, '--reuid=0', '--regid=0', '--clear-groups', '--inh-caps=-all', '--bounding-set=-all', '--no-new-privs', '--', ...sh];
}

/**
 * The redirections that open the files bwrap reads by fd, for the launcher's
 * exec line: opened by the exec itself, so they exist whatever fds the
 * launcher closed before, and no process is spent on them.
 */
export function fdRedirections(files: Record<number, string>): string {
  return Object.entries(files)
    .map(([fd, p]) => `${fd}<${shellQuote(p)}`)
    .join(' ');
}
