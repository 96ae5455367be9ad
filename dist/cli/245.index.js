export const id = 245;
export const ids = [245];
export const modules = {

/***/ 8953:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Per-check cgroups: the only way to cap memory without breaking V8, the JVM
// or Go (RLIMIT_AS kills their address-space reservations), to cap processes
// when running as root (RLIMIT_NPROC does not apply to uid 0), and to kill
// every process a check started, whatever it did to hide.
//
// cgroup v2 is used when this process may create a delegated subtree; v1 when
// the memory and pids hierarchies are writable (root in a container). When
// neither works, the provider falls back to rlimits (documented in README).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CgroupPool = void 0;
exports.cgroupManager = cgroupManager;
exports.sweepStale = sweepStale;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const ROOT = '/sys/fs/cgroup';
function read(file) {
    try {
        return (0, node_fs_1.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
function counter(text, key) {
    const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(text);
    return m ? Number(m[1]) : 0;
}
function pidsIn(dir) {
    return read(node_path_1.default.join(dir, 'cgroup.procs'))
        .split('\n')
        .filter(Boolean)
        .map(Number);
}
function killPids(dirs) {
    for (let round = 0; round < 50; round++) {
        let any = false;
        for (const dir of dirs) {
            for (const pid of pidsIn(dir)) {
                any = true;
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    /* already gone */
                }
            }
        }
        if (!any)
            return;
    }
}
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * A group stays busy until its killed processes are reaped, which for a
 * sandbox's orphans happens asynchronously (by the host's init), so removal
 * retries for up to about a second.
 */
function removeDir(dir) {
    for (let i = 0; i < 200; i++) {
        try {
            (0, node_fs_1.rmdirSync)(dir);
            return;
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return;
            killPids([dir]);
            if (i >= 10)
                Atomics.wait(pause, 0, 0, 5);
        }
    }
}
function ownV1Path(controller) {
    for (const line of read('/proc/self/cgroup').split('\n')) {
        const [, controllers, p] = line.split(':');
        if (controllers?.split(',').includes(controller))
            return p ?? '/';
    }
    return '/';
}
function v1() {
    const memBase = node_path_1.default.join(ROOT, 'memory', ownV1Path('memory'));
    const pidsBase = node_path_1.default.join(ROOT, 'pids', ownV1Path('pids'));
    if (!(0, node_fs_1.existsSync)(node_path_1.default.join(memBase, 'memory.limit_in_bytes')) || !(0, node_fs_1.existsSync)(node_path_1.default.join(pidsBase, 'cgroup.procs'))) {
        return undefined;
    }
    const probe = `sandbox-checks-probe-${process.pid}`;
    try {
        (0, node_fs_1.mkdirSync)(node_path_1.default.join(memBase, probe));
        (0, node_fs_1.rmdirSync)(node_path_1.default.join(memBase, probe));
        (0, node_fs_1.mkdirSync)(node_path_1.default.join(pidsBase, probe));
        (0, node_fs_1.rmdirSync)(node_path_1.default.join(pidsBase, probe));
    }
    catch {
        return undefined;
    }
    return {
        version: 1,
        list: () => (0, node_fs_1.readdirSync)(pidsBase).filter((n) => n.startsWith('sc-')),
        removeStale: (id) => {
            for (const dir of [node_path_1.default.join(pidsBase, id), node_path_1.default.join(memBase, id)]) {
                if (pidsIn(dir).length === 0)
                    removeDir(dir);
            }
        },
        create(id, memoryBytes, processes) {
            const mem = node_path_1.default.join(memBase, id);
            const pids = node_path_1.default.join(pidsBase, id);
            (0, node_fs_1.mkdirSync)(mem);
            (0, node_fs_1.mkdirSync)(pids);
            const setLimits = (memoryBytes, processes) => {
                // memsw must stay >= the memory limit, so order the writes by direction.
                const memsw = node_path_1.default.join(mem, 'memory.memsw.limit_in_bytes');
                const limit = node_path_1.default.join(mem, 'memory.limit_in_bytes');
                const current = Number(read(limit)) || 0;
                const writes = memoryBytes >= current ? [memsw, limit] : [limit, memsw];
                for (const f of writes) {
                    try {
                        (0, node_fs_1.writeFileSync)(f, String(memoryBytes));
                    }
                    catch (e) {
                        if (f === limit)
                            throw e; // no swap accounting: nothing more to cap
                    }
                }
                (0, node_fs_1.writeFileSync)(node_path_1.default.join(pids, 'pids.max'), String(processes));
            };
            setLimits(memoryBytes, processes);
            return {
                setLimits,
                procsFiles: [node_path_1.default.join(mem, 'cgroup.procs'), node_path_1.default.join(pids, 'cgroup.procs')],
                counters: () => ({
                    oomKills: counter(read(node_path_1.default.join(mem, 'memory.oom_control')), 'oom_kill'),
                    pidsMaxHits: counter(read(node_path_1.default.join(pids, 'pids.events')), 'max'),
                }),
                killAll: () => killPids([pids, mem]),
                remove: () => {
                    removeDir(pids);
                    removeDir(mem);
                },
            };
        },
    };
}
function v2() {
    if (!(0, node_fs_1.existsSync)(node_path_1.default.join(ROOT, 'cgroup.controllers')))
        return undefined;
    // Our own subtree, so limits never touch the service we run under.
    const base = node_path_1.default.join(ROOT, 'sandbox-checks');
    try {
        const enabled = read(node_path_1.default.join(ROOT, 'cgroup.subtree_control'));
        if (!/\bmemory\b/.test(enabled) || !/\bpids\b/.test(enabled)) {
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(ROOT, 'cgroup.subtree_control'), '+memory +pids');
        }
        (0, node_fs_1.mkdirSync)(base, { recursive: true });
        (0, node_fs_1.writeFileSync)(node_path_1.default.join(base, 'cgroup.subtree_control'), '+memory +pids');
    }
    catch {
        return undefined;
    }
    return {
        version: 2,
        list: () => (0, node_fs_1.readdirSync)(base).filter((n) => n.startsWith('sc-')),
        removeStale: (id) => {
            const dir = node_path_1.default.join(base, id);
            if (pidsIn(dir).length === 0)
                removeDir(dir);
        },
        create(id, memoryBytes, processes) {
            const dir = node_path_1.default.join(base, id);
            (0, node_fs_1.mkdirSync)(dir);
            const setLimits = (memoryBytes, processes) => {
                (0, node_fs_1.writeFileSync)(node_path_1.default.join(dir, 'memory.max'), String(memoryBytes));
                (0, node_fs_1.writeFileSync)(node_path_1.default.join(dir, 'pids.max'), String(processes));
            };
            setLimits(memoryBytes, processes);
            try {
                (0, node_fs_1.writeFileSync)(node_path_1.default.join(dir, 'memory.swap.max'), '0');
            }
            catch {
                /* no swap controller */
            }
            return {
                setLimits,
                procsFiles: [node_path_1.default.join(dir, 'cgroup.procs')],
                counters: () => ({
                    oomKills: counter(read(node_path_1.default.join(dir, 'memory.events')), 'oom_kill'),
                    pidsMaxHits: counter(read(node_path_1.default.join(dir, 'pids.events')), 'max'),
                }),
                killAll: () => {
                    try {
                        (0, node_fs_1.writeFileSync)(node_path_1.default.join(dir, 'cgroup.kill'), '1');
                    }
                    catch {
                        /* kernels before 5.14 have no cgroup.kill */
                    }
                    killPids([dir]);
                },
                remove: () => removeDir(dir),
            };
        },
    };
}
let detected;
/** The usable cgroup manager, or null when limits must fall back to rlimits. */
function cgroupManager() {
    if (detected === undefined) {
        detected = process.env.SANDBOX_CHECKS_NO_CGROUPS === '1' ? null : (v1() ?? v2() ?? null);
    }
    return detected;
}
/**
 * Removing a memory cgroup that was charged pages costs tens of milliseconds
 * (the kernel offlines it synchronously), more than a trivial check takes. So
 * groups are reused, one check at a time each, and removed once at the end.
 */
class CgroupPool {
    manager;
    prefix;
    free = [];
    all = [];
    seq = 0;
    constructor(manager, prefix = `sc-${process.pid.toString(16)}`) {
        this.manager = manager;
        this.prefix = prefix;
        sweepStale(manager);
    }
    acquire(memoryBytes, processes) {
        let entry = this.free.pop();
        if (entry)
            entry.group.setLimits(memoryBytes, processes);
        else {
            const id = `${this.prefix}-${(this.seq++).toString(16)}`;
            entry = { id, group: this.manager.create(id, memoryBytes, processes) };
            this.all.push(entry.group);
        }
        const { group } = entry;
        const base = group.counters();
        let released = false;
        return {
            procsFiles: group.procsFiles,
            counters: () => {
                const now = group.counters();
                return { oomKills: now.oomKills - base.oomKills, pidsMaxHits: now.pidsMaxHits - base.pidsMaxHits };
            },
            killAll: () => group.killAll(),
            setLimits: (m, p) => group.setLimits(m, p),
            release: () => {
                if (released)
                    return;
                released = true;
                group.killAll();
                this.free.push(entry);
            },
        };
    }
    /** Removes every group; called when the run ends. */
    dispose() {
        for (const g of this.all.splice(0))
            g.remove();
        this.free.length = 0;
    }
}
exports.CgroupPool = CgroupPool;
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Groups are named sc-<owner pid in hex>-…; those of dead owners are removed. */
function sweepStale(manager) {
    for (const id of manager.list()) {
        const owner = /^sc-([0-9a-f]+)-/.exec(id);
        if (owner ? !alive(parseInt(owner[1], 16)) : /^sc-[0-9a-f]{12}$/.test(id))
            manager.removeStale(id);
    }
}


/***/ }),

