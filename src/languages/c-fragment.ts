// C blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main(void)`, with the common standard headers included
// (documentation rarely shows them). Rules: src/languages/fragments.ts.

import type { FragmentRules, Item, ItemKind } from './fragments.js';

const CONTROL = /^(if|for|while|do|switch|return|goto|break|continue|else|case|default)\b/;
const TYPE_START = /^(typedef|struct|union|enum)\b/;
const QUALIFIERS = '(?:(?:static|extern|const|unsigned|signed|volatile|register|inline|_Thread_local|long|short)\\s+)*';
/** `type name`, `type *name`, `type name[…]`, `type name(…)`: a declaration. */
const C_DECLARATION = new RegExp(`^${QUALIFIERS}[A-Za-z_]\\w*(?:\\s*\\*+\\s*|\\s+)[\\s*]*[A-Za-z_]\\w*\\s*(?:\\[[^\\]]*\\]\\s*)*(?:=|;|,|\\()`);
/** A function definition: a declarator with parameters, then a body. */
const C_FUNCTION = /^[\w\s*&:<>,~]*?[\w~]+\s*\([^{;]*\)\s*(?:const\s*)?(?:noexcept\s*)?(?:override\s*)?(?::[^{;]*)?\{/;
const ENTRY = /^(?:int|void|auto)?\s*main\s*\(/;

export function cKind(it: Item): ItemKind {
  const h = it.head;
  if (h.startsWith('#')) return 'preprocessor';
  if (ENTRY.test(h.replace(/^(?:static\s+)?/, '')) && it.braced) return 'entry';
  if (CONTROL.test(h)) return 'statement';
  if (TYPE_START.test(h)) return 'type';
  if (it.braced && C_FUNCTION.test(h)) return 'function';
  if (C_DECLARATION.test(h)) return /^[^=]*\)\s*;$/.test(h) ? 'function' : 'variable';
  return 'statement';
}

const HEADERS = ['assert', 'ctype', 'errno', 'inttypes', 'limits', 'math', 'stdbool', 'stddef', 'stdint', 'stdio', 'stdlib', 'string', 'time'];

/** One header with the others, so the fragment gets them all on one line of the program. */
export const C_PRELUDE = { path: 'sandbox-checks-std.h', content: `${HEADERS.map((h) => `#include <${h}.h>`).join('\n')}\n` };

export const C_RULES: FragmentRules = {
  kind: cKind,
  prelude: [`#include "${C_PRELUDE.path}"`],
  entryOpen: () => 'int main(void) {',
  entryClose: 'return 0; }',
  declarationsTail: '',
};
