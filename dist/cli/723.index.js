export const id = 723;
export const ids = [723];
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
const crypto_js_1 = __webpack_require__(5414);
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
    const nonce = (0, crypto_js_1.randomBytes)(9).toString('hex');
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

/***/ 3561:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Bash: bash runs the file; ```console (and other terminal) blocks that are
// `$ ` transcripts run as Bash and compare each command's output
// (bash-transcript.ts); sessions source every block into one shell, from a
// driver written for the session's blocks.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bash = void 0;
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const bash_transcript_js_1 = __webpack_require__(4048);
/** Info strings of terminal sessions: run when they are `$ ` transcripts that show output. */
const TRANSCRIPT_LANGS = new Set(['console', 'shell-session', 'shellsession', 'terminal', 'sh-session', 'bash-session']);
function shape(i) {
    const { block } = i;
    if (!(0, bash_transcript_js_1.isTranscript)(block.code))
        return undefined;
    const setup = i.setups.map((s) => s.code).join('\n');
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
/**
 * The session driver: one script sourcing each block in turn. It is written
 * for the session's blocks (Bash has no safe way to loop over files while
 * leaving the blocks' own variables and traps alone); the nonce is read from
 * session.json, which is then removed, so neither it nor this script keeps it
 * in the workspace.
 */
function driver(blocks) {
    const lines = [
        '__sandbox_checks_root=$PWD',
        'IFS= read -r __sandbox_checks_spec < "$__sandbox_checks_root"/.sandbox-checks/session.json',
        'rm -f "$__sandbox_checks_root"/.sandbox-checks/session.json',
        '[[ $__sandbox_checks_spec =~ \\"marker\\":\\"([0-9a-f]+)\\" ]] && __sandbox_checks_m=${BASH_REMATCH[1]}',
        'unset __sandbox_checks_spec',
        '__sandbox_checks_ms() { if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); else echo 0; fi; }',
    ];
    for (const it of blocks) {
        const file = `"$__sandbox_checks_root"/${(0, commands_js_1.sh)(it.path)}`;
        const stop = it.want === 'nonzero' ? '[ "$__sandbox_checks_rc" != 0 ]' : `[ "$__sandbox_checks_rc" = ${it.want} ]`;
        lines.push(`printf '@@SC:%s:B:${it.index}@@\\n' "$__sandbox_checks_m"`, '__sandbox_checks_t=$(__sandbox_checks_ms)', it.noRun ? `bash -n ${file}` : `. ${file}`, '__sandbox_checks_rc=$?', `printf '@@SC:%s:E:${it.index}:%s:%s@@\\n' "$__sandbox_checks_m" "$__sandbox_checks_rc" "$(( $(__sandbox_checks_ms) - __sandbox_checks_t ))"`, `printf '@@SC:%s:E:${it.index}@@\\n' "$__sandbox_checks_m" >&2`, `${stop} || exit 0`);
    }
    lines.push('exit 0');
    return `${lines.join('\n')}\n`;
}
exports.bash = (0, catalog_js_1.defineLanguage)({
    id: 'bash',
    label: 'Bash',
    aliases: ['sh', 'shell', 'zsh'],
    extensions: ['.sh', '.bash'],
    fileName: 'main.sh',
    tools: ['bash'],
    debian: { bash: 'bash' },
    check: (e) => `bash -n ${(0, commands_js_1.sh)(e)}`,
    run: (e) => `bash ${(0, commands_js_1.sh)(e)}`,
    session: { blockExtension: 'sh', driverFile: 'driver.sh', driver },
    snippets: {
        claims: (block, marked) => TRANSCRIPT_LANGS.has(block.lang) && (0, bash_transcript_js_1.isTranscript)(block.code) && (marked || (0, bash_transcript_js_1.showsOutput)((0, bash_transcript_js_1.parseTranscript)(block.code, block.codeLine))),
        shape,
    },
});


/***/ }),

/***/ 8051:
/***/ ((__unused_webpack_module, exports) => {


// C blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main(void)`, with the common standard headers included
// (documentation rarely shows them). Rules: src/languages/fragments.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.C_RULES = exports.C_PRELUDE = void 0;
exports.cKind = cKind;
const CONTROL = /^(if|for|while|do|switch|return|goto|break|continue|else|case|default)\b/;
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
    if (CONTROL.test(h))
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
exports.C_PRELUDE = { path: 'sandbox-checks-std.h', content: `${HEADERS.map((h) => `#include <${h}.h>`).join('\n')}\n` };
exports.C_RULES = {
    kind: cKind,
    prelude: [`#include "${exports.C_PRELUDE.path}"`],
    entryOpen: () => 'int main(void) {',
    entryClose: 'return 0; }',
    declarationsTail: '',
};


/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// C: gcc compiles, the binary runs; fragments get the common standard
// headers and an `int main(void)` around their statements (c-fragment.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.c = void 0;
const catalog_js_1 = __webpack_require__(5528);
const c_fragment_js_1 = __webpack_require__(8051);
const commands_js_1 = __webpack_require__(289);
const fragments_js_1 = __webpack_require__(9818);
exports.c = (0, catalog_js_1.defineLanguage)({
    id: 'c',
    label: 'C',
    aliases: ['h'],
    extensions: ['.c'],
    fileName: 'main.c',
    tools: ['gcc'],
    debian: { gcc: 'gcc' },
    compile: (e) => `mkdir -p .bin && gcc -O2 -o .bin/main ${(0, commands_js_1.sh)(e)} -lm`,
    check: (e) => `gcc -fsyntax-only ${(0, commands_js_1.sh)(e)}`,
    run: () => `./.bin/main`,
    snippets: {
        shape: (i) => (0, fragments_js_1.fragmentShape)(i, c_fragment_js_1.C_RULES, { hashLines: true }, [{ path: c_fragment_js_1.C_PRELUDE.path, content: Buffer.from(c_fragment_js_1.C_PRELUDE.content) }]),
    },
});


/***/ }),

