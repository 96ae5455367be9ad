// The launcher: the small bash process each local check starts from. It joins
// the check's cgroups, closes every fd it inherited, sets the check's rlimits
// with its own ulimit, then execs bwrap with the fds bwrap reads opened by
// that exec (the launch line): no process between the launcher and bwrap.
// Launchers for the next checks are started ahead, already in their cgroups,
// and wait for their launch line on fd 3: joining a v1 memory cgroup is slow
// on some kernels.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from '../crypto.js';
import os from 'node:os';

import type { Limits } from '../types.js';
import { shellQuote } from '../trust/shell.js';
import { fdRedirections } from './local-bwrap.js';
import { cgroupManager, CgroupPool, type LentCgroup } from './local-cgroups.js';

const LAUNCHER_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
/**
 * The launchers run in bash: dash redirects only single-digit fds, and every
 * fd the tool's own parent left open without CLOEXEC (lock files, jobserver
 * pipes, CI log writers; Node passes them on to its children) is closed first
 * thing, so none reaches the sandbox. Later redirections (a seccomp program on
 * an fd) stay possible on the final exec line.
 */
const LAUNCHER_SHELL = '/bin/bash';
/**
 * bash runs ~/.bashrc even non-interactively when its stdin is a socket
 * (Node's stdio pipes are socketpairs) unless told not to.
 */
const LAUNCHER_FLAGS = ['--norc', '--noprofile'];
const closeFds = (keep: string) =>
  `for fd in /proc/$$/fd/*; do fd=\${fd##*/}; case $fd in 0|1|2${keep}) ;; *) eval "exec $fd>&-";; esac; done; `;
/** shellLine's newlines ($NL) without a subshell. */
const NL = "NL=$'\\n'; ";
/**
 * Joins the check's cgroups, then runs the launch line (its last argument):
 * every process the check starts is counted and can be killed.
 */
const LAUNCH = `${closeFds('')}${NL}for f in "$@"; do case "$f" in --) shift; break;; esac; echo $$ > "$f" || exit 125; shift; done; eval "$1"`;
/**
 * The same, started before its check: moving a process into a v1 memory
 * cgroup takes ~10 ms on some kernels, so it is done ahead of time, and the
 * launcher then waits for its launch line on fd 3 (aheadPayload: the line
 * closes fd 3 before the exec, or bwrap reads the rest and closes it).
 */
const LAUNCH_AHEAD =
  `${closeFds('|3')}${NL}for f in "$@"; do echo $$ > "$f" || exit 125; done; IFS= read -r line <&3 || exit 124; eval "$line"`;

/** One line of shell words for the launchers' eval: single-quoted, newlines as $NL. */
export function shellLine(words: string[]): string {
  return words.map((w) => shellQuote(w).replace(/\n/g, `'"$NL"'`)).join(' ');
}

/** bash's ulimit counts file and data sizes in KiB; a size it cannot say exactly goes to prlimit. */
const KIB = 1024;

/**
 * The check's rlimits, set by the launcher's own ulimit (soft and hard):
 * CPU time (SIGXCPU at the soft limit, SIGKILL a second later), file size,
 * open files, no core dumps and, without cgroups, processes (RLIMIT_NPROC,
 * which root ignores) and memory per process (RLIMIT_DATA, which unlike
 * RLIMIT_AS leaves the address-space reservations of V8, the JVM and Go
 * alone). A size that is not a whole number of KiB is set by a prlimit in
 * front of bwrap instead, so every limit is exactly the configured one.
 */
export function rlimits(limits: Limits, cgroups: boolean): { ulimit: string; prlimit: string[] } {
  const cpu = Math.max(1, Math.ceil(limits.timeoutMs / 1000) * 2);
  const both = [`-n ${limits.openFiles}`, '-c 0'];
  const prlimit: string[] = [];
  const size = (flag: string, long: string, bytes: number) => {
    if (bytes % KIB === 0) both.push(`${flag} ${bytes / KIB}`);
    else prlimit.push(`--${long}=${bytes}`);
  };
  size('-f', 'fsize', limits.fileSizeBytes);
  if (!cgroups) {
    both.push(`-u ${limits.processes}`);
    size('-d', 'data', limits.memoryBytes);
  }
  return {
    // Soft first: a hard limit below the current soft one would be refused.
    ulimit: `ulimit -S -t ${cpu} && ulimit -H -t ${cpu + 1} && ulimit ${both.join(' ')}`,
    prlimit: prlimit.length ? ['prlimit', ...prlimit, '--'] : [],
  };
}

/** What a launcher starts: bwrap (behind `prefix`, a private network's wrapper) with its options and the check's command. */
export interface LaunchSpec {
  limits: Limits;
  cgroups: boolean;
  /** Files opened on fds by the exec (see fdRedirections). */
  fds: Record<number, string>;
  /** What runs bwrap: a private network's wrapper, if any, then bwrap's path. */
  prefix: string[];
  /** bwrap's options (local-bwrap.ts). */
  options: string[];
  /** What bwrap runs. */
  command: string[];
}

