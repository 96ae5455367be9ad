// `python` for sandboxes that have only `python3`. Documentation calls
// `python` (`$ python -c ...`, bash blocks), and Debian ships no `python`
// without python-is-python3. When no `python` is on a sandbox's PATH but a
// `python3` is, a read-only folder holding `python -> <that python3>` goes at
// the end of the sandbox's PATH. One folder per target, made once per run.

import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

import { isExecutable } from './local-shims.js';

/** Where the alias folder is mounted inside a sandbox (its own top folder, so no toolchain mount can be under it). */
export const ALIAS_BIN = '/sandbox-checks/bin';

/** The python3 a sandbox with these PATH folders would run, when it has no `python` of its own. */
export function pythonAliasTarget(dirs: string[]): string | undefined {
  if (dirs.some((d) => isExecutable(path.join(d, 'python')))) return undefined;
  const dir = dirs.find((d) => isExecutable(path.join(d, 'python3')));
  return dir ? path.join(dir, 'python3') : undefined;
}

/** The host folder holding `python -> target`, made under `base` on first use. */
export function aliasFolder(base: string, target: string, made: Map<string, string>): string {
  let dir = made.get(target);
  if (!dir) {
    dir = path.join(base, `alias-${made.size}`);
    mkdirSync(dir, { mode: 0o755 });
    symlinkSync(target, path.join(dir, 'python'));
    made.set(target, dir);
  }
  return dir;
}
