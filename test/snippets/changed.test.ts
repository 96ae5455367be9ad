// Changed-only: diff parsing, the GitHub "list files for a PR" shape, and
// `sandbox-checks run --changed-since REF` on a real temporary git repository.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { beforeAll, describe, expect, test } from 'vitest';

import { main } from '../../src/cli/main.js';
import {
  changedFromPullRequestFiles,
  changedSinceGit,
  hunkRanges,
  parseGitDiff,
  touches,
} from '../../src/plan/changed.js';
import { md, planSnippets, tempDir } from './helpers.js';

describe('diffs', () => {
  test('hunk headers → changed line ranges on the new side; a pure deletion sits between two lines', () => {
    const patch = '@@ -1,2 +1,3 @@\n-a\n+b\n+c\n@@ -10 +11 @@\n-x\n+y\n@@ -20,3 +21,0 @@\n-gone';
    expect(hunkRanges(patch)).toEqual([
      { start: 1, end: 3 },
      { start: 11, end: 11 },
      { start: 21.5, end: 21.5 },
    ]);
    const r = hunkRanges(patch);
    expect(touches(r, 4, 10)).toBe(false);
    expect(touches(r, 3, 5)).toBe(true);
    expect(touches(r, 20, 21)).toBe(false); // deleted after line 21: a block ending at 21 is untouched
    expect(touches(r, 21, 22)).toBe(true);
    expect(touches('all', 1, 1)).toBe(true);
    expect(touches(undefined, 1, 1)).toBe(false);
  });

  test('a multi-file git diff: new files, deletions, quoted names', () => {
    const diff = [
      'diff --git a/README.md b/README.md',
      'index 1..2 100644',
      '--- a/README.md',
      '+++ b/README.md',
      '@@ -5,0 +6,2 @@',
      '+new',
      '+lines',
      'diff --git a/docs/new.md b/docs/new.md',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/docs/new.md',
      '@@ -0,0 +1,3 @@',
      'diff --git a/old.md b/old.md',
      'deleted file mode 100644',
      '--- a/old.md',
      '+++ /dev/null',
      'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"',
      '--- "a/caf\\303\\251.md"',
      '+++ "b/caf\\303\\251.md"',
      '@@ -1 +1 @@',
    ].join('\n');
    expect(Object.fromEntries(parseGitDiff(diff))).toEqual({
      'README.md': [{ start: 6, end: 7 }],
      'docs/new.md': 'all',
      'café.md': [{ start: 1, end: 1 }],
    });
  });

  test('pull request files as the GitHub API lists them', () => {
    const changed = changedFromPullRequestFiles(
      [
        { filename: 'README.md', status: 'modified', patch: '@@ -3,2 +3,4 @@ intro\n a\n+b' },
        { filename: 'docs/added.md', status: 'added', patch: '@@ -0,0 +1,2 @@' },
        { filename: 'docs/huge.md', status: 'modified' },
        { filename: 'docs/gone.md', status: 'removed', patch: '@@ -1 +0,0 @@' },
        { filename: 'docs/moved.md', status: 'renamed', previous_filename: 'docs/old.md', patch: '@@ -1 +1 @@' },
      ],
      '/repo',
    );
    expect(changed.root).toBe(path.resolve('/repo'));
    expect(Object.fromEntries(changed.files)).toEqual({
      'README.md': [{ start: 3, end: 6 }],
      'docs/added.md': 'all',
      'docs/huge.md': 'all',
      'docs/moved.md': [{ start: 1, end: 1 }],
    });
  });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });

/** README with three blocks (lines 3, 7, 11), docs/other.md with one. */
const README = md('# Project', '', '```python', 'print("a")', '```', '', '```python', 'print("b")', '```', '', '```sh', 'echo c', '```');

