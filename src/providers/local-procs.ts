// Without a cgroup to empty, the only handle on a killed sandbox is its pid
// namespace: once the namespace's init (bwrap's child) is gone, every process
// of the check is gone too (the kernel kills the rest and waits for them
// before the init exits). SIGKILL is asynchronous, so the provider waits for
// that before it reports the step as ended and removes the workspace.

import { readdirSync, readFileSync } from 'node:fs';

/** A process, with its start time so that a reused pid is not taken for it. */
export interface ProcRef {
  pid: number;
  start: string;
}

/** State and start time from /proc/PID/stat, or undefined when the pid is gone. */
function stat(pid: number): { ppid: number; state: string; start: string } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name may hold spaces and parentheses: fields start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0]!, ppid: Number(fields[1]), start: fields[19]! };
}

/** The children of `pid` now. */
export function childrenOf(pid: number): ProcRef[] {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  let pids: number[];
  try {
    pids = tids.flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    // Kernels without CONFIG_PROC_CHILDREN: scan every process.
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .filter((p) => stat(p)?.ppid === pid);
  }
  return pids.flatMap((p) => {
    const s = stat(p);
    return s ? [{ pid: p, start: s.start }] : [];
  });
}

/** True while the process runs (a zombie has ended; a reused pid is another process). */
function isAlive(p: ProcRef): boolean {
  const s = stat(p.pid);
  return !!s && s.start === p.start && s.state !== 'Z' && s.state !== 'X';
}

/** Resolves once none of `procs` runs any more, or after `maxMs`. */
export async function waitGone(procs: ProcRef[], maxMs = 2000): Promise<void> {
  const until = Date.now() + maxMs;
  while (procs.some(isAlive) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
}
