// Package layers on real bwrap: one install per package set serves every
// check that declares it, read-only; the key changes with the package set,
// the lock and project files and the toolchain; a warm cache needs no
// network; a failed install fails every check that wanted it and is never
// stored; a hostile install reaches nothing outside its own temp folder.
// The packages are local files made here (an npm tarball, a wheel), so no
// index is needed.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { LocalProvider } from '../../src/providers/local.js';
import { SandboxNetwork } from '../../src/providers/local-network.js';
import type { Check, CheckFile, RunSummary } from '../../src/types.js';
import { check, plan } from '../helpers.js';
import { counts, jsCheck, npmTarball, privateLayerCache, treeHash } from './packages.js';
import { unprivilegedEngine } from './unprivileged.js';

const isRoot = process.getuid?.() === 0;

const tag = randomBytes(4).toString('hex');
const cache = privateLayerCache(`sc-layers-cache-${tag}`);
const layersDir = cache.dir;
const layerKeys = cache.keys;

/** A pure-Python wheel: pip installs it with no index and no build step. */
function wheel(name: string, body: string): CheckFile {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-layers-whl-'));
  const file = path.join(dir, `${name}-1.0-py3-none-any.whl`);
  execFileSync('python3', ['-c', `
import zipfile, sys
name, body, out = sys.argv[1], sys.argv[2], sys.argv[3]
info = f"{name}-1.0.dist-info"
with zipfile.ZipFile(out, "w") as z:
    z.writestr(f"{name}/__init__.py", body)
    z.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\\nName: {name}\\nVersion: 1.0\\n")
    z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    z.writestr(f"{info}/RECORD", "")
`, name, body, file]);
  const content = readFileSync(file);
  rmSync(dir, { recursive: true, force: true });
  return { path: path.basename(file), content };
}

/** A provider whose sandboxes cannot get the network (slirp4netns and the host network both unavailable). */
function offlineProvider(): LocalProvider {
  const p = new LocalProvider();
  const probe = p.probe.bind(p);
  p.probe = async () => {
    await probe();
    p.network = new SandboxNetwork();
  };
  return p;
}

async function run(checks: Check[], provider = new LocalProvider(), notices: string[] = []): Promise<RunSummary> {
  return runChecks(plan(checks, { concurrency: 3 }), { provider, onNotice: (_c, m) => notices.push(m) });
}


const detail = (r: RunSummary) => r.outcomes.map((o) => `${o.name}: ${o.status} ${o.message ?? ''} ${o.stderr.head.slice(0, 400)}`).join('\n');


