// Every block option end to end: planned by the real planner, run in real
// bubblewrap sandboxes by the local provider.

import { beforeAll, describe, expect, test } from 'vitest';

import { ConsoleReporter } from '../../src/cli/console.js';
import { toResultsJson } from '../../src/report/json.js';
import type { Outcome } from '../../src/types.js';
import { md, runMarkdown, text } from './helpers.js';

describe('options, end to end on the local provider', () => {
  let byLine: (line: number) => Outcome;
  let outcomes: Outcome[];

  beforeAll(async () => {
    const r = await runMarkdown(
      md(
        '# Options', //                                                   1
        '```python', //                                                   2  plain: passes
        'print("plain")', //                                              3
        '```', //                                                         4
        '```python', //                                                   5  exception: fails, traceback names line 7
        'x = 1', //                                                       6
        'raise ValueError("broken on purpose")', //                      7
        '```', //                                                         8
        '```python skip', //                                              9  skip
        'raise SystemExit(9)', //                                         10
        '```', //                                                         11
        '<!-- sandbox-checks: ignore -->', //                             12 ignore via marker
        '```python', //                                                   13
        'raise SystemExit(9)', //                                         14
        '```', //                                                         15
        '```python no_run', //                                            16 no_run: not run, so exit 1 unseen
        'raise SystemExit(1)', //                                         17
        '```', //                                                         18
        '```python no_run', //                                            19 no_run: syntax still checked
        'def broken(:', //                                                20
        '```', //                                                         21
        '```c no_run', //                                                 22 no_run compiled: compiles, never runs
        'int main(void) { return 1; }', //                                23
        '```', //                                                         24
        '```c no_run', //                                                 25 no_run compiled: type error caught
        'int main(void) { return undefined_name; }', //                   26
        '```', //                                                         27
        '```python should_fail', //                                       28 should_fail that fails: passes
        'raise RuntimeError("expected")', //                              29
        '```', //                                                         30
        '```python should_fail', //                                       31 should_fail that succeeds: fails
        'print("fine")', //                                               32
        '```', //                                                         33
        '```sh exit=3', //                                                34 exit=3 matched
        'exit 3', //                                                      35
        '```', //                                                         36
        '<!-- sandbox-checks: exit=3 -->', //                             37 exit=3 not matched
        '```sh', //                                                       38
        'exit 4', //                                                      39
        '```', //                                                         40
        '```python timeout=400', //                                       41 timeout
        'while True: pass', //                                            42
        '```', //                                                         43
        '```python name=greeting', //                                     44 name=, expected output matches
        'print("Hello,   ")', //                                          45
        'print("world")', //                                              46
        '```', //                                                         47
        '```output', //                                                   48
        'Hello,', //                                                      49
        'world', //                                                       50
        '```', //                                                         51
        '```python', //                                                   52 ellipsis
        'import random', //                                               53
        'print("id:", random.random())', //                               54
        'for i in range(5): print(i)', //                                 55
        'print("end")', //                                                56
        '```', //                                                         57
        '<!-- sandbox-checks: output -->', //                             58
        '```text', //                                                     59
        'id: ...', //                                                     60
        '0', //                                                           61
        '...', //                                                         62
        'end', //                                                         63
        '```', //                                                         64
        '```python', //                                                   65 mismatch: diff
        'print("hi")', //                                                 66
        'print("same")', //                                               67
        '```', //                                                         68
        '```output', //                                                   69
        'bye', //                                                         70
        'same', //                                                        71
        '```', //                                                         72
        '<!-- sandbox-checks: setup=python', //                           73 hidden setup for python
        'GREETING = "from hidden setup"', //                              74
        '-->', //                                                         75
        '```python', //                                                   76 uses the hidden setup
        'print(GREETING)', //                                             77
        '```', //                                                         78
        '```sh setup', //                                                 79 a visible setup block for bash
        'export WHO=setup-block', //                                      80
        '```', //                                                         81
        '```sh', //                                                       82 uses it
        'echo "$WHO"', //                                                 83
        '```', //                                                         84
      ),
    );
    byLine = r.byLine;
    outcomes = r.outcomes;
  });

  const status = (line: number) => [byLine(line).status, byLine(line).reason];

  test('names, lines and the set of checks', () => {
    expect(outcomes.map((o) => o.line)).toEqual([2, 5, 9, 13, 16, 19, 22, 25, 28, 31, 34, 38, 41, 44, 52, 65, 76, 82]);
    expect(byLine(44).name).toBe('README.md:44 (python): greeting');
    expect(byLine(2)).toMatchObject({ name: 'README.md:2 (python)', file: 'README.md', status: 'passed' });
  });

  test('a failing block fails, and its traceback points at the Markdown line', () => {
    expect(status(5)).toEqual(['failed', 'exit_code']);
    expect(text(byLine(5), 'stderr')).toMatch(/line 7\b[\s\S]*ValueError: broken on purpose/);
  });

  test('skip and ignore', () => {
    expect(byLine(9)).toMatchObject({ status: 'skipped', reason: 'skipped_by_marker', message: 'marked skip at README.md:9' });
    expect(byLine(13)).toMatchObject({ status: 'skipped', reason: 'skipped_by_marker', message: 'marked ignore at README.md:13' });
  });

  test('no_run compiles or syntax-checks only', () => {
    expect(status(16)).toEqual(['passed', undefined]);
    expect(status(19)[0]).toBe('failed');
    expect(text(byLine(19), 'stderr')).toMatch(/SyntaxError/);
    expect(status(22)).toEqual(['passed', undefined]);
    expect(status(25)[0]).toBe('failed');
    expect(text(byLine(25), 'stderr')).toMatch(/undefined_name/);
  });

  test('should_fail and exit=N', () => {
    expect(status(28)).toEqual(['passed', undefined]);
    expect(byLine(31)).toMatchObject({ status: 'failed', reason: 'exit_code', message: 'expected exit code non-zero (should_fail), got 0' });
    expect(status(34)).toEqual(['passed', undefined]);
    expect(byLine(38)).toMatchObject({ status: 'failed', reason: 'exit_code', message: 'expected exit code 3, got 4' });
  });

  test('timeout=', () => {
    expect(status(41)).toEqual(['timed_out', 'timeout']);
    expect(byLine(41).message).toMatch(/400 ms/);
  });

  test('expected output: trailing whitespace, the ellipsis, and a diff when it differs', () => {
    expect(status(44)).toEqual(['passed', undefined]);
    expect(status(52)).toEqual(['passed', undefined]);
    const o = byLine(65);
    expect(o).toMatchObject({ status: 'failed', reason: 'expectation' });
    expect(o.message).toBe('stdout differs from the expected output:\n--- expected\n+++ actual\n- bye\n+ hi\n  same');
  });

  test('the diff reaches the reports', () => {
    const lines: string[] = [];
    const sink = { write: (s: string) => (lines.push(s), true) } as unknown as NodeJS.WritableStream;
    const r = new ConsoleReporter({ stream: false, color: false, tty: false, concurrency: 1, total: 1, out: sink, err: sink });
    expect(r.details(byLine(65))).toContain('    - bye\n    + hi\n      same');
    const json = toResultsJson(outcomes, { passed: 0, failed: 0, timed_out: 0, error: 0, skipped: 0, total: 0, durationMs: 0 });
    expect(json.checks.find((c) => c.line === 65)).toMatchObject({ name: 'README.md:65 (python)', file: 'README.md', line: 65 });
    expect(json.checks.find((c) => c.line === 65)!.message).toContain('+ hi');
  });

  test('hidden setup (comment) and a setup block reach the blocks of their language', () => {
    expect(status(76)).toEqual(['passed', undefined]);
    expect(text(byLine(76))).toBe('from hidden setup\n');
    expect(status(82)).toEqual(['passed', undefined]);
    expect(text(byLine(82))).toBe('setup-block\n');
  });
});

