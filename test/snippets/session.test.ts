// session=NAME: blocks share one sandbox and one interpreter, in order; each
// block keeps its own outcome, output and line; a failure skips the rest.

import { parse } from 'acorn';
import { describe, expect, test } from 'vitest';

import { demux, hoistTopLevelAwait, modulesToScript } from '../../src/engine/session.js';
import { md, runMarkdown, text } from './helpers.js';

/** Three blocks per language: define state and a file, use both, then print a function's result. */
const STATE: Record<string, [string, string, string]> = {
  python: ['x = 5\ndef twice(v):\n    return v * 2\nopen("note.txt", "w").write("from block 1")', 'print(x + 1, open("note.txt").read())', 'print(twice(x))'],
  javascript: [
    "const fs = require('node:fs');\nlet x = 5;\nfunction twice(v) { return v * 2 }\nfs.writeFileSync('note.txt', 'from block 1');",
    "console.log(x + 1, fs.readFileSync('note.txt', 'utf8'));",
    'console.log(twice(x));',
  ],
  typescript: [
    "import { writeFileSync, readFileSync } from 'node:fs';\nconst x: number = 5;\nconst twice = (v: number): number => v * 2;\nwriteFileSync('note.txt', 'from block 1');",
    "console.log(x + 1, readFileSync('note.txt', 'utf8'));",
    'console.log(twice(x));',
  ],
  ruby: ['x = 5\ndef twice(v) = v * 2\nFile.write("note.txt", "from block 1")', 'puts "#{x + 1} #{File.read("note.txt")}"', 'puts twice(x)'],
  php: ['<?php\n$x = 5;\nfunction twice($v) { return $v * 2; }\nfile_put_contents("note.txt", "from block 1");', '<?php\necho $x + 1, " ", file_get_contents("note.txt"), "\\n";', '<?php\necho twice($x), "\\n";'],
  bash: ['x=5\ntwice() { echo $(( $1 * 2 )); }\necho -n "from block 1" > note.txt\ncd /tmp', 'echo "$((x + 1)) $(cat "$OLDPWD/note.txt")"', 'twice $x'],
};

describe('sessions share files and in-memory state, in every interpreted language', () => {
  test.each(Object.keys(STATE))('%s', async (language) => {
    const [a, b, c] = STATE[language]!;
    const text1 = md('# Tutorial', '', `\`\`\`${language} session=tour`, a, '```', '', `\`\`\`${language} session=tour`, b, '```', `\`\`\`${language} session=tour`, c, '```');
    const { outcomes } = await runMarkdown(text1);
    const lines = text1.split('\n');
    const fences = lines.flatMap((l, i) => (l.startsWith('```') && l.includes('session') ? [i + 1] : []));
    expect(outcomes.map((o) => [o.line, o.status, o.stdout.head, o.stderr.head])).toEqual([
      [fences[0], 'passed', '', ''],
      [fences[1], 'passed', '6 from block 1\n', ''],
      [fences[2], 'passed', '10\n', ''],
    ]);
  });

  test('without a session, the same blocks do not share state', async () => {
    const { outcomes } = await runMarkdown(md('```python', 'x = 5', '```', '```python', 'print(x)', '```'));
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'failed']);
    expect(text(outcomes[1]!, 'stderr')).toMatch(/NameError: name 'x' is not defined/);
  });
});

