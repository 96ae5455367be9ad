// dist/ is committed (the runner runs it as is), so it must be what the
// sources build to: rebuild into a temporary folder and compare file by file.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, it } from 'vitest';

import { NODE24, ROOT } from './harness.js';

function files(dir: string, base = dir): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) for (const [k, v] of files(abs, base)) out.set(k, v);
    else out.set(path.relative(base, abs), readFileSync(abs));
  }
  return out;
}

it('dist/ matches a fresh build of the sources', { timeout: 300_000 }, () => {
  const out = path.join(os.tmpdir(), `sc-dist-${process.pid}-${Date.now()}`);
  try {
    execFileSync(NODE24, ['scripts/bundle.mjs', '--out', out], { cwd: ROOT, stdio: 'pipe' });
    const fresh = files(out);
    const committed = files(path.join(ROOT, 'dist'));
    const stale = [...new Set([...fresh.keys(), ...committed.keys()])]
      .filter((k) => !fresh.get(k)?.equals(committed.get(k) ?? Buffer.alloc(0)) || !committed.has(k))
      .sort();
    expect(stale, 'dist/ is stale: run `node scripts/bundle.mjs` and commit dist/').toEqual([]);
    // The runner starts these two: both must exist.
    expect(committed.has('index.js') && committed.has('post/index.js')).toBe(true);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
