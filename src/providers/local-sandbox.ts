// One local check's sandbox: its workspace (a host folder holding only the
// check's files) and its steps. A step is prepared (what its launcher starts:
// rlimits and the bwrap command line; a cgroup), started from a launcher
// (local-launcher.ts), and then watched, collected and torn down by
// local-step.ts.

import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { CheckFile } from '../types.js';
import { aliasTargets } from './local-aliases.js';
import { bwrapArgs, SANDBOX_PATH, sandboxCommand, type BwrapOptions } from './local-bwrap.js';
import type { LentCgroup } from './local-cgroups.js';
import { launch, type Launchers, type LaunchSpec, type ReadyLauncher } from './local-launcher.js';
import type { SandboxNetwork } from './local-network.js';
import { RunningStep } from './local-step.js';
import { leftoverWarning, removeTree } from './local-teardown.js';
import type { Toolchain } from './local-toolchains.js';
import { chownTree } from './local-userns.js';
import type { WorkspaceQuota } from './local-workspace.js';
import type { RunRequest, RunResult, Sandbox, SandboxSpec } from './provider.js';

/** What a sandbox needs of the provider that made it. */
export interface SandboxHost {
  /** Absolute path, so a check's PATH never decides which bwrap runs. */
  readonly bwrap: string;
  readonly setpriv: string;
  readonly joinsUserns: boolean;
  readonly network: SandboxNetwork;
  readonly workspaceQuota: WorkspaceQuota;
  readonly launchers: Launchers;
  /** The exec-time fds for a sandbox (see fdExec). */
  sandboxFds(): Record<number, string>;
  emptyDir(): string;
  /** The read-only folder giving `python` to a sandbox whose PATH has only `target`. */
  aliasFolder(targets: Map<string, string>): string;
  forget(s: LocalSandbox): void;
}

/** A step ready to start: what its launcher starts (rlimits, bwrap) and where it runs. */
interface PreparedStep {
  spec: LaunchSpec;
  group?: LentCgroup;
  ready?: ReadyLauncher;
}

export class LocalSandbox implements Sandbox {
  readonly id: string;
  private destroyed = false;
  private readonly running = new Set<() => void>();

  constructor(
    private readonly provider: SandboxHost,
    private readonly spec: SandboxSpec,
    private readonly dir: string,
    readonly workspace: string,
    private readonly chains: Toolchain[],
    private readonly disableUserns: boolean,
    private readonly etcDir: string,
  ) {
    this.id = `local-${path.basename(dir)}`;
  }

  async upload(files: CheckFile[]): Promise<void> {
    for (const f of files) {
      const target = path.resolve(this.workspace, f.path);
      if (!target.startsWith(`${this.workspace}/`)) throw new Error(`file path escapes the workspace: ${f.path}`);
      mkdirSync(path.dirname(target), { recursive: true });
      // wx: never follow or overwrite something already there.
      writeFileSync(target, f.content, { flag: 'wx', mode: 0o644 });
    }
    if (this.provider.joinsUserns) chownTree(this.workspace);
  }

  run(req: RunRequest): Promise<RunResult> {
    const prepared = this.prepare(req);
    if (typeof prepared === 'string') return Promise.resolve({ exitCode: null, sandboxError: prepared });
    const child = this.start(prepared);
    const { limits } = this.spec;
    const quota = this.provider.workspaceQuota;
    return new RunningStep(child, prepared.group, req, { workspace: this.workspace, quota, fileSizeBytes: limits.fileSizeBytes, running: this.running }).result;
  }

  /** The step's launch line (rlimits, the private network, bwrap, the check) and its cgroup; a string when the step may not run. */
  private prepare(req: RunRequest): PreparedStep | string {
    const { limits } = this.spec;
    const bargs = bwrapArgs(this.bwrapOptions(req));
    const refusal = req.network ? this.provider.network.refusal() : undefined;
    if (refusal) return refusal;
    const ready = this.provider.launchers.take();
    ready?.group.setLimits(limits.memoryBytes, limits.processes);
    const group: LentCgroup | undefined = ready?.group ?? this.provider.launchers.cgroups()?.acquire(limits.memoryBytes, limits.processes);
    const spec: LaunchSpec = {
      limits,
      cgroups: !!group,
      fds: this.provider.sandboxFds(),
      prefix: [...(req.network ? this.provider.network.argv(this.dir, this.provider.joinsUserns) : []), this.provider.bwrap],
      options: bargs,
      command: sandboxCommand(this.provider.joinsUserns, this.provider.setpriv, req.command),
    };
    return { spec, group, ready };
  }

  private bwrapOptions(req: RunRequest): BwrapOptions {
    const mounts = [...new Set(this.chains.flatMap((c) => c.mounts))];
    const pathDirs = [...new Set(this.chains.map((c) => c.binDir))].filter((d) => !SANDBOX_PATH.split(':').includes(d));
    const aliases = aliasTargets([...pathDirs, ...SANDBOX_PATH.split(':')]);
    const env = { ...req.env };
    if (req.network) {
      // Installers behind a TLS-inspecting proxy need the system CA store.
      const ca = '/etc/ssl/certs/ca-certificates.crt';
      if (existsSync(ca)) {
        Object.assign(env, { SSL_CERT_FILE: ca, PIP_CERT: ca, NODE_EXTRA_CA_CERTS: ca, CARGO_HTTP_CAINFO: ca, ...env });
      }
    }
    return {
      workspace: this.workspace,
      etcDir: this.etcDir,
      mounts,
      pathDirs,
      aliasDir: aliases.size ? this.provider.aliasFolder(aliases) : undefined,
      network: req.network,
      env,
      disableUserns: this.disableUserns,
      emptyDir: this.provider.emptyDir(),
      joinUserns: this.provider.joinsUserns,
      seccomp: true,
      resolvConf: this.provider.network.resolvConf(this.etcDir),
      syncFd: this.provider.network.syncFd(),
      layers: this.spec.layers,
    };
  }

  /** Hands the command line to a launcher; the next check's launcher joins its cgroups while this one runs. */
  private start(prepared: PreparedStep): ChildProcess {
    const child = launch(prepared.ready, prepared.group, prepared.spec, this.workspace);
    this.provider.launchers.prepare(this.spec.limits);
    return child;
  }

  async destroy(opts: { keepFiles?: boolean } = {}): Promise<string | void> {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const abort of this.running) abort();
    this.provider.forget(this);
    if (opts.keepFiles) return;
    const left = removeTree(this.dir);
    if (left) return leftoverWarning(`the check's workspace ${this.dir}`, left);
  }
}
