export const id = 245;
export const ids = [245];
export const modules = {

/***/ 7066:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Which Debian/Ubuntu package provides each program sandbox-checks may need:
// the sandbox itself (bubblewrap, prlimit and setpriv, slirp4netns and ip for
// the private network) and the languages' tools (each language module names
// its own). Read by the local provider's "install it with" hints, the
// Action's `install`, the E2B template and setup.sh's generated block.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.debianPackages = debianPackages;
exports.debianPackagesFor = debianPackagesFor;
exports.setupToolchainLines = setupToolchainLines;
exports.setupToolchainBlock = setupToolchainBlock;
exports.withSetupToolchainBlock = withSetupToolchainBlock;
const index_js_1 = __webpack_require__(2255);
/** The local sandbox's own programs. */
const SANDBOX_PACKAGES = {
    bwrap: 'bubblewrap',
    prlimit: 'util-linux',
    setpriv: 'util-linux',
    slirp4netns: 'slirp4netns',
    ip: 'iproute2',
};
/** Tool → package, for the sandbox and every language defined when called. */
function debianPackages() {
    return Object.assign({}, SANDBOX_PACKAGES, ...index_js_1.LANGUAGES.map((l) => l.debian));
}
/** The packages providing `tools`, each once, in the tools' order; tools without one are left out. */
function debianPackagesFor(tools) {
    const table = debianPackages();
    return [...new Set(tools.map((t) => table[t]).filter((p) => !!p))];
}
/** Tools sandbox-checks itself runs on, expected on any machine it is set up on (Debian's nodejs is often too old). */
const OWN_RUNTIME = new Set(['node']);
/**
 * setup.sh's `--toolchains` lines: each language's programs (not its
 * package installers, which checks with `packages` need only) are installed
 * from their Debian package where missing. One line per package.
 */
function setupToolchainLines() {
    const byPackage = new Map();
    for (const lang of index_js_1.LANGUAGES) {
        for (const tool of lang.tools) {
            const pkg = lang.debian[tool];
            if (!pkg || OWN_RUNTIME.has(tool))
                continue;
            const tools = byPackage.get(pkg) ?? [];
            if (!tools.includes(tool))
                tools.push(tool);
            byPackage.set(pkg, tools);
        }
    }
    return [...byPackage].map(([pkg, tools]) => {
        const test = tools.map((t) => `command -v ${t} >/dev/null`).join(' && ');
        return `  ${tools.length > 1 ? `{ ${test}; }` : test} || need+=(${pkg})`;
    });
}
const BEGIN = /^ *# BEGIN toolchains\b.*\n/m;
const END = /^ *# END toolchains\b/m;
function markers(script) {
    const b = BEGIN.exec(script);
    const e = END.exec(script);
    if (!b || !e || e.index < b.index)
        throw new Error('setup.sh: the "# BEGIN toolchains" and "# END toolchains" marker lines are missing');
    return { from: b.index + b[0].length, to: e.index };
}
/** The lines of setup.sh between its toolchains markers, as committed. */
function setupToolchainBlock(script) {
    const { from, to } = markers(script);
    return script.slice(from, to).split('\n').filter((l) => l !== '');
}
/** setup.sh with the generated lines between its markers, the rest as it is. */
function withSetupToolchainBlock(script) {
    const { from, to } = markers(script);
    return `${script.slice(0, from)}${setupToolchainLines().map((l) => `${l}\n`).join('')}${script.slice(to)}`;
}


/***/ }),

/***/ 9696:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Commands documentation calls by a name the sandbox's system may lack: the
// languages name them (`python` for python3: Debian ships no `python` without
// python-is-python3, and documentation calls it in `$ python -c ...` and bash
// blocks). When a sandbox's PATH has no such command but has its target, a
// read-only folder holding `name -> <that target>` goes at the end of the
// sandbox's PATH. One folder per set of targets, made once per run.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ALIAS_BIN = void 0;
exports.aliasTargets = aliasTargets;
exports.pythonAliasTarget = pythonAliasTarget;
exports.aliasFolder = aliasFolder;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const index_js_1 = __webpack_require__(2255);
const local_shims_js_1 = __webpack_require__(9626);
/** Where the alias folder is mounted inside a sandbox (its own top folder, so no toolchain mount can be under it). */
exports.ALIAS_BIN = '/sandbox-checks/bin';
/** Alias name → the binary it would run, for a sandbox with these PATH folders; only names it lacks. */
function aliasTargets(dirs) {
    const out = new Map();
    for (const lang of index_js_1.LANGUAGES) {
        for (const [name, tool] of Object.entries(lang.commandAliases ?? {})) {
            if (out.has(name) || dirs.some((d) => (0, local_shims_js_1.isExecutable)(node_path_1.default.join(d, name))))
                continue;
            const dir = dirs.find((d) => (0, local_shims_js_1.isExecutable)(node_path_1.default.join(d, tool)));
            if (dir)
                out.set(name, node_path_1.default.join(dir, tool));
        }
    }
    return out;
}
/** The python3 a sandbox with these PATH folders would run, when it has no `python` of its own. */
function pythonAliasTarget(dirs) {
    return aliasTargets(dirs).get('python');
}
/** The host folder holding the alias links, made under `base` on first use. */
function aliasFolder(base, targets, made) {
    const key = JSON.stringify([...targets]);
    let dir = made.get(key);
    if (!dir) {
        dir = node_path_1.default.join(base, `alias-${made.size}`);
        (0, node_fs_1.mkdirSync)(dir, { mode: 0o755 });
        for (const [name, target] of targets)
            (0, node_fs_1.symlinkSync)(target, node_path_1.default.join(dir, name));
        made.set(key, dir);
    }
    return dir;
}


/***/ }),

/***/ 9394:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The bubblewrap command line of a local sandbox, as pure functions so the
// isolation rules can be read and tested in one place: which host paths are
// mounted (read-only /usr, toolchains, an /etc allowlist), which /proc
// entries are hidden or read-only, the user namespace (created by bwrap, or
// joined as host nobody when the tool runs as root), the seccomp fd, and the
// redirections that open the fds bwrap reads on the launcher's exec line.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECCOMP_FD = exports.USERNS_FD = exports.PROC_READ_ONLY = exports.PROC_HIDDEN_FILES = exports.SANDBOX_PATH = void 0;
exports.bwrapArgs = bwrapArgs;
exports.sandboxCommand = sandboxCommand;
exports.fdRedirections = fdRedirections;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const index_js_1 = __webpack_require__(2255);
const local_aliases_js_1 = __webpack_require__(9696);
const local_layers_js_1 = __webpack_require__(5628);
const local_toolchains_js_1 = __webpack_require__(2022);
const shell_js_1 = __webpack_require__(1680);
const WORKSPACE = '/workspace';
exports.SANDBOX_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * /etc entries toolchains read (the languages name their own); nothing that
 * identifies or configures the host, and of /etc/ssl only the public half
 * (ssl/private holds host keys).
 */
const ETC_ALLOW = [
    'alternatives', 'ld.so.cache', 'ld.so.conf', 'ld.so.conf.d', 'ssl/certs', 'ssl/openssl.cnf', 'ca-certificates',
    'ca-certificates.conf', 'localtime', 'nsswitch.conf', 'protocols', 'services', 'mime.types', 'fonts', 'gai.conf', 'host.conf',
    ...new Set(index_js_1.LANGUAGES.flatMap((l) => l.etc ?? [])),
];
/** Needed only when a step has the network. */
const ETC_NETWORK = ['resolv.conf', 'hosts'];
/**
 * /proc entries container runtimes hide (they expose kernel memory, keys,
 * timers of every process or host hardware) and those they make read-only
 * (sysctls, the magic SysRq key, IRQ and bus settings). Checked against the
 * host's /proc, which has the same kernel, since bwrap cannot mount onto a
 * path the new /proc lacks.
 */
exports.PROC_HIDDEN_FILES = ['kcore', 'keys', 'key-users', 'kallsyms', 'kmsg', 'timer_list', 'timer_stats', 'sched_debug', 'latency_stats', 'sysrq-trigger', 'config.gz', 'vmallocinfo', 'pagetypeinfo'];
const PROC_HIDDEN_DIRS = ['acpi', 'scsi', 'asound', 'driver'];
exports.PROC_READ_ONLY = ['sys', 'irq', 'bus', 'fs'];
/** The fds the sandbox's exec line opens for bwrap (see fdExec). */
exports.USERNS_FD = 8;
exports.SECCOMP_FD = 9;
/** The bubblewrap argument list: pure, so the isolation rules can be read and tested. */
function bwrapArgs(o) {
    const args = [];
    if (o.joinUserns) {
        // Host root only sets the sandbox up; setpriv (sandboxCommand) drops to
        // the namespace's uid 0, which is nobody on the host, and needs these three.
        args.push('--userns', String(exports.USERNS_FD), '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try');
        if (!o.network)
            args.push('--unshare-net');
        args.push('--die-with-parent', '--new-session', '--clearenv', '--cap-drop', 'ALL');
        args.push('--cap-add', 'CAP_SETUID', '--cap-add', 'CAP_SETGID', '--cap-add', 'CAP_SETPCAP');
    }
    else {
        args.push('--unshare-all', '--unshare-user', '--die-with-parent', '--new-session', '--clearenv', '--cap-drop', 'ALL');
        if (o.disableUserns)
            args.push('--disable-userns');
        if (o.network)
            args.push('--share-net');
    }
    if (o.seccomp)
        args.push('--seccomp', String(exports.SECCOMP_FD));
    if (o.network && o.syncFd !== undefined)
        args.push('--sync-fd', String(o.syncFd));
    args.push('--hostname', 'sandbox');
    args.push('--ro-bind', '/usr', '/usr');
    for (const dir of ['bin', 'sbin', 'lib', 'lib64', 'lib32']) {
        if ((0, node_fs_1.existsSync)(`/${dir}`))
            args.push('--symlink', `usr/${dir}`, `/${dir}`);
    }
    const etc = [...ETC_ALLOW, ...(o.network ? ETC_NETWORK.filter((n) => !(o.resolvConf && n === 'resolv.conf')) : [])];
    for (const d of new Set(etc.filter((n) => n.includes('/')).map((n) => node_path_1.default.dirname(n))))
        args.push('--perms', '0755', '--dir', `/etc/${d}`);
    for (const name of etc)
        args.push('--ro-bind-try', `/etc/${name}`, `/etc/${name}`);
    args.push('--ro-bind', node_path_1.default.join(o.etcDir, 'passwd'), '/etc/passwd');
    args.push('--ro-bind', node_path_1.default.join(o.etcDir, 'group'), '/etc/group');
    if (o.network && o.resolvConf)
        args.push('--ro-bind', o.resolvConf, '/etc/resolv.conf');
    // bwrap gives a mount point's new parents the host folders' modes, and a
    // 0700 /root would lock the (non-root) check out of a toolchain under it.
    const parents = new Set();
    for (const m of o.mounts) {
        for (let d = node_path_1.default.dirname(m); d !== '/' && !local_toolchains_js_1.SYSTEM_ROOTS.some((r) => d === r || d.startsWith(`${r}/`)); d = node_path_1.default.dirname(d))
            parents.add(d);
    }
    for (const d of [...parents].sort())
        args.push('--perms', '0755', '--dir', d);
    for (const m of o.mounts)
        args.push('--ro-bind', m, m);
    args.push('--proc', '/proc');
    for (const f of exports.PROC_HIDDEN_FILES)
        if ((0, node_fs_1.existsSync)(`/proc/${f}`))
            args.push('--ro-bind', '/dev/null', `/proc/${f}`);
    for (const d of PROC_HIDDEN_DIRS)
        if ((0, node_fs_1.existsSync)(`/proc/${d}`))
            args.push('--ro-bind', o.emptyDir, `/proc/${d}`);
    for (const d of exports.PROC_READ_ONLY)
        if ((0, node_fs_1.existsSync)(`/proc/${d}`))
            args.push('--ro-bind', `/proc/${d}`, `/proc/${d}`);
    // Made by bwrap's setup uid, so open to the check's uid by mode.
    args.push('--dev', '/dev', '--perms', '1777', '--tmpfs', '/dev/shm', '--perms', '1777', '--tmpfs', '/tmp', '--perms', '1777', '--tmpfs', '/var/tmp', '--tmpfs', '/home');
    args.push('--perms', '0777', '--dir', '/home/sandbox');
    args.push('--bind', o.workspace, WORKSPACE, ...(0, local_layers_js_1.layerMountArgs)(o.layers, WORKSPACE), '--chdir', WORKSPACE);
    if (o.aliasDir)
        args.push('--perms', '0755', '--dir', node_path_1.default.dirname(local_aliases_js_1.ALIAS_BIN), '--ro-bind', o.aliasDir, local_aliases_js_1.ALIAS_BIN);
    // The sandbox's own root (where /etc lives) is read-only too; only the
    // workspace, /tmp, /var/tmp and /home can be written.
    args.push('--remount-ro', '/');
    const env = {
        PATH: [...o.pathDirs, exports.SANDBOX_PATH, ...(o.aliasDir ? [local_aliases_js_1.ALIAS_BIN] : [])].join(':'),
        HOME: '/home/sandbox',
        LANG: 'C.UTF-8',
        TMPDIR: '/tmp',
        ...o.env,
    };
    for (const [k, v] of Object.entries(env))
        args.push('--setenv', k, v);
    return args;
}
/**
 * What bwrap runs: the check's shell, behind setpriv when the namespace was
 * joined, so the check is the namespace's uid 0 (host nobody) with no
 * capability and an empty bounding set, never the setup uid.
 */
