// Which full logs are worth keeping once a run ends: those of checks that did
// not pass, and of checks whose output was cut short in the report (the log
// has the rest). The others are removed, their `logFile` cleared, and a log
// folder left empty is removed too, so a green run leaves nothing behind.

import { readdirSync, rmdirSync, rmSync } from 'node:fs';

import type { Outcome } from '../types.js';

function keepsLog(o: Outcome): boolean {
  return o.status === 'failed' || o.status === 'timed_out' || o.status === 'error' || o.stdout.truncated || o.stderr.truncated;
}

/** Removes the logs nobody needs; returns whether `dir` still holds any. */
export function settleLogs(outcomes: Outcome[], dir: string): boolean {
  for (const o of outcomes) {
    if (!o.logFile || keepsLog(o)) continue;
    rmSync(o.logFile, { force: true });
    delete o.logFile;
  }
  let left: string[];
  try {
    left = readdirSync(dir);
  } catch {
    return false;
  }
  // Logs of checks that never reached an outcome (cancelled runs) stay.
  if (left.length) return true;
  try {
    rmdirSync(dir);
  } catch {
    return true;
  }
  return false;
}
