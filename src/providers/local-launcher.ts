// The launcher: the small bash process each local check starts from. It joins
// the check's cgroups, closes every fd it inherited, then execs the sandbox's
// command line (prlimit → bwrap → the check). Launchers for the next checks
// are started ahead, already in their cgroups, and wait for their command
// line on fd 3: joining a v1 memory cgroup is slow on some kernels.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from '../crypto.js';
import os from 'node:os';

import type { Limits } from '../types.js';
import { shellQuote } from '../trust/shell.js';
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
/** Joins the check's cgroups, then execs the sandbox: every process the check starts is counted and can be killed. */
const LAUNCH = `${closeFds('')}for f in "$@"; do case "$f" in --) shift; break;; esac; echo $$ > "$f" || exit 125; shift; done; exec "$@"`;
/**
 * The same, started before its check: moving a process into a v1 memory
 * cgroup takes ~10 ms on some kernels, so it is done ahead of time, and the
 * launcher then waits for its command line on fd 3 (closed before the exec).
 */
const LAUNCH_AHEAD =
  `${closeFds('|3')}for f in "$@"; do echo $$ > "$f" || exit 125; done; NL=$(printf "\\nx"); NL=\${NL%x}; IFS= read -r line <&3 || exit 124; exec 3<&-; eval "exec $line"`;

/** One line of shell words for LAUNCH_AHEAD's eval: single-quoted, newlines as $NL. */
export function shellLine(words: string[]): string {
  return words.map((w) => shellQuote(w).replace(/\n/g, `'"$NL"'`)).join(' ');
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
 * Starts the sandbox's command line `argv`: handed to a launcher started
 * ahead when there is one, else in a new launcher joining `group`.
 */
export function launch(ready: ReadyLauncher | undefined, group: LentCgroup | undefined, argv: string[], cwd: string): ChildProcess {
  if (ready) {
    const child = ready.child;
    child.ref();
    for (const s of child.stdio) (s as { ref?: () => void } | null)?.ref?.();
    const go = child.stdio[3] as NodeJS.WritableStream;
    go.on('error', () => {});
    go.end(`${shellLine(argv)}\n`);
    return child;
  }
  return spawn(LAUNCHER_SHELL, [...LAUNCHER_FLAGS, '-c', LAUNCH, 'sandbox-launch', ...(group?.procsFiles ?? []), '--', ...argv], {
    cwd,
    env: LAUNCHER_ENV,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
}
