// The Action (dist/index.js, run as the runner does) keeps package layers in
// the workflow cache: against the cache-service double, run 1 installs and
// saves the layer, run 2 on a fresh runner restores it and installs nothing;
// `package-cache: false`, SANDBOX_CHECKS_LAYER_CACHE=off and a plan without
// packages make no request to the service at all; the same as uid 1000; a service that cannot be reached is a warning annotation
// and the step passes.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { cacheEntryKey } from '../../src/action/layer-cache.js';
import { CacheDouble } from '../cache-double/server.js';
import { npmTarball } from '../local/packages.js';
import { chownTree, distExists, runAction, workspace, type ActionRun } from './harness.js';
import { processedCommands } from './runner-commands.js';

const double = new CacheDouble();
const dirs: string[] = [];

beforeAll(async () => {
  expect(distExists(), 'dist/index.js is missing: run `npm run bundle`').toBe(true);
  await double.start();
});
afterAll(() => double.stop());
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  double.reset();
});

/** A repository whose one check declares a local npm package. */
function repo(name: string): string {
  const ws = workspace({
    'main.js': `const p = require(${JSON.stringify(name)}); console.log(p.name, p.stamp);\n`,
    'sandbox-checks.toml': `provider = "local"\n\n[[check]]\nfile = "main.js"\ninclude = ["${name}.tgz"]\npackages = ["./${name}.tgz"]\n`,
  });
  writeFileSync(path.join(ws, `${name}.tgz`), npmTarball(name).content);
  dirs.push(ws);
  return ws;
}

/** A runner of its own: an empty layer folder. */
function runner(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'sc-act-cache-'));
  dirs.push(d);
  return d;
}

function act(ws: string, inputs: Record<string, string> = {}, env: Record<string, string> = double.env(), asUser?: number): Promise<ActionRun> {
  const cache = runner();
  if (asUser !== undefined) chownTree(cache, asUser);
  return runAction({ workspace: ws, inputs: { install: 'never', comment: 'never', ...inputs }, env: { ...env, XDG_CACHE_HOME: cache }, asUser });
}

const lineOf = (r: ActionRun) => r.stdout.split('\n').find((l) => l.startsWith('sandbox-checks: packages for'));
const warningsOf = (r: ActionRun) => processedCommands(r.stdout).filter((c) => c.command === 'warning').map((c) => c.data);

describe('the Action keeps package layers in the workflow cache', () => {
  it('run 1 installs and saves; run 2 on a fresh runner restores and installs nothing', async () => {
    const ws = repo('actpkg');
    const first = await act(ws);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(lineOf(first)).toBe('sandbox-checks: packages for 1 check: 1 install, 0 layers restored from the workflow cache, 0 layers found on this runner');
    expect(double.keys()).toHaveLength(1);
    const [entry] = double.keys();
    expect(entry).toMatch(new RegExp(`^sandbox-checks-layer-${process.platform}-${process.arch}-[0-9a-f]{40}$`));
    expect(double.calls()).toEqual([`GetCacheEntryDownloadURL ${entry}`, `CreateCacheEntry ${entry}`, 'PUT blob', `FinalizeCacheEntryUpload ${entry}`]);
    expect(warningsOf(first)).toEqual([]);
    const printed = /actpkg \d+/.exec(first.stdout)?.[0];
    expect(printed).toBeDefined();

    double.requests.length = 0;
    const second = await act(ws);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(lineOf(second)).toBe('sandbox-checks: packages for 1 check: 0 installs, 1 layer restored from the workflow cache, 0 layers found on this runner');
    expect(double.calls()).toEqual([`GetCacheEntryDownloadURL ${entry}`, 'GET blob']);
    // The same files as run 1's install (its time stamp).
    expect(second.stdout).toContain(printed);
    expect(cacheEntryKey('k')).toBe(`sandbox-checks-layer-${process.platform}-${process.arch}-k`);
  });

  it('as an unprivileged user (uid 1000), as on a self-hosted runner: saved, then restored with nothing installed', async () => {
    const ws = repo('userpkg');
    chmodSync(ws, 0o755);
    chownTree(ws, 1000);
    const first = await act(ws, {}, double.env(), 1000);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(lineOf(first)).toContain(': 1 install, 0 layers restored');
    expect(double.keys()).toHaveLength(1);
    const second = await act(ws, {}, double.env(), 1000);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(lineOf(second)).toContain(': 0 installs, 1 layer restored');
    expect(warningsOf(first).concat(warningsOf(second))).toEqual([]);
    expect(/userpkg \d+/.exec(second.stdout)?.[0]).toBe(/userpkg \d+/.exec(first.stdout)?.[0]);
  });

  it('package-cache: false, SANDBOX_CHECKS_LAYER_CACHE=off and a plan without packages make no request to the cache service', async () => {
    const off = await act(repo('offpkg'), { 'package-cache': 'false' });
    expect(off.code, off.stdout + off.stderr).toBe(0);
    expect(lineOf(off)).toContain('1 install');
    const cacheOff = await act(repo('offenv'), {}, { ...double.env(), SANDBOX_CHECKS_LAYER_CACHE: 'off' });
    expect(cacheOff.code, cacheOff.stdout + cacheOff.stderr).toBe(0);
    expect(lineOf(cacheOff)).toContain('1 install');
    const none = workspace({ 'ok.js': 'console.log(1)\n' });
    dirs.push(none);
    const plain = await act(none, { files: 'ok.js' });
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    expect(double.requests).toEqual([]);
  });

  it('a bad package-cache value stops the step before anything runs', async () => {
    const r = await act(repo('badpkg'), { 'package-cache': 'maybe' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('input "package-cache": expected true or false, got "maybe"');
    expect(double.requests).toEqual([]);
  });

  it('an unreachable cache service is a warning; the step passes', async () => {
    const r = await act(repo('downpkg'), {}, { ...double.env(), ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ passed: '1', total: '1' });
    const w = warningsOf(r);
    expect(w.some((m) => /could not be restored from the cache.*ECONNREFUSED/s.test(m)), w.join('\n')).toBe(true);
    expect(w.some((m) => /could not be saved to the cache.*ECONNREFUSED/s.test(m)), w.join('\n')).toBe(true);
  });
});
