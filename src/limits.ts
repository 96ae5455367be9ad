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

/** Bytes a config file may hold: far past any real one (inline code included), and parsing stays well under a second. */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;
/** Entries one list of a config may hold (globs, packages, args, …). */
export const MAX_LIST_ENTRIES = 1_000;
/** `[[snippets.rule]]` sections one config may hold. */
export const MAX_RULES = 1_000;
/** Problems one report lists; the rest are counted ("and N more"). */
export const MAX_PROBLEMS_SHOWN = 50;
