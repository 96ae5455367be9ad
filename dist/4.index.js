export const id = 4;
export const ids = [4];
export const modules = {

/***/ 22004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  suggestUpdates: () => (/* binding */ suggestUpdates)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/plan/changed.ts
var changed = __webpack_require__(74815);
// EXTERNAL MODULE: ./src/engine/sections.ts
var sections = __webpack_require__(32676);
;// CONCATENATED MODULE: ./src/report/update.ts
// `--update` (bless): after a run, the expected output written in the
// Markdown is replaced by what the blocks really printed, as cram's `-i` and
// pytest-examples' `--update-examples` do:
//
//   - an `output` block after a block gets the block's stdout;
//   - each command of a `$ ` transcript whose output differs gets its actual
//     output (and `[N]` for a non-zero exit);
//   - each failed `>>>` example gets what doctest says it got (`<BLANKLINE>`
//     for empty lines); examples that raised are left alone;
//   - a Go Example's `// Output:` comment gets the example's output.
//
// Only checks that failed on their output are touched, never a block's code,
// and never when the output was cut short. `--dry-run` prints the diff.
//
// The output is the program's, so it is written so that the next run reads
// it as output and nothing else: in a `$ ` transcript a line that would read
// as a command (`$ `), a continuation (`> `), a wildcard (`...`), a cram
// suffix (` (re)`, ` (glob)`, ` (esc)`, ` (no-eol)`), a code fence or a
// control character is written in cram's ` (esc)` form (`\x24 rm -rf /
// (esc)`), which matches the same text; `>>>` output that would read as a
// prompt (`>>> `, or `... ` right after one) and an `output` block or Go
// comment line that is a fence cannot be escaped in their conventions, so that
// check is not updated and the reason is reported.
//
// Pure: document text and outcomes in, edits and new text out; the CLI
// (src/cli/update.ts) reads and writes the files.

const FENCE = /^\s*(`{3,}|~{3,})/;
/**
 * One line of a command's output as a cram transcript line that reads back
 * as exactly that output (src/languages/bash-transcript.ts, engine/sections.ts).
 */
function cramSafe(line) {
    const body = line.trimStart();
    const risky = /^\$( |$)/.test(body) ||
        /^>( |$)/.test(body) ||
        body === '...' ||
        / \((re|glob|esc|no-eol)\)$/.test(line) ||
        FENCE.test(line) ||
        /[\x00-\x08\x0b-\x1f\x7f]/.test(line);
    if (!risky)
        return line;
    const lead = line.length - body.length;
    const esc = (s) => s.replace(/\\/g, '\\\\').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    const first = body[0] ?? '';
    const head = /[$>.`~]/.test(first) ? `\\x${first.charCodeAt(0).toString(16)}` : esc(first);
    return `${esc(line.slice(0, lead))}${head}${esc(body.slice(1))} (esc)`;
}
/** doctest reads a line that starts with `>>>` as a new example, and `...` right after one as its source. */
const doctestPrompt = (l, i) => /^\s*>>>/.test(l) || (i === 0 && /^\s*\.\.\.( |$)/.test(l));
const textLines = (t) => (t === '' ? [] : t.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n').map((l) => l.replace(/\s+$/, '')));
/** doctest's report on stderr: the source line of each failed example and what it got. */
function doctestFailures(report) {
    const out = [];
    for (const part of report.split(/^\*{70}$/m)) {
        const at = /^File "[^"]*", line (\d+)/m.exec(part);
        if (!at || /^Exception raised:$/m.test(part))
            continue;
        if (/^Got nothing$/m.test(part)) {
            out.push({ line: Number(at[1]), got: [] });
            continue;
        }
        const got = /^Got:\n((?: {4}.*\n?|\n)*)/m.exec(part);
        if (!got)
            continue;
        const lines = got[1].replace(/\n+$/, '').split('\n').map((l) => l.replace(/^ {4}/, ''));
        out.push({ line: Number(at[1]), got: lines.map((l) => (l.trim() === '' ? '<BLANKLINE>' : l)) });
    }
    return out;
}
/** The expected-output lines of the example whose `>>>` is on Markdown line `line`. */
function exampleOutputRange(md, line, blockEnd) {
    let i = line; // 1-based line after the prompt
    const body = (l) => (md[l - 1] ?? '').trimStart();
    if (!body(line).startsWith('>>>'))
        return undefined;
    while (i + 1 <= blockEnd && /^\.\.\.( |$)/.test(body(i + 1)))
        i++;
    const from = i + 1;
    let to = i;
    while (to + 1 <= blockEnd && body(to + 1) !== '' && !body(to + 1).startsWith('>>>'))
        to++;
    return { from, to };
}
/**
 * The edits `--update` makes for the outcomes of a run. Output that holds a
 * code fence is never written: it would end the block and add Markdown (and
 * new blocks to run) of the program's choosing.
 */
