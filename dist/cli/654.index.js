export const id = 654;
export const ids = [654];
export const modules = {

/***/ 1654:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The CLI's commands: each builds a plan, runs it with a console reporter and
// writes the requested reports. Returns the process exit code.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_CONFIG = void 0;
exports.exitCodeOf = exitCodeOf;
exports.execute = execute;
exports.run = run;
exports.doctor = doctor;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const inputs_js_1 = __webpack_require__(4389);
const load_js_1 = __webpack_require__(1036);
const checks_js_1 = __webpack_require__(2650);
const build_js_1 = __webpack_require__(6595);
const update_js_1 = __webpack_require__(2313);
const run_js_1 = __webpack_require__(2515);
const index_js_1 = __webpack_require__(2255);
const index_js_2 = __webpack_require__(7486);
const json_js_1 = __webpack_require__(2794);
const junit_js_1 = __webpack_require__(2998);
const index_js_3 = __webpack_require__(9482);
const streams_js_1 = __webpack_require__(483);
const args_js_1 = __webpack_require__(7593);
const console_js_1 = __webpack_require__(1783);
const logs_js_1 = __webpack_require__(6315);
exports.DEFAULT_CONFIG = 'sandbox-checks.toml';
function useColor(io, flag) {
    if (flag !== undefined)
        return flag;
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR)
        return true;
    return !!io.err.isTTY && !io.env.CI;
}
/** Exit code of a finished run: 0 all passed (skips count as passed), else 1. */
function exitCodeOf(summary) {
    const t = summary.totals;
    return t.failed + t.timed_out + t.error > 0 || summary.cancelled ? 1 : 0;
}
/** Report files are checked before anything runs, not after the run is lost. */
function checkOutputs(cmd, io) {
    for (const [flag, file] of [
        ['--json', cmd.json],
        ['--junit', cmd.junit],
    ]) {
        if (!file)
            continue;
        const abs = node_path_1.default.resolve(io.cwd, file);
        const dir = node_path_1.default.dirname(abs);
        if (!(0, node_fs_1.existsSync)(dir) || !(0, node_fs_1.statSync)(dir).isDirectory())
            throw (0, args_js_1.usageError)(`${flag} ${file}: the folder ${dir} does not exist; create it first`);
        if ((0, node_fs_1.existsSync)(abs) && (0, node_fs_1.statSync)(abs).isDirectory())
            throw (0, args_js_1.usageError)(`${flag} ${file}: is a folder; name a file`);
        try {
            (0, node_fs_1.accessSync)(dir, node_fs_1.constants.W_OK);
        }
        catch {
            throw (0, args_js_1.usageError)(`${flag} ${file}: the folder ${dir} is not writable`);
        }
    }
}
function writeReports(summary, cmd, io) {
    if (cmd.json) {
        (0, node_fs_1.writeFileSync)(node_path_1.default.resolve(io.cwd, cmd.json), `${JSON.stringify((0, json_js_1.toResultsJson)(summary.outcomes, summary.totals), null, 2)}\n`);
    }
    if (cmd.junit)
        (0, node_fs_1.writeFileSync)(node_path_1.default.resolve(io.cwd, cmd.junit), (0, junit_js_1.toJUnit)(summary.outcomes, summary.totals));
}
/** Logs go to this run's folder in the state directory (src/cli/logs.ts). */
function placeLogs(plan, cmd, io) {
    plan.logDir = (0, logs_js_1.newRunDir)(io.env);
    plan.keepLogs = cmd.keepLogs;
}
/** After a run: the oldest runs' logs go, and the path is printed only if there is something to read. */
function settleRun(summary, cmd, io, say) {
    (0, logs_js_1.pruneRuns)((0, logs_js_1.runsRoot)(io.env));
    if (say && (0, node_fs_1.existsSync)(summary.logDir)) {
        io.err.write(`${cmd.keepLogs ? 'Full logs' : 'Full logs of the checks that did not pass'}: ${summary.logDir}\n`);
    }
}
/** Problems that changed no outcome (cleanup), said once at the end. */
function writeWarnings(summary, io) {
    for (const w of [...summary.outcomes.flatMap((o) => (o.warnings ?? []).map((m) => `${o.name}: ${m}`)), ...summary.warnings]) {
        io.err.write(`warning: ${w}\n`);
    }
}
/** The workflow side of a CLI run: the environment and the flags. Output passes its Redactor. */
function trustedIo(io, allowEnv) {
    const trust = (0, index_js_3.trustOf)({ env: io.env, allowEnv, allowHint: '--allow-env' });
    return { trust, io: { ...io, out: (0, streams_js_1.redactingStream)(io.out, trust.redactor), err: (0, streams_js_1.redactingStream)(io.err, trust.redactor) } };
}
async function runPlan(plan, cmd, io, quiet, trust) {
    placeLogs(plan, cmd, io);
    const reporter = new console_js_1.ConsoleReporter({
        stream: plan.stream,
        color: useColor(io, cmd.color),
        tty: !!io.err.isTTY && !io.env.CI,
        concurrency: Math.min(plan.concurrency, plan.checks.length),
        total: plan.checks.length,
        out: io.out,
        err: io.err,
    });
    (0, index_js_3.redactPlan)(plan, trust.redactor);
    const summary = (0, index_js_3.redactSummary)(await (0, run_js_1.runChecks)(plan, { ...(0, index_js_3.redactEvents)(bind(reporter), trust.redactor), signal: io.signal }), trust.redactor);
    writeReports(summary, cmd, io);
    if (!quiet)
        io.err.write(`\n${reporter.summary(summary.outcomes, summary.totals)}`);
    settleRun(summary, cmd, io, !quiet);
    if (summary.cancelled)
        io.err.write('The run was cancelled; the report above covers what finished.\n');
    writeWarnings(summary, io);
    return summary;
}
function bind(r) {
    return {
        onCheckStart: r.onCheckStart.bind(r),
        onOutput: r.onOutput.bind(r),
        onNotice: r.onNotice.bind(r),
        onCheckEnd: r.onCheckEnd.bind(r),
    };
}
async function execute(cmd, given) {
    const { io, trust } = trustedIo(given, []);
    checkOutputs(cmd, io);
    let plan;
    try {
        const config = (0, inputs_js_1.singleCheckConfig)(cmd, 'command line', inputs_js_1.EXECUTE_FLAGS);
        // A path typed on the command line may be anywhere the user can read.
        plan = (0, checks_js_1.buildPlan)(config, { baseDir: io.cwd, provider: cmd.provider, concurrency: 1, stream: true, env: io.env, confine: false });
    }
    catch (e) {
        if (e instanceof errors_js_1.ProblemsError) {
            throw new errors_js_1.ProblemsError(e.problems.map((p) => ({ ...p, key: p.key ? (0, inputs_js_1.nameOf)(p.key, inputs_js_1.EXECUTE_FLAGS) : p.key })), e.kind);
        }
        throw e;
    }
    // execute is "run this program": its output goes to our stdout/stderr as it
    // is printed (--stream) or at the end, and the verdict goes to stderr.
    const stream = cmd.stream;
    placeLogs(plan, cmd, io);
    const events = (0, index_js_3.redactEvents)({
        onOutput: (_c, s, chunk) => {
            if (stream)
                (s === 'stdout' ? io.out : io.err).write(chunk);
        },
    }, trust.redactor);
    const summary = (0, index_js_3.redactSummary)(await (0, run_js_1.runChecks)(plan, { ...events, signal: io.signal }), trust.redactor);
    const o = summary.outcomes[0];
    if (o && !stream) {
        io.out.write(o.stdout.head);
        if (o.stdout.tail)
            io.out.write(`\n… [output truncated; full log: ${o.logFile}] …\n${o.stdout.tail}`);
        io.err.write(o.stderr.head);
        if (o.stderr.tail)
            io.err.write(`\n… [truncated] …\n${o.stderr.tail}`);
    }
    writeReports(summary, cmd, io);
    if (o && o.status !== 'passed') {
        const reporter = new console_js_1.ConsoleReporter({
            stream: true, color: useColor(io, cmd.color), tty: false, concurrency: 1, total: 1, out: io.out, err: io.err,
        });
        io.err.write(`${reporter.line(o)}\n${reporter.details(o)}`);
    }
    // execute prints a log's path where it matters (truncated output, a failure).
    settleRun(summary, cmd, io, false);
    writeWarnings(summary, io);
    return exitCodeOf(summary);
}
async function run(cmd, given) {
    const { io, trust } = trustedIo(given, cmd.allowEnv);
    checkOutputs(cmd, io);
    const file = node_path_1.default.resolve(io.cwd, cmd.config ?? exports.DEFAULT_CONFIG);
    let config;
    if (cmd.config === undefined && cmd.snippets.length) {
        config = { config: { snippets: { paths: cmd.snippets } }, source: 'command line', problems: [] };
    }
    else {
        config = (0, load_js_1.loadConfigFile)(node_path_1.default.relative(io.cwd, file) || file, trust.policy);
        if (cmd.snippets.length)
            config.config.snippets = { ...config.config.snippets, paths: cmd.snippets };
    }
    const baseDir = cmd.config === undefined && cmd.snippets.length ? io.cwd : node_path_1.default.dirname(file);
    const plan = await (0, build_js_1.planFromConfig)(config, {
        baseDir,
        provider: cmd.provider,
        concurrency: cmd.concurrency,
        stream: cmd.stream || undefined,
        filter: cmd.filter,
        env: io.env,
        changedSince: cmd.changedSince,
        // --snippets paths were typed by the user; the config's own paths stay confined.
        trustedSnippetPaths: cmd.snippets.length > 0,
    });
    if (plan.checks.length === 0) {
        io.err.write('No checks to run (no Markdown code blocks matched).\n');
        return 0;
    }
    const summary = await runPlan(plan, cmd, io, false, trust);
    if (cmd.update) {
        const r = (0, update_js_1.bless)(plan.checks, summary.outcomes, baseDir, cmd.dryRun === true);
        (cmd.dryRun ? io.out : io.err).write(r.report);
    }
    return exitCodeOf(summary);
}
async function doctor(cmd, io) {
    const entries = cmd.provider && cmd.provider !== 'auto' ? [(0, index_js_2.providerEntry)(cmd.provider)] : index_js_2.PROVIDERS;
    const active = (0, index_js_2.providerEntry)((0, index_js_2.resolveProviderName)((cmd.provider ?? 'auto'), { apiKey: io.env.E2B_API_KEY }));
    let usable = false;
    for (const entry of entries) {
        io.out.write(`${entry.name}${entry === active ? ' (selected)' : ''}\n`);
        const provider = await entry.create({
            apiKey: io.env.E2B_API_KEY,
            apiUrl: io.env.E2B_API_URL,
            sandboxUrl: io.env.E2B_SANDBOX_URL,
        });
        try {
            await provider.probe();
            io.out.write('  sandbox: ok\n');
            for (const line of provider.describe())
                io.out.write(`  ${line}\n`);
        }
        catch (e) {
            io.out.write(`  sandbox: unavailable\n    ${e.message.split('\n').join('\n    ')}\n`);
            continue;
        }
        const tools = await provider.doctor();
        const width = Math.max(...index_js_1.LANGUAGES.map((l) => l.id.length));
        for (const t of tools)
            io.out.write(`  ${t.available ? '✔' : '✘'} ${t.language.padEnd(width)}  ${t.detail}\n`);
        if (entry === active)
            usable = tools.some((t) => t.available);
        await provider.dispose();
    }
    return usable ? 0 : 1;
}


/***/ }),

/***/ 1783:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// What the CLI prints: live progress and colour on a terminal, plain lines in
// CI, streamed output (prefixed by check name when checks run in parallel),
// and a final table.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConsoleReporter = void 0;
const node_string_decoder_1 = __webpack_require__(6193);
const output_js_1 = __webpack_require__(789);
const units_js_1 = __webpack_require__(1996);
const shorten_js_1 = __webpack_require__(7011);
const text_js_1 = __webpack_require__(5655);
const MARK = { passed: '✔', failed: '✘', timed_out: '⏱', error: '!', skipped: '-' };
const WORD = { passed: 'PASS', failed: 'FAIL', timed_out: 'TIME', error: 'ERR ', skipped: 'SKIP' };
const COLOR = { passed: 32, failed: 31, timed_out: 33, error: 35, skipped: 90 };
class ConsoleReporter {
    o;
    done = 0;
    active = new Set();
    partial = new Map();
    decoders = new Map();
    statusShown = false;
    constructor(o) {
        this.o = o;
    }
    paint(code, text) {
        return this.o.color ? `\x1b[${code}m${text}\x1b[0m` : text;
    }
    clearStatus() {
        if (this.statusShown) {
            this.o.err.write('\r\x1b[K');
            this.statusShown = false;
        }
    }
    showStatus() {
        if (!this.o.tty || this.o.stream || this.active.size === 0)
            return;
        const names = [...this.active].slice(0, 3).join(', ');
        const line = `[${this.done}/${this.o.total}] running ${names}${this.active.size > 3 ? ` +${this.active.size - 3}` : ''}`;
        const columns = this.o.err.columns;
        this.o.err.write(`\r\x1b[K${line.slice(0, Math.max(40, columns ?? 100) - 1)}`);
        this.statusShown = true;
    }
    onCheckStart(check) {
        this.active.add(check.name);
        if (this.o.stream && this.o.concurrency === 1) {
            this.o.err.write(`${this.paint(36, `── ${check.name} (${check.language})`)}\n`);
        }
        this.showStatus();
    }
    onNotice(check, message) {
        if (this.o.stream)
            this.o.err.write(`${this.paint(90, `[${check.name}] ${(0, text_js_1.stripControl)(message).replace(/\n/g, ' ')}`)}\n`);
    }
    onOutput(check, stream, chunk) {
        if (!this.o.stream)
            return;
        const target = stream === 'stdout' ? this.o.out : this.o.err;
        if (this.o.concurrency === 1) {
            // Output is the repository's: no escape sequence reaches the terminal (the CLI's `execute` alone passes it through).
            const key = `${check.name}\0${stream}`;
            let dec = this.decoders.get(key);
            if (!dec)
                this.decoders.set(key, (dec = new node_string_decoder_1.StringDecoder('utf8')));
            target.write((0, text_js_1.stripControl)(dec.write(chunk)));
            return;
        }
        // Parallel checks: whole lines only, each carrying its check's name.
        const key = `${check.name}\0${stream}`;
        const text = (this.partial.get(key) ?? '') + chunk.toString('utf8');
        const lines = text.split('\n');
        this.partial.set(key, lines.pop());
        // Sanitised before prefixing: a lone \r cannot start a line without the check's name.
        for (const line of lines)
            for (const l of (0, text_js_1.stripControl)(line).split('\n'))
                target.write(`${this.paint(90, `[${check.name}]`)} ${l}\n`);
    }
    onCheckEnd(outcome, check) {
        for (const stream of ['stdout', 'stderr']) {
            const key = `${check.name}\0${stream}`;
            const rest = this.decoders.get(key)?.end();
            if (rest)
                (stream === 'stdout' ? this.o.out : this.o.err).write((0, text_js_1.stripControl)(rest));
            this.decoders.delete(key);
        }
        this.active.delete(check.name);
        this.done++;
        this.clearStatus();
        if (this.o.stream && this.o.concurrency > 1) {
            for (const stream of ['stdout', 'stderr']) {
                const key = `${check.name}\0${stream}`;
                const rest = this.partial.get(key);
                if (rest)
                    for (const l of (0, text_js_1.stripControl)(rest).split('\n'))
                        (stream === 'stdout' ? this.o.out : this.o.err).write(`[${check.name}] ${l}\n`);
                this.partial.delete(key);
            }
        }
        this.o.err.write(`${this.line(outcome)}\n`);
        if (outcome.status !== 'passed' && outcome.status !== 'skipped')
            this.o.err.write(this.details(outcome));
        this.showStatus();
    }
    line(o) {
        // Snippet names already read "README.md:42 (python)".
        const where = o.file && o.line && !o.name.includes(`${o.file}:${o.line}`) ? ` ${o.file}:${o.line}` : '';
        const lang = o.name.endsWith(`(${o.language})`) ? '' : ` (${o.language})`;
        return `${this.paint(COLOR[o.status], `${MARK[o.status]} ${WORD[o.status]}`)} ${o.name}${lang}${where} ${this.paint(90, (0, units_js_1.formatDuration)(o.durationMs))}`;
    }
    details(o) {
        const lines = [];
        if (o.message)
            lines.push(`    ${(0, text_js_1.stripControl)(o.message).split('\n').join('\n    ')}`);
        // Streamed output was already shown; otherwise show the end of it.
        if (!this.o.stream) {
            for (const [label, s] of [
                ['stdout', o.stdout],
                ['stderr', o.stderr],
            ]) {
                const text = (0, text_js_1.stripControl)((0, output_js_1.streamText)(s)).trimEnd();
                if (!text)
                    continue;
                const tail = text.split('\n').slice(-12);
                lines.push(`    ${this.paint(90, `── ${label}${s.truncated ? ' (truncated)' : ''}`)}`, ...tail.map((l) => `    ${l}`));
            }
        }
        if (o.logFile)
            lines.push(`    ${this.paint(90, `full log: ${o.logFile}`)}`);
        return `${lines.join('\n')}\n`;
    }
    summary(outcomes, totals) {
        const rows = outcomes.map((o) => [WORD[o.status].trim(), o.name, o.language, (0, units_js_1.formatDuration)(o.durationMs)]);
        const head = ['STATUS', 'CHECK', 'LANGUAGE', 'TIME'];
        const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
        const fmt = (r) => r.map((c, i) => (c.length > widths[i] ? (i === 1 ? (0, shorten_js_1.shortenName)(c, widths[i]) : `${c.slice(0, widths[i] - 1)}…`) : c.padEnd(widths[i]))).join('  ').trimEnd();
        const out = [fmt(head), ...rows.map((r, i) => {
                const text = fmt(r);
                return this.paint(COLOR[outcomes[i].status], text.slice(0, 6)) + text.slice(6);
            })];
        const parts = ['passed', 'failed', 'timed_out', 'error', 'skipped']
            .filter((s) => totals[s] > 0 || s === 'passed' || s === 'failed')
            .map((s) => `${totals[s]} ${s.replace('_', ' ')}`);
        out.push('', `${parts.join(', ')} (${totals.total} checks in ${(0, units_js_1.formatDuration)(totals.durationMs)})`);
        return `${out.join('\n')}\n`;
    }
}
exports.ConsoleReporter = ConsoleReporter;


