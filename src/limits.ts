// The limits every check has unless the workflow or the config says otherwise,
// and the bounds any setting must stay within. Every layer reads them here:
// the validator to refuse, the planner to fill in, the engine to clamp.

import type { Limits } from './types.js';

export const DEFAULT_LIMITS: Limits = {
  timeoutMs: 30_000,
  memoryBytes: 512 * 1024 ** 2,
  processes: 256,
  outputBytes: 10 * 1024 ** 2,
  fileSizeBytes: 64 * 1024 ** 2,
  openFiles: 1024,
  installTimeoutMs: 5 * 60_000,
};

export const MIN_TIMEOUT_MS = 100;
/** E2B sandboxes live at most 1 h on the Hobby plan; nothing should run longer. */
export const MAX_TIMEOUT_MS = 60 * 60_000;

/** Checks one plan may hold: every report stays within its budget, and memory with it. */
export const MAX_CHECKS = 5_000;
