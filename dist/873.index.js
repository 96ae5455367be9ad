export const id = 873;
export const ids = [873];
export const modules = {

/***/ 48873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInstall: () => (/* binding */ runInstall)
/* harmony export */ });
/* unused harmony exports runnerFacts, decideInstall */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _languages_debian_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7066);
/* harmony import */ var _languages_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70616);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87486);
/* harmony import */ var _providers_local_toolchains_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2022);
// Zero setup on GitHub-hosted runners (`install`). Before the checks run on
// the local provider, the Action finds what the plan needs and the runner
// lacks — bubblewrap, slirp4netns (the sandbox's private network), the languages' tools —
// and, on a GitHub-hosted Linux VM (or with `install: always`), installs it
// with `sudo apt-get` and lets bubblewrap, and only bubblewrap, create user
// namespaces (Ubuntu 24.04 restricts them): an AppArmor profile for its
// binary with `userns,`, loaded with apparmor_parser, never the global sysctl.
// Self-hosted and container jobs get the exact commands instead; macOS and
// Windows runners are told to use E2B. The decision is pure (decideInstall);
// runInstall carries it out and reports in one log group.







function runnerFacts(env, platform = process.platform, uid = process.getuid?.() ?? -1) {
    const named = (env.RUNNER_OS ?? '').toLowerCase();
    const os = named === 'linux' || named === 'macos' || named === 'windows'
        ? named
        : platform === 'linux' ? 'linux' : platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : 'other';
    // The runner maps a container job's workspace to /__w/<repo>/<repo>.
    const container = (env.GITHUB_WORKSPACE ?? '').startsWith('/__w/');
    return { os, environment: env.RUNNER_ENVIRONMENT, container, root: uid === 0 };
}
/** The programs the plan needs on the local provider, in a stable order. */
function toolsNeeded(checks) {
    const tools = new Set(['bwrap', 'prlimit', 'setpriv']);
    const run = checks.filter((c) => !c.skip);
    // User-mode networking for checks with network, and for package installs.
    if (run.some((c) => c.network || c.packages.length)) {
        tools.add('slirp4netns');
        tools.add('ip');
    }
    for (const c of run) {
        const lang = (0,_languages_index_js__WEBPACK_IMPORTED_MODULE_4__/* .getLanguage */ .Z0)(c.language);
        for (const t of lang.tools)
            tools.add(t);
        if (c.packages.length && lang.install)
            tools.add(lang.install.tool);
    }
    return [...tools];
}
const SUDO = (f) => (f.root ? '' : 'sudo ');
/** The commands that set this runner up, as a person would type them. */
function setupCommands(packages, bwrapPath = '/usr/bin/bwrap', facts) {
    const sudo = facts ? SUDO(facts) : 'sudo ';
    return [
        ...(packages.length ? [`${sudo}apt-get update`, `${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`] : []),
        `printf '${apparmorProfile(bwrapPath).replace(/\n/g, '\\n')}' | ${sudo}tee /etc/apparmor.d/bwrap`,
        `${sudo}apparmor_parser -r /etc/apparmor.d/bwrap`,
    ];
}
/** Lets bwrap (only) create user namespaces under Ubuntu 24.04's restriction. */
function apparmorProfile(bwrapPath) {
    return `abi <abi/4.0>,\ninclude <tunables/global>\nprofile bwrap ${bwrapPath} flags=(unconfined) {\n  userns,\n}\n`;
}
function decideInstall(mode, provider, checks, facts, missing) {
    if (!(0,_providers_index_js__WEBPACK_IMPORTED_MODULE_5__/* .providerEntry */ .kb)(provider).runsOnRunner || !checks.some((c) => !c.skip))
        return { kind: 'nothing' };
    if (facts.os !== 'linux') {
        const name = facts.os === 'macos' ? 'macOS' : facts.os === 'windows' ? 'Windows' : 'this system';
        return {
            kind: 'use-e2b',
            message: `sandbox-checks: the local sandbox needs Linux (bubblewrap), and this runner is ${name}. ` +
                'Run the checks on E2B: set the input `e2b-api-key: ${{ secrets.E2B_API_KEY }}` (with `provider: e2b`, or `auto`, which picks E2B when a key is set), ' +
                'or run this job on a Linux runner (runs-on: ubuntu-latest). Nothing was run.',
        };
    }
    const tools = toolsNeeded(checks).filter(missing);
    if (!tools.length && mode === 'never')
        return { kind: 'nothing' };
    const packages = (0,_languages_debian_js__WEBPACK_IMPORTED_MODULE_3__/* .debianPackagesFor */ .Eb)(tools);
    const unknown = tools.filter((t) => !(0,_languages_debian_js__WEBPACK_IMPORTED_MODULE_3__/* .debianPackagesFor */ .Eb)([t]).length);
    const hostedVm = facts.environment === 'github-hosted' && !facts.container;
    if (mode === 'always' || (mode === 'auto' && hostedVm))
        return { kind: 'install', tools, packages, unknown };
    if (!tools.length)
        return { kind: 'nothing' };
    const where = mode === 'never'
        ? '`install` is never'
        : facts.container
            ? 'this job runs in a container, where the Action installs nothing'
            : 'this is not a GitHub-hosted runner, where the Action installs nothing';
    const cmds = setupCommands(packages, '/usr/bin/bwrap', facts);
    return {
        kind: 'advise',
        tools,
        packages,
        unknown,
        message: [
            `sandbox-checks: ${tools.join(', ')} ${tools.length === 1 ? 'is' : 'are'} missing on this runner and ${where}. Set it up once with:`,
            ...cmds.map((c) => `  ${c}`),
            '(the last two let bubblewrap create user namespaces where AppArmor restricts them, as on Ubuntu 24.04)',
            `Or set \`install: always\` to let the Action run these, or use E2B (input \`e2b-api-key\`).`,
            ...(unknown.length ? [`No Debian package is known for ${unknown.join(', ')}: install ${unknown.length === 1 ? 'it' : 'them'} by hand.`] : []),
        ].join('\n'),
    };
}
function exec(argv, input, env = process.env) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(argv[0], argv.slice(1), { env, maxBuffer: 16 << 20, timeout: 10 * 60_000 }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? (err.code) : 127) : 0;
            resolve({ code, out: `${stdout}${stderr}` });
        });
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
/** Whether bwrap can make a sandbox here; the error text when not. */
function probeBwrap(bwrap) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(bwrap, ['--unshare-all', '--unshare-user', '--ro-bind', '/', '/', '/bin/sh', '-c', ':'], { encoding: 'utf8', timeout: 10_000 });
    return { ok: r.status === 0, error: `${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim() };
}
const USERNS_DENIED = /uid map|Permission denied|Operation not permitted|No permissions to create/;
async function runInstall(mode, provider, checks, env, log) {
    const facts = runnerFacts(env);
    const searchDirs = (env.PATH ?? '').split(':').filter(Boolean);
    const decision = decideInstall(mode, provider, checks, facts, (t) => !(0,_providers_local_toolchains_js__WEBPACK_IMPORTED_MODULE_6__/* .which */ .K7)(t, searchDirs));
    const none = { installed: [], apparmor: false, ms: 0 };
    if (decision.kind === 'nothing')
        return none;
    if (decision.kind === 'use-e2b')
        return { ...none, fail: decision.message };
    if (decision.kind === 'advise') {
        log.warning(decision.message);
        return none;
    }
    if (!decision.packages.length && !decision.unknown.length) {
        // Nothing to install: a group only when bubblewrap needs the AppArmor profile.
        const present = (0,_providers_local_toolchains_js__WEBPACK_IMPORTED_MODULE_6__/* .which */ .K7)('bwrap', searchDirs);
        if (!present || probeBwrap(present).ok)
            return none;
    }
    const started = performance.now();
    const sudo = facts.root ? [] : ['sudo', '-n'];
    const title = decision.packages.length ? `installing ${decision.packages.join(', ')}` : 'checking that bubblewrap can make sandboxes';
    log.startGroup(`sandbox-checks: ${title}`);
    const problems = [];
    const step = async (label, argv, input) => {
        log.info(`$ ${argv.join(' ')}`);
        const t = performance.now();
        const r = await exec(argv, input, { ...env, DEBIAN_FRONTEND: 'noninteractive' });
        if (r.code !== 0) {
            const tail = r.out.trim().split('\n').slice(-8).join('\n');
            problems.push(`${label} failed (exit ${r.code})${tail ? `:\n${tail}` : ''}`);
            log.info(`  failed (exit ${r.code}) after ${seconds(performance.now() - t)}${tail ? `\n${tail}` : ''}`);
            return false;
        }
        log.info(`  done in ${seconds(performance.now() - t)}`);
        return true;
    };
    let installed = [];
    if (decision.packages.length) {
        const ok = (await step('apt-get update', [...sudo, 'apt-get', 'update', '-qq'])) &&
            // sudo resets the environment: the front end is set on the command line.
            (await step('apt-get install', [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...decision.packages]));
        if (ok)
            installed = decision.packages;
    }
    if (decision.unknown.length)
        problems.push(`no Debian package is known for ${decision.unknown.join(', ')}; install ${decision.unknown.length === 1 ? 'it' : 'them'} in an earlier step`);
    // bubblewrap and Ubuntu 24.04's user-namespace restriction.
    let apparmor = false;
    const bwrap = (0,_providers_local_toolchains_js__WEBPACK_IMPORTED_MODULE_6__/* .which */ .K7)('bwrap', searchDirs);
    if (bwrap) {
        let probe = probeBwrap(bwrap);
        if (!probe.ok && USERNS_DENIED.test(probe.error)) {
            let real = bwrap;
            try {
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(bwrap);
            }
            catch {
                /* keep the PATH entry */
            }
            log.info(`bubblewrap may not create user namespaces here (${probe.error.split('\n')[0]}); allowing it for ${real} only`);
            const file = '/etc/apparmor.d/bwrap';
            if ((await step('writing the AppArmor profile', [...sudo, 'tee', file], apparmorProfile(real))) &&
                (await step('loading the AppArmor profile', [...sudo, 'apparmor_parser', '-r', file]))) {
                probe = probeBwrap(bwrap);
                apparmor = probe.ok;
            }
        }
        if (!probe.ok)
            problems.push(`bubblewrap still cannot make a sandbox: ${probe.error.split('\n')[0] || 'unknown error'}`);
    }
    const ms = Math.round(performance.now() - started);
    const done = [
        installed.length ? `installed ${installed.join(', ')}` : decision.packages.length ? 'installed nothing' : 'nothing to install',
        ...(apparmor ? [`let ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(bwrap ?? 'bwrap')} create user namespaces (AppArmor profile /etc/apparmor.d/bwrap)`] : []),
    ].join('; ');
    log.info(`sandbox-checks: ${done} in ${seconds(ms)}`);
    log.endGroup();
    for (const p of problems)
        log.warning(`sandbox-checks: setting up the runner: ${p}. The checks that need it will end in error; see the commands in docs/action.md (Zero setup).`);
    return { installed, apparmor, ms };
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;


/***/ })

};
