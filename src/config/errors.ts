// Configuration problems: each names where (file, line, key), what was
// expected and, when it can, what to write instead (a "did you mean"). They
// are thrown as one ProblemsError (src/errors.ts): nothing runs, exit 2.

import { ProblemsError } from '../errors.js';

export { ProblemsError, type Problem } from '../errors.js';

/**
 * The library's name for ProblemsError since its first release (a config with
 * problems). @deprecated Catch ProblemsError.
 */
export const ConfigError = ProblemsError;
/** @deprecated ProblemsError. */
export type ConfigError = ProblemsError;

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

export function didYouMean(word: string, choices: Iterable<string>): string | undefined {
  const list = [...choices];
  const lower = word.toLowerCase();
  const prefixed = list.find((c) => lower.length >= 3 && c.toLowerCase().startsWith(lower));
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of list) {
    const dist = distance(word.toLowerCase(), c.toLowerCase());
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
