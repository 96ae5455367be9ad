// The layer key and the cache location as pure decisions: every part of the
// tuple changes the key, only the files an install reads are hashed, a
// binary's identity changes when it is replaced, and the cache is never
// inside the repository.
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { DEFAULT_LAYER_MAX_AGE_MS, DEFAULT_LAYER_MAX_BYTES, installInputs, layerCacheSettings, layerKey, type LayerKeyParts } from '../../src/engine/layers.js';
import { binaryIdentity, validLayerPath } from '../../src/providers/local-layers.js';

const base: LayerKeyParts = {
  provider: 'local',
  language: 'python',
  installer: 'pip',
  command: 'pip install rich',
  packages: ['rich'],
  toolchain: 'python3:/usr/bin/python3.12:1:2:3',
  env: [['PYTHONPATH', '/workspace/.packages/python']],
  inputs: [],
};

const file = (p: string, c = p) => ({ path: p, content: Buffer.from(c) });

describe('layer keys', () => {
  it('every part of the tuple changes the key; the same tuple gives the same key', () => {
    const k = layerKey(base);
    expect(layerKey({ ...base })).toBe(k);
    expect(k).toMatch(/^[0-9a-f]{40}$/);
    const variants: Partial<LayerKeyParts>[] = [
      { provider: 'e2b' },
      { language: 'javascript' },
      { installer: 'npm' },
      { command: 'pip install rich httpx' },
      { packages: ['rich', 'httpx'] },
      { toolchain: 'python3:/usr/bin/python3.13:1:2:3' },
      { env: [['PIP_INDEX_URL', 'http://x']] },
      { inputs: [['package-lock.json', 'ab']] },
      { inputs: [['package-lock.json', 'cd']] },
    ];
    const keys = variants.map((v) => layerKey({ ...base, ...v }));
    expect(new Set([k, ...keys]).size).toBe(variants.length + 1);
  });

  it('hashes only what the installer reads: its lock and project files and the files packages name', () => {
    const files = [file('main.js'), file('package-lock.json'), file('pkg/package.json'), file('pkg/index.js'), file('pkgx/a'), file('vendor/x.tgz'), file('other.md')];
    expect(installInputs(files, ['rich'], ['package.json', 'package-lock.json']).map((f) => f.path)).toEqual(['package-lock.json']);
    expect(installInputs(files, ['./pkg', 'file:vendor/x.tgz'], []).map((f) => f.path)).toEqual(['pkg/index.js', 'pkg/package.json', 'vendor/x.tgz']);
    expect(installInputs(files, ['/workspace/pkg/'], []).map((f) => f.path)).toEqual(['pkg/index.js', 'pkg/package.json']);
    expect(installInputs(files, ['.'], []).map((f) => f.path)).toHaveLength(files.length);
  });

  it("a binary's identity changes when it is replaced or upgraded, and follows links to the real file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-layer-id-'));
    try {
      const bin = path.join(dir, 'tool');
      copyFileSync(process.execPath, bin);
      symlinkSync(bin, path.join(dir, 'link'));
      const first = binaryIdentity(path.join(dir, 'link'));
      expect(first).toBe(binaryIdentity(bin));
      expect(first.startsWith(`${bin}:`)).toBe(true);
      utimesSync(bin, new Date(2020, 0, 1), new Date(2020, 0, 1));
      const touched = binaryIdentity(bin);
      expect(touched).not.toBe(first);
      rmSync(bin);
      writeFileSync(bin, 'another build');
      expect(binaryIdentity(bin)).not.toBe(touched);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('layer folders are plain workspace-relative paths', () => {
    expect(['node_modules', '.packages/python'].every(validLayerPath)).toBe(true);
    expect(['', '/etc', '../x', 'a/../b', 'a//b', './a', 'a/'].some(validLayerPath)).toBe(false);
  });
});

describe('the layer cache location', () => {
  it('is $XDG_CACHE_HOME/sandbox-checks/layers, else ~/.cache, with the documented pruning defaults', () => {
    expect(layerCacheSettings({ XDG_CACHE_HOME: '/var/cache/u', HOME: '/home/u' }, '/srv/repo')).toEqual({ root: '/var/cache/u/sandbox-checks/layers', maxAgeMs: DEFAULT_LAYER_MAX_AGE_MS, maxBytes: DEFAULT_LAYER_MAX_BYTES });
    expect(layerCacheSettings({ HOME: '/home/u' }, '/srv/repo').root).toBe('/home/u/.cache/sandbox-checks/layers');
    expect(DEFAULT_LAYER_MAX_AGE_MS).toBe(14 * 24 * 3600 * 1000);
    expect(DEFAULT_LAYER_MAX_BYTES).toBe(4 * 1024 ** 3);
    expect(layerCacheSettings({ HOME: '/h', SANDBOX_CHECKS_LAYER_CACHE_MAX_AGE: '2h', SANDBOX_CHECKS_LAYER_CACHE_MAX_SIZE: '1GiB' }, '/srv/repo')).toMatchObject({ maxAgeMs: 7_200_000, maxBytes: 1024 ** 3 });
  });

  it('SANDBOX_CHECKS_LAYER_CACHE turns it off or moves it; a relative value is refused with a warning', () => {
    for (const off of ['off', '0', 'false', 'OFF']) expect(layerCacheSettings({ HOME: '/h', SANDBOX_CHECKS_LAYER_CACHE: off }, '/srv/repo').root).toBeUndefined();
    expect(layerCacheSettings({ HOME: '/h', SANDBOX_CHECKS_LAYER_CACHE: '/mnt/layers' }, '/srv/repo').root).toBe('/mnt/layers');
    const rel = layerCacheSettings({ HOME: '/h', SANDBOX_CHECKS_LAYER_CACHE: 'layers' }, '/srv/repo');
    expect(rel.root).toBeUndefined();
    expect(rel.warning).toMatch(/SANDBOX_CHECKS_LAYER_CACHE is "layers"; it must be "off" or an absolute folder/);
  });

  it('is never inside the repository (the current folder or GITHUB_WORKSPACE), even through a link', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'sc-layer-repo-'));
    try {
      const inside = layerCacheSettings({ HOME: '/h', XDG_CACHE_HOME: path.join(repo, '.cache') }, repo);
      expect(inside.root).toBeUndefined();
      expect(inside.warning).toContain(`is inside the repository (${repo})`);
      expect(layerCacheSettings({ HOME: '/h', SANDBOX_CHECKS_LAYER_CACHE: path.join(repo, 'x'), GITHUB_WORKSPACE: repo }, '/srv/other').root).toBeUndefined();
      symlinkSync(repo, path.join(os.tmpdir(), `${path.basename(repo)}-link`));
      expect(layerCacheSettings({ HOME: '/h', XDG_CACHE_HOME: path.join(os.tmpdir(), `${path.basename(repo)}-link`, 'c') }, repo).root).toBeUndefined();
      expect(layerCacheSettings({ HOME: '/h', XDG_CACHE_HOME: path.join(os.tmpdir(), 'elsewhere') }, repo).root).toBe(path.join(os.tmpdir(), 'elsewhere', 'sandbox-checks', 'layers'));
    } finally {
      rmSync(path.join(os.tmpdir(), `${path.basename(repo)}-link`), { force: true });
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
