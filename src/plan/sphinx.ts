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
// sandbox, like the blocks.

import path from 'node:path';

import { readCheckFile } from './files.js';

/** The setup code and where it came from. */
export interface SphinxSetup {
  code: string;
  /** The conf.py, relative to the base folder. */
  file: string;
}

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

/**
 * The global setup of the Sphinx project `file` belongs to: the conf.py in
 * its folder or the nearest one above it, inside `baseDir`.
 */
export function sphinxGlobalSetup(baseDir: string, file: string, root?: string): SphinxSetup | undefined {
  let dir = path.posix.dirname(file.split(path.sep).join('/'));
  if (dir.startsWith('..') || path.posix.isAbsolute(dir)) return undefined;
  for (;;) {
    const rel = dir === '.' ? 'conf.py' : `${dir}/conf.py`;
    const r = readCheckFile(baseDir, rel, { confine: true, root });
    if ('content' in r) {
      const code = parseGlobalSetup(r.content.toString('utf8'));
      return code ? { code, file: rel } : undefined;
    }
    if (dir === '.') return undefined;
    dir = path.posix.dirname(dir);
  }
}
