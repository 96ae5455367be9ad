// Zero setup on GitHub-hosted runners: the bundled Action run as an
// unprivileged user (setpriv, uid 1000) on a PATH without bubblewrap or Ruby,
// with fake `sudo`, `apt-get` and `apparmor_parser` that record what they are
// asked. The fake apt-get "installs" by linking the real program in; the fake
// bwrap refuses user namespaces (as Ubuntu 24.04 does) until the AppArmor
// profile is loaded. The closest this machine allows to a fresh runner.

import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { decideInstall, runnerFacts, type RunnerFacts } from '../../src/action/install.js';
import { check } from '../helpers.js';
import { chownTree, distExists, runAction, workspace } from './harness.js';
import { processedCommands } from './runner-commands.js';

const UID = 1000;
const base = mkdtempSync(path.join(os.tmpdir(), 'sc-install-'));
chmodSync(base, 0o755);
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A fresh fake runner: bin/ with the fakes, tools/ with every /usr/bin program but the hidden ones. */
function fakeRunner(hidden: string[]) {
  const root = mkdtempSync(path.join(base, 'runner-'));
  const bin = path.join(root, 'bin');
  const tools = path.join(root, 'tools');
  const rec = path.join(root, 'record');
  const tmp = path.join(root, 'tmp');
  for (const d of [bin, tools, rec, tmp]) mkdirSync(d);
  const hide = new Set([...hidden, 'sudo', 'apt-get', 'apparmor_parser', 'sysctl']);
  for (const name of readdirSync('/usr/bin')) if (!hide.has(name)) symlinkSync(path.join('/usr/bin', name), path.join(tools, name));
  const script = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  // sudo: records its arguments and resets the environment; tee into /etc is kept in the record instead.
  script('sudo', `printf '%s\\n' "$*" >> ${rec}/sudo
[ "$1" = "-n" ] && shift
case "$1" in
  tee) cat > ${rec}/$(echo "$2" | tr / _) ;;
  *) exec env -i PATH="$PATH" "$@" ;; # env_reset, as sudo does
esac`);
  script('apt-get', `printf '%s (%s)\\n' "$*" "$DEBIAN_FRONTEND" >> ${rec}/apt-get
[ "$1" = "install" ] || exit 0
for p in "$@"; do
  case "$p" in
    bubblewrap) cat > ${bin}/bwrap <<'EOS'
#!/bin/sh
if [ -e ${rec}/apparmor-loaded ]; then exec /usr/bin/bwrap "$@"; fi
echo "bwrap: setting up uid map: Permission denied" >&2
exit 1
EOS
      chmod 755 ${bin}/bwrap ;;
    ruby) ln -s /usr/bin/ruby ${bin}/ruby ;;
  esac
done`);
  script('apparmor_parser', `printf '%s\\n' "$*" >> ${rec}/apparmor_parser\ntouch ${rec}/apparmor-loaded`);
  script('sysctl', `printf '%s\\n' "$*" >> ${rec}/sysctl`);
  chownTree(root, UID);
  const read = (f: string) => (existsSync(path.join(rec, f)) ? readFileSync(path.join(rec, f), 'utf8') : '');
  return { bin, tmp, read, env: { PATH: `${bin}:${tools}`, TMPDIR: tmp, HOME: tmp } };
}

const ws = (files: Record<string, string>) => {
  const dir = workspace(files);
  chmodSync(dir, 0o755);
  chownTree(dir, UID);
  return dir;
};

const groupsOf = (stdout: string) => {
  const out: { title: string; lines: string[] }[] = [];
  let cur: { title: string; lines: string[] } | undefined;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::group::')) out.push((cur = { title: line.slice(9), lines: [] }));
    else if (line === '::endgroup::') cur = undefined;
    else cur?.lines.push(line);
  }
  return out;
};

