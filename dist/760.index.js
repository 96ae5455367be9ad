export const id = 760;
export const ids = [760];
export const modules = {

/***/ 9760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionLayerCache: () => (/* binding */ actionLayerCache),
/* harmony export */   cacheEntryKey: () => (/* binding */ cacheEntryKey)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _engine_layers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19222);
/* harmony import */ var _trust_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43626);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33175);
// Package layers kept between workflow runs in the workflow cache service,
// through @actions/cache: the engine's RemoteLayerCache (src/engine/layers.ts)
// for the Action. One entry per layer, keyed
// `sandbox-checks-layer-<os>-<arch>-<layer key>`, restored by that exact key
// only (no restore-keys: a prefix match would hand a check a layer made for
// another package set).
//
// @actions/cache extracts an entry with `tar -P` relative to
// GITHUB_WORKSPACE, so an entry's paths may name any file the step can write;
// and it reads its settings from process.env. So each restore and save runs
// in a child process (this same entry, started with LAYER_CACHE_OP; the
// library is loaded only there: layer-cache-child.ts) with an env of its own,
// inside bubblewrap with the whole file system read-only except its own
// folders (for a restore: the staging folder it unpacks into and the one it
// downloads into). A restored tree is then taken only if it is exactly the
// layer's folder holding folders, files and links that stay inside it, with
// no set-id bits, and nothing was left beside it; the engine then checks its
// record names the key. Anything else is discarded and the check installs. A
// save that fails, or a restore that fails other than by a miss, is a
// warning (the library logs its failures rather than throwing them; the
// parent reads them from the child's workflow commands).







