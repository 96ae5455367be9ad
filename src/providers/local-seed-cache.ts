// Some toolchains build a cache on first use that every check would rebuild
// (Go compiles its standard library: ~8 s). The language module says how to
// warm it (its `cacheSeed`); the cache is warmed once per run and language by
// the toolchain alone (no checked code) and copied into each workspace of
// that language, so checks never share a writable cache.

import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';

import type { Language } from '../languages/index.js';
import type { Limits } from '../types.js';
import { chownTree } from './local-userns.js';
import type { RunResult, RunRequest, SandboxSpec } from './provider.js';

const SEED_LIMITS: Limits = {
  timeoutMs: 120_000,
  memoryBytes: 2 * 1024 ** 3,
  processes: 256,
  outputBytes: 1 << 20,
  fileSizeBytes: 512 * 1024 ** 2,
  openFiles: 1024,
};

/** The sandbox a language's warm-up program is built in. */
export function seedSpec(lang: Language): SandboxSpec {
  return { name: `${lang.id}-cache`, language: lang.id, network: false, env: {}, limits: SEED_LIMITS };
}

/** What the cache needs of the sandbox that builds the warm-up program. */
export interface SeedSandbox {
  run(req: RunRequest): Promise<RunResult>;
  destroy(opts: { keepFiles: true }): Promise<unknown>;
}

export class SeedCaches {
  /** Per language: the warmed cache folder, or undefined when warming failed. */
  private readonly seeded = new Map<string, Promise<string | undefined>>();

  /**
   * Copies the run's warmed cache of `lang` into `workspace`, warming it
   * first (in `seedDir`, by the sandbox `open` makes over `seedDir/workspace`)
   * when this is the run's first check of that language. `ownedByUserns`:
   * the seed workspace is handed to the sandbox's user namespace, as a
   * check's is.
   */
  async copyInto(
    lang: Language,
    workspace: string,
    seedDir: string,
    ownedByUserns: boolean,
    open: (seedWorkspace: string) => SeedSandbox,
  ): Promise<void> {
    const seed = lang.cacheSeed;
    if (!seed) return;
    let warmed = this.seeded.get(lang.id);
    if (!warmed) {
      warmed = (async () => {
        const seedWorkspace = path.join(seedDir, 'workspace');
        mkdirSync(seedWorkspace, { recursive: true });
        for (const [name, content] of Object.entries(seed.files)) writeFileSync(path.join(seedWorkspace, name), content);
        if (ownedByUserns) {
          chownTree(seedWorkspace);
          chmodSync(seedWorkspace, 0o711);
        }
        const sandbox = open(seedWorkspace);
        const r = await sandbox.run({
          command: seed.command,
          env: lang.env ?? {},
          stdin: '',
          network: false,
          deadline: Date.now() + SEED_LIMITS.timeoutMs,
          onStdout: () => {},
          onStderr: () => {},
          signal: new AbortController().signal,
        });
        await sandbox.destroy({ keepFiles: true });
        const cache = path.join(seedWorkspace, '.cache');
        return r.exitCode === 0 && existsSync(cache) ? cache : undefined;
      })();
      this.seeded.set(lang.id, warmed);
    }
    const cache = await warmed;
    if (cache) await cp(cache, path.join(workspace, '.cache'), { recursive: true });
  }

  /** The run ended (its folder is gone): the next run warms its own. */
  forget(): void {
    this.seeded.clear();
  }
}
