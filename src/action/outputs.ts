// The step outputs. GitHub keeps at most 1 MB of outputs per job, so the
// `results` JSON is shortened when it would not fit (output excerpts first,
// then passing and skipped checks, then whatever still does not fit, counted
// in `checksOmitted`), for any plan; the full JSON is written to a file
// (`results-path`).

import { toResultsJson, type ResultsJson } from '../report/json.js';
import type { Outcome, Totals } from '../types.js';

/** Room for `results` among a job's outputs (the rest is for `report` and others). */
const RESULTS_OUTPUT_BYTES = 512 * 1024;

const keepTail = (s: string, n: number) => (s.length <= n ? s : n === 0 ? '' : `…${s.slice(s.length - n)}`);

/** The results JSON, its check output shortened until the whole fits in `maxBytes`. */
export function boundedResults(outcomes: Outcome[], totals: Totals, maxBytes = RESULTS_OUTPUT_BYTES): string {
  const full = toResultsJson(outcomes, totals);
  let text = JSON.stringify(full);
  if (Buffer.byteLength(text) <= maxBytes) return text;
  for (const keep of [8192, 2048, 512, 0]) {
    const short: ResultsJson & { outputShortened: boolean } = {
      ...full,
      outputShortened: true,
      checks: full.checks.map((c) => ({
        ...c,
        stdout: keepTail(c.stdout, keep),
        stderr: keepTail(c.stderr, keep),
        message: c.message && c.message.length > Math.max(keep, 300) ? keepTail(c.message, Math.max(keep, 300)) : c.message,
        truncated: c.truncated || c.stdout.length > keep || c.stderr.length > keep,
      })),
    };
    text = JSON.stringify(short);
    if (Buffer.byteLength(text) <= maxBytes) return text;
  }
  // Still too big (thousands of checks): passing and skipped checks go first,
  // then the rest past what fits; the totals and results-path always stay.
  const problem = (c: ResultsJson['checks'][number]) => c.status !== 'passed' && c.status !== 'skipped';
  const ordered = [...full.checks.filter(problem), ...full.checks.filter((c) => !problem(c))].map((c) => ({
    ...c,
    stdout: '',
    stderr: '',
    message: c.message && c.message.length > 300 ? keepTail(c.message, 300) : c.message,
    truncated: c.truncated || c.stdout.length > 0 || c.stderr.length > 0,
  }));
  const base = { ...full, outputShortened: true, checksOmitted: 0, checks: [] as typeof ordered };
  let room = maxBytes - Buffer.byteLength(JSON.stringify({ ...base, checksOmitted: full.checks.length })) - 16;
  for (const c of ordered) {
    const size = Buffer.byteLength(JSON.stringify(c)) + 1;
    if (size > room) break;
    base.checks.push(c);
    room -= size;
  }
  base.checksOmitted = full.checks.length - base.checks.length;
  return JSON.stringify(base);
}
