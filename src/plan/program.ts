// The program a Markdown block becomes: its code, after any hidden setup, laid
// out so that line N of the program is line N of the Markdown file — error
// messages and tracebacks then point into the document itself. A language
// with rules of its own (PHP's tags, rustdoc's `fn main`) gives them in its
// module (`snippets.assemble`); the others get the setup right above the code.

import { getLanguage, type SetupCode } from '../languages/index.js';
import { setupAbove } from '../languages/layout.js';

export type { SetupCode } from '../languages/index.js';

/**
 * Setup code, then the block, padded with blank lines so the block starts at
 * `bodyLine`. Setup sits in the padding when it fits; when it does not, it
 * comes first and the block's lines shift by the difference.
 */
export function assembleProgram(language: string, setups: SetupCode[], code: string, bodyLine: number): string {
  const assemble = getLanguage(language).snippets?.assemble ?? setupAbove;
  return assemble(setups, code, bodyLine);
}