function blessEdits(checks, outcomes, read, refused = []) {
    const byName = new Map(outcomes.map((o) => [o.name, o]));
    const edits = new Map();
    const add = (file, e, prompt) => {
        if (e.lines.some((l) => FENCE.test(l))) {
            refused.push(`${e.name}: not updated, its output has a code fence line`);
            return;
        }
        if (prompt && e.lines.some(prompt)) {
            refused.push(`${e.name}: not updated, its output has a line that would read as a \`>>>\` prompt (doctest cannot escape it)`);
            return;
        }
        edits.set(file, [...(edits.get(file) ?? []), e]);
    };
    for (const c of checks) {
        const o = byName.get(c.name);
        const b = c.bless;
        if (!b || !o || o.status !== 'failed' || o.stdout.truncated || o.stderr.truncated)
            continue;
        if (b.kind === 'output') {
            if (o.reason !== 'expectation' || !o.message?.startsWith('stdout differs'))
                continue;
            add(b.file, { ...b, lines: textLines(o.stdout.head), name: c.name });
        }
        else if (b.kind === 'sections') {
            if (o.reason !== 'expectation' || !o.sections)
                continue;
            const items = c.expect.sections?.items ?? [];
            for (const s of o.sections) {
                const range = b.ranges[s.index];
                const item = items[s.index];
                if (!range || !item)
                    continue;
                if (b.style === 'cram') {
                    const got = textLines(s.output);
                    if (s.exitCode !== 0)
                        got.push(`[${s.exitCode}]`);
                    if ((0,sections/* linesMatch */.Hf)(item.expected.filter((l, k, all) => !(k === all.length - 1 && l === '[0]')), got))
                        continue;
                    add(b.file, { ...range, lines: got.map(cramSafe), name: c.name });
                }
                else {
                    const got = s.output.trim() === '' ? [] : s.output.trim().split('\n').map((l) => l.replace(/\s+$/, ''));
                    const want = item.expected.join('\n').trim();
                    if (want === got.join('\n'))
                        continue;
                    const oneLine = range.from === range.to && got.length === 1;
                    add(b.file, {
                        ...range,
                        prefix: '',
                        lines: oneLine ? [`${range.prefix}// ${range.header} ${got[0]}`] : [`${range.prefix}// ${range.header}`, ...got.map((l) => `${range.prefix}// ${l}`)],
                        name: c.name,
                    });
                }
            }
        }
        else if (b.kind === 'doctest') {
            const md = read(b.file).split(/\r\n?|\n/);
            for (const f of doctestFailures(o.stderr.head)) {
                const r = exampleOutputRange(md.map((l) => (l.startsWith(b.prefix) ? l.slice(b.prefix.length) : l)), f.line, b.to);
                if (r)
                    add(b.file, { ...r, prefix: b.prefix, lines: f.got, name: c.name }, doctestPrompt);
            }
        }
    }
    return edits;
}
/** The file's text with the edits made (bottom-up, so line numbers hold). */
function applyEdits(text, edits) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r\n?|\n/);
    for (const e of [...edits].sort((a, b) => b.from - a.from)) {
        lines.splice(e.from - 1, Math.max(0, e.to - e.from + 1), ...e.lines.map((l) => (l ? `${e.prefix}${l}` : e.prefix.trimEnd())));
    }
    return lines.join(eol);
}
/** A unified-style diff of the edits, for `--dry-run`. */
function editsDiff(file, text, edits) {
    const lines = text.split(/\r\n?|\n/);
    const out = [`--- ${file}`, `+++ ${file} (updated)`];
    let shift = 0;
    for (const e of [...edits].sort((a, b) => a.from - b.from)) {
        const old = lines.slice(e.from - 1, Math.max(e.from - 1, e.to));
        const now = e.lines.map((l) => (l ? `${e.prefix}${l}` : e.prefix.trimEnd()));
        out.push(`@@ -${e.from},${old.length} +${e.from + shift},${now.length} @@ ${e.name}`, ...old.map((l) => `-${l}`), ...now.map((l) => `+${l}`));
        shift += now.length - old.length;
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/crypto.ts
var src_crypto = __webpack_require__(55414);
// EXTERNAL MODULE: ./src/trust/text.ts
var trust_text = __webpack_require__(76623);
;// CONCATENATED MODULE: ./src/report/suggestion.ts
// Stale expected output as suggested changes on a pull request: the Action's
// counterpart of `run --update`. The edits are the CLI's own (blessEdits and
// applyEdits in plan/update.ts); this module turns each into a review comment
// whose ```suggestion block replaces the stale lines.
//
// What is suggested is program output, so it is hostile: it is redacted, it
// may not close its fence early (the fence is longer than any backtick run in
// it), it may not hold control or invisible characters (a bidi override would
// make the suggestion read differently from what it commits), it is bounded
// in size and count, and it is only placed on lines the pull request's diff
// shows (GitHub refuses a review comment anywhere else).



const SUGGESTION_LIMITS = {
    /** Lines of one suggestion. */
    lines: 200,
    /** Characters of one suggestion (GitHub's comment limit is 65,536). */
    chars: 16_000,
    /** Comments in one review. */
    comments: 50,
};
/** The hidden first line of a suggestion comment: the same edit at the same place has the same marker. */
function suggestionMarker(file, start, end, text) {
    const h = (0,src_crypto/* createHash */.n1)('sha256').update(`${file}\0${start}\0${end}\0${text}`).digest('hex').slice(0, 16);
    return `<!-- sandbox-checks suggestion ${h} -->`;
}
/**
 * The lines that replace lines `start..end` of `text` after the edit, by the
 * same rewrite `--update` makes. An edit that inserts (an empty expected
 * output) is anchored on the line before it, which the suggestion repeats.
 */
function replacement(text, e) {
    const before = text.split(/\r\n?|\n/);
    const after = applyEdits(text, [e]).split(/\r\n?|\n/);
    const removed = Math.max(0, e.to - e.from + 1);
    const added = after.length - before.length + removed;
    const lines = after.slice(e.from - 1, e.from - 1 + added);
    if (removed > 0)
        return { start: e.from, end: e.to, lines };
    const anchor = e.from - 1;
    return { start: anchor, end: anchor, lines: [before[anchor - 1] ?? '', ...lines] };
}
/**
 * Review comments for the edits of a run. `diff` holds, per file the pull
 * request changes, the new-side line ranges of its hunks (undefined: the API
 * gave no patch, so no line can be commented on).
 */
function suggestionComments(edits, read, diff, redact) {
    const comments = [];
    const skipped = [];
    const seen = new Set();
    for (const [file, list] of edits) {
        const hunks = diff.get(file);
        if (!diff.has(file)) {
            for (const e of list)
                skipped.push(`${(0,trust_text/* safeName */.jC)(e.name)}: ${file} is not changed by the pull request, so no line of it can carry a suggestion`);
            continue;
        }
        const text = read(file);
        for (const e of [...list].sort((a, b) => a.from - b.from)) {
            const name = (0,trust_text/* safeName */.jC)(e.name);
            const r = replacement(text, e);
            const suggested = redact(r.lines.join('\n'));
            const why = refusal(suggested, r.lines.length);
            if (why) {
                skipped.push(`${name}: not suggested, ${why}`);
                continue;
            }
            if (!hunks?.some((h) => h.start <= r.start && h.end >= r.end)) {
                skipped.push(`${name}: not suggested, ${file}:${r.start}${r.end > r.start ? `-${r.end}` : ''} is outside the lines the pull request's diff shows`);
                continue;
            }
            const key = `${file}:${r.start}:${r.end}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            if (comments.length >= SUGGESTION_LIMITS.comments) {
                skipped.push(`${name}: not suggested, one review holds at most ${SUGGESTION_LIMITS.comments} suggestions`);
                continue;
            }
            const marker = suggestionMarker(file, r.start, r.end, suggested);
            const body = [
                marker,
                `**sandbox-checks**: the expected output of \`${name.replace(/`/g, "'")}\` is stale. This is what the block prints now (the change \`sandbox-checks run --update\` makes):`,
                '',
                suggestionFence(suggested, r.lines.length),
            ].join('\n');
            comments.push({
                path: file,
                line: r.end,
                ...(r.end > r.start ? { start_line: r.start, start_side: 'RIGHT' } : {}),
                side: 'RIGHT',
                body,
            });
        }
    }
    return { comments, skipped };
}
/**
 * The ```suggestion block. Its fence is longer than any run of backticks in
 * the text, so no line can end it early; no lines at all is GitHub's way to
 * suggest deleting the lines.
 */