/***/ 5528:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The languages sandbox-checks knows, and the lookups by name, alias and
// extension. index.ts defines the built-in ones; a library user or a test
// defines more with defineLanguage, which every layer (planner, engine,
// providers) then finds by id like a built-in one — the id is all a Check
// carries, so there is one catalog, not one per layer.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LANGUAGES = exports.UnknownLanguageError = void 0;
exports.defineLanguage = defineLanguage;
exports.knownLanguages = knownLanguages;
exports.findLanguage = findLanguage;
exports.getLanguage = getLanguage;
exports.languageForFile = languageForFile;
exports.sessionLanguages = sessionLanguages;
exports.toolsOf = toolsOf;
exports.prepareSnippetConventions = prepareSnippetConventions;
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
/** Thrown by getLanguage for a name no module has: a request that cannot run (exit 2). The planner checks names first and reports a problem instead. */
class UnknownLanguageError extends errors_js_1.SandboxChecksError {
    constructor(message) {
        super(message, 2);
        this.name = 'UnknownLanguageError';
    }
}
exports.UnknownLanguageError = UnknownLanguageError;
const list = [];
const byName = new Map();
const byExtension = new Map();
/** Every defined language, built-in ones first, in the order reports list them. */
exports.LANGUAGES = list;
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
    return byExtension.get(node_path_1.default.extname(file).toLowerCase());
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


/***/ }),

/***/ 289:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Small pieces the language modules build their shell commands from.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isLocalPath = exports.restoreProject = exports.stem = exports.quoteAll = exports.sh = void 0;
const node_path_1 = __importDefault(__webpack_require__(6760));
const shell_js_1 = __webpack_require__(1680);
exports.sh = shell_js_1.shellQuote;
/** Package names as shell words. */
const quoteAll = (pkgs) => pkgs.map(shell_js_1.shellQuote).join(' ');
exports.quoteAll = quoteAll;
/** `src/main.ts` → `src/main`. */
const stem = (entry) => entry.slice(0, entry.length - node_path_1.default.extname(entry).length);
exports.stem = stem;
/**
 * Shell that copies the project files an install left in `dir` (a read-only
 * package layer, or the same folder of a per-check install) into the
 * workspace, where the build may still rewrite them: the check's own copy.
 */
const restoreProject = (dir, files) => files.map((f) => `if [ -f ${(0, exports.sh)(`${dir}/${f}`)} ]; then cp ${(0, exports.sh)(`${dir}/${f}`)} ${(0, exports.sh)(f)}; fi; `).join('');
exports.restoreProject = restoreProject;
/** Whether a package or a path in a project file names a workspace path rather than a registry's package. */
const isLocalPath = (p) => /^(\.{1,2}(\/|$)|\/)/.test(p);
exports.isLocalPath = isLocalPath;


/***/ }),

/***/ 5003:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// C++ blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main()`, with the whole standard library included
// (`<bits/stdc++.h>`: documentation rarely shows its includes). Rules:
// src/languages/fragments.ts.
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

/***/ 2114:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// C++: g++ (C++17) compiles, the binary runs; fragments get the whole
// standard library and an `int main()` around their statements
// (cpp-fragment.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cpp = void 0;
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const cpp_fragment_js_1 = __webpack_require__(5003);
const fragments_js_1 = __webpack_require__(9818);
exports.cpp = (0, catalog_js_1.defineLanguage)({
    id: 'cpp',
    label: 'C++',
    aliases: ['c++', 'cxx', 'cc', 'hpp'],
    extensions: ['.cpp', '.cc', '.cxx', '.c++'],
    fileName: 'main.cpp',
    tools: ['g++'],
    debian: { 'g++': 'g++' },
    compile: (e) => `mkdir -p .bin && g++ -O2 -std=c++17 -o .bin/main ${(0, commands_js_1.sh)(e)}`,
    check: (e) => `g++ -std=c++17 -fsyntax-only ${(0, commands_js_1.sh)(e)}`,
    run: () => `./.bin/main`,
    snippets: { shape: (i) => (0, fragments_js_1.fragmentShape)(i, cpp_fragment_js_1.CPP_RULES, { hashLines: true }) },
});


/***/ }),

