// The local workspace is a host folder, so what a check writes there lands on
// the runner's disk. RLIMIT_FSIZE caps one file, not how many: without a
// quota a check could fill the disk (about 1 GB a second here) or its inodes
// before its deadline. A watch measures the folder while a step runs and ends
// the step once it holds more than the quota.

import { opendirSync, lstatSync, type Dir } from 'node:fs';
import path from 'node:path';

export interface WorkspaceQuota {
  /** Bytes on disk (allocated blocks, so sparse files count what they use). */
  bytes: number;
  /** Files, folders and links. */
  entries: number;
}

/** Generous enough for package installs (numpy, a node_modules tree), small enough to keep a runner's disk. */
export const DEFAULT_WORKSPACE_QUOTA: WorkspaceQuota = { bytes: 2 * 1024 ** 3, entries: 100_000 };

export interface WorkspaceUsage {
  bytes: number;
  entries: number;
  /** True when counting stopped because the folder holds more than the quota. */
  over: boolean;
}

/**
 * Disk use of a folder, counted only until it passes the quota, so measuring a
 * huge tree costs no more than the quota. Never follows symbolic links; a
 * folder that cannot be read is skipped.
 */
function workspaceUsage(dir: string, quota: WorkspaceQuota): WorkspaceUsage {
  let bytes = 0;
  let entries = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let handle: Dir;
    try {
      handle = opendirSync(d);
    } catch {
      continue;
    }
    try {
      for (let e = handle.readSync(); e !== null; e = handle.readSync()) {
        entries++;
        const p = path.join(d, e.name);
        if (e.isDirectory()) stack.push(p);
        else if (e.isFile()) {
          try {
            bytes += lstatSync(p).blocks * 512;
          } catch {
            /* removed meanwhile */
          }
        }
        if (entries > quota.entries || bytes > quota.bytes) return { bytes, entries, over: true };
      }
    } catch {
      /* the folder went away while it was read */
    } finally {
      handle.closeSync();
    }
  }
  return { bytes, entries, over: false };
}

/**
 * Measures `dir` while a step runs and calls `onOver` once it holds more than
 * the quota. Measuring is synchronous but bounded by the quota; the next
 * measurement waits at least 20 times as long as the last one took, so the
 * watch never takes more than about 5% of the event loop.
 */
export function watchWorkspace(dir: string, quota: WorkspaceQuota, onOver: (u: WorkspaceUsage) => void, everyMs = 500): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const started = Date.now();
    const usage = workspaceUsage(dir, quota);
    if (usage.over) {
      stopped = true;
      onOver(usage);
      return;
    }
    timer = setTimeout(tick, Math.max(everyMs, (Date.now() - started) * 20));
    timer.unref();
  };
  timer = setTimeout(tick, everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
