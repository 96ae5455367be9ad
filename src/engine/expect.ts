// Expectations: pure comparisons of what a check did with what it should do.
//
// An expectation on a stream is judged on the whole stream, never on part of
// it. The engine keeps the first and last KEEP_BYTES of each stream in memory
// (output.ts; the rest goes to the log file); when a stream was longer, an
// expectation on it (stdout/stderr equality, `_matches`, an `output` block,
// a transcript's sections) is not judged and the check fails with reason
// `expectation`, saying so. `_contains` still passes when every needle is in
// the kept part (it is then in the whole stream too), and fails the same way
// when one is not.

import { compileUserRegex } from '../trust/regex.js';
import type { Expectation } from '../types.js';
import { KEEP_BYTES, OMITTED_LINE } from './output.js';
import { unmetSections } from './sections.js';
import { normalise, outputDiff } from './textdiff.js';

export interface Observed {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Which streams are only their head and tail (`true`: either or both, so both count as cut). */
  truncated: boolean | { stdout: boolean; stderr: boolean };
}

/** The first unmet expectation: its exit code, or what the output did. */
export interface Unmet {
  reason: 'exit_code' | 'expectation';
  message: string;
}

function shorten(s: string, n = 200): string {
  const one = JSON.stringify(s);
  return one.length > n ? `${one.slice(0, n)}…"` : one;
}

const cutOf = (seen: Observed, stream: 'stdout' | 'stderr') => (typeof seen.truncated === 'boolean' ? seen.truncated : seen.truncated[stream]);

function notJudged(stream: 'stdout' | 'stderr', what: string): Unmet {
  const kib = (2 * KEEP_BYTES) / 1024;
  return {
    reason: 'expectation',
    message: `${what} was not judged: ${stream} was longer than the ${kib} KiB of it kept in memory (its first and last ${kib / 2} KiB), and an expectation is never judged on part of the output; the full output is in the log. Make the program print less, or check the long output inside the program`,
  };
}

/** Returns the first unmet expectation, or undefined. */
export function unmetExpectation(expect: Expectation, seen: Observed): Unmet | undefined {
  const wantExit = expect.exitCode ?? 0;
  const why = expect.why ? ` (${expect.why})` : '';
  const exit = (message: string): Unmet => ({ reason: 'exit_code', message });
  const unmet = (message: string): Unmet => ({ reason: 'expectation', message });
  if (expect.shouldFail && expect.exitCode === undefined) {
    if (seen.exitCode === 0 || seen.exitCode === null) return exit(`expected exit code non-zero${why || ' (should_fail)'}, got ${seen.exitCode ?? 'none'}`);
  } else if (seen.exitCode !== wantExit) {
    return exit(`expected exit code ${wantExit}${why}, got ${seen.exitCode ?? 'none'}`);
  }
  const stdoutCut = cutOf(seen, 'stdout');
  if (expect.sections) {
    if (stdoutCut) return notJudged('stdout', 'the expected output of each command');
    const message = unmetSections(expect.sections, seen.stdout);
    if (message) return unmet(message);
  }
  if (expect.stdoutLike !== undefined) {
    if (stdoutCut) return notJudged('stdout', 'the expected output');
    const diff = outputDiff(expect.stdoutLike, seen.stdout);
    if (diff) return unmet(`stdout differs from the expected output:\n${diff}`);
  }
  for (const [stream, text] of [
    ['stdout', seen.stdout],
    ['stderr', seen.stderr],
  ] as const) {
    const cut = cutOf(seen, stream);
    const equals = stream === 'stdout' ? expect.stdoutEquals : expect.stderrEquals;
    const contains = stream === 'stdout' ? expect.stdoutContains : expect.stderrContains;
    const matches = stream === 'stdout' ? expect.stdoutMatches : expect.stderrMatches;
    if (equals !== undefined) {
      if (cut) return notJudged(stream, `${stream} = "…"`);
      if (normalise(text) !== normalise(equals)) return unmet(`${stream} differs from the expected text: expected ${shorten(normalise(equals))}, got ${shorten(normalise(text))}`);
    }
    // Kept pieces are searched one by one: a needle never spans the cut, nor the line that marks it.
    const pieces = cut ? text.split(OMITTED_LINE) : [text];
    for (const needle of contains ?? []) {
      if (!pieces.some((p) => p.includes(needle))) return cut ? notJudged(stream, `${stream}_contains ${shorten(needle)}`) : unmet(`${stream} does not contain ${shorten(needle)}`);
    }
    if (matches !== undefined) {
      const re = compileUserRegex(matches);
      if ('error' in re) return unmet(`${stream}_matches ${re.error}`);
      if (cut) return notJudged(stream, `${stream}_matches /${matches}/`);
      if (!re.test(text)) return unmet(`${stream} does not match /${matches}/`);
    }
  }
  return undefined;
}
