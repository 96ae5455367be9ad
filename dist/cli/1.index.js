export const id = 1;
export const ids = [1];
export const modules = {

/***/ 4804:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// One step in an E2B sandbox: the script envd runs (rlimits, a session of its
// own, a watchdog past the deadline), its output passed on as it comes, and
// its end (exit, abort, deadline, a broken stream) turned into a RunResult.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KILL_ALL = exports.WATCHDOG_SLACK_MS = void 0;
exports.wrapCommand = wrapCommand;
exports.runStep = runStep;
const shell_js_1 = __webpack_require__(1680);
const e2b_errors_js_1 = __webpack_require__(9525);
const e2b_sdk_js_1 = __webpack_require__(1400);
/** Time E2B gets to start a command (until its `start` event). */
const START_TIMEOUT_MS = 30_000;
/** Waiting past a command's deadline before giving up on the stream. */
const DEADLINE_GRACE_MS = 5_000;
/** The in-sandbox watchdog kills the program's group this long after its deadline. */
exports.WATCHDOG_SLACK_MS = 500;
/** Kills every process of the sandbox user but the caller: the sandbox is this check's alone. */
exports.KILL_ALL = 'kill -KILL -1 2>/dev/null';
/**
 * The script E2B runs (as `/bin/bash -l -c`) for one step. envd ends a
 * command only when its stdout and stderr close, and its kill reaches the top
 * process only; so the program runs in a session (process group) of its own,
 * and when its main process ends, or a watchdog sees its deadline pass,
 * everything the sandbox user runs is killed (a daemon that left the group
 * too): a background child neither holds the check open nor outlives it. The
 * login shell has reset PATH from /etc/profile: the check's own PATH is set
 * again. The exit status is the program's (128+n for a death by signal n, as
 * a shell reports it).
 */
function wrapCommand(o) {
    return [
        `ulimit -f ${Math.max(1, Math.ceil(o.limits.fileSizeBytes / 1024))} 2>/dev/null`,
        `ulimit -n ${o.limits.openFiles} 2>/dev/null`,
        `ulimit -u ${o.limits.processes} 2>/dev/null`,
        'ulimit -c 0 2>/dev/null',
        ...(o.path !== undefined ? [`PATH=${(0, shell_js_1.shellQuote)(o.path)}`, 'export PATH'] : []),
        `/bin/sh -c 'sleep "$1"; ${exports.KILL_ALL}' watchdog ${o.killAfterS.toFixed(3)} < /dev/null > /dev/null 2>&1 & disown $!`,
        `setsid /bin/sh -c ${(0, shell_js_1.shellQuote)(o.command)} < ${(0, shell_js_1.shellQuote)(o.stdinPath)}; s=$?`,
        exports.KILL_ALL,
        'exit "$s"',
    ].join('\n');
}
/** Starts `step`, passes its output on, and says how it ended. */
async function runStep(host, step, req) {
    let handle;
    try {
        handle = await host.sdk.commands.run(step.script, {
            background: true,
            cwd: step.cwd,
            envs: step.envs,
            timeoutMs: step.remaining,
            requestTimeoutMs: Math.min(step.remaining, START_TIMEOUT_MS),
            onStdout: (s) => req.onStdout(Buffer.from(s)),
            onStderr: (s) => req.onStderr(Buffer.from(s)),
        });
    }
    catch (e) {
        if (Date.now() >= req.deadline)
            return { exitCode: null, limit: 'timeout' };
        return { exitCode: null, sandboxError: (0, e2b_errors_js_1.explainRunError)(host.id, e, 'start the command') };
    }
    // The output is passed on as it comes: the tool's memory stays the
    // engine's bounded head and tail however much a check prints.
    (0, e2b_sdk_js_1.keepNoOutputCopy)(handle);
    const settled = await settle(host, handle, req);
    switch (settled.kind) {
        case 'done':
            return { exitCode: settled.result.exitCode };
        case 'aborted':
            await host.stop(handle);
            return { exitCode: null, signal: 'SIGKILL' };
        case 'guard':
            await host.stop(handle);
            return { exitCode: null, limit: 'timeout' };
        case 'error':
            return commandError(host, settled.error, handle, req);
    }
}
/** The first of: the command ends, the step is aborted, or the deadline passes by the grace. */
async function settle(host, handle, req) {
    let detach = () => { };
    const settled = await new Promise((resolve) => {
        const onAbort = () => resolve({ kind: 'aborted' });
        const guard = setTimeout(() => resolve({ kind: 'guard' }), Math.max(0, req.deadline - Date.now()) + DEADLINE_GRACE_MS);
        req.signal.addEventListener('abort', onAbort, { once: true });
        host.running.add(onAbort);
        detach = () => {
            clearTimeout(guard);
            req.signal.removeEventListener('abort', onAbort);
            host.running.delete(onAbort);
        };
        handle.wait().then((result) => resolve({ kind: 'done', result }), (error) => resolve({ kind: 'error', error }));
    });
    detach();
    return settled;
}
async function commandError(host, e, handle, req) {
    const exited = (0, e2b_errors_js_1.exitErrorResult)(e);
    if (exited)
        return exited;
    if (e?.name === 'TimeoutError' && Date.now() >= req.deadline - 50) {
        await host.stop(handle);
        return { exitCode: null, limit: 'timeout' };
    }
    await host.stop(handle);
    return { exitCode: null, sandboxError: (0, e2b_errors_js_1.explainRunError)(host.id, e, 'run the command') };
}


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Making E2B sandboxes and ending what a run left behind. A create is tagged
// with run metadata, so the Action's post step (cleanupRun) finds every
// sandbox of its run; it is retried on transient failures, paced to the
// plan's creation rate, and bounded by the check's own timeout.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TOOL_NAME = exports.META = exports.CREATE_TIMEOUT_MS = exports.MAX_LIFETIME_MS = exports.LIFETIME_MARGIN_MS = void 0;
exports.defaultRunId = defaultRunId;
exports.createSdkSandbox = createSdkSandbox;
exports.cleanupRun = cleanupRun;
const crypto_js_1 = __webpack_require__(5414);
const version_js_1 = __webpack_require__(311);
const e2b_retry_js_1 = __webpack_require__(8166);
const e2b_errors_js_1 = __webpack_require__(9525);
const e2b_sdk_js_1 = __webpack_require__(1400);
const provider_js_1 = __webpack_require__(9545);
/** The sandbox outlives the check's deadline by this much, so it is never cut short. */
exports.LIFETIME_MARGIN_MS = 60_000;
/** E2B's longest sandbox lifetime on the Hobby plan. */
exports.MAX_LIFETIME_MS = 60 * 60_000;
/** How long one create request may take (the SDK's default request timeout). */
exports.CREATE_TIMEOUT_MS = 60_000;
/** Our own deadline on a create, past the SDK's. */
const CREATE_TIMEOUT_SLACK_MS = 1_000;
/** Metadata keys on every sandbox this tool makes. */
exports.META = { tool: 'tool', run: 'run', check: 'check', language: 'language', version: 'tool-version' };
exports.TOOL_NAME = 'sandbox-checks';
let processRunId;
/**
 * The id that ties this run's sandboxes together for cleanup. In GitHub
 * Actions it is derived from the run, attempt, job and runner, so the post
 * step computes the same id; matrix legs run on different runners and never
 * clean up each other's sandboxes. Elsewhere it is random per process.
 */
function defaultRunId(env = process.env) {
    if (env.GITHUB_RUN_ID) {
        const parts = ['gh', env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? 'job', env.RUNNER_NAME ?? ''];
        return parts
            .filter(Boolean)
            .join('-')
            .replace(/[^A-Za-z0-9._-]+/g, '_')
            .slice(0, 120);
    }
    processRunId ??= `cli-${(0, crypto_js_1.randomBytes)(6).toString('hex')}`;
    return processRunId;
}
/**
 * One SDK sandbox for `spec`, with the attempts it took and the lifetime it
 * was given. Throws a SandboxUnavailableError a person can act on.
 */
async function createSdkSandbox(ctx, spec, token) {
    const lifetimeMs = Math.min(exports.MAX_LIFETIME_MS, spec.limits.timeoutMs + exports.LIFETIME_MARGIN_MS);
    const metadata = {
        [exports.META.tool]: exports.TOOL_NAME,
        [exports.META.version]: version_js_1.VERSION,
        [exports.META.run]: ctx.runId,
        [exports.META.check]: spec.name.slice(0, 200),
        [exports.META.language]: spec.language,
    };
    // The check's timeout covers making its sandbox: E2B gets that long, all
    // attempts together, so a hung or slow E2B never holds a check past it.
    const giveUpAt = Date.now() + spec.limits.timeoutMs;
    let outOfTime = false;
    let lastError;
    // When the attempt that made the sandbox was sent: E2B counts its lifetime from no earlier.
    let requestedAt = Date.now();
    const deadline = setTimeout(() => {
        outOfTime = true;
        token.stop.abort(new Error('the check\'s timeout ran out'));
    }, spec.limits.timeoutMs);
    try {
        const { value: sdkSandbox, attempts } = await (0, e2b_retry_js_1.withRetries)(() => {
            requestedAt = Date.now();
            const left = Math.max(1, giveUpAt - requestedAt);
            return createWithin(() => ctx.client.Sandbox.create(ctx.template, {
                timeoutMs: lifetimeMs,
                metadata,
                // Only the check's own env: nothing from this machine.
                envs: { ...spec.env },
                allowInternetAccess: spec.network,
                requestTimeoutMs: Math.min(ctx.createTimeoutMs, left),
            }), Math.min(ctx.createTimeoutMs + CREATE_TIMEOUT_SLACK_MS, left));
        }, ctx.retry, {
            pacer: ctx.pacer,
            signal: token.stop.signal,
            onRetry: (e, kind, attempt, wait) => {
                lastError = e;
                if (kind === 'timeout' || kind === 'network')
                    ctx.markUncertain();
                ctx.debug(`create for "${spec.name}" failed (attempt ${attempt}, ${kind}): ${e.message}; retrying in ${wait} ms`);
            },
        });
        return { sdkSandbox, attempts, lifetimeMs, requestedAt };
    }
    catch (e) {
        if (token.cancelled)
            throw new Error('the run was cancelled while the sandbox was being created', { cause: e });
        if (outOfTime) {
            // An attempt may have been cut short while E2B was making the sandbox.
            ctx.markUncertain();
            const last = e instanceof e2b_retry_js_1.RetriesExhausted ? e.last : lastError;
            const why = last ? ` (last answer: ${(0, e2b_errors_js_1.explainE2BError)(last, ctx.settings, 'create a sandbox')})` : '';
            throw new provider_js_1.SandboxUnavailableError(`E2B did not make a sandbox within the check's ${spec.limits.timeoutMs} ms timeout${why}; nothing ran. Retry later, or raise the check's timeout`);
        }
        const last = e instanceof e2b_retry_js_1.RetriesExhausted ? e.last : e;
        const kind = e instanceof e2b_retry_js_1.RetriesExhausted ? e.kind : (0, e2b_retry_js_1.errorKind)(e);
        if (kind === 'timeout' || kind === 'network')
            ctx.markUncertain();
        const tries = e instanceof e2b_retry_js_1.RetriesExhausted && e.attempts > 1 ? ` (after ${e.attempts} attempts)` : '';
        throw new provider_js_1.SandboxUnavailableError(`${(0, e2b_errors_js_1.explainE2BError)(last, ctx.settings, 'create a sandbox')}${tries}`);
    }
    finally {
        clearTimeout(deadline);
    }
}
/**
 * `create()`, but given up after `ms` even when the SDK's own request timeout
 * does not fire. (With the SDK's 429 retry on, e2b 2.51 sends a clone of the
 * request whose abort can be lost: the first create of a process has been
 * seen to outlive its requestTimeoutMs.) A sandbox that arrives after we gave
 * up is killed on arrival, so a slow create never leaves one behind.
 */
async function createWithin(create, ms) {
    const attempt = create();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const e = new Error(`creating the sandbox took longer than ${ms} ms`);
            e.name = 'TimeoutError';
            reject(e);
        }, ms);
    });
    try {
        return await Promise.race([attempt, expired]);
    }
    catch (e) {
        attempt.then((late) => late.kill().catch(() => false), () => undefined);
        throw e;
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Kills every sandbox of run `runId` still alive (running or paused): the
 * Action's post step calls this, and a run calls it itself when a create
 * timed out (the sandbox may exist) or a kill failed.
 */
async function cleanupRun(settings, runId = settings.runId || defaultRunId(), opts = {}) {
    const client = await (0, e2b_sdk_js_1.newClient)(settings);
    const ids = [];
    const pages = client.Sandbox.list({ query: { metadata: { [exports.META.tool]: exports.TOOL_NAME, [exports.META.run]: runId }, state: ['running', 'paused'] }, limit: opts.pageSize ?? 100 });
    while (pages.hasNext) {
        const { value } = await (0, e2b_retry_js_1.withRetries)(() => pages.nextItems(), e2b_retry_js_1.DEFAULT_RETRY);
        ids.push(...value.map((s) => s.sandboxId));
    }
    const failed = [];
    let killed = 0;
    for (const id of [...new Set(ids)]) {
        try {
            const { value } = await (0, e2b_retry_js_1.withRetries)(() => client.Sandbox.kill(id), { attempts: 3, baseMs: 300, capMs: 2000 });
            if (value)
                killed++;
        }
        catch (e) {
            failed.push(id);
            opts.warn?.(`could not kill E2B sandbox ${id}: ${(e instanceof e2b_retry_js_1.RetriesExhausted ? e.last : e)?.message}`);
        }
    }
    return { found: ids.length, killed, failed };
}


/***/ }),