function sandboxCommand(joinUserns, setpriv, command) {
    if (!joinUserns)
        return ['/bin/sh', '-c', command];
    // bwrap leaves the namespace fd open; the check gets no handle on it.
    const sh = ['/bin/sh', '-c', `exec ${exports.USERNS_FD}<&-; ${command}`];
    return [setpriv, '--reuid=0', '--regid=0', '--clear-groups', '--inh-caps=-all', '--bounding-set=-all', '--no-new-privs', '--', ...sh];
}
/**
 * The redirections that open the files bwrap reads by fd, for the launcher's
 * exec line: opened by the exec itself, so they exist whatever fds the
 * launcher closed before, and no process is spent on them.
 */
function fdRedirections(files) {
    return Object.entries(files)
        .map(([fd, p]) => `${fd}<${(0, shell_js_1.shellQuote)(p)}`)
        .join(' ');
}


/***/ }),

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

/***/ 8474:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// The launcher: the small bash process each local check starts from. It joins
// the check's cgroups, closes every fd it inherited, sets the check's rlimits
// with its own ulimit, then execs bwrap with the fds bwrap reads opened by
// that exec (the launch line): no process between the launcher and bwrap.
// Launchers for the next checks are started ahead, already in their cgroups,
// and wait for their launch line on fd 3: joining a v1 memory cgroup is slow
// on some kernels.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Launchers = void 0;
exports.shellLine = shellLine;
exports.rlimits = rlimits;
exports.launchLine = launchLine;
exports.aheadPayload = aheadPayload;
exports.launch = launch;
const node_child_process_1 = __webpack_require__(1421);
const crypto_js_1 = __webpack_require__(5414);
const node_os_1 = __importDefault(__webpack_require__(8161));
const shell_js_1 = __webpack_require__(1680);
const local_bwrap_js_1 = __webpack_require__(9394);
const local_cgroups_js_1 = __webpack_require__(8953);
const LAUNCHER_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
/**
 * The launchers run in bash: dash redirects only single-digit fds, and every
 * fd the tool's own parent left open without CLOEXEC (lock files, jobserver
 * pipes, CI log writers; Node passes them on to its children) is closed first
 * thing, so none reaches the sandbox. Later redirections (a seccomp program on
 * an fd) stay possible on the final exec line.
 */
const LAUNCHER_SHELL = '/bin/bash';
/**
 * bash runs ~/.bashrc even non-interactively when its stdin is a socket
 * (Node's stdio pipes are socketpairs) unless told not to.
 */
const LAUNCHER_FLAGS = ['--norc', '--noprofile'];
const closeFds = (keep) => `for fd in /proc/$$/fd/*; do fd=\${fd##*/}; case $fd in 0|1|2${keep}) ;; *) eval "exec $fd>&-";; esac; done; `;
/** shellLine's newlines ($NL) without a subshell. */
const NL = "NL=$'\\n'; ";
/**
 * Joins the check's cgroups, then runs the launch line (its last argument):
 * every process the check starts is counted and can be killed.
 */
const LAUNCH = `${closeFds('')}${NL}for f in "$@"; do case "$f" in --) shift; break;; esac; echo $$ > "$f" || exit 125; shift; done; eval "$1"`;
/**
 * The same, started before its check: moving a process into a v1 memory
 * cgroup takes ~10 ms on some kernels, so it is done ahead of time, and the
 * launcher then waits for its launch line on fd 3 (aheadPayload: the line
 * closes fd 3 before the exec, or bwrap reads the rest and closes it).
 */
const LAUNCH_AHEAD = `${closeFds('|3')}${NL}for f in "$@"; do echo $$ > "$f" || exit 125; done; IFS= read -r line <&3 || exit 124; eval "$line"`;
/** One line of shell words for the launchers' eval: single-quoted, newlines as $NL. */
function shellLine(words) {
    return words.map((w) => (0, shell_js_1.shellQuote)(w).replace(/\n/g, `'"$NL"'`)).join(' ');
}
/** bash's ulimit counts file and data sizes in KiB; a size it cannot say exactly goes to prlimit. */
const KIB = 1024;
/**
 * The check's rlimits, set by the launcher's own ulimit (soft and hard):
 * CPU time (SIGXCPU at the soft limit, SIGKILL a second later), file size,
 * open files, no core dumps and, without cgroups, processes (RLIMIT_NPROC,
 * which root ignores) and memory per process (RLIMIT_DATA, which unlike
 * RLIMIT_AS leaves the address-space reservations of V8, the JVM and Go
 * alone). A size that is not a whole number of KiB is set by a prlimit in
 * front of bwrap instead, so every limit is exactly the configured one.
 */
function rlimits(limits, cgroups) {
    const cpu = Math.max(1, Math.ceil(limits.timeoutMs / 1000) * 2);
    const both = [`-n ${limits.openFiles}`, '-c 0'];
    const prlimit = [];
    const size = (flag, long, bytes) => {
        if (bytes % KIB === 0)
            both.push(`${flag} ${bytes / KIB}`);
        else
            prlimit.push(`--${long}=${bytes}`);
    };
    size('-f', 'fsize', limits.fileSizeBytes);
    if (!cgroups) {
        both.push(`-u ${limits.processes}`);
        size('-d', 'data', limits.memoryBytes);
    }
    return {
        // Soft first: a hard limit below the current soft one would be refused.
        ulimit: `ulimit -S -t ${cpu} && ulimit -H -t ${cpu + 1} && ulimit ${both.join(' ')}`,
        prlimit: prlimit.length ? ['prlimit', ...prlimit, '--'] : [],
    };
}
/**
 * What a launcher evals: the rlimits, then exec of bwrap with `fds` opened by
 * the exec. With `optionsOnFd3` bwrap reads its options from fd 3 (--args,
 * then closes it) rather than the line: bash reads its line one byte per
 * read(2) from a pipe, and the options are most of its length. A limit that
 * cannot be set ends the launch (exit 126, bash's message on stderr) before
 * anything of the check runs.
 */
function launchLine(l, optionsOnFd3 = false) {
    const { ulimit, prlimit } = rlimits(l.limits, l.cgroups);
    const redirs = (0, local_bwrap_js_1.fdRedirections)(l.fds);
    const words = [...prlimit, ...l.prefix, ...(optionsOnFd3 ? ['--args', '3'] : l.options), '--', ...l.command];
    return `${ulimit} || exit 126; exec ${shellLine(words)}${redirs ? ` ${redirs}` : ''}`;
}
/**
 * What a launcher started ahead gets on fd 3: its launch line and, when
 * nothing but prlimit stands between it and bwrap (no network wrapper that
 * would inherit fd 3), bwrap's options NUL-separated after it for --args.
 */
function aheadPayload(l) {
    if (l.prefix.length !== 1)
        return `exec 3<&-; ${launchLine(l)}\n`;
    return `${launchLine(l, true)}\n${l.options.map((o) => `${o}\0`).join('')}`;
}
/**
 * The run's launchers and the per-check cgroups they join (reused across
 * checks, see CgroupPool); without a writable cgroup nothing is started ahead.
 */
class Launchers {
    pool;
    ready = [];
    disposed = false;
    /** A launcher already in its cgroups, if one is ready. */
    take() {
        while (this.ready.length) {
            const r = this.ready.shift();
            if (r.child.exitCode === null && r.child.signalCode === null)
                return r;
            r.group.release();
        }
        return undefined;
    }
    /** Starts launchers for the next checks (one per core at most), off the check's own path. */
    prepare(limits) {
        const pool = this.cgroups();
        if (!pool || this.disposed)
            return;
        while (this.ready.length < Math.max(1, node_os_1.default.availableParallelism())) {
            const group = pool.acquire(limits.memoryBytes, limits.processes);
            const child = (0, node_child_process_1.spawn)(LAUNCHER_SHELL, [...LAUNCHER_FLAGS, '-c', LAUNCH_AHEAD, 'sandbox-launch', ...group.procsFiles], {
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
            this.pool = manager ? new local_cgroups_js_1.CgroupPool(manager, `sc-${process.pid.toString(16)}-${(0, crypto_js_1.randomBytes)(3).toString('hex')}`) : null;
        }
        return this.pool;
    }
    /** Ends the waiting launchers and removes the cgroups; no launcher is started after. */
    async dispose() {
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
    }
}
exports.Launchers = Launchers;
/**
 * Starts the sandbox: handed to a launcher started ahead when there is one
 * (aheadPayload), else in a new launcher joining `group` (launchLine).
 */
function launch(ready, group, spec, cwd) {
    if (ready) {
        const child = ready.child;
        child.ref();
        for (const s of child.stdio)
            s?.ref?.();
        const go = child.stdio[3];
        go.on('error', () => { });
        go.end(aheadPayload(spec));
        return child;
    }
    return (0, node_child_process_1.spawn)(LAUNCHER_SHELL, [...LAUNCHER_FLAGS, '-c', LAUNCH, 'sandbox-launch', ...(group?.procsFiles ?? []), '--', launchLine(spec)], {
        cwd,
        env: LAUNCHER_ENV,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
    });
}


/***/ }),

