// The E2B provider: each check in its own E2B cloud sandbox, made with
// @e2b/code-interpreter (loaded only when this provider is used), killed when
// the check ends, on Ctrl-C / a cancelled workflow, and — by run metadata — in
// the Action's post step (cleanupRun).
//
// This file is the provider (what index.ts loads); the parts are in
// e2b-create.ts (making sandboxes, run metadata, cleanup), e2b-sandbox.ts (one
// check's sandbox), e2b-commands.ts (one step), e2b-files.ts (the check's
// folder), e2b-errors.ts (SDK errors as sentences and results),
// e2b-templates.ts (which tools a template has), e2b-pack.ts (checks sharing
// a sandbox), e2b-retry.ts (backoff and pacing) and e2b-sdk.ts (the SDK).
//
// What reaches the sandbox: the check's files (in a fresh folder), the check's
// env, and the commands of the language registry. Nothing from the host's
// environment. Network follows the check (`allowInternetAccess`); a package
// install with the network off opens egress (to the configured package hosts
// only, else to the internet) for the install only, and closes it again
// before the program starts.

import { LANGUAGES } from '../languages/index.js';
import type { E2BSettings } from '../types.js';
import { DEFAULT_RETRY, Pacer, RetriesExhausted, withRetries, type RetryPolicy } from './e2b-retry.js';
import { Packer } from './e2b-pack.js';
import { cleanupRun, createSdkSandbox, CREATE_TIMEOUT_MS, defaultRunId, META, type CreateContext, type PendingCreate } from './e2b-create.js';
import { explainE2BError } from './e2b-errors.js';
import { E2BSandbox, type SandboxOwner } from './e2b-sandbox.js';
import { newClient, type Client } from './e2b-sdk.js';
import { DEFAULT_TEMPLATE, probeTemplateTools, TEMPLATE_TOOLS, templateToolHint } from './e2b-templates.js';
import { SandboxUnavailableError, type Provider, type SandboxSpec, type ToolStatus } from './provider.js';
import { E2B_FACTS } from './catalog.js';

export { cleanupRun, defaultRunId, META, TOOL_NAME, type CleanupResult } from './e2b-create.js';
export { explainE2BError } from './e2b-errors.js';
export type { CodeRun, E2BSandbox } from './e2b-sandbox.js';
export { DEFAULT_TEMPLATE, FULL_TEMPLATE, TEMPLATE_TOOLS } from './e2b-templates.js';

/**
 * Estimated price of one sandbox-second of the default template: 2 vCPU ×
 * $0.000014 + 2 GiB × $0.0000045 (E2B's published per-second rates).
 */
export const COST_PER_SECOND_USD = 0.000037;

/** A packing sandbox lives as long as its checks need (each stretches it); this is only its first lifetime. */
const PACKED_HOST_LIMITS = { timeoutMs: 120_000, memoryBytes: 512 * 1024 ** 2, processes: 256, outputBytes: 1 << 20, fileSizeBytes: 1 << 20, openFiles: 256 };

export interface E2BProviderOptions {
  /** Create attempts and backoff (defaults: 5 attempts, 0.5 s doubling, 15 s cap). */
  retry?: RetryPolicy;
  /** How long one create request may take before it counts as failed, ms. */
  createTimeoutMs?: number;
  /** Warnings that must reach a person (a sandbox that could not be killed). */
  warn?: (message: string) => void;
  /** Progress and retries, for debugging. */
  debug?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

export class E2BProvider implements Provider, SandboxOwner {
  readonly name = E2B_FACTS.name;
  readonly label = E2B_FACTS.label;
  readonly toolsWhere = E2B_FACTS.toolsWhere;
  readonly defaultConcurrency = E2B_FACTS.defaultConcurrency;
  /** A create is a network round trip and a VM start: worth doing ahead. */
  readonly createAhead = true;
  readonly template: string;
  readonly runId: string;
  readonly costPerSecondUsd: number;
  private readonly retry: RetryPolicy;
  private readonly pacer: Pacer;
  private readonly live = new Set<E2BSandbox>();
  /** Creations in flight; destroyAll marks them so they are killed on arrival. */
  private readonly pending = new Set<PendingCreate>();
  /** A create timed out or a kill failed: sweep by metadata before leaving. */
  private uncertain = false;
  private clientPromise?: Promise<Client>;
  private probed?: Promise<void>;
  private templateTools?: Promise<Set<string> | undefined>;
  private readonly warn: (m: string) => void;
  private readonly debug: (m: string) => void;
  /** [e2b] checks_per_sandbox > 1: checks without network share sandboxes. */
  private readonly packer?: Packer<E2BSandbox>;

