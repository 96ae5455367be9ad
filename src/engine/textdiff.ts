// Expected output as documentation writes it: compared line by line with
// trailing whitespace ignored, `...` as a wildcard, and a line diff when it
// does not match.
//
//   - `...` inside a line matches any text (also none, also across lines);
//   - a line that is only `...` matches any number of whole lines (also none).

import { normalise } from './expect.js';

const ELLIPSIS = '...';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineSource(line: string): string {
  return line.split(ELLIPSIS).map(escape).join('[\\s\\S]*?');
}

/** A regular expression for the whole expected text. */
export function outputPattern(expected: string): RegExp {
  const lines = normalise(expected).split('\n');
  let src = '';
  for (const line of lines) src += line.trim() === ELLIPSIS ? '(?:[^\\n]*\\n)*?' : `${lineSource(line)}\\n`;
  return new RegExp(`^${src}$`);
}

/** Does `actual` match `expected` (trailing whitespace and final blank lines ignored)? */
export function outputMatches(expected: string, actual: string): boolean {
  return outputPattern(expected).test(`${normalise(actual)}\n`);
}

/** A unified-style line diff (`-` expected, `+` actual), at most `maxLines` lines; '' when they match. */
export function outputDiff(expected: string, actual: string, maxLines = 40): string {
  if (outputMatches(expected, actual)) return '';
  const want = normalise(expected).split('\n');
  const got = normalise(actual).split('\n');
  const eq = (w: string, g: string) =>
    w === g || (w.includes(ELLIPSIS) && (w.trim() === ELLIPSIS || new RegExp(`^${lineSource(w)}$`).test(g)));
  return diffLines(want, got, eq, maxLines);
}

/** A line diff (`-` want, `+` got) under any line equality, with two rows of context around each change. */
export function diffLines(want: string[], got: string[], eq: (w: string, g: string) => boolean, maxLines = 40): string {
  // Longest common subsequence on lines; outputs are bounded, so O(n·m) is fine up to a cap.
  const n = Math.min(want.length, 2000);
  const m = Math.min(got.length, 2000);
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = eq(want[i]!, got[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const rows: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && eq(want[i]!, got[j]!)) {
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
