export const id = 841;
export const ids = [841];
export const modules = {

/***/ 4048:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isTranscript = isTranscript;
exports.parseTranscript = parseTranscript;
exports.showsOutput = showsOutput;
exports.transcriptProgram = transcriptProgram;
const node_crypto_1 = __webpack_require__(7598);
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
    const nonce = (0, node_crypto_1.randomBytes)(9).toString('hex');
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


/***/ }),

/***/ 8051:
/***/ ((__unused_webpack_module, exports) => {


// C blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main(void)`, with the common standard headers included
// (documentation rarely shows them). Rules: src/plan/fragments.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.C_RULES = exports.C_PRELUDE = exports.C_FUNCTION = exports.C_DECLARATION = void 0;
exports.cKind = cKind;
const CONTROL = /^(if|for|while|do|switch|return|goto|break|continue|else|case|default)\b/;
const TYPE_START = /^(typedef|struct|union|enum)\b/;
const QUALIFIERS = '(?:(?:static|extern|const|unsigned|signed|volatile|register|inline|_Thread_local|long|short)\\s+)*';
/** `type name`, `type *name`, `type name[…]`, `type name(…)`: a declaration. */
exports.C_DECLARATION = new RegExp(`^${QUALIFIERS}[A-Za-z_]\\w*(?:\\s*\\*+\\s*|\\s+)[\\s*]*[A-Za-z_]\\w*\\s*(?:\\[[^\\]]*\\]\\s*)*(?:=|;|,|\\()`);
/** A function definition: a declarator with parameters, then a body. */
exports.C_FUNCTION = /^[\w\s*&:<>,~]*?[\w~]+\s*\([^{;]*\)\s*(?:const\s*)?(?:noexcept\s*)?(?:override\s*)?(?::[^{;]*)?\{/;
const ENTRY = /^(?:int|void|auto)?\s*main\s*\(/;
function cKind(it) {
    const h = it.head;
    if (h.startsWith('#'))
        return 'preprocessor';
    if (ENTRY.test(h.replace(/^(?:static\s+)?/, '')) && it.braced)
        return 'entry';
    if (CONTROL.test(h))
        return 'statement';
    if (TYPE_START.test(h))
        return 'type';
    if (it.braced && exports.C_FUNCTION.test(h))
        return 'function';
    if (exports.C_DECLARATION.test(h))
        return /^[^=]*\)\s*;$/.test(h) ? 'function' : 'variable';
    return 'statement';
}
const HEADERS = ['assert', 'ctype', 'errno', 'inttypes', 'limits', 'math', 'stdbool', 'stddef', 'stdint', 'stdio', 'stdlib', 'string', 'time'];
/** One header with the others, so the fragment gets them all on one line of the program. */
exports.C_PRELUDE = { path: 'sandbox-checks-std.h', content: `${HEADERS.map((h) => `#include <${h}.h>`).join('\n')}\n` };
exports.C_RULES = {
    kind: cKind,
    prelude: [`#include "${exports.C_PRELUDE.path}"`],
    entryOpen: () => 'int main(void) {',
    entryClose: 'return 0; }',
    declarationsTail: '',
};


/***/ }),

/***/ 5003:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// C++ blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main()`, with the whole standard library included
// (`<bits/stdc++.h>`: documentation rarely shows its includes). Rules:
// src/plan/fragments.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CPP_RULES = void 0;
exports.cppKind = cppKind;
const c_fragment_js_1 = __webpack_require__(8051);
const TYPE_START = /^(class|namespace|template|using|typedef|struct|union|enum|concept|export|module|import)\b/;
/** `std::vector<int> v{…};`, `auto x = …;`: a declaration of a variable. */
const CPP_VARIABLE = /^(?:(?:static|extern|const|constexpr|inline|thread_local|unsigned|signed|volatile|long|short)\s+)*[A-Za-z_][\w:]*(?:<[^;=]*>)?(?:\s*[*&]+\s*|\s+)[\s*&]*[A-Za-z_]\w*\s*(?:\[[^\]]*\]\s*)*(?:=|;|,|\{|\()/;
function cppKind(it) {
    const h = it.head;
    if (TYPE_START.test(h))
        return 'type';
    const k = (0, c_fragment_js_1.cKind)(it);
    if (k !== 'statement')
        return k;
    if (CPP_VARIABLE.test(h) && !/^[\w:]+\s*(<<|>>)/.test(h) && !/^return\b/.test(h))
        return 'variable';
    return 'statement';
}
exports.CPP_RULES = {
    kind: cppKind,
    prelude: ['#include <bits/stdc++.h>'],
    entryOpen: () => 'int main() {',
    entryClose: 'return 0; }',
    declarationsTail: '',
};


/***/ }),

/***/ 4533:
/***/ ((__unused_webpack_module, exports) => {


// C# blocks without `Main`. The compiler here (Mono's mcs) has no top-level
// statements, so statements go inside `static void Main` (async when they
// await) of a class, with .NET's implicit global usings; methods before them
// become static members; type declarations alone are compiled only (with an
// empty entry point so they link). Rules: src/plan/fragments.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CSHARP_RULES = void 0;
exports.csharpKind = csharpKind;
const MODIFIERS = '(?:(?:public|private|protected|internal|static|sealed|abstract|partial|readonly|ref|unsafe|async|virtual|override|extern|new|const)\\s+)*';
const ATTRIBUTES = '(?:\\[[^\\]]*\\]\\s*)*';
const TYPE = new RegExp(`^${ATTRIBUTES}${MODIFIERS}(?:class|struct|interface|enum|record|delegate|namespace)\\b`);
const METHOD = new RegExp(`^${ATTRIBUTES}${MODIFIERS}[\\w<>\\[\\],.?()]+\\s+\\w+\\s*(?:<[^>]*>)?\\s*\\([^)]*\\)\\s*(?:where[^{]*)?\\{`);
const VARIABLE = new RegExp(`^${ATTRIBUTES}${MODIFIERS}[\\w.]+(?:\\s*<[^;=()]*>)?(?:\\s*\\[\\s*\\])*\\??\\s+\\w+\\s*(?:=|;|,)`);
const CONTROL = /^(if|for|foreach|while|do|switch|return|throw|try|break|continue|yield|lock|using\s*\(|await)\b/;
function csharpKind(it) {
    const h = it.head;
    if (/^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>]+)?\s*;$/.test(h))
        return 'import';
    if (/\bstatic\s+(async\s+)?[\w.<>]+\s+Main\s*\(/.test(h))
        return 'entry';
    if (TYPE.test(h))
        return 'type';
    if (CONTROL.test(h))
        return 'statement';
    if (it.braced && METHOD.test(h))
        return 'function';
    if (!it.braced && VARIABLE.test(h) && !/^return\b/.test(h))
        return 'variable';
    return 'statement';
}
/** What .NET's implicit global usings bring (the ones mcs has without extra references). */
const USINGS = ['System', 'System.Collections.Generic', 'System.IO', 'System.Linq', 'System.Threading', 'System.Threading.Tasks'];
exports.CSHARP_RULES = {
    kind: csharpKind,
    prelude: [USINGS.map((u) => `using ${u};`).join(' ')],
    classOpen: 'class Program {',
    member: (line, it) => (/\bstatic\b/.test(it.head.split('(')[0]) || /^\s*(const|\[)/.test(line) ? line : line.replace(/^(\s*)/, '$1static ')),
    entryOpen: (code) => (/\bawait\b/.test(code) ? 'static async Task Main(string[] args) {' : 'static void Main(string[] args) {'),
    entryClose: '}\n}',
    declarationsTail: '\nstatic class SandboxChecksEntry { static void Main() {} }',
    membersTail: 'static void Main() {}',
};


/***/ }),

/***/ 230:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.goKind = goKind;
exports.goExamples = goExamples;
exports.goShape = goShape;
const node_crypto_1 = __webpack_require__(7598);
const fragments_js_1 = __webpack_require__(5082);
const program_js_1 = __webpack_require__(9163);
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
const GO_RULES = (imports) => ({
    kind: goKind,
    first: ['package main'],
    prelude: imports ? [imports] : [],
    entryOpen: () => 'func main() {',
    entryClose: '}',
    declarationsTail: '\nfunc main() {}',
    variablesJoin: false,
});
/** The `// Output:` comment of each Example function of the code (lines from `codeLine`). */
function goExamples(code, codeLine) {
    const lines = code.split('\n');
    const out = [];
    for (const it of (0, fragments_js_1.topLevelItems)(code, { newlineEnds: true })) {
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
    const items = (0, fragments_js_1.topLevelItems)(code, { newlineEnds: true });
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
        const nonce = (0, node_crypto_1.randomBytes)(9).toString('hex');
        const lines = code.split('\n');
        // Imports must come first: the driver's goes on the package clause's line.
        if (pkg)
            lines[pkg.start] = lines[pkg.start].replace(/^\s*package\s+\w+/, 'package main; import __sc_os "os"');
        const calls = examples.map((e, i) => `${e.name}(); __sc_os.Stdout.WriteString("\\n@@SCS:${nonce}:${i}:0@@\\n")`).join('; ');
        const before = [`import __sc_os "os"${imports ? `; ${imports}` : ''}`, ...setups.map((s) => s.code)];
        return {
            program: (0, program_js_1.layoutProgram)(pkg ? [] : ['package main'], pkg ? [] : before, pkg ? lines.join('\n') : code, `\nfunc main() { ${calls} }`, codeLine),
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
        return { program: (0, program_js_1.layoutProgram)([], [], code, '\nfunc main() {}', codeLine), how: 'declarations' };
    }
    if (kinds.includes('entry')) {
        return { program: (0, program_js_1.layoutProgram)(['package main'], [imports, ...setups.map((s) => s.code)].filter(Boolean), code, '', codeLine), how: 'as_written' };
    }
    const r = (0, fragments_js_1.fragmentProgram)(code, codeLine, setups, GO_RULES(imports), { newlineEnds: true });
    return r && { program: r.program, how: r.how };
}


/***/ }),

/***/ 2284:
/***/ ((__unused_webpack_module, exports) => {


// Java blocks without a `main` method, run as jshell would run them: with
// jshell's default imports, statements inside `public static void main`,
// methods and fields written before them as static members of the class
// around it, classes alone compiled only. Rules: src/plan/fragments.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JAVA_RULES = void 0;
exports.javaKind = javaKind;
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
exports.JAVA_RULES = {
    kind: javaKind,
    prelude: [JSHELL_IMPORTS.map((p) => `import ${p}.*;`).join(' ')],
    classOpen: 'public class Main {',
    member: (line, it) => (/\bstatic\b/.test(it.head.split('(')[0].split('{')[0]) ? line : line.replace(/^(\s*)/, '$1static ')),
    entryOpen: () => 'public static void main(String[] args) throws Exception {',
    entryClose: '}\n}',
    declarationsTail: '',
};


/***/ }),

/***/ 5906:
/***/ ((__unused_webpack_module, exports) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DOCTEST_FLAGS = exports.isSphinxDoctest = exports.SPHINX_DOCTEST_FLAGS = exports.DOCTEST_LANGS = void 0;
exports.isDoctest = isDoctest;
exports.doctestProgram = doctestProgram;
/** Does a Python block read as an interactive session? */
function isDoctest(code) {
    const first = code.split('\n').find((l) => l.trim() !== '');
    return first !== undefined && /^>>>( |$)/.test(first.trimStart());
}
/** Info-string words that name a Python session rather than a script. */
exports.DOCTEST_LANGS = new Set(['pycon', 'python-repl', 'pyrepl', 'doctest']);
/**
 * The Python program running `code` (Markdown lines from `codeLine`) as a
 * doctest. `setup` is run first (hidden setup of the file); `flags` are
 * doctest option names enabled for every example (e.g. ELLIPSIS).
 */
function doctestProgram(code, codeLine, file, setup = '', flags = []) {
    const flagExpr = flags.length ? flags.map((f) => `__sc_doctest.${f}`).join(' | ') : '0';
    // JSON strings are valid Python string literals for any text.
    return `${setup ? `${setup}\n` : ''}import doctest as __sc_doctest, sys as __sc_sys
def __sc_run():
    parser = __sc_doctest.DocTestParser()
    test = parser.get_doctest(${JSON.stringify(code)}, globals(), ${JSON.stringify(file)}, ${JSON.stringify(file)}, ${codeLine - 1})
    runner = __sc_doctest.DocTestRunner(verbose=False, optionflags=${flagExpr})
    runner.run(test, out=__sc_sys.stderr.write, clear_globs=False)
    # DocTest works on a copy of the globals: what the examples defined goes back for the next blocks.
    globals().update(test.globs)
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
exports.SPHINX_DOCTEST_FLAGS = ['ELLIPSIS', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_TRUE_FOR_1'];
/** Is the block Sphinx's doctest directive (```{doctest})? */
const isSphinxDoctest = (info) => /^\{\s*doctest\s*\}/.test(info.trim());
exports.isSphinxDoctest = isSphinxDoctest;
/** doctest option names a rule or block may turn on for every example. */
exports.DOCTEST_FLAGS = ['ELLIPSIS', 'NORMALIZE_WHITESPACE', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_BLANKLINE', 'DONT_ACCEPT_TRUE_FOR_1'];


/***/ }),

/***/ 8234:
/***/ ((__unused_webpack_module, exports) => {


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
// blank lines the program starts with (see src/plan/program.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RUST_EDITION_ENV = void 0;
exports.rustdocAttrs = rustdocAttrs;
exports.unhide = unhide;
exports.hasMain = hasMain;
exports.rustdocShape = rustdocShape;
exports.RUST_EDITION_ENV = 'SANDBOX_CHECKS_RUST_EDITION';
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


/***/ }),

/***/ 4815:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Changed-only snippet runs: which files, and which lines of them, a change
// touches. Two sources give the same shape: `git diff` for the CLI's
// `--changed-since REF`, and the GitHub API's "list files for a pull request"
// for the Action (`changedFromPullRequestFiles`).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChangedFilesError = void 0;
exports.hunkRanges = hunkRanges;
exports.touches = touches;
exports.changedFromPullRequestFiles = changedFromPullRequestFiles;
exports.parseGitDiff = parseGitDiff;
exports.changedSinceGit = changedSinceGit;
exports.changesOf = changesOf;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
class ChangedFilesError extends Error {
}
exports.ChangedFilesError = ChangedFilesError;
/** Line ranges a unified diff's hunks add or change, on the new side. Deletions count at the line they sit after. */
function hunkRanges(patch) {
    const ranges = [];
    for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        // A pure deletion (+N,0) happened between line N and N+1.
        ranges.push(count === 0 ? { start: start + 0.5, end: start + 0.5 } : { start, end: start + count - 1 });
    }
    return ranges;
}
/** Does a change touch lines first..last (inclusive)? */
function touches(changed, first, last) {
    if (changed === undefined)
        return false;
    if (changed === 'all')
        return true;
    return changed.some((r) => r.start <= last && r.end >= first);
}
/** The Action's input: the files of a pull request, as the GitHub API lists them. */
function changedFromPullRequestFiles(files, root, label = 'the pull request') {
    const out = new Map();
    for (const f of files) {
        if (f.status === 'removed')
            continue;
        const added = f.status === 'added' || f.status === 'copied';
        out.set(toPosix(f.filename), added || !f.patch ? 'all' : hunkRanges(f.patch));
    }
    return { root: node_path_1.default.resolve(root), files: out, label };
}
/** Splits a multi-file `git diff` into per-file changed ranges (new-side paths). */
function parseGitDiff(diff) {
    const out = new Map();
    let current;
    let isNew = false;
    let body = '';
    const flush = () => {
        if (current !== undefined)
            out.set(current, isNew ? 'all' : hunkRanges(body));
    };
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            flush();
            current = undefined;
            isNew = false;
            body = '';
        }
        else if (line.startsWith('new file mode')) {
            isNew = true;
        }
        else if (line.startsWith('+++ ')) {
            const p = line.slice(4);
            current = p === '/dev/null' ? undefined : stripPrefix(unquoteGit(p));
        }
        else if (line.startsWith('@@')) {
            body += `${line}\n`;
        }
    }
    flush();
    return out;
}
function stripPrefix(p) {
    return p.startsWith('b/') ? p.slice(2) : p;
}
/** git quotes paths with unusual bytes as C strings: "a\303\251.md". */
function unquoteGit(p) {
    if (!p.startsWith('"'))
        return p;
    const bytes = [];
    const s = p.slice(1, -1);
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c));
            continue;
        }
        const n = s[++i];
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(s.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push({ n: 10, t: 9, r: 13, '"': 34, '\\': 92 }[n] ?? n.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
const toPosix = (p) => p.split(node_path_1.default.sep).join('/');
function git(args, cwd) {
    return (0, node_child_process_1.execFileSync)('git', ['-c', 'core.quotePath=false', ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 ** 2,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
}
/**
 * What changed between where this branch left REF (their merge base) and the
 * work tree, including files not yet committed or not yet added. `only`
 * limits the diff to these paths (relative to `cwd`).
 */
function changedSinceGit(ref, cwd, only) {
    let root;
    try {
        root = git(['rev-parse', '--show-toplevel'], cwd).trim();
    }
    catch {
        throw new ChangedFilesError(`--changed-since needs a git repository, and ${cwd} is not in one`);
    }
    let base;
    try {
        git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    }
    catch {
        throw new ChangedFilesError(`--changed-since: git does not know "${ref}"; fetch it first (e.g. git fetch origin main, or fetch-depth: 0 in actions/checkout)`);
    }
    try {
        base = git(['merge-base', ref, 'HEAD'], cwd).trim();
    }
    catch {
        // No common history (e.g. a shallow clone): compare with REF itself.
        base = ref;
    }
    const spec = only && only.length ? ['--', ...only.map((p) => node_path_1.default.relative(root, node_path_1.default.resolve(cwd, p)) || '.')] : [];
    const files = new Map();
    // Batches keep the command line short for very many files.
    const batches = spec.length ? chunk(spec.slice(1), 200).map((b) => ['--', ...b]) : [[]];
    for (const batch of batches) {
        const diff = git(['diff', '--no-color', '--no-ext-diff', '--no-renames', '--unified=0', base, ...batch], root);
        for (const [k, v] of parseGitDiff(diff))
            files.set(k, v);
        const untracked = git(['ls-files', '--others', '--exclude-standard', '-z', ...batch], root);
        for (const f of untracked.split('\0').filter(Boolean))
            files.set(toPosix(f), 'all');
    }
    return { root: node_path_1.default.resolve(root), files, label: `changes since ${ref}` };
}
function chunk(xs, n) {
    const out = [];
    for (let i = 0; i < xs.length; i += n)
        out.push(xs.slice(i, i + n));
    return out;
}
/** The changed ranges of a file given relative to `baseDir`, or undefined when it did not change. */
function changesOf(changed, baseDir, rel) {
    const key = toPosix(node_path_1.default.relative(real(changed.root), node_path_1.default.resolve(real(baseDir), rel)));
    return changed.files.get(key);
}
function real(p) {
    try {
        return (0, node_fs_1.realpathSync)(node_path_1.default.resolve(p));
    }
    catch {
        return node_path_1.default.resolve(p);
    }
}


/***/ }),

/***/ 9275:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The conventions documentation is written in, each by its owner's rules:
// shell transcripts (cram), Python interactive sessions (doctest), rustdoc's
// test rules, Go examples and fragments of compiled languages. Each turns a
// block into the program that runs it and what its result must be; the
// rules themselves live with their language (src/languages/*-*.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TRANSCRIPT_LANGS = void 0;
exports.conventionLanguage = conventionLanguage;
exports.shapeBlock = shapeBlock;
const c_fragment_js_1 = __webpack_require__(8051);
const cpp_fragment_js_1 = __webpack_require__(5003);
const csharp_fragment_js_1 = __webpack_require__(4533);
const go_example_js_1 = __webpack_require__(230);
const java_fragment_js_1 = __webpack_require__(2284);
const python_doctest_js_1 = __webpack_require__(5906);
const registry_js_1 = __webpack_require__(4112);
const bash_transcript_js_1 = __webpack_require__(4048);
const rust_doc_js_1 = __webpack_require__(8234);
const fragments_js_1 = __webpack_require__(5082);
/** Info strings of terminal sessions: run when they are `$ ` transcripts that show output. */
exports.TRANSCRIPT_LANGS = new Set(['console', 'shell-session', 'shellsession', 'terminal', 'sh-session', 'bash-session']);
/** The language a block runs in when its info string is a convention's (```console, ```pycon). */
function conventionLanguage(block, marked) {
    if (exports.TRANSCRIPT_LANGS.has(block.lang) && (0, bash_transcript_js_1.isTranscript)(block.code)) {
        if (marked || (0, bash_transcript_js_1.showsOutput)((0, bash_transcript_js_1.parseTranscript)(block.code, block.codeLine)))
            return (0, registry_js_1.getLanguage)('bash');
    }
    if (python_doctest_js_1.DOCTEST_LANGS.has(block.lang) && (0, python_doctest_js_1.isDoctest)(block.code))
        return (0, registry_js_1.getLanguage)('python');
    return undefined;
}
const FRAGMENTS = { c: c_fragment_js_1.C_RULES, cpp: cpp_fragment_js_1.CPP_RULES, java: java_fragment_js_1.JAVA_RULES, csharp: csharp_fragment_js_1.CSHARP_RULES };
/** How the block runs under its convention; undefined when none applies. */
function shapeBlock(i) {
    const { block, lang } = i;
    const setup = i.setups.map((s) => s.code).join('\n');
    switch (lang.id) {
        case 'bash': {
            if (!(0, bash_transcript_js_1.isTranscript)(block.code))
                return undefined;
            const commands = (0, bash_transcript_js_1.parseTranscript)(block.code, block.codeLine);
            const last = commands[commands.length - 1];
            let usedOutput = false;
            if (i.output && last && last.expected.length === 0) {
                last.expected = i.output.code.split('\n');
                usedOutput = true;
            }
            const t = (0, bash_transcript_js_1.transcriptProgram)(commands, block.codeLine);
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
        case 'python': {
            if (!(0, python_doctest_js_1.isDoctest)(block.code))
                return undefined;
            const flags = [...new Set([...((0, python_doctest_js_1.isSphinxDoctest)(block.info) ? python_doctest_js_1.SPHINX_DOCTEST_FLAGS : []), ...(i.doctestFlags ?? [])])];
            return {
                program: (0, python_doctest_js_1.doctestProgram)(block.code, block.codeLine, i.file, setup, flags),
                sessionProgram: (0, python_doctest_js_1.doctestProgram)(block.code, block.codeLine, i.file, '', flags),
                expect: { why: 'doctest: an example printed something else; the report is on stderr' },
                note: 'doctest session',
                bless: { kind: 'doctest', file: i.file, from: block.codeLine, to: block.endLine - 1, prefix: i.prefix ?? '' },
            };
        }
        case 'rust': {
            const a = (0, rust_doc_js_1.rustdocAttrs)(block.options);
            const expect = {};
            const shaped = { program: '', expect };
            if (a.edition)
                shaped.env = { [rust_doc_js_1.RUST_EDITION_ENV]: a.edition };
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
            const wrapped = (0, rust_doc_js_1.rustdocShape)((0, rust_doc_js_1.unhide)(block.code)).wrapped;
            if (wrapped)
                shaped.note = shaped.note ? `${shaped.note}; wrapped in fn main` : 'wrapped in fn main';
            // The program itself is rustdoc's (src/plan/program.ts).
            return shaped;
        }
        case 'go': {
            const g = (0, go_example_js_1.goShape)(block.code, block.codeLine, i.setups);
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
        default: {
            const rules = FRAGMENTS[lang.id];
            if (!rules)
                return undefined;
            const f = (0, fragments_js_1.fragmentProgram)(block.code, block.codeLine, i.setups, rules, { hashLines: lang.id !== 'java' });
            if (!f)
                return undefined;
            return {
                program: f.program,
                files: lang.id === 'c' ? [{ path: c_fragment_js_1.C_PRELUDE.path, content: Buffer.from(c_fragment_js_1.C_PRELUDE.content) }] : undefined,
                noRun: f.how === 'declarations' ? true : undefined,
                expect: {},
                note: (0, fragments_js_1.fragmentNote)(f.how),
            };
        }
    }
}


/***/ }),

/***/ 8213:
/***/ ((__unused_webpack_module, exports) => {


// Other documentation-testing tools' markers, honoured so a document written
// for them needs no edits: their skip markers skip the block, their
// expected-exception markers make it `should_fail`. docs/snippets.md lists
// them.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isForeignMarker = isForeignMarker;
exports.foreignEffect = foreignEffect;
const RULES = [
    { tool: 'pytest-codeblocks', pattern: /^pytest-codeblocks:\s*(skip|skipif\(.*\)|importorskip\(.*\))$/i, effect: 'skip' },
    { tool: 'pytest-codeblocks', pattern: /^pytest-codeblocks:\s*expect-exception(\(.*\))?$/i, effect: 'should_fail' },
    { tool: 'pytest-codeblocks', pattern: /^pytest-codeblocks:\s*[\w-]+(\(.*\))?$/i, effect: 'none' },
    { tool: 'phmdoctest', pattern: /^phmdoctest-(skip|mark\.skip(if.*)?)$/i, effect: 'skip' },
    { tool: 'phmdoctest', pattern: /^phmdoctest-[\w.<>=-]+(\s.*)?$/i, effect: 'none' },
    { tool: 'markdown-doctest', pattern: /^skip-example$/i, effect: 'skip' },
    { tool: 'Sybil', pattern: /^skip:\s*next\b.*$/i, effect: 'skip' },
];
const inside = (html) => html.trim().replace(/^<!--/, '').replace(/-->$/, '').trim();
/** Is this HTML one of the comments other tools put before a block? */
function isForeignMarker(html) {
    const t = html.trim();
    if (!t.startsWith('<!--') || !t.endsWith('-->'))
        return false;
    const body = inside(t);
    return RULES.some((r) => r.pattern.test(body));
}
/** What other tools' comments and info-string words ask of a block. */
function foreignEffect(comments = [], options = []) {
    const e = {};
    for (const c of comments) {
        const body = inside(c.text);
        const rule = RULES.find((r) => r.pattern.test(body));
        if (rule?.effect === 'skip')
            e.skip ??= `by ${rule.tool}'s ${c.text} (line ${c.line})`;
        if (rule?.effect === 'should_fail')
            e.shouldFail = true;
    }
    // pytest-markdown-docs and mktestdocs: ```python notest
    const word = options.find((o) => o.key === 'notest' && o.value === undefined);
    if (word)
        e.skip ??= 'notest';
    return e;
}


/***/ }),

/***/ 5082:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.topLevelItems = topLevelItems;
exports.fragmentProgram = fragmentProgram;
exports.fragmentNote = fragmentNote;
const program_js_1 = __webpack_require__(9163);
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
            return { program: (0, program_js_1.layoutProgram)(rules.first ?? [], before, lines.join('\n'), `\n${rules.membersTail ?? ''}\n}`, codeLine), how: 'declarations' };
        }
        return { program: (0, program_js_1.layoutProgram)(rules.first ?? [], before, lines.join('\n'), rules.declarationsTail, codeLine), how: 'declarations' };
    }
    if (rules.classOpen)
        before.push(rules.classOpen);
    const at = items[wrapAt].start;
    lines[at] = `${rules.entryOpen(code)} ${lines[at]}`;
    return { program: (0, program_js_1.layoutProgram)(rules.first ?? [], before, lines.join('\n'), `\n${rules.entryClose}`, codeLine), how: 'wrapped' };
}
/** The outcome message for how a fragment ran. */
function fragmentNote(how) {
    return how === 'declarations' ? 'compiled only (declarations)' : how === 'wrapped' ? 'wrapped in main' : undefined;
}


