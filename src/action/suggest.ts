// `suggest-updates: true`: the Action's `--update`. When a block's expected
// output is stale, one pull-request review carries a suggested change per
// stale range (rendered by report/suggestion.ts from the same edits the CLI
// writes), so the author can accept it with a click. Only lines of files the
// pull request changes can carry one; the rest are listed in the log.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { hunkRanges, type LineRange } from '../plan/changed.js';
import { blessEdits } from '../report/update.js';
import { suggestionComments } from '../report/suggestion.js';
import { startsWithMarker } from '../trust/text.js';
import type { Redactor } from '../trust/secrets.js';
import type { Check, Outcome } from '../types.js';
import type { RunContext } from './context.js';
import { isForbidden, isOwnComment, listPullRequestFiles, ownLogin, type Octokit } from './github.js';

interface SuggestLog {
  info(m: string): void;
  warning(m: string): void;
}

export interface SuggestInput {
  checks: Check[];
  outcomes: Outcome[];
  ctx: RunContext;
  token?: string;
  redactor: Redactor;
  log: SuggestLog;
  octokit?: (token: string) => Promise<Octokit>;
}

const HINT = 'run `sandbox-checks run --update` locally to rewrite them';

export async function suggestUpdates(o: SuggestInput): Promise<void> {
  const { ctx, log } = o;
  // Edits are made against the workspace copy: a check's source file is workspace-relative, its bless file relative to its config.
  const checks = o.checks.map((c) => (c.bless && c.source?.file ? { ...c, bless: { ...c.bless, file: c.source.file } } : c));
  const refused: string[] = [];
  const read = (file: string) => readFileSync(path.join(ctx.workspace, file), 'utf8');
  const edits = blessEdits(checks, o.outcomes, read, refused);
  for (const r of refused) log.info(`sandbox-checks: suggest-updates: ${o.redactor.text(r)}`);
  if (!edits.size) return;
  const n = [...edits.values()].reduce((a, e) => a + e.length, 0);
  if (ctx.pullNumber === undefined || !ctx.owner || !ctx.repo || !ctx.pullRequestEvent) {
    return log.info(`sandbox-checks: suggest-updates: ${n} stale expected ${n === 1 ? 'output' : 'outputs'}, but this run has no pull request to suggest changes on; ${HINT}`);
  }
  if (!o.token) return log.warning(`sandbox-checks: suggest-updates: ${n} stale expected ${n === 1 ? 'output' : 'outputs'}, but there is no github-token to post suggestions with; ${HINT}`);
  const octokit = await (o.octokit ?? defaultOctokit(ctx))(o.token);
  const ref = { owner: ctx.owner, repo: ctx.repo, pullNumber: ctx.pullNumber };
  try {
    const diff = new Map<string, LineRange[] | undefined>();
    for (const f of await listPullRequestFiles(octokit, ref)) if (f.status !== 'removed') diff.set(f.filename, f.patch ? hunkRanges(f.patch) : undefined);
    const s = suggestionComments(edits, read, diff, (t) => o.redactor.text(t));
    for (const m of s.skipped) log.info(`sandbox-checks: suggest-updates: ${m}`);
    if (!s.comments.length) return log.info(`sandbox-checks: suggest-updates: no suggestion could be placed on the pull request's diff; ${HINT}`);
    // A re-run of the same commit posts nothing twice: the same edit at the same lines has the same marker.
    const login = await ownLogin(octokit);
    const existing = (await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner: ref.owner, repo: ref.repo, pull_number: ref.pullNumber, per_page: 100 })) as {
      body?: string;
      user?: { login?: string; type?: string } | null;
    }[];
    // Only our own earlier comments count: anyone else's copy of a marker must not hold a suggestion back.
    const ours = existing.filter((c) => isOwnComment(c.user, login));
    const fresh = s.comments.filter((c) => !ours.some((e) => startsWithMarker(e.body, c.body.split('\n', 1)[0]!)));
    if (!fresh.length) return log.info(`sandbox-checks: suggest-updates: the ${s.comments.length === 1 ? 'suggestion is' : `${s.comments.length} suggestions are`} already on the pull request`);
    const r = await octokit.rest.pulls.createReview({
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      ...(ctx.sha ? { commit_id: ctx.sha } : {}),
      event: 'COMMENT',
      body: `sandbox-checks: ${fresh.length} expected ${fresh.length === 1 ? 'output is' : 'outputs are'} stale; each suggestion below replaces one with what the block prints now.`,
      comments: fresh,
    });
    log.info(`sandbox-checks: suggest-updates: ${fresh.length} ${fresh.length === 1 ? 'suggestion' : 'suggestions'} posted${r.data.html_url ? `: ${r.data.html_url}` : ''}`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (isForbidden(e)) {
      log.warning(
        ctx.fork
          ? 'sandbox-checks: suggest-updates: this pull request comes from a fork, so the workflow token is read-only and no review could be posted; ' + HINT
          : 'sandbox-checks: suggest-updates: the token may not post reviews (403); give the job `permissions: pull-requests: write`, or ' + HINT,
      );
    } else {
      log.warning(`sandbox-checks: suggest-updates: could not post the suggestions${status ? ` (HTTP ${status})` : ''}: ${o.redactor.text((e as Error).message)}; ${HINT}`);
    }
  }
}

function defaultOctokit(ctx: RunContext): (token: string) => Promise<Octokit> {
  return async (token) => {
    const { getOctokit } = await import('@actions/github');
    return getOctokit(token, { baseUrl: ctx.apiUrl, request: { signal: AbortSignal.timeout(60_000) } });
  };
}
