// `run --update` (bless) through the CLI in process: stale `output` blocks,
// transcript outputs, `>>>` outputs and Go `// Output:` comments are
// rewritten with what the blocks printed; `--dry-run` only prints the diff;
// code and blocks that failed for another reason are never touched.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { describe, expect, test } from 'vitest';

import { main } from '../../src/cli/main.js';
import { doctestFailures } from '../../src/report/update.js';
import { md, tempDir } from './helpers.js';

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const o: string[] = [];
  const e: string[] = [];
  out.on('data', (d: Buffer) => o.push(d.toString()));
  err.on('data', (d: Buffer) => e.push(d.toString()));
  const code = await main([...argv, '--provider', 'local'], { out, err, env: { ...process.env, CI: 'true', E2B_API_KEY: '' }, cwd, signal: new AbortController().signal });
  return { code, out: o.join(''), err: e.join('') };
}

const STALE = md(
  '# Stale', //                                  1
  '```python', //                                2
  'print(1 + 1)', //                             3
  '```', //                                      4
  '```output', //                                5
  '3', //                                        6
  '```', //                                      7
  '- In a list:', //                             8
  '', //                                         9
  '  ```console', //                             10
  '  $ printf "a\\nb\\n"', //                    11
  '  a', //                                      12
  '  $ echo same', //                            13
  '  same', //                                   14
  '  ```', //                                    15
  '```pycon', //                                 16
  '>>> [n * n for n in range(3)]', //            17
  '[0, 1, 2]', //                                18
  '>>> print("x\\n\\ny")', //                     19
  'x', //                                        20
  '>>> 1', //                                    21
  '1', //                                        22
  '```', //                                      23
  '```go timeout=120s', //                        24 (a cold Go build is slow on a busy machine)
  'func ExampleHi() {', //                       25
  '\tfmt.Println("hi")', //                      26
  '\tfmt.Println("there")', //                   27
  '\t// Output: hello', //                       28
  '}', //                                        29
  '```', //                                      30
  '```python', //                                31 fails for another reason: left alone
  'raise SystemExit(2)', //                      32
  '```', //                                      33
  '```output', //                                34
  'never', //                                    35
  '```', //                                      36
);

const UPDATED = md(
  '# Stale',
  '```python',
  'print(1 + 1)',
  '```',
  '```output',
  '2',
  '```',
  '- In a list:',
  '',
  '  ```console',
  '  $ printf "a\\nb\\n"',
  '  a',
  '  b',
  '  $ echo same',
  '  same',
  '  ```',
  '```pycon',
  '>>> [n * n for n in range(3)]',
  '[0, 1, 4]',
  '>>> print("x\\n\\ny")',
  'x',
  '<BLANKLINE>',
  'y',
  '>>> 1',
  '1',
  '```',
  '```go timeout=120s',
  'func ExampleHi() {',
  '\tfmt.Println("hi")',
  '\tfmt.Println("there")',
  '\t// Output:',
  '\t// hi',
  '\t// there',
  '}',
  '```',
  '```python',
  'raise SystemExit(2)',
  '```',
  '```output',
  'never',
  '```',
);

describe('run --update', () => {
  test('--dry-run prints the diff and changes nothing; --update rewrites; the next run passes the blessed blocks', async () => {
    const dir = tempDir({ 'README.md': STALE });
    const file = path.join(dir, 'README.md');
    const dry = await cli(dir, 'run', '--snippets', 'README.md', '--update', '--dry-run');
    expect(dry.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(STALE);
    expect(dry.out).toContain('--- README.md');
    expect(dry.out).toMatch(/@@ -6,1 \+6,1 @@ README\.md:2 \(python\)\n-3\n\+2/);
    expect(dry.out).toMatch(/-\[0, 1, 2\]\n\+\[0, 1, 4\]/);
    expect(dry.out).not.toContain('never');

    const upd = await cli(dir, 'run', '--snippets', 'README.md', '--update');
    expect(upd.err).toMatch(/updated README\.md: 5 expected outputs rewritten/);
    expect(readFileSync(file, 'utf8')).toBe(UPDATED);

    const again = await cli(dir, 'run', '--snippets', 'README.md');
    expect(again.err).toMatch(/4 passed, 1 failed/);
  }, 180_000);

  test('output with a code fence is never written back (it would add blocks of the program\'s choosing)', async () => {
    const doc = md('```python', 'print("```python")', 'print("import os")', 'print("```")', '```', '```output', 'x', '```');
    const dir = tempDir({ 'README.md': doc });
    const r = await cli(dir, 'run', '--snippets', 'README.md', '--update');
    expect(r.err).toContain('README.md:1 (python): not updated, its output has a code fence line');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(doc);
  }, 60_000);

  test('--dry-run alone is a usage error', async () => {
    const r = await cli(tempDir({ 'README.md': '# x\n' }), 'run', '--snippets', 'README.md', '--dry-run');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--dry-run goes with --update');
  });

  test("doctest's report is read for each failed example; an exception is left alone", () => {
    const report = [
      '**********************************************************************',
      'File "README.md", line 17, in README.md',
      'Failed example:',
      '    f()',
      'Expected:',
      '    1',
      'Got:',
      '    2',
      '    ',
      '    3',
      '**********************************************************************',
      'File "README.md", line 20, in README.md',
      'Failed example:',
      '    g()',
      'Exception raised:',
      '    Traceback (most recent call last):',
      '    ValueError: x',
      '**********************************************************************',
      'File "README.md", line 23, in README.md',
      'Failed example:',
      '    h()',
      'Expected:',
      '    1',
      'Got nothing',
      '1 of 3 examples failed',
    ].join('\n');
    expect(doctestFailures(report)).toEqual([
      { line: 17, got: ['2', '<BLANKLINE>', '3'] },
      { line: 23, got: [] },
    ]);
  });
});
