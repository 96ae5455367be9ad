// Smoke tests that raise an issue: the bundled Action on a schedule event,
// against the GitHub double (which checks every request against GitHub's
// OpenAPI description). Open on failure, update on the next failure and on a
// rerun, close with a comment on a pass, never a duplicate.

import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { issueMarker } from '../../src/report/comment.js';
import { readHistory } from '../../src/report/issue.js';
import { type Issue } from '../github-double/server.js';
import { gitHubDoubleFor, runAction, workspace } from './harness.js';
import { processedCommands } from './runner-commands.js';

const REPO = 'octo-org/sandbox-demo';
const TOKEN = 'ghs_issueWorkflowToken000000000000000001';
const NO_ISSUES = 'ghs_issueNoWriteToken0000000000000000002';
const schedule = { schedule: '17 6 * * *', repository: { full_name: REPO } };

const gh = gitHubDoubleFor({
  [TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot' },
  [NO_ISSUES]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot', noIssueWrite: true },
});

const smoke = (workflow: string, extra: { attempt?: string; runId?: string; inputs?: Record<string, string>; token?: string } = {}) =>
  (ws: string) =>
    runAction({
      workspace: ws,
      inputs: { files: '*.py', 'github-token': extra.token ?? TOKEN, issue: 'on-failure', ...extra.inputs },
      event: schedule,
      eventName: 'schedule',
      apiUrl: gh.url,
      env: { GITHUB_WORKFLOW: workflow, GITHUB_RUN_ATTEMPT: extra.attempt ?? '1', GITHUB_RUN_ID: extra.runId ?? '500' },
    });

const ourIssues = (workflow: string, key = '') => {
  const marker = issueMarker({ workflow, job: 'snippets', key });
  return gh.issuesOf(REPO).filter((i) => !i.pull_request && i.body?.split('\n')[0] === marker && i.user.login === 'github-actions[bot]');
};
const open = (list: Issue[]) => list.filter((i) => i.state === 'open');

const RED = { 'ok.py': 'print("ok")\n', 'broken.py': 'raise SystemExit(3)\n' };
const GREEN = { 'ok.py': 'print("ok")\n' };

describe('issue: on-failure', () => {
  it('opens one issue on a failing scheduled run, updates it on a rerun and the next run, and closes it on a pass', async () => {
    const wf = 'Nightly';
    // Look-alikes that must be left alone: a person's issue with our marker, a pull request with it.
    const marker = issueMarker({ workflow: wf, job: 'snippets', key: '' });
    const mallory = gh.seedIssue(REPO, 'mallory', 'fake', `${marker}\nI copied the marker`, ['sandbox-checks']);
    const pr = gh.seedIssue(REPO, 'github-actions[bot]', 'a PR', `${marker}\n`, ['sandbox-checks'], { pull: true, type: 'Bot' });

    const red = await smoke(wf, { runId: '501' })(workspace(RED));
    expect(red.code, red.stdout).toBe(1);
    let mine = ourIssues(wf);
    expect(mine).toHaveLength(1);
    const issue = mine[0]!;
    expect(issue.state).toBe('open');
    expect(issue.labels.map((l) => l.name)).toEqual(['sandbox-checks']);
    expect(issue.title).toBe('sandbox-checks: Nightly / snippets is failing');
    expect(issue.body).toContain('❌ The latest run failed');
    expect(issue.body).toContain('<code>broken.py</code>');
    expect(issue.body).toContain('https://github.com/octo-org/sandbox-demo/actions/runs/501');
    expect(readHistory(issue.body)).toMatchObject([{ run: '501/1', result: 'failed', failed: ['broken.py'], problems: 1, total: 2 }]);
    expect(processedCommands(red.stdout).some((c) => c.command === 'warning')).toBe(false);
    expect(red.stdout).toContain(`sandbox-checks: issue #${issue.number} opened`);

    // A rerun of the same run (attempt 2) and the next scheduled run update the same issue.
    const rerun = await smoke(wf, { runId: '501', attempt: '2' })(workspace(RED));
    expect(rerun.code).toBe(1);
    const next = await smoke(wf, { runId: '502' })(workspace(RED));
    expect(next.code).toBe(1);
    mine = ourIssues(wf);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.number).toBe(issue.number);
    const rows = readHistory(mine[0]!.body);
    expect(rows.map((r) => r.run)).toEqual(['501/1', '501/2', '502/1']);
    // The table shows the newest run first, one row per run.
    const table = mine[0]!.body!.split('\n').filter((l) => l.startsWith('| 20'));
    expect(table).toHaveLength(3);
    expect(table[0]).toContain('actions/runs/502');

    const green = await smoke(wf, { runId: '503' })(workspace(GREEN));
    expect(green.code, green.stdout).toBe(0);
    mine = ourIssues(wf);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.state).toBe('closed');
    expect(mine[0]!.state_reason).toBe('completed');
    expect(readHistory(mine[0]!.body).map((r) => r.result)).toEqual(['failed', 'failed', 'failed', 'passed']);
    expect(mine[0]!.body).toContain('✅ The latest run passed');
    const closing = gh.commentsOf(REPO, issue.number);
    expect(closing).toHaveLength(1);
    expect(closing[0]!.body).toMatch(/^✅ sandbox-checks passed again \(1 check\); closing\./);

    // Another green run: nothing is written.
    const writes = gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length;
    const again = await smoke(wf, { runId: '504' })(workspace(GREEN));
    expect(again.code).toBe(0);
    expect(gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length).toBe(writes);
    expect(again.stdout).toContain('no issue is open');

    // The next failure opens a new issue (the closed one stays closed).
    await smoke(wf, { runId: '505' })(workspace(RED));
    expect(open(ourIssues(wf))).toHaveLength(1);
    expect(open(ourIssues(wf))[0]!.number).not.toBe(issue.number);
    expect(mallory.state).toBe('open');
    expect(mallory.body).toBe(`${marker}\nI copied the marker`);
    expect(pr.state).toBe('open');
  });

  it('matrix legs: one issue per comment-key, and legs that share a key never leave two open', async () => {
    const wf = 'Matrix';
    // No creation is answered before all four legs have asked for one.
    gh.issueCreateBarrier = 4;
    const legs = await Promise.all([
      smoke(wf, { inputs: { 'comment-key': 'ubuntu' } })(workspace(RED)),
      smoke(wf, { inputs: { 'comment-key': 'ubuntu-arm' } })(workspace(RED)),
      // Two legs with the same key, at the same time.
      smoke(wf)(workspace(RED)),
      smoke(wf)(workspace(RED)),
    ]);
    for (const l of legs) expect(l.code, l.stdout).toBe(1);
    expect(open(ourIssues(wf, 'ubuntu'))).toHaveLength(1);
    expect(open(ourIssues(wf, 'ubuntu-arm'))).toHaveLength(1);
    const shared = ourIssues(wf);
    expect(open(shared)).toHaveLength(1);
    // Both same-key legs opened one; the younger was closed as its duplicate, and the survivor has both rows.
    expect(shared).toHaveLength(2);
    const dup = shared.find((i) => i.state === 'closed')!;
    expect(dup.state_reason).toBe('duplicate');
    expect(dup.number).toBeGreaterThan(open(shared)[0]!.number);
    expect(readHistory(open(shared)[0]!.body)).toHaveLength(1); // same run and attempt: one row
    expect(open(ourIssues(wf, 'ubuntu'))[0]!.title).toBe('sandbox-checks: Matrix / snippets (ubuntu) is failing');
  });

  it('keeps the oldest of two open duplicates and closes the other', async () => {
    const wf = 'Dupes';
    const marker = issueMarker({ workflow: wf, job: 'snippets', key: '' });
    const a = gh.seedIssue(REPO, 'github-actions[bot]', 't', `${marker}\nfirst`, ['sandbox-checks'], { type: 'Bot' });
    const b = gh.seedIssue(REPO, 'github-actions[bot]', 't', `${marker}\nsecond`, ['sandbox-checks'], { type: 'Bot' });
    const r = await smoke(wf)(workspace(RED));
    expect(r.code).toBe(1);
    expect(a.state).toBe('open');
    expect(a.body).toContain('❌ The latest run failed');
    expect(b.state).toBe('closed');
    expect(b.state_reason).toBe('duplicate');
    expect(gh.commentsOf(REPO, b.number)[0]!.body).toContain(`Duplicate of #${a.number}`);
  });

  it('reads hostile history back only for its shape', async () => {
    const wf = 'Hostile';
    const marker = issueMarker({ workflow: wf, job: 'snippets', key: '' });
    const evil = Buffer.from(JSON.stringify([
      { at: '2026-01-01T00:00:00Z', run: '1/1', result: 'failed', failed: ['<img src=x onerror=alert(1)> | @admin'], problems: 1, total: 1, url: 'javascript:alert(1)' },
      { at: 'not a date', run: '2/1', result: 'failed' },
      'garbage',
    ])).toString('base64');
    const seeded = gh.seedIssue(REPO, 'github-actions[bot]', 't', `${marker}\n<!-- sandbox-checks-history ${evil} -->`, ['sandbox-checks'], { type: 'Bot' });
    const r = await smoke(wf, { runId: '900' })(workspace(RED));
    expect(r.code).toBe(1);
    const rows = readHistory(seeded.body);
    expect(rows.map((x) => x.run)).toEqual(['1/1', '900/1']);
    expect(rows[0]!.url).toBeUndefined();
    expect(seeded.body).not.toContain('<img');
    expect(seeded.body).not.toContain('javascript:');
    expect(seeded.body).toContain('&lt;img src=x onerror=alert(1)&gt; &#124; @admin');
  });

  it('warns with the permission to add when the token may not write issues, and the step result stays the checks\'', async () => {
    const r = await smoke('NoPerm', { token: NO_ISSUES })(workspace(RED));
    expect(r.code).toBe(1);
    const warnings = processedCommands(r.stdout).filter((c) => c.command === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toContain('permissions: issues: write');
    expect(ourIssues('NoPerm')).toHaveLength(0);
  });

  it('opens no issue on a pull request or with issue: never', async () => {
    const before = gh.requests.filter((q) => q.path.endsWith('/issues')).length;
    const pr = await runAction({ workspace: workspace(RED), inputs: { files: '*.py', 'github-token': TOKEN, issue: 'on-failure', comment: 'never' }, event: 'pull_request.json', apiUrl: gh.url, env: { GITHUB_WORKFLOW: 'PRs' } });
    expect(pr.code).toBe(1);
    expect(pr.stdout).toContain('this run is about a pull request');
    const never = await runAction({ workspace: workspace(RED), inputs: { files: '*.py', 'github-token': TOKEN }, event: schedule, eventName: 'schedule', apiUrl: gh.url, env: { GITHUB_WORKFLOW: 'Never' } });
    expect(never.code).toBe(1);
    expect(gh.requests.filter((q) => q.path.endsWith('/issues')).length).toBe(before);
  });

  it('puts per-phase timings and create latency percentiles in the results JSON and the job summary', async () => {
    const r = await runAction({ workspace: workspace({ 'a.py': 'print(1)\n', 'b.py': 'print(2)\n', 'c.py': 'print(3)\n' }), inputs: { files: '*.py' }, event: schedule, eventName: 'schedule' });
    expect(r.code, r.stdout).toBe(0);
    const json = JSON.parse(readFileSync(r.outputs['results-path']!, 'utf8'));
    for (const c of json.checks) {
      for (const k of ['createMs', 'uploadMs', 'runMs', 'teardownMs']) expect(c.phases[k], `${c.name} ${k}`).toBeTypeOf('number');
      expect(c.phases.installMs).toBeUndefined(); // no packages
      expect(c.phases.runMs).toBeLessThanOrEqual(c.durationMs);
    }
    const create = json.checks.map((c: { phases: { createMs: number } }) => c.phases.createMs).sort((x: number, y: number) => x - y);
    expect(json.timings.phases.create).toEqual({ count: 3, totalMs: create[0] + create[1] + create[2], p50Ms: create[1], p95Ms: create[2], maxMs: create[2] });
    expect(Object.keys(json.timings.phases)).toEqual(['create', 'upload', 'run', 'teardown']);
    expect(r.summary).toMatch(/Time per phase, summed over checks: create [\d.]+ m?s \(p50 [\d.]+ m?s · p95 [\d.]+ m?s\) · upload .* · run .* · teardown /);
  });
});
