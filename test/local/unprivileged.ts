// The engine run as an unprivileged user (uid 1000) from a test that runs as
// root: compiled once per describe block so plain node can load it, then
// started under setpriv with a HOME of that user's own (where its layer cache
// lives), running the checks `times` times in one process.

import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import type { Check, Outcome, RunSummary } from '../../src/types.js';
import { ROOT } from '../helpers.js';

export const UNPRIVILEGED_UID = 1000;

export interface UnprivilegedRuns {
  code: number | null;
  stderr: string;
  /** Each run's package layers and outcomes, in order. */
  runs: { layers: RunSummary['packageLayers']; outcomes: Outcome[] }[];
  /** The user's HOME (its layer cache is .cache/sandbox-checks/layers); the caller removes it. */
  home: string;
}

/** Registers the compile (beforeAll) and its removal (afterAll) in the calling describe block; returns the runner. */
export function unprivilegedEngine(name: string): { run(checks: Check[], times?: number): Promise<UnprivilegedRuns> } {
  const lib = path.join(ROOT, 'lib', `.${name}-${randomBytes(4).toString('hex')}`);
  beforeAll(() => {
    execFileSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', lib, '--declaration', 'false'], { stdio: 'pipe' });
    writeFileSync(
      path.join(lib, 'unprivileged-runner.mjs'),
      `import { runChecks } from './engine/run.js';\n` +
        `const checks = JSON.parse(process.argv[2], (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v));\n` +
        `const out = [];\n` +
        `for (let i = 0; i < Number(process.argv[3]); i++) out.push(await runChecks({ checks, provider: 'local', concurrency: 2, stream: false, e2b: {} }));\n` +
        `process.stdout.write(JSON.stringify(out.map((r) => ({ layers: r.packageLayers, outcomes: r.outcomes }))));\n`,
    );
  }, 180_000);
  afterAll(() => rmSync(lib, { recursive: true, force: true }));
  return {
    async run(checks, times = 1) {
      const home = mkdtempSync(path.join(os.tmpdir(), `sc-${name}-home-`));
      execFileSync('chmod', ['0755', home]);
      execFileSync('chown', [`${UNPRIVILEGED_UID}:${UNPRIVILEGED_UID}`, home]);
      const id = String(UNPRIVILEGED_UID);
      const child = spawn('setpriv', [`--reuid=${id}`, `--regid=${id}`, '--clear-groups', '--', process.execPath, path.join(lib, 'unprivileged-runner.mjs'), JSON.stringify(checks), String(times)], {
        env: { PATH: '/usr/bin:/bin', HOME: home, TMPDIR: home },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      const code = await new Promise<number | null>((r) => child.on('close', r));
      let runs: UnprivilegedRuns['runs'] = [];
      if (code === 0) runs = JSON.parse(stdout) as UnprivilegedRuns['runs'];
      return { code, stderr, runs, home };
    },
  };
}
