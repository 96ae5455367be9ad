export const id = 563;
export const ids = [563];
export const modules = {

/***/ 7066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ debianPackagesFor)
/* harmony export */ });
/* unused harmony exports debianPackages, setupToolchainLines, setupToolchainBlock, withSetupToolchainBlock */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70616);
// Which Debian/Ubuntu package provides each program sandbox-checks may need:
// the sandbox itself (bubblewrap, prlimit and setpriv, slirp4netns and ip for
// the private network) and the languages' tools (each language module names
// its own). Read by the local provider's "install it with" hints, the
// Action's `install`, the E2B template and setup.sh's generated block.

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
    return Object.assign({}, SANDBOX_PACKAGES, ..._index_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGES */ .Yj.map((l) => l.debian));
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
    for (const lang of LANGUAGES) {
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

/***/ 69626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ resolveShim),
/* harmony export */   T: () => (/* binding */ isExecutable)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
// Version-manager shims, resolved without running them. A shim (rustup's
// proxies, pyenv/rbenv/goenv/nodenv/jenv, asdf, mise, volta) picks its version
// from files in the current folder and its parents (rust-toolchain.toml,
// .python-version, .tool-versions, mise.toml, package.json), which a
// repository controls; rust-toolchain.toml can even name a binary to run. So
// no shim is ever executed on the host: each family's own global setting (the
// job's env variable, or the manager's global file in its home) names the
// version, and the real binary is looked up in the manager's versions folder.
// nvm and sdkman put a concrete version folder on PATH and need no shim logic.



function isExecutable(p) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function readText(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8');
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
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
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(real(file)).startsWith('rustup'))
        return true;
    try {
        const a = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        const b = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(rustupBin);
        return a.ino === b.ino && a.dev === b.dev;
    }
    catch {
        return false;
    }
}
/** rustup: RUSTUP_TOOLCHAIN from the job, else `default_toolchain` of rustup's own settings.toml. */
function rustup(dir, tool, host) {
    const cargoHome = host.env.CARGO_HOME || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, '.cargo');
    const rustupHome = host.env.RUSTUP_HOME || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, '.rustup');
    if (!RUST_PROXIES.has(tool) || !(dir === node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cargoHome, 'bin') || isRustupProxy(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, tool), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'rustup'))))
        return undefined;
    let name = host.env.RUSTUP_TOOLCHAIN;
    let from = 'RUSTUP_TOOLCHAIN';
    if (!name) {
        const settings = readText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rustupHome, 'settings.toml'));
        try {
            const v = settings ? (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(settings).default_toolchain : undefined;
            if (typeof v === 'string')
                name = v;
        }
        catch {
            /* unreadable settings: unresolved below */
        }
        from = `${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rustupHome, 'settings.toml')} default_toolchain`;
    }
    if (!name)
        return { kind: 'unresolved', why: `rustup shim in ${dir}: no default toolchain (set RUSTUP_TOOLCHAIN in the job, or run rustup default stable)` };
    // A path toolchain from the job's env is the workflow author's choice.
    const dirs = name.startsWith('/') ? [name] : [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rustupHome, 'toolchains', name), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rustupHome, 'toolchains', `${name}-${hostTriple()}`)];
    for (const tc of dirs) {
        const binary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(tc, 'bin', tool);
        if (isExecutable(binary))
            return { kind: 'real', binary, root: real(tc), via: `rustup ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tc)} (${from})` };
    }
    return { kind: 'unresolved', why: `rustup toolchain "${name}" (${from}) has no ${tool} under ${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rustupHome, 'toolchains')}` };
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
    const root = host.env[f.rootEnv] || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, f.defaultRoot);
    // Any PATH folder of the manager except a concrete version's own bin is a shim folder (plugins add their own).
    if (!inside(dir, root) || inside(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'versions')))
        return undefined;
    const fromEnv = host.env[f.versionEnv] || undefined;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'version');
    const versions = (fromEnv ?? readText(file) ?? 'system').split(/[\s:]+/).filter(Boolean);
    const from = fromEnv ? f.versionEnv : file;
    for (const v of versions) {
        if (v === 'system')
            return { kind: 'system', via: `${f.name} system (${from})` };
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'versions', v);
        const binary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, 'bin', tool);
        if (isExecutable(binary))
            return { kind: 'real', binary, root: real(folder), via: `${f.name} ${v} (${from})` };
    }
    return { kind: 'unresolved', why: `${f.name} shim in ${dir}: version ${versions.join(', ') || '(none)'} (${from}) has no ${tool}` };
}
/** Installed version folders of one tool, newest first, matching `want` ("3.11" matches 3.11.7). */
function installed(folder, want) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder);
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
    const direct = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(install, 'bin', tool);
    if (isExecutable(direct))
        return direct;
    let subs;
    try {
        subs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(install);
    }
    catch {
        return undefined;
    }
    for (const s of subs) {
        const nested = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(install, s, 'bin', tool);
        if (isExecutable(nested))
            return nested;
    }
    return undefined;
}
/** asdf: ASDF_<PLUGIN>_VERSION from the job, else the global ~/.tool-versions; the plugin is read from the shim's text. */
function asdf(dir, tool, host) {
    const root = host.env.ASDF_DATA_DIR || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, '.asdf');
    if (dir !== node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'shims'))
        return undefined;
    const shim = readText(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, tool)) ?? '';
    const plugins = [...new Set([...shim.matchAll(/^# asdf-plugin: (\S+)/gm)].map((m) => m[1]))];
    if (!plugins.length)
        return { kind: 'unresolved', why: `asdf shim ${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, tool)} names no plugin` };
    const globalFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, host.env.ASDF_DEFAULT_TOOL_VERSIONS_FILENAME || '.tool-versions');
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
            const install = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'installs', plugin, v);
            const binary = binaryIn(install, tool);
            if (binary)
                return { kind: 'real', binary, root: real(install), via: `asdf ${plugin} ${v} (${from})` };
        }
    }
    return { kind: 'unresolved', why: `asdf shim for ${tool}: no global version of ${plugins.join(', ')} in ${globalFile} is installed` };
}
/** mise: MISE_<TOOL>_VERSION from the job, else [tools] of the global config.toml. */
function mise(dir, tool, host) {
    const data = host.env.MISE_DATA_DIR || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.env.XDG_DATA_HOME || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, '.local', 'share'), 'mise');
    if (dir !== node_path__WEBPACK_IMPORTED_MODULE_1___default().join(data, 'shims'))
        return undefined;
    const configDir = host.env.MISE_CONFIG_DIR || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.env.XDG_CONFIG_HOME || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, '.config'), 'mise');
    const configFile = host.env.MISE_GLOBAL_CONFIG_FILE || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(configDir, 'config.toml');
    let tools = {};
    try {
        const t = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(readText(configFile) ?? '').tools;
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
            for (const match of installed(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(data, 'installs', short), v)) {
                const install = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(data, 'installs', short, match);
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
    const root = host.env.VOLTA_HOME || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, '.volta');
    if (dir !== node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'bin'))
        return undefined;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'tools', 'user', 'platform.json');
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
        ...(npm && tool === 'npm' ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'tools', 'image', 'npm', npm)] : []),
        ...(node ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'tools', 'image', 'node', node)] : []),
    ];
    for (const install of candidates) {
        const binary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(install, 'bin', tool);
        if (isExecutable(binary))
            return { kind: 'real', binary, root: real(install), via: `volta ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(install))} ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(install)} (${file})` };
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
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(dir) === 'shims')
        return { kind: 'unresolved', why: `${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, tool)} is a version-manager shim this tool does not know; it is never run` };
    return undefined;
}


