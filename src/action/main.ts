// The Action: inputs → plan → runner setup (install.ts) → engine → reports.
// Each report is a pure renderer in src/report/; this file only wires them to
// the runner (log, job summary, PR comment, smoke-test issue (issue.ts),
// annotations, outputs) and decides the step result.

import { randomBytes } from '../crypto.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as core from './core.js';

import { problemCount, problemLines, ProblemsError } from '../errors.js';
import type { Plan, ProviderName, RunEvents, RunSummary } from '../types.js';
import { createProvider, resolveProviderName } from '../providers/index.js';
import { emptySummary } from '../engine/summary.js';
import { annotationsFor, ANNOTATIONS_PER_TYPE } from '../report/annotations.js';
import { commentMarker, renderComment, renderReportOutput } from '../report/comment.js';
import { isForbidden, listPullRequestFiles, upsertComment } from './github.js';
import { toResultsJson } from '../report/json.js';
import { toJUnit } from '../report/junit.js';
import { packageLayersLine, WorkflowLog } from '../report/log.js';
import { renderSummary, type ReportInput } from '../report/summary.js';
import { VERSION } from '../version.js';
import { pullRequestChanges } from './changed.js';
import { DeferredLog, OwnAnnotations } from './deferred.js';
import { linksOf, runContext, type RunContext } from './context.js';
import { envInput, readInputs, type ActionInputs } from './inputs.js';
import { issueStep } from './issue.js';
import { boundedResults } from './outputs.js';
import { planFromInputs, type ActionPlan } from '../plan/workflow.js';
import { STATE_PROVIDER, STATE_RUN_ID } from './state.js';
import { redactEvents, redactPlan, redactSummary, trustOf, type Redactor } from '../trust/index.js';
import { redactWrites } from '../trust/streams.js';


/** Inputs that hold secrets: read once, then removed from this process's environment. */
const SECRET_INPUTS = ['INPUT_E2B-API-KEY', 'INPUT_GITHUB-TOKEN'];