describe('package layers', () => {
  it('installs a package set once for every check that declares it (single flight), and checks see the same files', async () => {
    const pkg = npmTarball('shared');
    const checks = Array.from({ length: 6 }, (_, i) => jsCheck(`js-${i}`, [pkg], `const p = require("shared"); console.log(p.name, p.stamp)`));
    const notices: string[] = [];
    const r = await run(checks, new LocalProvider(), notices);
    expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(Array(6).fill('passed'));
    // The install script stamps the time: one install means one stamp, seen by all six.
    const stamps = new Set(r.outcomes.map((o) => o.stdout.head));
    expect(stamps.size, [...stamps].join('')).toBe(1);
    expect([...stamps][0]).toMatch(/^shared \d{19}\n$/);
    expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 6 });
    expect(notices.filter((n) => n.startsWith('installing'))).toEqual(['installing ./shared.tgz with npm']);
    expect(layerKeys()).toHaveLength(1);
    expect(r.packageLayers!.keys).toEqual(layerKeys());
  });

  it('npm: a local folder package is in the layer with what its install script built, not a link back into the workspace', async () => {
    const folder: CheckFile[] = [
      { path: 'localpkg/package.json', content: Buffer.from(JSON.stringify({ name: 'localpkg', version: '1.0.0', scripts: { install: 'echo built > built.txt' } })) },
      { path: 'localpkg/index.js', content: Buffer.from('module.exports = require("fs").readFileSync(__dirname + "/built.txt", "utf8").trim();\n') },
    ];
    const c = check({ name: 'folder', language: 'javascript', code: 'const fs = require("fs"); console.log(require("localpkg"), fs.lstatSync("node_modules/localpkg").isSymbolicLink(), fs.existsSync("localpkg/built.txt"))' });
    const r = await run([{ ...c, files: [...c.files, ...folder], packages: ['./localpkg'] }]);
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    expect(r.outcomes[0]!.stdout.head).toBe('built false false\n');
  });

  it('pip: one install for every Python check with the same wheel, found through PYTHONPATH', async () => {
    const whl = wheel('tinypkg', 'VALUE = 42\n');
    const checks = Array.from({ length: 3 }, (_, i) => {
      const c = check({ name: `py-${i}`, language: 'python', code: `import tinypkg, os\nprint(tinypkg.VALUE, os.stat(tinypkg.__file__).st_ino, tinypkg.__file__)` });
      return { ...c, files: [...c.files, whl], packages: [`./${whl.path}`] };
    });
    const r = await run(checks);
    expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed', 'passed']);
    expect(new Set(r.outcomes.map((o) => o.stdout.head)).size).toBe(1);
    expect(r.outcomes[0]!.stdout.head).toMatch(/^42 \d+ \/workspace\/\.packages\/python\/tinypkg\/__init__\.py\n$/);
    expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 3 });
  });

  it('gem: one install for every Ruby check with the same gem, found through GEM_PATH', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-layers-gem-'));
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'lib/tinygem.rb'), 'module Tinygem; VALUE = 7; end\n');
    writeFileSync(path.join(dir, 'tinygem.gemspec'), 'Gem::Specification.new do |s|\n  s.name = "tinygem"; s.version = "1.0.0"; s.summary = "t"; s.authors = ["t"]; s.files = ["lib/tinygem.rb"]\nend\n');
    execFileSync('gem', ['build', 'tinygem.gemspec'], { cwd: dir, stdio: 'pipe' });
    const gem: CheckFile = { path: 'tinygem-1.0.0.gem', content: readFileSync(path.join(dir, 'tinygem-1.0.0.gem')) };
    rmSync(dir, { recursive: true, force: true });
    const checks = [0, 1].map((i) => {
      const c = check({ name: `rb-${i}`, language: 'ruby', code: 'require "tinygem"\nputs Tinygem::VALUE, $LOADED_FEATURES.grep(/tinygem/).first' });
      return { ...c, files: [...c.files, gem], packages: [`./${gem.path}`] };
    });
    const r = await run(checks);
    expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed']);
    expect(r.outcomes[0]!.stdout.head).toBe('7\n/workspace/.packages/ruby/gems/tinygem-1.0.0/lib/tinygem.rb\n');
    expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 2 });
  });

  it.runIf(existsSync('/dev/shm'))('a cache on another file system than the install (copied, not moved) gives checks the same layer', async () => {
    const shm = mkdtempSync(path.join('/dev/shm', `sc-layers-${tag}-`));
    process.env.XDG_CACHE_HOME = shm;
    try {
      const pkg = npmTarball('elsewhere', 'date +%s%N > stamp; ln -s index.js alias.js');
      const r = await run([0, 1].map((i) => jsCheck(`shm-${i}`, [pkg], 'const fs = require("fs"); console.log(require("elsewhere").stamp.length, fs.readlinkSync("node_modules/elsewhere/alias.js"))')));
      expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed']);
      expect(r.outcomes.map((o) => o.stdout.head)).toEqual(['19 index.js\n', '19 index.js\n']);
      expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 2 });
      const [key] = readdirSync(path.join(shm, 'sandbox-checks', 'layers')).filter((n) => /^[0-9a-f]{40}$/.test(n));
      expect(lstatSync(path.join(shm, 'sandbox-checks', 'layers', key!, 'node_modules/elsewhere/index.js')).uid).toBe(process.getuid!());
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  });

  it('a changed package set, lock file or toolchain never reuses a layer; the same tuple does, from disk', async () => {
    const a = npmTarball('alpha');
    const b = npmTarball('beta');
    const code = 'const p = require("alpha"); console.log(p.stamp)';
    const first = await run([jsCheck('a', [a], code)]);
    expect(counts(first), detail(first)).toEqual({ installs: 1, fromCache: 0, checks: 1 });
    const stamp = first.outcomes[0]!.stdout.head;

    // Same tuple, a new run: found on disk, nothing installed, the same files.
    const again = await run([jsCheck('a', [a], code)]);
    expect(counts(again)).toEqual({ installs: 0, fromCache: 1, checks: 1 });
    expect(again.outcomes[0]!.stdout.head).toBe(stamp);

    // Another package set.
    const more = await run([jsCheck('a+b', [a, b], code)]);
    expect(counts(more)).toEqual({ installs: 1, fromCache: 0, checks: 1 });
    expect(more.outcomes[0]!.stdout.head).not.toBe(stamp);

    // A lock file (what npm reads besides the packages) that differs.
    const lock = (v: string): CheckFile => ({ path: 'package-lock.json', content: Buffer.from(JSON.stringify({ name: 'x', lockfileVersion: 3, requires: true, packages: { '': { name: 'x', version: v } } })) });
    const locked1 = await run([{ ...jsCheck('lock1', [a], code), files: [...jsCheck('lock1', [a], code).files, lock('1.0.0')] }]);
    const locked2 = await run([{ ...jsCheck('lock2', [a], code), files: [...jsCheck('lock2', [a], code).files, lock('2.0.0')] }]);
    expect([locked1.packageLayers?.installs, locked2.packageLayers?.installs], detail(locked1) + detail(locked2)).toEqual([1, 1]);

    // Another build of the toolchain (an upgrade changes the binaries' identity).
    const upgraded = new LocalProvider();
    const identity = upgraded.layers.toolchainIdentity.bind(upgraded.layers);
    upgraded.layers.toolchainIdentity = async (tools) => `${await identity(tools)}\nnode upgraded`;
    const other = await run([jsCheck('a', [a], code)], upgraded);
    expect(counts(other)).toEqual({ installs: 1, fromCache: 0, checks: 1 });
    expect(other.outcomes[0]!.stdout.head).not.toBe(stamp);
    expect(layerKeys()).toHaveLength(5);
  });

  it('a warm cache runs with no network at all; the same run cold fails on every check, the same way, and stores nothing', async () => {
    const pkg = npmTarball('offline');
    const checks = () => [0, 1, 2].map((i) => jsCheck(`off-${i}`, [pkg], 'console.log(require("offline").name)'));

    const cold = await run(checks(), offlineProvider());
    expect(cold.outcomes.map((o) => [o.status, o.reason])).toEqual(Array(3).fill(['error', 'package_install']));
    const messages = new Set(cold.outcomes.map((o) => o.message));
    expect(messages.size).toBe(1);
    expect([...messages][0]).toMatch(/^installing \.\/offline\.tgz with npm failed: this step needs the network, and the local sandbox gives it a private network only through slirp4netns/);
    expect(counts(cold)).toEqual({ installs: 1, fromCache: 0, checks: 3 });
    expect(layerKeys()).toEqual([]);
    expect(readdirSync(layersDir())).toEqual([]);
    expect(cold.packageLayers!.keys).toEqual([]);

    // The failure was not kept: with the network, the same tuple installs.
    const online = await run(checks());
    expect(online.outcomes.map((o) => o.status), detail(online)).toEqual(['passed', 'passed', 'passed']);
    expect(counts(online)).toEqual({ installs: 1, fromCache: 0, checks: 3 });

    const warm = await run(checks(), offlineProvider());
    expect(warm.outcomes.map((o) => o.status), detail(warm)).toEqual(['passed', 'passed', 'passed']);
    expect(warm.outcomes.map((o) => o.stdout.head)).toEqual(Array(3).fill('offline\n'));
    expect(counts(warm)).toEqual({ installs: 0, fromCache: 1, checks: 3 });
  });

  it('two runs installing the same layer at once (two processes on one machine) both pass; one copy is kept, no temp folder left', async () => {
    const pkg = npmTarball('raced', 'sleep 1; date +%s%N > stamp');
    const [a, b] = await Promise.all([run([jsCheck('a', [pkg], 'console.log(require("raced").stamp.length)')]), run([jsCheck('b', [pkg], 'console.log(require("raced").stamp.length)')])]);
    expect([a, b].map((r) => r.outcomes[0]!.status), detail(a) + detail(b)).toEqual(['passed', 'passed']);
    expect([counts(a), counts(b)]).toEqual([{ installs: 1, fromCache: 0, checks: 1 }, { installs: 1, fromCache: 0, checks: 1 }]);
    expect(layerKeys()).toHaveLength(1);
    expect(readdirSync(layersDir()).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    const again = await run([jsCheck('c', [pkg], 'console.log(1)')]);
    expect(counts(again)).toEqual({ installs: 0, fromCache: 1, checks: 1 });
  });

  it('the cache is pruned at the end of a run: unfinished installs, layers unused past the age limit, then the least recently used past the size limit', async () => {
    const root = layersDir();
    mkdirSync(root, { recursive: true, mode: 0o700 });
    const plant = (name: string, daysAgo: number, bytes: number) => {
      mkdirSync(path.join(root, name, 'node_modules'), { recursive: true });
      writeFileSync(path.join(root, name, 'layer.json'), JSON.stringify({ bytes }));
      const t = new Date(Date.now() - daysAgo * 86_400_000);
      utimesSync(path.join(root, name, 'layer.json'), t, t);
      utimesSync(path.join(root, name), t, t);
    };
    plant('a'.repeat(40), 20, 10); // unused for 20 days: past the 14-day default
    plant('b'.repeat(40), 3, 10);
    plant('c'.repeat(40), 1, 10);
    mkdirSync(path.join(root, '.tmp-stale'));
    utimesSync(path.join(root, '.tmp-stale'), new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    const pkg = npmTarball('pruned');
    const r = await run([jsCheck('p', [pkg], 'console.log(1)')]);
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    const kept = layerKeys();
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(expect.arrayContaining(['b'.repeat(40), 'c'.repeat(40)]));
    expect(readdirSync(root).filter((n) => n.startsWith('.tmp-'))).toEqual([]);

    // Past the size limit the least recently used go first; what this run used stays.
    process.env.SANDBOX_CHECKS_LAYER_CACHE_MAX_SIZE = '1';
    try {
      const again = await run([jsCheck('p', [pkg], 'console.log(1)')]);
      expect(counts(again)).toEqual({ installs: 0, fromCache: 1, checks: 1 });
      expect(layerKeys()).toEqual(kept.filter((k) => !/^(b+|c+)$/.test(k)));
    } finally {
      delete process.env.SANDBOX_CHECKS_LAYER_CACHE_MAX_SIZE;
    }
  });

  it('SANDBOX_CHECKS_LAYER_CACHE=off shares layers within the run only and writes nothing to the cache folder', async () => {
    process.env.SANDBOX_CHECKS_LAYER_CACHE = 'off';
    try {
      const pkg = npmTarball('nocache');
      const r = await run([0, 1].map((i) => jsCheck(`nc-${i}`, [pkg], 'console.log(require("nocache").stamp)')));
      expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed']);
      expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 2 });
      const again = await run([jsCheck('nc', [pkg], 'console.log(1)')]);
      expect(counts(again)).toEqual({ installs: 1, fromCache: 0, checks: 1 });
      expect(readdirSync(cache.home)).toEqual([]);
      expect(readdirSync(os.tmpdir()).filter((n) => n.startsWith('sandbox-checks-layers-'))).toEqual([]);
    } finally {
      delete process.env.SANDBOX_CHECKS_LAYER_CACHE;
    }
  });
});