function suggestionFence(text, lines) {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return lines === 0 ? `${fence}suggestion\n${fence}` : `${fence}suggestion\n${text}\n${fence}`;
}
/** Why a suggestion's text may not be posted, or undefined. */
function refusal(text, lines) {
    if (lines > SUGGESTION_LIMITS.lines)
        return `its ${lines} lines are more than a suggestion holds (${SUGGESTION_LIMITS.lines}); run \`sandbox-checks run --update\` locally`;
    if (text.length > SUGGESTION_LIMITS.chars)
        return `its ${text.length} characters are more than a suggestion holds (${SUGGESTION_LIMITS.chars}); run \`sandbox-checks run --update\` locally`;
    if (/[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f]/.test(text))
        return 'the output holds control characters; run `sandbox-checks run --update` locally to see them';
    if ((0,trust_text/* visibleText */.Q6)(text) !== text)
        return 'the output holds invisible or bidi characters that would make the suggestion read differently from what it commits';
    return undefined;
}

// EXTERNAL MODULE: ./src/action/github.ts
var github = __webpack_require__(36339);
;// CONCATENATED MODULE: ./src/action/suggest.ts
// `suggest-updates: true`: the Action's `--update`. When a block's expected
// output is stale, one pull-request review carries a suggested change per
// stale range (rendered by report/suggestion.ts from the same edits the CLI
// writes), so the author can accept it with a click. Only lines of files the
// pull request changes can carry one; the rest are listed in the log.







