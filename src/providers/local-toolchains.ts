// Finds the host toolchains a sandbox needs and the folders to mount read-only
// for them. Nothing is executed on the host: a repository controls the files
// that version managers read from the current folder, so shims are resolved
// from the managers' own global settings (local-shims.ts) and plain binaries by
// their real path. Only a toolchain's own folder is mounted, never a home
// dot-folder that may hold credentials (~/.cargo, ~/.config, ~/.ssh, ...).

import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { isExecutable, resolveShim, type HostContext } from './local-shims.js';

export interface Toolchain {
  tool: string;
  /** The binary to call, as the sandbox sees it (same path as on the host). */
  binary: string;
  /** Folder put on the sandbox's PATH. */
  binDir: string;
  /** Host folders bound read-only at the same path. */
  mounts: string[];
  /** How it was chosen (the version manager and the setting read), for doctor. */
  via?: string;
}

export interface ToolLookup {
  found?: Toolchain;
  /** PATH entries passed over, and why (an unresolvable shim, a folder too wide to mount). */
  skipped: string[];
}

/** Folders the sandbox always gets read-only; tools inside need no extra mount. */
export const SYSTEM_ROOTS = ['/usr', '/bin', '/sbin', '/lib', '/lib64', '/lib32'];

/** Home entries that hold credentials or settings: never mounted, nor anything under them. */
const HOME_DENY = ['.ssh', '.gnupg', '.aws', '.azure', '.config', '.docker', '.kube', '.cargo', '.npmrc', '.pypirc', '.netrc', '.git-credentials', '.gem', '.m2', '.gradle', '.local/share/keyrings'];

/**
 * PATH as a toolchain search path: project-local tool folders (node_modules/.bin,
 * which npm scripts put first) are never toolchains for checked code, and
 * mounting them would expose the repository.
 */
function searchPath(envPath = process.env.PATH ?? ''): string[] {
  return envPath
    .split(':')
    .filter((d) => d && path.isAbsolute(d) && !d.split(path.sep).includes('node_modules'));
}

