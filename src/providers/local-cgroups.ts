// Per-check cgroups: the only way to cap memory without breaking V8, the JVM
// or Go (RLIMIT_AS kills their address-space reservations), to cap processes
// when running as root (RLIMIT_NPROC does not apply to uid 0), and to kill
// every process a check started, whatever it did to hide.
//
// cgroup v2 is used when this process may create a delegated subtree; v1 when
// the memory and pids hierarchies are writable (root in a container). When
// neither works, the provider falls back to rlimits (documented in README).

import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = '/sys/fs/cgroup';

export interface CgroupCounters {
  oomKills: number;
  pidsMaxHits: number;
}

export interface CheckCgroup {
  /** cgroup.procs files the launcher writes its pid into before exec. */
  procsFiles: string[];
  counters(): CgroupCounters;
  /** SIGKILL every process in the group, repeatedly until it is empty. */
  killAll(): void;
  setLimits(memoryBytes: number, processes: number): void;
  remove(): void;
}

export interface CgroupManager {
  version: 1 | 2;
  create(id: string, memoryBytes: number, processes: number): CheckCgroup;
  /** Names of the groups this manager could have made (sc-*). */
  list(): string[];
  /** Removes an empty group left by a process that died without cleaning up. */
  removeStale(id: string): void;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function counter(text: string, key: string): number {
  const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

function pidsIn(dir: string): number[] {
  return read(path.join(dir, 'cgroup.procs'))
    .split('\n')
    .filter(Boolean)
    .map(Number);
}

function killPids(dirs: string[]): void {
  for (let round = 0; round < 50; round++) {
    let any = false;
    for (const dir of dirs) {
      for (const pid of pidsIn(dir)) {
        any = true;
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    if (!any) return;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A group stays busy until its killed processes are reaped, which for a
 * sandbox's orphans happens asynchronously (by the host's init), so removal
 * retries for up to about a second.
 */
function removeDir(dir: string): void {
  for (let i = 0; i < 200; i++) {
    try {
      rmdirSync(dir);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      killPids([dir]);
      if (i >= 10) Atomics.wait(pause, 0, 0, 5);
    }
  }
}

function ownV1Path(controller: string): string {
  for (const line of read('/proc/self/cgroup').split('\n')) {
    const [, controllers, p] = line.split(':');
    if (controllers?.split(',').includes(controller)) return p ?? '/';
  }
  return '/';
}

function v1(): CgroupManager | undefined {
  const memBase = path.join(ROOT, 'memory', ownV1Path('memory'));
  const pidsBase = path.join(ROOT, 'pids', ownV1Path('pids'));
  if (!existsSync(path.join(memBase, 'memory.limit_in_bytes')) || !existsSync(path.join(pidsBase, 'cgroup.procs'))) {
    return undefined;
  }
  const probe = `sandbox-checks-probe-${process.pid}`;
  try {
    mkdirSync(path.join(memBase, probe));
    rmdirSync(path.join(memBase, probe));
    mkdirSync(path.join(pidsBase, probe));
    rmdirSync(path.join(pidsBase, probe));
  } catch {
    return undefined;
  }
  return {
    version: 1,
    list: () => readdirSync(pidsBase).filter((n) => n.startsWith('sc-')),
    removeStale: (id) => {
      for (const dir of [path.join(pidsBase, id), path.join(memBase, id)]) {
        if (pidsIn(dir).length === 0) removeDir(dir);
      }
    },
    create(id, memoryBytes, processes) {
      const mem = path.join(memBase, id);
      const pids = path.join(pidsBase, id);
      mkdirSync(mem);
      mkdirSync(pids);
      const setLimits = (memoryBytes: number, processes: number) => {
        // memsw must stay >= the memory limit, so order the writes by direction.
        const memsw = path.join(mem, 'memory.memsw.limit_in_bytes');
        const limit = path.join(mem, 'memory.limit_in_bytes');
        const current = Number(read(limit)) || 0;
        const writes = memoryBytes >= current ? [memsw, limit] : [limit, memsw];
        for (const f of writes) {
          try {
            writeFileSync(f, String(memoryBytes));
          } catch (e) {
            if (f === limit) throw e; // no swap accounting: nothing more to cap
          }
        }
        writeFileSync(path.join(pids, 'pids.max'), String(processes));
      };
      setLimits(memoryBytes, processes);
      return {
        setLimits,
        procsFiles: [path.join(mem, 'cgroup.procs'), path.join(pids, 'cgroup.procs')],
        counters: () => ({
          oomKills: counter(read(path.join(mem, 'memory.oom_control')), 'oom_kill'),
          pidsMaxHits: counter(read(path.join(pids, 'pids.events')), 'max'),
        }),
        killAll: () => killPids([pids, mem]),
        remove: () => {
          removeDir(pids);
          removeDir(mem);
        },
      };
    },
  };
}

function v2(): CgroupManager | undefined {
  if (!existsSync(path.join(ROOT, 'cgroup.controllers'))) return undefined;
  // Our own subtree, so limits never touch the service we run under.
  const base = path.join(ROOT, 'sandbox-checks');
  try {
    const enabled = read(path.join(ROOT, 'cgroup.subtree_control'));
    if (!/\bmemory\b/.test(enabled) || !/\bpids\b/.test(enabled)) {
      writeFileSync(path.join(ROOT, 'cgroup.subtree_control'), '+memory +pids');
    }
    mkdirSync(base, { recursive: true });
    writeFileSync(path.join(base, 'cgroup.subtree_control'), '+memory +pids');
  } catch {
    return undefined;
  }
  return {
    version: 2,
    list: () => readdirSync(base).filter((n) => n.startsWith('sc-')),
    removeStale: (id) => {
      const dir = path.join(base, id);
      if (pidsIn(dir).length === 0) removeDir(dir);
    },
    create(id, memoryBytes, processes) {
      const dir = path.join(base, id);
      mkdirSync(dir);
      const setLimits = (memoryBytes: number, processes: number) => {
        writeFileSync(path.join(dir, 'memory.max'), String(memoryBytes));
        writeFileSync(path.join(dir, 'pids.max'), String(processes));
      };
      setLimits(memoryBytes, processes);
      try {
        writeFileSync(path.join(dir, 'memory.swap.max'), '0');
      } catch {
        /* no swap controller */
      }
      return {
        setLimits,
        procsFiles: [path.join(dir, 'cgroup.procs')],
        counters: () => ({
          oomKills: counter(read(path.join(dir, 'memory.events')), 'oom_kill'),
          pidsMaxHits: counter(read(path.join(dir, 'pids.events')), 'max'),
        }),
        killAll: () => {
          try {
            writeFileSync(path.join(dir, 'cgroup.kill'), '1');
          } catch {
            /* kernels before 5.14 have no cgroup.kill */
          }
          killPids([dir]);
        },
        remove: () => removeDir(dir),
      };
    },
  };
}

let detected: CgroupManager | null | undefined;

/** The usable cgroup manager, or null when limits must fall back to rlimits. */
export function cgroupManager(): CgroupManager | null {
  if (detected === undefined) {
    detected = process.env.SANDBOX_CHECKS_NO_CGROUPS === '1' ? null : (v1() ?? v2() ?? null);
  }
  return detected;
}

/** A cgroup lent to one check at a time; counters count from the lending. */
export interface LentCgroup {
  procsFiles: string[];
  /** What the check did since it got the group. */
  counters(): CgroupCounters;
  killAll(): void;
  setLimits(memoryBytes: number, processes: number): void;
  /** Kills what is left and gives the group back for the next check. */
  release(): void;
}

/**
 * Removing a memory cgroup that was charged pages costs tens of milliseconds
 * (the kernel offlines it synchronously), more than a trivial check takes. So
 * groups are reused, one check at a time each, and removed once at the end.
 */
export class CgroupPool {
  private readonly free: { id: string; group: CheckCgroup }[] = [];
  private readonly all: CheckCgroup[] = [];
  private seq = 0;

  constructor(
    private readonly manager: CgroupManager,
    private readonly prefix = `sc-${process.pid.toString(16)}`,
  ) {
    sweepStale(manager);
  }

  acquire(memoryBytes: number, processes: number): LentCgroup {
    let entry = this.free.pop();
    if (entry) entry.group.setLimits(memoryBytes, processes);
    else {
      const id = `${this.prefix}-${(this.seq++).toString(16)}`;
      entry = { id, group: this.manager.create(id, memoryBytes, processes) };
      this.all.push(entry.group);
    }
    const { group } = entry;
    const base = group.counters();
    let released = false;
    return {
      procsFiles: group.procsFiles,
      counters: () => {
        const now = group.counters();
        return { oomKills: now.oomKills - base.oomKills, pidsMaxHits: now.pidsMaxHits - base.pidsMaxHits };
      },
      killAll: () => group.killAll(),
      setLimits: (m, p) => group.setLimits(m, p),
      release: () => {
        if (released) return;
        released = true;
        group.killAll();
        this.free.push(entry);
      },
    };
  }

  /** Removes every group; called when the run ends. */
  dispose(): void {
    for (const g of this.all.splice(0)) g.remove();
    this.free.length = 0;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Groups are named sc-<owner pid in hex>-…; those of dead owners are removed. */
function sweepStale(manager: CgroupManager): void {
  for (const id of manager.list()) {
    const owner = /^sc-([0-9a-f]+)-/.exec(id);
    if (owner ? !alive(parseInt(owner[1]!, 16)) : /^sc-[0-9a-f]{12}$/.test(id)) manager.removeStale(id);
  }
}
