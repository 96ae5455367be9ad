// The Action's GitHub I/O: the sticky PR comment (find ours by its hidden marker
// and the token's own login, then update it in place or create it) and the
// pull request's file list. Rendering lives in src/report/; this module only
// talks to the GitHub REST/GraphQL API.

import type { getOctokit } from '@actions/github';
import { startsWithMarker } from '../trust/text.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface IssueRef {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentMode = 'always' | 'on-failure' | 'never';

export interface CommentResult {
  action: 'created' | 'updated' | 'skipped';
  id?: number;
  url?: string;
  /** Why nothing was written, for the log. */
  reason?: string;
}

/** The API error of a read-only token (fork PRs, missing `pull-requests: write`). */
export function isForbidden(e: unknown): boolean {
  const err = e as { status?: number; message?: string };
  return err?.status === 403 || /Resource not accessible by integration/i.test(err?.message ?? '');
}

/** "github-actions[bot]" and "github-actions" name the same author. */
export function sameLogin(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '');
  return norm(a) === norm(b);
}

/**
 * The login the token acts as. GraphQL `viewer` works for the workflow token
 * (an installation token, for which `GET /user` is forbidden) and for
 * personal tokens; `GET /user` is the fallback.
 */
export async function ownLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    const r = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (r?.viewer?.login) return r.viewer.login;
  } catch {
    /* fall through */
  }
  try {
    const r = await octokit.rest.users.getAuthenticated();
    return r.data.login;
  } catch {
    return undefined;
  }
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

/**
 * Whether `user` wrote a comment as this token: its login when known, else
 * only bot authors (the workflow token's comments). Anyone else's copy of our
 * marker is theirs, not ours.
 */
export function isOwnComment(user: { login?: string; type?: string } | null | undefined, login: string | undefined): boolean {
  const author = user?.login ?? '';
  return login ? sameLogin(author, login) : user?.type === 'Bot' || author.endsWith('[bot]');
}

/** Our earlier comment on the issue, if any: its first line is `marker` and it is by `login`. */
export async function findComment(
  octokit: Octokit,
  ref: IssueRef,
  marker: string,
  login: string | undefined,
): Promise<ListedComment | undefined> {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: ref.owner,
    repo: ref.repo,
    issue_number: ref.issueNumber,
    per_page: 100,
  })) as ListedComment[];
  return comments.find((c) => {
    // Only as the first line: output quoted further down may carry marker-like text.
    return startsWithMarker(c.body, marker) && isOwnComment(c.user, login);
  });
}

/**
 * Creates or updates the sticky comment. With `on-failure`, a passing run
 * only updates an existing comment (so a red comment turns green) and never
 * creates one.
 */
export async function upsertComment(
  octokit: Octokit,
  ref: IssueRef,
  marker: string,
  body: string,
  opts: { mode: CommentMode; failing: boolean },
): Promise<CommentResult> {
  if (opts.mode === 'never') return { action: 'skipped', reason: 'comment is "never"' };
  const login = await ownLogin(octokit);
  const existing = await findComment(octokit, ref, marker, login);
  if (existing) {
    const r = await octokit.rest.issues.updateComment({ owner: ref.owner, repo: ref.repo, comment_id: existing.id, body });
    return { action: 'updated', id: r.data.id, url: r.data.html_url };
  }
  if (opts.mode === 'on-failure' && !opts.failing) {
    return { action: 'skipped', reason: 'every check passed and there is no earlier comment to update (comment is "on-failure")' };
  }
  const r = await octokit.rest.issues.createComment({ owner: ref.owner, repo: ref.repo, issue_number: ref.issueNumber, body });
  return { action: 'created', id: r.data.id, url: r.data.html_url };
}

/** GitHub's "list pull request files" endpoint returns at most this many files. */
export const PR_FILES_LIMIT = 3000;

export interface PullRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** One file of a pull request, as the API lists it (the fields sandbox-checks reads). */
export interface ListedPullFile {
  filename: string;
  status?: string;
  patch?: string;
  previous_filename?: string;
}

/**
 * The files a pull request changes: every page of
 * GET /repos/{owner}/{repo}/pulls/{n}/files (100 per page). GitHub stops at
 * 3000 files (PR_FILES_LIMIT); a list that long may be incomplete.
 */
export async function listPullRequestFiles(octokit: Octokit, ref: PullRef): Promise<ListedPullFile[]> {
  const files = (await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.pullNumber,
    per_page: 100,
  })) as ListedPullFile[];
  return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch ?? undefined, previous_filename: f.previous_filename }));
}
