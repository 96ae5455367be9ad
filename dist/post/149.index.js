export const id = 149;
export const ids = [149];
export const modules = {

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ SandboxChecksError)
/* harmony export */ });
/* unused harmony exports formatProblem, ProblemsError, problemLines, problemCount */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(351);
// The errors sandbox-checks throws on purpose. Each carries the exit code the
// CLI ends with, so a front door maps an error by its type alone (cli/main.ts
// and action/main.ts, one place each). Outcomes of checks are not errors:
// they are data (types.ts). Anything else thrown is a bug, reported as
// "unexpected error" with exit 1.

function formatProblem(p) {
    const where = p.line ? `${p.source}:${p.line}` : p.source;
    return `${where ? `${where}: ` : ''}${p.key ? `${p.key}: ` : ''}${p.message}`;
}
/** The root of sandbox-checks' own errors: a message a person can act on, and the exit code it means. */
class SandboxChecksError extends Error {
    exitCode;
    constructor(message, 
    /** 2: bad usage, config or environment (nothing ran); 1: a run that did not pass. */
    exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'SandboxChecksError';
    }
}
/**
 * Thrown before anything runs when the request has problems: every problem
 * found is in `problems`, and the exit code is 2. Thrown by the config
 * loader and planner (`config`), the CLI's argument parser (`usage`), the
 * Action's input reader (`inputs`) and the plan guard (`plan`).
 */
class ProblemsError extends SandboxChecksError {
    problems;
    kind;
    constructor(problems, kind = 'config') {
        super(problemLines(problems).join('\n'), 2);
        this.problems = problems;
        this.kind = kind;
        this.name = 'ProblemsError';
    }
}
/**
 * The lines a report gives for `problems`: the first MAX_PROBLEMS_SHOWN, then
 * how many more, so a config made to hold 100,000 mistakes cannot flood the
 * log (every problem is still in `problems`).
 */
function problemLines(problems) {
    const shown = problems.slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PROBLEMS_SHOWN */ .mg).map(formatProblem);
    const more = problems.length - shown.length;
    return more > 0 ? [...shown, `… and ${more} more ${more === 1 ? 'problem' : 'problems'} (fix the ones above first; they are often the cause)`] : shown;
}
/** `a problem` / `3 problems`: the heading's count. */
const problemCount = (n) => (n === 1 ? 'a problem' : `${n} problems`);


/***/ }),

/***/ 285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yj: () => (/* reexport */ LANGUAGES),
  Z0: () => (/* reexport */ getLanguage),
  Fu: () => (/* reexport */ toolsOf)
});

// UNUSED EXPORTS: SourceError, UnknownLanguageError, defineLanguage, findLanguage, knownLanguages, languageForFile, prepareSnippetConventions, sessionLanguages, transpileTypeScript

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/languages/catalog.ts
// The languages sandbox-checks knows, and the lookups by name, alias and
// extension. index.ts defines the built-in ones; a library user or a test
// defines more with defineLanguage, which every layer (planner, engine,
// providers) then finds by id like a built-in one — the id is all a Check
// carries, so there is one catalog, not one per layer.


/** Thrown by getLanguage for a name no module has: a request that cannot run (exit 2). The planner checks names first and reports a problem instead. */
class UnknownLanguageError extends errors/* SandboxChecksError */.Ng {
    constructor(message) {
        super(message, 2);
        this.name = 'UnknownLanguageError';
    }
}
const list = [];
const byName = new Map();
const byExtension = new Map();
/** Every defined language, built-in ones first, in the order reports list them. */
const LANGUAGES = list;
/**
 * Adds a language. Its id, aliases and extensions must be new: a module that
 * took over `python` or `.py` would silently change what other blocks run as.
 */
function defineLanguage(lang) {
    const names = [lang.id, ...lang.aliases].map((n) => n.toLowerCase());
    const taken = names.filter((n) => byName.has(n)).concat(lang.extensions.filter((e) => byExtension.has(e.toLowerCase())));
    if (taken.length)
        throw new Error(`language "${lang.id}": ${taken.join(', ')} already belong${taken.length === 1 ? 's' : ''} to another language`);
    if (!lang.extensions.every((e) => e.startsWith('.')))
        throw new Error(`language "${lang.id}": extensions start with a dot`);
    list.push(lang);
    for (const n of names)
        byName.set(n, lang);
    for (const e of lang.extensions)
        byExtension.set(e.toLowerCase(), lang);
    return lang;
}
function knownLanguages() {
    return list.map((l) => (l.aliases.length ? `${l.id} (${l.aliases.join(', ')})` : l.id)).join(', ');
}
/** Finds a language by id or alias; `undefined` when there is none. */
function findLanguage(name) {
    return byName.get(name.trim().toLowerCase());
}
function getLanguage(name) {
    const lang = findLanguage(name);
    if (!lang)
        throw new UnknownLanguageError(`unknown language "${name}"; known languages: ${knownLanguages()}`);
    return lang;
}
function languageForFile(file) {
    return byExtension.get(path.extname(file).toLowerCase());
}
/** The languages whose blocks can share a session (one interpreter process). */
function sessionLanguages() {
    return list.filter((l) => l.session).map((l) => l.id);
}
/** The programs a language may run: its own tools and its installer's. */
function toolsOf(lang) {
    return [...lang.tools, ...(lang.install ? [lang.install.tool] : [])];
}
/** Loads what every language's snippet conventions need (their parsers): once, before the first document with a block is planned. */
async function prepareSnippetConventions() {
    await Promise.all(list.map((l) => l.snippets?.prepare?.()));
}

// EXTERNAL MODULE: ./src/trust/shell.ts
var shell = __webpack_require__(1680);
;// CONCATENATED MODULE: ./src/languages/commands.ts
// Small pieces the language modules build their shell commands from.


const sh = shell/* shellQuote */.Z;
/** Package names as shell words. */
const quoteAll = (pkgs) => pkgs.map(shell/* shellQuote */.Z).join(' ');
/** `src/main.ts` → `src/main`. */
const stem = (entry) => entry.slice(0, entry.length - external_node_path_default().extname(entry).length);
/**
 * Shell that copies the project files an install left in `dir` (a read-only
 * package layer, or the same folder of a per-check install) into the
 * workspace, where the build may still rewrite them: the check's own copy.
 */
const restoreProject = (dir, files) => files.map((f) => `if [ -f ${sh(`${dir}/${f}`)} ]; then cp ${sh(`${dir}/${f}`)} ${sh(f)}; fi; `).join('');
/** Whether a package or a path in a project file names a workspace path rather than a registry's package. */
const isLocalPath = (p) => /^(\.{1,2}(\/|$)|\/)/.test(p);

;// CONCATENATED MODULE: ./src/languages/js-blocks.ts
// JavaScript and TypeScript blocks of one session run as scripts in one
// context (drivers/session.cjs), so their top-level declarations are shared.
// On the host, before upload: TypeScript loses its types (sucrase); `import`
// becomes `var … = require(…)` (real bindings, so later blocks see them;
// importing again is fine); `export` is dropped; a block with top-level await
// runs in an async function whose top-level declarations are hoisted to the
// shared scope, as Node's REPL does. Lines never move.
/**
 * A session block's program as the driver runs it: a script. Throws when a
 * TypeScript block does not parse (its message names `file`); a JavaScript
 * syntax error is left for the driver to report at its line.
 */
async function sessionScript(program, file, typescript) {
    const { parse } = await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 4559));
    let code = program;
    if (typescript) {
        const { transform } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        try {
            // Imports stay even when this block does not use them: later blocks may.
            code = transform(code, { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true, filePath: 'block.ts' }).code;
        }
        catch (e) {
            throw new Error(e.message.replace(/block\.ts/g, file), { cause: e });
        }
    }
    const parses = (src, sourceType, tla = false) => {
        try {
            parse(src, { ecmaVersion: 'latest', sourceType, allowAwaitOutsideFunction: tla, allowHashBang: true });
            return true;
        }
        catch {
            return false;
        }
    };
    if (!parses(code, 'script', true) && parses(code, 'module'))
        code = modulesToScript(code, parse);
    if (parses(code, 'script'))
        return code;
    if (!parses(code, 'script', true))
        return code; // a syntax error: the driver reports it at its line
    return hoistTopLevelAwait(code, parse);
}
const DEFAULT_OF = (m) => `((m) => m && (m.__esModule || m[Symbol.toStringTag] === 'Module') ? m.default : m)(${m})`;
/** import/export → script statements on the same lines. */
function modulesToScript(code, parse) {
    const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
    const edits = [];
    const keepLines = (from, to, text) => `${text}${'\n'.repeat(code.slice(from, to).split('\n').length - 1)}`;
    for (const stmt of ast.body ?? []) {
        if (stmt.type === 'ImportDeclaration') {
            const from = code.slice(stmt.source.start, stmt.source.end);
            const req = `require(${from})`;
            const parts = [];
            const named = [];
            for (const sp of stmt.specifiers ?? []) {
                const local = sp.local.name;
                if (sp.type === 'ImportDefaultSpecifier')
                    parts.push(`${local} = ${DEFAULT_OF(req)}`);
                else if (sp.type === 'ImportNamespaceSpecifier')
                    parts.push(`${local} = ${req}`);
                else {
                    const imported = sp.imported.type === 'Identifier' ? sp.imported.name : code.slice(sp.imported.start, sp.imported.end);
                    named.push(imported === local ? local : `${imported.startsWith("'") || imported.startsWith('"') ? `[${imported}]` : imported}: ${local}`);
                }
            }
            if (named.length)
                parts.push(`{ ${named.join(', ')} } = ${req}`);
            const text = parts.length ? `var ${parts.join(', ')};` : `${req};`;
            edits.push({ at: stmt.start, end: stmt.end, text: keepLines(stmt.start, stmt.end, text) });
        }
        else if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) {
            edits.push({ at: stmt.start, end: stmt.declaration.start, text: '' });
        }
        else if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration) {
            const d = stmt.declaration;
            const named = (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id;
            edits.push({ at: stmt.start, end: d.start, text: named ? '' : 'module.exports.default = ' });
        }
        else if (stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration') {
            edits.push({ at: stmt.start, end: stmt.end, text: keepLines(stmt.start, stmt.end, '') });
        }
    }
    let out = code;
    for (const e of edits.sort((a, b) => b.at - a.at))
        out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
}
function patternNames(p, out) {
    if (!p)
        return;
    switch (p.type) {
        case 'Identifier':
            out.push(p.name);
            break;
        case 'ObjectPattern':
            for (const prop of p.properties ?? [])
                patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
            break;
        case 'ArrayPattern':
            for (const e of p.elements ?? [])
                patternNames(e, out);
            break;
        case 'RestElement':
            patternNames(p.argument, out);
            break;
        case 'AssignmentPattern':
            patternNames(p.left, out);
            break;
    }
}
/** `const x = await f()` → `let x;` outside and `void (x = await f())` inside an async function; lines are kept. */
function hoistTopLevelAwait(code, parse) {
    const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowHashBang: true });
    const lets = [];
    const vars = [];
    const edits = [];
    for (const stmt of ast.body ?? []) {
        if (stmt.type === 'VariableDeclaration') {
            const names = [];
            for (const d of stmt.declarations ?? [])
                patternNames(d.id, names);
            (stmt.kind === 'var' ? vars : lets).push(...names);
            edits.push({ at: stmt.start, end: stmt.start + stmt.kind.length, text: 'void (' });
            const semi = code[stmt.end - 1] === ';';
            edits.push({ at: semi ? stmt.end - 1 : stmt.end, end: semi ? stmt.end - 1 : stmt.end, text: ')' });
        }
        else if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && stmt.id?.name) {
            (stmt.type === 'FunctionDeclaration' ? vars : lets).push(stmt.id.name);
            edits.push({ at: stmt.start, end: stmt.start, text: `${stmt.id.name} = ` });
        }
    }
    let body = code;
    for (const e of edits.sort((a, b) => b.at - a.at))
        body = body.slice(0, e.at) + e.text + body.slice(e.end);
    const decl = `${lets.length ? `let ${[...new Set(lets)].join(', ')}; ` : ''}${vars.length ? `var ${[...new Set(vars)].join(', ')}; ` : ''}`;
    // Everything added goes on the first line, so line numbers stay the Markdown's.
    return `${decl}(async () => {${body}\n})()`;
}