describe('session rules', () => {
  test('a failure skips the rest; should_fail continues with the state up to the error; tracebacks name Markdown lines', async () => {
    const { outcomes, byLine } = await runMarkdown(
      md(
        '```python session=s', //              1
        'items = [1, 2, 3]', //                2
        '```', //                              3
        '```python session=s should_fail', //  4
        'items.append(4)', //                  5
        'items[10]', //                        6
        '```', //                              7
        '```python session=s', //              8
        'print(len(items))', //                9
        '```', //                              10
        '```output', //                        11
        '4', //                                12
        '```', //                              13
        '```python session=s', //              14
        'print(items[99])', //                 15
        '```', //                              16
        '```python session=s', //              17
        'print("never")', //                   18
        '```', //                              19
        '```python session=other', //          20 another session is not affected
        'print("other")', //                   21
        '```', //                              22
      ),
    );
    expect(outcomes.map((o) => [o.line, o.status, o.reason])).toEqual([
      [1, 'passed', undefined],
      [4, 'passed', undefined],
      [8, 'passed', undefined],
      [14, 'failed', 'exit_code'],
      [17, 'skipped', 'skipped_by_session'],
      [20, 'passed', undefined],
    ]);
    expect(text(byLine(4), 'stderr')).toMatch(/File "README.md", line 6[\s\S]*IndexError/);
    expect(text(byLine(8))).toBe('4\n');
    expect(text(byLine(14), 'stderr')).toMatch(/File "README.md", line 15, in <module>\n\s+print\(items\[99\]\)\n[\s\S]*IndexError: list index out of range/);
    expect(text(byLine(14), 'stderr')).not.toContain('driver');
    expect(byLine(17).message).toBe('not run: README.md:14 (python) failed earlier in session "s"');
    expect(text(byLine(20))).toBe('other\n');
  });

  test('an unmet expected output also ends the session, with a diff', async () => {
    const { outcomes } = await runMarkdown(
      md('```ruby session=s', 'n = 2', 'puts n', '```', '```output', '3', '```', '```ruby session=s', 'puts n', '```'),
    );
    expect(outcomes.map((o) => [o.line, o.status, o.reason])).toEqual([
      [1, 'failed', 'expectation'],
      [8, 'skipped', 'skipped_by_session'],
    ]);
    expect(outcomes[0]!.message).toContain('- 3\n+ 2');
  });

  test('a block that ends the process (exit) ends the session; its exit code is judged', async () => {
    const { outcomes } = await runMarkdown(
      md('```sh session=s', 'echo one', '```', '```sh session=s exit=4', 'echo two; exit 4', '```', '```sh session=s', 'echo three', '```'),
    );
    expect(outcomes.map((o) => [o.line, o.status, o.stdout.head])).toEqual([
      [1, 'passed', 'one\n'],
      [4, 'passed', 'two\n'],
      [7, 'skipped', ''],
    ]);
    expect(outcomes[2]!.message).toBe('not run: README.md:4 (bash) ended the session\'s process (exit 4), so session "s" could not go on');
  });

  test('skip leaves a block out, no_run only compiles it, setup runs once first', async () => {
    const { outcomes } = await runMarkdown(
      md(
        '<!-- sandbox-checks: setup=javascript', // 1
        'globalThis.counter = 100;', //              2
        '-->', //                                    3
        '```js session=s', //                        4
        'counter += 1; console.log(counter);', //    5
        '```', //                                    6
        '```js session=s skip', //                   7
        'counter += 1000;', //                       8
        '```', //                                    9
        '```js session=s no_run', //                 10
        'counter += 1000;', //                       11
        '```', //                                    12
        '```js session=s', //                        13
        'console.log(counter);', //                  14
        '```', //                                    15
      ),
    );
    expect(outcomes.map((o) => [o.line, o.status, o.stdout.head])).toEqual([
      [4, 'passed', '101\n'],
      [7, 'skipped', ''],
      [10, 'passed', ''],
      [13, 'passed', '101\n'],
    ]);
  });

  test('a failing hidden setup fails the first block and skips the rest', async () => {
    const { outcomes } = await runMarkdown(
      md('<!-- sandbox-checks: setup=ruby', 'raise "setup broke"', '-->', '```ruby session=s', 'puts 1', '```', '```ruby session=s', 'puts 2', '```'),
    );
    expect(outcomes.map((o) => [o.line, o.status])).toEqual([
      [4, 'failed'],
      [7, 'skipped'],
    ]);
    expect(outcomes[0]!.message).toMatch(/^the hidden setup at README.md:2 failed: expected exit code 0, got 1/);
    expect(text(outcomes[0]!, 'stderr')).toContain('setup broke');
  });

  test('a block that hangs times out after its own timeout', async () => {
    const { outcomes } = await runMarkdown(
      md('```python session=s timeout=500', 'print("ok")', '```', '```python session=s timeout=700', 'import time', 'time.sleep(60)', '```', '```python session=s', 'print(1)', '```'),
    );
    expect(outcomes.map((o) => [o.line, o.status, o.reason])).toEqual([
      [1, 'passed', undefined],
      [4, 'timed_out', 'timeout'],
      [8, 'skipped', 'skipped_by_session'],
    ]);
    // The block's own 700 ms, not the session's 500 + 700 + 30 000 ms.
    expect(outcomes[1]!.message).toMatch(/^did not finish within the 700 ms timeout/);
    expect(outcomes[1]!.durationMs).toBeLessThan(5000);
  });

  test('JavaScript: async work of a block finishes before the next block starts; errors thrown later belong to their block', async () => {
    const { outcomes } = await runMarkdown(
      md(
        '```js session=s', //                                                   1
        'setTimeout(() => console.log("timer of block 1"), 50);', //            2
        '```', //                                                               3
        '```js session=s', //                                                   4
        'console.log("block 2");', //                                           5
        'const data = await new Promise((r) => setTimeout(() => r(7), 20));', // 6
        '```', //                                                               7
        '```js session=s should_fail', //                                       8
        'setTimeout(() => { throw new Error("late") }, 10);', //                9
        '```', //                                                               10
        '```js session=s', //                                                   11
        'console.log(data * 6);', //                                            12
        '```', //                                                               13
      ),
    );
    expect(outcomes.map((o) => [o.line, o.status, o.stdout.head])).toEqual([
      [1, 'passed', 'timer of block 1\n'],
      [4, 'passed', 'block 2\n'],
      [8, 'passed', ''],
      [11, 'passed', '42\n'],
    ]);
    expect(text(outcomes[2]!, 'stderr')).toMatch(/Error: late/);
  });

  test('PHP and Bash errors and syntax errors stay with their block', async () => {
    const { outcomes } = await runMarkdown(
      md(
        '```php session=p', '<?php $a = 1;', '```', //                     1
        '```php session=p should_fail', '<?php $a = ;', '```', //          4  parse error, expected
        '```php session=p', '<?php echo $a + 1, "\\n";', '```', //         7
        '```bash session=b', 'f() { echo "f:$1"; }', '```', //             10
        '```bash session=b should_fail', 'false', '```', //                13
        '```bash session=b', 'f ok', '```', //                             16
      ),
    );
    expect(outcomes.map((o) => [o.line, o.status, o.stdout.head])).toEqual([
      [1, 'passed', ''],
      [4, 'passed', ''],
      [7, 'passed', '2\n'],
      [10, 'passed', ''],
      [13, 'passed', ''],
      [16, 'passed', 'f:ok\n'],
    ]);
    expect(text(outcomes[1]!, 'stderr')).toMatch(/ParseError[\s\S]*:5/);
  });
});

