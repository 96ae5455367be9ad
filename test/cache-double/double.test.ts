// The cache double against the real @actions/cache: a save and a restore
// round trip, exact-key lookups, restore keys by prefix, and what the
// service refuses (a wrong token, a second entry for one key).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { CacheDouble } from './server.js';

const double = new CacheDouble();
let ws: string;
const saved = { ...process.env };

beforeAll(async () => {
  await double.start();
});
const cwd = process.cwd();
afterAll(async () => {
  process.env = saved;
  process.chdir(cwd);
  await double.stop();
});
beforeEach(() => {
  ws = mkdtempSync(path.join(os.tmpdir(), 'sc-cache-ws-'));
  // The library globs paths from the current folder and archives them relative to GITHUB_WORKSPACE.
  process.chdir(ws);
  Object.assign(process.env, double.env(), { GITHUB_WORKSPACE: ws, RUNNER_TEMP: path.join(ws, '.tmp'), GITHUB_SERVER_URL: 'https://github.com' });
  double.requests.length = 0;
});

/** The library logs through workflow commands on stdout; they are kept out of the test's output. */
async function quiet<T>(f: () => Promise<T>): Promise<{ value: T; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((s: string | Uint8Array) => ((out += String(s)), true)) as typeof process.stdout.write;
  try {
    return { value: await f(), out };
  } finally {
    process.stdout.write = write;
  }
}

afterEach(() => {
  process.chdir(cwd);
  rmSync(ws, { recursive: true, force: true });
});

describe('the cache double with @actions/cache', () => {
  it('saves an entry and restores it by its exact key; another key misses', async () => {
    const cache = await import('@actions/cache');
    mkdirSync(path.join(ws, 'data'));
    writeFileSync(path.join(ws, 'data/a.txt'), 'hello');
    const id = (await quiet(() => cache.saveCache(['data'], 'k-1'))).value;
    expect(id).toBeGreaterThan(0);
    expect(double.keys()).toEqual(['k-1']);
    expect(double.calls()).toEqual(['CreateCacheEntry k-1', 'PUT blob', 'FinalizeCacheEntryUpload k-1']);
    rmSync(path.join(ws, 'data'), { recursive: true });
    expect((await quiet(() => cache.restoreCache(['data'], 'k-1'))).value).toBe('k-1');
    expect(readFileSync(path.join(ws, 'data/a.txt'), 'utf8')).toBe('hello');
    expect((await quiet(() => cache.restoreCache(['data'], 'k-'))).value).toBeUndefined();
    // A different path list is a different version: no hit for the same key.
    expect((await quiet(() => cache.restoreCache(['other'], 'k-1'))).value).toBeUndefined();
    // Restore keys match by prefix.
    expect((await quiet(() => cache.restoreCache(['data'], 'k-2', ['k-']))).value).toBe('k-1');
  });

  it('refuses a second entry for the same key and version, and a wrong token', async () => {
    const cache = await import('@actions/cache');
    mkdirSync(path.join(ws, 'data'));
    writeFileSync(path.join(ws, 'data/a.txt'), 'x');
    expect((await quiet(() => cache.saveCache(['data'], 'dup'))).value).toBeGreaterThan(0);
    const again = await quiet(() => cache.saveCache(['data'], 'dup'));
    expect(again.value).toBe(-1);
    expect(again.out).toContain('Unable to reserve cache with key dup');
    expect(double.requests.filter((r) => r.rpc === 'CreateCacheEntry').map((r) => r.status)).toEqual([200, 409]);
    process.env.ACTIONS_RUNTIME_TOKEN = 'wrong';
    const denied = await quiet(() => cache.restoreCache(['data'], 'dup'));
    expect(denied.value).toBeUndefined();
    expect(double.requests.at(-1)).toMatchObject({ rpc: 'GetCacheEntryDownloadURL', status: 401 });
  });
});