/***/ 4533:
/***/ ((__unused_webpack_module, exports) => {


// C# blocks without `Main`. The compiler here (Mono's mcs) has no top-level
// statements, so statements go inside `static void Main` (async when they
// await) of a class, with .NET's implicit global usings; methods before them
// become static members; type declarations alone are compiled only (with an
// empty entry point so they link). Rules: src/languages/fragments.ts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CSHARP_RULES = void 0;
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

/***/ 3176:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// C#: Mono's mcs compiles to .bin/main.exe, mono runs it; fragments get
// .NET's implicit usings and a `static void Main` (csharp-fragment.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.csharp = void 0;
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const csharp_fragment_js_1 = __webpack_require__(4533);
const fragments_js_1 = __webpack_require__(9818);
exports.csharp = (0, catalog_js_1.defineLanguage)({
    id: 'csharp',
    label: 'C#',
    aliases: ['cs', 'c#', 'dotnet'],
    extensions: ['.cs'],
    fileName: 'main.cs',
    tools: ['mcs', 'mono'],
    debian: { mcs: 'mono-mcs', mono: 'mono-runtime' },
    etc: ['mono'],
    compile: (e) => `mkdir -p .bin && mcs -nologo -out:.bin/main.exe ${(0, commands_js_1.sh)(e)}`,
    check: (e) => `mkdir -p .bin && mcs -nologo -out:.bin/main.exe ${(0, commands_js_1.sh)(e)}`,
    run: () => `mono .bin/main.exe`,
    snippets: { shape: (i) => (0, fragments_js_1.fragmentShape)(i, csharp_fragment_js_1.CSHARP_RULES, { hashLines: true }) },
});


/***/ }),

/***/ 9818:
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
// The language modules (c.ts, go.ts, …) give the rules; this is the wrapper.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.topLevelItems = topLevelItems;
exports.fragmentProgram = fragmentProgram;
exports.fragmentShape = fragmentShape;
const layout_js_1 = __webpack_require__(5805);
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
            return { program: (0, layout_js_1.layoutProgram)(rules.first ?? [], before, lines.join('\n'), `\n${rules.membersTail ?? ''}\n}`, codeLine), how: 'declarations' };
        }
        return { program: (0, layout_js_1.layoutProgram)(rules.first ?? [], before, lines.join('\n'), rules.declarationsTail, codeLine), how: 'declarations' };
    }
    if (rules.classOpen)
        before.push(rules.classOpen);
    const at = items[wrapAt].start;
    lines[at] = `${rules.entryOpen(code)} ${lines[at]}`;
    return { program: (0, layout_js_1.layoutProgram)(rules.first ?? [], before, lines.join('\n'), `\n${rules.entryClose}`, codeLine), how: 'wrapped' };
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
exports.goExamples = goExamples;
exports.goShape = goShape;
const crypto_js_1 = __webpack_require__(5414);
const fragments_js_1 = __webpack_require__(9818);
const layout_js_1 = __webpack_require__(5805);
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
        const nonce = (0, crypto_js_1.randomBytes)(9).toString('hex');
        const lines = code.split('\n');
        // Imports must come first: the driver's goes on the package clause's line.
        if (pkg)
            lines[pkg.start] = lines[pkg.start].replace(/^\s*package\s+\w+/, 'package main; import __sc_os "os"');
        const calls = examples.map((e, i) => `${e.name}(); __sc_os.Stdout.WriteString("\\n@@SCS:${nonce}:${i}:0@@\\n")`).join('; ');
        const before = [`import __sc_os "os"${imports ? `; ${imports}` : ''}`, ...setups.map((s) => s.code)];
        return {
            program: (0, layout_js_1.layoutProgram)(pkg ? [] : ['package main'], pkg ? [] : before, pkg ? lines.join('\n') : code, `\nfunc main() { ${calls} }`, codeLine),
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
        return { program: (0, layout_js_1.layoutProgram)([], [], code, '\nfunc main() {}', codeLine), how: 'declarations' };
    }
    if (kinds.includes('entry')) {
        return { program: (0, layout_js_1.layoutProgram)(['package main'], [imports, ...setups.map((s) => s.code)].filter(Boolean), code, '', codeLine), how: 'as_written' };
    }
    const r = (0, fragments_js_1.fragmentProgram)(code, codeLine, setups, GO_RULES(imports, declaredNames(items)), { newlineEnds: true });
    return r && { program: r.program, how: r.how };
}


/***/ }),

/***/ 1665:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// What a Go package install reads besides the packages named: the local
// modules go.mod replaces requirements with (`replace x => ./x`), and a module
// proxy kept in the workspace (GOPROXY=file:///workspace/…). The install of a
// shared layer sees only the files it reads, so these must be among them.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.goReplacePaths = goReplacePaths;
exports.goProxyPaths = goProxyPaths;
exports.goLocalSources = goLocalSources;
const commands_js_1 = __webpack_require__(289);
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
        if (target && (0, commands_js_1.isLocalPath)(target))
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


/***/ }),

