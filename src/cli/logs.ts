// Where the CLI keeps full logs: one folder per run under
// $XDG_STATE_HOME/sandbox-checks/runs (default ~/.local/state), holding only
// the logs of checks that did not pass (all of them with --keep-logs), and
// only the last RUNS_KEPT runs. A run that leaves nothing to read leaves no
// folder. When the state folder cannot be made (read-only home), logs go to
// a temporary folder, settled the same way.

import { randomBytes } from '../crypto.js';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RUNS_KEPT = 10;

const RUN_NAME = /^\d{8}T\d{6}Z-[0-9a-f]{6}$/;

export function runsRoot(env: NodeJS.ProcessEnv): string {
  const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(env.HOME || os.homedir(), '.local', 'state');
  return path.join(state, 'sandbox-checks', 'runs');
}

/** A fresh folder for this run's logs (sortable by time), or a temporary one. */
export function newRunDir(env: NodeJS.ProcessEnv, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const dir = path.join(runsRoot(env), `${stamp}-${randomBytes(3).toString('hex')}`);
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return mkdtempSync(path.join(os.tmpdir(), 'sandbox-checks-logs-'));
  }
}

/** Removes all but the newest `keep` run folders (only folders this module names). */
export function pruneRuns(root: string, keep = RUNS_KEPT): string[] {
  let names: string[];
  try {
    names = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && RUN_NAME.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const gone = names.slice(0, Math.max(0, names.length - keep));
  for (const n of gone) rmSync(path.join(root, n), { recursive: true, force: true });
  return gone;
}
