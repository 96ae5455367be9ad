// Toolchain lookup never lets a repository choose what runs on the host. Each
// version-manager family gets a fake tree in a temp HOME whose shims, if run
// from the repository, would obey the repository's selection file and run a
// repository binary (which writes a canary). The lookup must pick the version
// of the manager's global setting and mount only that version's folder.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { mountable, resolveTool } from '../../src/providers/local-toolchains.js';
import { ROOT, runCli } from '../helpers.js';

// Not under /tmp or /home: the sandbox puts its own tmpfs there, so a fake
// toolchain must live elsewhere to be usable inside.
const base = path.join(ROOT, '.test-tmp');
mkdirSync(base, { recursive: true });
const dir = mkdtempSync(path.join(base, 'toolchains-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const home = path.join(dir, 'home');
const repo = path.join(dir, 'repo');
const canary = path.join(dir, 'repo-binary-ran');
const shimLog = path.join(dir, 'shim-ran.log');
const triple = `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-unknown-linux-gnu`;

function file(p: string, text: string, exec = false): string {
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  if (exec) chmodSync(p, 0o755);
  return p;
}

/** A shim that behaves like a version manager run from the repository: it obeys the repository and runs its binary. */
const shim = (extra = '') =>
  `#!/bin/sh\n${extra}\n{ echo "shim $0 in $PWD"; env; } >> ${shimLog}\n[ -x ./tc/bin/rustc ] && exec ./tc/bin/rustc "$@"\nexec ./hostile "$@"\n`;
const hostile = `#!/bin/sh\necho "$0 ran with ACTIONS_RUNTIME_TOKEN=$ACTIONS_RUNTIME_TOKEN" > ${canary}\n`;
/** A fake interpreter that says which version answered. */
const fakeTool = (label: string) => `#!/bin/sh\necho "fake ${label}"\n`;

// The repository: every selection file names the hostile version, and the rustup path toolchain is its own binary.
file(path.join(repo, 'hostile'), hostile, true);
file(path.join(repo, 'tc/bin/rustc'), hostile, true);
file(path.join(repo, 'tc/bin/cargo'), hostile, true);
file(path.join(repo, 'rust-toolchain.toml'), '[toolchain]\npath = "/proc/self/cwd/tc"\n');
file(path.join(repo, '.python-version'), '6.6.6\n');
file(path.join(repo, '.ruby-version'), '6.6.6\n');
file(path.join(repo, '.go-version'), '6.6.6\n');
file(path.join(repo, '.node-version'), '6.6.6\n');
file(path.join(repo, '.java-version'), '6.6.6\n');
file(path.join(repo, '.tool-versions'), 'python 6.6.6\nnodejs 6.6.6\n');
file(path.join(repo, 'mise.toml'), '[tools]\npython = "6.6.6"\n');
file(path.join(repo, '.nvmrc'), 'v66.6.6\n');
file(path.join(repo, '.sdkmanrc'), 'java=66.6.6\n');
file(path.join(repo, 'package.json'), '{"volta":{"node":"66.6.6"}}\n');

// rustup: proxies in ~/.cargo/bin (beside credentials), toolchains in ~/.rustup.
const rustc = (label: string) =>
  `#!/bin/sh\nwhile [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done\nprintf '#!/bin/sh\\necho compiled by ${label}\\n' > "$out"; chmod +x "$out"\n`;
file(path.join(home, '.cargo/bin/rustc'), shim(), true);
file(path.join(home, '.cargo/bin/cargo'), shim(), true);
file(path.join(home, '.cargo/bin/rustup'), shim(), true);
file(path.join(home, '.cargo/credentials.toml'), '[registry]\ntoken = "secret"\n');
file(path.join(home, '.rustup/settings.toml'), 'version = "12"\ndefault_toolchain = "stable"\nprofile = "default"\n');
for (const tc of [`stable-${triple}`, `nightly-${triple}`, 'evil']) {
  file(path.join(home, `.rustup/toolchains/${tc}/bin/rustc`), tc === 'evil' ? hostile : rustc(tc), true);
  file(path.join(home, `.rustup/toolchains/${tc}/bin/cargo`), fakeTool(tc), true);
}

// pyenv, rbenv, goenv, nodenv, jenv: shims/, versions/<v>/bin, a global `version` file.
const versionFamilies = [
  { name: 'pyenv', tool: 'python3' },
  { name: 'rbenv', tool: 'ruby' },
  { name: 'goenv', tool: 'go' },
  { name: 'nodenv', tool: 'node' },
  { name: 'jenv', tool: 'java' },
];
for (const f of versionFamilies) {
  const root = path.join(home, `.${f.name}`);
  file(path.join(root, 'shims', f.tool), shim(), true);
  file(path.join(root, 'version'), '3.11.0\n');
  file(path.join(root, 'versions/3.11.0/bin', f.tool), fakeTool(`${f.name} 3.11.0`), true);
  file(path.join(root, 'versions/6.6.6/bin', f.tool), hostile, true);
}
file(path.join(home, '.pyenv/plugins/pyenv-virtualenv/shims/python3'), shim(), true);

// asdf: the shim names its plugin; the global ~/.tool-versions picks the version.
file(path.join(home, '.asdf/shims/python3'), shim('# asdf-plugin: python 3.11.0\n# asdf-plugin: python 6.6.6'), true);
file(path.join(home, '.tool-versions'), 'python 3.11.0\n');
file(path.join(home, '.asdf/installs/python/3.11.0/bin/python3'), fakeTool('asdf 3.11.0'), true);
file(path.join(home, '.asdf/installs/python/6.6.6/bin/python3'), hostile, true);

// mise: shims in the data dir, [tools] of ~/.config/mise/config.toml (a prefix picks the newest match).
file(path.join(home, '.local/share/mise/shims/python3'), shim(), true);
file(path.join(home, '.config/mise/config.toml'), '[tools]\npython = "3.11"\n');
file(path.join(home, '.config/gh/hosts.yml'), 'oauth_token: secret\n');
for (const v of ['3.11.0', '3.11.9', '6.6.6']) {
  file(path.join(home, `.local/share/mise/installs/python/${v}/bin/python3`), v === '6.6.6' ? hostile : fakeTool(`mise ${v}`), true);
}

// volta: shims in ~/.volta/bin, the default platform in tools/user/platform.json.
file(path.join(home, '.volta/bin/node'), shim(), true);
file(path.join(home, '.volta/tools/user/platform.json'), '{"node":{"runtime":"20.0.0","npm":null}}');
file(path.join(home, '.volta/tools/image/node/20.0.0/bin/node'), fakeTool('volta 20.0.0'), true);
file(path.join(home, '.volta/tools/image/node/66.6.6/bin/node'), hostile, true);

// nvm and sdkman put a concrete version on PATH; their homes hold more than the version.
file(path.join(home, '.nvm/versions/node/v20.0.0/bin/node'), fakeTool('nvm v20.0.0'), true);
file(path.join(home, '.nvm/versions/node/v66.6.6/bin/node'), hostile, true);
file(path.join(home, '.nvm/nvm.sh'), '# nvm\n');
file(path.join(home, '.sdkman/candidates/java/17.0.0/bin/java'), fakeTool('sdkman 17.0.0'), true);
file(path.join(home, '.sdkman/candidates/java/66.6.6/bin/java'), hostile, true);
symlinkSync('17.0.0', path.join(home, '.sdkman/candidates/java/current'));

// A manager this tool does not know, and tools straight in home folders.
file(path.join(home, '.unknownenv/shims/python3'), shim(), true);
file(path.join(home, '.local/bin/gcc'), fakeTool('local gcc'), true);
file(path.join(home, 'bin/bash'), fakeTool('home bash'), true);

const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin';
const env = (first: string, extra: Record<string, string> = {}) => ({ HOME: home, PATH: `${first}:${SYSTEM_PATH}`, ...extra });
const lookup = (tool: string, first: string, extra?: Record<string, string>) => resolveTool(tool, env(first, extra), repo);

function assertNothingRan(): void {
  expect(existsSync(canary), existsSync(canary) ? readFileSync(canary, 'utf8') : '').toBe(false);
  expect(existsSync(shimLog), existsSync(shimLog) ? readFileSync(shimLog, 'utf8').slice(0, 400) : '').toBe(false);
}

describe('toolchain lookup: each version manager resolves from its own global setting', () => {
  it('rustup: the default of ~/.rustup/settings.toml, never rust-toolchain.toml; mounts only that toolchain', () => {
    const { found } = lookup('rustc', path.join(home, '.cargo/bin'));
    const tc = path.join(home, `.rustup/toolchains/stable-${triple}`);
    expect(found).toMatchObject({ binary: path.join(tc, 'bin/rustc'), binDir: path.join(tc, 'bin'), mounts: [tc] });
    expect(found!.via).toContain('settings.toml default_toolchain');
    expect(lookup('cargo', path.join(home, '.cargo/bin')).found!.binary).toBe(path.join(tc, 'bin/cargo'));
    assertNothingRan();
  });

  it('rustup: RUSTUP_TOOLCHAIN set by the job wins over settings.toml', () => {
    const { found } = lookup('rustc', path.join(home, '.cargo/bin'), { RUSTUP_TOOLCHAIN: 'nightly' });
    expect(found!.mounts).toEqual([path.join(home, `.rustup/toolchains/nightly-${triple}`)]);
  });

  it('rustup without a default toolchain: rustc is missing, and ~/.cargo is never mounted', () => {
    const rustupHome = path.join(dir, 'rustup-empty');
    mkdirSync(path.join(rustupHome, 'toolchains'), { recursive: true });
    const r = lookup('rustc', path.join(home, '.cargo/bin'), { RUSTUP_HOME: rustupHome });
    expect(r.found).toBeUndefined();
    expect(r.skipped.join('\n')).toMatch(/no default toolchain \(set RUSTUP_TOOLCHAIN in the job/);
    assertNothingRan();
  });

  it.each(versionFamilies)('$name: the global version file, never the repository .*-version', ({ name, tool }) => {
    const root = path.join(home, `.${name}`);
    const { found } = lookup(tool, path.join(root, 'shims'));
    expect(found).toMatchObject({ binary: path.join(root, 'versions/3.11.0/bin', tool), mounts: [path.join(root, 'versions/3.11.0')] });
    expect(found!.via).toBe(`${name} 3.11.0 (${path.join(root, 'version')})`);
    assertNothingRan();
  });

  it('pyenv: "system" falls through to the next PATH entry, plugin shims included', () => {
    const root = path.join(dir, 'pyenv-system');
    file(path.join(root, 'version'), 'system\n');
    file(path.join(root, 'shims/python3'), shim(), true);
    file(path.join(root, 'plugins/pyenv-virtualenv/shims/python3'), shim(), true);
    const { found } = lookup('python3', `${root}/plugins/pyenv-virtualenv/shims:${root}/shims`, { PYENV_ROOT: root });
    expect(found!.binary.startsWith('/usr/')).toBe(true);
    expect(found!.mounts).toEqual([]);
    assertNothingRan();
  });

  it('asdf: the plugin from the shim text, the version from ~/.tool-versions', () => {
    const { found } = lookup('python3', path.join(home, '.asdf/shims'));
    expect(found!.mounts).toEqual([path.join(home, '.asdf/installs/python/3.11.0')]);
    expect(found!.via).toBe(`asdf python 3.11.0 (${path.join(home, '.tool-versions')})`);
    assertNothingRan();
  });

  it('mise: [tools] of the global config, newest install matching the prefix; ~/.config is not mounted', () => {
    const { found } = lookup('python3', path.join(home, '.local/share/mise/shims'));
    expect(found!.mounts).toEqual([path.join(home, '.local/share/mise/installs/python/3.11.9')]);
    assertNothingRan();
  });

  it("volta: the default platform, never package.json's volta field", () => {
    const { found } = lookup('node', path.join(home, '.volta/bin'));
    expect(found!.mounts).toEqual([path.join(home, '.volta/tools/image/node/20.0.0')]);
    assertNothingRan();
  });

  it('nvm: the version on PATH, mounted alone (not ~/.nvm); .nvmrc plays no part', () => {
    const { found } = lookup('node', path.join(home, '.nvm/versions/node/v20.0.0/bin'));
    expect(found!.mounts).toEqual([path.join(home, '.nvm/versions/node/v20.0.0')]);
  });

  it('sdkman: `current` resolved to its version folder, mounted alone; .sdkmanrc plays no part', () => {
    const { found } = lookup('java', path.join(home, '.sdkman/candidates/java/current/bin'));
    expect(found!.binary).toBe(path.join(home, '.sdkman/candidates/java/17.0.0/bin/java'));
    expect(found!.mounts).toEqual([path.join(home, '.sdkman/candidates/java/17.0.0')]);
  });

  it('a shims folder of an unknown manager is passed over, never run', () => {
    const r = lookup('python3', path.join(home, '.unknownenv/shims'));
    expect(r.found!.binary.startsWith('/usr/')).toBe(true);
    expect(r.skipped[0]).toMatch(/version-manager shim this tool does not know; it is never run/);
    assertNothingRan();
  });

  it("the repository's own PATH folders are never toolchains: a link there cannot name a host folder to mount", () => {
    mkdirSync(path.join(repo, 'bin'), { recursive: true });
    symlinkSync('/etc/hostname', path.join(repo, 'bin/gcc'));
    const r = lookup('gcc', path.join(repo, 'bin'));
    expect(r.found!.binary).toBe('/usr/bin/gcc');
    expect(r.found!.mounts).toEqual([]);
    expect(r.skipped[0]).toMatch(/inside the repository, so never a toolchain/);
    for (const d of ['/etc', '/etc/ssl', '/proc', '/var', '/tmp', '/root', '/home', '/run/secrets']) expect(mountable(d, home, repo), d).toBe(false);
  });

  it('home dot-folders are never mounted: ~/.local/bin alone, ~/bin not at all', () => {
    expect(lookup('gcc', path.join(home, '.local/bin')).found!.mounts).toEqual([path.join(home, '.local/bin')]);
    const bash = lookup('bash', path.join(home, 'bin'));
    expect(bash.found!.binary).toBe('/usr/bin/bash');
    expect(bash.skipped[0]).toMatch(/not mounted into sandboxes/);
    for (const d of ['', '.cargo', '.cargo/bin', '.rustup', '.config', '.config/mise', '.ssh', '.local', '.npmrc', '.pyenv']) {
      expect(mountable(path.join(home, d), home, repo), d).toBe(false);
    }
  });
});

describe('toolchain lookup through the CLI, run from a hostile repository', () => {
  const secret = `token-${randomBytes(6).toString('hex')}`;
  const cliEnv = {
    HOME: home,
    PATH: `${home}/.cargo/bin:${home}/.pyenv/shims:${home}/.asdf/shims:${home}/.volta/bin:${SYSTEM_PATH}`,
    ACTIONS_RUNTIME_TOKEN: secret,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: secret,
    RUSTUP_HOME: '',
    CARGO_HOME: '',
    PYENV_ROOT: '',
    PYENV_VERSION: '',
    RUSTUP_TOOLCHAIN: '',
  };

  it('doctor and checks pick the global versions, run them only in the sandbox, and no shim runs on the host', async () => {
    const doctor = await runCli(['doctor', '--provider', 'local'], { cwd: repo, env: cliEnv });
    expect(doctor.stdout).toContain(`rust        ~/.rustup/toolchains/stable-${triple}/bin/rustc (mounts ~/.rustup/toolchains/stable-${triple}; rustup stable-${triple} (~/.rustup/settings.toml default_toolchain))\n`);
    expect(doctor.stdout).toContain('python      ~/.pyenv/versions/3.11.0/bin/python3 (mounts ~/.pyenv/versions/3.11.0; pyenv 3.11.0 (~/.pyenv/version))\n');
    expect(doctor.stdout).toContain('javascript  ~/.volta/tools/image/node/20.0.0/bin/node (mounts ~/.volta/tools/image/node/20.0.0; volta node 20.0.0 (~/.volta/tools/user/platform.json))\n');

    const json = path.join(dir, 'results.json');
    const rust = await runCli(['execute', '--code', 'fn main() {}', '--language', 'rust', '--provider', 'local', '--json', json], { cwd: repo, env: cliEnv });
    expect(JSON.parse(readFileSync(json, 'utf8')).checks[0].stdout, rust.stderr).toBe(`compiled by stable-${triple}\n`);
    const py = await runCli(['execute', '--code', 'print(1)', '--language', 'python', '--provider', 'local', '--json', json], { cwd: repo, env: cliEnv });
    expect(JSON.parse(readFileSync(json, 'utf8')).checks[0].stdout, py.stderr).toBe('fake pyenv 3.11.0\n');
    // No host process of the lookup ran, so no secret reached one.
    assertNothingRan();
  });
});
