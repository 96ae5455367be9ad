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

import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DEFAULT_LIMITS } from '../limits.js';
import { debianPackagesFor } from '../languages/debian.js';
import { getLanguage, LANGUAGES, toolsOf } from '../languages/index.js';
import { cgroupManager } from './local-cgroups.js';
import { describeTools, locateTool, lookupTool, which, type Toolchain } from './local-toolchains.js';
import { aliasFolder } from './local-aliases.js';
import { SECCOMP_FD, USERNS_FD } from './local-bwrap.js';
import { SeedCaches, seedSpec } from './local-seed-cache.js';
import { Launchers } from './local-launcher.js';
import { LocalSandbox, type SandboxHost } from './local-sandbox.js';
import { deniedNames, seccompProgram } from './local-seccomp.js';
import { NetworkSettingError, RESOLV_CONF, SandboxNetwork } from './local-network.js';
import { chownTree, rootUserns, SANDBOX_HOST_UID, type UsernsHolder } from './local-userns.js';
import { leftoverWarning, removeTree } from './local-teardown.js';
import { DEFAULT_WORKSPACE_QUOTA, type WorkspaceQuota } from './local-workspace.js';
import { LocalLayers, makeMountPoints } from './local-layers.js';
import { SandboxUnavailableError, type Provider, type Sandbox, type SandboxSpec, type ToolStatus } from './provider.js';
import { LOCAL_FACTS } from './catalog.js';

export { shellLine } from './local-launcher.js';

/** One bwrap probe: its exit status and what it printed on stderr (a spawn error is status -1 with its message). */
function attempt(bwrap: string, extra: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(bwrap, ['--unshare-all', '--unshare-user', ...extra, '--ro-bind', '/', '/', '/bin/sh', '-c', ':'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', (e) => resolve({ status: -1, stderr: e.message }));
    child.on('close', (status, signal) => resolve({ status, stderr: stderr || (signal ? `bwrap gave no answer within 10 s (${signal})` : '') }));
  });
}

/** The fix for a bwrap that cannot create namespaces, as exact commands. */
function bwrapRemediation(stderr: string): string {
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

export class LocalProvider implements Provider, SandboxHost {
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
  /** The run's launchers and per-check cgroups (local-launcher.ts). */
  readonly launchers = new Launchers();
  private readonly seedCaches = new SeedCaches();
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
    // Asynchronous, and the root run's user namespace made meanwhile (it
    // polls for its namespace): the two waits overlap.
    const userns = process.getuid?.() === 0 ? rootUserns() : undefined;
    userns?.catch(() => {}); // awaited below, or its holder stopped
    // The first checks' launchers start meanwhile too (a check hands its
    // limits to the one it takes); a failed probe disposes of them.
    this.launchers.prepare(DEFAULT_LIMITS);
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
        throw new SandboxUnavailableError(`bubblewrap cannot create a sandbox here: ${detail}`, bwrapRemediation(detail));
      }
    } catch (e) {
      void userns?.then((u) => u.holder.stop(), () => {});
      await this.launchers.dispose();
      throw e;
    }
    if (userns) {
      const r = await userns;
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
    const tools = toolsOf(lang);
    const chains = (await Promise.all(tools.map((t) => locateTool(t)))).filter((c): c is Toolchain => !!c);
    const { dir, workspace } = this.spare.shift() ?? this.checkFolder();
    this.makeSpares();
    makeMountPoints(workspace, spec.layers);
    if (lang.cacheSeed) {
      const seedDir = path.join(this.base(), `${lang.id}-seed`);
      await this.seedCaches.copyInto(lang, workspace, seedDir, !!this.userns, (seedWorkspace) =>
        new LocalSandbox(this, seedSpec(lang), seedDir, seedWorkspace, chains, this.disableUserns, this.etcDir()),
      );
    }
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

  /**
   * Check folders made ahead, each with its empty workspace: making one is a
   * few ms of disk work (mkdtemp, mkdir), done while the check before runs
   * instead of on the next check's way in. Every check still gets a folder
   * no other check ever had.
   */
  private readonly spare: { dir: string; workspace: string }[] = [];
  private sparesDue = false;

  private checkFolder(): { dir: string; workspace: string } {
    const dir = mkdtempSync(path.join(this.base(), 'check-'));
    const workspace = path.join(dir, 'workspace');
    mkdirSync(workspace, { mode: 0o700 });
    return { dir, workspace };
  }

  /** One spare folder per core, made once the current check is on its way (setImmediate). */
  private makeSpares(): void {
    if (this.sparesDue) return;
    this.sparesDue = true;
    const root = this.root;
    setImmediate(() => {
      this.sparesDue = false;
      // Not for a run that was disposed meanwhile (its root is gone).
      if (!root || this.root !== root) return;
      while (this.spare.length < os.availableParallelism()) this.spare.push(this.checkFolder());
    });
  }

  private readonly aliases = new Map<string, string>();

  /** The read-only folder giving a sandbox the commands it lacks by these names (`python` → python3). */
  aliasFolder(targets: Map<string, string>): string {
    return aliasFolder(this.base(), targets, this.aliases);
  }

  etcDir(): string {
    return path.join(this.base(), 'etc');
  }

  forget(s: LocalSandbox): void {
    this.live.delete(s);
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
    await this.launchers.dispose();
    this.userns?.stop();
    this.userns = undefined;
    this.probed = undefined;
    const warnings: string[] = [];
    this.spare.length = 0;
    const left = this.root ? removeTree(this.root) : undefined;
    if (left) warnings.push(leftoverWarning(`the run's sandbox folder ${this.root}`, left));
    this.root = undefined;
    this.seedCaches.forget();
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
