// Python interactive sessions (```pycon, or ```python whose first line is a
// `>>>` prompt) run with Python's own doctest module inside the sandbox, so
// its rules hold exactly: `>>>` and `...` prompts, expected output up to a
// blank line or the next prompt, `<BLANKLINE>`, `# doctest: +ELLIPSIS` /
// `+NORMALIZE_WHITESPACE` / `+SKIP` / `+IGNORE_EXCEPTION_DETAIL` directives,
// exceptions matched on the `Traceback (most recent call last):` header and
// the last line, and expression values echoed as their repr.
//
// The program is a short driver with the block's text in it. It names the
// Markdown file and line in doctest's report (`File "README.md", line 43`),
// and runs the examples in the program's own globals, so in a session the
// names an example defines are seen by the blocks after it.

/** Does a Python block read as an interactive session? */
export function isDoctest(code: string): boolean {
  const first = code.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && /^>>>( |$)/.test(first.trimStart());
}

/** Info-string words that name a Python session rather than a script. */
export const DOCTEST_LANGS = new Set(['pycon', 'python-repl', 'pyrepl', 'doctest']);

/**
 * The Python program running `code` (Markdown lines from `codeLine`) as a
 * doctest. `setup` is run first (hidden setup of the file); `flags` are
 * doctest option names enabled for every example (e.g. ELLIPSIS).
 */
export function doctestProgram(code: string, codeLine: number, file: string, setup = '', flags: string[] = [], o: { sphinx?: boolean } = {}): string {
  const flagExpr = flags.length ? flags.map((f) => `__sc_doctest.${f}`).join(' | ') : '0';
  // Sphinx runs a document's doctests in a fresh dict without `__name__` (sphinx.ext.doctest's
  // test_group), so a class an example defines prints as <class 'A'>, not <class '__main__.A'>.
  const globs = o.sphinx ? "{k: v for k, v in globals().items() if k != '__name__'}" : 'globals()';
  // JSON strings are valid Python string literals for any text.
  return `${setup ? `${setup}\n` : ''}import doctest as __sc_doctest, sys as __sc_sys
def __sc_run():
    parser = __sc_doctest.DocTestParser()
    test = parser.get_doctest(${JSON.stringify(code)}, ${globs}, ${JSON.stringify(file)}, ${JSON.stringify(file)}, ${codeLine - 1})
    runner = __sc_doctest.DocTestRunner(verbose=False, optionflags=${flagExpr})
    runner.run(test, out=__sc_sys.stderr.write, clear_globs=False)
    # DocTest works on a copy of the globals: what the examples defined goes back for the next blocks.
    globals().update({k: v for k, v in test.globs.items() if k != '__name__'})
    return runner.failures, runner.tries
__sc_failed, __sc_tried = __sc_run()
del __sc_run
if __sc_failed:
    print('%d of %d examples failed' % (__sc_failed, __sc_tried), file=__sc_sys.stderr)
    __sc_sys.exit(1)
`;
}

/**
 * Sphinx's doctest directive (```{doctest} in MyST Markdown) runs with
 * Sphinx's `doctest_default_flags`, not plain doctest's.
 */
export const SPHINX_DOCTEST_FLAGS = ['ELLIPSIS', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_TRUE_FOR_1'];

/** Is the block Sphinx's doctest directive (```{doctest})? */
export const isSphinxDoctest = (info: string) => /^\{\s*doctest\s*\}/.test(info.trim());

/** doctest option names a rule or block may turn on for every example. */
export const DOCTEST_FLAGS = ['ELLIPSIS', 'NORMALIZE_WHITESPACE', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_BLANKLINE', 'DONT_ACCEPT_TRUE_FOR_1'];