const HINT = 'run `sandbox-checks run --update` locally to rewrite them';
async function suggestUpdates(o) {
    const { ctx, log } = o;
    // Edits are made against the workspace copy: a check's source file is workspace-relative, its bless file relative to its config.
    const checks = o.checks.map((c) => (c.bless && c.source?.file ? { ...c, bless: { ...c.bless, file: c.source.file } } : c));
    const refused = [];
    const read = (file) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(ctx.workspace, file), 'utf8');
    const edits = blessEdits(checks, o.outcomes, read, refused);
    for (const r of refused)
        log.info(`sandbox-checks: suggest-updates: ${o.redactor.text(r)}`);
    if (!edits.size)
        return;
    const n = [...edits.values()].reduce((a, e) => a + e.length, 0);
    if (ctx.pullNumber === undefined || !ctx.owner || !ctx.repo || !ctx.pullRequestEvent) {
        return log.info(`sandbox-checks: suggest-updates: ${n} stale expected ${n === 1 ? 'output' : 'outputs'}, but this run has no pull request to suggest changes on; ${HINT}`);
    }
    if (!o.token)
        return log.warning(`sandbox-checks: suggest-updates: ${n} stale expected ${n === 1 ? 'output' : 'outputs'}, but there is no github-token to post suggestions with; ${HINT}`);
    const octokit = await (o.octokit ?? defaultOctokit(ctx))(o.token);
    const ref = { owner: ctx.owner, repo: ctx.repo, pullNumber: ctx.pullNumber };
    try {
        const diff = new Map();
        for (const f of await (0,github/* listPullRequestFiles */.cq)(octokit, ref))
            if (f.status !== 'removed')
                diff.set(f.filename, f.patch ? (0,changed/* hunkRanges */.ZV)(f.patch) : undefined);
        const s = suggestionComments(edits, read, diff, (t) => o.redactor.text(t));
        for (const m of s.skipped)
            log.info(`sandbox-checks: suggest-updates: ${m}`);
        if (!s.comments.length)
            return log.info(`sandbox-checks: suggest-updates: no suggestion could be placed on the pull request's diff; ${HINT}`);
        // A re-run of the same commit posts nothing twice: the same edit at the same lines has the same marker.
        const login = await (0,github/* ownLogin */.C4)(octokit);
        const existing = (await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner: ref.owner, repo: ref.repo, pull_number: ref.pullNumber, per_page: 100 }));
        // Only our own earlier comments count: anyone else's copy of a marker must not hold a suggestion back.
        const ours = existing.filter((c) => (0,github/* isOwnComment */._M)(c.user, login));
        const fresh = s.comments.filter((c) => !ours.some((e) => (0,trust_text/* startsWithMarker */.Ox)(e.body, c.body.split('\n', 1)[0])));
        if (!fresh.length)
            return log.info(`sandbox-checks: suggest-updates: the ${s.comments.length === 1 ? 'suggestion is' : `${s.comments.length} suggestions are`} already on the pull request`);
        const r = await octokit.rest.pulls.createReview({
            owner: ref.owner,
            repo: ref.repo,
            pull_number: ref.pullNumber,
            ...(ctx.sha ? { commit_id: ctx.sha } : {}),
            event: 'COMMENT',
            body: `sandbox-checks: ${fresh.length} expected ${fresh.length === 1 ? 'output is' : 'outputs are'} stale; each suggestion below replaces one with what the block prints now.`,
            comments: fresh,
        });
        log.info(`sandbox-checks: suggest-updates: ${fresh.length} ${fresh.length === 1 ? 'suggestion' : 'suggestions'} posted${r.data.html_url ? `: ${r.data.html_url}` : ''}`);
    }
    catch (e) {
        const status = e.status;
        if ((0,github/* isForbidden */.US)(e)) {
            log.warning(ctx.fork
                ? 'sandbox-checks: suggest-updates: this pull request comes from a fork, so the workflow token is read-only and no review could be posted; ' + HINT
                : 'sandbox-checks: suggest-updates: the token may not post reviews (403); give the job `permissions: pull-requests: write`, or ' + HINT);
        }
        else {
            log.warning(`sandbox-checks: suggest-updates: could not post the suggestions${status ? ` (HTTP ${status})` : ''}: ${o.redactor.text(e.message)}; ${HINT}`);
        }
    }
}
function defaultOctokit(ctx) {
    return async (token) => {
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(794)]).then(__webpack_require__.bind(__webpack_require__, 92413));
        return getOctokit(token, { baseUrl: ctx.apiUrl, request: { signal: AbortSignal.timeout(60_000) } });
    };
}


