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
  const lines = (xs: string[]) => xs.map((x) => `${x}\n`).join('');
  const blank = Math.max(0, bodyLine - 1 - first.length - before.length);
  // The padding is one repeat, never a line array, and the text is not read
  // back: a block far down a long file costs its own size, not the file's
  // (20,000 blocks once built 20,000 arrays of up to 80,000 empty lines).
  const tail = `${body}${after}`;
  const head = `${lines(first)}${'\n'.repeat(blank)}${lines(before)}`;
  const ends = tail ? tail.endsWith('\n') : head.length > 0;
  return `${head}${tail}${ends ? '' : '\n'}`;
}

/** Setup code right above the block, in the padding when it fits (what a language without its own rule gets). */
export function setupAbove(setups: SetupCode[], code: string, bodyLine: number): string {
  const setup = setups.map((s) => s.code);
  return layoutProgram([], setup.length ? setup.join('\n').split('\n') : [], code, '', bodyLine);
}