/***/ 5628:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Package layers on the local provider: the install runs once in a sandbox of
// its own (the same bubblewrap boundary as a check: own uid, network
// namespace, limits, a workspace holding only what the installer reads), and
// what it leaves in its output folders is moved out to a folder of that
// layer alone. Checks then get those folders read-only at the same workspace
// paths (local-bwrap.ts mounts them), so the program sees what a per-check
// install would have left, and can change none of it.
//
// Taking the outputs out is the boundary between the install's files and
// the host: an output must be a real folder (a link there would name any
// host folder to mount), links inside it stay links (they resolve in the
// sandbox, where the host is not), and the layer then belongs to this
// process's user with no set-id bits and no group/other write: as root,
// checks (host nobody) could not change it even without the read-only mount.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LocalLayers = void 0;
exports.validLayerPath = validLayerPath;
exports.binaryIdentity = binaryIdentity;
exports.makeMountPoints = makeMountPoints;
exports.layerMountArgs = layerMountArgs;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const local_toolchains_js_1 = __webpack_require__(2022);
/** Workspace-relative folder a layer may be mounted at: plain names only, nothing that leaves the workspace. */
function validLayerPath(p) {
    return p.length > 0 && !node_path_1.default.isAbsolute(p) && p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
/**
 * Which build of a tool a binary is, without running it on the host (a
 * version manager would read the repository's files): its real path, size,
 * modification time and inode, which an upgrade or a reinstall changes.
 */
function binaryIdentity(binary) {
    try {
        const real = (0, node_fs_1.realpathSync)(binary);
        const st = (0, node_fs_1.statSync)(real);
        return `${real}:${st.size}:${Math.round(st.mtimeMs)}:${st.ino}`;
    }
    catch {
        return `${binary}:unreadable`;
    }
}
class LocalLayers {
    make;
    constructor(make) {
        this.make = make;
    }
    async toolchainIdentity(tools) {
        const parts = [];
        for (const tool of [...new Set(tools)].sort()) {
            const found = await (0, local_toolchains_js_1.locateTool)(tool);
            parts.push(`${tool}:${found ? binaryIdentity(found.binary) : 'missing'}`);
        }
        return parts.join('\n');
    }
    async install(req) {
        for (const out of req.outputs)
            if (!validLayerPath(out))
                throw new Error(`layer output "${out}" is not a plain workspace-relative folder`);
        const sandbox = await this.make({ name: 'package layer', language: req.language, network: true, limits: req.limits, env: req.env, installs: true });
        try {
            await sandbox.upload(req.files);
            const r = await sandbox.run({
                command: req.command,
                env: req.env,
                stdin: '',
                network: true,
                deadline: req.deadline,
                signal: req.signal,
                onStdout: req.onOutput,
                onStderr: req.onOutput,
            });
            if (r.exitCode !== 0 || r.limit || r.sandboxError || r.signal)
                return r;
            // Every process of the install is gone once run returns: nothing changes the files while they are taken out.
            for (const out of req.outputs) {
                const problem = await takeOutput(sandbox.workspace, out, node_path_1.default.join(req.dest, out));
                if (problem)
                    return { exitCode: null, sandboxError: `the install's ${out}: ${problem}` };
            }
            return r;
        }
        finally {
            await sandbox.destroy();
        }
    }
}
exports.LocalLayers = LocalLayers;
/** Moves (or copies) workspace/out to dest; an error sentence when the install left something that is not a plain folder tree. */
async function takeOutput(workspace, out, dest) {
    let dir = workspace;
    for (const part of out.split('/')) {
        dir = node_path_1.default.join(dir, part);
        let st;
        try {
            st = (0, node_fs_1.lstatSync)(dir);
        }
        catch {
            // Nothing installed there (no packages of that kind): an empty layer folder.
            await (0, promises_1.mkdir)(dest, { recursive: true, mode: 0o755 });
            return undefined;
        }
        if (!st.isDirectory())
            return `${node_path_1.default.relative(workspace, dir)} is ${st.isSymbolicLink() ? 'a link' : 'not a folder'}, so it is not used`;
    }
    try {
        await (0, promises_1.mkdir)(node_path_1.default.dirname(dest), { recursive: true, mode: 0o755 });
        // Moved when the cache is on the same file system (the sandbox is gone, and its folder with it), else copied.
        await (0, promises_1.rename)(dir, dest).catch(async (e) => {
            if (e.code !== 'EXDEV')
                throw e;
            await (0, promises_1.cp)(dir, dest, { recursive: true, verbatimSymlinks: true, dereference: false, errorOnExist: true, force: false });
        });
    }
    catch (e) {
        return `could not be copied (${e.message})`;
    }
    await tighten(dest);
    return undefined;
}
/**
 * Owned by this process's user (what the install made belongs to the uid
 * checks run as), folders 0755, files 0755 or 0644 (by the owner's
 * execute bit): no set-id, sticky or group/other write, readable by checks.
 * Never follows links.
 */
async function tighten(p) {
    const st = await (0, promises_1.lstat)(p);
    const uid = process.getuid?.();
    const gid = process.getgid?.();
    if (uid !== undefined && gid !== undefined && (st.uid !== uid || st.gid !== gid))
        await (0, promises_1.lchown)(p, uid, gid);
    if (st.isSymbolicLink())
        return;
    const mode = st.isDirectory() || st.mode & 0o100 ? 0o755 : 0o644;
    if ((st.mode & 0o7777) !== mode)
        await (0, promises_1.chmod)(p, mode);
    if (st.isDirectory())
        for (const e of await (0, promises_1.readdir)(p))
            await tighten(node_path_1.default.join(p, e));
}
/** The layers' mount points, made before the sandbox starts so bwrap never creates folders in the workspace. */
function makeMountPoints(workspace, layers) {
    for (const l of layers ?? []) {
        if (!validLayerPath(l.path))
            throw new Error(`layer path "${l.path}" is not a plain workspace-relative folder`);
        (0, node_fs_1.mkdirSync)(node_path_1.default.join(workspace, l.path), { recursive: true, mode: 0o755 });
    }
}
/** bwrap arguments mounting a sandbox's layers read-only over its workspace (after the workspace bind). */
function layerMountArgs(layers, workspaceMount) {
    const args = [];
    for (const l of layers ?? []) {
        if (!validLayerPath(l.path))
            throw new Error(`layer path "${l.path}" is not a plain workspace-relative folder`);
        args.push('--ro-bind', l.hostDir, `${workspaceMount}/${l.path}`);
    }
    return args;
}


/***/ }),

/***/ 9002:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Network for local sandboxes that have it (network = true, and every package
// install): a network namespace of their own behind slirp4netns, user-mode
// networking whose connections leave from this machine as ordinary sockets.
// What the host can reach but a check must not is cut off inside that
// namespace, where the check cannot change it (it has no capability over it):
// the host's loopback (slirp4netns --disable-host-loopback), link-local and
// metadata addresses, the host's own addresses and, unless the workflow allows
// them, private ranges and the host's own networks, by `prohibit` routing
// rules. There is no IPv6 at all, so fd00:ec2::254 and every IPv6 private
// range are unreachable too. The namespace is new, so the host's abstract unix
// sockets are not in it.
//
// The choice is the workflow's, never the repository's: the job's env sets
// SANDBOX_CHECKS_LOCAL_NETWORK=host (the host's network itself, unsafe) or
// SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS=1.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SandboxNetwork = exports.RESOLV_CONF = exports.NetworkSettingError = void 0;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const local_toolchains_js_1 = __webpack_require__(2022);
const errors_js_1 = __webpack_require__(3916);
/** Thrown when the workflow's env names a network mode that does not exist; the provider turns it into SandboxUnavailableError with what to do. */
class NetworkSettingError extends errors_js_1.SandboxChecksError {
    constructor(message) {
        super(message, 2);
        this.name = 'NetworkSettingError';
    }
}
exports.NetworkSettingError = NetworkSettingError;
/** Reads the workflow's network settings; a value it does not know is an error, never a silent default. */
function networkSettings(env = process.env) {
    const mode = (env.SANDBOX_CHECKS_LOCAL_NETWORK ?? '').trim() || 'private';
    if (mode !== 'private' && mode !== 'host') {
        throw new NetworkSettingError(`SANDBOX_CHECKS_LOCAL_NETWORK is "${mode}"; it must be "private" (the default: a network namespace of the sandbox's own) or "host" (unsafe: the host's own network).`);
    }
    const allow = (env.SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS ?? '').trim();
    if (allow && !['0', '1', 'true', 'false'].includes(allow)) {
        throw new NetworkSettingError(`SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS is "${allow}"; it must be 1/true or 0/false.`);
    }
    return { mode, allowPrivate: allow === '1' || allow === 'true' };
}
/** The fd a private-network sandbox's bwrap keeps open (--sync-fd) so slirp4netns ends with it. */
const NET_SYNC_FD = 7;
/** slirp4netns's fixed addresses: the namespace is 10.0.2.100, the gateway 10.0.2.2, its DNS forwarder 10.0.2.3. */
const SLIRP_DNS = '10.0.2.3';
const SLIRP_GATEWAY = '10.0.2.2';
/** Never reachable, whatever is configured. */
const ALWAYS_BLOCKED = ['169.254.0.0/16', '0.0.0.0/8', '224.0.0.0/4', '240.0.0.0/4', `${SLIRP_GATEWAY}/32`];
/** Private and shared ranges: reachable only with SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS=1. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '198.18.0.0/15'];
function prefixLength(netmask) {
    return netmask.split('.').reduce((n, o) => n + (Number(o) >>> 0).toString(2).replace(/0/g, '').length, 0);
}
function networkOf(address, prefix) {
    const n = address.split('.').reduce((a, o) => (a << 8) | Number(o), 0) >>> 0;
    const masked = prefix === 0 ? 0 : (n & (~0 << (32 - prefix))) >>> 0;
    return `${[24, 16, 8, 0].map((s) => (masked >>> s) & 255).join('.')}/${prefix}`;
}
/** The IPv4 ranges a sandbox's connections may not go to. */
function blockedRanges(allowPrivate, interfaces = node_os_1.default.networkInterfaces()) {
    const own = [];
    const lans = [];
    for (const addrs of Object.values(interfaces)) {
        for (const a of addrs ?? []) {
            if (a.family !== 'IPv4' || a.internal)
                continue;
            own.push(`${a.address}/32`);
            lans.push(networkOf(a.address, prefixLength(a.netmask)));
        }
    }
    return [...new Set([...ALWAYS_BLOCKED, ...own, ...(allowPrivate ? [] : [...PRIVATE_RANGES, ...lans])])];
}
/** /etc/resolv.conf of a sandbox with private network: slirp4netns answers DNS there, from the host's resolver. */
exports.RESOLV_CONF = `nameserver ${SLIRP_DNS}\n`;
/**
 * The script that gives the command after it a network namespace of its own:
 * it starts slirp4netns for that namespace (from outside, once unshare made
 * it), waits until slirp4netns is ready, adds the prohibit rules, then execs
 * the command, which keeps this process's pid. Exit 123 when any of it fails.
 */
const NET_SCRIPT = [
    'd=$1 slirp=$2 unshare=$3 ip=$4 blocked=$5 user=$6; shift 6; userns=',
    // A normal user needs a user namespace for unshare --net, and slirp4netns must join it.
    '[ -n "$user" ] && userns="--userns-path=/proc/$$/ns/user"',
    'rm -f "$d/net-ns" "$d/net-up" "$d/net-end"; mkfifo -m 600 "$d/net-ns" "$d/net-up" "$d/net-end" || exit 123',
    // Redirections open left to right: net-end first, which the command holds open (bwrap --sync-fd) until the sandbox is gone.
    `( read _ < "$d/net-ns" && exec "$slirp" --configure --mtu=65520 --disable-host-loopback --ready-fd=3 --exit-fd=4 $userns $$ tap0 4<"$d/net-end" 3>"$d/net-up" </dev/null >/dev/null 2>&1 ) &`,
    'exec "$unshare" $user --net -- /bin/sh -c \'' +
        [
            `echo > "$0/net-ns"; exec ${NET_SYNC_FD}>"$0/net-end"; read -r ok < "$0/net-up"`,
            '[ "$ok" = 1 ] || { echo "sandbox-checks: the sandbox network (slirp4netns) did not start" >&2; exit 123; }',
            `"$1" rule add to ${SLIRP_DNS} lookup main pref 10 || exit 123`,
            'for r in $2; do "$1" rule add to "$r" prohibit pref 20 || exit 123; done',
            'shift 2; exec "$@"',
        ].join('; ') +
        '\' "$d" "$ip" "$blocked" "$@"',
].join('\n');
/** The argv prefix that runs what follows it in a private network namespace. */
function privateNetworkArgv(tools, stateDir, blocked, asRoot) {
    return ['/bin/sh', '-c', NET_SCRIPT, 'sandbox-net', stateDir, tools.slirp, tools.unshare, tools.ip, blocked.join(' '), asRoot ? '' : '--map-root-user'];
}
/** slirp4netns opens /dev/net/tun as the user it runs as: root, or a normal user when the device is 0666 as udev makes it. */
function tunUsable() {
    try {
        (0, node_fs_1.accessSync)('/dev/net/tun', node_fs_1.constants.R_OK | node_fs_1.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The network a provider gives its steps with the network, as probed once. */
class SandboxNetwork {
    settings;
    tools;
    blocked;
    constructor(settings = { mode: 'private', allowPrivate: false }, 
    /** undefined when slirp4netns, ip or a usable /dev/net/tun is missing. */
    tools, blocked = []) {
        this.settings = settings;
        this.tools = tools;
        this.blocked = blocked;
    }
    /** @throws NetworkSettingError when the workflow's env names a mode that does not exist. */
    static probe() {
        const settings = networkSettings();
        const dirs = ['/usr/bin', '/bin', '/usr/sbin', '/sbin'];
        const [slirp, unshare, ip] = ['slirp4netns', 'unshare', 'ip'].map((t) => (0, local_toolchains_js_1.which)(t, dirs));
        const tools = slirp && unshare && ip && tunUsable() ? { slirp, unshare, ip } : undefined;
        return new SandboxNetwork(settings, tools, blockedRanges(settings.allowPrivate));
    }
    /** Why a step with the network cannot run here, or undefined when it can. */
    refusal() {
        if (this.settings.mode === 'host' || this.tools)
            return undefined;
        return ('this step needs the network, and the local sandbox gives it a private network only through slirp4netns, ip and a /dev/net/tun this user can open, which this machine lacks. ' +
            'Install them (Debian/Ubuntu: sudo apt-get install -y slirp4netns iproute2; sudo chmod 0666 /dev/net/tun, its usual mode), or set SANDBOX_CHECKS_LOCAL_NETWORK=host in the workflow env to share the host network (unsafe: the check reaches every service of the runner)');
    }
    /** The argv prefix giving a step its own network namespace; empty for the host's network. */
    argv(stateDir, asRoot) {
        if (this.settings.mode === 'host' || !this.tools)
            return [];
        return privateNetworkArgv(this.tools, stateDir, this.blocked, asRoot);
    }
    /** The fd bwrap must hold for a private network (see NET_SYNC_FD). */
    syncFd() {
        return this.settings.mode === 'host' || !this.tools ? undefined : NET_SYNC_FD;
    }
    /** The sandbox's resolv.conf (RESOLV_CONF, written in etcDir), or undefined for the host's. */
    resolvConf(etcDir) {
        return this.settings.mode === 'host' ? undefined : node_path_1.default.join(etcDir, 'resolv.conf');
    }
    describe() {
        if (this.settings.mode === 'host') {
            return 'network (for network = true and package installs): the HOST network (SANDBOX_CHECKS_LOCAL_NETWORK=host, unsafe: checks reach every service of this machine)';
        }
        if (!this.tools) {
            return 'network: unavailable (needs slirp4netns, ip and a usable /dev/net/tun: sudo apt-get install -y slirp4netns iproute2; sudo chmod 0666 /dev/net/tun); steps that need the network are refused';
        }
        const priv = this.settings.allowPrivate ? '; private ranges allowed (SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS)' : ', private ranges blocked';
        return `network (for network = true and package installs): private namespace through slirp4netns; host loopback, link-local/metadata and this machine's addresses blocked${priv}; no IPv6`;
    }
}
exports.SandboxNetwork = SandboxNetwork;


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

/***/ 8055:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// One local check's sandbox: its workspace (a host folder holding only the
// check's files) and its steps. A step is prepared (what its launcher starts:
// rlimits and the bwrap command line; a cgroup), started from a launcher
// (local-launcher.ts), and then watched, collected and torn down by
// local-step.ts.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LocalSandbox = void 0;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const local_aliases_js_1 = __webpack_require__(9696);
const local_bwrap_js_1 = __webpack_require__(9394);
const local_launcher_js_1 = __webpack_require__(8474);
const local_step_js_1 = __webpack_require__(6224);
const local_teardown_js_1 = __webpack_require__(590);
const local_userns_js_1 = __webpack_require__(1306);
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
        if (this.provider.joinsUserns)
            (0, local_userns_js_1.chownTree)(this.workspace);
    }
    run(req) {
        const prepared = this.prepare(req);
        if (typeof prepared === 'string')
            return Promise.resolve({ exitCode: null, sandboxError: prepared });
        const child = this.start(prepared);
        const { limits } = this.spec;
        const quota = this.provider.workspaceQuota;
        return new local_step_js_1.RunningStep(child, prepared.group, req, { workspace: this.workspace, quota, fileSizeBytes: limits.fileSizeBytes, running: this.running }).result;
    }
    /** The step's launch line (rlimits, the private network, bwrap, the check) and its cgroup; a string when the step may not run. */
    prepare(req) {
        const { limits } = this.spec;
        const bargs = (0, local_bwrap_js_1.bwrapArgs)(this.bwrapOptions(req));
        const refusal = req.network ? this.provider.network.refusal() : undefined;
        if (refusal)
            return refusal;
        const ready = this.provider.launchers.take();
        ready?.group.setLimits(limits.memoryBytes, limits.processes);
        const group = ready?.group ?? this.provider.launchers.cgroups()?.acquire(limits.memoryBytes, limits.processes);
        const spec = {
            limits,
            cgroups: !!group,
            fds: this.provider.sandboxFds(),
            prefix: [...(req.network ? this.provider.network.argv(this.dir, this.provider.joinsUserns) : []), this.provider.bwrap],
            options: bargs,
            command: (0, local_bwrap_js_1.sandboxCommand)(this.provider.joinsUserns, this.provider.setpriv, req.command),
        };
        return { spec, group, ready };
    }
    bwrapOptions(req) {
        const mounts = [...new Set(this.chains.flatMap((c) => c.mounts))];
        const pathDirs = [...new Set(this.chains.map((c) => c.binDir))].filter((d) => !local_bwrap_js_1.SANDBOX_PATH.split(':').includes(d));
        const aliases = (0, local_aliases_js_1.aliasTargets)([...pathDirs, ...local_bwrap_js_1.SANDBOX_PATH.split(':')]);
        const env = { ...req.env };
        if (req.network) {
            // Installers behind a TLS-inspecting proxy need the system CA store.
            const ca = '/etc/ssl/certs/ca-certificates.crt';
            if ((0, node_fs_1.existsSync)(ca)) {
                Object.assign(env, { SSL_CERT_FILE: ca, PIP_CERT: ca, NODE_EXTRA_CA_CERTS: ca, CARGO_HTTP_CAINFO: ca, ...env });
            }
        }
        return {
            workspace: this.workspace,
            etcDir: this.etcDir,
            mounts,
            pathDirs,
            aliasDir: aliases.size ? this.provider.aliasFolder(aliases) : undefined,
            network: req.network,
            env,
            disableUserns: this.disableUserns,
            emptyDir: this.provider.emptyDir(),
            joinUserns: this.provider.joinsUserns,
            seccomp: true,
            resolvConf: this.provider.network.resolvConf(this.etcDir),
            syncFd: this.provider.network.syncFd(),
            layers: this.spec.layers,
        };
    }
    /** Hands the command line to a launcher; the next check's launcher joins its cgroups while this one runs. */
    start(prepared) {
        const child = (0, local_launcher_js_1.launch)(prepared.ready, prepared.group, prepared.spec, this.workspace);
        this.provider.launchers.prepare(this.spec.limits);
        return child;
    }
    async destroy(opts = {}) {
        if (this.destroyed)
            return;
        this.destroyed = true;
        for (const abort of this.running)
            abort();
        this.provider.forget(this);
        if (opts.keepFiles)
            return;
        const left = (0, local_teardown_js_1.removeTree)(this.dir);
        if (left)
            return (0, local_teardown_js_1.leftoverWarning)(`the check's workspace ${this.dir}`, left);
    }
}
exports.LocalSandbox = LocalSandbox;


/***/ }),

