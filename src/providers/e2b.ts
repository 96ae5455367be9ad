// The E2B provider: each check in its own E2B cloud sandbox, made with
// @e2b/code-interpreter (loaded only when this provider is used), killed when
// the check ends, on Ctrl-C / a cancelled workflow, and — by run metadata — in
// the Action's post step (cleanupRun).
//
// What reaches the sandbox: the check's files (in a fresh folder), the check's
// env, and the commands of the language registry. Nothing from the host's
// environment. Network follows the check (`allowInternetAccess`); a package
// install with the network off opens egress (to the configured package hosts
// only, else to the internet) for the install only, and closes it again
// before the program starts.

import { randomBytes } from 'node:crypto';
import path from 'node:path';

import type { Sandbox as SdkSandbox, CommandHandle, CommandResult } from '@e2b/code-interpreter';

import { getLanguage, LANGUAGES, toolsOf } from '../languages/index.js';
import type { CheckFile, E2BSettings } from '../types.js';
import { VERSION } from '../version.js';
import {
  DEFAULT_RETRY,
  errorKind,
  Pacer,
  RetriesExhausted,
  sleep,
  withRetries,
  type ErrorKind,
  type RetryPolicy,
} from './e2b-retry.js';
import { nestedCommand, NESTED_PROBE, Packer } from './e2b-pack.js';
import {
  SandboxUnavailableError,
  type LimitHit,
  type Provider,
  type RunRequest,
  type RunResult,
  type Sandbox,
  type SandboxSpec,
  type ToolStatus,
} from './provider.js';
import { E2B_FACTS } from './catalog.js';
import { shellQuote as sh } from '../trust/shell.js';

// Only the parts used here: the SDK's full module type names classes its
// declarations do not export, which a declaration build cannot name.
type Sdk = Pick<typeof import('@e2b/code-interpreter'), 'E2B' | 'Sandbox' | 'ALL_TRAFFIC'>;
const importSdk = (): Promise<Sdk> => import('@e2b/code-interpreter');
type Client = InstanceType<Sdk['E2B']>;

let sdk: Promise<Sdk> | undefined;
/** The SDK is a large module: the CLI loads it only when E2B is used. */
export function loadSdk(): Promise<Sdk> {
  sdk ??= importSdk();
  return sdk;
}

export const DEFAULT_TEMPLATE = 'code-interpreter-v1';
/** The template this repository defines in e2b-template/ (all twelve toolchains). */
export const FULL_TEMPLATE = 'sandbox-checks';
/**
 * Estimated price of one sandbox-second of the default template: 2 vCPU ×
 * $0.000014 + 2 GiB × $0.0000045 (E2B's published per-second rates).
 */
export const COST_PER_SECOND_USD = 0.000037;
/** The sandbox outlives the check's deadline by this much, so it is never cut short. */
export const LIFETIME_MARGIN_MS = 60_000;
/** E2B's longest sandbox lifetime on the Hobby plan. */
export const MAX_LIFETIME_MS = 60 * 60_000;
/** How long one create request may take (the SDK's default request timeout). */
const CREATE_TIMEOUT_MS = 60_000;
/** Our own deadline on a create, past the SDK's. */
const CREATE_TIMEOUT_SLACK_MS = 1_000;
/** Time E2B gets to start a command (until its `start` event). */
const START_TIMEOUT_MS = 30_000;
/** Waiting past a command's deadline before giving up on the stream. */
const DEADLINE_GRACE_MS = 5_000;
/** The SDK's own wait on a 429 with Retry-After happens at most this often per call. */
const SDK_RATE_RETRIES = 2;

/** Metadata keys on every sandbox this tool makes. */
export const META = { tool: 'tool', run: 'run', check: 'check', language: 'language', version: 'tool-version' } as const;
export const TOOL_NAME = 'sandbox-checks';