/** Tries every way of changing its layer; prints one line per attempt, "CHANGED" only on a breach. */
const WRITE_PROBE = `
const fs = require("fs");
const dir = "node_modules/victim";
const tries = {
  create: () => fs.writeFileSync(dir + "/new.js", "x"),
  append: () => fs.appendFileSync(dir + "/index.js", "\\nmodule.exports.pwned = true;"),
  truncate: () => fs.truncateSync(dir + "/index.js", 0),
  unlink: () => fs.unlinkSync(dir + "/index.js"),
  rename: () => fs.renameSync(dir + "/index.js", dir + "/moved.js"),
  chmod: () => fs.chmodSync(dir + "/index.js", 0o777),
  mkdir: () => fs.mkdirSync("node_modules/evil"),
  rmdir: () => fs.rmSync("node_modules", { recursive: true, force: false }),
  utimes: () => fs.utimesSync(dir + "/index.js", 1, 1),
};
for (const [name, f] of Object.entries(tries)) {
  try { f(); console.log("CHANGED " + name); } catch (e) { console.log("denied " + name + " " + e.code); }
}
console.log(require("victim").name, require("victim").pwned === undefined ? "intact" : "PWNED");
`;

function expectDenied(stdout: string): void {
  expect(stdout).not.toContain('CHANGED');
  expect(stdout).not.toContain('PWNED');
  expect(stdout.trim().split('\n')).toHaveLength(10);
  expect(stdout).toContain('victim intact');
}