/***/ }),

/***/ 32676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ linesMatch),
/* harmony export */   Y: () => (/* binding */ withoutMarkers),
/* harmony export */   m6: () => (/* binding */ unmetSections),
/* harmony export */   nO: () => (/* binding */ splitSections)
/* harmony export */ });
/* unused harmony export cramLineMatches */
/* harmony import */ var _trust_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41249);
/* harmony import */ var _textdiff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47444);
// Output checked piece by piece: a shell transcript's commands, a Go file's
// Example functions. The program prints a marker line after each piece
// (`@@SCS:<nonce>:<index>:<exit code>@@`); the text between two markers is
// that piece's output, compared with its own expected lines by its owner's
// rules, so a mismatch names the command or example and its Markdown line.
//
// cram rules (shell transcripts): every line must match exactly (trailing
// whitespace ignored), except a line ending in ` (re)` (a regular expression
// for the whole line), ` (glob)` (`*` any text, `?` one character, `\` quotes
// the next), ` (esc)` (backslash escapes such as `\t`, `\x1b`) or
// ` (no-eol)` (the output does not end with a newline); a last line `[N]`
// is the command's exit code, which is otherwise 0. A line that is only `...`
// matches any number of lines (also none), as in the tool's `output` blocks.
//
// Go rules (`// Output:`): the output and the comment are compared with
// surrounding space trimmed; `// Unordered output:` compares sorted lines.


