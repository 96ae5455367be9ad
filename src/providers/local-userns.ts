// When the tool runs as root, checks must not run as host root: the sandbox
// joins a user namespace whose uid 0 is an unprivileged host uid (nobody), so
// a check that looks like root inside is nobody to every host file, sysctl
// and process it could reach. bwrap cannot map root to another uid itself, so
// one holder process per provider owns such a namespace and each sandbox
// joins it (bwrap --userns). Host root is mapped too, as uid 1, only so bwrap
// can set the sandbox up (open toolchains under /root, create mount points);
// the check itself switches to uid 0 with setpriv before anything of it runs,
// with every capability and the bounding set gone, so it can never become uid 1.
// As a normal user none of this is needed: bwrap maps the user's own uid.

import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, lchownSync, lstatSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { which } from './local-toolchains.js';
import { SandboxUnavailableError } from './provider.js';

/** The host uid/gid a root-run check acts as. */
export const SANDBOX_HOST_UID = 65534;
const SANDBOX_HOST_GID = 65534;
/** The uid host root has inside the namespace (bwrap's setup only). */
const SETUP_UID = 1;

export interface UsernsHolder {
  pid: number;
  /** The fd path bwrap gets on its --userns fd. */
  nsPath: string;
  stop(): void;
}

const MAP = `0 ${SANDBOX_HOST_UID} 1\n${SETUP_UID} 0 1\n`;
const GMAP = `0 ${SANDBOX_HOST_GID} 1\n${SETUP_UID} 0 1\n`;

/** Starts the namespace holder; it exits by itself when this process dies (its stdin closes). */
async function startUsernsHolder(unshare: string): Promise<UsernsHolder> {
  const child: ChildProcess = spawn(unshare, ['--user', '--', '/bin/sh', '-c', 'read _'], { stdio: ['pipe', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  child.on('error', () => {});
  const pid = child.pid;
  if (!pid) throw new Error(`could not start ${unshare}`);
  const own = readlinkSync('/proc/self/ns/user');
  // unshare execs the shell only once the namespace exists.
  for (let i = 0; i < 200; i++) {
    let ns: string | undefined;
    try {
      ns = readlinkSync(`/proc/${pid}/ns/user`);
    } catch {
      /* not there yet, or gone */
    }
    if (child.exitCode !== null) break;
    if (ns && ns !== own && readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('/bin/sh')) {
      // One write each: the kernel accepts a map only whole.
      writeFileSync(`/proc/${pid}/uid_map`, MAP);
      writeFileSync(`/proc/${pid}/gid_map`, GMAP);
      child.unref();
      (child.stdin as unknown as { unref?: () => void }).unref?.();
      (child.stderr as unknown as { unref?: () => void }).unref?.();
      return {
        pid,
        nsPath: `/proc/${pid}/ns/user`,
        stop: () => {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        },
      };
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  throw new Error(`could not create a user namespace for the sandbox: ${stderr.trim() || 'unshare did not start'}`);
}

/**
 * Hands a workspace to the sandbox uid, without following links (a link a
 * check left must never make root chown a host file).
 */
export function chownTree(root: string, uid = SANDBOX_HOST_UID, gid = SANDBOX_HOST_GID): void {
  const walk = (p: string) => {
    const st = lstatSync(p);
    if (st.uid !== uid || st.gid !== gid) (st.isSymbolicLink() ? lchownSync : chownSync)(p, uid, gid);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
  };
  walk(root);
}

/** As root: the namespace and the setpriv checks start behind, or why checks cannot run (never as host root). */
export async function rootUserns(): Promise<{ holder: UsernsHolder; setpriv: string }> {
  const dirs = ['/usr/bin', '/bin', '/usr/sbin', '/sbin'];
  const unshare = which('unshare', dirs);
  const setpriv = which('setpriv', dirs);
  if (!unshare || !setpriv) {
    throw new SandboxUnavailableError(
      'running as root, the local sandbox maps checks to an unprivileged uid with unshare and setpriv (util-linux), and this machine lacks them.',
      'Install them with: sudo apt-get install -y util-linux   (or run sandbox-checks as a normal user)',
    );
  }
  try {
    return { holder: await startUsernsHolder(unshare), setpriv };
  } catch (e) {
    throw new SandboxUnavailableError(
      `running as root, the local sandbox could not create the user namespace that keeps checks from being host root: ${(e as Error).message}`,
      'Run sandbox-checks as a normal user, or allow user namespaces (sysctl user.max_user_namespaces > 0).',
    );
  }
}
