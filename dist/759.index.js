export const id = 759;
export const ids = [759];
export const modules = {

/***/ 4759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addSnippetChecks: () => (/* binding */ addSnippetChecks)
});

// UNUSED EXPORTS: SESSION_LANGUAGES, planMarkdown, snippetSettings

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/plan.ts
var plan = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/config/spec.ts
var spec = __webpack_require__(3763);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(4529);
// EXTERNAL MODULE: ./src/languages/registry.ts
var registry = __webpack_require__(4112);
// EXTERNAL MODULE: ./src/plan/changed.ts
var plan_changed = __webpack_require__(4815);
// EXTERNAL MODULE: ./src/plan/files.ts + 4 modules
var plan_files = __webpack_require__(6687);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(3825);
;// CONCATENATED MODULE: ./src/plan/markdown.ts
// Markdown → fenced code blocks, with the exact line of each fence, its info
// string split into a language and options, and the `<!-- sandbox-checks: … -->`
// comments that stand right before it. Parsing is CommonMark's (micromark via
// mdast-util-from-markdown): backtick and tilde fences, fences inside lists and
// block quotes, longer fences around shorter ones; indented code is not fenced.

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
    const tree = (0,lib/* fromMarkdown */.Y)(source);
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

// EXTERNAL MODULE: ./src/languages/modules.ts
var modules = __webpack_require__(7838);
;// CONCATENATED MODULE: ./src/plan/program.ts
// The program a Markdown block becomes: its code, after any hidden setup, laid
// out so that line N of the program is line N of the Markdown file — error
// messages and tracebacks then point into the document itself.
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

;// CONCATENATED MODULE: ./src/plan/snippets.ts
// Markdown snippet checks: every fenced block whose info string names a known
// language becomes a check named `README.md:42 (python)`, pointing at the
// block's fence line. Options come from the info string (```` ```python skip ````)
// and from `<!-- sandbox-checks: … -->` comments right before the block.
// docs/snippets.md is the user-facing description of every option.