const sectionMarker = (nonce) => new RegExp(`\\n?@@SCS:${nonce}:(\\d+):(\\d+)@@\\n`, 'g');
/** Cuts stdout at the markers; what follows the last marker is not a section. */
function splitSections(nonce, stdout) {
    const sections = [];
    let from = 0;
    for (const m of stdout.matchAll(sectionMarker(nonce))) {
        sections.push({ index: Number(m[1]), output: stdout.slice(from, m.index), exitCode: Number(m[2]) });
        from = m.index + m[0].length;
    }
    return { sections, rest: stdout.slice(from) };
}
/** stdout with the markers taken out, for people to read. */
function withoutMarkers(nonce, stdout) {
    return stdout.replace(sectionMarker(nonce), '\n').replace(/^\n/, '');
}
function unescape(s) {
    return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|[\\tnr])/g, (_, e) => {
        if (e[0] === 'x')
            return String.fromCharCode(parseInt(e.slice(1), 16));
        if (/^[0-7]/.test(e))
            return String.fromCharCode(parseInt(e, 8));
        return { '\\': '\\', t: '\t', n: '\n', r: '\r' }[e];
    });
}
function globSource(g) {
    let out = '';
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '\\' && i + 1 < g.length)
            out += g[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        else if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else
            out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return out;
}
/** A cram pattern on RE2 (linear time: the pattern is the document's), or undefined when RE2 cannot run it. */
function patternMatches(source, line) {
    let re = compiled.get(source);
    if (!re) {
        re = (0,_trust_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileUserRegex */ ._)(`^(?:${source})$`);
        // A diff asks for the same pattern against many lines.
        if (compiled.size > 1000)
            compiled.clear();
        compiled.set(source, re);
    }
    return 'error' in re ? undefined : re.test(line);
}
const compiled = new Map();
/** Does one actual line match one expected cram line? */
function cramLineMatches(want, got) {
    const w = want.replace(/\s+$/, '');
    const g = got.replace(/\s+$/, '');
    if (w === g)
        return true;
    const suffix = / \((re|glob|esc|no-eol)\)$/.exec(w);
    if (!suffix)
        return false;
    const body = w.slice(0, suffix.index);
    switch (suffix[1]) {
        case 're':
            return patternMatches(body, g) ?? false;
        case 'glob':
            return patternMatches(globSource(body), g) ?? false;
        case 'esc':
            return unescape(body).replace(/\s+$/, '') === g;
        default:
            return body === g;
    }
}
/** Expected lines against actual lines; a line `...` takes any number of lines. */
function linesMatch(want, got) {
    const memo = new Map();
    const go = (i, j) => {
        const key = i * (got.length + 1) + j;
        const hit = memo.get(key);
        if (hit !== undefined)
            return hit;
        let r;
        if (i === want.length)
            r = j === got.length;
        else if (want[i].trim() === '...')
            r = go(i + 1, j) || (j < got.length && go(i, j + 1));
        else
            r = j < got.length && cramLineMatches(want[i], got[j]) && go(i + 1, j + 1);
        memo.set(key, r);
        return r;
    };
    return go(0, 0);
}
const lines = (text) => (text === '' ? [] : text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n'));
/** The actual lines of a cram section: its output, `(no-eol)` on an unfinished last line, `[N]` for a non-zero exit. */
function cramActual(s, want) {
    const got = lines(s.output);
    if (s.output && !s.output.endsWith('\n') && got.length) {
        const last = want[got.length - 1];
        if (last && / \(no-eol\)$/.test(last))
            got[got.length - 1] += ' (no-eol)';
    }
    if (s.exitCode !== 0)
        got.push(`[${s.exitCode}]`);
    return got;
}
/** A message for the first piece whose output differs, or undefined when all match. */
function unmetSections(spec, stdout) {
    const { sections } = splitSections(spec.nonce, stdout);
    const byIndex = new Map(sections.map((s) => [s.index, s]));
    for (const [i, item] of spec.items.entries()) {
        const s = byIndex.get(i);
        if (!s) {
            const last = spec.items[sections.length - 1];
            return `${item.label} (line ${item.line}) never finished: the program stopped${last ? ` after ${last.label} (line ${last.line})` : ' before it'}`;
        }
        if (item.mode === 'none')
            continue;
        if (item.mode === 'cram') {
            const want = item.expected.filter((l, k, all) => !(k === all.length - 1 && /^\[0\]$/.test(l)));
            const got = cramActual(s, want);
            if (!linesMatch(want, got)) {
                const eq = (w, g) => w.trim() === '...' || cramLineMatches(w, g);
                return `${item.label} (line ${item.line}) printed something else:\n${(0,_textdiff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffLines */ .Pp)(want, got, eq)}`;
            }
            continue;
        }
        const norm = (t) => t.trim().replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
        let want = norm(item.expected.join('\n'));
        let got = norm(s.output);
        if (item.mode === 'go-unordered') {
            want = [...want].sort();
            got = [...got].sort();
        }
        if (want.join('\n') !== got.join('\n')) {
            return `${item.label} (line ${item.line}) printed something else:\n${(0,_textdiff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffLines */ .Pp)(want, got, (w, g) => w === g)}`;
        }
        if (s.exitCode !== 0)
            return `${item.label} (line ${item.line}) ended with exit code ${s.exitCode}`;
    }
    return undefined;
}


/***/ }),