/***/ 9525:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// What the E2B SDK throws, turned into what the engine reads: a sentence a
// person can act on for API and sandbox failures, and a step result (exit
// code, signal, limit) for a command that ended badly.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.explainE2BError = explainE2BError;
exports.explainRunError = explainRunError;
exports.exitErrorResult = exitErrorResult;
const e2b_retry_js_1 = __webpack_require__(8166);
const e2b_templates_js_1 = __webpack_require__(5539);
const SIGNALS = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
    9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};
const LIMIT_SIGNALS = { SIGXCPU: 'cpu_time', SIGXFSZ: 'file_size' };
/**
 * envd reports a command killed by a signal with Go's name for it
 * (syscall.Signal.String(): "signal: segmentation fault") and exit code -1.
 */
const GO_SIGNALS = {
    hangup: 1, interrupt: 2, quit: 3, 'illegal instruction': 4, 'trace/breakpoint trap': 5, aborted: 6, 'bus error': 7,
    'floating point exception': 8, killed: 9, 'user defined signal 1': 10, 'segmentation fault': 11, 'user defined signal 2': 12,
    'broken pipe': 13, 'alarm clock': 14, terminated: 15, 'stack fault': 16, 'cpu time limit exceeded': 24,
    'file size limit exceeded': 25, 'virtual timer expired': 26, 'profiling timer expired': 27, 'bad system call': 31,
};
/** The signal number in envd's "signal: …" status; undefined when there is none. */
function envdSignal(status) {
    const name = /\bsignal: ([^,;\n]+)/.exec(status)?.[1]?.trim().toLowerCase();
    if (!name)
        return undefined;
    return GO_SIGNALS[name] ?? (/^signal (\d+)$/.test(name) ? Number(name.slice(7)) : undefined);
}
/** One line a person can act on, from whatever the SDK threw. */
function explainE2BError(e, settings, doing) {
    const err = e;
    const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
    const kind = (0, e2b_retry_js_1.errorKind)(e);
    const api = settings.apiUrl ?? process.env.E2B_API_URL ?? 'the E2B API';
    switch (kind) {
        case 'auth':
            if (/API key is required/i.test(msg)) {
                return `no E2B API key is configured: set E2B_API_KEY (or [e2b] api_key = "\${E2B_API_KEY}"), or use --provider local`;
            }
            return `the E2B API key was rejected: ${msg}. Check E2B_API_KEY (or [e2b] api_key): it must be a current key of your E2B team (dashboard → API Keys)`;
        case 'rate':
            return `E2B kept refusing to ${doing} with a rate limit (429): ${msg}. Lower concurrency (the Hobby plan allows 20 sandboxes at once and 1 new one a second), raise [e2b] create_interval, or retry later`;
        case 'busy':
            return `E2B had no capacity to ${doing} (503): ${msg}. This is on E2B's side; retry later`;
        case 'server':
            return `E2B failed to ${doing} with a server error: ${msg}. Retry later; if it persists, check https://status.e2b.dev`;
        case 'timeout':
            return `E2B did not answer in time while trying to ${doing}: ${msg}`;
        case 'network':
            return `could not reach ${api} to ${doing}: ${msg}. Check this machine's network and [e2b] api_url / E2B_API_URL`;
        default:
            if (/template/i.test(msg) && /not found|404|does not exist/i.test(msg)) {
                return `E2B does not know the template "${settings.template ?? e2b_templates_js_1.DEFAULT_TEMPLATE}": ${msg}. Check [e2b] template (build e2b-template/ first for "${e2b_templates_js_1.FULL_TEMPLATE}")`;
            }
            return `E2B refused to ${doing}: ${msg}`;
    }
}
/** What went wrong talking to sandbox `id` while trying to `doing`, as one sentence. */
function explainRunError(id, e, doing) {
    const err = e;
    const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
    switch (err?.name) {
        case 'SandboxNotFoundError':
        case 'NotFoundError':
            return `E2B sandbox ${id} is gone (killed, or past its lifetime) and could not ${doing}: ${msg}. Re-run the check`;
        case 'AuthenticationError':
            return `E2B sandbox ${id} refused the access token while trying to ${doing}: ${msg}`;
        case 'TimeoutError':
            return `E2B sandbox ${id} stopped answering while trying to ${doing}: ${msg}. Re-run the check; if it keeps happening, check E2B's status`;
        case 'RateLimitError':
            return `E2B rate-limited the sandbox while trying to ${doing}: ${msg}. Lower concurrency`;
        case 'InvalidArgumentError':
            return `E2B sandbox ${id} refused to ${doing}: ${msg}`;
    }
    return `the connection to E2B sandbox ${id} broke while trying to ${doing} (${msg}); the check's result is unknown. Re-run it`;
}
/**
 * The step result of a command that exited non-zero (the SDK's
 * CommandExitError); undefined for any other error.
 */