describe('a file with 200 blocks', () => {
  test('200 session blocks run in one sandbox, each with its own line and output', async () => {
    const lines: string[] = ['# Counting'];
    const fences: number[] = [];
    for (let i = 0; i < 200; i++) {
      lines.push('', `Step ${i}:`, '');
      fences.push(lines.length + 1);
      lines.push('```python session=count', i === 0 ? 'n = 0' : 'n += 1', 'print(n)', '```');
    }
    const started = Date.now();
    const { outcomes } = await runMarkdown(md(...lines));
    const ms = Date.now() - started;
    expect(outcomes.map((o) => o.line)).toEqual(fences);
    expect(outcomes.every((o) => o.status === 'passed')).toBe(true);
    expect(outcomes.map((o) => o.stdout.head)).toEqual(Array.from({ length: 200 }, (_, i) => `${i}\n`));
    expect(new Set(outcomes.map((o) => o.sandboxId)).size).toBe(1);
    expect(ms).toBeLessThan(30_000);
  });
});

describe('driver plumbing', () => {
  test('demux splits output at the markers, keeps partial lines, and gives trailing text to the running block', () => {
    const n = 'abc';
    const segs = demux(
      n,
      `@@SC:${n}:B:0@@\nhello@@SC:${n}:E:0:0:12@@\n@@SC:${n}:B:1@@\nworld\n@@SC:${n}:E:1:3:4@@\n@@SC:${n}:B:2@@\npartial`,
      `warn0\n@@SC:${n}:E:0@@\n@@SC:${n}:E:1@@\nboom`,
    );
    expect(segs).toEqual([
      { started: true, ended: true, code: 0, ms: 12, stdout: 'hello', stderr: 'warn0\n' },
      { started: true, ended: true, code: 3, ms: 4, stdout: 'world\n', stderr: '' },
      { started: true, ended: false, stdout: 'partial', stderr: 'boom' },
    ]);
    // A marker with another nonce is just text.
    expect(demux(n, '@@SC:zzz:B:0@@\n', '')).toEqual([]);
  });

  test('top-level await is hoisted without moving lines', () => {
    const code = '\nconst { a, b: [c] } = await f();\nlet d;\nfunction g() {}\nclass K {}\nvar e = 1;';
    const out = hoistTopLevelAwait(code, parse);
    expect(out.split('\n')).toHaveLength(code.split('\n').length + 1);
    expect(out).toBe('let a, c, d, K; var g, e; (async () => {\nvoid ( { a, b: [c] } = await f());\nvoid ( d);\ng = function g() {}\nK = class K {}\nvoid ( e = 1);\n})()');
    expect(() => parse(out, { ecmaVersion: 'latest', sourceType: 'script' })).not.toThrow();
  });

  test('imports become real bindings on the same lines', () => {
    const code = "import fs, { readFileSync as r, \n  existsSync } from 'node:fs';\nimport * as p from 'node:path';\nimport 'x';\nexport const y = 1;\nexport { y as z };";
    const out = modulesToScript(code, parse);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out).toContain("var fs = ((m) => m && (m.__esModule || m[Symbol.toStringTag] === 'Module') ? m.default : m)(require('node:fs')), { readFileSync: r, existsSync } = require('node:fs');\n");
    expect(out).toContain("var p = require('node:path');\nrequire('x');\nconst y = 1;\n");
  });
});
