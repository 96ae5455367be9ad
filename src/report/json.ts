// The results JSON: a public contract. Add fields freely; never rename these.

import type { Outcome, Phases, Totals } from '../types.js';
import { streamText } from '../engine/output.js';
import { timingsOf, type RunTimings } from './timings.js';

export interface ResultsJson {
  version: 1;
  totals: Totals;
  checks: ResultCheck[];
  /** Per-phase totals and percentiles (create latency p50/p95) over the checks. */
  timings: RunTimings;
}

interface ResultCheck {
  name: string;
  language: string;
  provider: string;
  status: string;
  reason?: string;
  message?: string;
  exitCode?: number;
  signal?: string;
  durationMs: number;
  file?: string;
  line?: number;
  stdout: string;
  stderr: string;
  stdoutBytes: number;
  stderrBytes: number;
  truncated: boolean;
  logFile?: string;
  sandboxId?: string;
  sandboxSeconds?: number;
  costUsd?: number;
  warnings?: string[];
  phases?: Phases;
}

export function toResultsJson(outcomes: Outcome[], totals: Totals): ResultsJson {
  return {
    version: 1,
    totals,
    timings: timingsOf(outcomes),
    checks: outcomes.map((o) => ({
      name: o.name,
      language: o.language,
      provider: o.provider,
      status: o.status,
      reason: o.reason,
      message: o.message,
      exitCode: o.exitCode,
      signal: o.signal,
      durationMs: o.durationMs,
      file: o.file,
      line: o.line,
      stdout: streamText(o.stdout),
      stderr: streamText(o.stderr),
      stdoutBytes: o.stdout.bytes,
      stderrBytes: o.stderr.bytes,
      truncated: o.stdout.truncated || o.stderr.truncated,
      logFile: o.logFile,
      sandboxId: o.sandboxId,
      sandboxSeconds: o.sandboxSeconds,
      costUsd: o.costUsd,
      warnings: o.warnings,
      phases: o.phases,
    })),
  };
}