function exitErrorResult(e) {
    const err = e;
    if (err?.name !== 'CommandExitError')
        return undefined;
    const code = err.exitCode ?? null;
    const killedBy = envdSignal(err.error ?? '');
    if (code === -1 || killedBy !== undefined) {
        if (killedBy === undefined)
            return { exitCode: null, signal: 'SIGKILL' };
        // As a shell reports it (and the local provider does): 128 + the signal number.
        const signal = SIGNALS[killedBy] ?? `SIG${killedBy}`;
        return { exitCode: 128 + killedBy, signal, limit: LIMIT_SIGNALS[signal] };
    }
    if (code !== null && code > 128 && code <= 128 + 64 && SIGNALS[code - 128]) {
        const signal = SIGNALS[code - 128];
        return { exitCode: code, signal, limit: LIMIT_SIGNALS[signal] };
    }
    return { exitCode: code };
}


/***/ }),

/***/ 3967:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Where a check's files live in an E2B sandbox: a fresh folder in the sandbox
// user's home, which `/workspace` in the registry's commands and env stands
// for. Paths that leave that folder are refused before anything is written.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freshFolder = freshFolder;
exports.inWorkspace = inWorkspace;
exports.uploadFiles = uploadFiles;
exports.stdinFile = stdinFile;
const crypto_js_1 = __webpack_require__(5414);
const node_path_1 = __importDefault(__webpack_require__(6760));
/** Where the check's files go: a fresh folder in the sandbox user's home. */
function freshFolder() {
    return `/home/user/check-${(0, crypto_js_1.randomBytes)(5).toString('hex')}`;
}
/** `/workspace` (the registry's commands and env name the workspace so) → the sandbox's folder `dir`. */
function inWorkspace(text, dir) {
    return text.replace(/\/workspace(?=\/|$|[^\w.-])/g, dir);
}
/** A workspace-relative path, refused when it escapes the workspace. */
function inside(dir, rel) {
    const norm = node_path_1.default.posix.normalize(rel.replace(/\\/g, '/'));
    if (node_path_1.default.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
        throw new Error(`file path escapes the workspace: ${rel}`);
    }
    return node_path_1.default.posix.join(dir, norm);
}
function toArrayBuffer(b) {
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}
/** Writes the check's files into `dir` (made even when there are none). */
async function uploadFiles(sdk, id, dir, files) {
    const entries = files.map((f) => ({ path: inside(dir, f.path), data: toArrayBuffer(f.content) }));
    try {
        if (entries.length)
            await sdk.files.write(entries);
        else
            await sdk.files.makeDir(dir);
    }
    catch (e) {
        throw new Error(`could not upload the check's files to E2B sandbox ${id}: ${e.message}`, { cause: e });
    }
}
/** The file a step reads as its stdin: /dev/null when it has none. */
async function stdinFile(sdk, stdin) {
    if (!stdin)
        return '/dev/null';
    const file = `/tmp/sandbox-checks-stdin-${(0, crypto_js_1.randomBytes)(5).toString('hex')}`;
    await sdk.files.write(file, stdin);
    return file;
}


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Packing several checks into one E2B sandbox ([e2b] checks_per_sandbox = N,
// opt-in): past the plan's creation rate (Hobby: 1 sandbox a second), a run
// of many short checks is bound by creations, not by the checks. Each packed
// check still gets a fresh sandbox of its own: a bubblewrap sandbox inside
// the VM (its own user, pid, network, ipc and mount namespaces; a private
// /home, /tmp and /run; only its own workspace folder bound in), gone with
// everything it started when its main process ends. Checks that need a
// network (their own, or for a package install) are never packed: egress is
// the VM's, shared by every check in it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Packer = exports.NESTED_PROBE = void 0;
exports.nestedCommand = nestedCommand;
const shell_js_1 = __webpack_require__(1680);
/** bwrap inside the VM, checked once per run before any check relies on it. */
exports.NESTED_PROBE = 'bwrap --unshare-all --die-with-parent --new-session --ro-bind / / --dev /dev --proc /proc --tmpfs /tmp /bin/true';
/**
 * Hands out places in shared sandboxes: the first host with room, or a new
 * one. A host is killed once its N checks are done (or when the run ends).
 * The first host probes that nested bubblewrap works; when it does not, every
 * lease answers undefined (the caller makes a sandbox per check) and `onFail`
 * says why once.
 */
class Packer {
    capacity;
    make;
    check;
    kill;
    onFail;
    hosts = [];
    probe;
    /** Set once the probe failed: packing is off for the rest of the run. */
    failed;
    constructor(capacity, make, check, kill, onFail) {
        this.capacity = capacity;
        this.make = make;
        this.check = check;
        this.kill = kill;
        this.onFail = onFail;
    }
    async lease() {
        if (this.failed)
            return undefined;
        let host = this.hosts.find((h) => !h.killed && h.assigned < this.capacity);
        if (!host) {
            host = { ready: this.make(), assigned: 0, released: 0, killed: false };
            this.hosts.push(host);
            // A host that could not be made takes no more checks.
            host.ready.catch(() => {
                host.killed = true;
            });
        }
        host.assigned++;
        const h = host;
        let sandbox;
        try {
            sandbox = await h.ready;
        }
        catch (e) {
            h.released++;
            throw e;
        }
        this.probe ??= this.check(sandbox).catch((e) => `the probe could not run: ${e.message}`);
        const why = await this.probe;
        if (why !== undefined) {
            if (!this.failed) {
                this.failed = why;
                this.onFail(why);
            }
            h.released++;
            await this.retire(h, true);
            return undefined;
        }
        let released = false;
        return {
            sandbox,
            release: async () => {
                if (released)
                    return;
                released = true;
                h.released++;
                await this.retire(h, false);
            },
        };
    }
    async retire(h, now) {
        if (h.killed || h.released < h.assigned)
            return;
        if (!now && h.assigned < this.capacity)
            return;
        h.killed = true;
        await this.kill(await h.ready);
    }
    /** The run ends: every host goes. */
    async closeAll() {
        await Promise.all(this.hosts.map(async (h) => {
            if (h.killed)
                return;
            h.killed = true;
            const s = await h.ready.catch(() => undefined);
            if (s)
                await this.kill(s);
        }));
    }
}
exports.Packer = Packer;
/** `'text'` quoted for a POSIX shell. */
/**
 * The script for one step of a packed check: the limits, then bubblewrap
 * around the program. Its pid namespace dies with its main process, taking
 * what the program left running and closing its output; envd's kill (the top
 * process, bwrap) takes the namespace too. The login shell reset PATH: the
 * check's own is set again inside.
 */
function nestedCommand(o) {
    // The limits are set inside: `ulimit -u` then counts the processes of the
    // check's own user namespace (set outside, it would bound the namespace's
    // creator, and so every check of the sandbox together).
    const limits = [
        `ulimit -f ${Math.max(1, Math.ceil(o.limits.fileSizeBytes / 1024))} 2>/dev/null`,
        `ulimit -n ${o.limits.openFiles} 2>/dev/null`,
        `ulimit -u ${o.limits.processes} 2>/dev/null`,
        'ulimit -c 0 2>/dev/null',
        `exec /bin/sh -c ${(0, shell_js_1.shellQuote)(o.command)}`,
    ].join('; ');
    const bwrap = [
        'bwrap', '--unshare-all', '--die-with-parent', '--new-session',
        '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc',
        '--tmpfs', '/tmp', '--tmpfs', '/var/tmp', '--tmpfs', '/run', '--tmpfs', '/home',
        '--bind', o.dir, o.dir, '--chdir', o.dir,
        ...(o.path !== undefined ? ['--setenv', 'PATH', o.path] : []),
        // bash: dash has no `ulimit -u`.
        '--', '/bin/bash', '-c', limits,
    ];
    return `exec ${bwrap.map(shell_js_1.shellQuote).join(' ')} < ${(0, shell_js_1.shellQuote)(o.stdinPath)}`;
}


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack_module, exports) => {


// Rate limits and transient faults of the E2B control plane: a pacer that
// spaces sandbox creations (E2B's Hobby plan allows one a second), bounded
// retries with exponential backoff and jitter, and the classification of SDK
// errors into "retry", "give up" and "the key is wrong".
//
// Retry-After: the SDK itself waits out a 429 that carries an integer
// Retry-After (ConnectionOpts.retries); what reaches this layer is a 429
// without one (or one the SDK gave up on), a 503, a 5xx or a dropped request.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RetriesExhausted = exports.Pacer = exports.DEFAULT_RETRY = void 0;
exports.errorKind = errorKind;
exports.backoffMs = backoffMs;
exports.sleep = sleep;
exports.withRetries = withRetries;
function errorKind(e) {
    const err = (e ?? {});
    switch (err.name) {
        case 'AuthenticationError':
            return 'auth';
        case 'RateLimitError':
            return 'rate';
        case 'ServiceBusyError':
            return 'busy';
        case 'TimeoutError':
        case 'AbortError':
            return 'timeout';
    }
    const status = err.statusCode ?? /^(\d{3}):/.exec(err.message ?? '')?.[1];
    if (status !== undefined) {
        const n = Number(status);
        if (n === 401)
            return 'auth';
        if (n === 429)
            return 'rate';
        if (n === 503)
            return 'busy';
        if (n >= 500)
            return 'server';
        return 'fatal';
    }
    const text = `${err.message ?? ''} ${err.cause?.code ?? ''} ${err.cause?.message ?? ''}`;
    if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|fetch failed|socket hang up|other side closed|terminated/i.test(text)) {
        return 'network';
    }
    if (/timed? ?out|aborted/i.test(text))
        return 'timeout';
    return 'fatal';
}
const RETRYABLE = new Set(['rate', 'busy', 'server', 'timeout', 'network']);
exports.DEFAULT_RETRY = { attempts: 5, baseMs: 500, capMs: 15_000 };
/** "Equal jitter": half the exponential step fixed, half random, so waits never collapse to zero. */
function backoffMs(attempt, policy, random = Math.random) {
    const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(step / 2 + random() * (step / 2));
}
function sleep(ms, signal) {
    if (ms <= 0)
        return Promise.resolve();
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason ?? new Error('aborted'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * Spaces out sandbox creations: each caller gets the next free slot, at
 * least `intervalMs` after the previous one. A rate-limit answer pushes every
 * later slot back, so parallel workers do not all hammer the API at once.
 */
class Pacer {
    intervalMs;
    next = 0;
    constructor(intervalMs) {
        this.intervalMs = intervalMs;
    }
    async wait(signal) {
        const now = Date.now();
        const at = Math.max(now, this.next);
        this.next = at + this.intervalMs;
        await sleep(at - now, signal);
    }
    /** Nobody creates before `ms` from now. */
    holdOff(ms) {
        this.next = Math.max(this.next, Date.now() + ms);
    }
}
exports.Pacer = Pacer;
/** Internal: every retry of an SDK call failed; e2b-create.ts turns it into the check's outcome (never reaches a front door). */
class RetriesExhausted extends Error {
    last;
    kind;
    attempts;
    constructor(last, kind, attempts) {
        super(last?.message ?? String(last));
        this.last = last;
        this.kind = kind;
        this.attempts = attempts;
    }
}
exports.RetriesExhausted = RetriesExhausted;
/**
 * Runs `fn` until it succeeds, a non-retryable error comes, or the attempts
 * run out. `onRetry` hears about every retry (for logs and for marking that
 * a sandbox might have been created behind a timed-out request).
 */
async function withRetries(fn, policy, opts = {}) {
    for (let attempt = 1;; attempt++) {
        if (opts.pacer)
            await opts.pacer.wait(opts.signal);
        try {
            return { value: await fn(attempt), attempts: attempt };
        }
        catch (e) {
            const kind = errorKind(e);
            if (!RETRYABLE.has(kind) || attempt >= policy.attempts || opts.signal?.aborted) {
                throw new RetriesExhausted(e, kind, attempt);
            }
            const wait = backoffMs(attempt, policy);
            if (kind === 'rate' || kind === 'busy')
                opts.pacer?.holdOff(wait);
            opts.onRetry?.(e, kind, attempt, wait);
            await sleep(wait, opts.signal);
        }
    }
}


/***/ }),

