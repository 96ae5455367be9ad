// Package layers: the packages a check declares are installed once per run
// for everything that makes the result differ (provider, language, installer
// and its command, the exact sorted package set, the toolchain's identity,
// the install's env, and the contents of the files the installer reads: lock
// and project files, local packages), and every check with the same tuple
// gets that one install read-only. Checks that want a layer being installed
// wait for that install (single flight); a failed install fails all of them
// with the same message and is never stored, so a later run tries again. The
// install's budget is the install_timeout of the check that started it.
//
// Layers are kept between runs in $XDG_CACHE_HOME/sandbox-checks/layers/<key>
// (~/.cache when unset), <key> a hash of the tuple, so a layer can only ever
// be found by the tuple it was made for. A layer is installed into a temp
// folder next to it and renamed into place when complete; what is on disk is
// pruned at the end of a run (unused for 14 days, or least recently used past
// 4 GiB). SANDBOX_CHECKS_LAYER_CACHE=off keeps layers for the run only; a
// path there moves the cache; SANDBOX_CHECKS_LAYER_CACHE_MAX_AGE/_MAX_SIZE
// change the pruning. The cache is never inside the repository, which could
// otherwise plant a layer or a link where one is written. The folder and the
// key (layerKey) are what a workflow cache step would save and restore.
//
// A front door may pass a RemoteLayerCache (the Action's: the workflow cache
// service): a layer missing on disk is asked of it by its exact key before
// installing, and checked as a disk hit is (complete, its record naming the
// key) before any check mounts it; a layer installed here is handed to it in
// the background, and the run waits for those saves (flush) before it ends.
// A remote that fails is a warning: the check installs as if it had missed.
//
// Providers that cannot mount a layer (no `layers` on the provider) keep
// installing in each check's own sandbox (src/engine/run.ts).

import { createHash } from '../crypto.js';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Language } from '../languages/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { LayerMount, Provider } from '../providers/provider.js';
import type { Check, CheckFile, Reason, RunEvents, Status, StreamTail } from '../types.js';
import { parseDuration, parseSize } from '../units.js';
import { installFailure } from './install-failure.js';
import { StreamCapture, streamText } from './output.js';

export const DEFAULT_LAYER_MAX_AGE_MS = 14 * 24 * 3_600_000;
export const DEFAULT_LAYER_MAX_BYTES = 4 * 1024 ** 3;
/** Temp folders of installs that never finished (a killed run) are removed after this long. */
const STALE_TEMP_MS = 3_600_000;
const META = 'layer.json';

export interface LayerCacheSettings {
  /** Where layers are kept between runs; undefined: for this run only. */
  root?: string;
  maxAgeMs: number;
  maxBytes: number;
  /** Why a configured or default cache is not used. */
  warning?: string;
}

/** Layers kept elsewhere between runs (the workflow cache), by exact key. */
export interface RemoteLayerCache {
  /** Puts the layer saved under `key` at `dir` (which does not exist); false when there is none. */
  restore(key: string, dir: string): Promise<boolean>;
  /** Keeps the complete layer at `dir` under `key`. */
  save(key: string, dir: string): Promise<void>;
}

export interface LayerStats {
  /** Installs run (each one a layer). */
  installs: number;
  /** Layers found on disk from an earlier run. */
  fromCache: number;
  /** Layers restored from the remote cache (the workflow cache). */
  restored: number;
  /** Checks that got their packages from a layer. */
  checks: number;
}

/** What a run tells of its layers: the counts, and the keys of the layers it used (what a workflow cache step would key on). */
export interface LayerSummary extends LayerStats {
  keys: string[];
}

export type LayerResult =
  | { ok: true; mounts: LayerMount[] }
  | { ok: false; status: Status; reason: Reason; message: string; output: StreamTail };

/** Everything that makes one install's result differ from another's. */
export interface LayerKeyParts {
  provider: string;
  language: string;
  installer: string;
  command: string;
  packages: string[];
  toolchain: string;
  env: [string, string][];
  /** Workspace path and sha256 of each file the install reads. */
  inputs: [string, string][];
}

