// Planning: which blocks become checks, with which names, lines, options,
// files and problems. Nothing runs here.

import { beforeAll, describe, expect, test } from 'vitest';

import { ConfigError } from '../../src/config/errors.js';
import { parseConfigText } from '../../src/config/load.js';
import { buildPlan } from '../../src/plan/checks.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { addSnippetChecks, loadSnippetParsers, planMarkdown, type SnippetSettings } from '../../src/plan/snippets.js';
import { assembleProgram } from '../../src/plan/program.js';
import type { Check } from '../../src/types.js';
import { md, planSnippets, tempDir } from './helpers.js';

// planMarkdown is synchronous: the parsers it uses are loaded first, as addSnippetChecks does.
beforeAll(loadSnippetParsers);

const settings: SnippetSettings = { env: {}, packages: {}, limits: DEFAULT_LIMITS, network: false, changedLines: false };
const plan = (text: string, s: Partial<SnippetSettings> = {}) => planMarkdown('README.md', text, { ...settings, ...s });
const program = (c: Check) => c.files[0]!.content.toString('utf8');

describe('which blocks run', () => {
  test('known languages and aliases run; no language, unknown ones, prose and indented code do not', () => {
    const r = plan(
      md('```python', 'a', '```', '```', 'b', '```', '```text', 'c', '```', '```js', 'd', '```', '```console', '$ e', '```', '    indented', '', '```sh', 'f', '```', '```C++', 'g', '```'),
    );
    expect(r.problems).toEqual([]);
    expect(r.checks.map((c) => [c.name, c.language, c.source])).toEqual([
      ['README.md:1 (python)', 'python', { file: 'README.md', line: 1 }],
      ['README.md:10 (javascript)', 'javascript', { file: 'README.md', line: 10 }],
      ['README.md:18 (bash)', 'bash', { file: 'README.md', line: 18 }],
      ['README.md:21 (cpp)', 'cpp', { file: 'README.md', line: 21 }],
    ]);
  });

  test('languages filter (aliases accepted)', () => {
    const r = plan(md('```python', 'a', '```', '```ruby', 'b', '```', '```sh', 'c', '```'), { languages: new Set(['python', 'bash']) });
    expect(r.checks.map((c) => c.language)).toEqual(['python', 'bash']);
  });

  test('name=… is added to the file:line name', () => {
    expect(plan(md('```python name="hello world"', 'a', '```')).checks[0]!.name).toBe('README.md:1 (python): hello world');
  });
});

describe('programs keep the Markdown line numbers', () => {
  test('line N of the program is line N of the Markdown file', () => {
    const text = md('# T', '', 'Some prose.', '', '```python', 'print(1)', 'raise SystemExit(2)', '```');
    const [c] = plan(text).checks;
    const lines = program(c!).split('\n');
    expect(lines[5]).toBe('print(1)'); // line 6
    expect(lines[6]).toBe('raise SystemExit(2)'); // line 7
    expect(lines.slice(0, 5).every((l) => l === '')).toBe(true);
  });

  test('hidden setup sits in the padding, before the block, for its language only', () => {
    const text = md(
      '<!-- sandbox-checks: setup=python', // 1
      'import json', //                       2
      '-->', //                               3
      '', //                                  4
      '```python setup', //                   5
      'BASE = 10', //                         6
      '```', //                               7
      '', //                                  8
      '```python', //                         9
      'print(json.dumps(BASE))', //           10
      '```', //                               11
      '```ruby', //                           12
      'puts 1', //                            13
      '```', //                               14
    );
    const r = plan(text);
    expect(r.checks.map((c) => c.name)).toEqual(['README.md:9 (python)', 'README.md:12 (ruby)']);
    const lines = program(r.checks[0]!).split('\n');
    expect(lines[9]).toBe('print(json.dumps(BASE))');
    expect(lines.slice(0, 9).filter(Boolean)).toEqual(['import json', 'BASE = 10']);
    expect(program(r.checks[1]!)).not.toContain('import json');
  });

  test('setup longer than the space before the block comes first and shifts the block', () => {
    const p = assembleProgram('python', [{ code: 'a = 1\nb = 2\nc = 3', line: 50 }], 'print(a)', 2);
    expect(p).toBe('a = 1\nb = 2\nc = 3\nprint(a)\n');
  });

  test('PHP: one <?php on top, padding inside PHP; templates keep their tags', () => {
    expect(assembleProgram('php', [], '<?php echo 1;', 4)).toBe('<?php\n\n\necho 1;\n');
    expect(assembleProgram('php', [], 'echo 1;', 3)).toBe('<?php\n\necho 1;\n');
    expect(assembleProgram('php', [{ code: '<?php $x = 1;', line: 1 }], '<?php echo $x;', 4)).toBe('<?php\n\n$x = 1;\necho $x;\n');
    expect(assembleProgram('php', [], '<p><?= 1 ?></p>', 4)).toBe('<?php\n\n?>\n<p><?= 1 ?></p>\n');
  });

  test('Rust blocks without fn main are wrapped, as rustdoc does (with its #![allow(unused)] on top)', () => {
    expect(assembleProgram('rust', [], 'let x = 1;\nprintln!("{}", x);', 3)).toBe('#![allow(unused)]\nfn main() {\nlet x = 1;\nprintln!("{}", x);\n}\n');
    expect(assembleProgram('rust', [], 'fn main() {}', 2)).toBe('#![allow(unused)]\nfn main() {}\n');
  });

  test('JavaScript with import or top-level await is written as an ES module', () => {
    const r = plan(md('```js', "import fs from 'node:fs';", '```', '```js', 'await 1;', '```', '```js', "const fs = require('fs');", '```'));
    expect(r.checks.map((c) => c.entry)).toEqual(['main.mjs', 'main.mjs', 'main.js']);
  });

  test('Java: the file is named after the public class', () => {
    expect(plan(md('```java', 'public class Hello { public static void main(String[] a) {} }', '```')).checks[0]!.entry).toBe('Hello.java');
  });
});

