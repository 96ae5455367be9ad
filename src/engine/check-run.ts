// One check's run, the parts its phases share: the context every phase
// reads and writes (CheckRun), and the setup phases (package install,
// compile) whose output is kept apart and shown only when they fail. The
// order of the phases is runOne's, in run.ts.

import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';

import { getLanguage, type Language } from '../languages/index.js';
import type { LayerMount, Provider, RunResult as StepResult, Sandbox } from '../providers/provider.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { Check, Outcome, Phases, Reason, RunEvents, Status } from '../types.js';
import { compileFailureSummary } from './compiler-messages.js';
import { installFailure } from './install-failure.js';
import type { LayerStore } from './layers.js';
import { baseOutcome } from './outcome.js';
import { StreamCapture, streamText } from './output.js';

function safeName(name: string, index: number): string {
  return `${String(index + 1).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}.log`;
}

/** One check to run, and where its results go. */
export interface CheckJob {
  check: Check;
  provider: Provider;
  logDir: string;
  /** Its place in the plan (names its log file). */
  index: number;
  signal: AbortSignal;
  events: RunEvents;
  /** A sandbox already being made for this check (createAhead). */
  pre?: Promise<Sandbox | undefined>;
  /** The run's shared package layers, when the provider can mount them. */
  layers?: LayerStore;
}

/** What the phases of one check's run share. */
export interface CheckRun extends CheckJob {
  lang: Language;
  started: number;
  log: WriteStream;
  stdout: StreamCapture;
  stderr: StreamCapture;
  /** Installer and compiler output is kept apart: it is shown only on failure. */
  setup: StreamCapture;
  /** Aborted when the program's output goes over its limit. */
  outputStop: AbortController;
  outcome: Outcome;
  phases: Phases;
  sandbox?: Sandbox;
  /** The check's packages, already installed in a shared layer its sandbox mounts read-only. */
  layer?: LayerMount[];
  /** The env of every step: the language's, then the check's. */
  env: Record<string, string>;
  /** Sets the outcome's status, reason and message, and returns it. */
  end(status: Status, reason?: Reason, message?: string): Outcome;
}

/** The context of a check about to run: its log, its captures, an outcome that says `error` until a phase says otherwise. */
export function startRun(job: CheckJob): CheckRun {
  const { check } = job;
  const started = Date.now();
  const lang = getLanguage(check.language);
  const logFile = path.join(job.logDir, safeName(check.name, job.index));
  const log = createWriteStream(logFile);
  const outcome = baseOutcome(check, job.provider.name, 'error');
  outcome.logFile = logFile;
  const phases: Phases = {};
  outcome.phases = phases;
  return {
    ...job,
    lang,
    started,
    log,
    stdout: new StreamCapture(check.limits.outputBytes, log),
    stderr: new StreamCapture(check.limits.outputBytes, log),
    setup: new StreamCapture(4 << 20, log, undefined, 8 * 1024),
    outputStop: new AbortController(),
    outcome,
    phases,
    env: { ...(lang.env ?? {}), ...check.env },
    end(status, reason, message) {
      outcome.status = status;
      outcome.reason = reason;
      outcome.message = message;
      return outcome;
    },
  };
}

/** Times `step` into `phases[phase]`, in ms. */
export async function timed<T>(run: CheckRun, phase: keyof Phases, step: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await step();
  } finally {
    run.phases[phase] = Date.now() - t0;
  }
}

/**
 * The environment of a step without the network: installers that would
 * retry an unreachable registry fail within a second or two instead: npm
 * retries twice, 10-60 s apart, so `npm install x` in a block ran into a
 * 30 s timeout; pip retries five times (one is kept, so its warning still
 * names the cause). A check's own env still wins.
 */
export const OFFLINE_ENV: Readonly<Record<string, string>> = {
  npm_config_fetch_retries: '0',
  npm_config_fetch_timeout: '10000',
  PIP_RETRIES: '1',
  PIP_TIMEOUT: '10',
};

/** The env of one step of `run`: with OFFLINE_ENV under it when the step has no network. */
export function stepEnv(run: CheckRun, network: boolean): Record<string, string> {
  return network ? run.env : { ...OFFLINE_ENV, ...run.env };
}

/** An install or compile step: its output goes to the setup capture, shown only when it fails. */
function setupStep(run: CheckRun, command: string, network: boolean, deadline: number): Promise<StepResult> {
  return run.sandbox!.run({
    command,
    env: stepEnv(run, network),
    stdin: '',
    network,
    deadline,
    signal: run.signal,
    onStdout: (b) => run.setup.push(b),
    onStderr: (b) => run.setup.push(b),
  });
}

/** The check's packages, in their own phase and budget: a slow index never eats the program's timeout. */
export async function install(run: CheckRun): Promise<Outcome | undefined> {
  const { check, lang, outcome, stdout, stderr, setup } = run;
  if (!check.packages.length || !lang.install || run.layer) return undefined;
  // The step's sandbox (its pid namespace and cgroup) is gone when it
  // returns, so nothing an install script started lives into the run.
  const budget = check.limits.installTimeoutMs ?? DEFAULT_LIMITS.installTimeoutMs!;
  const what = `installing ${check.packages.join(', ')} with ${lang.install.tool}`;
  run.events.onNotice?.(check, what);
  const command = lang.install.command(check.packages);
  const r = await timed(run, 'installMs', () => setupStep(run, command, true, Date.now() + budget));
  const failed = installFailure(r, what, streamText(setup.result()), budget, check.name);
  if (!failed) return undefined;
  setOutput(outcome, stdout, stderr, setup);
  return run.end(failed.status, failed.reason, failed.message);
}

/** Compiled languages build before they run (not for compile-only checks, whose run is the check). */
export async function compile(run: CheckRun, runFile: string, deadline: number): Promise<Outcome | undefined> {
  const { check, lang, outcome, stdout, stderr, setup } = run;
  if (!lang.compile || check.noRun) return undefined;
  run.events.onNotice?.(check, `compiling ${runFile}`);
  const command = lang.compile(runFile);
  const r = await timed(run, 'compileMs', () => setupStep(run, command, false, deadline));
  if (r.limit === 'timeout') {
    setOutput(outcome, stdout, stderr, setup);
    return run.end('timed_out', 'timeout', `compiling did not finish within the ${check.limits.timeoutMs} ms timeout`);
  }
  if (r.exitCode !== 0) {
    setOutput(outcome, stdout, stderr, setup);
    outcome.exitCode = r.exitCode ?? undefined;
    return run.end('failed', 'compile', `compilation failed: ${compileFailureSummary(streamText(setup.result()))}`);
  }
  return undefined;
}

export function setOutput(outcome: Outcome, stdout: StreamCapture, stderr: StreamCapture, setup?: StreamCapture): void {
  outcome.stdout = stdout.result();
  outcome.stderr = stderr.result();
  if (setup && setup.bytes) {
    // Installer and compiler messages matter most when they fail: show them as stderr.
    const s = setup.result();
    outcome.stderr = { ...s, head: s.head, tail: s.tail };
  }
}
