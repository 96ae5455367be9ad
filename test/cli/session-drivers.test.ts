// The session drivers are real programs in their own languages
// (src/languages/drivers/), read beside the code that uses them: the bundle
// must ship them (ncc) and the library build must copy them (lib/). Here the
// bundled CLI runs from a copy of dist/ far from the source tree, so a driver
// it did not ship cannot be found, and one session per language passes where
// it shares state and fails where a block fails.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, describe, expect, it } from 'vitest';

import { LANGUAGES } from '../../src/languages/index.js';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'session-drivers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Two blocks per language: the second reads what the first left in memory. */
const BLOCKS: Record<string, [string, string]> = {
  python: ['x = 41', 'print(x + 1)'],
  javascript: ['let x = 41;', 'console.log(x + 1);'],
  typescript: ['const x: number = 41;', 'console.log(x + 1);'],
  ruby: ['x = 41', 'puts x + 1'],
  php: ['<?php\n$x = 41;', '<?php\necho $x + 1, "\\n";'],
  bash: ['x=41', 'echo $((x + 1))'],
};

async function runBundled(markdown: string): Promise<{ code: number; checks: { name: string; status: string; stdout: string }[] }> {
  const home = mkdtempSync(path.join(scratch, 'run-'));
  const cli = path.join(home, 'bundle', 'cli', 'index.js');
  cpSync(path.join(ROOT, 'dist'), path.join(home, 'bundle'), { recursive: true });
  writeFileSync(path.join(home, 'README.md'), markdown);
  const json = path.join(home, 'out.json');
  let code = 0;
  try {
    await run(process.execPath, [cli, 'run', '--snippets', 'README.md', '--json', json], {
      cwd: home,
      env: { ...process.env, CI: 'true', NO_COLOR: '1', XDG_STATE_HOME: path.join(home, 'state') },
      timeout: 240_000,
    });
  } catch (e) {
    code = (e as { code: number }).code;
  }
  return { code, checks: JSON.parse(readFileSync(json, 'utf8')).checks };
}

describe('session drivers shipped with the bundle', () => {
  it('the Action and the CLI bundle each hold every language module’s driver, byte for byte', () => {
    const drivers = LANGUAGES.filter((l) => l.session).map((l) => l.session!.driver([]));
    // The Bash driver is written per session; the others are files.
    const files = new Set(drivers.filter((d) => !d.startsWith('__sandbox_checks_root=$PWD')));
    expect(files.size).toBe(4);
    for (const d of ['dist', 'dist/cli']) {
      const shipped = new Set(assets(path.join(ROOT, d)).map((f) => readFileSync(path.join(ROOT, d, f), 'utf8')));
      for (const f of files) expect(shipped.has(f), `${d} lacks a driver`).toBe(true);
    }
  });

  it('the library build (lib/, npm run build) reads the same drivers', async () => {
    const lib = (await import(path.join(ROOT, 'lib/languages/index.js'))) as typeof import('../../src/languages/index.js');
    const ids = LANGUAGES.filter((l) => l.session).map((l) => l.id);
    for (const id of ids) expect(lib.getLanguage(id).session!.driver([]), id).toBe(LANGUAGES.find((l) => l.id === id)!.session!.driver([]));
  });

  it('the bundled CLI runs a session in every language that has one, from a copy of dist/', async () => {
    const langs = LANGUAGES.filter((l) => l.session).map((l) => l.id);
    expect(langs.sort()).toEqual(Object.keys(BLOCKS).sort());
    const md = langs.map((l) => `\`\`\`${l} session=${l}\n${BLOCKS[l]![0]}\n\`\`\`\n\n\`\`\`${l} session=${l}\n${BLOCKS[l]![1]}\n\`\`\`\n`).join('\n');
    const r = await runBundled(md);
    expect(r.checks.map((c) => [c.status, c.stdout])).toEqual(langs.flatMap(() => [['passed', ''], ['passed', '42\n']]));
    expect(r.code).toBe(0);
  });

  it('a failing block fails its session through the bundle, and the block after it is skipped', async () => {
    const md = ['```python session=s', 'x = 41', '```', '```python session=s', 'assert x == 0, "x is " + str(x)', '```', '```python session=s', 'print(x)', '```', ''].join('\n');
    const r = await runBundled(md);
    expect(r.checks.map((c) => c.status)).toEqual(['passed', 'failed', 'skipped']);
    expect(r.code).toBe(1);
  });
});

/** The files a bundle folder ships besides its code. */
function assets(dir: string): string[] {
  return readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile() && !f.endsWith('.js') && f !== 'package.json' && f !== 'licenses.txt');
}