;// CONCATENATED MODULE: ./src/languages/modules.ts
// Whether JavaScript is a script or an ES module decides how node must load it.
// The parser (acorn) is its own chunk, loaded before the first use: most runs
// plan no JavaScript, and it is a large part of a start-up's code.
let parse;
async function loadJsParser() {
    parse ??= (await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 4559))).parse;
}
/** True when JavaScript code only parses as an ES module (import/export, top-level await). */
function isJsModule(code) {
    if (!parse)
        throw new Error('the JavaScript parser is not loaded: await loadJsParser() before isJsModule()');
    try {
        parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
        return false;
    }
    catch {
        try {
            parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
            return true;
        }
        catch {
            // A syntax error either way: run it as it is and let node report it.
            return false;
        }
    }
}

;// CONCATENATED MODULE: ./src/languages/javascript.ts
// JavaScript: run by node as it is (an ES module when the code only parses as
// one, src/languages/modules.ts); npm installs packages into the workspace;
// sessions run every block in one context (drivers/session.cjs).





const npmInstall = {
    tool: 'npm',
    // --install-links: a local folder package is copied into node_modules (with
    // what its install script built), not linked back into the workspace.
    command: (p) => `npm install --no-audit --no-fund --no-save --loglevel=error --install-links ${quoteAll(p)}`,
    // Node looks for packages in ./node_modules of the program's folder and its parents.
    layer: { outputs: ['node_modules'], reads: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'] },
};
let driver;
/** The driver for JavaScript and TypeScript sessions, read once. */
const nodeDriver = () => (driver ??= (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(5228), __webpack_require__.b), 'utf8'));
/**
 * Node 20 aborts (an assertion in node::GetErrorSource) instead of printing
 * some syntax errors, e.g. a `{ ... }` placeholder in a class body: the
 * document's code does not parse, which is not a crash of the program.
 */
function nodeSyntaxAbort(signal, stderr) {
    if (signal !== 'SIGABRT' || !/node::GetErrorSource[^\n]*\n[^\n]*Assertion failed: \(end\) >= \(start\)/.test(stderr))
        return undefined;
    return 'syntax error: node aborted (SIGABRT, a Node bug) while reporting it, so no line is named; look for a placeholder such as `...` in the code';
}
const session = {
    blockExtension: 'js',
    driverFile: 'driver.cjs',
    driver: nodeDriver,
    inline: true,
    prepare: (program, file) => sessionScript(program, file, false),
};
const javascript = defineLanguage({
    id: 'javascript',
    label: 'JavaScript',
    aliases: ['js', 'node', 'nodejs', 'mjs', 'cjs'],
    extensions: ['.js', '.mjs', '.cjs'],
    fileName: 'main.js',
    tools: ['node'],
    debian: { node: 'nodejs', npm: 'npm' },
    check: (e) => `node --check ${sh(e)}`,
    run: (e) => `node ${sh(e)}`,
    install: npmInstall,
    crashIsSyntaxError: nodeSyntaxAbort,
    session,
    snippets: {
        fileNameFor: (program) => (isJsModule(program) ? 'main.mjs' : undefined),
        prepare: loadJsParser,
    },
});

;// CONCATENATED MODULE: ./src/languages/language.ts
// What a language module says about its language: everything sandbox-checks
// needs to plan, run and provision it. Each src/languages/<id>.ts implements
// this once; the planner, the engine, the providers, the E2B template and
// setup.sh read it through src/languages/index.ts and never name a language.
//
// Commands are POSIX shell strings run in the workspace by both providers
// (E2B's commands.run always goes through a shell, so the local provider does
// too, and both see the same command).
/** Internal: the program itself does not parse (found on the host, before it runs); the engine makes the check `failed` (compile), not an error. */
class SourceError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SourceError';
    }
}

;// CONCATENATED MODULE: ./src/languages/typescript.ts
// TypeScript: types are stripped on the host (sucrase), so it runs with no
// compiler in the sandbox and no network, on either provider; what is left
// runs as JavaScript. Sessions use the JavaScript driver.






/** Strips types; sucrase is loaded only when a TypeScript check runs. */
async function transpileTypeScript(source, entry) {
    const { transform } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return transform(source, { transforms: ['typescript'], filePath: entry, disableESTransforms: true }).code;
}
const typescript = defineLanguage({
    id: 'typescript',
    label: 'TypeScript',
    aliases: ['ts', 'mts', 'cts'],
    extensions: ['.ts', '.mts', '.cts'],
    fileName: 'main.ts',
    tools: ['node'],
    debian: { node: 'nodejs', npm: 'npm' },
    // What is left runs as an ES module when it is one (import/export,
    // top-level await), else as a script.
    transform: async (source, entry) => {
        let js;
        try {
            js = await transpileTypeScript(source, entry);
        }
        catch (e) {
            throw new SourceError(`TypeScript syntax error in ${entry}: ${e.message}`);
        }
        await loadJsParser();
        return { path: `${stem(entry)}${isJsModule(js) ? '.mjs' : '.js'}`, content: js };
    },
    programNames: (entry) => ['.js', '.mjs'].map((x) => `${stem(entry)}${x}`),
    check: (e) => `node --check ${sh(e)}`,
    run: (e) => `node ${sh(e)}`,
    install: npmInstall,
    crashIsSyntaxError: nodeSyntaxAbort,
    session: {
        blockExtension: 'js',
        driverFile: 'driver.cjs',
        driver: nodeDriver,
        inline: true,
        runsAs: 'javascript',
        prepare: (program, file) => sessionScript(program, file, true),
    },
});

;// CONCATENATED MODULE: ./src/languages/python-doctest.ts
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
function isDoctest(code) {
    const first = code.split('\n').find((l) => l.trim() !== '');
    return first !== undefined && /^>>>( |$)/.test(first.trimStart());
}
/** Info-string words that name a Python session rather than a script. */
const DOCTEST_LANGS = new Set(['pycon', 'python-repl', 'pyrepl', 'doctest']);
/**
 * The Python program running `code` (Markdown lines from `codeLine`) as a
 * doctest. `setup` is run first (hidden setup of the file); `flags` are
 * doctest option names enabled for every example (e.g. ELLIPSIS).
 */