/***/ }),

/***/ 6315:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Where the CLI keeps full logs: one folder per run under
// $XDG_STATE_HOME/sandbox-checks/runs (default ~/.local/state), holding only
// the logs of checks that did not pass (all of them with --keep-logs), and
// only the last RUNS_KEPT runs. A run that leaves nothing to read leaves no
// folder. When the state folder cannot be made (read-only home), logs go to
// a temporary folder, settled the same way.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RUNS_KEPT = void 0;
exports.runsRoot = runsRoot;
exports.newRunDir = newRunDir;
exports.pruneRuns = pruneRuns;
const crypto_js_1 = __webpack_require__(5414);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
exports.RUNS_KEPT = 10;
const RUN_NAME = /^\d{8}T\d{6}Z-[0-9a-f]{6}$/;
function runsRoot(env) {
    const state = env.XDG_STATE_HOME && node_path_1.default.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : node_path_1.default.join(env.HOME || node_os_1.default.homedir(), '.local', 'state');
    return node_path_1.default.join(state, 'sandbox-checks', 'runs');
}
/** A fresh folder for this run's logs (sortable by time), or a temporary one. */
function newRunDir(env, now = new Date()) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const dir = node_path_1.default.join(runsRoot(env), `${stamp}-${(0, crypto_js_1.randomBytes)(3).toString('hex')}`);
    try {
        (0, node_fs_1.mkdirSync)(dir, { recursive: true });
        return dir;
    }
    catch {
        return (0, node_fs_1.mkdtempSync)(node_path_1.default.join(node_os_1.default.tmpdir(), 'sandbox-checks-logs-'));
    }
}
/** Removes all but the newest `keep` run folders (only folders this module names). */
function pruneRuns(root, keep = exports.RUNS_KEPT) {
    let names;
    try {
        names = (0, node_fs_1.readdirSync)(root, { withFileTypes: true }).filter((d) => d.isDirectory() && RUN_NAME.test(d.name)).map((d) => d.name).sort();
    }
    catch {
        return [];
    }
    const gone = names.slice(0, Math.max(0, names.length - keep));
    for (const n of gone)
        (0, node_fs_1.rmSync)(node_path_1.default.join(root, n), { recursive: true, force: true });
    return gone;
}


/***/ }),

/***/ 2313:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// `run --update` on disk: reads the Markdown files the edits are for, writes
// them back (or with `--dry-run` prints the diff), and says what it did. The
// edits themselves are pure (src/report/update.ts).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bless = bless;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const update_js_1 = __webpack_require__(7589);
/** Makes (or with `dryRun` prints) the edits; returns what to tell the user. */
function bless(checks, outcomes, baseDir, dryRun) {
    const refused = [];
    const read = (file) => (0, node_fs_1.readFileSync)(node_path_1.default.join(baseDir, file), 'utf8');
    const edits = (0, update_js_1.blessEdits)(checks, outcomes, read, refused);
    const parts = refused.map((r) => `--update: ${r}\n`);
    let count = 0;
    for (const [file, es] of edits) {
        const text = read(file);
        count += es.length;
        if (dryRun)
            parts.push((0, update_js_1.editsDiff)(file, text, es));
        else {
            try {
                (0, node_fs_1.writeFileSync)(node_path_1.default.join(baseDir, file), (0, update_js_1.applyEdits)(text, es));
                parts.push(`updated ${file}: ${es.length} expected output${es.length === 1 ? '' : 's'} rewritten\n`);
            }
            catch (e) {
                count -= es.length;
                parts.push(`--update: could not write ${file} (${e.code ?? e.message}); check that you may write it, or use --update --dry-run for the diff\n`);
            }
        }
    }
    if (!edits.size)
        parts.push('--update: no expected output to rewrite (only blocks that failed on their output are updated)\n');
    return { report: parts.join(''), files: edits.size, edits: count };
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Configuration problems: each names where (file, line, key), what was
// expected and, when it can, what to write instead (a "did you mean"). They
// are thrown as one ProblemsError (src/errors.ts): nothing runs, exit 2.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConfigError = exports.ProblemsError = void 0;
exports.didYouMean = didYouMean;
const errors_js_1 = __webpack_require__(3916);
var errors_js_2 = __webpack_require__(3916);
Object.defineProperty(exports, "ProblemsError", ({ enumerable: true, get: function () { return errors_js_2.ProblemsError; } }));
/**
 * The library's name for ProblemsError since its first release (a config with
 * problems). @deprecated Catch ProblemsError.
 */
exports.ConfigError = errors_js_1.ProblemsError;
/** Levenshtein distance, for "did you mean". */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
    }
    return d[a.length][b.length];
}
function didYouMean(word, choices) {
    const list = [...choices];
    const lower = word.toLowerCase();
    const prefixed = list.find((c) => lower.length >= 3 && c.toLowerCase().startsWith(lower));
    if (prefixed)
        return prefixed;
    let best;
    let bestD = Infinity;
    for (const c of list) {
        const dist = distance(word.toLowerCase(), c.toLowerCase());
        if (dist < bestD) {
            bestD = dist;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// `execute`'s flags become the same typed configuration a TOML file gives
// (one [[check]]), so one validator and one planner serve every front door;
// a problem names the flag it came from (`--timeout`).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXECUTE_FLAGS = void 0;
exports.nameOf = nameOf;
exports.singleCheckConfig = singleCheckConfig;
const errors_js_1 = __webpack_require__(3916);
const validate_js_1 = __webpack_require__(2526);
exports.EXECUTE_FLAGS = {
    'check[0].file': '--file',
    'check[0].code': '--code',
    'check[0].language': '--language',
    'check[0].timeout': '--timeout',
    'check[0].install_timeout': '--install-timeout',
    'check[0].network': '--network',
    'check[0].env': '--env',
    'check[0].packages': '--package',
};
/** The flag or input a config key came from: `check[0].env.X` → `--env`. */
function nameOf(key, names) {
    let best;
    for (const k of Object.keys(names)) {
        if ((key === k || key.startsWith(`${k}.`) || key.startsWith(`${k}[`)) && (!best || k.length > best.length))
            best = k;
    }
    return best ? names[best] : key;
}
/** Reads a number-looking flag as a number, so "30000" means milliseconds. */
const durationValue = (v) => (/^\d+$/.test(v.trim()) ? Number(v) : v);
function singleCheckConfig(input, source, names) {
    const check = {};
    if (input.file !== undefined)
        check.file = input.file;
    if (input.code !== undefined)
        check.code = input.code;
    if (input.language !== undefined)
        check.language = input.language;
    if (input.timeout !== undefined)
        check.timeout = durationValue(input.timeout);
    if (input.installTimeout !== undefined)
        check.install_timeout = durationValue(input.installTimeout);
    if (input.network)
        check.network = true;
    if (input.env && Object.keys(input.env).length)
        check.env = input.env;
    if (input.packages?.length)
        check.packages = input.packages;
    check.name = input.file ?? 'code';
    const raw = { check: [check] };
    const problems = (0, validate_js_1.validate)(raw, { source }).map((p) => ({ ...p, key: p.key ? nameOf(p.key, names) : p.key }));
    if (problems.length)
        throw new errors_js_1.ProblemsError(problems);
    return { config: (0, validate_js_1.typedConfig)(raw), source, problems: [] };
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Reads sandbox-checks.toml: TOML syntax, the keys only the workflow may set,
// ${VAR} expansion through the workflow's allowlist, then validation into a
// typed Config. Planning it is src/plan/'s work.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.configFrom = configFrom;
exports.parseConfigText = parseConfigText;
exports.loadConfigFile = loadConfigFile;
const node_fs_1 = __webpack_require__(3024);
const smol_toml_1 = __webpack_require__(7106);
const errors_js_1 = __webpack_require__(3916);
const limits_js_1 = __webpack_require__(351);
const locate_js_1 = __webpack_require__(5562);
const env_js_1 = __webpack_require__(5389);
const endpoints_js_1 = __webpack_require__(6284);
const validate_js_1 = __webpack_require__(2526);
/** A configuration given as a value (flags, inputs, a library caller), validated and typed. */
function configFrom(raw, source) {
    return { config: (0, validate_js_1.typedConfig)(raw), source, problems: (0, validate_js_1.validate)(raw, { source }) };
}
function policyOf(src) {
    const p = src;
    return Array.isArray(p.allow) && p.env && typeof p.env === 'object' ? src : { env: src, allow: [] };
}
/**
 * ${NAME} takes the value of NAME from the environment ("" when unset) when
 * the workflow allows it (src/trust/env.ts); a refused name becomes "" and a
 * [path..., NAME, reason] entry in `refused`.
 */
function expandEnv(value, source, keyPath = [], refused = []) {
    const policy = policyOf(source);
    if (typeof value === 'string') {
        return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
            const e = (0, env_js_1.expansionOf)(name, keyPath.join('.'), policy);
            if ('refused' in e) {
                refused.push([...keyPath, name, e.refused]);
                return '';
            }
            return e.value;
        });
    }
    if (Array.isArray(value))
        return value.map((v, i) => expandEnv(v, policy, [...keyPath, String(i)], refused));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnv(v, policy, [...keyPath, k], refused)]));
    }
    return value;
}
function parseConfigText(text, source, env = process.env) {
    let doc;
    try {
        doc = (0, smol_toml_1.parse)(text);
    }
    catch (e) {
        if (e instanceof smol_toml_1.TomlError) {
            const first = e.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
            throw new errors_js_1.ProblemsError([
                { source, line: e.line, message: `TOML syntax error at column ${e.column}: ${first}` },
            ]);
        }
        throw e;
    }
    const lines = (0, locate_js_1.keyLines)(text);
    const problems = (0, validate_js_1.validate)(doc, { source, lines });
    for (const r of (0, endpoints_js_1.workflowOnlyRefusals)(doc)) {
        problems.push({ source, line: (0, locate_js_1.lineOf)(lines, r.keyPath), key: (0, locate_js_1.pathKey)(r.keyPath), message: r.message });
    }
    const refused = [];
    const expanded = expandEnv(doc, env, [], refused);
    for (const r of refused) {
        const message = r.pop();
        r.pop();
        const keyPath = r.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
        problems.push({ source, line: (0, locate_js_1.lineOf)(lines, keyPath), key: (0, locate_js_1.pathKey)(keyPath), message });
    }
    return { config: (0, validate_js_1.typedConfig)(expanded), source, lines, problems };
}
function loadConfigFile(file, env = process.env) {
    let buf;
    try {
        buf = (0, node_fs_1.readFileSync)(file);
    }
    catch (e) {
        const code = e.code;
        throw new errors_js_1.ProblemsError([
            {
                source: file,
                message: code === 'ENOENT'
                    ? 'config file not found; create it (see examples/sandbox-checks.toml) or name another with `sandbox-checks run FILE`'
                    : code === 'EISDIR'
                        ? `is a folder; name the config file in it, e.g. sandbox-checks run ${file.replace(/\/$/, '')}/sandbox-checks.toml`
                        : `cannot read the config file: ${e.message}`,
            },
        ]);
    }
    if (buf.length > limits_js_1.MAX_CONFIG_BYTES) {
        throw new errors_js_1.ProblemsError([
            { source: file, message: `the config file is ${buf.length} bytes, more than the ${limits_js_1.MAX_CONFIG_BYTES} a config may hold; move checks into several configs (one per step), or use globs instead of listing files` },
        ]);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    if (text.includes('\uFFFD')) {
        throw new errors_js_1.ProblemsError([{ source: file, message: 'the config file is not valid UTF-8; save it as UTF-8' }]);
    }
    return parseConfigText(text, file, env);
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack_module, exports) => {


// Maps key paths of a TOML document to their line numbers, so every problem
// can point at a line. smol-toml gives positions only for syntax errors; this
// scanner follows tables, arrays of tables, dotted keys and inline tables,
// which is all a sandbox-checks.toml holds.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathKey = pathKey;
exports.keyLines = keyLines;
exports.lineOf = lineOf;
function pathKey(p) {
    return p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}
const KEY = String.raw `(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')`;
const unquote = (k) => k.trim().replace(/^["']|["']$/g, '');
const splitKey = (k) => (k.match(new RegExp(KEY, 'g')) ?? []).map(unquote);
function keyLines(source) {
    const lines = new Map();
    const counters = new Map();
    let table = [];
    let inMultiline;
    const record = (p, line) => {
        const k = pathKey(p);
        if (!lines.has(k))
            lines.set(k, line);
    };
    source.split(/\r?\n/).forEach((raw, i) => {
        const n = i + 1;
        if (inMultiline) {
            if (raw.includes(inMultiline))
                inMultiline = undefined;
            return;
        }
        const text = raw.trim();
        if (!text || text.startsWith('#'))
            return;
        const arr = /^\[\[\s*([^\]]+?)\s*\]\]/.exec(text);
        if (arr) {
            const name = splitKey(arr[1]).join('.');
            const idx = counters.get(name) ?? 0;
            counters.set(name, idx + 1);
            table = [...splitKey(arr[1]), idx];
            record(table, n);
            return;
        }
        const tab = /^\[\s*([^\]]+?)\s*\]/.exec(text);
        if (tab) {
            table = splitKey(tab[1]);
            record(table, n);
            return;
        }
        const kv = new RegExp(String.raw `^(${KEY}(?:\s*\.\s*${KEY})*)\s*=\s*(.*)$`).exec(text);
        if (!kv)
            return;
        const keyPath = [...table, ...splitKey(kv[1])];
        record(keyPath, n);
        const value = kv[2];
        for (const q of ['"""', "'''"]) {
            const first = value.indexOf(q);
            if (first >= 0 && value.indexOf(q, first + 3) < 0)
                inMultiline = q;
        }
        if (value.startsWith('{')) {
            for (const m of value.matchAll(new RegExp(String.raw `(${KEY})\s*=`, 'g')))
                record([...keyPath, unquote(m[1])], n);
        }
    });
    return lines;
}
/** The line of a key, or of the nearest enclosing key that has one. */
function lineOf(lines, p) {
    for (let len = p.length; len > 0; len--) {
        const hit = lines.get(pathKey(p.slice(0, len)));
        if (hit)
            return hit;
    }
    return undefined;
}


/***/ }),

/***/ 3763:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The shape of sandbox-checks.toml, written once as a valibot schema: it gives
// the `Config` type the planner reads, the validation (with the key path and
// a sentence a person can act on for every problem), and, through
// src/config/schema.ts, the JSON Schema shipped for editors (a test keeps the
// committed file in step). Durations and sizes come out in milliseconds and
// bytes, "a string or a list" as a list.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConfigSchema = exports.JSON_OF = void 0;
exports.unknownKeys = unknownKeys;
const v = __importStar(__webpack_require__(8275));
const index_js_1 = __webpack_require__(2255);
const limits_js_1 = __webpack_require__(351);
const index_js_2 = __webpack_require__(7486);
const regex_js_1 = __webpack_require__(1249);
const units_js_1 = __webpack_require__(1996);
const errors_js_1 = __webpack_require__(7827);
/**
 * JSON Schema of the leaves valibot cannot describe by itself (durations and
 * sizes, which take a number or a string with a unit). schema.ts puts these
 * in place of the custom schema; the runtime never reads them.
 */