/***/ 3857:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.go = void 0;
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const go_example_js_1 = __webpack_require__(230);
const go_modules_js_1 = __webpack_require__(1665);
function shape(i) {
    const { block } = i;
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
const LAYER = '.packages/go';
const PROJECT = `${LAYER}/project`;
const restore = (0, commands_js_1.restoreProject)(PROJECT, ['go.mod', 'go.sum']);
exports.go = (0, catalog_js_1.defineLanguage)({
    id: 'go',
    label: 'Go',
    aliases: ['golang'],
    extensions: ['.go'],
    fileName: 'main.go',
    tools: ['go'],
    debian: { go: 'golang-go' },
    compile: (e) => `${restore}mkdir -p .bin && if [ -f go.mod ]; then go build -o .bin/main ${(0, commands_js_1.sh)(e)}; else GO111MODULE=off go build -o .bin/main ${(0, commands_js_1.sh)(e)}; fi`,
    check: (e) => `${restore}if [ -f go.mod ]; then go vet ${(0, commands_js_1.sh)(e)}; else GO111MODULE=off go vet ${(0, commands_js_1.sh)(e)}; fi`,
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
        command: (p) => `go mod init sandbox.check >/dev/null 2>&1; go get ${(0, commands_js_1.quoteAll)(p)} && mkdir -p ${PROJECT} && cp go.mod ${PROJECT}/ && if [ -f go.sum ]; then cp go.sum ${PROJECT}/; fi`,
        layer: { outputs: [LAYER], reads: ['go.mod', 'go.sum'], localSources: go_modules_js_1.goLocalSources },
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


/***/ }),

/***/ 2255:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The languages sandbox-checks runs: one module each, one line here. Adding a
// language is a new src/languages/<id>.ts (a Language, language.ts, passed to
// defineLanguage) and its import below; the planner, the engine, the
// providers, the E2B template and setup.sh read it from here. The order of
// the lines is the order reports and messages list the languages in.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.transpileTypeScript = exports.SourceError = exports.UnknownLanguageError = exports.toolsOf = exports.sessionLanguages = exports.prepareSnippetConventions = exports.languageForFile = exports.LANGUAGES = exports.knownLanguages = exports.getLanguage = exports.findLanguage = exports.defineLanguage = void 0;
__webpack_require__(5168);
__webpack_require__(5904);
__webpack_require__(3125);
__webpack_require__(3857);
__webpack_require__(5313);
__webpack_require__(1667);
__webpack_require__(8999);
__webpack_require__(2699);
__webpack_require__(2010);
__webpack_require__(2114);
__webpack_require__(3176);
__webpack_require__(3561);
var catalog_js_1 = __webpack_require__(5528);
Object.defineProperty(exports, "defineLanguage", ({ enumerable: true, get: function () { return catalog_js_1.defineLanguage; } }));
Object.defineProperty(exports, "findLanguage", ({ enumerable: true, get: function () { return catalog_js_1.findLanguage; } }));
Object.defineProperty(exports, "getLanguage", ({ enumerable: true, get: function () { return catalog_js_1.getLanguage; } }));
Object.defineProperty(exports, "knownLanguages", ({ enumerable: true, get: function () { return catalog_js_1.knownLanguages; } }));
Object.defineProperty(exports, "LANGUAGES", ({ enumerable: true, get: function () { return catalog_js_1.LANGUAGES; } }));
Object.defineProperty(exports, "languageForFile", ({ enumerable: true, get: function () { return catalog_js_1.languageForFile; } }));
Object.defineProperty(exports, "prepareSnippetConventions", ({ enumerable: true, get: function () { return catalog_js_1.prepareSnippetConventions; } }));
Object.defineProperty(exports, "sessionLanguages", ({ enumerable: true, get: function () { return catalog_js_1.sessionLanguages; } }));
Object.defineProperty(exports, "toolsOf", ({ enumerable: true, get: function () { return catalog_js_1.toolsOf; } }));
Object.defineProperty(exports, "UnknownLanguageError", ({ enumerable: true, get: function () { return catalog_js_1.UnknownLanguageError; } }));
var language_js_1 = __webpack_require__(9985);
Object.defineProperty(exports, "SourceError", ({ enumerable: true, get: function () { return language_js_1.SourceError; } }));
var typescript_js_1 = __webpack_require__(5904);
Object.defineProperty(exports, "transpileTypeScript", ({ enumerable: true, get: function () { return typescript_js_1.transpileTypeScript; } }));


/***/ }),

/***/ 2284:
/***/ ((__unused_webpack_module, exports) => {


// Java blocks without a `main` method, run as jshell would run them: with
// jshell's default imports, statements inside `public static void main`,
// methods and fields written before them as static members of the class
// around it, classes alone compiled only. Rules: src/languages/fragments.ts.
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

/***/ 2699:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Java: javac compiles into .bin, java runs the class named like the file
// (the file is named after the public class); fragments run as jshell would
// (java-fragment.ts).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.java = void 0;
const node_path_1 = __importDefault(__webpack_require__(6760));
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const fragments_js_1 = __webpack_require__(9818);
const java_fragment_js_1 = __webpack_require__(2284);
exports.java = (0, catalog_js_1.defineLanguage)({
    id: 'java',
    label: 'Java',
    aliases: [],
    extensions: ['.java'],
    fileName: 'Main.java',
    fileNameFor: (src) => /^\s*public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_$][\w$]*)/m.exec(src)?.[1]?.concat('.java'),
    tools: ['java', 'javac'],
    debian: { java: 'default-jdk-headless', javac: 'default-jdk-headless' },
    etc: ['java-17-openjdk', 'java-21-openjdk', 'java-11-openjdk', 'java-25-openjdk'],
    compile: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${(0, commands_js_1.sh)(e)}`,
    check: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${(0, commands_js_1.sh)(e)}`,
    // The JVM cannot see the sandbox's memory limit (no /sys inside), so it is
    // told with MaxRAM and sizes its heap to fit instead of being OOM-killed.
    run: (e, ctx) => `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxRAM=${ctx.memoryBytes} -cp .bin:. ${(0, commands_js_1.sh)(node_path_1.default.basename((0, commands_js_1.stem)(e)))}`,
    // `#` starts no directive in Java.
    snippets: { shape: (i) => (0, fragments_js_1.fragmentShape)(i, java_fragment_js_1.JAVA_RULES, { hashLines: false }) },
});


