// C#: Mono's mcs compiles to .bin/main.exe, mono runs it; fragments get
// .NET's implicit usings and a `static void Main` (csharp-fragment.ts).

import { defineLanguage } from './catalog.js';
import { sh } from './commands.js';
import { CSHARP_RULES } from './csharp-fragment.js';
import { fragmentShape } from './fragments.js';

export const csharp = defineLanguage({
  id: 'csharp',
  label: 'C#',
  aliases: ['cs', 'c#', 'dotnet'],
  extensions: ['.cs'],
  fileName: 'main.cs',
  tools: ['mcs', 'mono'],
  debian: { mcs: 'mono-mcs', mono: 'mono-runtime' },
  etc: ['mono'],
  compile: (e) => `mkdir -p .bin && mcs -nologo -out:.bin/main.exe ${sh(e)}`,
  check: (e) => `mkdir -p .bin && mcs -nologo -out:.bin/main.exe ${sh(e)}`,
  run: () => `mono .bin/main.exe`,
  snippets: { shape: (i) => fragmentShape(i, CSHARP_RULES, { hashLines: true }) },
});