exports.JSON_OF = new WeakMap();
/** How a value reads in a message: `the string "x"`, `a list`, `the integer 5`. */
function typeName(x) {
    if (Array.isArray(x))
        return 'a list';
    if (x === null)
        return 'null';
    if (x instanceof Date)
        return 'a date';
    if (typeof x === 'object')
        return 'a table';
    if (typeof x === 'string')
        return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
    if (typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x)))
        return `the integer ${String(x)}`;
    return `the ${typeof x} ${String(x)}`;
}
const got = (what) => (issue) => `expected ${what}, got ${typeName(issue.input)}`;
const isTable = (x) => typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date);
const pipeOf = (base, ...items) => v.pipe(base, ...items.filter(Boolean));
const described = (schema, description) => v.optional(pipeOf(schema, v.description(description)));
function str(description, o = {}) {
    return described(pipeOf(v.string(got('a string')), o.nonEmpty && v.check((s) => s.trim() !== '', 'must not be empty'), o.nonEmpty && v.metadata({ minLength: 1 }), o.regex &&
        v.rawCheck(({ dataset, addIssue }) => {
            if (!dataset.typed)
                return;
            const re = (0, regex_js_1.compileUserRegex)(dataset.value);
            if ('error' in re)
                addIssue({ message: re.error });
        }), o.regex && v.metadata({ format: 'regex' })), description);
}
function oneOf(options, description) {
    const message = (issue) => {
        if (typeof issue.input !== 'string')
            return got('a string')(issue);
        const guess = (0, errors_js_1.didYouMean)(issue.input, options);
        return `expected one of ${options.join(', ')}, got ${JSON.stringify(issue.input)}${guess ? `; did you mean "${guess}"?` : ''}`;
    };
    return described(v.picklist(options, message), description);
}
const bool = (description) => described(v.boolean(got('true or false')), description);
function int(min, max, description) {
    const whole = got('a whole number');
    return described(pipeOf(v.number(whole), v.integer(whole), v.minValue(min, (i) => `must be at least ${min}, got ${String(i.input)}`), v.maxValue(max, (i) => `must be at most ${max}, got ${String(i.input)}`)), description);
}
/** A number or a string with a unit, read by `parse` into one number. */
function measure(parse, expected, bounds, json) {
    const readable = (x) => {
        const n = parse(x);
        return n !== undefined && !Number.isNaN(n);
    };
    const base = v.custom(readable, (i) => `expected ${expected}; got ${typeName(i.input)}`);
    exports.JSON_OF.set(base, json);
    return pipeOf(base, v.rawCheck(({ dataset, addIssue }) => {
        const why = dataset.typed ? bounds(parse(dataset.value)) : undefined;
        if (why)
            addIssue({ message: why });
    }), v.transform((x) => parse(x)));
}
const durationString = { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|sec|m|min|h)?\\s*$' };
/** Milliseconds as a number, or "500ms", "30s", "2m", "1h"; at least `min` (default 100 ms). */
function duration(description, min = limits_js_1.MIN_TIMEOUT_MS) {
    return described(measure(units_js_1.parseDuration, 'a duration: milliseconds like 30000, or a string like "30s" or "2m"', (ms) => ms < min ? `must be at least ${min} ms, got ${ms} ms` : ms > limits_js_1.MAX_TIMEOUT_MS ? `must be at most 1 hour (${limits_js_1.MAX_TIMEOUT_MS} ms), got ${ms} ms` : undefined, { oneOf: [{ type: 'integer', minimum: min, maximum: limits_js_1.MAX_TIMEOUT_MS, description: 'milliseconds' }, durationString] }), description);
}
/** Bytes as a number, or "512MB", "1GiB", "64k". */
function size(description) {
    return described(measure(units_js_1.parseSize, 'a size: bytes, or a string like "512MB" or "1GiB"', (b) => (b < 1024 ? `must be at least 1024 bytes, got ${b}` : undefined), {
        oneOf: [
            { type: 'integer', minimum: 1024, description: 'bytes' },
            { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?\\s*$' },
        ],
    }), description);
}
const listItem = pipeOf(v.string(got('a string')), v.check((s) => s.trim() !== '', 'must not be an empty string'), v.metadata({ minLength: 1 }));
const listOf = (nonEmpty = false) => pipeOf(v.array(listItem, got('a list of strings like ["a", "b"]')), nonEmpty && v.minLength(1, 'the list is empty: give at least one entry'), v.maxLength(limits_js_1.MAX_LIST_ENTRIES, (i) => `the list has ${i.input.length} entries, more than the ${limits_js_1.MAX_LIST_ENTRIES} one list may hold; use a glob, or split the work over several configs`));
/** Items are never empty strings; nonEmpty also refuses an empty list. */
const strings = (description, nonEmpty = false) => described(listOf(nonEmpty), description);
/** A string or a list of strings, as a list. */
const stringOrStrings = (description) => described(v.union([pipeOf(v.string(), v.transform((s) => [s])), listOf()], got('a list of strings like ["a", "b"]')), description);
const env = (description) => described(pipeOf(v.custom(isTable, got('a table of strings like { NAME = "value" }')), v.record(v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'is not a valid environment variable name')), v.string((i) => `expected a string, got ${typeName(i.input)} (quote it: "${String(i.input)}")`))), description);
/** The entries of each table schema, for the unknown-key walk (unknownKeys below). */
const TABLES = new WeakMap();
/**
 * A TOML table: every key optional. Unknown keys are found by unknownKeys,
 * on the document as written: valibot's objects skip keys such as
 * `constructor` (it asks `key in entries`) and `__proto__`, which a TOML
 * table may hold as its own, and its strict object stops at the first.
 */
function tableOf(entries) {
    const schema = pipeOf(v.custom(isTable, got('a table')), v.looseObject(entries));
    TABLES.set(schema, entries);
    return schema;
}
/** Every key of `value` (a whole document) that its table does not know, in document order. */
function unknownKeys(value) {
    const out = [];
    const walk = (schema, x, at) => {
        let s = schema;
        while (s && !TABLES.has(s) && (s.wrapped || s.pipe))
            s = (s.wrapped ?? s.pipe[0]);
        if (!s)
            return;
        const entries = TABLES.get(s);
        if (entries) {
            if (!isTable(x))
                return;
            const known = Object.keys(entries);
            for (const key of Object.keys(x)) {
                if (Object.hasOwn(entries, key)) {
                    walk(entries[key], x[key], [...at, key]);
                    continue;
                }
                const guess = (0, errors_js_1.didYouMean)(key, known);
                out.push({ path: [...at, key], message: `unknown key${guess ? `; did you mean "${guess}"?` : `; known keys here: ${known.join(', ')}`}` });
            }
        }
        else if (s.type === 'array' && s.item && Array.isArray(x)) {
            x.forEach((item, i) => walk(s.item, item, [...at, i]));
        }
    };
    walk(exports.ConfigSchema, value, []);
    return out;
}
const table = (entries, description) => described(tableOf(entries), description);
/** `[[name]]` sections. */
const tables = (name, entries, description, max) => described(v.pipe(v.array(tableOf(entries), got(`an array of tables ([[${name}]] sections)`)), v.maxLength(max, (i) => `${i.input.length} [[${name}]] sections, more than the ${max} one config may hold; split them over several configs (one per step)`)), description);
const limitFields = {
    timeout: duration('Wall-clock limit for the check: milliseconds, or "30s", "2m".'),
    install_timeout: duration('Wall-clock limit for installing `packages` (default "5m"); separate from `timeout`, which covers compiling and running.'),
    memory: size('Memory for everything the check starts: bytes, or "512MB", "1GiB".'),
    processes: int(1, 100_000, 'Processes and threads the check may have at once.'),
    output_limit: size('Bytes kept per output stream; past it the check is stopped (output_limit).'),
    file_size: size('Largest file the check may write.'),
    network: bool('Let the program reach the network (off by default).'),
};
const expectFields = {
    exit_code: int(0, 255, 'Expected exit code (default 0).'),
    stdout: str('stdout must equal this (trailing whitespace ignored).'),
    stdout_contains: stringOrStrings('stdout must contain each of these.'),
    stdout_matches: str('stdout must match this regular expression.', { regex: true }),
    stderr: str('stderr must equal this (trailing whitespace ignored).'),
    stderr_contains: stringOrStrings('stderr must contain each of these.'),
    stderr_matches: str('stderr must match this regular expression.', { regex: true }),
};
const expect = (description) => table(expectFields, description);
const checkEnv = () => env('Environment variables for the program; nothing else comes from the host.');
const checkPackages = () => strings("Packages installed with the language's installer before the run.");
const checkFields = {
    name: str('Name shown in every report (default: the file or "check N").', { nonEmpty: true }),
    file: str('The program to run, relative to this config file.', { nonEmpty: true }),
    files: strings('Globs; each matching file becomes its own check.', true),
    code: str('The program itself, inline.', { nonEmpty: true }),
    include: strings('Globs of extra files copied into the workspace beside the program.'),
    language: str('Language id or alias; inferred from the file extension when omitted.', { nonEmpty: true }),
    args: strings('Arguments passed to the program.'),
    stdin: str('Text given on standard input (empty by default).'),
    env: checkEnv(),
    packages: checkPackages(),
    skip: bool('Plan the check but do not run it.'),
    expect: expect('What the run must look like to pass.'),
    ...limitFields,
};
const defaultsFields = {
    language: str('Language for inline code with no language of its own.'),
    env: checkEnv(),
    packages: checkPackages(),
    expect: expect('What the run must look like to pass.'),
    ...limitFields,
};
const e2bFields = {
    api_key: str('E2B API key: only "${E2B_API_KEY}" (the workflow gives the key).'),
    timeout: duration('Default timeout of every check, in milliseconds (or "30s").'),
    stream: bool('Stream output as it is printed.'),
    default_language: str('Language for inline code with no language of its own.'),
    template: str('E2B template (default code-interpreter-v1).'),
    api_url: str("Refused in a repository config: where the E2B key is sent is the workflow's choice (E2B_API_URL)."),
    sandbox_url: str("Refused in a repository config: where the E2B key is sent is the workflow's choice (E2B_SANDBOX_URL)."),
    package_hosts: strings('Hosts a package install may reach when the check has no network (the sandbox egress is opened to these only, for the install).'),
    create_interval: duration('Least time between two sandbox creations (default 1s, the Hobby plan rate; 200ms suits Pro; 0 for self-hosted E2B).', 0),
    checks_per_sandbox: int(1, 1000, "Checks packed into one E2B sandbox, each in its own bubblewrap sandbox inside it (default 1: a sandbox per check); goes past the plan's creation rate."),
};
const snippetRuleFields = {
    paths: strings('Globs of the Markdown files the rule is for ("docs/**").', true),
    language: str('Only blocks of this language (id or alias); every language when omitted.', { nonEmpty: true }),
    share: oneOf(['file', 'none'], '"file": the blocks of a file and language run in one session, sharing state.'),
    setup: str('Hidden code run before each block (once per session).'),
    packages: strings('Packages installed before the blocks run.'),
    include: strings("Globs of files copied into each block's workspace (fixtures)."),
    skip: bool('Do not run the blocks (reported as skipped).'),
    timeout: limitFields.timeout,
    memory: limitFields.memory,
    network: limitFields.network,
    expect: expect("What every block's run must look like (its own output block wins)."),
    doctest: strings('doctest option flags for >>> blocks: ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL.'),
};
/** Every id and alias of every language: `[snippets.packages]` keys. */
const snippetPackageFields = Object.fromEntries(index_js_1.LANGUAGES.flatMap((lang) => [lang.id, ...lang.aliases].map((name) => [name, strings(`Packages for ${lang.label} blocks.`)])));
const snippetFields = {
    paths: strings('Markdown files or globs whose fenced code blocks are run.'),
    exclude: strings('Globs of Markdown files not to read.'),
    languages: strings('Only blocks in these languages run (default: every known language).'),
    env: checkEnv(),
    packages: table(snippetPackageFields, 'Packages per language, installed before each block of that language: { python = ["numpy"], javascript = ["lodash"] }.'),
    changed_since: str('Run only blocks in Markdown files changed since this git ref (merge base with HEAD); the CLI flag --changed-since wins.'),
    changed_only: bool('Run only blocks in Markdown files the pull request changes (Action); elsewhere every block runs.'),
    changed_lines: bool('With a change set, run only blocks whose own lines (or setup, or session) changed, not every block of a changed file.'),
    rule: tables('snippets.rule', snippetRuleFields, 'What blocks of matching files and language get without editing them ([[snippets.rule]]).', limits_js_1.MAX_RULES),
    ...limitFields,
};
const configFields = {
    provider: oneOf(index_js_2.PROVIDER_CHOICES, 'Where checks run: auto (E2B with a key, else local), local or e2b.'),
    concurrency: int(1, 256, 'Checks run at once (default: CPU cores; 5 on E2B).'),
    e2b: table(e2bFields, 'E2B settings, as in the E2B integration document.'),
    defaults: table(defaultsFields, 'Values every check starts from.'),
    check: tables('check', checkFields, 'The checks to run.', limits_js_1.MAX_CHECKS),
    snippets: table(snippetFields, 'Run the fenced code blocks of Markdown files.'),
};
/** The whole file. */
exports.ConfigSchema = tableOf(configFields);


/***/ }),

/***/ 2526:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Checks a raw configuration (from TOML, flags or Action inputs) against the
// schema (spec.ts) and turns it into a typed Config. Every problem is
// collected, with the file, line and key, before anything runs; the Config
// of a file with problems leaves the bad values out, so the planner can add
// its own problems and all are reported at once.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validate = validate;
exports.typedConfig = typedConfig;
const v = __importStar(__webpack_require__(8275));
const locate_js_1 = __webpack_require__(5562);
const spec_js_1 = __webpack_require__(3763);
const pathOf = (issue) => (issue.path ?? []).map((p) => p.key);
/** The problems of `raw` as key paths and messages, first per key (a value has one problem: the first that applies). */
function issuesOf(raw) {
    const r = v.safeParse(spec_js_1.ConfigSchema, raw);
    const all = [...(r.success ? [] : r.issues.map((issue) => ({ path: pathOf(issue), message: issue.message }))), ...(0, spec_js_1.unknownKeys)(raw)];
    const seen = new Set();
    return all.filter(({ path }) => {
        const key = (0, locate_js_1.pathKey)(path);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function validate(raw, where) {
    return issuesOf(raw).map(({ path, message }) => ({
        source: where.source,
        line: where.lines ? (0, locate_js_1.lineOf)(where.lines, path) : undefined,
        key: path.length ? (0, locate_js_1.pathKey)(path) : undefined,
        message,
    }));
}
/** A copy of the tables and lists of a document (values are shared), to delete keys from. */
function copyTree(x) {
    if (Array.isArray(x))
        return x.map(copyTree);
    if (x && typeof x === 'object' && !(x instanceof Date)) {
        return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copyTree(v)]));
    }
    return x;
}
/** Deletes the key holding `path` (a list item takes its list with it, so indices stay as written). */
function deleteAt(root, path) {
    const last = path.findLastIndex((k) => typeof k === 'string');
    if (last < 0) {
        for (const k of Object.keys(root))
            delete root[k];
        return;
    }
    let node = root;
    for (const k of path.slice(0, last)) {
        node = node && typeof node === 'object' ? node[k] : undefined;
    }
    if (node && typeof node === 'object')
        delete node[path[last]];
}
/**
 * The typed Config of `raw`: the values that passed. Problems are
 * validate()'s to report; a value with one is left out here.
 */
function typedConfig(raw) {
    let issues = issuesOf(raw);
    if (!issues.length)
        return v.parse(spec_js_1.ConfigSchema, raw);
    const value = copyTree(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return {};
    // Each round removes every bad key it sees (a key whose table was bad is seen the next round).
    for (let round = 0; round < 16 && issues.length; round++) {
        for (const { path } of issues)
            deleteAt(value, path);
        issues = issuesOf(value);
    }
    const r = v.safeParse(spec_js_1.ConfigSchema, value);
    return r.success && !issues.length ? r.output : {};
}


/***/ }),

