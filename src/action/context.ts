// What the Action knows about the workflow run it is in: from the runner's
// environment and the event payload (GITHUB_EVENT_PATH).

import { existsSync, readFileSync } from 'node:fs';

import type { RunLinks } from '../report/markdown.js';

export interface RunContext {
  workspace: string;
  eventName?: string;
  owner?: string;
  repo?: string;
  workflow: string;
  job: string;
  runId?: string;
  runAttempt?: string;
  serverUrl: string;
  apiUrl: string;
  /** The PR (or issue) the run is about, when there is one. */
  pullNumber?: number;
  /** The commit that was checked (the PR head for pull requests). */
  sha?: string;
  /** The PR comes from a fork: the token is read-only and secrets are absent. */
  fork: boolean;
  /** The event carries a pull request (`pull_request`, `pull_request_target`, …), so its files can be listed. */
  pullRequestEvent: boolean;
  /** The PR's `changed_files` count in the event payload. */
  prChangedFiles?: number;
  tempDir: string;
}

interface Payload {
  pull_request?: {
    number?: number;
    changed_files?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  issue?: { number?: number; pull_request?: unknown };
  repository?: { full_name?: string };
}

/** Events whose payload is a pull request, whose files the API can list. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

function readPayload(env: NodeJS.ProcessEnv): Payload {
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Payload;
  } catch {
    return {};
  }
}

export function runContext(env: NodeJS.ProcessEnv, cwd: string, tmp: string): RunContext {
  const payload = readPayload(env);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '').split('/');
  const pr = payload.pull_request;
  const pullNumber = pr?.number ?? (payload.issue?.pull_request ? payload.issue.number : undefined);
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name;
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    eventName: env.GITHUB_EVENT_NAME,
    owner: owner || undefined,
    repo: repo || undefined,
    workflow: env.GITHUB_WORKFLOW || 'workflow',
    job: env.GITHUB_JOB || 'job',
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    pullNumber: typeof pullNumber === 'number' ? pullNumber : undefined,
    sha: pr?.head?.sha ?? env.GITHUB_SHA,
    fork: !!pr && (pr.head?.repo === null || (!!headRepo && !!baseRepo && headRepo !== baseRepo)),
    pullRequestEvent: PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') && typeof pr?.number === 'number',
    prChangedFiles: typeof pr?.changed_files === 'number' ? pr.changed_files : undefined,
    tempDir: env.RUNNER_TEMP || tmp,
  };
}

export function linksOf(c: RunContext): RunLinks {
  return {
    serverUrl: c.serverUrl,
    repository: c.owner && c.repo ? `${c.owner}/${c.repo}` : undefined,
    runId: c.runId,
    runAttempt: c.runAttempt,
    sha: c.sha,
  };
}