/***/ 6554:
/***/ ((__unused_webpack_module, exports) => {


// The seccomp filter every local sandbox runs under, built here as a classic
// BPF program (the format bwrap's --seccomp reads) so no compiler or libseccomp
// is needed on the machine. It denies, with EPERM so programs degrade instead
// of dying, the kernel interfaces container runtimes keep from containers:
// each is either host-wide state no check needs, or a large attack surface
// for kernel exploits. docs/security.md lists them with the reasons.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BPF = exports.ENOSYS = exports.EPERM = exports.SECCOMP_RET_ERRNO = exports.SECCOMP_RET_ALLOW = exports.AUDIT_ARCH_AARCH64 = exports.AUDIT_ARCH_X86_64 = exports.CHECKED = exports.DENIED = void 0;
exports.seccompProgram = seccompProgram;
exports.deniedNames = deniedNames;
exports.DENIED = [
    { why: 'io_uring bypasses the syscall filter for the operations it queues and has been a steady source of kernel exploits', calls: { io_uring_setup: [425, 425], io_uring_enter: [426, 426], io_uring_register: [427, 427] } },
    { why: 'the kernel keyring is not namespaced: keys of other processes of the same uid', calls: { keyctl: [250, 219], add_key: [248, 217], request_key: [249, 218] } },
    { why: 'loading a new kernel', calls: { kexec_load: [246, 104], kexec_file_load: [320, 294] } },
    {
        why: 'changing the mount table, which could uncover what the sandbox hides',
        calls: { mount: [165, 40], umount2: [166, 39], pivot_root: [155, 41], move_mount: [429, 429], open_tree: [428, 428], fsopen: [430, 430], fsconfig: [431, 431], fsmount: [432, 432], fspick: [433, 433], mount_setattr: [442, 442] },
    },
    { why: 'new or other namespaces: a nested user namespace gives back every capability, against a much larger kernel surface (clone with namespace flags is denied too; clone3 returns ENOSYS so libc falls back to clone, whose flags can be checked)', calls: { unshare: [272, 97], setns: [308, 268] } },
    { why: 'reading or changing other processes (ptrace is denied entirely: debuggers do not run in checks)', calls: { ptrace: [101, 117], process_vm_readv: [310, 270], process_vm_writev: [311, 271], kcmp: [312, 272], pidfd_getfd: [438, 438] } },
    { why: 'eBPF programs and performance counters: kernel attack surface and host-wide observation', calls: { bpf: [321, 280], perf_event_open: [298, 241] } },
    { why: 'lets a program stall the kernel at a chosen point, the usual way to win exploit races', calls: { userfaultfd: [323, 282] } },
    { why: 'kernel modules', calls: { init_module: [175, 105], finit_module: [313, 273], delete_module: [176, 106], create_module: [174, undefined], query_module: [178, undefined], get_kernel_syms: [177, undefined] } },
    { why: 'host-wide state: swap, reboot, process accounting, the clock, disk quotas, the kernel log', calls: { swapon: [167, 224], swapoff: [168, 225], reboot: [169, 142], acct: [163, 89], settimeofday: [164, 170], clock_settime: [227, 112], clock_adjtime: [305, 266], adjtimex: [159, 171], quotactl: [179, 60], quotactl_fd: [443, 443], syslog: [103, 116], vhangup: [153, 58] } },
    { why: 'opening files by handle skips path checks, so it can reach files outside the mounts', calls: { open_by_handle_at: [304, 265], name_to_handle_at: [303, 264] } },
    { why: 'hardware I/O ports and obsolete interfaces', calls: { iopl: [172, undefined], ioperm: [173, undefined], lookup_dcookie: [212, 18], nfsservctl: [180, 42], uselib: [134, undefined], _sysctl: [156, undefined], fanotify_init: [300, 262] } },
];
/** Syscalls whose arguments are checked rather than denied outright. */
exports.CHECKED = {
    clone: [56, 220],
    clone3: [435, 435],
    personality: [135, 92],
};
/** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWTIME. */
const CLONE_NAMESPACE_FLAGS = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x00000080;
/** personality() values programs use (Linux, 32-bit, uname26, query); others change how the kernel treats the process. */
const PERSONALITY_ALLOWED = [0x0, 0x8, 0x20000, 0x20008, 0xffffffff];
exports.AUDIT_ARCH_X86_64 = 0xc000003e;
exports.AUDIT_ARCH_AARCH64 = 0xc00000b7;
const X32_SYSCALL_BIT = 0x40000000;
exports.SECCOMP_RET_ALLOW = 0x7fff0000;
exports.SECCOMP_RET_ERRNO = 0x00050000;
exports.EPERM = 1;
exports.ENOSYS = 38;
// Classic BPF opcodes.
exports.BPF = {
    LD_W_ABS: 0x20,
    JEQ_K: 0x15,
    JGE_K: 0x35,
    JSET_K: 0x45,
    RET_K: 0x06,
};
/** Offsets in struct seccomp_data. */
const NR = 0;
const ARCH = 4;
const ARG0_LOW = 16; // little-endian: the low 32 bits of args[0]
/** A section of the program for one arch, with symbolic jumps resolved at the end. */
function archSection(arch, x32Check) {
    const denied = exports.DENIED.flatMap((f) => Object.values(f.calls).map((n) => n[arch])).filter((n) => n !== undefined);
    const out = [];
    const at = (label) => (out[out.length - 1].label = label);
    out.push({ code: exports.BPF.LD_W_ABS, jt: 0, jf: 0, k: NR });
    if (x32Check)
        out.push({ code: exports.BPF.JGE_K, jt: 'deny', jf: 0, k: X32_SYSCALL_BIT });
    for (const n of denied)
        out.push({ code: exports.BPF.JEQ_K, jt: 'deny', jf: 0, k: n });
    out.push({ code: exports.BPF.JEQ_K, jt: 'enosys', jf: 0, k: exports.CHECKED.clone3[arch] });
    out.push({ code: exports.BPF.JEQ_K, jt: 'clone', jf: 0, k: exports.CHECKED.clone[arch] });
    out.push({ code: exports.BPF.JEQ_K, jt: 'personality', jf: 'allow', k: exports.CHECKED.personality[arch] });
    out.push({ code: exports.BPF.LD_W_ABS, jt: 0, jf: 0, k: ARG0_LOW });
    at('clone');
    out.push({ code: exports.BPF.JSET_K, jt: 'deny', jf: 'allow', k: CLONE_NAMESPACE_FLAGS });
    out.push({ code: exports.BPF.LD_W_ABS, jt: 0, jf: 0, k: ARG0_LOW });
    at('personality');
    for (const p of PERSONALITY_ALLOWED)
        out.push({ code: exports.BPF.JEQ_K, jt: 'allow', jf: 0, k: p });
    out.push({ code: exports.BPF.RET_K, jt: 0, jf: 0, k: exports.SECCOMP_RET_ERRNO | exports.EPERM });
    at('deny');
    out.push({ code: exports.BPF.RET_K, jt: 0, jf: 0, k: exports.SECCOMP_RET_ALLOW });
    at('allow');
    out.push({ code: exports.BPF.RET_K, jt: 0, jf: 0, k: exports.SECCOMP_RET_ERRNO | exports.ENOSYS });
    at('enosys');
    const where = new Map(out.map((i, idx) => [i.label, idx]));
    const rel = (j, idx) => {
        if (typeof j === 'number')
            return j;
        const off = where.get(j) - idx - 1;
        if (off < 0 || off > 255)
            throw new Error(`seccomp jump to ${j} out of range (${off})`);
        return off;
    };
    return out.map((i, idx) => ({ code: i.code, jt: rel(i.jt, idx), jf: rel(i.jf, idx), k: i.k >>> 0 }));
}
/** The whole program: dispatch on the arch, then that arch's rules; any other arch (i386 via int 0x80, …) is denied. */
function seccompInstructions() {
    const x86 = archSection(0, true);
    const arm = archSection(1, false);
    const head = [
        { code: exports.BPF.LD_W_ABS, jt: 0, jf: 0, k: ARCH },
        { code: exports.BPF.JEQ_K, jt: 2, jf: 0, k: exports.AUDIT_ARCH_X86_64 },
        { code: exports.BPF.JEQ_K, jt: 1 + x86.length, jf: 0, k: exports.AUDIT_ARCH_AARCH64 },
        { code: exports.BPF.RET_K, jt: 0, jf: 0, k: exports.SECCOMP_RET_ERRNO | exports.EPERM },
    ];
    return [...head, ...x86, ...arm];
}
/** struct sock_filter[] as bwrap reads it: u16 code, u8 jt, u8 jf, u32 k, host byte order (little-endian on both arches). */
function seccompProgram() {
    const insns = seccompInstructions();
    const buf = Buffer.alloc(insns.length * 8);
    insns.forEach((i, n) => {
        buf.writeUInt16LE(i.code, n * 8);
        buf.writeUInt8(i.jt, n * 8 + 2);
        buf.writeUInt8(i.jf, n * 8 + 3);
        buf.writeUInt32LE(i.k, n * 8 + 4);
    });
    return buf;
}
/** Every denied syscall name, for doctor and the docs. */
function deniedNames() {
    return exports.DENIED.flatMap((f) => Object.keys(f.calls));
}


/***/ }),

