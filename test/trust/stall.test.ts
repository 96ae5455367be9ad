// Expected output with `...` matches in linear time and means what the
// backtracking regex it replaces meant; line diffs are bounded.
// (stall.e2e.test.ts drives the rest through the CLI and the Action.)

import { describe, expect, it } from 'vitest';

import { normalise } from '../../src/engine/textdiff.js';
import { outputDiff, outputMatches } from '../../src/engine/textdiff.js';
import { lineMatches } from '../../src/engine/wildcard.js';

/** The regular expression `...` used to mean (the oracle for small cases; it backtracks on large ones). */
function oracle(expected: string, actual: string): boolean {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let src = '';
  for (const line of normalise(expected).split('\n')) {
    src += line.trim() === '...' ? '(?:[^\\n]*\\n)*?' : `${line.split('...').map(esc).join('[\\s\\S]*?')}\\n`;
  }
  return new RegExp(`^${src}$`).test(`${normalise(actual)}\n`);
}

describe('`...` in expected output', () => {
  it('means what it meant, on thousands of random small cases', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const piece = () => ['a', 'b', 'ab', '...', '\n', '\n...\n', ' '][rnd(7)]!;
    let agreed = 0;
    for (let k = 0; k < 5000; k++) {
      const expected = Array.from({ length: 1 + rnd(6) }, piece).join('');
      const actual = Array.from({ length: rnd(8) }, () => ['a', 'b', '\n', 'ab\n', ' '][rnd(5)]!).join('');
      expect(outputMatches(expected, actual), JSON.stringify({ expected, actual })).toBe(oracle(expected, actual));
      agreed++;
    }
    expect(agreed).toBe(5000);
  });

  it('matches 3000 lines with six wildcards each in well under a second, matching or not', () => {
    const expected = Array.from({ length: 3000 }, (_, i) => `a...b...c...d...e...f...line ${i}`).join('\n');
    const actual = Array.from({ length: 3000 }, (_, i) => `a1b2c3d4e5f6line ${i}`).join('\n');
    let t = Date.now();
    expect(outputMatches(expected, actual)).toBe(true);
    expect(outputMatches(expected, `${actual.replace('line 2999', 'line X')}`)).toBe(false);
    expect(outputMatches(`${expected}\nnever`, 'a'.repeat(200_000))).toBe(false);
    expect(Date.now() - t).toBeLessThan(1000);
    t = Date.now();
    const diff = outputDiff(expected, actual.replace('line 1500', 'line X'));
    expect(diff).toContain('- a...b...c...d...e...f...line 1500');
    expect(diff).toContain('+ a1b2c3d4e5f6line X');
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it('matches one line the same way', () => {
    expect(lineMatches('x...y', 'x 1 2 y')).toBe(true);
    expect(lineMatches('x...y', 'x 1 2 z')).toBe(false);
    expect(lineMatches('...', 'anything')).toBe(true);
  });
});

