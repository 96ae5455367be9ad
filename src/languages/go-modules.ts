// What a Go package install reads besides the packages named: the local
// modules go.mod replaces requirements with (`replace x => ./x`), and a module
// proxy kept in the workspace (GOPROXY=file:///workspace/…). The install of a
// shared layer sees only the files it reads, so these must be among them.

import type { CheckFile } from '../types.js';
import { isLocalPath } from './commands.js';

/** The right-hand sides of go.mod's `replace` directives that are file paths (Go: they start with ./, ../ or /). */
export function goReplacePaths(goMod: string): string[] {
  const out: string[] = [];
  const text = goMod.replace(/\/\/[^\n]*/g, '');
  const lines: string[] = [];
  for (const m of text.matchAll(/^\s*replace\s*\(([^)]*)\)/gm)) lines.push(...m[1]!.split('\n'));
  for (const m of text.matchAll(/^\s*replace\s+([^(\n][^\n]*)$/gm)) lines.push(m[1]!);
  for (const line of lines) {
    const rhs = line.split('=>')[1]?.trim() ?? '';
    const target = /^"((?:[^"\\]|\\.)*)"|^`([^`]*)`|^(\S+)/.exec(rhs)?.slice(1).find((x) => x !== undefined);
    if (target && isLocalPath(target)) out.push(target);
  }
  return out;
}

/** Workspace folders named by file:// entries of GOPROXY (entries are separated by , or |). */
export function goProxyPaths(goproxy: string | undefined): string[] {
  return (goproxy ?? '')
    .split(/[,|]/)
    .map((e) => e.trim())
    .filter((e) => e.startsWith('file:///workspace/') || e === 'file:///workspace')
    .map((e) => decodeURI(e.slice('file://'.length)));
}

export function goLocalSources(files: CheckFile[], env: Record<string, string>): string[] {
  const goMod = files.find((f) => f.path === 'go.mod');
  return [...(goMod ? goReplacePaths(goMod.content.toString('utf8')) : []), ...goProxyPaths(env.GOPROXY)];
}