/***/ }),

/***/ 5168:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// JavaScript: run by node as it is (an ES module when the code only parses as
// one, src/languages/modules.ts); npm installs packages into the workspace;
// sessions run every block in one context (drivers/session.cjs).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.javascript = exports.nodeDriver = exports.npmInstall = void 0;
exports.nodeSyntaxAbort = nodeSyntaxAbort;
const node_fs_1 = __webpack_require__(3024);
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const js_blocks_js_1 = __webpack_require__(1123);
const modules_js_1 = __webpack_require__(7838);
exports.npmInstall = {
    tool: 'npm',
    // --install-links: a local folder package is copied into node_modules (with
    // what its install script built), not linked back into the workspace.
    command: (p) => `npm install --no-audit --no-fund --no-save --loglevel=error --install-links ${(0, commands_js_1.quoteAll)(p)}`,
    // Node looks for packages in ./node_modules of the program's folder and its parents.
    layer: { outputs: ['node_modules'], reads: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'] },
};
let driver;
/** The driver for JavaScript and TypeScript sessions, read once. */
const nodeDriver = () => (driver ??= (0, node_fs_1.readFileSync)(new URL(/* asset import */ __webpack_require__(5228), __webpack_require__.b), 'utf8'));
exports.nodeDriver = nodeDriver;
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
    driver: exports.nodeDriver,
    inline: true,
    prepare: (program, file) => (0, js_blocks_js_1.sessionScript)(program, file, false),
};
exports.javascript = (0, catalog_js_1.defineLanguage)({
    id: 'javascript',
    label: 'JavaScript',
    aliases: ['js', 'node', 'nodejs', 'mjs', 'cjs'],
    extensions: ['.js', '.mjs', '.cjs'],
    fileName: 'main.js',
    tools: ['node'],
    debian: { node: 'nodejs', npm: 'npm' },
    check: (e) => `node --check ${(0, commands_js_1.sh)(e)}`,
    run: (e) => `node ${(0, commands_js_1.sh)(e)}`,
    install: exports.npmInstall,
    crashIsSyntaxError: nodeSyntaxAbort,
    session,
    snippets: {
        fileNameFor: (program) => ((0, modules_js_1.isJsModule)(program) ? 'main.mjs' : undefined),
        prepare: modules_js_1.loadJsParser,
    },
});


/***/ }),

/***/ 1123:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// JavaScript and TypeScript blocks of one session run as scripts in one
// context (drivers/session.cjs), so their top-level declarations are shared.
// On the host, before upload: TypeScript loses its types (sucrase); `import`
// becomes `var … = require(…)` (real bindings, so later blocks see them;
// importing again is fine); `export` is dropped; a block with top-level await
// runs in an async function whose top-level declarations are hoisted to the
// shared scope, as Node's REPL does. Lines never move.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sessionScript = sessionScript;
exports.modulesToScript = modulesToScript;
exports.hoistTopLevelAwait = hoistTopLevelAwait;
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


/***/ }),

/***/ 9985:
/***/ ((__unused_webpack_module, exports) => {


// What a language module says about its language: everything sandbox-checks
// needs to plan, run and provision it. Each src/languages/<id>.ts implements
// this once; the planner, the engine, the providers, the E2B template and
// setup.sh read it through src/languages/index.ts and never name a language.
//
// Commands are POSIX shell strings run in the workspace by both providers
// (E2B's commands.run always goes through a shell, so the local provider does
// too, and both see the same command).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SourceError = void 0;
/** Internal: the program itself does not parse (found on the host, before it runs); the engine makes the check `failed` (compile), not an error. */
class SourceError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SourceError';
    }
}
exports.SourceError = SourceError;


/***/ }),

/***/ 5805:
/***/ ((__unused_webpack_module, exports) => {


// A block's program laid out so that line N of the program is line N of the
// Markdown file: error messages and tracebacks then point into the document
// itself. Language modules put what they add (setup, a wrapper's opening) in
// the blank lines above the block.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.layoutProgram = layoutProgram;
exports.setupAbove = setupAbove;
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


/***/ }),

/***/ 7838:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Whether JavaScript is a script or an ES module decides how node must load it.
// The parser (acorn) is its own chunk, loaded before the first use: most runs
// plan no JavaScript, and it is a large part of a start-up's code.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadJsParser = loadJsParser;
exports.isJsModule = isJsModule;
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


/***/ }),

