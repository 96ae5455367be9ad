// A run the runner may cancel. The runner sends SIGINT, then SIGTERM 7.5 s
// later and SIGKILL 2.5 s after that; ending every sandbox can take longer
// than that (E2B kills are HTTP calls). So once cancelled, the engine gets
// GRACE_MS to finish; after that the report is written from the outcomes that
// arrived, and every other check counts as cancelled, so annotations, outputs
// and the summary are out well before SIGKILL. The engine goes on ending
// sandboxes meanwhile; `done` settles when it has.

import { setTimeout as sleep } from 'node:timers/promises';

import { baseOutcome } from '../engine/outcome.js';
import type { RunEvents } from '../types.js';
import { runChecks } from '../engine/run.js';
import { totalsOf } from '../engine/summary.js';
import type { RunSummary } from '../types.js';
import { providerEntry } from '../providers/index.js';
import type { Provider } from '../providers/provider.js';
import type { RemoteLayerCache } from '../engine/layers.js';
import type { Outcome, Plan, ProviderName } from '../types.js';

/** How long the engine may take to end after a cancel before the report is written without it. */
const GRACE_MS = 1_500;

export async function runCancellable(
  plan: Plan,
  events: RunEvents,
  signal: AbortSignal,
  provider: ProviderName,
  options: { provider?: Provider; layerCache?: RemoteLayerCache } = {},
): Promise<{ summary: RunSummary; done: Promise<unknown> }> {
  const ended = new Map<string, Outcome>();
  const started = Date.now();
  const engine = runChecks(plan, {
    ...events,
    onCheckEnd: (o, c) => {
      ended.set(c.name, o);
      events.onCheckEnd?.(o, c);
    },
    signal,
    provider: options.provider,
    layerCache: options.layerCache,
  });
  const done = engine.catch(() => {});
  const cancelled = new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  const late = cancelled.then(() => sleep(GRACE_MS, 'late' as const, { ref: false }));
  const first = await Promise.race([engine, late]);
  if (first !== 'late') return { summary: first, done };
  const outcomes = plan.checks.map(
    (c) => ended.get(c.name) ?? baseOutcome(c, provider, 'skipped', 'cancelled', 'the run was cancelled before this check finished'),
  );
  const providerLabel = (options.provider ?? providerEntry(provider)).label;
  return { summary: { outcomes, totals: totalsOf(outcomes, Date.now() - started), provider, providerLabel, logDir: plan.logDir ?? '', cancelled: true, warnings: [] }, done };
}