/***/ 8657:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Without a cgroup to empty, the only handle on a killed sandbox is its pid
// namespace: once the namespace's init (bwrap's child) is gone, every process
// of the check is gone too (the kernel kills the rest and waits for them
// before the init exits). SIGKILL is asynchronous, so the provider waits for
// that before it reports the step as ended and removes the workspace.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.childrenOf = childrenOf;
exports.isAlive = isAlive;
exports.waitGone = waitGone;
const node_fs_1 = __webpack_require__(3024);
/** State and start time from /proc/PID/stat, or undefined when the pid is gone. */
function stat(pid) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], ppid: Number(fields[1]), start: fields[19] };
}
/** The children of `pid` now. */
function childrenOf(pid) {
    let tids;
    try {
        tids = (0, node_fs_1.readdirSync)(`/proc/${pid}/task`);
    }
    catch {
        return [];
    }
    let pids;
    try {
        pids = tids.flatMap((tid) => (0, node_fs_1.readFileSync)(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    }
    catch {
        // Kernels without CONFIG_PROC_CHILDREN: scan every process.
        pids = (0, node_fs_1.readdirSync)('/proc')
            .filter((d) => /^\d+$/.test(d))
            .map(Number)
            .filter((p) => stat(p)?.ppid === pid);
    }
    return pids.flatMap((p) => {
        const s = stat(p);
        return s ? [{ pid: p, start: s.start }] : [];
    });
}
/** True while the process runs (a zombie has ended; a reused pid is another process). */
function isAlive(p) {
    const s = stat(p.pid);
    return !!s && s.start === p.start && s.state !== 'Z' && s.state !== 'X';
}
/** Resolves once none of `procs` runs any more, or after `maxMs`. */
async function waitGone(procs, maxMs = 2000) {
    const until = Date.now() + maxMs;
    while (procs.some(isAlive) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 5));
}


/***/ }),

