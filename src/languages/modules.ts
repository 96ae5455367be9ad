// Whether JavaScript is a script or an ES module decides how node must load it.

import { parse } from 'acorn';

/** True when JavaScript code only parses as an ES module (import/export, top-level await). */
export function isJsModule(code: string): boolean {
  try {
    parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
    return false;
  } catch {
    try {
      parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
      return true;
    } catch {
      // A syntax error either way: run it as it is and let node report it.
      return false;
    }
  }
}
