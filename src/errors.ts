// The errors sandbox-checks throws on purpose. Each carries the exit code the
// CLI ends with, so a front door maps an error by its type alone (cli/main.ts
// and action/main.ts, one place each). Outcomes of checks are not errors:
// they are data (types.ts). Anything else thrown is a bug, reported as
// "unexpected error" with exit 1.

import { MAX_PROBLEMS_SHOWN } from './limits.js';

/** One thing wrong with what was asked: where (file, line, key) and what to do. */
export interface Problem {
  /** The config file, "command line", `input "timeout"`, `check "name"`; "" when no place applies. */
  source: string;
  line?: number;
  /** Dotted key path such as check[2].timeout. */
  key?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.source}:${p.line}` : p.source;
  return `${where ? `${where}: ` : ''}${p.key ? `${p.key}: ` : ''}${p.message}`;
}

/** The root of sandbox-checks' own errors: a message a person can act on, and the exit code it means. */
export class SandboxChecksError extends Error {
  constructor(
    message: string,
    /** 2: bad usage, config or environment (nothing ran); 1: a run that did not pass. */
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'SandboxChecksError';
  }
}

/**
 * What the problems are about, which decides the heading a front door
 * prints: `usage` (command-line flags), `config` (a config file, flags or
 * inputs read as one), `inputs` (the Action's inputs), `plan` (a plan the
 * trust rules refuse).
 */
export type ProblemKind = 'usage' | 'config' | 'inputs' | 'plan';

/**
 * Thrown before anything runs when the request has problems: every problem
 * found is in `problems`, and the exit code is 2. Thrown by the config
 * loader and planner (`config`), the CLI's argument parser (`usage`), the
 * Action's input reader (`inputs`) and the plan guard (`plan`).
 */
export class ProblemsError extends SandboxChecksError {
  constructor(
    readonly problems: Problem[],
    readonly kind: ProblemKind = 'config',
  ) {
    super(problemLines(problems).join('\n'), 2);
    this.name = 'ProblemsError';
  }
}

/**
 * The lines a report gives for `problems`: the first MAX_PROBLEMS_SHOWN, then
 * how many more, so a config made to hold 100,000 mistakes cannot flood the
 * log (every problem is still in `problems`).
 */
export function problemLines(problems: readonly Problem[]): string[] {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem);
  const more = problems.length - shown.length;
  return more > 0 ? [...shown, `… and ${more} more ${more === 1 ? 'problem' : 'problems'} (fix the ones above first; they are often the cause)`] : shown;
}

/** `a problem` / `3 problems`: the heading's count. */
export const problemCount = (n: number) => (n === 1 ? 'a problem' : `${n} problems`);