/***/ 8999:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// PHP: php runs the file; composer installs packages; a block's program gets
// one `<?php` at the top (the block's and setups' own opening tags are
// dropped, lines kept); sessions include every block at global scope
// (drivers/session.php).
//
// Packages are a shared layer: vendor/, read-only, is all a program loads
// (vendor/autoload.php and what it maps). The composer.json/composer.lock
// the install wrote stay in its sandbox: PHP never reads them at run time.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.php = void 0;
exports.composerPathRepositories = composerPathRepositories;
const node_fs_1 = __webpack_require__(3024);
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const layout_js_1 = __webpack_require__(5805);
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
function assemble(setups, code, bodyLine) {
    const template = !PHP_OPEN.test(code) && /<\?(php\b|=)/.test(code);
    const setup = setups.map((s) => phpBody(s.code));
    const before = setup.length ? setup.join('\n').split('\n') : [];
    if (template)
        return (0, layout_js_1.layoutProgram)(['<?php'], [...before, '?>'], code, '', bodyLine);
    return (0, layout_js_1.layoutProgram)(['<?php'], before, code.replace(PHP_OPEN, '$1'), '', bodyLine);
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
        out.push((0, commands_js_1.isLocalPath)(dir) ? dir : `./${dir}`);
    }
    return out;
}
let driver;
exports.php = (0, catalog_js_1.defineLanguage)({
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
    check: (e) => `php -l ${(0, commands_js_1.sh)(e)} >/dev/null`,
    run: (e) => `php ${(0, commands_js_1.sh)(e)}`,
    install: {
        tool: 'composer',
        command: (p) => `composer require --quiet --no-interaction ${(0, commands_js_1.quoteAll)(p)}`,
        layer: { outputs: ['vendor'], reads: ['composer.json', 'composer.lock'], localSources: composerPathRepositories },
    },
    session: {
        blockExtension: 'php',
        driverFile: 'driver.php',
        driver: () => (driver ??= (0, node_fs_1.readFileSync)(new URL(/* asset import */ __webpack_require__(1902), __webpack_require__.b), 'utf8')),
    },
    snippets: { assemble },
});


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
exports.SPHINX_DOCTEST_FLAGS = ['ELLIPSIS', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_TRUE_FOR_1'];
/** Is the block Sphinx's doctest directive (```{doctest})? */
const isSphinxDoctest = (info) => /^\{\s*doctest\s*\}/.test(info.trim());
exports.isSphinxDoctest = isSphinxDoctest;
/** doctest option names a rule or block may turn on for every example. */
exports.DOCTEST_FLAGS = ['ELLIPSIS', 'NORMALIZE_WHITESPACE', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_BLANKLINE', 'DONT_ACCEPT_TRUE_FOR_1'];


/***/ }),

