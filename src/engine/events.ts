// What the engine tells its caller while checks run: the hooks every front
// door (CLI console, Action log, cancellation) and the session driver share,
// kept apart from run.ts so sessions can report through them without
// importing the engine that runs them.

import type { Check, Outcome } from '../types.js';

export interface RunEvents {
  onCheckStart?(check: Check): void;
  onOutput?(check: Check, stream: 'stdout' | 'stderr', chunk: Buffer): void;
  /** Progress the engine itself reports (package install, compile). */
  onNotice?(check: Check, message: string): void;
  onCheckEnd?(outcome: Outcome, check: Check): void;
}