/***/ 9883:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// One check's E2B sandbox (or its place in a shared one, when checks are
// packed): its files, its steps, the network an install step may open, its
// lifetime and its end. What the check gets: its files in a fresh folder, its
// own env, the commands of the language registry; nothing from the host.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.E2BSandbox = void 0;
const shell_js_1 = __webpack_require__(1680);
const e2b_commands_js_1 = __webpack_require__(4804);
const e2b_create_js_1 = __webpack_require__(3502);
const e2b_files_js_1 = __webpack_require__(3967);
const e2b_pack_js_1 = __webpack_require__(4723);
const e2b_retry_js_1 = __webpack_require__(8166);
const e2b_sdk_js_1 = __webpack_require__(1400);
class E2BSandbox {
    provider;
    sdk;
    spec;
    life;
    createAttempts;
    release;
    id;
    /** The fresh folder holding the check's files; `/workspace` in commands means this. */
    dir = (0, e2b_files_js_1.freshFolder)();
    createdAt = Date.now();
    endedAt;
    killed = false;
    /** The folder exists in the sandbox (made by the upload, or before the first command). */
    dirReady = false;
    destroying;
    running = new Set();
    /** A step (install, compile, the program) has been started here. */
    ranSomething = false;
    constructor(provider, sdk, spec, 
    /** Shared by the checks packed into one sandbox: E2B's timeout is the sandbox's. */
    life, 
    /** Create attempts it took (1 unless E2B pushed back). */
    createAttempts, 
    /** A packed check: gives its place back (the sandbox is not this check's to kill). */
    release) {
        this.provider = provider;
        this.sdk = sdk;
        this.spec = spec;
        this.life = life;
        this.createAttempts = createAttempts;
        this.release = release;
        this.id = sdk.sandboxId;
    }
    /** A check packed into this sandbox, in a bubblewrap sandbox of its own there. */
    packedCheck(spec, release) {
        return new E2BSandbox(this.provider, this.sdk, spec, this.life, 1, release);
    }
    /** Why nested bubblewrap does not work here; undefined when it does. */
    async probeNested() {
        try {
            await this.sdk.commands.run(e2b_pack_js_1.NESTED_PROBE, { timeoutMs: 15_000, requestTimeoutMs: 15_000 });
            return undefined;
        }
        catch (e) {
            const err = e;
            return (err.stderr?.trim() || err.message).split('\n')[0];
        }
    }
    local(text) {
        return (0, e2b_files_js_1.inWorkspace)(text, this.dir);
    }
    async upload(files) {
        await (0, e2b_files_js_1.uploadFiles)(this.sdk, this.id, this.dir, files);
        this.dirReady = true;
    }
    /**
     * Keeps the sandbox alive until `deadline` plus the margin. A sandbox that
     * already outlives the deadline by half the margin is left as it is: the
     * lifetime given at creation falls short of a deadline set a moment later
     * (after the upload) by only those moments, and stretching it for them
     * would cost every check a round trip to E2B.
     */
    async ensureLifetime(deadline) {
        if (deadline + e2b_create_js_1.LIFETIME_MARGIN_MS / 2 <= this.life.expiresAt)
            return;
        const wanted = Math.min(deadline + e2b_create_js_1.LIFETIME_MARGIN_MS, Date.now() + e2b_create_js_1.MAX_LIFETIME_MS);
        if (wanted <= this.life.expiresAt)
            return;
        await this.sdk.setTimeout(wanted - Date.now());
        this.life.expiresAt = Math.max(this.life.expiresAt, wanted);
    }
    async run(req) {
        if (this.killed)
            return { exitCode: null, sandboxError: `E2B sandbox ${this.id} was already stopped` };
        if (req.signal.aborted)
            return { exitCode: null, signal: 'SIGKILL' };
        if (req.deadline - Date.now() <= 0) {
            if (this.ranSomething)
                return { exitCode: null, limit: 'timeout' };
            // Nothing ran: the time went on making the sandbox, not on the check's code.
            return {
                exitCode: null,
                sandboxError: `the check's ${this.spec.limits.timeoutMs} ms timeout ran out before its program could start (making E2B sandbox ${this.id} and uploading the files took that long); nothing ran. Retry later, or raise the check's timeout`,
            };
        }
        this.ranSomething = true;
        // The engine gives only package installs a network the check does not have.
        const installWithoutNetwork = req.network && !this.spec.network;
        if (installWithoutNetwork)
            await this.openInstallNetwork(req);
        let result;
        let failure;
        try {
            result = await this.runCommand(req);
        }
        catch (e) {
            failure = e;
        }
        if (installWithoutNetwork && !this.killed)
            await this.closeInstallNetwork();
        if (failure !== undefined)
            throw failure;
        return result;
    }
    /**
     * Egress for the install only: to the package hosts when they are
     * configured, otherwise to the internet (as the local provider's install step has it).
     */
    async openInstallNetwork(req) {
        const hosts = this.provider.settings.packageHosts ?? [];
        const { ALL_TRAFFIC } = await (0, e2b_sdk_js_1.loadSdk)();
        const where = hosts.length ? `${hosts.join(', ')} only` : 'the internet';
        req.onStderr(Buffer.from(`sandbox-checks: the sandbox's network is open to ${where}, for the package install\n`));
        try {
            await this.sdk.updateNetwork(hosts.length ? { allowOut: hosts, denyOut: [ALL_TRAFFIC] } : { allowInternetAccess: true });
        }
        catch (e) {
            throw new Error(`could not open the E2B sandbox's network to ${hosts.length ? `the package hosts (${hosts.join(', ')})` : 'the internet for the package install'}: ${e.message}. ` +
                (hosts.length ? 'Check [e2b] package_hosts, or set network = true on the check' : 'Set [e2b] package_hosts, or network = true on the check'), { cause: e });
        }
    }
    async closeInstallNetwork() {
        try {
            await this.sdk.updateNetwork({ allowInternetAccess: false });
        }
        catch (e) {
            // The program must not run with egress left open: end the check here.
            throw new Error(`could not close the E2B sandbox's network again after the package install: ${e.message}`, { cause: e });
        }
    }
    async runCommand(req) {
        await this.ensureLifetime(req.deadline);
        if (!this.dirReady) {
            await this.sdk.files.makeDir(this.dir);
            this.dirReady = true;
        }
        const { limits } = this.spec;
        const stdinPath = await (0, e2b_files_js_1.stdinFile)(this.sdk, req.stdin);
        const envs = Object.fromEntries(Object.entries(req.env).map(([k, v]) => [k, this.local(v)]));
        // As the local provider: UTF-8 unless the check says otherwise (envd sets no LANG).
        if (envs.LANG === undefined)
            envs.LANG = 'C.UTF-8';
        const remaining = req.deadline - Date.now();
        if (remaining <= 0)
            return { exitCode: null, limit: 'timeout' };
        const script = this.release
            ? (0, e2b_pack_js_1.nestedCommand)({ command: this.local(req.command), dir: this.dir, stdinPath, limits, path: envs.PATH })
            : (0, e2b_commands_js_1.wrapCommand)({
                command: this.local(req.command),
                stdinPath,
                limits,
                path: envs.PATH,
                // The watchdog fires just after the deadline, so the SDK's own timeout is what reports it.
                killAfterS: (remaining + e2b_commands_js_1.WATCHDOG_SLACK_MS) / 1000,
            });
        const host = { id: this.id, sdk: this.sdk, running: this.running, stop: (h) => this.stop(h) };
        return (0, e2b_commands_js_1.runStep)(host, { script, cwd: this.dir, envs, remaining }, req);
    }
    /**
     * Kills the command (SIGKILL through envd) and stops listening to it. Also
     * when the sandbox is being killed: if E2B fails to kill the sandbox, the
     * program must not run on in it until its lifetime ends.
     */
    async stop(handle) {
        // envd's kill reaches the wrapper only: what the program started is killed first
        // (a packed check's bubblewrap takes its namespace with it).
        if (!this.killed && !this.release) {
            await Promise.race([this.sdk.commands.run(`${e2b_commands_js_1.KILL_ALL}; true`, { timeoutMs: 3000, requestTimeoutMs: 3000 }).catch(() => undefined), (0, e2b_retry_js_1.sleep)(3000)]);
        }
        await Promise.race([handle.kill().catch(() => false), (0, e2b_retry_js_1.sleep)(3000)]);
        await handle.disconnect().catch(() => { });
    }
    /**
     * Runs code in the sandbox's Jupyter kernel (state is kept between calls of
     * one sandbox): for snippet sessions in kernel languages. Exit codes do not
     * exist there; use `run` when they matter.
     */
    async runCode(code, opts = {}) {
        const execution = await this.sdk.runCode(code, {
            language: opts.language,
            envs: opts.envs,
            timeoutMs: opts.timeoutMs,
            onStdout: (m) => opts.onStdout?.(m.line),
            onStderr: (m) => opts.onStderr?.(m.line),
        });
        return {
            stdout: execution.logs.stdout.join(''),
            stderr: execution.logs.stderr.join(''),
            error: execution.error ? { name: execution.error.name, value: execution.error.value, traceback: execution.error.traceback } : undefined,
            results: execution.results.map((r) => r.text ?? '').filter(Boolean),
        };
    }
    billedSeconds() {
        return Math.max(1, Math.ceil(((this.endedAt ?? Date.now()) - this.createdAt) / 1000));
    }
    /** billedSeconds × the per-second rate, USD. */
    estimatedCostUsd() {
        return Math.round(this.billedSeconds() * this.provider.costPerSecondUsd * 1e6) / 1e6;
    }
    /** Kills the sandbox; every caller waits for the same kill. */
    destroy() {
        this.destroying ??= (async () => {
            this.killed = true;
            this.endedAt = Date.now();
            for (const abort of this.running)
                abort();
            this.provider.forget(this);
            if (this.release) {
                // Its bubblewrap sandbox is gone; its files go too, then its place.
                await Promise.race([this.sdk.commands.run(`rm -rf ${(0, shell_js_1.shellQuote)(this.dir)}`, { timeoutMs: 10_000 }).catch(() => undefined), (0, e2b_retry_js_1.sleep)(10_000)]);
                await this.release();
                return;
            }
            await this.provider.kill(this.id);
        })();
        return this.destroying;
    }
}
exports.E2BSandbox = E2BSandbox;


