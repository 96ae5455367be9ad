// Where a run's time went: per-phase totals over its checks, and the
// percentiles of sandbox creation latency (the figure that tells whether the
// sandbox platform is healthy). The results JSON, the job summary and the
// smoke-test issue all read it from here.

import type { Outcome, Phases } from '../types.js';

const PHASES = ['create', 'upload', 'install', 'compile', 'run', 'teardown'] as const;
type PhaseName = (typeof PHASES)[number];

interface PhaseStats {
  /** Checks that reached this phase. */
  count: number;
  totalMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface RunTimings {
  phases: Partial<Record<PhaseName, PhaseStats>>;
  /** Sandbox-seconds billed over the run (E2B), when any. */
  sandboxSeconds?: number;
  costUsd?: number;
}

const key = (p: PhaseName) => `${p}Ms` as keyof Phases;

/** Nearest-rank percentile of sorted values (p in 0..100). */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function timingsOf(outcomes: Outcome[]): RunTimings {
  const phases: RunTimings['phases'] = {};
  for (const p of PHASES) {
    const values = outcomes
      .map((o) => o.phases?.[key(p)])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
      .sort((a, b) => a - b);
    if (!values.length) continue;
    phases[p] = {
      count: values.length,
      totalMs: values.reduce((s, v) => s + v, 0),
      p50Ms: percentile(values, 50),
      p95Ms: percentile(values, 95),
      maxMs: values[values.length - 1]!,
    };
  }
  const billed = outcomes.filter((o) => typeof o.sandboxSeconds === 'number');
  const priced = outcomes.filter((o) => typeof o.costUsd === 'number');
  return {
    phases,
    ...(billed.length ? { sandboxSeconds: round(billed.reduce((s, o) => s + o.sandboxSeconds!, 0), 3) } : {}),
    ...(priced.length ? { costUsd: round(priced.reduce((s, o) => s + o.costUsd!, 0), 6) } : {}),
  };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

const ms = (v: number) => (v < 1000 ? `${v} ms` : `${(v / 1000).toFixed(v < 10_000 ? 2 : 1)} s`);

/** One Markdown line: "create 1.2 s (p50 310 ms · p95 900 ms) · upload …", or undefined when nothing was timed. */
export function timingsLine(t: RunTimings): string | undefined {
  const parts = PHASES.flatMap((p) => {
    const s = t.phases[p];
    if (!s) return [];
    return [`${p} ${ms(s.totalMs)}${p === 'create' ? ` (p50 ${ms(s.p50Ms)} · p95 ${ms(s.p95Ms)})` : ''}`];
  });
  return parts.length ? `Time per phase, summed over checks: ${parts.join(' · ')}` : undefined;
}