/** Info-string words that name output or prose, never code to run. */
const OUTPUT_LANGS = new Set(['output']);
/** Options sandbox-checks reads; anything else in an info string belongs to other tools and is ignored. */
const OPTIONS = [
    'skip', 'ignore', 'no_run', 'should_fail', 'exit', 'timeout', 'memory', 'network', 'name', 'session', 'packages', 'setup', 'output',
];
const KNOWN = new Set([...OPTIONS, 'skip_file']);
/** Interpreted languages whose blocks can share a session. */
const SESSION_LANGUAGES = ['python', 'javascript', 'typescript', 'ruby', 'php', 'bash'];
const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd|mkdn|mdx|txt)$/i;
const asTable = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const asStrings = (v) => typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : undefined;
const posix = (p) => p.split((external_node_path_default()).sep).join('/');
/** Reads `[snippets]` and `[defaults]` of a config. */
function snippetSettings(config, problems = []) {
    const raw = config.raw;
    const s = asTable(raw.snippets);
    const defaults = asTable(raw.defaults);
    const e2b = asTable(raw.e2b);
    const base = (0,plan/* limitsOf */.Af)({ timeout: e2b.timeout, ...defaults }, plan/* DEFAULT_LIMITS */.dR);
    let languages;
    const langs = asStrings(s.languages);
    if (langs) {
        languages = new Set();
        for (const l of langs) {
            const lang = (0,registry/* findLanguage */.iG)(l);
            if (!lang)
                problems.push({ source: config.source, key: 'snippets.languages', message: `unknown language "${l}"; known languages: ${(0,registry/* knownLanguages */.P_)()}` });
            else
                languages.add(lang.id);
        }
    }
    const packages = {};
    for (const [k, v] of Object.entries(asTable(s.packages))) {
        const lang = (0,registry/* findLanguage */.iG)(k);
        if (!lang) {
            problems.push({ source: config.source, key: `snippets.packages.${k}`, message: `unknown language "${k}"; known languages: ${(0,registry/* knownLanguages */.P_)()}` });
            continue;
        }
        packages[lang.id] = [...(packages[lang.id] ?? []), ...(asStrings(v) ?? [])];
    }
    return {
        languages,
        env: { ...asTable(defaults.env), ...asTable(s.env) },
        packages,
        limits: (0,plan/* limitsOf */.Af)(s, base),
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
        const found = (0,plan_files/* resolveGlobs */.Ct)([pattern], baseDir);
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
    const excluded = new Set((0,plan_files/* resolveGlobs */.Ct)(asStrings(s.exclude) ?? [], baseDir).files.map(posix));
    const selected = [...new Set(files.map(posix))].filter((f) => !excluded.has(f));
    if (problems.length)
        throw new errors/* ConfigError */.xL(problems);
    let changed = options.changed;
    let since = options.changedSince ?? (typeof s.changed_since === 'string' && s.changed_since ? s.changed_since : undefined);
    if (!changed && !since && s.changed_only === true && (options.env ?? process.env).GITHUB_BASE_REF) {
        since = `origin/${(options.env ?? process.env).GITHUB_BASE_REF}`;
    }
    if (!changed && since) {
        try {
            changed = (0,plan_changed/* changedSinceGit */.H3)(since, baseDir, selected);
        }
        catch (e) {
            if (e instanceof plan_changed/* ChangedFilesError */.kJ)
                throw new errors/* ConfigError */.xL([{ source: config.source, key: 'changed-since', message: e.message }]);
            throw e;
        }
    }
    const checks = [];
    for (const file of selected) {
        const read = (0,plan_files/* readCheckFile */.vX)(baseDir, file, options.trustedSnippetPaths ? { confine: false } : { confine: options.confine, root: options.root });
        if ('error' in read) {
            problems.push({ source: config.source, key: 'snippets.paths', message: read.error });
            continue;
        }
        const changes = changed ? (0,plan_changed/* changesOf */.fs)(changed, baseDir, file) : 'all';
        if (changes === undefined)
            continue;
        const r = planMarkdown(file, read.content.toString('utf8'), settings, changed ? changes : undefined);
        problems.push(...r.problems);
        checks.push(...r.checks);
    }
    if (problems.length)
        throw new errors/* ConfigError */.xL(problems);
    const filter = options.filter?.toLowerCase();
    const chosen = filter ? withEarlierSessionBlocks(checks, checks.filter((c) => c.name.toLowerCase().includes(filter))) : checks;
    const all = [...plan.checks, ...chosen];
    if (filter && all.length === 0) {
        throw new errors/* ConfigError */.xL([{ source: config.source, message: `--filter "${options.filter}" matched no check` }]);
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
    const parsed = parseMarkdown(text);
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
            const lang = setup?.value ? (0,registry/* findLanguage */.iG)(setup.value) : undefined;
            if (!lang) {
                problem(m.line, setup?.value ? `unknown language "${setup.value}" for hidden setup; known languages: ${(0,registry/* knownLanguages */.P_)()}` : 'a comment with code must say which language it sets up: <!-- sandbox-checks: setup=python');
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
        const lang = block.fenced ? (0,registry/* findLanguage */.iG)(block.lang) : undefined;
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
                    ? `this comment is for a block whose language ("${block.lang || 'none'}") is not one sandbox-checks runs; known languages: ${(0,registry/* knownLanguages */.P_)()}`
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
        if (!SESSION_LANGUAGES.includes(r.lang.id)) {
            problem(r.block.line, `session=${name}: ${r.lang.label} blocks each compile to their own program, so they cannot share a session; sessions work for ${SESSION_LANGUAGES.join(', ')}`);
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
        if ((0,plan_changed/* touches */.yI)(changes, r.block.line, end))
            return true;
        if ((setups.get(r.lang.id) ?? []).some((s) => (0,plan_changed/* touches */.yI)(changes, s.line - 1, s.line + s.code.split('\n').length)))
            return true;
        if (r.opts.session !== undefined) {
            return runnable.some((o) => o.opts.session === r.opts.session && (0,plan_changed/* touches */.yI)(changes, o.block.line, o.output?.endLine ?? o.block.endLine));
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
        const program = assembleProgram(lang.id, langSetups, block.code, block.codeLine);
        let entry = lang.fileNameFor?.(program) ?? lang.fileName;
        if (lang.id === 'javascript' && (0,modules/* isJsModule */.Y)(program))
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
                program: assembleProgram(lang.id, [], block.code, block.codeLine),
                setup: langSetups.map((s) => ({ program: assembleProgram(lang.id, [], s.code, s.line), line: s.line })),
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
        const guess = (0,errors/* didYouMean */.au)(o.key, KNOWN);
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
                const ms = (0,units/* parseDuration */.E)(opt.value);
                if (ms === undefined || ms < spec/* MIN_TIMEOUT_MS */.SU || ms > spec/* MAX_TIMEOUT_MS */.mn) {
                    problem(line, `timeout=${opt.value ?? ''}: expected milliseconds or a duration like "5s" between ${spec/* MIN_TIMEOUT_MS */.SU} ms and ${spec/* MAX_TIMEOUT_MS */.mn / 60_000} min`);
                }
                else
                    o.timeoutMs = ms;
                break;
            }
            case 'memory': {
                const bytes = (0,units/* parseSize */.D)(opt.value);
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