/***/ }),

/***/ 1400:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The one door to @e2b/code-interpreter: the SDK is a large module, loaded
// only when the E2B provider is used; every client this tool makes is bound
// to the configured key and URLs (never the host env beyond E2B_*); and the
// one adapter around an SDK internal (keepNoOutputCopy) lives here.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadSdk = loadSdk;
exports.newClient = newClient;
exports.keepNoOutputCopy = keepNoOutputCopy;
const importSdk = () => __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 1627, 23));
/** The SDK's own wait on a 429 with Retry-After happens at most this often per call. */
const SDK_RATE_RETRIES = 2;
let sdk;
/** The SDK is a large module: the CLI loads it only when E2B is used. */
function loadSdk() {
    sdk ??= importSdk();
    return sdk;
}
/** An SDK client for `settings`' key and URLs. */
async function newClient(settings) {
    const { E2B } = await loadSdk();
    return new E2B({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, sandboxUrl: settings.sandboxUrl, retries: SDK_RATE_RETRIES });
}
/**
 * Makes `handle` keep no copy of what its command prints; the callbacks
 * given to commands.run (onStdout/onStderr) still get every chunk.
 *
 * e2b 2.51's CommandHandle appends each decoded chunk to its private
 * `_stdout`/`_stderr` (the source of `handle.stdout` and of wait()'s
 * CommandResult) on every public path that keeps the two streams apart:
 * commands.run, foreground or background, with or without callbacks, and
 * commands.connect. No option turns that off; pty.create keeps nothing, but
 * a pty merges stdout and stderr into one terminal stream. This tool reads
 * output only through the callbacks, so the copy is dead weight that a
 * program printing 200 MB grew by ~350 MiB of the tool's memory. This is the
 * one place that touches those fields; test/e2b/sdk-adapter.test.ts fails
 * when the SDK stops keeping its copy there (or renames the fields).
 */
