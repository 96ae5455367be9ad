// Package layers kept between workflow runs (src/action/layer-cache.ts) with
// the real @actions/cache against the cache-service double, on real bwrap: a
// layer installed once is saved under its exact key and restored by a run
// with an empty layer folder, which installs nothing; another package set,
// lock file or toolchain is another key and never gets the other entry; an
// entry that is not the layer of its key (its record, a path out of the
// folder, a link out, a set-id file) is not used and the check installs; a
// failing or unreachable service is a warning and the run passes; an entry
// of another key the service hands out is not used; as root, a restored
// layer's files are root's whatever the archive says. The child
// process runs from the source tree here (the Action runs dist/index.js:
// test/action/layer-cache.e2e.test.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { actionLayerCache, cacheEntryKey } from '../../src/action/layer-cache.js';
import { runChecks } from '../../src/engine/run.js';
import { LocalProvider } from '../../src/providers/local.js';
import type { Check, RunSummary } from '../../src/types.js';
import { CacheDouble } from '../cache-double/server.js';
import { plan, ROOT } from '../helpers.js';
import { jsCheck, npmTarball } from './packages.js';

const NODE24 = path.join(ROOT, 'node_modules/.bin/node');
const CHILD = [NODE24, '--experimental-transform-types', '--no-warnings', '--import', path.join(ROOT, 'test/e2b-emulator/register.mjs'), path.join(ROOT, 'src/action/index.ts')];

const double = new CacheDouble();
let cacheHome: string;
const savedCacheHome = process.env.XDG_CACHE_HOME;

beforeAll(() => double.start());
afterAll(() => double.stop());
beforeEach(() => {
  double.reset();
  newRunner();
});
afterEach(() => {
  process.env.XDG_CACHE_HOME = savedCacheHome;
  rmSync(cacheHome, { recursive: true, force: true });
});

/** A fresh runner: an empty layer folder on disk. */
function newRunner(): void {
  if (cacheHome) rmSync(cacheHome, { recursive: true, force: true });
  cacheHome = mkdtempSync(path.join(os.tmpdir(), 'sc-layer-cache-'));
  process.env.XDG_CACHE_HOME = cacheHome;
}
const layersDir = () => path.join(cacheHome, 'sandbox-checks', 'layers');

function cacheFor(env: Record<string, string> = double.env()) {
  return actionLayerCache({ enabled: true, env: { ...process.env, GITHUB_SERVER_URL: 'https://github.com', ...env }, command: CHILD }).cache!;
}

async function run(checks: Check[], opts: { env?: Record<string, string>; provider?: LocalProvider } = {}): Promise<RunSummary> {
  return runChecks(plan(checks, { concurrency: 2 }), { provider: opts.provider ?? new LocalProvider(), layerCache: cacheFor(opts.env) });
}

const counts = (r: RunSummary) => {
  const l = r.packageLayers!;
  return { installs: l.installs, restored: l.restored, fromCache: l.fromCache, checks: l.checks };
};
const detail = (r: RunSummary) => r.outcomes.map((o) => `${o.name}: ${o.status} ${o.message ?? ''} ${o.stderr.head.slice(0, 300)}`).join('\n') + `\n${r.warnings.join('\n')}`;
const code = (name: string) => `const p = require(${JSON.stringify(name)}); console.log(p.name, p.stamp)`;