/***/ }),

/***/ 2022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ describeTools),
/* harmony export */   EU: () => (/* binding */ SYSTEM_ROOTS),
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   Pj: () => (/* binding */ lookupTool),
/* harmony export */   rh: () => (/* binding */ locateTool)
/* harmony export */ });
/* unused harmony exports mountable, resolveTool */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _local_shims_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69626);
// Finds the host toolchains a sandbox needs and the folders to mount read-only
// for them. Nothing is executed on the host: a repository controls the files
// that version managers read from the current folder, so shims are resolved
// from the managers' own global settings (local-shims.ts) and plain binaries by
// their real path. Only a toolchain's own folder is mounted, never a home
// dot-folder that may hold credentials (~/.cargo, ~/.config, ~/.ssh, ...).




/** Folders the sandbox always gets read-only; tools inside need no extra mount. */
const SYSTEM_ROOTS = ['/usr', '/bin', '/sbin', '/lib', '/lib64', '/lib32'];
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
        .filter((d) => d && node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(d) && !d.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).includes('node_modules'));
}
function which(tool, dirs = searchPath()) {
    for (const dir of dirs) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, tool);
        if ((0,_local_shims_js__WEBPACK_IMPORTED_MODULE_3__/* .isExecutable */ .T)(candidate))
            return candidate;
    }
    return undefined;
}
function underSystemRoot(p) {
    return SYSTEM_ROOTS.some((r) => p === r || p.startsWith(`${r}/`));
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
    const binDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(binary);
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(binDir) === 'bin' ? node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(binDir) : binDir;
    if (mountable(root, home, cwd))
        return root;
    return mountable(binDir, home, cwd) ? binDir : undefined;
}
function realOf(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
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
    const home = env.HOME || node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir();
    const host = { env, home };
    const skipped = [];
    // The repository's own folders on PATH hold what the repository chose
    // (a link there could name any host folder to mount): never a toolchain.
    const repos = [cwd, env.GITHUB_WORKSPACE].filter((r) => !!r && r !== '/' && r !== home && !home.startsWith(`${r}/`));
    for (const dir of searchPath(env.PATH ?? '')) {
        const onPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, tool);
        if (!(0,_local_shims_js__WEBPACK_IMPORTED_MODULE_3__/* .isExecutable */ .T)(onPath))
            continue;
        if (repos.some((r) => dir === r || dir.startsWith(`${r}/`))) {
            skipped.push(`${onPath}: inside the repository, so never a toolchain`);
            continue;
        }
        const shim = (0,_local_shims_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveShim */ .Q)(dir, tool, host);
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
        const binDir = binary !== onPath ? node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(binary) : underSystemRoot(dir) ? dir : node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(real);
        const found = { tool, binary: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(binDir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(binary)), binDir, mounts: [...mounts] };
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
    const home = process.env.HOME || node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir();
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


/***/ })

};