export function which(tool: string, dirs = searchPath()): string | undefined {
  for (const dir of dirs) {
    const candidate = path.join(dir, tool);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function underSystemRoot(p: string): boolean {
  return SYSTEM_ROOTS.some((r) => p === r || p.startsWith(`${r}/`));
}

/** System folders that configure or expose the host: never a toolchain folder. */
const SYSTEM_DENY = ['/etc', '/proc', '/sys', '/dev', '/run', '/boot', '/var', '/tmp', '/root', '/home', '/srv', '/mnt', '/media'];

/** Whether a folder may be bound into a sandbox: not the root, the home, a direct home entry, a credential folder, host configuration or the repository's parents. */
export function mountable(dir: string, home: string, cwd: string): boolean {
  if (dir === '/' || dir === home || home.startsWith(`${dir}/`) || cwd === dir || cwd.startsWith(`${dir}/`)) return false;
  if (SYSTEM_DENY.includes(dir) || ['/etc', '/proc', '/sys', '/dev', '/run', '/boot'].some((d) => dir.startsWith(`${d}/`))) return false;
  if (dir.startsWith(`${home}/`)) {
    const rel = dir.slice(home.length + 1);
    if (!rel.includes('/')) return false;
    if (HOME_DENY.some((d) => rel === d || rel.startsWith(`${d}/`))) return false;
  }
  return true;
}

/** The folder to mount for a binary: its toolchain root when that may be mounted, else its own folder. */
function mountRootFor(binary: string, home: string, cwd: string): string | undefined {
  if (underSystemRoot(binary)) return undefined;
  const binDir = path.dirname(binary);
  const root = path.basename(binDir) === 'bin' ? path.dirname(binDir) : binDir;
  if (mountable(root, home, cwd)) return root;
  return mountable(binDir, home, cwd) ? binDir : undefined;
}

function realOf(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Where `tool` comes from for a sandbox, read from `env` (the job's, trusted)
 * and the file system only. Deterministic and side-effect free: no process is
 * started, and the current folder (the repository) is consulted only so that
 * it is never mounted.
 */
export function resolveTool(tool: string, env: Record<string, string | undefined> = process.env, cwd = process.cwd()): ToolLookup {
  const home = env.HOME || os.homedir();
  const host: HostContext = { env, home };
  const skipped: string[] = [];
  // The repository's own folders on PATH hold what the repository chose
  // (a link there could name any host folder to mount): never a toolchain.
  const repos = [cwd, env.GITHUB_WORKSPACE].filter((r): r is string => !!r && r !== '/' && r !== home && !home.startsWith(`${r}/`));
  for (const dir of searchPath(env.PATH ?? '')) {
    const onPath = path.join(dir, tool);
    if (!isExecutable(onPath)) continue;
    if (repos.some((r) => dir === r || dir.startsWith(`${r}/`))) {
      skipped.push(`${onPath}: inside the repository, so never a toolchain`);
      continue;
    }
    const shim = resolveShim(dir, tool, host);
    if (shim?.kind === 'unresolved') {
      skipped.push(shim.why);
      continue;
    }
    if (shim?.kind === 'system') continue;
    const binary = shim?.kind === 'real' ? shim.binary : onPath;
    const real = realOf(binary);
    if (!real) continue;
    const mounts = new Set<string>();
    if (shim?.kind === 'real' && !underSystemRoot(real)) {
      if (!mountable(shim.root, home, cwd)) {
        skipped.push(`${shim.via}: ${shim.root} is not mounted into sandboxes (it would expose the home folder)`);
        continue;
      }
      mounts.add(shim.root);
    }
    // The JVM, Go and Python find their libraries relative to the real binary.
    for (const b of [real, binary]) {
      const root = mountRootFor(b, home, cwd);
      const target = root && realOf(root);
      if (root && target && ![...mounts].some((m) => [root, target].some((r) => r === m || r.startsWith(`${m}/`)))) mounts.add(root);
    }
    if (!underSystemRoot(real) && !mounts.size) {
      skipped.push(`${onPath}: its folder is not mounted into sandboxes (it would expose the home folder or the repository)`);
      continue;
    }
    // Keep the name the tool was called by (python3, not python3.11) but in the
    // real folder, so `python3 -m pip` and siblings resolve inside the toolchain.
    // A PATH entry under the read-only system folders works as it is (npm's
    // /usr/bin/npm link needs its own name to find its files); elsewhere the
    // real folder is mounted and used.
    const binDir = binary !== onPath ? path.dirname(binary) : underSystemRoot(dir) ? dir : path.dirname(real);
    const found: Toolchain = { tool, binary: path.join(binDir, path.basename(binary)), binDir, mounts: [...mounts] };
    if (shim?.kind === 'real') found.via = shim.via;
    return { found, skipped };
  }
  return { skipped };
}

const cache = new Map<string, ToolLookup>();

/** The tool as this process's env finds it; resolved once per process. */
export function lookupTool(tool: string): ToolLookup {
  let r = cache.get(tool);
  if (!r) {
    r = resolveTool(tool);
    cache.set(tool, r);
  }
  return r;
}

export async function locateTool(tool: string): Promise<Toolchain | undefined> {
  return lookupTool(tool).found;
}

/**
 * doctor's line for a language's tools: each binary and, for one outside the
 * system folders, the folder mounted for it and the setting that chose it.
 */
export function describeTools(tools: string[]): { missing: string[]; detail: string } {
  const missing: string[] = [];
  const parts: string[] = [];
  const home = process.env.HOME || os.homedir();
  const short = (p: string) => p.split(`${home}/`).join('~/');
  for (const tool of tools) {
    const { found } = lookupTool(tool);
    if (!found) {
      missing.push(tool);
      continue;
    }
    const extra = [found.mounts.length ? `mounts ${found.mounts.join(', ')}` : '', found.via ?? ''].filter(Boolean).join('; ');
    parts.push(short(extra ? `${found.binary} (${extra})` : found.binary));
  }
  return { missing, detail: parts.join(', ') };
}