describe('options', () => {
  test('info-string options and marker comments become check fields', () => {
    const text = md(
      '```python skip', 'a', '```', //                                        1
      '<!-- sandbox-checks: ignore="needs a GPU" -->', '```python', 'b', '```', // 4
      '```python no_run', 'c', '```', //                                     8
      '```python should_fail', 'd', '```', //                                11
      '```sh exit=3', 'e', '```', //                                         14
      '```python timeout=5s memory=256MB network packages=numpy,pandas', 'f', '```', // 17
      '<!-- sandbox-checks: session=tour -->', '```python', 'g', '```', //   20
    );
    const r = plan(text, { packages: { python: ['requests'] } });
    expect(r.problems).toEqual([]);
    const [skip, ignore, noRun, shouldFail, exit, limits, session] = r.checks;
    expect(skip!.skip).toEqual({ reason: 'skipped_by_marker', message: 'marked skip at README.md:1' });
    expect(ignore!.skip).toEqual({ reason: 'skipped_by_marker', message: 'marked ignore (needs a GPU) at README.md:5' });
    expect(noRun!.noRun).toBe(true);
    expect(shouldFail!.expect).toEqual({ shouldFail: true });
    expect(exit!.expect).toEqual({ exitCode: 3 });
    expect(limits!.limits.timeoutMs).toBe(5000);
    expect(limits!.limits.memoryBytes).toBe(256 * 1000 ** 2);
    expect(limits!.network).toBe(true);
    expect(limits!.packages).toEqual(['requests', 'numpy', 'pandas']);
    expect(skip!.network).toBe(false);
    expect(session!.session).toMatchObject({ id: 'README.md#tour', name: 'tour', file: 'README.md', codeLine: 22 });
  });

  test('an output block right after a block is its expected stdout; `text` needs the output marker', () => {
    const text = md('```python', 'print(1)', '```', '```output', '1', '```', '```python', 'print(2)', '```', '<!-- sandbox-checks: output -->', '```text', '2', '...', '```', '```python', 'print(3)', '```', '```text', 'not output', '```');
    const r = plan(text);
    expect(r.checks.map((c) => c.expect.stdoutLike)).toEqual(['1', '2\n...', undefined]);
  });

  test('skip_file skips every block of the file', () => {
    const r = plan(md('<!-- sandbox-checks: skip_file -->', '```python', 'a', '```', '```sh', 'b', '```'));
    expect(r.checks.map((c) => c.skip?.message)).toEqual(['skip_file marker at README.md:1', 'skip_file marker at README.md:1']);
  });
});