/***/ 47444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pp: () => (/* binding */ diffLines),
  j7: () => (/* binding */ normalise),
  X0: () => (/* binding */ outputDiff)
});

// UNUSED EXPORTS: outputMatches

;// CONCATENATED MODULE: ./src/engine/wildcard.ts
// `...` in expected output, matched in linear time. The expected text is
// literal pieces between two kinds of wildcard: `...` inside a line matches
// any text (also none, also across lines), and a line that is only `...`
// matches any number of whole lines. Each piece is found at its leftmost
// possible place (the first at the start, the last at the end): with
// wildcards that match anything, the leftmost place never loses a match, so
// nothing is ever retried and no expected text can stall the engine the way
// a backtracking regular expression did.
const ELLIPSIS = '...';
/** The pattern of expected text whose lines are already normalised and joined with \n (and end with \n). */
function compile(lines) {
    const pieces = [''];
    const gaps = [];
    const gap = (g) => {
        // Two whole-line wildcards in a row are one.
        if (pieces[pieces.length - 1] === '' && gaps.length && gaps[gaps.length - 1] === 'lines' && g === 'lines')
            return;
        gaps.push(g);
        pieces.push('');
    };
    for (const line of lines) {
        if (line.trim() === ELLIPSIS) {
            gap('lines');
            continue;
        }
        const parts = line.split(ELLIPSIS);
        parts.forEach((p, i) => {
            if (i > 0)
                gap('any');
            pieces[pieces.length - 1] += p;
        });
        pieces[pieces.length - 1] += '\n';
    }
    return { pieces, gaps };
}
const atLineStart = (text, at) => at === 0 || text[at - 1] === '\n';
/** Leftmost place ≥ from where `piece` may start after a gap of kind `g`, ending by `end`; -1 if none. */
function find(text, piece, from, end, g) {
    let at = text.indexOf(piece, from);
    while (at >= 0 && at + piece.length <= end) {
        if (g === 'any' || atLineStart(text, at))
            return at;
        // Whole lines only: the next place is at the next line's start.
        const nl = text.indexOf('\n', at);
        if (nl < 0)
            return -1;
        at = text.indexOf(piece, nl + 1);
    }
    return -1;
}
function matchPattern(p, text) {
    const { pieces, gaps } = p;
    if (gaps.length === 0)
        return text === pieces[0];
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!text.startsWith(first))
        return false;
    const tailAt = text.length - last.length;
    if (tailAt < first.length || !text.endsWith(last))
        return false;
    let cur = first.length;
    for (let i = 1; i < pieces.length - 1; i++) {
        const at = find(text, pieces[i], cur, tailAt, gaps[i - 1]);
        if (at < 0)
            return false;
        cur = at + pieces[i].length;
    }
    return gaps[gaps.length - 1] === 'any' || tailAt === cur || atLineStart(text, tailAt);
}
/** Does `actual` (normalised, lines joined with \n, ending with \n) match the expected lines? */
function wildcardMatch(expectedLines, actual) {
    return matchPattern(compile(expectedLines), actual);
}
/** A test of actual lines against one expected line (with `...` inside it), compiled once. */
function lineMatcher(expected) {
    if (expected.trim() === ELLIPSIS)
        return () => true;
    if (!expected.includes(ELLIPSIS))
        return (actual) => expected === actual;
    const p = compile([expected]);
    return (actual) => !actual.includes('\n') && matchPattern(p, `${actual}\n`);
}
/** Does one actual line match one expected line (with `...` inside it)? */
function lineMatches(expected, actual) {
    return lineMatcher(expected)(actual);
}