/***/ 1518:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// One check's run, the parts its phases share: the context every phase
// reads and writes (CheckRun), and the setup phases (package install,
// compile) whose output is kept apart and shown only when they fail. The
// order of the phases is runOne's, in run.ts.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OFFLINE_ENV = void 0;
exports.startRun = startRun;
exports.timed = timed;
exports.stepEnv = stepEnv;
exports.install = install;
exports.compile = compile;
exports.setOutput = setOutput;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const index_js_1 = __webpack_require__(2255);
const limits_js_1 = __webpack_require__(351);
const compiler_messages_js_1 = __webpack_require__(8906);
const install_failure_js_1 = __webpack_require__(7830);
const outcome_js_1 = __webpack_require__(938);
const output_js_1 = __webpack_require__(789);
function safeName(name, index) {
    return `${String(index + 1).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}.log`;
}
/** The context of a check about to run: its log, its captures, an outcome that says `error` until a phase says otherwise. */
function startRun(job) {
    const { check } = job;
    const started = Date.now();
    const lang = (0, index_js_1.getLanguage)(check.language);
    const logFile = node_path_1.default.join(job.logDir, safeName(check.name, job.index));
    const log = (0, node_fs_1.createWriteStream)(logFile);
    const outcome = (0, outcome_js_1.baseOutcome)(check, job.provider.name, 'error');
    outcome.logFile = logFile;
    const phases = {};
    outcome.phases = phases;
    return {
        ...job,
        lang,
        started,
        log,
        stdout: new output_js_1.StreamCapture(check.limits.outputBytes, log),
        stderr: new output_js_1.StreamCapture(check.limits.outputBytes, log),
        setup: new output_js_1.StreamCapture(4 << 20, log, undefined, 8 * 1024),
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
exports.OFFLINE_ENV = {
    npm_config_fetch_retries: '0',
    npm_config_fetch_timeout: '10000',
    PIP_RETRIES: '1',
    PIP_TIMEOUT: '10',
};
/** The env of one step of `run`: with OFFLINE_ENV under it when the step has no network. */
function stepEnv(run, network) {
    return network ? run.env : { ...exports.OFFLINE_ENV, ...run.env };
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
    const budget = check.limits.installTimeoutMs ?? limits_js_1.DEFAULT_LIMITS.installTimeoutMs;
    const what = `installing ${check.packages.join(', ')} with ${lang.install.tool}`;
    run.events.onNotice?.(check, what);
    const command = lang.install.command(check.packages);
    const r = await timed(run, 'installMs', () => setupStep(run, command, true, Date.now() + budget));
    const failed = (0, install_failure_js_1.installFailure)(r, what, (0, output_js_1.streamText)(setup.result()), budget, check.name);
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
        return run.end('failed', 'compile', `compilation failed: ${(0, compiler_messages_js_1.compileFailureSummary)((0, output_js_1.streamText)(setup.result()))}`);
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


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack_module, exports) => {


// A compiler's failure in one message: its first error (rustc's
// `error[E0308]: mismatched types` and the `--> file:line` under it, gcc's
// `main.c:4:5: error: …`, javac's, mcs's, go's) and then the end of its
// output, where the summary is. Without the headline, rustc's last lines
// only say "aborting due to 1 previous error".
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compileFailureSummary = compileFailureSummary;
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


/***/ }),

/***/ 9945:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unmetExpectation = unmetExpectation;
const regex_js_1 = __webpack_require__(1249);
const output_js_1 = __webpack_require__(789);
const sections_js_1 = __webpack_require__(2676);
const textdiff_js_1 = __webpack_require__(3092);
function shorten(s, n = 200) {
    const one = JSON.stringify(s);
    return one.length > n ? `${one.slice(0, n)}…"` : one;
}
const cutOf = (seen, stream) => (typeof seen.truncated === 'boolean' ? seen.truncated : seen.truncated[stream]);
function notJudged(stream, what) {
    const kib = (2 * output_js_1.KEEP_BYTES) / 1024;
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
        const message = (0, sections_js_1.unmetSections)(expect.sections, seen.stdout);
        if (message)
            return unmet(message);
    }
    if (expect.stdoutLike !== undefined) {
        if (stdoutCut)
            return notJudged('stdout', 'the expected output');
        const diff = (0, textdiff_js_1.outputDiff)(expect.stdoutLike, seen.stdout);
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
            if ((0, textdiff_js_1.normalise)(text) !== (0, textdiff_js_1.normalise)(equals))
                return unmet(`${stream} differs from the expected text: expected ${shorten((0, textdiff_js_1.normalise)(equals))}, got ${shorten((0, textdiff_js_1.normalise)(text))}`);
        }
        // Kept pieces are searched one by one: a needle never spans the cut, nor the line that marks it.
        const pieces = cut ? text.split(output_js_1.OMITTED_LINE) : [text];
        for (const needle of contains ?? []) {
            if (!pieces.some((p) => p.includes(needle)))
                return cut ? notJudged(stream, `${stream}_contains ${shorten(needle)}`) : unmet(`${stream} does not contain ${shorten(needle)}`);
        }
        if (matches !== undefined) {
            const re = (0, regex_js_1.compileUserRegex)(matches);
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


/***/ }),

/***/ 7830:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// What a failed package install tells the person: one wording whether the
// install ran in the check's own sandbox or once for a shared layer, so the
// message of every check that needed it is the same sentence.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.installFailure = installFailure;
const units_js_1 = __webpack_require__(1996);
/** Lines of an installer's output that say the package index was unreachable. */
const UNREACHABLE = /(Temporary failure in name resolution|Name or service not known|Network is unreachable|Connection refused|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|getaddrinfo|Could not fetch URL|Failed to establish a new connection|dial tcp|failed to download|Couldn't resolve host|Unable to download data)/i;
/**
 * undefined when the install succeeded. `what` is "installing X with pip";
 * `checkName` is the check whose install_timeout was the budget.
 */
function installFailure(r, what, output, budgetMs, checkName) {
    if (r.limit === 'timeout') {
        return {
            status: 'timed_out',
            reason: 'install_timeout',
            message: `${what} did not finish within the ${(0, units_js_1.formatLimit)(budgetMs)} install timeout; every process it started was killed (raise install_timeout for check "${checkName}" or in [defaults])`,
        };
    }
    if (r.exitCode === 0 && !r.limit && !r.sandboxError)
        return undefined;
    if (r.sandboxError && r.exitCode === null && !r.limit)
        return { status: 'error', reason: 'package_install', message: `${what} failed: ${r.sandboxError}` };
    const unreachable = UNREACHABLE.exec(output);
    const why = unreachable
        ? `failed: the package index could not be reached from the sandbox (${lastLineWith(output, unreachable[0])}); check the machine's network access to the registry, or vendor the packages`
        : `failed (exit ${r.exitCode ?? r.signal ?? r.limit}): ${lastLines(output)}`;
    return { status: 'error', reason: 'package_install', message: `${what} ${why}` };
}
function lastLines(text, n = 8) {
    const lines = text.trim().split('\n').filter(Boolean);
    return lines.slice(-n).join('\n') || '(no output)';
}
function lastLineWith(text, needle) {
    const line = text.split('\n').reverse().find((l) => l.includes(needle)) ?? needle;
    return line.trim().slice(0, 200);
}


/***/ }),

/***/ 9222:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Package layers: the packages a check declares are installed once per run
// for everything that makes the result differ (provider, language, installer
// and its command, the exact sorted package set, the toolchain's identity,
// the install's env, and the contents of the files the installer reads: lock
// and project files, local packages), and every check with the same tuple
// gets that one install read-only. Checks that want a layer being installed
// wait for that install (single flight); a failed install fails all of them
// with the same message and is never stored, so a later run tries again. The
// install's budget is the install_timeout of the check that started it.
//
// Layers are kept between runs in $XDG_CACHE_HOME/sandbox-checks/layers/<key>
// (~/.cache when unset), <key> a hash of the tuple, so a layer can only ever
// be found by the tuple it was made for. A layer is installed into a temp
// folder next to it and renamed into place when complete; what is on disk is
// pruned at the end of a run (unused for 14 days, or least recently used past
// 4 GiB). SANDBOX_CHECKS_LAYER_CACHE=off keeps layers for the run only; a
// path there moves the cache; SANDBOX_CHECKS_LAYER_CACHE_MAX_AGE/_MAX_SIZE
// change the pruning. The cache is never inside the repository, which could
// otherwise plant a layer or a link where one is written. The folder and the
// key (layerKey) are what a workflow cache step would save and restore.
//
// A front door may pass a RemoteLayerCache (the Action's: the workflow cache
// service): a layer missing on disk is asked of it by its exact key before
// installing, and checked as a disk hit is (complete, its record naming the
// key) before any check mounts it; a layer installed here is handed to it in
// the background, and the run waits for those saves (flush) before it ends.
// A remote that fails is a warning: the check installs as if it had missed.
//
// Providers that cannot mount a layer (no `layers` on the provider) keep
// installing in each check's own sandbox (src/engine/run.ts).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LayerStore = exports.DEFAULT_LAYER_MAX_BYTES = exports.DEFAULT_LAYER_MAX_AGE_MS = void 0;
exports.layerKey = layerKey;
exports.installInputs = installInputs;
exports.layerCacheSettings = layerCacheSettings;
const crypto_js_1 = __webpack_require__(5414);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const limits_js_1 = __webpack_require__(351);
const units_js_1 = __webpack_require__(1996);
const install_failure_js_1 = __webpack_require__(7830);
const output_js_1 = __webpack_require__(789);
exports.DEFAULT_LAYER_MAX_AGE_MS = 14 * 24 * 3_600_000;
exports.DEFAULT_LAYER_MAX_BYTES = 4 * 1024 ** 3;
/** Temp folders of installs that never finished (a killed run) are removed after this long. */
const STALE_TEMP_MS = 3_600_000;
const META = 'layer.json';
function layerKey(parts) {
    return (0, crypto_js_1.createHash)('sha256').update(JSON.stringify({ format: 1, ...parts })).digest('hex').slice(0, 40);
}
const sha256 = (b) => (0, crypto_js_1.createHash)('sha256').update(b).digest('hex');
/**
 * The check's files an install reads: the installer's own (lock and project
 * files) and every file a package or a project file names, itself or as a
 * folder (`./pkg`, `file:vendor/x.tgz`, `.`, a local path in go.mod), since
 * those are installed from the workspace.
 */
