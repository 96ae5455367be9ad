// An E2B wire-protocol emulator: one HTTP/1.1 server on 127.0.0.1 that the
// real, unmodified SDK reaches through E2B_API_URL and E2B_SANDBOX_URL (both
// set to its URL). It answers the control plane (REST/JSON), envd (/health,
// /files, Connect RPC for processes and the filesystem) and the code
// interpreter's /execute (NDJSON), runs the commands it receives for real in
// bubblewrap (exec.ts) — or, with backend 'envd', hands each sandbox's data
// plane to one real envd (envd.ts) — records every request, counts live
// sandboxes, enforces a plan's creation rate and concurrency when asked, and
// injects faults on request. Test code only.
//
// Protocol facts: ../../../shared/research/e2b.md §3, checked against the SDK.

import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';

import { cgroupManager, type CheckCgroup } from '../../src/providers/local-cgroups.js';
import { EnvdBox } from './envd.js';
import { CONNECT_STATUS, envelope, FLAG_END_STREAM, readEnvelopes } from './connect.js';
import {
  baseEnv,
  endOf,
  hostPath,
  killTop,
  killTree,
  makeSandboxDirs,
  ROOTLESS,
  SANDBOX_HOME,
  sandboxInit,
  spawnInSandbox,
  templateLayout,
  type SandboxDirs,
} from './exec.js';

/** Tools of the templates the emulator knows; any other name is a 404, as on E2B. */
export const DEFAULT_TEMPLATES: Record<string, readonly string[] | 'all'> = {
  'code-interpreter-v1': ['python3', 'pip', 'node', 'npm', 'java', 'javac', 'gcc', 'g++', 'bash'],
  base: ['python3', 'pip', 'node', 'npm', 'gcc', 'g++', 'bash'],
  'sandbox-checks': 'all',
};

export type FaultTarget =
  | 'create'
  | 'kill'
  | 'list'
  | 'timeout'
  | 'network'
  | 'info'
  | 'connect'
  | 'files'
  | 'start'
  | 'signal'
  | 'execute'
  | 'health'
  | 'makedir';

export interface Fault {
  on: FaultTarget;
  /** How many matching requests it applies to (default 1; Infinity until cleared). */
  times?: number;
  /** Answer with this HTTP status and an E2B error body instead of serving. */
  status?: number;
  message?: string;
  /** Retry-After header sent with `status`. */
  retryAfter?: string;
  /** Wait this long before answering (a slow create). */
  delayMs?: number;
  /** start: run the command, then drop the connection this long after it started. */
  cutAfterMs?: number;
  /** start: never run it and never end; ignore the deadline (a command that never ends). */
  hang?: boolean;
  /** create (with delayMs): make the sandbox even when the client gave up waiting. */
  completeAfterDisconnect?: boolean;
  /** Only requests this accepts count. */
  when?: (req: RecordedRequest) => boolean;
}

export interface InjectedFault extends Fault {
  /** Requests it has answered. */
  hits: number;
}

export interface RecordedRequest {
  seq: number;
  at: number;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Routed operation: 'create', 'start', 'files', … */
  op: string;
  sandboxId?: string;
  /** JSON body, the decoded Connect message, or for uploads [{path, bytes, text}]. */
  body: unknown;
  status?: number;
  /** When the answer was sent (Date.now()); what was in flight at once is read from `at`…`doneAt`. */
  doneAt?: number;
}

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** The only API key accepted; by default any non-empty key is. */
  apiKey?: string;
  envdVersion?: string;
  templates?: Record<string, readonly string[] | 'all'>;
  /** Where sandbox folders live (a fresh temp folder by default). */
  workDir?: string;
  /**
   * Host paths a real VM would not show the sandbox (the runner's home, the
   * repository, /etc/shadow): hidden from every command (see exec.ts). None by default.
   */
  hide?: string[];
  /**
   * The sandbox VM's resources, emulated with one cgroup per sandbox (when this
   * machine lets us make cgroups): a program that fills the memory is killed by
   * the OOM killer, fork fails past the process count. Unbounded by default.
   */
  vm?: { memoryBytes: number; processes: number };
  /**
   * Report a command killed by a signal as envd does ("signal: segmentation
   * fault", exit code -1) rather than as bwrap's 128+n. Needs a C compiler; on by default.
   */
  envdSignals?: boolean;
  log?: (line: string) => void;
  /**
   * What runs the sandboxes: this emulator's own bubblewrap commands, or one
   * real envd per sandbox (envd.ts) with the control plane still emulated here.
   */
  backend?: 'emulator' | 'envd';
  /**
   * The E2B plan's limits, enforced as E2B does (429): creations per second
   * (a sliding second) and sandboxes alive at once; and how long a create
   * takes. Hobby is { createsPerSecond: 1, concurrent: 20 }. None by default.
   */
  plan?: { createsPerSecond: number; concurrent: number; createLatencyMs?: number };
}

interface EmuProcess {
  pid: number;
  child?: ChildProcess;
  /** The Start response streaming its events, while connected. */
  res?: ServerResponse;
  killedBy?: 'signal' | 'deadline' | 'sandbox';
  exited: boolean;
  /** Called when envd's kill (SendSignal) reaches it. */
  onKill?: () => void;
  cmd: string;
  args: string[];
}