/**
 * What the stock templates ship (the code-interpreter template is python:3.13
 * with Node 20, OpenJDK and build-essential; `base` has no Java).
 */
export const TEMPLATE_TOOLS: Record<string, readonly string[]> = {
  [DEFAULT_TEMPLATE]: ['python3', 'pip', 'node', 'npm', 'java', 'javac', 'gcc', 'g++', 'bash'],
  base: ['python3', 'pip', 'node', 'npm', 'gcc', 'g++', 'bash'],
  // e2b-template/ verifies at build time that it has every tool of the registry.
  [FULL_TEMPLATE]: [...new Set(LANGUAGES.flatMap(toolsOf))],
};

const SIGNALS: Record<number, string> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};
const LIMIT_SIGNALS: Record<string, LimitHit> = { SIGXCPU: 'cpu_time', SIGXFSZ: 'file_size' };
/**
 * envd reports a command killed by a signal with Go's name for it
 * (syscall.Signal.String(): "signal: segmentation fault") and exit code -1.
 */
const GO_SIGNALS: Record<string, number> = {
  hangup: 1, interrupt: 2, quit: 3, 'illegal instruction': 4, 'trace/breakpoint trap': 5, aborted: 6, 'bus error': 7,
  'floating point exception': 8, killed: 9, 'user defined signal 1': 10, 'segmentation fault': 11, 'user defined signal 2': 12,
  'broken pipe': 13, 'alarm clock': 14, terminated: 15, 'stack fault': 16, 'cpu time limit exceeded': 24,
  'file size limit exceeded': 25, 'virtual timer expired': 26, 'profiling timer expired': 27, 'bad system call': 31,
};

/** The signal number in envd's "signal: …" status; undefined when there is none. */
function envdSignal(status: string): number | undefined {
  const name = /\bsignal: ([^,;\n]+)/.exec(status)?.[1]?.trim().toLowerCase();
  if (!name) return undefined;
  return GO_SIGNALS[name] ?? (/^signal (\d+)$/.test(name) ? Number(name.slice(7)) : undefined);
}

let processRunId: string | undefined;

/**
 * The id that ties this run's sandboxes together for cleanup. In GitHub
 * Actions it is derived from the run, attempt, job and runner, so the post
 * step computes the same id; matrix legs run on different runners and never
 * clean up each other's sandboxes. Elsewhere it is random per process.
 */
export function defaultRunId(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_RUN_ID) {
    const parts = ['gh', env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? 'job', env.RUNNER_NAME ?? ''];
    return parts
      .filter(Boolean)
      .join('-')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .slice(0, 120);
  }
  processRunId ??= `cli-${randomBytes(6).toString('hex')}`;
  return processRunId;
}

/** `'text'` quoted for a POSIX shell. */

/** One line a person can act on, from whatever the SDK threw. */
export function explainE2BError(e: unknown, settings: E2BSettings, doing: string): string {
  const err = e as Error & { statusCode?: number };
  const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
  const kind: ErrorKind = errorKind(e);
  const api = settings.apiUrl ?? process.env.E2B_API_URL ?? 'the E2B API';
  switch (kind) {
    case 'auth':
      if (/API key is required/i.test(msg)) {
        return `no E2B API key is configured: set E2B_API_KEY (or [e2b] api_key = "\${E2B_API_KEY}"), or use --provider local`;
      }
      return `the E2B API key was rejected: ${msg}. Check E2B_API_KEY (or [e2b] api_key): it must be a current key of your E2B team (dashboard → API Keys)`;
    case 'rate':
      return `E2B kept refusing to ${doing} with a rate limit (429): ${msg}. Lower concurrency (the Hobby plan allows 20 sandboxes at once and 1 new one a second), raise [e2b] create_interval, or retry later`;
    case 'busy':
      return `E2B had no capacity to ${doing} (503): ${msg}. This is on E2B's side; retry later`;
    case 'server':
      return `E2B failed to ${doing} with a server error: ${msg}. Retry later; if it persists, check https://status.e2b.dev`;
    case 'timeout':
      return `E2B did not answer in time while trying to ${doing}: ${msg}`;
    case 'network':
      return `could not reach ${api} to ${doing}: ${msg}. Check this machine's network and [e2b] api_url / E2B_API_URL`;
    default:
      if (/template/i.test(msg) && /not found|404|does not exist/i.test(msg)) {
        return `E2B does not know the template "${settings.template ?? DEFAULT_TEMPLATE}": ${msg}. Check [e2b] template (build e2b-template/ first for "${FULL_TEMPLATE}")`;
      }
      return `E2B refused to ${doing}: ${msg}`;
  }
}

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

