// The CLI's commands: each builds a plan, runs it with a console reporter and
// writes the requested reports. Returns the process exit code.

import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ProblemsError } from '../errors.js';
import { EXECUTE_FLAGS, nameOf, singleCheckConfig } from '../config/inputs.js';
import { loadConfigFile, type LoadedConfig } from '../config/load.js';
import { buildPlan } from '../plan/checks.js';
import { planFromConfig } from '../plan/build.js';
import { bless } from './update.js';
import { runChecks } from '../engine/run.js';
import type { RunSummary } from '../types.js';
import { LANGUAGES } from '../languages/index.js';
import { PROVIDERS, providerEntry, resolveProviderName } from '../providers/index.js';
import { toResultsJson } from '../report/json.js';
import { toJUnit } from '../report/junit.js';
import type { Plan, ProviderChoice } from '../types.js';
import { redactEvents, redactPlan, redactSummary, trustOf, type Trust } from '../trust/index.js';
import { redactingStream } from '../trust/streams.js';
import { usageError, type Command } from './args.js';
import { ConsoleReporter } from './console.js';
import { newRunDir, pruneRuns, runsRoot } from './logs.js';

export interface Io {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal: AbortSignal;
}

export const DEFAULT_CONFIG = 'sandbox-checks.toml';

function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR) return true;
  return !!io.err.isTTY && !io.env.CI;
}

/** Exit code of a finished run: 0 all passed (skips count as passed), else 1. */
export function exitCodeOf(summary: RunSummary): number {
  const t = summary.totals;
  return t.failed + t.timed_out + t.error > 0 || summary.cancelled ? 1 : 0;
}

/** Report files are checked before anything runs, not after the run is lost. */
function checkOutputs(cmd: { json?: string; junit?: string }, io: Io): void {
  for (const [flag, file] of [
    ['--json', cmd.json],
    ['--junit', cmd.junit],
  ] as const) {
    if (!file) continue;
    const abs = path.resolve(io.cwd, file);
    const dir = path.dirname(abs);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usageError(`${flag} ${file}: the folder ${dir} does not exist; create it first`);
    if (existsSync(abs) && statSync(abs).isDirectory()) throw usageError(`${flag} ${file}: is a folder; name a file`);
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw usageError(`${flag} ${file}: the folder ${dir} is not writable`);
    }
  }
}

function writeReports(summary: RunSummary, cmd: { json?: string; junit?: string }, io: Io): void {
  if (cmd.json) {
    writeFileSync(path.resolve(io.cwd, cmd.json), `${JSON.stringify(toResultsJson(summary.outcomes, summary.totals), null, 2)}\n`);
  }
  if (cmd.junit) writeFileSync(path.resolve(io.cwd, cmd.junit), toJUnit(summary.outcomes, summary.totals));
}

/** Logs go to this run's folder in the state directory (src/cli/logs.ts). */
function placeLogs(plan: Plan, cmd: { keepLogs: boolean }, io: Io): void {
  plan.logDir = newRunDir(io.env);
  plan.keepLogs = cmd.keepLogs;
}

/** After a run: the oldest runs' logs go, and the path is printed only if there is something to read. */
function settleRun(summary: RunSummary, cmd: { keepLogs: boolean }, io: Io, say: boolean): void {
  pruneRuns(runsRoot(io.env));
  if (say && existsSync(summary.logDir)) {
    io.err.write(`${cmd.keepLogs ? 'Full logs' : 'Full logs of the checks that did not pass'}: ${summary.logDir}\n`);
  }
}

/** Problems that changed no outcome (cleanup), said once at the end. */
function writeWarnings(summary: RunSummary, io: Io): void {
  for (const w of [...summary.outcomes.flatMap((o) => (o.warnings ?? []).map((m) => `${o.name}: ${m}`)), ...summary.warnings]) {
    io.err.write(`warning: ${w}\n`);
  }
}

/** The workflow side of a CLI run: the environment and the flags. Output passes its Redactor. */
function trustedIo(io: Io, allowEnv: readonly string[]): { io: Io; trust: Trust } {
  const trust = trustOf({ env: io.env, allowEnv, allowHint: '--allow-env' });
  return { trust, io: { ...io, out: redactingStream(io.out, trust.redactor), err: redactingStream(io.err, trust.redactor) } };
}

async function runPlan(
  plan: Plan,
  cmd: { stream: boolean; color?: boolean; json?: string; junit?: string; keepLogs: boolean },
  io: Io,
  quiet: boolean,
  trust: Trust,
) {
  placeLogs(plan, cmd, io);
  const reporter = new ConsoleReporter({
    stream: plan.stream,
    color: useColor(io, cmd.color),
    tty: !!io.err.isTTY && !io.env.CI,
    concurrency: Math.min(plan.concurrency, plan.checks.length),
    total: plan.checks.length,
    out: io.out,
    err: io.err,
  });
  redactPlan(plan, trust.redactor);
  const summary = redactSummary(await runChecks(plan, { ...redactEvents(bind(reporter), trust.redactor), signal: io.signal }), trust.redactor);
  writeReports(summary, cmd, io);
  if (!quiet) io.err.write(`\n${reporter.summary(summary.outcomes, summary.totals)}`);
  settleRun(summary, cmd, io, !quiet);
  if (summary.cancelled) io.err.write('The run was cancelled; the report above covers what finished.\n');
  writeWarnings(summary, io);
  return summary;
}

