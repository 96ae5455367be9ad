// The GitHub double answers @actions/github's real requests like GitHub does
// where the Action depends on it, and the comment I/O (src/action/github.ts)
// behaves against it: find by marker + own login, update in place, modes.

import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findComment, ownLogin, upsertComment } from '../../src/action/github.js';
import { GitHubDouble } from './server.js';

const REPO = { owner: 'o', repo: 'r' };
let gh: GitHubDouble;
const octo = (token: string) => getOctokit(token, { baseUrl: gh.url });

beforeAll(async () => {
  gh = new GitHubDouble();
  await gh.start();
  gh.addToken('bot', { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot' });
  gh.addToken('pat', { login: 'octocat', type: 'User' });
  gh.addToken('fork', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
});
afterAll(() => gh.stop());

describe('the double', () => {
  it('pages comments with Link headers that octokit follows', async () => {
    for (let i = 0; i < 250; i++) gh.seedComment('o/r', 1, 'someone', `c${i}`);
    const all = await octo('bot').paginate(octo('bot').rest.issues.listComments, { ...REPO, issue_number: 1, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(gh.requests.filter((r) => r.path === '/repos/o/r/issues/1/comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('answers like GitHub: 401, 403 for bots on /user and read-only writes, 422 for long bodies', async () => {
    await expect(octo('nobody').rest.issues.listComments({ ...REPO, issue_number: 1 })).rejects.toMatchObject({ status: 401 });
    await expect(octo('bot').rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    expect((await octo('pat').rest.users.getAuthenticated()).data.login).toBe('octocat');
    await expect(octo('fork').rest.issues.createComment({ ...REPO, issue_number: 2, body: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    await expect(octo('bot').rest.issues.createComment({ ...REPO, issue_number: 2, body: 'x'.repeat(65_537) })).rejects.toMatchObject({ status: 422 });
    const mine = await octo('bot').rest.issues.createComment({ ...REPO, issue_number: 2, body: 'x'.repeat(65_536) });
    expect(mine.status).toBe(201);
    await expect(octo('pat').rest.issues.updateComment({ ...REPO, comment_id: mine.data.id, body: 'hijack' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('comment I/O', () => {
  const marker = '<!-- sandbox-checks workflow=W job=J key= -->';

  it('learns its own login from GraphQL viewer, falling back to GET /user', async () => {
    expect(await ownLogin(octo('bot'))).toBe('github-actions');
    expect(await ownLogin(octo('pat'))).toBe('octocat');
  });

  it('ignores comments by others that carry the marker', async () => {
    gh.seedComment('o/r', 3, 'mallory', `${marker} fake`);
    expect(await findComment(octo('bot'), { ...REPO, issueNumber: 3 }, marker, 'github-actions')).toBeUndefined();
    const ours = gh.seedComment('o/r', 3, 'github-actions[bot]', `${marker}\nreal`, 'Bot');
    expect((await findComment(octo('bot'), { ...REPO, issueNumber: 3 }, marker, 'github-actions'))?.id).toBe(ours.id);
    // Login unknown: only bot authors count.
    expect((await findComment(octo('bot'), { ...REPO, issueNumber: 3 }, marker, undefined))?.id).toBe(ours.id);
  });

  it('on-failure creates only when failing, but always updates an existing comment', async () => {
    const ref = { ...REPO, issueNumber: 4 };
    expect((await upsertComment(octo('bot'), ref, marker, `${marker}\ngreen`, { mode: 'on-failure', failing: false })).action).toBe('skipped');
    expect(gh.commentsOf('o/r', 4)).toHaveLength(0);
    expect((await upsertComment(octo('bot'), ref, marker, `${marker}\nred`, { mode: 'on-failure', failing: true })).action).toBe('created');
    expect((await upsertComment(octo('bot'), ref, marker, `${marker}\ngreen`, { mode: 'on-failure', failing: false })).action).toBe('updated');
    expect(gh.commentsOf('o/r', 4).map((c) => c.body)).toEqual([`${marker}\ngreen`]);
    const before = gh.requests.length;
    expect((await upsertComment(octo('bot'), ref, marker, 'x', { mode: 'never', failing: true })).action).toBe('skipped');
    expect(gh.requests.length).toBe(before);
  });
});

describe('requests are checked against GitHub\'s OpenAPI description', () => {
  it('refuses a body field, a query parameter or a value the operation does not describe, and keeps them', async () => {
    const before = gh.invalid.length;
    // Deliberately wrong calls: the types would refuse them, GitHub answers 422.
    const bot = octo('bot') as unknown as { request: (route: string, params: Record<string, unknown>) => Promise<unknown> };
    await expect(bot.request('POST /repos/{owner}/{repo}/issues', { ...REPO, body: 'no title' })).rejects.toMatchObject({ status: 422 });
    await expect(bot.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: 1, state: 'closed', state_reason: 'fixed' })).rejects.toMatchObject({ status: 422 });
    await expect(bot.request('GET /repos/{owner}/{repo}/issues', { ...REPO, label: 'x' })).rejects.toMatchObject({ status: 422 });
    await expect(bot.request('POST /repos/{owner}/{repo}/issues', { ...REPO, title: 't', labels: 'not-a-list' })).rejects.toMatchObject({ status: 422 });
    await expect(bot.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(bot.request('GET /repos/{owner}/{repo}/nonsense', REPO)).rejects.toMatchObject({ status: 404 });
    expect(gh.invalid.slice(before).map((i) => i.problems.join('; '))).toEqual([
      'body.title: required',
      'body.state_reason: "fixed" is not one of ["completed","not_planned","duplicate","reopened"]',
      'query label: not a parameter of issues/list-for-repo',
      'body.labels: expected array, got string',
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}: no such operation (the path has get, patch)',
      'GET /repos/o/r/nonsense: no such path in GitHub\'s REST API',
    ]);
    gh.invalid.splice(before);
  });

  it('answers the issue operations the Action uses', async () => {
    const bot = octo('bot');
    const made = await bot.rest.issues.create({ ...REPO, title: 'T', body: 'B', labels: ['sandbox-checks'] });
    expect(made.status).toBe(201);
    gh.seedIssue('o/r', 'someone', 'other', 'x', ['bug']);
    const listed = await bot.paginate(bot.rest.issues.listForRepo, { ...REPO, state: 'open', labels: 'sandbox-checks', per_page: 100 });
    expect(listed.map((i) => i.number)).toEqual([made.data.number]);
    const closed = await bot.rest.issues.update({ ...REPO, issue_number: made.data.number, state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(await bot.paginate(bot.rest.issues.listForRepo, { ...REPO, state: 'open', labels: 'sandbox-checks' })).toEqual([]);
    expect(gh.invalid).toEqual([]);
  });
});