/***/ }),

/***/ 8425:
/***/ ((__unused_webpack_module, exports) => {


// A fence's info string and a marker comment's options: `rust,no_run`,
// `python skip timeout=5000`, `{.python}`, quoted values. Pure text; the
// Markdown parser, other tools' markers and the language conventions read
// the options it yields.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseInfo = parseInfo;
exports.parseOptions = parseOptions;
/** Info string → language and options. Options are words or key=value, split by spaces or commas (`rust,no_run`). */
function parseInfo(info) {
    const tokens = tokenize(info.trim());
    let lang = tokens.shift() ?? '';
    lang = lang.replace(/^\{\s*\.?/, '').replace(/\}$/, '').toLowerCase();
    return { lang, options: tokens.map(toOption).filter((o) => !!o) };
}
function parseOptions(text) {
    return tokenize(text.trim()).map(toOption).filter((o) => !!o);
}
function toOption(token) {
    const t = token.replace(/^\{/, '').replace(/\}$/, '');
    if (!t)
        return undefined;
    const eq = t.indexOf('=');
    const rawKey = eq < 0 ? t : t.slice(0, eq);
    const key = rawKey.trim().toLowerCase().replace(/-/g, '_');
    if (!key)
        return undefined;
    if (eq < 0)
        return { key };
    return { key, value: unquote(t.slice(eq + 1)) };
}
function unquote(v) {
    if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))))
        return v.slice(1, -1);
    return v;
}
/**
 * Splits on whitespace outside quotes; a word without `=` is also split on
 * commas (`rust,no_run`), and so is the key side of `a,b=c`; values keep
 * their commas (`packages=numpy,pandas`).
 */
