// Removing what a check left in its host folder. The check owns its workspace
// and may leave it unremovable for the tool's user (`chmod 000` on a folder,
// read-only trees such as Go's module cache, fifos, sockets, links to host
// files, trees deeper than PATH_MAX). Removal makes folders writable again
// without ever following a link or touching anything outside the folder, and
// a failure is reported as what was left, never thrown: it must not cost the
// run its outcomes.

import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What could not be removed, for a warning; empty when everything is gone. */
export interface Leftover {
  paths: string[];
  error?: string;
}

/** The first entries still under `root` (bounded), for the warning. */
function remaining(root: string, limit = 5): string[] {
  const out: string[] = [];
  let visits = 0;
  const walk = (p: string) => {
    if (out.length >= limit || ++visits > 10_000) return;
    let st;
    try {
      st = lstatSync(p);
    } catch {
      return;
    }
    let names: string[] = [];
    if (st.isDirectory()) {
      try {
        names = readdirSync(p);
      } catch {
        out.push(p);
        return;
      }
    }
    if (!names.length) out.push(p);
    for (const n of names) walk(path.join(p, n));
  };
  walk(root);
  return out;
}

const COREUTILS_ENV = { PATH: '/usr/bin:/bin', LC_ALL: 'C' };

/** Removes `root` and everything under it; returns what was left when it could not. */
export function removeTree(root: string): Leftover | undefined {
  try {
    rmSync(root, { recursive: true, force: true, maxRetries: 2 });
    return undefined;
  } catch {
    /* folders without write or search permission, or paths past PATH_MAX */
  }
  // GNU chmod -R never follows or changes a link met in the walk, and it and
  // rm walk relative to each folder, so trees deeper than PATH_MAX go too.
  const opts = { env: COREUTILS_ENV, stdio: 'ignore' as const, timeout: 120_000 };
  spawnSync('/bin/chmod', ['-R', 'u+rwx', '--', root], opts);
  const rm = spawnSync('/bin/rm', ['-rf', '--one-file-system', '--', root], { ...opts, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (!existsSync(root)) return undefined;
  const error = (rm.stderr || rm.error?.message || `rm exit ${rm.status}`).trim().split('\n')[0];
  return { paths: remaining(root), error };
}

/** One sentence for a leftover: what stayed on disk and what to do. */
export function leftoverWarning(what: string, left: Leftover): string {
  const shown = left.paths.join(', ') || '(unknown)';
  return `could not remove ${what}: ${left.error ?? 'error'}; left on disk: ${shown}. Remove it by hand (an immutable file needs chattr -i, a busy mount umount).`;
}
