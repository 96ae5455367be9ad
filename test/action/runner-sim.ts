// GitHub's runner reading a step's stdout, through the runner simulator in
// shared/tools/runner-sim (the runner's own command parser and dispatch loop,
// run with Mono): what the job log really shows, with stop tokens masked.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT } from './harness.js';

/** sim.exe beside the repository (CI) or beside the work tree. */
export function simPath(): string {
  const candidates = [
    process.env.RUNNER_SIM,
    path.join(ROOT, '../shared/tools/runner-sim/sim.exe'),
    path.join(ROOT, '../../shared/tools/runner-sim/sim.exe'),
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`the runner simulator is missing (looked for ${candidates.join(', ')}); set RUNNER_SIM to its sim.exe`);
  return found;
}

export interface Simulated {
  /** Each line as the runner treats it, with the simulator's "<- …" notes. */
  raw: string[];
  /** The job log as a person sees it: the notes and the simulator's own summary left out. */
  log: string[];
  stillStopped: boolean;
}

export function simulate(stdout: string): Simulated {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-sim-'));
  try {
    const file = path.join(dir, 'stdout');
    writeFileSync(file, stdout);
    const text = execFileSync('mono', [simPath(), file], { encoding: 'utf8', timeout: 60_000 });
    const [body = '', tail = ''] = text.split('\n== stop-commands still active at end: ');
    const raw = body.split('\n').filter((l, i, a) => !(i === a.length - 1 && l === ''));
    return {
      raw,
      log: raw.map((l) => l.replace(/^ {2}/, '').replace(/ {3}<- .*$/, '')),
      stillStopped: tail.startsWith('True'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The annotations the runner keeps for one step's stdout, in order, and how
 * many it drops over its 10-per-type cap, with `matcher` (a problem matcher
 * beside sim.exe, by default setup-node's `tsc`) registered by an earlier step.
 */
export function annotationsOf(stdout: string, matcher = 'tsc.json'): { kept: string[]; dropped: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-sim-'));
  try {
    const file = path.join(dir, 'stdout');
    writeFileSync(file, stdout);
    const sim = simPath();
    const out = execFileSync('mono', [sim, file, path.join(path.dirname(sim), matcher)], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    const head = /== annotations kept \((\d+)\), dropped over the 10-per-type cap: (\d+)/.exec(out);
    if (!head) throw new Error(`the simulator printed no annotation summary:\n${out.slice(-2000)}`);
    const kept = out.slice(head.index).split('\n').slice(1).filter((l) => /^\s+(error|warning|notice) \[/.test(l)).map((l) => l.trim());
    return { kept, dropped: Number(head[2]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
