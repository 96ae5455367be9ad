// `changed-only` in the Action: the files (and lines) the pull request
// changes, from the GitHub API's list of the PR's files, in the shape the
// snippet planner takes. Whenever that list cannot be had — not a pull
// request event, no token, a 403, more files than the API lists — the answer
// is "no change set" with one warning, and every snippet runs: running more
// than asked is safe, silently running less is not.

import { changedFromPullRequestFiles, type ChangedFiles } from '../plan/changed.js';
import { isForbidden, PR_FILES_LIMIT, type ListedPullFile, type PullRef } from './github.js';
import type { RunContext } from './context.js';

/** What the Action prints about the change set. */
export interface ChangedResult {
  /** The PR's changes, or undefined: run every snippet. */
  changed?: ChangedFiles;
  /** Why every snippet runs after all (printed once as a warning). */
  warning?: string;
  /** What was found (printed as info). */
  info?: string;
}

const MARKDOWN = /\.(md|markdown|mdown|mkd|mkdn|mdx)$/i;
const ALL = 'every snippet runs';

export async function pullRequestChanges(
  ctx: RunContext,
  token: string | undefined,
  list: (ref: PullRef) => Promise<ListedPullFile[]>,
): Promise<ChangedResult> {
  const what = 'changed-only';
  if (!ctx.pullRequestEvent || ctx.pullNumber === undefined) {
    return {
      warning: `sandbox-checks: ${what} needs a pull_request (or pull_request_target) event to know which files changed; this run is for "${ctx.eventName ?? 'no event'}", so ${ALL}.`,
    };
  }
  if (!ctx.owner || !ctx.repo) {
    return { warning: `sandbox-checks: ${what}: GITHUB_REPOSITORY is not set, so the pull request's files cannot be listed; ${ALL}.` };
  }
  if (!token) {
    return { warning: `sandbox-checks: ${what}: no github-token to list the pull request's files; ${ALL}.` };
  }
  let files: ListedPullFile[];
  try {
    files = await list({ owner: ctx.owner, repo: ctx.repo, pullNumber: ctx.pullNumber });
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (isForbidden(e)) {
      return {
        warning: `sandbox-checks: ${what}: the token may not list the pull request's files (403 Resource not accessible by integration; give the job \`permissions: pull-requests: read\`). Every snippet runs.`,
      };
    }
    return {
      warning: `sandbox-checks: ${what}: could not list the pull request's files${status ? ` (HTTP ${status})` : ''}: ${(e as Error).message}. Every snippet runs.`,
    };
  }
  if (files.length >= PR_FILES_LIMIT || (ctx.prChangedFiles ?? 0) > PR_FILES_LIMIT) {
    return {
      warning: `sandbox-checks: ${what}: the pull request changes ${Math.max(files.length, ctx.prChangedFiles ?? 0)} files and GitHub's API lists at most ${PR_FILES_LIMIT}, so the list may be incomplete; ${ALL}.`,
    };
  }
  // Deleted files have nothing to run; a renamed file counts as changed.
  const present = files.filter((f) => f.status !== 'removed');
  const markdown = present.filter((f) => MARKDOWN.test(f.filename)).length;
  const removed = files.length - present.length;
  return {
    changed: changedFromPullRequestFiles(present, ctx.workspace, `pull request #${ctx.pullNumber}`),
    info: `sandbox-checks: ${what}: pull request #${ctx.pullNumber} changes ${files.length} ${files.length === 1 ? 'file' : 'files'}, ${markdown} of them Markdown${
      removed ? ` (${removed} deleted, ignored)` : ''
    }`,
  };
}
