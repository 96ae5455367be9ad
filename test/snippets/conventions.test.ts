// Documentation conventions end to end: planned by the real planner, run in
// real bubblewrap sandboxes by the local provider. Each block is written the
// way its owner documents the convention (cram transcripts, Python's doctest,
// the rustdoc book, Go's testing examples, fragments without a main).

import { beforeAll, describe, expect, test } from 'vitest';

import type { Outcome } from '../../src/types.js';
import { md, runMarkdown, text } from './helpers.js';

describe('conventions, end to end on the local provider', () => {
  let byLine: (line: number) => Outcome;

  beforeAll(async () => {
    const r = await runMarkdown(
      md(
        '# Conventions', //                                              1
        '```console', //                                                 2  transcript: passes
        '$ cd /tmp && echo "in $(pwd)"', //                             3
        'in /tmp', //                                                    4
        '$ ls nothing-here', //                                          5  stderr merged, exit code [2]
        'ls: cannot access * (glob)', //                                 6
        '[2]', //                                                        7
        '$ pwd', //                                                      8  cd carried over
        '/tmp', //                                                       9
        '```', //                                                        10
        '```console', //                                                 11 transcript: wrong output fails
        '$ echo one', //                                                 12
        'one', //                                                        13
        '$ echo two', //                                                 14
        'three', //                                                      15
        '```', //                                                        16
        '```pycon', //                                                   17 doctest: passes
        '>>> def f(n):', //                                              18
        '...     return list(range(n))', //                              19
        '>>> f(3)', //                                                   20
        '[0, 1, 2]', //                                                  21
        '>>> f(100)  # doctest: +ELLIPSIS', //                           22
        '[0, 1, ..., 99]', //                                            23
        '>>> print("a\\n\\nb")', //                                       24
        'a', //                                                          25
        '<BLANKLINE>', //                                                26
        'b', //                                                          27
        '>>> 1 / 0', //                                                  28
        'Traceback (most recent call last):', //                         29
        '  ...', //                                                      30
        'ZeroDivisionError: division by zero', //                        31
        '```', //                                                        32
        '```python', //                                                  33 doctest in a python block: fails
        '>>> 2 * 3', //                                                  34
        '7', //                                                          35
        '```', //                                                        36
        '```rust', //                                                    37 rustdoc: hidden lines, wrapped
        '# fn twice(x: i32) -> i32 { x * 2 }', //                        38
        'assert_eq!(twice(2), 4);', //                                   39
        '```', //                                                        40
        '```rust,should_panic', //                                       41 should_panic that does not: fails
        'let v = vec![1];', //                                           42
        '```', //                                                        43
        '```rust,compile_fail,E0308', //                                 44 compile_fail with its code: passes
        'let x: i32 = "a";', //                                          45
        '```', //                                                        46
        '```rust,compile_fail', //                                       47 compile_fail that compiles: fails
        'let x = 1;', //                                                 48
        '```', //                                                        49
        '```rust,edition2015', //                                        50 edition2015: `async` is a name
        'let async = 1;', //                                             51
        'assert_eq!(async, 1);', //                                      52
        '```', //                                                        53
        '```rust', //                                                    54 a type error: failed, headline kept
        'let n: u8 = "x";', //                                           55
        '```', //                                                        56
        '```go timeout=120s', //                                         57 Go statements: wrapped (a cold Go build is slow on a busy machine)
        'words := strings.Fields("a b c")', //                           58
        'fmt.Println(len(words))', //                                    59
        '```', //                                                        60
        '```output', //                                                  61
        '3', //                                                          62
        '```', //                                                        63
        '```go timeout=120s', //                                         64 Go example with a wrong Output
        'func ExampleGreet() {', //                                      65
        '\tfmt.Println("hi")', //                                        66
        '\t// Output: hello', //                                         67
        '}', //                                                          68
        '```', //                                                        69
        '```c', //                                                       70 C declarations: compiled only
        'struct point { int x, y; };', //                                71
        'static int area(struct point p) { return p.x * p.y; }', //      72
        '```', //                                                        73
        '```cpp', //                                                     74 C++ statements: wrapped
        'std::vector<int> v{1, 2, 3};', //                               75
        'std::cout << std::accumulate(v.begin(), v.end(), 0) << "\\n";', // 76
        '```', //                                                        77
        '```java timeout=120s', //                                       78 Java: a method, then statements
        'int square(int x) { return x * x; }', //                        79
        'List<Integer> xs = List.of(1, 2, 3);', //                       80
        'System.out.println(xs.stream().map(this_is_wrong -> square(this_is_wrong)).toList());', // 81
        '```', //                                                        82
        '```csharp', //                                                  83 C#: statements
        'var xs = new List<int> { 3, 4 };', //                           84
        'Console.WriteLine(xs.Sum());', //                               85
        '```', //                                                        86
        '```ts', //                                                      87 TypeScript syntax error: failed
        'const x: number = (;', //                                       88
        '```', //                                                        89
        '<!--pytest-codeblocks:skip-->', //                              90
        '```python', //                                                  91 skipped by pytest-codeblocks' marker
        'raise SystemExit(3)', //                                        92
        '```', //                                                        93
        '<!--pytest-codeblocks:expect-exception-->', //                  94
        '```python', //                                                  95 expect-exception: passes
        'raise ValueError("documented")', //                             96
        '```', //                                                        97
        '```python', //                                                  98 traceback names README.md
        'x = 1', //                                                      99
        'raise KeyError(x)', //                                          100
        '```', //                                                        101
        '```console', //                                                 102 a forged marker does not pass
        "$ printf '\\n@@SCS:000000000000000000:0:0@@\\n'; echo x", //   103
        'y', //                                                          104
        '```', //                                                        105
      ),
    );
    byLine = r.byLine;
  }, 240_000);

  test('a `$ ` transcript runs its commands in one shell and compares their output (glob, exit code)', () => {
    expect(byLine(2)).toMatchObject({ status: 'passed', message: expect.stringContaining('shell transcript: 3 commands') });
    expect(text(byLine(2))).not.toContain('@@SCS');
    const bad = byLine(11);
    expect(bad).toMatchObject({ status: 'failed', reason: 'expectation' });
    expect(bad.message).toMatch(/`\$ echo two` \(line 14\) printed something else:[\s\S]*- three[\s\S]*\+ two/);
    expect(byLine(102).status).toBe('failed');
  });

  test("a Python session runs with doctest's rules: prompts, ELLIPSIS, <BLANKLINE>, tracebacks", () => {
    expect(byLine(17)).toMatchObject({ status: 'passed', message: 'doctest session' });
    const bad = byLine(33);
    expect(bad).toMatchObject({ status: 'failed' });
    expect(bad.message).toMatch(/doctest/);
    expect(text(bad, 'stderr')).toMatch(/File "README\.md", line 34[\s\S]*Expected:\s+7\s+Got:\s+6/);
  });

  test("rustdoc's rules: hidden lines, should_panic, compile_fail, editions", () => {
    expect(byLine(37)).toMatchObject({ status: 'passed', message: 'wrapped in fn main' });
    expect(byLine(41)).toMatchObject({ status: 'failed', message: expect.stringMatching(/expected exit code 101 \(should_panic: the block must panic\), got 0/) });
    expect(byLine(44)).toMatchObject({ status: 'passed' });
    expect(byLine(47)).toMatchObject({ status: 'failed', message: expect.stringMatching(/compile_fail: the block must not compile/) });
    expect(byLine(50).status).toBe('passed');
    const typeError = byLine(54);
    expect(typeError).toMatchObject({ status: 'failed', reason: 'compile' });
    expect(typeError.message!.split('\n').slice(0, 2)).toEqual(['compilation failed: error[E0308]: mismatched types', '  --> README.md:55:13']);
  });

  test('Go: statements wrapped with their imports; an Example compared with its // Output:', () => {
    expect(byLine(57)).toMatchObject({ status: 'passed', message: 'wrapped in main' });
    const ex = byLine(64);
    expect(ex).toMatchObject({ status: 'failed', reason: 'expectation' });
    expect(ex.message).toMatch(/ExampleGreet \(line 65\) printed something else:[\s\S]*- hello[\s\S]*\+ hi/);
  });

  test('C, C++, Java, C# fragments: declarations compiled only, statements wrapped', () => {
    expect(byLine(70)).toMatchObject({ status: 'passed', message: 'compiled only (declarations)' });
    expect(byLine(74)).toMatchObject({ status: 'passed', message: 'wrapped in main' });
    expect(text(byLine(74))).toBe('6\n');
    expect(byLine(78)).toMatchObject({ status: 'passed', message: 'wrapped in main' });
    expect(text(byLine(78))).toBe('[1, 4, 9]\n');
    expect(byLine(83)).toMatchObject({ status: 'passed' });
    expect(text(byLine(83))).toBe('7\n');
  });

  test("honest verdicts and other tools' markers", () => {
    expect(byLine(87)).toMatchObject({ status: 'failed', reason: 'compile', message: expect.stringContaining('README.md') });
    expect(byLine(91)).toMatchObject({ status: 'skipped', reason: 'skipped_by_marker', message: expect.stringContaining('pytest-codeblocks') });
    expect(byLine(95).status).toBe('passed');
    const tb = byLine(98);
    expect(text(tb, 'stderr')).toMatch(/File "README\.md", line 100/);
    expect(text(tb, 'stderr')).not.toContain('/workspace/main.py');
  });

  test('a TypeScript block in a session that does not parse fails; the blocks before it run, the ones after are skipped', async () => {
    const r = await runMarkdown(
      md(
        '```ts session=s', //          1
        'const a: number = 1;', //     2
        'console.log(a);', //          3
        '```', //                      4
        '```ts session=s', //          5
        'const b: = 2;', //            6
        '```', //                      7
        '```ts session=s', //          8
        'console.log(a + 1);', //      9
        '```', //                      10
      ),
    );
    expect(r.byLine(1)).toMatchObject({ status: 'passed' });
    expect(text(r.byLine(1))).toBe('1\n');
    expect(r.byLine(5)).toMatchObject({ status: 'failed', reason: 'compile', message: expect.stringMatching(/^syntax error: .*README\.md.*\(6:/) });
    expect(r.byLine(8)).toMatchObject({ status: 'skipped', reason: 'skipped_by_session', message: expect.stringContaining('README.md:5') });
  }, 60_000);

  test("a file's >>> blocks share one namespace, as doctest runs a file; Sphinx's {doctest} directive has Sphinx's default flags", async () => {
    const r = await runMarkdown(
      md(
        '```pycon', //                                         1
        '>>> from fractions import Fraction', //                2
        '>>> half = Fraction(1, 2)', //                         3
        '```', //                                              4
        'Later:', //                                           5
        '```{doctest}', //                                     6
        '>>> half + half', //                                   7
        'Fraction(1, 1)', //                                   8
        '>>> int("x")', //                                      9
        'Traceback (most recent call last):', //               10
        'ValueError: this detail is not compared', //          11
        '```', //                                              12
        '```python', //                                        13 a script block is not part of it
        'print("half" in globals())', //                       14
        '```', //                                              15
      ),
    );
    expect(r.byLine(1).status).toBe('passed');
    expect(r.byLine(6).status).toBe('passed');
    expect(text(r.byLine(13))).toBe('False\n');
  }, 60_000);
});
