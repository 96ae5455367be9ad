// The facts of each provider that callers need before (or without) loading it:
// the planner's default concurrency, the report's label, the engine's wording
// for missing tools. The provider classes carry the same objects, so an
// instance and its list entry (index.ts) never disagree.

import os from 'node:os';

import type { ProviderFacts } from './provider.js';

export const LOCAL_FACTS: ProviderFacts = {
  name: 'local',
  label: 'local sandbox (bubblewrap)',
  toolsWhere: 'on this machine',
  // Checks run on this machine's cores.
  defaultConcurrency: os.availableParallelism(),
};

export const E2B_FACTS: ProviderFacts = {
  name: 'e2b',
  label: 'E2B sandboxes',
  toolsWhere: 'in the E2B template',
  // E2B's Hobby plan allows 20 sandboxes at once and one new one a second.
  defaultConcurrency: 5,
};
