// Package layers kept between workflow runs in the workflow cache service,
// through @actions/cache: the engine's RemoteLayerCache (src/engine/layers.ts)
// for the Action. One entry per layer, keyed
// `sandbox-checks-layer-<os>-<arch>-<layer key>`, restored by that exact key
// only (no restore-keys: a prefix match would hand a check a layer made for
// another package set).
//
// @actions/cache extracts an entry with `tar -P` relative to
// GITHUB_WORKSPACE, so an entry's paths may name any file the step can write;
// and it reads its settings from process.env. So each restore and save runs
// in a child process (this same entry, started with LAYER_CACHE_OP; the
// library is loaded only there: layer-cache-child.ts) with an env of its own,
// inside bubblewrap with the whole file system read-only except its own
// folders (for a restore: the staging folder it unpacks into and the one it
// downloads into). A restored tree is then taken only if it is exactly the
// layer's folder holding folders, files and links that stay inside it, with
// no set-id bits, and nothing was left beside it; the engine then checks its
// record names the key. Anything else is discarded and the check installs. A
// save that fails, or a restore that fails other than by a miss, is a
// warning (the library logs its failures rather than throwing them; the
// parent reads them from the child's workflow commands).

import { spawn } from 'node:child_process';
import { lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { layerCacheSettings, type RemoteLayerCache } from '../engine/layers.js';
import { unescapeCommandData } from '../trust/runner.js';
import { CHILD_HIT, CHILD_MISS, CHILD_OTHER_KEY, LAYER_CACHE_OP, type LayerCacheRequest } from './state.js';

/** A restore or save that takes longer is ended; the check installs (or the layer stays unsaved). */
const OP_TIMEOUT_MS = 10 * 60_000;

/** The variables of the job's env the library reads; nothing else reaches the child. */
const PASSED = ['PATH', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_CACHE_MODE', 'GITHUB_SERVER_URL', 'SEGMENT_DOWNLOAD_TIMEOUT_MINS', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];

export function cacheEntryKey(layerKey: string, platform: string = process.platform, arch: string = process.arch): string {
  return `sandbox-checks-layer-${platform}-${arch}-${layerKey}`;
}

export interface ActionLayerCacheOptions {
  /** The package-cache input. */
  enabled: boolean;
  env: NodeJS.ProcessEnv;
  /** How to start this entry again as the child: [node, dist/index.js]. */
  command: string[];
  /** bubblewrap, which confines the child. */
  bwrap?: string;
}

/**
 * The workflow cache for package layers, or why there is none: the input is
 * false, the layer cache is off, or the job has no cache service (its env
 * lacks the runner's cache URL and token).
 */
export function actionLayerCache(o: ActionLayerCacheOptions): { cache?: RemoteLayerCache; why?: string } {
  if (!o.enabled) return { why: 'package-cache is false' };
  const settings = layerCacheSettings(o.env);
  if (!settings.root && !settings.warning) return { why: 'SANDBOX_CHECKS_LAYER_CACHE is off' };
  if (!(o.env.ACTIONS_RESULTS_URL || o.env.ACTIONS_CACHE_URL) || !o.env.ACTIONS_RUNTIME_TOKEN) return { why: 'this job has no workflow cache service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not set)' };
  return { cache: new WorkflowLayerCache(o) };
}

class WorkflowLayerCache implements RemoteLayerCache {
  constructor(private readonly o: ActionLayerCacheOptions) {}

  async restore(key: string, dir: string): Promise<boolean> {
    const staging = mkdtempSync(path.join(path.dirname(dir), `.tmp-restore-${key.slice(0, 12)}-`));
    try {
      const ws = path.join(staging, 'ws');
      const tmp = path.join(staging, 'tmp');
      mkdirSync(ws);
      mkdirSync(tmp);
      // Only these two are writable: a path of the entry's that leaves them fails to extract.
      const r = await this.child({ op: 'restore', key: cacheEntryKey(key), path: key }, ws, tmp, [ws, tmp]);
      if (r.code === CHILD_MISS) {
        if (r.problems.length) throw new Error(r.problems.join('; '));
        return false;
      }
      if (r.code === CHILD_OTHER_KEY) throw new Error('the cache service answered with an entry of another key');
      if (r.code !== CHILD_HIT) throw new Error(r.problems.join('; ') || `the cache step ended with ${r.code ?? r.signal}`);
      const bad = unsafeEntry(ws, key) ?? (holdsFiles(tmp) ? 'it holds paths outside the layer\'s folder (in the download folder)' : undefined);
      if (bad) throw new Error(`the cache entry ${cacheEntryKey(key)} was not used: ${bad}`);
      // As root, tar gives files the archive's owners: the layer is made this user's, as an installed one is.
      if (process.getuid?.() === 0) ownAll(path.join(ws, key), 0, 0);
      renameSync(path.join(ws, key), dir);
      return true;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  async save(key: string, dir: string): Promise<void> {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'sandbox-checks-cache-save-'));
    try {
      const r = await this.child({ op: 'save', key: cacheEntryKey(key), path: key }, path.dirname(dir), tmp, [tmp]);
      if (r.code === CHILD_HIT && !r.problems.length) return;
      // The library tells why it could not reserve the entry only in its debug log; an entry that exists (another job saved it first) is no problem.
      const reserve = r.debug.find((d) => d.startsWith('Failed to reserve cache: '))?.slice(25);
      if (r.code === CHILD_MISS && !r.problems.length && reserve && /\(409\)|already exists/.test(reserve)) return;
      // Nothing said and nothing saved: the runner's cache mode does not permit writes (a read-only token), which the library logs as info.
      if (r.code === CHILD_MISS && !r.problems.length && !reserve) return;
      throw new Error([...r.problems, ...(reserve ? [reserve] : [])].join('; ') || `the cache step ended with ${r.code ?? r.signal}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  private child(req: LayerCacheRequest, workspace: string, tmp: string, writable: string[]): Promise<{ code: number | null; signal: string | null; problems: string[]; debug: string[] }> {
    const env: NodeJS.ProcessEnv = { [LAYER_CACHE_OP]: JSON.stringify(req), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tmp, TMPDIR: tmp, HOME: tmp };
    // The library's reasons for a failed save are debug lines; a restore needs none (and would list the entry's names).
    if (req.op === 'save') env.RUNNER_DEBUG = '1';
    for (const k of PASSED) if (this.o.env[k] !== undefined) env[k] = this.o.env[k];
    const binds = writable.flatMap((w) => ['--bind', w, w]);
    const argv = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', ...binds, '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--die-with-parent', '--new-session', '--chdir', workspace, '--', ...this.o.command];
    return new Promise((resolve) => {
      const child = spawn(this.o.bwrap ?? 'bwrap', argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (b: Buffer) => (out = (out + b.toString('utf8')).slice(-256 * 1024)));
      child.stderr.on('data', (b: Buffer) => (err = (err + b.toString('utf8')).slice(-16 * 1024)));
      const timer = setTimeout(() => child.kill('SIGKILL'), OP_TIMEOUT_MS);
      child.on('error', (e) => {
        clearTimeout(timer);
        resolve({ code: null, signal: null, problems: [`bubblewrap could not be started: ${e.message}`], debug: [] });
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const problems = problemsOf(out);
        if (code !== CHILD_HIT && code !== CHILD_MISS && code !== CHILD_OTHER_KEY && !problems.length && err.trim()) problems.push(err.trim().split('\n').slice(-3).join(' '));
        resolve({ code, signal, problems, debug: commandsOf(out, 'debug') });
      });
    });
  }
}

function ownAll(p: string, uid: number, gid: number): void {
  lchownSync(p, uid, gid);
  if (lstatSync(p).isDirectory()) for (const e of readdirSync(p)) ownAll(path.join(p, e), uid, gid);
}

/** Whether a folder holds anything but empty folders (the library leaves its download folder behind, empty). */
function holdsFiles(dir: string): boolean {
  return readdirSync(dir).some((n) => {
    const p = path.join(dir, n);
    return !lstatSync(p).isDirectory() || holdsFiles(p);
  });
}

/** The warnings and errors the library wrote as workflow commands (its failures are logged, not thrown). */
function problemsOf(stdout: string): string[] {
  return [...commandsOf(stdout, 'warning'), ...commandsOf(stdout, 'error')];
}

function commandsOf(stdout: string, command: string): string[] {
  const out: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (m && m[1] === command) out.push(unescapeCommandData(m[2]!).slice(0, 600));
  }
  return out;
}

/**
 * Why the extracted tree under `ws` is not exactly one layer folder `name`
 * of plain folders, files and links that resolve inside it (undefined: it is).
 */
function unsafeEntry(ws: string, name: string): string | undefined {
  const top = readdirSync(ws);
  const stray = top.filter((n) => n !== name);
  if (stray.length) return `it holds paths outside the layer's folder (${stray.slice(0, 3).join(', ')})`;
  if (!top.length) return "it does not hold the layer's folder";
  const root = path.join(ws, name);
  if (!lstatSync(root).isDirectory()) return "the layer's folder is not a folder";
  const real = realpathSync(root);
  const inside = (p: string) => p === real || p.startsWith(`${real}/`) || p === root || p.startsWith(`${root}/`);
  const walk = (p: string): string | undefined => {
    const st = lstatSync(p);
    const rel = path.relative(ws, p);
    if (st.mode & 0o6000) return `${rel} has a set-id bit`;
    if (st.isSymbolicLink()) {
      const target = readlinkSync(p);
      // Where the link leads through every link on the way; a dangling one by its text.
      let resolved: string;
      try {
        resolved = realpathSync(p);
      } catch {
        resolved = path.resolve(path.dirname(p), target);
      }
      if (path.isAbsolute(target) || !inside(resolved)) return `${rel} is a link out of the layer (to ${target})`;
      return undefined;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) {
        const bad = walk(path.join(p, e));
        if (bad) return bad;
      }
      return undefined;
    }
    return st.isFile() ? undefined : `${rel} is not a file, folder or link`;
  };
  return walk(root);
}
