// A run's totals, and the summary of a run with nothing to run. Kept apart
// from run.ts so that a front door with an empty plan can report without
// loading the engine and its providers (the Action's start-up).

import { providerEntry } from '../providers/index.js';
import type { Outcome, ProviderName, RunSummary, Totals } from '../types.js';

export function totalsOf(outcomes: Outcome[], durationMs: number): Totals {
  const t: Totals = { passed: 0, failed: 0, timed_out: 0, error: 0, skipped: 0, total: outcomes.length, durationMs };
  for (const o of outcomes) t[o.status]++;
  return t;
}

/** What runChecks returns for a plan without checks: no provider is made or probed. */
export function emptySummary(provider: ProviderName, logDir: string): RunSummary {
  return { outcomes: [], totals: totalsOf([], 0), provider, providerLabel: providerEntry(provider).label, logDir, cancelled: false, warnings: [] };
}