/***/ 7228:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sphinxGlobalSetup = void 0;
exports.parseGlobalSetup = parseGlobalSetup;
const python_doctest_js_1 = __webpack_require__(5906);
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
exports.sphinxGlobalSetup = {
    // Only a document with a {doctest} directive makes the planner look for conf.py.
    wanted: (document) => /^\s*[`~]{3,}\s*\{\s*doctest\s*\}/m.test(document),
    file: 'conf.py',
    read: parseGlobalSetup,
    appliesTo: (block) => (0, python_doctest_js_1.isSphinxDoctest)(block.info),
};


/***/ }),

/***/ 3125:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Python: python3 runs the file; pip installs packages into the workspace;
// `python` is given to sandboxes that have only python3; ```pycon blocks and
// ```python blocks that start with `>>>` run as doctest sessions
// (python-doctest.ts); sessions run every block in one globals dict
// (drivers/session.py).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.python = void 0;
const node_fs_1 = __webpack_require__(3024);
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const python_doctest_js_1 = __webpack_require__(5906);
const python_sphinx_js_1 = __webpack_require__(7228);
let driver;
exports.python = (0, catalog_js_1.defineLanguage)({
    id: 'python',
    label: 'Python',
    aliases: ['py', 'python3', 'py3'],
    extensions: ['.py'],
    fileName: 'main.py',
    tools: ['python3'],
    debian: { python3: 'python3', pip: 'python3-pip' },
    // Debian ships no `python` without python-is-python3; documentation calls it.
    commandAliases: { python: 'python3' },
    check: (e) => `python3 -m py_compile ${(0, commands_js_1.sh)(e)}`,
    run: (e) => `python3 ${(0, commands_js_1.sh)(e)}`,
    env: { PYTHONPATH: '/workspace/.packages/python', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    install: {
        tool: 'pip',
        command: (p) => `python3 -m pip install --quiet --disable-pip-version-check --no-input --target /workspace/.packages/python ${(0, commands_js_1.quoteAll)(p)}`,
        layer: { outputs: ['.packages/python'] },
    },
    session: {
        blockExtension: 'py',
        driverFile: 'driver.py',
        inline: true,
        driver: () => (driver ??= (0, node_fs_1.readFileSync)(new URL(/* asset import */ __webpack_require__(3059), __webpack_require__.b), 'utf8')),
    },
    snippets: {
        claims: (block) => python_doctest_js_1.DOCTEST_LANGS.has(block.lang) && (0, python_doctest_js_1.isDoctest)(block.code),
        // The examples of a file's doctest blocks see each other's names, as in one interactive session.
        defaultSession: (code) => ((0, python_doctest_js_1.isDoctest)(code) ? 'doctest' : undefined),
        projectSetup: python_sphinx_js_1.sphinxGlobalSetup,
        shape: (i) => {
            const { block } = i;
            if (!(0, python_doctest_js_1.isDoctest)(block.code))
                return undefined;
            const setup = i.setups.map((s) => s.code).join('\n');
            const flags = [...new Set([...((0, python_doctest_js_1.isSphinxDoctest)(block.info) ? python_doctest_js_1.SPHINX_DOCTEST_FLAGS : []), ...(i.doctestFlags ?? [])])];
            return {
                program: (0, python_doctest_js_1.doctestProgram)(block.code, block.codeLine, i.file, setup, flags, { sphinx: (0, python_doctest_js_1.isSphinxDoctest)(block.info) }),
                sessionProgram: (0, python_doctest_js_1.doctestProgram)(block.code, block.codeLine, i.file, '', flags, { sphinx: (0, python_doctest_js_1.isSphinxDoctest)(block.info) }),
                expect: { why: 'doctest: an example printed something else; the report is on stderr' },
                note: 'doctest session',
                bless: { kind: 'doctest', file: i.file, from: block.codeLine, to: block.endLine - 1, prefix: i.prefix ?? '' },
            };
        },
    },
});


/***/ }),

/***/ 1667:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Ruby: ruby runs the file; gem installs packages into the workspace;
// sessions evaluate every block in TOPLEVEL_BINDING (drivers/session.rb).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ruby = void 0;
const node_fs_1 = __webpack_require__(3024);
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
let driver;
exports.ruby = (0, catalog_js_1.defineLanguage)({
    id: 'ruby',
    label: 'Ruby',
    aliases: ['rb'],
    extensions: ['.rb'],
    fileName: 'main.rb',
    tools: ['ruby'],
    debian: { ruby: 'ruby', gem: 'ruby' },
    etc: ['ruby'],
    check: (e) => `ruby -c ${(0, commands_js_1.sh)(e)} >/dev/null`,
    run: (e) => `ruby ${(0, commands_js_1.sh)(e)}`,
    env: { GEM_HOME: '/workspace/.packages/ruby', GEM_PATH: '/workspace/.packages/ruby' },
    install: {
        tool: 'gem',
        command: (p) => `gem install --no-document --install-dir /workspace/.packages/ruby ${(0, commands_js_1.quoteAll)(p)}`,
        layer: { outputs: ['.packages/ruby'] },
    },
    session: {
        blockExtension: 'rb',
        driverFile: 'driver.rb',
        inline: true,
        driver: () => (driver ??= (0, node_fs_1.readFileSync)(new URL(/* asset import */ __webpack_require__(7134), __webpack_require__.b), 'utf8')),
    },
});


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
// blank lines the program starts with (see src/languages/layout.ts).
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

/***/ 5313:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rust = void 0;
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const layout_js_1 = __webpack_require__(5805);
const rust_doc_js_1 = __webpack_require__(8234);
const EDITION = rust_doc_js_1.RUST_EDITION_ENV;
/** What rustdoc's attributes make of the block; the program itself is `assemble`'s. */
function shape(i) {
    const a = (0, rust_doc_js_1.rustdocAttrs)(i.block.options);
    const shaped = { program: '', expect: {} };
    const expect = shaped.expect;
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
    const wrapped = (0, rust_doc_js_1.rustdocShape)((0, rust_doc_js_1.unhide)(i.block.code)).wrapped;
    if (wrapped)
        shaped.note = shaped.note ? `${shaped.note}; wrapped in fn main` : 'wrapped in fn main';
    return shaped;
}
/** Crate attributes first, setup (hidden lines shown) inside `fn main` before the block. */
function assemble(setups, code, bodyLine) {
    const s = (0, rust_doc_js_1.rustdocShape)((0, rust_doc_js_1.unhide)(code));
    const before = setups.length ? setups.map((x) => (0, rust_doc_js_1.unhide)(x.code)).join('\n').split('\n') : [];
    if (s.open)
        before.push(s.open);
    return (0, layout_js_1.layoutProgram)(s.head, before, s.body, s.after, bodyLine);
}
const LAYER = '.packages/rust';
const PROJECT = `${LAYER}/project`;
/** What `cargo vendor` printed: the source replacement pointing cargo at the vendored crates. */
const VENDOR_CONFIG = `/workspace/${LAYER}/vendor.toml`;
/** `cargo add` for the registry's crates, then once per local path (cargo add takes one --path at a time). */
function cargoAdd(packages) {
    const paths = packages.filter(commands_js_1.isLocalPath);
    const crates = packages.filter((p) => !(0, commands_js_1.isLocalPath)(p));
    return [...(crates.length ? [`cargo add --quiet ${(0, commands_js_1.quoteAll)(crates)}`] : []), ...paths.map((p) => `cargo add --quiet --path ${(0, commands_js_1.sh)(p)}`)].join(' && ');
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
exports.rust = (0, catalog_js_1.defineLanguage)({
    id: 'rust',
    label: 'Rust',
    aliases: ['rs'],
    extensions: ['.rs'],
    fileName: 'main.rs',
    tools: ['rustc'],
    debian: { rustc: 'rustc', cargo: 'cargo' },
    compile: (e) => `${(0, commands_js_1.restoreProject)(PROJECT, ['Cargo.toml', 'Cargo.lock'])}if [ -f Cargo.toml ]; then mkdir -p src .bin && cp ${(0, commands_js_1.sh)(e)} src/main.rs && cargo build --quiet --offline $([ -s ${VENDOR_CONFIG} ] && echo --config ${VENDOR_CONFIG}) && cp target/debug/check .bin/main; else mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" -o .bin/main ${(0, commands_js_1.sh)(e)}; fi`,
    // The edition comes from rustdoc's `edition20xx`.
    check: (e) => `mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" --emit=metadata -o .bin/check.rmeta ${(0, commands_js_1.sh)(e)}`,
    run: () => `./.bin/main`,
    env: { CARGO_HOME: '/workspace/.cache/cargo' },
    install: {
        tool: 'cargo',
        command: (p) => `mkdir -p .bin && printf '[package]\\nname = "check"\\nversion = "0.0.0"\\nedition = "2021"\\n[dependencies]\\n' > Cargo.toml && mkdir -p src && echo 'fn main(){}' > src/main.rs && ${cargoAdd(p)} && ` +
            // --respect-source-config: a mirror or local registry the workspace's .cargo/config.toml names is where the crates come from.
            `mkdir -p ${PROJECT} && cargo vendor --respect-source-config --versioned-dirs /workspace/${LAYER}/vendor > ${VENDOR_CONFIG} && cp Cargo.toml Cargo.lock ${PROJECT}/`,
        // The install writes Cargo.toml itself; the lock file and cargo's workspace config decide what it fetches.
        layer: { outputs: [LAYER], reads: ['Cargo.lock', '.cargo/config.toml', '.cargo/config'], localSources: cargoLocalSources },
    },
    snippets: { shape, assemble },
});


/***/ }),

