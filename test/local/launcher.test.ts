// Checks after the first start from a launcher prepared ahead (already in its
// cgroups, waiting for its command line): what reaches the program must be
// exactly what the check says, whatever characters it holds.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

import { shellLine } from '../../src/providers/local.js';
import { check, runLocal } from '../helpers.js';

const tricky = ["it's", 'a "quoted" word', 'two\nlines', '$HOME `id` $(id) \\ *', '', ' spaces ', "'", '\n'];

describe('launchers prepared ahead', () => {
  it('shellLine gives sh back exactly the words it was given', () => {
    const script = `NL=$(printf "\\nx"); NL=\${NL%x}; eval "set -- $(cat)"; for a in "$@"; do printf '[%s]' "$a"; done`;
    const out = execFileSync('/bin/sh', ['-c', script], { input: shellLine(tricky), encoding: 'utf8' });
    expect(out).toBe(tricky.map((w) => `[${w}]`).join(''));
  });

  it('every check of a run gets its own env, args and stdin intact', async () => {
    const program = 'import os, sys\nprint(repr(os.environ["X"]), repr(sys.argv[1:]), repr(sys.stdin.read()))';
    const checks = Array.from({ length: 4 }, (_, i) =>
      check({ name: `c${i}`, language: 'python', code: program, env: { X: `${i}: ${tricky[i]}\nend` }, args: tricky, stdin: `in ${i}\n'"` }),
    );
    const outcomes = await runLocal(checks, {}, { concurrency: 1 });
    outcomes.forEach((o, i) => {
      expect(o.status, o.message).toBe('passed');
      const expected = `${pyRepr(`${i}: ${tricky[i]}\nend`)} [${tricky.map(pyRepr).join(', ')}] ${pyRepr(`in ${i}\n'"`)}\n`;
      expect(o.stdout.head).toBe(expected);
    });
  });
});

/** Python's repr of a str, for the characters used above. */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(q === "'" ? /'/g : /"/g, q === "'" ? "\\'" : '\\"');
  return `${q}${body}${q}`;
}
