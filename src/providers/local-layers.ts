// Package layers on the local provider: the install runs once in a sandbox of
// its own (the same bubblewrap boundary as a check: own uid, network
// namespace, limits, a workspace holding only what the installer reads), and
// what it leaves in its output folders is moved out to a folder of that
// layer alone. Checks then get those folders read-only at the same workspace
// paths (local-bwrap.ts mounts them), so the program sees what a per-check
// install would have left, and can change none of it.
//
// Taking the outputs out is the boundary between the install's files and
// the host: an output must be a real folder (a link there would name any
// host folder to mount), links inside it stay links (they resolve in the
// sandbox, where the host is not), and the layer then belongs to this
// process's user with no set-id bits and no group/other write: as root,
// checks (host nobody) could not change it even without the read-only mount.

import { lstatSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { chmod, cp, lchown, lstat, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';

import { locateTool } from './local-toolchains.js';
import type { LayerInstall, LayerMount, LayerSupport, RunResult, Sandbox, SandboxSpec } from './provider.js';

/** A local sandbox and the host folder that is its workspace. */
export interface WorkspaceSandbox extends Sandbox {
  readonly workspace: string;
}

/** Workspace-relative folder a layer may be mounted at: plain names only, nothing that leaves the workspace. */
export function validLayerPath(p: string): boolean {
  return p.length > 0 && !path.isAbsolute(p) && p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * Which build of a tool a binary is, without running it on the host (a
 * version manager would read the repository's files): its real path, size,
 * modification time and inode, which an upgrade or a reinstall changes.
 */
export function binaryIdentity(binary: string): string {
  try {
    const real = realpathSync(binary);
    const st = statSync(real);
    return `${real}:${st.size}:${Math.round(st.mtimeMs)}:${st.ino}`;
  } catch {
    return `${binary}:unreadable`;
  }
}

export class LocalLayers implements LayerSupport {
  constructor(private readonly make: (spec: SandboxSpec) => Promise<WorkspaceSandbox>) {}

  async toolchainIdentity(tools: string[]): Promise<string> {
    const parts: string[] = [];
    for (const tool of [...new Set(tools)].sort()) {
      const found = await locateTool(tool);
      parts.push(`${tool}:${found ? binaryIdentity(found.binary) : 'missing'}`);
    }
    return parts.join('\n');
  }

  async install(req: LayerInstall): Promise<RunResult> {
    for (const out of req.outputs) if (!validLayerPath(out)) throw new Error(`layer output "${out}" is not a plain workspace-relative folder`);
    const sandbox = await this.make({ name: 'package layer', language: req.language, network: true, limits: req.limits, env: req.env, installs: true });
    try {
      await sandbox.upload(req.files);
      const r = await sandbox.run({
        command: req.command,
        env: req.env,
        stdin: '',
        network: true,
        deadline: req.deadline,
        signal: req.signal,
        onStdout: req.onOutput,
        onStderr: req.onOutput,
      });
      if (r.exitCode !== 0 || r.limit || r.sandboxError || r.signal) return r;
      // Every process of the install is gone once run returns: nothing changes the files while they are taken out.
      for (const out of req.outputs) {
        const problem = await takeOutput(sandbox.workspace, out, path.join(req.dest, out));
        if (problem) return { exitCode: null, sandboxError: `the install's ${out}: ${problem}` };
      }
      return r;
    } finally {
      await sandbox.destroy();
    }
  }
}

/** Moves (or copies) workspace/out to dest; an error sentence when the install left something that is not a plain folder tree. */
async function takeOutput(workspace: string, out: string, dest: string): Promise<string | undefined> {
  let dir = workspace;
  for (const part of out.split('/')) {
    dir = path.join(dir, part);
    let st;
    try {
      st = lstatSync(dir);
    } catch {
      // Nothing installed there (no packages of that kind): an empty layer folder.
      await mkdir(dest, { recursive: true, mode: 0o755 });
      return undefined;
    }
    if (!st.isDirectory()) return `${path.relative(workspace, dir)} is ${st.isSymbolicLink() ? 'a link' : 'not a folder'}, so it is not used`;
  }
  try {
    await mkdir(path.dirname(dest), { recursive: true, mode: 0o755 });
    // Moved when the cache is on the same file system (the sandbox is gone, and its folder with it), else copied.
    await rename(dir, dest).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EXDEV') throw e;
      await cp(dir, dest, { recursive: true, verbatimSymlinks: true, dereference: false, errorOnExist: true, force: false });
    });
  } catch (e) {
    return `could not be copied (${(e as Error).message})`;
  }
  await tighten(dest);
  return undefined;
}

/**
 * Owned by this process's user (what the install made belongs to the uid
 * checks run as), folders 0755, files 0755 or 0644 (by the owner's
 * execute bit): no set-id, sticky or group/other write, readable by checks.
 * Never follows links.
 */
async function tighten(p: string): Promise<void> {
  const st = await lstat(p);
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid !== undefined && gid !== undefined && (st.uid !== uid || st.gid !== gid)) await lchown(p, uid, gid);
  if (st.isSymbolicLink()) return;
  const mode = st.isDirectory() || st.mode & 0o100 ? 0o755 : 0o644;
  if ((st.mode & 0o7777) !== mode) await chmod(p, mode);
  if (st.isDirectory()) for (const e of await readdir(p)) await tighten(path.join(p, e));
}

/** The layers' mount points, made before the sandbox starts so bwrap never creates folders in the workspace. */
export function makeMountPoints(workspace: string, layers: LayerMount[] | undefined): void {
  for (const l of layers ?? []) {
    if (!validLayerPath(l.path)) throw new Error(`layer path "${l.path}" is not a plain workspace-relative folder`);
    mkdirSync(path.join(workspace, l.path), { recursive: true, mode: 0o755 });
  }
}

/** bwrap arguments mounting a sandbox's layers read-only over its workspace (after the workspace bind). */
export function layerMountArgs(layers: LayerMount[] | undefined, workspaceMount: string): string[] {
  const args: string[] = [];
  for (const l of layers ?? []) {
    if (!validLayerPath(l.path)) throw new Error(`layer path "${l.path}" is not a plain workspace-relative folder`);
    args.push('--ro-bind', l.hostDir, `${workspaceMount}/${l.path}`);
  }
  return args;
}