export function layerKey(parts: LayerKeyParts): string {
  return createHash('sha256').update(JSON.stringify({ format: 1, ...parts })).digest('hex').slice(0, 40);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The check's files an install reads: the installer's own (lock and project
 * files) and every file a package or a project file names, itself or as a
 * folder (`./pkg`, `file:vendor/x.tgz`, `.`, a local path in go.mod), since
 * those are installed from the workspace.
 */
export function installInputs(files: CheckFile[], packages: string[], reads: string[], sources: string[] = []): CheckFile[] {
  const named = [...packages, ...sources].map((p) => path.posix.normalize(p.replace(/^file:/, '').replace(/^\/workspace(\/|$)/, './')).replace(/\/+$/, ''));
  const wanted = (f: string) => reads.includes(f) || named.some((n) => n === '.' || f === n || f.startsWith(`${n}/`));
  return files.filter((f) => wanted(path.posix.normalize(f.path))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}

/** The real path of `p`, or of its nearest existing parent joined with the rest. */
function realish(p: string): string {
  let head = path.resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(head), ...rest);
    } catch {
      if (head === path.dirname(head)) return path.resolve(p);
      rest.unshift(path.basename(head));
      head = path.dirname(head);
    }
  }
}

/** The cache the workflow's env asks for (trusted: the job's env, never the repository's files). */
export function layerCacheSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LayerCacheSettings {
  const maxAgeMs = parseDuration(env.SANDBOX_CHECKS_LAYER_CACHE_MAX_AGE?.trim() || undefined) ?? DEFAULT_LAYER_MAX_AGE_MS;
  const maxBytes = parseSize(env.SANDBOX_CHECKS_LAYER_CACHE_MAX_SIZE?.trim() || undefined) ?? DEFAULT_LAYER_MAX_BYTES;
  const setting = (env.SANDBOX_CHECKS_LAYER_CACHE ?? '').trim();
  if (['off', '0', 'false', 'no'].includes(setting.toLowerCase())) return { maxAgeMs, maxBytes };
  if (setting && !path.isAbsolute(setting)) {
    return { maxAgeMs, maxBytes, warning: `SANDBOX_CHECKS_LAYER_CACHE is "${setting}"; it must be "off" or an absolute folder, so package layers are kept for this run only` };
  }
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(env.HOME || os.homedir(), '.cache');
  const root = setting || path.join(base, 'sandbox-checks', 'layers');
  const real = realish(root);
  for (const repo of [cwd, env.GITHUB_WORKSPACE]) {
    if (!repo || repo === '/') continue;
    if (isInside(real, realish(repo))) {
      return {
        maxAgeMs,
        maxBytes,
        warning: `the package layer cache ${root} is inside the repository (${repo}), whose files must not reach it, so layers are kept for this run only; set XDG_CACHE_HOME or SANDBOX_CHECKS_LAYER_CACHE to a folder outside it`,
      };
    }
  }
  return { root, maxAgeMs, maxBytes };
}

/** An existing, complete layer made for `key`: real folders (never links) for the folder and each output, and its record naming the key. */
function complete(dir: string, outputs: string[], key: string): boolean {
  try {
    if (!lstatSync(dir).isDirectory() || !lstatSync(path.join(dir, META)).isFile()) return false;
    if ((JSON.parse(readFileSync(path.join(dir, META), 'utf8')) as { key?: unknown }).key !== key) return false;
    return outputs.every((o) => {
      let p = dir;
      return o.split('/').every((part) => lstatSync((p = path.join(p, part))).isDirectory());
    });
  } catch {
    return false;
  }
}

/** Bytes a tree takes on disk; never follows links. */
function diskBytes(p: string): number {
  const st = lstatSync(p);
  let n = st.blocks * 512;
  if (st.isDirectory()) for (const e of readdirSync(p)) n += diskBytes(path.join(p, e));
  return n;
}

export class LayerStore {
  readonly stats: LayerStats = { installs: 0, fromCache: 0, restored: 0, checks: 0 };
  readonly warnings: string[] = [];
  private readonly flights = new Map<string, Promise<LayerResult>>();
  private readonly stop = new AbortController();
  private runRoot?: string;
  private cacheReady?: string | null;
  private readonly used = new Set<string>();
  /** Layers this run used that are on disk (found or installed). */
  private readonly kept = new Set<string>();

  /** A cache setting that cannot be used is told once, and only to a run that has packages to share. */
  private settingTold = false;
  /** Saves to the remote cache still running. */
  private readonly saves = new Set<Promise<void>>();

  constructor(
    private readonly settings: LayerCacheSettings = layerCacheSettings(),
    private readonly remote?: RemoteLayerCache,
  ) {}

  /** Whether `provider` gives checks of `lang` their packages as a layer. */
  static serves(provider: Provider, lang: Language): boolean {
    return !!provider.layers && !!lang.install?.layer;
  }

