// Java blocks without a `main` method, run as jshell would run them: with
// jshell's default imports, statements inside `public static void main`,
// methods and fields written before them as static members of the class
// around it, classes alone compiled only. Rules: src/languages/fragments.ts.

import type { FragmentRules, Item, ItemKind } from './fragments.js';

const MODIFIERS = '(?:(?:public|private|protected|abstract|final|static|sealed|non-sealed|strictfp|default|synchronized|native|transient|volatile)\\s+)*';
const ANNOTATIONS = '(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*';
const TYPE = new RegExp(`^${ANNOTATIONS}${MODIFIERS}(?:class|interface|enum|record|@interface)\\b`);
const METHOD = new RegExp(`^${ANNOTATIONS}${MODIFIERS}(?:<[^>]+>\\s*)?[\\w<>\\[\\],.?]+(?:\\s*<[^(]*>)?\\s+\\w+\\s*\\([^)]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{`);
const VARIABLE = new RegExp(`^${ANNOTATIONS}${MODIFIERS}[\\w.]+(?:\\s*<[^;=()]*>)?(?:\\s*\\[\\s*\\])*\\s+\\w+\\s*(?:=|;|,)`);
const CONTROL = /^(if|for|while|do|switch|return|throw|try|break|continue|yield|synchronized|assert)\b/;

export function javaKind(it: Item): ItemKind {
  const h = it.head;
  if (/^import\b/.test(h)) return 'import';
  if (/^package\b/.test(h)) return 'package';
  if (TYPE.test(h)) return /\bstatic\s+void\s+main\s*\(/.test(h) ? 'entry' : 'type';
  if (CONTROL.test(h)) return 'statement';
  if (it.braced && METHOD.test(h)) return 'function';
  if (!it.braced && VARIABLE.test(h) && !/^return\b/.test(h)) return 'variable';
  return 'statement';
}

/** jshell's default imports. */
const JSHELL_IMPORTS = ['java.io', 'java.math', 'java.net', 'java.nio.file', 'java.util', 'java.util.concurrent', 'java.util.function', 'java.util.prefs', 'java.util.regex', 'java.util.stream'];

export const JAVA_RULES: FragmentRules = {
  kind: javaKind,
  prelude: [JSHELL_IMPORTS.map((p) => `import ${p}.*;`).join(' ')],
  classOpen: 'public class Main {',
  member: (line, it) => (/\bstatic\b/.test(it.head.split('(')[0]!.split('{')[0]!) ? line : line.replace(/^(\s*)/, '$1static ')),
  entryOpen: () => 'public static void main(String[] args) throws Exception {',
  entryClose: '}\n}',
  declarationsTail: '',
};
