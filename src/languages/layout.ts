// A block's program laid out so that line N of the program is line N of the
// Markdown file: error messages and tracebacks then point into the document
// itself. Language modules put what they add (setup, a wrapper's opening) in
// the blank lines above the block.

import type { SetupCode } from './language.js';

/**
 * `first` lines at the top, then blank lines, then `before` right above the
 * body so that the body starts at Markdown line `bodyLine`; when they do not
 * fit, they come first and the body's lines shift.
 */
export function layoutProgram(first: string[], before: string[], body: string, after: string, bodyLine: number): string {
  const pad = bodyLine - 1;
  const prefix = [...first, ...before];
  const head = prefix.length <= pad ? [...first, ...new Array<string>(pad - prefix.length).fill(''), ...before] : prefix;
  const text = head.length ? `${head.join('\n')}\n${body}${after}` : `${body}${after}`;
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Setup code right above the block, in the padding when it fits (what a language without its own rule gets). */
export function setupAbove(setups: SetupCode[], code: string, bodyLine: number): string {
  const setup = setups.map((s) => s.code);
  return layoutProgram([], setup.length ? setup.join('\n').split('\n') : [], code, '', bodyLine);
}
