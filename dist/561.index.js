export const id = 561;
export const ids = [561];
export const modules = {

/***/ 62561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addSnippetChecks: () => (/* binding */ addSnippetChecks)
});

// UNUSED EXPORTS: loadSnippetParsers, planMarkdown, snippetSettings

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/plan/checks.ts
var checks = __webpack_require__(62650);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
// EXTERNAL MODULE: ./src/languages/index.ts + 27 modules
var src_languages = __webpack_require__(70616);
// EXTERNAL MODULE: ./src/plan/changed.ts
var plan_changed = __webpack_require__(74815);
// EXTERNAL MODULE: ./src/plan/files.ts + 3 modules
var plan_files = __webpack_require__(71858);
;// CONCATENATED MODULE: ./src/plan/project-setup.ts
// Setup code a language's documentation toolchain keeps in a project file
// (ProjectSetup in src/languages/language.ts; Sphinx's conf.py): found at the
// document's folder or the nearest one above it, never outside the project,
// read through the same confinement as every file a config names.



/** The project setups that apply to the document `file` (relative to `baseDir`) with text `document`. */
function projectSetups(baseDir, file, document, root) {
    const found = [];
    for (const lang of src_languages/* LANGUAGES */.Yj) {
        const setup = lang.snippets?.projectSetup;
        if (!setup?.wanted(document))
            continue;
        const at = nearest(baseDir, file, setup.file, root);
        const code = at && setup.read(at.text);
        if (code)
            found.push({ language: lang.id, code, file: at.file, appliesTo: setup.appliesTo });
    }
    return found;
}
function nearest(baseDir, file, name, root) {
    let dir = external_node_path_default().posix.dirname(file.split((external_node_path_default()).sep).join('/'));
    if (dir.startsWith('..') || external_node_path_default().posix.isAbsolute(dir))
        return undefined;
    for (;;) {
        const rel = dir === '.' ? name : `${dir}/${name}`;
        const r = (0,plan_files/* readCheckFile */.vX)(baseDir, rel, { confine: true, root });
        // The nearest file decides, as the toolchain reads only that one.
        if ('content' in r)
            return { file: rel, text: r.content.toString('utf8') };
        if (dir === '.')
            return undefined;
        dir = external_node_path_default().posix.dirname(dir);
    }
}

;// CONCATENATED MODULE: ./src/plan/markdown-limits.ts
// Limits on a Markdown file before it reaches the parser. The file comes from
// the repository; the parser (micromark, then mdast-util-from-markdown) is
// synchronous, and its cost is not its input's size: a list item costs tens of
// microseconds and kilobytes per container level, and each line that closes a
// nested list or block quote copies every container event before it (so such
// lines cost as much as the whole file above them). A file built to be slow
// or deep is turned away by its shape, in one linear pass: its size, how deep
// its block quotes and lists nest, what all its lines and container levels
// add up to, what its closing lines add up to, and how many brackets one
// paragraph holds (the input that makes link parsing quadratic). A file over
// a limit is a problem at file:line with what to do, never a crash or a
// stalled plan; parseWithDeadline (markdown.ts) is the backstop for a shape
// this pass does not price.
/** Largest Markdown file read for snippets. */
const MAX_MARKDOWN_BYTES = 1024 ** 2;
/** Deepest nesting of block quotes (and list indentation, in columns / 2) on one line. */
const MAX_MARKDOWN_DEPTH = 100;
/** Most `[` in one paragraph (outside code fences). */
const MAX_BRACKETS_PER_PARAGRAPH = 5_000;
/** Most lines plus container levels (each `>`, list marker or 2 columns of list indentation on a line) in one file. */
const MAX_MARKDOWN_UNITS = 60_000;
/**
 * Most parse work for lines that close nested containers: each such line
 * counts the container levels (and lines) above it, the events the parser
 * copies for it. 10,000,000 is about a second of parsing on an idle core.
 */
const MAX_MARKDOWN_CLOSE_WORK = 10_000_000;
/**
 * Most lines of hidden setup code (`<!-- sandbox-checks: setup=LANG` bodies)
 * in one file: every block of the language is built with all of it, so the
 * plan grows as setup lines times blocks.
 */
const MAX_SETUP_LINES = 1_000;
/** Most options in one info string or marker comment (each unknown one would be a problem of its own). */
const MAX_OPTIONS = 100;
/** Internal: a Markdown file past a budget; the snippet planner turns it into a Problem at file:line. */
class MarkdownLimitError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = 'MarkdownLimitError';
    }
}
const NOT_READ = 'such a file is not read for snippets (split it, or leave it out of [snippets] paths)';
// Block quote markers, list markers and indentation at the start of a line.
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const MARKER = /[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;
function containersOf(l) {
    const prefix = PREFIX.exec(l)[0];
    let quotes = 0;
    let columns = 0;
    let lead = 0;
    let seenMarker = false;
    let firstItemAt = -1;
    for (let i = 0; i < prefix.length; i++) {
        const ch = prefix[i];
        if (ch === '>') {
            quotes++;
            seenMarker = true;
        }
        else if (ch === ' ' || ch === '\t') {
            const w = ch === '\t' ? 4 : 1;
            columns += w;
            if (!seenMarker)
                lead += w;
        }
        else {
            if (firstItemAt < 0)
                firstItemAt = quotes + Math.floor(lead / 2);
            seenMarker = true;
        }
    }
    const items = prefix.match(MARKER)?.length ?? 0;
    const markers = quotes + items;
    return { markers, levels: markers + Math.floor(lead / 2), firstItemAt: items ? firstItemAt : -1, columns, prefix };
}
/** Throws MarkdownLimitError at the first line past a limit. Linear in the text. */
function markdown_limits_checkMarkdownLimits(text) {
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_MARKDOWN_BYTES) {
        throw new MarkdownLimitError(1, `the file is ${(bytes / 1024).toFixed(0)} KiB; Markdown files over ${MAX_MARKDOWN_BYTES / 1024} KiB are not read for snippets (split it, or leave it out of [snippets] paths)`);
    }
    let fence;
    let brackets = 0;
    let paragraphLine = 1;
    let line = 0;
    let start = 0;
    let units = 0;
    // The parser's container events so far, in levels (a line is about one level of events).
    let eventsSoFar = 0;
    let closeWork = 0;
    let openLevels = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        line++;
        const l = text.slice(start, end);
        start = end + 1;
        const c = containersOf(l);
        const rest = l.slice(c.prefix.length);
        const blank = rest.trim() === '';
        // Inside a fence, list-like text is code: only the block quotes around it are containers.
        const levels = fence ? (c.prefix.match(/>/g)?.length ?? 0) : c.levels;
        if ((c.markers + Math.floor(c.columns / 2) > MAX_MARKDOWN_DEPTH * 2 || c.markers > MAX_MARKDOWN_DEPTH)) {
            throw new MarkdownLimitError(line, `block quotes or lists nest more than ${MAX_MARKDOWN_DEPTH} deep here; ${NOT_READ}`);
        }
        units += 1 + levels;
        if (units > MAX_MARKDOWN_UNITS) {
            throw new MarkdownLimitError(line, `the file's lines and list or block-quote levels pass ${MAX_MARKDOWN_UNITS} here (each line counts 1, and 1 more per ">", list marker or 2 columns of list indentation); ${NOT_READ}`);
        }
        if (!blank) {
            // A line that leaves open containers (fewer levels, or a sibling item
            // above nested ones) makes the parser copy every container event above it.
            const closes = openLevels > 0 && (levels < openLevels || (c.firstItemAt >= 0 && c.firstItemAt < openLevels - 1));
            if (closes && !fence) {
                closeWork += eventsSoFar;
                if (closeWork > MAX_MARKDOWN_CLOSE_WORK) {
                    throw new MarkdownLimitError(line, `lists or block quotes close nested ones too often in a file this long (parse work past ${MAX_MARKDOWN_CLOSE_WORK} here: each line that closes a nested list or quote counts the lines and levels above it); ${NOT_READ}, or flatten its nested lists`);
                }
            }
            openLevels = levels;
        }
        eventsSoFar += 1 + levels;
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
        if (blank) {
            brackets = 0;
            paragraphLine = line + 1;
            continue;
        }
        for (let i = 0; i < rest.length; i++)
            if (rest.charCodeAt(i) === 0x5b)
                brackets++;
        if (brackets > MAX_BRACKETS_PER_PARAGRAPH) {
            throw new MarkdownLimitError(paragraphLine, `this paragraph holds more than ${MAX_BRACKETS_PER_PARAGRAPH} "[" (link syntax that makes parsing slow); such a file is not read for snippets`);
        }
    }
}

// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./src/plan/foreign-markers.ts
// Other documentation-testing tools' markers, honoured so a document written
// for them needs no edits: their skip markers skip the block, their
// expected-exception markers make it `should_fail`. docs/snippets.md lists
// them.
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

;// CONCATENATED MODULE: ./src/plan/info-string.ts
// A fence's info string and a marker comment's options: `rust,no_run`,
// `python skip timeout=5000`, `{.python}`, quoted values. Pure text; the
// Markdown parser, other tools' markers and the language conventions read
// the options it yields.
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

// EXTERNAL MODULE: ./node_modules/micromark-util-html-tag-name/index.js
var micromark_util_html_tag_name = __webpack_require__(49586);
;// CONCATENATED MODULE: ./src/plan/markdown-blocks.ts
// CommonMark's block structure alone: containers (block quotes, list
// items), fenced and indented code, HTML blocks, and every other leaf as an
// opaque node. It is what markdown.ts reads from a document, found line by
// line in one pass, at a small fraction of the full parser's cost (most of a
// docs run's planning was micromark tokenising inline text nothing reads).
//
// The scanner answers only where its answer is micromark's; for a shape
// whose reading depends on what it does not model it declines (returns
// undefined) and the caller parses the document with micromark:
//   - a tab where indentation is measured or stripped (a partial tab stop);
//   - `<!--` inside a paragraph or heading (an inline comment: only the
//     inline parser tells it from text in a code span);
//   - a backslash or `&` in an info string (escapes, character references);
//   - shapes where micromark's reading is its own: a fence its container or
//     the document ends, lines of spaces ending indented code, an empty list
//     item before a blank line, HTML or indented code on a line that could
//     be lazy, what may interrupt a paragraph on a line that starts nested
//     containers or follows indented code, `<!-->`; and a NUL.
// test/unit/markdown-blocks.test.ts holds it to micromark's result on every
// example of the CommonMark specification, real documents and generated ones.

