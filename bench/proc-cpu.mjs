// CPU time from /proc, for rows whose wall time the machine's load moves: a
// process's own user + system time, and that of the children it has reaped
// (their whole trees, as each reaps its own). The bench reaps every contender
// it runs, so the change in its own children's time around one run is that
// run's CPU, sandboxes and all.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let tick;
function msPerTick() {
  if (tick === undefined) {
    try {
      tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      tick = 10;
    }
  }
  return tick;
}

/** { self, children } CPU ms of `pid` ('self' for this process); undefined when it is gone. */
export function procCpu(pid = 'self') {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name, which may hold spaces: state is field 3.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const t = msPerTick();
  return { self: (Number(f[11]) + Number(f[12])) * t, children: (Number(f[13]) + Number(f[14])) * t };
}

/** The process of group `pgid` whose command line contains `needle` (e.g. the node under `npm run`). */
export function findInGroup(pgid, needle) {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) !== pgid) continue;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      // The program itself, not a shell whose -c string names it.
      if (/(^|\/)node$/.test(cmd[0]) && cmd.some((a) => a.includes(needle))) return Number(name);
    } catch {
      /* gone meanwhile */
    }
  }
  return undefined;
}

/**
 * Runs `f` and adds to `into` the CPU ms it cost: this process's children
 * (what `f` ran and reaped) and, for each watched pid, its own time and its
 * reaped children's.
 */
export async function withCpu(into, watched, f) {
  const before = { bench: procCpu('self'), ...Object.fromEntries(Object.entries(watched).map(([k, pid]) => [k, procCpu(pid)])) };
  const value = await f();
  const after = procCpu('self');
  into.run ??= [];
  into.run.push(after.children - before.bench.children);
  for (const [k, pid] of Object.entries(watched)) {
    const a = procCpu(pid);
    const b = before[k];
    if (!a || !b) continue;
    (into[`${k}Self`] ??= []).push(a.self - b.self);
    (into[`${k}Children`] ??= []).push(a.children - b.children);
  }
  return value;
}
