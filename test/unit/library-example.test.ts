// The README's library example, as written there, run against the built
// library (lib/, `npm run build`) in a project whose config has only
// [snippets]: the plan must hold the Markdown's blocks, and they must run.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { ROOT } from '../helpers.js';

/** The first ```ts block under "## Library". */
function libraryExample(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library\n'));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README.md has no ```ts block under "## Library"');
  return m[1]!;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-library-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's library example", () => {
  test('plans and runs the [snippets] of a config that has nothing else', () => {
    const code = libraryExample();
    expect(code).toContain("from 'sandbox-checks'");
    // The package as an installed dependency of the project.
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules', 'sandbox-checks'));
    writeFileSync(path.join(dir, 'sandbox-checks.toml'), '[snippets]\npaths = ["GUIDE.md"]\n');
    writeFileSync(
      path.join(dir, 'GUIDE.md'),
      '# Guide\n\n```python\nprint("from the first block", 6 * 7)\n```\n\n```sh\necho "from the second block"\n```\n',
    );
    // The example ends with `totals` in scope: print them for the assertion.
    writeFileSync(path.join(dir, 'example.mjs'), `${code}\nconsole.log('TOTALS ' + JSON.stringify(totals) + ' ' + outcomes.map((o) => o.name).join(', '));\n`);
    const tmp = path.join(dir, 'tmp');
    mkdirSync(tmp);
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env.E2B_API_KEY;
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('from the first block 42');
    expect(r.stdout).toContain('from the second block');
    const totals = JSON.parse(/TOTALS (\{.*?\}) /.exec(r.stdout)![1]!);
    expect(totals).toMatchObject({ total: 2, passed: 2 });
    expect(r.stdout).toContain('GUIDE.md:3 (python), GUIDE.md:7 (bash)');
  });
});
