// Small pieces the language modules build their shell commands from.

import path from 'node:path';

import { shellQuote } from '../trust/shell.js';

export const sh = shellQuote;

/** Package names as shell words. */
export const quoteAll = (pkgs: string[]) => pkgs.map(shellQuote).join(' ');

/** `src/main.ts` → `src/main`. */
export const stem = (entry: string) => entry.slice(0, entry.length - path.extname(entry).length);

/**
 * Shell that copies the project files an install left in `dir` (a read-only
 * package layer, or the same folder of a per-check install) into the
 * workspace, where the build may still rewrite them: the check's own copy.
 */
export const restoreProject = (dir: string, files: string[]) =>
  files.map((f) => `if [ -f ${sh(`${dir}/${f}`)} ]; then cp ${sh(`${dir}/${f}`)} ${sh(f)}; fi; `).join('');

/** Whether a package or a path in a project file names a workspace path rather than a registry's package. */
export const isLocalPath = (p: string) => /^(\.{1,2}(\/|$)|\/)/.test(p);
