// Markdown snippet checks: filled in by the snippet feature.
import { ConfigError } from '../config/errors.js';
import type { RawConfig } from '../config/load.js';
import type { Plan } from '../types.js';

export async function addSnippetChecks(_plan: Plan, config: RawConfig): Promise<Plan> {
  throw new ConfigError([{ source: config.source, key: 'snippets', message: 'snippet checks are not available yet' }]);
}
