// Trusted vs untrusted paths: what the person running typed (command-line
// paths, the Action's inputs) may be anywhere readable; what a repository
// file names (sandbox-checks.toml, its snippet paths) stays in its project.
// Either way the sandbox gets only the named files.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runAction, workspace } from '../action/harness.js';
import { runCli } from '../helpers.js';

const base = mkdtempSync(path.join(os.tmpdir(), 'sc-paths-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const elsewhere = path.join(base, 'elsewhere');
const project = path.join(base, 'project');
mkdirSync(path.join(elsewhere, '.git'), { recursive: true });
mkdirSync(path.join(project, '.git'), { recursive: true });
// The guide lists the folder it runs in: only the block's own file is there.
writeFileSync(path.join(elsewhere, 'guide.md'), '# Guide\n\n```python\nimport os\nprint("from the guide", sorted(os.listdir(".")))\n```\n');
writeFileSync(path.join(elsewhere, 'secret.txt'), 'not for sandboxes\n');
writeFileSync(path.join(elsewhere, 'tool.py'), 'import os\nprint("tool", sorted(os.listdir(".")))\n');
writeFileSync(path.join(elsewhere, '.git', 'notes.md'), '```python\nprint(1)\n```\n');

describe('command-line paths', () => {
  it("a typed glob does not follow the repository's folder links out of it, also with --update", async () => {
    const repo = path.join(base, 'linked');
    const outside = path.join(base, 'outside');
    mkdirSync(path.join(repo, 'docs'), { recursive: true });
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    const stale = '```python\nprint("new")\n```\n\n```output\nold\n```\n';
    writeFileSync(path.join(outside, 'o.md'), stale);
    writeFileSync(path.join(repo, 'docs', 'in.md'), '```python\nprint("inside")\n```\n');
    symlinkSync(outside, path.join(repo, 'docs', 'ext'));
    const r = await runCli(['run', '--snippets', 'docs/**/*.md', '--update', '--stream'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/inside/);
    expect(r.stdout + r.stderr).not.toMatch(/o\.md|new/);
    expect(readFileSync(path.join(outside, 'o.md'), 'utf8')).toBe(stale);
    // A glob that starts in the link is refused, naming no file behind it.
    const through = await runCli(['run', '--snippets', 'docs/ext/*.md'], { cwd: repo });
    expect(through.code).toBe(2);
    expect(through.stderr).toMatch(/through a symbolic link to a folder/);
    expect(through.stderr).not.toMatch(/o\.md/);
  });

  it('run --snippets /abs/guide.md works from another folder, and the sandbox sees only the block', async () => {
    const r = await runCli(['run', '--snippets', path.join(elsewhere, 'guide.md'), '--stream'], { cwd: project });
    expect(r.stderr).not.toMatch(/outside/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/from the guide \['main\.py'\]/);
  });

  it('a relative path out of the folder works too', async () => {
    const r = await runCli(['run', '--snippets', '../elsewhere/guide.md'], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
  });

  it('still never reads .git or /proc, even when typed', async () => {
    const git = await runCli(['run', '--snippets', path.join(elsewhere, '.git', 'notes.md')], { cwd: project });
    expect(git.code).toBe(2);
    expect(git.stderr).toContain('inside a .git folder');
    const proc = await runCli(['run', '--snippets', '/proc/self/environ'], { cwd: project });
    expect(proc.code).toBe(2);
    expect(proc.stderr).toContain('is a system file');
  });

  it('the config file keeps its own paths confined, also next to --snippets', async () => {
    const dir = path.join(base, 'confined');
    mkdirSync(path.join(dir, '.git'), { recursive: true });
    writeFileSync(path.join(dir, 'sandbox-checks.toml'), `[snippets]\npaths = ["${path.join(elsewhere, 'guide.md')}"]\n`);
    const r = await runCli(['run'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${path.join(elsewhere, 'guide.md')}" leaves the project`);

    writeFileSync(path.join(dir, 'sandbox-checks.toml'), `[[check]]\nfile = "../elsewhere/tool.py"\n`);
    const mixed = await runCli(['run', 'sandbox-checks.toml', '--snippets', path.join(elsewhere, 'guide.md')], { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('"../elsewhere/tool.py" leaves the project');
    expect(mixed.stderr).toContain('tool.py');
  });
});

describe('Action inputs', () => {
  it('files and snippets inputs may name files outside the workspace; the sandbox gets only those files', async () => {
    const ws = workspace({ 'README.md': 'nothing\n' });
    const r = await runAction({ workspace: ws, inputs: { files: path.join(elsewhere, 'tool.py'), snippets: path.join(elsewhere, 'guide.md'), stream: 'true', concurrency: '1' } });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.total).toBe('2');
    expect(r.stdout).toMatch(/tool \['tool\.py'\]/);
    expect(r.stdout).toMatch(/from the guide \['main\.py'\]/);
    expect(r.stdout).not.toContain('not for sandboxes');
  });

  it('a config in the workspace still cannot name them', async () => {
    const ws = workspace({ 'sandbox-checks.toml': `[[check]]\nfile = "${path.join(elsewhere, 'tool.py')}"\n\n[snippets]\npaths = ["${path.join(elsewhere, 'guide.md')}"]\n` });
    const r = await runAction({ workspace: ws, inputs: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/tool\.py" leaves the project/);
    expect(r.stdout).not.toMatch(/from the guide/);
  });
});