describe('a check cannot write into its layer', () => {
  it('as root (checks are host nobody): every change is refused, the layer on disk is unchanged, the next check sees it whole', async () => {
    const pkg = npmTarball('victim');
    const r1 = await run([jsCheck('writer', [pkg], WRITE_PROBE)]);
    expect(r1.outcomes[0]!.status, detail(r1)).toBe('passed');
    expectDenied(r1.outcomes[0]!.stdout.head);
    const [key] = layerKeys();
    const before = treeHash(path.join(layersDir(), key!));
    const r2 = await run([jsCheck('writer', [pkg], WRITE_PROBE), jsCheck('reader', [pkg], 'console.log(require("victim").name, Object.keys(require("victim")).join())')]);
    expect(counts(r2)).toEqual({ installs: 0, fromCache: 1, checks: 2 });
    expectDenied(r2.outcomes[0]!.stdout.head);
    expect(r2.outcomes[1]!.stdout.head).toBe('victim name,stamp\n');
    expect(treeHash(path.join(layersDir(), key!))).toEqual(before);
    // Not writable by the uid checks run as even outside the read-only mount.
    for (const [rel, what] of Object.entries(before)) expect(`${rel} ${what}`).toMatch(/ (dir 755|755 \w+|644 \w+|link)$/);
  });
});

