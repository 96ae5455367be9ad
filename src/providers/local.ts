// The local provider: each check in bubblewrap on this machine. New user, pid,
// ipc, uts, cgroup and net namespaces (run as root, a user namespace in which
// the check is host nobody: local-userns.ts); a seccomp filter
// (local-seccomp.ts); host toolchains read-only; a private workspace holding
// only the check's files; a cleared environment; rlimits and (where writable)
// a cgroup for memory and processes; steps with the network get a private one
// (local-network.ts). The command line itself is in local-bwrap.ts. The parent
// enforces the wall-clock deadline and kills everything the check started.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { debianPackagesFor } from '../languages/debian.js';
import { getLanguage, LANGUAGES } from '../languages/registry.js';
import type { CheckFile, Limits } from '../types.js';
import { cgroupManager, CgroupPool, type LentCgroup } from './local-cgroups.js';
import { describeTools, locateTool, lookupTool, which, type Toolchain } from './local-toolchains.js';
import { aliasFolder, pythonAliasTarget } from './local-aliases.js';
import { bwrapArgs, fdExec, SANDBOX_PATH, SECCOMP_FD, sandboxCommand, USERNS_FD } from './local-bwrap.js';
import { deniedNames, seccompProgram } from './local-seccomp.js';
import { NetworkSettingError, RESOLV_CONF, SandboxNetwork } from './local-network.js';
import { chownTree, rootUserns, SANDBOX_HOST_UID, type UsernsHolder } from './local-userns.js';
import { childrenOf, waitGone, type ProcRef } from './local-procs.js';
import { leftoverWarning, removeTree } from './local-teardown.js';
import { DEFAULT_WORKSPACE_QUOTA, watchWorkspace, type WorkspaceQuota } from './local-workspace.js';
import { LocalLayers, validLayerPath } from './local-layers.js';
import {
  SandboxUnavailableError,
  type LimitHit,
  type Provider,
  type RunRequest,
  type RunResult,
  type Sandbox,
  type SandboxSpec,
  type ToolStatus,
} from './provider.js';
import { LOCAL_FACTS } from './catalog.js';
import { shellQuote } from '../trust/shell.js';

export { bwrapArgs, ETC_ALLOW, WORKSPACE, type BwrapOptions } from './local-bwrap.js';

/** Signal numbers bwrap reports as 128+n. */
const SIGNALS: Record<number, string> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};

