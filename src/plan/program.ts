// The program a Markdown block becomes: its code, after any hidden setup, laid
// out so that line N of the program is line N of the Markdown file — error
// messages and tracebacks then point into the document itself.

import { rustdocShape, unhide } from '../languages/rust-doc.js';

export interface SetupCode {
  code: string;
  /** Markdown line of the setup's first line. */
  line: number;
}

const PHP_OPEN = /^(\s*)<\?php\b[ \t]*/;

/** Drops a leading `<?php` (keeping line breaks) and a trailing `?>`. */
function phpBody(code: string): string {
  return code.replace(PHP_OPEN, '$1').replace(/\?>\s*$/, '');
}

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

/**
 * Setup code, then the block, padded with blank lines so the block starts at
 * `bodyLine`. Setup sits in the padding when it fits; when it does not, it
 * comes first and the block's lines shift by the difference.
 *   - PHP: one `<?php` at the top; the block's and setups' own tags are dropped
 *     (a block that mixes HTML and PHP keeps its tags: setup runs in a closed
 *     `<?php … ?>` before it).
 *   - Rust: rustdoc's rules (src/languages/rust-doc.ts): hidden `# ` lines,
 *     crate attributes first, `fn main` wrapping.
 */
export function assembleProgram(language: string, setups: SetupCode[], code: string, bodyLine: number): string {
  let body = code;
  let setup = setups.map((s) => s.code);
  const before: string[] = [];
  const first: string[] = [];
  let after = '';
  if (language === 'php') {
    const template = !PHP_OPEN.test(body) && /<\?(php\b|=)/.test(body);
    setup = setup.map(phpBody);
    if (template) {
      // Blank lines outside PHP tags would be printed: pad inside a closed tag.
      first.push('<?php');
      before.push(...(setup.length ? setup.join('\n').split('\n') : []), '?>');
    } else {
      body = body.replace(PHP_OPEN, '$1');
      first.push('<?php');
      before.push(...(setup.length ? setup.join('\n').split('\n') : []));
    }
    setup = [];
  } else if (setup.length) {
    before.push(...setup.join('\n').split('\n'));
  }
  if (language === 'rust') {
    const shape = rustdocShape(unhide(code));
    first.push(...shape.head);
    body = shape.body;
    before.splice(0, before.length, ...(setup.length ? setup.map(unhide).join('\n').split('\n') : []));
    if (shape.open) before.push(shape.open);
    after = shape.after;
  }
  return layoutProgram(first, before, body, after, bodyLine);
}
