// Per-check cgroups: the only way to cap memory without breaking V8, the JVM
// or Go (RLIMIT_AS kills their address-space reservations), to cap processes
// when running as root (RLIMIT_NPROC does not apply to uid 0), and to kill
// every process a check started, whatever it did to hide.
//
// cgroup v2 is used when this process may create a delegated subtree; v1 when
// the memory and pids hierarchies are writable (root in a container). When
// neither works, the provider falls back to rlimits (documented in README).

import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
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
  remove(): void;
}

export interface CgroupManager {
  version: 1 | 2;
  create(id: string, memoryBytes: number, processes: number): CheckCgroup;
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

function removeDir(dir: string): void {
  for (let i = 0; i < 20; i++) {
    try {
      rmdirSync(dir);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      killPids([dir]);
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
    create(id, memoryBytes, processes) {
      const mem = path.join(memBase, id);
      const pids = path.join(pidsBase, id);
      mkdirSync(mem);
      mkdirSync(pids);
      writeFileSync(path.join(mem, 'memory.limit_in_bytes'), String(memoryBytes));
      try {
        writeFileSync(path.join(mem, 'memory.memsw.limit_in_bytes'), String(memoryBytes));
      } catch {
        /* no swap accounting: nothing to cap */
      }
      writeFileSync(path.join(pids, 'pids.max'), String(processes));
      return {
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
    create(id, memoryBytes, processes) {
      const dir = path.join(base, id);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'memory.max'), String(memoryBytes));
      try {
        writeFileSync(path.join(dir, 'memory.swap.max'), '0');
      } catch {
        /* no swap controller */
      }
      writeFileSync(path.join(dir, 'pids.max'), String(processes));
      return {
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