function tokenize(s) {
    const words = [];
    let cur = '';
    let quote = '';
    for (const ch of s) {
        if (quote) {
            cur += ch;
            if (ch === quote)
                quote = '';
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            cur += ch;
        }
        else if (/\s/.test(ch)) {
            if (cur)
                words.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    if (cur)
        words.push(cur);
    const out = [];
    for (const w of words) {
        const eq = w.indexOf('=');
        if (eq < 0)
            out.push(...w.split(',').filter(Boolean));
        else {
            const keys = w.slice(0, eq).split(',');
            const last = keys.pop();
            out.push(...keys.filter(Boolean), `${last}${w.slice(eq)}`);
        }
    }
    return out;
}


/***/ }),

/***/ 1587:
/***/ ((__unused_webpack_module, exports) => {


// Limits on a Markdown file before it reaches the parser. The file comes from
// the repository; the parser (micromark) is synchronous, so a file built to
// be slow or deep must be turned away by its shape: its size, how deep its
// block quotes and lists nest, and how many brackets one paragraph holds (the
// input that makes link parsing quadratic). A file over a limit is a problem
// at file:line with what to do, never a crash or a stalled plan.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MarkdownLimitError = exports.MAX_BRACKETS_PER_PARAGRAPH = exports.MAX_MARKDOWN_DEPTH = exports.MAX_MARKDOWN_BYTES = void 0;
exports.checkMarkdownLimits = checkMarkdownLimits;
/** Largest Markdown file read for snippets. */
exports.MAX_MARKDOWN_BYTES = 1024 ** 2;
/** Deepest nesting of block quotes (and list indentation, in columns / 2) on one line. */
exports.MAX_MARKDOWN_DEPTH = 100;
/** Most `[` in one paragraph (outside code fences). */
exports.MAX_BRACKETS_PER_PARAGRAPH = 5_000;
class MarkdownLimitError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = 'MarkdownLimitError';
    }
}
exports.MarkdownLimitError = MarkdownLimitError;
/** Throws MarkdownLimitError at the first line past a limit. Linear in the text. */
function checkMarkdownLimits(text) {
    const bytes = Buffer.byteLength(text);
    if (bytes > exports.MAX_MARKDOWN_BYTES) {
        throw new MarkdownLimitError(1, `the file is ${(bytes / 1024).toFixed(0)} KiB; Markdown files over ${exports.MAX_MARKDOWN_BYTES / 1024} KiB are not read for snippets (split it, or leave it out of [snippets] paths)`);
    }
    let fence;
    let brackets = 0;
    let paragraphLine = 1;
    let line = 0;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        line++;
        const l = text.slice(start, end);
        start = end + 1;
        // Container prefix: block quote markers, list markers and indentation.
        const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/.exec(l)[0];
        let depth = 0;
        let columns = 0;
        for (const ch of prefix) {
            if (ch === '>')
                depth++;
            else if (ch === ' ')
                columns++;
            else if (ch === '\t')
                columns += 4;
        }
        // Each list marker opens a level too, as each `>` does.
        depth += prefix.match(/[-*+](?=[ \t])|\d{1,9}[.)]/g)?.length ?? 0;
        if (depth + Math.floor(columns / 2) > exports.MAX_MARKDOWN_DEPTH * 2 || depth > exports.MAX_MARKDOWN_DEPTH) {
            throw new MarkdownLimitError(line, `block quotes or lists nest more than ${exports.MAX_MARKDOWN_DEPTH} deep here; such a file is not read for snippets`);
        }
        const rest = l.slice(prefix.length);
        const f = /^(`{3,}|~{3,})/.exec(rest)?.[1];
        if (fence) {
            if (f && f[0] === fence[0] && f.length >= fence.length && rest.slice(f.length).trim() === '')
                fence = undefined;
            continue;
        }
        if (f) {
            fence = f;
            brackets = 0;
            continue;
        }
        if (rest.trim() === '') {
            brackets = 0;
            paragraphLine = line + 1;
            continue;
        }
        for (let i = 0; i < rest.length; i++)
            if (rest.charCodeAt(i) === 0x5b)
                brackets++;
        if (brackets > exports.MAX_BRACKETS_PER_PARAGRAPH) {
            throw new MarkdownLimitError(paragraphLine, `this paragraph holds more than ${exports.MAX_BRACKETS_PER_PARAGRAPH} "[" (link syntax that makes parsing slow); such a file is not read for snippets`);
        }
    }
}


/***/ }),

/***/ 5262:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Markdown → fenced code blocks, with the exact line of each fence, its info
// string split into a language and options, and the `<!-- sandbox-checks: … -->`
// comments that stand right before it. Parsing is CommonMark's (micromark via
// mdast-util-from-markdown): backtick and tilde fences, fences inside lists and
// block quotes, longer fences around shorter ones; indented code is not fenced.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseMarker = parseMarker;
exports.parseMarkdown = parseMarkdown;
const mdast_util_from_markdown_1 = __webpack_require__(2231);
const markdown_limits_js_1 = __webpack_require__(1587);
const foreign_markers_js_1 = __webpack_require__(8213);
const info_string_js_1 = __webpack_require__(8425);
const MARKER_START = /^<!--\s*sandbox-checks\s*:/i;
/** Reads a marker comment; undefined when the HTML is not one. */
function parseMarker(html, line) {
    const text = html.trim();
    const prefix = MARKER_START.exec(text);
    if (!prefix || !text.endsWith('-->'))
        return undefined;
    const inner = text.slice(prefix[0].length, text.length - 3);
    const nl = inner.indexOf('\n');
    const marker = { line, options: (0, info_string_js_1.parseOptions)(nl < 0 ? inner : inner.slice(0, nl)) };
    if (nl >= 0) {
        const body = inner.slice(nl + 1).replace(/\s+$/, '');
        if (body.trim()) {
            marker.body = body;
            const before = text.slice(0, prefix[0].length + nl + 1);
            marker.bodyLine = line + before.split('\n').length - 1;
        }
    }
    return marker;
}
const isFileMarker = (m) => m.body !== undefined || m.options.some((o) => o.key === 'skip_file');
/** Parses a Markdown file; throws MarkdownLimitError (with a line) for a file over a limit (markdown-limits.ts). */
function parseMarkdown(source) {
    (0, markdown_limits_js_1.checkMarkdownLimits)(source);
    // Positions are the same with CRLF; values are normalised to LF below.
    let tree;
    try {
        tree = (0, mdast_util_from_markdown_1.fromMarkdown)(source);
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new markdown_limits_js_1.MarkdownLimitError(1, `the file could not be parsed (${e.message}); it is not read for snippets`);
        throw e;
    }
    const blocks = [];
    const fileMarkers = [];
    const strayMarkers = [];
    const stack = [{ children: tree.children ?? [], at: 0, pending: [], foreign: [] }];
    while (stack.length) {
        const frame = stack[stack.length - 1];
        if (frame.at >= frame.children.length) {
            for (const m of frame.pending)
                strayMarkers.push(m);
            stack.pop();
            continue;
        }
        const node = frame.children[frame.at++];
        if (node.type === 'html') {
            const marker = parseMarker((node.value ?? '').replace(/\r\n?/g, '\n'), node.position.start.line);
            if (marker) {
                if (isFileMarker(marker))
                    fileMarkers.push(marker);
                else
                    frame.pending.push(marker);
                continue;
            }
            if ((0, foreign_markers_js_1.isForeignMarker)(node.value ?? '')) {
                frame.foreign.push({ line: node.position.start.line, text: (node.value ?? '').trim() });
                continue;
            }
        }
        if (node.type === 'code') {
            const start = node.position.start;
            const head = source.slice(start.offset ?? 0, (start.offset ?? 0) + 4);
            const fenced = /^(```|~~~)/.test(head);
            const info = [node.lang, node.meta].filter((x) => !!x).join(' ');
            const { lang, options } = fenced ? (0, info_string_js_1.parseInfo)(info) : { lang: '', options: [] };
            blocks.push({
                index: blocks.length,
                fenced,
                line: start.line,
                endLine: node.position.end.line,
                codeLine: start.line + (fenced ? 1 : 0),
                info,
                lang,
                options,
                code: (node.value ?? '').replace(/\r\n?/g, '\n'),
                markers: frame.pending,
                ...(frame.foreign.length ? { foreign: frame.foreign } : {}),
            });
            frame.pending = [];
            frame.foreign = [];
            continue;
        }
        for (const m of frame.pending)
            strayMarkers.push(m);
        frame.pending = [];
        frame.foreign = [];
        if (node.children)
            stack.push({ children: node.children, at: 0, pending: [], foreign: [] });
    }
    blocks.sort((a, b) => a.line - b.line);
    blocks.forEach((b, i) => (b.index = i));
    return { blocks, fileMarkers, strayMarkers };
}


