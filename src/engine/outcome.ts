// The outcome a check starts from (and ends with, when it never ran).

import type { Check, Outcome, ProviderName, Reason, Status } from '../types.js';

function emptyTail() {
  return { head: '', tail: '', bytes: 0, truncated: false };
}

/** An outcome before anything ran: its status and reason, no output yet. */
export function baseOutcome(check: Check, provider: ProviderName, status: Status, reason?: Reason, message?: string): Outcome {
  return {
    name: check.name,
    language: check.language,
    provider,
    status,
    reason,
    message,
    durationMs: 0,
    stdout: emptyTail(),
    stderr: emptyTail(),
    file: check.source?.file,
    line: check.source?.line,
  };
}