  /** The check's layer: found in this run or on disk, or installed now; resolves early (cancelled) when `signal` aborts. */
  async acquire(check: Check, lang: Language, provider: Provider, events: RunEvents, signal: AbortSignal): Promise<LayerResult> {
    if (this.settings.warning && !this.settingTold) this.warnings.push(this.settings.warning);
    this.settingTold = true;
    const install = lang.install!;
    const facts = install.layer!;
    const packages = [...new Set(check.packages)].sort();
    const env = { ...(lang.env ?? {}), ...check.env };
    const files = installInputs(check.files, packages, facts.reads ?? [], facts.localSources?.(check.files, env) ?? []);
    const parts: LayerKeyParts = {
      provider: provider.name,
      language: lang.id,
      installer: install.tool,
      command: install.command(packages),
      packages,
      toolchain: await provider.layers!.toolchainIdentity([...lang.tools, install.tool]),
      env: Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      inputs: files.map((f) => [f.path, sha256(f.content)]),
    };
    const key = layerKey(parts);
    let flight = this.flights.get(key);
    if (!flight) {
      flight = this.build(key, parts, facts.outputs, { check, lang, provider, events, files, env }).catch(
        (e: unknown): LayerResult => ({ ok: false, status: 'error', reason: 'sandbox_error', message: `the package layer for ${packages.join(', ')} could not be prepared: ${(e as Error).message}`, output: EMPTY }),
      );
      this.flights.set(key, flight);
    }
    this.stats.checks++;
    if (signal.aborted) return cancelled();
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<LayerResult>((resolve) => {
      onAbort = () => resolve(cancelled());
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([flight, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort!);
    }
  }

  summary(): LayerSummary {
    return { ...this.stats, keys: [...this.kept].sort() };
  }

  /** Ends every install still running (the run was cancelled). */
  abortAll(): void {
    this.stop.abort();
  }

  /** Waits for every save to the remote cache (each failure is already a warning). */
  async flush(): Promise<void> {
    while (this.saves.size) await Promise.all([...this.saves]);
  }

  /** Called once when the run is done (after flush): prunes the cache, removes the run's own layers; never throws. */
  dispose(): string[] {
    this.stop.abort();
    if (this.cacheReady) {
      try {
        this.prune(this.cacheReady);
      } catch (e) {
        this.warnings.push(`pruning the package layer cache ${this.cacheReady} failed: ${(e as Error).message}`);
      }
    }
    if (this.runRoot) rmSync(this.runRoot, { recursive: true, force: true });
    this.runRoot = undefined;
    return this.warnings.splice(0);
  }

  /** The folder layers go in: the cache when it can be used, else one for this run. */
  private root(): string {
    if (this.cacheReady === undefined) {
      this.cacheReady = null;
      const root = this.settings.root;
      if (root) {
        try {
          mkdirSync(root, { recursive: true, mode: 0o700 });
          const st = lstatSync(root);
          const uid = process.getuid?.();
          if (!st.isDirectory()) throw new Error('it is not a folder');
          if (uid !== undefined && st.uid !== uid) throw new Error(`it belongs to uid ${st.uid}, not to this user (${uid})`);
          if (st.mode & 0o022) throw new Error('others may write to it (mode ' + (st.mode & 0o777).toString(8) + ')');
          this.cacheReady = root;
        } catch (e) {
          this.warnings.push(`the package layer cache ${root} cannot be used (${(e as Error).message}), so layers are kept for this run only`);
        }
      }
    }
    if (this.cacheReady) return this.cacheReady;
    this.runRoot ??= mkdtempSync(path.join(os.tmpdir(), 'sandbox-checks-layers-'));
    return this.runRoot;
  }

  private async build(
    key: string,
    parts: LayerKeyParts,
    outputs: string[],
    c: { check: Check; lang: Language; provider: Provider; events: RunEvents; files: CheckFile[]; env: Record<string, string> },
  ): Promise<LayerResult> {
    const root = this.root();
    const dir = path.join(root, key);
    const mounts = outputs.map((o) => ({ hostDir: path.join(dir, o), path: o }));
    this.used.add(key);
    if (complete(dir, outputs, key)) {
      this.stats.fromCache++;
      this.kept.add(key);
      touch(dir);
      return { ok: true, mounts };
    }
    // Whatever is there is not a layer this run can trust (an interrupted copy by hand, a link): replaced.
    rmSync(dir, { recursive: true, force: true });
    if (this.remote && (await this.restore(key, dir, outputs))) return { ok: true, mounts };
    const what = `installing ${parts.packages.join(', ')} with ${parts.installer}`;
    c.events.onNotice?.(c.check, what);
    this.stats.installs++;
    const tmp = mkdtempSync(path.join(root, `.tmp-${key.slice(0, 12)}-`));
    const output = new StreamCapture(4 << 20, undefined, undefined, 8 * 1024);
    const budget = c.check.limits.installTimeoutMs ?? DEFAULT_LIMITS.installTimeoutMs!;
    let failure;
    try {
      const r = await c.provider.layers!.install({
        language: c.lang.id,
        command: parts.command,
        env: c.env,
        files: c.files,
        outputs,
        dest: tmp,
        limits: c.check.limits,
        deadline: Date.now() + budget,
        signal: this.stop.signal,
        onOutput: (b) => output.push(b),
      });
      failure = this.stop.signal.aborted
        ? { status: 'error' as const, reason: 'cancelled' as const, message: 'the run was cancelled while the packages were installed' }
        : installFailure(r, what, streamText(output.result()), budget, c.check.name);
    } catch (e) {
      failure = { status: 'error' as const, reason: 'sandbox_error' as const, message: `${what} failed: ${(e as Error).message}` };
    }
    if (failure) {
      rmSync(tmp, { recursive: true, force: true });
      return { ok: false, ...failure, output: output.result() };
    }
    writeFileSync(path.join(tmp, META), `${JSON.stringify({ key, ...parts, created: new Date().toISOString(), bytes: diskBytes(tmp) }, null, 2)}\n`);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another run on this machine finished the same layer first: theirs is used.
      rmSync(tmp, { recursive: true, force: true });
      if (!complete(dir, outputs, key)) return { ok: false, status: 'error', reason: 'sandbox_error', message: `${what}: the layer could not be stored in ${root} (${(e as Error).message})`, output: output.result() };
    }
    this.kept.add(key);
    if (this.remote) this.save(key, dir);
    return { ok: true, mounts };
  }

  /** The layer from the remote cache, checked as a disk hit is; anything else there is removed and installed over. */
  private async restore(key: string, dir: string, outputs: string[]): Promise<boolean> {
    let found = false;
    try {
      found = await this.remote!.restore(key, dir);
    } catch (e) {
      this.warnings.push(`the package layer ${key} could not be restored from the cache, so it is installed: ${(e as Error).message}`);
    }
    if (found && complete(dir, outputs, key)) {
      this.stats.restored++;
      this.kept.add(key);
      // Its record keeps the archive's time; used now is what pruning must see.
      touch(dir);
      return true;
    }
    if (found) this.warnings.push(`the cached package layer ${key} is not the layer of that key (its record or folders do not match), so it was discarded and installed again`);
    rmSync(dir, { recursive: true, force: true });
    return false;
  }

  private save(key: string, dir: string): void {
    const p: Promise<void> = this.remote!.save(key, dir)
      .catch((e: unknown) => {
        this.warnings.push(`the package layer ${key} could not be saved to the cache: ${(e as Error).message}`);
      })
      .finally(() => this.saves.delete(p));
    this.saves.add(p);
  }

  /** Removes unfinished installs, layers unused past the age limit, then the least recently used past the size limit. */
  private prune(root: string): void {
    const now = Date.now();
    const layers: { dir: string; used: number; bytes: number; key: string }[] = [];
    for (const name of readdirSync(root)) {
      const dir = path.join(root, name);
      const st = lstatSync(dir);
      if (name.startsWith('.tmp-')) {
        if (now - st.mtimeMs > STALE_TEMP_MS) rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (!/^[0-9a-f]{40}$/.test(name)) continue;
      let used = st.mtimeMs;
      let bytes = 0;
      try {
        const meta = lstatSync(path.join(dir, META));
        used = meta.mtimeMs;
        bytes = Number((JSON.parse(readFileSync(path.join(dir, META), 'utf8')) as { bytes?: number }).bytes) || 0;
      } catch {
        /* no record: an old or broken entry, pruned by its age */
      }
      if (now - used > this.settings.maxAgeMs && !this.used.has(name)) rmSync(dir, { recursive: true, force: true });
      else layers.push({ dir, used, bytes, key: name });
    }
    let total = layers.reduce((n, l) => n + l.bytes, 0);
    for (const l of layers.sort((a, b) => a.used - b.used)) {
      if (total <= this.settings.maxBytes) break;
      if (this.used.has(l.key)) continue;
      rmSync(l.dir, { recursive: true, force: true });
      total -= l.bytes;
    }
  }
}

/** A layer's last use, for pruning: the mtime of its record. */
function touch(dir: string): void {
  const t = new Date();
  try {
    utimesSync(path.join(dir, META), t, t);
  } catch {
    /* read-only cache: pruned by creation time instead */
  }
}

const EMPTY: StreamTail = { head: '', tail: '', bytes: 0, truncated: false };

function cancelled(): LayerResult {
  return { ok: false, status: 'error', reason: 'cancelled', message: 'the run was cancelled while this check waited for its packages', output: EMPTY };
}