/** Run 1: installs and saves; returns the layer key and what the check printed. */
async function seed(name: string): Promise<{ key: string; out: string; check: Check }> {
  const c = jsCheck(name, [npmTarball(name)], code(name));
  const r = await run([c]);
  expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
  expect(counts(r)).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 1 });
  return { key: r.packageLayers!.keys[0]!, out: r.outcomes[0]!.stdout.head, check: c };
}

  /** Unpacks run 1's entry, lets `change` edit the tree (a Python tarfile script over `members`), packs it the same way (zstd or gzip). */
  function poison(entry: string, edit: string): Buffer {
    const blob = double.blobOf(entry)!;
    const zstd = blob.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-poison-'));
    try {
      writeFileSync(path.join(dir, 'in'), blob);
      const tar = zstd ? execFileSync('zstd', ['-dc', path.join(dir, 'in')], { maxBuffer: 1 << 28 }) : execFileSync('gzip', ['-dc', path.join(dir, 'in')], { maxBuffer: 1 << 28 });
      writeFileSync(path.join(dir, 'in.tar'), tar);
      execFileSync('python3', ['-c', `
import tarfile, io, sys
src = tarfile.open(sys.argv[1])
out = tarfile.open(sys.argv[2], "w", format=tarfile.PAX_FORMAT)
def add(name, data=b"", mode=0o644, kind=tarfile.REGTYPE, link=""):
  t = tarfile.TarInfo(name); t.size = len(data); t.mode = mode; t.type = kind; t.linkname = link
  out.addfile(t, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
members = [(m, src.extractfile(m).read() if m.isfile() else None) for m in src.getmembers()]
${edit}
for m, data in members:
  out.addfile(m, io.BytesIO(data) if data is not None else None)
out.close()
`, path.join(dir, 'in.tar'), path.join(dir, 'out.tar')]);
      return zstd ? execFileSync('zstd', ['-c', path.join(dir, 'out.tar')], { maxBuffer: 1 << 28 }) : execFileSync('gzip', ['-c', path.join(dir, 'out.tar')], { maxBuffer: 1 << 28 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

describe('package layers in the workflow cache', () => {
  it('run 1 installs once and saves one entry under its key; run 2 on an empty runner restores it and installs nothing', async () => {
    const pkg = npmTarball('keep');
    const checks = [0, 1, 2].map((i) => jsCheck(`keep-${i}`, [pkg], code('keep')));
    const first = await run(checks);
    expect(first.outcomes.map((o) => o.status), detail(first)).toEqual(['passed', 'passed', 'passed']);
    expect(counts(first)).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 3 });
    const [key] = first.packageLayers!.keys;
    const entry = cacheEntryKey(key!);
    expect(entry).toBe(`sandbox-checks-layer-${process.platform}-${process.arch}-${key}`);
    expect(double.keys()).toEqual([entry]);
    // Asked once by the exact key with no restore keys (a miss), then saved once.
    expect(double.calls()).toEqual([`GetCacheEntryDownloadURL ${entry}`, `CreateCacheEntry ${entry}`, 'PUT blob', `FinalizeCacheEntryUpload ${entry}`]);
    expect(double.requests[0]!.restoreKeys).toEqual([]);
    expect(first.warnings).toEqual([]);

    newRunner();
    double.requests.length = 0;
    const second = await run(checks);
    expect(second.outcomes.map((o) => o.status), detail(second)).toEqual(['passed', 'passed', 'passed']);
    expect(counts(second)).toEqual({ installs: 0, restored: 1, fromCache: 0, checks: 3 });
    // The files of run 1's install (its install script's time stamp), not a new install.
    expect(second.outcomes.map((o) => o.stdout.head)).toEqual(first.outcomes.map((o) => o.stdout.head));
    expect(double.calls()).toEqual([`GetCacheEntryDownloadURL ${entry}`, 'GET blob']);
    expect(second.warnings).toEqual([]);
    // The restored layer is on disk under its key, and no staging folder is left.
    expect(readdirSync(layersDir())).toEqual([key]);
  });

  it('another package set, lock file or toolchain is another key: it never restores the other entry', async () => {
    const base = await seed('base');
    const other = npmTarball('other');
    const lock = { path: 'package-lock.json', content: Buffer.from(JSON.stringify({ name: 'x', lockfileVersion: 3, requires: true, packages: { '': { name: 'x', version: '2.0.0' } } })) };
    const upgraded = new LocalProvider();
    const identity = upgraded.layers.toolchainIdentity.bind(upgraded.layers);
    upgraded.layers.toolchainIdentity = async (tools) => `${await identity(tools)}\nnode upgraded`;
    const variants: [string, Check, LocalProvider | undefined][] = [
      ['package set', { ...base.check, files: [...base.check.files, other], packages: [...base.check.packages, `./${other.path}`] }, undefined],
      ['lock file', { ...base.check, files: [...base.check.files, lock] }, undefined],
      ['toolchain', base.check, upgraded],
    ];
    const keys = new Set([base.key]);
    for (const [what, c, provider] of variants) {
      newRunner();
      double.requests.length = 0;
      const r = await run([c], { provider });
      expect(r.outcomes[0]!.status, `${what}: ${detail(r)}`).toBe('passed');
      expect(counts(r), what).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 1 });
      const key = r.packageLayers!.keys[0]!;
      expect(keys.has(key), what).toBe(false);
      keys.add(key);
      // Asked for its own key only, and the other entry's archive was never fetched.
      expect(double.calls(), what).toEqual([`GetCacheEntryDownloadURL ${cacheEntryKey(key)}`, `CreateCacheEntry ${cacheEntryKey(key)}`, 'PUT blob', `FinalizeCacheEntryUpload ${cacheEntryKey(key)}`]);
      expect(r.outcomes[0]!.stdout.head, what).not.toBe(base.out);
    }
    expect(double.keys().sort()).toEqual([...keys].map((k) => cacheEntryKey(k)).sort());
  });

  describe('a poisoned entry is not used: the check installs afresh', () => {
    const outside = path.join(os.tmpdir(), `sc-escaped-${process.pid}`);
    afterEach(() => rmSync(outside, { force: true }));

    const cases: [string, (key: string) => string, RegExp][] = [
      [
        "a layer whose record names another key",
        () => `
import json
for i, (m, data) in enumerate(members):
    if m.name.endswith("/layer.json"):
        meta = json.loads(data); meta["key"] = "0" * 40; data = json.dumps(meta).encode(); m.size = len(data); members[i] = (m, data)`,
        /is not the layer of that key/,
      ],
      ['a path out of the layer folder (absolute)', () => `add(${JSON.stringify(outside)}, b"planted")`, /could not be restored/],
      ['a path out of the layer folder (..)', (key) => `add(${JSON.stringify(`${key}/../../../../../../../../../..${outside}`)}, b"planted")`, /could not be restored/],
      ['a folder beside the layer', () => `add("planted-beside", b"planted")`, /paths outside the layer's folder \(planted-beside\)/],
      ['a file in the download folder', () => `add("../tmp/planted", b"planted")`, /outside the layer's folder \(in the download folder\)/],
      ['a link out of the layer', (key) => `add(${JSON.stringify(`${key}/node_modules/evil`)}, kind=tarfile.SYMTYPE, link="/etc")`, /is a link out of the layer \(to \/etc\)/],
      ['a link out, then a file written through it', (key) => `add(${JSON.stringify(`${key}/node_modules/via`)}, kind=tarfile.SYMTYPE, link=${JSON.stringify(path.dirname(outside))})\nadd(${JSON.stringify(`${key}/node_modules/via/${path.basename(outside)}`)}, b"planted")`, /could not be restored|link out of the layer/],
      ['a set-id file', (key) => `add(${JSON.stringify(`${key}/node_modules/suid`)}, b"#!/bin/sh\\n", mode=0o4755)`, /set-id bit/],
    ];
    for (const [what, edit, warning] of cases) {
      it(what, async () => {
        const base = await seed(`p${cases.findIndex((c) => c[0] === what)}`);
        const entry = cacheEntryKey(base.key);
        double.replaceBlob(entry, poison(entry, edit(base.key)));
        newRunner();
        double.requests.length = 0;
        const r = await run([base.check]);
        expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
        expect(counts(r)).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 1 });
        // A new install (its own time stamp), not the poisoned files.
        expect(r.outcomes[0]!.stdout.head).not.toBe(base.out);
        expect(double.calls()).toContain('GET blob');
        expect(r.warnings.join('\n')).toMatch(warning);
        expect(existsSync(outside)).toBe(false);
        expect(readdirSync(layersDir())).toEqual([base.key]);
        const meta = JSON.parse(readFileSync(path.join(layersDir(), base.key, 'layer.json'), 'utf8')) as { key: string };
        expect(meta.key).toBe(base.key);
      });
    }
  });

  it.runIf(process.getuid?.() === 0)('as root, a restored layer is made root\'s whatever owners its archive names, as an installed one is, and counts as used now', async () => {
    const base = await seed('owned');
    const entry = cacheEntryKey(base.key);
    // Other owners, and a record as old as 1970.
    double.replaceBlob(entry, poison(entry, `for m, _ in members:\n    m.uid = m.gid = 65534; m.uname = m.gname = ""\n    if m.name.endswith("/layer.json"): m.mtime = 0; m.pax_headers.pop("mtime", None)`));
    newRunner();
    const r = await run([base.check]);
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    expect(counts(r)).toEqual({ installs: 0, restored: 1, fromCache: 0, checks: 1 });
    expect(r.outcomes[0]!.stdout.head).toBe(base.out);
    const owners = new Set<number>();
    const walk = (p: string) => {
      owners.add(lstatSync(p).uid);
      if (lstatSync(p).isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
    };
    walk(path.join(layersDir(), base.key));
    expect([...owners]).toEqual([0]);
    // Used now as far as pruning goes, whatever time the archive gave its record.
    expect(Date.now() - lstatSync(path.join(layersDir(), base.key, 'layer.json')).mtimeMs).toBeLessThan(60_000);
  });

  it('an entry of another key that the service hands out (a prefix match) is not used', async () => {
    const base = await seed('prefixed');
    const entry = cacheEntryKey(base.key);
    double.rekey(entry, `${entry}-planted`);
    double.primaryByPrefix = true;
    newRunner();
    double.requests.length = 0;
    const r = await run([base.check]);
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    expect(counts(r)).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 1 });
    expect(r.outcomes[0]!.stdout.head).not.toBe(base.out);
    expect(double.calls().slice(0, 2)).toEqual([`GetCacheEntryDownloadURL ${entry}`, 'GET blob']);
    expect(r.warnings.join('\n')).toMatch(/answered with an entry of another key/);
  });

  it('a runner whose cache mode is read-only: the layer is looked up as usual, nothing is saved, no warning', async () => {
    const c = jsCheck('readonly', [npmTarball('readonly')], code('readonly'));
    const r = await run([c], { env: { ...double.env(), ACTIONS_CACHE_MODE: 'read' } });
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    expect(counts(r)).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 1 });
    expect(double.calls()).toEqual([`GetCacheEntryDownloadURL ${cacheEntryKey(r.packageLayers!.keys[0]!)}`]);
    expect(r.warnings).toEqual([]);
  });

  it('an unreachable cache service is a warning; the check installs and passes', async () => {
    const c = jsCheck('unreachable', [npmTarball('unreachable')], code('unreachable'));
    const r = await run([c], { env: { ...double.env(), ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' } });
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    expect(counts(r)).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 1 });
    expect(r.warnings.some((w) => /could not be restored from the cache/.test(w)), r.warnings.join('\n')).toBe(true);
    expect(r.warnings.some((w) => /could not be saved to the cache/.test(w)), r.warnings.join('\n')).toBe(true);
  });

  it('a cache service answering 500 is a warning; the check installs and passes', async () => {
    double.failWith = 500;
    const c = jsCheck('failing', [npmTarball('failing')], code('failing'));
    const r = await run([c]);
    expect(r.outcomes[0]!.status, detail(r)).toBe('passed');
    expect(counts(r)).toEqual({ installs: 1, restored: 0, fromCache: 0, checks: 1 });
    expect(r.warnings.join('\n')).toMatch(/could not be restored from the cache.*500/);
    expect(r.warnings.join('\n')).toMatch(/could not be saved to the cache.*500/);
    expect(double.keys()).toEqual([]);
  }, 180_000);

  it('is not made when package-cache is false, the layer cache is off, or the job has no cache service', () => {
    const env = { ...process.env, ...double.env() };
    expect(actionLayerCache({ enabled: false, env, command: CHILD })).toEqual({ why: 'package-cache is false' });
    expect(actionLayerCache({ enabled: true, env: { ...env, SANDBOX_CHECKS_LAYER_CACHE: 'off' }, command: CHILD }).cache).toBeUndefined();
    expect(actionLayerCache({ enabled: true, env: { ...env, ACTIONS_RUNTIME_TOKEN: '' }, command: CHILD }).cache).toBeUndefined();
    expect(actionLayerCache({ enabled: true, env, command: CHILD }).cache).toBeDefined();
  });
});
