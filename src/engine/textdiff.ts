// Expected output as documentation writes it: compared line by line with
// trailing whitespace ignored, `...` as a wildcard, and a line diff when it
// does not match.
//
//   - `...` inside a line matches any text (also none, also across lines);
//   - a line that is only `...` matches any number of whole lines (also none).

import { lineMatcher, wildcardMatch } from './wildcard.js';

/** Trailing whitespace on each line and trailing blank lines are not compared. */
export function normalise(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

/** Does `actual` match `expected` (trailing whitespace and final blank lines ignored)? Linear time (wildcard.ts). */
export function outputMatches(expected: string, actual: string): boolean {
  return wildcardMatch(normalise(expected).split('\n'), `${normalise(actual)}\n`);
}

/** Lines compared in the diff; past them the diff is cut short. */
const DIFF_LINES = 2000;
/** Characters compared against wildcard lines in one diff, at most (then such lines count as different). */
const DIFF_WILDCARD_BUDGET = 200_000_000;

/** A unified-style line diff (`-` expected, `+` actual), at most `maxLines` lines; '' when they match. */
export function outputDiff(expected: string, actual: string, maxLines = 40): string {
  if (outputMatches(expected, actual)) return '';
  const want = normalise(expected).split('\n');
  const got = normalise(actual).split('\n');
  // Lines are compared by id, and a wildcard line's matches are computed
  // once per actual line, within a budget.
  const n = Math.min(want.length, DIFF_LINES);
  const m = Math.min(got.length, DIFF_LINES);
  const ids = new Map<string, number>();
  const id = (l: string) => ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1);
  const wantId = want.slice(0, n).map(id);
  const gotId = got.slice(0, m).map(id);
  const wild = new Map<number, Uint8Array>();
  let budget = DIFF_WILDCARD_BUDGET;
  for (let i = 0; i < n; i++) {
    const w = want[i]!;
    if (!w.includes('...') || wild.has(wantId[i]!)) continue;
    const row = new Uint8Array(m);
    const test = lineMatcher(w);
    for (let j = 0; j < m && budget > 0; j++) {
      budget -= got[j]!.length + w.length;
      row[j] = test(got[j]!) ? 1 : 0;
    }
    wild.set(wantId[i]!, row);
  }
  return diffRows(want, got, (i, j) => wantId[i] === gotId[j] || wild.get(wantId[i]!)?.[j] === 1, maxLines);
}

/**
 * A line diff (`-` want, `+` got) under any line equality, with two rows of
 * context around each change. `eq` is called O(n·m) times on at most
 * DIFF_LINES lines each side: it must be cheap and linear in its lines.
 */
export function diffLines(want: string[], got: string[], eq: (w: string, g: string) => boolean, maxLines = 40): string {
  return diffRows(want, got, (i, j) => eq(want[i]!, got[j]!), maxLines);
}

function diffRows(want: string[], got: string[], eq: (i: number, j: number) => boolean, maxLines: number): string {
  // Longest common subsequence on lines, bounded to DIFF_LINES each side.
  const n = Math.min(want.length, DIFF_LINES);
  const m = Math.min(got.length, DIFF_LINES);
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = eq(i, j) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const rows: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && eq(i, j)) {
      rows.push(`  ${got[j]}`);
      i++;
      j++;
    } else if (i < n && (j >= m || dp[i + 1]![j]! >= dp[i]![j + 1]!)) {
      rows.push(`- ${want[i++]}`);
    } else {
      rows.push(`+ ${got[j++]}`);
    }
  }
  if (want.length > n || got.length > m) rows.push('  … (longer outputs: diff cut short)');
  // Keep the changed rows and two rows of context around each.
  const keep = new Set<number>();
  rows.forEach((r, k) => {
    if (!r.startsWith('  ')) for (let d = -2; d <= 2; d++) keep.add(k + d);
  });
  if (keep.size === 0) rows.forEach((_, k) => keep.add(k));
  const out: string[] = ['--- expected', '+++ actual'];
  let last = -1;
  for (let k = 0; k < rows.length; k++) {
    if (!keep.has(k)) continue;
    if (last >= 0 && k > last + 1) out.push('  …');
    out.push(rows[k]!);
    last = k;
  }
  if (out.length > maxLines + 2) return [...out.slice(0, maxLines + 2), `  … (${out.length - maxLines - 2} more diff lines)`].join('\n');
  return out.join('\n');
}
