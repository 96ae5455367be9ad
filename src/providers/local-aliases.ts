// Commands documentation calls by a name the sandbox's system may lack: the
// languages name them (`python` for python3: Debian ships no `python` without
// python-is-python3, and documentation calls it in `$ python -c ...` and bash
// blocks). When a sandbox's PATH has no such command but has its target, a
// read-only folder holding `name -> <that target>` goes at the end of the
// sandbox's PATH. One folder per set of targets, made once per run.

import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

import { LANGUAGES } from '../languages/index.js';
import { isExecutable } from './local-shims.js';

/** Where the alias folder is mounted inside a sandbox (its own top folder, so no toolchain mount can be under it). */
export const ALIAS_BIN = '/sandbox-checks/bin';

/** Alias name → the binary it would run, for a sandbox with these PATH folders; only names it lacks. */
export function aliasTargets(dirs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const [name, tool] of Object.entries(lang.commandAliases ?? {})) {
      if (out.has(name) || dirs.some((d) => isExecutable(path.join(d, name)))) continue;
      const dir = dirs.find((d) => isExecutable(path.join(d, tool)));
      if (dir) out.set(name, path.join(dir, tool));
    }
  }
  return out;
}

/** The python3 a sandbox with these PATH folders would run, when it has no `python` of its own. */
export function pythonAliasTarget(dirs: string[]): string | undefined {
  return aliasTargets(dirs).get('python');
}

/** The host folder holding the alias links, made under `base` on first use. */
export function aliasFolder(base: string, targets: Map<string, string>, made: Map<string, string>): string {
  const key = JSON.stringify([...targets]);
  let dir = made.get(key);
  if (!dir) {
    dir = path.join(base, `alias-${made.size}`);
    mkdirSync(dir, { mode: 0o755 });
    for (const [name, target] of targets) symlinkSync(target, path.join(dir, name));
    made.set(key, dir);
  }
  return dir;
}