function installInputs(files, packages, reads, sources = []) {
    const named = [...packages, ...sources].map((p) => node_path_1.default.posix.normalize(p.replace(/^file:/, '').replace(/^\/workspace(\/|$)/, './')).replace(/\/+$/, ''));
    const wanted = (f) => reads.includes(f) || named.some((n) => n === '.' || f === n || f.startsWith(`${n}/`));
    return files.filter((f) => wanted(node_path_1.default.posix.normalize(f.path))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function isInside(child, parent) {
    return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}
/** The real path of `p`, or of its nearest existing parent joined with the rest. */
function realish(p) {
    let head = node_path_1.default.resolve(p);
    const rest = [];
    for (;;) {
        try {
            return node_path_1.default.join((0, node_fs_1.realpathSync)(head), ...rest);
        }
        catch {
            if (head === node_path_1.default.dirname(head))
                return node_path_1.default.resolve(p);
            rest.unshift(node_path_1.default.basename(head));
            head = node_path_1.default.dirname(head);
        }
    }
}
/** The cache the workflow's env asks for (trusted: the job's env, never the repository's files). */
function layerCacheSettings(env = process.env, cwd = process.cwd()) {
    const maxAgeMs = (0, units_js_1.parseDuration)(env.SANDBOX_CHECKS_LAYER_CACHE_MAX_AGE?.trim() || undefined) ?? exports.DEFAULT_LAYER_MAX_AGE_MS;
    const maxBytes = (0, units_js_1.parseSize)(env.SANDBOX_CHECKS_LAYER_CACHE_MAX_SIZE?.trim() || undefined) ?? exports.DEFAULT_LAYER_MAX_BYTES;
    const setting = (env.SANDBOX_CHECKS_LAYER_CACHE ?? '').trim();
    if (['off', '0', 'false', 'no'].includes(setting.toLowerCase()))
        return { maxAgeMs, maxBytes };
    if (setting && !node_path_1.default.isAbsolute(setting)) {
        return { maxAgeMs, maxBytes, warning: `SANDBOX_CHECKS_LAYER_CACHE is "${setting}"; it must be "off" or an absolute folder, so package layers are kept for this run only` };
    }
    const base = env.XDG_CACHE_HOME && node_path_1.default.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : node_path_1.default.join(env.HOME || node_os_1.default.homedir(), '.cache');
    const root = setting || node_path_1.default.join(base, 'sandbox-checks', 'layers');
    const real = realish(root);
    for (const repo of [cwd, env.GITHUB_WORKSPACE]) {
        if (!repo || repo === '/')
            continue;
        if (isInside(real, realish(repo))) {
            return {
                maxAgeMs,
                maxBytes,
                warning: `the package layer cache ${root} is inside the repository (${repo}), whose files must not reach it, so layers are kept for this run only; set XDG_CACHE_HOME or SANDBOX_CHECKS_LAYER_CACHE to a folder outside it`,
            };
        }
    }
    return { root, maxAgeMs, maxBytes };
}
/** An existing, complete layer made for `key`: real folders (never links) for the folder and each output, and its record naming the key. */
function complete(dir, outputs, key) {
    try {
        if (!(0, node_fs_1.lstatSync)(dir).isDirectory() || !(0, node_fs_1.lstatSync)(node_path_1.default.join(dir, META)).isFile())
            return false;
        if (JSON.parse((0, node_fs_1.readFileSync)(node_path_1.default.join(dir, META), 'utf8')).key !== key)
            return false;
        return outputs.every((o) => {
            let p = dir;
            return o.split('/').every((part) => (0, node_fs_1.lstatSync)((p = node_path_1.default.join(p, part))).isDirectory());
        });
    }
    catch {
        return false;
    }
}
/** Bytes a tree takes on disk; never follows links. */
function diskBytes(p) {
    const st = (0, node_fs_1.lstatSync)(p);
    let n = st.blocks * 512;
    if (st.isDirectory())
        for (const e of (0, node_fs_1.readdirSync)(p))
            n += diskBytes(node_path_1.default.join(p, e));
    return n;
}
class LayerStore {
    settings;
    remote;
    stats = { installs: 0, fromCache: 0, restored: 0, checks: 0 };
    warnings = [];
    flights = new Map();
    stop = new AbortController();
    runRoot;
    cacheReady;
    used = new Set();
    /** Layers this run used that are on disk (found or installed). */
    kept = new Set();
    /** A cache setting that cannot be used is told once, and only to a run that has packages to share. */
    settingTold = false;
    /** Saves to the remote cache still running. */
    saves = new Set();
    constructor(settings = layerCacheSettings(), remote) {
        this.settings = settings;
        this.remote = remote;
    }
    /** Whether `provider` gives checks of `lang` their packages as a layer. */
    static serves(provider, lang) {
        return !!provider.layers && !!lang.install?.layer;
    }
    /** The check's layer: found in this run or on disk, or installed now; resolves early (cancelled) when `signal` aborts. */
    async acquire(check, lang, provider, events, signal) {
        if (this.settings.warning && !this.settingTold)
            this.warnings.push(this.settings.warning);
        this.settingTold = true;
        const install = lang.install;
        const facts = install.layer;
        const packages = [...new Set(check.packages)].sort();
        const env = { ...(lang.env ?? {}), ...check.env };
        const files = installInputs(check.files, packages, facts.reads ?? [], facts.localSources?.(check.files, env) ?? []);
        const parts = {
            provider: provider.name,
            language: lang.id,
            installer: install.tool,
            command: install.command(packages),
            packages,
            toolchain: await provider.layers.toolchainIdentity([...lang.tools, install.tool]),
            env: Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
            inputs: files.map((f) => [f.path, sha256(f.content)]),
        };
        const key = layerKey(parts);
        let flight = this.flights.get(key);
        if (!flight) {
            flight = this.build(key, parts, facts.outputs, { check, lang, provider, events, files, env }).catch((e) => ({ ok: false, status: 'error', reason: 'sandbox_error', message: `the package layer for ${packages.join(', ')} could not be prepared: ${e.message}`, output: EMPTY }));
            this.flights.set(key, flight);
        }
        this.stats.checks++;
        if (signal.aborted)
            return cancelled();
        let onAbort;
        const aborted = new Promise((resolve) => {
            onAbort = () => resolve(cancelled());
            signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([flight, aborted]);
        }
        finally {
            signal.removeEventListener('abort', onAbort);
        }
    }
    summary() {
        return { ...this.stats, keys: [...this.kept].sort() };
    }
    /** Ends every install still running (the run was cancelled). */
    abortAll() {
        this.stop.abort();
    }
    /** Waits for every save to the remote cache (each failure is already a warning). */
    async flush() {
        while (this.saves.size)
            await Promise.all([...this.saves]);
    }
    /** Called once when the run is done (after flush): prunes the cache, removes the run's own layers; never throws. */
    dispose() {
        this.stop.abort();
        if (this.cacheReady) {
            try {
                this.prune(this.cacheReady);
            }
            catch (e) {
                this.warnings.push(`pruning the package layer cache ${this.cacheReady} failed: ${e.message}`);
            }
        }
        if (this.runRoot)
            (0, node_fs_1.rmSync)(this.runRoot, { recursive: true, force: true });
        this.runRoot = undefined;
        return this.warnings.splice(0);
    }
    /** The folder layers go in: the cache when it can be used, else one for this run. */
    root() {
        if (this.cacheReady === undefined) {
            this.cacheReady = null;
            const root = this.settings.root;
            if (root) {
                try {
                    (0, node_fs_1.mkdirSync)(root, { recursive: true, mode: 0o700 });
                    const st = (0, node_fs_1.lstatSync)(root);
                    const uid = process.getuid?.();
                    if (!st.isDirectory())
                        throw new Error('it is not a folder');
                    if (uid !== undefined && st.uid !== uid)
                        throw new Error(`it belongs to uid ${st.uid}, not to this user (${uid})`);
                    if (st.mode & 0o022)
                        throw new Error('others may write to it (mode ' + (st.mode & 0o777).toString(8) + ')');
                    this.cacheReady = root;
                }
                catch (e) {
                    this.warnings.push(`the package layer cache ${root} cannot be used (${e.message}), so layers are kept for this run only`);
                }
            }
        }
        if (this.cacheReady)
            return this.cacheReady;
        this.runRoot ??= (0, node_fs_1.mkdtempSync)(node_path_1.default.join(node_os_1.default.tmpdir(), 'sandbox-checks-layers-'));
        return this.runRoot;
    }
    async build(key, parts, outputs, c) {
        const root = this.root();
        const dir = node_path_1.default.join(root, key);
        const mounts = outputs.map((o) => ({ hostDir: node_path_1.default.join(dir, o), path: o }));
        this.used.add(key);
        if (complete(dir, outputs, key)) {
            this.stats.fromCache++;
            this.kept.add(key);
            touch(dir);
            return { ok: true, mounts };
        }
        // Whatever is there is not a layer this run can trust (an interrupted copy by hand, a link): replaced.
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        if (this.remote && (await this.restore(key, dir, outputs)))
            return { ok: true, mounts };
        const what = `installing ${parts.packages.join(', ')} with ${parts.installer}`;
        c.events.onNotice?.(c.check, what);
        this.stats.installs++;
        const tmp = (0, node_fs_1.mkdtempSync)(node_path_1.default.join(root, `.tmp-${key.slice(0, 12)}-`));
        const output = new output_js_1.StreamCapture(4 << 20, undefined, undefined, 8 * 1024);
        const budget = c.check.limits.installTimeoutMs ?? limits_js_1.DEFAULT_LIMITS.installTimeoutMs;
        let failure;
        try {
            const r = await c.provider.layers.install({
                language: c.lang.id,
                command: parts.command,
                env: c.env,
                files: c.files,
                outputs,
                dest: tmp,
                limits: c.check.limits,
                deadline: Date.now() + budget,
                signal: this.stop.signal,
                onOutput: (b) => output.push(b),
            });
            failure = this.stop.signal.aborted
                ? { status: 'error', reason: 'cancelled', message: 'the run was cancelled while the packages were installed' }
                : (0, install_failure_js_1.installFailure)(r, what, (0, output_js_1.streamText)(output.result()), budget, c.check.name);
        }
        catch (e) {
            failure = { status: 'error', reason: 'sandbox_error', message: `${what} failed: ${e.message}` };
        }
        if (failure) {
            (0, node_fs_1.rmSync)(tmp, { recursive: true, force: true });
            return { ok: false, ...failure, output: output.result() };
        }
        (0, node_fs_1.writeFileSync)(node_path_1.default.join(tmp, META), `${JSON.stringify({ key, ...parts, created: new Date().toISOString(), bytes: diskBytes(tmp) }, null, 2)}\n`);
        try {
            (0, node_fs_1.renameSync)(tmp, dir);
        }
        catch (e) {
            // Another run on this machine finished the same layer first: theirs is used.
            (0, node_fs_1.rmSync)(tmp, { recursive: true, force: true });
            if (!complete(dir, outputs, key))
                return { ok: false, status: 'error', reason: 'sandbox_error', message: `${what}: the layer could not be stored in ${root} (${e.message})`, output: output.result() };
        }
        this.kept.add(key);
        if (this.remote)
            this.save(key, dir);
        return { ok: true, mounts };
    }
    /** The layer from the remote cache, checked as a disk hit is; anything else there is removed and installed over. */
    async restore(key, dir, outputs) {
        let found = false;
        try {
            found = await this.remote.restore(key, dir);
        }
        catch (e) {
            this.warnings.push(`the package layer ${key} could not be restored from the cache, so it is installed: ${e.message}`);
        }
        if (found && complete(dir, outputs, key)) {
            this.stats.restored++;
            this.kept.add(key);
            // Its record keeps the archive's time; used now is what pruning must see.
            touch(dir);
            return true;
        }
        if (found)
            this.warnings.push(`the cached package layer ${key} is not the layer of that key (its record or folders do not match), so it was discarded and installed again`);
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        return false;
    }
    save(key, dir) {
        const p = this.remote.save(key, dir)
            .catch((e) => {
            this.warnings.push(`the package layer ${key} could not be saved to the cache: ${e.message}`);
        })
            .finally(() => this.saves.delete(p));
        this.saves.add(p);
    }
    /** Removes unfinished installs, layers unused past the age limit, then the least recently used past the size limit. */
    prune(root) {
        const now = Date.now();
        const layers = [];
        for (const name of (0, node_fs_1.readdirSync)(root)) {
            const dir = node_path_1.default.join(root, name);
            const st = (0, node_fs_1.lstatSync)(dir);
            if (name.startsWith('.tmp-')) {
                if (now - st.mtimeMs > STALE_TEMP_MS)
                    (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
                continue;
            }
            if (!/^[0-9a-f]{40}$/.test(name))
                continue;
            let used = st.mtimeMs;
            let bytes = 0;
            try {
                const meta = (0, node_fs_1.lstatSync)(node_path_1.default.join(dir, META));
                used = meta.mtimeMs;
                bytes = Number(JSON.parse((0, node_fs_1.readFileSync)(node_path_1.default.join(dir, META), 'utf8')).bytes) || 0;
            }
            catch {
                /* no record: an old or broken entry, pruned by its age */
            }
            if (now - used > this.settings.maxAgeMs && !this.used.has(name))
                (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
            else
                layers.push({ dir, used, bytes, key: name });
        }
        let total = layers.reduce((n, l) => n + l.bytes, 0);
        for (const l of layers.sort((a, b) => a.used - b.used)) {
            if (total <= this.settings.maxBytes)
                break;
            if (this.used.has(l.key))
                continue;
            (0, node_fs_1.rmSync)(l.dir, { recursive: true, force: true });
            total -= l.bytes;
        }
    }
}
exports.LayerStore = LayerStore;
/** A layer's last use, for pruning: the mtime of its record. */
function touch(dir) {
    const t = new Date();
    try {
        (0, node_fs_1.utimesSync)(node_path_1.default.join(dir, META), t, t);
    }
    catch {
        /* read-only cache: pruned by creation time instead */
    }
}
const EMPTY = { head: '', tail: '', bytes: 0, truncated: false };
function cancelled() {
    return { ok: false, status: 'error', reason: 'cancelled', message: 'the run was cancelled while this check waited for its packages', output: EMPTY };
}


/***/ }),

/***/ 6271:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Which full logs are worth keeping once a run ends: those of checks that did
// not pass, and of checks whose output was cut short in the report (the log
// has the rest). The others are removed, their `logFile` cleared, and a log
// folder left empty is removed too, so a green run leaves nothing behind.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.settleLogs = settleLogs;
const node_fs_1 = __webpack_require__(3024);
function keepsLog(o) {
    return o.status === 'failed' || o.status === 'timed_out' || o.status === 'error' || o.stdout.truncated || o.stderr.truncated;
}
/** Removes the logs nobody needs; returns whether `dir` still holds any. */
function settleLogs(outcomes, dir) {
    for (const o of outcomes) {
        if (!o.logFile || keepsLog(o))
            continue;
        (0, node_fs_1.rmSync)(o.logFile, { force: true });
        delete o.logFile;
    }
    let left;
    try {
        left = (0, node_fs_1.readdirSync)(dir);
    }
    catch {
        return false;
    }
    // Logs of checks that never reached an outcome (cancelled runs) stay.
    if (left.length)
        return true;
    try {
        (0, node_fs_1.rmdirSync)(dir);
    }
    catch {
        return true;
    }
    return false;
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, exports) => {


// The outcome a check starts from (and ends with, when it never ran).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.baseOutcome = baseOutcome;
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


/***/ }),

/***/ 789:
/***/ ((__unused_webpack_module, exports) => {


// Bounded capture of one stream: the head and the tail stay in memory, the
// whole stream goes to the check's log file, and the caller learns when the
// stream passed its limit so the check can be stopped.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OMITTED_LINE = exports.StreamCapture = exports.KEEP_BYTES = void 0;
exports.streamText = streamText;
/** Bytes of head and of tail kept in memory per stream. */
exports.KEEP_BYTES = 32 * 1024;
class StreamCapture {
    limit;
    log;
    label;
    keep;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    bytes = 0;
    overLimit = false;
    constructor(limit, log, label, keep = exports.KEEP_BYTES) {
        this.limit = limit;
        this.log = log;
        this.label = label;
        this.keep = keep;
    }
    /** Returns false once the stream has gone over its limit. */
    push(chunk) {
        if (this.overLimit)
            return false;
        let data = chunk;
        if (this.bytes + data.length > this.limit) {
            data = data.subarray(0, Math.max(0, this.limit - this.bytes));
            this.overLimit = true;
        }
        this.bytes += data.length;
        if (data.length && this.log)
            this.log.write(this.label ? Buffer.concat([Buffer.from(this.label), data]) : data);
        if (this.headBytes < this.keep) {
            const take = data.subarray(0, this.keep - this.headBytes);
            this.head.push(take);
            this.headBytes += take.length;
            data = data.subarray(take.length);
        }
        if (data.length) {
            this.tail.push(data);
            this.tailBytes += data.length;
            while (this.tail.length > 1 && this.tailBytes - this.tail[0].length >= this.keep) {
                this.tailBytes -= this.tail.shift().length;
            }
            if (this.tailBytes > this.keep * 4)
                this.compactTail();
        }
        return !this.overLimit;
    }
    compactTail() {
        const all = Buffer.concat(this.tail);
        this.tail = [all.subarray(all.length - this.keep)];
        this.tailBytes = this.keep;
    }
    result() {
        const head = Buffer.concat(this.head).toString('utf8');
        let tailBuf = Buffer.concat(this.tail);
        if (tailBuf.length > this.keep)
            tailBuf = tailBuf.subarray(tailBuf.length - this.keep);
        const dropped = this.bytes - this.headBytes - tailBuf.length;
        // Nothing dropped: head and tail are the whole stream (decoded together, so
        // a character split at the seam stays whole).
        if (dropped <= 0)
            return { head: Buffer.concat([...this.head, tailBuf]).toString('utf8'), tail: '', bytes: this.bytes, truncated: this.overLimit };
        return {
            head,
            tail: tailBuf.toString('utf8'),
            bytes: this.bytes,
            // Cut is what was dropped, measured after the tail is trimmed to what is kept.
            truncated: true,
        };
    }
}
exports.StreamCapture = StreamCapture;
/** The line streamText puts where the middle of a stream was dropped. */
exports.OMITTED_LINE = /\n… \[(?:\d+|some) bytes not shown; full log on disk\] …\n/;
/** The text of a captured stream, with a marker where the middle was dropped. */
function streamText(s) {
    if (!s.tail)
        return s.head;
    const dropped = s.bytes - Buffer.byteLength(s.head) - Buffer.byteLength(s.tail);
    return `${s.head}\n… [${dropped > 0 ? dropped : 'some'} bytes not shown; full log on disk] …\n${s.tail}`;
}


/***/ }),

/***/ 9645:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Outcomes as people read them: the generated program's file name replaced by
// the Markdown file it came from (`/workspace/main.py", line 43` →
// `README.md", line 43`; the line numbers already are the Markdown's), the
// markers that cut output into sections taken out, and what was done to the
// block ("wrapped in main") said in the message. Verdicts are made before
// this, on the raw output.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathMapper = pathMapper;
exports.presentOutcome = presentOutcome;
const index_js_1 = __webpack_require__(2255);
const sections_js_1 = __webpack_require__(2676);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names the program is known by in tool messages: `main.py`, `/workspace/main.py`, the transpiled `main.mjs`. */
function programNames(check) {
    const e = check.entry;
    const names = new Set([e]);
    for (const n of (0, index_js_1.findLanguage)(check.language)?.programNames?.(e) ?? [])
        names.add(n);
    return [...names];
}
/** A function rewriting program paths in text to the Markdown file. */
function pathMapper(check) {
    const file = check.source?.file;
    if (!file || check.source?.line === undefined || check.session)
        return undefined;
    const names = programNames(check).map(escape).join('|');
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
        o = { ...o, stdout: mapTail(o.stdout, (t) => (0, sections_js_1.withoutMarkers)(nonce, t)), ...(raw ? { sections: (0, sections_js_1.splitSections)(nonce, raw).sections } : {}) };
    }
    const map = pathMapper(check);
    if (map)
        o = { ...o, stdout: mapTail(o.stdout, map), stderr: mapTail(o.stderr, map), message: o.message && map(o.message) };
    if (check.note && o.status !== 'skipped') {
        o = { ...o, message: o.status === 'passed' ? (o.message ?? check.note) : o.message ? `${o.message}\n(${check.note})` : `(${check.note})` };
    }
    return o;
}


/***/ }),

