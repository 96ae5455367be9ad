// Go compiles the standard library into its build cache on first use (~8 s).
// A cache warmed once per run by the toolchain alone (no checked code) is
// copied into each Go workspace, so checks never share a writable cache.

import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';

import { getLanguage } from '../languages/registry.js';
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

/** The sandbox the seed program is built in. */
export const GO_SEED_SPEC: SandboxSpec = { name: 'go-cache', language: 'go', network: false, env: {}, limits: SEED_LIMITS };

/** A program importing the packages most checks use, so their compiled forms are in the cache. */
const SEED_PROGRAM =
  'package main\nimport (\n"bufio"\n"encoding/json"\n"errors"\n"fmt"\n"math"\n"os"\n"sort"\n"strconv"\n"strings"\n"sync"\n"time"\n)\nvar _ = []any{bufio.NewReader, json.Marshal, errors.New, math.Sqrt, os.Exit, sort.Ints, strconv.Itoa, strings.Split, sync.NewCond, time.Now}\nfunc main(){ fmt.Println() }\n';

/** What the cache needs of the sandbox that builds the seed program. */
export interface SeedSandbox {
  run(req: RunRequest): Promise<RunResult>;
  destroy(opts: { keepFiles: true }): Promise<unknown>;
}

export class GoCache {
  private seeded?: Promise<string | undefined>;

  /**
   * Copies the run's warmed cache into `workspace`, warming it first (in
   * `seedDir`, by the sandbox `open` makes over `seedDir/workspace`) when
   * this is the run's first Go check. `ownedByUserns`: the seed workspace is
   * handed to the sandbox's user namespace, as a check's is.
   */
  async copyInto(workspace: string, seedDir: string, ownedByUserns: boolean, open: (seedWorkspace: string) => SeedSandbox): Promise<void> {
    this.seeded ??= (async () => {
      const seedWorkspace = path.join(seedDir, 'workspace');
      mkdirSync(seedWorkspace, { recursive: true });
      writeFileSync(path.join(seedWorkspace, 'main.go'), SEED_PROGRAM);
      if (ownedByUserns) {
        chownTree(seedWorkspace);
        chmodSync(seedWorkspace, 0o711);
      }
      const seed = open(seedWorkspace);
      const r = await seed.run({
        command: 'GO111MODULE=off go build -o /tmp/seed main.go',
        env: getLanguage('go').env ?? {},
        stdin: '',
        network: false,
        deadline: Date.now() + 120_000,
        onStdout: () => {},
        onStderr: () => {},
        signal: new AbortController().signal,
      });
      await seed.destroy({ keepFiles: true });
      const cache = path.join(seedWorkspace, '.cache');
      return r.exitCode === 0 && existsSync(cache) ? cache : undefined;
    })();
    const cache = await this.seeded;
    if (cache) await cp(cache, path.join(workspace, '.cache'), { recursive: true });
  }

  /** The run ended (its folder is gone): the next run warms its own. */
  forget(): void {
    this.seeded = undefined;
  }
}
