// Python: python3 runs the file; pip installs packages into the workspace;
// `python` is given to sandboxes that have only python3; ```pycon blocks and
// ```python blocks that start with `>>>` run as doctest sessions
// (python-doctest.ts); sessions run every block in one globals dict
// (drivers/session.py).

import { readFileSync } from 'node:fs';

import { defineLanguage } from './catalog.js';
import { quoteAll, sh } from './commands.js';
import { doctestProgram, DOCTEST_LANGS, isDoctest, isSphinxDoctest, SPHINX_DOCTEST_FLAGS } from './python-doctest.js';
import { sphinxGlobalSetup } from './python-sphinx.js';

let driver: string | undefined;

export const python = defineLanguage({
  id: 'python',
  label: 'Python',
  aliases: ['py', 'python3', 'py3'],
  extensions: ['.py'],
  fileName: 'main.py',
  tools: ['python3'],
  debian: { python3: 'python3', pip: 'python3-pip' },
  // Debian ships no `python` without python-is-python3; documentation calls it.
  commandAliases: { python: 'python3' },
  check: (e) => `python3 -m py_compile ${sh(e)}`,
  run: (e) => `python3 ${sh(e)}`,
  env: { PYTHONPATH: '/workspace/.packages/python', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
  install: {
    tool: 'pip',
    command: (p) => `python3 -m pip install --quiet --disable-pip-version-check --no-input --target /workspace/.packages/python ${quoteAll(p)}`,
    layer: { outputs: ['.packages/python'] },
  },
  session: {
    blockExtension: 'py',
    driverFile: 'driver.py',
    inline: true,
    driver: () => (driver ??= readFileSync(new URL('./drivers/session.py', import.meta.url), 'utf8')),
  },
  snippets: {
    claims: (block) => DOCTEST_LANGS.has(block.lang) && isDoctest(block.code),
    // The examples of a file's doctest blocks see each other's names, as in one interactive session.
    defaultSession: (code) => (isDoctest(code) ? 'doctest' : undefined),
    projectSetup: sphinxGlobalSetup,
    shape: (i) => {
      const { block } = i;
      if (!isDoctest(block.code)) return undefined;
      const setup = i.setups.map((s) => s.code).join('\n');
      const flags = [...new Set([...(isSphinxDoctest(block.info) ? SPHINX_DOCTEST_FLAGS : []), ...(i.doctestFlags ?? [])])];
      return {
        program: doctestProgram(block.code, block.codeLine, i.file, setup, flags, { sphinx: isSphinxDoctest(block.info) }),
        sessionProgram: doctestProgram(block.code, block.codeLine, i.file, '', flags, { sphinx: isSphinxDoctest(block.info) }),
        expect: { why: 'doctest: an example printed something else; the report is on stderr' },
        note: 'doctest session',
        bless: { kind: 'doctest', file: i.file, from: block.codeLine, to: block.endLine - 1, prefix: i.prefix ?? '' },
      };
    },
  },
});
