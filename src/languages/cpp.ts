// C++: g++ (C++17) compiles, the binary runs; fragments get the whole
// standard library and an `int main()` around their statements
// (cpp-fragment.ts).

import { defineLanguage } from './catalog.js';
import { sh } from './commands.js';
import { CPP_RULES } from './cpp-fragment.js';
import { fragmentShape } from './fragments.js';

export const cpp = defineLanguage({
  id: 'cpp',
  label: 'C++',
  aliases: ['c++', 'cxx', 'cc', 'hpp'],
  extensions: ['.cpp', '.cc', '.cxx', '.c++'],
  fileName: 'main.cpp',
  tools: ['g++'],
  debian: { 'g++': 'g++' },
  compile: (e) => `mkdir -p .bin && g++ -O2 -std=c++17 -o .bin/main ${sh(e)}`,
  check: (e) => `g++ -std=c++17 -fsyntax-only ${sh(e)}`,
  run: () => `./.bin/main`,
  snippets: { shape: (i) => fragmentShape(i, CPP_RULES, { hashLines: true }) },
});
