// The one interface every sandbox source implements. Nothing above this layer
// knows which provider it talks to.

import { SandboxChecksError } from '../errors.js';
import type { CheckFile, Limits, ProviderName } from '../types.js';

export interface SandboxSpec {
  /** Check name, for metadata and logs. */
  name: string;
  language: string;
  network: boolean;
  limits: Limits;
  /** The check's own env; providers add nothing from the host. */
  env: Record<string, string>;
  /** The check installs packages first (a step with network). */
  installs?: boolean;
  /** Installed packages the check reads but never writes (see LayerSupport). */
  layers?: LayerMount[];
}

/** One folder of a package layer: a host folder mounted read-only at `path` in the workspace. */
export interface LayerMount {
  hostDir: string;
  /** Workspace-relative, as the language's installer writes it (`node_modules`). */
  path: string;
}

export interface LayerInstall {
  language: string;
  command: string;
  env: Record<string, string>;
  /** The only files the install sees: what the installer reads (lock files, local packages). */
  files: CheckFile[];
  /** Workspace folders the install leaves for programs. */
  outputs: string[];
  /** An empty host folder of this install alone: each output ends up at `dest/<output>`. */
  dest: string;
  limits: Limits;
  deadline: number;
  signal: AbortSignal;
  onOutput(chunk: Buffer): void;
}

/**
 * Installs packages once into a layer that checks then get read-only
 * (src/engine/layers.ts keys, shares and caches them). A provider without it
 * installs in each check's own sandbox.
 */
export interface LayerSupport {
  /** What tells one build of the tools apart from another (an upgrade changes it): part of the layer's key. */
  toolchainIdentity(tools: string[]): Promise<string>;
  /** Runs the install in a sandbox of its own (with the network) and copies its outputs to `dest`. */
  install(req: LayerInstall): Promise<RunResult>;
}

export interface RunRequest {
  /** Shell command run with /bin/sh -c in the workspace. */
  command: string;
  env: Record<string, string>;
  stdin: string;
  /** Network for this step (package installs have it; the program may not). */
  network: boolean;
  /** Absolute deadline (Date.now() based). */
  deadline: number;
  onStdout(chunk: Buffer): void;
  onStderr(chunk: Buffer): void;
  /** Aborted when the engine wants the step gone (output limit, Ctrl-C). */
  signal: AbortSignal;
}

export type LimitHit = 'timeout' | 'memory' | 'processes' | 'cpu_time' | 'file_size' | 'disk';

export interface RunResult {
  exitCode: number | null;
  /** Signal name when the process was killed by one. */
  signal?: string;
  /** The limit that ended the step, when one did. */
  limit?: LimitHit;
  /** Set when the provider, not the program, failed (e.g. the stream broke). */
  sandboxError?: string;
}

export interface Sandbox {
  readonly id: string;
  upload(files: CheckFile[]): Promise<void>;
  run(req: RunRequest): Promise<RunResult>;
  /** Never loses the outcome: resolves to a warning when something of the sandbox could not be cleaned up. */
  destroy(): Promise<string | void>;
  /** Seconds the provider bills for (E2B); undefined for local. */
  billedSeconds?(): number;
  /** Estimated cost of those seconds, USD (E2B); undefined for local. */
  estimatedCostUsd?(): number;
}

export interface ToolStatus {
  language: string;
  available: boolean;
  /** Versions or paths found, or what is missing and how to get it. */
  detail: string;
  missing?: string[];
}

/** What callers may know of a provider without loading it (catalog.ts holds them; index.ts lists them). */
export interface ProviderFacts {
  /** The `provider` value of configs, inputs and results JSON. */
  readonly name: ProviderName;
  /** Where the checks ran, as reports say it ("local sandbox (bubblewrap)"). */
  readonly label: string;
  /** Where the tools live, in "python3 is not available <toolsWhere>". */
  readonly toolsWhere: string;
  /** Checks run at once when neither the config nor the command line says. */
  readonly defaultConcurrency: number;
}

export interface Provider extends ProviderFacts {
  /**
   * Making a sandbox takes long enough (a network round trip, a VM boot)
   * that the engine should make the next checks' sandboxes while earlier
   * checks run.
   */
  readonly createAhead?: boolean;
  /** Packages installed once per run and package set, shared read-only (see LayerSupport). */
  readonly layers?: LayerSupport;
  /** Throws a SandboxUnavailableError with a remediation when unusable. */
  probe(): Promise<void>;
  /** Which tools of `tools` are missing where the code runs. */
  missingTools(language: string, tools: string[]): Promise<string[]>;
  /** How to get a missing tool: appended to the `error` message. */
  toolHint(language: string, tools: string[]): string;
  create(spec: SandboxSpec): Promise<Sandbox>;
  doctor(): Promise<ToolStatus[]>;
  /** What doctor prints about how checks are contained, one line each (after a successful probe). */
  describe(): string[];
  /** Ends every sandbox still alive (Ctrl-C, cancelled workflow). */
  destroyAll(): Promise<void>;
  /** Called once when the run is done; never throws: what could not be cleaned up comes back as warnings. */
  dispose(): Promise<string[] | void>;
}

/**
 * The sandbox could not be made at all (no bubblewrap, no E2B key, a bad
 * network setting in the workflow): not the checked code's fault. Thrown by
 * a provider's probe or create; the CLI exits 2 with it.
 */
export class SandboxUnavailableError extends SandboxChecksError {
  constructor(
    message: string,
    readonly remediation?: string,
  ) {
    super(remediation ? `${message}\n${remediation}` : message, 2);
    this.name = 'SandboxUnavailableError';
  }
}