function repo(): string {
  const dir = tempDir({ 'README.md': README, 'docs/other.md': md('```sh', 'echo other', '```'), 'docs/stable.md': md('```sh', 'echo stable', '```') });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'feature');
  // Committed change to block 2 of README; uncommitted change to other.md; a new, untracked file.
  writeFileSync(path.join(dir, 'README.md'), README.replace('print("b")', 'print("B")'));
  git(dir, 'commit', '-qam', 'change b');
  writeFileSync(path.join(dir, 'docs/other.md'), md('```sh', 'echo other changed', '```'));
  writeFileSync(path.join(dir, 'docs/new.md'), md('Text.', '', '```sh', 'echo new', '```'));
  return dir;
}

async function cli(cwd: string, ...argv: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  err.on('data', (d: Buffer) => chunks.push(d.toString()));
  out.on('data', (d: Buffer) => chunks.push(d.toString()));
  const code = await main(argv, { out, err, env: { ...process.env, CI: 'true', E2B_API_KEY: '' }, cwd, signal: new AbortController().signal });
  return { code, text: chunks.join('') };
}

describe('--changed-since on a temporary git repository', () => {
  let dir: string;
  beforeAll(() => {
    dir = repo();
  });

  test('changedSinceGit: committed, uncommitted and untracked changes since the merge base', () => {
    const c = changedSinceGit('main', dir);
    expect(Object.fromEntries(c.files)).toEqual({
      'README.md': [{ start: 8, end: 8 }],
      'docs/other.md': [{ start: 2, end: 2 }],
      'docs/new.md': 'all',
    });
    expect(c.label).toBe('changes since main');
  });

  test('the CLI runs only blocks of changed Markdown files', async () => {
    const r = await cli(dir, 'run', '--snippets', 'README.md', '--snippets', 'docs/*.md', '--changed-since', 'main', '--provider', 'local', '--json', 'out.json');
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as { checks: { name: string; status: string }[] };
    expect(json.checks.map((c) => [c.name, c.status])).toEqual([
      ['README.md:3 (python)', 'passed'],
      ['README.md:7 (python)', 'passed'],
      ['README.md:11 (bash)', 'passed'],
      ['docs/new.md:3 (bash)', 'passed'],
      ['docs/other.md:1 (bash)', 'passed'],
    ]);
  });

  test('changed_lines: only the blocks whose lines changed', async () => {
    const p = await planSnippets(dir, { paths: ['README.md', 'docs/*.md'], changed_lines: true }, { changedSince: 'main' });
    expect(p.checks.map((c) => c.name)).toEqual(['README.md:7 (python)', 'docs/new.md:3 (bash)', 'docs/other.md:1 (bash)']);
  });

  test('changed_lines: a changed setup block counts for every block of its language', async () => {
    const d = tempDir({ 'README.md': md('```python setup', 'A = 1', '```', '', '```python', 'print(A)', '```', '```sh', 'echo x', '```') });
    const changed = changedFromPullRequestFiles([{ filename: 'README.md', status: 'modified', patch: '@@ -2 +2 @@\n-A = 0\n+A = 1' }], d);
    const p = await planSnippets(d, { paths: ['README.md'], changed_lines: true }, { changed });
    expect(p.checks.map((c) => c.name)).toEqual(['README.md:5 (python)']);
  });

  test('the Action path: a change set from the pull request files', async () => {
    const changed = changedFromPullRequestFiles([{ filename: 'docs/stable.md', status: 'modified', patch: '@@ -2 +2 @@' }], dir);
    const p = await planSnippets(dir, { paths: ['README.md', 'docs/*.md'] }, { changed });
    expect(p.checks.map((c) => c.name)).toEqual(['docs/stable.md:1 (bash)']);
  });

  test('an unknown ref is a usage error that says how to fix it', async () => {
    const r = await cli(dir, 'run', '--snippets', 'README.md', '--changed-since', 'no-such-branch', '--provider', 'local');
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/git does not know "no-such-branch"; fetch it first/);
  });

  test('nothing changed: nothing to run, and that is not a failure', async () => {
    const d = tempDir({ 'README.md': README });
    git(d, 'init', '-q');
    git(d, 'add', '.');
    git(d, 'commit', '-qm', 'base');
    const r = await cli(d, 'run', '--snippets', 'README.md', '--changed-since', 'HEAD', '--provider', 'local');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/No checks to run/);
  });
});