function failWith(title: string, problems: string[]): void {
  core.setFailed(`${title}\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

/** The step's failure for problems found before anything ran (inputs, config, plan); other errors are thrown on. */
function failOnProblems(e: unknown, r?: Redactor): void {
  if (!(e instanceof ProblemsError)) throw e;
  const title =
    e.kind === 'inputs'
      ? 'sandbox-checks: the inputs have a problem; nothing was run.'
      : e.kind === 'plan'
        ? 'sandbox-checks: the plan was refused; nothing was run.'
        : `sandbox-checks: the configuration has ${problemCount(e.problems.length)}; nothing was run.`;
  // A config problem may span lines; each is its own line of the failure.
  const lines = e.kind === 'config' ? e.message.split('\n') : problemLines(e.problems);
  failWith(title, r ? lines.map((p) => r.text(p)) : lines);
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const ctx = runContext(env, process.cwd(), os.tmpdir());

  // 1. Inputs and plan: any problem is reported and nothing runs.
  let inputs: ActionInputs;
  let planned: ActionPlan;
  try {
    inputs = readInputs(envInput(env));
  } catch (e) {
    return failOnProblems(e);
  }
  // Only workflow-side values are masked and redacted: a config never chooses what the log hides.
  const trust = trustOf({ env, allowEnv: inputs.allowEnv, secrets: [inputs.e2bApiKey, inputs.githubToken], allowHint: 'the allow-env input' });
  for (const s of trust.masks) core.setSecret(s);
  for (const k of SECRET_INPUTS) delete env[k];
  redactWrites(process.stdout, trust.redactor);
  redactWrites(process.stderr, trust.redactor);
  try {
    planned = await planFromInputs(inputs, { workspace: ctx.workspace, env, secrets: trust.credentials, changes: () => changesOf(ctx, inputs) });
  } catch (e) {
    return failOnProblems(e, trust.redactor);
  }
  const plan = planned.plan;
  redactPlan(plan, trust.redactor);
  const co = planned.changedOnly;
  if (co?.applied) {
    core.info(
      `sandbox-checks: changed-only: ${co.checks} snippet ${co.checks === 1 ? 'block' : 'blocks'} selected from ${co.files} changed Markdown ${co.files === 1 ? 'file' : 'files'}${
        co.lines ? ' (only blocks whose lines changed)' : ''
      }; blocks in unchanged files are not run`,
    );
  } else if (inputs.changedOnly && !co) {
    core.info('sandbox-checks: changed-only applies to Markdown snippets, and this run has none; files and code always run');
  }

  // 2. Run. The E2B run id tags sandboxes so the post step can end leftovers.
  const providerName = resolveProviderName(plan.provider, plan.e2b);
  // Unique per step: matrix legs share the run id and job name.
  const runId = `gh-${ctx.runId ?? 'local'}-${ctx.runAttempt ?? '1'}-${ctx.job}-${randomBytes(4).toString('hex')}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  plan.e2b.runId = runId;
  core.saveState(STATE_PROVIDER, providerName);
  core.saveState(STATE_RUN_ID, runId);
  // A plan with nothing to run loads neither the runner setup nor the engine
  // and its providers (a pull request that changes no Markdown, say).
  const runnable = plan.checks.some((c) => !c.skip);
  if (runnable) {
    const { runInstall } = await import('./install.js');
    const setup = await runInstall(inputs.install, providerName, plan.checks, env, core);
    if (setup.fail) return core.setFailed(setup.fail);
  }
  const outDir = path.join(ctx.tempDir, `sandbox-checks-${runId}`);
  mkdirSync(outDir, { recursive: true });
  plan.logDir = path.join(outDir, 'logs');
  plan.keepLogs = true; // RUNNER_TEMP is emptied by the runner after the job

  const shardText = inputs.shard ? `${inputs.shard.index}/${inputs.shard.total}` : undefined;
  core.info(
    `sandbox-checks ${VERSION}: ${plan.checks.length} ${plan.checks.length === 1 ? 'check' : 'checks'}${
      shardText ? ` (shard ${shardText} of ${planned.planned})` : ''
    } on the ${providerName} provider, ${Math.min(plan.concurrency, Math.max(1, plan.checks.length))} at a time${
      planned.configFile ? `, from ${planned.configFile}` : ''
    }`,
  );

  // What the repository controls reaches stdout after the Action's own annotations (deferred.ts).
  const deferred = new DeferredLog(path.join(outDir, 'log.txt'), plan.stream, (s) => process.stdout.write(s));
  const log = new WorkflowLog({
    write: (s) => deferred.write(s),
    stream: plan.stream,
    parallel: plan.concurrency > 1 && plan.checks.length > 1,
  });
  const abort = new AbortController();
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    log.finish();
    // A second signal (SIGTERM after SIGINT) changes nothing: the report is on its way, and SIGKILL ends the step.
    if (signals > 1) return;
    process.stdout.write(`sandbox-checks: ${sig} received; ending every sandbox and writing the report of what finished\n`);
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let summary: RunSummary;
  let engineDone: Promise<unknown>;
  try {
    const events = redactEvents(
      {
        onCheckStart: (c) => log.onCheckStart(c),
        onOutput: (c, s, chunk) => log.onOutput(c, s, chunk),
        onNotice: (c, m) => log.onNotice(c, m),
        onCheckEnd: (o, c) => log.onCheckEnd(o, c),
      },
      trust.redactor,
    );
    const r = plan.checks.length
      ? await runEngine(plan, events, abort.signal, providerName, runnable, inputs.packageCache, env)
      : { summary: emptySummary(providerName, plan.logDir), done: Promise.resolve() };
    summary = redactSummary(r.summary, trust.redactor);
    engineDone = r.done;
  } finally {
    log.finish();
  }

  // Cleanup problems change no outcome; they are said once, as warnings.
  const own = new OwnAnnotations(plan.stream, core);
  for (const o of summary.outcomes) for (const w of o.warnings ?? []) own.warning(`${o.name}: ${w}`);
  for (const w of summary.warnings) own.warning(w);
  if (summary.packageLayers) core.info(packageLayersLine(summary.packageLayers));

  // 3. Reports: summary and comment first, whatever the result.
  await report(summary, inputs, ctx, outDir, () => deferred.flush(), own, shardText);
  if (inputs.suggestUpdates && !summary.cancelled) {
    const { suggestUpdates } = await import('./suggest.js');
    await suggestUpdates({ checks: plan.checks, outcomes: summary.outcomes, ctx, token: inputs.githubToken, redactor: trust.redactor, log: core });
  }
  // After a cancel the report did not wait for the sandboxes to end; the step does.
  await engineDone;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

async function runEngine(plan: Plan, events: RunEvents, signal: AbortSignal, providerName: ProviderName, runnable: boolean, packageCache: boolean, env: NodeJS.ProcessEnv) {
  const { runCancellable } = await import('./cancel.js');
  // The provider's warnings (E2B kills, cleanup) as annotations, not plain stderr.
  // A provider that cannot be made here is made (and its error reported) by the engine.
  const provider = runnable ? await createProvider(providerName, plan.e2b, { warn: (m) => core.warning(`sandbox-checks: ${m}`) }).catch(() => undefined) : undefined;
  // Package layers also kept between workflow runs (layer-cache.ts, loaded only for a plan with packages).
  const layerCache = packageCache && plan.checks.some((c) => c.packages.length && !c.skip)
    ? (await import('./layer-cache.js')).actionLayerCache({ enabled: true, env, command: [process.execPath, process.argv[1]!] }).cache
    : undefined;
  return runCancellable(plan, events, signal, providerName, { provider, layerCache });
}

/** changed-only: the pull request's changed files from the GitHub API (or undefined: every snippet runs). */
async function changesOf(ctx: RunContext, inputs: ActionInputs) {
  const r = await pullRequestChanges(ctx, inputs.githubToken, async (ref) => {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(inputs.githubToken!, { baseUrl: ctx.apiUrl, request: { signal: AbortSignal.timeout(60_000) } });
    return listPullRequestFiles(octokit, ref);
  });
  if (r.warning) core.warning(r.warning);
  if (r.info) core.info(r.info);
  return r.changed;
}

function decide(summary: RunSummary, failOn: ActionInputs['failOn']): string | undefined {
  const t = summary.totals;
  const problems = t.failed + t.timed_out + t.error;
  if (summary.cancelled && failOn !== 'never') return 'sandbox-checks: the run was cancelled';
  if (failOn === 'failed' && problems > 0) return `sandbox-checks: ${problems} of ${t.total} ${t.total === 1 ? 'check' : 'checks'} did not pass`;
  if (failOn === 'error' && t.error > 0) return `sandbox-checks: ${t.error} of ${t.total} ${t.total === 1 ? 'check' : 'checks'} ended in error (the sandbox or a tool was missing)`;
  return undefined;
}

/**
 * Order: files, then annotations (before anything the repository printed, so
 * no problem matcher can take their slots; with stream: true, in the post
 * step: deferred.ts), outputs, the job summary, the
 * held-back log, and the PR comment last (a network call that a cancel may
 * cut short).
 */
async function report(summary: RunSummary, inputs: ActionInputs, ctx: RunContext, outDir: string, flushLog: () => void, own: OwnAnnotations, shard?: string): Promise<void> {
  const t = summary.totals;
  const input: ReportInput = {
    outcomes: summary.outcomes,
    totals: t,
    providerLabel: summary.providerLabel,
    cancelled: summary.cancelled,
    links: linksOf(ctx),
    shard,
  };
  const failure = decide(summary, inputs.failOn);
  const failing = t.failed + t.timed_out + t.error > 0 || summary.cancelled;

  // Files: JUnit and the full results JSON.
  const junitPath = inputs.junit ? path.resolve(ctx.workspace, inputs.junit) : path.join(outDir, 'junit.xml');
  mkdirSync(path.dirname(junitPath), { recursive: true });
  writeFileSync(junitPath, toJUnit(summary.outcomes, t));
  const resultsPath = path.join(outDir, 'results.json');
  writeFileSync(resultsPath, `${JSON.stringify(toResultsJson(summary.outcomes, t), null, 2)}\n`);

  // Annotations: one slot stays free for the step's own failure message.
  const slots = ANNOTATIONS_PER_TYPE - (failure ? 1 : 0);
  for (const a of annotationsFor(summary.outcomes, slots)) {
    own.error(a.message, { title: a.title, file: a.file, startLine: a.startLine });
  }

  if (failure) own.fail(failure);
  const handed = own.save();
  if (handed) core.info(`sandbox-checks: ${handed} ${handed === 1 ? 'annotation is' : 'annotations are'} written by the post step: with stream: true this step's log is live sandbox output, which must not take their places`);

  // Outputs.
  core.setOutput('passed', String(t.passed));
  core.setOutput('failed', String(t.failed + t.timed_out));
  core.setOutput('errored', String(t.error));
  core.setOutput('skipped', String(t.skipped));
  core.setOutput('total', String(t.total));
  core.setOutput('results', boundedResults(summary.outcomes, t));
  core.setOutput('results-path', resultsPath);
  core.setOutput('report', renderReportOutput(input).text);
  core.setOutput('junit-path', junitPath);

  // Job summary.
  if (inputs.summary) {
    if (process.env.GITHUB_STEP_SUMMARY) {
      try {
        await core.appendSummary(renderSummary(input).text);
      } catch (e) {
        core.warning(`sandbox-checks: could not write the job summary: ${(e as Error).message}`);
      }
    } else {
      core.info('sandbox-checks: GITHUB_STEP_SUMMARY is not set; no job summary written');
    }
  }

  flushLog();
  core.info(`sandbox-checks: ${t.passed} passed, ${t.failed + t.timed_out} failed, ${t.error} errored, ${t.skipped} skipped of ${t.total}`);

  // Sticky PR comment.
  if (inputs.comment !== 'never' && ctx.pullNumber !== undefined && ctx.owner && ctx.repo) {
    if (!inputs.githubToken) {
      core.warning('sandbox-checks: no github-token, so no PR comment; the results are in the job summary');
    } else {
      await comment(input, inputs, ctx, failing);
    }
  }

  // Smoke tests: the issue (runs without a pull request only), a network call like the comment.
  const key = [inputs.commentKey, shard ? `shard ${shard}` : ''].filter(Boolean).join(' ');
  await issueStep({ mode: inputs.issue, token: inputs.githubToken, key, ctx: { ...ctx, links: input.links }, outcomes: summary.outcomes, totals: t, cancelled: summary.cancelled, log: core });
}

async function comment(input: ReportInput, inputs: ActionInputs, ctx: RunContext, failing: boolean): Promise<void> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(inputs.githubToken!, { baseUrl: ctx.apiUrl, request: { signal: AbortSignal.timeout(60_000) } });
  const key = [inputs.commentKey, input.shard ? `shard ${input.shard}` : ''].filter(Boolean).join(' ');
  const marker = commentMarker({ workflow: ctx.workflow, job: ctx.job, key });
  const body = renderComment(input, marker);
  try {
    const r = await upsertComment(
      octokit,
      { owner: ctx.owner!, repo: ctx.repo!, issueNumber: ctx.pullNumber! },
      marker,
      body.text,
      { mode: inputs.comment, failing },
    );
    if (r.action === 'skipped') core.info(`sandbox-checks: no PR comment: ${r.reason}`);
    else core.info(`sandbox-checks: PR comment ${r.action}${r.url ? `: ${r.url}` : ''}${body.truncated ? ' (shortened to fit; the job summary has everything)' : ''}`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (isForbidden(e)) {
      core.warning(
        ctx.fork
          ? 'sandbox-checks: this pull request comes from a fork, so the workflow token is read-only and the PR comment could not be written (Resource not accessible by integration). The results are in the job summary and the annotations.'
          : 'sandbox-checks: the token may not write PR comments (403 Resource not accessible by integration). Give the job `permissions: pull-requests: write`, or set `comment: never`. The results are in the job summary and the annotations.',
      );
    } else {
      core.warning(`sandbox-checks: could not write the PR comment${status ? ` (HTTP ${status})` : ''}: ${(e as Error).message}. The results are in the job summary.`);
    }
  }
}
