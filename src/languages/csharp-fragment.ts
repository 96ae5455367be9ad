// C# blocks without `Main`. The compiler here (Mono's mcs) has no top-level
// statements, so statements go inside `static void Main` (async when they
// await) of a class, with .NET's implicit global usings; methods before them
// become static members; type declarations alone are compiled only (with an
// empty entry point so they link). Rules: src/languages/fragments.ts.

import type { FragmentRules, Item, ItemKind } from './fragments.js';

const MODIFIERS = '(?:(?:public|private|protected|internal|static|sealed|abstract|partial|readonly|ref|unsafe|async|virtual|override|extern|new|const)\\s+)*';
const ATTRIBUTES = '(?:\\[[^\\]]*\\]\\s*)*';
const TYPE = new RegExp(`^${ATTRIBUTES}${MODIFIERS}(?:class|struct|interface|enum|record|delegate|namespace)\\b`);
const METHOD = new RegExp(`^${ATTRIBUTES}${MODIFIERS}[\\w<>\\[\\],.?()]+\\s+\\w+\\s*(?:<[^>]*>)?\\s*\\([^)]*\\)\\s*(?:where[^{]*)?\\{`);
const VARIABLE = new RegExp(`^${ATTRIBUTES}${MODIFIERS}[\\w.]+(?:\\s*<[^;=()]*>)?(?:\\s*\\[\\s*\\])*\\??\\s+\\w+\\s*(?:=|;|,)`);
const CONTROL = /^(if|for|foreach|while|do|switch|return|throw|try|break|continue|yield|lock|using\s*\(|await)\b/;

function csharpKind(it: Item): ItemKind {
  const h = it.head;
  if (/^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>]+)?\s*;$/.test(h)) return 'import';
  if (/\bstatic\s+(async\s+)?[\w.<>]+\s+Main\s*\(/.test(h)) return 'entry';
  if (TYPE.test(h)) return 'type';
  if (CONTROL.test(h)) return 'statement';
  if (it.braced && METHOD.test(h)) return 'function';
  if (!it.braced && VARIABLE.test(h) && !/^return\b/.test(h)) return 'variable';
  return 'statement';
}

/** What .NET's implicit global usings bring (the ones mcs has without extra references). */
const USINGS = ['System', 'System.Collections.Generic', 'System.IO', 'System.Linq', 'System.Threading', 'System.Threading.Tasks'];

export const CSHARP_RULES: FragmentRules = {
  kind: csharpKind,
  prelude: [USINGS.map((u) => `using ${u};`).join(' ')],
  classOpen: 'class Program {',
  member: (line, it) => (/\bstatic\b/.test(it.head.split('(')[0]!) || /^\s*(const|\[)/.test(line) ? line : line.replace(/^(\s*)/, '$1static ')),
  entryOpen: (code) => (/\bawait\b/.test(code) ? 'static async Task Main(string[] args) {' : 'static void Main(string[] args) {'),
  entryClose: '}\n}',
  declarationsTail: '\nstatic class SandboxChecksEntry { static void Main() {} }',
  membersTail: 'static void Main() {}',
};