describe('install on a GitHub-hosted Linux runner', () => {
  it('installs bubblewrap and the missing toolchain with sudo apt-get, allows bwrap user namespaces through AppArmor, and runs the checks', async () => {
    expect(distExists()).toBe(true);
    const r0 = fakeRunner(['bwrap', 'ruby']);
    const dir = ws({ 'hello.py': 'print("py ok")\n', 'hello.rb': 'puts "rb ok"\n' });
    const r = await runAction({ workspace: dir, inputs: { files: 'hello.*' }, env: { ...r0.env, RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_OS: 'Linux' }, asUser: UID });
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.outputs).toMatchObject({ passed: '2', total: '2' });

    // One group says what was installed and how long it took.
    const group = groupsOf(r.stdout).find((g) => g.title.startsWith('sandbox-checks: installing'));
    expect(group?.title).toBe('sandbox-checks: installing bubblewrap, ruby');
    expect(group!.lines.filter((l) => l.startsWith('$ '))).toEqual([
      '$ sudo -n apt-get update -qq',
      '$ sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends bubblewrap ruby',
      '$ sudo -n tee /etc/apparmor.d/bwrap',
      '$ sudo -n apparmor_parser -r /etc/apparmor.d/bwrap',
    ]);
    expect(group!.lines.at(-1)).toMatch(/^sandbox-checks: installed bubblewrap, ruby; let bwrap create user namespaces \(AppArmor profile \/etc\/apparmor\.d\/bwrap\) in \d+\.\d s$/);

    // What the fakes were asked: apt-get for exactly the missing packages, a profile for bwrap only, never the sysctl.
    expect(r0.read('sudo').trim().split('\n')).toEqual([
      '-n apt-get update -qq',
      '-n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends bubblewrap ruby',
      '-n tee /etc/apparmor.d/bwrap',
      '-n apparmor_parser -r /etc/apparmor.d/bwrap',
    ]);
    expect(r0.read('apt-get')).toBe('update -qq ()\ninstall -y -qq --no-install-recommends bubblewrap ruby (noninteractive)\n');
    expect(r0.read('_etc_apparmor.d_bwrap')).toBe(`abi <abi/4.0>,\ninclude <tunables/global>\nprofile bwrap ${r0.bin}/bwrap flags=(unconfined) {\n  userns,\n}\n`);
    expect(r0.read('sysctl')).toBe('');
    expect(processedCommands(r.stdout).filter((c) => c.command === 'warning')).toEqual([]);
    expect(readdirSync(r0.tmp).filter((n) => n.startsWith('sandbox-checks-'))).toEqual([]);
  });

  it('installs nothing and prints no group when nothing is missing', async () => {
    const r0 = fakeRunner([]);
    const r = await runAction({ workspace: ws({ 'ok.py': 'print(1)\n' }), inputs: { files: 'ok.py' }, env: { ...r0.env, RUNNER_ENVIRONMENT: 'github-hosted' }, asUser: UID });
    expect(r.code, r.stdout).toBe(0);
    expect(r0.read('sudo')).toBe('');
    expect(groupsOf(r.stdout).map((g) => g.title)).toEqual(['ok.py (python)']);
  });
});

describe('install elsewhere', () => {
  it('self-hosted: prints the exact commands and installs nothing', async () => {
    const r0 = fakeRunner(['bwrap']);
    const r = await runAction({ workspace: ws({ 'ok.py': 'print(1)\n' }), inputs: { files: 'ok.py' }, env: { ...r0.env, RUNNER_ENVIRONMENT: 'self-hosted' }, asUser: UID });
    expect(r0.read('sudo')).toBe('');
    const warnings = processedCommands(r.stdout).filter((c) => c.command === 'warning').map((c) => c.data);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.split('%0A')).toEqual([
      'sandbox-checks: bwrap is missing on this runner and this is not a GitHub-hosted runner, where the Action installs nothing. Set it up once with:',
      '  sudo apt-get update',
      '  sudo apt-get install -y --no-install-recommends bubblewrap',
      "  printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile bwrap /usr/bin/bwrap flags=(unconfined) {\\n  userns,\\n}\\n' | sudo tee /etc/apparmor.d/bwrap",
      '  sudo apparmor_parser -r /etc/apparmor.d/bwrap',
      '(the last two let bubblewrap create user namespaces where AppArmor restricts them, as on Ubuntu 24.04)',
      'Or set `install: always` to let the Action run these, or use E2B (input `e2b-api-key`).',
    ]);
  });

  it.each([['macOS'], ['Windows']])('%s: says to use E2B and which input to set, with no stack trace, and runs nothing', async (osName) => {
    const r0 = fakeRunner([]);
    const r = await runAction({ workspace: ws({ 'ok.py': 'print(1)\n' }), inputs: { files: 'ok.py' }, env: { ...r0.env, RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_OS: osName }, asUser: UID });
    expect(r.code).toBe(1);
    const errors = processedCommands(r.stdout).filter((c) => c.command === 'error').map((c) => c.data);
    expect(errors).toEqual([
      `sandbox-checks: the local sandbox needs Linux (bubblewrap), and this runner is ${osName}. Run the checks on E2B: set the input \`e2b-api-key: \${{ secrets.E2B_API_KEY }}\` (with \`provider: e2b\`, or \`auto\`, which picks E2B when a key is set), or run this job on a Linux runner (runs-on: ubuntu-latest). Nothing was run.`,
    ]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
    expect(r.outputs.total).toBeUndefined();
    expect(r0.read('sudo')).toBe('');
  });
});

