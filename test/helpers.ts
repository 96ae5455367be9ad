// Shared test helpers: checks and plans built the way the planner builds them,
// run on the real local provider.

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { DEFAULT_LIMITS } from '../src/limits.js';
import { runChecks, type RunOptions } from '../src/engine/run.js';
import { getLanguage } from '../src/languages/index.js';
import type { Check, Limits, Outcome, Plan } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(ROOT, 'dist/cli/index.js');

export interface CheckInput extends Partial<Omit<Check, 'limits'>> {
  code: string;
  language: string;
  limits?: Partial<Limits>;
}

export function check(input: CheckInput): Check {
  const lang = getLanguage(input.language);
  const entry = lang.fileNameFor?.(input.code) ?? lang.fileName;
  const { code, limits, language: _alias, ...rest } = input;
  return {
    name: input.name ?? `${lang.id} check`,
    language: lang.id,
    entry,
    files: [{ path: entry, content: Buffer.from(code) }],
    args: [],
    env: {},
    stdin: '',
    network: false,
    packages: [],
    expect: {},
    ...rest,
    limits: { ...DEFAULT_LIMITS, timeoutMs: 20_000, ...limits },
  };
}

let logRoot: string | undefined;
let logRuns = 0;
/**
 * A fresh log folder per plan, under one folder per test file in the suite's
 * private TMPDIR (removed with it): logs of failing checks are kept on purpose.
 */
export function testLogDir(): string {
  logRoot ??= mkdtempSync(path.join(os.tmpdir(), 'sc-test-logs-'));
  return path.join(logRoot, String(++logRuns));
}

export function plan(checks: Check[], extra: Partial<Plan> = {}): Plan {
  return { checks, provider: 'local', concurrency: 2, stream: false, e2b: {}, logDir: testLogDir(), ...extra };
}

export async function runLocal(checks: Check[], options: RunOptions = {}, extra: Partial<Plan> = {}): Promise<Outcome[]> {
  const r = await runChecks(plan(checks, extra), options);
  return r.outcomes;
}

export async function runOneLocal(input: CheckInput): Promise<Outcome> {
  const [o] = await runLocal([check(input)]);
  return o!;
}

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the bundled CLI as a user would. */
export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; node?: string; timeoutMs?: number } = {}): Promise<Spawned> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(opts.node ?? process.execPath, [CLI, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, CI: 'true', NO_COLOR: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Processes on the machine whose command line contains `marker`. */
export async function processesWith(marker: string): Promise<number> {
  const { readdirSync, readFileSync } = await import('node:fs');
  let n = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) n++;
    } catch {
      /* gone */
    }
  }
  return n;
}