/***/ 2022:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Finds the host toolchains a sandbox needs and the folders to mount read-only
// for them. Version-manager shims (pyenv, rustup) are resolved to the real
// toolchain so the sandbox never needs the runner's home.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SYSTEM_ROOTS = void 0;
exports.searchPath = searchPath;
exports.which = which;
exports.locateTool = locateTool;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const node_util_1 = __webpack_require__(7975);
const run = (0, node_util_1.promisify)(node_child_process_1.execFile);
/** Folders the sandbox always gets read-only; tools inside need no extra mount. */
exports.SYSTEM_ROOTS = ['/usr', '/bin', '/sbin', '/lib', '/lib64', '/lib32'];
function isExecutable(p) {
    try {
        (0, node_fs_1.accessSync)(p, node_fs_1.constants.X_OK);
        return (0, node_fs_1.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/**
 * PATH as a toolchain search path: project-local tool folders (node_modules/.bin,
 * which npm scripts put first) are never toolchains for checked code, and
 * mounting them would expose the repository.
 */
function searchPath(envPath = process.env.PATH ?? '') {
    return envPath
        .split(':')
        .filter((d) => d && node_path_1.default.isAbsolute(d) && !d.split(node_path_1.default.sep).includes('node_modules'));
}
function which(tool, dirs = searchPath()) {
    for (const dir of dirs) {
        const candidate = node_path_1.default.join(dir, tool);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
function underSystemRoot(p) {
    return exports.SYSTEM_ROOTS.some((r) => p === r || p.startsWith(`${r}/`));
}
/** The folder to mount for a binary: its toolchain root, never a home or the repo. */
function mountRootFor(binary) {
    if (underSystemRoot(binary))
        return undefined;
    const binDir = node_path_1.default.dirname(binary);
    const root = node_path_1.default.basename(binDir) === 'bin' ? node_path_1.default.dirname(binDir) : binDir;
    const home = node_os_1.default.homedir();
    const cwd = process.cwd();
    const tooWide = root === '/' || root === home || home.startsWith(`${root}/`) || cwd === root || cwd.startsWith(`${root}/`);
    return tooWide ? binDir : root;
}
async function output(cmd, args) {
    try {
        const { stdout } = await run(cmd, args, { timeout: 10_000, env: process.env });
        return stdout.trim();
    }
    catch {
        return undefined;
    }
}
/** Tools whose PATH entry is a shim: ask the tool where it really lives. */
const RESOLVERS = {
    python3: (found) => output(found, ['-c', 'import sys; print(sys.executable)']),
    rustc: async (found) => {
        const sysroot = await output(found, ['--print', 'sysroot']);
        return sysroot ? node_path_1.default.join(sysroot, 'bin', 'rustc') : undefined;
    },
    cargo: async () => {
        const rustc = which('rustc');
        const sysroot = rustc ? await output(rustc, ['--print', 'sysroot']) : undefined;
        return sysroot ? node_path_1.default.join(sysroot, 'bin', 'cargo') : undefined;
    },
};
/** Extra roots a toolchain needs beside its binary's folder. */
function companionMounts(binary) {
    // The JVM and the Go toolchain find their libraries relative to the real binary.
    const mounts = [];
    const rootOf = mountRootFor(binary);
    if (rootOf)
        mounts.push(rootOf);
    return mounts;
}
const cache = new Map();
function locateTool(tool) {
    let found = cache.get(tool);
    if (!found) {
        found = locate(tool);
        cache.set(tool, found);
    }
    return found;
}
async function locate(tool) {
    const onPath = which(tool);
    if (!onPath)
        return undefined;
    let binary = onPath;
    const resolver = RESOLVERS[tool];
    if (resolver) {
        const real = await resolver(onPath);
        if (real && isExecutable(real))
            binary = real;
    }
    let real;
    try {
        real = (0, node_fs_1.realpathSync)(binary);
    }
    catch {
        return undefined;
    }
    // Keep the name the tool was called by (python3, not python3.11) but in the
    // real folder, so `python3 -m pip` and siblings resolve inside the toolchain.
    // A PATH entry under the read-only system folders works as it is (npm's
    // /usr/bin/npm link needs its own name to find its files); elsewhere the
    // real folder is mounted and used.
    const binDir = binary !== onPath ? node_path_1.default.dirname(binary) : underSystemRoot(node_path_1.default.dirname(onPath)) ? node_path_1.default.dirname(onPath) : node_path_1.default.dirname(real);
    const mounts = new Set(companionMounts(real));
    if (binary !== real)
        for (const m of companionMounts(binary))
            mounts.add(m);
    return { tool, binary: node_path_1.default.join(binDir, node_path_1.default.basename(binary)), binDir, mounts: [...mounts] };
}


/***/ }),

/***/ 5857:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The local workspace is a host folder, so what a check writes there lands on
// the runner's disk. RLIMIT_FSIZE caps one file, not how many: without a
// quota a check could fill the disk (about 1 GB a second here) or its inodes
// before its deadline. A watch measures the folder while a step runs and ends
// the step once it holds more than the quota.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_WORKSPACE_QUOTA = void 0;
exports.workspaceUsage = workspaceUsage;
exports.watchWorkspace = watchWorkspace;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
/** Generous enough for package installs (numpy, a node_modules tree), small enough to keep a runner's disk. */
exports.DEFAULT_WORKSPACE_QUOTA = { bytes: 2 * 1024 ** 3, entries: 100_000 };
/**
 * Disk use of a folder, counted only until it passes the quota, so measuring a
 * huge tree costs no more than the quota. Never follows symbolic links; a
 * folder that cannot be read is skipped.
 */
function workspaceUsage(dir, quota) {
    let bytes = 0;
    let entries = 0;
    const stack = [dir];
    while (stack.length) {
        const d = stack.pop();
        let handle;
        try {
            handle = (0, node_fs_1.opendirSync)(d);
        }
        catch {
            continue;
        }
        try {
            for (let e = handle.readSync(); e !== null; e = handle.readSync()) {
                entries++;
                const p = node_path_1.default.join(d, e.name);
                if (e.isDirectory())
                    stack.push(p);
                else if (e.isFile()) {
                    try {
                        bytes += (0, node_fs_1.lstatSync)(p).blocks * 512;
                    }
                    catch {
                        /* removed meanwhile */
                    }
                }
                if (entries > quota.entries || bytes > quota.bytes)
                    return { bytes, entries, over: true };
            }
        }
        catch {
            /* the folder went away while it was read */
        }
        finally {
            handle.closeSync();
        }
    }
    return { bytes, entries, over: false };
}
/**
 * Measures `dir` while a step runs and calls `onOver` once it holds more than
 * the quota. Measuring is synchronous but bounded by the quota; the next
 * measurement waits at least 20 times as long as the last one took, so the
 * watch never takes more than about 5% of the event loop.
 */
function watchWorkspace(dir, quota, onOver, everyMs = 500) {
    let timer;
    let stopped = false;
    const tick = () => {
        if (stopped)
            return;
        const started = Date.now();
        const usage = workspaceUsage(dir, quota);
        if (usage.over) {
            stopped = true;
            onOver(usage);
            return;
        }
        timer = setTimeout(tick, Math.max(everyMs, (Date.now() - started) * 20));
        timer.unref();
    };
    timer = setTimeout(tick, everyMs);
    timer.unref();
    return () => {
        stopped = true;
        clearTimeout(timer);
    };
}


/***/ }),

/***/ 245:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The local provider: each check in bubblewrap on this machine. New user, pid,
// ipc, uts, cgroup and net namespaces; host toolchains read-only; a private
// workspace holding only the check's files; a cleared environment; rlimits and
// (where writable) a cgroup for memory and processes. The parent enforces the
// wall-clock deadline and kills everything the check started.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LocalProvider = exports.WORKSPACE = void 0;
exports.bwrapArgs = bwrapArgs;
exports.bwrapRemediation = bwrapRemediation;
exports.shellLine = shellLine;
const node_child_process_1 = __webpack_require__(1421);
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const registry_js_1 = __webpack_require__(4112);
const local_cgroups_js_1 = __webpack_require__(8953);
const local_toolchains_js_1 = __webpack_require__(2022);
const local_procs_js_1 = __webpack_require__(8657);
const local_workspace_js_1 = __webpack_require__(5857);
const provider_js_1 = __webpack_require__(9545);
exports.WORKSPACE = '/workspace';
const SANDBOX_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** /etc entries toolchains read; nothing that identifies or configures the host. */
const ETC_ALLOW = [
    'alternatives', 'ld.so.cache', 'ld.so.conf', 'ld.so.conf.d', 'ssl', 'ca-certificates', 'localtime', 'nsswitch.conf',
    'protocols', 'services', 'mime.types', 'mono', 'php', 'fonts', 'java-17-openjdk', 'java-21-openjdk', 'java-11-openjdk',
    'java-25-openjdk', 'ruby', 'gai.conf', 'host.conf',
];
/** Needed only when a step has the network. */
const ETC_NETWORK = ['resolv.conf', 'hosts'];
/** Signal numbers bwrap reports as 128+n. */
const SIGNALS = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
    9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};