describe('decideInstall', () => {
  const py = [check({ language: 'python', code: 'print(1)' })];
  const facts = (f: Partial<RunnerFacts>): RunnerFacts => ({ os: 'linux', environment: 'github-hosted', container: false, root: false, ...f });
  const missing = (...tools: string[]) => (t: string) => tools.includes(t);

  it('installs on a hosted VM, advises in a container, self-hosted or with never, installs anywhere with always', () => {
    expect(decideInstall('auto', 'local', py, facts({}), missing('bwrap'))).toMatchObject({ kind: 'install', packages: ['bubblewrap'] });
    expect(decideInstall('auto', 'local', py, facts({ container: true }), missing('bwrap'))).toMatchObject({ kind: 'advise', message: expect.stringContaining('runs in a container') });
    expect(decideInstall('auto', 'local', py, facts({ environment: 'self-hosted' }), missing('bwrap'))).toMatchObject({ kind: 'advise' });
    expect(decideInstall('never', 'local', py, facts({}), missing('bwrap'))).toMatchObject({ kind: 'advise', message: expect.stringContaining('`install` is never') });
    expect(decideInstall('always', 'local', py, facts({ environment: 'self-hosted' }), missing('bwrap'))).toMatchObject({ kind: 'install' });
    expect(decideInstall('auto', 'local', py, facts({ environment: 'self-hosted', root: true }), missing('bwrap'))).toMatchObject({ message: expect.stringContaining('\n  apt-get install -y --no-install-recommends bubblewrap\n') });
  });

  it('asks only for what the plan needs: slirp4netns and ip for network and packages, installers for packages, nothing for E2B or skipped checks', () => {
    const all = () => true;
    const net = [check({ language: 'csharp', code: 'class A{static void Main(){}}', network: true })];
    expect(decideInstall('auto', 'local', net, facts({}), all)).toMatchObject({ packages: ['bubblewrap', 'util-linux', 'slirp4netns', 'iproute2', 'mono-mcs', 'mono-runtime'] });
    const pkgs = [check({ language: 'python', code: 'import six', packages: ['six'] })];
    expect(decideInstall('auto', 'local', pkgs, facts({}), all)).toMatchObject({ tools: ['bwrap', 'prlimit', 'setpriv', 'slirp4netns', 'ip', 'python3', 'pip'] });
    expect(decideInstall('auto', 'e2b', py, facts({}), all)).toEqual({ kind: 'nothing' });
    const skipped = [check({ language: 'ruby', code: 'p 1', skip: { reason: 'skipped_by_marker', message: 'skip' } })];
    expect(decideInstall('auto', 'local', skipped, facts({}), all)).toEqual({ kind: 'nothing' });
    expect(decideInstall('auto', 'local', py, facts({}), () => false)).toMatchObject({ kind: 'install', packages: [] });
  });

  it('reads the runner from its environment: RUNNER_OS first, a /__w workspace is a container job', () => {
    expect(runnerFacts({ RUNNER_OS: 'macOS' }, 'linux', 1000)).toMatchObject({ os: 'macos', root: false });
    expect(runnerFacts({}, 'win32', 0)).toMatchObject({ os: 'windows', root: true });
    expect(runnerFacts({ RUNNER_ENVIRONMENT: 'github-hosted', GITHUB_WORKSPACE: '/__w/demo/demo' }, 'linux')).toMatchObject({ container: true, environment: 'github-hosted' });
    expect(runnerFacts({ GITHUB_WORKSPACE: '/home/runner/work/demo/demo' }, 'linux')).toMatchObject({ container: false });
  });
});
