// The engine: runs every check of a plan in its own sandbox, at most
// `concurrency` at a time, and turns what happened into one Outcome each.
// One check's failure never stops the others; an abort ends every sandbox and
// still returns the outcomes of what ran. One check runs in the phases of
// runOne (its context and setup phases are in check-run.ts).

import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { getLanguage, SourceError, type Language } from '../languages/index.js';
import { createProvider, providerEntry, resolveProviderName } from '../providers/index.js';
import { SandboxUnavailableError, type LayerMount, type Provider, type RunResult as StepResult, type Sandbox, type SandboxSpec } from '../providers/provider.js';
import type { Check, CheckFile, Outcome, Plan, RunEvents, RunSummary } from '../types.js';
import { unmetExpectation } from './expect.js';
import { settleLogs } from './logs.js';
import { streamText } from './output.js';
import { compile, install, setOutput, startRun, stepEnv, timed, type CheckJob, type CheckRun } from './check-run.js';
import { baseOutcome } from './outcome.js';
import { compileFailureSummary } from './compiler-messages.js';
import { presentOutcome } from './present.js';
import { Sessions } from './session.js';
import { layerCacheSettings, LayerStore, type RemoteLayerCache } from './layers.js';
import { totalsOf } from './summary.js';
import { shellQuote } from '../trust/shell.js';