/** Thrown inside the scan for a shape it leaves to the full parser. */
class Decline extends Error {
}
const RAW = new Set(micromark_util_html_tag_name/* htmlRawNames */.y);
const BLOCK_NAMES = new Set(micromark_util_html_tag_name/* htmlBlockNames */.T);
const ATTRIBUTE = String.raw `\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>\`\u0000-\u0020]+|'[^']*'|"[^"]*"))?`;
const OPEN_TAG = new RegExp(String.raw `^<([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*\s*\/?>[ \t]*$`);
const CLOSE_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>[ \t]*$/;
const HTML_END = { 1: /<\/(?:script|pre|style|textarea)>/i, 2: /-->/, 3: /\?>/, 4: />/, 5: /\]\]>/ };
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;
const BULLET = /^[*+-](?=[ \t]|$)/;
const ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;
/** The document's block tree, or undefined when it holds a shape left to the full parser (see above). */
function scanBlocks(source) {
    // Callers check markdown-limits.ts first: nesting and size are bounded.
    if (source.includes('\0'))
        return undefined;
    try {
        return new Scanner(source).run();
    }
    catch (e) {
        if (e instanceof Decline)
            return undefined;
        throw e;
    }
}
class Scanner {
    source;
    root;
    tip;
    // The line being read, its number and offset, and where the reader is in
    // it (columns are characters: a tab that would differ is declined).
    line = '';
    lineNo = 0;
    lineStart = 0;
    pos = 0;
    indent = 0;
    nonspace = 0;
    blank = false;
    // The blocks the line did not continue are closed once, by the first
    // block it starts or by its text: from the tip before it up to lastMatched.
    oldTip;
    lastMatched;
    allClosed = true;
    /** The line ends an indented code block (see continues). */
    afterIndented = false;
    constructor(source) {
        this.source = source;
        this.root = this.block('root', undefined, 0);
        this.tip = this.root;
        this.oldTip = this.root;
        this.lastMatched = this.root;
    }
    run() {
        const re = /\r\n|\r|\n/g;
        let start = 0;
        for (;;) {
            const m = re.exec(this.source);
            const end = m ? m.index : this.source.length;
            // A final line ending ends the last line; it does not begin another.
            if (!m && start === this.source.length && this.lineNo > 0)
                break;
            this.lineNo++;
            this.lineStart = start;
            this.readLine(this.source.slice(start, end));
            if (!m)
                break;
            start = m.index + m[0].length;
        }
        while (this.tip !== this.root)
            this.close(this.tip);
        return this.node(this.root);
    }
    block = (kind, parent, offset) => ({ kind, parent, children: [], open: true, startLine: this.lineNo, endLine: this.lineNo, offset, lines: [] });
    findNonspace() {
        let i = this.pos;
        let col = this.pos;
        while (i < this.line.length) {
            const c = this.line[i];
            if (c === ' ')
                col++;
            else if (c === '\t')
                col += 4 - (col % 4);
            else
                break;
            i++;
        }
        this.nonspace = i;
        this.indent = col - this.pos;
        this.blank = i >= this.line.length;
    }
    /** Moves past `n` columns of spaces; a tab among them is a partial tab stop: declined. */
    skipSpaces(n) {
        for (let k = 0; k < n; k++) {
            const c = this.line[this.pos];
            if (c === '\t')
                throw new Decline();
            if (c !== ' ')
                return;
            this.pos++;
        }
    }
    toNonspace() {
        if (this.line.slice(this.pos, this.nonspace).includes('\t'))
            throw new Decline();
        this.pos = this.nonspace;
    }
    readLine(line) {
        this.line = line;
        this.pos = 0;
        this.afterIndented = false;
        let container = this.root;
        let allMatched = true;
        // 1. Which open blocks the line continues.
        for (;;) {
            const last = container.children[container.children.length - 1];
            if (!last || !last.open)
                break;
            const r = this.continues(last);
            if (r === 'done')
                return;
            if (r === 'no') {
                allMatched = false;
                break;
            }
            container = last;
        }
        this.lastMatched = container;
        this.oldTip = this.tip;
        this.allClosed = this.tip === container;
        // 2. New blocks the line starts. Whether a construct may interrupt a
        // paragraph is asked of the paragraph the line continues (this
        // scanner), or of the whole line, nested containers and lazy lines
        // included (the full parser): where the answers differ, it declines.
        const interrupting = container.kind === 'paragraph' || (!allMatched && this.tip.kind === 'paragraph') || this.afterIndented;
        const leaf = container.kind === 'fenced' || container.kind === 'indented' || container.kind === 'html';
        while (!leaf) {
            this.findNonspace();
            const rest = this.line.slice(this.nonspace);
            if (this.indent >= 4) {
                if (this.tip.kind !== 'paragraph' && !this.blank) {
                    // Indented code on the line that ends a block quote or list item:
                    // the full parser ends that code with the line.
                    if (!allMatched)
                        throw new Decline();
                    // The node starts where its indentation does (the walk tells fences by their first characters).
                    const at = this.lineStart + this.pos;
                    this.skipSpaces(4);
                    this.closeUnmatched();
                    container = this.add('indented', container, at);
                }
                break;
            }
            if (this.blank)
                break;
            const c = rest[0];
            if (c === '>') {
                this.closeUnmatched();
                this.toNonspace();
                this.pos++;
                if (this.line[this.pos] === '\t')
                    throw new Decline();
                if (this.line[this.pos] === ' ')
                    this.pos++;
                container = this.add('blockquote', container, this.lineStart + this.nonspace);
                continue;
            }
            if (c === '#' && ATX.test(rest)) {
                this.closeUnmatched();
                this.inlineText(rest);
                this.otherLeaf(container);
                return;
            }
            const fence = FENCE.exec(rest);
            if (fence && !(fence[1][0] === '`' && rest.slice(fence[1].length).includes('`'))) {
                this.closeUnmatched();
                this.toNonspace();
                const info = rest.slice(fence[1].length).trim();
                if (info.includes('\\') || info.includes('&'))
                    throw new Decline();
                const b = this.add('fenced', container, this.lineStart + this.nonspace);
                b.fence = { char: fence[1][0], length: fence[1].length, indent: this.indent, info };
                return;
            }
            const html = c === '<' ? this.htmlStart(rest, container.kind === 'paragraph', interrupting) : 0;
            if (html) {
                // HTML on a line that could be a lazy line (of an open paragraph,
                // or of an item with nothing in it yet): the full parser may read it
                // as one, inside the container.
                if (!allMatched && (this.tip.kind === 'paragraph' || (this.tip.kind === 'listItem' && this.tip.children.length === 0)))
                    throw new Decline();
                this.closeUnmatched();
                const b = this.add('html', container, this.lineStart + this.nonspace);
                b.htmlType = html;
                this.toNonspace();
                // The indentation before `<` is the block's too (at most 3 columns, spaces here).
                b.lines.push(' '.repeat(this.indent) + this.line.slice(this.pos));
                if (html <= 5 && HTML_END[html].test(rest))
                    this.close(b);
                return;
            }
            if (container.kind === 'paragraph' && SETEXT.test(rest)) {
                // A paragraph that becomes a heading is still one opaque leaf.
                this.close(container);
                return;
            }
            if (THEMATIC.test(rest)) {
                this.closeUnmatched();
                this.otherLeaf(container);
                return;
            }
            // The next item of the list an open item belongs to (same marker) is never an interruption.
            const previous = container === this.lastMatched ? container.children[container.children.length - 1] : undefined;
            const item = this.listItem(rest, container.kind === 'paragraph', interrupting, previous?.kind === 'listItem' && previous.open ? previous.marker : undefined);
            if (item) {
                this.closeUnmatched();
                container = this.add('listItem', container, this.lineStart + this.nonspace);
                container.itemIndent = item.indent;
                container.marker = item.marker;
                continue;
            }
            break;
        }
        // 3. The rest of the line: a lazy paragraph line, or a line of the container.
        this.findNonspace();
        if (!allMatched && !this.blank && this.tip.kind === 'paragraph') {
            this.addParagraphLine(this.tip);
            return;
        }
        this.closeUnmatched();
        if (container.kind === 'fenced') {
            this.skipSpaces(container.fence.indent);
            container.lines.push(this.line.slice(this.pos));
            container.endLine = this.lineNo;
        }
        else if (container.kind === 'indented') {
            container.lines.push(this.line.slice(this.pos));
            if (!this.blank)
                container.endLine = this.lineNo;
        }
        else if (container.kind === 'html') {
            container.lines.push(this.line.slice(this.pos));
            container.endLine = this.lineNo;
            const type = container.htmlType;
            if (type <= 5 && HTML_END[type].test(this.line.slice(this.pos)))
                this.close(container);
        }
        else if (container.kind === 'paragraph') {
            this.addParagraphLine(container);
        }
        else if (!this.blank) {
            const p = this.add('paragraph', container, this.lineStart + this.nonspace);
            this.addParagraphLine(p);
        }
    }
    addParagraphLine(p) {
        this.inlineText(this.line.slice(this.nonspace));
        p.endLine = this.lineNo;
    }
    /** Inline text the scanner does not parse: an HTML comment in it is the full parser's to find. */
    inlineText(text) {
        if (text.includes('<!--'))
            throw new Decline();
    }
    /** A heading or thematic break: one line, an opaque leaf like a paragraph. */
    otherLeaf(container) {
        this.close(this.add('paragraph', container, this.lineStart + this.nonspace));
    }
    /** 'yes' the block goes on with this line, 'no' it does not, 'done' the line was its closing fence. */
    continues(b) {
        this.findNonspace();
        switch (b.kind) {
            case 'blockquote':
                if (this.indent < 4 && this.line[this.nonspace] === '>') {
                    this.toNonspace();
                    this.pos++;
                    if (this.line[this.pos] === '\t')
                        throw new Decline();
                    if (this.line[this.pos] === ' ')
                        this.pos++;
                    return 'yes';
                }
                return 'no';
            case 'listItem':
                if (this.blank) {
                    // An empty item and a blank line: where the item ends is read
                    // differently by the two implementations.
                    if (b.children.length === 0)
                        throw new Decline();
                    // Only the item's own indentation: what is left is the line's
                    // content (a code block keeps it).
                    this.skipSpaces(b.itemIndent);
                    return 'yes';
                }
                if (this.indent >= b.itemIndent) {
                    this.skipSpaces(b.itemIndent);
                    return 'yes';
                }
                return 'no';
            case 'fenced': {
                const rest = this.line.slice(this.nonspace);
                const f = b.fence;
                if (this.indent < 4 && rest[0] === f.char) {
                    if (this.line.slice(this.pos, this.nonspace).includes('\t'))
                        throw new Decline();
                    const run = /^(`+|~+)[ \t]*$/.exec(rest);
                    if (run && run[1].length >= f.length && run[1][0] === f.char) {
                        b.closed = true;
                        b.endLine = this.lineNo;
                        this.close(b);
                        return 'done';
                    }
                }
                return 'yes';
            }
            case 'indented':
                if (this.blank) {
                    if (this.nonspace > this.pos)
                        b.spaceTail = true;
                    if (this.indent >= 4)
                        this.skipSpaces(4);
                    else
                        this.toNonspace();
                    return 'yes';
                }
                if (this.indent >= 4) {
                    b.spaceTail = false;
                    this.skipSpaces(4);
                    return 'yes';
                }
                // The full parser reads the line that ends indented code as if it
                // interrupted a paragraph.
                this.afterIndented = true;
                return 'no';
            case 'html':
                return this.blank && (b.htmlType === 6 || b.htmlType === 7) ? 'no' : 'yes';
            case 'paragraph':
                return this.blank ? 'no' : 'yes';
            default:
                return 'no';
        }
    }
    /** The HTML block type (1–7) the line starts, or 0. */
    htmlStart(rest, inParagraph, interrupting) {
        if (/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(rest))
            return 1;
        if (rest.startsWith('<!--')) {
            // `<!-->` and `<!--->` end where they open in one reading of the
            // specification and not in the other: the full parser decides.
            if (/^<!---?>/.test(rest))
                throw new Decline();
            return 2;
        }
        if (rest.startsWith('<?'))
            return 3;
        if (/^<![A-Za-z]/.test(rest))
            return 4;
        if (rest.startsWith('<![CDATA['))
            return 5;
        const six = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t>]|\/>|$)/.exec(rest);
        if (six && BLOCK_NAMES.has(six[1].toLowerCase()))
            return 6;
        if (inParagraph)
            return 0;
        if (interrupting && (CLOSE_TAG.test(rest) || OPEN_TAG.test(rest)))
            throw new Decline();
        // Any closing tag; an open tag other than the raw ones (type 1's).
        if (CLOSE_TAG.test(rest))
            return 7;
        const open = OPEN_TAG.exec(rest);
        return open && !RAW.has(open[1].toLowerCase()) ? 7 : 0;
    }
    /** The list item the line starts (its content's indent in columns from the container, and its marker), or undefined. */
    listItem(rest, inParagraph, interrupting, siblingOf) {
        let width;
        let marker;
        // Refused when it interrupts: an empty item, or an ordered one not numbered 1.
        let weak;
        const bullet = BULLET.exec(rest);
        if (bullet) {
            width = 1;
            marker = bullet[0];
            weak = false;
        }
        else {
            const ordered = ORDERED.exec(rest);
            if (!ordered)
                return undefined;
            width = ordered[0].length;
            marker = ordered[2];
            weak = ordered[1] !== '1';
        }
        const after = rest.slice(width);
        weak ||= !after.trim();
        if (weak && marker !== siblingOf) {
            if (inParagraph)
                return undefined;
            if (interrupting)
                throw new Decline();
        }
        let spaces = 0;
        while (after[spaces] === ' ')
            spaces++;
        if (after[spaces] === '\t')
            throw new Decline();
        const markerAt = this.indent;
        this.toNonspace();
        // No content on the line, or content indented as code: one space of padding.
        const padding = spaces >= 5 || spaces === after.length ? 1 : spaces;
        this.pos = this.nonspace + width + Math.min(padding, spaces);
        return { indent: markerAt + width + padding, marker };
    }
    add(kind, parent, offset) {
        // Only containers hold blocks; a leaf that cannot (a paragraph) ends here.
        while (parent.kind !== 'root' && parent.kind !== 'blockquote' && parent.kind !== 'listItem') {
            this.close(parent);
            parent = parent.parent;
        }
        const b = this.block(kind, parent, offset);
        parent.children.push(b);
        this.tip = b;
        return b;
    }
    /** Closes the open blocks the line did not continue (below lastMatched), once per line. */
    closeUnmatched() {
        if (this.allClosed)
            return;
        for (let b = this.oldTip; b !== this.lastMatched && b.parent; b = b.parent)
            this.close(b);
        this.tip = this.lastMatched;
        this.allClosed = true;
    }
    close(b) {
        if (!b.open)
            return;
        b.open = false;
        // Where a fence its container or the document ends stops (its last
        // line, or the line ending after it) differs between readings of the
        // specification, and a document that leaves a fence open is rare.
        if (b.kind === 'fenced' && !b.closed)
            throw new Decline();
        // Whether trailing lines of only spaces belong to indented code (and
        // how many of them) is read differently too.
        if (b.kind === 'indented' && b.spaceTail)
            throw new Decline();
        for (const c of b.children)
            if (c.open)
                this.close(c);
        this.tip = b.parent ?? this.root;
        // A tip is always open: walk up past closed blocks.
        while (!this.tip.open && this.tip.parent)
            this.tip = this.tip.parent;
    }
    node(b) {
        const position = { start: { line: b.startLine, offset: b.offset }, end: { line: b.endLine } };
        switch (b.kind) {
            case 'root':
            case 'blockquote':
            case 'listItem':
                return { type: b.kind, children: b.children.map((c) => this.node(c)), position };
            case 'fenced': {
                const info = b.fence.info;
                const space = info.search(/[ \t]/);
                const lang = space < 0 ? info : info.slice(0, space);
                const meta = space < 0 ? '' : info.slice(space).trim();
                return { type: 'code', lang: lang || null, meta: meta || null, value: b.lines.join('\n'), position };
            }
            case 'indented': {
                const lines = [...b.lines];
                while (lines.length && !lines[lines.length - 1].trim())
                    lines.pop();
                return { type: 'code', lang: null, meta: null, value: lines.join('\n'), position };
            }
            case 'html':
                return { type: 'html', value: b.lines.join('\n'), position };
            default:
                return { type: 'other', position };
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/markdown.ts
// Markdown → fenced code blocks, with the exact line of each fence, its info
// string split into a language and options, and the `<!-- sandbox-checks: … -->`
// comments that stand right before it. Parsing is CommonMark's: backtick and
// tilde fences, fences inside lists and block quotes, longer fences around
// shorter ones; indented code is not fenced. The block structure comes from
// markdown-blocks.ts, and from micromark (via mdast-util-from-markdown) for a
// document that scanner leaves to the full parser.
// A file reaches the parser only within the limits of markdown-limits.ts, and
// the parse runs under a deadline (the backstop for a shape those limits do
// not price); either is a MarkdownLimitError at file:line.





const MARKER_START = /^<!--\s*sandbox-checks\s*:/i;
function tooMany(options, line, what) {
    if (options.length > MAX_OPTIONS)
        throw new MarkdownLimitError(line, `${what} has ${options.length} options, more than ${MAX_OPTIONS}; such a file is not read for snippets (keep the options a block needs)`);
    return options;
}
/** Reads a marker comment; undefined when the HTML is not one. */
function parseMarker(html, line) {
    const text = html.trim();
    const prefix = MARKER_START.exec(text);
    if (!prefix || !text.endsWith('-->'))
        return undefined;
    const inner = text.slice(prefix[0].length, text.length - 3);
    const nl = inner.indexOf('\n');
    const marker = { line, options: tooMany(parseOptions(nl < 0 ? inner : inner.slice(0, nl)), line, 'this sandbox-checks comment') };
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
// The parser is its own chunk, loaded by the first file that may hold a
// block: it is most of the code a run with only prose to read would load.
let fromMarkdown;
async function markdown_loadMarkdownParser() {
    fromMarkdown ??= (await __webpack_require__.e(/* import() */ 146).then(__webpack_require__.bind(__webpack_require__, 90146))).fromMarkdown;
}
/** False for a file that cannot hold a block or a marker: no fence (``` or ~~~) and no comment. */
function mightHoldBlocks(source) {
    return /```|~~~|<!--/.test(source);
}
// The last document checked against the limits and scanned, and its tree
// (or why it stopped): the planner asks whether a file needs the full
// parser, then parses it, and one limits pass and one scan serve both. The
// scan runs under the parse deadline too.
let lastScan;
function scanned(source, deadlineMs = MARKDOWN_PARSE_DEADLINE_MS) {
    if (lastScan?.source !== source || lastScan.deadlineMs !== deadlineMs) {
        try {
            markdown_limits_checkMarkdownLimits(source);
            lastScan = { source, deadlineMs, tree: withDeadline(() => scanBlocks(source), deadlineMs) };
        }
        catch (e) {
            lastScan = { source, deadlineMs, error: e };
        }
    }
    if (lastScan.error !== undefined)
        throw parseFailure(lastScan.error, deadlineMs);
    return lastScan.tree;
}
/** Whether parsing this file needs the full parser (loadMarkdownParser) first. */
function needsMarkdownParser(source) {
    if (!mightHoldBlocks(source))
        return false;
    try {
        return scanned(source) === undefined;
    }
    catch (e) {
        // Over a limit, or past the deadline: parseMarkdown reports it without the full parser.
        if (e instanceof MarkdownLimitError)
            return false;
        throw e;
    }
}
// Inline constructs nothing here reads: emphasis, links, images and hard
// breaks only shape a paragraph's text, never where a block or an HTML
// comment is, and skipping them is about a fifth of the parse. Code spans
// stay (a marker written inside backticks is text, not a comment), and so do
// inline HTML (a marker inside a paragraph is reported as stray), autolinks
// and character escapes and references (info strings are decoded with them).
const PARSE_OPTIONS = { extensions: [{ disable: { null: ['attention', 'hardBreakEscape', 'labelStartImage', 'labelStartLink', 'labelEnd'] } }] };
/** Longest one file's parse may take: the backstop for a shape markdown-limits.ts does not price. */
const MARKDOWN_PARSE_DEADLINE_MS = 20_000;
// One context for every parse: vm's timeout is the only way to stop
// synchronous code on this thread (its watchdog ends whatever runs, the
// parser's own functions included), and the process stays usable after.
let deadlineContext;
function withDeadline(work, ms) {
    deadlineContext ??= external_node_vm_default().createContext({ work: undefined });
    deadlineContext.work = work;
    try {
        return external_node_vm_default().runInContext('work()', deadlineContext, { timeout: ms });
    }
    finally {
        deadlineContext.work = undefined;
    }
}
/** Parses a Markdown file; throws MarkdownLimitError (with a line) for a file over a limit (markdown-limits.ts) or past the deadline. */
function parseMarkdown(source, deadlineMs = MARKDOWN_PARSE_DEADLINE_MS) {
    // A file with neither a fence nor a comment (prose) holds nothing to run or to report.
    if (!mightHoldBlocks(source)) {
        markdown_limits_checkMarkdownLimits(source);
        return { blocks: [], fileMarkers: [], strayMarkers: [] };
    }
    // scanned() checks the limits first.
    return fromTree(source, scanned(source, deadlineMs) ?? fullTree(source, deadlineMs));
}
/** parseMarkdown with the full parser alone: the reference markdown-blocks.ts is held to. */
function parseMarkdownFully(source, deadlineMs = MARKDOWN_PARSE_DEADLINE_MS) {
    checkMarkdownLimits(source);
    if (!mightHoldBlocks(source))
        return { blocks: [], fileMarkers: [], strayMarkers: [] };
    return fromTree(source, fullTree(source, deadlineMs));
}
function fullTree(source, deadlineMs) {
    const parse = fromMarkdown;
    if (!parse)
        throw new Error('the Markdown parser is not loaded: await loadMarkdownParser() before parsing a file that needsMarkdownParser()');
    // Positions are the same with CRLF; values are normalised to LF below.
    let tree;
    try {
        tree = withDeadline(() => parse(source, PARSE_OPTIONS), deadlineMs);
    }
    catch (e) {
        throw parseFailure(e, deadlineMs);
    }
    return tree;
}
/** What a parse (the scan or the full parser) that stopped means for the file: a MarkdownLimitError, or the error itself. */
function parseFailure(e, deadlineMs) {
    if (e instanceof RangeError)
        return new MarkdownLimitError(1, `the file could not be parsed (${e.message}); it is not read for snippets`);
    if (e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        return new MarkdownLimitError(1, `parsing the file took longer than ${deadlineMs / 1000} s, so it was stopped (a shape the Markdown parser is slow on); such a file is not read for snippets (split it, or leave it out of [snippets] paths)`);
    }
    return e;
}
function fromTree(source, tree) {
    const blocks = [];
    const fileMarkers = [];
    const strayMarkers = [];
    let setupLines = 0;
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
                if (isFileMarker(marker)) {
                    fileMarkers.push(marker);
                    setupLines += marker.body === undefined ? 0 : marker.body.split('\n').length;
                    if (setupLines > MAX_SETUP_LINES) {
                        throw new MarkdownLimitError(marker.line, `the file's hidden setup code passes ${MAX_SETUP_LINES} lines here (every block of its language is built with all of it); keep setup short, or move it into a file the blocks import`);
                    }
                }
                else
                    frame.pending.push(marker);
                continue;
            }
            if (isForeignMarker(node.value ?? '')) {
                frame.foreign.push({ line: node.position.start.line, text: (node.value ?? '').trim() });
                continue;
            }
        }
        if (node.type === 'code') {
            const start = node.position.start;
            const head = source.slice(start.offset ?? 0, (start.offset ?? 0) + 4);
            const fenced = /^(```|~~~)/.test(head);
            const info = [node.lang, node.meta].filter((x) => !!x).join(' ');
            const { lang, options } = fenced ? parseInfo(info) : { lang: '', options: [] };
            tooMany(options, start.line, "this block's info string");
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

// EXTERNAL MODULE: ./src/languages/layout.ts
var layout = __webpack_require__(25805);
;// CONCATENATED MODULE: ./src/plan/program.ts
// The program a Markdown block becomes: its code, after any hidden setup, laid
// out so that line N of the program is line N of the Markdown file — error
// messages and tracebacks then point into the document itself. A language
// with rules of its own (PHP's tags, rustdoc's `fn main`) gives them in its
// module (`snippets.assemble`); the others get the setup right above the code.


/**
 * Setup code, then the block, padded with blank lines so the block starts at
 * `bodyLine`. Setup sits in the padding when it fits; when it does not, it
 * comes first and the block's lines shift by the difference.
 */
function assembleProgram(language, setups, code, bodyLine) {
    const assemble = (0,src_languages/* getLanguage */.Z0)(language).snippets?.assemble ?? layout/* setupAbove */.J;
    return assemble(setups, code, bodyLine);
}

;// CONCATENATED MODULE: ./src/plan/conventions.ts
// The conventions documentation is written in, each by its owner's rules:
// shell transcripts (cram), Python interactive sessions (doctest), rustdoc's
// test rules, Go examples and fragments of compiled languages. Each turns a
// block into the program that runs it and what its result must be; the
// rules live with their language (src/languages/<id>.ts, `snippets`), and
// this file only asks the languages.

/** The language a block runs in when its info string is a convention's (```console, ```pycon). */
function conventionLanguage(block, marked) {
    return src_languages/* LANGUAGES */.Yj.find((l) => l.snippets?.claims?.(block, marked));
}
/** How the block runs under its language's convention; undefined when none applies. */
function shapeBlock(i) {
    return i.lang.snippets?.shape?.(i);
}

// EXTERNAL MODULE: ./src/languages/python-doctest.ts
var python_doctest = __webpack_require__(5906);
;// CONCATENATED MODULE: ./src/plan/rules.ts
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
/** Reads `[[snippets.rule]]`; problems name the rule's key and line. */
function readRules(config, baseDir, problems) {
    const rules = [];
    (config.config.snippets?.rule ?? []).forEach((t, index) => {
        const key = (k) => `snippets.rule[${index}].${k}`;
        const problem = (k, message) => problems.push({ source: config.source, line: config.lines?.get(key(k)) ?? config.lines?.get(`snippets.rule[${index}]`), key: key(k), message });
        const paths = t.paths ?? [];
        if (!paths.length)
            problem('paths', 'a rule needs the Markdown files it is for: paths = ["docs/**"]');
        const rule = { index, match: paths.map(globRegExp), paths, share: false, packages: [], files: [], skip: t.skip === true, expect: {}, doctest: [] };
        if (t.language !== undefined) {
            const lang = (0,src_languages/* findLanguage */.iG)(t.language);
            if (!lang)
                problem('language', `unknown language "${t.language}"; known languages: ${(0,src_languages/* knownLanguages */.P_)()}`);
            else
                rule.language = lang.id;
        }
        rule.share = t.share === 'file';
        if (t.setup?.trim())
            rule.setup = t.setup.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
        rule.packages = t.packages ?? [];
        // Durations and sizes are already milliseconds and bytes, within bounds (config/spec.ts).
        rule.timeoutMs = t.timeout;
        rule.memoryBytes = t.memory;
        rule.network = t.network;
        const e = t.expect ?? {};
        if (e.exit_code !== undefined)
            rule.expect.exitCode = e.exit_code;
        if (e.stdout !== undefined)
            rule.expect.stdoutEquals = e.stdout;
        if (e.stderr !== undefined)
            rule.expect.stderrEquals = e.stderr;
        if (e.stdout_contains)
            rule.expect.stdoutContains = e.stdout_contains;
        if (e.stderr_contains)
            rule.expect.stderrContains = e.stderr_contains;
        if (e.stdout_matches !== undefined)
            rule.expect.stdoutMatches = e.stdout_matches;
        if (e.stderr_matches !== undefined)
            rule.expect.stderrMatches = e.stderr_matches;
        for (const f of t.doctest ?? []) {
            const flag = f.toUpperCase().replace(/^\+/, '');
            if (!python_doctest/* DOCTEST_FLAGS */.Fs.includes(flag))
                problem('doctest', `unknown doctest flag "${f}"; known: ${python_doctest/* DOCTEST_FLAGS */.Fs.join(', ')}`);
            else
                rule.doctest.push(flag);
        }
        const include = t.include ?? [];
        if (include.length) {
            const found = (0,plan_files/* resolveGlobs */.Ct)(include, baseDir);
            for (const m of found.problems)
                problem('include', m);
            for (const m of found.missing)
                problem('include', `the include "${m}" matched no files under ${baseDir}`);
            for (const rel of found.files) {
                const r = (0,plan_files/* readCheckFile */.vX)(baseDir, rel, { text: false });
                if ('error' in r)
                    problem('include', r.error);
                else
                    rule.files.push({ path: rel.split((external_node_path_default()).sep).join('/'), content: r.content });
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
const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd|mkdn|mdx|txt)$/i;
const posix = (p) => p.split((external_node_path_default()).sep).join('/');
/** Reads `[snippets]` and `[defaults]` of a config. */
function snippetSettings(loaded, problems = []) {
    const config = loaded.config;
    const s = config.snippets ?? {};
    const defaults = config.defaults ?? {};
    const base = (0,checks/* limitsOf */.A)({ timeout: config.e2b?.timeout, ...defaults }, limits/* DEFAULT_LIMITS */.dR);
    let languages;
    const langs = s.languages;
    if (langs) {
        languages = new Set();
        for (const l of langs) {
            const lang = (0,src_languages/* findLanguage */.iG)(l);
            if (!lang)
                problems.push({ source: loaded.source, key: 'snippets.languages', message: `unknown language "${l}"; known languages: ${(0,src_languages/* knownLanguages */.P_)()}` });
            else
                languages.add(lang.id);
        }
    }
    const packages = {};
    // The schema knows every language name, so each key names one.
    for (const [k, v] of Object.entries(s.packages ?? {})) {
        const lang = (0,src_languages/* findLanguage */.iG)(k);
        if (lang)
            packages[lang.id] = [...(packages[lang.id] ?? []), ...(v ?? [])];
    }
    return {
        languages,
        env: { ...defaults.env, ...s.env },
        packages,
        limits: (0,checks/* limitsOf */.A)(s, base),
        network: s.network ?? defaults.network === true,
        changedLines: s.changed_lines === true,
    };
}
let conventions;
/** The Markdown parser and the languages' snippet parsers: what planMarkdown may need for any document. */
async function loadSnippetParsers() {
    await Promise.all([loadMarkdownParser(), (conventions ??= prepareSnippetConventions())]);
}
/** What planMarkdown needs for this document: the full Markdown parser only when the block scanner leaves it one. */
async function prepareFor(text) {
    await (conventions ??= (0,src_languages/* prepareSnippetConventions */.t7)());
    if (needsMarkdownParser(text))
        await markdown_loadMarkdownParser();
}
/** Adds a check per runnable block of the configured Markdown files to `plan`. */
async function addSnippetChecks(plan, config, options) {
    const problems = [];
    const s = config.config.snippets ?? {};
    const settings = snippetSettings(config, problems);
    const baseDir = options.baseDir;
    settings.rules = readRules(config, baseDir, problems);
    for (const r of settings.rules) {
        if (r.share && r.language && !(0,src_languages/* sessionLanguages */.mD)().includes(r.language)) {
            problems.push({ source: config.source, key: `snippets.rule[${r.index}].share`, line: config.lines?.get(`snippets.rule[${r.index}].share`), message: `share = "file" needs an interpreted language (${(0,src_languages/* sessionLanguages */.mD)().join(', ')}); ${r.language} blocks each compile to their own program` });
        }
    }
    // Paths the person running typed may lie anywhere readable; a config's stay in its project.
    const reach = options.trustedSnippetPaths ? { confine: false } : { confine: options.confine, root: options.root };
    const files = [];
    for (const pattern of s.paths ?? []) {
        const found = (0,plan_files/* resolveGlobs */.Ct)([pattern], baseDir, reach);
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
    if (!s.paths?.length) {
        problems.push({ source: config.source, key: 'snippets.paths', message: 'name the Markdown files to read: paths = ["README.md", "docs/**/*.md"]' });
    }
    const exclude = (0,plan_files/* resolveGlobs */.Ct)(s.exclude ?? [], baseDir);
    for (const message of exclude.problems)
        problems.push({ source: config.source, key: 'snippets.exclude', message });
    const excluded = new Set(exclude.files.map(posix));
    const selected = [...new Set(files.map(posix))].filter((f) => !excluded.has(f));
    if (problems.length)
        throw new src_errors/* ProblemsError */.FQ(problems);
    let changed = options.changed;
    let since = options.changedSince ?? (s.changed_since || undefined);
    if (!changed && !since && s.changed_only === true && (options.env ?? process.env).GITHUB_BASE_REF) {
        since = `origin/${(options.env ?? process.env).GITHUB_BASE_REF}`;
    }
    if (!changed && since) {
        try {
            changed = (0,plan_changed/* changedSinceGit */.H3)(since, baseDir, selected);
        }
        catch (e) {
            if (e instanceof src_errors/* ProblemsError */.FQ)
                throw new src_errors/* ProblemsError */.FQ(e.problems.map((p) => ({ ...p, source: config.source })));
            throw e;
        }
    }
    const checks = [];
    for (const file of selected) {
        const read = (0,plan_files/* readCheckFile */.vX)(baseDir, file, reach);
        if ('error' in read) {
            problems.push({ source: config.source, key: 'snippets.paths', message: read.error });
            continue;
        }
        const changes = changed ? (0,plan_changed/* changesOf */.fs)(changed, baseDir, file) : 'all';
        if (changes === undefined)
            continue;
        const text = read.content.toString('utf8');
        if (mightHoldBlocks(text))
            await prepareFor(text);
        const r = planMarkdown(file, text, settings, changed ? changes : undefined, projectSetups(baseDir, file, text, reach.root));
        for (const x of r.problems)
            problems.push(x);
        for (const c of r.checks)
            checks.push(c);
        // Past the cap the plan is refused anyway (build.ts): stop reading files.
        if (!options.filter && plan.checks.length + checks.length > limits/* MAX_CHECKS */.NB)
            break;
    }
    if (problems.length)
        throw new src_errors/* ProblemsError */.FQ(problems);
    const filter = options.filter?.toLowerCase();
    const chosen = filter ? withEarlierSessionBlocks(checks, checks.filter((c) => c.name.toLowerCase().includes(filter))) : checks;
    const all = [...plan.checks, ...chosen];
    if (filter && all.length === 0) {
        throw new src_errors/* ProblemsError */.FQ([{ source: config.source, message: `--filter "${options.filter}" matched no check` }]);
    }
    return { ...plan, checks: all };
}
/**
 * The checks of one Markdown file. `changes` (when given) keeps only blocks
 * the change touches: every block of a changed file, or with
 * `changedLines` only blocks whose lines (or setup, or session) changed.
 */
function planMarkdown(file, text, settings, changes, 
/** Setup the document's project gives some of its blocks (project-setup.ts). */
projectSetup = []) {
    const problems = [];
    const problem = (line, message) => problems.push({ source: file, line, message });
    let parsed;
    try {
        parsed = parseMarkdown(text);
    }
    catch (e) {
        if (e instanceof MarkdownLimitError)
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
            const lang = setup?.value ? (0,src_languages/* findLanguage */.iG)(setup.value) : undefined;
            if (!lang) {
                problem(m.line, setup?.value ? `unknown language "${setup.value}" for hidden setup; known languages: ${(0,src_languages/* knownLanguages */.P_)()}` : 'a comment with code must say which language it sets up: <!-- sandbox-checks: setup=python');
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
        const lang = block.fenced ? ((0,src_languages/* findLanguage */.iG)(block.lang) ?? conventionLanguage(block, block.markers.length > 0)) : undefined;
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
                    ? `this comment is for a block whose language ("${block.lang || 'none'}") is not one sandbox-checks runs; known languages: ${(0,src_languages/* knownLanguages */.P_)()}`
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
        const f = foldRules(rulesFor(settings.rules ?? [], file, r.lang.id));
        ruled.set(r, f);
        if (f.share && r.opts.session === undefined && r.lang.session)
            r.opts.session = `file-${r.lang.id}`;
        // doctest runs a file's examples in one namespace (`python -m doctest FILE`): so do its >>> blocks.
        const joins = r.opts.session === undefined ? r.lang.snippets?.defaultSession?.(r.block.code) : undefined;
        if (joins)
            r.opts.session = joins;
    }
    // Sessions: one language each, interpreted languages only.
    const sessionLang = new Map();
    for (const r of runnable) {
        const name = r.opts.session;
        if (name === undefined)
            continue;
        if (!r.lang.session) {
            problem(r.block.line, `session=${name}: ${r.lang.label} blocks each compile to their own program, so they cannot share a session; sessions work for ${(0,src_languages/* sessionLanguages */.mD)().join(', ')}`);
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
        const rule = ruled.get(r);
        // A documentation toolchain's own setup comes first (Sphinx's doctest_global_setup before each {doctest}).
        const toolchainSetup = projectSetup.filter((p) => p.language === lang.id && p.appliesTo(block)).map((p) => ({ code: p.code, line: 0 }));
        const langSetups = [...toolchainSetup, ...(rule.setup ? [{ code: rule.setup, line: 0 }] : []), ...(setups.get(lang.id) ?? [])];
        const shaped = shapeBlock({ file, block, lang, setups: langSetups, output: r.output, noRun: opts.noRun === true, doctestFlags: rule.doctest, prefix: prefixOf(block) });
        const program = shaped?.program || assembleProgram(lang.id, langSetups, block.code, block.codeLine);
        const entry = lang.snippets?.fileNameFor?.(program) ?? lang.fileNameFor?.(program) ?? lang.fileName;
        const foreign = foreignEffect(block.foreign, block.options);
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
                program: shaped?.sessionProgram ?? assembleProgram(lang.id, [], block.code, block.codeLine),
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
                const ms = (0,units/* parseDuration */.E9)(opt.value);
                if (ms === undefined || ms < limits/* MIN_TIMEOUT_MS */.SU || ms > limits/* MAX_TIMEOUT_MS */.mn) {
                    problem(line, `timeout=${opt.value ?? ''}: expected milliseconds or a duration like "5s" between ${limits/* MIN_TIMEOUT_MS */.SU} ms and ${limits/* MAX_TIMEOUT_MS */.mn / 60_000} min`);
                }
                else
                    o.timeoutMs = ms;
                break;
            }
            case 'memory': {
                const bytes = (0,units/* parseSize */.DB)(opt.value);
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


/***/ }),

/***/ 49586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ htmlBlockNames),
/* harmony export */   y: () => (/* binding */ htmlRawNames)
/* harmony export */ });
/**
 * List of lowercase HTML “block” tag names.
 *
 * The list, when parsing HTML (flow), results in more relaxed rules (condition
 * 6).
 * Because they are known blocks, the HTML-like syntax doesn’t have to be
 * strictly parsed.
 * For tag names not in this list, a more strict algorithm (condition 7) is used
 * to detect whether the HTML-like syntax is seen as HTML (flow) or not.
 *
 * This is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > 👉 **Note**: `search` was added in `CommonMark@0.31`.
 */
const htmlBlockNames = [
  'address',
  'article',
  'aside',
  'base',
  'basefont',
  'blockquote',
  'body',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'link',
  'main',
  'menu',
  'menuitem',
  'nav',
  'noframes',
  'ol',
  'optgroup',
  'option',
  'p',
  'param',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul'
]

/**
 * List of lowercase HTML “raw” tag names.
 *
 * The list, when parsing HTML (flow), results in HTML that can include lines
 * without exiting, until a closing tag also in this list is found (condition
 * 1).
 *
 * This module is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > 👉 **Note**: `textarea` was added in `CommonMark@0.30`.
 */
const htmlRawNames = ['pre', 'script', 'style', 'textarea']


/***/ })

};
