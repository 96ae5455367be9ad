export const id = 222;
export const ids = [222];
export const modules = {

/***/ 57830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ installFailure)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);
// What a failed package install tells the person: one wording whether the
// install ran in the check's own sandbox or once for a shared layer, so the
// message of every check that needed it is the same sentence.

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
            message: `${what} did not finish within the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(budgetMs)} install timeout; every process it started was killed (raise install_timeout for check "${checkName}" or in [defaults])`,
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

/***/ 19222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rM: () => (/* binding */ LayerStore),
/* harmony export */   vb: () => (/* binding */ layerCacheSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_LAYER_MAX_AGE_MS, DEFAULT_LAYER_MAX_BYTES, layerKey, installInputs */
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55414);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30351);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61996);
/* harmony import */ var _install_failure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57830);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40789);
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








const DEFAULT_LAYER_MAX_AGE_MS = 14 * 24 * 3_600_000;
const DEFAULT_LAYER_MAX_BYTES = 4 * 1024 ** 3;
/** Temp folders of installs that never finished (a killed run) are removed after this long. */
const STALE_TEMP_MS = 3_600_000;
const META = 'layer.json';
function layerKey(parts) {
    return (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256').update(JSON.stringify({ format: 1, ...parts })).digest('hex').slice(0, 40);
}
const sha256 = (b) => (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256').update(b).digest('hex');
/**
 * The check's files an install reads: the installer's own (lock and project
 * files) and every file a package or a project file names, itself or as a
 * folder (`./pkg`, `file:vendor/x.tgz`, `.`, a local path in go.mod), since
 * those are installed from the workspace.
 */
function installInputs(files, packages, reads, sources = []) {
    const named = [...packages, ...sources].map((p) => node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(p.replace(/^file:/, '').replace(/^\/workspace(\/|$)/, './')).replace(/\/+$/, ''));
    const wanted = (f) => reads.includes(f) || named.some((n) => n === '.' || f === n || f.startsWith(`${n}/`));
    return files.filter((f) => wanted(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(f.path))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function isInside(child, parent) {
    return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}
/** The real path of `p`, or of its nearest existing parent joined with the rest. */
function realish(p) {
    let head = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(p);
    const rest = [];
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(head), ...rest);
        }
        catch {
            if (head === node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(head))
                return node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(p);
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(head));
            head = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(head);
        }
    }
}
/** The cache the workflow's env asks for (trusted: the job's env, never the repository's files). */
function layerCacheSettings(env = process.env, cwd = process.cwd()) {
    const maxAgeMs = (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)(env.SANDBOX_CHECKS_LAYER_CACHE_MAX_AGE?.trim() || undefined) ?? DEFAULT_LAYER_MAX_AGE_MS;
    const maxBytes = (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSize */ .DB)(env.SANDBOX_CHECKS_LAYER_CACHE_MAX_SIZE?.trim() || undefined) ?? DEFAULT_LAYER_MAX_BYTES;
    const setting = (env.SANDBOX_CHECKS_LAYER_CACHE ?? '').trim();
    if (['off', '0', 'false', 'no'].includes(setting.toLowerCase()))
        return { maxAgeMs, maxBytes };
    if (setting && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(setting)) {
        return { maxAgeMs, maxBytes, warning: `SANDBOX_CHECKS_LAYER_CACHE is "${setting}"; it must be "off" or an absolute folder, so package layers are kept for this run only` };
    }
    const base = env.XDG_CACHE_HOME && node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_2___default().homedir(), '.cache');
    const root = setting || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, 'sandbox-checks', 'layers');
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
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir).isDirectory() || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META)).isFile())
            return false;
        if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META), 'utf8')).key !== key)
            return false;
        return outputs.every((o) => {
            let p = dir;
            return o.split('/').every((part) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)((p = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(p, part))).isDirectory());
        });
    }
    catch {
        return false;
    }
}
/** Bytes a tree takes on disk; never follows links. */
function diskBytes(p) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p);
    let n = st.blocks * 512;
    if (st.isDirectory())
        for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(p))
            n += diskBytes(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(p, e));
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.runRoot, { recursive: true, force: true });
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
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true, mode: 0o700 });
                    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(root);
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
        this.runRoot ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'sandbox-checks-layers-'));
        return this.runRoot;
    }
    async build(key, parts, outputs, c) {
        const root = this.root();
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, key);
        const mounts = outputs.map((o) => ({ hostDir: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, o), path: o }));
        this.used.add(key);
        if (complete(dir, outputs, key)) {
            this.stats.fromCache++;
            this.kept.add(key);
            touch(dir);
            return { ok: true, mounts };
        }
        // Whatever is there is not a layer this run can trust (an interrupted copy by hand, a link): replaced.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        if (this.remote && (await this.restore(key, dir, outputs)))
            return { ok: true, mounts };
        const what = `installing ${parts.packages.join(', ')} with ${parts.installer}`;
        c.events.onNotice?.(c.check, what);
        this.stats.installs++;
        const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, `.tmp-${key.slice(0, 12)}-`));
        const output = new _output_js__WEBPACK_IMPORTED_MODULE_7__/* .StreamCapture */ .nb(4 << 20, undefined, undefined, 8 * 1024);
        const budget = c.check.limits.installTimeoutMs ?? _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LIMITS */ .dR.installTimeoutMs;
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
                : (0,_install_failure_js__WEBPACK_IMPORTED_MODULE_6__/* .installFailure */ .Y)(r, what, (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .streamText */ .gM)(output.result()), budget, c.check.name);
        }
        catch (e) {
            failure = { status: 'error', reason: 'sandbox_error', message: `${what} failed: ${e.message}` };
        }
        if (failure) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
            return { ok: false, ...failure, output: output.result() };
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, META), `${JSON.stringify({ key, ...parts, created: new Date().toISOString(), bytes: diskBytes(tmp) }, null, 2)}\n`);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, dir);
        }
        catch (e) {
            // Another run on this machine finished the same layer first: theirs is used.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
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
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(root)) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, name);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir);
            if (name.startsWith('.tmp-')) {
                if (now - st.mtimeMs > STALE_TEMP_MS)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
                continue;
            }
            if (!/^[0-9a-f]{40}$/.test(name))
                continue;
            let used = st.mtimeMs;
            let bytes = 0;
            try {
                const meta = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META));
                used = meta.mtimeMs;
                bytes = Number(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META), 'utf8')).bytes) || 0;
            }
            catch {
                /* no record: an old or broken entry, pruned by its age */
            }
            if (now - used > this.settings.maxAgeMs && !this.used.has(name))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
            else
                layers.push({ dir, used, bytes, key: name });
        }
        let total = layers.reduce((n, l) => n + l.bytes, 0);
        for (const l of layers.sort((a, b) => a.used - b.used)) {
            if (total <= this.settings.maxBytes)
                break;
            if (this.used.has(l.key))
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(l.dir, { recursive: true, force: true });
            total -= l.bytes;
        }
    }
}
/** A layer's last use, for pruning: the mtime of its record. */
function touch(dir) {
    const t = new Date();
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, META), t, t);
    }
    catch {
        /* read-only cache: pruned by creation time instead */
    }
}
const EMPTY = { head: '', tail: '', bytes: 0, truncated: false };
function cancelled() {
    return { ok: false, status: 'error', reason: 'cancelled', message: 'the run was cancelled while this check waited for its packages', output: EMPTY };
}


/***/ })

};