export interface EmuSandbox {
  id: string;
  templateID: string;
  clientID: string;
  envdAccessToken: string;
  metadata: Record<string, string>;
  envVars: Record<string, string>;
  allowInternetAccess?: boolean;
  /** Egress as last set (create body `network`, or PUT /network). */
  network?: { allowOut?: string[]; denyOut?: string[] };
  networkHistory: unknown[];
  timeoutS: number;
  startedAt: Date;
  endAt: Date;
  state: 'running' | 'killed';
  killedBy?: 'api' | 'timeout' | 'shutdown';
  dirs: SandboxDirs;
  tools: readonly string[] | 'all';
  processes: Map<number, EmuProcess>;
  ttl?: NodeJS.Timeout;
  executions: number;
  /** The emulated VM's cgroup (options.vm). */
  cgroup?: CheckCgroup;
  /** The real envd serving this sandbox (backend 'envd'). */
  envd?: EnvdBox;
}

/** Go's names of the Linux signals (syscall.Signal.String), as envd's "signal: …" status carries them. */
const GO_SIGNAL_NAMES: Record<number, string> = {
  1: 'hangup', 2: 'interrupt', 3: 'quit', 4: 'illegal instruction', 5: 'trace/breakpoint trap', 6: 'aborted',
  7: 'bus error', 8: 'floating point exception', 9: 'killed', 10: 'user defined signal 1', 11: 'segmentation fault',
  12: 'user defined signal 2', 13: 'broken pipe', 14: 'alarm clock', 15: 'terminated', 16: 'stack fault',
  24: 'CPU time limit exceeded', 25: 'file size limit exceeded', 26: 'virtual timer expired', 27: 'profiling timer expired',
  31: 'bad system call',
};

let vmSeq = 0;

/** Slack in the plan's creation rate for requests that arrive closer than they were sent. */
const RATE_JITTER_MS = 100;

/**
 * Kills what is left in a sandbox's cgroup and removes it. A memory cgroup
 * whose last process is still exiting cannot be removed yet: tried again for
 * a few seconds (a group left by a dead test process is swept by the local
 * provider's sweepStale).
 */