function keepNoOutputCopy(handle) {
    for (const field of ['_stdout', '_stderr']) {
        if (typeof handle[field] !== 'string')
            continue;
        // An accessor that holds nothing: what was appended so far is let go, and
        // every later `+=` lands nowhere.
        Object.defineProperty(handle, field, { get: () => '', set: () => { }, configurable: true });
    }
}


/***/ }),

/***/ 5539:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// What an E2B template holds: the stock templates' tools are known, the
// template of e2b-template/ has every tool of the registry, and a custom
// template is asked once per run (one sandbox listing what it has).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TEMPLATE_TOOLS = exports.FULL_TEMPLATE = exports.DEFAULT_TEMPLATE = void 0;
exports.probeTemplateTools = probeTemplateTools;
exports.templateToolHint = templateToolHint;
const index_js_1 = __webpack_require__(2255);
const shell_js_1 = __webpack_require__(1680);
exports.DEFAULT_TEMPLATE = 'code-interpreter-v1';
/** The template this repository defines in e2b-template/ (all twelve toolchains). */
exports.FULL_TEMPLATE = 'sandbox-checks';
/**
 * What the stock templates ship (the code-interpreter template is python:3.13
 * with Node 20, OpenJDK and build-essential; `base` has no Java).
 */
exports.TEMPLATE_TOOLS = {
    [exports.DEFAULT_TEMPLATE]: ['python3', 'pip', 'node', 'npm', 'java', 'javac', 'gcc', 'g++', 'bash'],
    base: ['python3', 'pip', 'node', 'npm', 'gcc', 'g++', 'bash'],
    // e2b-template/ verifies at build time that it has every tool of the registry.
    [exports.FULL_TEMPLATE]: [...new Set(index_js_1.LANGUAGES.flatMap(index_js_1.toolsOf))],
};
const PROBE_SPEC = {
    name: '(toolchain probe)',
    language: 'bash',
    network: false,
    env: {},
    limits: { timeoutMs: 30_000, memoryBytes: 256 * 1024 ** 2, processes: 64, outputBytes: 65_536, fileSizeBytes: 1 << 20, openFiles: 256 },
};
/** A custom template: ask one sandbox which tools it has; undefined when that failed. */
async function probeTemplateTools(create, debug, template) {
    const all = exports.TEMPLATE_TOOLS[exports.FULL_TEMPLATE];
    let sandbox;
    try {
        sandbox = await create(PROBE_SPEC);
        let out = '';
        const script = `for t in ${all.map(shell_js_1.shellQuote).join(' ')}; do p=$(command -v "$t" 2>/dev/null) && [ -f "$p" ] && [ -x "$p" ] && echo "$t"; done; true`;
        const r = await sandbox.run({
            command: script,
            env: {},
            stdin: '',
            network: false,
            deadline: Date.now() + 30_000,
            onStdout: (b) => (out += b.toString()),
            onStderr: () => { },
            signal: new AbortController().signal,
        });
        if (r.exitCode !== 0)
            return undefined;
        return new Set(out.split('\n').map((s) => s.trim()).filter(Boolean));
    }
    catch (e) {
        debug(`toolchain probe of template ${template} failed: ${e.message}`);
        return undefined;
    }
    finally {
        await sandbox?.destroy();
    }
}
/** How to get a missing tool on E2B: which template to build or choose. */
function templateToolHint(template, language) {
    const label = (0, index_js_1.getLanguage)(language).label;
    if (template === exports.DEFAULT_TEMPLATE || template === 'base') {
        return `the E2B template "${template}" has Python, Node.js, Java, gcc/g++ and bash only. For ${label}, build the template in e2b-template/ (see docs/e2b.md) and set [e2b] template = "${exports.FULL_TEMPLATE}" (the Action input "template")`;
    }
    return `add it to the E2B template "${template}" (e2b-template/ has all twelve toolchains), or set [e2b] template = "…" to a template that has it`;
}