export class E2BProvider implements Provider {
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
  private readonly pending = new Set<{ cancelled: boolean; stop: AbortController }>();
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
    this.clientPromise ??= loadSdk().then(
      ({ E2B }) =>
        new E2B({
          apiKey: this.settings.apiKey,
          apiUrl: this.settings.apiUrl,
          sandboxUrl: this.settings.sandboxUrl,
          retries: SDK_RATE_RETRIES,
        }),
    );
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
    this.templateTools ??= this.probeTemplateTools();
    return this.templateTools;
  }

  /** A custom template: ask one sandbox which tools it has (once per run). */
  private async probeTemplateTools(): Promise<Set<string> | undefined> {
    const all = TEMPLATE_TOOLS[FULL_TEMPLATE]!;
    let sandbox: E2BSandbox | undefined;
    try {
      sandbox = await this.create({
        name: '(toolchain probe)',
        language: 'bash',
        network: false,
        env: {},
        limits: { timeoutMs: 30_000, memoryBytes: 256 * 1024 ** 2, processes: 64, outputBytes: 65_536, fileSizeBytes: 1 << 20, openFiles: 256 },
      });
      let out = '';
      const script = `for t in ${all.map(sh).join(' ')}; do p=$(command -v "$t" 2>/dev/null) && [ -f "$p" ] && [ -x "$p" ] && echo "$t"; done; true`;
      const r = await sandbox.run({
        command: script,
        env: {},
        stdin: '',
        network: false,
        deadline: Date.now() + 30_000,
        onStdout: (b) => (out += b.toString()),
        onStderr: () => {},
        signal: new AbortController().signal,
      });
      if (r.exitCode !== 0) return undefined;
      return new Set(out.split('\n').map((s) => s.trim()).filter(Boolean));
    } catch (e) {
      this.debug(`toolchain probe of template ${this.template} failed: ${(e as Error).message}`);
      return undefined;
    } finally {
      await sandbox?.destroy();
    }
  }

  async missingTools(_language: string, tools: string[]): Promise<string[]> {
    const have = await this.toolsOfTemplate();
    // Unknown (the probe failed): let the run itself say what is wrong.
    if (!have) return [];
    return tools.filter((t) => !have.has(t));
  }

  toolHint(language: string, _tools: string[]): string {
    const label = getLanguage(language).label;
    if (this.template === DEFAULT_TEMPLATE || this.template === 'base') {
      return `the E2B template "${this.template}" has Python, Node.js, Java, gcc/g++ and bash only. For ${label}, build the template in e2b-template/ (see docs/e2b.md) and set [e2b] template = "${FULL_TEMPLATE}" (the Action input "template")`;
    }
    return `add it to the E2B template "${this.template}" (e2b-template/ has all twelve toolchains), or set [e2b] template = "…" to a template that has it`;
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
    const token = { cancelled: false, stop: new AbortController() };
    this.pending.add(token);
    const createTimeoutMs = this.options.createTimeoutMs ?? CREATE_TIMEOUT_MS;
    const lifetimeMs = Math.min(MAX_LIFETIME_MS, spec.limits.timeoutMs + LIFETIME_MARGIN_MS);
    const metadata: Record<string, string> = {
      [META.tool]: TOOL_NAME,
      [META.version]: VERSION,
      [META.run]: this.runId,
      [META.check]: spec.name.slice(0, 200),
      [META.language]: spec.language,
    };
    let sdkSandbox: SdkSandbox;
    let attempts: number;
    // The check's timeout covers making its sandbox: E2B gets that long, all
    // attempts together, so a hung or slow E2B never holds a check past it.
    const giveUpAt = Date.now() + spec.limits.timeoutMs;
    let outOfTime = false;
    let lastError: unknown;
    const deadline = setTimeout(() => {
      outOfTime = true;
      token.stop.abort(new Error('the check\'s timeout ran out'));
    }, spec.limits.timeoutMs);
    try {
      ({ value: sdkSandbox, attempts } = await withRetries(
        () => {
          const left = Math.max(1, giveUpAt - Date.now());
          return createWithin(
            () =>
              client.Sandbox.create(this.template, {
                timeoutMs: lifetimeMs,
                metadata,
                // Only the check's own env: nothing from this machine.
                envs: { ...spec.env },
                allowInternetAccess: spec.network,
                requestTimeoutMs: Math.min(createTimeoutMs, left),
              }),
            Math.min(createTimeoutMs + CREATE_TIMEOUT_SLACK_MS, left),
          );
        },
        this.retry,
        {
          pacer: this.pacer,
          signal: token.stop.signal,
          onRetry: (e, kind, attempt, wait) => {
            lastError = e;
            if (kind === 'timeout' || kind === 'network') this.uncertain = true;
            this.debug(`create for "${spec.name}" failed (attempt ${attempt}, ${kind}): ${(e as Error).message}; retrying in ${wait} ms`);
          },
        },
      ));
    } catch (e) {
      this.pending.delete(token);
      if (token.cancelled) throw new Error('the run was cancelled while the sandbox was being created', { cause: e });
      if (outOfTime) {
        // An attempt may have been cut short while E2B was making the sandbox.
        this.uncertain = true;
        const last = e instanceof RetriesExhausted ? e.last : lastError;
        const why = last ? ` (last answer: ${explainE2BError(last, this.settings, 'create a sandbox')})` : '';
        throw new SandboxUnavailableError(
          `E2B did not make a sandbox within the check's ${spec.limits.timeoutMs} ms timeout${why}; nothing ran. Retry later, or raise the check's timeout`,
        );
      }
      const last = e instanceof RetriesExhausted ? e.last : e;
      const kind = e instanceof RetriesExhausted ? e.kind : errorKind(e);
      if (kind === 'timeout' || kind === 'network') this.uncertain = true;
      const tries = e instanceof RetriesExhausted && e.attempts > 1 ? ` (after ${e.attempts} attempts)` : '';
      throw new SandboxUnavailableError(`${explainE2BError(last, this.settings, 'create a sandbox')}${tries}`);
    } finally {
      clearTimeout(deadline);
    }
    this.pending.delete(token);
    const sandbox = new E2BSandbox(this, sdkSandbox, spec, { expiresAt: Date.now() + lifetimeMs }, attempts);
    if (token.cancelled) {
      await sandbox.destroy();
      throw new Error('the run was cancelled while the sandbox was being created');
    }
    this.live.add(sandbox);
    return sandbox;
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

/**
 * `create()`, but given up after `ms` even when the SDK's own request timeout
 * does not fire. (With the SDK's 429 retry on, e2b 2.51 sends a clone of the
 * request whose abort can be lost: the first create of a process has been
 * seen to outlive its requestTimeoutMs.) A sandbox that arrives after we gave
 * up is killed on arrival, so a slow create never leaves one behind.
 */
async function createWithin(create: () => Promise<SdkSandbox>, ms: number): Promise<SdkSandbox> {
  const attempt = create();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new Error(`creating the sandbox took longer than ${ms} ms`);
      e.name = 'TimeoutError';
      reject(e);
    }, ms);
  });
  try {
    return await Promise.race([attempt, expired]);
  } catch (e) {
    attempt.then((late) => late.kill().catch(() => false), () => undefined);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** A packing sandbox lives as long as its checks need (each stretches it); this is only its first lifetime. */
const PACKED_HOST_LIMITS = { timeoutMs: 120_000, memoryBytes: 512 * 1024 ** 2, processes: 256, outputBytes: 1 << 20, fileSizeBytes: 1 << 20, openFiles: 256 };

/** The in-sandbox watchdog kills the program's group this long after its deadline. */
const WATCHDOG_SLACK_MS = 500;

/** Kills every process of the sandbox user but the caller: the sandbox is this check's alone. */
const KILL_ALL = 'kill -KILL -1 2>/dev/null';

/**
 * The script E2B runs (as `/bin/bash -l -c`) for one step. envd ends a
 * command only when its stdout and stderr close, and its kill reaches the top
 * process only; so the program runs in a session (process group) of its own,
 * and when its main process ends, or a watchdog sees its deadline pass,
 * everything the sandbox user runs is killed (a daemon that left the group
 * too): a background child neither holds the check open nor outlives it. The
 * login shell has reset PATH from /etc/profile: the check's own PATH is set
 * again. The exit status is the program's (128+n for a death by signal n, as
 * a shell reports it).
 */
export function wrapCommand(o: {
  command: string;
  stdinPath: string;
  limits: { fileSizeBytes: number; openFiles: number; processes: number };
  path?: string;
  killAfterS: number;
}): string {
  return [
    `ulimit -f ${Math.max(1, Math.ceil(o.limits.fileSizeBytes / 1024))} 2>/dev/null`,
    `ulimit -n ${o.limits.openFiles} 2>/dev/null`,
    `ulimit -u ${o.limits.processes} 2>/dev/null`,
    'ulimit -c 0 2>/dev/null',
    ...(o.path !== undefined ? [`PATH=${sh(o.path)}`, 'export PATH'] : []),
    `/bin/sh -c 'sleep "$1"; ${KILL_ALL}' watchdog ${o.killAfterS.toFixed(3)} < /dev/null > /dev/null 2>&1 & disown $!`,
    `setsid /bin/sh -c ${sh(o.command)} < ${sh(o.stdinPath)}; s=$?`,
    KILL_ALL,
    'exit "$s"',
  ].join('\n');
}

/** Where the check's files go: a fresh folder in the sandbox user's home. */
function freshFolder(): string {
  return `/home/user/check-${randomBytes(5).toString('hex')}`;
}

/** A workspace-relative path, refused when it escapes the workspace. */
function inside(dir: string, rel: string): string {
  const norm = path.posix.normalize(rel.replace(/\\/g, '/'));
  if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
    throw new Error(`file path escapes the workspace: ${rel}`);
  }
  return path.posix.join(dir, norm);
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

type Settled =
  | { kind: 'done'; result: CommandResult }
  | { kind: 'error'; error: unknown }
  | { kind: 'aborted' }
  | { kind: 'guard' };

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
    private readonly provider: E2BProvider,
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

  /** `/workspace` (the registry's commands and env name the workspace so) → this sandbox's folder. */
  private local(text: string): string {
    return text.replace(/\/workspace(?=\/|$|[^\w.-])/g, this.dir);
  }

  async upload(files: CheckFile[]): Promise<void> {
    const entries = files.map((f) => ({ path: inside(this.dir, f.path), data: toArrayBuffer(f.content) }));
    try {
      if (entries.length) await this.sdk.files.write(entries);
      else await this.sdk.files.makeDir(this.dir);
    } catch (e) {
      throw new Error(`could not upload the check's files to E2B sandbox ${this.id}: ${(e as Error).message}`, { cause: e });
    }
    this.dirReady = true;
  }

  /** Keeps the sandbox alive until `deadline` plus the margin. */
  private async ensureLifetime(deadline: number): Promise<void> {
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
    if (installWithoutNetwork) {
      const hosts = this.provider.settings.packageHosts ?? [];
      const { ALL_TRAFFIC } = await loadSdk();
      // Egress for the install only: to the package hosts when they are
      // configured, otherwise to the internet (as the local provider's install step has it).
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
    let result: RunResult | undefined;
    let failure: unknown;
    try {
      result = await this.runCommand(req);
    } catch (e) {
      failure = e;
    }
    if (installWithoutNetwork && !this.killed) {
      try {
        await this.sdk.updateNetwork({ allowInternetAccess: false });
      } catch (e) {
        // The program must not run with egress left open: end the check here.
        throw new Error(`could not close the E2B sandbox's network again after the package install: ${(e as Error).message}`, { cause: e });
      }
    }
    if (failure !== undefined) throw failure;
    return result!;
  }

  private async runCommand(req: RunRequest): Promise<RunResult> {
    await this.ensureLifetime(req.deadline);
    if (!this.dirReady) {
      await this.sdk.files.makeDir(this.dir);
      this.dirReady = true;
    }
    const { limits } = this.spec;
    let stdinPath = '/dev/null';
    if (req.stdin) {
      stdinPath = `/tmp/sandbox-checks-stdin-${randomBytes(5).toString('hex')}`;
      await this.sdk.files.write(stdinPath, req.stdin);
    }
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

    let handle: CommandHandle;
    // The SDK also appends all a command prints to the handle (for
    // result.stdout, which is never read here). That copy is dropped as the
    // output is passed on, so the tool's memory stays the engine's bounded
    // head and tail however much a check prints (within its output limit).
    let kept: { _stdout?: unknown; _stderr?: unknown } | undefined;
    const drop = (key: '_stdout' | '_stderr') => {
      if (typeof kept?.[key] === 'string') kept[key] = '';
    };
    try {
      handle = await this.sdk.commands.run(script, {
        background: true,
        cwd: this.dir,
        envs,
        timeoutMs: remaining,
        requestTimeoutMs: Math.min(remaining, START_TIMEOUT_MS),
        onStdout: (s: string) => {
          req.onStdout(Buffer.from(s));
          drop('_stdout');
        },
        onStderr: (s: string) => {
          req.onStderr(Buffer.from(s));
          drop('_stderr');
        },
      });
      kept = handle as unknown as typeof kept;
    } catch (e) {
      if (Date.now() >= req.deadline) return { exitCode: null, limit: 'timeout' };
      return { exitCode: null, sandboxError: this.explainRunError(e, 'start the command') };
    }

    let detach = () => {};
    const settled = await new Promise<Settled>((resolve) => {
      const onAbort = () => resolve({ kind: 'aborted' });
      const guard = setTimeout(() => resolve({ kind: 'guard' }), Math.max(0, req.deadline - Date.now()) + DEADLINE_GRACE_MS);
      req.signal.addEventListener('abort', onAbort, { once: true });
      this.running.add(onAbort);
      detach = () => {
        clearTimeout(guard);
        req.signal.removeEventListener('abort', onAbort);
        this.running.delete(onAbort);
      };
      handle.wait().then(
        (result) => resolve({ kind: 'done', result }),
        (error: unknown) => resolve({ kind: 'error', error }),
      );
    });
    detach();

    switch (settled.kind) {
      case 'done':
        return { exitCode: settled.result.exitCode };
      case 'aborted':
        await this.stop(handle);
        return { exitCode: null, signal: 'SIGKILL' };
      case 'guard':
        await this.stop(handle);
        return { exitCode: null, limit: 'timeout' };
      case 'error':
        return this.commandError(settled.error, handle, req);
    }
  }

  private async commandError(e: unknown, handle: CommandHandle, req: RunRequest): Promise<RunResult> {
    const err = e as Error & { exitCode?: number; error?: string };
    if (err?.name === 'CommandExitError') {
      const code = err.exitCode ?? null;
      const killedBy = envdSignal(err.error ?? '');
      if (code === -1 || killedBy !== undefined) {
        if (killedBy === undefined) return { exitCode: null, signal: 'SIGKILL' };
        // As a shell reports it (and the local provider does): 128 + the signal number.
        const signal = SIGNALS[killedBy] ?? `SIG${killedBy}`;
        return { exitCode: 128 + killedBy, signal, limit: LIMIT_SIGNALS[signal] };
      }
      if (code !== null && code > 128 && code <= 128 + 64 && SIGNALS[code - 128]) {
        const signal = SIGNALS[code - 128]!;
        return { exitCode: code, signal, limit: LIMIT_SIGNALS[signal] };
      }
      return { exitCode: code };
    }
    if (err?.name === 'TimeoutError' && Date.now() >= req.deadline - 50) {
      await this.stop(handle);
      return { exitCode: null, limit: 'timeout' };
    }
    await this.stop(handle);
    return { exitCode: null, sandboxError: this.explainRunError(e, 'run the command') };
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

  private explainRunError(e: unknown, doing: string): string {
    const err = e as Error;
    const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
    switch (err?.name) {
      case 'SandboxNotFoundError':
      case 'NotFoundError':
        return `E2B sandbox ${this.id} is gone (killed, or past its lifetime) and could not ${doing}: ${msg}. Re-run the check`;
      case 'AuthenticationError':
        return `E2B sandbox ${this.id} refused the access token while trying to ${doing}: ${msg}`;
      case 'TimeoutError':
        return `E2B sandbox ${this.id} stopped answering while trying to ${doing}: ${msg}. Re-run the check; if it keeps happening, check E2B's status`;
      case 'RateLimitError':
        return `E2B rate-limited the sandbox while trying to ${doing}: ${msg}. Lower concurrency`;
      case 'InvalidArgumentError':
        return `E2B sandbox ${this.id} refused to ${doing}: ${msg}`;
    }
    return `the connection to E2B sandbox ${this.id} broke while trying to ${doing} (${msg}); the check's result is unknown. Re-run it`;
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

export interface CleanupResult {
  found: number;
  killed: number;
  failed: string[];
}

/**
 * Kills every sandbox of run `runId` still alive (running or paused): the
 * Action's post step calls this, and a run calls it itself when a create
 * timed out (the sandbox may exist) or a kill failed.
 */
export async function cleanupRun(
  settings: E2BSettings,
  runId: string = settings.runId || defaultRunId(),
  opts: { warn?: (m: string) => void; pageSize?: number } = {},
): Promise<CleanupResult> {
  const { E2B } = await loadSdk();
  const client = new E2B({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, sandboxUrl: settings.sandboxUrl, retries: SDK_RATE_RETRIES });
  const ids: string[] = [];
  const pages = client.Sandbox.list({ query: { metadata: { [META.tool]: TOOL_NAME, [META.run]: runId }, state: ['running', 'paused'] }, limit: opts.pageSize ?? 100 });
  while (pages.hasNext) {
    const { value } = await withRetries(() => pages.nextItems(), DEFAULT_RETRY);
    ids.push(...value.map((s) => s.sandboxId));
  }
  const failed: string[] = [];
  let killed = 0;
  for (const id of [...new Set(ids)]) {
    try {
      const { value } = await withRetries(() => client.Sandbox.kill(id), { attempts: 3, baseMs: 300, capMs: 2000 });
      if (value) killed++;
    } catch (e) {
      failed.push(id);
      opts.warn?.(`could not kill E2B sandbox ${id}: ${((e instanceof RetriesExhausted ? e.last : e) as Error)?.message}`);
    }
  }
  return { found: ids.length, killed, failed };
}
