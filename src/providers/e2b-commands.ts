// One step in an E2B sandbox: the script envd runs (rlimits, a session of its
// own, a watchdog past the deadline), its output passed on as it comes, and
// its end (exit, abort, deadline, a broken stream) turned into a RunResult.

import type { Sandbox as SdkSandbox, CommandHandle, CommandResult } from '@e2b/code-interpreter';

import { shellQuote as sh } from '../trust/shell.js';
import { explainRunError, exitErrorResult } from './e2b-errors.js';
import { keepNoOutputCopy } from './e2b-sdk.js';
import type { RunRequest, RunResult } from './provider.js';

/** Time E2B gets to start a command (until its `start` event). */
const START_TIMEOUT_MS = 30_000;
/** Waiting past a command's deadline before giving up on the stream. */
const DEADLINE_GRACE_MS = 5_000;
/** The in-sandbox watchdog kills the program's group this long after its deadline. */
export const WATCHDOG_SLACK_MS = 500;

/** Kills every process of the sandbox user but the caller: the sandbox is this check's alone. */
export const KILL_ALL = 'kill -KILL -1 2>/dev/null';

/**
 * The script E2B runs (as `/bin/bash -l -c`) for one step. envd ends a
 * command only when its stdout and stderr close, and its kill reaches the top
 * process only; so the program runs in a session (process group) of its own,
 * and when its main process ends, or a watchdog sees its deadline pass,
 * everything the sandbox user runs is killed (a daemon that left the group
 * too): a background child neither holds the check open nor outlives it. The
 * login shell has reset PATH from /etc/profile: the check's own PATH is set
 * again. The exit status is the program's (128+n for a death by signal n, as
 * a shell reports it).
 */
export function wrapCommand(o: {
  command: string;
  stdinPath: string;
  limits: { fileSizeBytes: number; openFiles: number; processes: number };
  path?: string;
  killAfterS: number;
}): string {
  return [
    `ulimit -f ${Math.max(1, Math.ceil(o.limits.fileSizeBytes / 1024))} 2>/dev/null`,
    `ulimit -n ${o.limits.openFiles} 2>/dev/null`,
    `ulimit -u ${o.limits.processes} 2>/dev/null`,
    'ulimit -c 0 2>/dev/null',
    ...(o.path !== undefined ? [`PATH=${sh(o.path)}`, 'export PATH'] : []),
    `/bin/sh -c 'sleep "$1"; ${KILL_ALL}' watchdog ${o.killAfterS.toFixed(3)} < /dev/null > /dev/null 2>&1 & disown $!`,
    `setsid /bin/sh -c ${sh(o.command)} < ${sh(o.stdinPath)}; s=$?`,
    KILL_ALL,
    'exit "$s"',
  ].join('\n');
}

/** What a step needs of the sandbox it runs in. */
export interface CommandHost {
  readonly id: string;
  readonly sdk: SdkSandbox;
  /** The aborts of the steps running now: destroying the sandbox calls them. */
  readonly running: Set<() => void>;
  /** Kills the command and stops listening to it. */
  stop(handle: CommandHandle): Promise<void>;
}

/** A step ready to start: its script and where and how it runs. */
export interface Step {
  script: string;
  cwd: string;
  envs: Record<string, string>;
  /** Time left until the step's deadline, ms. */
  remaining: number;
}

type Settled =
  | { kind: 'done'; result: CommandResult }
  | { kind: 'error'; error: unknown }
  | { kind: 'aborted' }
  | { kind: 'guard' };

/** Starts `step`, passes its output on, and says how it ended. */
export async function runStep(host: CommandHost, step: Step, req: RunRequest): Promise<RunResult> {
  let handle: CommandHandle;
  try {
    handle = await host.sdk.commands.run(step.script, {
      background: true,
      cwd: step.cwd,
      envs: step.envs,
      timeoutMs: step.remaining,
      requestTimeoutMs: Math.min(step.remaining, START_TIMEOUT_MS),
      onStdout: (s: string) => req.onStdout(Buffer.from(s)),
      onStderr: (s: string) => req.onStderr(Buffer.from(s)),
    });
  } catch (e) {
    if (Date.now() >= req.deadline) return { exitCode: null, limit: 'timeout' };
    return { exitCode: null, sandboxError: explainRunError(host.id, e, 'start the command') };
  }
  // The output is passed on as it comes: the tool's memory stays the
  // engine's bounded head and tail however much a check prints.
  keepNoOutputCopy(handle);

  const settled = await settle(host, handle, req);
  switch (settled.kind) {
    case 'done':
      return { exitCode: settled.result.exitCode };
    case 'aborted':
      await host.stop(handle);
      return { exitCode: null, signal: 'SIGKILL' };
    case 'guard':
      await host.stop(handle);
      return { exitCode: null, limit: 'timeout' };
    case 'error':
      return commandError(host, settled.error, handle, req);
  }
}

/** The first of: the command ends, the step is aborted, or the deadline passes by the grace. */
async function settle(host: CommandHost, handle: CommandHandle, req: RunRequest): Promise<Settled> {
  let detach = () => {};
  const settled = await new Promise<Settled>((resolve) => {
    const onAbort = () => resolve({ kind: 'aborted' });
    const guard = setTimeout(() => resolve({ kind: 'guard' }), Math.max(0, req.deadline - Date.now()) + DEADLINE_GRACE_MS);
    req.signal.addEventListener('abort', onAbort, { once: true });
    host.running.add(onAbort);
    detach = () => {
      clearTimeout(guard);
      req.signal.removeEventListener('abort', onAbort);
      host.running.delete(onAbort);
    };
    handle.wait().then(
      (result) => resolve({ kind: 'done', result }),
      (error: unknown) => resolve({ kind: 'error', error }),
    );
  });
  detach();
  return settled;
}

async function commandError(host: CommandHost, e: unknown, handle: CommandHandle, req: RunRequest): Promise<RunResult> {
  const exited = exitErrorResult(e);
  if (exited) return exited;
  if ((e as Error)?.name === 'TimeoutError' && Date.now() >= req.deadline - 50) {
    await host.stop(handle);
    return { exitCode: null, limit: 'timeout' };
  }
  await host.stop(handle);
  return { exitCode: null, sandboxError: explainRunError(host.id, e, 'run the command') };
}
