// Setup code a language's documentation toolchain keeps in a project file
// (ProjectSetup in src/languages/language.ts; Sphinx's conf.py): found at the
// document's folder or the nearest one above it, never outside the project,
// read through the same confinement as every file a config names.

import path from 'node:path';

import { LANGUAGES } from '../languages/index.js';
import type { SnippetBlock } from '../languages/index.js';
import { readCheckFile } from './files.js';

/** The setup one language gives some blocks of a document, and the file it came from. */
export interface DocumentSetup {
  language: string;
  code: string;
  /** The project file, relative to the base folder. */
  file: string;
  appliesTo(block: SnippetBlock): boolean;
}

/** The project setups that apply to the document `file` (relative to `baseDir`) with text `document`. */
export function projectSetups(baseDir: string, file: string, document: string, root?: string): DocumentSetup[] {
  const found: DocumentSetup[] = [];
  for (const lang of LANGUAGES) {
    const setup = lang.snippets?.projectSetup;
    if (!setup?.wanted(document)) continue;
    const at = nearest(baseDir, file, setup.file, root);
    const code = at && setup.read(at.text);
    if (code) found.push({ language: lang.id, code, file: at.file, appliesTo: setup.appliesTo });
  }
  return found;
}

function nearest(baseDir: string, file: string, name: string, root?: string): { file: string; text: string } | undefined {
  let dir = path.posix.dirname(file.split(path.sep).join('/'));
  if (dir.startsWith('..') || path.posix.isAbsolute(dir)) return undefined;
  for (;;) {
    const rel = dir === '.' ? name : `${dir}/${name}`;
    const r = readCheckFile(baseDir, rel, { confine: true, root });
    // The nearest file decides, as the toolchain reads only that one.
    if ('content' in r) return { file: rel, text: r.content.toString('utf8') };
    if (dir === '.') return undefined;
    dir = path.posix.dirname(dir);
  }
}
