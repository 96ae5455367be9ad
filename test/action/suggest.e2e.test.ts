// suggest-updates end to end: the bundled dist/index.js on a pull_request
// event, real @actions/github against the GitHub double. Stale expected
// output becomes one review with a suggested change per stale range (the
// text `run --update` writes), only on lines of the PR's diff; hostile output
// stays inside its fence, secrets are redacted, and a re-run posts nothing
// twice. Off by default.

import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { suggestionMarker } from '../../src/report/suggestion.js';
import { chownTree, gitHubDoubleFor, FIXTURES, runAction, workspace } from './harness.js';
import { processedCommands } from './runner-commands.js';

const REPO = 'octo-org/sandbox-demo';
const TOKEN = 'ghs_suggestUpdatesToken0000000000000001';
const FORK_TOKEN = 'ghs_suggestForkToken000000000000000002';

const FENCE = '```';
const README = [
  '# Demo', //                                    1
  '', //                                          2
  `${FENCE}python`, //                            3
  'print(1 + 1)', //                              4
  FENCE, //                                       5
  `${FENCE}output`, //                            6
  '3', //                                         7
  FENCE, //                                       8
  '', //                                          9
  `${FENCE}pycon`, //                            10
  '>>> print("a" * 3)', //                       11
  'aa', //                                       12
  FENCE, //                                      13
  '', //                                         14
  `${FENCE}python`, //                           15
  'print("x " + "`" * 4 + " y")', //             16 prints a run of 4 backticks
  FENCE, //                                      17
  `${FENCE}output`, //                           18
  'old', //                                      19
  FENCE, //                                      20
  '', //                                         21
  `${FENCE}python`, //                           22 prints the workflow's token (built, so the file holds no secret)
  `print("ghs_suggestUpdates" + "Token0000000000000001")`, //   23
  FENCE, //                                      24
  `${FENCE}output`, //                           25
  'old', //                                      26
  FENCE, //                                      27
  '', //                                         28
  `${FENCE}python`, //                           29 a bidi override: never suggested
  'print("abc\\u202edcba")', //                  30
  FENCE, //                                      31
  `${FENCE}output`, //                           32
  'old', //                                      33
  FENCE, //                                      34
  '', //                                         35
  `${FENCE}python`, //                           36 outside the diff
  'print("far")', //                             37
  FENCE, //                                      38
  `${FENCE}output`, //                           39
  'near', //                                     40
  FENCE, //                                      41
  '',
].join('\n');

const FILES = {
  'README.md': README,
  // Not changed by the PR: no line of it can carry a suggestion.
  'docs/other.md': `${FENCE}python\nprint("now")\n${FENCE}\n${FENCE}output\nthen\n${FENCE}\n`,
};

const PATCH = `@@ -1,34 +1,34 @@\n # Demo\n \n ${FENCE}python\n-print(1 + 2)\n+print(1 + 1)\n`;

