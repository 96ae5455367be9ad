// Runs what the emulator receives for real: each command in bubblewrap, laid
// out like an E2B sandbox — user `user` (uid 1000) with a writable
// /home/user and /tmp private to the sandbox, the machine's toolchains
// read-only, a network namespace of its own unless the sandbox's egress is
// open. Tools the emulated template lacks are hidden, so a missing toolchain
// looks missing. This is a test double: it shows commands the host's files
// read-only, which a real E2B sandbox would not.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LANGUAGES } from '../../src/languages/registry.js';
import { locateTool, which } from '../../src/providers/local-toolchains.js';

export const SANDBOX_HOME = '/home/user';
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** Every tool the registry knows (programs and installers). */
export const ALL_TOOLS = [...new Set(LANGUAGES.flatMap((l) => [...l.tools, ...(l.install ? [l.install.tool] : [])]))];

const PROGRAM_TOOLS = new Set(LANGUAGES.flatMap((l) => l.tools));

/** Where one sandbox's writable folders live on this machine. */
export interface SandboxDirs {
  root: string;
  home: string;
  tmp: string;
}

export function makeSandboxDirs(base: string, id: string): SandboxDirs {
  const root = path.join(base, id);
  const dirs = { root, home: path.join(root, 'home'), tmp: path.join(root, 'tmp') };
  mkdirSync(dirs.home, { recursive: true });
  mkdirSync(dirs.tmp, { recursive: true });
  return dirs;
}

/** A sandbox path → the machine path behind it; undefined where the sandbox user cannot write. */
export function hostPath(dirs: SandboxDirs, p: string): string | undefined {
  const abs = path.posix.resolve(SANDBOX_HOME, p);
  for (const [prefix, host] of [
    [SANDBOX_HOME, dirs.home],
    ['/tmp', dirs.tmp],
  ] as const) {
    if (abs === prefix) return host;
    if (abs.startsWith(`${prefix}/`)) return path.join(host, abs.slice(prefix.length + 1));
  }
  return undefined;
}

/** The toolchain layout of one emulated template, worked out once. */
export interface TemplateLayout {
  pathDirs: string[];
  /** Real files of tools the template does not have: covered with /dev/null. */
  hidden: string[];
}

const layouts = new Map<string, Promise<TemplateLayout>>();

export function templateLayout(tools: readonly string[] | 'all'): Promise<TemplateLayout> {
  const key = tools === 'all' ? 'all' : [...tools].sort().join(',');
  let found = layouts.get(key);
  if (!found) {
    found = (async () => {
      const have = tools === 'all' ? ALL_TOOLS : tools;
      // PATH gets the programs' folders; installers (pip, gem, …) live beside them.
      const programs = have.filter((t) => PROGRAM_TOOLS.has(t));
      const chains = await Promise.all(programs.map((t) => locateTool(t)));
      const pathDirs = [...new Set(chains.filter((c) => !!c).map((c) => c!.binDir))];
      const searched = [...pathDirs, ...SYSTEM_PATH.split(':')];
      const hidden = new Set<string>();
      for (const tool of ALL_TOOLS.filter((t) => !have.includes(t))) {
        for (const dir of searched) {
          const p = which(tool, [dir]);
          if (p) {
            try {
              hidden.add(realpathSync(p));
            } catch {
              /* dangling */
            }
          }
        }
      }
      return { pathDirs, hidden: [...hidden] };
    })();
    layouts.set(key, found);
  }
  return found;
}

let etcDir: string | undefined;
/** passwd/group naming `user`, and an empty /etc/profile, as an E2B sandbox has. */
function sandboxEtc(): string {
  if (!etcDir) {
    etcDir = mkdtempSync(path.join(os.tmpdir(), 'e2b-emulator-etc-'));
    writeFileSync(path.join(etcDir, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\nuser:x:1000:1000::/home/user:/bin/bash\n');
    writeFileSync(path.join(etcDir, 'group'), 'root:x:0:\nuser:x:1000:\n');
    writeFileSync(path.join(etcDir, 'profile'), '# emulated E2B sandbox\n');
  }
  return etcDir;
}

export interface SpawnSpec {
  dirs: SandboxDirs;
  layout: TemplateLayout;
  cmd: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  network: boolean;
  /** Where stdin comes from; undefined: nothing (closed). */
  stdin?: 'pipe';
}

export function bwrapArgv(s: SpawnSpec): string[] {
  const etc = sandboxEtc();
  const a = ['--unshare-all', '--unshare-user', '--uid', '1000', '--gid', '1000', '--die-with-parent'];
  if (s.network) a.push('--share-net');
  a.push('--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc');
  a.push('--tmpfs', '/home', '--bind', s.dirs.home, SANDBOX_HOME, '--bind', s.dirs.tmp, '/tmp', '--tmpfs', '/var/tmp');
  a.push('--ro-bind', path.join(etc, 'passwd'), '/etc/passwd', '--ro-bind', path.join(etc, 'group'), '/etc/group');
  a.push('--ro-bind', path.join(etc, 'profile'), '/etc/profile');
  if (existsSync('/etc/profile.d')) a.push('--tmpfs', '/etc/profile.d');
  for (const h of s.layout.hidden) a.push('--ro-bind', '/dev/null', h);
  a.push('--chdir', s.cwd, '--clearenv');
  for (const [k, v] of Object.entries(s.env)) a.push('--setenv', k, v);
  a.push('--', s.cmd, ...s.args);
  return a;
}

/** The environment every sandbox process starts with (before the sandbox's and the command's). */
export function baseEnv(layout: TemplateLayout, sandboxId: string, network: boolean): Record<string, string> {
  const env: Record<string, string> = {
    PATH: [...layout.pathDirs, SYSTEM_PATH].join(':'),
    HOME: SANDBOX_HOME,
    USER: 'user',
    LANG: 'C.UTF-8',
    E2B_SANDBOX: 'true',
    E2B_SANDBOX_ID: sandboxId,
  };
  // This machine may sit behind a TLS-inspecting proxy: installers in the
  // emulated sandbox trust its CA store, as they would the template's.
  if (network && existsSync(CA_BUNDLE)) {
    Object.assign(env, { SSL_CERT_FILE: CA_BUNDLE, PIP_CERT: CA_BUNDLE, NODE_EXTRA_CA_CERTS: CA_BUNDLE, CARGO_HTTP_CAINFO: CA_BUNDLE });
  }
  return env;
}

export function spawnInSandbox(s: SpawnSpec): ChildProcess {
  return spawn('bwrap', bwrapArgv(s), {
    stdio: [s.stdin ?? 'ignore', 'pipe', 'pipe'],
    detached: true,
    env: { PATH: SYSTEM_PATH },
  });
}

/** SIGKILL for the process group (bwrap and, through its pid namespace, all it started). */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}