/***/ }),

/***/ 9163:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The program a Markdown block becomes: its code, after any hidden setup, laid
// out so that line N of the program is line N of the Markdown file — error
// messages and tracebacks then point into the document itself.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.layoutProgram = layoutProgram;
exports.assembleProgram = assembleProgram;
const rust_doc_js_1 = __webpack_require__(8234);
const PHP_OPEN = /^(\s*)<\?php\b[ \t]*/;
/** Drops a leading `<?php` (keeping line breaks) and a trailing `?>`. */
function phpBody(code) {
    return code.replace(PHP_OPEN, '$1').replace(/\?>\s*$/, '');
}
/**
 * `first` lines at the top, then blank lines, then `before` right above the
 * body so that the body starts at Markdown line `bodyLine`; when they do not
 * fit, they come first and the body's lines shift.
 */
function layoutProgram(first, before, body, after, bodyLine) {
    const pad = bodyLine - 1;
    const prefix = [...first, ...before];
    const head = prefix.length <= pad ? [...first, ...new Array(pad - prefix.length).fill(''), ...before] : prefix;
    const text = head.length ? `${head.join('\n')}\n${body}${after}` : `${body}${after}`;
    return text.endsWith('\n') ? text : `${text}\n`;
}
/**
 * Setup code, then the block, padded with blank lines so the block starts at
 * `bodyLine`. Setup sits in the padding when it fits; when it does not, it
 * comes first and the block's lines shift by the difference.
 *   - PHP: one `<?php` at the top; the block's and setups' own tags are dropped
 *     (a block that mixes HTML and PHP keeps its tags: setup runs in a closed
 *     `<?php … ?>` before it).
 *   - Rust: rustdoc's rules (src/languages/rust-doc.ts): hidden `# ` lines,
 *     crate attributes first, `fn main` wrapping.
 */
