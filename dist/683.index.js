export const id = 683;
export const ids = [683];
export const modules = {

/***/ 28683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCancellable: () => (/* binding */ runCancellable)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/engine/outcome.ts
// The outcome a check starts from (and ends with, when it never ran).
function emptyTail() {
    return { head: '', tail: '', bytes: 0, truncated: false };
}
/** An outcome before anything ran: its status and reason, no output yet. */
function baseOutcome(check, provider, status, reason, message) {
    return {
        name: check.name,
        language: check.language,
        provider,
        status,
        reason,
        message,
        durationMs: 0,
        stdout: emptyTail(),
        stderr: emptyTail(),
        file: check.source?.file,
        line: check.source?.line,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/languages/index.ts + 27 modules
var languages = __webpack_require__(70616);
// EXTERNAL MODULE: ./src/providers/index.ts
var providers = __webpack_require__(87486);
// EXTERNAL MODULE: ./src/providers/provider.ts
var providers_provider = __webpack_require__(49545);
// EXTERNAL MODULE: ./src/trust/regex.ts
var regex = __webpack_require__(41249);
// EXTERNAL MODULE: ./src/engine/output.ts
var output = __webpack_require__(40789);
// EXTERNAL MODULE: ./src/engine/sections.ts
var sections = __webpack_require__(32676);
// EXTERNAL MODULE: ./src/engine/textdiff.ts + 1 modules
var textdiff = __webpack_require__(47444);
;// CONCATENATED MODULE: ./src/engine/expect.ts
// Expectations: pure comparisons of what a check did with what it should do.
//
// An expectation on a stream is judged on the whole stream, never on part of
// it. The engine keeps the first and last KEEP_BYTES of each stream in memory
// (output.ts; the rest goes to the log file); when a stream was longer, an
// expectation on it (stdout/stderr equality, `_matches`, an `output` block,
// a transcript's sections) is not judged and the check fails with reason
// `expectation`, saying so. `_contains` still passes when every needle is in
// the kept part (it is then in the whole stream too), and fails the same way
// when one is not.




function shorten(s, n = 200) {
    const one = JSON.stringify(s);
    return one.length > n ? `${one.slice(0, n)}…"` : one;
}
const cutOf = (seen, stream) => (typeof seen.truncated === 'boolean' ? seen.truncated : seen.truncated[stream]);
function notJudged(stream, what) {
    const kib = (2 * output/* KEEP_BYTES */.uK) / 1024;
    return {
        reason: 'expectation',
        message: `${what} was not judged: ${stream} was longer than the ${kib} KiB of it kept in memory (its first and last ${kib / 2} KiB), and an expectation is never judged on part of the output; the full output is in the log. Make the program print less, or check the long output inside the program`,
    };
}
/** Returns the first unmet expectation, or undefined. */
function unmetExpectation(expect, seen) {
    const wantExit = expect.exitCode ?? 0;
    const why = expect.why ? ` (${expect.why})` : '';
    const exit = (message) => ({ reason: 'exit_code', message });
    const unmet = (message) => ({ reason: 'expectation', message });
    if (expect.shouldFail && expect.exitCode === undefined) {
        if (seen.exitCode === 0 || seen.exitCode === null)
            return exit(`expected exit code non-zero${why || ' (should_fail)'}, got ${seen.exitCode ?? 'none'}`);
    }
    else if (seen.exitCode !== wantExit) {
        return exit(`expected exit code ${wantExit}${why}, got ${seen.exitCode ?? 'none'}`);
    }
    const stdoutCut = cutOf(seen, 'stdout');
    if (expect.sections) {
        if (stdoutCut)
            return notJudged('stdout', 'the expected output of each command');
        const message = (0,sections/* unmetSections */.m6)(expect.sections, seen.stdout);
        if (message)
            return unmet(message);
    }
    if (expect.stdoutLike !== undefined) {
        if (stdoutCut)
            return notJudged('stdout', 'the expected output');
        const diff = (0,textdiff/* outputDiff */.X0)(expect.stdoutLike, seen.stdout);
        if (diff)
            return unmet(`stdout differs from the expected output:\n${diff}`);
    }
    for (const [stream, text] of [
        ['stdout', seen.stdout],
        ['stderr', seen.stderr],
    ]) {
        const cut = cutOf(seen, stream);
        const equals = stream === 'stdout' ? expect.stdoutEquals : expect.stderrEquals;
        const contains = stream === 'stdout' ? expect.stdoutContains : expect.stderrContains;
        const matches = stream === 'stdout' ? expect.stdoutMatches : expect.stderrMatches;
        if (equals !== undefined) {
            if (cut)
                return notJudged(stream, `${stream} = "…"`);
            if ((0,textdiff/* normalise */.j7)(text) !== (0,textdiff/* normalise */.j7)(equals))
                return unmet(`${stream} differs from the expected text: expected ${shorten((0,textdiff/* normalise */.j7)(equals))}, got ${shorten((0,textdiff/* normalise */.j7)(text))}`);
        }
        // Kept pieces are searched one by one: a needle never spans the cut, nor the line that marks it.
        const pieces = cut ? text.split(output/* OMITTED_LINE */.mM) : [text];
        for (const needle of contains ?? []) {
            if (!pieces.some((p) => p.includes(needle)))
                return cut ? notJudged(stream, `${stream}_contains ${shorten(needle)}`) : unmet(`${stream} does not contain ${shorten(needle)}`);
        }
        if (matches !== undefined) {
            const re = (0,regex/* compileUserRegex */._)(matches);
            if ('error' in re)
                return unmet(`${stream}_matches ${re.error}`);
            if (cut)
                return notJudged(stream, `${stream}_matches /${matches}/`);
            if (!re.test(text))
                return unmet(`${stream} does not match /${matches}/`);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/logs.ts
// Which full logs are worth keeping once a run ends: those of checks that did
// not pass, and of checks whose output was cut short in the report (the log
// has the rest). The others are removed, their `logFile` cleared, and a log
// folder left empty is removed too, so a green run leaves nothing behind.

function keepsLog(o) {
    return o.status === 'failed' || o.status === 'timed_out' || o.status === 'error' || o.stdout.truncated || o.stderr.truncated;
}
/** Removes the logs nobody needs; returns whether `dir` still holds any. */
function settleLogs(outcomes, dir) {
    for (const o of outcomes) {
        if (!o.logFile || keepsLog(o))
            continue;
        (0,external_node_fs_.rmSync)(o.logFile, { force: true });
        delete o.logFile;
    }
    let left;
    try {
        left = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return false;
    }
    // Logs of checks that never reached an outcome (cancelled runs) stay.
    if (left.length)
        return true;
    try {
        (0,external_node_fs_.rmdirSync)(dir);
    }
    catch {
        return true;
    }
    return false;
}

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
;// CONCATENATED MODULE: ./src/engine/compiler-messages.ts
// A compiler's failure in one message: its first error (rustc's
// `error[E0308]: mismatched types` and the `--> file:line` under it, gcc's
// `main.c:4:5: error: …`, javac's, mcs's, go's) and then the end of its
// output, where the summary is. Without the headline, rustc's last lines
// only say "aborting due to 1 previous error".
const HEADLINE = /^(?:error(?:\[E\d+\])?:.*|.*?:\d+(?::\d+)?:? (?:fatal )?error:?.*|.*\(\d+,\d+\): error CS\d+:.*|.*\.java:\d+: error:.*|# .*)$/m;
function compileFailureSummary(text, n = 8) {
    const lines = text.trim().split('\n').filter(Boolean);
    const last = lines.slice(-n);
    const m = HEADLINE.exec(text);
    if (!m)
        return last.join('\n') || '(no output)';
    const at = lines.indexOf(m[0]);
    const head = [m[0]];
    const loc = lines[at + 1];
    if (loc && /^\s*--> /.test(loc))
        head.push(loc);
    if (head.every((h) => last.includes(h)))
        return last.join('\n');
    return [...head, ...(at + head.length < lines.length - n ? ['…'] : []), ...last.filter((l) => !head.includes(l))].join('\n');
}

// EXTERNAL MODULE: ./src/engine/install-failure.ts
var install_failure = __webpack_require__(57830);
;// CONCATENATED MODULE: ./src/engine/check-run.ts
// One check's run, the parts its phases share: the context every phase
// reads and writes (CheckRun), and the setup phases (package install,
// compile) whose output is kept apart and shown only when they fail. The
// order of the phases is runOne's, in run.ts.








function safeName(name, index) {
    return `${String(index + 1).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}.log`;
}
/** The context of a check about to run: its log, its captures, an outcome that says `error` until a phase says otherwise. */
function startRun(job) {
    const { check } = job;
    const started = Date.now();
    const lang = (0,languages/* getLanguage */.Z0)(check.language);
    const logFile = external_node_path_default().join(job.logDir, safeName(check.name, job.index));
    const log = (0,external_node_fs_.createWriteStream)(logFile);
    const outcome = baseOutcome(check, job.provider.name, 'error');
    outcome.logFile = logFile;
    const phases = {};
    outcome.phases = phases;
    return {
        ...job,
        lang,
        started,
        log,
        stdout: new output/* StreamCapture */.nb(check.limits.outputBytes, log),
        stderr: new output/* StreamCapture */.nb(check.limits.outputBytes, log),
        setup: new output/* StreamCapture */.nb(4 << 20, log, undefined, 8 * 1024),
        outputStop: new AbortController(),
        outcome,
        phases,
        env: { ...(lang.env ?? {}), ...check.env },
        end(status, reason, message) {
            outcome.status = status;
            outcome.reason = reason;
            outcome.message = message;
            return outcome;
        },
    };
}
/** Times `step` into `phases[phase]`, in ms. */
async function timed(run, phase, step) {
    const t0 = Date.now();
    try {
        return await step();
    }
    finally {
        run.phases[phase] = Date.now() - t0;
    }
}
/**
 * The environment of a step without the network: installers that would
 * retry an unreachable registry fail within a second or two instead: npm
 * retries twice, 10-60 s apart, so `npm install x` in a block ran into a
 * 30 s timeout; pip retries five times (one is kept, so its warning still
 * names the cause). A check's own env still wins.
 */
const OFFLINE_ENV = {
    npm_config_fetch_retries: '0',
    npm_config_fetch_timeout: '10000',
    PIP_RETRIES: '1',
    PIP_TIMEOUT: '10',
};
/** The env of one step of `run`: with OFFLINE_ENV under it when the step has no network. */
function stepEnv(run, network) {
    return network ? run.env : { ...OFFLINE_ENV, ...run.env };
}
/** An install or compile step: its output goes to the setup capture, shown only when it fails. */
function setupStep(run, command, network, deadline) {
    return run.sandbox.run({
        command,
        env: stepEnv(run, network),
        stdin: '',
        network,
        deadline,
        signal: run.signal,
        onStdout: (b) => run.setup.push(b),
        onStderr: (b) => run.setup.push(b),
    });
}
/** The check's packages, in their own phase and budget: a slow index never eats the program's timeout. */
async function install(run) {
    const { check, lang, outcome, stdout, stderr, setup } = run;
    if (!check.packages.length || !lang.install || run.layer)
        return undefined;
    // The step's sandbox (its pid namespace and cgroup) is gone when it
    // returns, so nothing an install script started lives into the run.
    const budget = check.limits.installTimeoutMs ?? limits/* DEFAULT_LIMITS */.dR.installTimeoutMs;
    const what = `installing ${check.packages.join(', ')} with ${lang.install.tool}`;
    run.events.onNotice?.(check, what);
    const command = lang.install.command(check.packages);
    const r = await timed(run, 'installMs', () => setupStep(run, command, true, Date.now() + budget));
    const failed = (0,install_failure/* installFailure */.Y)(r, what, (0,output/* streamText */.gM)(setup.result()), budget, check.name);
    if (!failed)
        return undefined;
    setOutput(outcome, stdout, stderr, setup);
    return run.end(failed.status, failed.reason, failed.message);
}
/** Compiled languages build before they run (not for compile-only checks, whose run is the check). */
async function compile(run, runFile, deadline) {
    const { check, lang, outcome, stdout, stderr, setup } = run;
    if (!lang.compile || check.noRun)
        return undefined;
    run.events.onNotice?.(check, `compiling ${runFile}`);
    const command = lang.compile(runFile);
    const r = await timed(run, 'compileMs', () => setupStep(run, command, false, deadline));
    if (r.limit === 'timeout') {
        setOutput(outcome, stdout, stderr, setup);
        return run.end('timed_out', 'timeout', `compiling did not finish within the ${check.limits.timeoutMs} ms timeout`);
    }
    if (r.exitCode !== 0) {
        setOutput(outcome, stdout, stderr, setup);
        outcome.exitCode = r.exitCode ?? undefined;
        return run.end('failed', 'compile', `compilation failed: ${compileFailureSummary((0,output/* streamText */.gM)(setup.result()))}`);
    }
    return undefined;
}
function setOutput(outcome, stdout, stderr, setup) {
    outcome.stdout = stdout.result();
    outcome.stderr = stderr.result();
    if (setup && setup.bytes) {
        // Installer and compiler messages matter most when they fail: show them as stderr.
        const s = setup.result();
        outcome.stderr = { ...s, head: s.head, tail: s.tail };
    }
}

;// CONCATENATED MODULE: ./src/engine/present.ts
// Outcomes as people read them: the generated program's file name replaced by
// the Markdown file it came from (`/workspace/main.py", line 43` →
// `README.md", line 43`; the line numbers already are the Markdown's), the
// markers that cut output into sections taken out, and what was done to the
// block ("wrapped in main") said in the message. Verdicts are made before
// this, on the raw output.


const present_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names the program is known by in tool messages: `main.py`, `/workspace/main.py`, the transpiled `main.mjs`. */
function programNames(check) {
    const e = check.entry;
    const names = new Set([e]);
    for (const n of (0,languages/* findLanguage */.iG)(check.language)?.programNames?.(e) ?? [])
        names.add(n);
    return [...names];
}
/** A function rewriting program paths in text to the Markdown file. */
function pathMapper(check) {
    const file = check.source?.file;
    if (!file || check.source?.line === undefined || check.session)
        return undefined;
    const names = programNames(check).map(present_escape).join('|');
    // Followed by what compilers and tracebacks put after a path: `:43`, `", line 43`, `(43,5)`, ` line 43`.
    const re = new RegExp(`(?:(?:file://)?/workspace/|\\./|(?<![\\w./-]))(?:${names})(?=:\\d|", line |\\(\\d|: line \\d|\\b)`, 'g');
    // A function, so `$&` in a file name is not a replacement pattern.
    return (text) => text.replace(re, () => file);
}
function mapTail(s, f) {
    return { ...s, head: f(s.head), tail: s.tail ? f(s.tail) : s.tail };
}
/** The outcome of `check` made readable; its status and reason stay as they are. */
function presentOutcome(outcome, check) {
    let o = outcome;
    const nonce = check.expect.sections?.nonce;
    if (nonce) {
        const raw = o.stdout.tail ? '' : o.stdout.head;
        o = { ...o, stdout: mapTail(o.stdout, (t) => (0,sections/* withoutMarkers */.Y)(nonce, t)), ...(raw ? { sections: (0,sections/* splitSections */.nO)(nonce, raw).sections } : {}) };
    }
    const map = pathMapper(check);
    if (map)
        o = { ...o, stdout: mapTail(o.stdout, map), stderr: mapTail(o.stderr, map), message: o.message && map(o.message) };
    if (check.note && o.status !== 'skipped') {
        o = { ...o, message: o.status === 'passed' ? (o.message ?? check.note) : o.message ? `${o.message}\n(${check.note})` : `(${check.note})` };
    }
    return o;
}

// EXTERNAL MODULE: ./src/crypto.ts
var src_crypto = __webpack_require__(55414);
;// CONCATENATED MODULE: ./src/engine/session-judge.ts
// Each block's outcome from its segment of the session's output and how the
// session's process ended. Rules: a block that fails — unexpected exit code,
// exception, unmet expectation, timeout — ends the session: the blocks after
// it are `skipped` (`skipped_by_session`). A `should_fail` block that fails
// as expected does not. A hidden setup's output is shown only when it fails,
// on the first block after it.



/** The outcome of every block of `items`. */
function blockOutcomes(items, segments, whole, name) {
    const out = new Map();
    const anyStarted = segments.some((g) => g?.started);
    let stopper;
    let setupFailure;
    let elapsed = 0;
    for (const item of items) {
        const seg = segments[item.index] ?? { started: false, ended: false, stdout: '', stderr: '' };
        const c = item.check;
        if (!c) {
            // Hidden setup: its output is shown only when it fails.
            if (stopper || setupFailure)
                continue;
            const r = judge(seg, whole, {});
            if (seg.ended)
                elapsed += seg.ms ?? 0;
            if (seg.started && r.status !== 'passed') {
                setupFailure = { item, seg, status: r.status, reason: r.reason, message: `the hidden setup at ${item.display}:${item.line} failed: ${r.message}` };
            }
            continue;
        }
        const o = baseOutcome(c, whole.provider, 'skipped');
        o.logFile = whole.logFile;
        o.sandboxId = whole.sandboxId;
        if (setupFailure) {
            o.status = setupFailure.status;
            o.reason = setupFailure.reason;
            o.message = setupFailure.message;
            o.stdout = tail(setupFailure.seg.stdout, c.limits.outputBytes);
            o.stderr = tail(setupFailure.seg.stderr, c.limits.outputBytes);
            stopper = `the hidden setup at ${setupFailure.item.display}:${setupFailure.item.line} failed in session "${name}"`;
            setupFailure = undefined;
            out.set(c, o);
            continue;
        }
        if (stopper) {
            o.reason = whole.reason === 'cancelled' ? 'cancelled' : 'skipped_by_session';
            o.message = whole.reason === 'cancelled' ? 'the run was cancelled before this block ran' : `not run: ${stopper}`;
            out.set(c, o);
            continue;
        }
        if (!anyStarted) {
            // The sandbox, the toolchain or the package install failed before any block ran.
            o.status = whole.status === 'passed' ? 'error' : whole.status;
            o.reason = whole.reason ?? 'sandbox_error';
            o.message = whole.message ?? 'the session ended before its first block ran';
            o.durationMs = whole.durationMs;
            o.stdout = whole.stdout;
            o.stderr = whole.stderr;
            out.set(c, o);
            continue;
        }
        if (!seg.started) {
            o.reason = 'skipped_by_session';
            o.message = `not run: the session "${name}" ended before this block`;
            out.set(c, o);
            continue;
        }
        const r = judge(seg, whole, c.expect);
        o.status = r.status;
        o.reason = r.reason;
        o.message = r.message;
        o.exitCode = r.exitCode;
        o.signal = r.signal;
        o.stdout = tail(seg.stdout, c.limits.outputBytes);
        o.stderr = tail(seg.stderr, c.limits.outputBytes);
        o.durationMs = seg.ended ? (seg.ms ?? 0) : Math.max(0, whole.durationMs - elapsed);
        elapsed += o.durationMs;
        if (r.status !== 'passed')
            stopper = `${c.name} failed earlier in session "${name}"`;
        else if (!seg.ended)
            stopper = `${c.name} ended the session's process (exit ${whole.exitCode ?? '?'}), so session "${name}" could not go on`;
        out.set(c, o);
    }
    return out;
}
function judge(seg, whole, expect) {
    if (seg.ended) {
        const unmet = unmetExpectation(expect, { exitCode: seg.code ?? null, stdout: seg.stdout, stderr: seg.stderr, truncated: false });
        if (!unmet)
            return { status: 'passed', exitCode: seg.code };
        return { status: 'failed', reason: unmet.reason, message: unmet.message, exitCode: seg.code };
    }
    // The process ended while this block ran: its limit, signal or exit is this block's.
    const plainExit = whole.status === 'passed' || (whole.status === 'failed' && whole.reason === 'exit_code');
    if (plainExit && whole.exitCode !== undefined) {
        const unmet = unmetExpectation(expect, { exitCode: whole.exitCode, stdout: seg.stdout, stderr: seg.stderr, truncated: false });
        if (!unmet)
            return { status: 'passed', exitCode: whole.exitCode };
        return {
            status: 'failed',
            reason: unmet.reason,
            message: `${unmet.message} (the block ended the session's process)`,
            exitCode: whole.exitCode,
        };
    }
    return { status: whole.status === 'passed' ? 'failed' : whole.status, reason: whole.reason, message: whole.message, exitCode: whole.exitCode, signal: whole.signal };
}
function tail(text, limit) {
    const cap = new output/* StreamCapture */.nb(Math.max(limit, Buffer.byteLength(text)));
    cap.push(Buffer.from(text));
    return cap.result();
}

;// CONCATENATED MODULE: ./src/engine/session-output.ts
// A session's output cut back into its blocks. The driver prints a marker
// line with the session's random nonce before and after each block (stdout:
// `@@SC:<nonce>:B:<i>@@` and `@@SC:<nonce>:E:<i>:<exit>:<ms>@@`; stderr:
// `@@SC:<nonce>:E:<i>@@`); code in a block cannot forge one without the
// nonce. Pure text in, segments out, plus a live watcher that keeps each
// block's own timeout while the output streams.
/** Splits the session's output at the driver's markers. */
function demux(nonce, stdout, stderr) {
    const segs = [];
    const seg = (i) => (segs[i] ??= { started: false, ended: false, stdout: '', stderr: '' });
    const outRe = new RegExp(`@@SC:${nonce}:(B|E):(\\d+)(?::(-?\\d+):(\\d+))?@@\\n?`, 'g');
    let pos = 0;
    let current;
    for (const m of stdout.matchAll(outRe)) {
        const text = stdout.slice(pos, m.index);
        if (current !== undefined)
            seg(current).stdout += text;
        pos = m.index + m[0].length;
        const i = Number(m[2]);
        if (m[1] === 'B') {
            seg(i).started = true;
            current = i;
        }
        else {
            const g = seg(i);
            g.ended = true;
            g.code = Number(m[3]);
            g.ms = Number(m[4]);
            current = undefined;
        }
    }
    if (current !== undefined)
        seg(current).stdout += stdout.slice(pos);
    // stderr: text before block i's end marker (after the previous one) is block i's.
    const errRe = new RegExp(`@@SC:${nonce}:E:(\\d+)@@\\n?`, 'g');
    pos = 0;
    for (const m of stderr.matchAll(errRe)) {
        seg(Number(m[1])).stderr += stderr.slice(pos, m.index);
        pos = m.index + m[0].length;
    }
    const rest = stderr.slice(pos);
    if (rest) {
        const running = segs.findIndex((g) => g && g.started && !g.ended);
        if (running >= 0)
            seg(running).stderr += rest;
    }
    return segs;
}
/**
 * Watches stdout as it comes: each begin marker starts that block's own
 * timer, and a block that overstays it aborts `stop` (ending the session's
 * process). `expired` then says which block it was.
 */
class MarkerWatch {
    timeouts;
    stop = new AbortController();
    expired;
    pending = '';
    timer;
    markerRe;
    constructor(nonce, timeouts) {
        this.timeouts = timeouts;
        this.markerRe = new RegExp(`@@SC:${nonce}:(B|E):(\\d+)[^@\\n]*@@`, 'g');
    }
    push(chunk) {
        this.pending += chunk.toString('latin1');
        let consumed = 0;
        for (const m of this.pending.matchAll(this.markerRe)) {
            consumed = m.index + m[0].length;
            clearTimeout(this.timer);
            const i = Number(m[2]);
            const ms = this.timeouts[i];
            if (m[1] === 'B' && ms !== undefined) {
                this.timer = setTimeout(() => {
                    this.expired = i;
                    this.stop.abort();
                }, ms);
            }
        }
        // Keep only what may be the start of a marker cut in two.
        this.pending = this.pending.slice(consumed).slice(-200);
    }
    close() {
        clearTimeout(this.timer);
    }
}

;// CONCATENATED MODULE: ./src/engine/session.ts
// Sessions: the blocks of one Markdown file marked `session=NAME` run in order
// in ONE sandbox and ONE interpreter process, so later blocks see the files
// and the in-memory state (variables, functions, imports) of earlier ones.
//
// How: a small driver written in the session's own language runs each block
// in a shared namespace (Python `exec` in one globals dict, Ruby
// `TOPLEVEL_BINDING.eval`, PHP `include` at global scope, Bash `.`, Node
// `vm.runInThisContext`). Each block is compiled on its own, so a syntax
// error is that block's alone. Between blocks the driver prints a marker line with a random nonce,
// the block's exit code and its duration on stdout (and a marker on stderr);
// the engine splits the output at the markers so every block keeps its own
// outcome, output and line. The driver is one ordinary check for the engine
// (`runOne`): install, limits, timeouts and providers need nothing new.
//
// Blocks marked `skip` are left out; `no_run` blocks are only compiled. Each
// block keeps its own timeout (the engine watches the markers live); the
// session as a whole may take the sum of them. The drivers are the language
// modules' (src/languages/<id>.ts, `session`); cutting the output is
// session-output.ts, judging each block session-judge.ts.






// Pure parts, importable from here.


const SESSION_DIR = '.sandbox-checks';
class Sessions {
    provider;
    run;
    events;
    groups = new Map();
    results = new Map();
    constructor(checks, provider, run, events = {}) {
        this.provider = provider;
        this.run = run;
        this.events = events;
        checks.forEach((c, i) => {
            if (!c.session || c.skip)
                return;
            const g = this.groups.get(c.session.id) ?? { checks: [], indexes: [] };
            g.checks.push(c);
            g.indexes.push(i);
            this.groups.set(c.session.id, g);
        });
    }
    settled = new Set();
    /** Whether an earlier block's outcomeOf started this block's session and it has not ended yet. */
    running(check) {
        const id = check.session.id;
        return this.results.has(id) && !this.settled.has(id);
    }
    /** The outcome of one block; the first call runs its whole session. */
    async outcomeOf(check) {
        const id = check.session.id;
        let result = this.results.get(id);
        if (!result) {
            const group = this.groups.get(id);
            result = this.runSession(group.checks, group.indexes[0]);
            this.results.set(id, result);
            void result.finally(() => this.settled.add(id)).catch(() => { });
        }
        const outcome = (await result).get(check);
        // Output is shown per block once the session has ended.
        if (outcome.stdout.head)
            this.events.onOutput?.(check, 'stdout', Buffer.from(outcome.stdout.head + outcome.stdout.tail));
        if (outcome.stderr.head)
            this.events.onOutput?.(check, 'stderr', Buffer.from(outcome.stderr.head + outcome.stderr.tail));
        return outcome;
    }
    async runSession(all, logIndex) {
        let checks = all;
        const first = checks[0];
        const s = first.session;
        const nonce = (0,src_crypto/* randomBytes */.po)(12).toString('hex');
        const language = first.language;
        const support = (0,languages/* getLanguage */.Z0)(language).session;
        const out = new Map();
        if (!support) {
            for (const c of checks)
                out.set(c, baseOutcome(c, this.provider, 'error', 'sandbox_error', `sessions are not supported for ${language}`));
            return out;
        }
        const prepare = (program) => support.prepare?.(program, s.file) ?? Promise.resolve(program);
        const files = [];
        const items = [];
        /** The blocks' programs, by item, for a driver that reads them from session.json. */
        const code = [];
        const safe = s.file.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60);
        const add = (program, line, check) => {
            const index = items.length;
            const path = `${SESSION_DIR}/${safe}-${line}${check ? '' : '-setup'}.${support.blockExtension}`;
            items.push({
                index,
                check,
                path,
                display: s.file,
                line,
                noRun: check?.noRun === true,
                want: check ? (check.expect.shouldFail && check.expect.exitCode === undefined ? 'nonzero' : (check.expect.exitCode ?? 0)) : 0,
                timeoutMs: (check ?? first).limits.timeoutMs,
            });
            if (support.inline)
                code.push(program);
            else
                files.push({ path, content: Buffer.from(program) });
        };
        try {
            for (const st of s.setup)
                add(await prepare(st.program), st.line);
        }
        catch (e) {
            for (const c of checks)
                out.set(c, baseOutcome(c, this.provider, 'error', 'sandbox_error', `could not prepare the session: ${e.message}`));
            return out;
        }
        // A block that does not parse fails (the document's fault); the session stops there.
        for (const [k, c] of checks.entries()) {
            try {
                add(await prepare(c.session.program), c.session.codeLine, c);
            }
            catch (e) {
                const why = e.message;
                out.set(c, baseOutcome(c, this.provider, 'failed', 'compile', `syntax error: ${why}`));
                for (const later of checks.slice(k + 1)) {
                    out.set(later, baseOutcome(later, this.provider, 'skipped', 'skipped_by_session', `not run: the session stopped at ${s.file}:${c.source?.line ?? c.session.codeLine}, which does not parse`));
                }
                checks = checks.slice(0, k);
                break;
            }
        }
        if (!checks.length)
            return out;
        // Files the blocks include (fixtures) are the session's too.
        for (const c of checks)
            for (const f of c.files.slice(1))
                if (!files.some((x) => x.path === f.path))
                    files.push(f);
        const driver = `${SESSION_DIR}/${support.driverFile}`;
        files.push({ path: driver, content: Buffer.from(support.driver(items)) });
        files.push({
            path: `${SESSION_DIR}/session.json`,
            content: Buffer.from(JSON.stringify({
                marker: nonce,
                blocks: items.map((i) => ({ path: i.path, display: i.display, line: i.line, noRun: i.noRun, want: i.want, ...(support.inline ? { code: code[i.index] } : {}) })),
            })),
        });
        const sum = (f) => checks.reduce((a, c) => a + f(c), 0);
        const max = (f) => Math.max(...checks.map(f));
        const synthetic = {
            name: `${s.file} session ${s.name}`,
            language: support.runsAs ?? language,
            entry: driver,
            files,
            args: [],
            env: Object.assign({}, ...checks.map((c) => c.env)),
            stdin: '',
            network: checks.some((c) => c.network),
            packages: [...new Set(checks.flatMap((c) => c.packages))],
            limits: {
                timeoutMs: Math.min(limits/* MAX_TIMEOUT_MS */.mn, sum((c) => c.limits.timeoutMs) + s.setup.length * first.limits.timeoutMs),
                memoryBytes: max((c) => c.limits.memoryBytes),
                processes: max((c) => c.limits.processes),
                outputBytes: max((c) => c.limits.outputBytes),
                fileSizeBytes: max((c) => c.limits.fileSizeBytes),
                openFiles: max((c) => c.limits.openFiles),
                installTimeoutMs: max((c) => c.limits.installTimeoutMs ?? 0) || undefined,
            },
            expect: {},
            source: first.source,
        };
        // Each block's own timeout is kept by watching the markers as they come:
        // a block that overstays it ends the session's process.
        const stdout = [];
        const stderr = [];
        const watch = new MarkerWatch(nonce, items.map((i) => i.timeoutMs));
        let whole;
        try {
            whole = await this.run(synthetic, logIndex, {
                onOutput: (_c, stream, chunk) => {
                    (stream === 'stdout' ? stdout : stderr).push(chunk);
                    if (stream === 'stdout')
                        watch.push(chunk);
                },
                onNotice: (_c, message) => this.events.onNotice?.(first, message),
            }, watch.stop.signal);
        }
        finally {
            watch.close();
        }
        if (watch.expired !== undefined) {
            const it = items[watch.expired];
            whole = {
                ...whole,
                status: 'timed_out',
                reason: 'timeout',
                message: `did not finish within the ${it.timeoutMs} ms timeout; every process it started was killed`,
            };
        }
        const segments = demux(nonce, Buffer.concat(stdout).toString('utf8'), Buffer.concat(stderr).toString('utf8'));
        const result = blockOutcomes(items, segments, whole, s.name);
        for (const [c, o] of out)
            result.set(c, o);
        return result;
    }
}

// EXTERNAL MODULE: ./src/engine/layers.ts
var engine_layers = __webpack_require__(19222);
// EXTERNAL MODULE: ./src/engine/summary.ts
var summary = __webpack_require__(73866);
// EXTERNAL MODULE: ./src/trust/shell.ts
var shell = __webpack_require__(31680);
;// CONCATENATED MODULE: ./src/engine/run.ts
// The engine: runs every check of a plan in its own sandbox, at most
// `concurrency` at a time, and turns what happened into one Outcome each.
// One check's failure never stops the others; an abort ends every sandbox and
// still returns the outcomes of what ran. One check runs in the phases of
// runOne (its context and setup phases are in check-run.ts).

















async function runChecks(plan, options = {}) {
    const started = Date.now();
    const providerName = options.provider?.name ?? (0,providers/* resolveProviderName */.tK)(plan.provider, plan.e2b);
    const logDir = plan.logDir ?? (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'sandbox-checks-logs-'));
    (0,external_node_fs_.mkdirSync)(logDir, { recursive: true });
    const outcomes = new Array(plan.checks.length);
    const aborted = () => options.signal?.aborted === true;
    let provider = options.provider;
    let providerError;
    const needsProvider = plan.checks.some((c) => !c.skip);
    if (needsProvider) {
        try {
            provider ??= await (0,providers/* createProvider */.Qd)(providerName, plan.e2b);
            await provider.probe();
        }
        catch (e) {
            providerError = e instanceof providers_provider/* SandboxUnavailableError */.M || e instanceof Error ? e.message : String(e);
        }
    }
    const running = new Set();
    // Packages installed once per package set and shared read-only (layers.ts).
    const layers = provider?.layers ? new engine_layers/* LayerStore */.rM((0,engine_layers/* layerCacheSettings */.vb)(), options.layerCache) : undefined;
    const onAbort = () => {
        for (const c of running)
            c.abort();
        layers?.abortAll();
        void provider?.destroyAll();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // Markdown sessions: blocks that share one sandbox (src/engine/session.ts).
    const sessions = plan.checks.some((c) => c.session)
        ? new Sessions(plan.checks, providerName, async (c, i, events, stop) => {
            const ctl = new AbortController();
            running.add(ctl);
            try {
                return await runOne({ check: c, provider: provider, logDir, index: i, signal: AbortSignal.any([ctl.signal, stop]), events, layers });
            }
            finally {
                running.delete(ctl);
            }
        }, options)
        : undefined;
    const finish = (index, check, outcome) => {
        const shown = presentOutcome(outcome, check);
        outcomes[index] = shown;
        options.onCheckEnd?.(shown, check);
    };
    // Blocks whose session another worker is running: they end when it does,
    // without holding a worker (which would leave a core idle while the next
    // document's session waits). One worker (concurrency 1) never sees this, so
    // every block still starts and ends in turn there.
    const joined = [];
    let next = 0;
    // Sandboxes made ahead for checks not yet claimed (providers with createAhead).
    const ahead = new Map();
    const createAhead = () => {
        if (!provider?.createAhead || providerError || aborted())
            return;
        for (let i = next; i < plan.checks.length && ahead.size < plan.concurrency; i++) {
            const c = plan.checks[i];
            if (ahead.has(i) || c.skip || c.session)
                continue;
            const p = provider;
            // Nothing is made for a check that will end before it needs a sandbox.
            const made = p.missingTools(c.language, toolsFor(c)).then((missing) => missing.length || (c.packages.length && !(0,languages/* getLanguage */.Z0)(c.language).install) ? undefined : timedCreate(p, sandboxSpec(c)));
            made.catch(() => { }); // awaited (and reported) by the check that claims it
            ahead.set(i, made);
        }
    };
    const worker = async () => {
        while (next < plan.checks.length) {
            const index = next++;
            const check = plan.checks[index];
            const pre = ahead.get(index);
            ahead.delete(index);
            createAhead();
            if (check.session && sessions?.running(check) && !check.skip && !aborted() && provider && !providerError) {
                options.onCheckStart?.(check);
                joined.push(sessions.outcomeOf(check).then((o) => finish(index, check, o), (e) => finish(index, check, baseOutcome(check, providerName, 'error', 'sandbox_error', e instanceof Error ? e.message : String(e)))));
                continue;
            }
            let outcome;
            if (aborted() || check.skip || providerError || !provider || check.session)
                void discard(pre);
            if (aborted()) {
                outcome = baseOutcome(check, providerName, 'skipped', 'cancelled', 'the run was cancelled before this check started');
            }
            else if (check.skip) {
                outcome = baseOutcome(check, providerName, 'skipped', check.skip.reason, check.skip.message);
            }
            else if (providerError || !provider) {
                outcome = baseOutcome(check, providerName, 'error', 'sandbox_error', providerError ?? 'no sandbox provider');
            }
            else {
                const ctl = new AbortController();
                running.add(ctl);
                options.onCheckStart?.(check);
                try {
                    outcome = check.session && sessions
                        ? await sessions.outcomeOf(check)
                        : await runOne({ check, provider, logDir, index, signal: ctl.signal, events: options, pre, layers });
                }
                finally {
                    running.delete(ctl);
                }
            }
            finish(index, check, outcome);
        }
    };
    const workers = Math.max(1, Math.min(plan.concurrency, plan.checks.length));
    await Promise.all(Array.from({ length: workers }, worker));
    await Promise.all(joined);
    await Promise.all([...ahead.values()].map(discard));
    options.signal?.removeEventListener('abort', onAbort);
    await layers?.flush();
    const warnings = [...(layers?.dispose() ?? [])];
    if (provider) {
        try {
            const w = await provider.dispose();
            if (Array.isArray(w))
                warnings.push(...w.map(String));
        }
        catch (e) {
            warnings.push(`cleaning up the ${providerName} provider failed: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    const done = outcomes.filter((o) => !!o);
    if (!plan.keepLogs)
        settleLogs(done, logDir);
    const providerLabel = (provider ?? (0,providers/* providerEntry */.kb)(providerName)).label;
    return {
        outcomes: done, totals: (0,summary/* totalsOf */.v)(done, Date.now() - started), provider: providerName, providerLabel, logDir, cancelled: aborted(), warnings,
        ...(layers?.stats.checks ? { packageLayers: layers.summary() } : {}),
    };
}
function sandboxSpec(check, layers) {
    return { name: check.name, language: check.language, network: check.network, limits: check.limits, env: check.env, installs: check.packages.length > 0 && !layers, layers };
}
/** How long each sandbox's creation took (read by the check that uses it). */
const createTimes = new WeakMap();
async function timedCreate(provider, spec) {
    const t = performance.now();
    const sandbox = await provider.create(spec);
    createTimes.set(sandbox, Math.round(performance.now() - t));
    return sandbox;
}
function discard(p) {
    return p?.then(async (s) => void (await s?.destroy())).catch(() => { });
}
/** The programs a check needs where it runs: its language's, and its installer when it has packages. */
function toolsFor(check) {
    const lang = (0,languages/* getLanguage */.Z0)(check.language);
    return [...lang.tools, ...(check.packages.length && lang.install ? [lang.install.tool] : [])];
}
function quoteArgs(args) {
    return args.map((a) => ` ${(0,shell/* shellQuote */.Z)(a)}`).join('');
}
/**
 * One check in its own sandbox, in phases: the checks that need no sandbox,
 * create, upload, install, compile, run, judge; teardown always.
 */
async function runOne(job) {
    const run = startRun(job);
    try {
        const refused = await unrunnable(run);
        if (refused)
            return refused;
        const files = await prepareFiles(run.check, run.lang);
        const noLayer = await packagesFromLayer(run);
        if (noLayer)
            return noLayer;
        await createSandbox(run);
        await upload(run, files.files);
        const notInstalled = await install(run);
        if (notInstalled)
            return notInstalled;
        // The check's own timeout starts after the install.
        const deadline = Date.now() + run.check.limits.timeoutMs;
        const notCompiled = await compile(run, files.runFile, deadline);
        if (notCompiled)
            return notCompiled;
        const r = await runProgram(run, files.runFile, deadline);
        return run_judge(run, r);
    }
    catch (e) {
        return failure(run, e);
    }
    finally {
        await teardown(run);
    }
}
/** The check cannot run here at all (a missing tool, packages without an installer): its outcome, before any sandbox. */
async function unrunnable(run) {
    const { check, lang, provider } = run;
    const missing = await provider.missingTools(lang.id, toolsFor(check));
    if (missing.length) {
        return run.end('error', 'toolchain_missing', `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not available ${provider.toolsWhere}, and ${lang.label} checks need ${missing.length > 1 ? 'them' : 'it'}: ${provider.toolHint(lang.id, missing)}`);
    }
    if (check.packages.length && !lang.install) {
        return run.end('error', 'package_install', `packages are not supported for ${lang.label} checks (no installer); remove "packages" from check "${check.name}" or vendor the dependency in its files`);
    }
    return undefined;
}
/** Packages from a shared layer (layers.ts): found or installed before the sandbox is made, which mounts them. */
async function packagesFromLayer(run) {
    const { check, lang, provider, layers } = run;
    if (!check.packages.length || !layers || !engine_layers/* LayerStore */.rM.serves(provider, lang))
        return undefined;
    const got = await timed(run, 'installMs', () => layers.acquire(check, lang, provider, run.events, run.signal));
    if (got.ok) {
        run.layer = got.mounts;
        return undefined;
    }
    run.outcome.stderr = got.output;
    if (got.output.bytes)
        run.log.write(`${(0,output/* streamText */.gM)(got.output)}\n`);
    return run.end(got.status, got.reason, got.message);
}
/** The sandbox made ahead for this check, or a new one. */
async function createSandbox(run) {
    const made = run.pre ? await run.pre : undefined;
    run.pre = undefined;
    const sandbox = made ?? (await timedCreate(run.provider, sandboxSpec(run.check, run.layer)));
    run.sandbox = sandbox;
    run.outcome.sandboxId = sandbox.id;
    run.phases.createMs = createTimes.get(sandbox);
}
async function upload(run, files) {
    const t = performance.now();
    await run.sandbox.upload(files);
    run.phases.uploadMs = Math.round(performance.now() - t);
}
/** The program itself, with the check's stdin, args and network; its output streamed and captured. */
function runProgram(run, runFile, deadline) {
    const { check, lang, events, stdout, stderr } = run;
    const stopForOutput = () => run.outputStop.abort();
    const command = check.noRun
        ? (lang.check?.(runFile) ?? `true`)
        : lang.run(runFile, { memoryBytes: check.limits.memoryBytes }) + quoteArgs(check.args);
    const runSignal = AbortSignal.any([run.signal, run.outputStop.signal]);
    return timed(run, 'runMs', () => run.sandbox.run({
        command,
        env: stepEnv(run, check.network),
        stdin: check.stdin,
        network: check.network,
        deadline,
        signal: runSignal,
        onStdout: (b) => {
            events.onOutput?.(check, 'stdout', b);
            if (!stdout.push(b))
                stopForOutput();
        },
        onStderr: (b) => {
            events.onOutput?.(check, 'stderr', b);
            if (!stderr.push(b))
                stopForOutput();
        },
    }));
}
/** The program's result and output as the check's outcome. */
function run_judge(run, r) {
    setOutput(run.outcome, run.stdout, run.stderr);
    run.outcome.exitCode = r.exitCode ?? undefined;
    run.outcome.signal = r.signal;
    return classify(run, r);
}
/** Something threw: a cancelled run, source the language could not read, or the sandbox failing. */
function failure(run, e) {
    setOutput(run.outcome, run.stdout, run.stderr);
    const msg = e instanceof Error ? e.message : String(e);
    if (run.signal.aborted)
        return run.end('error', 'cancelled', 'the run was cancelled while this check was running');
    if (e instanceof languages/* SourceError */.c8)
        return run.end('failed', 'compile', msg);
    return run.end('error', 'sandbox_error', msg);
}
/** Ends the sandbox (and one made ahead but never used), reads its bill, closes the log. */
async function teardown(run) {
    const { outcome, phases, sandbox } = run;
    void discard(run.pre); // made ahead, but the check ended before using it
    outcome.durationMs = Date.now() - run.started;
    if (sandbox) {
        const t = performance.now();
        const warning = await sandbox.destroy().catch((e) => `cleaning up the sandbox failed: ${e instanceof Error ? e.message : String(e)}`);
        phases.teardownMs = Math.round(performance.now() - t);
        if (warning)
            (outcome.warnings ??= []).push(warning);
        // Read after destroy: billing stops when the sandbox is killed.
        outcome.sandboxSeconds = sandbox.billedSeconds?.();
        outcome.costUsd = sandbox.estimatedCostUsd?.();
    }
    if (!Object.keys(phases).length)
        delete outcome.phases;
    await new Promise((resolve) => run.log.end(resolve));
}
function classify(run, r) {
    const { check, outcome, stdout, stderr, end } = run;
    const cancelled = run.signal.aborted;
    const limits = check.limits;
    if (stdout.overLimit || stderr.overLimit) {
        const which = stdout.overLimit ? 'stdout' : 'stderr';
        return end('failed', 'output_limit', `${which} went over the ${limits.outputBytes}-byte output limit; the check was stopped (raise output_limit in the check, [defaults] or [snippets] to allow more)`);
    }
    if (cancelled)
        return end('error', 'cancelled', 'the run was cancelled while this check was running');
    if (r.sandboxError)
        return end('error', 'sandbox_error', r.sandboxError);
    switch (r.limit) {
        case 'timeout':
            return end('timed_out', 'timeout', `did not finish within the ${limits.timeoutMs} ms timeout; every process it started was killed`);
        case 'memory':
            return end('failed', 'memory', `went over the ${Math.round(limits.memoryBytes / 1024 ** 2)} MiB memory limit and was killed`);
        case 'processes':
            return end('failed', 'processes', `hit the limit of ${limits.processes} processes`);
        case 'cpu_time':
            return end('timed_out', 'timeout', 'used up its CPU-time limit (SIGXCPU)');
        case 'file_size':
            return end('failed', 'file_size', `wrote a file larger than the ${limits.fileSizeBytes}-byte limit (SIGXFSZ)`);
        case 'disk':
            return end('failed', 'disk', 'filled its workspace past the disk quota (bytes or number of files) and was stopped');
    }
    // A toolchain that crashes while reporting a syntax error (the language module knows which).
    const misreported = r.signal && (0,languages/* getLanguage */.Z0)(check.language).crashIsSyntaxError?.(r.signal, (0,output/* streamText */.gM)(outcome.stderr));
    if (misreported)
        return end('failed', 'compile', misreported);
    if (r.signal) {
        const unmet = check.expect.exitCode !== undefined && check.expect.exitCode === r.exitCode ? undefined : `killed by ${r.signal}`;
        if (unmet)
            return end('failed', 'signal', `${unmet} (exit status ${r.exitCode})`);
    }
    const unmet = unmetExpectation(check.expect, {
        exitCode: r.exitCode,
        stdout: (0,output/* streamText */.gM)(outcome.stdout),
        stderr: (0,output/* streamText */.gM)(outcome.stderr),
        truncated: { stdout: outcome.stdout.truncated, stderr: outcome.stderr.truncated },
    });
    if (!unmet)
        return end('passed');
    const exitOnly = unmet.reason === 'exit_code';
    // A compile-only check that fails to compile is the program's fault, like a failed build.
    if (check.noRun && exitOnly && !check.expect.shouldFail && check.expect.exitCode === undefined) {
        return end('failed', 'compile', `compilation failed: ${compileFailureSummary((0,output/* streamText */.gM)(outcome.stderr) || (0,output/* streamText */.gM)(outcome.stdout))}`);
    }
    return end('failed', unmet.reason, unmet.message);
}
/** Writes code files, transforms TypeScript, and names the file to run. */
async function prepareFiles(check, lang) {
    const files = [...check.files];
    let runFile = check.entry;
    if (lang.transform) {
        const i = files.findIndex((f) => f.path === check.entry);
        if (i >= 0) {
            const t = await lang.transform(files[i].content.toString('utf8'), check.entry);
            runFile = t.path;
            if (!files.some((f) => f.path === t.path))
                files.push({ path: t.path, content: Buffer.from(t.content) });
        }
    }
    return { files, runFile };
}

;// CONCATENATED MODULE: ./src/action/cancel.ts
// A run the runner may cancel. The runner sends SIGINT, then SIGTERM 7.5 s
// later and SIGKILL 2.5 s after that; ending every sandbox can take longer
// than that (E2B kills are HTTP calls). So once cancelled, the engine gets
// GRACE_MS to finish; after that the report is written from the outcomes that
// arrived, and every other check counts as cancelled, so annotations, outputs
// and the summary are out well before SIGKILL. The engine goes on ending
// sandboxes meanwhile; `done` settles when it has.





/** How long the engine may take to end after a cancel before the report is written without it. */
const GRACE_MS = 1_500;
async function runCancellable(plan, events, signal, provider, options = {}) {
    const ended = new Map();
    const started = Date.now();
    const engine = runChecks(plan, {
        ...events,
        onCheckEnd: (o, c) => {
            ended.set(c.name, o);
            events.onCheckEnd?.(o, c);
        },
        signal,
        provider: options.provider,
        layerCache: options.layerCache,
    });
    const done = engine.catch(() => { });
    const cancelled = new Promise((resolve) => {
        if (signal.aborted)
            resolve();
        else
            signal.addEventListener('abort', () => resolve(), { once: true });
    });
    const late = cancelled.then(() => (0,promises_.setTimeout)(GRACE_MS, 'late', { ref: false }));
    const first = await Promise.race([engine, late]);
    if (first !== 'late')
        return { summary: first, done };
    const outcomes = plan.checks.map((c) => ended.get(c.name) ?? baseOutcome(c, provider, 'skipped', 'cancelled', 'the run was cancelled before this check finished'));
    const providerLabel = (options.provider ?? (0,providers/* providerEntry */.kb)(provider)).label;
    return { summary: { outcomes, totals: (0,summary/* totalsOf */.v)(outcomes, Date.now() - started), provider, providerLabel, logDir: plan.logDir ?? '', cancelled: true, warnings: [] }, done };
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


/***/ }),

/***/ 49545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SandboxUnavailableError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
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


/***/ })

};
