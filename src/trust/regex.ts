// Regular expressions a repository writes (`stdout_matches`,
// `stderr_matches`) run on RE2JS, a pure-JavaScript port of RE2: matching
// takes time linear in the text whatever the pattern, so `^(a|a)*$` cannot
// hold the main thread (and every check's deadline with it) the way a
// backtracking engine does. RE2 syntax: no backreferences, no lookaround.
// `^` and `$` match at line boundaries, as with JavaScript's `m` flag.

import { createRequire } from 'node:module';

import type { RE2JS as RE2JSClass } from 're2js';

// Loaded on first use (most runs have no pattern): the engine's tables are a
// large part of what a step with nothing to run would otherwise spend starting.
// In the Action's bundle the engine is a file of its own, dist/re2js.cjs, which
// this require reads (scripts/separate-modules.mjs).
let loaded: typeof RE2JSClass | undefined;
declare const require: ((id: string) => unknown) | undefined;
const re2 = (): typeof RE2JSClass =>
  (loaded ??= ((typeof require === 'function' ? require('re2js') : createRequire(import.meta.url)('re2js')) as typeof import('re2js')).RE2JS);

export interface UserRegex {
  test(text: string): boolean;
}

/** The compiled pattern, or why it cannot be used (a sentence for the config's problem list). */
export function compileUserRegex(source: string): UserRegex | { error: string } {
  try {
    // Syntax first, in JavaScript's words (compiling runs nothing, so it cannot stall).
    new RegExp(source, 'm');
  } catch (e) {
    return { error: `is not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}` };
  }
  try {
    const RE2JS = re2();
    const re = RE2JS.compile(source, RE2JS.MULTILINE);
    return { test: (text: string) => re.matcher(text).find() };
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    return { error: `uses syntax the linear-time engine (RE2) does not run: ${why}; write it without backreferences or lookaround` };
  }
}