/***/ 1480:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Some toolchains build a cache on first use that every check would rebuild
// (Go compiles its standard library: ~8 s). The language module says how to
// warm it (its `cacheSeed`); the cache is warmed once per run and language by
// the toolchain alone (no checked code) and copied into each workspace of
// that language, so checks never share a writable cache.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SeedCaches = void 0;
exports.seedSpec = seedSpec;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const local_userns_js_1 = __webpack_require__(1306);
const SEED_LIMITS = {
    timeoutMs: 120_000,
    memoryBytes: 2 * 1024 ** 3,
    processes: 256,
    outputBytes: 1 << 20,
    fileSizeBytes: 512 * 1024 ** 2,
    openFiles: 1024,
};
/** The sandbox a language's warm-up program is built in. */
function seedSpec(lang) {
    return { name: `${lang.id}-cache`, language: lang.id, network: false, env: {}, limits: SEED_LIMITS };
}
class SeedCaches {
    /** Per language: the warmed cache folder, or undefined when warming failed. */
    seeded = new Map();
    /**
     * Copies the run's warmed cache of `lang` into `workspace`, warming it
     * first (in `seedDir`, by the sandbox `open` makes over `seedDir/workspace`)
     * when this is the run's first check of that language. `ownedByUserns`:
     * the seed workspace is handed to the sandbox's user namespace, as a
     * check's is.
     */
    async copyInto(lang, workspace, seedDir, ownedByUserns, open) {
        const seed = lang.cacheSeed;
        if (!seed)
            return;
        let warmed = this.seeded.get(lang.id);
        if (!warmed) {
            warmed = (async () => {
                const seedWorkspace = node_path_1.default.join(seedDir, 'workspace');
                (0, node_fs_1.mkdirSync)(seedWorkspace, { recursive: true });
                for (const [name, content] of Object.entries(seed.files))
                    (0, node_fs_1.writeFileSync)(node_path_1.default.join(seedWorkspace, name), content);
                if (ownedByUserns) {
                    (0, local_userns_js_1.chownTree)(seedWorkspace);
                    (0, node_fs_1.chmodSync)(seedWorkspace, 0o711);
                }
                const sandbox = open(seedWorkspace);
                const r = await sandbox.run({
                    command: seed.command,
                    env: lang.env ?? {},
                    stdin: '',
                    network: false,
                    deadline: Date.now() + SEED_LIMITS.timeoutMs,
                    onStdout: () => { },
                    onStderr: () => { },
                    signal: new AbortController().signal,
                });
                await sandbox.destroy({ keepFiles: true });
                const cache = node_path_1.default.join(seedWorkspace, '.cache');
                return r.exitCode === 0 && (0, node_fs_1.existsSync)(cache) ? cache : undefined;
            })();
            this.seeded.set(lang.id, warmed);
        }
        const cache = await warmed;
        if (cache)
            await (0, promises_1.cp)(cache, node_path_1.default.join(workspace, '.cache'), { recursive: true });
    }
    /** The run ended (its folder is gone): the next run warms its own. */
    forget() {
        this.seeded.clear();
    }
}
exports.SeedCaches = SeedCaches;


/***/ }),

