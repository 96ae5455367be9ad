// Sphinx's hidden doctest preamble. A MyST ```{doctest} block is Sphinx's
// doctest directive, and `sphinx.ext.doctest` runs the project's
// `doctest_global_setup` (a string in the Sphinx source folder's conf.py)
// before it, so documents written for Sphinx use names they never import
// (attrs' docs use `define`, `Factory`, … from it).
//
// conf.py is the repository's (hostile) and is never executed here: only a
// plain string literal assigned at the top level is read; anything computed
// (concatenation, f-strings, formatting, escapes other than the common ones)
// is left alone, and the blocks run without it. The code it holds runs in the
// sandbox, like the blocks. The planner finds the conf.py (the nearest one
// at or above the document, inside the project: src/plan/project-setup.ts).

import type { ProjectSetup } from './language.js';
import { isSphinxDoctest } from './python-doctest.js';

const ASSIGN = /^doctest_global_setup[ \t]*=[ \t]*([rR]?)("""|'''|"|')([\s\S]*?)\2[ \t]*(?:#[^\n]*)?$/m;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', '\n': '' };

/** The value of a plain `doctest_global_setup = "…"` in conf.py text, or undefined. */
export function parseGlobalSetup(conf: string): string | undefined {
  const m = ASSIGN.exec(conf.replace(/\r\n?/g, '\n'));
  if (!m) return undefined;
  const [, raw, quote, body] = m;
  if (quote!.length === 1 && body!.includes('\n')) return undefined;
  let code = body!;
  if (!raw) {
    let bad = false;
    code = code.replace(/\\([\s\S])/g, (_, c: string) => {
      if (!(c in ESCAPES)) bad = true;
      return ESCAPES[c] ?? '';
    });
    if (bad) return undefined;
  }
  code = code.replace(/^\s*\n/, '').replace(/\s+$/, '');
  return code || undefined;
}

/** Sphinx's doctest_global_setup, for its ```{doctest} blocks. */
export const sphinxGlobalSetup: ProjectSetup = {
  // Only a document with a {doctest} directive makes the planner look for conf.py.
  wanted: (document) => /^\s*[`~]{3,}\s*\{\s*doctest\s*\}/m.test(document),
  file: 'conf.py',
  read: parseGlobalSetup,
  appliesTo: (block) => isSphinxDoctest(block.info),
};