function assembleProgram(language, setups, code, bodyLine) {
    let body = code;
    let setup = setups.map((s) => s.code);
    const before = [];
    const first = [];
    let after = '';
    if (language === 'php') {
        const template = !PHP_OPEN.test(body) && /<\?(php\b|=)/.test(body);
        setup = setup.map(phpBody);
        if (template) {
            // Blank lines outside PHP tags would be printed: pad inside a closed tag.
            first.push('<?php');
            before.push(...(setup.length ? setup.join('\n').split('\n') : []), '?>');
        }
        else {
            body = body.replace(PHP_OPEN, '$1');
            first.push('<?php');
            before.push(...(setup.length ? setup.join('\n').split('\n') : []));
        }
        setup = [];
    }
    else if (setup.length) {
        before.push(...setup.join('\n').split('\n'));
    }
    if (language === 'rust') {
        const shape = (0, rust_doc_js_1.rustdocShape)((0, rust_doc_js_1.unhide)(code));
        first.push(...shape.head);
        body = shape.body;
        before.splice(0, before.length, ...(setup.length ? setup.map(rust_doc_js_1.unhide).join('\n').split('\n') : []));
        if (shape.open)
            before.push(shape.open);
        after = shape.after;
    }
    return layoutProgram(first, before, body, after, bodyLine);
}


/***/ }),

