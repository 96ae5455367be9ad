// [[snippets.rule]]: a folder of documentation made to run without editing
// it. Planned from real TOML by the real planner, run in bubblewrap.

import { describe, expect, test } from 'vitest';

import { ConfigError } from '../../src/config/errors.js';
import { parseConfigText } from '../../src/config/load.js';
import { buildPlan } from '../../src/plan/checks.js';
import { runChecks } from '../../src/engine/run.js';
import { addSnippetChecks } from '../../src/plan/snippets.js';
import { md, tempDir, text } from './helpers.js';
import { testLogDir } from '../helpers.js';

async function plan(dir: string, toml: string) {
  const config = parseConfigText(toml, 'sandbox-checks.toml', {});
  const options = { baseDir: dir, provider: 'local' as const, concurrency: 2, env: {} };
  return addSnippetChecks(buildPlan(config, options), config, options);
}

async function problems(dir: string, toml: string): Promise<string[]> {
  try {
    await plan(dir, toml);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems.map((p) => `${p.source}:${p.line ?? '?'}: ${p.key ?? ''}: ${p.message}`);
  }
}

const GUIDE = md(
  '# Guide', //                                   1
  '```python', //                                 2  needs the rule's setup (os) and a fixture
  'rows = open("data/rows.csv").read().split()', // 3
  'print(os.path.basename("/a/b"), len(rows))', // 4
  '```', //                                       5
  '```output', //                                 6
  'b 3', //                                       7
  '```', //                                       8
  '```python', //                                 9  sees `rows` from the block before (share = "file")
  'print(rows[0])', //                            10
  '```', //                                       11
  '```pycon', //                                  12 ELLIPSIS from the rule's doctest flags
  '>>> list(range(50))', //                       13
  '[0, 1, ..., 49]', //                           14
  '```', //                                       15
  '```js', //                                     16 not python: the rule does not apply
  'console.log(typeof os)', //                    17
  '```', //                                       18
);

const TOML = `
[snippets]
paths = ["docs/**/*.md"]

[[snippets.rule]]
paths = ["docs/**"]
language = "python"
share = "file"
setup = "import os"
include = ["data/*.csv"]
doctest = ["ELLIPSIS"]

[[snippets.rule]]
paths = ["docs/old/**"]
skip = true

[[snippets.rule]]
paths = ["docs/slow.md"]
timeout = "300ms"
expect = { stdout_contains = "never printed" }
`;

describe('[[snippets.rule]]', () => {
  test('setup, share, include, doctest flags, skip, timeout and expect by path and language', async () => {
    const dir = tempDir({
      'docs/guide.md': GUIDE,
      'docs/old/legacy.md': md('```python', 'raise SystemExit(5)', '```'),
      'docs/slow.md': md('```sh', 'echo hi', '```', '```sh', 'sleep 5', '```'),
      'data/rows.csv': 'alpha\nbeta\ngamma\n',
    });
    const p = await plan(dir, TOML);
    const guide = p.checks.filter((c) => c.source?.file === 'docs/guide.md');
    expect(guide.map((c) => c.session?.name)).toEqual(['file-python', 'file-python', 'file-python', undefined]);
    const { outcomes } = await runChecks({ ...p, logDir: testLogDir() });
    const at = (file: string, line: number) => outcomes.find((o) => o.file === file && o.line === line)!;
    expect(at('docs/guide.md', 2).status).toBe('passed');
    expect(at('docs/guide.md', 9)).toMatchObject({ status: 'passed' });
    expect(text(at('docs/guide.md', 9))).toBe('alpha\n');
    expect(at('docs/guide.md', 12).status).toBe('passed');
    expect(text(at('docs/guide.md', 16))).toBe('undefined\n');
    expect(at('docs/old/legacy.md', 1)).toMatchObject({ status: 'skipped', message: 'skipped by [[snippets.rule]] #2 of the configuration' });
    expect(at('docs/slow.md', 1)).toMatchObject({ status: 'failed', message: expect.stringContaining('never printed') });
    expect(at('docs/slow.md', 4).status).toBe('timed_out');
  }, 120_000);

  test('a block option wins over a rule', async () => {
    const dir = tempDir({ 'docs/a.md': md('```sh timeout=5s', 'sleep 0.5', '```') });
    const p = await plan(dir, '[snippets]\npaths = ["docs/*.md"]\n[[snippets.rule]]\npaths = ["docs/*.md"]\ntimeout = "200ms"\n');
    expect(p.checks[0]!.limits.timeoutMs).toBe(5000);
  });

  test('mistakes are errors with file, line and key', async () => {
    const dir = tempDir({ 'docs/a.md': md('```python', 'print(1)', '```') });
    const head = '[snippets]\npaths = ["docs/*.md"]\n';
    expect(await problems(dir, `${head}[[snippets.rule]]\npaths = ["docs/*"]\nlanguage = "cobol"\n`)).toEqual([
      expect.stringMatching(/^sandbox-checks\.toml:5: snippets\.rule\[0\]\.language: unknown language "cobol"/),
    ]);
    expect(await problems(dir, `${head}[[snippets.rule]]\npaths = ["docs/*"]\nshare = "folder"\n`)).toEqual([
      'sandbox-checks.toml:5: snippets.rule[0].share: expected one of file, none, got "folder"',
    ]);
    expect(await problems(dir, `${head}[[snippets.rule]]\npaths = ["docs/*"]\nlanguage = "go"\nshare = "file"\n`)).toEqual([
      expect.stringMatching(/^sandbox-checks\.toml:6: snippets\.rule\[0\]\.share: share = "file" needs an interpreted language/),
    ]);
    expect(await problems(dir, `${head}[[snippets.rule]]\npaths = ["docs/*"]\nskip = "yes"\nsetpu = "x"\n`)).toEqual([
      expect.stringMatching(/^sandbox-checks\.toml:5: snippets\.rule\[0\]\.skip: /),
      expect.stringMatching(/^sandbox-checks\.toml:6: snippets\.rule\[0\]\.setpu: .*setup/),
    ]);
    expect(await problems(dir, `${head}[[snippets.rule]]\npaths = ["docs/*"]\ninclude = ["missing/*.csv"]\n`)).toEqual([
      expect.stringMatching(/snippets\.rule\[0\]\.include: the include "missing\/\*\.csv" matched no files/),
    ]);
    expect(await problems(dir, `${head}[[snippets.rule]]\npaths = ["docs/*"]\ninclude = ["/etc/passwd"]\n`)).toEqual([
      expect.stringMatching(/snippets\.rule\[0\]\.include: /),
    ]);
  });
});
