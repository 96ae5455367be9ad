// Regular expressions a repository writes (`stdout_matches`,
// `stderr_matches`) run on RE2JS, a pure-JavaScript port of RE2: matching
// takes time linear in the text whatever the pattern, so `^(a|a)*$` cannot
// hold the main thread (and every check's deadline with it) the way a
// backtracking engine does. RE2 syntax: no backreferences, no lookaround.
// `^` and `$` match at line boundaries, as with JavaScript's `m` flag.

import { RE2JS } from 're2js';

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
    const re = RE2JS.compile(source, RE2JS.MULTILINE);
    return { test: (text: string) => re.matcher(text).find() };
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    return { error: `uses syntax the linear-time engine (RE2) does not run: ${why}; write it without backreferences or lookaround` };
  }
}