describe.runIf(isRoot)('a check cannot write into its layer as an unprivileged user (uid 1000, who owns the layer)', () => {
  const engine = unprivilegedEngine('layers');

  it('every change is refused and the layer on disk is unchanged', async () => {
    const pkg = npmTarball('victim');
    const checks = [jsCheck('writer', [pkg], WRITE_PROBE)];
    const { code, stderr, runs, home } = await engine.run(checks, 2);
    try {
      expect(code, stderr).toBe(0);
      expect(runs.map((r) => ({ ...r.layers, keys: r.layers?.keys.length }))).toEqual([{ installs: 1, fromCache: 0, restored: 0, checks: 1, keys: 1 }, { installs: 0, fromCache: 1, restored: 0, checks: 1, keys: 1 }]);
      for (const r of runs) {
        expect(r.outcomes[0]!.status, `${r.outcomes[0]!.message} ${r.outcomes[0]!.stderr.head}`).toBe('passed');
        expectDenied(r.outcomes[0]!.stdout.head);
        // The layer is this user's own: only the read-only mount stops it.
        expect(r.outcomes[0]!.stdout.head).toMatch(/denied append EROFS/);
      }
      const layers = path.join(home, '.cache', 'sandbox-checks', 'layers');
      const [key] = readdirSync(layers).filter((n) => /^[0-9a-f]{40}$/.test(n));
      const tree = treeHash(path.join(layers, key!));
      expect(tree['node_modules/victim/index.js']).toBe(`644 ${createHash('sha256').update(readFileSync(path.join(layers, key!, 'node_modules/victim/index.js'))).digest('hex')}`);
      expect(Object.keys(tree).filter((f) => /new\.js|moved\.js|evil/.test(f))).toEqual([]);
      expect(statSync(path.join(layers, key!, 'node_modules/victim/index.js')).uid).toBe(1000);
      expect(readFileSync(path.join(layers, key!, 'node_modules/victim/index.js'), 'utf8')).not.toContain('pwned');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('a hostile install reaches nothing outside its own temp folder', () => {
  it('writes nowhere on the host, cannot touch another layer, and a link in place of its output is refused', async () => {
    const good = npmTarball('good');
    const first = await run([jsCheck('good', [good], 'console.log(require("good").stamp)')]);
    expect(first.outcomes[0]!.status, detail(first)).toBe('passed');
    const [goodKey] = layerKeys();
    const goodDir = path.join(layersDir(), goodKey!);
    const before = treeHash(goodDir);
    const canary = path.join(os.tmpdir(), `sc-layers-canary-${tag}`);
    // Every host path it could know: the cache, another layer, the host's temp folder, the parent of its workspace.
    const targets = [path.join(goodDir, 'node_modules/good/index.js'), path.join(layersDir(), 'planted'), canary, path.join(cache.home, 'planted'), '/root/planted'];
    const script = [
      ...[...targets, '/workspace/../planted'].map((t) => `(echo pwned >> ${t}) 2>/dev/null && echo "WROTE ${t}"`),
      `mkdir -p ${path.join(goodDir, 'node_modules/good')} 2>/dev/null && echo "MADE ${goodDir}"`,
      'echo attempted > /workspace/node_modules/hostile-was-here; true',
    ].join('; ');
    const hostile = npmTarball('hostile', script);
    const r = await run([jsCheck('hostile', [hostile], 'console.log(require("fs").readFileSync("node_modules/hostile-was-here", "utf8").trim())')]);
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    expect(r.outcomes[0]!.stdout.head).toBe('attempted\n');
    expect(treeHash(goodDir)).toEqual(before);
    for (const t of targets.slice(1)) expect(() => statSync(t), t).toThrow();
    expect(readdirSync(layersDir()).filter((n) => !/^[0-9a-f]{40}$/.test(n))).toEqual([]);
    const keys = layerKeys();
    expect(keys).toHaveLength(2);

    // An install that replaces its output folder with a link to another layer (or any host folder) gets nothing mounted.
    const linker = npmTarball('linker', `cd /workspace && rm -rf node_modules && ln -s ${goodDir}/node_modules node_modules`);
    const l = await run([jsCheck('linker', [linker], 'console.log(require("good").stamp)')]);
    expect(l.outcomes[0]).toMatchObject({ status: 'error', reason: 'package_install' });
    expect(l.outcomes[0]!.message).toMatch(/^installing \.\/linker\.tgz with npm failed: the install's node_modules: node_modules is a link, so it is not used$/);
    expect(treeHash(goodDir)).toEqual(before);
    expect(layerKeys()).toEqual(keys);
  });
});