/** The fix for a bwrap that cannot create namespaces, as exact commands. */
export function bwrapRemediation(stderr: string): string {
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

const LIMIT_SIGNALS: Record<string, LimitHit> = { SIGXCPU: 'cpu_time', SIGXFSZ: 'file_size' };

const LAUNCHER_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
/**
 * The launchers run in bash: dash redirects only single-digit fds, and every
 * fd the tool's own parent left open without CLOEXEC (lock files, jobserver
 * pipes, CI log writers; Node passes them on to its children) is closed first
 * thing, so none reaches the sandbox. Later redirections (a seccomp program on
 * an fd) stay possible on the final exec line.
 */
export const LAUNCHER_SHELL = '/bin/bash';
/**
 * bash runs ~/.bashrc even non-interactively when its stdin is a socket
 * (Node's stdio pipes are socketpairs) unless told not to.
 */
const LAUNCHER_FLAGS = ['--norc', '--noprofile'];
const closeFds = (keep: string) =>
  `for fd in /proc/$$/fd/*; do fd=\${fd##*/}; case $fd in 0|1|2${keep}) ;; *) eval "exec $fd>&-";; esac; done; `;
/** Joins the check's cgroups, then execs the sandbox: every process the check starts is counted and can be killed. */
const LAUNCH = `${closeFds('')}for f in "$@"; do case "$f" in --) shift; break;; esac; echo $$ > "$f" || exit 125; shift; done; exec "$@"`;
/**
 * The same, started before its check: moving a process into a v1 memory
 * cgroup takes ~10 ms on some kernels, so it is done ahead of time, and the
 * launcher then waits for its command line on fd 3 (closed before the exec).
 */
const LAUNCH_AHEAD =
  `${closeFds('|3')}for f in "$@"; do echo $$ > "$f" || exit 125; done; NL=$(printf "\\nx"); NL=\${NL%x}; IFS= read -r line <&3 || exit 124; exec 3<&-; eval "exec $line"`;

/** One line of shell words for LAUNCH_AHEAD's eval: single-quoted, newlines as $NL. */
export function shellLine(words: string[]): string {
  return words.map((w) => shellQuote(w).replace(/\n/g, `'"$NL"'`)).join(' ');
}

interface ReadyLauncher {
  group: LentCgroup;
  child: ChildProcess;
}

export class LocalProvider implements Provider {
  readonly name = LOCAL_FACTS.name;
  readonly label = LOCAL_FACTS.label;
  readonly toolsWhere = LOCAL_FACTS.toolsWhere;
  readonly defaultConcurrency = LOCAL_FACTS.defaultConcurrency;
  private probed?: Promise<void>;
  private readonly live = new Set<LocalSandbox>();
  private root?: string;
  private disableUserns = true;
  /** Root runs: the namespace every sandbox joins, so checks are host nobody (local-userns.ts). */
  private userns?: UsernsHolder;
  setpriv = 'setpriv';
  /** How steps with the network get it (local-network.ts). */
  network = new SandboxNetwork();
  /** Absolute path, so a check's PATH never decides which bwrap runs. */
  bwrap = 'bwrap';
  /** Most a check's workspace (a host folder) may hold; past it the step ends as `disk`. */
  workspaceQuota: WorkspaceQuota = { ...DEFAULT_WORKSPACE_QUOTA };
  private goCacheSeed?: Promise<string | undefined>;
  /** Package installs run once per package set, in sandboxes of their own (local-layers.ts). */
  readonly layers = new LocalLayers((spec) => this.create(spec) as Promise<LocalSandbox>);

  probe(): Promise<void> {
    this.probed ??= this.doProbe();
    return this.probed;
  }

  private async doProbe(): Promise<void> {
    if (process.platform !== 'linux') {
      throw new SandboxUnavailableError(
        `the local sandbox needs Linux (bubblewrap); this is ${process.platform}.`,
        'Use E2B sandboxes instead: set E2B_API_KEY (or --provider e2b).',
      );
    }
    const bwrap = which('bwrap', [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/bin', '/usr/local/bin', '/bin']);
    if (!bwrap) {
      throw new SandboxUnavailableError(
        'bubblewrap (bwrap) is not installed, and the local sandbox needs it.',
        'Install it with: sudo apt-get install -y bubblewrap   (Fedora: sudo dnf install bubblewrap)\nOr use E2B sandboxes instead: set E2B_API_KEY.',
      );
    }
    const attempt = (extra: string[]) =>
      spawnSync(bwrap, ['--unshare-all', '--unshare-user', ...extra, '--ro-bind', '/', '/', '/bin/sh', '-c', ':'], {
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
      throw new SandboxUnavailableError(`bubblewrap cannot create a sandbox here: ${detail}`, bwrapRemediation(detail));
    }
    if (process.getuid?.() === 0) {
      const r = await rootUserns();
      this.userns = r.holder;
      this.setpriv = r.setpriv;
    }
    try {
      this.network = SandboxNetwork.probe();
    } catch (e) {
      if (e instanceof NetworkSettingError) throw new SandboxUnavailableError(e.message, 'Fix or remove that variable in the workflow env.');
      throw e;
    }
  }

  /** The exec-time fds for a sandbox (see fdExec). */
  sandboxFds(): Record<number, string> {
    const fds: Record<number, string> = { [SECCOMP_FD]: this.seccompFile() };
    if (this.userns) fds[USERNS_FD] = this.userns.nsPath;
    return fds;
  }

  get joinsUserns(): boolean {
    return !!this.userns;
  }

  private seccompFile(): string {
    return path.join(this.base(), 'seccomp.bpf');
  }

  emptyDir(): string {
    return path.join(this.base(), 'empty');
  }

  private base(): string {
    if (!this.root) {
      this.root = mkdtempSync(path.join(os.tmpdir(), 'sandbox-checks-'));
      const etc = path.join(this.root, 'etc');
      mkdirSync(etc, { recursive: true });
      writeFileSync(path.join(etc, 'passwd'), 'root:x:0:0:sandbox:/home/sandbox:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
      writeFileSync(path.join(etc, 'group'), 'root:x:0:\nnogroup:x:65534:\n');
      writeFileSync(path.join(this.root, 'seccomp.bpf'), seccompProgram(), { mode: 0o444 });
      writeFileSync(path.join(etc, 'resolv.conf'), RESOLV_CONF);
      mkdirSync(path.join(this.root, 'empty'), { mode: 0o555 });
    }
    return this.root;
  }

  /** What doctor prints about how checks are contained here. */
  describe(): string[] {
    const cg = cgroupManager();
    return [
      `bubblewrap: ${this.bwrap}${this.disableUserns ? '' : ' (nested user namespaces cannot be blocked: setuid or old bwrap)'}`,
      cg
        ? `limits: memory and processes by cgroup v${cg.version}; CPU time, file size, open files by rlimit`
        : 'limits: processes, CPU time, file size, open files by rlimit; memory per process by RLIMIT_DATA (no writable cgroup, so no total: run as root or with a delegated cgroup v2 subtree for that)',
      this.userns
        ? `uid mapping: running as root, so checks are uid 0 inside and host uid ${SANDBOX_HOST_UID} (nobody) outside, in a user namespace of their own`
        : `uid mapping: checks run as your uid (${process.getuid?.() ?? '?'}), never host root`,
      this.network.describe(),
      `seccomp: on (${deniedNames().length} syscalls denied with EPERM, namespace flags on clone, clone3 → ENOSYS; see docs/security.md)`,
    ];
  }

  async missingTools(_language: string, tools: string[]): Promise<string[]> {
    const found = await Promise.all(tools.map((t) => locateTool(t)));
    return tools.filter((_, i) => !found[i]);
  }

  toolHint(language: string, tools: string[]): string {
    const pkgs = debianPackagesFor(tools);
    // A shim that could not be resolved says which setting to make.
    const passed = tools.flatMap((t) => lookupTool(t).skipped);
    const why = passed.length ? ` (passed over: ${passed.join('; ')})` : '';
    return pkgs.length
      ? `install it on this machine (Debian/Ubuntu: sudo apt-get install -y ${pkgs.join(' ')}) or run ${language} checks on E2B${why}`
      : `install it on this machine or run ${language} checks on E2B${why}`;
  }

  async create(spec: SandboxSpec): Promise<Sandbox> {
    await this.probe();
    const lang = getLanguage(spec.language);
    const tools = [...lang.tools, ...(lang.install ? [lang.install.tool] : [])];
    const chains = (await Promise.all(tools.map((t) => locateTool(t)))).filter((c): c is Toolchain => !!c);
    const dir = mkdtempSync(path.join(this.base(), 'check-'));
    const workspace = path.join(dir, 'workspace');
    mkdirSync(workspace, { mode: 0o700 });
    // Mount points of the layers, made here so bwrap never creates folders in the workspace.
    for (const l of spec.layers ?? []) {
      if (!validLayerPath(l.path)) throw new Error(`layer path "${l.path}" is not a plain workspace-relative folder`);
      mkdirSync(path.join(workspace, l.path), { recursive: true, mode: 0o755 });
    }
    if (lang.id === 'go') await this.seedGoCache(workspace, chains);
    if (this.userns) {
      chownTree(workspace);
      // bwrap's setup uid enters it (--chdir) without owning it; the check
      // folder around it stays root's 0700.
      chmodSync(workspace, 0o711);
    }
    const sandbox = new LocalSandbox(this, spec, dir, workspace, chains, this.disableUserns, this.etcDir());
    this.live.add(sandbox);
    return sandbox;
  }

  private readonly aliases = new Map<string, string>();

  /** The read-only folder giving `python` to a sandbox whose PATH has only `target` (python3). */
  aliasFolder(target: string): string {
    return aliasFolder(this.base(), target, this.aliases);
  }

  etcDir(): string {
    return path.join(this.base(), 'etc');
  }

  forget(s: LocalSandbox): void {
    this.live.delete(s);
  }

  /**
   * Go compiles the standard library into its build cache on first use (~8 s).
   * A cache warmed once per run by the toolchain alone (no checked code) is
   * copied into each Go workspace, so checks never share a writable cache.
   */
  private async seedGoCache(workspace: string, chains: Toolchain[]): Promise<void> {
    this.goCacheSeed ??= (async () => {
      const seedDir = path.join(this.base(), 'go-seed');
      mkdirSync(path.join(seedDir, 'workspace'), { recursive: true });
      writeFileSync(
        path.join(seedDir, 'workspace', 'main.go'),
        'package main\nimport (\n"bufio"\n"encoding/json"\n"errors"\n"fmt"\n"math"\n"os"\n"sort"\n"strconv"\n"strings"\n"sync"\n"time"\n)\nvar _ = []any{bufio.NewReader, json.Marshal, errors.New, math.Sqrt, os.Exit, sort.Ints, strconv.Itoa, strings.Split, sync.NewCond, time.Now}\nfunc main(){ fmt.Println() }\n',
      );
      if (this.userns) {
        chownTree(path.join(seedDir, 'workspace'));
        chmodSync(path.join(seedDir, 'workspace'), 0o711);
      }
      const seed = new LocalSandbox(
        this,
        { name: 'go-cache', language: 'go', network: false, env: {}, limits: SEED_LIMITS },
        seedDir,
        path.join(seedDir, 'workspace'),
        chains,
        this.disableUserns,
        this.etcDir(),
      );
      const r = await seed.run({
        command: 'GO111MODULE=off go build -o /tmp/seed main.go',
        env: getLanguage('go').env ?? {},
        stdin: '',
        network: false,
        deadline: Date.now() + 120_000,
        onStdout: () => {},
        onStderr: () => {},
        signal: new AbortController().signal,
      });
      await seed.destroy({ keepFiles: true });
      const cache = path.join(seedDir, 'workspace', '.cache');
      return r.exitCode === 0 && existsSync(cache) ? cache : undefined;
    })();
    const cache = await this.goCacheSeed;
    if (cache) await cp(cache, path.join(workspace, '.cache'), { recursive: true });
  }

  private pool?: CgroupPool | null;
  private readonly ready: ReadyLauncher[] = [];
  private disposed = false;

  /** A launcher already in its cgroups, if one is ready. */
  takeLauncher(): ReadyLauncher | undefined {
    while (this.ready.length) {
      const r = this.ready.shift()!;
      if (r.child.exitCode === null && r.child.signalCode === null) return r;
      r.group.release();
    }
    return undefined;
  }

  /** Starts launchers for the next checks (one per core at most), off the check's own path. */
  prepareLaunchers(limits: Limits): void {
    const pool = this.cgroups();
    if (!pool || this.disposed) return;
    while (this.ready.length < Math.max(1, os.availableParallelism())) {
      const group = pool.acquire(limits.memoryBytes, limits.processes);
      const child = spawn(LAUNCHER_SHELL, [...LAUNCHER_FLAGS, '-c', LAUNCH_AHEAD, 'sandbox-launch', ...group.procsFiles], {
        env: LAUNCHER_ENV,
        stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
        detached: true,
      });
      child.on('error', () => {});
      // Waiting launchers must not keep the process alive.
      child.unref();
      for (const s of child.stdio) (s as { unref?: () => void } | null)?.unref?.();
      this.ready.push({ group, child });
    }
  }

  /** Per-check cgroups, reused across checks (see CgroupPool); null without cgroups. */
  cgroups(): CgroupPool | null {
    if (this.pool === undefined) {
      const manager = cgroupManager();
      this.pool = manager ? new CgroupPool(manager, `sc-${process.pid.toString(16)}-${randomBytes(3).toString('hex')}`) : null;
    }
    return this.pool;
  }

  async destroyAll(): Promise<void> {
    await Promise.all([...this.live].map((s) => s.destroy()));
  }

  /**
   * Removes the run's temp root and cgroups; called when the engine is done.
   * Never throws: what could not be removed comes back as warnings.
   */
  async dispose(): Promise<string[]> {
    await this.destroyAll();
    this.disposed = true;
    // A killed launcher keeps its cgroup busy until Node has reaped it, so
    // wait for each exit before the groups are removed.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(
        this.ready.splice(0).map((r) => {
          // Referenced again: an unreferenced child's exit would not keep
          // the process alive long enough to be seen.
          r.child.ref();
          const gone =
            r.child.exitCode !== null || r.child.signalCode !== null
              ? Promise.resolve()
              : new Promise<void>((resolve) => r.child.once('exit', () => resolve()));
          r.group.killAll();
          return gone.then(() => r.group.release());
        }),
      ),
      new Promise((resolve) => (timer = setTimeout(resolve, 2000))),
    ]);
    clearTimeout(timer);
    this.pool?.dispose();
    this.pool = undefined;
    this.userns?.stop();
    this.userns = undefined;
    this.probed = undefined;
    const warnings: string[] = [];
    const left = this.root ? removeTree(this.root) : undefined;
    if (left) warnings.push(leftoverWarning(`the run's sandbox folder ${this.root}`, left));
    this.root = undefined;
    this.goCacheSeed = undefined;
    this.aliases.clear();
    return warnings;
  }

  async doctor(): Promise<ToolStatus[]> {
    const out: ToolStatus[] = [];
    for (const lang of LANGUAGES) {
      const { missing, detail } = describeTools(lang.tools);
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

const SEED_LIMITS: Limits = {
  timeoutMs: 120_000,
  memoryBytes: 2 * 1024 ** 3,
  processes: 256,
  outputBytes: 1 << 20,
  fileSizeBytes: 512 * 1024 ** 2,
  openFiles: 1024,
};

class LocalSandbox implements Sandbox {
  readonly id: string;
  private destroyed = false;
  private readonly running = new Set<() => void>();

  constructor(
    private readonly provider: LocalProvider,
    private readonly spec: SandboxSpec,
    private readonly dir: string,
    readonly workspace: string,
    private readonly chains: Toolchain[],
    private readonly disableUserns: boolean,
    private readonly etcDir: string,
  ) {
    this.id = `local-${path.basename(dir)}`;
  }

  async upload(files: CheckFile[]): Promise<void> {
    for (const f of files) {
      const target = path.resolve(this.workspace, f.path);
      if (!target.startsWith(`${this.workspace}/`)) throw new Error(`file path escapes the workspace: ${f.path}`);
      mkdirSync(path.dirname(target), { recursive: true });
      // wx: never follow or overwrite something already there.
      writeFileSync(target, f.content, { flag: 'wx', mode: 0o644 });
    }
    if (this.provider.joinsUserns) chownTree(this.workspace);
  }

  run(req: RunRequest): Promise<RunResult> {
    const { limits } = this.spec;
    const mounts = [...new Set(this.chains.flatMap((c) => c.mounts))];
    const pathDirs = [...new Set(this.chains.map((c) => c.binDir))].filter((d) => !SANDBOX_PATH.split(':').includes(d));
    const python = pythonAliasTarget([...pathDirs, ...SANDBOX_PATH.split(':')]);
    const env = { ...req.env };
    if (req.network) {
      // Installers behind a TLS-inspecting proxy need the system CA store.
      const ca = '/etc/ssl/certs/ca-certificates.crt';
      if (existsSync(ca)) {
        Object.assign(env, { SSL_CERT_FILE: ca, PIP_CERT: ca, NODE_EXTRA_CA_CERTS: ca, CARGO_HTTP_CAINFO: ca, ...env });
      }
    }
    const bargs = bwrapArgs({
      workspace: this.workspace,
      etcDir: this.etcDir,
      mounts,
      pathDirs,
      aliasDir: python && this.provider.aliasFolder(python),
      network: req.network,
      env,
      disableUserns: this.disableUserns,
      emptyDir: this.provider.emptyDir(),
      joinUserns: this.provider.joinsUserns,
      seccomp: true,
      resolvConf: this.provider.network.resolvConf(this.etcDir),
      syncFd: this.provider.network.syncFd(),
      layers: this.spec.layers,
    });
    const refusal = req.network ? this.provider.network.refusal() : undefined;
    if (refusal) return Promise.resolve({ exitCode: null, sandboxError: refusal });
    const ready = this.provider.takeLauncher();
    ready?.group.setLimits(limits.memoryBytes, limits.processes);
    const group: LentCgroup | undefined = ready?.group ?? this.provider.cgroups()?.acquire(limits.memoryBytes, limits.processes);
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
    const sandboxArgv = fdExec(this.provider.sandboxFds(), [
      ...prlimit,
      ...(req.network ? this.provider.network.argv(this.dir, this.provider.joinsUserns) : []),
      this.provider.bwrap,
      ...bargs,
      '--',
      ...sandboxCommand(this.provider.joinsUserns, this.provider.setpriv, req.command),
    ]);

    return new Promise<RunResult>((resolve) => {
      let child: ChildProcess;
      if (ready) {
        child = ready.child;
        child.ref();
        for (const s of child.stdio) (s as { ref?: () => void } | null)?.ref?.();
        const go = child.stdio[3] as NodeJS.WritableStream;
        go.on('error', () => {});
        go.end(`${shellLine(sandboxArgv)}\n`);
      } else {
        child = spawn(LAUNCHER_SHELL, [...LAUNCHER_FLAGS, '-c', LAUNCH, 'sandbox-launch', ...(group?.procsFiles ?? []), '--', ...sandboxArgv], {
          cwd: this.workspace,
          env: LAUNCHER_ENV,
          stdio: ['pipe', 'pipe', 'pipe'],
          detached: true,
        });
      }
      // The next check's launcher joins its cgroups while this one runs.
      this.provider.prepareLaunchers(limits);
      let limit: LimitHit | undefined;
      let exitCode: number | null = null;
      let exitSignal: NodeJS.Signals | null = null;
      let finished = false;
      let spawnError: string | undefined;

      // Without a cgroup, the sandbox's init (bwrap's child): its pid
      // namespace is empty once it is gone (see local-procs.ts).
      const inits: ProcRef[] = [];
      const killAll = () => {
        group?.killAll();
        if (child.pid) {
          if (!group && !inits.length && exitCode === null && !exitSignal) inits.push(...childrenOf(child.pid));
          for (const p of [-child.pid, ...inits.map((i) => i.pid)]) {
            try {
              process.kill(p, 'SIGKILL');
            } catch {
              /* already gone */
            }
          }
        }
      };
      const finish = () => {
        if (finished) return;
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
        let signal: string | undefined;
        let code = exitCode;
        if (exitSignal) signal = exitSignal;
        else if (code !== null && code > 128 && code <= 128 + 64 && SIGNALS[code - 128]) signal = SIGNALS[code - 128];
        if (code === 125 && !limit && group) spawnError = 'could not join the check to its cgroup';
        if (code === 123 && !limit && req.network) spawnError = 'could not start the sandbox network (slirp4netns, ip rules): see the step output';
        if (!limit && counters?.oomKills) limit = 'memory';
        if (!limit && signal && LIMIT_SIGNALS[signal]) limit = LIMIT_SIGNALS[signal];
        if (!limit && counters?.pidsMaxHits && (code !== 0 || signal)) limit = 'processes';
        if (limit === 'timeout') code = null;
        const result = { exitCode: code, signal: limit === 'timeout' ? undefined : signal, limit, sandboxError: spawnError };
        // SIGKILL is asynchronous: report the step ended only when nothing of it runs.
        if (inits.length) void waitGone(inits).then(() => resolve(result));
        else resolve(result);
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
      const stopWatch = watchWorkspace(this.workspace, { bytes: Math.max(quota.bytes, 2 * limits.fileSizeBytes), entries: quota.entries }, () => {
        limit = 'disk';
        killAll();
        finish();
      });
      let drainTimer: NodeJS.Timeout | undefined;
      req.signal.addEventListener('abort', onAbort, { once: true });
      this.running.add(onAbort);

      child.stdout!.on('data', (b: Buffer) => req.onStdout(b));
      child.stderr!.on('data', (b: Buffer) => req.onStderr(b));
      child.stdin!.on('error', () => {});
      child.stdin!.end(req.stdin);
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

  async destroy(opts: { keepFiles?: boolean } = {}): Promise<string | void> {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const abort of this.running) abort();
    this.provider.forget(this);
    if (opts.keepFiles) return;
    const left = removeTree(this.dir);
    if (left) return leftoverWarning(`the check's workspace ${this.dir}`, left);
  }
}