/** The bubblewrap argument list: pure, so the isolation rules can be read and tested. */
function bwrapArgs(o) {
    const args = ['--unshare-all', '--unshare-user', '--die-with-parent', '--new-session', '--clearenv', '--cap-drop', 'ALL'];
    if (o.disableUserns)
        args.push('--disable-userns');
    if (o.network)
        args.push('--share-net');
    args.push('--hostname', 'sandbox');
    args.push('--ro-bind', '/usr', '/usr');
    for (const dir of ['bin', 'sbin', 'lib', 'lib64', 'lib32']) {
        if ((0, node_fs_1.existsSync)(`/${dir}`))
            args.push('--symlink', `usr/${dir}`, `/${dir}`);
    }
    for (const name of [...ETC_ALLOW, ...(o.network ? ETC_NETWORK : [])]) {
        args.push('--ro-bind-try', `/etc/${name}`, `/etc/${name}`);
    }
    args.push('--ro-bind', node_path_1.default.join(o.etcDir, 'passwd'), '/etc/passwd');
    args.push('--ro-bind', node_path_1.default.join(o.etcDir, 'group'), '/etc/group');
    for (const m of o.mounts)
        args.push('--ro-bind', m, m);
    args.push('--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp', '--tmpfs', '/var/tmp', '--tmpfs', '/home');
    args.push('--dir', '/home/sandbox');
    args.push('--bind', o.workspace, exports.WORKSPACE, '--chdir', exports.WORKSPACE);
    // The sandbox's own root (where /etc lives) is read-only too; only the
    // workspace, /tmp, /var/tmp and /home can be written.
    args.push('--remount-ro', '/');
    const env = {
        PATH: [...o.pathDirs, SANDBOX_PATH].join(':'),
        HOME: '/home/sandbox',
        LANG: 'C.UTF-8',
        TMPDIR: '/tmp',
        ...o.env,
    };
    for (const [k, v] of Object.entries(env))
        args.push('--setenv', k, v);
    return args;
}
/** The fix for a bwrap that cannot create namespaces, as exact commands. */
function bwrapRemediation(stderr) {
    if (/uid map|Permission denied|Operation not permitted|RTM_NEWADDR|No permissions to create/.test(stderr)) {
        return [
            'User namespaces are blocked on this machine (Ubuntu 24.04 restricts them with AppArmor). Fix it with:',
            '  sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0',
            'or, to allow only bubblewrap, install an AppArmor profile:',
            "  printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile bwrap /usr/bin/bwrap flags=(unconfined) {\\n  userns,\\n}\\n' | sudo tee /etc/apparmor.d/bwrap && sudo systemctl reload apparmor",
            'Or use E2B sandboxes instead: set E2B_API_KEY.',
        ].join('\n');
    }
    return 'Check that bubblewrap works with: bwrap --unshare-all --ro-bind / / true';
}
const LIMIT_SIGNALS = { SIGXCPU: 'cpu_time', SIGXFSZ: 'file_size' };
const LAUNCHER_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
/** Joins the check's cgroups, then execs the sandbox: every process the check starts is counted and can be killed. */
const LAUNCH = 'for f in "$@"; do case "$f" in --) shift; break;; esac; echo $$ > "$f" || exit 125; shift; done; exec "$@"';
/**
 * The same, started before its check: moving a process into a v1 memory
 * cgroup takes ~10 ms on some kernels, so it is done ahead of time, and the
 * launcher then waits for its command line on fd 3.
 */
