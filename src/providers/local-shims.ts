// Version-manager shims, resolved without running them. A shim (rustup's
// proxies, pyenv/rbenv/goenv/nodenv/jenv, asdf, mise, volta) picks its version
// from files in the current folder and its parents (rust-toolchain.toml,
// .python-version, .tool-versions, mise.toml, package.json), which a
// repository controls; rust-toolchain.toml can even name a binary to run. So
// no shim is ever executed on the host: each family's own global setting (the
// job's env variable, or the manager's global file in its home) names the
// version, and the real binary is looked up in the manager's versions folder.
// nvm and sdkman put a concrete version folder on PATH and need no shim logic.

import { accessSync, constants, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'smol-toml';

/** The host settings a resolution may read: the job's env (trusted), never the repository. */
export interface HostContext {
  env: Record<string, string | undefined>;
  home: string;
}

export type ShimResult =
  /** The tool in the manager's version folder; `root` is the one folder to mount. */
  | { kind: 'real'; binary: string; root: string; via: string }
  /** The manager selects the system tool: keep searching PATH past this folder. */
  | { kind: 'system'; via: string }
  /** A shim whose version cannot be told from global settings: never used. */
  | { kind: 'unresolved'; why: string };

export function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function readText(p: string): string | undefined {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}

function inside(p: string, root: string): boolean {
  return p === root || p.startsWith(`${root}/`);
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

const RUST_PROXIES = new Set(['rustc', 'cargo', 'rustdoc', 'rustfmt', 'cargo-fmt', 'cargo-clippy', 'clippy-driver', 'rust-gdb', 'rust-lldb', 'rust-analyzer', 'cargo-miri']);

function hostTriple(): string {
  const arch = { x64: 'x86_64', arm64: 'aarch64', riscv64: 'riscv64gc', ppc64: 'powerpc64le', s390x: 's390x' }[process.arch as string] ?? process.arch;
  return `${arch}-unknown-linux-gnu`;
}

/** rustup's proxies are links (or hard links) to the rustup binary. */
function isRustupProxy(file: string, rustupBin: string): boolean {
  if (path.basename(real(file)).startsWith('rustup')) return true;
  try {
    const a = statSync(file);
    const b = statSync(rustupBin);
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

/** rustup: RUSTUP_TOOLCHAIN from the job, else `default_toolchain` of rustup's own settings.toml. */
function rustup(dir: string, tool: string, host: HostContext): ShimResult | undefined {
  const cargoHome = host.env.CARGO_HOME || path.join(host.home, '.cargo');
  const rustupHome = host.env.RUSTUP_HOME || path.join(host.home, '.rustup');
  if (!RUST_PROXIES.has(tool) || !(dir === path.join(cargoHome, 'bin') || isRustupProxy(path.join(dir, tool), path.join(dir, 'rustup')))) return undefined;
  let name = host.env.RUSTUP_TOOLCHAIN;
  let from = 'RUSTUP_TOOLCHAIN';
  if (!name) {
    const settings = readText(path.join(rustupHome, 'settings.toml'));
    try {
      const v = settings ? parse(settings).default_toolchain : undefined;
      if (typeof v === 'string') name = v;
    } catch {
      /* unreadable settings: unresolved below */
    }
    from = `${path.join(rustupHome, 'settings.toml')} default_toolchain`;
  }
  if (!name) return { kind: 'unresolved', why: `rustup shim in ${dir}: no default toolchain (set RUSTUP_TOOLCHAIN in the job, or run rustup default stable)` };
  // A path toolchain from the job's env is the workflow author's choice.
  const dirs = name.startsWith('/') ? [name] : [path.join(rustupHome, 'toolchains', name), path.join(rustupHome, 'toolchains', `${name}-${hostTriple()}`)];
  for (const tc of dirs) {
    const binary = path.join(tc, 'bin', tool);
    if (isExecutable(binary)) return { kind: 'real', binary, root: real(tc), via: `rustup ${path.basename(tc)} (${from})` };
  }
  return { kind: 'unresolved', why: `rustup toolchain "${name}" (${from}) has no ${tool} under ${path.join(rustupHome, 'toolchains')}` };
}

interface VersionFileFamily {
  name: string;
  rootEnv: string;
  defaultRoot: string;
  versionEnv: string;
}

/** The managers that keep `shims/`, `versions/<v>/` and a global `version` file. */
const VERSION_FILE_FAMILIES: VersionFileFamily[] = [
  { name: 'pyenv', rootEnv: 'PYENV_ROOT', defaultRoot: '.pyenv', versionEnv: 'PYENV_VERSION' },
  { name: 'rbenv', rootEnv: 'RBENV_ROOT', defaultRoot: '.rbenv', versionEnv: 'RBENV_VERSION' },
  { name: 'goenv', rootEnv: 'GOENV_ROOT', defaultRoot: '.goenv', versionEnv: 'GOENV_VERSION' },
  { name: 'nodenv', rootEnv: 'NODENV_ROOT', defaultRoot: '.nodenv', versionEnv: 'NODENV_VERSION' },
  { name: 'jenv', rootEnv: 'JENV_ROOT', defaultRoot: '.jenv', versionEnv: 'JENV_VERSION' },
];

function versionFile(dir: string, tool: string, host: HostContext, f: VersionFileFamily): ShimResult | undefined {
  const root = host.env[f.rootEnv] || path.join(host.home, f.defaultRoot);
  // Any PATH folder of the manager except a concrete version's own bin is a shim folder (plugins add their own).
  if (!inside(dir, root) || inside(dir, path.join(root, 'versions'))) return undefined;
  const fromEnv = host.env[f.versionEnv] || undefined;
  const file = path.join(root, 'version');
  const versions = (fromEnv ?? readText(file) ?? 'system').split(/[\s:]+/).filter(Boolean);
  const from = fromEnv ? f.versionEnv : file;
  for (const v of versions) {
    if (v === 'system') return { kind: 'system', via: `${f.name} system (${from})` };
    const folder = path.join(root, 'versions', v);
    const binary = path.join(folder, 'bin', tool);
    if (isExecutable(binary)) return { kind: 'real', binary, root: real(folder), via: `${f.name} ${v} (${from})` };
  }
  return { kind: 'unresolved', why: `${f.name} shim in ${dir}: version ${versions.join(', ') || '(none)'} (${from}) has no ${tool}` };
}

/** Installed version folders of one tool, newest first, matching `want` ("3.11" matches 3.11.7). */
function installed(folder: string, want: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const any = want === 'latest' || want === '';
  return names
    .filter((n) => any || n === want || n.startsWith(`${want}.`) || n.startsWith(`${want}-`))
    .sort((a, b) => (a === want ? -1 : b === want ? 1 : b.localeCompare(a, 'en', { numeric: true })));
}

/** The tool's binary in an install folder: bin/, or one level down (asdf's golang keeps go/bin). */
function binaryIn(install: string, tool: string): string | undefined {
  const direct = path.join(install, 'bin', tool);
  if (isExecutable(direct)) return direct;
  let subs: string[];
  try {
    subs = readdirSync(install);
  } catch {
    return undefined;
  }
  for (const s of subs) {
    const nested = path.join(install, s, 'bin', tool);
    if (isExecutable(nested)) return nested;
  }
  return undefined;
}

/** asdf: ASDF_<PLUGIN>_VERSION from the job, else the global ~/.tool-versions; the plugin is read from the shim's text. */
function asdf(dir: string, tool: string, host: HostContext): ShimResult | undefined {
  const root = host.env.ASDF_DATA_DIR || path.join(host.home, '.asdf');
  if (dir !== path.join(root, 'shims')) return undefined;
  const shim = readText(path.join(dir, tool)) ?? '';
  const plugins = [...new Set([...shim.matchAll(/^# asdf-plugin: (\S+)/gm)].map((m) => m[1]!))];
  if (!plugins.length) return { kind: 'unresolved', why: `asdf shim ${path.join(dir, tool)} names no plugin` };
  const globalFile = path.join(host.home, host.env.ASDF_DEFAULT_TOOL_VERSIONS_FILENAME || '.tool-versions');
  const globals = new Map<string, string[]>();
  for (const line of (readText(globalFile) ?? '').split('\n')) {
    const [name, ...vs] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (name && vs.length) globals.set(name, vs);
  }
  for (const plugin of plugins) {
    const key = `ASDF_${plugin.toUpperCase().replace(/-/g, '_')}_VERSION`;
    const versions = host.env[key] ? [host.env[key]!] : (globals.get(plugin) ?? []);
    const from = host.env[key] ? key : globalFile;
    for (const v of versions) {
      if (v === 'system') return { kind: 'system', via: `asdf ${plugin} system (${from})` };
      const install = path.join(root, 'installs', plugin, v);
      const binary = binaryIn(install, tool);
      if (binary) return { kind: 'real', binary, root: real(install), via: `asdf ${plugin} ${v} (${from})` };
    }
  }
  return { kind: 'unresolved', why: `asdf shim for ${tool}: no global version of ${plugins.join(', ')} in ${globalFile} is installed` };
}

/** mise: MISE_<TOOL>_VERSION from the job, else [tools] of the global config.toml. */
function mise(dir: string, tool: string, host: HostContext): ShimResult | undefined {
  const data = host.env.MISE_DATA_DIR || path.join(host.env.XDG_DATA_HOME || path.join(host.home, '.local', 'share'), 'mise');
  if (dir !== path.join(data, 'shims')) return undefined;
  const configDir = host.env.MISE_CONFIG_DIR || path.join(host.env.XDG_CONFIG_HOME || path.join(host.home, '.config'), 'mise');
  const configFile = host.env.MISE_GLOBAL_CONFIG_FILE || path.join(configDir, 'config.toml');
  let tools: Record<string, unknown> = {};
  try {
    const t = parse(readText(configFile) ?? '').tools;
    if (t && typeof t === 'object') tools = t as Record<string, unknown>;
  } catch {
    return { kind: 'unresolved', why: `mise shim for ${tool}: ${configFile} is not valid TOML` };
  }
  for (const [name, spec] of Object.entries(tools)) {
    const short = name.replace(/^core:/, '');
    const key = `MISE_${short.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_VERSION`;
    const listed = (Array.isArray(spec) ? spec : [spec]).map((s) => (s && typeof s === 'object' ? (s as { version?: unknown }).version : s));
    const versions = host.env[key] ? [host.env[key]!] : listed.filter((v): v is string => typeof v === 'string');
    const from = host.env[key] ? key : configFile;
    for (const v of versions) {
      if (v === 'system') continue;
      for (const match of installed(path.join(data, 'installs', short), v)) {
        const install = path.join(data, 'installs', short, match);
        const binary = binaryIn(install, tool);
        if (binary) return { kind: 'real', binary, root: real(install), via: `mise ${short} ${match} (${from})` };
      }
    }
  }
  return { kind: 'unresolved', why: `mise shim for ${tool}: no tool in ${configFile} [tools] provides it` };
}

/** volta: the default platform in tools/user/platform.json (package.json's "volta" field is the repository's). */
function volta(dir: string, tool: string, host: HostContext): ShimResult | undefined {
  const root = host.env.VOLTA_HOME || path.join(host.home, '.volta');
  if (dir !== path.join(root, 'bin')) return undefined;
  const file = path.join(root, 'tools', 'user', 'platform.json');
  let platform: { node?: { runtime?: unknown; npm?: unknown } } = {};
  try {
    platform = JSON.parse(readText(file) ?? '{}');
  } catch {
    /* unresolved below */
  }
  const node = typeof platform.node?.runtime === 'string' ? platform.node.runtime : undefined;
  const npm = typeof platform.node?.npm === 'string' ? platform.node.npm : undefined;
  const candidates = [
    ...(npm && tool === 'npm' ? [path.join(root, 'tools', 'image', 'npm', npm)] : []),
    ...(node ? [path.join(root, 'tools', 'image', 'node', node)] : []),
  ];
  for (const install of candidates) {
    const binary = path.join(install, 'bin', tool);
    if (isExecutable(binary)) return { kind: 'real', binary, root: real(install), via: `volta ${path.basename(path.dirname(install))} ${path.basename(install)} (${file})` };
  }
  return { kind: 'unresolved', why: `volta shim for ${tool}: no default in ${file} provides it` };
}

/**
 * What the manager owning `dir` selects for `tool`; undefined when `dir` is
 * no known manager's shim folder. A folder named `shims` of a manager not
 * listed here is still a shim: it is never run, only skipped.
 */
export function resolveShim(dir: string, tool: string, host: HostContext): ShimResult | undefined {
  const known =
    rustup(dir, tool, host) ??
    VERSION_FILE_FAMILIES.reduce<ShimResult | undefined>((r, f) => r ?? versionFile(dir, tool, host, f), undefined) ??
    asdf(dir, tool, host) ??
    mise(dir, tool, host) ??
    volta(dir, tool, host);
  if (known) return known;
  if (path.basename(dir) === 'shims') return { kind: 'unresolved', why: `${path.join(dir, tool)} is a version-manager shim this tool does not know; it is never run` };
  return undefined;
}