/***/ 2515:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The engine: runs every check of a plan in its own sandbox, at most
// `concurrency` at a time, and turns what happened into one Outcome each.
// One check's failure never stops the others; an abort ends every sandbox and
// still returns the outcomes of what ran. One check runs in the phases of
// runOne (its context and setup phases are in check-run.ts).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runChecks = runChecks;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const index_js_1 = __webpack_require__(2255);
const index_js_2 = __webpack_require__(7486);
const provider_js_1 = __webpack_require__(9545);
const expect_js_1 = __webpack_require__(9945);
const logs_js_1 = __webpack_require__(6271);
const output_js_1 = __webpack_require__(789);
const check_run_js_1 = __webpack_require__(1518);
const outcome_js_1 = __webpack_require__(938);
const compiler_messages_js_1 = __webpack_require__(8906);
const present_js_1 = __webpack_require__(9645);
const session_js_1 = __webpack_require__(910);
const layers_js_1 = __webpack_require__(9222);
const summary_js_1 = __webpack_require__(3866);
const shell_js_1 = __webpack_require__(1680);
async function runChecks(plan, options = {}) {
    const started = Date.now();
    const providerName = options.provider?.name ?? (0, index_js_2.resolveProviderName)(plan.provider, plan.e2b);
    const logDir = plan.logDir ?? (0, node_fs_1.mkdtempSync)(node_path_1.default.join(node_os_1.default.tmpdir(), 'sandbox-checks-logs-'));
    (0, node_fs_1.mkdirSync)(logDir, { recursive: true });
    const outcomes = new Array(plan.checks.length);
    const aborted = () => options.signal?.aborted === true;
    let provider = options.provider;
    let providerError;
    const needsProvider = plan.checks.some((c) => !c.skip);
    if (needsProvider) {
        try {
            provider ??= await (0, index_js_2.createProvider)(providerName, plan.e2b);
            await provider.probe();
        }
        catch (e) {
            providerError = e instanceof provider_js_1.SandboxUnavailableError || e instanceof Error ? e.message : String(e);
        }
    }
    const running = new Set();
    // Packages installed once per package set and shared read-only (layers.ts).
    const layers = provider?.layers ? new layers_js_1.LayerStore((0, layers_js_1.layerCacheSettings)(), options.layerCache) : undefined;
    const onAbort = () => {
        for (const c of running)
            c.abort();
        layers?.abortAll();
        void provider?.destroyAll();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // Markdown sessions: blocks that share one sandbox (src/engine/session.ts).
    const sessions = plan.checks.some((c) => c.session)
        ? new session_js_1.Sessions(plan.checks, providerName, async (c, i, events, stop) => {
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
        const shown = (0, present_js_1.presentOutcome)(outcome, check);
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
            const made = p.missingTools(c.language, toolsFor(c)).then((missing) => missing.length || (c.packages.length && !(0, index_js_1.getLanguage)(c.language).install) ? undefined : timedCreate(p, sandboxSpec(c)));
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
                joined.push(sessions.outcomeOf(check).then((o) => finish(index, check, o), (e) => finish(index, check, (0, outcome_js_1.baseOutcome)(check, providerName, 'error', 'sandbox_error', e instanceof Error ? e.message : String(e)))));
                continue;
            }
            let outcome;
            if (aborted() || check.skip || providerError || !provider || check.session)
                void discard(pre);
            if (aborted()) {
                outcome = (0, outcome_js_1.baseOutcome)(check, providerName, 'skipped', 'cancelled', 'the run was cancelled before this check started');
            }
            else if (check.skip) {
                outcome = (0, outcome_js_1.baseOutcome)(check, providerName, 'skipped', check.skip.reason, check.skip.message);
            }
            else if (providerError || !provider) {
                outcome = (0, outcome_js_1.baseOutcome)(check, providerName, 'error', 'sandbox_error', providerError ?? 'no sandbox provider');
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
        (0, logs_js_1.settleLogs)(done, logDir);
    const providerLabel = (provider ?? (0, index_js_2.providerEntry)(providerName)).label;
    return {
        outcomes: done, totals: (0, summary_js_1.totalsOf)(done, Date.now() - started), provider: providerName, providerLabel, logDir, cancelled: aborted(), warnings,
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
    const lang = (0, index_js_1.getLanguage)(check.language);
    return [...lang.tools, ...(check.packages.length && lang.install ? [lang.install.tool] : [])];
}
function quoteArgs(args) {
    return args.map((a) => ` ${(0, shell_js_1.shellQuote)(a)}`).join('');
}
/**
 * One check in its own sandbox, in phases: the checks that need no sandbox,
 * create, upload, install, compile, run, judge; teardown always.
 */
async function runOne(job) {
    const run = (0, check_run_js_1.startRun)(job);
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
        const notInstalled = await (0, check_run_js_1.install)(run);
        if (notInstalled)
            return notInstalled;
        // The check's own timeout starts after the install.
        const deadline = Date.now() + run.check.limits.timeoutMs;
        const notCompiled = await (0, check_run_js_1.compile)(run, files.runFile, deadline);
        if (notCompiled)
            return notCompiled;
        const r = await runProgram(run, files.runFile, deadline);
        return judge(run, r);
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
    if (!check.packages.length || !layers || !layers_js_1.LayerStore.serves(provider, lang))
        return undefined;
    const got = await (0, check_run_js_1.timed)(run, 'installMs', () => layers.acquire(check, lang, provider, run.events, run.signal));
    if (got.ok) {
        run.layer = got.mounts;
        return undefined;
    }
    run.outcome.stderr = got.output;
    if (got.output.bytes)
        run.log.write(`${(0, output_js_1.streamText)(got.output)}\n`);
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
    return (0, check_run_js_1.timed)(run, 'runMs', () => run.sandbox.run({
        command,
        env: (0, check_run_js_1.stepEnv)(run, check.network),
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
function judge(run, r) {
    (0, check_run_js_1.setOutput)(run.outcome, run.stdout, run.stderr);
    run.outcome.exitCode = r.exitCode ?? undefined;
    run.outcome.signal = r.signal;
    return classify(run, r);
}
/** Something threw: a cancelled run, source the language could not read, or the sandbox failing. */
function failure(run, e) {
    (0, check_run_js_1.setOutput)(run.outcome, run.stdout, run.stderr);
    const msg = e instanceof Error ? e.message : String(e);
    if (run.signal.aborted)
        return run.end('error', 'cancelled', 'the run was cancelled while this check was running');
    if (e instanceof index_js_1.SourceError)
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
    const misreported = r.signal && (0, index_js_1.getLanguage)(check.language).crashIsSyntaxError?.(r.signal, (0, output_js_1.streamText)(outcome.stderr));
    if (misreported)
        return end('failed', 'compile', misreported);
    if (r.signal) {
        const unmet = check.expect.exitCode !== undefined && check.expect.exitCode === r.exitCode ? undefined : `killed by ${r.signal}`;
        if (unmet)
            return end('failed', 'signal', `${unmet} (exit status ${r.exitCode})`);
    }
    const unmet = (0, expect_js_1.unmetExpectation)(check.expect, {
        exitCode: r.exitCode,
        stdout: (0, output_js_1.streamText)(outcome.stdout),
        stderr: (0, output_js_1.streamText)(outcome.stderr),
        truncated: { stdout: outcome.stdout.truncated, stderr: outcome.stderr.truncated },
    });
    if (!unmet)
        return end('passed');
    const exitOnly = unmet.reason === 'exit_code';
    // A compile-only check that fails to compile is the program's fault, like a failed build.
    if (check.noRun && exitOnly && !check.expect.shouldFail && check.expect.exitCode === undefined) {
        return end('failed', 'compile', `compilation failed: ${(0, compiler_messages_js_1.compileFailureSummary)((0, output_js_1.streamText)(outcome.stderr) || (0, output_js_1.streamText)(outcome.stdout))}`);
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


/***/ }),

/***/ 2676:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitSections = splitSections;
exports.withoutMarkers = withoutMarkers;
exports.cramLineMatches = cramLineMatches;
exports.linesMatch = linesMatch;
exports.unmetSections = unmetSections;
const regex_js_1 = __webpack_require__(1249);
const textdiff_js_1 = __webpack_require__(3092);
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
        re = (0, regex_js_1.compileUserRegex)(`^(?:${source})$`);
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
                return `${item.label} (line ${item.line}) printed something else:\n${(0, textdiff_js_1.diffLines)(want, got, eq)}`;
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
            return `${item.label} (line ${item.line}) printed something else:\n${(0, textdiff_js_1.diffLines)(want, got, (w, g) => w === g)}`;
        }
        if (s.exitCode !== 0)
            return `${item.label} (line ${item.line}) ended with exit code ${s.exitCode}`;
    }
    return undefined;
}


/***/ }),

/***/ 6920:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Each block's outcome from its segment of the session's output and how the
// session's process ended. Rules: a block that fails — unexpected exit code,
// exception, unmet expectation, timeout — ends the session: the blocks after
// it are `skipped` (`skipped_by_session`). A `should_fail` block that fails
// as expected does not. A hidden setup's output is shown only when it fails,
// on the first block after it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.blockOutcomes = blockOutcomes;
const expect_js_1 = __webpack_require__(9945);
const outcome_js_1 = __webpack_require__(938);
const output_js_1 = __webpack_require__(789);
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
        const o = (0, outcome_js_1.baseOutcome)(c, whole.provider, 'skipped');
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
        const unmet = (0, expect_js_1.unmetExpectation)(expect, { exitCode: seg.code ?? null, stdout: seg.stdout, stderr: seg.stderr, truncated: false });
        if (!unmet)
            return { status: 'passed', exitCode: seg.code };
        return { status: 'failed', reason: unmet.reason, message: unmet.message, exitCode: seg.code };
    }
    // The process ended while this block ran: its limit, signal or exit is this block's.
    const plainExit = whole.status === 'passed' || (whole.status === 'failed' && whole.reason === 'exit_code');
    if (plainExit && whole.exitCode !== undefined) {
        const unmet = (0, expect_js_1.unmetExpectation)(expect, { exitCode: whole.exitCode, stdout: seg.stdout, stderr: seg.stderr, truncated: false });
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
    const cap = new output_js_1.StreamCapture(Math.max(limit, Buffer.byteLength(text)));
    cap.push(Buffer.from(text));
    return cap.result();
}


/***/ }),

/***/ 7598:
/***/ ((__unused_webpack_module, exports) => {


// A session's output cut back into its blocks. The driver prints a marker
// line with the session's random nonce before and after each block (stdout:
// `@@SC:<nonce>:B:<i>@@` and `@@SC:<nonce>:E:<i>:<exit>:<ms>@@`; stderr:
// `@@SC:<nonce>:E:<i>@@`); code in a block cannot forge one without the
// nonce. Pure text in, segments out, plus a live watcher that keeps each
// block's own timeout while the output streams.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MarkerWatch = void 0;
exports.demux = demux;
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
exports.MarkerWatch = MarkerWatch;


/***/ }),

/***/ 910:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Sessions = exports.modulesToScript = exports.hoistTopLevelAwait = exports.demux = void 0;
const crypto_js_1 = __webpack_require__(5414);
const index_js_1 = __webpack_require__(2255);
const limits_js_1 = __webpack_require__(351);
const outcome_js_1 = __webpack_require__(938);
const session_judge_js_1 = __webpack_require__(6920);
const session_output_js_1 = __webpack_require__(7598);
// Pure parts, importable from here.
var session_output_js_2 = __webpack_require__(7598);
Object.defineProperty(exports, "demux", ({ enumerable: true, get: function () { return session_output_js_2.demux; } }));
var js_blocks_js_1 = __webpack_require__(1123);
Object.defineProperty(exports, "hoistTopLevelAwait", ({ enumerable: true, get: function () { return js_blocks_js_1.hoistTopLevelAwait; } }));
Object.defineProperty(exports, "modulesToScript", ({ enumerable: true, get: function () { return js_blocks_js_1.modulesToScript; } }));
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
        const nonce = (0, crypto_js_1.randomBytes)(12).toString('hex');
        const language = first.language;
        const support = (0, index_js_1.getLanguage)(language).session;
        const out = new Map();
        if (!support) {
            for (const c of checks)
                out.set(c, (0, outcome_js_1.baseOutcome)(c, this.provider, 'error', 'sandbox_error', `sessions are not supported for ${language}`));
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
                out.set(c, (0, outcome_js_1.baseOutcome)(c, this.provider, 'error', 'sandbox_error', `could not prepare the session: ${e.message}`));
            return out;
        }
        // A block that does not parse fails (the document's fault); the session stops there.
        for (const [k, c] of checks.entries()) {
            try {
                add(await prepare(c.session.program), c.session.codeLine, c);
            }
            catch (e) {
                const why = e.message;
                out.set(c, (0, outcome_js_1.baseOutcome)(c, this.provider, 'failed', 'compile', `syntax error: ${why}`));
                for (const later of checks.slice(k + 1)) {
                    out.set(later, (0, outcome_js_1.baseOutcome)(later, this.provider, 'skipped', 'skipped_by_session', `not run: the session stopped at ${s.file}:${c.source?.line ?? c.session.codeLine}, which does not parse`));
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
                timeoutMs: Math.min(limits_js_1.MAX_TIMEOUT_MS, sum((c) => c.limits.timeoutMs) + s.setup.length * first.limits.timeoutMs),
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
        const watch = new session_output_js_1.MarkerWatch(nonce, items.map((i) => i.timeoutMs));
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
        const segments = (0, session_output_js_1.demux)(nonce, Buffer.concat(stdout).toString('utf8'), Buffer.concat(stderr).toString('utf8'));
        const result = (0, session_judge_js_1.blockOutcomes)(items, segments, whole, s.name);
        for (const [c, o] of out)
            result.set(c, o);
        return result;
    }
}
exports.Sessions = Sessions;


/***/ }),

/***/ 3866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// A run's totals, and the summary of a run with nothing to run. Kept apart
// from run.ts so that a front door with an empty plan can report without
// loading the engine and its providers (the Action's start-up).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.totalsOf = totalsOf;
exports.emptySummary = emptySummary;
const index_js_1 = __webpack_require__(7486);
function totalsOf(outcomes, durationMs) {
    const t = { passed: 0, failed: 0, timed_out: 0, error: 0, skipped: 0, total: outcomes.length, durationMs };
    for (const o of outcomes)
        t[o.status]++;
    return t;
}
/** What runChecks returns for a plan without checks: no provider is made or probed. */
function emptySummary(provider, logDir) {
    return { outcomes: [], totals: totalsOf([], 0), provider, providerLabel: (0, index_js_1.providerEntry)(provider).label, logDir, cancelled: false, warnings: [] };
}


/***/ }),

/***/ 3092:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Expected output as documentation writes it: compared line by line with
// trailing whitespace ignored, `...` as a wildcard, and a line diff when it
// does not match.
//
//   - `...` inside a line matches any text (also none, also across lines);
//   - a line that is only `...` matches any number of whole lines (also none).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalise = normalise;
exports.outputMatches = outputMatches;
exports.outputDiff = outputDiff;
exports.diffLines = diffLines;
const wildcard_js_1 = __webpack_require__(5750);
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
    return (0, wildcard_js_1.wildcardMatch)(normalise(expected).split('\n'), `${normalise(actual)}\n`);
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
        const test = (0, wildcard_js_1.lineMatcher)(w);
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

/***/ 5750:
/***/ ((__unused_webpack_module, exports) => {


// `...` in expected output, matched in linear time. The expected text is
// literal pieces between two kinds of wildcard: `...` inside a line matches
// any text (also none, also across lines), and a line that is only `...`
// matches any number of whole lines. Each piece is found at its leftmost
// possible place (the first at the start, the last at the end): with
// wildcards that match anything, the leftmost place never loses a match, so
// nothing is ever retried and no expected text can stall the engine the way
// a backtracking regular expression did.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.wildcardMatch = wildcardMatch;
exports.lineMatcher = lineMatcher;
exports.lineMatches = lineMatches;
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


/***/ }),