/***/ 1324:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// `[[snippets.rule]]`: what a maintainer would otherwise write into every
// block, said once for a folder and a language, so documentation runs
// without edits:
//
//   [[snippets.rule]]
//   paths = ["docs/**"]          # Markdown files the rule is for (globs)
//   language = "python"          # optional: only blocks of this language
//   share = "file"               # one session per file and language
//   setup = "import os"          # hidden code before each block (once per session)
//   packages = ["numpy"]         # installed first
//   include = ["fixtures/*.csv"] # files copied into each block's workspace
//   skip = true                  # do not run (reported as skipped)
//   timeout = "10s"              # also memory, network
//   expect = { stderr_contains = "warning" }
//   doctest = ["ELLIPSIS"]       # doctest option flags for >>> blocks
//
// Every rule that matches a block applies, in order; a later rule's scalar
// wins, lists add up. The block's own options win over rules.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.globRegExp = globRegExp;
exports.readRules = readRules;
exports.rulesFor = rulesFor;
exports.foldRules = foldRules;
const node_path_1 = __importDefault(__webpack_require__(6760));
const limits_js_1 = __webpack_require__(351);
const units_js_1 = __webpack_require__(1996);
const python_doctest_js_1 = __webpack_require__(5906);
const registry_js_1 = __webpack_require__(4112);
const files_js_1 = __webpack_require__(28);
/** A glob over repository paths: `**` any folders, `*` and `?` within a name, `{a,b}` either. */
function globRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            i++;
            if (glob[i + 1] === '/') {
                i++;
                re += '(?:.*/)?';
            }
            else
                re += '.*';
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            const end = glob.indexOf('}', i);
            if (end < 0)
                re += '\\{';
            else {
                re += `(?:${glob.slice(i + 1, end).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^(?:\\./)?${re}$`);
}
const asStrings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : undefined);
const asList = (v) => (Array.isArray(v) ? v : []);
/** Reads `[[snippets.rule]]`; problems name the rule's key and line. */
function readRules(config, baseDir, problems) {
    const snippets = (config.raw.snippets ?? {});
    const rules = [];
    asList(snippets.rule).forEach((t, index) => {
        const key = (k) => `snippets.rule[${index}].${k}`;
        const problem = (k, message) => problems.push({ source: config.source, line: config.lines?.get(key(k)) ?? config.lines?.get(`snippets.rule[${index}]`), key: key(k), message });
        const paths = asStrings(t.paths) ?? [];
        if (!paths.length)
            problem('paths', 'a rule needs the Markdown files it is for: paths = ["docs/**"]');
        const rule = { index, match: paths.map(globRegExp), paths, share: false, packages: [], files: [], skip: t.skip === true, expect: {}, doctest: [] };
        if (typeof t.language === 'string') {
            const lang = (0, registry_js_1.findLanguage)(t.language);
            if (!lang)
                problem('language', `unknown language "${t.language}"; known languages: ${(0, registry_js_1.knownLanguages)()}`);
            else
                rule.language = lang.id;
        }
        if (t.share !== undefined) {
            if (t.share === 'file')
                rule.share = true;
            else if (t.share !== 'none')
                problem('share', `share = ${JSON.stringify(t.share)}: expected "file" (one session per file and language) or "none"`);
        }
        if (typeof t.setup === 'string' && t.setup.trim())
            rule.setup = t.setup.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
        rule.packages = asStrings(t.packages) ?? [];
        if (t.timeout !== undefined) {
            const ms = (0, units_js_1.parseDuration)(t.timeout);
            if (ms === undefined || ms < limits_js_1.MIN_TIMEOUT_MS || ms > limits_js_1.MAX_TIMEOUT_MS)
                problem('timeout', `expected milliseconds or a duration like "10s" between ${limits_js_1.MIN_TIMEOUT_MS} ms and ${limits_js_1.MAX_TIMEOUT_MS / 60_000} min`);
            else
                rule.timeoutMs = ms;
        }
        if (t.memory !== undefined)
            rule.memoryBytes = (0, units_js_1.parseSize)(t.memory);
        if (typeof t.network === 'boolean')
            rule.network = t.network;
        const e = (t.expect ?? {});
        if (typeof e.exit_code === 'number')
            rule.expect.exitCode = e.exit_code;
        if (typeof e.stdout === 'string')
            rule.expect.stdoutEquals = e.stdout;
        if (typeof e.stderr === 'string')
            rule.expect.stderrEquals = e.stderr;
        if (asStrings(e.stdout_contains))
            rule.expect.stdoutContains = asStrings(e.stdout_contains);
        if (asStrings(e.stderr_contains))
            rule.expect.stderrContains = asStrings(e.stderr_contains);
        if (typeof e.stdout_matches === 'string')
            rule.expect.stdoutMatches = e.stdout_matches;
        if (typeof e.stderr_matches === 'string')
            rule.expect.stderrMatches = e.stderr_matches;
        for (const f of asStrings(t.doctest) ?? []) {
            const flag = f.toUpperCase().replace(/^\+/, '');
            if (!python_doctest_js_1.DOCTEST_FLAGS.includes(flag))
                problem('doctest', `unknown doctest flag "${f}"; known: ${python_doctest_js_1.DOCTEST_FLAGS.join(', ')}`);
            else
                rule.doctest.push(flag);
        }
        const include = asStrings(t.include) ?? [];
        if (include.length) {
            const found = (0, files_js_1.resolveGlobs)(include, baseDir);
            for (const m of found.problems)
                problem('include', m);
            for (const m of found.missing)
                problem('include', `the include "${m}" matched no files under ${baseDir}`);
            for (const rel of found.files) {
                const r = (0, files_js_1.readCheckFile)(baseDir, rel, { text: false });
                if ('error' in r)
                    problem('include', r.error);
                else
                    rule.files.push({ path: rel.split(node_path_1.default.sep).join('/'), content: r.content });
            }
        }
        rules.push(rule);
    });
    return rules;
}
/** The rules for a block of `language` in `file`, in order. */
function rulesFor(rules, file, language) {
    return rules.filter((r) => (!r.language || r.language === language) && r.match.some((m) => m.test(file)));
}
/** Rules folded into one: later scalars win, lists add up. */
function foldRules(rules) {
    const out = { from: [], share: false, packages: [], files: [], skip: false, expect: {}, doctest: [] };
    const setups = [];
    for (const r of rules) {
        if (r.skip)
            out.from.push(r.index);
        out.share ||= r.share;
        out.skip ||= r.skip;
        if (r.setup)
            setups.push(r.setup);
        out.packages.push(...r.packages);
        out.files.push(...r.files.filter((f) => !out.files.some((x) => x.path === f.path)));
        out.timeoutMs = r.timeoutMs ?? out.timeoutMs;
        out.memoryBytes = r.memoryBytes ?? out.memoryBytes;
        out.network = r.network ?? out.network;
        Object.assign(out.expect, r.expect);
        out.doctest.push(...r.doctest);
    }
    if (setups.length)
        out.setup = setups.join('\n');
    return out;
}


/***/ }),

