// One module decides where a path may lead (src/trust/paths.ts): by text,
// through links, for sandbox-relative paths, and for the host's system folders.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { hasSegment, isWithin, isWithinReal, staysBelow, systemFolderOf } from '../../src/trust/paths.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-paths-'));
const repo = path.join(dir, 'repo');
const outside = path.join(dir, 'outside');
mkdirSync(path.join(repo, 'docs'), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(outside, 'secret.txt'), 'x');
symlinkSync(outside, path.join(repo, 'docs', 'out'));
symlinkSync(path.join(repo, 'docs'), path.join(dir, 'link-to-docs'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trust/paths', () => {
  it('by text: a sibling whose name starts like the root is outside it; the root itself is inside', () => {
    expect(isWithin(repo, repo)).toBe(true);
    expect(isWithin(path.join(repo, 'a/b'), repo)).toBe(true);
    expect(isWithin(`${repo}-evil/a`, repo)).toBe(false);
    expect(isWithin(path.join(repo, '../outside/secret.txt'), repo)).toBe(false);
    expect(isWithin('/etc/passwd', '/')).toBe(true);
  });

  it('through links: a link out of the root is outside, a link to inside from outside is inside', () => {
    expect(isWithin(path.join(repo, 'docs/out/secret.txt'), repo)).toBe(true);
    expect(isWithinReal(path.join(repo, 'docs/out/secret.txt'), repo)).toBe(false);
    expect(isWithinReal(path.join(dir, 'link-to-docs'), repo)).toBe(true);
    // A missing path is judged as written.
    expect(isWithinReal(path.join(repo, 'not/there'), repo)).toBe(true);
  });

  it('sandbox-relative paths stay below where they are put, with either separator', () => {
    for (const bad of ['/etc/passwd', '../x', 'a/../../x', 'a\\..\\x', '..']) expect(staysBelow(bad), bad).toBe(false);
    for (const ok of ['a.py', 'src/a.py', '..foo/a', 'a..b']) expect(staysBelow(ok), ok).toBe(true);
    expect(hasSegment('a/.git/config', '.git')).toBe(true);
    expect(hasSegment('a/.github/x', '.git')).toBe(false);
  });

  it('system folders are /proc, /sys and /dev and everything below them', () => {
    expect(systemFolderOf('/proc/self/environ')).toBe('/proc');
    expect(systemFolderOf('/dev')).toBe('/dev');
    expect(systemFolderOf('/procfs/x')).toBeUndefined();
  });
});
