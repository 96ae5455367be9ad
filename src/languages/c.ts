// C: gcc compiles, the binary runs; fragments get the common standard
// headers and an `int main(void)` around their statements (c-fragment.ts).

import { defineLanguage } from './catalog.js';
import { C_PRELUDE, C_RULES } from './c-fragment.js';
import { sh } from './commands.js';
import { fragmentShape } from './fragments.js';

export const c = defineLanguage({
  id: 'c',
  label: 'C',
  aliases: ['h'],
  extensions: ['.c'],
  fileName: 'main.c',
  tools: ['gcc'],
  debian: { gcc: 'gcc' },
  compile: (e) => `mkdir -p .bin && gcc -O2 -o .bin/main ${sh(e)} -lm`,
  check: (e) => `gcc -fsyntax-only ${sh(e)}`,
  run: () => `./.bin/main`,
  snippets: {
    shape: (i) => fragmentShape(i, C_RULES, { hashLines: true }, [{ path: C_PRELUDE.path, content: Buffer.from(C_PRELUDE.content) }]),
  },
});