export interface RunOptions extends RunEvents {
  /** A ready provider; otherwise one is made from the plan. */
  provider?: Provider;
  signal?: AbortSignal;
  /** Where package layers are also kept between runs (the Action's workflow cache); asked only for layers this run needs. */
  layerCache?: RemoteLayerCache;
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
  // Packages installed once per package set and shared read-only (layers.ts).
  const layers = provider?.layers ? new LayerStore(layerCacheSettings(), options.layerCache) : undefined;
  const onAbort = () => {
    for (const c of running) c.abort();
    layers?.abortAll();
    void provider?.destroyAll();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });

  // Markdown sessions: blocks that share one sandbox (src/engine/session.ts).
  const sessions = plan.checks.some((c) => c.session)
    ? new Sessions(plan.checks, providerName, async (c, i, events, stop) => {
        const ctl = new AbortController();
        running.add(ctl);
        try {
          return await runOne({ check: c, provider: provider!, logDir, index: i, signal: AbortSignal.any([ctl.signal, stop]), events, layers });
        } finally {
          running.delete(ctl);
        }
      }, options)
    : undefined;

  const finish = (index: number, check: Check, outcome: Outcome) => {
    const shown = presentOutcome(outcome, check);
    outcomes[index] = shown;
    options.onCheckEnd?.(shown, check);
  };
  // Blocks whose session another worker is running: they end when it does,
  // without holding a worker (which would leave a core idle while the next
  // document's session waits). One worker (concurrency 1) never sees this, so
  // every block still starts and ends in turn there.
  const joined: Promise<void>[] = [];

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
      if (check.session && sessions?.running(check) && !check.skip && !aborted() && provider && !providerError) {
        options.onCheckStart?.(check);
        joined.push(
          sessions.outcomeOf(check).then(
            (o) => finish(index, check, o),
            (e: unknown) => finish(index, check, baseOutcome(check, providerName, 'error', 'sandbox_error', e instanceof Error ? e.message : String(e))),
          ),
        );
        continue;
      }
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
            : await runOne({ check, provider, logDir, index, signal: ctl.signal, events: options, pre, layers });
        } finally {
          running.delete(ctl);
        }
      }
      finish(index, check, outcome);
    }
  };
  const workers = Math.max(1, Math.min(plan.concurrency, plan.checks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  await Promise.all(joined);
  await Promise.all([...ahead.values()].map(discard));
  options.signal?.removeEventListener('abort', onAbort);
  await layers?.flush();
  const warnings: string[] = [...(layers?.dispose() ?? [])];
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
  return {
    outcomes: done, totals: totalsOf(done, Date.now() - started), provider: providerName, providerLabel, logDir, cancelled: aborted(), warnings,
    ...(layers?.stats.checks ? { packageLayers: layers.summary() } : {}),
  };
}

function sandboxSpec(check: Check, layers?: LayerMount[]): SandboxSpec {
  return { name: check.name, language: check.language, network: check.network, limits: check.limits, env: check.env, installs: check.packages.length > 0 && !layers, layers };
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

function quoteArgs(args: string[]): string {
  return args.map((a) => ` ${shellQuote(a)}`).join('');
}

/**
 * One check in its own sandbox, in phases: the checks that need no sandbox,
 * create, upload, install, compile, run, judge; teardown always.
 */
async function runOne(job: CheckJob): Promise<Outcome> {
  const run = startRun(job);
  try {
    const refused = await unrunnable(run);
    if (refused) return refused;
    const files = await prepareFiles(run.check, run.lang);
    const noLayer = await packagesFromLayer(run);
    if (noLayer) return noLayer;
    await createSandbox(run);
    await upload(run, files.files);
    const notInstalled = await install(run);
    if (notInstalled) return notInstalled;
    // The check's own timeout starts after the install.
    const deadline = Date.now() + run.check.limits.timeoutMs;
    const notCompiled = await compile(run, files.runFile, deadline);
    if (notCompiled) return notCompiled;
    const r = await runProgram(run, files.runFile, deadline);
    return judge(run, r);
  } catch (e) {
    return failure(run, e);
  } finally {
    await teardown(run);
  }
}

/** The check cannot run here at all (a missing tool, packages without an installer): its outcome, before any sandbox. */
async function unrunnable(run: CheckRun): Promise<Outcome | undefined> {
  const { check, lang, provider } = run;
  const missing = await provider.missingTools(lang.id, toolsFor(check));
  if (missing.length) {
    return run.end(
      'error',
      'toolchain_missing',
      `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not available ${provider.toolsWhere}, and ${lang.label} checks need ${missing.length > 1 ? 'them' : 'it'}: ${provider.toolHint(lang.id, missing)}`,
    );
  }
  if (check.packages.length && !lang.install) {
    return run.end(
      'error',
      'package_install',
      `packages are not supported for ${lang.label} checks (no installer); remove "packages" from check "${check.name}" or vendor the dependency in its files`,
    );
  }
  return undefined;
}

/** Packages from a shared layer (layers.ts): found or installed before the sandbox is made, which mounts them. */
async function packagesFromLayer(run: CheckRun): Promise<Outcome | undefined> {
  const { check, lang, provider, layers } = run;
  if (!check.packages.length || !layers || !LayerStore.serves(provider, lang)) return undefined;
  const got = await timed(run, 'installMs', () => layers.acquire(check, lang, provider, run.events, run.signal));
  if (got.ok) {
    run.layer = got.mounts;
    return undefined;
  }
  run.outcome.stderr = got.output;
  if (got.output.bytes) run.log.write(`${streamText(got.output)}\n`);
  return run.end(got.status, got.reason, got.message);
}

/** The sandbox made ahead for this check, or a new one. */
async function createSandbox(run: CheckRun): Promise<void> {
  const made = run.pre ? await run.pre : undefined;
  run.pre = undefined;
  const sandbox = made ?? (await timedCreate(run.provider, sandboxSpec(run.check, run.layer)));
  run.sandbox = sandbox;
  run.outcome.sandboxId = sandbox.id;
  run.phases.createMs = createTimes.get(sandbox);
}

async function upload(run: CheckRun, files: CheckFile[]): Promise<void> {
  const t = performance.now();
  await run.sandbox!.upload(files);
  run.phases.uploadMs = Math.round(performance.now() - t);
}

/** The program itself, with the check's stdin, args and network; its output streamed and captured. */
function runProgram(run: CheckRun, runFile: string, deadline: number): Promise<StepResult> {
  const { check, lang, events, stdout, stderr } = run;
  const stopForOutput = () => run.outputStop.abort();
  const command = check.noRun
    ? (lang.check?.(runFile) ?? `true`)
    : lang.run(runFile, { memoryBytes: check.limits.memoryBytes }) + quoteArgs(check.args);
  const runSignal = AbortSignal.any([run.signal, run.outputStop.signal]);
  return timed(run, 'runMs', () => run.sandbox!.run({
    command,
    env: stepEnv(run, check.network),
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
}

/** The program's result and output as the check's outcome. */
function judge(run: CheckRun, r: StepResult): Outcome {
  setOutput(run.outcome, run.stdout, run.stderr);
  run.outcome.exitCode = r.exitCode ?? undefined;
  run.outcome.signal = r.signal;
  return classify(run, r);
}

/** Something threw: a cancelled run, source the language could not read, or the sandbox failing. */
function failure(run: CheckRun, e: unknown): Outcome {
  setOutput(run.outcome, run.stdout, run.stderr);
  const msg = e instanceof Error ? e.message : String(e);
  if (run.signal.aborted) return run.end('error', 'cancelled', 'the run was cancelled while this check was running');
  if (e instanceof SourceError) return run.end('failed', 'compile', msg);
  return run.end('error', 'sandbox_error', msg);
}

/** Ends the sandbox (and one made ahead but never used), reads its bill, closes the log. */
async function teardown(run: CheckRun): Promise<void> {
  const { outcome, phases, sandbox } = run;
  void discard(run.pre); // made ahead, but the check ended before using it
  outcome.durationMs = Date.now() - run.started;
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
  await new Promise<void>((resolve) => run.log.end(resolve));
}

function classify(run: CheckRun, r: StepResult): Outcome {
  const { check, outcome, stdout, stderr, end } = run;
  const cancelled = run.signal.aborted;
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
  // A toolchain that crashes while reporting a syntax error (the language module knows which).
  const misreported = r.signal && getLanguage(check.language).crashIsSyntaxError?.(r.signal, streamText(outcome.stderr));
  if (misreported) return end('failed', 'compile', misreported);
  if (r.signal) {
    const unmet = check.expect.exitCode !== undefined && check.expect.exitCode === r.exitCode ? undefined : `killed by ${r.signal}`;
    if (unmet) return end('failed', 'signal', `${unmet} (exit status ${r.exitCode})`);
  }
  const unmet = unmetExpectation(check.expect, {
    exitCode: r.exitCode,
    stdout: streamText(outcome.stdout),
    stderr: streamText(outcome.stderr),
    truncated: { stdout: outcome.stdout.truncated, stderr: outcome.stderr.truncated },
  });
  if (!unmet) return end('passed');
  const exitOnly = unmet.reason === 'exit_code';
  // A compile-only check that fails to compile is the program's fault, like a failed build.
  if (check.noRun && exitOnly && !check.expect.shouldFail && check.expect.exitCode === undefined) {
    return end('failed', 'compile', `compilation failed: ${compileFailureSummary(streamText(outcome.stderr) || streamText(outcome.stdout))}`);
  }
  return end('failed', unmet.reason, unmet.message);
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

