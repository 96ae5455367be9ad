// changed-only snippet runs in the Action, end to end: the bundled
// dist/index.js, a real pull_request payload, and @actions/github listing the
// PR's files from the local GitHub double. Only blocks of Markdown files the
// PR changes run (and with changed-lines, only blocks whose lines changed);
// anything that keeps the Action from knowing the change set — a push event,
// a 403 — falls back to every snippet with one warning.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { getOctokit } from '@actions/github';
import { describe, expect, it } from 'vitest';

import { pullRequestChanges } from '../../src/action/changed.js';
import { runContext } from '../../src/action/context.js';
import { listPullRequestFiles } from '../../src/action/github.js';
import { type PullFile } from '../github-double/server.js';
import { gitHubDoubleFor, FIXTURES, runAction, tempDir, workspace, type ActionRun } from './harness.js';
import { processedCommands } from './runner-commands.js';

const REPO = 'octo-org/sandbox-demo';
const TOKEN = 'ghs_changedOnlyToken000000000000000001';
const NO_PULLS_TOKEN = 'ghs_noPullRequestsToken0000000000000002';

// README.md: two blocks, the PR edits only the second (lines 10-12 in its patch).
const README = [
  '# Demo', //                          1
  '', //                                2
  'Install:', //                        3
  '', //                                4
  '```python', //                       5
  'print("readme one")', //             6
  '```', //                             7
  '', //                                8
  'Usage:', //                          9
  '', //                               10
  '```python', //                      11
  'print("readme two")', //            12
  '```', //                            13
  '',
].join('\n');

const FILES = {
  'README.md': README,
  // Renamed by the PR without edits (GitHub sends no patch): counts as changed.
  'docs/new-name.md': '# Renamed\n\n```bash\necho renamed\n```\n',
  'docs/unchanged.md': '```python\nprint("unchanged")\n```\n',
  // Listed as deleted by the PR (a stale copy in the workspace): never run from the change set.
  'docs/gone.md': '```bash\necho gone\n```\n',
};

/** Every block of FILES, sorted by name. */
const ALL = ['README.md:11 (python)', 'README.md:5 (python)', 'docs/gone.md:1 (bash)', 'docs/new-name.md:3 (bash)', 'docs/unchanged.md:1 (python)'];

