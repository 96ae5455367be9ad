// A repository's sandbox-checks.toml is hostile, and its size is its own:
// whatever it holds, loading and validating it is bounded work that ends in
// one clear problem at its key, and the report of its problems is bounded
// too. Through the real CLI and the Action bundle.

import { describe, expect, it } from 'vitest';

import { runAction, workspace } from '../action/harness.js';
import { runCli } from '../helpers.js';
import { MAX_CHECKS, MAX_CONFIG_BYTES, MAX_LIST_ENTRIES, MAX_PROBLEMS_SHOWN, MAX_RULES } from '../../src/limits.js';

const run = (files: Record<string, string>) => runCli(['run', '--provider', 'local'], { cwd: workspace(files), timeoutMs: 60_000 });

describe('a hostile config is bounded work with a clear problem', () => {
  it(`a config over ${MAX_CONFIG_BYTES} bytes is refused before it is parsed`, async () => {
    const big = `# ${'x'.repeat(70)}\n`.repeat(Math.ceil((MAX_CONFIG_BYTES + 1) / 73));
    const r = await run({ 'sandbox-checks.toml': big });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`sandbox-checks.toml: the config file is ${Buffer.byteLength(big)} bytes, more than the ${MAX_CONFIG_BYTES} a config may hold`);
    expect(r.ms).toBeLessThan(10_000);
  });

  it(`a list of 100,000 globs is one problem at its key (at most ${MAX_LIST_ENTRIES} entries)`, async () => {
    const paths = Array.from({ length: 100_000 }, (_, i) => `"g${i}"`).join(',');
    const r = await run({ 'sandbox-checks.toml': `[snippets]\npaths = [${paths}]\n` });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`sandbox-checks.toml:2: snippets.paths: the list has 100000 entries, more than the ${MAX_LIST_ENTRIES} one list may hold`);
    expect(r.stderr.split('\n').length).toBeLessThan(6);
  });

  it(`${MAX_CHECKS + 1} [[check]] sections are refused before any is planned`, async () => {
    const checks = Array.from({ length: MAX_CHECKS + 1 }, (_, i) => `[[check]]\nname = "c${i}"\nlanguage = "bash"\ncode = "true"\n`).join('');
    const r = await run({ 'sandbox-checks.toml': checks });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${MAX_CHECKS + 1} [[check]] sections, more than the ${MAX_CHECKS} one config may hold`);
    // Refused by the schema, not by the cap on planned checks.
    expect(r.stderr).not.toContain('checks, more than the');
  });

  it(`20,000 broken [[snippets.rule]] sections: the count is refused and at most ${MAX_PROBLEMS_SHOWN} problems are listed`, async () => {
    const rules = Array.from({ length: 20_000 }, (_, i) => `[[snippets.rule]]\npaths = ["a"]\nbogus${i} = 1\n`).join('');
    const r = await run({ 'sandbox-checks.toml': `[snippets]\npaths = ["*.md"]\n${rules}` });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('sandbox-checks: the configuration has 20001 problems; nothing was run.');
    expect(r.stderr).toContain(`20000 [[snippets.rule]] sections, more than the ${MAX_RULES} one config may hold`);
    expect(r.stderr).toContain(`… and ${20_001 - MAX_PROBLEMS_SHOWN} more problems`);
    const listed = r.stderr.split('\n').filter((l) => l.startsWith('sandbox-checks.toml:'));
    expect(listed).toHaveLength(MAX_PROBLEMS_SHOWN);
  });

  it('the Action lists a bounded number of problems too', async () => {
    const checks = Array.from({ length: 500 }, (_, i) => `[[check]]\nname = "c${i}"\nlanguage = "bash"\ncode = "true"\nbogus = ${i}\n`).join('');
    const ws = workspace({ 'sandbox-checks.toml': checks });
    const r = await runAction({ workspace: ws, inputs: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the configuration has 500 problems; nothing was run.');
    expect(r.stdout).toContain(`… and ${500 - MAX_PROBLEMS_SHOWN} more problems`);
    expect(r.stdout.match(/check\[\d+\]\.bogus: unknown key/g)).toHaveLength(MAX_PROBLEMS_SHOWN);
  });
});
