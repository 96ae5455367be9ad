// One check's E2B sandbox (or its place in a shared one, when checks are
// packed): its files, its steps, the network an install step may open, its
// lifetime and its end. What the check gets: its files in a fresh folder, its
// own env, the commands of the language registry; nothing from the host.

import type { Sandbox as SdkSandbox, CommandHandle } from '@e2b/code-interpreter';

import type { CheckFile, E2BSettings } from '../types.js';
import { shellQuote as sh } from '../trust/shell.js';
import { KILL_ALL, runStep, WATCHDOG_SLACK_MS, wrapCommand } from './e2b-commands.js';
import { LIFETIME_MARGIN_MS, MAX_LIFETIME_MS } from './e2b-create.js';
import { freshFolder, inWorkspace, stdinFile, uploadFiles } from './e2b-files.js';
import { nestedCommand, NESTED_PROBE } from './e2b-pack.js';
import { sleep } from './e2b-retry.js';
import { loadSdk } from './e2b-sdk.js';
import type { RunRequest, RunResult, Sandbox, SandboxSpec } from './provider.js';

/** What a sandbox needs of the provider that made it. */
export interface SandboxOwner {
  readonly settings: E2BSettings;
  readonly costPerSecondUsd: number;
  forget(s: E2BSandbox): void;
  /** Kills the sandbox `id`; false when it could not be killed. */
  kill(id: string): Promise<boolean>;
}

export interface CodeRun {
  stdout: string;
  stderr: string;
  /** The kernel's error (uncaught exception, SystemExit), when there was one. */
  error?: { name: string; value: string; traceback: string };
  /** Text of the results (the value of the last expression, …). */
  results: string[];
}

export class E2BSandbox implements Sandbox {
  readonly id: string;
  /** The fresh folder holding the check's files; `/workspace` in commands means this. */
  readonly dir = freshFolder();
  private readonly createdAt = Date.now();
  private endedAt?: number;
  private killed = false;
  /** The folder exists in the sandbox (made by the upload, or before the first command). */
  private dirReady = false;
  private destroying?: Promise<void>;
  private readonly running = new Set<() => void>();
  /** A step (install, compile, the program) has been started here. */
  private ranSomething = false;

  constructor(
    private readonly provider: SandboxOwner,
    readonly sdk: SdkSandbox,
    private readonly spec: SandboxSpec,
    /** Shared by the checks packed into one sandbox: E2B's timeout is the sandbox's. */
    private readonly life: { expiresAt: number },
    /** Create attempts it took (1 unless E2B pushed back). */
    readonly createAttempts: number,
    /** A packed check: gives its place back (the sandbox is not this check's to kill). */
    private readonly release?: () => Promise<void>,
  ) {
    this.id = sdk.sandboxId;
  }

  /** A check packed into this sandbox, in a bubblewrap sandbox of its own there. */
  packedCheck(spec: SandboxSpec, release: () => Promise<void>): E2BSandbox {
    return new E2BSandbox(this.provider, this.sdk, spec, this.life, 1, release);
  }

  /** Why nested bubblewrap does not work here; undefined when it does. */
  async probeNested(): Promise<string | undefined> {
    try {
      await this.sdk.commands.run(NESTED_PROBE, { timeoutMs: 15_000, requestTimeoutMs: 15_000 });
      return undefined;
    } catch (e) {
      const err = e as Error & { stderr?: string };
      return (err.stderr?.trim() || err.message).split('\n')[0];
    }
  }

  private local(text: string): string {
    return inWorkspace(text, this.dir);
  }

  async upload(files: CheckFile[]): Promise<void> {
    await uploadFiles(this.sdk, this.id, this.dir, files);
    this.dirReady = true;
  }

  /**
   * Keeps the sandbox alive until `deadline` plus the margin. A sandbox that
   * already outlives the deadline by half the margin is left as it is: the
   * lifetime given at creation falls short of a deadline set a moment later
   * (after the upload) by only those moments, and stretching it for them
   * would cost every check a round trip to E2B.
   */
  private async ensureLifetime(deadline: number): Promise<void> {
    if (deadline + LIFETIME_MARGIN_MS / 2 <= this.life.expiresAt) return;
    const wanted = Math.min(deadline + LIFETIME_MARGIN_MS, Date.now() + MAX_LIFETIME_MS);
    if (wanted <= this.life.expiresAt) return;
    await this.sdk.setTimeout(wanted - Date.now());
    this.life.expiresAt = Math.max(this.life.expiresAt, wanted);
  }

  async run(req: RunRequest): Promise<RunResult> {
    if (this.killed) return { exitCode: null, sandboxError: `E2B sandbox ${this.id} was already stopped` };
    if (req.signal.aborted) return { exitCode: null, signal: 'SIGKILL' };
    if (req.deadline - Date.now() <= 0) {
      if (this.ranSomething) return { exitCode: null, limit: 'timeout' };
      // Nothing ran: the time went on making the sandbox, not on the check's code.
      return {
        exitCode: null,
        sandboxError: `the check's ${this.spec.limits.timeoutMs} ms timeout ran out before its program could start (making E2B sandbox ${this.id} and uploading the files took that long); nothing ran. Retry later, or raise the check's timeout`,
      };
    }
    this.ranSomething = true;

    // The engine gives only package installs a network the check does not have.
    const installWithoutNetwork = req.network && !this.spec.network;
    if (installWithoutNetwork) await this.openInstallNetwork(req);
    let result: RunResult | undefined;
    let failure: unknown;
    try {
      result = await this.runCommand(req);
    } catch (e) {
      failure = e;
    }
    if (installWithoutNetwork && !this.killed) await this.closeInstallNetwork();
    if (failure !== undefined) throw failure;
    return result!;
  }

