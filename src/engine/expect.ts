// Expectations: pure comparisons of what a check did with what it should do.

import { compileUserRegex } from '../trust/regex.js';
import type { Expectation } from '../types.js';
import { unmetSections } from './sections.js';
import { normalise, outputDiff } from './textdiff.js';

export interface Observed {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** True when the captured text is only the head and tail of the stream. */
  truncated: boolean;
}

function shorten(s: string, n = 200): string {
  const one = JSON.stringify(s);
  return one.length > n ? `${one.slice(0, n)}…"` : one;
}

/** Returns a message for the first unmet expectation, or undefined. */
export function unmetExpectation(expect: Expectation, seen: Observed): string | undefined {
  const wantExit = expect.exitCode ?? 0;
  const why = expect.why ? ` (${expect.why})` : '';
  if (expect.shouldFail && expect.exitCode === undefined) {
    if (seen.exitCode === 0 || seen.exitCode === null) return `expected exit code non-zero${why || ' (should_fail)'}, got ${seen.exitCode ?? 'none'}`;
  } else if (seen.exitCode !== wantExit) {
    return `expected exit code ${wantExit}${why}, got ${seen.exitCode ?? 'none'}`;
  }
  if (expect.sections) {
    const unmet = unmetSections(expect.sections, seen.stdout);
    if (unmet) return unmet;
  }
  if (expect.stdoutLike !== undefined) {
    const diff = outputDiff(expect.stdoutLike, seen.stdout);
    if (diff) return `stdout differs from the expected output${seen.truncated ? ' (output was truncated)' : ''}:\n${diff}`;
  }
  for (const [stream, text] of [
    ['stdout', seen.stdout],
    ['stderr', seen.stderr],
  ] as const) {
    const equals = stream === 'stdout' ? expect.stdoutEquals : expect.stderrEquals;
    const contains = stream === 'stdout' ? expect.stdoutContains : expect.stderrContains;
    const matches = stream === 'stdout' ? expect.stdoutMatches : expect.stderrMatches;
    if (equals !== undefined && normalise(text) !== normalise(equals)) {
      return `${stream} differs from the expected text: expected ${shorten(normalise(equals))}, got ${shorten(normalise(text))}${seen.truncated ? ' (output was truncated)' : ''}`;
    }
    for (const needle of contains ?? []) {
      if (!text.includes(needle)) return `${stream} does not contain ${shorten(needle)}`;
    }
    if (matches !== undefined) {
      const re = compileUserRegex(matches);
      if ('error' in re) return `${stream}_matches ${re.error}`;
      if (!re.test(text)) return `${stream} does not match /${matches}/`;
    }
  }
  return undefined;
}
