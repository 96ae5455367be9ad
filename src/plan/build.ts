// Config → Plan for every front door: the checks, then the Markdown snippets
// when the config names any (the Markdown parser is loaded only then).

import type { RawConfig } from '../config/load.js';
import { buildPlan } from '../config/plan.js';
import type { Check, Plan } from '../types.js';
import type { SnippetPlanOptions } from './snippets.js';

export async function planFromConfig(
  config: RawConfig,
  options: SnippetPlanOptions,
  /** Told which checks came from Markdown (the Action logs how many). */
  onSnippets?: (checks: Check[]) => void,
): Promise<Plan> {
  const plan = buildPlan(config, options);
  if (config.raw.snippets === undefined) return plan;
  const { addSnippetChecks } = await import('./snippets.js');
  const before = plan.checks.length;
  const out = await addSnippetChecks(plan, config, options);
  onSnippets?.(out.checks.slice(before));
  return out;
}