/***/ 9626:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Version-manager shims, resolved without running them. A shim (rustup's
// proxies, pyenv/rbenv/goenv/nodenv/jenv, asdf, mise, volta) picks its version
// from files in the current folder and its parents (rust-toolchain.toml,
// .python-version, .tool-versions, mise.toml, package.json), which a
// repository controls; rust-toolchain.toml can even name a binary to run. So
// no shim is ever executed on the host: each family's own global setting (the
// job's env variable, or the manager's global file in its home) names the
// version, and the real binary is looked up in the manager's versions folder.
// nvm and sdkman put a concrete version folder on PATH and need no shim logic.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isExecutable = isExecutable;
exports.resolveShim = resolveShim;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const smol_toml_1 = __webpack_require__(7106);
function isExecutable(p) {
    try {
        (0, node_fs_1.accessSync)(p, node_fs_1.constants.X_OK);
        return (0, node_fs_1.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function readText(p) {
    try {
        return (0, node_fs_1.readFileSync)(p, 'utf8');
    }
    catch {
        return undefined;
    }
}
function inside(p, root) {
    return p === root || p.startsWith(`${root}/`);
}
function real(p) {
    try {
        return (0, node_fs_1.realpathSync)(p);
    }
    catch {
        return p;
    }
}
const RUST_PROXIES = new Set(['rustc', 'cargo', 'rustdoc', 'rustfmt', 'cargo-fmt', 'cargo-clippy', 'clippy-driver', 'rust-gdb', 'rust-lldb', 'rust-analyzer', 'cargo-miri']);
function hostTriple() {
    const arch = { x64: 'x86_64', arm64: 'aarch64', riscv64: 'riscv64gc', ppc64: 'powerpc64le', s390x: 's390x' }[process.arch] ?? process.arch;
    return `${arch}-unknown-linux-gnu`;
}
/** rustup's proxies are links (or hard links) to the rustup binary. */
function isRustupProxy(file, rustupBin) {
    if (node_path_1.default.basename(real(file)).startsWith('rustup'))
        return true;
    try {
        const a = (0, node_fs_1.statSync)(file);
        const b = (0, node_fs_1.statSync)(rustupBin);
        return a.ino === b.ino && a.dev === b.dev;
    }
    catch {
        return false;
    }
}
/** rustup: RUSTUP_TOOLCHAIN from the job, else `default_toolchain` of rustup's own settings.toml. */
function rustup(dir, tool, host) {
    const cargoHome = host.env.CARGO_HOME || node_path_1.default.join(host.home, '.cargo');
    const rustupHome = host.env.RUSTUP_HOME || node_path_1.default.join(host.home, '.rustup');
    if (!RUST_PROXIES.has(tool) || !(dir === node_path_1.default.join(cargoHome, 'bin') || isRustupProxy(node_path_1.default.join(dir, tool), node_path_1.default.join(dir, 'rustup'))))
        return undefined;
    let name = host.env.RUSTUP_TOOLCHAIN;
    let from = 'RUSTUP_TOOLCHAIN';
    if (!name) {
        const settings = readText(node_path_1.default.join(rustupHome, 'settings.toml'));
        try {
            const v = settings ? (0, smol_toml_1.parse)(settings).default_toolchain : undefined;
            if (typeof v === 'string')
                name = v;
        }
        catch {
            /* unreadable settings: unresolved below */
        }
        from = `${node_path_1.default.join(rustupHome, 'settings.toml')} default_toolchain`;
    }
    if (!name)
        return { kind: 'unresolved', why: `rustup shim in ${dir}: no default toolchain (set RUSTUP_TOOLCHAIN in the job, or run rustup default stable)` };
    // A path toolchain from the job's env is the workflow author's choice.
    const dirs = name.startsWith('/') ? [name] : [node_path_1.default.join(rustupHome, 'toolchains', name), node_path_1.default.join(rustupHome, 'toolchains', `${name}-${hostTriple()}`)];
    for (const tc of dirs) {
        const binary = node_path_1.default.join(tc, 'bin', tool);
        if (isExecutable(binary))
            return { kind: 'real', binary, root: real(tc), via: `rustup ${node_path_1.default.basename(tc)} (${from})` };
    }
    return { kind: 'unresolved', why: `rustup toolchain "${name}" (${from}) has no ${tool} under ${node_path_1.default.join(rustupHome, 'toolchains')}` };
}
/** The managers that keep `shims/`, `versions/<v>/` and a global `version` file. */
const VERSION_FILE_FAMILIES = [
    { name: 'pyenv', rootEnv: 'PYENV_ROOT', defaultRoot: '.pyenv', versionEnv: 'PYENV_VERSION' },
    { name: 'rbenv', rootEnv: 'RBENV_ROOT', defaultRoot: '.rbenv', versionEnv: 'RBENV_VERSION' },
    { name: 'goenv', rootEnv: 'GOENV_ROOT', defaultRoot: '.goenv', versionEnv: 'GOENV_VERSION' },
    { name: 'nodenv', rootEnv: 'NODENV_ROOT', defaultRoot: '.nodenv', versionEnv: 'NODENV_VERSION' },
    { name: 'jenv', rootEnv: 'JENV_ROOT', defaultRoot: '.jenv', versionEnv: 'JENV_VERSION' },
];
function versionFile(dir, tool, host, f) {
    const root = host.env[f.rootEnv] || node_path_1.default.join(host.home, f.defaultRoot);
    // Any PATH folder of the manager except a concrete version's own bin is a shim folder (plugins add their own).
    if (!inside(dir, root) || inside(dir, node_path_1.default.join(root, 'versions')))
        return undefined;
    const fromEnv = host.env[f.versionEnv] || undefined;
    const file = node_path_1.default.join(root, 'version');
    const versions = (fromEnv ?? readText(file) ?? 'system').split(/[\s:]+/).filter(Boolean);
    const from = fromEnv ? f.versionEnv : file;
    for (const v of versions) {
        if (v === 'system')
            return { kind: 'system', via: `${f.name} system (${from})` };
        const folder = node_path_1.default.join(root, 'versions', v);
        const binary = node_path_1.default.join(folder, 'bin', tool);
        if (isExecutable(binary))
            return { kind: 'real', binary, root: real(folder), via: `${f.name} ${v} (${from})` };
    }
    return { kind: 'unresolved', why: `${f.name} shim in ${dir}: version ${versions.join(', ') || '(none)'} (${from}) has no ${tool}` };
}
/** Installed version folders of one tool, newest first, matching `want` ("3.11" matches 3.11.7). */
function installed(folder, want) {
    let names;
    try {
        names = (0, node_fs_1.readdirSync)(folder);
    }
    catch {
        return [];
    }
    const any = want === 'latest' || want === '';
    return names
        .filter((n) => any || n === want || n.startsWith(`${want}.`) || n.startsWith(`${want}-`))
        .sort((a, b) => (a === want ? -1 : b === want ? 1 : b.localeCompare(a, 'en', { numeric: true })));
}
/** The tool's binary in an install folder: bin/, or one level down (asdf's golang keeps go/bin). */
function binaryIn(install, tool) {
    const direct = node_path_1.default.join(install, 'bin', tool);
    if (isExecutable(direct))
        return direct;
    let subs;
    try {
        subs = (0, node_fs_1.readdirSync)(install);
    }
    catch {
        return undefined;
    }
    for (const s of subs) {
        const nested = node_path_1.default.join(install, s, 'bin', tool);
        if (isExecutable(nested))
            return nested;
    }
    return undefined;
}
/** asdf: ASDF_<PLUGIN>_VERSION from the job, else the global ~/.tool-versions; the plugin is read from the shim's text. */
function asdf(dir, tool, host) {
    const root = host.env.ASDF_DATA_DIR || node_path_1.default.join(host.home, '.asdf');
    if (dir !== node_path_1.default.join(root, 'shims'))
        return undefined;
    const shim = readText(node_path_1.default.join(dir, tool)) ?? '';
    const plugins = [...new Set([...shim.matchAll(/^# asdf-plugin: (\S+)/gm)].map((m) => m[1]))];
    if (!plugins.length)
        return { kind: 'unresolved', why: `asdf shim ${node_path_1.default.join(dir, tool)} names no plugin` };
    const globalFile = node_path_1.default.join(host.home, host.env.ASDF_DEFAULT_TOOL_VERSIONS_FILENAME || '.tool-versions');
    const globals = new Map();
    for (const line of (readText(globalFile) ?? '').split('\n')) {
        const [name, ...vs] = line.replace(/#.*/, '').trim().split(/\s+/);
        if (name && vs.length)
            globals.set(name, vs);
    }
    for (const plugin of plugins) {
        const key = `ASDF_${plugin.toUpperCase().replace(/-/g, '_')}_VERSION`;
        const versions = host.env[key] ? [host.env[key]] : (globals.get(plugin) ?? []);
        const from = host.env[key] ? key : globalFile;
        for (const v of versions) {
            if (v === 'system')
                return { kind: 'system', via: `asdf ${plugin} system (${from})` };
            const install = node_path_1.default.join(root, 'installs', plugin, v);
            const binary = binaryIn(install, tool);
            if (binary)
                return { kind: 'real', binary, root: real(install), via: `asdf ${plugin} ${v} (${from})` };
        }
    }
    return { kind: 'unresolved', why: `asdf shim for ${tool}: no global version of ${plugins.join(', ')} in ${globalFile} is installed` };
}
/** mise: MISE_<TOOL>_VERSION from the job, else [tools] of the global config.toml. */
function mise(dir, tool, host) {
    const data = host.env.MISE_DATA_DIR || node_path_1.default.join(host.env.XDG_DATA_HOME || node_path_1.default.join(host.home, '.local', 'share'), 'mise');
    if (dir !== node_path_1.default.join(data, 'shims'))
        return undefined;
    const configDir = host.env.MISE_CONFIG_DIR || node_path_1.default.join(host.env.XDG_CONFIG_HOME || node_path_1.default.join(host.home, '.config'), 'mise');
    const configFile = host.env.MISE_GLOBAL_CONFIG_FILE || node_path_1.default.join(configDir, 'config.toml');
    let tools = {};
    try {
        const t = (0, smol_toml_1.parse)(readText(configFile) ?? '').tools;
        if (t && typeof t === 'object')
            tools = t;
    }
    catch {
        return { kind: 'unresolved', why: `mise shim for ${tool}: ${configFile} is not valid TOML` };
    }
    for (const [name, spec] of Object.entries(tools)) {
        const short = name.replace(/^core:/, '');
        const key = `MISE_${short.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_VERSION`;
        const listed = (Array.isArray(spec) ? spec : [spec]).map((s) => (s && typeof s === 'object' ? s.version : s));
        const versions = host.env[key] ? [host.env[key]] : listed.filter((v) => typeof v === 'string');
        const from = host.env[key] ? key : configFile;
        for (const v of versions) {
            if (v === 'system')
                continue;
            for (const match of installed(node_path_1.default.join(data, 'installs', short), v)) {
                const install = node_path_1.default.join(data, 'installs', short, match);
                const binary = binaryIn(install, tool);
                if (binary)
                    return { kind: 'real', binary, root: real(install), via: `mise ${short} ${match} (${from})` };
            }
        }
    }
    return { kind: 'unresolved', why: `mise shim for ${tool}: no tool in ${configFile} [tools] provides it` };
}
/** volta: the default platform in tools/user/platform.json (package.json's "volta" field is the repository's). */
function volta(dir, tool, host) {
    const root = host.env.VOLTA_HOME || node_path_1.default.join(host.home, '.volta');
    if (dir !== node_path_1.default.join(root, 'bin'))
        return undefined;
    const file = node_path_1.default.join(root, 'tools', 'user', 'platform.json');
    let platform = {};
    try {
        platform = JSON.parse(readText(file) ?? '{}');
    }
    catch {
        /* unresolved below */
    }
    const node = typeof platform.node?.runtime === 'string' ? platform.node.runtime : undefined;
    const npm = typeof platform.node?.npm === 'string' ? platform.node.npm : undefined;
    const candidates = [
        ...(npm && tool === 'npm' ? [node_path_1.default.join(root, 'tools', 'image', 'npm', npm)] : []),
        ...(node ? [node_path_1.default.join(root, 'tools', 'image', 'node', node)] : []),
    ];
    for (const install of candidates) {
        const binary = node_path_1.default.join(install, 'bin', tool);
        if (isExecutable(binary))
            return { kind: 'real', binary, root: real(install), via: `volta ${node_path_1.default.basename(node_path_1.default.dirname(install))} ${node_path_1.default.basename(install)} (${file})` };
    }
    return { kind: 'unresolved', why: `volta shim for ${tool}: no default in ${file} provides it` };
}
/**
 * What the manager owning `dir` selects for `tool`; undefined when `dir` is
 * no known manager's shim folder. A folder named `shims` of a manager not
 * listed here is still a shim: it is never run, only skipped.
 */
function resolveShim(dir, tool, host) {
    const known = rustup(dir, tool, host) ??
        VERSION_FILE_FAMILIES.reduce((r, f) => r ?? versionFile(dir, tool, host, f), undefined) ??
        asdf(dir, tool, host) ??
        mise(dir, tool, host) ??
        volta(dir, tool, host);
    if (known)
        return known;
    if (node_path_1.default.basename(dir) === 'shims')
        return { kind: 'unresolved', why: `${node_path_1.default.join(dir, tool)} is a version-manager shim this tool does not know; it is never run` };
    return undefined;
}


/***/ }),

/***/ 6224:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// One running step of a local check, from the moment its launcher has its
// command line to the RunResult: the limits the parent watches (wall-clock
// deadline, workspace quota, an abort), the output it collects, and the
// teardown that kills everything the step started before the result is told.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunningStep = void 0;
const local_procs_js_1 = __webpack_require__(8657);
const local_workspace_js_1 = __webpack_require__(5857);
/** Signal numbers bwrap reports as 128+n. */
const SIGNALS = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
    9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};
const LIMIT_SIGNALS = { SIGXCPU: 'cpu_time', SIGXFSZ: 'file_size' };
class RunningStep {
    child;
    group;
    req;
    ctx;
    /** Resolves once nothing of the step runs any more. */
    result;
    resolve;
    limit;
    exitCode = null;
    exitSignal = null;
    finished = false;
    spawnError;
    /**
     * Without a cgroup, the sandbox's init (bwrap's child): its pid
     * namespace is empty once it is gone (see local-procs.ts).
     */
    inits = [];
    timer;
    drainTimer;
    stopWatch = () => { };
    onAbort = () => {
        this.killAll();
        this.finish();
    };
    constructor(child, group, req, ctx) {
        this.child = child;
        this.group = group;
        this.req = req;
        this.ctx = ctx;
        this.result = new Promise((resolve) => (this.resolve = resolve));
        this.watchLimits();
        this.collect();
    }
    /** The deadline, the workspace quota and the abort signal each end the step. */
    watchLimits() {
        const remaining = Math.max(0, this.req.deadline - Date.now());
        this.timer = setTimeout(() => this.hit('timeout'), remaining);
        // The workspace is on the host's disk: a quota keeps a check from filling it.
        const { quota } = this.ctx;
        this.stopWatch = (0, local_workspace_js_1.watchWorkspace)(this.ctx.workspace, { bytes: Math.max(quota.bytes, 2 * this.ctx.fileSizeBytes), entries: quota.entries }, () => this.hit('disk'));
        this.req.signal.addEventListener('abort', this.onAbort, { once: true });
        this.ctx.running.add(this.onAbort);
    }
    hit(limit) {
        this.limit = limit;
        this.killAll();
        this.finish();
    }
    /** Output goes on as it comes; stdin is written and closed; the exit and the pipes' close end the step. */
    collect() {
        const { child, req } = this;
        child.stdout.on('data', (b) => req.onStdout(b));
        child.stderr.on('data', (b) => req.onStderr(b));
        child.stdin.on('error', () => { });
        child.stdin.end(req.stdin);
        child.on('error', (e) => {
            this.spawnError = `could not start the sandbox: ${e.message}`;
            this.finish();
        });
        child.on('exit', (code, sig) => {
            this.exitCode = code;
            this.exitSignal = sig;
            // The pid namespace ends with the program, so the pipes close at once;
            // the short drain only collects what is still buffered.
            this.drainTimer = setTimeout(() => this.finish(), 250);
        });
        child.on('close', () => this.finish());
    }
    killAll() {
        const { child, group } = this;
        group?.killAll();
        if (child.pid) {
            if (!group && !this.inits.length && this.exitCode === null && !this.exitSignal)
                this.inits.push(...(0, local_procs_js_1.childrenOf)(child.pid));
            for (const p of [-child.pid, ...this.inits.map((i) => i.pid)]) {
                try {
                    process.kill(p, 'SIGKILL');
                }
                catch {
                    /* already gone */
                }
            }
        }
    }
    finish() {
        if (this.finished)
            return;
        this.finished = true;
        const counters = this.teardown();
        const result = this.judge(counters);
        // SIGKILL is asynchronous: report the step ended only when nothing of it runs.
        if (this.inits.length)
            void (0, local_procs_js_1.waitGone)(this.inits).then(() => this.resolve(result));
        else
            this.resolve(result);
    }
    /** Stops every watch, kills what is left, gives the cgroup back; its counters for judging. */
    teardown() {
        clearTimeout(this.timer);
        clearTimeout(this.drainTimer);
        this.stopWatch();
        this.req.signal.removeEventListener('abort', this.onAbort);
        this.ctx.running.delete(this.onAbort);
        this.killAll();
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        const counters = this.group?.counters();
        this.group?.release();
        return counters;
    }
    /** Which limit (if any) ended the step, from its exit, its signal and the cgroup's counters. */
    judge(counters) {
        let { limit, spawnError } = this;
        let signal;
        let code = this.exitCode;
        if (this.exitSignal)
            signal = this.exitSignal;
        else if (code !== null && code > 128 && code <= 128 + 64 && SIGNALS[code - 128])
            signal = SIGNALS[code - 128];
        if (code === 125 && !limit && this.group)
            spawnError = 'could not join the check to its cgroup';
        if (code === 123 && !limit && this.req.network)
            spawnError = 'could not start the sandbox network (slirp4netns, ip rules): see the step output';
        if (!limit && counters?.oomKills)
            limit = 'memory';
        if (!limit && signal && LIMIT_SIGNALS[signal])
            limit = LIMIT_SIGNALS[signal];
        if (!limit && counters?.pidsMaxHits && (code !== 0 || signal))
            limit = 'processes';
        if (limit === 'timeout')
            code = null;
        return { exitCode: code, signal: limit === 'timeout' ? undefined : signal, limit, sandboxError: spawnError };
    }
}
exports.RunningStep = RunningStep;


/***/ }),

/***/ 590:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Removing what a check left in its host folder. The check owns its workspace
// and may leave it unremovable for the tool's user (`chmod 000` on a folder,
// read-only trees such as Go's module cache, fifos, sockets, links to host
// files, trees deeper than PATH_MAX). Removal makes folders writable again
// without ever following a link or touching anything outside the folder, and
// a failure is reported as what was left, never thrown: it must not cost the
// run its outcomes.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.removeTree = removeTree;
exports.leftoverWarning = leftoverWarning;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
/** The first entries still under `root` (bounded), for the warning. */
function remaining(root, limit = 5) {
    const out = [];
    let visits = 0;
    const walk = (p) => {
        if (out.length >= limit || ++visits > 10_000)
            return;
        let st;
        try {
            st = (0, node_fs_1.lstatSync)(p);
        }
        catch {
            return;
        }
        let names = [];
        if (st.isDirectory()) {
            try {
                names = (0, node_fs_1.readdirSync)(p);
            }
            catch {
                out.push(p);
                return;
            }
        }
        if (!names.length)
            out.push(p);
        for (const n of names)
            walk(node_path_1.default.join(p, n));
    };
    walk(root);
    return out;
}
const COREUTILS_ENV = { PATH: '/usr/bin:/bin', LC_ALL: 'C' };
/** Removes `root` and everything under it; returns what was left when it could not. */
function removeTree(root) {
    try {
        (0, node_fs_1.rmSync)(root, { recursive: true, force: true, maxRetries: 2 });
        return undefined;
    }
    catch {
        /* folders without write or search permission, or paths past PATH_MAX */
    }
    // GNU chmod -R never follows or changes a link met in the walk, and it and
    // rm walk relative to each folder, so trees deeper than PATH_MAX go too.
    const opts = { env: COREUTILS_ENV, stdio: 'ignore', timeout: 120_000 };
    (0, node_child_process_1.spawnSync)('/bin/chmod', ['-R', 'u+rwx', '--', root], opts);
    const rm = (0, node_child_process_1.spawnSync)('/bin/rm', ['-rf', '--one-file-system', '--', root], { ...opts, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (!(0, node_fs_1.existsSync)(root))
        return undefined;
    const error = (rm.stderr || rm.error?.message || `rm exit ${rm.status}`).trim().split('\n')[0];
    return { paths: remaining(root), error };
}
/** One sentence for a leftover: what stayed on disk and what to do. */
function leftoverWarning(what, left) {
    const shown = left.paths.join(', ') || '(unknown)';
    return `could not remove ${what}: ${left.error ?? 'error'}; left on disk: ${shown}. Remove it by hand (an immutable file needs chattr -i, a busy mount umount).`;
}


/***/ }),

/***/ 2022:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Finds the host toolchains a sandbox needs and the folders to mount read-only
// for them. Nothing is executed on the host: a repository controls the files
// that version managers read from the current folder, so shims are resolved
// from the managers' own global settings (local-shims.ts) and plain binaries by
// their real path. Only a toolchain's own folder is mounted, never a home
// dot-folder that may hold credentials (~/.cargo, ~/.config, ~/.ssh, ...).
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SYSTEM_ROOTS = void 0;
exports.which = which;
exports.mountable = mountable;
exports.resolveTool = resolveTool;
exports.lookupTool = lookupTool;
exports.locateTool = locateTool;
exports.describeTools = describeTools;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const local_shims_js_1 = __webpack_require__(9626);
/** Folders the sandbox always gets read-only; tools inside need no extra mount. */
exports.SYSTEM_ROOTS = ['/usr', '/bin', '/sbin', '/lib', '/lib64', '/lib32'];
/** Home entries that hold credentials or settings: never mounted, nor anything under them. */
const HOME_DENY = ['.ssh', '.gnupg', '.aws', '.azure', '.config', '.docker', '.kube', '.cargo', '.npmrc', '.pypirc', '.netrc', '.git-credentials', '.gem', '.m2', '.gradle', '.local/share/keyrings'];
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
        if ((0, local_shims_js_1.isExecutable)(candidate))
            return candidate;
    }
    return undefined;
}
function underSystemRoot(p) {
    return exports.SYSTEM_ROOTS.some((r) => p === r || p.startsWith(`${r}/`));
}
/** System folders that configure or expose the host: never a toolchain folder. */
const SYSTEM_DENY = ['/etc', '/proc', '/sys', '/dev', '/run', '/boot', '/var', '/tmp', '/root', '/home', '/srv', '/mnt', '/media'];
/** Whether a folder may be bound into a sandbox: not the root, the home, a direct home entry, a credential folder, host configuration or the repository's parents. */
function mountable(dir, home, cwd) {
    if (dir === '/' || dir === home || home.startsWith(`${dir}/`) || cwd === dir || cwd.startsWith(`${dir}/`))
        return false;
    if (SYSTEM_DENY.includes(dir) || ['/etc', '/proc', '/sys', '/dev', '/run', '/boot'].some((d) => dir.startsWith(`${d}/`)))
        return false;
    if (dir.startsWith(`${home}/`)) {
        const rel = dir.slice(home.length + 1);
        if (!rel.includes('/'))
            return false;
        if (HOME_DENY.some((d) => rel === d || rel.startsWith(`${d}/`)))
            return false;
    }
    return true;
}
/** The folder to mount for a binary: its toolchain root when that may be mounted, else its own folder. */
function mountRootFor(binary, home, cwd) {
    if (underSystemRoot(binary))
        return undefined;
    const binDir = node_path_1.default.dirname(binary);
    const root = node_path_1.default.basename(binDir) === 'bin' ? node_path_1.default.dirname(binDir) : binDir;
    if (mountable(root, home, cwd))
        return root;
    return mountable(binDir, home, cwd) ? binDir : undefined;
}
function realOf(p) {
    try {
        return (0, node_fs_1.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
/**
 * Where `tool` comes from for a sandbox, read from `env` (the job's, trusted)
 * and the file system only. Deterministic and side-effect free: no process is
 * started, and the current folder (the repository) is consulted only so that
 * it is never mounted.
 */
function resolveTool(tool, env = process.env, cwd = process.cwd()) {
    const home = env.HOME || node_os_1.default.homedir();
    const host = { env, home };
    const skipped = [];
    // The repository's own folders on PATH hold what the repository chose
    // (a link there could name any host folder to mount): never a toolchain.
    const repos = [cwd, env.GITHUB_WORKSPACE].filter((r) => !!r && r !== '/' && r !== home && !home.startsWith(`${r}/`));
    for (const dir of searchPath(env.PATH ?? '')) {
        const onPath = node_path_1.default.join(dir, tool);
        if (!(0, local_shims_js_1.isExecutable)(onPath))
            continue;
        if (repos.some((r) => dir === r || dir.startsWith(`${r}/`))) {
            skipped.push(`${onPath}: inside the repository, so never a toolchain`);
            continue;
        }
        const shim = (0, local_shims_js_1.resolveShim)(dir, tool, host);
        if (shim?.kind === 'unresolved') {
            skipped.push(shim.why);
            continue;
        }
        if (shim?.kind === 'system')
            continue;
        const binary = shim?.kind === 'real' ? shim.binary : onPath;
        const real = realOf(binary);
        if (!real)
            continue;
        const mounts = new Set();
        if (shim?.kind === 'real' && !underSystemRoot(real)) {
            if (!mountable(shim.root, home, cwd)) {
                skipped.push(`${shim.via}: ${shim.root} is not mounted into sandboxes (it would expose the home folder)`);
                continue;
            }
            mounts.add(shim.root);
        }
        // The JVM, Go and Python find their libraries relative to the real binary.
        for (const b of [real, binary]) {
            const root = mountRootFor(b, home, cwd);
            const target = root && realOf(root);
            if (root && target && ![...mounts].some((m) => [root, target].some((r) => r === m || r.startsWith(`${m}/`))))
                mounts.add(root);
        }
        if (!underSystemRoot(real) && !mounts.size) {
            skipped.push(`${onPath}: its folder is not mounted into sandboxes (it would expose the home folder or the repository)`);
            continue;
        }
        // Keep the name the tool was called by (python3, not python3.11) but in the
        // real folder, so `python3 -m pip` and siblings resolve inside the toolchain.
        // A PATH entry under the read-only system folders works as it is (npm's
        // /usr/bin/npm link needs its own name to find its files); elsewhere the
        // real folder is mounted and used.
        const binDir = binary !== onPath ? node_path_1.default.dirname(binary) : underSystemRoot(dir) ? dir : node_path_1.default.dirname(real);
        const found = { tool, binary: node_path_1.default.join(binDir, node_path_1.default.basename(binary)), binDir, mounts: [...mounts] };
        if (shim?.kind === 'real')
            found.via = shim.via;
        return { found, skipped };
    }
    return { skipped };
}
const cache = new Map();
/** The tool as this process's env finds it; resolved once per process. */
function lookupTool(tool) {
    let r = cache.get(tool);
    if (!r) {
        r = resolveTool(tool);
        cache.set(tool, r);
    }
    return r;
}
async function locateTool(tool) {
    return lookupTool(tool).found;
}
/**
 * doctor's line for a language's tools: each binary and, for one outside the
 * system folders, the folder mounted for it and the setting that chose it.
 */
function describeTools(tools) {
    const missing = [];
    const parts = [];
    const home = process.env.HOME || node_os_1.default.homedir();
    const short = (p) => p.split(`${home}/`).join('~/');
    for (const tool of tools) {
        const { found } = lookupTool(tool);
        if (!found) {
            missing.push(tool);
            continue;
        }
        const extra = [found.mounts.length ? `mounts ${found.mounts.join(', ')}` : '', found.via ?? ''].filter(Boolean).join('; ');
        parts.push(short(extra ? `${found.binary} (${extra})` : found.binary));
    }
    return { missing, detail: parts.join(', ') };
}


/***/ }),

/***/ 1306:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// When the tool runs as root, checks must not run as host root: the sandbox
// joins a user namespace whose uid 0 is an unprivileged host uid (nobody), so
// a check that looks like root inside is nobody to every host file, sysctl
// and process it could reach. bwrap cannot map root to another uid itself, so
// one holder process per provider owns such a namespace and each sandbox
// joins it (bwrap --userns). Host root is mapped too, as uid 1, only so bwrap
// can set the sandbox up (open toolchains under /root, create mount points);
// the check itself switches to uid 0 with setpriv before anything of it runs,
// with every capability and the bounding set gone, so it can never become uid 1.
// As a normal user none of this is needed: bwrap maps the user's own uid.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SANDBOX_HOST_UID = void 0;
exports.chownTree = chownTree;
exports.rootUserns = rootUserns;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const local_toolchains_js_1 = __webpack_require__(2022);
const provider_js_1 = __webpack_require__(9545);
/** The host uid/gid a root-run check acts as. */
exports.SANDBOX_HOST_UID = 65534;
const SANDBOX_HOST_GID = 65534;
/** The uid host root has inside the namespace (bwrap's setup only). */
const SETUP_UID = 1;
const MAP = `0 ${exports.SANDBOX_HOST_UID} 1\n${SETUP_UID} 0 1\n`;
const GMAP = `0 ${SANDBOX_HOST_GID} 1\n${SETUP_UID} 0 1\n`;
/** Starts the namespace holder; it exits by itself when this process dies (its stdin closes). */
async function startUsernsHolder(unshare) {
    const child = (0, node_child_process_1.spawn)(unshare, ['--user', '--', '/bin/sh', '-c', 'read _'], { stdio: ['pipe', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b.toString()));
    child.on('error', () => { });
    const pid = child.pid;
    if (!pid)
        throw new Error(`could not start ${unshare}`);
    const own = (0, node_fs_1.readlinkSync)('/proc/self/ns/user');
    // unshare execs the shell only once the namespace exists.
    for (let i = 0; i < 200; i++) {
        let ns;
        try {
            ns = (0, node_fs_1.readlinkSync)(`/proc/${pid}/ns/user`);
        }
        catch {
            /* not there yet, or gone */
        }
        if (child.exitCode !== null)
            break;
        if (ns && ns !== own && (0, node_fs_1.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').startsWith('/bin/sh')) {
            // One write each: the kernel accepts a map only whole.
            (0, node_fs_1.writeFileSync)(`/proc/${pid}/uid_map`, MAP);
            (0, node_fs_1.writeFileSync)(`/proc/${pid}/gid_map`, GMAP);
            child.unref();
            child.stdin.unref?.();
            child.stderr.unref?.();
            return {
                pid,
                nsPath: `/proc/${pid}/ns/user`,
                stop: () => {
                    try {
                        process.kill(pid, 'SIGKILL');
                    }
                    catch {
                        /* already gone */
                    }
                },
            };
        }
        await new Promise((r) => setTimeout(r, 5));
    }
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        /* gone */
    }
    throw new Error(`could not create a user namespace for the sandbox: ${stderr.trim() || 'unshare did not start'}`);
}
/**
 * Hands a workspace to the sandbox uid, without following links (a link a
 * check left must never make root chown a host file).
 */
function chownTree(root, uid = exports.SANDBOX_HOST_UID, gid = SANDBOX_HOST_GID) {
    const walk = (p) => {
        const st = (0, node_fs_1.lstatSync)(p);
        if (st.uid !== uid || st.gid !== gid)
            (st.isSymbolicLink() ? node_fs_1.lchownSync : node_fs_1.chownSync)(p, uid, gid);
        if (st.isDirectory())
            for (const e of (0, node_fs_1.readdirSync)(p))
                walk(node_path_1.default.join(p, e));
    };
    walk(root);
}
/** As root: the namespace and the setpriv checks start behind, or why checks cannot run (never as host root). */
async function rootUserns() {
    const dirs = ['/usr/bin', '/bin', '/usr/sbin', '/sbin'];
    const unshare = (0, local_toolchains_js_1.which)('unshare', dirs);
    const setpriv = (0, local_toolchains_js_1.which)('setpriv', dirs);
    if (!unshare || !setpriv) {
        throw new provider_js_1.SandboxUnavailableError('running as root, the local sandbox maps checks to an unprivileged uid with unshare and setpriv (util-linux), and this machine lacks them.', 'Install them with: sudo apt-get install -y util-linux   (or run sandbox-checks as a normal user)');
    }
    try {
        return { holder: await startUsernsHolder(unshare), setpriv };
    }
    catch (e) {
        throw new provider_js_1.SandboxUnavailableError(`running as root, the local sandbox could not create the user namespace that keeps checks from being host root: ${e.message}`, 'Run sandbox-checks as a normal user, or allow user namespaces (sysctl user.max_user_namespaces > 0).');
    }
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
// ipc, uts, cgroup and net namespaces (run as root, a user namespace in which
// the check is host nobody: local-userns.ts); a seccomp filter
// (local-seccomp.ts); host toolchains read-only; a private workspace holding
// only the check's files; a cleared environment; rlimits and (where writable)
// a cgroup for memory and processes; steps with the network get a private one
// (local-network.ts). The command line itself is in local-bwrap.ts, the
// launcher each step starts from in local-launcher.ts, one check's sandbox in
// local-sandbox.ts and a running step in local-step.ts (the parent enforces
// the wall-clock deadline and kills everything the check started); the Go
// build caches warmed once per run in local-seed-cache.ts.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LocalProvider = exports.shellLine = void 0;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const limits_js_1 = __webpack_require__(351);
const debian_js_1 = __webpack_require__(7066);
const index_js_1 = __webpack_require__(2255);
const local_cgroups_js_1 = __webpack_require__(8953);
const local_toolchains_js_1 = __webpack_require__(2022);
const local_aliases_js_1 = __webpack_require__(9696);
const local_bwrap_js_1 = __webpack_require__(9394);
const local_seed_cache_js_1 = __webpack_require__(1480);
const local_launcher_js_1 = __webpack_require__(8474);
const local_sandbox_js_1 = __webpack_require__(8055);
const local_seccomp_js_1 = __webpack_require__(6554);
const local_network_js_1 = __webpack_require__(9002);
const local_userns_js_1 = __webpack_require__(1306);
const local_teardown_js_1 = __webpack_require__(590);
const local_workspace_js_1 = __webpack_require__(5857);
const local_layers_js_1 = __webpack_require__(5628);
const provider_js_1 = __webpack_require__(9545);
const catalog_js_1 = __webpack_require__(2733);
var local_launcher_js_2 = __webpack_require__(8474);
Object.defineProperty(exports, "shellLine", ({ enumerable: true, get: function () { return local_launcher_js_2.shellLine; } }));
/** One bwrap probe: its exit status and what it printed on stderr (a spawn error is status -1 with its message). */
function attempt(bwrap, extra) {
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(bwrap, ['--unshare-all', '--unshare-user', ...extra, '--ro-bind', '/', '/', '/bin/sh', '-c', ':'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
        let stderr = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', (e) => resolve({ status: -1, stderr: e.message }));
        child.on('close', (status, signal) => resolve({ status, stderr: stderr || (signal ? `bwrap gave no answer within 10 s (${signal})` : '') }));
    });
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
class LocalProvider {
    name = catalog_js_1.LOCAL_FACTS.name;
    label = catalog_js_1.LOCAL_FACTS.label;
    toolsWhere = catalog_js_1.LOCAL_FACTS.toolsWhere;
    defaultConcurrency = catalog_js_1.LOCAL_FACTS.defaultConcurrency;
    probed;
    live = new Set();
    root;
    disableUserns = true;
    /** Root runs: the namespace every sandbox joins, so checks are host nobody (local-userns.ts). */
    userns;
    setpriv = 'setpriv';
    /** How steps with the network get it (local-network.ts). */
    network = new local_network_js_1.SandboxNetwork();
    /** Absolute path, so a check's PATH never decides which bwrap runs. */
    bwrap = 'bwrap';
    /** Most a check's workspace (a host folder) may hold; past it the step ends as `disk`. */
    workspaceQuota = { ...local_workspace_js_1.DEFAULT_WORKSPACE_QUOTA };
    /** The run's launchers and per-check cgroups (local-launcher.ts). */
    launchers = new local_launcher_js_1.Launchers();
    seedCaches = new local_seed_cache_js_1.SeedCaches();
    /** Package installs run once per package set, in sandboxes of their own (local-layers.ts). */
    layers = new local_layers_js_1.LocalLayers((spec) => this.create(spec));
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
        // Asynchronous, and the root run's user namespace made meanwhile (it
        // polls for its namespace): the two waits overlap.
        const userns = process.getuid?.() === 0 ? (0, local_userns_js_1.rootUserns)() : undefined;
        userns?.catch(() => { }); // awaited below, or its holder stopped
        // The first checks' launchers start meanwhile too (a check hands its
        // limits to the one it takes); a failed probe disposes of them.
        this.launchers.prepare(limits_js_1.DEFAULT_LIMITS);
        try {
            let r = await attempt(bwrap, ['--disable-userns']);
            if (r.status !== 0) {
                // setuid bwrap and bwrap before 0.8 cannot block nested namespaces.
                const plain = await attempt(bwrap, []);
                if (plain.status === 0) {
                    this.disableUserns = false;
                    r = plain;
                }
            }
            this.bwrap = bwrap;
            if (r.status !== 0) {
                const detail = (r.stderr || `exit ${r.status}`).trim();
                throw new provider_js_1.SandboxUnavailableError(`bubblewrap cannot create a sandbox here: ${detail}`, bwrapRemediation(detail));
            }
        }
        catch (e) {
            void userns?.then((u) => u.holder.stop(), () => { });
            await this.launchers.dispose();
            throw e;
        }
        if (userns) {
            const r = await userns;
            this.userns = r.holder;
            this.setpriv = r.setpriv;
        }
        try {
            this.network = local_network_js_1.SandboxNetwork.probe();
        }
        catch (e) {
            if (e instanceof local_network_js_1.NetworkSettingError)
                throw new provider_js_1.SandboxUnavailableError(e.message, 'Fix or remove that variable in the workflow env.');
            throw e;
        }
    }
    /** The exec-time fds for a sandbox (see fdExec). */
    sandboxFds() {
        const fds = { [local_bwrap_js_1.SECCOMP_FD]: this.seccompFile() };
        if (this.userns)
            fds[local_bwrap_js_1.USERNS_FD] = this.userns.nsPath;
        return fds;
    }
    get joinsUserns() {
        return !!this.userns;
    }
    seccompFile() {
        return node_path_1.default.join(this.base(), 'seccomp.bpf');
    }
    emptyDir() {
        return node_path_1.default.join(this.base(), 'empty');
    }
    base() {
        if (!this.root) {
            this.root = (0, node_fs_1.mkdtempSync)(node_path_1.default.join(node_os_1.default.tmpdir(), 'sandbox-checks-'));
            const etc = node_path_1.default.join(this.root, 'etc');
            (0, node_fs_1.mkdirSync)(etc, { recursive: true });
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(etc, 'passwd'), 'root:x:0:0:sandbox:/home/sandbox:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(etc, 'group'), 'root:x:0:\nnogroup:x:65534:\n');
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(this.root, 'seccomp.bpf'), (0, local_seccomp_js_1.seccompProgram)(), { mode: 0o444 });
            (0, node_fs_1.writeFileSync)(node_path_1.default.join(etc, 'resolv.conf'), local_network_js_1.RESOLV_CONF);
            (0, node_fs_1.mkdirSync)(node_path_1.default.join(this.root, 'empty'), { mode: 0o555 });
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
            this.userns
                ? `uid mapping: running as root, so checks are uid 0 inside and host uid ${local_userns_js_1.SANDBOX_HOST_UID} (nobody) outside, in a user namespace of their own`
                : `uid mapping: checks run as your uid (${process.getuid?.() ?? '?'}), never host root`,
            this.network.describe(),
            `seccomp: on (${(0, local_seccomp_js_1.deniedNames)().length} syscalls denied with EPERM, namespace flags on clone, clone3 → ENOSYS; see docs/security.md)`,
        ];
    }
    async missingTools(_language, tools) {
        const found = await Promise.all(tools.map((t) => (0, local_toolchains_js_1.locateTool)(t)));
        return tools.filter((_, i) => !found[i]);
    }
    toolHint(language, tools) {
        const pkgs = (0, debian_js_1.debianPackagesFor)(tools);
        // A shim that could not be resolved says which setting to make.
        const passed = tools.flatMap((t) => (0, local_toolchains_js_1.lookupTool)(t).skipped);
        const why = passed.length ? ` (passed over: ${passed.join('; ')})` : '';
        return pkgs.length
            ? `install it on this machine (Debian/Ubuntu: sudo apt-get install -y ${pkgs.join(' ')}) or run ${language} checks on E2B${why}`
            : `install it on this machine or run ${language} checks on E2B${why}`;
    }
    async create(spec) {
        await this.probe();
        const lang = (0, index_js_1.getLanguage)(spec.language);
        const tools = (0, index_js_1.toolsOf)(lang);
        const chains = (await Promise.all(tools.map((t) => (0, local_toolchains_js_1.locateTool)(t)))).filter((c) => !!c);
        const { dir, workspace } = this.spare.shift() ?? this.checkFolder();
        this.makeSpares();
        (0, local_layers_js_1.makeMountPoints)(workspace, spec.layers);
        if (lang.cacheSeed) {
            const seedDir = node_path_1.default.join(this.base(), `${lang.id}-seed`);
            await this.seedCaches.copyInto(lang, workspace, seedDir, !!this.userns, (seedWorkspace) => new local_sandbox_js_1.LocalSandbox(this, (0, local_seed_cache_js_1.seedSpec)(lang), seedDir, seedWorkspace, chains, this.disableUserns, this.etcDir()));
        }
        if (this.userns) {
            (0, local_userns_js_1.chownTree)(workspace);
            // bwrap's setup uid enters it (--chdir) without owning it; the check
            // folder around it stays root's 0700.
            (0, node_fs_1.chmodSync)(workspace, 0o711);
        }
        const sandbox = new local_sandbox_js_1.LocalSandbox(this, spec, dir, workspace, chains, this.disableUserns, this.etcDir());
        this.live.add(sandbox);
        return sandbox;
    }
    /**
     * Check folders made ahead, each with its empty workspace: making one is a
     * few ms of disk work (mkdtemp, mkdir), done while the check before runs
     * instead of on the next check's way in. Every check still gets a folder
     * no other check ever had.
     */
    spare = [];
    sparesDue = false;
    checkFolder() {
        const dir = (0, node_fs_1.mkdtempSync)(node_path_1.default.join(this.base(), 'check-'));
        const workspace = node_path_1.default.join(dir, 'workspace');
        (0, node_fs_1.mkdirSync)(workspace, { mode: 0o700 });
        return { dir, workspace };
    }
    /** One spare folder per core, made once the current check is on its way (setImmediate). */
    makeSpares() {
        if (this.sparesDue)
            return;
        this.sparesDue = true;
        const root = this.root;
        setImmediate(() => {
            this.sparesDue = false;
            // Not for a run that was disposed meanwhile (its root is gone).
            if (!root || this.root !== root)
                return;
            while (this.spare.length < node_os_1.default.availableParallelism())
                this.spare.push(this.checkFolder());
        });
    }
    aliases = new Map();
    /** The read-only folder giving a sandbox the commands it lacks by these names (`python` → python3). */
    aliasFolder(targets) {
        return (0, local_aliases_js_1.aliasFolder)(this.base(), targets, this.aliases);
    }
    etcDir() {
        return node_path_1.default.join(this.base(), 'etc');
    }
    forget(s) {
        this.live.delete(s);
    }
    async destroyAll() {
        await Promise.all([...this.live].map((s) => s.destroy()));
    }
    /**
     * Removes the run's temp root and cgroups; called when the engine is done.
     * Never throws: what could not be removed comes back as warnings.
     */
    async dispose() {
        await this.destroyAll();
        await this.launchers.dispose();
        this.userns?.stop();
        this.userns = undefined;
        this.probed = undefined;
        const warnings = [];
        this.spare.length = 0;
        const left = this.root ? (0, local_teardown_js_1.removeTree)(this.root) : undefined;
        if (left)
            warnings.push((0, local_teardown_js_1.leftoverWarning)(`the run's sandbox folder ${this.root}`, left));
        this.root = undefined;
        this.seedCaches.forget();
        this.aliases.clear();
        return warnings;
    }
    async doctor() {
        const out = [];
        for (const lang of index_js_1.LANGUAGES) {
            const { missing, detail } = (0, local_toolchains_js_1.describeTools)(lang.tools);
            out.push({
                language: lang.id,
                available: missing.length === 0,
                missing,
                detail: missing.length ? `missing ${missing.join(', ')}: ${this.toolHint(lang.id, missing)}` : detail,
            });
        }
        return out;
    }
}
exports.LocalProvider = LocalProvider;


/***/ })

};