/***/ 2841:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Markdown snippet checks: every fenced block whose info string names a known
// language becomes a check named `README.md:42 (python)`, pointing at the
// block's fence line. Options come from the info string (```` ```python skip ````)
// and from `<!-- sandbox-checks: … -->` comments right before the block.
// docs/snippets.md is the user-facing description of every option.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SESSION_LANGUAGES = void 0;
exports.snippetSettings = snippetSettings;
exports.addSnippetChecks = addSnippetChecks;
exports.planMarkdown = planMarkdown;
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(7827);
const plan_js_1 = __webpack_require__(9311);
const limits_js_1 = __webpack_require__(351);
const units_js_1 = __webpack_require__(1996);
const registry_js_1 = __webpack_require__(4112);
const changed_js_1 = __webpack_require__(4815);
const files_js_1 = __webpack_require__(28);
const markdown_limits_js_1 = __webpack_require__(1587);
const markdown_js_1 = __webpack_require__(5262);
const modules_js_1 = __webpack_require__(7838);
const program_js_1 = __webpack_require__(9163);
const conventions_js_1 = __webpack_require__(9275);
const foreign_markers_js_1 = __webpack_require__(8213);
const rules_js_1 = __webpack_require__(1324);
const python_doctest_js_1 = __webpack_require__(5906);
/** Info-string words that name output or prose, never code to run. */
const OUTPUT_LANGS = new Set(['output']);
/** Options sandbox-checks reads; anything else in an info string belongs to other tools and is ignored. */
const OPTIONS = [
    'skip', 'ignore', 'no_run', 'should_fail', 'exit', 'timeout', 'memory', 'network', 'name', 'session', 'packages', 'setup', 'output',
];
const KNOWN = new Set([...OPTIONS, 'skip_file']);
/** Interpreted languages whose blocks can share a session. */
exports.SESSION_LANGUAGES = ['python', 'javascript', 'typescript', 'ruby', 'php', 'bash'];
const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd|mkdn|mdx|txt)$/i;
const asTable = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const asStrings = (v) => typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : undefined;
const posix = (p) => p.split(node_path_1.default.sep).join('/');
/** Reads `[snippets]` and `[defaults]` of a config. */
function snippetSettings(config, problems = []) {
    const raw = config.raw;
    const s = asTable(raw.snippets);
    const defaults = asTable(raw.defaults);
    const e2b = asTable(raw.e2b);
    const base = (0, plan_js_1.limitsOf)({ timeout: e2b.timeout, ...defaults }, limits_js_1.DEFAULT_LIMITS);
    let languages;
    const langs = asStrings(s.languages);
    if (langs) {
        languages = new Set();
        for (const l of langs) {
            const lang = (0, registry_js_1.findLanguage)(l);
            if (!lang)
                problems.push({ source: config.source, key: 'snippets.languages', message: `unknown language "${l}"; known languages: ${(0, registry_js_1.knownLanguages)()}` });
            else
                languages.add(lang.id);
        }
    }
    const packages = {};
    for (const [k, v] of Object.entries(asTable(s.packages))) {
        const lang = (0, registry_js_1.findLanguage)(k);
        if (!lang) {
            problems.push({ source: config.source, key: `snippets.packages.${k}`, message: `unknown language "${k}"; known languages: ${(0, registry_js_1.knownLanguages)()}` });
            continue;
        }
        packages[lang.id] = [...(packages[lang.id] ?? []), ...(asStrings(v) ?? [])];
    }
    return {
        languages,
        env: { ...asTable(defaults.env), ...asTable(s.env) },
        packages,
        limits: (0, plan_js_1.limitsOf)(s, base),
        network: typeof s.network === 'boolean' ? s.network : defaults.network === true,
        changedLines: s.changed_lines === true,
    };
}
/** Adds a check per runnable block of the configured Markdown files to `plan`. */
async function addSnippetChecks(plan, config, options) {
    const problems = [];
    const s = asTable(config.raw.snippets);
    const settings = snippetSettings(config, problems);
    const baseDir = options.baseDir;
    settings.rules = (0, rules_js_1.readRules)(config, baseDir, problems);
    for (const r of settings.rules) {
        if (r.share && r.language && !exports.SESSION_LANGUAGES.includes(r.language)) {
            problems.push({ source: config.source, key: `snippets.rule[${r.index}].share`, line: config.lines?.get(`snippets.rule[${r.index}].share`), message: `share = "file" needs an interpreted language (${exports.SESSION_LANGUAGES.join(', ')}); ${r.language} blocks each compile to their own program` });
        }
    }
    // Paths the person running typed may lie anywhere readable; a config's stay in its project.
    const reach = options.trustedSnippetPaths ? { confine: false } : { confine: options.confine, root: options.root };
    const files = [];
    for (const pattern of asStrings(s.paths) ?? []) {
        const found = (0, files_js_1.resolveGlobs)([pattern], baseDir, reach);
        for (const message of found.problems)
            problems.push({ source: config.source, key: 'snippets.paths', message });
        if (found.missing.length) {
            problems.push({
                source: config.source,
                key: 'snippets.paths',
                message: /[*?[\]{}]/.test(pattern) ? `the glob "${pattern}" matched no files under ${baseDir}` : `file not found: ${pattern} (paths are relative to ${baseDir})`,
            });
        }
        const glob = /[*?[\]{}!]/.test(pattern);
        for (const f of found.files)
            if (!glob || MARKDOWN_EXT.test(f))
                files.push(f);
    }
    if (!asStrings(s.paths)?.length) {
        problems.push({ source: config.source, key: 'snippets.paths', message: 'name the Markdown files to read: paths = ["README.md", "docs/**/*.md"]' });
    }
    const exclude = (0, files_js_1.resolveGlobs)(asStrings(s.exclude) ?? [], baseDir);
    for (const message of exclude.problems)
        problems.push({ source: config.source, key: 'snippets.exclude', message });
    const excluded = new Set(exclude.files.map(posix));
    const selected = [...new Set(files.map(posix))].filter((f) => !excluded.has(f));
    if (problems.length)
        throw new errors_js_1.ConfigError(problems);
    let changed = options.changed;
    let since = options.changedSince ?? (typeof s.changed_since === 'string' && s.changed_since ? s.changed_since : undefined);
    if (!changed && !since && s.changed_only === true && (options.env ?? process.env).GITHUB_BASE_REF) {
        since = `origin/${(options.env ?? process.env).GITHUB_BASE_REF}`;
    }
    if (!changed && since) {
        try {
            changed = (0, changed_js_1.changedSinceGit)(since, baseDir, selected);
        }
        catch (e) {
            if (e instanceof changed_js_1.ChangedFilesError)
                throw new errors_js_1.ConfigError([{ source: config.source, key: 'changed-since', message: e.message }]);
            throw e;
        }
    }
    const checks = [];
    for (const file of selected) {
        const read = (0, files_js_1.readCheckFile)(baseDir, file, reach);
        if ('error' in read) {
            problems.push({ source: config.source, key: 'snippets.paths', message: read.error });
            continue;
        }
        const changes = changed ? (0, changed_js_1.changesOf)(changed, baseDir, file) : 'all';
        if (changes === undefined)
            continue;
        const r = planMarkdown(file, read.content.toString('utf8'), settings, changed ? changes : undefined);
        for (const x of r.problems)
            problems.push(x);
        for (const c of r.checks)
            checks.push(c);
    }
    if (problems.length)
        throw new errors_js_1.ConfigError(problems);
    const filter = options.filter?.toLowerCase();
    const chosen = filter ? withEarlierSessionBlocks(checks, checks.filter((c) => c.name.toLowerCase().includes(filter))) : checks;
    const all = [...plan.checks, ...chosen];
    if (filter && all.length === 0) {
        throw new errors_js_1.ConfigError([{ source: config.source, message: `--filter "${options.filter}" matched no check` }]);
    }
    return { ...plan, checks: all };
}
/**
 * The checks of one Markdown file. `changes` (when given) keeps only blocks
 * the change touches: every block of a changed file, or with
 * `changedLines` only blocks whose lines (or setup, or session) changed.
 */