  constructor(
    readonly settings: E2BSettings,
    private readonly options: E2BProviderOptions = {},
  ) {
    const env = options.env ?? process.env;
    this.template = settings.template || DEFAULT_TEMPLATE;
    this.runId = settings.runId || defaultRunId(env);
    this.costPerSecondUsd = settings.costPerSecondUsd ?? COST_PER_SECOND_USD;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.pacer = new Pacer(settings.createIntervalMs ?? 1000);
    this.warn = options.warn ?? ((m) => process.stderr.write(`sandbox-checks: warning: ${m}\n`));
    this.debug = options.debug ?? (env.SANDBOX_CHECKS_DEBUG ? (m) => process.stderr.write(`sandbox-checks: e2b: ${m}\n`) : () => {});
    const per = settings.checksPerSandbox ?? 1;
    if (per > 1) {
      this.packer = new Packer<E2BSandbox>(
        per,
        () => this.createOwn({ name: '(packed checks)', language: 'bash', network: false, env: {}, limits: PACKED_HOST_LIMITS }),
        (host) => host.probeNested(),
        (host) => host.destroy(),
        (why) =>
          this.warn(
            `[e2b] checks_per_sandbox = ${per}: bubblewrap does not work inside the E2B sandbox of template "${this.template}" (${why}); ` +
              'every check gets a sandbox of its own. Use a template with bubblewrap (e2b-template/) to pack checks',
          ),
      );
    }
  }

  /** An SDK client bound to this provider's key and URLs (never the host env beyond E2B_*). */
  client(): Promise<Client> {
    this.clientPromise ??= newClient(this.settings);
    return this.clientPromise;
  }

  probe(): Promise<void> {
    this.probed ??= this.doProbe();
    return this.probed;
  }

  private async doProbe(): Promise<void> {
    if (!this.settings.apiKey) {
      throw new SandboxUnavailableError(
        'no E2B API key is configured.',
        'Set E2B_API_KEY (or [e2b] api_key = "${E2B_API_KEY}" in the config), or use --provider local.',
      );
    }
    const client = await this.client();
    try {
      // One cheap authenticated call: a wrong key fails every check up front
      // with one clear message instead of once per check.
      await withRetries(() => client.Sandbox.list({ limit: 1, query: { state: ['running'] } }).nextItems(), this.retry);
    } catch (e) {
      const last = e instanceof RetriesExhausted ? e.last : e;
      throw new SandboxUnavailableError(explainE2BError(last, this.settings, 'list sandboxes'));
    }
  }

  /** Lines for `sandbox-checks doctor`. */
  describe(): string[] {
    return [
      `template: ${this.template}${this.template === DEFAULT_TEMPLATE ? ' (default)' : ''}`,
      `api: ${this.settings.apiUrl ?? process.env.E2B_API_URL ?? 'https://api.e2b.app'}`,
      `run id: ${this.runId} (sandbox metadata ${META.run}=…)`,
      `cost estimate: $${this.costPerSecondUsd} per sandbox-second`,
      `package installs of checks without network: egress to ${this.settings.packageHosts?.length ? this.settings.packageHosts.join(', ') : 'the internet ([e2b] package_hosts narrows it)'}, for the install only`,
    ];
  }

  /** Tools the template has; undefined when they could not be learnt. */
  private toolsOfTemplate(): Promise<Set<string> | undefined> {
    const known = TEMPLATE_TOOLS[this.template];
    if (known) return Promise.resolve(new Set(known));
    this.templateTools ??= probeTemplateTools((spec) => this.create(spec), this.debug, this.template);
    return this.templateTools;
  }

