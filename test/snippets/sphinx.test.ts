// Sphinx's doctest_global_setup: MyST ```{doctest} blocks get the preamble
// sphinx.ext.doctest runs before each doctest directive, read (never run
// here) from the nearest conf.py as a plain string literal.

import { symlinkSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { parseGlobalSetup } from '../../src/languages/python-sphinx.js';
import { md, planSnippets, tempDir } from './helpers.js';
import { runChecks } from '../../src/engine/run.js';
import { testLogDir } from '../helpers.js';

// The shape of the Sphinx documentation's own example (sphinx.ext.doctest, doctest_global_setup).
const CONF = ['project = "demo"', "doctest_global_setup = '''", 'try:', '    import statistics as st', 'except ImportError:', '    st = None', "'''", ''].join('\n');

const DOC = md(
  '# Demo', //                  1
  '', //                        2
  '```{doctest}', //            3 Sphinx's directive: gets the global setup
  '>>> st.mean([1, 2, 3])', //  4
  '2', //                       5
  '```', //                     6
);

// Plain pycon: not Sphinx's directive, so no global setup.
const PLAIN = md('```pycon', '>>> "st" in dir()', 'False', '```');

describe('Sphinx doctest_global_setup', () => {
  test('reads only a plain string literal', () => {
    expect(parseGlobalSetup(CONF)).toBe('try:\n    import statistics as st\nexcept ImportError:\n    st = None');
    expect(parseGlobalSetup('doctest_global_setup = "import os"\n')).toBe('import os');
    expect(parseGlobalSetup('doctest_global_setup = "import os\\nimport sys"  # two\n')).toBe('import os\nimport sys');
    // Computed values are not guessed at.
    expect(parseGlobalSetup('doctest_global_setup = "import " + name\n')).toBeUndefined();
    expect(parseGlobalSetup('doctest_global_setup = f"import {x}"\n')).toBeUndefined();
    expect(parseGlobalSetup('doctest_global_setup = "a\\x41"\n')).toBeUndefined();
    expect(parseGlobalSetup('x = 1\n')).toBeUndefined();
  });

  test('{doctest} blocks run after the nearest conf.py setup; pycon-only files and files outside that project do not get it', async () => {
    const dir = tempDir({ 'docs/conf.py': CONF, 'docs/guide/usage.md': DOC, 'docs/plain.md': PLAIN, 'README.md': DOC });
    const plan = await planSnippets(dir, { paths: ['docs/guide/usage.md', 'docs/plain.md', 'README.md'] });
    const summary = await runChecks({ ...plan, logDir: testLogDir() });
    const by = (n: string) => summary.outcomes.find((o) => o.name === n)!;
    expect(by('docs/guide/usage.md:3 (python)')).toMatchObject({ status: 'passed' });
    expect(by('docs/plain.md:1 (python)')).toMatchObject({ status: 'passed' });
    // README.md is not under docs/: no conf.py, so `st` is not defined.
    expect(by('README.md:3 (python)')).toMatchObject({ status: 'failed' });
    expect(by('README.md:3 (python)').stderr.head).toMatch(/NameError: name 'st' is not defined/);
  }, 60_000);

  test("{doctest} examples run in Sphinx's namespace without __name__: a class prints as <class 'A'>; in plain pycon as <class '__main__.A'>", async () => {
    const dir = tempDir({
      'guide.md': md(
        '```{doctest}', //                 1
        '>>> class Shape:', //             2
        '...     pass', //                 3
        '>>> Shape', //                    4
        "<class 'Shape'>", //             5
        '```', //                          6
        '', //                             7
        '```{doctest}', //                 8 a later block of the file still sees it
        '>>> Shape.__name__', //           9
        "'Shape'", //                     10
        '```', //                         11
      ),
      'plain.md': md('```pycon', '>>> class Shape:', '...     pass', '>>> Shape', "<class '__main__.Shape'>", '```'),
    });
    const plan = await planSnippets(dir, { paths: ['guide.md', 'plain.md'] });
    const summary = await runChecks({ ...plan, logDir: testLogDir() });
    expect(summary.outcomes.map((o) => [o.name, o.status])).toEqual([
      ['guide.md:1 (python)', 'passed'],
      ['guide.md:8 (python)', 'passed'],
      ['plain.md:1 (python)', 'passed'],
    ]);
  }, 60_000);

  test('a conf.py that is a symbolic link, or outside the base folder, is not read', async () => {
    const outside = tempDir({ 'conf.py': 'doctest_global_setup = "st = 1"\n' });
    const dir = tempDir({ 'docs/usage.md': DOC });
    symlinkSync(path.join(outside, 'conf.py'), path.join(dir, 'docs/conf.py'));
    const plan = await planSnippets(dir, { paths: ['docs/usage.md'] });
    const c = plan.checks.find((x) => x.name === 'docs/usage.md:3 (python)')!;
    expect(c.files.map((f) => f.content.toString()).join('\n')).not.toContain('st = 1');
  });
});