/***/ }),

/***/ 3001:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The E2B provider: each check in its own E2B cloud sandbox, made with
// @e2b/code-interpreter (loaded only when this provider is used), killed when
// the check ends, on Ctrl-C / a cancelled workflow, and — by run metadata — in
// the Action's post step (cleanupRun).
//
// This file is the provider (what index.ts loads); the parts are in
// e2b-create.ts (making sandboxes, run metadata, cleanup), e2b-sandbox.ts (one
// check's sandbox), e2b-commands.ts (one step), e2b-files.ts (the check's
// folder), e2b-errors.ts (SDK errors as sentences and results),
// e2b-templates.ts (which tools a template has), e2b-pack.ts (checks sharing
// a sandbox), e2b-retry.ts (backoff and pacing) and e2b-sdk.ts (the SDK).
//
// What reaches the sandbox: the check's files (in a fresh folder), the check's
// env, and the commands of the language registry. Nothing from the host's
// environment. Network follows the check (`allowInternetAccess`); a package
// install with the network off opens egress (to the configured package hosts
// only, else to the internet) for the install only, and closes it again
// before the program starts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.E2BProvider = exports.COST_PER_SECOND_USD = exports.TEMPLATE_TOOLS = exports.FULL_TEMPLATE = exports.DEFAULT_TEMPLATE = exports.explainE2BError = exports.TOOL_NAME = exports.META = exports.defaultRunId = exports.cleanupRun = void 0;
const index_js_1 = __webpack_require__(2255);
const e2b_retry_js_1 = __webpack_require__(8166);
const e2b_pack_js_1 = __webpack_require__(4723);
const e2b_create_js_1 = __webpack_require__(3502);
const e2b_errors_js_1 = __webpack_require__(9525);
const e2b_sandbox_js_1 = __webpack_require__(9883);
const e2b_sdk_js_1 = __webpack_require__(1400);
const e2b_templates_js_1 = __webpack_require__(5539);
const provider_js_1 = __webpack_require__(9545);
const catalog_js_1 = __webpack_require__(2733);
var e2b_create_js_2 = __webpack_require__(3502);
Object.defineProperty(exports, "cleanupRun", ({ enumerable: true, get: function () { return e2b_create_js_2.cleanupRun; } }));
Object.defineProperty(exports, "defaultRunId", ({ enumerable: true, get: function () { return e2b_create_js_2.defaultRunId; } }));
Object.defineProperty(exports, "META", ({ enumerable: true, get: function () { return e2b_create_js_2.META; } }));
Object.defineProperty(exports, "TOOL_NAME", ({ enumerable: true, get: function () { return e2b_create_js_2.TOOL_NAME; } }));
var e2b_errors_js_2 = __webpack_require__(9525);
Object.defineProperty(exports, "explainE2BError", ({ enumerable: true, get: function () { return e2b_errors_js_2.explainE2BError; } }));
var e2b_templates_js_2 = __webpack_require__(5539);
Object.defineProperty(exports, "DEFAULT_TEMPLATE", ({ enumerable: true, get: function () { return e2b_templates_js_2.DEFAULT_TEMPLATE; } }));
Object.defineProperty(exports, "FULL_TEMPLATE", ({ enumerable: true, get: function () { return e2b_templates_js_2.FULL_TEMPLATE; } }));
Object.defineProperty(exports, "TEMPLATE_TOOLS", ({ enumerable: true, get: function () { return e2b_templates_js_2.TEMPLATE_TOOLS; } }));
/**
 * Estimated price of one sandbox-second of the default template: 2 vCPU ×
 * $0.000014 + 2 GiB × $0.0000045 (E2B's published per-second rates).
 */