  async missingTools(_language: string, tools: string[]): Promise<string[]> {
    const have = await this.toolsOfTemplate();
    // Unknown (the probe failed): let the run itself say what is wrong.
    if (!have) return [];
    return tools.filter((t) => !have.has(t));
  }

  toolHint(language: string, _tools: string[]): string {
    return templateToolHint(this.template, language);
  }

  async doctor(): Promise<ToolStatus[]> {
    const have = await this.toolsOfTemplate();
    return LANGUAGES.map((lang) => {
      const missing = have ? lang.tools.filter((t) => !have.has(t)) : [];
      return {
        language: lang.id,
        available: missing.length === 0,
        missing,
        detail: !have
          ? `template ${this.template}: could not list its tools`
          : missing.length
            ? `missing ${missing.join(', ')}: ${this.toolHint(lang.id, missing)}`
            : `template ${this.template}`,
      };
    });
  }

  async create(spec: SandboxSpec): Promise<E2BSandbox> {
    if (this.packer && !spec.network && !spec.installs) {
      const lease = await this.packer.lease();
      if (lease) {
        const packed = lease.sandbox.packedCheck(spec, lease.release);
        this.live.add(packed);
        return packed;
      }
    }
    return this.createOwn(spec);
  }

  /** A sandbox of its own for one check (or for a packer's checks). */
  private async createOwn(spec: SandboxSpec): Promise<E2BSandbox> {
    const client = await this.client();
    const token: PendingCreate = { cancelled: false, stop: new AbortController() };
    this.pending.add(token);
    let made: Awaited<ReturnType<typeof createSdkSandbox>>;
    try {
      made = await createSdkSandbox(this.createContext(client), spec, token);
    } finally {
      this.pending.delete(token);
    }
    const sandbox = new E2BSandbox(this, made.sdkSandbox, spec, { expiresAt: made.requestedAt + made.lifetimeMs }, made.attempts);
    if (token.cancelled) {
      await sandbox.destroy();
      throw new Error('the run was cancelled while the sandbox was being created');
    }
    this.live.add(sandbox);
    return sandbox;
  }

  private createContext(client: Client): CreateContext {
    return {
      client,
      settings: this.settings,
      template: this.template,
      runId: this.runId,
      retry: this.retry,
      pacer: this.pacer,
      createTimeoutMs: this.options.createTimeoutMs ?? CREATE_TIMEOUT_MS,
      debug: this.debug,
      markUncertain: () => (this.uncertain = true),
    };
  }

  forget(s: E2BSandbox): void {
    this.live.delete(s);
  }

  /** Kills one sandbox, retrying transient failures; false when it could not be killed. */
  async kill(id: string): Promise<boolean> {
    const client = await this.client();
    try {
      await withRetries(() => client.Sandbox.kill(id), { attempts: 3, baseMs: 300, capMs: 2000 });
      return true;
    } catch (e) {
      this.uncertain = true;
      const last = e instanceof RetriesExhausted ? e.last : e;
      this.warn(
        `could not kill E2B sandbox ${id}: ${(last as Error)?.message ?? last}. It ends by itself at its timeout; ` +
          `the Action's post step (or cleanupRun) kills what is left of run ${this.runId}.`,
      );
      return false;
    }
  }

  async destroyAll(): Promise<void> {
    for (const p of this.pending) {
      p.cancelled = true;
      p.stop.abort();
    }
    await Promise.all([...this.live].map((s) => s.destroy()));
    await this.packer?.closeAll();
  }

  /** Called by the engine when a run ends: nothing of this run may stay alive. */
  async dispose(): Promise<void> {
    await this.destroyAll();
    if (this.uncertain && this.settings.apiKey) {
      this.uncertain = false;
      try {
        const r = await cleanupRun(this.settings, this.runId, { warn: this.warn });
        if (r.killed) this.debug(`cleanup killed ${r.killed} leftover sandbox(es) of run ${this.runId}`);
      } catch (e) {
        this.warn(`could not list this run's sandboxes for cleanup: ${(e as Error).message}`);
      }
    }
  }

  /** Sandboxes this provider believes alive (for tests and the report). */
  liveIds(): string[] {
    return [...this.live].map((s) => s.id);
  }
}