function bind(r: ConsoleReporter) {
  return {
    onCheckStart: r.onCheckStart.bind(r),
    onOutput: r.onOutput.bind(r),
    onNotice: r.onNotice.bind(r),
    onCheckEnd: r.onCheckEnd.bind(r),
  };
}

export async function execute(cmd: Extract<Command, { kind: 'execute' }>, given: Io): Promise<number> {
  const { io, trust } = trustedIo(given, []);
  checkOutputs(cmd, io);
  let plan: Plan;
  try {
    const config = singleCheckConfig(cmd, 'command line', EXECUTE_FLAGS);
    // A path typed on the command line may be anywhere the user can read.
    plan = buildPlan(config, { baseDir: io.cwd, provider: cmd.provider, concurrency: 1, stream: true, env: io.env, confine: false });
  } catch (e) {
    if (e instanceof ProblemsError) {
      throw new ProblemsError(e.problems.map((p) => ({ ...p, key: p.key ? nameOf(p.key, EXECUTE_FLAGS) : p.key })), e.kind);
    }
    throw e;
  }
  // execute is "run this program": its output goes to our stdout/stderr as it
  // is printed (--stream) or at the end, and the verdict goes to stderr.
  const stream = cmd.stream;
  placeLogs(plan, cmd, io);
  const events = redactEvents(
    {
      onOutput: (_c, s, chunk) => {
        if (stream) (s === 'stdout' ? io.out : io.err).write(chunk);
      },
    },
    trust.redactor,
  );
  const summary = redactSummary(await runChecks(plan, { ...events, signal: io.signal }), trust.redactor);
  const o = summary.outcomes[0];
  if (o && !stream) {
    io.out.write(o.stdout.head);
    if (o.stdout.tail) io.out.write(`\n… [output truncated; full log: ${o.logFile}] …\n${o.stdout.tail}`);
    io.err.write(o.stderr.head);
    if (o.stderr.tail) io.err.write(`\n… [truncated] …\n${o.stderr.tail}`);
  }
  writeReports(summary, cmd, io);
  if (o && o.status !== 'passed') {
    const reporter = new ConsoleReporter({
      stream: true, color: useColor(io, cmd.color), tty: false, concurrency: 1, total: 1, out: io.out, err: io.err,
    });
    io.err.write(`${reporter.line(o)}\n${reporter.details(o)}`);
  }
  // execute prints a log's path where it matters (truncated output, a failure).
  settleRun(summary, cmd, io, false);
  writeWarnings(summary, io);
  return exitCodeOf(summary);
}

export async function run(cmd: Extract<Command, { kind: 'run' }>, given: Io): Promise<number> {
  const { io, trust } = trustedIo(given, cmd.allowEnv);
  checkOutputs(cmd, io);
  const file = path.resolve(io.cwd, cmd.config ?? DEFAULT_CONFIG);
  let config: LoadedConfig;
  if (cmd.config === undefined && cmd.snippets.length) {
    config = { config: { snippets: { paths: cmd.snippets } }, source: 'command line', problems: [] };
  } else {
    config = loadConfigFile(path.relative(io.cwd, file) || file, trust.policy);
    if (cmd.snippets.length) config.config.snippets = { ...config.config.snippets, paths: cmd.snippets };
  }
  const baseDir = cmd.config === undefined && cmd.snippets.length ? io.cwd : path.dirname(file);
  const plan = await planFromConfig(config, {
    baseDir,
    provider: cmd.provider,
    concurrency: cmd.concurrency,
    stream: cmd.stream || undefined,
    filter: cmd.filter,
    env: io.env,
    changedSince: cmd.changedSince,
    // --snippets paths were typed by the user; the config's own paths stay confined.
    trustedSnippetPaths: cmd.snippets.length > 0,
  });
  if (plan.checks.length === 0) {
    io.err.write('No checks to run (no Markdown code blocks matched).\n');
    return 0;
  }
  const summary = await runPlan(plan, cmd, io, false, trust);
  if (cmd.update) {
    const r = bless(plan.checks, summary.outcomes, baseDir, cmd.dryRun === true);
    (cmd.dryRun ? io.out : io.err).write(r.report);
  }
  return exitCodeOf(summary);
}


export async function doctor(cmd: Extract<Command, { kind: 'doctor' }>, io: Io): Promise<number> {
  const entries = cmd.provider && cmd.provider !== 'auto' ? [providerEntry(cmd.provider)] : PROVIDERS;
  const active = providerEntry(resolveProviderName((cmd.provider ?? 'auto') as ProviderChoice, { apiKey: io.env.E2B_API_KEY }));
  let usable = false;
  for (const entry of entries) {
    io.out.write(`${entry.name}${entry === active ? ' (selected)' : ''}\n`);
    const provider = await entry.create({
      apiKey: io.env.E2B_API_KEY,
      apiUrl: io.env.E2B_API_URL,
      sandboxUrl: io.env.E2B_SANDBOX_URL,
    });
    try {
      await provider.probe();
      io.out.write('  sandbox: ok\n');
      for (const line of provider.describe()) io.out.write(`  ${line}\n`);
    } catch (e) {
      io.out.write(`  sandbox: unavailable\n    ${(e as Error).message.split('\n').join('\n    ')}\n`);
      continue;
    }
    const tools = await provider.doctor();
    const width = Math.max(...LANGUAGES.map((l) => l.id.length));
    for (const t of tools) io.out.write(`  ${t.available ? '✔' : '✘'} ${t.language.padEnd(width)}  ${t.detail}\n`);
    if (entry === active) usable = tools.some((t) => t.available);
    await provider.dispose();
  }
  return usable ? 0 : 1;
}
