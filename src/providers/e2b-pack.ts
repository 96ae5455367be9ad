// Packing several checks into one E2B sandbox ([e2b] checks_per_sandbox = N,
// opt-in): past the plan's creation rate (Hobby: 1 sandbox a second), a run
// of many short checks is bound by creations, not by the checks. Each packed
// check still gets a fresh sandbox of its own: a bubblewrap sandbox inside
// the VM (its own user, pid, network, ipc and mount namespaces; a private
// /home, /tmp and /run; only its own workspace folder bound in), gone with
// everything it started when its main process ends. Checks that need a
// network (their own, or for a package install) are never packed: egress is
// the VM's, shared by every check in it.

import { shellQuote as sh } from '../trust/shell.js';

/** One E2B sandbox serving up to `capacity` checks over its life. */
export interface Host<S> {
  ready: Promise<S>;
  /** Checks given this host so far (in flight and done). */
  assigned: number;
  /** Checks done with it. */
  released: number;
  killed: boolean;
}

/** bwrap inside the VM, checked once per run before any check relies on it. */
export const NESTED_PROBE = 'bwrap --unshare-all --die-with-parent --new-session --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp /bin/true';

/**
 * Hands out places in shared sandboxes: the first host with room, or a new
 * one. A host is killed once its N checks are done (or when the run ends).
 * The first host probes that nested bubblewrap works; when it does not, every
 * lease answers undefined (the caller makes a sandbox per check) and `onFail`
 * says why once.
 */
export class Packer<S> {
  private readonly hosts: Host<S>[] = [];
  private probe?: Promise<string | undefined>;
  /** Set once the probe failed: packing is off for the rest of the run. */
  failed?: string;

  constructor(
    readonly capacity: number,
    private readonly make: () => Promise<S>,
    private readonly check: (s: S) => Promise<string | undefined>,
    private readonly kill: (s: S) => Promise<void>,
    private readonly onFail: (why: string) => void,
  ) {}

  async lease(): Promise<{ sandbox: S; release: () => Promise<void> } | undefined> {
    if (this.failed) return undefined;
    let host = this.hosts.find((h) => !h.killed && h.assigned < this.capacity);
    if (!host) {
      host = { ready: this.make(), assigned: 0, released: 0, killed: false };
      this.hosts.push(host);
      // A host that could not be made takes no more checks.
      host.ready.catch(() => {
        host!.killed = true;
      });
    }
    host.assigned++;
    const h = host;
    let sandbox: S;
    try {
      sandbox = await h.ready;
    } catch (e) {
      h.released++;
      throw e;
    }
    this.probe ??= this.check(sandbox).catch((e: unknown) => `the probe could not run: ${(e as Error).message}`);
    const why = await this.probe;
    if (why !== undefined) {
      if (!this.failed) {
        this.failed = why;
        this.onFail(why);
      }
      h.released++;
      await this.retire(h, true);
      return undefined;
    }
    let released = false;
    return {
      sandbox,
      release: async () => {
        if (released) return;
        released = true;
        h.released++;
        await this.retire(h, false);
      },
    };
  }

  private async retire(h: Host<S>, now: boolean): Promise<void> {
    if (h.killed || h.released < h.assigned) return;
    if (!now && h.assigned < this.capacity) return;
    h.killed = true;
    await this.kill(await h.ready);
  }

  /** The run ends: every host goes. */
  async closeAll(): Promise<void> {
    await Promise.all(
      this.hosts.map(async (h) => {
        if (h.killed) return;
        h.killed = true;
        const s = await h.ready.catch(() => undefined);
        if (s) await this.kill(s);
      }),
    );
  }
}

/** `'text'` quoted for a POSIX shell. */

/**
 * The script for one step of a packed check: the limits, then bubblewrap
 * around the program. Its pid namespace dies with its main process, taking
 * what the program left running and closing its output; envd's kill (the top
 * process, bwrap) takes the namespace too. The login shell reset PATH: the
 * check's own is set again inside.
 */
export function nestedCommand(o: {
  command: string;
  dir: string;
  stdinPath: string;
  limits: { fileSizeBytes: number; openFiles: number; processes: number };
  path?: string;
}): string {
  // The limits are set inside: `ulimit -u` then counts the processes of the
  // check's own user namespace (set outside, it would bound the namespace's
  // creator, and so every check of the sandbox together).
  const limits = [
    `ulimit -f ${Math.max(1, Math.ceil(o.limits.fileSizeBytes / 1024))} 2>/dev/null`,
    `ulimit -n ${o.limits.openFiles} 2>/dev/null`,
    `ulimit -u ${o.limits.processes} 2>/dev/null`,
    'ulimit -c 0 2>/dev/null',
    `exec /bin/sh -c ${sh(o.command)}`,
  ].join('; ');
  const bwrap = [
    'bwrap', '--unshare-all', '--die-with-parent', '--new-session',
    '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc',
    '--tmpfs', '/tmp', '--tmpfs', '/var/tmp', '--tmpfs', '/run', '--tmpfs', '/home',
    '--bind', o.dir, o.dir, '--chdir', o.dir,
    ...(o.path !== undefined ? ['--setenv', 'PATH', o.path] : []),
    // bash: dash has no `ulimit -u`.
    '--', '/bin/bash', '-c', limits,
  ];
  return `exec ${bwrap.map(sh).join(' ')} < ${sh(o.stdinPath)}`;
}