/** A restore or save that takes longer is ended; the check installs (or the layer stays unsaved). */
const OP_TIMEOUT_MS = 10 * 60_000;
/** The variables of the job's env the library reads; nothing else reaches the child. */
const PASSED = ['PATH', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_CACHE_MODE', 'GITHUB_SERVER_URL', 'SEGMENT_DOWNLOAD_TIMEOUT_MINS', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
function cacheEntryKey(layerKey, platform = process.platform, arch = process.arch) {
    return `sandbox-checks-layer-${platform}-${arch}-${layerKey}`;
}
/**
 * The workflow cache for package layers, or why there is none: the input is
 * false, the layer cache is off, or the job has no cache service (its env
 * lacks the runner's cache URL and token).
 */
function actionLayerCache(o) {
    if (!o.enabled)
        return { why: 'package-cache is false' };
    const settings = (0,_engine_layers_js__WEBPACK_IMPORTED_MODULE_4__/* .layerCacheSettings */ .vb)(o.env);
    if (!settings.root && !settings.warning)
        return { why: 'SANDBOX_CHECKS_LAYER_CACHE is off' };
    if (!(o.env.ACTIONS_RESULTS_URL || o.env.ACTIONS_CACHE_URL) || !o.env.ACTIONS_RUNTIME_TOKEN)
        return { why: 'this job has no workflow cache service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not set)' };
    return { cache: new WorkflowLayerCache(o) };
}
class WorkflowLayerCache {
    o;
    constructor(o) {
        this.o = o;
    }
    async restore(key, dir) {
        const staging = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir), `.tmp-restore-${key.slice(0, 12)}-`));
        try {
            const ws = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(staging, 'ws');
            const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(staging, 'tmp');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(ws);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(tmp);
            // Only these two are writable: a path of the entry's that leaves them fails to extract.
            const r = await this.child({ op: 'restore', key: cacheEntryKey(key), path: key }, ws, tmp, [ws, tmp]);
            if (r.code === _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_MISS */ .Yq) {
                if (r.problems.length)
                    throw new Error(r.problems.join('; '));
                return false;
            }
            if (r.code === _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_OTHER_KEY */ ._w)
                throw new Error('the cache service answered with an entry of another key');
            if (r.code !== _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_HIT */ .h9)
                throw new Error(r.problems.join('; ') || `the cache step ended with ${r.code ?? r.signal}`);
            const bad = unsafeEntry(ws, key) ?? (holdsFiles(tmp) ? 'it holds paths outside the layer\'s folder (in the download folder)' : undefined);
            if (bad)
                throw new Error(`the cache entry ${cacheEntryKey(key)} was not used: ${bad}`);
            // As root, tar gives files the archive's owners: the layer is made this user's, as an installed one is.
            if (process.getuid?.() === 0)
                ownAll(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(ws, key), 0, 0);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(ws, key), dir);
            return true;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staging, { recursive: true, force: true });
        }
    }
    async save(key, dir) {
        const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'sandbox-checks-cache-save-'));
        try {
            const r = await this.child({ op: 'save', key: cacheEntryKey(key), path: key }, node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir), tmp, [tmp]);
            if (r.code === _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_HIT */ .h9 && !r.problems.length)
                return;
            // The library tells why it could not reserve the entry only in its debug log; an entry that exists (another job saved it first) is no problem.
            const reserve = r.debug.find((d) => d.startsWith('Failed to reserve cache: '))?.slice(25);
            if (r.code === _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_MISS */ .Yq && !r.problems.length && reserve && /\(409\)|already exists/.test(reserve))
                return;
            // Nothing said and nothing saved: the runner's cache mode does not permit writes (a read-only token), which the library logs as info.
            if (r.code === _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_MISS */ .Yq && !r.problems.length && !reserve)
                return;
            throw new Error([...r.problems, ...(reserve ? [reserve] : [])].join('; ') || `the cache step ended with ${r.code ?? r.signal}`);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
        }
    }
    child(req, workspace, tmp, writable) {
        const env = { [_state_js__WEBPACK_IMPORTED_MODULE_6__/* .LAYER_CACHE_OP */ .r_]: JSON.stringify(req), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tmp, TMPDIR: tmp, HOME: tmp };
        // The library's reasons for a failed save are debug lines; a restore needs none (and would list the entry's names).
        if (req.op === 'save')
            env.RUNNER_DEBUG = '1';
        for (const k of PASSED)
            if (this.o.env[k] !== undefined)
                env[k] = this.o.env[k];
        const binds = writable.flatMap((w) => ['--bind', w, w]);
        const argv = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', ...binds, '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--die-with-parent', '--new-session', '--chdir', workspace, '--', ...this.o.command];
        return new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.o.bwrap ?? 'bwrap', argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
            let out = '';
            let err = '';
            child.stdout.on('data', (b) => (out = (out + b.toString('utf8')).slice(-256 * 1024)));
            child.stderr.on('data', (b) => (err = (err + b.toString('utf8')).slice(-16 * 1024)));
            const timer = setTimeout(() => child.kill('SIGKILL'), OP_TIMEOUT_MS);
            child.on('error', (e) => {
                clearTimeout(timer);
                resolve({ code: null, signal: null, problems: [`bubblewrap could not be started: ${e.message}`], debug: [] });
            });
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                const problems = problemsOf(out);
                if (code !== _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_HIT */ .h9 && code !== _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_MISS */ .Yq && code !== _state_js__WEBPACK_IMPORTED_MODULE_6__/* .CHILD_OTHER_KEY */ ._w && !problems.length && err.trim())
                    problems.push(err.trim().split('\n').slice(-3).join(' '));
                resolve({ code, signal, problems, debug: commandsOf(out, 'debug') });
            });
        });
    }
}
function ownAll(p, uid, gid) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lchownSync)(p, uid, gid);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p).isDirectory())
        for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(p))
            ownAll(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(p, e), uid, gid);
}
/** Whether a folder holds anything but empty folders (the library leaves its download folder behind, empty). */
function holdsFiles(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir).some((n) => {
        const p = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, n);
        return !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p).isDirectory() || holdsFiles(p);
    });
}
/** The warnings and errors the library wrote as workflow commands (its failures are logged, not thrown). */
function problemsOf(stdout) {
    return [...commandsOf(stdout, 'warning'), ...commandsOf(stdout, 'error')];
}
function commandsOf(stdout, command) {
    const out = [];
    for (const line of stdout.split(/\r?\n/)) {
        const m = /^::([a-z]+)(?: [^:]*)?::(.*)$/.exec(line);
        if (m && m[1] === command)
            out.push((0,_trust_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .unescapeCommandData */ .Ik)(m[2]).slice(0, 600));
    }
    return out;
}
/**
 * Why the extracted tree under `ws` is not exactly one layer folder `name`
 * of plain folders, files and links that resolve inside it (undefined: it is).
 */
function unsafeEntry(ws, name) {
    const top = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(ws);
    const stray = top.filter((n) => n !== name);
    if (stray.length)
        return `it holds paths outside the layer's folder (${stray.slice(0, 3).join(', ')})`;
    if (!top.length)
        return "it does not hold the layer's folder";
    const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(ws, name);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(root).isDirectory())
        return "the layer's folder is not a folder";
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    const inside = (p) => p === real || p.startsWith(`${real}/`) || p === root || p.startsWith(`${root}/`);
    const walk = (p) => {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(ws, p);
        if (st.mode & 0o6000)
            return `${rel} has a set-id bit`;
        if (st.isSymbolicLink()) {
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(p);
            // Where the link leads through every link on the way; a dangling one by its text.
            let resolved;
            try {
                resolved = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(p);
            }
            catch {
                resolved = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(p), target);
            }
            if (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(target) || !inside(resolved))
                return `${rel} is a link out of the layer (to ${target})`;
            return undefined;
        }
        if (st.isDirectory()) {
            for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(p)) {
                const bad = walk(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(p, e));
                if (bad)
                    return bad;
            }
            return undefined;
        }
        return st.isFile() ? undefined : `${rel} is not a file, folder or link`;
    };
    return walk(root);
}


/***/ })

};