function releaseCgroup(group: CheckCgroup, triesLeft = 100): void {
  group.killAll();
  group.remove();
  if (triesLeft > 0 && group.procsFiles.some((f) => existsSync(path.dirname(f)))) {
    setTimeout(() => releaseCgroup(group, triesLeft - 1), 50).unref();
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const SENT = Symbol('sent');

function sandboxIdNew(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(20), (b) => alphabet[b % alphabet.length]).join('');
}

export class E2BEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly sandboxes = new Map<string, EmuSandbox>();
  readonly faults: InjectedFault[] = [];
  private server?: http.Server;
  private seq = 0;
  private nextPid = 1000;
  /** When recent creations were accepted (the plan's rate). */
  private readonly createdAt: number[] = [];
  private readonly workDir: string;
  private readonly templates: Record<string, readonly string[] | 'all'>;
  private readonly envdVersion: string;
  url = '';

  constructor(private readonly options: EmulatorOptions = {}) {
    this.workDir = options.workDir ?? mkdtempSync(path.join(os.tmpdir(), 'e2b-emulator-'));
    this.templates = { ...(options.templates ?? DEFAULT_TEMPLATES) };
    this.envdVersion = options.envdVersion ?? '0.6.4';
  }

  async start(port = this.options.port ?? 0): Promise<string> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) this.json(res, 500, { code: 500, message: `emulator: ${(e as Error).message}` });
        else res.destroy();
      });
    });
    // Streams stay open for as long as a command runs.
    this.server.requestTimeout = 0;
    this.server.headersTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, this.options.host ?? '127.0.0.1', () => resolve());
    });
    const addr = this.server.address() as AddressInfo;
    this.url = `http://${addr.address}:${addr.port}`;
    return this.url;
  }

  /**
   * E2B becomes unreachable: the server stops listening and every open
   * connection (running commands' streams included) is dropped. The sandboxes
   * keep running, as VMs would; `resume()` brings E2B back at the same address.
   */
  async suspend(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  async resume(): Promise<void> {
    if (this.server) return;
    await this.start(Number(new URL(this.url).port));
  }

  /** Environment for a client of this emulator (the SDK reads these). */
  env(apiKey = this.options.apiKey ?? 'e2b_emulator_key'): Record<string, string> {
    return { E2B_API_KEY: apiKey, E2B_API_URL: this.url, E2B_SANDBOX_URL: this.url };
  }

  async close(): Promise<void> {
    for (const s of this.sandboxes.values()) if (s.state === 'running') this.killSandbox(s, 'shutdown');
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    if (!this.options.workDir) rmSync(this.workDir, { recursive: true, force: true });
  }

  // ---- what tests look at -------------------------------------------------

  liveCount(): number {
    let n = 0;
    for (const s of this.sandboxes.values()) if (s.state === 'running') n++;
    return n;
  }

  live(): EmuSandbox[] {
    return [...this.sandboxes.values()].filter((s) => s.state === 'running');
  }

  /** Processes still running in live sandboxes. */
  runningProcesses(): number {
    let n = 0;
    for (const s of this.live()) {
      for (const p of s.processes.values()) if (!p.exited) n++;
      n += s.envd?.userProcesses() ?? 0;
    }
    return n;
  }

  /** Adds (or with undefined, removes) a template and the tools it has. */
  defineTemplate(name: string, tools: readonly string[] | 'all' | undefined): void {
    if (tools === undefined) delete this.templates[name];
    else this.templates[name] = tools;
  }

  inject(fault: Fault): InjectedFault {
    const f: InjectedFault = { times: 1, ...fault, hits: 0 };
    this.faults.push(f);
    return f;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Forgets requests and faults; kills nothing. */
  reset(): void {
    this.requests.length = 0;
    this.clearFaults();
  }

  ops(op: string): RecordedRequest[] {
    return this.requests.filter((r) => r.op === op);
  }

  async waitFor(pred: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`emulator: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private takeFault(on: FaultTarget, rec: RecordedRequest): InjectedFault | undefined {
    const f = this.faults.find((x) => x.on === on && x.hits < (x.times ?? 1) && (!x.when || x.when(rec)));
    if (f) f.hits++;
    return f;
  }

  // ---- routing --------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    const rec: RecordedRequest = {
      seq: ++this.seq,
      at: Date.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      op: 'unknown',
      body: undefined,
    };
    this.requests.push(rec);
    res.on('finish', () => {
      rec.status = res.statusCode;
      rec.doneAt = Date.now();
    });
    this.options.log?.(`${rec.method} ${rec.path}${url.search}`);
    try {
      if (url.pathname.startsWith('/_emulator/')) return this.control(rec, body, res);
      const sandboxId = headers['e2b-sandbox-id'];
      if (sandboxId !== undefined) {
        rec.sandboxId = sandboxId;
        return await this.sandboxCall(rec, body, req, res, headers['e2b-sandbox-port'] === '49999');
      }
      return await this.api(rec, body, res);
    } catch (e) {
      if (e === SENT) return;
      if (e instanceof HttpError) return this.json(res, e.status, { code: e.status, message: e.message }, e.headers);
      throw e;
    }
  }

  /** Applies a status/delay fault; throws SENT or an HttpError when the request is answered by it. */
  private async fault(on: FaultTarget, rec: RecordedRequest): Promise<InjectedFault | undefined> {
    const f = this.takeFault(on, rec);
    if (!f) return undefined;
    if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
    if (f.status) {
      const h: Record<string, string> = {};
      if (f.retryAfter !== undefined) h['retry-after'] = f.retryAfter;
      throw new HttpError(f.status, f.message ?? defaultMessage(f.status), h);
    }
    return f;
  }

  // ---- control plane -------------------------------------------------------

  private async api(rec: RecordedRequest, body: Buffer, res: ServerResponse): Promise<void> {
    const { method, path: p } = rec;
    rec.body = body.length ? safeJson(body) : undefined;
    const route = (op: string) => (rec.op = op);

    if (method === 'POST' && p === '/v2/sandboxes') route('create');
    else if (method === 'GET' && p === '/v2/sandboxes') route('list');
    else if (method === 'DELETE' && /^\/sandboxes\/[^/]+$/.test(p)) route('kill');
    else if (method === 'POST' && /^\/sandboxes\/[^/]+\/timeout$/.test(p)) route('timeout');
    else if (method === 'PUT' && /^\/sandboxes\/[^/]+\/network$/.test(p)) route('network');
    else if (method === 'GET' && /^\/sandboxes\/[^/]+$/.test(p)) route('info');
    else if (method === 'POST' && /^\/v2\/sandboxes\/[^/]+\/connect$/.test(p)) route('connect');
    else throw new HttpError(404, `emulator: no route ${method} ${p}`);

    this.authorizeApi(rec);
    const fault = await this.fault(rec.op as FaultTarget, rec);

    switch (rec.op) {
      case 'create':
        return this.create(rec, res, fault?.completeAfterDisconnect === true);
      case 'list':
        return this.list(rec, res);
    }
    const m = /^\/(?:v2\/)?sandboxes\/([^/]+)/.exec(p);
    const id = decodeURIComponent(m![1]!);
    rec.sandboxId = id;
    const sbx = this.sandboxes.get(id);
    if (!sbx || sbx.state !== 'running') throw new HttpError(404, `sandbox "${id}" not found`);
    switch (rec.op) {
      case 'kill':
        this.killSandbox(sbx, 'api');
        res.writeHead(204).end();
        return;
      case 'timeout': {
        const t = Number((rec.body as { timeout?: number })?.timeout);
        if (!Number.isFinite(t) || t < 0) throw new HttpError(400, 'timeout must be a number of seconds');
        if (t > 3600) throw new HttpError(400, 'Timeout cannot be greater than 1 hours');
        this.arm(sbx, t);
        res.writeHead(204).end();
        return;
      }
      case 'network': {
        const b = (rec.body ?? {}) as { allowOut?: string[]; denyOut?: string[]; allow_internet_access?: boolean };
        sbx.network = { allowOut: b.allowOut, denyOut: b.denyOut };
        sbx.allowInternetAccess = b.allow_internet_access;
        sbx.networkHistory.push(b);
        res.writeHead(204).end();
        return;
      }
      case 'info':
        return this.json(res, 200, { ...this.listItem(sbx), allowInternetAccess: sbx.allowInternetAccess, network: sbx.network });
      case 'connect':
        return this.json(res, 201, this.createdBody(sbx));
    }
  }

  private authorizeApi(rec: RecordedRequest): void {
    const key = rec.headers['x-api-key'];
    const wanted = this.options.apiKey;
    if (!key || (wanted !== undefined && key !== wanted)) throw new HttpError(401, 'Invalid API key');
  }

  private async create(rec: RecordedRequest, res: ServerResponse, evenIfGone: boolean): Promise<void> {
    const b = (rec.body ?? {}) as {
      templateID?: string;
      metadata?: Record<string, string>;
      envVars?: Record<string, string>;
      timeout?: number;
      allow_internet_access?: boolean;
      network?: { allowOut?: string[]; denyOut?: string[] };
    };
    const template = b.templateID ?? 'base';
    const tools = this.templates[template];
    if (!tools) throw new HttpError(404, `template '${template}' not found`);
    const timeout = b.timeout ?? 300;
    if (timeout > 3600) throw new HttpError(400, 'Timeout cannot be greater than 1 hours');
    const plan = this.options.plan;
    if (plan) {
      const now = Date.now();
      // A client pacing itself at exactly the rate is let through: its requests
      // may arrive a little closer together than it sent them.
      while (this.createdAt.length && this.createdAt[0]! <= now - (1000 - RATE_JITTER_MS)) this.createdAt.shift();
      if (this.createdAt.length >= plan.createsPerSecond) throw new HttpError(429, `Rate limit exceeded: ${plan.createsPerSecond} sandbox creations per second`);
      if (this.liveCount() >= plan.concurrent) throw new HttpError(429, `You have reached the maximum number of concurrent E2B sandboxes (${plan.concurrent})`);
      this.createdAt.push(now);
      if (plan.createLatencyMs) await new Promise((r) => setTimeout(r, plan.createLatencyMs));
    }
    // A client that gave up while we were slow does not get a sandbox (unless the fault says E2B makes it anyway).
    if ((res.destroyed || res.socket?.destroyed) && !evenIfGone) throw SENT;
    const id = sandboxIdNew();
    const sbx: EmuSandbox = {
      id,
      templateID: template,
      clientID: 'emulator',
      envdAccessToken: randomBytes(16).toString('hex'),
      metadata: b.metadata ?? {},
      envVars: b.envVars ?? {},
      allowInternetAccess: b.allow_internet_access,
      network: b.network,
      networkHistory: [],
      timeoutS: timeout,
      startedAt: new Date(),
      endAt: new Date(),
      state: 'running',
      dirs: makeSandboxDirs(this.workDir, id),
      tools,
      processes: new Map(),
      executions: 0,
    };
    const vm = this.options.vm;
    const cgroups = vm ? cgroupManager() : null;
    if (vm && cgroups) sbx.cgroup = cgroups.create(`sc-${process.pid.toString(16)}-emu-${(vmSeq++).toString(16)}`, vm.memoryBytes, vm.processes);
    if (this.options.backend === 'envd') {
      try {
        sbx.envd = await EnvdBox.start({ dirs: sbx.dirs, layout: await templateLayout(tools), hide: this.options.hide,
          accessToken: sbx.envdAccessToken,
          envVars: sbx.envVars,
          cgroupProcs: sbx.cgroup?.procsFiles,
          egress: (host) => this.egressAllows(sbx, host),
        });
      } catch (e) {
        if (sbx.cgroup) releaseCgroup(sbx.cgroup);
        rmSync(sbx.dirs.root, { recursive: true, force: true });
        throw new HttpError(500, `emulator: could not start envd: ${(e as Error).message}`);
      }
    }
    rec.sandboxId = id;
    this.sandboxes.set(id, sbx);
    this.arm(sbx, timeout);
    this.json(res, 201, this.createdBody(sbx));
  }

  private createdBody(sbx: EmuSandbox) {
    return {
      sandboxID: sbx.id,
      templateID: sbx.templateID,
      clientID: sbx.clientID,
      envdVersion: this.envdVersion,
      envdAccessToken: sbx.envdAccessToken,
      domain: null,
    };
  }

  /** The sandbox dies `seconds` from now unless told otherwise (E2B's time-to-live). */
  private arm(sbx: EmuSandbox, seconds: number): void {
    clearTimeout(sbx.ttl);
    sbx.timeoutS = seconds;
    sbx.endAt = new Date(Date.now() + seconds * 1000);
    sbx.ttl = setTimeout(() => this.killSandbox(sbx, 'timeout'), seconds * 1000);
    sbx.ttl.unref();
  }

  private listItem(sbx: EmuSandbox) {
    return {
      sandboxID: sbx.id,
      templateID: sbx.templateID,
      clientID: sbx.clientID,
      cpuCount: 2,
      memoryMB: 2048,
      diskSizeMB: 10240,
      startedAt: sbx.startedAt.toISOString(),
      endAt: sbx.endAt.toISOString(),
      envdVersion: this.envdVersion,
      state: 'running',
      metadata: sbx.metadata,
    };
  }

  private list(rec: RecordedRequest, res: ServerResponse): void {
    const q = rec.query;
    // The SDK sends metadata as one urlencoded "k=v&k2=v2" value, keys and values encoded once more.
    const wanted = q.metadata
      ? [...new URLSearchParams(q.metadata)].map(([k, v]) => [decodeURIComponent(k), decodeURIComponent(v)] as const)
      : [];
    const states = q.state ? q.state.split(',') : ['running', 'paused'];
    const all = [...this.sandboxes.values()]
      .filter((s) => s.state === 'running' && states.includes('running'))
      .filter((s) => wanted.every(([k, v]) => s.metadata[k] === v))
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.id.localeCompare(b.id));
    const offset = q.nextToken ? Number(Buffer.from(q.nextToken, 'base64url').toString()) : 0;
    const limit = q.limit ? Math.max(1, Number(q.limit)) : 100;
    const page = all.slice(offset, offset + limit);
    const h: Record<string, string> = {};
    if (offset + limit < all.length) h['x-next-token'] = Buffer.from(String(offset + limit)).toString('base64url');
    this.json(res, 200, page.map((s) => this.listItem(s)), h);
  }

  killSandbox(sbx: EmuSandbox, by: EmuSandbox['killedBy']): void {
    if (sbx.state !== 'running') return;
    sbx.state = 'killed';
    sbx.killedBy = by;
    sbx.endAt = new Date();
    clearTimeout(sbx.ttl);
    for (const p of sbx.processes.values()) {
      p.killedBy ??= 'sandbox';
      if (p.child) killTree(p.child);
      // The machine is gone: so is every connection to it.
      p.res?.destroy();
      p.exited = true;
    }
    sbx.envd?.kill();
    if (sbx.cgroup) releaseCgroup(sbx.cgroup);
    rmSync(sbx.dirs.root, { recursive: true, force: true });
  }

  // ---- envd and the code interpreter -------------------------------------------

  private async sandboxCall(
    rec: RecordedRequest,
    body: Buffer,
    req: IncomingMessage,
    res: ServerResponse,
    jupyter: boolean,
  ): Promise<void> {
    const p = rec.path;
    const op = jupyter
      ? p === '/execute'
        ? 'execute'
        : `jupyter:${p}`
      : p === '/health'
        ? 'health'
        : p === '/files'
          ? 'files'
          : p === '/process.Process/Start'
            ? 'start'
            : p === '/process.Process/SendSignal'
              ? 'signal'
              : p === '/filesystem.Filesystem/MakeDir'
                ? 'makedir'
                : p.startsWith('/process.') || p.startsWith('/filesystem.')
                  ? `rpc:${p}`
                  : `envd:${p}`;
    rec.op = op;
    if (op === 'start') rec.body = readEnvelopes(body)[0]?.message;
    else if (op === 'files' && rec.method === 'POST') rec.body = undefined; // filled in by upload
    else if (body.length) rec.body = safeJson(body);

    const sbx = this.sandboxes.get(rec.sandboxId!);
    // E2B's edge answers 502 for a sandbox that is not running.
    if (!sbx || sbx.state !== 'running') throw new HttpError(502, `The sandbox ${rec.sandboxId} was not found`);
    if (op !== 'health' && rec.headers['x-access-token'] !== sbx.envdAccessToken) {
      throw new HttpError(401, 'invalid access token');
    }
    const fault = await this.fault(op as FaultTarget, rec);

    if (sbx.envd && !jupyter && !this.servedHere(sbx, op, rec, fault)) {
      if (fault?.cutAfterMs !== undefined) setTimeout(() => res.socket?.destroy(), fault.cutAfterMs).unref();
      if (op === 'files' && rec.method === 'POST') await this.uploadEntries(rec, body);
      return sbx.envd.forward(req, body, res);
    }
    switch (op) {
      case 'health':
        res.writeHead(204).end();
        return;
      case 'files':
        return rec.method === 'POST' ? this.upload(sbx, rec, body, res) : this.download(sbx, rec, res);
      case 'makedir':
        return this.makeDir(sbx, rec, res);
      case 'start':
        return this.startProcess(sbx, rec, req, res, fault);
      case 'signal':
        return this.signal(sbx, rec, res);
      case 'execute':
        return this.execute(sbx, rec, req, res);
    }
    if (op.startsWith('rpc:')) return this.connectError(res, 'unimplemented', `emulator: ${p} is not emulated`);
    throw new HttpError(404, `emulator: no route ${rec.method} ${p}`);
  }

  /** With real envd: what the emulator still answers itself (a hung command it made up, and its kill). */
  private servedHere(sbx: EmuSandbox, op: string, rec: RecordedRequest, fault: InjectedFault | undefined): boolean {
    if (op === 'start') return fault?.hang === true;
    if (op === 'signal') return sbx.processes.has(Number((rec.body as { process?: { pid?: number } })?.process?.pid));
    return false;
  }

  /** The files of an upload request, as the SDK sends them (multipart, or one octet-stream body). */
  private async uploadEntries(rec: RecordedRequest, body: Buffer): Promise<{ path: string; data: Buffer }[]> {
    const entries: { path: string; data: Buffer }[] = [];
    const type = rec.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request('http://emulator/files', { method: 'POST', headers: { 'content-type': type }, body }).formData();
      for (const [, v] of form) {
        if (typeof v === 'string') continue;
        const file = v as File;
        entries.push({ path: rec.query.path ?? file.name, data: Buffer.from(await file.arrayBuffer()) });
      }
    } else if (rec.query.path) {
      entries.push({ path: rec.query.path, data: body });
    }
    rec.body = entries.map((e) => ({ path: e.path, bytes: e.data.length, text: e.data.subarray(0, 4096).toString('utf8') }));
    return entries;
  }

  private async upload(sbx: EmuSandbox, rec: RecordedRequest, body: Buffer, res: ServerResponse): Promise<void> {
    if (!(rec.headers['content-type'] ?? '').startsWith('multipart/form-data') && !rec.query.path) throw new HttpError(400, 'path is required');
    const entries = await this.uploadEntries(rec, body);
    if (entries.length === 0) throw new HttpError(400, 'no file in the request');
    const out = [];
    for (const e of entries) {
      const abs = path.posix.resolve(SANDBOX_HOME, e.path);
      const host = hostPath(sbx.dirs, abs);
      if (!host) throw new HttpError(403, `permission denied: ${abs}`);
      mkdirOwned(path.dirname(host));
      writeFileSync(host, e.data);
      if (!ROOTLESS) chownSync(host, 1000, 1000);
      out.push({ name: path.posix.basename(abs), path: abs, type: 'file' });
    }
    this.json(res, 200, out);
  }

  private download(sbx: EmuSandbox, rec: RecordedRequest, res: ServerResponse): void {
    const abs = path.posix.resolve(SANDBOX_HOME, rec.query.path ?? '');
    const host = hostPath(sbx.dirs, abs);
    if (!host || !existsSync(host) || !statSync(host).isFile()) throw new HttpError(404, `file not found: ${abs}`);
    const data = readFileSync(host);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length }).end(data);
  }

  private makeDir(sbx: EmuSandbox, rec: RecordedRequest, res: ServerResponse): void {
    const abs = path.posix.resolve(SANDBOX_HOME, String((rec.body as { path?: string })?.path ?? ''));
    const host = hostPath(sbx.dirs, abs);
    if (!host) return this.connectError(res, 'permission_denied', `permission denied: ${abs}`);
    if (existsSync(host)) return this.connectError(res, 'already_exists', `directory already exists: ${abs}`);
    mkdirOwned(host);
    this.json(res, 200, { entry: { name: path.posix.basename(abs), type: 'FILE_TYPE_DIRECTORY', path: abs } });
  }

  private connectError(res: ServerResponse, code: string, message: string): void {
    this.json(res, CONNECT_STATUS[code] ?? 500, { code, message });
  }

  /** Egress as E2B would apply it; allowOut hosts are recorded, not filtered (the emulator shares or cuts the network). */
  private egressOpen(sbx: EmuSandbox): boolean {
    if (sbx.network?.allowOut?.length) return true;
    if (sbx.network?.denyOut?.includes('0.0.0.0/0')) return false;
    return sbx.allowInternetAccess !== false;
  }

  /** Egress to one host, as E2B's firewall would decide it (real envd's sandboxes filter by host). */
  private egressAllows(sbx: EmuSandbox, host: string): boolean {
    if (sbx.state !== 'running') return false;
    const allow = sbx.network?.allowOut ?? [];
    if (allow.length) {
      return allow.some((a) => a === host || a === '0.0.0.0/0' || (a.startsWith('*.') && host.endsWith(a.slice(1))));
    }
    return this.egressOpen(sbx);
  }

  private async startProcess(
    sbx: EmuSandbox,
    rec: RecordedRequest,
    req: IncomingMessage,
    res: ServerResponse,
    fault: InjectedFault | undefined,
  ): Promise<void> {
    const msg = (rec.body ?? {}) as { process?: { cmd?: string; args?: string[]; envs?: Record<string, string>; cwd?: string }; stdin?: boolean };
    const spec = msg.process ?? {};
    const cwd = spec.cwd ?? SANDBOX_HOME;
    const pid = this.nextPid++;
    const proc: EmuProcess = { pid, exited: false, cmd: spec.cmd ?? '', args: spec.args ?? [], res };
    sbx.processes.set(pid, proc);

    res.writeHead(200, { 'content-type': 'application/connect+json' });
    /** false: the client is not reading fast enough (wait for 'drain'). */
    const send = (m: unknown, flags = 0): boolean => {
      if (!res.destroyed && !res.writableEnded) return res.write(envelope(m, flags));
      return true;
    };
    let done = false;
    const finish = (end?: unknown, error?: { code: string; message: string }) => {
      if (done) return;
      done = true;
      proc.exited = true;
      clearInterval(keepalive);
      clearTimeout(deadlineTimer);
      if (end) send({ event: { end } });
      send(error ? { error } : {}, FLAG_END_STREAM);
      if (!res.destroyed) res.end();
    };
    const cwdHost = hostPath(sbx.dirs, cwd) ?? cwd;
    if (!existsSync(cwdHost)) {
      proc.exited = true;
      res.end(envelope({ error: { code: 'invalid_argument', message: `cwd '${cwd}' does not exist` } }, FLAG_END_STREAM));
      return;
    }
    send({ event: { start: { pid } } });
    const interval = Number(rec.headers['keepalive-ping-interval'] ?? 0);
    const keepalive = setInterval(() => send({ event: { keepalive: {} } }), Math.max(1, interval || 50) * 1000);
    keepalive.unref();
    const timeoutMs = Number(rec.headers['connect-timeout-ms'] ?? 0);
    let deadlineTimer: NodeJS.Timeout | undefined;

    if (fault?.hang) return; // start, then nothing — until the sandbox is killed.

    const layout = await templateLayout(sbx.tools);
    const network = this.egressOpen(sbx);
    const init = this.options.envdSignals === false ? undefined : await sandboxInit();
    if (sbx.state !== 'running') return clearInterval(keepalive);
    const child = spawnInSandbox({
      dirs: sbx.dirs,
      layout,
      cmd: spec.cmd ?? '/bin/bash',
      args: spec.args ?? [],
      cwd,
      env: { ...baseEnv(layout, sbx.id, network), ...sbx.envVars, ...(spec.envs ?? {}) },
      network,
      hide: this.options.hide,
      init,
      cgroupProcs: sbx.cgroup?.procsFiles,
    });
    const ended = endOf(child);
    proc.child = child;
    if (timeoutMs > 0) {
      // envd runs the process under the request's deadline: SIGKILL to it (its top process) then.
      deadlineTimer = setTimeout(() => {
        proc.killedBy ??= 'deadline';
        killTop(child);
        finish(undefined, { code: 'deadline_exceeded', message: 'context deadline exceeded' });
      }, timeoutMs);
    }
    if (fault?.cutAfterMs !== undefined) {
      setTimeout(() => res.socket?.destroy(), fault.cutAfterMs).unref();
    }
    // Flow control, as over a real connection: a client that reads slowly slows the program down.
    const resume = () => {
      child.stdout!.resume();
      child.stderr!.resume();
    };
    res.on('close', resume);
    const forward = (stream: 'stdout' | 'stderr') => (b: Buffer) => {
      if (!send({ event: { data: { [stream]: b.toString('base64') } } })) {
        child.stdout!.pause();
        child.stderr!.pause();
        res.once('drain', resume);
      }
    };
    child.stdout!.on('data', forward('stdout'));
    child.stderr!.on('data', forward('stderr'));
    // A client that goes away does not stop the process (as with envd).
    req.on('close', () => {
      if (!res.writableEnded) proc.res = undefined;
    });
    child.on('error', (e) => finish(undefined, { code: 'internal', message: `could not start the process: ${e.message}` }));
    // As envd (Go's cmd.Wait): the command ends when it has exited AND its
    // stdout and stderr reached EOF — a background child holding them keeps it open.
    const eof = (s: NodeJS.ReadableStream) => new Promise<void>((r) => s.once('close', () => r()));
    const exited = init
      ? ended
      : new Promise<{ signal: number } | { exitCode: number } | undefined>((r) =>
          child.once('exit', (code, sig) => r(sig ? { signal: 9 } : { exitCode: code ?? -1 })),
        );
    // After its kill, though, envd ends the command as soon as the process has gone.
    const killed = new Promise<void>((r) => (proc.onKill = r));
    void Promise.all([exited, Promise.race([Promise.all([eof(child.stdout!), eof(child.stderr!)]), killed])]).then(([how]) => {
      if (proc.killedBy === 'sandbox') return finish({ exitCode: -1, exited: true, status: 'signal: killed', error: 'signal: killed' });
      if (how && 'signal' in how) {
        const status = `signal: ${GO_SIGNAL_NAMES[how.signal] ?? `signal ${how.signal}`}`;
        return finish({ exitCode: -1, exited: true, status, error: status });
      }
      if (!how) return finish({ exitCode: -1, exited: true, status: 'signal: killed', error: 'signal: killed' });
      const exitCode = how.exitCode;
      finish(exitCode === 0 ? { exited: true, status: 'exit status 0' } : { exitCode, exited: true, status: `exit status ${exitCode}`, error: `exit status ${exitCode}` });
    });
  }

  private signal(sbx: EmuSandbox, rec: RecordedRequest, res: ServerResponse): void {
    const b = (rec.body ?? {}) as { process?: { pid?: number }; signal?: string | number };
    const pid = Number(b.process?.pid);
    const proc = sbx.processes.get(pid);
    if (!proc || proc.exited) return this.connectError(res, 'not_found', `process with pid ${pid} not found`);
    proc.killedBy = 'signal';
    proc.onKill?.();
    if (proc.child) killTop(proc.child);
    else {
      // A hung (fault) process has no child: it ends here.
      proc.exited = true;
      proc.res?.write(envelope({ event: { end: { exitCode: -1, exited: true, status: 'signal: killed', error: 'signal: killed' } } }));
      proc.res?.end(envelope({}, FLAG_END_STREAM));
    }
    this.json(res, 200, {});
  }

  /** The code interpreter: runs the code once per call (no kernel state is kept). */
  private async execute(sbx: EmuSandbox, rec: RecordedRequest, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const b = (rec.body ?? {}) as { code?: string; language?: string; env_vars?: Record<string, string> };
    const language = (b.language ?? 'python').toLowerCase();
    const runners: Record<string, { file: string; cmd: string[] }> = {
      python: { file: 'cell.py', cmd: ['python3', '-u'] },
      javascript: { file: 'cell.js', cmd: ['node'] },
      js: { file: 'cell.js', cmd: ['node'] },
      bash: { file: 'cell.sh', cmd: ['bash'] },
    };
    const runner = runners[language];
    if (!runner) throw new HttpError(400, `emulator: no kernel for language "${language}"`);
    const file = `/tmp/.emulator-${randomBytes(4).toString('hex')}-${runner.file}`;
    writeFileSync(hostPath(sbx.dirs, file)!, b.code ?? '');
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const line = (m: unknown) => {
      if (!res.destroyed) res.write(`${JSON.stringify(m)}\n`);
    };
    line({ type: 'number_of_executions', execution_count: ++sbx.executions });
    const layout = await templateLayout(sbx.tools);
    const network = this.egressOpen(sbx);
    const child = spawnInSandbox({
      dirs: sbx.dirs,
      layout,
      cmd: '/usr/bin/env',
      args: [...runner.cmd, file],
      cwd: SANDBOX_HOME,
      env: { ...baseEnv(layout, sbx.id, network), ...sbx.envVars, ...(b.env_vars ?? {}) },
      network,
      hide: this.options.hide,
      cgroupProcs: sbx.cgroup?.procsFiles,
    });
    const proc: EmuProcess = { pid: this.nextPid++, child, exited: false, cmd: 'execute', args: [language], res };
    sbx.processes.set(proc.pid, proc);
    let stderr = '';
    const now = () => new Date().toISOString();
    child.stdout!.on('data', (d: Buffer) => line({ type: 'stdout', text: d.toString(), timestamp: now() }));
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // The server interrupts the kernel when the client goes away.
    req.on('close', () => {
      if (!res.writableEnded) killTree(child);
    });
    child.on('close', (code) => {
      proc.exited = true;
      if (code !== 0) {
        const last = stderr.trim().split('\n').pop() ?? '';
        const m = /^(\w+(?:\.\w+)*): ?(.*)$/.exec(last);
        line({ type: 'error', name: m?.[1] ?? 'Error', value: m?.[2] ?? last, traceback: stderr });
      } else if (stderr) {
        line({ type: 'stderr', text: stderr, timestamp: now() });
      }
      if (!res.destroyed) res.end(`${JSON.stringify({ type: 'end_of_execution' })}\n`);
    });
  }

  // ---- the emulator's own endpoints (for `npm run e2b-emulator` users) ---------

  private control(rec: RecordedRequest, body: Buffer, res: ServerResponse): void {
    rec.op = 'control';
    if (rec.path === '/_emulator/state') {
      return this.json(res, 200, {
        live: this.liveCount(),
        sandboxes: [...this.sandboxes.values()].map((s) => ({ id: s.id, state: s.state, template: s.templateID, metadata: s.metadata })),
        requests: this.requests.length,
      });
    }
    if (rec.path === '/_emulator/faults' && rec.method === 'POST') {
      const f = safeJson(body) as Fault;
      this.inject({ ...f, times: f.times ?? 1 });
      return this.json(res, 200, { ok: true, faults: this.faults.length });
    }
    if (rec.path === '/_emulator/faults' && rec.method === 'DELETE') {
      this.clearFaults();
      return this.json(res, 200, { ok: true });
    }
    throw new HttpError(404, 'emulator: unknown control endpoint');
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (res.headersSent || res.destroyed) return;
    const data = Buffer.from(JSON.stringify(body));
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': data.length, ...headers }).end(data);
  }
}

function defaultMessage(status: number): string {
  switch (status) {
    case 401:
      return 'Invalid API key, please visit https://e2b.dev/docs/api-key';
    case 429:
      return 'You have reached the maximum number of concurrent E2B sandboxes (20)';
    case 503:
      return 'No capacity available right now';
    default:
      return `emulated failure (${status})`;
  }
}

/** mkdir -p, the folders it makes owned by the sandbox user (envd acts as the user). */
function mkdirOwned(dir: string): void {
  if (existsSync(dir)) return;
  mkdirOwned(path.dirname(dir));
  mkdirSync(dir);
  if (!ROOTLESS) chownSync(dir, 1000, 1000);
}

function safeJson(b: Buffer): unknown {
  try {
    return JSON.parse(b.toString('utf8'));
  } catch {
    return b.toString('utf8');
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<E2BEmulator> {
  const emu = new E2BEmulator(options);
  await emu.start();
  return emu;
}