function doctestProgram(code, codeLine, file, setup = '', flags = [], o = {}) {
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
const SPHINX_DOCTEST_FLAGS = ['ELLIPSIS', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_TRUE_FOR_1'];
/** Is the block Sphinx's doctest directive (```{doctest})? */
const isSphinxDoctest = (info) => /^\{\s*doctest\s*\}/.test(info.trim());
/** doctest option names a rule or block may turn on for every example. */
const DOCTEST_FLAGS = (/* unused pure expression or super */ null && (['ELLIPSIS', 'NORMALIZE_WHITESPACE', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_BLANKLINE', 'DONT_ACCEPT_TRUE_FOR_1']));

;// CONCATENATED MODULE: ./src/languages/python-sphinx.ts
// Sphinx's hidden doctest preamble. A MyST ```{doctest} block is Sphinx's
// doctest directive, and `sphinx.ext.doctest` runs the project's
// `doctest_global_setup` (a string in the Sphinx source folder's conf.py)
// before it, so documents written for Sphinx use names they never import
// (attrs' docs use `define`, `Factory`, … from it).
//
// conf.py is the repository's (hostile) and is never executed here: only a
// plain string literal assigned at the top level is read; anything computed
// (concatenation, f-strings, formatting, escapes other than the common ones)
// is left alone, and the blocks run without it. The code it holds runs in the
// sandbox, like the blocks. The planner finds the conf.py (the nearest one
// at or above the document, inside the project: src/plan/project-setup.ts).

const ASSIGN = /^doctest_global_setup[ \t]*=[ \t]*([rR]?)("""|'''|"|')([\s\S]*?)\2[ \t]*(?:#[^\n]*)?$/m;
const ESCAPES = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', '\n': '' };
/** The value of a plain `doctest_global_setup = "…"` in conf.py text, or undefined. */
function parseGlobalSetup(conf) {
    const m = ASSIGN.exec(conf.replace(/\r\n?/g, '\n'));
    if (!m)
        return undefined;
    const [, raw, quote, body] = m;
    if (quote.length === 1 && body.includes('\n'))
        return undefined;
    let code = body;
    if (!raw) {
        let bad = false;
        code = code.replace(/\\([\s\S])/g, (_, c) => {
            if (!(c in ESCAPES))
                bad = true;
            return ESCAPES[c] ?? '';
        });
        if (bad)
            return undefined;
    }
    code = code.replace(/^\s*\n/, '').replace(/\s+$/, '');
    return code || undefined;
}
/** Sphinx's doctest_global_setup, for its ```{doctest} blocks. */
const sphinxGlobalSetup = {
    // Only a document with a {doctest} directive makes the planner look for conf.py.
    wanted: (document) => /^\s*[`~]{3,}\s*\{\s*doctest\s*\}/m.test(document),
    file: 'conf.py',
    read: parseGlobalSetup,
    appliesTo: (block) => isSphinxDoctest(block.info),
};

;// CONCATENATED MODULE: ./src/languages/python.ts
// Python: python3 runs the file; pip installs packages into the workspace;
// `python` is given to sandboxes that have only python3; ```pycon blocks and
// ```python blocks that start with `>>>` run as doctest sessions
// (python-doctest.ts); sessions run every block in one globals dict
// (drivers/session.py).





let python_driver;
const python = defineLanguage({
    id: 'python',
    label: 'Python',
    aliases: ['py', 'python3', 'py3'],
    extensions: ['.py'],
    fileName: 'main.py',
    tools: ['python3'],
    debian: { python3: 'python3', pip: 'python3-pip' },
    // Debian ships no `python` without python-is-python3; documentation calls it.
    commandAliases: { python: 'python3' },
    check: (e) => `python3 -m py_compile ${sh(e)}`,
    run: (e) => `python3 ${sh(e)}`,
    env: { PYTHONPATH: '/workspace/.packages/python', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    install: {
        tool: 'pip',
        command: (p) => `python3 -m pip install --quiet --disable-pip-version-check --no-input --target /workspace/.packages/python ${quoteAll(p)}`,
        layer: { outputs: ['.packages/python'] },
    },
    session: {
        blockExtension: 'py',
        driverFile: 'driver.py',
        inline: true,
        driver: () => (python_driver ??= (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(3059), __webpack_require__.b), 'utf8')),
    },
    snippets: {
        claims: (block) => DOCTEST_LANGS.has(block.lang) && isDoctest(block.code),
        // The examples of a file's doctest blocks see each other's names, as in one interactive session.
        defaultSession: (code) => (isDoctest(code) ? 'doctest' : undefined),
        projectSetup: sphinxGlobalSetup,
        shape: (i) => {
            const { block } = i;
            if (!isDoctest(block.code))
                return undefined;
            const setup = i.setups.map((s) => s.code).join('\n');
            const flags = [...new Set([...(isSphinxDoctest(block.info) ? SPHINX_DOCTEST_FLAGS : []), ...(i.doctestFlags ?? [])])];
            return {
                program: doctestProgram(block.code, block.codeLine, i.file, setup, flags, { sphinx: isSphinxDoctest(block.info) }),
                sessionProgram: doctestProgram(block.code, block.codeLine, i.file, '', flags, { sphinx: isSphinxDoctest(block.info) }),
                expect: { why: 'doctest: an example printed something else; the report is on stderr' },
                note: 'doctest session',
                bless: { kind: 'doctest', file: i.file, from: block.codeLine, to: block.endLine - 1, prefix: i.prefix ?? '' },
            };
        },
    },
});

// EXTERNAL MODULE: ./src/crypto.ts
var src_crypto = __webpack_require__(5414);
;// CONCATENATED MODULE: ./src/languages/layout.ts
// A block's program laid out so that line N of the program is line N of the
// Markdown file: error messages and tracebacks then point into the document
// itself. Language modules put what they add (setup, a wrapper's opening) in
// the blank lines above the block.
/**
 * `first` lines at the top, then blank lines, then `before` right above the
 * body so that the body starts at Markdown line `bodyLine`; when they do not
 * fit, they come first and the body's lines shift.
 */
function layoutProgram(first, before, body, after, bodyLine) {
    const lines = (xs) => xs.map((x) => `${x}\n`).join('');
    const blank = Math.max(0, bodyLine - 1 - first.length - before.length);
    // The padding is one repeat, never a line array, and the text is not read
    // back: a block far down a long file costs its own size, not the file's
    // (20,000 blocks once built 20,000 arrays of up to 80,000 empty lines).
    const tail = `${body}${after}`;
    const head = `${lines(first)}${'\n'.repeat(blank)}${lines(before)}`;
    const ends = tail ? tail.endsWith('\n') : head.length > 0;
    return `${head}${tail}${ends ? '' : '\n'}`;
}
/** Setup code right above the block, in the padding when it fits (what a language without its own rule gets). */
function setupAbove(setups, code, bodyLine) {
    const setup = setups.map((s) => s.code);
    return layoutProgram([], setup.length ? setup.join('\n').split('\n') : [], code, '', bodyLine);
}

;// CONCATENATED MODULE: ./src/languages/fragments.ts
// Fragments of compiled languages (Go, C, C++, Java, C#): documentation often
// shows a few declarations, or a few statements, without the program around
// them. The block's top level is cut into items (a declaration, a statement,
// an include or import) and the language's module says what each one is:
//
//   - a block with its own entry point runs as written;
//   - a block of declarations only is compiled, not run ("compiled only");
//   - a block with statements is wrapped: the entry point opens on the line of
//     the first statement and closes after the block ("wrapped in main");
//     includes and imports move above it (their lines are left blank).
//
// Everything added goes in the program's leading blank lines or on lines the
// block already has, so compiler messages keep the Markdown's line numbers.
// The language modules (c.ts, go.ts, …) give the rules; this is the wrapper.

/** Cuts code into its top-level items. */
function topLevelItems(code, o = {}) {
    const items = [];
    let line = 0;
    let depth = 0;
    let start = -1;
    let head = '';
    let braced = false;
    let atLineStart = true;
    const finish = () => {
        if (start >= 0 && head.trim())
            items.push({ start, end: line, head: head.replace(/\s+/g, ' ').trim(), braced });
        start = -1;
        head = '';
        braced = false;
    };
    for (let i = 0; i < code.length; i++) {
        const c = code[i];
        const next = code[i + 1];
        if (c === '\n') {
            if (o.newlineEnds && depth === 0 && !/[,(+\-*/&|=.]\s*$/.test(head))
                finish();
            line++;
            atLineStart = true;
            head += ' ';
            continue;
        }
        if (atLineStart && /\s/.test(c))
            continue;
        const lineStart = atLineStart;
        atLineStart = false;
        if (o.hashLines && lineStart && c === '#' && depth === 0) {
            finish();
            start = line;
            let j = i;
            while (j < code.length && (code[j] !== '\n' || code[j - 1] === '\\')) {
                if (code[j] === '\n')
                    line++;
                j++;
            }
            head = code.slice(i, j);
            items.push({ start, end: line, head: head.replace(/\s+/g, ' ').trim(), braced: false });
            start = -1;
            head = '';
            i = j - 1;
            continue;
        }
        if (c === '/' && next === '/') {
            while (i < code.length && code[i] !== '\n')
                i++;
            i--;
            continue;
        }
        if (c === '/' && next === '*') {
            const close = code.indexOf('*/', i + 2);
            const end = close < 0 ? code.length : close + 2;
            line += code.slice(i, end).split('\n').length - 1;
            i = end - 1;
            head += ' ';
            continue;
        }
        if (start < 0)
            start = line;
        if (c === '"' || c === "'" || c === '`') {
            // Contents blanked; `…` (Go raw strings) and C# @"…" have no escapes.
            const raw = c === '`' || code[i - 1] === '@';
            let j = i + 1;
            while (j < code.length && code[j] !== c && !(c !== '`' && code[j] === '\n')) {
                if (!raw && code[j] === '\\')
                    j++;
                j++;
            }
            line += code.slice(i, j).split('\n').length - 1;
            head += `${c}${c}`;
            i = j;
            continue;
        }
        head += c;
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            depth = Math.max(0, depth - 1);
            if (c === '}' && depth === 0) {
                braced = true;
                // `} else`, `} while (x);`, `struct … } name;` continue the item on the same line.
                const rest = /^[ \t]*(\S)/.exec(code.slice(i + 1, code.indexOf('\n', i + 1) < 0 ? undefined : code.indexOf('\n', i + 1)));
                if (!rest || rest[1] === '/')
                    finish();
            }
        }
        else if (c === ';' && depth === 0) {
            braced = false;
            finish();
        }
    }
    finish();
    return items;
}
/** The program for a fragment, or how it runs as written. */
function fragmentProgram(code, codeLine, setups, rules, scan) {
    const items = topLevelItems(code, scan);
    const kinds = items.map((it) => rules.kind(it));
    if (kinds.includes('entry') || kinds.includes('package'))
        return undefined;
    const lines = code.split('\n');
    const hoisted = [];
    const setup = setups.map((s) => s.code);
    const firstStmt = kinds.indexOf('statement');
    // Variables right before the first statement belong to it.
    let wrapAt = firstStmt;
    while (rules.variablesJoin !== false && wrapAt > 0 && kinds[wrapAt - 1] === 'variable')
        wrapAt--;
    for (const [k, it] of items.entries()) {
        if (kinds[k] === 'preprocessor' || kinds[k] === 'import') {
            if (firstStmt < 0 && !rules.classOpen)
                continue;
            for (let l = it.start; l <= it.end; l++) {
                hoisted.push(lines[l]);
                lines[l] = '';
            }
        }
        else if (rules.member && (firstStmt < 0 || k < wrapAt) && kinds[k] !== 'statement') {
            lines[it.start] = rules.member(lines[it.start], it);
        }
    }
    const before = [...rules.prelude, ...hoisted, ...setup];
    if (firstStmt < 0) {
        const members = kinds.some((k) => k === 'function' || k === 'variable');
        if (rules.classOpen && members) {
            before.push(rules.classOpen);
            return { program: layoutProgram(rules.first ?? [], before, lines.join('\n'), `\n${rules.membersTail ?? ''}\n}`, codeLine), how: 'declarations' };
        }
        return { program: layoutProgram(rules.first ?? [], before, lines.join('\n'), rules.declarationsTail, codeLine), how: 'declarations' };
    }
    if (rules.classOpen)
        before.push(rules.classOpen);
    const at = items[wrapAt].start;
    lines[at] = `${rules.entryOpen(code)} ${lines[at]}`;
    return { program: layoutProgram(rules.first ?? [], before, lines.join('\n'), `\n${rules.entryClose}`, codeLine), how: 'wrapped' };
}
/** The outcome message for how a fragment ran. */
function fragmentNote(how) {
    return how === 'declarations' ? 'compiled only (declarations)' : how === 'wrapped' ? 'wrapped in main' : undefined;
}
/** A fragment's run as a convention's result: its program, and compiled only when it declares only. */
function fragmentShape(i, rules, scan, files) {
    const f = fragmentProgram(i.block.code, i.block.codeLine, i.setups, rules, scan);
    if (!f)
        return undefined;
    return { program: f.program, files, noRun: f.how === 'declarations' ? true : undefined, expect: {}, note: fragmentNote(f.how) };
}

;// CONCATENATED MODULE: ./src/languages/go-example.ts
// Go blocks as Go documentation writes them:
//
//   - `package main` with `func main` runs as written; without a package
//     clause it gets `package main` and the standard-library imports it uses
//     but does not show (as goimports would add them);
//   - Example functions (`func ExampleXxx()`) with an `// Output:` comment
//     are run and their output compared as `go test` does: both trimmed of
//     surrounding space; `// Unordered output:` compares the lines in any
//     order; examples without one are compiled only;
//   - declarations alone (func, type, var, const) are compiled only;
//   - statements are wrapped in `func main()`;
//   - another package (`package foo`) is compiled only.



/** Packages of the standard library by the name code uses them with. */
const STD = Object.fromEntries([
    'bufio', 'bytes', 'cmp', 'context', 'errors', 'flag', 'fmt', 'io', 'iter', 'log', 'maps', 'math', 'net', 'os', 'path', 'reflect',
    'regexp', 'runtime', 'slices', 'sort', 'strconv', 'strings', 'sync', 'time', 'unicode', 'unsafe',
    'crypto/md5', 'crypto/rand', 'crypto/sha1', 'crypto/sha256', 'encoding/base64', 'encoding/binary', 'encoding/csv', 'encoding/hex',
    'encoding/json', 'encoding/xml', 'container/heap', 'container/list', 'io/fs', 'io/ioutil', 'log/slog', 'math/big', 'math/bits',
    'math/rand', 'net/http', 'net/url', 'os/exec', 'os/signal', 'path/filepath', 'sync/atomic', 'text/tabwriter', 'text/template',
    'unicode/utf8', 'html/template', 'net/http/httptest', 'testing',
].map((p) => [p.split('/').pop(), p]));
function goKind(it) {
    const h = it.head;
    if (/^import\b/.test(h))
        return 'import';
    if (/^package\b/.test(h))
        return 'package';
    if (/^func\s+main\s*\(\s*\)/.test(h))
        return 'entry';
    if (/^func\b/.test(h))
        return 'function';
    if (/^type\b/.test(h))
        return 'type';
    if (/^(var|const)\b/.test(h))
        return 'variable';
    return 'statement';
}
/** Imports the code uses but does not declare, as one line. */
function missingImports(items) {
    const imported = new Set();
    // Heads have comments and string contents blanked, so only code counts.
    const text = items.map((i) => i.head).join('\n');
    for (const m of text.matchAll(/\b([a-z][a-z0-9]*)\.[A-Za-z_]/g))
        imported.add(m[1]);
    return [...imported].filter((name) => STD[name]);
}
/**
 * Names the fragment's own top-level statements declare with `:=`. A block
 * shows how to make a value and stops there, so a wrapped block uses each
 * one after it (`_ = name`): "declared and not used" would be the wrapper's
 * error, not the document's.
 */
function declaredNames(items) {
    const names = new Set();
    for (const it of items) {
        if (goKind(it) !== 'statement')
            continue;
        const m = /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:=/.exec(it.head);
        for (const n of m?.[1].split(',').map((x) => x.trim()) ?? [])
            if (n !== '_')
                names.add(n);
    }
    return [...names];
}
const GO_RULES = (imports, declared = []) => ({
    kind: goKind,
    first: ['package main'],
    prelude: imports ? [imports] : [],
    entryOpen: () => 'func main() {',
    entryClose: `${declared.map((n) => `_ = ${n}; `).join('')}}`,
    declarationsTail: '\nfunc main() {}',
    variablesJoin: false,
});
/** The `// Output:` comment of each Example function of the code (lines from `codeLine`). */
function goExamples(code, codeLine) {
    const lines = code.split('\n');
    const out = [];
    for (const it of topLevelItems(code, { newlineEnds: true })) {
        const m = /^func\s+(Example\w*)\s*\(\s*\)/.exec(it.head);
        if (!m)
            continue;
        let at = -1;
        let unordered = false;
        for (let l = it.start; l <= it.end; l++) {
            const t = lines[l].trim();
            if (/^\/\/\s*Output:/i.test(t))
                [at, unordered] = [l, false];
            else if (/^\/\/\s*Unordered output:/i.test(t))
                [at, unordered] = [l, true];
        }
        if (at < 0)
            continue;
        const expected = [];
        const first = lines[at].trim().replace(/^\/\/\s*(Unordered output|Output):\s?/i, '');
        if (first)
            expected.push(first);
        let to = at;
        for (let l = at + 1; l <= it.end; l++) {
            const t = lines[l].trim();
            if (!t.startsWith('//'))
                break;
            expected.push(t.replace(/^\/\/ ?/, ''));
            to = l;
        }
        const indent = /^\s*/.exec(lines[at])[0];
        out.push({ name: m[1], line: codeLine + it.start, expected, unordered, comment: { from: at, to, indent } });
    }
    return out;
}
/** How a Go block runs; undefined when it runs as written with nothing added. */
function goShape(code, codeLine, setups) {
    const items = topLevelItems(code, { newlineEnds: true });
    const kinds = items.map(goKind);
    const pkg = items.find((i) => goKind(i) === 'package');
    const examples = goExamples(code, codeLine);
    const imports = (() => {
        const have = new Set();
        for (const m of code.matchAll(/(?:^|\s)(?:(\w+)\s+)?"([\w./-]+)"/g))
            have.add(m[1] ?? m[2].split('/').pop());
        const need = missingImports(items).filter((n) => !have.has(n) && !new RegExp(`\\b(var|const|func)\\s+${n}\\b|\\b${n}\\s*:?=`).test(code));
        return need.length ? `import (${need.map((n) => JSON.stringify(STD[n])).join('; ')})` : '';
    })();
    if (examples.length && !kinds.includes('entry')) {
        const nonce = (0,src_crypto/* randomBytes */.po)(9).toString('hex');
        const lines = code.split('\n');
        // Imports must come first: the driver's goes on the package clause's line.
        if (pkg)
            lines[pkg.start] = lines[pkg.start].replace(/^\s*package\s+\w+/, 'package main; import __sc_os "os"');
        const calls = examples.map((e, i) => `${e.name}(); __sc_os.Stdout.WriteString("\\n@@SCS:${nonce}:${i}:0@@\\n")`).join('; ');
        const before = [`import __sc_os "os"${imports ? `; ${imports}` : ''}`, ...setups.map((s) => s.code)];
        return {
            program: layoutProgram(pkg ? [] : ['package main'], pkg ? [] : before, pkg ? lines.join('\n') : code, `\nfunc main() { ${calls} }`, codeLine),
            how: 'examples',
            examples,
            sections: { nonce, items: examples.map((e) => ({ label: e.name, line: e.line, expected: e.expected, mode: e.unordered ? 'go-unordered' : 'go' })) },
        };
    }
    if (pkg) {
        if (!/^package\s+main\b/.test(pkg.head))
            return { program: code, how: 'other_package' };
        if (kinds.includes('entry'))
            return undefined;
        return { program: layoutProgram([], [], code, '\nfunc main() {}', codeLine), how: 'declarations' };
    }
    if (kinds.includes('entry')) {
        return { program: layoutProgram(['package main'], [imports, ...setups.map((s) => s.code)].filter(Boolean), code, '', codeLine), how: 'as_written' };
    }
    const r = fragmentProgram(code, codeLine, setups, GO_RULES(imports, declaredNames(items)), { newlineEnds: true });
    return r && { program: r.program, how: r.how };
}

;// CONCATENATED MODULE: ./src/languages/go-modules.ts
// What a Go package install reads besides the packages named: the local
// modules go.mod replaces requirements with (`replace x => ./x`), and a module
// proxy kept in the workspace (GOPROXY=file:///workspace/…). The install of a
// shared layer sees only the files it reads, so these must be among them.

/** The right-hand sides of go.mod's `replace` directives that are file paths (Go: they start with ./, ../ or /). */
function goReplacePaths(goMod) {
    const out = [];
    const text = goMod.replace(/\/\/[^\n]*/g, '');
    const lines = [];
    for (const m of text.matchAll(/^\s*replace\s*\(([^)]*)\)/gm))
        lines.push(...m[1].split('\n'));
    for (const m of text.matchAll(/^\s*replace\s+([^(\n][^\n]*)$/gm))
        lines.push(m[1]);
    for (const line of lines) {
        const rhs = line.split('=>')[1]?.trim() ?? '';
        const target = /^"((?:[^"\\]|\\.)*)"|^`([^`]*)`|^(\S+)/.exec(rhs)?.slice(1).find((x) => x !== undefined);
        if (target && isLocalPath(target))
            out.push(target);
    }
    return out;
}
/** Workspace folders named by file:// entries of GOPROXY (entries are separated by , or |). */
function goProxyPaths(goproxy) {
    return (goproxy ?? '')
        .split(/[,|]/)
        .map((e) => e.trim())
        .filter((e) => e.startsWith('file:///workspace/') || e === 'file:///workspace')
        .map((e) => decodeURI(e.slice('file://'.length)));
}
function goLocalSources(files, env) {
    const goMod = files.find((f) => f.path === 'go.mod');
    return [...(goMod ? goReplacePaths(goMod.content.toString('utf8')) : []), ...goProxyPaths(env.GOPROXY)];
}

;// CONCATENATED MODULE: ./src/languages/go.ts
// Go: built with go build (module mode when the workspace has a go.mod), run
// as a binary; `go get` installs packages; blocks follow Go documentation's
// habits — Example functions with `// Output:`, fragments wrapped in main
// (go-example.ts). The local provider warms Go's build cache once per run.
//
// Packages are a shared layer (.packages/go, read-only): the module cache
// (GOMODCACHE), which Go only reads once every module is in it, and the
// go.mod/go.sum `go get` wrote, which the build copies into the workspace:
// with -mod=mod `go build` may still tidy go.mod (an `// indirect` mark), so
// it needs a copy of its own. The program is built with no network, so a
// module missing from the layer is an error, never a download.




function shape(i) {
    const { block } = i;
    const g = goShape(block.code, block.codeLine, i.setups);
    if (!g)
        return undefined;
    const shaped = { program: g.program, expect: {} };
    if (g.how === 'declarations' || g.how === 'other_package') {
        shaped.noRun = true;
        shaped.note = g.how === 'declarations' ? 'compiled only (declarations)' : 'compiled only (not package main)';
    }
    else if (g.how === 'wrapped')
        shaped.note = 'wrapped in main';
    else if (g.how === 'examples') {
        shaped.expect.sections = g.sections;
        shaped.bless = {
            kind: 'sections',
            file: i.file,
            style: 'go',
            ranges: g.examples.map((e) => ({
                from: block.codeLine + e.comment.from,
                to: block.codeLine + e.comment.to,
                prefix: (i.prefix ?? '') + e.comment.indent,
                header: e.unordered ? 'Unordered output:' : 'Output:',
            })),
        };
        shaped.note = `Go examples: ${g.sections.items.map((x) => x.label).join(', ')} compared with their // Output:`;
    }
    return shaped;
}
const LAYER = '.packages/go';
const PROJECT = `${LAYER}/project`;
const restore = restoreProject(PROJECT, ['go.mod', 'go.sum']);
const go = defineLanguage({
    id: 'go',
    label: 'Go',
    aliases: ['golang'],
    extensions: ['.go'],
    fileName: 'main.go',
    tools: ['go'],
    debian: { go: 'golang-go' },
    compile: (e) => `${restore}mkdir -p .bin && if [ -f go.mod ]; then go build -o .bin/main ${sh(e)}; else GO111MODULE=off go build -o .bin/main ${sh(e)}; fi`,
    check: (e) => `${restore}if [ -f go.mod ]; then go vet ${sh(e)}; else GO111MODULE=off go vet ${sh(e)}; fi`,
    run: () => `./.bin/main`,
    env: {
        GOCACHE: '/workspace/.cache/go-build',
        GOPATH: '/workspace/.cache/go',
        GOMODCACHE: `/workspace/${LAYER}/mod`,
        GOTOOLCHAIN: 'local',
        GOFLAGS: '-mod=mod',
        CGO_ENABLED: '0',
    },
    install: {
        tool: 'go',
        command: (p) => `go mod init sandbox.check >/dev/null 2>&1; go get ${quoteAll(p)} && mkdir -p ${PROJECT} && cp go.mod ${PROJECT}/ && if [ -f go.sum ]; then cp go.sum ${PROJECT}/; fi`,
        layer: { outputs: [LAYER], reads: ['go.mod', 'go.sum'], localSources: goLocalSources },
    },
    // Go compiles the standard library into its build cache on first use (~8 s):
    // the packages documentation uses most, built once.
    cacheSeed: {
        files: {
            'main.go': 'package main\nimport (\n"bufio"\n"encoding/json"\n"errors"\n"fmt"\n"math"\n"os"\n"sort"\n"strconv"\n"strings"\n"sync"\n"time"\n)\nvar _ = []any{bufio.NewReader, json.Marshal, errors.New, math.Sqrt, os.Exit, sort.Ints, strconv.Itoa, strings.Split, sync.NewCond, time.Now}\nfunc main(){ fmt.Println() }\n',
        },
        command: 'GO111MODULE=off go build -o /tmp/seed main.go',
    },
    snippets: { shape },
});

;// CONCATENATED MODULE: ./src/languages/rust-doc.ts
// Rust blocks as rustdoc runs documentation tests (The rustdoc book,
// "Documentation tests"):
//
//   - a line whose first non-blank text is `# ` (or a lone `#`) is hidden
//     from readers but compiled; `##` at the start stands for a literal `#`;
//   - `#![…]` crate attributes and `extern crate` lines go before the rest,
//     with `#![allow(unused)]`;
//   - unless the block has a `fn main`, the rest is wrapped in
//     `fn main() { … }`; when it ends in `(())` (`Ok::<(), E>(())`) the
//     wrapper returns a Result, so `?` works;
//   - `ignore` (and `ignore-<target>` where the target matches): not run; `no_run`: compiled only; `should_panic`: passes only
//     when the program panics (exit code 101); `compile_fail` (optionally with
//     error codes such as `E0308`): passes only when compiling fails (with
//     those codes); `edition2015`/`2018`/`2021`/`2024` choose the edition.
//
// Line numbers stay the Markdown's: what goes before the code sits in the
// blank lines the program starts with (see src/languages/layout.ts).
const RUST_EDITION_ENV = 'SANDBOX_CHECKS_RUST_EDITION';
const HOST_TRIPLE = 'x86_64-unknown-linux-gnu';
/** rustdoc's words in an info string (`rust,should_panic`, `compile_fail,E0308`, `edition2018`). */
function rustdocAttrs(options) {
    const a = { ignore: false, noRun: false, shouldPanic: false, compileFail: false, errorCodes: [] };
    for (const o of options) {
        const k = o.key;
        if (k === 'ignore')
            a.ignore = true;
        // `ignore-<target>`: ignored where the target triple contains it (the sandbox is Linux on x86_64).
        else if (k.startsWith('ignore_') && HOST_TRIPLE.includes(k.slice('ignore_'.length).replace(/_/g, '-')))
            a.ignore = true;
        else if (k === 'no_run')
            a.noRun = true;
        else if (k === 'should_panic')
            a.shouldPanic = true;
        else if (k === 'compile_fail')
            a.compileFail = true;
        else if (/^e\d{4}$/.test(k))
            a.errorCodes.push(k.toUpperCase());
        else if (/^edition20(15|18|21|24)$/.test(k))
            a.edition = k.slice('edition'.length);
    }
    return a;
}
/** The code the compiler sees: hidden lines shown, `##` read as `#`. */
function unhide(code) {
    return code
        .split('\n')
        .map((line) => {
        const lead = line.length - line.trimStart().length;
        const t = line.slice(lead);
        if (t.startsWith('##'))
            return line.slice(0, lead) + t.slice(1);
        if (t === '#')
            return '';
        if (t.startsWith('# ') || t.startsWith('#\t'))
            return line.slice(0, lead) + t.slice(2);
        return line;
    })
        .join('\n');
}
/** Does the code have its own `fn main` (rustdoc's test, after hidden lines are shown)? */
function hasMain(code) {
    return /\bfn\s+main\s*\(/.test(code.replace(/\/\/[^\n]*/g, ''));
}
/** rustdoc's pre-processing of a block's (unhidden) code. */
function rustdocShape(code) {
    const lines = code.split('\n');
    const attrs = ['#![allow(unused)]'];
    const crates = [];
    let inAttr = false;
    let depth = 0;
    // Only the leading crate attributes and extern crates move, as rustdoc's
    // partition of the source does; the rest stays where it is.
    for (let i = 0; i < lines.length; i++) {
        const t = lines[i].trim();
        if (inAttr || t.startsWith('#![')) {
            attrs.push(lines[i]);
            for (const ch of t)
                depth += ch === '[' ? 1 : ch === ']' ? -1 : 0;
            inAttr = depth > 0;
            lines[i] = '';
            continue;
        }
        if (/^(#\[[^\]]*\]\s*)*extern\s+crate\s+[\w]+(\s+as\s+\w+)?\s*;/.test(t)) {
            crates.push(lines[i]);
            lines[i] = '';
            continue;
        }
        if (t === '' || t.startsWith('//'))
            continue;
        break;
    }
    const body = lines.join('\n');
    if (hasMain(code))
        return { head: [...attrs, ...crates], open: '', body, after: '', wrapped: false };
    if (/\(\(\)\)\s*;?\s*$/.test(body.trimEnd())) {
        return {
            head: [...attrs, ...crates],
            open: 'fn main() { fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {',
            body,
            after: '\n} _inner().unwrap() }',
            wrapped: true,
        };
    }
    return { head: [...attrs, ...crates], open: 'fn main() {', body, after: '\n}', wrapped: true };
}

;// CONCATENATED MODULE: ./src/languages/rust.ts
// Rust: rustc compiles the file (cargo when packages made a Cargo.toml), run
// as a binary; blocks follow rustdoc's rules — hidden `# ` lines, `fn main`
// wrapping, ignore / no_run / should_panic / compile_fail / edition20xx
// (rust-doc.ts).
//
// Packages are a shared layer (.packages/rust, read-only): `cargo vendor`
// puts every crate's source there with the source replacement that makes
// cargo use it, and the install's Cargo.toml/Cargo.lock, which the build
// copies into the workspace (cargo may rewrite the lock file). CARGO_HOME
// stays the check's own: cargo locks and records crate use in it even
// offline, so a read-only one would stop every build. A package that is a
// path (`./mycrate`) is added with `cargo add --path`.




const EDITION = RUST_EDITION_ENV;
/** What rustdoc's attributes make of the block; the program itself is `assemble`'s. */
function rust_shape(i) {
    const a = rustdocAttrs(i.block.options);
    const shaped = { program: '', expect: {} };
    const expect = shaped.expect;
    if (a.edition)
        shaped.env = { [RUST_EDITION_ENV]: a.edition };
    if (a.ignore)
        shaped.skip = 'ignore (rustdoc)';
    if (a.compileFail) {
        shaped.noRun = true;
        expect.shouldFail = true;
        expect.why = 'compile_fail: the block must not compile';
        if (a.errorCodes.length)
            expect.stderrContains = a.errorCodes.map((c) => `error[${c}]`);
        shaped.note = 'compile_fail: did not compile, as marked';
    }
    else if (a.shouldPanic) {
        expect.exitCode = 101;
        expect.why = 'should_panic: the block must panic';
        shaped.note = 'should_panic: panicked, as marked';
    }
    else if (a.noRun) {
        shaped.noRun = true;
        shaped.note = 'no_run: compiled only';
    }
    const wrapped = rustdocShape(unhide(i.block.code)).wrapped;
    if (wrapped)
        shaped.note = shaped.note ? `${shaped.note}; wrapped in fn main` : 'wrapped in fn main';
    return shaped;
}
/** Crate attributes first, setup (hidden lines shown) inside `fn main` before the block. */
function assemble(setups, code, bodyLine) {
    const s = rustdocShape(unhide(code));
    const before = setups.length ? setups.map((x) => unhide(x.code)).join('\n').split('\n') : [];
    if (s.open)
        before.push(s.open);
    return layoutProgram(s.head, before, s.body, s.after, bodyLine);
}
const rust_LAYER = '.packages/rust';
const rust_PROJECT = `${rust_LAYER}/project`;
/** What `cargo vendor` printed: the source replacement pointing cargo at the vendored crates. */
const VENDOR_CONFIG = `/workspace/${rust_LAYER}/vendor.toml`;
/** `cargo add` for the registry's crates, then once per local path (cargo add takes one --path at a time). */
function cargoAdd(packages) {
    const paths = packages.filter(isLocalPath);
    const crates = packages.filter((p) => !isLocalPath(p));
    return [...(crates.length ? [`cargo add --quiet ${quoteAll(crates)}`] : []), ...paths.map((p) => `cargo add --quiet --path ${sh(p)}`)].join(' && ');
}
/** Local registries and directory sources a workspace .cargo/config.toml points cargo at: the install reads them. */
function cargoLocalSources(files) {
    const out = [];
    for (const f of files.filter((x) => x.path === '.cargo/config.toml' || x.path === '.cargo/config')) {
        for (const m of f.content.toString('utf8').matchAll(/^\s*(?:local-registry|directory)\s*=\s*["']([^"'\n]+)["']/gm))
            out.push(m[1]);
    }
    return out;
}
const rust = defineLanguage({
    id: 'rust',
    label: 'Rust',
    aliases: ['rs'],
    extensions: ['.rs'],
    fileName: 'main.rs',
    tools: ['rustc'],
    debian: { rustc: 'rustc', cargo: 'cargo' },
    compile: (e) => `${restoreProject(rust_PROJECT, ['Cargo.toml', 'Cargo.lock'])}if [ -f Cargo.toml ]; then mkdir -p src .bin && cp ${sh(e)} src/main.rs && cargo build --quiet --offline $([ -s ${VENDOR_CONFIG} ] && echo --config ${VENDOR_CONFIG}) && cp target/debug/check .bin/main; else mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" -o .bin/main ${sh(e)}; fi`,
    // The edition comes from rustdoc's `edition20xx`.
    check: (e) => `mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" --emit=metadata -o .bin/check.rmeta ${sh(e)}`,
    run: () => `./.bin/main`,
    env: { CARGO_HOME: '/workspace/.cache/cargo' },
    install: {
        tool: 'cargo',
        command: (p) => `mkdir -p .bin && printf '[package]\\nname = "check"\\nversion = "0.0.0"\\nedition = "2021"\\n[dependencies]\\n' > Cargo.toml && mkdir -p src && echo 'fn main(){}' > src/main.rs && ${cargoAdd(p)} && ` +
            // --respect-source-config: a mirror or local registry the workspace's .cargo/config.toml names is where the crates come from.
            `mkdir -p ${rust_PROJECT} && cargo vendor --respect-source-config --versioned-dirs /workspace/${rust_LAYER}/vendor > ${VENDOR_CONFIG} && cp Cargo.toml Cargo.lock ${rust_PROJECT}/`,
        // The install writes Cargo.toml itself; the lock file and cargo's workspace config decide what it fetches.
        layer: { outputs: [rust_LAYER], reads: ['Cargo.lock', '.cargo/config.toml', '.cargo/config'], localSources: cargoLocalSources },
    },
    snippets: { shape: rust_shape, assemble },
});

;// CONCATENATED MODULE: ./src/languages/ruby.ts
// Ruby: ruby runs the file; gem installs packages into the workspace;
// sessions evaluate every block in TOPLEVEL_BINDING (drivers/session.rb).



let ruby_driver;
const ruby = defineLanguage({
    id: 'ruby',
    label: 'Ruby',
    aliases: ['rb'],
    extensions: ['.rb'],
    fileName: 'main.rb',
    tools: ['ruby'],
    debian: { ruby: 'ruby', gem: 'ruby' },
    etc: ['ruby'],
    check: (e) => `ruby -c ${sh(e)} >/dev/null`,
    run: (e) => `ruby ${sh(e)}`,
    env: { GEM_HOME: '/workspace/.packages/ruby', GEM_PATH: '/workspace/.packages/ruby' },
    install: {
        tool: 'gem',
        command: (p) => `gem install --no-document --install-dir /workspace/.packages/ruby ${quoteAll(p)}`,
        layer: { outputs: ['.packages/ruby'] },
    },
    session: {
        blockExtension: 'rb',
        driverFile: 'driver.rb',
        inline: true,
        driver: () => (ruby_driver ??= (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(7134), __webpack_require__.b), 'utf8')),
    },
});

;// CONCATENATED MODULE: ./src/languages/php.ts
// PHP: php runs the file; composer installs packages; a block's program gets
// one `<?php` at the top (the block's and setups' own opening tags are
// dropped, lines kept); sessions include every block at global scope
// (drivers/session.php).
//
// Packages are a shared layer: vendor/, read-only, is all a program loads
// (vendor/autoload.php and what it maps). The composer.json/composer.lock
// the install wrote stay in its sandbox: PHP never reads them at run time.




const PHP_OPEN = /^(\s*)<\?php\b[ \t]*/;
/** Drops a leading `<?php` (keeping line breaks) and a trailing `?>`. */
function phpBody(code) {
    return code.replace(PHP_OPEN, '$1').replace(/\?>\s*$/, '');
}
/**
 * A block that mixes HTML and PHP keeps its tags: setup runs in a closed
 * `<?php … ?>` before it (blank lines outside PHP tags would be printed, so
 * the padding is inside the tag).
 */
function php_assemble(setups, code, bodyLine) {
    const template = !PHP_OPEN.test(code) && /<\?(php\b|=)/.test(code);
    const setup = setups.map((s) => phpBody(s.code));
    const before = setup.length ? setup.join('\n').split('\n') : [];
    if (template)
        return layoutProgram(['<?php'], [...before, '?>'], code, '', bodyLine);
    return layoutProgram(['<?php'], before, code.replace(PHP_OPEN, '$1'), '', bodyLine);
}
/**
 * The folders of composer.json's path repositories (`{"type": "path", "url":
 * "packages/*"}`): composer installs those packages from the workspace. A
 * wildcard stands for the folder before it.
 */
function composerPathRepositories(files) {
    const json = files.find((f) => f.path === 'composer.json');
    if (!json)
        return [];
    let repos;
    try {
        repos = JSON.parse(json.content.toString('utf8')).repositories;
    }
    catch {
        return [];
    }
    const list = Array.isArray(repos) ? repos : repos && typeof repos === 'object' ? Object.values(repos) : [];
    const out = [];
    for (const r of list) {
        if (!r || r.type !== 'path' || typeof r.url !== 'string')
            continue;
        const url = r.url.split('/').findIndex((part) => /[*?[{]/.test(part));
        const dir = url < 0 ? r.url : r.url.split('/').slice(0, url).join('/') || '.';
        out.push(isLocalPath(dir) ? dir : `./${dir}`);
    }
    return out;
}
let php_driver;
const php = defineLanguage({
    id: 'php',
    label: 'PHP',
    aliases: [],
    extensions: ['.php'],
    fileName: 'main.php',
    tools: ['php'],
    debian: { php: 'php-cli', composer: 'composer' },
    etc: ['php'],
    // composer unpacks packages with it.
    debianAlso: ['unzip'],
    check: (e) => `php -l ${sh(e)} >/dev/null`,
    run: (e) => `php ${sh(e)}`,
    install: {
        tool: 'composer',
        command: (p) => `composer require --quiet --no-interaction ${quoteAll(p)}`,
        layer: { outputs: ['vendor'], reads: ['composer.json', 'composer.lock'], localSources: composerPathRepositories },
    },
    session: {
        blockExtension: 'php',
        driverFile: 'driver.php',
        driver: () => (php_driver ??= (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(1902), __webpack_require__.b), 'utf8')),
    },
    snippets: { assemble: php_assemble },
});

;// CONCATENATED MODULE: ./src/languages/java-fragment.ts
// Java blocks without a `main` method, run as jshell would run them: with
// jshell's default imports, statements inside `public static void main`,
// methods and fields written before them as static members of the class
// around it, classes alone compiled only. Rules: src/languages/fragments.ts.
const MODIFIERS = '(?:(?:public|private|protected|abstract|final|static|sealed|non-sealed|strictfp|default|synchronized|native|transient|volatile)\\s+)*';
const ANNOTATIONS = '(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*';
const TYPE = new RegExp(`^${ANNOTATIONS}${MODIFIERS}(?:class|interface|enum|record|@interface)\\b`);
const METHOD = new RegExp(`^${ANNOTATIONS}${MODIFIERS}(?:<[^>]+>\\s*)?[\\w<>\\[\\],.?]+(?:\\s*<[^(]*>)?\\s+\\w+\\s*\\([^)]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{`);
const VARIABLE = new RegExp(`^${ANNOTATIONS}${MODIFIERS}[\\w.]+(?:\\s*<[^;=()]*>)?(?:\\s*\\[\\s*\\])*\\s+\\w+\\s*(?:=|;|,)`);
const CONTROL = /^(if|for|while|do|switch|return|throw|try|break|continue|yield|synchronized|assert)\b/;
function javaKind(it) {
    const h = it.head;
    if (/^import\b/.test(h))
        return 'import';
    if (/^package\b/.test(h))
        return 'package';
    if (TYPE.test(h))
        return /\bstatic\s+void\s+main\s*\(/.test(h) ? 'entry' : 'type';
    if (CONTROL.test(h))
        return 'statement';
    if (it.braced && METHOD.test(h))
        return 'function';
    if (!it.braced && VARIABLE.test(h) && !/^return\b/.test(h))
        return 'variable';
    return 'statement';
}
/** jshell's default imports. */
const JSHELL_IMPORTS = ['java.io', 'java.math', 'java.net', 'java.nio.file', 'java.util', 'java.util.concurrent', 'java.util.function', 'java.util.prefs', 'java.util.regex', 'java.util.stream'];
const JAVA_RULES = {
    kind: javaKind,
    prelude: [JSHELL_IMPORTS.map((p) => `import ${p}.*;`).join(' ')],
    classOpen: 'public class Main {',
    member: (line, it) => (/\bstatic\b/.test(it.head.split('(')[0].split('{')[0]) ? line : line.replace(/^(\s*)/, '$1static ')),
    entryOpen: () => 'public static void main(String[] args) throws Exception {',
    entryClose: '}\n}',
    declarationsTail: '',
};

;// CONCATENATED MODULE: ./src/languages/java.ts
// Java: javac compiles into .bin, java runs the class named like the file
// (the file is named after the public class); fragments run as jshell would
// (java-fragment.ts).





const java = defineLanguage({
    id: 'java',
    label: 'Java',
    aliases: [],
    extensions: ['.java'],
    fileName: 'Main.java',
    fileNameFor: (src) => /^\s*public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_$][\w$]*)/m.exec(src)?.[1]?.concat('.java'),
    tools: ['java', 'javac'],
    debian: { java: 'default-jdk-headless', javac: 'default-jdk-headless' },
    etc: ['java-17-openjdk', 'java-21-openjdk', 'java-11-openjdk', 'java-25-openjdk'],
    compile: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${sh(e)}`,
    check: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${sh(e)}`,
    // The JVM cannot see the sandbox's memory limit (no /sys inside), so it is
    // told with MaxRAM and sizes its heap to fit instead of being OOM-killed.
    run: (e, ctx) => `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxRAM=${ctx.memoryBytes} -cp .bin:. ${sh(external_node_path_default().basename(stem(e)))}`,
    // `#` starts no directive in Java.
    snippets: { shape: (i) => fragmentShape(i, JAVA_RULES, { hashLines: false }) },
});

;// CONCATENATED MODULE: ./src/languages/c-fragment.ts
// C blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main(void)`, with the common standard headers included
// (documentation rarely shows them). Rules: src/languages/fragments.ts.
const c_fragment_CONTROL = /^(if|for|while|do|switch|return|goto|break|continue|else|case|default)\b/;
const TYPE_START = /^(typedef|struct|union|enum)\b/;
const QUALIFIERS = '(?:(?:static|extern|const|unsigned|signed|volatile|register|inline|_Thread_local|long|short)\\s+)*';
/** `type name`, `type *name`, `type name[…]`, `type name(…)`: a declaration. */
const C_DECLARATION = new RegExp(`^${QUALIFIERS}[A-Za-z_]\\w*(?:\\s*\\*+\\s*|\\s+)[\\s*]*[A-Za-z_]\\w*\\s*(?:\\[[^\\]]*\\]\\s*)*(?:=|;|,|\\()`);
/** A function definition: a declarator with parameters, then a body. */
const C_FUNCTION = /^[\w\s*&:<>,~]*?[\w~]+\s*\([^{;]*\)\s*(?:const\s*)?(?:noexcept\s*)?(?:override\s*)?(?::[^{;]*)?\{/;
const ENTRY = /^(?:int|void|auto)?\s*main\s*\(/;
function cKind(it) {
    const h = it.head;
    if (h.startsWith('#'))
        return 'preprocessor';
    if (ENTRY.test(h.replace(/^(?:static\s+)?/, '')) && it.braced)
        return 'entry';
    if (c_fragment_CONTROL.test(h))
        return 'statement';
    if (TYPE_START.test(h))
        return 'type';
    if (it.braced && C_FUNCTION.test(h))
        return 'function';
    if (C_DECLARATION.test(h))
        return /^[^=]*\)\s*;$/.test(h) ? 'function' : 'variable';
    return 'statement';
}
const HEADERS = ['assert', 'ctype', 'errno', 'inttypes', 'limits', 'math', 'stdbool', 'stddef', 'stdint', 'stdio', 'stdlib', 'string', 'time'];
/** One header with the others, so the fragment gets them all on one line of the program. */
const C_PRELUDE = { path: 'sandbox-checks-std.h', content: `${HEADERS.map((h) => `#include <${h}.h>`).join('\n')}\n` };
const C_RULES = {
    kind: cKind,
    prelude: [`#include "${C_PRELUDE.path}"`],
    entryOpen: () => 'int main(void) {',
    entryClose: 'return 0; }',
    declarationsTail: '',
};

;// CONCATENATED MODULE: ./src/languages/c.ts
// C: gcc compiles, the binary runs; fragments get the common standard
// headers and an `int main(void)` around their statements (c-fragment.ts).




const c = defineLanguage({
    id: 'c',
    label: 'C',
    aliases: ['h'],
    extensions: ['.c'],
    fileName: 'main.c',
    tools: ['gcc'],
    debian: { gcc: 'gcc' },
    compile: (e) => `mkdir -p .bin && gcc -O2 -o .bin/main ${sh(e)} -lm`,
    check: (e) => `gcc -fsyntax-only ${sh(e)}`,
    run: () => `./.bin/main`,
    snippets: {
        shape: (i) => fragmentShape(i, C_RULES, { hashLines: true }, [{ path: C_PRELUDE.path, content: Buffer.from(C_PRELUDE.content) }]),
    },
});

;// CONCATENATED MODULE: ./src/languages/cpp-fragment.ts
// C++ blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main()`, with the whole standard library included
// (`<bits/stdc++.h>`: documentation rarely shows its includes). Rules:
// src/languages/fragments.ts.

const cpp_fragment_TYPE_START = /^(class|namespace|template|using|typedef|struct|union|enum|concept|export|module|import)\b/;
/** `std::vector<int> v{…};`, `auto x = …;`: a declaration of a variable. */
const CPP_VARIABLE = /^(?:(?:static|extern|const|constexpr|inline|thread_local|unsigned|signed|volatile|long|short)\s+)*[A-Za-z_][\w:]*(?:<[^;=]*>)?(?:\s*[*&]+\s*|\s+)[\s*&]*[A-Za-z_]\w*\s*(?:\[[^\]]*\]\s*)*(?:=|;|,|\{|\()/;
function cppKind(it) {
    const h = it.head;
    if (cpp_fragment_TYPE_START.test(h))
        return 'type';
    const k = cKind(it);
    if (k !== 'statement')
        return k;
    if (CPP_VARIABLE.test(h) && !/^[\w:]+\s*(<<|>>)/.test(h) && !/^return\b/.test(h))
        return 'variable';
    return 'statement';
}
const CPP_RULES = {
    kind: cppKind,
    prelude: ['#include <bits/stdc++.h>'],
    entryOpen: () => 'int main() {',
    entryClose: 'return 0; }',
    declarationsTail: '',
};

;// CONCATENATED MODULE: ./src/languages/cpp.ts
// C++: g++ (C++17) compiles, the binary runs; fragments get the whole
// standard library and an `int main()` around their statements
// (cpp-fragment.ts).




const cpp = defineLanguage({
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

;// CONCATENATED MODULE: ./src/languages/csharp-fragment.ts
// C# blocks without `Main`. The compiler here (Mono's mcs) has no top-level
// statements, so statements go inside `static void Main` (async when they
// await) of a class, with .NET's implicit global usings; methods before them
// become static members; type declarations alone are compiled only (with an
// empty entry point so they link). Rules: src/languages/fragments.ts.
const csharp_fragment_MODIFIERS = '(?:(?:public|private|protected|internal|static|sealed|abstract|partial|readonly|ref|unsafe|async|virtual|override|extern|new|const)\\s+)*';
const ATTRIBUTES = '(?:\\[[^\\]]*\\]\\s*)*';
const csharp_fragment_TYPE = new RegExp(`^${ATTRIBUTES}${csharp_fragment_MODIFIERS}(?:class|struct|interface|enum|record|delegate|namespace)\\b`);
const csharp_fragment_METHOD = new RegExp(`^${ATTRIBUTES}${csharp_fragment_MODIFIERS}[\\w<>\\[\\],.?()]+\\s+\\w+\\s*(?:<[^>]*>)?\\s*\\([^)]*\\)\\s*(?:where[^{]*)?\\{`);
const csharp_fragment_VARIABLE = new RegExp(`^${ATTRIBUTES}${csharp_fragment_MODIFIERS}[\\w.]+(?:\\s*<[^;=()]*>)?(?:\\s*\\[\\s*\\])*\\??\\s+\\w+\\s*(?:=|;|,)`);
const csharp_fragment_CONTROL = /^(if|for|foreach|while|do|switch|return|throw|try|break|continue|yield|lock|using\s*\(|await)\b/;
function csharpKind(it) {
    const h = it.head;
    if (/^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>]+)?\s*;$/.test(h))
        return 'import';
    if (/\bstatic\s+(async\s+)?[\w.<>]+\s+Main\s*\(/.test(h))
        return 'entry';
    if (csharp_fragment_TYPE.test(h))
        return 'type';
    if (csharp_fragment_CONTROL.test(h))
        return 'statement';
    if (it.braced && csharp_fragment_METHOD.test(h))
        return 'function';
    if (!it.braced && csharp_fragment_VARIABLE.test(h) && !/^return\b/.test(h))
        return 'variable';
    return 'statement';
}
/** What .NET's implicit global usings bring (the ones mcs has without extra references). */
const USINGS = ['System', 'System.Collections.Generic', 'System.IO', 'System.Linq', 'System.Threading', 'System.Threading.Tasks'];
const CSHARP_RULES = {
    kind: csharpKind,
    prelude: [USINGS.map((u) => `using ${u};`).join(' ')],
    classOpen: 'class Program {',
    member: (line, it) => (/\bstatic\b/.test(it.head.split('(')[0]) || /^\s*(const|\[)/.test(line) ? line : line.replace(/^(\s*)/, '$1static ')),
    entryOpen: (code) => (/\bawait\b/.test(code) ? 'static async Task Main(string[] args) {' : 'static void Main(string[] args) {'),
    entryClose: '}\n}',
    declarationsTail: '\nstatic class SandboxChecksEntry { static void Main() {} }',
    membersTail: 'static void Main() {}',
};

;// CONCATENATED MODULE: ./src/languages/csharp.ts
// C#: Mono's mcs compiles to .bin/main.exe, mono runs it; fragments get
// .NET's implicit usings and a `static void Main` (csharp-fragment.ts).




const csharp = defineLanguage({
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

;// CONCATENATED MODULE: ./src/languages/bash-transcript.ts
// Shell transcripts as cram and txm-style docs write them: `$ command` lines,
// each followed by the output it prints. Every command runs in order in one
// Bash (so `cd` and variables carry over), with stderr merged into stdout as
// a terminal shows it, and its output is compared with the lines under it by
// cram's rules (src/engine/sections.ts).
//
//   - A line `$ cmd` (or `$` alone) starts a command; a command continues on
//     the next lines while it ends in `\`, and on lines that start with `> `
//     right after it (the shell's continuation prompt, as cram writes it).
//   - Everything else up to the next `$ ` line is that command's output.
//   - Text before the first `$ ` makes the block an ordinary script.

const PROMPT = /^\$( |$)/;
/** Does the block read as a transcript (its first non-blank line is a `$ ` prompt)? */
function isTranscript(code) {
    const first = code.split('\n').find((l) => l.trim() !== '');
    return first !== undefined && PROMPT.test(first.trimStart());
}
/** The commands of a transcript block whose first line of code is Markdown line `codeLine`. */
function parseTranscript(code, codeLine) {
    const commands = [];
    const lines = code.split('\n');
    let cur;
    let continuing = false;
    let justCommand = false;
    lines.forEach((raw, i) => {
        const line = raw.replace(/\s+$/, '');
        const lead = raw.length - raw.trimStart().length;
        const body = raw.slice(lead);
        if (cur && continuing) {
            const text = body.startsWith('> ') ? body.slice(2) : body === '>' ? '' : raw;
            cur.command += `\n${text}`;
            continuing = /\\$/.test(text.replace(/\s+$/, ''));
            return;
        }
        if (PROMPT.test(body)) {
            cur = { line: codeLine + i, command: body.slice(2), expected: [] };
            commands.push(cur);
            continuing = /\\$/.test(line);
            justCommand = true;
            return;
        }
        if (cur && justCommand && (body.startsWith('> ') || body === '>')) {
            cur.command += `\n${body.slice(2)}`;
            continuing = /\\$/.test(line);
            return;
        }
        justCommand = false;
        cur?.expected.push(line);
    });
    for (const c of commands)
        while (c.expected.length && c.expected[c.expected.length - 1] === '')
            c.expected.pop();
    return commands;
}
/** Does any command of the transcript show output (a claim to check)? */
function showsOutput(commands) {
    return commands.some((c) => c.expected.length > 0);
}
/**
 * The Bash program that runs the commands and marks where each one's output
 * ends, and the expectation that compares them. Commands keep their own
 * Markdown line numbers in the program (`$` becomes a space).
 */
function transcriptProgram(commands, codeLine) {
    const nonce = (0,src_crypto/* randomBytes */.po)(9).toString('hex');
    const out = [];
    const pad = (line) => {
        while (out.length < line - 1)
            out.push('');
    };
    // Each command's group is closed at the start of the next command's line,
    // so every command stays on its Markdown line. Commands do not read the
    // rest of the program as their input.
    let close = 'exec </dev/null; ';
    for (const [i, c] of commands.entries()) {
        pad(c.line);
        const text = c.command.split('\n');
        text[0] = `${close}{ ${text[0].trim() ? text[0] : ":"}`;
        out.push(...text);
        close = `} 2>&1; printf '\\n@@SCS:${nonce}:${i}:%d@@\\n' "$?"; `;
    }
    out.push(close.replace(/; $/, ""));
    void codeLine;
    return {
        program: `${out.join('\n')}\n`,
        sections: {
            nonce,
            items: commands.map((c) => ({ label: `\`$ ${c.command.split('\n')[0].slice(0, 60)}\``, line: c.line, expected: c.expected, mode: 'cram' })),
        },
    };
}

;// CONCATENATED MODULE: ./src/languages/bash.ts
// Bash: bash runs the file; ```console (and other terminal) blocks that are
// `$ ` transcripts run as Bash and compare each command's output
// (bash-transcript.ts); sessions source every block into one shell, from a
// driver written for the session's blocks.



/** Info strings of terminal sessions: run when they are `$ ` transcripts that show output. */
const TRANSCRIPT_LANGS = new Set(['console', 'shell-session', 'shellsession', 'terminal', 'sh-session', 'bash-session']);
function bash_shape(i) {
    const { block } = i;
    if (!isTranscript(block.code))
        return undefined;
    const setup = i.setups.map((s) => s.code).join('\n');
    const commands = parseTranscript(block.code, block.codeLine);
    const last = commands[commands.length - 1];
    let usedOutput = false;
    if (i.output && last && last.expected.length === 0) {
        last.expected = i.output.code.split('\n');
        usedOutput = true;
    }
    const t = transcriptProgram(commands, block.codeLine);
    return {
        program: setup ? `${setup}\n${t.program}` : t.program,
        sessionProgram: t.program,
        expect: { sections: t.sections },
        note: `shell transcript: ${commands.length} command${commands.length === 1 ? '' : 's'} compared with their output`,
        usedOutput,
        bless: usedOutput
            ? undefined
            : {
                kind: 'sections',
                file: i.file,
                style: 'cram',
                ranges: commands.map((c) => {
                    const from = c.line + c.command.split('\n').length;
                    return { from, to: from + c.expected.length - 1, prefix: i.prefix ?? '' };
                }),
            },
    };
}
/**
 * The session driver: one script sourcing each block in turn. It is written
 * for the session's blocks (Bash has no safe way to loop over files while
 * leaving the blocks' own variables and traps alone); the nonce is read from
 * session.json, which is then removed, so neither it nor this script keeps it
 * in the workspace.
 */
function bash_driver(blocks) {
    const lines = [
        '__sandbox_checks_root=$PWD',
        'IFS= read -r __sandbox_checks_spec < "$__sandbox_checks_root"/.sandbox-checks/session.json',
        'rm -f "$__sandbox_checks_root"/.sandbox-checks/session.json',
        '[[ $__sandbox_checks_spec =~ \\"marker\\":\\"([0-9a-f]+)\\" ]] && __sandbox_checks_m=${BASH_REMATCH[1]}',
        'unset __sandbox_checks_spec',
        '__sandbox_checks_ms() { if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); else echo 0; fi; }',
    ];
    for (const it of blocks) {
        const file = `"$__sandbox_checks_root"/${sh(it.path)}`;
        const stop = it.want === 'nonzero' ? '[ "$__sandbox_checks_rc" != 0 ]' : `[ "$__sandbox_checks_rc" = ${it.want} ]`;
        lines.push(`printf '@@SC:%s:B:${it.index}@@\\n' "$__sandbox_checks_m"`, '__sandbox_checks_t=$(__sandbox_checks_ms)', it.noRun ? `bash -n ${file}` : `. ${file}`, '__sandbox_checks_rc=$?', `printf '@@SC:%s:E:${it.index}:%s:%s@@\\n' "$__sandbox_checks_m" "$__sandbox_checks_rc" "$(( $(__sandbox_checks_ms) - __sandbox_checks_t ))"`, `printf '@@SC:%s:E:${it.index}@@\\n' "$__sandbox_checks_m" >&2`, `${stop} || exit 0`);
    }
    lines.push('exit 0');
    return `${lines.join('\n')}\n`;
}
const bash = defineLanguage({
    id: 'bash',
    label: 'Bash',
    aliases: ['sh', 'shell', 'zsh'],
    extensions: ['.sh', '.bash'],
    fileName: 'main.sh',
    tools: ['bash'],
    debian: { bash: 'bash' },
    check: (e) => `bash -n ${sh(e)}`,
    run: (e) => `bash ${sh(e)}`,
    session: { blockExtension: 'sh', driverFile: 'driver.sh', driver: bash_driver },
    snippets: {
        claims: (block, marked) => TRANSCRIPT_LANGS.has(block.lang) && isTranscript(block.code) && (marked || showsOutput(parseTranscript(block.code, block.codeLine))),
        shape: bash_shape,
    },
});

;// CONCATENATED MODULE: ./src/languages/index.ts
// The languages sandbox-checks runs: one module each, one line here. Adding a
// language is a new src/languages/<id>.ts (a Language, language.ts, passed to
// defineLanguage) and its import below; the planner, the engine, the
// providers, the E2B template and setup.sh read it from here. The order of
// the lines is the order reports and messages list the languages in.

















/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   mg: () => (/* binding */ MAX_PROBLEMS_SHOWN)
/* harmony export */ });
/* unused harmony exports MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, MAX_CHECKS, MAX_CONFIG_BYTES, MAX_LIST_ENTRIES, MAX_RULES */
// The limits every check has unless the workflow or the config says otherwise,
// and the bounds any setting must stay within. Every layer reads them here:
// the validator to refuse, the planner to fill in, the engine to clamp.
const DEFAULT_LIMITS = {
    timeoutMs: 30_000,
    memoryBytes: 512 * 1024 ** 2,
    processes: 256,
    outputBytes: 10 * 1024 ** 2,
    fileSizeBytes: 64 * 1024 ** 2,
    openFiles: 1024,
    installTimeoutMs: 5 * 60_000,
};
const MIN_TIMEOUT_MS = 100;
/** E2B sandboxes live at most 1 h on the Hobby plan; nothing should run longer. */
const MAX_TIMEOUT_MS = (/* unused pure expression or super */ null && (60 * 60_000));
/** Checks one plan may hold: every report stays within its budget, and memory with it. */
const MAX_CHECKS = 5_000;
/** Bytes a config file may hold: far past any real one (inline code included), and parsing stays well under a second. */
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** Entries one list of a config may hold (globs, packages, args, …). */
const MAX_LIST_ENTRIES = 1_000;
/** `[[snippets.rule]]` sections one config may hold. */
const MAX_RULES = 1_000;
/** Problems one report lists; the rest are counted ("and N more"). */
const MAX_PROBLEMS_SHOWN = 50;


/***/ }),

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SandboxUnavailableError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The one interface every sandbox source implements. Nothing above this layer
// knows which provider it talks to.

/**
 * The sandbox could not be made at all (no bubblewrap, no E2B key, a bad
 * network setting in the workflow): not the checked code's fault. Thrown by
 * a provider's probe or create; the CLI exits 2 with it.
 */
class SandboxUnavailableError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SandboxChecksError */ .Ng {
    remediation;
    constructor(message, remediation) {
        super(remediation ? `${message}\n${remediation}` : message, 2);
        this.remediation = remediation;
        this.name = 'SandboxUnavailableError';
    }
}


/***/ }),

/***/ 1680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
// Quoting for POSIX shells, written once: every command both providers run
// goes through `sh -c`, and a word that comes from a repository (a file name,
// a package, an argument) must reach the program as one literal word.
/** One literal word for `sh`: single-quoted, with `'` spelled `'\''`. */
function shellQuote(word) {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 5228:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "dda978f1d4733b30d905.cjs";

/***/ }),

/***/ 1902:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "88caf436bf6740656e85.php";

/***/ }),

/***/ 3059:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "b7bceaa439a905b5db72.py";

/***/ }),

/***/ 7134:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "367c7f624dde39c43747.rb";

/***/ })

};
