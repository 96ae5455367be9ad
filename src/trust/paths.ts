// Where a path may lead, decided once. A repository's config, Markdown and
// globs may name only files of that repository, never one in .git (a
// checkout's credentials) or in the host's system folders, and a file placed
// in a sandbox or linked from a report stays below where it is put. The
// planner (plan/files.ts), the Action's plan guard (trust/plan.ts) and the
// reports' links use these; the providers' own last checks should too.

import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Host folders no check may read, whatever a config says. */
const SYSTEM_FOLDERS: readonly string[] = ['/proc', '/sys', '/dev'];

/** `abs` is `root` or below it, by the paths' text (links are not resolved). */
export function isWithin(abs: string, root: string): boolean {
  const r = path.resolve(root);
  const p = path.resolve(abs);
  return p === r || p.startsWith(r.endsWith(path.sep) ? r : `${r}${path.sep}`);
}

/** The path with every link resolved; as written (resolved) when it does not exist. */
export function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** `abs` is `root` or below it once links are resolved (a link out of root is outside). */
export function isWithinReal(abs: string, root: string): boolean {
  return isWithin(realPath(abs), realPath(root));
}

/** One of the path's folders or its name is `name` (".git", ".."); both separators count. */
export function hasSegment(p: string, name: string): boolean {
  return p.split(/[\\/]/).includes(name);
}

/** A relative path that stays below where it is put: not absolute, and no `..` among its parts. */
export function staysBelow(rel: string): boolean {
  return !rel.startsWith('/') && !path.isAbsolute(rel) && !hasSegment(rel, '..');
}

/** The system folder an absolute path is in (/proc, /sys, /dev), or undefined. */
export function systemFolderOf(abs: string): string | undefined {
  return SYSTEM_FOLDERS.find((d) => isWithin(abs, d));
}
