// setup.sh's toolchain packages come from the language modules: the block
// between its markers is what `npm run setup-packages` writes today, and run
// by bash it asks for exactly the packages of the programs a machine lacks.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { debianPackagesFor, setupToolchainBlock, setupToolchainLines, withSetupToolchainBlock } from '../../src/languages/debian.js';
import { LANGUAGES } from '../../src/languages/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SETUP = readFileSync(path.join(ROOT, 'setup.sh'), 'utf8');
const scratch = mkdtempSync(path.join(tmpdir(), 'setup-packages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What the block adds to `need` on a machine whose PATH has only `tools` (and bash to run it). */
function neededWith(tools: string[]): string[] {
  const bin = mkdtempSync(path.join(scratch, 'bin-'));
  for (const t of tools) {
    writeFileSync(path.join(bin, t), '#!/bin/sh\n');
    chmodSync(path.join(bin, t), 0o755);
  }
  const bash = execFileSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();
  symlinkSync(bash, path.join(bin, 'bash'));
  const script = `need=()\n${setupToolchainBlock(SETUP).join('\n')}\nprintf '%s\\n' "\${need[@]}"\n`;
  // --norc: bash reads ~/.bashrc when its stdin is a socket, as under vitest.
  return execFileSync(path.join(bin, 'bash'), ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', env: { PATH: bin } }).split('\n').filter(Boolean);
}

describe('setup.sh toolchain packages', () => {
  it('the committed block is the generated one (run npm run -s setup-packages)', () => {
    expect(setupToolchainBlock(SETUP)).toEqual(setupToolchainLines());
    expect(withSetupToolchainBlock(SETUP)).toBe(SETUP);
  });

  it('a block missing a language, or edited by hand, is stale', () => {
    const lines = setupToolchainBlock(SETUP);
    const dropped = SETUP.replace(`${lines.find((l) => l.includes('need+=(ruby)'))}\n`, '');
    expect(setupToolchainBlock(dropped)).not.toEqual(setupToolchainLines());
    expect(withSetupToolchainBlock(dropped)).toBe(SETUP);
    expect(() => setupToolchainBlock(SETUP.replace('# END toolchains', '# end'))).toThrow(/marker lines are missing/);
  });

  it('names the package of every program of every language, sandbox-checks’ own runtime aside', () => {
    const all = LANGUAGES.flatMap((l) => l.tools).filter((t) => t !== 'node' && t !== 'bash');
    expect(neededWith([])).toEqual(debianPackagesFor(all));
    expect(neededWith([])).toEqual(expect.arrayContaining(['python3', 'golang-go', 'rustc', 'ruby', 'php-cli', 'default-jdk-headless', 'gcc', 'g++', 'mono-mcs', 'mono-runtime']));
  });

  it('asks only for what is missing; a package of two programs is wanted when either is', () => {
    const all = LANGUAGES.flatMap((l) => l.tools).filter((t) => t !== 'bash');
    expect(neededWith(all)).toEqual([]);
    expect(neededWith(all.filter((t) => t !== 'javac'))).toEqual(['default-jdk-headless']);
    expect(neededWith(all.filter((t) => t !== 'mono' && t !== 'go'))).toEqual(['golang-go', 'mono-runtime']);
  });
});
