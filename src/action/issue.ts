// Smoke tests that raise an issue (`issue: on-failure`). A run without a pull
// request that fails opens one issue, or updates the open one; a passing run
// closes it with a comment. The issue is found again by the hidden marker on
// its body's first line (workflow, job, comment-key, shard) and by the token's
// own login, among the open issues with our label.
//
// Matrix jobs: legs with the same marker (same workflow, job, key and shard)
// share one issue; legs told apart by `comment-key` or `shard` get one each.
// Two legs that fail at once may both create one: after creating, the Action
// lists again and keeps the oldest, closing its own as a duplicate of it.

import { ownLogin, sameLogin, type Octokit } from './github.js';
import { issueMarker } from '../report/comment.js';
import { addRow, historyRow, issueTitle, readHistory, renderIssue, type HistoryRow } from '../report/issue.js';
import type { RunLinks } from '../report/markdown.js';
import type { Outcome, Totals } from '../types.js';

export type IssueMode = 'never' | 'on-failure';

/** The label every issue of ours carries (made by GitHub on first use). */
const ISSUE_LABEL = 'sandbox-checks';

interface IssueRequest {
  owner: string;
  repo: string;
  marker: string;
  what: string;
  row: HistoryRow;
  totals: Totals;
  cancelled: boolean;
}

export interface IssueResult {
  action: 'opened' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
  /** Duplicates closed on the way (concurrent legs). */
  duplicates: number[];
}

interface ListedIssue {
  number: number;
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string; type?: string } | null;
  pull_request?: unknown;
}

/** Our open issues for this marker, oldest first. */
async function openIssues(octokit: Octokit, r: IssueRequest, login: string | undefined): Promise<ListedIssue[]> {
  const issues = (await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: r.owner,
    repo: r.repo,
    state: 'open',
    labels: ISSUE_LABEL,
    per_page: 100,
  })) as ListedIssue[];
  return issues
    .filter((i) => !i.pull_request && (i.body ?? '').split('\n', 1)[0]!.trim() === r.marker)
    .filter((i) => {
      const author = i.user?.login ?? '';
      // As for the PR comment: without a known login, trust only bot authors.
      return login ? sameLogin(author, login) : i.user?.type === 'Bot' || author.endsWith('[bot]');
    })
    .sort((a, b) => a.number - b.number);
}

async function syncIssue(octokit: Octokit, r: IssueRequest): Promise<IssueResult> {
  const failing = r.row.result !== 'passed';
  const login = await ownLogin(octokit);
  const repo = { owner: r.owner, repo: r.repo };
  const body = (history: HistoryRow[]) => renderIssue({ marker: r.marker, what: r.what, totals: r.totals, cancelled: r.cancelled, history, latestUrl: r.row.url });
  const found = await openIssues(octokit, r, login);
  const duplicates: number[] = [];
  const closeDuplicate = async (dup: ListedIssue, of: ListedIssue) => {
    await octokit.rest.issues.createComment({ ...repo, issue_number: dup.number, body: `Duplicate of #${of.number} (two jobs opened one at once); closing.` });
    await octokit.rest.issues.update({ ...repo, issue_number: dup.number, state: 'closed', state_reason: 'duplicate' });
    duplicates.push(dup.number);
  };

  if (!failing) {
    const [first, ...rest] = found;
    if (!first) return { action: 'none', duplicates };
    await octokit.rest.issues.update({ ...repo, issue_number: first.number, body: body(addRow(readHistory(first.body), r.row)) });
    const link = r.row.url ? ` [Run](${r.row.url}).` : '';
    await octokit.rest.issues.createComment({ ...repo, issue_number: first.number, body: `✅ sandbox-checks passed again (${r.row.total} ${r.row.total === 1 ? 'check' : 'checks'}); closing.${link}` });
    await octokit.rest.issues.update({ ...repo, issue_number: first.number, state: 'closed', state_reason: 'completed' });
    for (const dup of rest) await closeDuplicate(dup, first);
    return { action: 'closed', number: first.number, url: first.html_url, duplicates };
  }

  let [first, ...rest] = found;
  let action: IssueResult['action'] = 'updated';
  if (!first) {
    const history = addRow([], r.row);
    const made = await octokit.rest.issues.create({ ...repo, title: issueTitle(r.what), body: body(history), labels: [ISSUE_LABEL] });
    action = 'opened';
    // Another leg may have opened one at the same moment: the oldest stays.
    const again = await openIssues(octokit, r, login);
    const oldest = again[0];
    if (!oldest || oldest.number === made.data.number) return { action, number: made.data.number, url: made.data.html_url, duplicates };
    await closeDuplicate({ ...made.data, body: made.data.body ?? '' } as ListedIssue, oldest);
    first = oldest;
    rest = again.slice(1).filter((i) => i.number !== made.data.number);
    action = 'updated';
  }
  await octokit.rest.issues.update({ ...repo, issue_number: first.number, body: body(addRow(readHistory(first.body), r.row)) });
  for (const dup of rest) await closeDuplicate(dup, first);
  return { action, number: first.number, url: first.html_url, duplicates };
}

export interface IssueStepInput {
  mode: IssueMode;
  token?: string;
  key: string;
  ctx: { owner?: string; repo?: string; workflow: string; job: string; apiUrl: string; pullNumber?: number; links: RunLinks };
  outcomes: Outcome[];
  totals: Totals;
  cancelled: boolean;
  log: { info(m: string): void; warning(m: string): void };
}

/** The Action's issue step: decides whether it applies, talks to GitHub, and logs one line. */
export async function issueStep(i: IssueStepInput): Promise<IssueResult | undefined> {
  if (i.mode === 'never') return undefined;
  if (i.ctx.pullNumber !== undefined) {
    i.log.info('sandbox-checks: issue: this run is about a pull request, so no issue is opened (the PR comment reports it)');
    return undefined;
  }
  if (!i.ctx.owner || !i.ctx.repo) return undefined;
  if (!i.token) {
    i.log.warning('sandbox-checks: issue is "on-failure" but there is no github-token, so no issue was opened or updated');
    return undefined;
  }
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(i.token, { baseUrl: i.ctx.apiUrl, request: { signal: AbortSignal.timeout(60_000) } });
  const marker = issueMarker({ workflow: i.ctx.workflow, job: i.ctx.job, key: i.key });
  const what = `${i.ctx.workflow} / ${i.ctx.job}${i.key ? ` (${i.key})` : ''}`;
  try {
    const r = await syncIssue(octokit, {
      owner: i.ctx.owner,
      repo: i.ctx.repo,
      marker,
      what,
      row: historyRow(i.outcomes, i.totals, i.cancelled, i.ctx.links, new Date()),
      totals: i.totals,
      cancelled: i.cancelled,
    });
    const dups = r.duplicates.length ? ` (closed ${r.duplicates.map((n) => `#${n}`).join(', ')} as duplicates)` : '';
    if (r.action === 'none') i.log.info('sandbox-checks: issue: every check passed and no issue is open');
    else i.log.info(`sandbox-checks: issue #${r.number} ${r.action}: ${r.url}${dups}`);
    return r;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || /Resource not accessible by integration/i.test((e as Error).message)) {
      i.log.warning('sandbox-checks: the token may not write issues (403 Resource not accessible by integration). Give the job `permissions: issues: write`, or set `issue: never`. The results are in the job summary.');
    } else {
      i.log.warning(`sandbox-checks: could not open or update the issue${status ? ` (HTTP ${status})` : ''}: ${(e as Error).message}`);
    }
    return undefined;
  }
}
