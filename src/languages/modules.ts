// Whether JavaScript is a script or an ES module decides how node must load it.
// The parser (acorn) is its own chunk, loaded before the first use: most runs
// plan no JavaScript, and it is a large part of a start-up's code.

let parse: typeof import('acorn').parse | undefined;

export async function loadJsParser(): Promise<void> {
  parse ??= (await import('acorn')).parse;
}

/** True when JavaScript code only parses as an ES module (import/export, top-level await). */
export function isJsModule(code: string): boolean {
  if (!parse) throw new Error('the JavaScript parser is not loaded: await loadJsParser() before isJsModule()');
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