/** What the PR changes: 2 Markdown files, a deleted one, and enough other files for two pages. */
function prFiles(): PullFile[] {
  const files: PullFile[] = [
    {
      filename: 'README.md',
      status: 'modified',
      additions: 1,
      deletions: 1,
      patch: '@@ -10,3 +10,3 @@ Usage:\n \n ```python\n-print("readme 2")\n+print("readme two")\n ```',
    },
    { filename: 'docs/new-name.md', previous_filename: 'docs/old-name.md', status: 'renamed', additions: 0, deletions: 0 },
    { filename: 'docs/gone.md', status: 'removed', additions: 0, deletions: 3, patch: '@@ -1,3 +0,0 @@\n-```bash\n-echo gone\n-```' },
    { filename: 'src/app.py', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1,0 +2 @@\n+print("hi")' },
  ];
  for (let i = 0; i < 150; i++) files.push({ filename: `src/gen/f${i}.ts`, status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x' });
  return files;
}

const gh = gitHubDoubleFor({
  [TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot' },
  [NO_PULLS_TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot', noPullRequests: true },
});

/** The pull_request fixture, for PR `n`, with `extra` fields on its pull_request. */
function prEvent(n: number, extra: Record<string, unknown> = {}): object {
  const event = JSON.parse(readFileSync(path.join(FIXTURES, 'pull_request.json'), 'utf8'));
  event.number = event.pull_request.number = n;
  Object.assign(event.pull_request, extra);
  return event;
}

const ran = (r: ActionRun) => (JSON.parse(r.outputs.results!) as { checks: { name: string; status: string }[] }).checks.map((c) => c.name).sort();
const warnings = (r: ActionRun) => processedCommands(r.stdout).filter((c) => c.command === 'warning').map((c) => c.data);
const fileRequests = (since: number) => gh.requests.slice(since).filter((q) => /\/pulls\/\d+\/files$/.test(q.path));

describe('changed-only snippets on a pull request', () => {
  it('runs only the blocks of Markdown files the PR changes, listing its files through the API', async () => {
    gh.prFiles.set(`${REPO}#51`, prFiles());
    const before = gh.requests.length;
    const r = await runAction({
      workspace: workspace(FILES),
      inputs: { snippets: '**/*.md', 'changed-only': 'true', 'github-token': TOKEN, comment: 'never' },
      event: prEvent(51),
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(ran(r)).toEqual(['README.md:11 (python)', 'README.md:5 (python)', 'docs/new-name.md:3 (bash)']);
    expect(r.outputs).toMatchObject({ passed: '3', failed: '0', total: '3' });
    expect(warnings(r)).toEqual([]);
    expect(r.stdout).toContain('changed-only: pull request #51 changes 154 files, 2 of them Markdown (1 deleted, ignored)');
    expect(r.stdout).toContain('changed-only: 3 snippet blocks selected from 2 changed Markdown files; blocks in unchanged files are not run');
    // Two pages of 100, for PR 51, with the workflow token.
    const reqs = fileRequests(before);
    expect(reqs.map((q) => [q.method, q.path, q.query.per_page, q.query.page ?? '1', q.token])).toEqual([
      ['GET', `/repos/${REPO}/pulls/51/files`, '100', '1', TOKEN],
      ['GET', `/repos/${REPO}/pulls/51/files`, '100', '2', TOKEN],
    ]);
  });

  it('with changed-lines, runs only the blocks whose lines the patch changes', async () => {
    gh.prFiles.set(`${REPO}#52`, prFiles());
    const before = gh.requests.length;
    const r = await runAction({
      workspace: workspace(FILES),
      inputs: { snippets: '**/*.md', 'changed-lines': 'true', 'github-token': TOKEN, comment: 'never' },
      event: prEvent(52),
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // README.md:5 is in a changed file but outside the hunk; the rename has no patch, so all of it counts.
    expect(ran(r)).toEqual(['README.md:11 (python)', 'docs/new-name.md:3 (bash)']);
    expect(r.stdout).toContain('2 snippet blocks selected from 2 changed Markdown files (only blocks whose lines changed)');
    expect(fileRequests(before).map((q) => q.path)).toEqual([`/repos/${REPO}/pulls/52/files`, `/repos/${REPO}/pulls/52/files`]);
  });

  it('takes changed_only from the config file too (pull_request_target), and never falls back to git', async () => {
    gh.prFiles.set(`${REPO}#53`, [{ filename: 'docs/unchanged.md', status: 'modified', additions: 1, deletions: 0, patch: '@@ -2 +2 @@\n-print(1)\n+print("unchanged")' }]);
    const before = gh.requests.length;
    const ws = workspace({ ...FILES, 'sandbox-checks.toml': '[snippets]\npaths = ["**/*.md"]\nchanged_only = true\n' });
    const r = await runAction({
      workspace: ws,
      inputs: { 'github-token': TOKEN, comment: 'never' },
      event: prEvent(53),
      eventName: 'pull_request_target',
      apiUrl: gh.url,
      // The CLI's changed_only reads origin/$GITHUB_BASE_REF with git; the workspace is no git repository.
      env: { GITHUB_BASE_REF: 'main' },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(ran(r)).toEqual(['docs/unchanged.md:1 (python)']);
    expect(fileRequests(before).map((q) => q.path)).toEqual([`/repos/${REPO}/pulls/53/files`]);

    // When the list cannot be had, every snippet runs: git is not asked instead.
    const denied = await runAction({
      workspace: ws,
      inputs: { 'github-token': NO_PULLS_TOKEN, comment: 'never' },
      event: prEvent(53),
      eventName: 'pull_request_target',
      apiUrl: gh.url,
      env: { GITHUB_BASE_REF: 'main' },
    });
    expect(denied.code, denied.stdout + denied.stderr).toBe(0);
    expect(ran(denied)).toEqual(ALL);
    expect(warnings(denied)).toHaveLength(1);
  });

  it('runs nothing when the PR changes no Markdown the snippets name', async () => {
    gh.prFiles.set(`${REPO}#54`, [{ filename: 'src/app.py', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1 +1 @@\n-a\n+b' }]);
    const r = await runAction({
      workspace: workspace(FILES),
      inputs: { snippets: '**/*.md', 'changed-only': 'true', 'github-token': TOKEN, comment: 'never' },
      event: prEvent(54),
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(ran(r)).toEqual([]);
    expect(r.outputs.total).toBe('0');
    expect(r.stdout).toContain('changed-only: 0 snippet blocks selected from 0 changed Markdown files');
  });
});

describe('changed-only falls back to every snippet, with one warning', () => {
  it('on a push event (no pull request to list)', async () => {
    const before = gh.requests.length;
    const r = await runAction({
      workspace: workspace(FILES),
      inputs: { snippets: '**/*.md', 'changed-only': 'true', 'github-token': TOKEN },
      event: 'push.json',
      eventName: 'push',
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(ran(r)).toEqual(ALL);
    const w = warnings(r);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/changed-only needs a pull_request .*"push", so every snippet runs/);
    expect(fileRequests(before)).toEqual([]);
  });

  it('when the files list answers 403 (a token without pull-requests read)', async () => {
    gh.prFiles.set(`${REPO}#55`, prFiles());
    const before = gh.requests.length;
    const r = await runAction({
      workspace: workspace(FILES),
      inputs: { snippets: '**/*.md', 'changed-only': 'true', 'github-token': NO_PULLS_TOKEN, comment: 'never' },
      event: prEvent(55),
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(ran(r)).toEqual(ALL);
    const w = warnings(r);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/403 Resource not accessible by integration.*Every snippet runs/);
    const reqs = fileRequests(before);
    expect(reqs.map((q) => [q.path, q.token])).toEqual([[`/repos/${REPO}/pulls/55/files`, NO_PULLS_TOKEN]]);
  });

  it('is not asked for: every snippet runs and the files are never listed', async () => {
    gh.prFiles.set(`${REPO}#56`, prFiles());
    const before = gh.requests.length;
    const r = await runAction({
      workspace: workspace(FILES),
      inputs: { snippets: '**/*.md', 'github-token': TOKEN, comment: 'never' },
      event: prEvent(56),
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(ran(r)).toEqual(ALL);
    expect(warnings(r)).toEqual([]);
    expect(fileRequests(before)).toEqual([]);
  });
});

describe('the pull request files list', () => {
  const ctxFor = (n: number, extra: Record<string, unknown> = {}) => {
    const dir = tempDir('event');
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(prEvent(n, extra)));
    return runContext(
      { GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: REPO, GITHUB_WORKSPACE: dir, GITHUB_API_URL: gh.url },
      dir,
      dir,
    );
  };
  const list = (ref: Parameters<typeof listPullRequestFiles>[1]) => listPullRequestFiles(getOctokit(TOKEN, { baseUrl: gh.url }), ref);

  it('pages through every file, 100 at a time', async () => {
    const many: PullFile[] = Array.from({ length: 250 }, (_, i) => ({ filename: `docs/p${i}.md`, status: 'modified', additions: 1, deletions: 0, patch: `@@ -${i + 1} +${i + 1} @@\n-a\n+b` }));
    gh.prFiles.set(`${REPO}#60`, many);
    const before = gh.requests.length;
    const r = await pullRequestChanges(ctxFor(60), TOKEN, list);
    expect(r.warning).toBeUndefined();
    expect(r.changed?.files.size).toBe(250);
    expect(r.changed?.files.get('docs/p249.md')).toEqual([{ start: 250, end: 250 }]);
    expect(fileRequests(before).map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it("stops trusting the list at GitHub's 3000-file cap: every snippet runs", async () => {
    const many: PullFile[] = Array.from({ length: 3200 }, (_, i) => ({ filename: `docs/p${i}.md`, status: 'added', additions: 1, deletions: 0 }));
    gh.prFiles.set(`${REPO}#61`, many);
    const r = await pullRequestChanges(ctxFor(61, { changed_files: 3200 }), TOKEN, list);
    expect(r.changed).toBeUndefined();
    expect(r.warning).toMatch(/changes 3200 files and GitHub's API lists at most 3000/);
    // The payload's count alone is enough when the list stops short of the cap.
    gh.prFiles.set(`${REPO}#62`, many.slice(0, 10));
    const r2 = await pullRequestChanges(ctxFor(62, { changed_files: 3500 }), TOKEN, list);
    expect(r2.changed).toBeUndefined();
    expect(r2.warning).toMatch(/at most 3000/);
  });
});

describe('the PR example workflow', () => {
  it('runs the snippets of changed Markdown with changed-only (no git diff), with inputs action.yml declares', async () => {
    const { INPUT_NAMES } = await import('../../src/action/inputs.js');
    const yml = readFileSync(path.join(path.dirname(FIXTURES), '../../examples/workflows/pr-snippets.yml'), 'utf8');
    expect(yml).toMatch(/^permissions:\n {2}contents: read\n {2}pull-requests: write\b/m);
    const code = yml.replace(/^\s*#.*$/gm, '');
    expect(code).not.toMatch(/git diff|fetch-depth/);
    const step = /uses: sandbox-checks\/sandbox-checks@v1\n {8}with:\n((?: {10}.*\n?)+)/.exec(yml);
    expect(step).not.toBeNull();
    const withKeys = Object.fromEntries([...step![1]!.matchAll(/^ {10}([a-z-]+): *(.*?)(?: *#.*)?$/gm)].map((m) => [m[1], m[2]]));
    expect(withKeys['changed-only']).toBe('true');
    for (const k of Object.keys(withKeys)) expect(INPUT_NAMES as readonly string[]).toContain(k);
  });
});
