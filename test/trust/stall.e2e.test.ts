// Nothing a repository writes can stall the engine or crash the planner,
// through the CLI and Action bundles: user regexes match in linear time,
// globs that leave the project are refused before anything is listed (no
// outside name is ever printed), a glob with ~130k hits does not overflow the
// stack, a plan has a cap on its checks and its outputs stay in budget, and
// hostile Markdown is a problem at file:line.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runAction, workspace } from '../action/harness.js';
import { runCli } from '../helpers.js';

describe('user regexes', () => {
  it('stdout_matches = "^(a|a)*c$" ends at once through the CLI (RE2: linear time), with its verdict', async () => {
    const ws = workspace({
      'sandbox-checks.toml': '[[check]]\nname = "redos"\ncode = "print(\'a\' * 5000 + \'b\')"\nlanguage = "python"\nexpect = { stdout_matches = "^(a|a)*c$" }\n\n[[check]]\nname = "fine"\ncode = "print(\'aaac\')"\nlanguage = "python"\nexpect = { stdout_matches = "^(a|a)*c$" }\n',
    });
    const r = await runCli(['run', '--provider', 'local'], { cwd: ws, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('stdout does not match /^(a|a)*c$/');
    expect(r.stderr).toMatch(/PASS fine/);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('a pattern RE2 cannot run is a config problem at file:line, not a surprise at run time', async () => {
    const ws = workspace({ 'sandbox-checks.toml': '[[check]]\ncode = "echo x"\nlanguage = "sh"\nexpect = { stdout_matches = "(a)\\\\1" }\n' });
    const r = await runCli(['run', '--provider', 'local'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sandbox-checks.toml:4: check[0].expect.stdout_matches: uses syntax the linear-time engine (RE2) does not run');
  });
});

describe('globs that leave the project', () => {
  // A project (with .git) inside a folder that holds a file whose name must never be printed.
  const outer = mkdtempSync(path.join(os.tmpdir(), 'sc-outer-'));
  mkdirSync(path.join(outer, 'home'));
  writeFileSync(path.join(outer, 'home', '.runner-secret-name-7f3a'), 'x');
  writeFileSync(path.join(outer, 'home', 'visible-secret-name-7f3a.py'), 'print(1)');
  const project = path.join(outer, 'project');
  mkdirSync(path.join(project, '.git'), { recursive: true });

  it.each([
    ['files', 'files = ["../home/.*"]'],
    ['files (brace)', 'files = ["{..,x}/home/*"]'],
    ['file', 'file = "../home/none.py"'],
    ['include', 'code = "echo"\nlanguage = "sh"\ninclude = ["../home/*"]'],
    ['absolute', `files = ["${outer}/home/*"]`],
  ])('are refused before listing, and no outside name is printed: %s', async (_name, line) => {
    writeFileSync(path.join(project, 'sandbox-checks.toml'), `[[check]]\nname = "x"\n${line}\n`);
    const r = await runCli(['run', '--provider', 'local'], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leaves the project; a config may only name files of its own project');
    expect(r.stderr).not.toContain('secret-name-7f3a.');
  });

  it('a link inside the project that points out is not followed by a glob', async () => {
    const { symlinkSync } = await import('node:fs');
    const p = mkdtempSync(path.join(os.tmpdir(), 'sc-linkproj-'));
    mkdirSync(path.join(p, '.git'));
    symlinkSync(path.join(outer, 'home'), path.join(p, 'out'));
    writeFileSync(path.join(p, 'sandbox-checks.toml'), '[[check]]\nfiles = ["out/*.py"]\n');
    const r = await runCli(['run', '--provider', 'local'], { cwd: p });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('the glob "out/*.py" reaches 1 file outside the project through a symbolic link');
    expect(r.stderr).not.toContain('secret-name-7f3a');
  });

  it('the Action refuses the same, before listing', async () => {
    const ws = workspace({ 'sandbox-checks.toml': '[[check]]\nfiles = ["../*/*"]\n' });
    const r = await runAction({ workspace: ws, inputs: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sandbox-checks.toml:2: check[0].files: "../*/*" leaves the project');
    // The runner folder next to the workspace holds files (output, state…): none is named.
    expect(r.stdout).not.toMatch(/sc-runner-|summary\.md/);
  });
});

describe('size', () => {
  it('a glob with ~130k hits is a clear problem, not a stack overflow', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'sc-many-'));
    mkdirSync(path.join(ws, '.git'));
    for (let d = 0; d < 130; d++) {
      const dir = path.join(ws, 'm', String(d));
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < 1000; f++) writeFileSync(path.join(dir, `${f}.py`), '');
    }
    writeFileSync(path.join(ws, 'sandbox-checks.toml'), '[[check]]\nfiles = ["m/**/*.py"]\n');
    const r = await runCli(['run', '--provider', 'local'], { cwd: ws, timeoutMs: 120_000 }).finally(() => rmSync(ws, { recursive: true, force: true }));
    expect(r.stderr).not.toContain('Maximum call stack');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sandbox-checks.toml:2: check[0].files: the glob "m/**/*.py" matches 130000 files, more than 20000; narrow it');
  }, 180_000);

  it('a plan has a cap on its checks, with what to do (10,000 skipped blocks)', async () => {
    const md = Array.from({ length: 10_000 }, (_, i) => `\`\`\`python skip\nprint(${i})\n\`\`\`\n`).join('\n');
    const ws = workspace({ 'README.md': md, 'sandbox-checks.toml': '[snippets]\npaths = ["README.md"]\n' });
    const r = await runAction({ workspace: ws, inputs: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the plan has 10000 checks, more than the 5000 one run may hold');
    expect(r.outputs.results ?? '').toBe('');
  }, 120_000);

  it('a plan at the cap keeps every output within its budget, and the failing check stays in `results`', async () => {
    const blocks = Array.from({ length: 4999 }, (_, i) => `\`\`\`python skip\nprint(${i})\n\`\`\`\n`);
    blocks.push('```sh\necho failing on purpose; exit 3\n```\n');
    const ws = workspace({ 'README.md': blocks.join('\n'), 'sandbox-checks.toml': '[snippets]\npaths = ["README.md"]\n' });
    const r = await runAction({ workspace: ws, inputs: { comment: 'never' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ total: '5000', skipped: '4999', failed: '1' });
    const results = r.outputs.results!;
    expect(Buffer.byteLength(results)).toBeLessThanOrEqual(512 * 1024);
    const parsed = JSON.parse(results) as { checks: { status: string }[]; checksOmitted?: number; totals: { total: number } };
    expect(parsed.totals.total).toBe(5000);
    expect(parsed.checks[0]!.status).toBe('failed');
    expect(parsed.checks.length + (parsed.checksOmitted ?? 0)).toBe(5000);
    const outputsFile = Object.values(r.outputs).reduce((n, v) => n + Buffer.byteLength(v), 0);
    expect(outputsFile).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
  }, 180_000);
});

describe('Markdown that would crash or stall planning', () => {
  const run = (md: string) => {
    const ws = workspace({ 'README.md': md, 'sandbox-checks.toml': '[snippets]\npaths = ["README.md"]\n' });
    return runCli(['run', '--provider', 'local'], { cwd: ws, timeoutMs: 120_000 });
  };

  it('10,000 nested > is a problem at file:line, not a stack trace', async () => {
    const r = await run(`# Title\n\n${'>'.repeat(10_000)} deep\n\n\`\`\`python\nprint(1)\n\`\`\`\n`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('README.md:3: block quotes or lists nest more than 100 deep here');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('2,000 lines of lists nested 200 deep are refused at once (list markers count as levels)', async () => {
    const lists = `${'- '.repeat(200)}x\n`.repeat(2000);
    const r = await run(`# Title\n\n${lists}`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('README.md:3: block quotes or lists nest more than 100 deep here');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('a paragraph built to make link parsing quadratic is refused in time', async () => {
    const r = await run(`# Title\n\n${'[a]('.repeat(60_000)}\n`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('README.md:3: this paragraph holds more than 5000 "["');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('deep but legal nesting still plans (the walk is iterative)', async () => {
    const quote = Array.from({ length: 60 }, () => '>').join(' ');
    const r = await run(`${quote} \`\`\`sh\n${quote} echo deep\n${quote} \`\`\`\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/PASS README\.md:1/);
  });
});