exports.COST_PER_SECOND_USD = 0.000037;
/** A packing sandbox lives as long as its checks need (each stretches it); this is only its first lifetime. */
const PACKED_HOST_LIMITS = { timeoutMs: 120_000, memoryBytes: 512 * 1024 ** 2, processes: 256, outputBytes: 1 << 20, fileSizeBytes: 1 << 20, openFiles: 256 };
class E2BProvider {
    settings;
    options;
    name = catalog_js_1.E2B_FACTS.name;
    label = catalog_js_1.E2B_FACTS.label;
    toolsWhere = catalog_js_1.E2B_FACTS.toolsWhere;
    defaultConcurrency = catalog_js_1.E2B_FACTS.defaultConcurrency;
    /** A create is a network round trip and a VM start: worth doing ahead. */
    createAhead = true;
    template;
    runId;
    costPerSecondUsd;
    retry;
    pacer;
    live = new Set();
    /** Creations in flight; destroyAll marks them so they are killed on arrival. */
    pending = new Set();
    /** A create timed out or a kill failed: sweep by metadata before leaving. */
    uncertain = false;
    clientPromise;
    probed;
    templateTools;
    warn;
    debug;
    /** [e2b] checks_per_sandbox > 1: checks without network share sandboxes. */
    packer;
    constructor(settings, options = {}) {
        this.settings = settings;
        this.options = options;
        const env = options.env ?? process.env;
        this.template = settings.template || e2b_templates_js_1.DEFAULT_TEMPLATE;
        this.runId = settings.runId || (0, e2b_create_js_1.defaultRunId)(env);
        this.costPerSecondUsd = settings.costPerSecondUsd ?? exports.COST_PER_SECOND_USD;
        this.retry = options.retry ?? e2b_retry_js_1.DEFAULT_RETRY;
        this.pacer = new e2b_retry_js_1.Pacer(settings.createIntervalMs ?? 1000);
        this.warn = options.warn ?? ((m) => process.stderr.write(`sandbox-checks: warning: ${m}\n`));
        this.debug = options.debug ?? (env.SANDBOX_CHECKS_DEBUG ? (m) => process.stderr.write(`sandbox-checks: e2b: ${m}\n`) : () => { });
        const per = settings.checksPerSandbox ?? 1;
        if (per > 1) {
            this.packer = new e2b_pack_js_1.Packer(per, () => this.createOwn({ name: '(packed checks)', language: 'bash', network: false, env: {}, limits: PACKED_HOST_LIMITS }), (host) => host.probeNested(), (host) => host.destroy(), (why) => this.warn(`[e2b] checks_per_sandbox = ${per}: bubblewrap does not work inside the E2B sandbox of template "${this.template}" (${why}); ` +
                'every check gets a sandbox of its own. Use a template with bubblewrap (e2b-template/) to pack checks'));
        }
    }
    /** An SDK client bound to this provider's key and URLs (never the host env beyond E2B_*). */
    client() {
        this.clientPromise ??= (0, e2b_sdk_js_1.newClient)(this.settings);
        return this.clientPromise;
    }
    probe() {
        this.probed ??= this.doProbe();
        return this.probed;
    }
    async doProbe() {
        if (!this.settings.apiKey) {
            throw new provider_js_1.SandboxUnavailableError('no E2B API key is configured.', 'Set E2B_API_KEY (or [e2b] api_key = "${E2B_API_KEY}" in the config), or use --provider local.');
        }
        const client = await this.client();
        try {
            // One cheap authenticated call: a wrong key fails every check up front
            // with one clear message instead of once per check.
            await (0, e2b_retry_js_1.withRetries)(() => client.Sandbox.list({ limit: 1, query: { state: ['running'] } }).nextItems(), this.retry);
        }
        catch (e) {
            const last = e instanceof e2b_retry_js_1.RetriesExhausted ? e.last : e;
            throw new provider_js_1.SandboxUnavailableError((0, e2b_errors_js_1.explainE2BError)(last, this.settings, 'list sandboxes'));
        }
    }
    /** Lines for `sandbox-checks doctor`. */
    describe() {
        return [
            `template: ${this.template}${this.template === e2b_templates_js_1.DEFAULT_TEMPLATE ? ' (default)' : ''}`,
            `api: ${this.settings.apiUrl ?? process.env.E2B_API_URL ?? 'https://api.e2b.app'}`,
            `run id: ${this.runId} (sandbox metadata ${e2b_create_js_1.META.run}=…)`,
            `cost estimate: $${this.costPerSecondUsd} per sandbox-second`,
            `package installs of checks without network: egress to ${this.settings.packageHosts?.length ? this.settings.packageHosts.join(', ') : 'the internet ([e2b] package_hosts narrows it)'}, for the install only`,
        ];
    }
    /** Tools the template has; undefined when they could not be learnt. */
    toolsOfTemplate() {
        const known = e2b_templates_js_1.TEMPLATE_TOOLS[this.template];
        if (known)
            return Promise.resolve(new Set(known));
        this.templateTools ??= (0, e2b_templates_js_1.probeTemplateTools)((spec) => this.create(spec), this.debug, this.template);
        return this.templateTools;
    }
    async missingTools(_language, tools) {
        const have = await this.toolsOfTemplate();
        // Unknown (the probe failed): let the run itself say what is wrong.
        if (!have)
            return [];
        return tools.filter((t) => !have.has(t));
    }
    toolHint(language, _tools) {
        return (0, e2b_templates_js_1.templateToolHint)(this.template, language);
    }
    async doctor() {
        const have = await this.toolsOfTemplate();
        return index_js_1.LANGUAGES.map((lang) => {
            const missing = have ? lang.tools.filter((t) => !have.has(t)) : [];
            return {
                language: lang.id,
                available: missing.length === 0,
                missing,
                detail: !have
                    ? `template ${this.template}: could not list its tools`
                    : missing.length
                        ? `missing ${missing.join(', ')}: ${this.toolHint(lang.id, missing)}`
                        : `template ${this.template}`,
            };
        });
    }
    async create(spec) {
        if (this.packer && !spec.network && !spec.installs) {
            const lease = await this.packer.lease();
            if (lease) {
                const packed = lease.sandbox.packedCheck(spec, lease.release);
                this.live.add(packed);
                return packed;
            }
        }
        return this.createOwn(spec);
    }
    /** A sandbox of its own for one check (or for a packer's checks). */
    async createOwn(spec) {
        const client = await this.client();
        const token = { cancelled: false, stop: new AbortController() };
        this.pending.add(token);
        let made;
        try {
            made = await (0, e2b_create_js_1.createSdkSandbox)(this.createContext(client), spec, token);
        }
        finally {
            this.pending.delete(token);
        }
        const sandbox = new e2b_sandbox_js_1.E2BSandbox(this, made.sdkSandbox, spec, { expiresAt: made.requestedAt + made.lifetimeMs }, made.attempts);
        if (token.cancelled) {
            await sandbox.destroy();
            throw new Error('the run was cancelled while the sandbox was being created');
        }
        this.live.add(sandbox);
        return sandbox;
    }
    createContext(client) {
        return {
            client,
            settings: this.settings,
            template: this.template,
            runId: this.runId,
            retry: this.retry,
            pacer: this.pacer,
            createTimeoutMs: this.options.createTimeoutMs ?? e2b_create_js_1.CREATE_TIMEOUT_MS,
            debug: this.debug,
            markUncertain: () => (this.uncertain = true),
        };
    }
    forget(s) {
        this.live.delete(s);
    }
    /** Kills one sandbox, retrying transient failures; false when it could not be killed. */
    async kill(id) {
        const client = await this.client();
        try {
            await (0, e2b_retry_js_1.withRetries)(() => client.Sandbox.kill(id), { attempts: 3, baseMs: 300, capMs: 2000 });
            return true;
        }
        catch (e) {
            this.uncertain = true;
            const last = e instanceof e2b_retry_js_1.RetriesExhausted ? e.last : e;
            this.warn(`could not kill E2B sandbox ${id}: ${last?.message ?? last}. It ends by itself at its timeout; ` +
                `the Action's post step (or cleanupRun) kills what is left of run ${this.runId}.`);
            return false;
        }
    }
    async destroyAll() {
        for (const p of this.pending) {
            p.cancelled = true;
            p.stop.abort();
        }
        await Promise.all([...this.live].map((s) => s.destroy()));
        await this.packer?.closeAll();
    }
    /** Called by the engine when a run ends: nothing of this run may stay alive. */
    async dispose() {
        await this.destroyAll();
        if (this.uncertain && this.settings.apiKey) {
            this.uncertain = false;
            try {
                const r = await (0, e2b_create_js_1.cleanupRun)(this.settings, this.runId, { warn: this.warn });
                if (r.killed)
                    this.debug(`cleanup killed ${r.killed} leftover sandbox(es) of run ${this.runId}`);
            }
            catch (e) {
                this.warn(`could not list this run's sandboxes for cleanup: ${e.message}`);
            }
        }
    }
    /** Sandboxes this provider believes alive (for tests and the report). */
    liveIds() {
        return [...this.live].map((s) => s.id);
    }
}
exports.E2BProvider = E2BProvider;


/***/ })

};
