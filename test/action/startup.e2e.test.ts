// A step with nothing to run starts none of the machinery a run needs: the
// engine, its providers and the runner setup are loaded only for a plan with
// checks (src/action/main.ts), and node:crypto only where a random token or a
// hash is made (src/crypto.ts). Seen from outside: the built-in modules the
// bundled Action's process loaded, recorded at its exit by a preload. The
// main chunk's module functions are compiled as the file is parsed
// (scripts/eager-factories.mjs, run by the bundle step).

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { eagerFactories } from '../../scripts/eager-factories.mjs';
import { distExists, ROOT, runAction, tempDir, workspace } from './harness.js';

/** Runs the Action on `files` and returns what it did, and the built-in modules it loaded. */
async function loadedBy(files: Record<string, string>) {
  const dir = tempDir('startup');
  const list = path.join(dir, 'modules.txt');
  const preload = path.join(dir, 'record.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
  const run = await runAction({ workspace: workspace(files), inputs: { config: 'sandbox-checks.toml', comment: 'never' }, env: { NODE_OPTIONS: `--require ${preload}` } });
  const builtins = new Set(readFileSync(list, 'utf8').split('\n').filter((l) => l.startsWith('NativeModule ')).map((l) => l.slice('NativeModule '.length)));
  return { run, builtins };
}

// Not `net`: node loads it for stdout itself when stdout is a pipe, as on the runner.
const MACHINERY = ['child_process', 'crypto', 'http', 'https', 'tls', 'zlib', 'worker_threads', 'fs/promises'];

describe.skipIf(!distExists())('Action start-up', () => {
  it('an empty plan (Markdown with no code block) reports 0 checks and loads no process, network, or crypto modules', async () => {
    const { run, builtins } = await loadedBy({
      'sandbox-checks.toml': '[snippets]\npaths = ["guide.md"]\n',
      'guide.md': '# Guide\n\nProse only, and `inline code`, which is no block.\n',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.total).toBe('0');
    expect(JSON.parse(readFileSync(run.outputs['results-path']!, 'utf8')).totals).toMatchObject({ total: 0 });
    expect(run.stdout).toContain('0 checks on the local provider');
    expect(MACHINERY.filter((m) => builtins.has(m))).toEqual([]);
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
