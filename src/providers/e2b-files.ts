// Where a check's files live in an E2B sandbox: a fresh folder in the sandbox
// user's home, which `/workspace` in the registry's commands and env stands
// for. Paths that leave that folder are refused before anything is written.

import { randomBytes } from '../crypto.js';
import path from 'node:path';

import type { Sandbox as SdkSandbox } from '@e2b/code-interpreter';

import type { CheckFile } from '../types.js';

/** Where the check's files go: a fresh folder in the sandbox user's home. */
export function freshFolder(): string {
  return `/home/user/check-${randomBytes(5).toString('hex')}`;
}

/** `/workspace` (the registry's commands and env name the workspace so) → the sandbox's folder `dir`. */
export function inWorkspace(text: string, dir: string): string {
  return text.replace(/\/workspace(?=\/|$|[^\w.-])/g, dir);
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

/** Writes the check's files into `dir` (made even when there are none). */
export async function uploadFiles(sdk: SdkSandbox, id: string, dir: string, files: CheckFile[]): Promise<void> {
  const entries = files.map((f) => ({ path: inside(dir, f.path), data: toArrayBuffer(f.content) }));
  try {
    if (entries.length) await sdk.files.write(entries);
    else await sdk.files.makeDir(dir);
  } catch (e) {
    throw new Error(`could not upload the check's files to E2B sandbox ${id}: ${(e as Error).message}`, { cause: e });
  }
}

/** The file a step reads as its stdin: /dev/null when it has none. */
export async function stdinFile(sdk: SdkSandbox, stdin: string): Promise<string> {
  if (!stdin) return '/dev/null';
  const file = `/tmp/sandbox-checks-stdin-${randomBytes(5).toString('hex')}`;
  await sdk.files.write(file, stdin);
  return file;
}