/***/ 6595:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Config → Plan for every front door: the checks, then the Markdown snippets
// when the config names any (the Markdown parser is loaded only then).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planFromConfig = planFromConfig;
const errors_js_1 = __webpack_require__(3916);
const checks_js_1 = __webpack_require__(2650);
const text_js_1 = __webpack_require__(6623);
const limits_js_1 = __webpack_require__(351);
async function planFromConfig(config, options, 
/** Told which checks came from Markdown (the Action logs how many). */
onSnippets) {
    const plan = (0, checks_js_1.buildPlan)(config, options);
    if (config.config.snippets === undefined)
        return capped(plan, config.source);
    const { addSnippetChecks } = await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.t.bind(__webpack_require__, 2841, 23));
    const before = plan.checks.length;
    const out = await addSnippetChecks(plan, config, options);
    (0, text_js_1.settleNames)(out.checks);
    onSnippets?.(out.checks.slice(before));
    return capped(out, config.source);
}
/** Refuses a plan over MAX_CHECKS, with what to do about it. */
function capped(plan, source) {
    if (plan.checks.length > limits_js_1.MAX_CHECKS) {
        throw new errors_js_1.ProblemsError([
            {
                source,
                message: `the plan has ${plan.checks.length} checks, more than the ${limits_js_1.MAX_CHECKS} one run may hold; narrow the globs (files, [snippets] paths, exclude) or split the checks over several configs or steps`,
            },
        ]);
    }
    return plan;
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// A typed Config's [[check]] sections → the Plan the engine runs (with its
// provider, concurrency and E2B settings). Pure but for reading the files the
// checks name; every problem is collected before anything runs. Markdown
// snippets are added by snippets.ts; build.ts's planFromConfig does both.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.limitsOf = limitsOf;
exports.buildPlan = buildPlan;
const index_js_1 = __webpack_require__(2255);
const files_js_1 = __webpack_require__(28);
const index_js_2 = __webpack_require__(7486);
const endpoints_js_1 = __webpack_require__(6284);
const text_js_1 = __webpack_require__(6623);
const limits_js_1 = __webpack_require__(351);
const errors_js_1 = __webpack_require__(3916);
const locate_js_1 = __webpack_require__(5562);
const units_js_1 = __webpack_require__(1996);
function expectationOf(t = {}) {
    const e = {};
    if (t.exit_code !== undefined)
        e.exitCode = t.exit_code;
    if (t.stdout !== undefined)
        e.stdoutEquals = t.stdout;
    if (t.stdout_contains !== undefined)
        e.stdoutContains = t.stdout_contains;
    if (t.stdout_matches !== undefined)
        e.stdoutMatches = t.stdout_matches;
    if (t.stderr !== undefined)
        e.stderrEquals = t.stderr;
    if (t.stderr_contains !== undefined)
        e.stderrContains = t.stderr_contains;
    if (t.stderr_matches !== undefined)
        e.stderrMatches = t.stderr_matches;
    return e;
}
/** Limits a table sets, over `base`. */
function limitsOf(t, base) {
    return {
        timeoutMs: t.timeout ?? base.timeoutMs,
        memoryBytes: t.memory ?? base.memoryBytes,
        processes: t.processes ?? base.processes,
        outputBytes: t.output_limit ?? base.outputBytes,
        fileSizeBytes: t.file_size ?? base.fileSizeBytes,
        openFiles: base.openFiles,
        installTimeoutMs: t.install_timeout ?? base.installTimeoutMs,
    };
}
function buildPlan(loaded, options) {
    const problems = [...loaded.problems];
    const config = loaded.config;
    const at = (p) => (loaded.lines ? (0, locate_js_1.lineOf)(loaded.lines, p) : undefined);
    const problem = (p, key, message) => problems.push({ source: loaded.source, line: at(p), key, message });
    const e2bTable = config.e2b ?? {};
    const defaults = config.defaults ?? {};
    const env = options.env ?? process.env;
    const e2b = {
        // A key in the environment counts as configured, as the SDK reads it too.
        apiKey: e2bTable.api_key || env.E2B_API_KEY || undefined,
        template: e2bTable.template || undefined,
        // Where the key is sent: the workflow's environment only, never a config table (src/trust/endpoints.ts).
        ...(0, endpoints_js_1.workflowEndpoints)(env),
        packageHosts: (e2bTable.package_hosts ?? env.SANDBOX_CHECKS_PACKAGE_HOSTS?.split(/[\s,]+/))?.filter(Boolean),
        createIntervalMs: e2bTable.create_interval ?? (0, units_js_1.parseDuration)(env.SANDBOX_CHECKS_E2B_CREATE_INTERVAL),
        checksPerSandbox: e2bTable.checks_per_sandbox,
    };
    const baseLimits = limitsOf({ timeout: e2bTable.timeout, ...defaults }, limits_js_1.DEFAULT_LIMITS);
    const defaultLanguage = defaults.language ?? e2bTable.default_language;
    if (defaultLanguage && !(0, index_js_1.findLanguage)(defaultLanguage)) {
        const key = defaults.language ? ['defaults', 'language'] : ['e2b', 'default_language'];
        problem(key, key.join('.'), `unknown language "${defaultLanguage}"; known languages: ${(0, index_js_1.knownLanguages)()}`);
    }
    const defaultExpect = expectationOf(defaults.expect);
    const defaultEnv = defaults.env ?? {};
    const defaultPackages = defaults.packages ?? [];
    const defaultNetwork = defaults.network === true;
    const checks = [];
    const entries = config.check ?? [];
    entries.forEach((entry, i) => {
        const p = ['check', i];
        const key = (k) => (k ? `check[${i}].${k}` : `check[${i}]`);
        const sources = ['file', 'files', 'code'].filter((k) => entry[k] !== undefined);
        if (sources.length !== 1) {
            problem(p, key(), sources.length
                ? `give only one of file, files or code (this check has ${sources.join(' and ')})`
                : 'a check needs file = "path", files = ["glob"] or code = """..."""');
            return;
        }
        const limits = limitsOf(entry, baseLimits);
        const common = {
            args: entry.args ?? [],
            env: { ...defaultEnv, ...entry.env },
            stdin: entry.stdin ?? '',
            network: entry.network ?? defaultNetwork,
            packages: entry.packages ?? defaultPackages,
            limits,
            expect: { ...defaultExpect, ...expectationOf(entry.expect) },
            skip: entry.skip === true ? { reason: 'skipped_by_marker', message: 'skip = true in the config' } : undefined,
        };
        const explicitLang = entry.language;
        if (explicitLang && !(0, index_js_1.findLanguage)(explicitLang)) {
            problem([...p, 'language'], key('language'), `unknown language "${explicitLang}"; known languages: ${(0, index_js_1.knownLanguages)()}`);
            return;
        }
        const includes = [];
        const include = entry.include ?? [];
        if (entry.code !== undefined) {
            const langName = explicitLang ?? defaultLanguage;
            if (!langName) {
                problem(p, key('language'), 'inline code needs a language: add language = "python" (or set [e2b] default_language)');
                return;
            }
            const lang = (0, index_js_1.getLanguage)(langName);
            const fileName = lang.fileNameFor?.(entry.code) ?? lang.fileName;
            const extra = include.length ? collectIncludes(include, options.baseDir, options.baseDir, [...p, 'include'], key('include')) : [];
            for (const f of extra)
                includes.push(f);
            checks.push({
                name: entry.name ?? `check ${i + 1}`,
                language: lang.id,
                entry: fileName,
                files: [{ path: fileName, content: Buffer.from(entry.code) }, ...includes],
                source: { file: loaded.source, line: at([...p, 'code']) },
                ...common,
            });
            return;
        }
        const patterns = entry.file !== undefined ? [entry.file] : (entry.files ?? []);
        const matched = (0, files_js_1.resolveGlobs)(patterns, options.baseDir, { confine: options.confine, root: options.root });
        const where = entry.file !== undefined ? 'file' : 'files';
        for (const m of matched.problems)
            problem([...p, where], key(where), m);
        if (matched.problems.length)
            return;
        if (matched.missing.length) {
            for (const m of matched.missing) {
                problem([...p, where], key(where), m.includes('*') || m.includes('?') || m.includes('{')
                    ? `the glob "${m}" matched no files under ${options.baseDir}`
                    : `file not found: ${m} (paths are relative to ${options.baseDir})`);
            }
            return;
        }
        for (const rel of matched.files) {
            const lang = explicitLang ? (0, index_js_1.getLanguage)(explicitLang) : ((0, index_js_1.languageForFile)(rel) ?? (defaultLanguage ? (0, index_js_1.findLanguage)(defaultLanguage) : undefined));
            if (!lang) {
                problem([...p, 'file'], key('file'), `cannot tell the language of ${rel} from its extension: add language = "…" (known: ${(0, index_js_1.knownLanguages)()})`);
                continue;
            }
            const read = (0, files_js_1.readCheckFile)(options.baseDir, rel, { confine: options.confine, root: options.root });
            if ('error' in read) {
                problem([...p, 'file'], key('file'), read.error);
                continue;
            }
            const extra = include.length ? collectIncludes(include, options.baseDir, rel, [...p, 'include'], key('include')) : [];
            const placed = (0, files_js_1.placeFiles)(rel, read.content, extra);
            const name = entry.name !== undefined ? (matched.files.length > 1 ? `${entry.name} (${rel})` : entry.name) : rel;
            checks.push({
                name,
                language: lang.id,
                entry: placed.entry,
                files: placed.files,
                source: { file: rel },
                ...common,
            });
        }
    });
    function collectIncludes(patterns, baseDir, _entry, p, key) {
        const found = (0, files_js_1.resolveGlobs)(patterns, baseDir, { confine: options.confine, root: options.root });
        for (const m of found.problems)
            problem(p, key, m);
        for (const m of found.missing)
            problem(p, key, `the include "${m}" matched no files under ${baseDir}`);
        const out = [];
        for (const rel of found.files) {
            const r = (0, files_js_1.readCheckFile)(baseDir, rel, { text: false, confine: options.confine, root: options.root });
            if ('error' in r)
                problem(p, key, r.error);
            else
                out.push({ rel, content: r.content });
        }
        return out.map((f) => ({ path: f.rel, content: f.content }));
    }
    if (config.snippets === undefined && entries.length === 0 && problems.length === 0) {
        problems.push({
            source: loaded.source,
            message: 'the plan has no checks: add a [[check]] section (file = "…" or code = """…""") or a [snippets] section',
        });
    }
    if (problems.length) {
        problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
        throw new errors_js_1.ProblemsError(problems);
    }
    // Names are how people find a check in every report: safe to show and unique.
    (0, text_js_1.settleNames)(checks);
    const filter = options.filter?.toLowerCase();
    const selected = filter ? checks.filter((c) => c.name.toLowerCase().includes(filter)) : checks;
    // With [snippets], the filter may still match a snippet (src/plan/snippets.ts checks).
    if (filter && selected.length === 0 && config.snippets === undefined) {
        throw new errors_js_1.ProblemsError([
            { source: loaded.source, message: `--filter "${options.filter}" matched no check; checks are: ${checks.map((c) => c.name).join(', ')}` },
        ]);
    }
    const provider = options.provider ?? config.provider ?? 'auto';
    return {
        checks: selected,
        provider,
        concurrency: options.concurrency ?? config.concurrency ?? (0, index_js_2.providerEntry)((0, index_js_2.resolveProviderName)(provider, e2b)).defaultConcurrency,
        stream: options.stream ?? e2bTable.stream === true,
        e2b,
    };
}


/***/ }),

/***/ 28:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Files and globs of a plan: which files a check names, read safely, and where
// they land in the sandbox's workspace. Only what a check names is copied in.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveGlobs = resolveGlobs;
exports.readCheckFile = readCheckFile;
exports.placeFiles = placeFiles;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const tinyglobby_1 = __webpack_require__(7949);
const paths_js_1 = __webpack_require__(4766);
/** Larger sources are almost certainly a mistake (a data file, a build output). */
const MAX_SOURCE_BYTES = 10 * 1024 ** 2;
const isGlob = (p) => /[*?[\]{}!]/.test(p);
/** A glob that lists more files than this is refused (a plan of that size is a mistake, and listing it costs memory). */
const MAX_GLOB_HITS = 20_000;
/**
 * Does a pattern leave `root` by its own text? Its literal beginning (the
 * folders before the first glob character), resolved against baseDir, must
 * lie inside root, and no `..` may follow a glob character (`{..,x}`,
 * `@(..)`), nor may it start with `~`. Checked before anything is listed, so
 * no name outside the project is ever read or printed.
 */
function leavesProject(pattern, baseDir, root) {
    const p = pattern.replace(/\\/g, '/').replace(/^!+/, '');
    if (p.startsWith('~'))
        return true;
    const { parts, magic } = splitGlob(p);
    const literal = magic < 0 ? parts : parts.slice(0, magic);
    if (magic >= 0 && /(^|[/{,(|@!+*?])\.\.($|[/},)|])/.test(parts.slice(magic).join('/')))
        return true;
    return !(0, paths_js_1.isWithin)(node_path_1.default.resolve(baseDir, literal.join('/') || '.'), root);
}
/** A pattern's folders, and the index of the first holding a glob character (-1: none). */
function splitGlob(pattern) {
    const parts = pattern.split('/');
    return { parts, magic: parts.findIndex((x) => /[*?[\]{}()!+@]/.test(x)) };
}
/**
 * Expands patterns relative to baseDir; returns repository-style relative
 * paths. `confine` (the default) refuses patterns that leave baseDir before
 * listing, and globs never follow symbolic links out of it.
 */
function resolveGlobs(patterns, baseDir, opts = {}) {
    const files = new Set();
    const missing = [];
    const problems = [];
    const confine = opts.confine !== false;
    const root = opts.root ?? projectRoot(baseDir);
    for (const pattern of patterns) {
        if (confine && leavesProject(pattern, baseDir, root)) {
            if (node_path_1.default.isAbsolute(pattern) && (0, paths_js_1.systemFolderOf)(pattern))
                problems.push(`${pattern} is a system file and is never copied into a sandbox`);
            else
                problems.push(`"${pattern}" leaves the project; a config may only name files of its own project (a path or glob may not lead out of it)`);
            continue;
        }
        if (!isGlob(pattern)) {
            const abs = node_path_1.default.resolve(baseDir, pattern);
            try {
                (0, node_fs_1.lstatSync)(abs);
                // Present but perhaps a link or a folder: readCheckFile says which.
                // A path outside baseDir keeps its absolute form (it reads better than ../../..).
                const rel = node_path_1.default.relative(baseDir, abs);
                files.add((0, paths_js_1.isWithin)(abs, baseDir) ? rel || pattern : abs);
                continue;
            }
            catch {
                /* reported below */
            }
            missing.push(pattern);
            continue;
        }
        const hits = (0, tinyglobby_1.globSync)(pattern, {
            cwd: baseDir,
            onlyFiles: true,
            dot: false,
            // Never through a folder link: the repository makes those, also under a path the user typed.
            followSymbolicLinks: false,
            ignore: ['**/node_modules/**', '**/.git/**'],
        });
        if (hits.length > MAX_GLOB_HITS) {
            problems.push(`the glob "${pattern}" matches ${hits.length} files, more than ${MAX_GLOB_HITS}; narrow it`);
            continue;
        }
        // A folder link the glob starts in is crawled even so: keep only files that really are inside, and name none that is not.
        // A typed glob may start anywhere, but never passes through a folder link
        // of the project (the repository makes those) nor one below where it starts.
        const start = node_path_1.default.resolve(baseDir, staticBase(pattern));
        const from = (0, paths_js_1.isWithin)(start, root) ? root : start;
        const inside = confine
            ? hits.filter((h) => (0, paths_js_1.isWithinReal)(node_path_1.default.resolve(baseDir, h), root))
            : hits.filter((h) => !throughLink(from, node_path_1.default.resolve(baseDir, h)));
        if (inside.length < hits.length) {
            problems.push(confine
                ? `the glob "${pattern}" reaches ${hits.length - inside.length} ${hits.length - inside.length === 1 ? 'file' : 'files'} outside the project through a symbolic link; name files inside it`
                : `the glob "${pattern}" reaches ${hits.length - inside.length} ${hits.length - inside.length === 1 ? 'file' : 'files'} through a symbolic link to a folder; globs do not follow links (name the folder it points to instead)`);
            continue;
        }
        if (hits.length === 0)
            missing.push(pattern);
        // One at a time: a spread of a huge array overflows the call stack.
        for (const h of hits.sort())
            files.add(h);
    }
    return { files: [...files], missing, problems };
}
/** The folders of a pattern before its first glob character. */
function staticBase(pattern) {
    const { parts, magic } = splitGlob(pattern.replace(/\\/g, '/'));
    return (magic < 0 ? parts.slice(0, -1) : parts.slice(0, magic)).join('/') || '.';
}
/** Whether a folder between `base` and the file `abs` is a symbolic link. */
function throughLink(base, abs) {
    const rel = node_path_1.default.relative(base, abs).split(node_path_1.default.sep).slice(0, -1);
    let at = base;
    for (const part of rel) {
        at = node_path_1.default.join(at, part);
        try {
            if ((0, node_fs_1.lstatSync)(at).isSymbolicLink())
                return true;
        }
        catch {
            return true;
        }
    }
    return false;
}
/**
 * The folder a config's files must stay in: the repository holding baseDir
 * (the nearest folder above it with a .git), else baseDir itself.
 */
function projectRoot(baseDir) {
    let dir = node_path_1.default.resolve(baseDir);
    for (;;) {
        if ((0, node_fs_1.existsSync)(node_path_1.default.join(dir, '.git')))
            return dir;
        const up = node_path_1.default.dirname(dir);
        if (up === dir)
            return node_path_1.default.resolve(baseDir);
        dir = up;
    }
}
/**
 * Why a path must not be copied into a sandbox, or undefined. A config comes
 * from the code under test, so it may only name files inside its project
 * (`root`), and never a repository's .git (which may hold a token).
 */
function refusedPath(baseDir, abs, confine, root = projectRoot(baseDir)) {
    // A missing file keeps its path: the caller reports it.
    const real = (0, paths_js_1.realPath)(abs);
    if ((0, paths_js_1.systemFolderOf)(real))
        return `${abs} is a system file and is never copied into a sandbox`;
    if ((0, paths_js_1.hasSegment)(real, '.git'))
        return `${node_path_1.default.relative(baseDir, abs) || abs} is inside a .git folder, which is never copied into a sandbox`;
    if (confine && !(0, paths_js_1.isWithinReal)(abs, root)) {
        return `${(0, paths_js_1.isWithin)(abs, baseDir) ? node_path_1.default.relative(baseDir, abs) : abs} is outside ${root}; a config may only name files of its own project`;
    }
    return undefined;
}
/** Reads a check's file; refuses links out of the tree, huge and non-UTF-8 sources. */
function readCheckFile(baseDir, rel, opts = {}) {
    const abs = node_path_1.default.resolve(baseDir, rel);
    const refused = refusedPath(baseDir, abs, opts.confine !== false, opts.root);
    if (refused)
        return { error: refused };
    let st;
    try {
        st = (0, node_fs_1.lstatSync)(abs);
    }
    catch {
        return { error: `file not found: ${rel}` };
    }
    if (st.isSymbolicLink())
        return { error: `${rel} is a symbolic link; name the file it points to instead` };
    if (st.isDirectory())
        return { error: `${rel} is a folder; name a file in it, or use files = ["${rel.replace(/\/$/, '')}/**/*.py"]-style globs` };
    if (!st.isFile())
        return { error: `${rel} is not a regular file` };
    if (st.size > MAX_SOURCE_BYTES) {
        return { error: `${rel} is ${(st.size / 1024 ** 2).toFixed(1)} MiB; sources over ${MAX_SOURCE_BYTES / 1024 ** 2} MiB are refused (is it really a program?)` };
    }
    const content = (0, node_fs_1.readFileSync)(abs);
    if (opts.text !== false) {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(content);
        }
        catch {
            return { error: `${rel} is not valid UTF-8 text; save it as UTF-8` };
        }
    }
    return { content };
}
/**
 * The program lands at the workspace root under its own name; included files
 * keep their place relative to it (or to the config when they lie outside).
 */
