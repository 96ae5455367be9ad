// A Go block of statements that makes a value and stops there (a CLI guide
// showing `cmd := &cobra.Command{…}`) compiles when wrapped in main: the
// wrapper uses what the block declares, so Go's "declared and not used" is
// not reported for a fragment that is fine as documentation.

import { expect, test } from 'vitest';

import { md, runMarkdown } from './helpers.js';

test('wrapped Go statements that only declare values compile and run', async () => {
  const { byLine } = await runMarkdown(
    md(
      '```go timeout=120s', //                      1 (a cold Go build is slow on a busy machine)
      'cmd := exec.Command("true")', //              2
      'n, err := strconv.Atoi("4")', //              3
      '```', //                                      4
      '```go timeout=120s', //                      5 a real unused variable inside a body is still the document's error
      'func f() { x := 1 }', //                      6
      'f()', //                                      7
      '```', //                                      8
    ),
  );
  expect(byLine(1)).toMatchObject({ status: 'passed', message: 'wrapped in main' });
  expect(byLine(5)).toMatchObject({ status: 'failed', reason: 'compile', message: expect.stringMatching(/README\.md:6:\d+: declared and not used: x/) });
}, 240_000);