/**
 * What a launcher evals: the rlimits, then exec of bwrap with `fds` opened by
 * the exec. With `optionsOnFd3` bwrap reads its options from fd 3 (--args,
 * then closes it) rather than the line: bash reads its line one byte per
 * read(2) from a pipe, and the options are most of its length. A limit that
 * cannot be set ends the launch (exit 126, bash's message on stderr) before
 * anything of the check runs.
 */
export function launchLine(l: LaunchSpec, optionsOnFd3 = false): string {
  const { ulimit, prlimit } = rlimits(l.limits, l.cgroups);
  const redirs = fdRedirections(l.fds);
  const words = [...prlimit, ...l.prefix, ...(optionsOnFd3 ? ['--args', '3'] : l.options), '--', ...l.command];
  return `${ulimit} || exit 126; exec ${shellLine(words)}${redirs ? ` ${redirs}` : ''}`;
}

/**
 * What a launcher started ahead gets on fd 3: its launch line and, when
 * nothing but prlimit stands between it and bwrap (no network wrapper that
 * would inherit fd 3), bwrap's options NUL-separated after it for --args.
 */
export function aheadPayload(l: LaunchSpec): string {
  if (l.prefix.length !== 1) return `exec 3<&-; ${launchLine(l)}\n`;
  return `${launchLine(l, true)}\n${l.options.map((o) => `${o}\0`).join('')}`;
}

/** A launcher started ahead: in its cgroups, waiting for its command line. */
export interface ReadyLauncher {
  group: LentCgroup;
  child: ChildProcess;
}

/**
 * The run's launchers and the per-check cgroups they join (reused across
 * checks, see CgroupPool); without a writable cgroup nothing is started ahead.
 */
export class Launchers {
  private pool?: CgroupPool | null;
  private readonly ready: ReadyLauncher[] = [];
  private disposed = false;

  /** A launcher already in its cgroups, if one is ready. */
  take(): ReadyLauncher | undefined {
    while (this.ready.length) {
      const r = this.ready.shift()!;
      if (r.child.exitCode === null && r.child.signalCode === null) return r;
      r.group.release();
    }
    return undefined;
  }

  /** Starts launchers for the next checks (one per core at most), off the check's own path. */
  prepare(limits: Limits): void {
    const pool = this.cgroups();
    if (!pool || this.disposed) return;
    while (this.ready.length < Math.max(1, os.availableParallelism())) {
      const group = pool.acquire(limits.memoryBytes, limits.processes);
      const child = spawn(LAUNCHER_SHELL, [...LAUNCHER_FLAGS, '-c', LAUNCH_AHEAD, 'sandbox-launch', ...group.procsFiles], {
        env: LAUNCHER_ENV,
        stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
        detached: true,
      });
      child.on('error', () => {});
      // Waiting launchers must not keep the process alive.
      child.unref();
      for (const s of child.stdio) (s as { unref?: () => void } | null)?.unref?.();
      this.ready.push({ group, child });
    }
  }

  /** Per-check cgroups, reused across checks (see CgroupPool); null without cgroups. */
  cgroups(): CgroupPool | null {
    if (this.pool === undefined) {
      const manager = cgroupManager();
      this.pool = manager ? new CgroupPool(manager, `sc-${process.pid.toString(16)}-${randomBytes(3).toString('hex')}`) : null;
    }
    return this.pool;
  }

  /** Ends the waiting launchers and removes the cgroups; no launcher is started after. */
  async dispose(): Promise<void> {
    this.disposed = true;
    // A killed launcher keeps its cgroup busy until Node has reaped it, so
    // wait for each exit before the groups are removed.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(
        this.ready.splice(0).map((r) => {
          // Referenced again: an unreferenced child's exit would not keep
          // the process alive long enough to be seen.
          r.child.ref();
          const gone =
            r.child.exitCode !== null || r.child.signalCode !== null
              ? Promise.resolve()
              : new Promise<void>((resolve) => r.child.once('exit', () => resolve()));
          r.group.killAll();
          return gone.then(() => r.group.release());
        }),
      ),
      new Promise((resolve) => (timer = setTimeout(resolve, 2000))),
    ]);
    clearTimeout(timer);
    this.pool?.dispose();
    this.pool = undefined;
  }
}

/**
 * Starts the sandbox: handed to a launcher started ahead when there is one
 * (aheadPayload), else in a new launcher joining `group` (launchLine).
 */
export function launch(ready: ReadyLauncher | undefined, group: LentCgroup | undefined, spec: LaunchSpec, cwd: string): ChildProcess {
  if (ready) {
    const child = ready.child;
    child.ref();
    for (const s of child.stdio) (s as { ref?: () => void } | null)?.ref?.();
    const go = child.stdio[3] as NodeJS.WritableStream;
    go.on('error', () => {});
    go.end(aheadPayload(spec));
    return child;
  }
  return spawn(LAUNCHER_SHELL, [...LAUNCHER_FLAGS, '-c', LAUNCH, 'sandbox-launch', ...(group?.procsFiles ?? []), '--', launchLine(spec)], {
    cwd,
    env: LAUNCHER_ENV,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
}
