export const id = 841;
export const ids = [841];
export const modules = {

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

/***/ 5262:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Markdown → fenced code blocks, with the exact line of each fence, its info
// string split into a language and options, and the `<!-- sandbox-checks: … -->`
// comments that stand right before it. Parsing is CommonMark's (micromark via
// mdast-util-from-markdown): backtick and tilde fences, fences inside lists and
// block quotes, longer fences around shorter ones; indented code is not fenced.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseInfo = parseInfo;
exports.parseOptions = parseOptions;
exports.parseMarker = parseMarker;
exports.parseMarkdown = parseMarkdown;
const mdast_util_from_markdown_1 = __webpack_require__(2231);
const MARKER_START = /^<!--\s*sandbox-checks\s*:/i;
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
/** Reads a marker comment; undefined when the HTML is not one. */
function parseMarker(html, line) {
    const text = html.trim();
    const prefix = MARKER_START.exec(text);
    if (!prefix || !text.endsWith('-->'))
        return undefined;
    const inner = text.slice(prefix[0].length, text.length - 3);
    const nl = inner.indexOf('\n');
    const marker = { line, options: parseOptions(nl < 0 ? inner : inner.slice(0, nl)) };
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
function parseMarkdown(source) {
    // Positions are the same with CRLF; values are normalised to LF below.
    const tree = (0, mdast_util_from_markdown_1.fromMarkdown)(source);
    const blocks = [];
    const fileMarkers = [];
    const strayMarkers = [];
    const visit = (parent) => {
        let pending = [];
        for (const node of parent.children ?? []) {
            if (node.type === 'html') {
                const marker = parseMarker((node.value ?? '').replace(/\r\n?/g, '\n'), node.position.start.line);
                if (marker) {
                    if (isFileMarker(marker))
                        fileMarkers.push(marker);
                    else
                        pending.push(marker);
                    continue;
                }
            }
            if (node.type === 'code') {
                const start = node.position.start;
                const head = source.slice(start.offset ?? 0, (start.offset ?? 0) + 4);
                const fenced = /^(```|~~~)/.test(head);
                const info = [node.lang, node.meta].filter((x) => !!x).join(' ');
                const { lang, options } = fenced ? parseInfo(info) : { lang: '', options: [] };
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
                    markers: pending,
                });
                pending = [];
                continue;
            }
            strayMarkers.push(...pending);
            pending = [];
            if (node.children)
                visit(node);
        }
        strayMarkers.push(...pending);
    };
    visit(tree);
    blocks.sort((a, b) => a.line - b.line);
    blocks.forEach((b, i) => (b.index = i));
    return { blocks, fileMarkers, strayMarkers };
}


/***/ }),

/***/ 9163:
/***/ ((__unused_webpack_module, exports) => {


// The program a Markdown block becomes: its code, after any hidden setup, laid
// out so that line N of the program is line N of the Markdown file — error
// messages and tracebacks then point into the document itself.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rustNeedsMain = rustNeedsMain;
exports.assembleProgram = assembleProgram;
const PHP_OPEN = /^(\s*)<\?php\b[ \t]*/;
/** Drops a leading `<?php` (keeping line breaks) and a trailing `?>`. */
function phpBody(code) {
    return code.replace(PHP_OPEN, '$1').replace(/\?>\s*$/, '');
}
/** Does this Rust block need rustdoc's implicit `fn main`? */
function rustNeedsMain(code) {
    return !/\bfn\s+main\s*\(/.test(code);
}
/**
 * Setup code, then the block, padded with blank lines so the block starts at
 * `bodyLine`. Setup sits in the padding when it fits; when it does not, it
 * comes first and the block's lines shift by the difference.
 *   - PHP: one `<?php` at the top; the block's and setups' own tags are dropped
 *     (a block that mixes HTML and PHP keeps its tags: setup runs in a closed
 *     `<?php … ?>` before it).
 *   - Rust: a block with no `fn main` is wrapped in one, as rustdoc does.
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
    if (language === 'rust' && rustNeedsMain(code)) {
        before.push('fn main() {');
        after = '\n}';
    }
    const pad = bodyLine - 1;
    const prefix = [...first, ...before];
    let head;
    if (prefix.length <= pad) {
        head = [...first, ...new Array(pad - prefix.length).fill(''), ...before];
    }
    else {
        head = prefix;
    }
    const text = head.length ? `${head.join('\n')}\n${body}${after}` : `${body}${after}`;
    return text.endsWith('\n') ? text : `${text}\n`;
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
const spec_js_1 = __webpack_require__(3763);
const units_js_1 = __webpack_require__(4529);
const registry_js_1 = __webpack_require__(4112);
const changed_js_1 = __webpack_require__(4815);
const files_js_1 = __webpack_require__(28);
const markdown_js_1 = __webpack_require__(5262);
const modules_js_1 = __webpack_require__(7838);
const program_js_1 = __webpack_require__(9163);
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
    const base = (0, plan_js_1.limitsOf)({ timeout: e2b.timeout, ...defaults }, plan_js_1.DEFAULT_LIMITS);
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
    const files = [];
    for (const pattern of asStrings(s.paths) ?? []) {
        const found = (0, files_js_1.resolveGlobs)([pattern], baseDir);
        if (found.missing.length) {
            problems.push({
                source: config.source,
                key: 'snippets.paths',
                message: /[*?[\]{}]/.test(pattern) ? `the glob "${pattern}" matched no files under ${baseDir}` : `file not found: ${pattern} (paths are relative to ${baseDir})`,
            });
        }
        const glob = /[*?[\]{}!]/.test(pattern);
        files.push(...found.files.filter((f) => !glob || MARKDOWN_EXT.test(f)));
    }
    if (!asStrings(s.paths)?.length) {
        problems.push({ source: config.source, key: 'snippets.paths', message: 'name the Markdown files to read: paths = ["README.md", "docs/**/*.md"]' });
    }
    const excluded = new Set((0, files_js_1.resolveGlobs)(asStrings(s.exclude) ?? [], baseDir).files.map(posix));
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
        const read = (0, files_js_1.readCheckFile)(baseDir, file, options.trustedSnippetPaths ? { confine: false } : { confine: options.confine, root: options.root });
        if ('error' in read) {
            problems.push({ source: config.source, key: 'snippets.paths', message: read.error });
            continue;
        }
        const changes = changed ? (0, changed_js_1.changesOf)(changed, baseDir, file) : 'all';
        if (changes === undefined)
            continue;
        const r = planMarkdown(file, read.content.toString('utf8'), settings, changed ? changes : undefined);
        problems.push(...r.problems);
        checks.push(...r.checks);
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
    const parsed = (0, markdown_js_1.parseMarkdown)(text);
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
        const lang = block.fenced ? (0, registry_js_1.findLanguage)(block.lang) : undefined;
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
        const langSetups = setups.get(lang.id) ?? [];
        const program = (0, program_js_1.assembleProgram)(lang.id, langSetups, block.code, block.codeLine);
        let entry = lang.fileNameFor?.(program) ?? lang.fileName;
        if (lang.id === 'javascript' && (0, modules_js_1.isJsModule)(program))
            entry = 'main.mjs';
        const expect = {};
        if (opts.shouldFail)
            expect.shouldFail = true;
        if (opts.exit !== undefined)
            expect.exitCode = opts.exit;
        if (r.output)
            expect.stdoutLike = r.output.code;
        const skipWhy = skipFile ?? (opts.skip !== undefined ? `marked ${opts.skip} at ${file}:${block.line}` : undefined);
        const check = {
            name: `${file}:${block.line} (${lang.id})${opts.name ? `: ${opts.name}` : ''}`,
            language: lang.id,
            entry,
            files: [{ path: entry, content: Buffer.from(program) }],
            args: [],
            env: { ...settings.env },
            stdin: '',
            network: opts.network ?? settings.network,
            packages: [...new Set([...(settings.packages[lang.id] ?? []), ...opts.packages])],
            limits: {
                ...settings.limits,
                timeoutMs: opts.timeoutMs ?? settings.limits.timeoutMs,
                memoryBytes: opts.memoryBytes ?? settings.limits.memoryBytes,
            },
            expect,
            source: { file, line: block.line },
        };
        if (skipWhy)
            check.skip = { reason: 'skipped_by_marker', message: skipWhy };
        if (opts.noRun)
            check.noRun = true;
        if (opts.session !== undefined) {
            check.session = {
                id: `${file}#${opts.session}`,
                name: opts.session,
                file,
                codeLine: block.codeLine,
                program: (0, program_js_1.assembleProgram)(lang.id, [], block.code, block.codeLine),
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
                if (ms === undefined || ms < spec_js_1.MIN_TIMEOUT_MS || ms > spec_js_1.MAX_TIMEOUT_MS) {
                    problem(line, `timeout=${opt.value ?? ''}: expected milliseconds or a duration like "5s" between ${spec_js_1.MIN_TIMEOUT_MS} ms and ${spec_js_1.MAX_TIMEOUT_MS / 60_000} min`);
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