;// CONCATENATED MODULE: ./src/engine/textdiff.ts
// Expected output as documentation writes it: compared line by line with
// trailing whitespace ignored, `...` as a wildcard, and a line diff when it
// does not match.
//
//   - `...` inside a line matches any text (also none, also across lines);
//   - a line that is only `...` matches any number of whole lines (also none).

/** Trailing whitespace on each line and trailing blank lines are not compared. */
function normalise(text) {
    return text
        .replace(/\r\n/g, '\n')
        .split('\n')
        .map((l) => l.replace(/\s+$/, ''))
        .join('\n')
        .replace(/\n+$/, '');
}
/** Does `actual` match `expected` (trailing whitespace and final blank lines ignored)? Linear time (wildcard.ts). */
function outputMatches(expected, actual) {
    return wildcardMatch(normalise(expected).split('\n'), `${normalise(actual)}\n`);
}
/** Lines compared in the diff; past them the diff is cut short. */
const DIFF_LINES = 2000;
/** Characters compared against wildcard lines in one diff, at most (then such lines count as different). */
const DIFF_WILDCARD_BUDGET = 200_000_000;
/** A unified-style line diff (`-` expected, `+` actual), at most `maxLines` lines; '' when they match. */
function outputDiff(expected, actual, maxLines = 40) {
    if (outputMatches(expected, actual))
        return '';
    const want = normalise(expected).split('\n');
    const got = normalise(actual).split('\n');
    // Lines are compared by id, and a wildcard line's matches are computed
    // once per actual line, within a budget.
    const n = Math.min(want.length, DIFF_LINES);
    const m = Math.min(got.length, DIFF_LINES);
    const ids = new Map();
    const id = (l) => ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1);
    const wantId = want.slice(0, n).map(id);
    const gotId = got.slice(0, m).map(id);
    const wild = new Map();
    let budget = DIFF_WILDCARD_BUDGET;
    for (let i = 0; i < n; i++) {
        const w = want[i];
        if (!w.includes('...') || wild.has(wantId[i]))
            continue;
        const row = new Uint8Array(m);
        const test = lineMatcher(w);
        for (let j = 0; j < m && budget > 0; j++) {
            budget -= got[j].length + w.length;
            row[j] = test(got[j]) ? 1 : 0;
        }
        wild.set(wantId[i], row);
    }
    return diffRows(want, got, (i, j) => wantId[i] === gotId[j] || wild.get(wantId[i])?.[j] === 1, maxLines);
}
/**
 * A line diff (`-` want, `+` got) under any line equality, with two rows of
 * context around each change. `eq` is called O(n·m) times on at most
 * DIFF_LINES lines each side: it must be cheap and linear in its lines.
 */
function diffLines(want, got, eq, maxLines = 40) {
    return diffRows(want, got, (i, j) => eq(want[i], got[j]), maxLines);
}
function diffRows(want, got, eq, maxLines) {
    // Longest common subsequence on lines, bounded to DIFF_LINES each side.
    const n = Math.min(want.length, DIFF_LINES);
    const m = Math.min(got.length, DIFF_LINES);
    const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            dp[i][j] = eq(i, j) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
        }
    }
    const rows = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && eq(i, j)) {
            rows.push(`  ${got[j]}`);
            i++;
            j++;
        }
        else if (i < n && (j >= m || dp[i + 1][j] >= dp[i][j + 1])) {
            rows.push(`- ${want[i++]}`);
        }
        else {
            rows.push(`+ ${got[j++]}`);
        }
    }
    if (want.length > n || got.length > m)
        rows.push('  … (longer outputs: diff cut short)');
    // Keep the changed rows and two rows of context around each.
    const keep = new Set();
    rows.forEach((r, k) => {
        if (!r.startsWith('  '))
            for (let d = -2; d <= 2; d++)
                keep.add(k + d);
    });
    if (keep.size === 0)
        rows.forEach((_, k) => keep.add(k));
    const out = ['--- expected', '+++ actual'];
    let last = -1;
    for (let k = 0; k < rows.length; k++) {
        if (!keep.has(k))
            continue;
        if (last >= 0 && k > last + 1)
            out.push('  …');
        out.push(rows[k]);
        last = k;
    }
    if (out.length > maxLines + 2)
        return [...out.slice(0, maxLines + 2), `  … (${out.length - maxLines - 2} more diff lines)`].join('\n');
    return out.join('\n');
}


/***/ })

};
