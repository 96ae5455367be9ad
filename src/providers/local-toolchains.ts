// Finds the host toolchains a sandbox needs and the folders to mount read-only
// for them. Version-manager shims (pyenv, rustup) are resolved to the real
// toolchain so the sandbox never needs the runner's home.

import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Toolchain {
  tool: string;
  /** The binary to call, as the sandbox sees it (same path as on the host). */
  binary: string;
  /** Folder put on the sandbox's PATH. */
  binDir: string;
  /** Host folders bound read-only at the same path. */
  mounts: string[];
}

/** Folders the sandbox always gets read-only; tools inside need no extra mount. */
export const SYSTEM_ROOTS = ['/usr', '/bin', '/sbin', '/lib', '/lib64', '/lib32'];

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * PATH as a toolchain search path: project-local tool folders (node_modules/.bin,
 * which npm scripts put first) are never toolchains for checked code, and
 * mounting them would expose the repository.
 */
export function searchPath(envPath = process.env.PATH ?? ''): string[] {
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

/** The folder to mount for a binary: its toolchain root, never a home or the repo. */
function mountRootFor(binary: string): string | undefined {
  if (underSystemRoot(binary)) return undefined;
  const binDir = path.dirname(binary);
  const root = path.basename(binDir) === 'bin' ? path.dirname(binDir) : binDir;
  const home = os.homedir();
  const cwd = process.cwd();
  const tooWide =
    root === '/' || root === home || home.startsWith(`${root}/`) || cwd === root || cwd.startsWith(`${root}/`);
  return tooWide ? binDir : root;
}

async function output(cmd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run(cmd, args, { timeout: 10_000, env: process.env });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** Tools whose PATH entry is a shim: ask the tool where it really lives. */
const RESOLVERS: Record<string, (found: string) => Promise<string | undefined>> = {
  python3: (found) => output(found, ['-c', 'import sys; print(sys.executable)']),
  rustc: async (found) => {
    const sysroot = await output(found, ['--print', 'sysroot']);
    return sysroot ? path.join(sysroot, 'bin', 'rustc') : undefined;
  },
  cargo: async () => {
    const rustc = which('rustc');
    const sysroot = rustc ? await output(rustc, ['--print', 'sysroot']) : undefined;
    return sysroot ? path.join(sysroot, 'bin', 'cargo') : undefined;
  },
};

/** Extra roots a toolchain needs beside its binary's folder. */
function companionMounts(binary: string): string[] {
  // The JVM and the Go toolchain find their libraries relative to the real binary.
  const mounts: string[] = [];
  const rootOf = mountRootFor(binary);
  if (rootOf) mounts.push(rootOf);
  return mounts;
}

const cache = new Map<string, Promise<Toolchain | undefined>>();

export function locateTool(tool: string): Promise<Toolchain | undefined> {
  let found = cache.get(tool);
  if (!found) {
    found = locate(tool);
    cache.set(tool, found);
  }
  return found;
}

async function locate(tool: string): Promise<Toolchain | undefined> {
  const onPath = which(tool);
  if (!onPath) return undefined;
  let binary = onPath;
  const resolver = RESOLVERS[tool];
  if (resolver) {
    const real = await resolver(onPath);
    if (real && isExecutable(real)) binary = real;
  }
  let real: string;
  try {
    real = realpathSync(binary);
  } catch {
    return undefined;
  }
  // Keep the name the tool was called by (python3, not python3.11) but in the
  // real folder, so `python3 -m pip` and siblings resolve inside the toolchain.
  // A PATH entry under the read-only system folders works as it is (npm's
  // /usr/bin/npm link needs its own name to find its files); elsewhere the
  // real folder is mounted and used.
  const binDir =
    binary !== onPath ? path.dirname(binary) : underSystemRoot(path.dirname(onPath)) ? path.dirname(onPath) : path.dirname(real);
  const mounts = new Set<string>(companionMounts(real));
  if (binary !== real) for (const m of companionMounts(binary)) mounts.add(m);
  return { tool, binary: path.join(binDir, path.basename(binary)), binDir, mounts: [...mounts] };
}
