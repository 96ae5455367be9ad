// Quoting for POSIX shells, written once: every command both providers run
// goes through `sh -c`, and a word that comes from a repository (a file name,
// a package, an argument) must reach the program as one literal word.

/** One literal word for `sh`: single-quoted, with `'` spelled `'\''`. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

