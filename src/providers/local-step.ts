// One running step of a local check, from the moment its launcher has its
// command line to the RunResult: the limits the parent watches (wall-clock
// deadline, workspace quota, an abort), the output it collects, and the
// teardown that kills everything the step started before the result is told.

import type { ChildProcess } from 'node:child_process';

import type { CgroupCounters, LentCgroup } from './local-cgroups.js';
import { childrenOf, waitGone, type ProcRef } from './local-procs.js';
import { watchWorkspace, type WorkspaceQuota } from './local-workspace.js';
import type { LimitHit, RunRequest, RunResult } from './provider.js';

/** Signal numbers bwrap reports as 128+n. */
const SIGNALS: Record<number, string> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};

const LIMIT_SIGNALS: Record<string, LimitHit> = { SIGXCPU: 'cpu_time', SIGXFSZ: 'file_size' };

export interface StepContext {
  /** The check's workspace, watched against the quota. */
  workspace: string;
  quota: WorkspaceQuota;
  fileSizeBytes: number;
  /** The aborts of the steps running now: destroying the sandbox calls them. */
  running: Set<() => void>;
}

export class RunningStep {
  /** Resolves once nothing of the step runs any more. */
  readonly result: Promise<RunResult>;
  private resolve!: (r: RunResult) => void;
  private limit: LimitHit | undefined;
  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;
  private finished = false;
  private spawnError: string | undefined;
  /**
   * Without a cgroup, the sandbox's init (bwrap's child): its pid
   * namespace is empty once it is gone (see local-procs.ts).
   */
  private readonly inits: ProcRef[] = [];
  private timer?: NodeJS.Timeout;
  private drainTimer?: NodeJS.Timeout;
  private stopWatch: () => void = () => {};
  private readonly onAbort = () => {
    this.killAll();
    this.finish();
  };

  constructor(
    private readonly child: ChildProcess,
    private readonly group: LentCgroup | undefined,
    private readonly req: RunRequest,
    private readonly ctx: StepContext,
  ) {
    this.result = new Promise<RunResult>((resolve) => (this.resolve = resolve));
    this.watchLimits();
    this.collect();
  }

  /** The deadline, the workspace quota and the abort signal each end the step. */
  private watchLimits(): void {
    const remaining = Math.max(0, this.req.deadline - Date.now());
    this.timer = setTimeout(() => this.hit('timeout'), remaining);
    // The workspace is on the host's disk: a quota keeps a check from filling it.
    const { quota } = this.ctx;
    this.stopWatch = watchWorkspace(this.ctx.workspace, { bytes: Math.max(quota.bytes, 2 * this.ctx.fileSizeBytes), entries: quota.entries }, () => this.hit('disk'));
    this.req.signal.addEventListener('abort', this.onAbort, { once: true });
    this.ctx.running.add(this.onAbort);
  }

  private hit(limit: LimitHit): void {
    this.limit = limit;
    this.killAll();
    this.finish();
  }

  /** Output goes on as it comes; stdin is written and closed; the exit and the pipes' close end the step. */
  private collect(): void {
    const { child, req } = this;
    child.stdout!.on('data', (b: Buffer) => req.onStdout(b));
    child.stderr!.on('data', (b: Buffer) => req.onStderr(b));
    child.stdin!.on('error', () => {});
    child.stdin!.end(req.stdin);
    child.on('error', (e) => {
      this.spawnError = `could not start the sandbox: ${e.message}`;
      this.finish();
    });
    child.on('exit', (code, sig) => {
      this.exitCode = code;
      this.exitSignal = sig;
      // The pid namespace ends with the program, so the pipes close at once;
      // the short drain only collects what is still buffered.
      this.drainTimer = setTimeout(() => this.finish(), 250);
    });
    child.on('close', () => this.finish());
  }

  private killAll(): void {
    const { child, group } = this;
    group?.killAll();
    if (child.pid) {
      if (!group && !this.inits.length && this.exitCode === null && !this.exitSignal) this.inits.push(...childrenOf(child.pid));
      for (const p of [-child.pid, ...this.inits.map((i) => i.pid)]) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    const counters = this.teardown();
    const result = this.judge(counters);
    // SIGKILL is asynchronous: report the step ended only when nothing of it runs.
    if (this.inits.length) void waitGone(this.inits).then(() => this.resolve(result));
    else this.resolve(result);
  }

  /** Stops every watch, kills what is left, gives the cgroup back; its counters for judging. */
  private teardown(): CgroupCounters | undefined {
    clearTimeout(this.timer);
    clearTimeout(this.drainTimer);
    this.stopWatch();
    this.req.signal.removeEventListener('abort', this.onAbort);
    this.ctx.running.delete(this.onAbort);
    this.killAll();
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    const counters = this.group?.counters();
    this.group?.release();
    return counters;
  }

  /** Which limit (if any) ended the step, from its exit, its signal and the cgroup's counters. */
  private judge(counters: CgroupCounters | undefined): RunResult {
    let { limit, spawnError } = this;
    let signal: string | undefined;
    let code = this.exitCode;
    if (this.exitSignal) signal = this.exitSignal;
    else if (code !== null && code > 128 && code <= 128 + 64 && SIGNALS[code - 128]) signal = SIGNALS[code - 128];
    if (code === 125 && !limit && this.group) spawnError = 'could not join the check to its cgroup';
    if (code === 123 && !limit && this.req.network) spawnError = 'could not start the sandbox network (slirp4netns, ip rules): see the step output';
    if (!limit && counters?.oomKills) limit = 'memory';
    if (!limit && signal && LIMIT_SIGNALS[signal]) limit = LIMIT_SIGNALS[signal];
    if (!limit && counters?.pidsMaxHits && (code !== 0 || signal)) limit = 'processes';
    if (limit === 'timeout') code = null;
    return { exitCode: code, signal: limit === 'timeout' ? undefined : signal, limit, sandboxError: spawnError };
  }
}