describe('problems name the file and line', () => {
  const problems = (text: string) => plan(text).problems.map((p) => `${p.source}:${p.line}: ${p.message}`);

  test('unknown marker options get a suggestion; unknown info-string words are other tools\' and ignored', () => {
    expect(problems(md('<!-- sandbox-checks: skipp -->', '```python', 'a', '```'))).toEqual([
      'README.md:1: unknown sandbox-checks option "skipp"; did you mean "skip"?',
    ]);
    expect(problems(md('```python title="x.py" hl_lines="1"', 'a', '```'))).toEqual([]);
  });

  test('bad values', () => {
    expect(problems(md('```python timeout=soon', 'a', '```'))[0]).toMatch(/^README.md:1: timeout=soon: expected milliseconds/);
    expect(problems(md('```python exit=300', 'a', '```'))[0]).toMatch(/^README.md:1: exit=300: expected an exit code/);
    expect(problems(md('```python', 'a', '```', '', '<!-- sandbox-checks: memory=1 -->', '```python', 'b', '```'))[0]).toMatch(/^README.md:5: memory=1/);
  });

  test('stray markers, markers on blocks that do not run, output with no block before it', () => {
    expect(problems(md('<!-- sandbox-checks: skip -->', 'text'))[0]).toMatch(/^README.md:1: this sandbox-checks comment is not followed by a code block/);
    expect(problems(md('<!-- sandbox-checks: skip -->', '```text', 'a', '```'))[0]).toMatch(/^README.md:1: this comment is for a block whose language \("text"\)/);
    expect(problems(md('Intro.', '', '<!-- sandbox-checks: output -->', '```text', '1', '```'))).toEqual([
      'README.md:3: this expected output must come right after the code block whose output it is',
    ]);
    // After a block that does not run, an ```output block is just prose.
    expect(problems(md('```console', '$ greet', '```', '```output', 'hi', '```'))).toEqual([]);
  });

  test('sessions: interpreted languages only, one language per session', () => {
    expect(problems(md('```go session=s', 'package main', '```'))[0]).toMatch(/^README.md:1: session=s: Go blocks each compile/);
    expect(problems(md('```python session=s', 'a', '```', '```ruby session=s', 'b', '```'))[0]).toMatch(
      /^README.md:4: session "s" started as Python at line 1/,
    );
  });

  test('hidden setup must name a known language', () => {
    expect(problems(md('<!-- sandbox-checks: setup=cobol', 'x', '-->'))[0]).toMatch(/^README.md:1: unknown language "cobol" for hidden setup/);
  });
});

describe('addSnippetChecks: the [snippets] table', () => {
  test('globs, exclude, Markdown extensions only, [defaults] and [snippets] settings', async () => {
    const dir = tempDir({
      'README.md': md('```python', 'print(1)', '```'),
      'docs/a.md': md('```sh', 'echo a', '```'),
      'docs/skip/b.md': md('```sh', 'echo b', '```'),
      'docs/c.txt.png': 'not markdown',
    });
    const p = await planSnippets(
      dir,
      { paths: ['README.md', 'docs/**'], exclude: ['docs/skip/**'], timeout: '7s', env: { A: '1' }, packages: { py: ['rich'] } },
      {},
      { defaults: { env: { B: '2' }, network: true } },
    );
    expect(p.checks.map((c) => c.name)).toEqual(['README.md:1 (python)', 'docs/a.md:1 (bash)']);
    expect(p.checks[0]).toMatchObject({ env: { A: '1', B: '2' }, network: true, packages: ['rich'], limits: { timeoutMs: 7000 } });
    expect(p.checks[1]!.packages).toEqual([]);
  });

  test('a missing file or an empty glob is a config error; so is a bad block', async () => {
    const dir = tempDir({ 'README.md': md('```python timeout=x', 'a', '```') });
    await expect(planSnippets(dir, { paths: ['NOPE.md'] })).rejects.toThrow(/file not found: NOPE.md/);
    await expect(planSnippets(dir, { paths: ['docs/**/*.md'] })).rejects.toThrow(/the glob "docs\/\*\*\/\*.md" matched no files/);
    const err = await planSnippets(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/^README.md:1: timeout=x/);
  });

  test('--filter applies to snippet names, with [snippets] only', async () => {
    const dir = tempDir({ 'README.md': md('```python', 'a', '```', '```sh', 'b', '```') });
    const p = await planSnippets(dir, { paths: ['README.md'] }, { filter: '(bash)' });
    expect(p.checks.map((c) => c.name)).toEqual(['README.md:4 (bash)']);
  });

  test('--filter on a session block keeps the blocks of its session before it', async () => {
    const dir = tempDir({ 'README.md': md('```python session=s', 'a = 1', '```', '```python session=s', 'b = a', '```', '```python session=s name=last', 'print(b)', '```', '```python session=s', 'c = 3', '```') });
    const p = await planSnippets(dir, { paths: ['README.md'] }, { filter: 'last' });
    expect(p.checks.map((c) => c.name)).toEqual(['README.md:1 (python)', 'README.md:4 (python)', 'README.md:7 (python): last']);
  });

  test('the TOML validator knows the [snippets] keys', async () => {
    const dir = tempDir({ 'README.md': md('```python', 'a', '```') });
    const config = parseConfigText(
      '[snippets]\npaths = ["README.md"]\nchanged_lines = true\nchanged_only = false\npackages = { python = ["x"] }\n',
      'sandbox-checks.toml',
    );
    const p = await addSnippetChecks(buildPlan(config, { baseDir: dir }), config, { baseDir: dir });
    expect(p.checks[0]!.packages).toEqual(['x']);
    const typo = parseConfigText('[snippets]\npaths = ["README.md"]\npackages = { pyhton = ["x"] }\n', 'sandbox-checks.toml');
    expect(() => buildPlan(typo, { baseDir: dir })).toThrow(
      /sandbox-checks.toml:3: snippets.packages.pyhton: unknown key; did you mean "python"\?/,
    );
  });
});
