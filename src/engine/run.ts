// The engine: runs every check of a plan in its own sandbox, at most
// `concurrency` at a time, and turns what happened into one Outcome each.
// One check's failure never stops the others; an abort ends every sandbox and
// still returns the outcomes of what ran.

import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { getLanguage, SourceError, type Language } from '../languages/registry.js';
import { createProvider, providerEntry, resolveProviderName } from '../providers/index.js';
import { SandboxUnavailableError, type Provider, type RunResult as StepResult, type Sandbox, type SandboxSpec } from '../providers/provider.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { Check, CheckFile, Outcome, Phases, Plan, Reason, RunEvents, RunSummary, Status, Totals } from '../types.js';
import { unmetExpectation } from './expect.js';
import { settleLogs } from './logs.js';
import { StreamCapture, streamText } from './output.js';
import { baseOutcome } from './outcome.js';
import { compileFailureSummary } from './compiler-messages.js';
import { presentOutcome } from './present.js';
import { formatLimit } from '../units.js';
import { Sessions } from './session.js';
import { shellQuote } from '../trust/shell.js';

export interface RunOptions extends RunEvents {
  /** A ready provider; otherwise one is made from the plan. */
  provider?: Provider;
  signal?: AbortSignal;
}



export function totalsOf(outcomes: Outcome[], durationMs: number): Totals {
  const t: Totals = { passed: 0, failed: 0, timed_out: 0, error: 0, skipped: 0, total: outcomes.length, durationMs };
  for (const o of outcomes) t[o.status]++;
  return t;
}