function placeFiles(entryRel, content, extra) {
    const entry = node_path_1.default.basename(entryRel);
    const dir = node_path_1.default.dirname(entryRel);
    const files = [{ path: entry, content }];
    for (const f of extra) {
        let rel = node_path_1.default.relative(dir, f.path);
        if ((0, paths_js_1.hasSegment)(rel, '..'))
            rel = f.path;
        if (rel !== entry && !files.some((x) => x.path === rel))
            files.push({ path: rel, content: f.content });
    }
    return { entry, files };
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The results JSON: a public contract. Add fields freely; never rename these.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toResultsJson = toResultsJson;
const output_js_1 = __webpack_require__(789);
const timings_js_1 = __webpack_require__(509);
function toResultsJson(outcomes, totals) {
    return {
        version: 1,
        totals,
        timings: (0, timings_js_1.timingsOf)(outcomes),
        checks: outcomes.map((o) => ({
            name: o.name,
            language: o.language,
            provider: o.provider,
            status: o.status,
            reason: o.reason,
            message: o.message,
            exitCode: o.exitCode,
            signal: o.signal,
            durationMs: o.durationMs,
            file: o.file,
            line: o.line,
            stdout: (0, output_js_1.streamText)(o.stdout),
            stderr: (0, output_js_1.streamText)(o.stderr),
            stdoutBytes: o.stdout.bytes,
            stderrBytes: o.stderr.bytes,
            truncated: o.stdout.truncated || o.stderr.truncated,
            logFile: o.logFile,
            sandboxId: o.sandboxId,
            sandboxSeconds: o.sandboxSeconds,
            costUsd: o.costUsd,
            warnings: o.warnings,
            phases: o.phases,
        })),
    };
}


/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// JUnit XML for test reporters: one testsuite, a testcase per check.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toJUnit = toJUnit;
const output_js_1 = __webpack_require__(789);
const text_js_1 = __webpack_require__(5655);
/** XML 1.0 allows neither control characters nor lone surrogates. */
function xmlEscape(text) {
    return (0, text_js_1.stripControl)(text)
        .replace(/[\uD800-\uDFFF]/g, '\uFFFD')
        .replace(/[\uFFFE\uFFFF]/g, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
const MAX_OUTPUT = 64 * 1024;
const cut = (s) => (s.length > MAX_OUTPUT ? `${s.slice(0, MAX_OUTPUT)}\n… [truncated]` : s);
function toJUnit(outcomes, totals, suiteName = 'sandbox-checks') {
    const failures = totals.failed + totals.timed_out;
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xmlEscape(suiteName)}" tests="${totals.total}" failures="${failures}" errors="${totals.error}" skipped="${totals.skipped}" time="${(totals.durationMs / 1000).toFixed(3)}">`,
        `  <testsuite name="${xmlEscape(suiteName)}" tests="${totals.total}" failures="${failures}" errors="${totals.error}" skipped="${totals.skipped}" time="${(totals.durationMs / 1000).toFixed(3)}">`,
    ];
    for (const o of outcomes) {
        const attrs = [
            `name="${xmlEscape(o.name)}"`,
            `classname="${xmlEscape(o.language)}"`,
            `time="${(o.durationMs / 1000).toFixed(3)}"`,
            ...(o.file ? [`file="${xmlEscape(o.file)}"`] : []),
            ...(o.line ? [`line="${o.line}"`] : []),
        ].join(' ');
        lines.push(`    <testcase ${attrs}>`);
        const msg = xmlEscape(o.message ?? o.reason ?? o.status);
        if (o.status === 'failed' || o.status === 'timed_out') {
            lines.push(`      <failure type="${o.reason ?? o.status}" message="${msg}">${xmlEscape(cut(o.message ?? ''))}</failure>`);
        }
        else if (o.status === 'error') {
            lines.push(`      <error type="${o.reason ?? 'error'}" message="${msg}">${xmlEscape(cut(o.message ?? ''))}</error>`);
        }
        else if (o.status === 'skipped') {
            lines.push(`      <skipped message="${msg}"/>`);
        }
        const out = (0, output_js_1.streamText)(o.stdout);
        const err = (0, output_js_1.streamText)(o.stderr);
        if (out)
            lines.push(`      <system-out>${xmlEscape(cut(out))}</system-out>`);
        if (err)
            lines.push(`      <system-err>${xmlEscape(cut(err))}</system-err>`);
        lines.push('    </testcase>');
    }
    lines.push('  </testsuite>', '</testsuites>', '');
    return lines.join('\n');
}


/***/ }),

/***/ 7011:
/***/ ((__unused_webpack_module, exports) => {


// Check names cut to fit a column without losing where the check is: the
// `file:line (language)` part survives, the folder path is cut in its middle
// and a title after it from its end.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shortenName = shortenName;
function middle(s, max) {
    if (s.length <= max)
        return s;
    if (max <= 1)
        return '…'.slice(0, max);
    const head = Math.ceil((max - 1) / 3);
    return `${s.slice(0, head)}…${s.slice(s.length - (max - 1 - head))}`;
}
function shortenName(name, max) {
    if (name.length <= max)
        return name;
    const m = /^(.*?)(:\d+(?: \([^)]*\))?)(.*)$/s.exec(name);
    if (!m)
        return middle(name, max);
    const [, path, where, rest] = m;
    let budget = max - where.length;
    if (budget < 4)
        return middle(name, max);
    const title = rest.length > Math.floor(budget / 3) ? `${rest.slice(0, Math.max(0, Math.floor(budget / 3) - 1))}…` : rest;
    budget -= title.length;
    return `${middle(path, budget)}${where}${title}`;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Makes untrusted text safe for every report: the sink functions live in the
// trust module (src/trust/text.ts); reports import them from here.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stripControl = void 0;
var text_js_1 = __webpack_require__(6623);
Object.defineProperty(exports, "stripControl", ({ enumerable: true, get: function () { return text_js_1.terminalSafe; } }));


/***/ }),

/***/ 509:
/***/ ((__unused_webpack_module, exports) => {


// Where a run's time went: per-phase totals over its checks, and the
// percentiles of sandbox creation latency (the figure that tells whether the
// sandbox platform is healthy). The results JSON, the job summary and the
// smoke-test issue all read it from here.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.timingsOf = timingsOf;
exports.timingsLine = timingsLine;
const PHASES = ['create', 'upload', 'install', 'compile', 'run', 'teardown'];
const key = (p) => `${p}Ms`;
/** Nearest-rank percentile of sorted values (p in 0..100). */
function percentile(sorted, p) {
    if (!sorted.length)
        return 0;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
function timingsOf(outcomes) {
    const phases = {};
    for (const p of PHASES) {
        const values = outcomes
            .map((o) => o.phases?.[key(p)])
            .filter((v) => typeof v === 'number' && Number.isFinite(v))
            .sort((a, b) => a - b);
        if (!values.length)
            continue;
        phases[p] = {
            count: values.length,
            totalMs: values.reduce((s, v) => s + v, 0),
            p50Ms: percentile(values, 50),
            p95Ms: percentile(values, 95),
            maxMs: values[values.length - 1],
        };
    }
    const billed = outcomes.filter((o) => typeof o.sandboxSeconds === 'number');
    const priced = outcomes.filter((o) => typeof o.costUsd === 'number');
    return {
        phases,
        ...(billed.length ? { sandboxSeconds: round(billed.reduce((s, o) => s + o.sandboxSeconds, 0), 3) } : {}),
        ...(priced.length ? { costUsd: round(priced.reduce((s, o) => s + o.costUsd, 0), 6) } : {}),
    };
}
const round = (v, digits) => Number(v.toFixed(digits));
const ms = (v) => (v < 1000 ? `${v} ms` : `${(v / 1000).toFixed(v < 10_000 ? 2 : 1)} s`);
/** One Markdown line: "create 1.2 s (p50 310 ms · p95 900 ms) · upload …", or undefined when nothing was timed. */
function timingsLine(t) {
    const parts = PHASES.flatMap((p) => {
        const s = t.phases[p];
        if (!s)
            return [];
        return [`${p} ${ms(s.totalMs)}${p === 'create' ? ` (p50 ${ms(s.p50Ms)} · p95 ${ms(s.p95Ms)})` : ''}`];
    });
    return parts.length ? `Time per phase, summed over checks: ${parts.join(' · ')}` : undefined;
}


/***/ }),

/***/ 7589:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cramSafe = cramSafe;
exports.doctestFailures = doctestFailures;
exports.blessEdits = blessEdits;
exports.applyEdits = applyEdits;
exports.editsDiff = editsDiff;
const sections_js_1 = __webpack_require__(2676);
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
                    if ((0, sections_js_1.linesMatch)(item.expected.filter((l, k, all) => !(k === all.length - 1 && l === '[0]')), got))
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


/***/ }),

/***/ 4766:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Where a path may lead, decided once. A repository's config, Markdown and
// globs may name only files of that repository, never one in .git (a
// checkout's credentials) or in the host's system folders, and a file placed
// in a sandbox or linked from a report stays below where it is put. The
// planner (plan/files.ts), the Action's plan guard (trust/plan.ts) and the
// reports' links use these; the providers' own last checks should too.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isWithin = isWithin;
exports.realPath = realPath;
exports.isWithinReal = isWithinReal;
exports.hasSegment = hasSegment;
exports.staysBelow = staysBelow;
exports.systemFolderOf = systemFolderOf;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
/** Host folders no check may read, whatever a config says. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];
/** `abs` is `root` or below it, by the paths' text (links are not resolved). */
function isWithin(abs, root) {
    const r = node_path_1.default.resolve(root);
    const p = node_path_1.default.resolve(abs);
    return p === r || p.startsWith(r.endsWith(node_path_1.default.sep) ? r : `${r}${node_path_1.default.sep}`);
}
/** The path with every link resolved; as written (resolved) when it does not exist. */
function realPath(p) {
    try {
        return (0, node_fs_1.realpathSync)(p);
    }
    catch {
        return node_path_1.default.resolve(p);
    }
}
/** `abs` is `root` or below it once links are resolved (a link out of root is outside). */
function isWithinReal(abs, root) {
    return isWithin(realPath(abs), realPath(root));
}
/** One of the path's folders or its name is `name` (".git", ".."); both separators count. */
function hasSegment(p, name) {
    return p.split(/[\\/]/).includes(name);
}
/** A relative path that stays below where it is put: not absolute, and no `..` among its parts. */
function staysBelow(rel) {
    return !rel.startsWith('/') && !node_path_1.default.isAbsolute(rel) && !hasSegment(rel, '..');
}
/** The system folder an absolute path is in (/proc, /sys, /dev), or undefined. */
function systemFolderOf(abs) {
    return SYSTEM_FOLDERS.find((d) => isWithin(abs, d));
}


/***/ }),

/***/ 1249:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Regular expressions a repository writes (`stdout_matches`,
// `stderr_matches`) run on RE2JS, a pure-JavaScript port of RE2: matching
// takes time linear in the text whatever the pattern, so `^(a|a)*$` cannot
// hold the main thread (and every check's deadline with it) the way a
// backtracking engine does. RE2 syntax: no backreferences, no lookaround.
// `^` and `$` match at line boundaries, as with JavaScript's `m` flag.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compileUserRegex = compileUserRegex;
const node_module_1 = __webpack_require__(8995);
// Loaded on first use (most runs have no pattern): the engine's tables are a
// large part of what a step with nothing to run would otherwise spend starting.
// In the Action's bundle the engine is a file of its own, dist/re2js.cjs, which
// this require reads (scripts/separate-modules.mjs).
let loaded;
const re2 = () => (loaded ??= ( true ? __webpack_require__(6472) : 0).RE2JS);
/** The compiled pattern, or why it cannot be used (a sentence for the config's problem list). */
function compileUserRegex(source) {
    try {
        // Syntax first, in JavaScript's words (compiling runs nothing, so it cannot stall).
        new RegExp(source, 'm');
    }
    catch (e) {
        return { error: `is not a valid regular expression: ${e.message.replace(/^Invalid regular expression: /, '')}` };
    }
    try {
        const RE2JS = re2();
        const re = RE2JS.compile(source, RE2JS.MULTILINE);
        return { test: (text) => re.matcher(text).find() };
    }
    catch (e) {
        const why = e.message.replace(/^error parsing regexp: /, '');
        return { error: `uses syntax the linear-time engine (RE2) does not run: ${why}; write it without backreferences or lookaround` };
    }
}


/***/ }),

/***/ 6623:
/***/ ((__unused_webpack_module, exports) => {


// Untrusted text made inert, one function per kind of sink. Names, messages
// and output come from the repository (its config, its Markdown, what its
// programs print), so none may move a terminal's cursor, write its clipboard
// (OSC 52), overwrite a line with a lone \r, or pass for another row with
// bidi overrides and invisible characters.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.terminalSafe = terminalSafe;
exports.visibleText = visibleText;
exports.safeName = safeName;
exports.uniqueNames = uniqueNames;
exports.settleNames = settleNames;
exports.neutraliseMarkers = neutraliseMarkers;
exports.startsWithMarker = startsWithMarker;
/** Terminal and log text: no escape sequences, no control characters but \n and \t; a lone \r becomes a line break. */
function terminalSafe(text) {
    return text
        .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
        .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
        .replace(/\x1b[@-_]/g, '')
        .replace(/\r\n/g, '\n')
        .replace(/[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f]/g, (c) => (c === '\r' ? '\n' : c === '\x00' ? '\u2400' : '\uFFFD'));
}
/**
 * Characters that change how text reads without being seen: bidi controls
 * (U+202A–202E, U+2066–2069, LRM/RLM/ALM), zero-width and invisible ones
 * (U+200B–200D, U+2060–2064, U+FEFF, soft hyphen, Mongolian vowel separator,
 * combining grapheme joiner, Hangul fillers, tag characters).
 */
// The combining grapheme joiner (U+034F) is listed on purpose: it is invisible on its own.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u061c\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;
function escapeCode(c) {
    const cp = c.codePointAt(0);
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}
/** Text a person must be able to trust the look of (check names): invisible characters shown as `\u202e`. */
function visibleText(text) {
    return text.replace(INVISIBLE, escapeCode);
}
/** A check name for every sink: one line, no control or invisible characters (shown escaped), at most `max` characters. */
function safeName(name, max = 200) {
    const one = visibleText(name.replace(/[\x00-\x1f\x7f\u0080-\u009f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? ' ' : c === '\r' ? '\\r' : escapeCode(c)))).trim();
    const cut = [...one];
    return (cut.length > max ? `${cut.slice(0, max - 1).join('')}…` : one) || '(no name)';
}
/**
 * Names unique by construction: the first of each name keeps it, a later one
 * gets the lowest ` #n` that no check of the plan has (so `a`, `a`, `a #2`
 * becomes `a`, `a #3`, `a #2`, never two `a #2`).
 */
function uniqueNames(items) {
    const used = new Set(items.map((c) => c.name));
    const kept = new Set();
    for (const c of items) {
        if (!kept.has(c.name)) {
            kept.add(c.name);
            continue;
        }
        let n = 2;
        while (used.has(`${c.name} #${n}`))
            n++;
        c.name = `${c.name} #${n}`;
        used.add(c.name);
        kept.add(c.name);
    }
    return items;
}
/** Every name of a plan safe and unique (run once by each front door's planner). */
function settleNames(items) {
    for (const c of items)
        c.name = safeName(c.name);
    return uniqueNames(items);
}
/**
 * Breaks every marker-like run in untrusted text (a word joiner after `<!`),
 * so a program that prints another job's marker cannot make that job find
 * this comment; the text reads the same.
 */
function neutraliseMarkers(text) {
    return text.replace(/<!(\s*)--(\s*)sandbox-checks/gi, '<!\u2060$1--$2sandbox-checks');
}
/** Is `marker` the first line of `body` (the only place our marker is ever written)? */
function startsWithMarker(body, marker) {
    if (!body)
        return false;
    const nl = body.indexOf('\n');
    return (nl < 0 ? body : body.slice(0, nl)).replace(/\r$/, '').trim() === marker;
}


/***/ }),

/***/ 1996:
/***/ ((__unused_webpack_module, exports) => {


// Durations and sizes as people write them and as reports print them. Numbers
// keep the E2B document's meaning (milliseconds, bytes), strings carry a unit.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDuration = parseDuration;
exports.parseSize = parseSize;
exports.formatDuration = formatDuration;
exports.formatLimit = formatLimit;
const DURATION_UNITS = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
const SIZE_UNITS = {
    b: 1, k: 1024, kb: 1000, kib: 1024, m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3,
};
/** Milliseconds, or undefined when the value is not a duration. */
function parseDuration(v) {
    if (typeof v === 'number' || typeof v === 'bigint')
        return Number(v);
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
    if (!m)
        return undefined;
    const unit = m[2].toLowerCase() || 'ms';
    const factor = DURATION_UNITS[unit];
    return factor === undefined ? undefined : Math.round(Number(m[1]) * factor);
}
/** Bytes, or undefined when the value is not a size. */
function parseSize(v) {
    if (typeof v === 'number' || typeof v === 'bigint')
        return Number(v);
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
    if (!m)
        return undefined;
    const factor = SIZE_UNITS[m[2].toLowerCase() || 'b'];
    return factor === undefined ? undefined : Math.round(Number(m[1]) * factor);
}
/** A measured duration for reports: "850 ms", "2.4 s", "3 m 12 s". */
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} m ${Math.round((ms % 60_000) / 1000)} s`;
}
/** A configured limit, exactly as set: "30 s", "2 min", "1500 ms" (never rounded). */
function formatLimit(ms) {
    return ms % 60_000 === 0 ? `${ms / 60_000} min` : ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}


/***/ })

};