/***/ 5904:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// TypeScript: types are stripped on the host (sucrase), so it runs with no
// compiler in the sandbox and no network, on either provider; what is left
// runs as JavaScript. Sessions use the JavaScript driver.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typescript = void 0;
exports.transpileTypeScript = transpileTypeScript;
const catalog_js_1 = __webpack_require__(5528);
const commands_js_1 = __webpack_require__(289);
const javascript_js_1 = __webpack_require__(5168);
const js_blocks_js_1 = __webpack_require__(1123);
const language_js_1 = __webpack_require__(9985);
const modules_js_1 = __webpack_require__(7838);
/** Strips types; sucrase is loaded only when a TypeScript check runs. */
async function transpileTypeScript(source, entry) {
    const { transform } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return transform(source, { transforms: ['typescript'], filePath: entry, disableESTransforms: true }).code;
}
exports.typescript = (0, catalog_js_1.defineLanguage)({
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
            throw new language_js_1.SourceError(`TypeScript syntax error in ${entry}: ${e.message}`);
        }
        await (0, modules_js_1.loadJsParser)();
        return { path: `${(0, commands_js_1.stem)(entry)}${(0, modules_js_1.isJsModule)(js) ? '.mjs' : '.js'}`, content: js };
    },
    programNames: (entry) => ['.js', '.mjs'].map((x) => `${(0, commands_js_1.stem)(entry)}${x}`),
    check: (e) => `node --check ${(0, commands_js_1.sh)(e)}`,
    run: (e) => `node ${(0, commands_js_1.sh)(e)}`,
    install: javascript_js_1.npmInstall,
    crashIsSyntaxError: javascript_js_1.nodeSyntaxAbort,
    session: {
        blockExtension: 'js',
        driverFile: 'driver.cjs',
        driver: javascript_js_1.nodeDriver,
        inline: true,
        runsAs: 'javascript',
        prepare: (program, file) => (0, js_blocks_js_1.sessionScript)(program, file, true),
    },
});


/***/ }),

/***/ 9545:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The one interface every sandbox source implements. Nothing above this layer
// knows which provider it talks to.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SandboxUnavailableError = void 0;
const errors_js_1 = __webpack_require__(3916);
/**
 * The sandbox could not be made at all (no bubblewrap, no E2B key, a bad
 * network setting in the workflow): not the checked code's fault. Thrown by
 * a provider's probe or create; the CLI exits 2 with it.
 */
class SandboxUnavailableError extends errors_js_1.SandboxChecksError {
    remediation;
    constructor(message, remediation) {
        super(remediation ? `${message}\n${remediation}` : message, 2);
        this.remediation = remediation;
        this.name = 'SandboxUnavailableError';
    }
}
exports.SandboxUnavailableError = SandboxUnavailableError;


/***/ }),

/***/ 1680:
/***/ ((__unused_webpack_module, exports) => {


// Quoting for POSIX shells, written once: every command both providers run
// goes through `sh -c`, and a word that comes from a repository (a file name,
// a package, an argument) must reach the program as one literal word.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellQuote = shellQuote;
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
