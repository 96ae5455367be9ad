// A step with nothing to run starts none of the machinery a run needs: the
// engine, its providers and the runner setup are loaded only for a plan with
// checks (src/action/main.ts), and node:crypto only where a random token or a
// hash is made (src/crypto.ts). Seen from outside: the built-in modules the
// bundled Action's process loaded, recorded at its exit by a preload. The
// main chunk's module functions are compiled as the file is parsed
// (scripts/eager-factories.mjs), and the RE2 engine is a file of its own,
// required on the first pattern (scripts/separate-modules.mjs); both are
// steps of the bundle script.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { eagerFactories } from '../../scripts/eager-factories.mjs';
import { distExists, ROOT, runAction, tempDir, workspace } from './harness.js';

/** Runs the Action on `files` and returns what it did, the built-in modules it loaded, and the CommonJS files it required. */
async function loadedBy(files: Record<string, string>) {
  const dir = tempDir('startup');
  const list = path.join(dir, 'modules.txt');
  const cjs = path.join(dir, 'required.txt');
  const preload = path.join(dir, 'record.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => { const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')); fs.writeFileSync(${JSON.stringify(cjs)}, Object.keys(require('node:module')._cache).join('\\n')); });\n`,
  );
  const run = await runAction({ workspace: workspace(files), inputs: { config: 'sandbox-checks.toml', comment: 'never' }, env: { NODE_OPTIONS: `--require ${preload}` } });
  const builtins = new Set(readFileSync(list, 'utf8').split('\n').filter((l) => l.startsWith('NativeModule ')).map((l) => l.slice('NativeModule '.length)));
  const required = readFileSync(cjs, 'utf8').split('\n').map((f) => path.basename(f));
  return { run, builtins, required };
}

// Not `net`: node loads it for stdout itself when stdout is a pipe, as on the runner.
const MACHINERY = ['child_process', 'crypto', 'http', 'https', 'tls', 'zlib', 'worker_threads', 'fs/promises'];

describe.skipIf(!distExists())('Action start-up', () => {
  it('an empty plan (Markdown with no code block) reports 0 checks and loads no process, network, or crypto modules', async () => {
    const { run, builtins, required } = await loadedBy({
      'sandbox-checks.toml': '[snippets]\npaths = ["guide.md"]\n',
      'guide.md': '# Guide\n\nProse only, and `inline code`, which is no block.\n',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.total).toBe('0');
    expect(JSON.parse(readFileSync(run.outputs['results-path']!, 'utf8')).totals).toMatchObject({ total: 0 });
    expect(run.stdout).toContain('0 checks on the local provider');
    expect(MACHINERY.filter((m) => builtins.has(m))).toEqual([]);
    // The RE2 engine is a file of its own (scripts/separate-modules.mjs), and a plan without a pattern never reads it.
    expect(existsSync(path.join(ROOT, 'dist/re2js.cjs'))).toBe(true);
    expect(required).not.toContain('re2js.cjs');
  });

  it('a config with a pattern requires the RE2 engine from its file, and the pattern works', async () => {
    const { run, required } = await loadedBy({
      'sandbox-checks.toml': '[[check]]\nname = "hello"\nlanguage = "bash"\ncode = "echo hello"\nexpect = { stdout_matches = "^h(e|a)l+o$" }\n',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.passed).toBe('1');
    expect(required).toContain('re2js.cjs');
  });

  it('a pattern RE2 does not run is still a config problem found before anything runs', async () => {
    const { run, required } = await loadedBy({
      'sandbox-checks.toml': '[[check]]\nname = "ahead"\nlanguage = "bash"\ncode = "echo x"\nexpect = { stdout_matches = "^(?=x)" }\n',
    });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/sandbox-checks\.toml:5: check\[0\]\.expect\.stdout_matches: uses syntax the linear-time engine \(RE2\) does not run/);
    expect(required).toContain('re2js.cjs');
  });

  it('a plan with a check loads what running it takes (the same probe sees them)', async () => {
    const { run, builtins } = await loadedBy({
      'sandbox-checks.toml': '[[check]]\nname = "hello"\nlanguage = "bash"\ncode = "echo hello"\n',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.passed).toBe('1');
    expect(builtins.has('child_process')).toBe(true);
  });

  it("the bundle's main chunks have every module function in parentheses (the bundle step ran on them)", () => {
    for (const f of ['dist/index.js', 'dist/post/index.js', 'dist/cli/index.js']) {
      const text = readFileSync(path.join(ROOT, f), 'utf8');
      // eagerFactories finds the module table; with nothing left to wrap it changes nothing.
      expect(eagerFactories(text, f) === text, `${f} has module functions outside parentheses: run \`npm run bundle\``).toBe(true);
    }
  });
});
