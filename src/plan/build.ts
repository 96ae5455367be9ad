// Config → Plan for every front door: the checks, then the Markdown snippets
// when the config names any (the Markdown parser is loaded only then).

import { ProblemsError } from '../errors.js';
import type { LoadedConfig } from '../config/load.js';
import { buildPlan } from './checks.js';
import { settleNames } from '../trust/text.js';
import type { Check, Plan } from '../types.js';
import type { SnippetPlanOptions } from './snippets.js';
import { MAX_CHECKS } from '../limits.js';

export async function planFromConfig(
  config: LoadedConfig,
  options: SnippetPlanOptions,
  /** Told which checks came from Markdown (the Action logs how many). */
  onSnippets?: (checks: Check[]) => void,
): Promise<Plan> {
  const plan = buildPlan(config, options);
  if (config.config.snippets === undefined) return capped(plan, config.source);
  const { addSnippetChecks } = await import('./snippets.js');
  const before = plan.checks.length;
  const out = await addSnippetChecks(plan, config, options);
  settleNames(out.checks);
  onSnippets?.(out.checks.slice(before));
  return capped(out, config.source);
}

/** Refuses a plan over MAX_CHECKS, with what to do about it. */
function capped(plan: Plan, source: string): Plan {
  if (plan.checks.length > MAX_CHECKS) {
    throw new ProblemsError([
      {
        source,
        message: `the plan has ${plan.checks.length} checks, more than the ${MAX_CHECKS} one run may hold; narrow the globs (files, [snippets] paths, exclude) or split the checks over several configs or steps`,
      },
    ]);
  }
  return plan;
}