const gh = gitHubDoubleFor({
  [TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot' },
  [FORK_TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot', readOnly: true },
});
const headSha: string = JSON.parse(readFileSync(path.join(FIXTURES, 'pull_request.json'), 'utf8')).pull_request.head.sha;

function prEvent(n: number): object {
  const event = JSON.parse(readFileSync(path.join(FIXTURES, 'pull_request.json'), 'utf8'));
  event.number = event.pull_request.number = n;
  return event;
}

const reviewPosts = (since: number) => gh.requests.slice(since).filter((q) => q.method === 'POST' && /\/pulls\/\d+\/reviews$/.test(q.path));
const warnings = (stdout: string) => processedCommands(stdout).filter((c) => c.command === 'warning').map((c) => c.data);

/** The lines between a comment's suggestion fences. */
function suggested(body: string): string[] {
  const m = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(body);
  if (!m) throw new Error(`no suggestion block in ${body}`);
  return m[2]!.split('\n');
}

describe('suggest-updates', () => {
  it('is off by default: a stale output posts no review', async () => {
    gh.prFiles.set(`${REPO}#61`, [{ filename: 'README.md', status: 'modified', additions: 1, deletions: 1, patch: PATCH }]);
    const before = gh.requests.length;
    const r = await runAction({ workspace: workspace(FILES), inputs: { snippets: '**/*.md', 'github-token': TOKEN, comment: 'never' }, event: prEvent(61), apiUrl: gh.url });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(reviewPosts(before)).toEqual([]);
    expect(r.stdout).not.toContain('suggest-updates');
  }, 120_000);

  it('posts one review whose suggestions are what --update writes, only on the diff, safe and redacted; a re-run posts nothing twice', async () => {
    gh.prFiles.set(`${REPO}#62`, [{ filename: 'README.md', status: 'modified', additions: 1, deletions: 1, patch: PATCH }]);
    const ws = workspace(FILES);
    const before = gh.requests.length;
    const inputs = { snippets: '**/*.md', 'github-token': TOKEN, comment: 'never', 'suggest-updates': 'true' };
    const r = await runAction({ workspace: ws, inputs, event: prEvent(62), apiUrl: gh.url });
    // The checks still fail: a suggestion is not a fix until it is accepted.
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(warnings(r.stdout)).toEqual([]);
    const posts = reviewPosts(before);
    expect(posts).toHaveLength(1);
    const review = posts[0]!.body as { commit_id: string; event: string; body: string; comments: { path: string; line: number; start_line?: number; side: string; body: string }[] };
    expect(review.commit_id).toBe(headSha);
    expect(review.event).toBe('COMMENT');
    expect(review.comments.map((c) => [c.path, c.start_line, c.line, c.side])).toEqual([
      ['README.md', undefined, 7, 'RIGHT'],
      ['README.md', undefined, 12, 'RIGHT'],
      ['README.md', undefined, 19, 'RIGHT'],
      ['README.md', undefined, 26, 'RIGHT'],
    ]);
    const [sum, doctest, ticks, token] = review.comments.map((c) => c.body);
    expect(suggested(sum!)).toEqual(['2']);
    expect(suggested(doctest!)).toEqual(['aaa']);
    // Four backticks in the output: the fence has five, so the output cannot close it.
    expect(ticks).toMatch(/^`{5}suggestion\nx `{4} y\n`{5}$/m);
    expect(suggested(token!)).toEqual(['***']);
    expect(JSON.stringify(review)).not.toContain('Token0000000000000001');
    // The ones not posted are named in the log.
    expect(r.stdout).toMatch(/suggest-updates: README\.md:29 \(python\): not suggested, the output holds invisible or bidi characters/);
    expect(r.stdout).toMatch(/suggest-updates: README\.md:36 \(python\): not suggested, README\.md:40 is outside the lines the pull request's diff shows/);
    expect(r.stdout).toMatch(/suggest-updates: docs\/other\.md:1 \(python\): docs\/other\.md is not changed by the pull request/);
    expect(r.stdout).toContain('suggest-updates: 4 suggestions posted: https://github.com/octo-org/sandbox-demo/pull/62#pullrequestreview-');
    // The double stored them as GitHub would, by the token's login.
    expect(gh.reviewComments.get(`${REPO}#62`)?.map((c) => [c.user.login, c.line])).toEqual([
      ['github-actions[bot]', 7],
      ['github-actions[bot]', 12],
      ['github-actions[bot]', 19],
      ['github-actions[bot]', 26],
    ]);
    // The suggestions, applied, are the file `run --update` would write.
    const applied = README.split('\n');
    for (const c of [...review.comments].reverse()) applied.splice((c.start_line ?? c.line) - 1, c.line - (c.start_line ?? c.line) + 1, ...suggested(c.body));
    expect(applied.slice(5, 27)).toEqual(
      [`${FENCE}output`, '2', FENCE, '', `${FENCE}pycon`, '>>> print("a" * 3)', 'aaa', FENCE, '', `${FENCE}python`, 'print("x " + "`" * 4 + " y")', FENCE, `${FENCE}output`, 'x ```` y', FENCE, '', `${FENCE}python`, 'print("ghs_suggestUpdates" + "Token0000000000000001")', FENCE, `${FENCE}output`, '***', FENCE],
    );

    const again = gh.requests.length;
    const r2 = await runAction({ workspace: ws, inputs, event: prEvent(62), apiUrl: gh.url });
    expect(r2.code).toBe(1);
    expect(reviewPosts(again)).toEqual([]);
    expect(r2.stdout).toContain('suggest-updates: the 4 suggestions are already on the pull request');
  }, 240_000);

  it("someone else's comment with the same marker does not hold the suggestion back", async () => {
    gh.prFiles.set(`${REPO}#64`, [{ filename: 'README.md', status: 'modified', additions: 1, deletions: 1, patch: PATCH }]);
    gh.reviewComments.set(`${REPO}#64`, [
      {
        id: 1,
        pull_request_review_id: 1,
        path: 'README.md',
        line: 7,
        start_line: null,
        side: 'RIGHT',
        start_side: null,
        body: `${suggestionMarker('README.md', 7, 7, '2')}\nlooks like yours`,
        commit_id: headSha,
        user: { login: 'mallory', id: 5, type: 'User' },
        html_url: 'https://github.com/octo-org/sandbox-demo/pull/64#discussion_r1',
      },
    ]);
    const before = gh.requests.length;
    const r = await runAction({
      workspace: workspace({ 'README.md': README.split('\n').slice(0, 9).join('\n') }),
      inputs: { snippets: '**/*.md', 'github-token': TOKEN, comment: 'never', 'suggest-updates': 'true' },
      event: prEvent(64),
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const posts = reviewPosts(before);
    expect(posts).toHaveLength(1);
    expect((posts[0]!.body as { comments: { line: number }[] }).comments.map((c) => c.line)).toEqual([7]);
  }, 120_000);

  it('as an unprivileged user (uid 1000), as on a self-hosted runner: the same suggestion', async () => {
    gh.prFiles.set(`${REPO}#65`, [{ filename: 'README.md', status: 'modified', additions: 1, deletions: 1, patch: PATCH }]);
    const ws = workspace({ 'README.md': README.split('\n').slice(0, 9).join('\n') });
    chmodSync(ws, 0o755);
    chownTree(ws, 1000);
    const before = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      inputs: { snippets: '**/*.md', 'github-token': TOKEN, comment: 'never', 'suggest-updates': 'true' },
      event: prEvent(65),
      apiUrl: gh.url,
      asUser: 1000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const posts = reviewPosts(before);
    expect(posts, r.stdout).toHaveLength(1);
    const comments = (posts[0]!.body as { comments: { line: number; body: string }[] }).comments;
    expect(comments.map((c) => [c.line, suggested(c.body)])).toEqual([[7, ['2']]]);
  }, 120_000);

  it('from a fork (read-only token): one warning, no review, the result unchanged', async () => {
    gh.prFiles.set(`${REPO}#63`, [{ filename: 'README.md', status: 'modified', additions: 1, deletions: 1, patch: PATCH }]);
    const r = await runAction({
      workspace: workspace({ 'README.md': README.split('\n').slice(0, 9).join('\n') }),
      inputs: { snippets: '**/*.md', 'github-token': FORK_TOKEN, comment: 'never', 'suggest-updates': 'true' },
      event: prEvent(63),
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(warnings(r.stdout).filter((w) => w.includes('suggest-updates'))).toEqual([
      expect.stringMatching(/suggest-updates: the token may not post reviews \(403\); give the job `permissions: pull-requests: write`/),
    ]);
    expect(gh.reviews.get(`${REPO}#63`)).toBeUndefined();
  }, 120_000);

  it('on a push (no pull request): says how many outputs are stale and posts nothing', async () => {
    const before = gh.requests.length;
    const r = await runAction({
      workspace: workspace({ 'README.md': README.split('\n').slice(0, 9).join('\n') }),
      inputs: { snippets: '**/*.md', 'github-token': TOKEN, comment: 'never', 'suggest-updates': 'true' },
      event: { ref: 'refs/heads/main', repository: { full_name: REPO } },
      eventName: 'push',
      apiUrl: gh.url,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('suggest-updates: 1 stale expected output, but this run has no pull request to suggest changes on');
    expect(gh.requests.slice(before)).toEqual([]);
  }, 120_000);
});