describe('languages as documentation writes them', () => {
  test('JS with import and top-level await, TypeScript, PHP without <?php, Rust without fn main, Ruby', async () => {
    const { outcomes, byLine } = await runMarkdown(
      md(
        '```js', //                                         1
        "import { basename } from 'node:path';", //         2
        'const v = await Promise.resolve(basename("/a/b.txt"));', // 3
        'console.log(v);', //                               4
        '```', //                                           5
        '```ts', //                                         6
        'const n: number = 21;', //                         7
        'console.log(n * 2);', //                           8
        '```', //                                           9
        '```php', //                                        10
        'echo strtoupper("php"), "\\n";', //                11
        '```', //                                           12
        '```rust', //                                       13
        'let x = 40 + 2;', //                               14
        'println!("{}", x);', //                            15
        '```', //                                           16
        '```ruby', //                                       17
        'puts [1, 2].sum', //                               18
        '```', //                                           19
      ),
    );
    expect(outcomes.map((o) => [o.line, o.status])).toEqual([
      [1, 'passed'],
      [6, 'passed'],
      [10, 'passed'],
      [13, 'passed'],
      [17, 'passed'],
    ]);
    expect([1, 6, 10, 13, 17].map((l) => text(byLine(l)))).toEqual(['b.txt\n', '42\n', 'PHP\n', '42\n', '3\n']);
  });
});