const LAUNCH_AHEAD = 'for f in "$@"; do echo $$ > "$f" || exit 125; done; NL=$(printf "\\nx"); NL=${NL%x}; IFS= read -r line <&3 || exit 124; exec 3<&-; eval "exec $line"';
/** One line of shell words for LAUNCH_AHEAD's eval: single-quoted, newlines as $NL. */
function shellLine(words) {
    return words.map((w) => `'${w.replace(/'/g, `'\\''`).replace(/\n/g, `'"$NL"'`)}'`).join(' ');
}
class LocalProvider {
    name = 'local';
    probed;
    live = new Set();
    root;
    disableUserns = true;
    /** Absolute path, so a check's PATH never decides which bwrap runs. */
    bwrap = 'bwrap';
    /** Most a check's workspace (a host folder) may hold; past it the step ends as `disk`. */
    workspaceQuota = { ...local_workspace_js_1.DEFAULT_WORKSPACE_QUOTA };
    goCacheSeed;
    probe() {
        this.probed ??= this.doProbe();
        return this.probed;
    }
    async doProbe() {
        if (process.platform !== 'linux') {
            throw new provider_js_1.SandboxUnavailableError(`the local sandbox needs Linux (bubblewrap); this is ${process.platform}.`, 'Use E2B sandboxes instead: set E2B_API_KEY (or --provider e2b).');
        }
        const bwrap = (0, local_toolchains_js_1.which)('bwrap', [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/bin', '/usr/local/bin', '/bin']);
        if (!bwrap) {
            throw new provider_js_1.SandboxUnavailableError('bubblewrap (bwrap) is not installed, and the local sandbox needs it.', 'Install it with: sudo apt-get install -y bubblewrap   (Fedora: sudo dnf install bubblewrap)\nOr use E2B sandboxes instead: set E2B_API_KEY.');
        }
        const attempt = (extra) => (0, node_child_process_1.spawnSync)(bwrap, ['--unshare-all', '--unshare-user', ...extra, '--ro-bind', '/', '/', '/bin/sh', '-c', ':'], {
            encoding: 'utf8',
            timeout: 10_000,
        });
        let r = attempt(['--disable-userns']);
        if (r.status !== 0) {
            // setuid bwrap and bwrap before 0.8 cannot block nested namespaces.
            const plain = attempt([]);
            if (plain.status === 0) {
                this.disableUserns = false;
                r = plain;
            }
        }
        this.bwrap = bwrap;
        if (r.status !== 0) {
            const detail = (r.stderr || r.error?.message || `exit ${r.status}`).trim();
            throw new provider_js_1.SandboxUnavailableError(`bubblewrap cannot create a sandbox here: ${detail}`, bwrapRemediation(detail));
        }
    }
    base() {
        if (!this.root) {
            this.root = (0, node_fs_1.mkdtempSync)(node_path_1.default.join(node_os_1.default.tmpdir(), 'sandbox-checks-'));
            const etc = node_path_1.default.join(this.root, 'etc');
            (0, node_fs_1.mkdirSync)(etc, { recursive: true });
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(etc, 'passwd'), 'root:x:0:0:sandbox:/home/sandbox:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(etc, 'group'), 'root:x:0:\nnogroup:x:65534:\n');
        }
        return this.root;
    }
    /** What doctor prints about how checks are contained here. */
    describe() {
        const cg = (0, local_cgroups_js_1.cgroupManager)();
        return [
            `bubblewrap: ${this.bwrap}${this.disableUserns ? '' : ' (nested user namespaces cannot be blocked: setuid or old bwrap)'}`,
            cg
                ? `limits: memory and processes by cgroup v${cg.version}; CPU time, file size, open files by rlimit`
                : 'limits: processes, CPU time, file size, open files by rlimit; memory per process by RLIMIT_DATA (no writable cgroup, so no total: run as root or with a delegated cgroup v2 subtree for that)',
        ];
    }
    async missingTools(_language, tools) {
        const found = await Promise.all(tools.map((t) => (0, local_toolchains_js_1.locateTool)(t)));
        return tools.filter((_, i) => !found[i]);
    }
    toolHint(language, tools) {
        const apt = {
            ruby: 'ruby', php: 'php-cli', mcs: 'mono-mcs', mono: 'mono-runtime', gcc: 'gcc', 'g++': 'g++', bash: 'bash',
            python3: 'python3', node: 'nodejs', java: 'default-jdk-headless', javac: 'default-jdk-headless', go: 'golang-go',
            rustc: 'rustc', cargo: 'cargo', composer: 'composer', gem: 'ruby', npm: 'npm', pip: 'python3-pip',
        };
        const pkgs = [...new Set(tools.map((t) => apt[t]).filter(Boolean))];
        return pkgs.length
            ? `install it on this machine (Debian/Ubuntu: sudo apt-get install -y ${pkgs.join(' ')}) or run ${language} checks on E2B`
            : `install it on this machine or run ${language} checks on E2B`;
    }
    async create(spec) {
        await this.probe();
        const lang = (0, registry_js_1.getLanguage)(spec.language);
        const tools = [...lang.tools, ...(lang.install ? [lang.install.tool] : [])];
        const chains = (await Promise.all(tools.map((t) => (0, local_toolchains_js_1.locateTool)(t)))).filter((c) => !!c);
        const dir = (0, node_fs_1.mkdtempSync)(node_path_1.default.join(this.base(), 'check-'));
        const workspace = node_path_1.default.join(dir, 'workspace');
        (0, node_fs_1.mkdirSync)(workspace, { mode: 0o700 });
        if (lang.id === 'go')
            await this.seedGoCache(workspace, chains);
        const sandbox = new LocalSandbox(this, spec, dir, workspace, chains, this.disableUserns, this.etcDir());
        this.live.add(sandbox);
        return sandbox;
    }
    etcDir() {
        return node_path_1.default.join(this.base(), 'etc');
    }
    forget(s) {
        this.live.delete(s);
    }
    /**
     * Go compiles the standard library into its build cache on first use (~8 s).
     * A cache warmed once per run by the toolchain alone (no checked code) is
     * copied into each Go workspace, so checks never share a writable cache.
     */
    async seedGoCache(workspace, chains) {
        this.goCacheSeed ??= (async () => {
            const seedDir = node_path_1.default.join(this.base(), 'go-seed');
            (0, node_fs_1.mkdirSync)(node_path_1.default.join(seedDir, 'workspace'), { recursive: true });
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(seedDir, 'workspace', 'main.go'), 'package main\nimport (\n"bufio"\n"encoding/json"\n"errors"\n"fmt"\n"math"\n"os"\n"sort"\n"strconv"\n"strings"\n"sync"\n"time"\n)\nvar _ = []any{bufio.NewReader, json.Marshal, errors.New, math.Sqrt, os.Exit, sort.Ints, strconv.Itoa, strings.Split, sync.NewCond, time.Now}\nfunc main(){ fmt.Println() }\n');
            const seed = new LocalSandbox(this, { name: 'go-cache', language: 'go', network: false, env: {}, limits: SEED_LIMITS }, seedDir, node_path_1.default.join(seedDir, 'workspace'), chains, this.disableUserns, this.etcDir());
            const r = await seed.run({
                command: 'GO111MODULE=off go build -o /tmp/seed main.go',
                env: (0, registry_js_1.getLanguage)('go').env ?? {},
                stdin: '',
                network: false,
                deadline: Date.now() + 120_000,
                onStdout: () => { },
                onStderr: () => { },
                signal: new AbortController().signal,
            });
            await seed.destroy({ keepFiles: true });
            const cache = node_path_1.default.join(seedDir, 'workspace', '.cache');
            return r.exitCode === 0 && (0, node_fs_1.existsSync)(cache) ? cache : undefined;
        })();
        const cache = await this.goCacheSeed;
        if (cache)
            await (0, promises_1.cp)(cache, node_path_1.default.join(workspace, '.cache'), { recursive: true });
    }
    pool;
    ready = [];
    disposed = false;
    /** A launcher already in its cgroups, if one is ready. */
    takeLauncher() {
        while (this.ready.length) {
            const r = this.ready.shift();
            if (r.child.exitCode === null && r.child.signalCode === null)
                return r;
            r.group.release();
        }
        return undefined;
    }
    /** Starts launchers for the next checks (one per core at most), off the check's own path. */
    prepareLaunchers(limits) {
        const pool = this.cgroups();
        if (!pool || this.disposed)
            return;
        while (this.ready.length < Math.max(1, node_os_1.default.availableParallelism())) {
            const group = pool.acquire(limits.memoryBytes, limits.processes);
            const child = (0, node_child_process_1.spawn)('/bin/sh', ['-c', LAUNCH_AHEAD, 'sandbox-launch', ...group.procsFiles], {
                env: LAUNCHER_ENV,
                stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
                detached: true,
            });
            child.on('error', () => { });
            // Waiting launchers must not keep the process alive.
            child.unref();
            for (const s of child.stdio)
                s?.unref?.();
            this.ready.push({ group, child });
        }
    }
    /** Per-check cgroups, reused across checks (see CgroupPool); null without cgroups. */
    cgroups() {
        if (this.pool === undefined) {
            const manager = (0, local_cgroups_js_1.cgroupManager)();
            this.pool = manager ? new local_cgroups_js_1.CgroupPool(manager, `sc-${process.pid.toString(16)}-${(0, node_crypto_1.randomBytes)(3).toString('hex')}`) : null;
        }
        return this.pool;
    }
    async destroyAll() {
        await Promise.all([...this.live].map((s) => s.destroy()));
    }
    /** Removes the run's temp root and cgroups; called when the engine is done. */
    async dispose() {
        await this.destroyAll();
        this.disposed = true;
        // A killed launcher keeps its cgroup busy until Node has reaped it, so
        // wait for each exit before the groups are removed.
        let timer;
        await Promise.race([
            Promise.all(this.ready.splice(0).map((r) => {
                // Referenced again: an unreferenced child's exit would not keep
                // the process alive long enough to be seen.
                r.child.ref();
                const gone = r.child.exitCode !== null || r.child.signalCode !== null
                    ? Promise.resolve()
                    : new Promise((resolve) => r.child.once('exit', () => resolve()));
                r.group.killAll();
                return gone.then(() => r.group.release());
            })),
            new Promise((resolve) => (timer = setTimeout(resolve, 2000))),
        ]);
        clearTimeout(timer);
        this.pool?.dispose();
        this.pool = undefined;
        if (this.root)
            (0, node_fs_1.rmSync)(this.root, { recursive: true, force: true });
        this.root = undefined;
        this.goCacheSeed = undefined;
    }
    async doctor() {
        const out = [];
        for (const lang of registry_js_1.LANGUAGES) {
            const chains = await Promise.all(lang.tools.map((t) => (0, local_toolchains_js_1.locateTool)(t)));
            const missing = lang.tools.filter((_, i) => !chains[i]);
            out.push({
                language: lang.id,
                available: missing.length === 0,
                missing,
                detail: missing.length
                    ? `missing ${missing.join(', ')}: ${this.toolHint(lang.id, missing)}`
                    : chains.map((c) => c.binary).join(', '),
            });
        }
        return out;
    }
}
exports.LocalProvider = LocalProvider;
const SEED_LIMITS = {
    timeoutMs: 120_000,
    memoryBytes: 2 * 1024 ** 3,
    processes: 256,
    outputBytes: 1 << 20,
    fileSizeBytes: 512 * 1024 ** 2,
    openFiles: 1024,
};
class LocalSandbox {
    provider;
    spec;
    dir;
    workspace;
    chains;
    disableUserns;
    etcDir;
    id;
    destroyed = false;
    running = new Set();
    constructor(provider, spec, dir, workspace, chains, disableUserns, etcDir) {
        this.provider = provider;
        this.spec = spec;
        this.dir = dir;
        this.workspace = workspace;
        this.chains = chains;
        this.disableUserns = disableUserns;
        this.etcDir = etcDir;
        this.id = `local-${node_path_1.default.basename(dir)}`;
    }
    async upload(files) {
        for (const f of files) {
            const target = node_path_1.default.resolve(this.workspace, f.path);
            if (!target.startsWith(`${this.workspace}/`))
                throw new Error(`file path escapes the workspace: ${f.path}`);
            (0, node_fs_1.mkdirSync)(node_path_1.default.dirname(target), { recursive: true });
            // wx: never follow or overwrite something already there.
            (0, node_fs_1.writeFileSync)(target, f.content, { flag: 'wx', mode: 0o644 });
        }
    }
    run(req) {
        const { limits } = this.spec;
        const mounts = [...new Set(this.chains.flatMap((c) => c.mounts))];
        const pathDirs = [...new Set(this.chains.map((c) => c.binDir))].filter((d) => !SANDBOX_PATH.split(':').includes(d));
        const env = { ...req.env };
        if (req.network) {
            // Installers behind a TLS-inspecting proxy need the system CA store.
            const ca = '/etc/ssl/certs/ca-certificates.crt';
            if ((0, node_fs_1.existsSync)(ca)) {
                Object.assign(env, { SSL_CERT_FILE: ca, PIP_CERT: ca, NODE_EXTRA_CA_CERTS: ca, CARGO_HTTP_CAINFO: ca, ...env });
            }
        }
        const bargs = bwrapArgs({
            workspace: this.workspace,
            etcDir: this.etcDir,
            mounts,
            pathDirs,
            network: req.network,
            env,
            disableUserns: this.disableUserns,
        });
        const ready = this.provider.takeLauncher();
        ready?.group.setLimits(limits.memoryBytes, limits.processes);
        const group = ready?.group ?? this.provider.cgroups()?.acquire(limits.memoryBytes, limits.processes);
        const cpuSeconds = Math.max(1, Math.ceil(limits.timeoutMs / 1000) * 2);
        const prlimit = [
            'prlimit',
            `--cpu=${cpuSeconds}:${cpuSeconds + 1}`,
            `--fsize=${limits.fileSizeBytes}`,
            `--nofile=${limits.openFiles}`,
            '--core=0',
            // Without cgroups: the process cap is RLIMIT_NPROC (which root ignores)
            // and memory is capped per process by RLIMIT_DATA, which (unlike
            // RLIMIT_AS) leaves the address-space reservations of V8, the JVM and Go alone.
            ...(group ? [] : [`--nproc=${limits.processes}`, `--data=${limits.memoryBytes}`]),
            '--',
        ];
        const sandboxArgv = [...prlimit, this.provider.bwrap, ...bargs, '--', '/bin/sh', '-c', req.command];
        return new Promise((resolve) => {
            let child;
            if (ready) {
                child = ready.child;
                child.ref();
                for (const s of child.stdio)
                    s?.ref?.();
                const go = child.stdio[3];
                go.on('error', () => { });
                go.end(`${shellLine(sandboxArgv)}\n`);
            }
            else {
                child = (0, node_child_process_1.spawn)('/bin/sh', ['-c', LAUNCH, 'sandbox-launch', ...(group?.procsFiles ?? []), '--', ...sandboxArgv], {
                    cwd: this.workspace,
                    env: LAUNCHER_ENV,
                    stdio: ['pipe', 'pipe', 'pipe'],
                    detached: true,
                });
            }
            // The next check's launcher joins its cgroups while this one runs.
            this.provider.prepareLaunchers(limits);
            let limit;
            let exitCode = null;
            let exitSignal = null;
            let finished = false;
            let spawnError;
            // Without a cgroup, the sandbox's init (bwrap's child): its pid
            // namespace is empty once it is gone (see local-procs.ts).
            const inits = [];
            const killAll = () => {
                group?.killAll();
                if (child.pid) {
                    if (!group && !inits.length && exitCode === null && !exitSignal)
                        inits.push(...(0, local_procs_js_1.childrenOf)(child.pid));
                    for (const p of [-child.pid, ...inits.map((i) => i.pid)]) {
                        try {
                            process.kill(p, 'SIGKILL');
                        }
                        catch {
                            /* already gone */
                        }
                    }
                }
            };
            const finish = () => {
                if (finished)
                    return;
                finished = true;
                clearTimeout(timer);
                clearTimeout(drainTimer);
                stopWatch();
                req.signal.removeEventListener('abort', onAbort);
                this.running.delete(onAbort);
                killAll();
                child.stdout?.destroy();
                child.stderr?.destroy();
                const counters = group?.counters();
                group?.release();
                let signal;
                let code = exitCode;
                if (exitSignal)
                    signal = exitSignal;
                else if (code !== null && code > 128 && code <= 128 + 64 && SIGNALS[code - 128])
                    signal = SIGNALS[code - 128];
                if (code === 125 && !limit && group)
                    spawnError = 'could not join the check to its cgroup';
                if (!limit && counters?.oomKills)
                    limit = 'memory';
                if (!limit && signal && LIMIT_SIGNALS[signal])
                    limit = LIMIT_SIGNALS[signal];
                if (!limit && counters?.pidsMaxHits && (code !== 0 || signal))
                    limit = 'processes';
                if (limit === 'timeout')
                    code = null;
                const result = { exitCode: code, signal: limit === 'timeout' ? undefined : signal, limit, sandboxError: spawnError };
                // SIGKILL is asynchronous: report the step ended only when nothing of it runs.
                if (inits.length)
                    void (0, local_procs_js_1.waitGone)(inits).then(() => resolve(result));
                else
                    resolve(result);
            };
            const onAbort = () => {
                killAll();
                finish();
            };
            const remaining = Math.max(0, req.deadline - Date.now());
            const timer = setTimeout(() => {
                limit = 'timeout';
                killAll();
                finish();
            }, remaining);
            // The workspace is on the host's disk: a quota keeps a check from filling it.
            const quota = this.provider.workspaceQuota;
            const stopWatch = (0, local_workspace_js_1.watchWorkspace)(this.workspace, { bytes: Math.max(quota.bytes, 2 * limits.fileSizeBytes), entries: quota.entries }, () => {
                limit = 'disk';
                killAll();
                finish();
            });
            let drainTimer;
            req.signal.addEventListener('abort', onAbort, { once: true });
            this.running.add(onAbort);
            child.stdout.on('data', (b) => req.onStdout(b));
            child.stderr.on('data', (b) => req.onStderr(b));
            child.stdin.on('error', () => { });
            child.stdin.end(req.stdin);
            child.on('error', (e) => {
                spawnError = `could not start the sandbox: ${e.message}`;
                finish();
            });
            child.on('exit', (code, sig) => {
                exitCode = code;
                exitSignal = sig;
                // The pid namespace ends with the program, so the pipes close at once;
                // the short drain only collects what is still buffered.
                drainTimer = setTimeout(finish, 250);
            });
            child.on('close', () => finish());
        });
    }
    async destroy(opts = {}) {
        if (this.destroyed)
            return;
        this.destroyed = true;
        for (const abort of this.running)
            abort();
        this.provider.forget(this);
        if (!opts.keepFiles)
            (0, node_fs_1.rmSync)(this.dir, { recursive: true, force: true });
    }
}


/***/ })

};
