// Local packages for layer tests: an npm tarball `npm install` takes with no
// index, and a JavaScript check that declares such packages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Check, CheckFile } from '../../src/types.js';
import { check } from '../helpers.js';

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