function planMarkdown(file, text, settings, changes) {
    const problems = [];
    const problem = (line, message) => problems.push({ source: file, line, message });
    let parsed;
    try {
        parsed = (0, markdown_js_1.parseMarkdown)(text);
    }
    catch (e) {
        if (e instanceof markdown_limits_js_1.MarkdownLimitError)
            return { checks: [], problems: [{ source: file, line: e.line, message: e.message }] };
        throw e;
    }
    const source = text.split(/\r\n?|\n/);
    // What a block's lines start with: its fence's indentation or block-quote marks.
    const prefixOf = (b) => /^([ \t>]*?)(?:`{3,}|~{3,})/.exec(source[b.line - 1] ?? '')?.[1] ?? '';
    for (const m of parsed.strayMarkers) {
        problem(m.line, 'this sandbox-checks comment is not followed by a code block; put it on the line right before the block it is for');
    }
    let skipFile;
    const setups = new Map();
    const addSetup = (langId, s) => setups.set(langId, [...(setups.get(langId) ?? []), s]);
    for (const m of parsed.fileMarkers) {
        const opts = m.options;
        checkKnown(opts, m.line, problem);
        if (opts.some((o) => o.key === 'skip_file'))
            skipFile = `skip_file marker at ${file}:${m.line}`;
        const setup = opts.find((o) => o.key === 'setup');
        if (m.body !== undefined) {
            const lang = setup?.value ? (0, registry_js_1.findLanguage)(setup.value) : undefined;
            if (!lang) {
                problem(m.line, setup?.value ? `unknown language "${setup.value}" for hidden setup; known languages: ${(0, registry_js_1.knownLanguages)()}` : 'a comment with code must say which language it sets up: <!-- sandbox-checks: setup=python');
            }
            else
                addSetup(lang.id, { code: m.body, line: m.bodyLine });
        }
    }
    const runnable = [];
    let previous;
    for (const block of parsed.blocks) {
        const markerOpts = block.markers.flatMap((m) => {
            checkKnown(m.options, m.line, problem);
            return m.options;
        });
        const all = [...block.options, ...markerOpts];
        const opts = readOptions(all, block.markers[0]?.line ?? block.line, problem);
        const lang = block.fenced ? ((0, registry_js_1.findLanguage)(block.lang) ?? (0, conventions_js_1.conventionLanguage)(block, block.markers.length > 0)) : undefined;
        const prev = previous;
        previous = undefined;
        if (OUTPUT_LANGS.has(block.lang) || opts.output) {
            // After a block that does not run (```console, ```text) an output block is prose;
            // an explicit marker with no code block to belong to is a mistake.
            if (prev)
                prev.output = block;
            else if (markerOpts.some((m) => m.key === 'output')) {
                problem(block.markers[0].line, 'this expected output must come right after the code block whose output it is');
            }
            continue;
        }
        if (opts.setup) {
            if (!lang)
                problem(block.line, `a setup block needs a language sandbox-checks runs (got "${block.lang || 'none'}")`);
            else
                addSetup(lang.id, { code: block.code, line: block.codeLine });
            continue;
        }
        if (!lang) {
            if (block.markers.length) {
                problem(block.markers[0].line, block.fenced
                    ? `this comment is for a block whose language ("${block.lang || 'none'}") is not one sandbox-checks runs; known languages: ${(0, registry_js_1.knownLanguages)()}`
                    : 'this comment is for an indented code block, which is never run; use a fenced block (```python)');
            }
            continue;
        }
        const r = { block, lang, opts };
        runnable.push(r);
        previous = r;
    }
    // [[snippets.rule]]: share = "file" puts a file's blocks of a language in one session.
    const ruled = new Map();
    for (const r of runnable) {
        const f = (0, rules_js_1.foldRules)((0, rules_js_1.rulesFor)(settings.rules ?? [], file, r.lang.id));
        ruled.set(r, f);
        if (f.share && r.opts.session === undefined && exports.SESSION_LANGUAGES.includes(r.lang.id))
            r.opts.session = `file-${r.lang.id}`;
        // doctest runs a file's examples in one namespace (`python -m doctest FILE`): so do its >>> blocks.
        if (r.opts.session === undefined && r.lang.id === 'python' && (0, python_doctest_js_1.isDoctest)(r.block.code))
            r.opts.session = 'doctest';
    }
    // Sessions: one language each, interpreted languages only.
    const sessionLang = new Map();
    for (const r of runnable) {
        const name = r.opts.session;
        if (name === undefined)
            continue;
        if (!exports.SESSION_LANGUAGES.includes(r.lang.id)) {
            problem(r.block.line, `session=${name}: ${r.lang.label} blocks each compile to their own program, so they cannot share a session; sessions work for ${exports.SESSION_LANGUAGES.join(', ')}`);
            continue;
        }
        const first = sessionLang.get(name);
        if (!first)
            sessionLang.set(name, r);
        else if (first.lang.id !== r.lang.id) {
            problem(r.block.line, `session "${name}" started as ${first.lang.label} at line ${first.block.line}; a session runs in one interpreter, so give this ${r.lang.label} block another session name`);
        }
    }
    if (problems.length)
        return { checks: [], problems };
    // Changed-only: which blocks to keep.
    const keep = (r) => {
        if (changes === undefined || changes === 'all' || !settings.changedLines)
            return true;
        const end = r.output?.endLine ?? r.block.endLine;
        if ((0, changed_js_1.touches)(changes, r.block.line, end))
            return true;
        if ((setups.get(r.lang.id) ?? []).some((s) => (0, changed_js_1.touches)(changes, s.line - 1, s.line + s.code.split('\n').length)))
            return true;
        if (r.opts.session !== undefined) {
            return runnable.some((o) => o.opts.session === r.opts.session && (0, changed_js_1.touches)(changes, o.block.line, o.output?.endLine ?? o.block.endLine));
        }
        return false;
    };
    const checks = [];
    for (const r of runnable) {
        if (settings.languages && !settings.languages.has(r.lang.id))
            continue;
        if (!keep(r))
            continue;
        const { block, lang, opts } = r;
        const rule = ruled.get(r);
        const langSetups = [...(rule.setup ? [{ code: rule.setup, line: 0 }] : []), ...(setups.get(lang.id) ?? [])];
        const shaped = (0, conventions_js_1.shapeBlock)({ file, block, lang, setups: langSetups, output: r.output, noRun: opts.noRun === true, doctestFlags: rule.doctest, prefix: prefixOf(block) });
        const program = shaped?.program || (0, program_js_1.assembleProgram)(lang.id, langSetups, block.code, block.codeLine);
        let entry = lang.fileNameFor?.(program) ?? lang.fileName;
        if (lang.id === 'javascript' && (0, modules_js_1.isJsModule)(program))
            entry = 'main.mjs';
        const foreign = (0, foreign_markers_js_1.foreignEffect)(block.foreign, block.options);
        const expect = { ...rule.expect, ...shaped?.expect };
        if (opts.shouldFail || foreign.shouldFail)
            expect.shouldFail = true;
        if (opts.exit !== undefined)
            expect.exitCode = opts.exit;
        if (r.output && !shaped?.usedOutput)
            expect.stdoutLike = r.output.code;
        if (shaped?.skip && opts.skip === undefined)
            opts.skip = shaped.skip;
        if (foreign.skip && opts.skip === undefined)
            opts.skip = foreign.skip;
        const skipWhy = skipFile ??
            (opts.skip !== undefined
                ? `marked ${opts.skip} at ${file}:${block.line}`
                : rule.skip
                    ? `skipped by [[snippets.rule]] ${rule.from.map((i) => `#${i + 1}`).join(', ')} of the configuration`
                    : undefined);
        const check = {
            name: `${file}:${block.line} (${lang.id})${opts.name ? `: ${opts.name}` : ''}`,
            language: lang.id,
            entry,
            files: [{ path: entry, content: Buffer.from(program) }, ...(shaped?.files ?? []), ...rule.files.filter((f) => f.path !== entry)],
            args: [],
            env: { ...settings.env, ...shaped?.env },
            stdin: '',
            network: opts.network ?? rule.network ?? settings.network,
            packages: [...new Set([...(settings.packages[lang.id] ?? []), ...rule.packages, ...opts.packages])],
            limits: {
                ...settings.limits,
                timeoutMs: opts.timeoutMs ?? rule.timeoutMs ?? settings.limits.timeoutMs,
                memoryBytes: opts.memoryBytes ?? rule.memoryBytes ?? settings.limits.memoryBytes,
            },
            expect,
            source: { file, line: block.line },
        };
        if (skipWhy)
            check.skip = { reason: 'skipped_by_marker', message: skipWhy };
        if (opts.noRun || shaped?.noRun)
            check.noRun = true;
        if (shaped?.note)
            check.note = shaped.note;
        if (shaped?.bless)
            check.bless = shaped.bless;
        else if (r.output && !shaped?.usedOutput) {
            check.bless = { kind: 'output', file, from: r.output.codeLine, to: r.output.endLine - 1, prefix: prefixOf(r.output) };
        }
        if (opts.session !== undefined) {
            check.session = {
                id: `${file}#${opts.session}`,
                name: opts.session,
                file,
                codeLine: block.codeLine,
                program: shaped?.sessionProgram ?? (0, program_js_1.assembleProgram)(lang.id, [], block.code, block.codeLine),
                setup: langSetups.map((s) => ({ program: (0, program_js_1.assembleProgram)(lang.id, [], s.code, s.line), line: s.line })),
            };
        }
        checks.push(check);
    }
    return { checks, problems };
}
/** A session block needs the blocks before it: --filter keeps them. */
function withEarlierSessionBlocks(all, chosen) {
    const upTo = new Map();
    for (const c of chosen) {
        if (c.session)
            upTo.set(c.session.id, Math.max(upTo.get(c.session.id) ?? 0, c.session.codeLine));
    }
    const keep = new Set(chosen);
    return all.filter((c) => keep.has(c) || (c.session !== undefined && c.session.codeLine <= (upTo.get(c.session.id) ?? -1)));
}
function checkKnown(opts, line, problem) {
    for (const o of opts) {
        if (KNOWN.has(o.key))
            continue;
        const guess = (0, errors_js_1.didYouMean)(o.key, KNOWN);
        problem(line, `unknown sandbox-checks option "${o.key}"${guess ? `; did you mean "${guess}"?` : `; known options: ${[...KNOWN].join(', ')}`}`);
    }
}
/** Options of a block; bad values are problems at `line`. Unknown words are other tools' and are ignored. */
function readOptions(all, line, problem) {
    const o = { packages: [] };
    const bool = (opt) => {
        if (opt.value === undefined || /^(true|yes|on|1)$/i.test(opt.value))
            return true;
        if (/^(false|no|off|0)$/i.test(opt.value))
            return false;
        problem(line, `${opt.key}=${opt.value}: expected true or false`);
        return undefined;
    };
    for (const opt of all) {
        switch (opt.key) {
            case 'skip':
            case 'ignore':
                if (opt.value !== undefined && /^(false|no|off|0)$/i.test(opt.value))
                    o.skip = undefined;
                else
                    o.skip = opt.value && !/^(true|yes|on|1)$/i.test(opt.value) ? `${opt.key} (${opt.value})` : opt.key;
                break;
            case 'no_run':
                o.noRun = bool(opt) ?? o.noRun;
                break;
            case 'should_fail':
                o.shouldFail = bool(opt) ?? o.shouldFail;
                break;
            case 'exit': {
                const n = Number(opt.value);
                if (opt.value === undefined || !Number.isInteger(n) || n < 0 || n > 255)
                    problem(line, `exit=${opt.value ?? ''}: expected an exit code from 0 to 255`);
                else
                    o.exit = n;
                break;
            }
            case 'timeout': {
                const ms = (0, units_js_1.parseDuration)(opt.value);
                if (ms === undefined || ms < limits_js_1.MIN_TIMEOUT_MS || ms > limits_js_1.MAX_TIMEOUT_MS) {
                    problem(line, `timeout=${opt.value ?? ''}: expected milliseconds or a duration like "5s" between ${limits_js_1.MIN_TIMEOUT_MS} ms and ${limits_js_1.MAX_TIMEOUT_MS / 60_000} min`);
                }
                else
                    o.timeoutMs = ms;
                break;
            }
            case 'memory': {
                const bytes = (0, units_js_1.parseSize)(opt.value);
                if (bytes === undefined || bytes < 16 * 1024 ** 2)
                    problem(line, `memory=${opt.value ?? ''}: expected a size like "256MB" (at least 16 MB)`);
                else
                    o.memoryBytes = bytes;
                break;
            }
            case 'network':
                o.network = bool(opt) ?? o.network;
                break;
            case 'name':
            case 'session':
                if (!opt.value)
                    problem(line, `${opt.key}= needs a value, e.g. ${opt.key}=tour`);
                else
                    o[opt.key] = opt.value;
                break;
            case 'packages':
                if (!opt.value)
                    problem(line, 'packages= needs a list, e.g. packages=numpy,pandas');
                else
                    o.packages.push(...opt.value.split(/[\s,]+/).filter(Boolean));
                break;
            case 'setup':
                o.setup = true;
                break;
            case 'output':
                o.output = bool(opt) ?? o.output;
                break;
        }
    }
    return o;
}


/***/ })

};