  /**
   * Egress for the install only: to the package hosts when they are
   * configured, otherwise to the internet (as the local provider's install step has it).
   */
  private async openInstallNetwork(req: RunRequest): Promise<void> {
    const hosts = this.provider.settings.packageHosts ?? [];
    const { ALL_TRAFFIC } = await loadSdk();
    const where = hosts.length ? `${hosts.join(', ')} only` : 'the internet';
    req.onStderr(Buffer.from(`sandbox-checks: the sandbox's network is open to ${where}, for the package install\n`));
    try {
      await this.sdk.updateNetwork(hosts.length ? { allowOut: hosts, denyOut: [ALL_TRAFFIC] } : { allowInternetAccess: true });
    } catch (e) {
      throw new Error(
        `could not open the E2B sandbox's network to ${hosts.length ? `the package hosts (${hosts.join(', ')})` : 'the internet for the package install'}: ${(e as Error).message}. ` +
          (hosts.length ? 'Check [e2b] package_hosts, or set network = true on the check' : 'Set [e2b] package_hosts, or network = true on the check'),
        { cause: e },
      );
    }
  }

  private async closeInstallNetwork(): Promise<void> {
    try {
      await this.sdk.updateNetwork({ allowInternetAccess: false });
    } catch (e) {
      // The program must not run with egress left open: end the check here.
      throw new Error(`could not close the E2B sandbox's network again after the package install: ${(e as Error).message}`, { cause: e });
    }
  }

  private async runCommand(req: RunRequest): Promise<RunResult> {
    await this.ensureLifetime(req.deadline);
    if (!this.dirReady) {
      await this.sdk.files.makeDir(this.dir);
      this.dirReady = true;
    }
    const { limits } = this.spec;
    const stdinPath = await stdinFile(this.sdk, req.stdin);
    const envs = Object.fromEntries(Object.entries(req.env).map(([k, v]) => [k, this.local(v)]));
    // As the local provider: UTF-8 unless the check says otherwise (envd sets no LANG).
    if (envs.LANG === undefined) envs.LANG = 'C.UTF-8';
    const remaining = req.deadline - Date.now();
    if (remaining <= 0) return { exitCode: null, limit: 'timeout' };
    const script = this.release
      ? nestedCommand({ command: this.local(req.command), dir: this.dir, stdinPath, limits, path: envs.PATH })
      : wrapCommand({
          command: this.local(req.command),
          stdinPath,
          limits,
          path: envs.PATH,
          // The watchdog fires just after the deadline, so the SDK's own timeout is what reports it.
          killAfterS: (remaining + WATCHDOG_SLACK_MS) / 1000,
        });
    const host = { id: this.id, sdk: this.sdk, running: this.running, stop: (h: CommandHandle) => this.stop(h) };
    return runStep(host, { script, cwd: this.dir, envs, remaining }, req);
  }

  /**
   * Kills the command (SIGKILL through envd) and stops listening to it. Also
   * when the sandbox is being killed: if E2B fails to kill the sandbox, the
   * program must not run on in it until its lifetime ends.
   */
  private async stop(handle: CommandHandle): Promise<void> {
    // envd's kill reaches the wrapper only: what the program started is killed first
    // (a packed check's bubblewrap takes its namespace with it).
    if (!this.killed && !this.release) {
      await Promise.race([this.sdk.commands.run(`${KILL_ALL}; true`, { timeoutMs: 3000, requestTimeoutMs: 3000 }).catch(() => undefined), sleep(3000)]);
    }
    await Promise.race([handle.kill().catch(() => false), sleep(3000)]);
    await handle.disconnect().catch(() => {});
  }

  /**
   * Runs code in the sandbox's Jupyter kernel (state is kept between calls of
   * one sandbox): for snippet sessions in kernel languages. Exit codes do not
   * exist there; use `run` when they matter.
   */
  async runCode(
    code: string,
    opts: { language?: string; envs?: Record<string, string>; timeoutMs?: number; onStdout?(s: string): void; onStderr?(s: string): void } = {},
  ): Promise<CodeRun> {
    const execution = await this.sdk.runCode(code, {
      language: opts.language,
      envs: opts.envs,
      timeoutMs: opts.timeoutMs,
      onStdout: (m) => opts.onStdout?.(m.line),
      onStderr: (m) => opts.onStderr?.(m.line),
    });
    return {
      stdout: execution.logs.stdout.join(''),
      stderr: execution.logs.stderr.join(''),
      error: execution.error ? { name: execution.error.name, value: execution.error.value, traceback: execution.error.traceback } : undefined,
      results: execution.results.map((r) => r.text ?? '').filter(Boolean),
    };
  }

  billedSeconds(): number {
    return Math.max(1, Math.ceil(((this.endedAt ?? Date.now()) - this.createdAt) / 1000));
  }

  /** billedSeconds × the per-second rate, USD. */
  estimatedCostUsd(): number {
    return Math.round(this.billedSeconds() * this.provider.costPerSecondUsd * 1e6) / 1e6;
  }

  /** Kills the sandbox; every caller waits for the same kill. */
  destroy(): Promise<void> {
    this.destroying ??= (async () => {
      this.killed = true;
      this.endedAt = Date.now();
      for (const abort of this.running) abort();
      this.provider.forget(this);
      if (this.release) {
        // Its bubblewrap sandbox is gone; its files go too, then its place.
        await Promise.race([this.sdk.commands.run(`rm -rf ${sh(this.dir)}`, { timeoutMs: 10_000 }).catch(() => undefined), sleep(10_000)]);
        await this.release();
        return;
      }
      await this.provider.kill(this.id);
    })();
    return this.destroying;
  }
}