export async function runChecks(plan: Plan, options: RunOptions = {}): Promise<RunSummary> {
  const started = Date.now();
  const providerName = options.provider?.name ?? resolveProviderName(plan.provider, plan.e2b);
  const logDir = plan.logDir ?? mkdtempSync(path.join(os.tmpdir(), 'sandbox-checks-logs-'));
  mkdirSync(logDir, { recursive: true });
  const outcomes: (Outcome | undefined)[] = new Array(plan.checks.length);
  const aborted = () => options.signal?.aborted === true;

  let provider: Provider | undefined = options.provider;
  let providerError: string | undefined;
  const needsProvider = plan.checks.some((c) => !c.skip);
  if (needsProvider) {
    try {
      provider ??= await createProvider(providerName, plan.e2b);
      await provider.probe();
    } catch (e) {
      providerError = e instanceof SandboxUnavailableError || e instanceof Error ? e.message : String(e);
    }
  }

  const running = new Set<AbortController>();
  const onAbort = () => {
    for (const c of running) c.abort();
    void provider?.destroyAll();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });

  // Markdown sessions: blocks that share one sandbox (src/engine/session.ts).
  const sessions = plan.checks.some((c) => c.session)
    ? new Sessions(plan.checks, providerName, async (c, i, events, stop) => {
        const ctl = new AbortController();
        running.add(ctl);
        try {
          return await runOne(c, provider!, logDir, i, AbortSignal.any([ctl.signal, stop]), events);
        } finally {
          running.delete(ctl);
        }
      }, options)
    : undefined;

  let next = 0;
  // Sandboxes made ahead for checks not yet claimed (providers with createAhead).
  const ahead = new Map<number, Promise<Sandbox | undefined>>();
  const createAhead = () => {
    if (!provider?.createAhead || providerError || aborted()) return;
    for (let i = next; i < plan.checks.length && ahead.size < plan.concurrency; i++) {
      const c = plan.checks[i]!;
      if (ahead.has(i) || c.skip || c.session) continue;
      const p = provider;
      // Nothing is made for a check that will end before it needs a sandbox.
      const made = p.missingTools(c.language, toolsFor(c)).then((missing) =>
        missing.length || (c.packages.length && !getLanguage(c.language).install) ? undefined : timedCreate(p, sandboxSpec(c)),
      );
      made.catch(() => {}); // awaited (and reported) by the check that claims it
      ahead.set(i, made);
    }
  };
  const worker = async () => {
    while (next < plan.checks.length) {
      const index = next++;
      const check = plan.checks[index]!;
      const pre = ahead.get(index);
      ahead.delete(index);
      createAhead();
      let outcome: Outcome;
      if (aborted() || check.skip || providerError || !provider || check.session) void discard(pre);
      if (aborted()) {
        outcome = baseOutcome(check, providerName, 'skipped', 'cancelled', 'the run was cancelled before this check started');
      } else if (check.skip) {
        outcome = baseOutcome(check, providerName, 'skipped', check.skip.reason, check.skip.message);
      } else if (providerError || !provider) {
        outcome = baseOutcome(check, providerName, 'error', 'sandbox_error', providerError ?? 'no sandbox provider');
      } else {
        const ctl = new AbortController();
        running.add(ctl);
        options.onCheckStart?.(check);
        try {
          outcome = check.session && sessions
            ? await sessions.outcomeOf(check)
            : await runOne(check, provider, logDir, index, ctl.signal, options, pre);
        } finally {
          running.delete(ctl);
        }
      }
      outcome = presentOutcome(outcome, check);
      outcomes[index] = outcome;
      options.onCheckEnd?.(outcome, check);
    }
  };
  const workers = Math.max(1, Math.min(plan.concurrency, plan.checks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  await Promise.all([...ahead.values()].map(discard));
  options.signal?.removeEventListener('abort', onAbort);
  const warnings: string[] = [];
  if (provider) {
    try {
      const w: unknown = await provider.dispose();
      if (Array.isArray(w)) warnings.push(...w.map(String));
    } catch (e) {
      warnings.push(`cleaning up the ${providerName} provider failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const done = outcomes.filter((o): o is Outcome => !!o);
  if (!plan.keepLogs) settleLogs(done, logDir);
  const providerLabel = (provider ?? providerEntry(providerName)).label;
  return { outcomes: done, totals: totalsOf(done, Date.now() - started), provider: providerName, providerLabel, logDir, cancelled: aborted(), warnings };
}

function sandboxSpec(check: Check): SandboxSpec {
  return { name: check.name, language: check.language, network: check.network, limits: check.limits, env: check.env, installs: check.packages.length > 0 };
}

/** How long each sandbox's creation took (read by the check that uses it). */
const createTimes = new WeakMap<Sandbox, number>();

async function timedCreate(provider: Provider, spec: SandboxSpec): Promise<Sandbox> {
  const t = performance.now();
  const sandbox = await provider.create(spec);
  createTimes.set(sandbox, Math.round(performance.now() - t));
  return sandbox;
}

function discard(p: Promise<Sandbox | undefined> | undefined): Promise<void> | undefined {
  return p?.then(async (s) => void (await s?.destroy())).catch(() => {});
}

/** The programs a check needs where it runs: its language's, and its installer when it has packages. */
function toolsFor(check: Check): string[] {
  const lang = getLanguage(check.language);
  return [...lang.tools, ...(check.packages.length && lang.install ? [lang.install.tool] : [])];
}


function safeName(name: string, index: number): string {
  return `${String(index + 1).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}.log`;
}

function quoteArgs(args: string[]): string {
  return args.map((a) => ` ${shellQuote(a)}`).join('');
}

/**
 * The environment of a step without the network: installers that would
 * retry an unreachable registry fail within a second or two instead: npm
 * retries twice, 10-60 s apart, so `npm install x` in a block ran into a
 * 30 s timeout; pip retries five times (one is kept, so its warning still
 * names the cause).
 * A check's own env still wins.
 */
export const OFFLINE_ENV: Readonly<Record<string, string>> = {
  npm_config_fetch_retries: '0',
  npm_config_fetch_timeout: '10000',
  PIP_RETRIES: '1',
  PIP_TIMEOUT: '10',
};

/** Lines of an installer's output that say the package index was unreachable. */
const UNREACHABLE =
  /(Temporary failure in name resolution|Name or service not known|Network is unreachable|Connection refused|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|getaddrinfo|Could not fetch URL|Failed to establish a new connection|dial tcp|failed to download|Couldn't resolve host|Unable to download data)/i;

async function runOne(
  check: Check,
  provider: Provider,
  logDir: string,
  index: number,
  signal: AbortSignal,
  events: RunEvents,
  /** A sandbox already being made for this check (createAhead). */
  pre?: Promise<Sandbox | undefined>,
): Promise<Outcome> {
  const started = Date.now();
  const lang = getLanguage(check.language);
  const logFile = path.join(logDir, safeName(check.name, index));
  const log = createWriteStream(logFile);
  const stdout = new StreamCapture(check.limits.outputBytes, log);
  const stderr = new StreamCapture(check.limits.outputBytes, log);
  const outcome = baseOutcome(check, provider.name, 'error');
  outcome.logFile = logFile;
  const phases: Phases = {};
  outcome.phases = phases;
  let sandbox: Sandbox | undefined;

  const end = (status: Status, reason?: Reason, message?: string): Outcome => {
    outcome.status = status;
    outcome.reason = reason;
    outcome.message = message;
    return outcome;
  };

  try {
    const missing = await provider.missingTools(lang.id, toolsFor(check));
    if (missing.length) {
      return end(
        'error',
        'toolchain_missing',
        `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not available ${provider.toolsWhere}, and ${lang.label} checks need ${missing.length > 1 ? 'them' : 'it'}: ${provider.toolHint(lang.id, missing)}`,
      );
    }
    if (check.packages.length && !lang.install) {
      return end(
        'error',
        'package_install',
        `packages are not supported for ${lang.label} checks (no installer); remove "packages" from check "${check.name}" or vendor the dependency in its files`,
      );
    }

    const files = await prepareFiles(check, lang);
    const made = pre ? await pre : undefined;
    pre = undefined;
    sandbox = made ?? (await timedCreate(provider, sandboxSpec(check)));
    outcome.sandboxId = sandbox.id;
    phases.createMs = createTimes.get(sandbox);
    const t = performance.now();
    await sandbox.upload(files.files);
    phases.uploadMs = Math.round(performance.now() - t);

    const baseEnv = { ...(lang.env ?? {}), ...check.env };
    const envOf = (network: boolean) => (network ? baseEnv : { ...OFFLINE_ENV, ...baseEnv });
    const step = (command: string, network: boolean, stepDeadline: number, capture: boolean, stdin = '') =>
      sandbox!.run({
        command,
        env: envOf(network),
        stdin,
        network,
        deadline: stepDeadline,
        signal,
        onStdout: (b) => {
          if (capture) {
            events.onOutput?.(check, 'stdout', b);
            if (!stdout.push(b)) stopForOutput();
          } else setup.push(b);
        },
        onStderr: (b) => {
          if (capture) {
            events.onOutput?.(check, 'stderr', b);
            if (!stderr.push(b)) stopForOutput();
          } else setup.push(b);
        },
      });
    // Installer and compiler output is kept apart: it is shown only on failure.
    const setup = new StreamCapture(4 << 20, log, undefined, 8 * 1024);
    const outputStop = new AbortController();
    const stopForOutput = () => outputStop.abort();

    const timed = async <T>(phase: keyof Phases, run: () => Promise<T>): Promise<T> => {
      const t0 = Date.now();
      try {
        return await run();
      } finally {
        phases[phase] = Date.now() - t0;
      }
    };

    if (check.packages.length && lang.install) {
      // Its own phase and budget: a slow index never eats the program's timeout.
      // The step's sandbox (its pid namespace and cgroup) is gone when it
      // returns, so nothing an install script started lives into the run.
      const budget = check.limits.installTimeoutMs ?? DEFAULT_LIMITS.installTimeoutMs!;
      const what = `installing ${check.packages.join(', ')} with ${lang.install.tool}`;
      events.onNotice?.(check, what);
      const command = lang.install.command(check.packages);
      const r = await timed('installMs', () => step(command, true, Date.now() + budget, false));
      if (r.limit === 'timeout') {
        setOutput(outcome, stdout, stderr, setup);
        return end(
          'timed_out',
          'install_timeout',
          `${what} did not finish within the ${formatLimit(budget)} install timeout; every process it started was killed (raise install_timeout for check "${check.name}" or in [defaults])`,
        );
      }
      if (r.exitCode !== 0 || r.limit) {
        const text = streamText(setup.result());
        const unreachable = UNREACHABLE.exec(text);
        const why = unreachable
          ? `failed: the package index could not be reached from the sandbox (${lastLineWith(text, unreachable[0])}); check the machine's network access to the registry, or vendor the packages`
          : `failed (exit ${r.exitCode ?? r.signal}): ${lastLines(text)}`;
        setOutput(outcome, stdout, stderr, setup);
        return end('error', 'package_install', `${what} ${why}`);
      }
    }

    // The check's own timeout starts after the install.
    const deadline = Date.now() + check.limits.timeoutMs;
    if (lang.compile && !check.noRun) {
      events.onNotice?.(check, `compiling ${files.runFile}`);
      const compile = lang.compile(files.runFile);
      const r = await timed('compileMs', () => step(compile, false, deadline, false));
      if (r.limit === 'timeout') {
        setOutput(outcome, stdout, stderr, setup);
        return end('timed_out', 'timeout', `compiling did not finish within the ${check.limits.timeoutMs} ms timeout`);
      }
      if (r.exitCode !== 0) {
        setOutput(outcome, stdout, stderr, setup);
        outcome.exitCode = r.exitCode ?? undefined;
        return end('failed', 'compile', `compilation failed: ${compileFailureSummary(streamText(setup.result()))}`);
      }
    }

    const command = check.noRun
      ? (lang.check?.(files.runFile) ?? `true`)
      : lang.run(files.runFile, { memoryBytes: check.limits.memoryBytes }) + quoteArgs(check.args);
    const runSignal = AbortSignal.any([signal, outputStop.signal]);
    const r: StepResult = await timed('runMs', () => sandbox!.run({
      command,
      env: envOf(check.network),
      stdin: check.stdin,
      network: check.network,
      deadline,
      signal: runSignal,
      onStdout: (b) => {
        events.onOutput?.(check, 'stdout', b);
        if (!stdout.push(b)) stopForOutput();
      },
      onStderr: (b) => {
        events.onOutput?.(check, 'stderr', b);
        if (!stderr.push(b)) stopForOutput();
      },
    }));
    setOutput(outcome, stdout, stderr);
    outcome.exitCode = r.exitCode ?? undefined;
    outcome.signal = r.signal;
    return classify(check, r, outcome, stdout, stderr, signal.aborted, end);
  } catch (e) {
    setOutput(outcome, stdout, stderr);
    const msg = e instanceof Error ? e.message : String(e);
    if (signal.aborted) return end('error', 'cancelled', 'the run was cancelled while this check was running');
    if (e instanceof SourceError) return end('failed', 'compile', msg);
    return end('error', 'sandbox_error', msg);
  } finally {
    void discard(pre); // made ahead, but the check ended before using it
    outcome.durationMs = Date.now() - started;
    if (sandbox) {
      const t = performance.now();
      const warning = await sandbox.destroy().catch((e: unknown) => `cleaning up the sandbox failed: ${e instanceof Error ? e.message : String(e)}`);
      phases.teardownMs = Math.round(performance.now() - t);
      if (warning) (outcome.warnings ??= []).push(warning);
      // Read after destroy: billing stops when the sandbox is killed.
      outcome.sandboxSeconds = sandbox.billedSeconds?.();
      outcome.costUsd = sandbox.estimatedCostUsd?.();
    }
    if (!Object.keys(phases).length) delete outcome.phases;
    await new Promise<void>((resolve) => log.end(resolve));
  }
}

const NODE_LANGUAGES = new Set(['javascript', 'typescript']);

function classify(
  check: Check,
  r: StepResult,
  outcome: Outcome,
  stdout: StreamCapture,
  stderr: StreamCapture,
  cancelled: boolean,
  end: (s: Status, r?: Reason, m?: string) => Outcome,
): Outcome {
  const limits = check.limits;
  if (stdout.overLimit || stderr.overLimit) {
    const which = stdout.overLimit ? 'stdout' : 'stderr';
    return end('failed', 'output_limit', `${which} went over the ${limits.outputBytes}-byte output limit; the check was stopped (raise output_limit in the check, [defaults] or [snippets] to allow more)`);
  }
  if (cancelled) return end('error', 'cancelled', 'the run was cancelled while this check was running');
  if (r.sandboxError) return end('error', 'sandbox_error', r.sandboxError);
  switch (r.limit) {
    case 'timeout':
      return end('timed_out', 'timeout', `did not finish within the ${limits.timeoutMs} ms timeout; every process it started was killed`);
    case 'memory':
      return end('failed', 'memory', `went over the ${Math.round(limits.memoryBytes / 1024 ** 2)} MiB memory limit and was killed`);
    case 'processes':
      return end('failed', 'processes', `hit the limit of ${limits.processes} processes`);
    case 'cpu_time':
      return end('timed_out', 'timeout', 'used up its CPU-time limit (SIGXCPU)');
    case 'file_size':
      return end('failed', 'file_size', `wrote a file larger than the ${limits.fileSizeBytes}-byte limit (SIGXFSZ)`);
    case 'disk':
      return end('failed', 'disk', 'filled its workspace past the disk quota (bytes or number of files) and was stopped');
  }
  // Node 20 aborts (an assertion in node::GetErrorSource) instead of printing
  // some syntax errors, e.g. a `{ ... }` placeholder in a class body: the
  // document's code does not parse, which is not a crash of the program.
  if (r.signal === 'SIGABRT' && NODE_LANGUAGES.has(check.language) && /node::GetErrorSource[^\n]*\n[^\n]*Assertion failed: \(end\) >= \(start\)/.test(streamText(outcome.stderr))) {
    return end('failed', 'compile', 'syntax error: node aborted (SIGABRT, a Node bug) while reporting it, so no line is named; look for a placeholder such as `...` in the code');
  }
  if (r.signal) {
    const unmet = check.expect.exitCode !== undefined && check.expect.exitCode === r.exitCode ? undefined : `killed by ${r.signal}`;
    if (unmet) return end('failed', 'signal', `${unmet} (exit status ${r.exitCode})`);
  }
  const unmet = unmetExpectation(check.expect, {
    exitCode: r.exitCode,
    stdout: streamText(outcome.stdout),
    stderr: streamText(outcome.stderr),
    truncated: outcome.stdout.truncated || outcome.stderr.truncated,
  });
  if (!unmet) return end('passed');
  const exitOnly = unmet.startsWith('expected exit code');
  // A compile-only check that fails to compile is the program's fault, like a failed build.
  if (check.noRun && exitOnly && !check.expect.shouldFail && check.expect.exitCode === undefined) {
    return end('failed', 'compile', `compilation failed: ${compileFailureSummary(streamText(outcome.stderr) || streamText(outcome.stdout))}`);
  }
  return end('failed', exitOnly && check.expect.exitCode === undefined ? 'exit_code' : exitOnly ? 'exit_code' : 'expectation', unmet);
}

function setOutput(outcome: Outcome, stdout: StreamCapture, stderr: StreamCapture, setup?: StreamCapture): void {
  outcome.stdout = stdout.result();
  outcome.stderr = stderr.result();
  if (setup && setup.bytes) {
    // Installer and compiler messages matter most when they fail: show them as stderr.
    const s = setup.result();
    outcome.stderr = { ...s, head: s.head, tail: s.tail };
  }
}

function lastLines(text: string, n = 8): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return lines.slice(-n).join('\n') || '(no output)';
}

function lastLineWith(text: string, needle: string): string {
  const line = text.split('\n').reverse().find((l) => l.includes(needle)) ?? needle;
  return line.trim().slice(0, 200);
}

/** Writes code files, transforms TypeScript, and names the file to run. */
async function prepareFiles(check: Check, lang: Language): Promise<{ files: CheckFile[]; runFile: string }> {
  const files = [...check.files];
  let runFile = check.entry;
  if (lang.transform) {
    const i = files.findIndex((f) => f.path === check.entry);
    if (i >= 0) {
      const t = await lang.transform(files[i]!.content.toString('utf8'), check.entry);
      runFile = t.path;
      if (!files.some((f) => f.path === t.path)) files.push({ path: t.path, content: Buffer.from(t.content) });
    }
  }
  return { files, runFile };
}

