// Layer tests' fixtures: a private layer cache per test, an npm tarball
// `npm install` takes with no index, and a JavaScript check that declares
// such packages; a layer tree's hashes and a run's layer counts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach } from 'vitest';

import type { Check, CheckFile, RunSummary } from '../../src/types.js';
import { check } from '../helpers.js';

/** A layer cache of its own ($XDG_CACHE_HOME) for every test of the file that calls this: made before each test, removed after. */
export function privateLayerCache(prefix: string) {
  let saved: string | undefined;
  const cache = {
    home: '',
    dir: () => path.join(cache.home, 'sandbox-checks', 'layers'),
    /** The layers stored, by key. */
    keys: () => readdirSync(cache.dir()).filter((n) => /^[0-9a-f]{40}$/.test(n)).sort(),
  };
  beforeEach(() => {
    saved = process.env.XDG_CACHE_HOME;
    cache.home = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    process.env.XDG_CACHE_HOME = cache.home;
  });
  afterEach(() => {
    process.env.XDG_CACHE_HOME = saved;
    rmSync(cache.home, { recursive: true, force: true });
  });
  return cache;
}

/** An npm package tarball (`npm install ./pkg.tgz` works offline) whose install script runs `script`. */
export function npmTarball(name: string, script = 'date +%s%N > stamp', extra: Record<string, string> = {}): CheckFile {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-layers-pkg-'));
  mkdirSync(path.join(dir, 'package'));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name, version: '1.0.0', main: 'index.js', scripts: { install: script } }),
    'index.js': `const fs = require("fs"); module.exports = { name: ${JSON.stringify(name)}, stamp: fs.existsSync(__dirname + "/stamp") ? fs.readFileSync(__dirname + "/stamp", "utf8").trim() : "none" };\n`,
    ...extra,
  };
  for (const [f, c] of Object.entries(files)) writeFileSync(path.join(dir, 'package', f), c);
  execFileSync('tar', ['-czf', path.join(dir, 'pkg.tgz'), '--mtime=2020-01-01', '--owner=0', '--group=0', '-C', dir, 'package']);
  const content = readFileSync(path.join(dir, 'pkg.tgz'));
  rmSync(dir, { recursive: true, force: true });
  return { path: `${name}.tgz`, content };
}

/** A JavaScript check that declares `pkgs` (shipped beside it) as its packages. */
export function jsCheck(name: string, pkgs: CheckFile[], code: string, more: Partial<Check> = {}): Check {
  const c = check({ name, language: 'javascript', code, limits: { timeoutMs: 30_000 } });
  return { ...c, files: [...c.files, ...pkgs], packages: pkgs.map((p) => `./${p.path}`), ...more };
}

/** A run's layer counts, without the keys. */
export const counts = (r: RunSummary) => (r.packageLayers ? { installs: r.packageLayers.installs, fromCache: r.packageLayers.fromCache, checks: r.packageLayers.checks } : undefined);

/** Every file below `dir` with its content hash (links by target), for before/after comparisons. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e);
      const st = lstatSync(p);
      const rel = path.relative(dir, p);
      if (st.isSymbolicLink()) out[rel] = 'link';
      else if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o7777).toString(8)}`;
        walk(p);
      } else out[rel] = `${(st.mode & 0o7777).toString(8)} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}
