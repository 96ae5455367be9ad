// A local double of the parts of the GitHub API the Action uses, so tests can
// point GITHUB_API_URL at it and let @actions/github make real requests:
//   GET    /repos/:owner/:repo/issues/:n/comments   (paginated, Link header)
//   POST   /repos/:owner/:repo/issues/:n/comments
//   PATCH  /repos/:owner/:repo/issues/comments/:id
//   GET    /repos/:owner/:repo/pulls/:n/files        (paginated, at most 3000 files as GitHub)
//   GET    /repos/:owner/:repo/pulls/:n/comments     (review comments, paginated)
//   POST   /repos/:owner/:repo/pulls/:n/reviews      (comments only on lines of the PR's diff, as GitHub)
//   GET    /repos/:owner/:repo/issues                (state, labels, creator filters; paginated)
//   POST   /repos/:owner/:repo/issues                (labels that do not exist yet are made)
//   PATCH  /repos/:owner/:repo/issues/:n             (body, title, state, state_reason)
//   GET    /user                                     (403 for app/bot tokens, as GitHub)
//   POST   /graphql                                  (query { viewer { login } })
// It records every request and behaves like GitHub where the Action depends
// on it: 401 for unknown tokens, 403 "Resource not accessible by integration"
// for read-only tokens (fork PRs) and tokens without `issues: write`, 403 when
// editing someone else's comment, 422 for bodies over 65,536 characters.
// Every REST request is checked against GitHub's OpenAPI description first
// (openapi.ts): one that does not match is answered 422 and kept in `invalid`.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { validateRequest } from './openapi.js';

export interface Identity {
  /** Login as REST reports it, e.g. "github-actions[bot]". */
  login: string;
  type: 'Bot' | 'User';
  /** Login as GraphQL `viewer` reports it (defaults to `login`). */
  viewerLogin?: string;
  /** A fork PR's workflow token: reads work, writes get 403. */
  readOnly?: boolean;
  /** A token whose job `permissions:` leave out pull-requests: listing a PR's files gets 403. */
  noPullRequests?: boolean;
  /** A token without `issues: write`: opening, editing and closing issues gets 403. */
  noIssueWrite?: boolean;
}

export interface Issue {
  id: number;
  node_id: string;
  number: number;
  url: string;
  html_url: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: { id: number; name: string }[];
  user: { login: string; id: number; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Set on pull requests, which GitHub lists among issues. */
  pull_request?: { url: string };
}

/** One entry of "list pull request files", as GitHub answers it. */
export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes?: number;
  /** The unified diff; GitHub leaves it out for binary and very large files. */
  patch?: string;
  previous_filename?: string;
}

export interface Comment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

/** A review comment (one line or a range, on the new side), as GitHub stores it. */
export interface ReviewComment {
  id: number;
  pull_request_review_id: number;
  path: string;
  line: number;
  start_line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_side: 'LEFT' | 'RIGHT' | null;
  body: string;
  commit_id: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  token?: string;
}

const MAX_BODY = 65_536;
const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

export class GitHubDouble {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly tokens = new Map<string, Identity>();
  /** Comments per "owner/repo#number". */
  readonly comments = new Map<string, Comment[]>();
  /** Files per "owner/repo#number". */
  readonly prFiles = new Map<string, PullFile[]>();
  /** Review comments per "owner/repo#number". */
  readonly reviewComments = new Map<string, ReviewComment[]>();
  /** Reviews per "owner/repo#number". */
  readonly reviews = new Map<string, { id: number; body: string; event: string; commit_id: string }[]>();
  /** Issues (and pull requests, as GitHub lists them) per "owner/repo". */
  readonly issues = new Map<string, Issue[]>();
  /** Requests that did not match GitHub's OpenAPI description, with why. */
  readonly invalid: { method: string; path: string; problems: string[] }[] = [];
  /**
   * When set to n, "create an issue" answers (and lists the new issue) only
   * once n creations have arrived, or after 10 s: jobs that race to open one
   * really overlap.
   */
  issueCreateBarrier = 0;
  private waiting: (() => void)[] = [];
  private nextId = 1000;
  private nextNumber = 100;
  private server?: Server;

  addToken(token: string, identity: Identity): this {
    this.tokens.set(token, identity);
    return this;
  }

  commentsOf(repo: string, issue: number): Comment[] {
    const key = `${repo}#${issue}`;
    let list = this.comments.get(key);
    if (!list) this.comments.set(key, (list = []));
    return list;
  }

  issuesOf(repo: string): Issue[] {
    let list = this.issues.get(repo);
    if (!list) this.issues.set(repo, (list = []));
    return list;
  }

  /** Adds an issue (or, with `pull`, a pull request) as someone else. */
  seedIssue(repo: string, login: string, title: string, body: string, labels: string[] = [], o: { pull?: boolean; type?: 'Bot' | 'User' } = {}): Issue {
    const i = this.makeIssue(repo, login, o.type ?? 'User', title, body, labels);
    if (o.pull) i.pull_request = { url: `${this.url}/repos/${repo}/pulls/${i.number}` };
    this.issuesOf(repo).push(i);
    return i;
  }

  private makeIssue(repo: string, login: string, type: 'Bot' | 'User', title: string, body: string | null, labels: string[]): Issue {
    const id = this.nextId++;
    const number = this.nextNumber++;
    const now = new Date().toISOString();
    return {
      id,
      node_id: `I_${id}`,
      number,
      url: `${this.url}/repos/${repo}/issues/${number}`,
      html_url: `https://github.com/${repo}/issues/${number}`,
      title,
      body,
      state: 'open',
      state_reason: null,
      labels: labels.map((name, n) => ({ id: 7000 + n, name })),
      user: { login, id: login.length * 7919, type },
      created_at: now,
      updated_at: now,
      closed_at: null,
    };
  }

  /** Adds a comment as someone else (e.g. a person quoting our marker). */
  seedComment(repo: string, issue: number, login: string, body: string, type: 'Bot' | 'User' = 'User'): Comment {
    const c = this.makeComment(repo, issue, login, type, body);
    this.commentsOf(repo, issue).push(c);
    return c;
  }

  private makeComment(repo: string, issue: number, login: string, type: 'Bot' | 'User', body: string): Comment {
    const id = this.nextId++;
    const now = new Date().toISOString();
    return {
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${repo}/issues/${issue}`,
      body,
      user: { login, id: login.length * 7919, type },
      created_at: now,
      updated_at: now,
    };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e) => this.send(res, 500, { message: String(e) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  private paginate<T>(res: ServerResponse, path: string, query: Record<string, string>, all: T[]): void {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30)));
    const page = Math.max(1, Number(query.page ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const items = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => `<${this.url}${path}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    this.send(res, 200, items, links.length ? { link: links.join(', ') } : {});
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return this.send(res, 400, { message: 'Problems parsing JSON' });
    }
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query, body, token });

    const who = token ? this.tokens.get(token) : undefined;
    if (!who) return this.send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (url.pathname !== '/graphql') {
      const v = validateRequest(method, url.pathname, query, body);
      if (v.problems.length) {
        this.invalid.push({ method, path: url.pathname, problems: v.problems });
        return this.send(res, v.operationId ? 422 : 404, { message: v.operationId ? 'Validation Failed' : 'Not Found', errors: v.problems });
      }
    }

    let m: RegExpExecArray | null;
    if (method === 'POST' && url.pathname === '/graphql') {
      const q = (body as { query?: string })?.query ?? '';
      if (/viewer\s*\{\s*login/.test(q)) return this.send(res, 200, { data: { viewer: { login: who.viewerLogin ?? who.login } } });
      return this.send(res, 200, { errors: [{ message: 'the double only answers viewer { login }' }] });
    }
    if (method === 'GET' && url.pathname === '/user') {
      if (who.type === 'Bot') return this.send(res, 403, { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' });
      return this.send(res, 200, { login: who.login, id: 1, type: who.type });
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const [, repo, n] = m;
      const list = this.commentsOf(repo!, Number(n));
      if (method === 'GET') return this.paginate(res, url.pathname, query, list);
      if (method === 'POST') {
        if (who.readOnly) return this.send(res, 403, FORBIDDEN);
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== 'string' || !text) return this.send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
        if (text.length > MAX_BODY) return this.tooLong(res);
        const c = this.makeComment(repo!, Number(n), who.login, who.type, text);
        list.push(c);
        return this.send(res, 201, c);
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const id = Number(m[2]);
      const c = [...this.comments.values()].flat().find((x) => x.id === id);
      if (!c) return this.send(res, 404, { message: 'Not Found' });
      if (who.readOnly || c.user.login !== who.login) return this.send(res, 403, FORBIDDEN);
      const text = (body as { body?: unknown })?.body;
      if (typeof text !== 'string') return this.send(res, 422, { message: 'Validation Failed' });
      if (text.length > MAX_BODY) return this.tooLong(res);
      c.body = text;
      c.updated_at = new Date().toISOString();
      return this.send(res, 200, c);
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues$/.exec(url.pathname))) {
      const repo = m[1]!;
      const list = this.issuesOf(repo);
      if (method === 'GET') {
        const state = query.state ?? 'open';
        const labels = (query.labels ?? '').split(',').map((l) => l.trim()).filter(Boolean);
        const found = list
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => labels.every((l) => i.labels.some((x) => x.name.toLowerCase() === l.toLowerCase())))
          .filter((i) => !query.creator || i.user.login.toLowerCase() === query.creator.toLowerCase())
          .sort((a, b) => (query.direction === 'asc' ? a.number - b.number : b.number - a.number));
        return this.paginate(res, url.pathname, query, found);
      }
      if (method === 'POST') {
        if (who.readOnly || who.noIssueWrite) return this.send(res, 403, { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue' });
        const b = body as { title: string; body?: string; labels?: string[] };
        if ((b.body ?? '').length > MAX_BODY) return this.tooLong(res);
        const issue = this.makeIssue(repo, who.login, who.type, String(b.title), b.body ?? null, (b.labels ?? []).map(String));
        if (this.issueCreateBarrier > 0) {
          await new Promise<void>((resolve) => {
            this.waiting.push(resolve);
            if (this.waiting.length >= this.issueCreateBarrier) {
              for (const w of this.waiting.splice(0)) w();
              this.issueCreateBarrier = 0;
            } else setTimeout(resolve, 10_000);
          });
        }
        list.push(issue);
        return this.send(res, 201, issue);
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const issue = this.issuesOf(m[1]!).find((i) => i.number === Number(m![2]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      if (who.readOnly || who.noIssueWrite) return this.send(res, 403, { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/issues/issues#update-an-issue' });
      const b = body as { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: string | null };
      if (typeof b.body === 'string' && b.body.length > MAX_BODY) return this.tooLong(res);
      if (b.title !== undefined) issue.title = String(b.title);
      if (b.body !== undefined) issue.body = b.body;
      if (b.state && b.state !== issue.state) {
        issue.state = b.state;
        issue.state_reason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened';
        issue.closed_at = b.state === 'closed' ? new Date().toISOString() : null;
      }
      issue.updated_at = new Date().toISOString();
      return this.send(res, 200, issue);
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/comments$/.exec(url.pathname)) && method === 'GET') {
      return this.paginate(res, url.pathname, query, this.reviewComments.get(`${m[1]}#${m[2]}`) ?? []);
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/reviews$/.exec(url.pathname)) && method === 'POST') {
      if (who.readOnly || who.noPullRequests) return this.send(res, 403, { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request' });
      const key = `${m[1]}#${m[2]}`;
      const b = body as { commit_id?: string; body?: string; event?: string; comments?: { path: string; line?: number; start_line?: number; side?: string; start_side?: string; body: string }[] };
      if ((b.event === 'COMMENT' || b.event === 'REQUEST_CHANGES') && !b.body) return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Body is required'] });
      const files = this.prFiles.get(key) ?? [];
      // GitHub resolves each comment against the PR's diff and refuses the whole review if one line is not in it.
      for (const c of b.comments ?? []) {
        const f = files.find((x) => x.filename === c.path);
        if (!f) return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Path could not be resolved'] });
        const hunks = [...(f.patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)].map((h) => ({ start: Number(h[1]), end: Number(h[1]) + (h[2] === undefined ? 1 : Number(h[2])) - 1 }));
        const first = c.start_line ?? c.line ?? 0;
        const hunk = hunks.find((h) => h.start <= (c.line ?? 0) && (c.line ?? 0) <= h.end);
        if (c.line === undefined || !hunk) return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
        if (first > c.line || first < hunk.start) {
          return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Pull request review thread start line must be part of the same hunk as the line.'] });
        }
        if (c.body.length > MAX_BODY) return this.tooLong(res);
      }
      const id = this.nextId++;
      const list = this.reviews.get(key) ?? [];
      list.push({ id, body: b.body ?? '', event: b.event ?? 'PENDING', commit_id: b.commit_id ?? '' });
      this.reviews.set(key, list);
      const stored = this.reviewComments.get(key) ?? [];
      for (const c of b.comments ?? []) {
        const cid = this.nextId++;
        stored.push({
          id: cid,
          pull_request_review_id: id,
          path: c.path,
          line: c.line!,
          start_line: c.start_line ?? null,
          side: (c.side as 'RIGHT') ?? 'RIGHT',
          start_side: c.start_line === undefined ? null : ((c.start_side as 'RIGHT') ?? 'RIGHT'),
          body: c.body,
          commit_id: b.commit_id ?? '',
          user: { login: who.login, id: who.login.length * 7919, type: who.type },
          html_url: `https://github.com/${m[1]}/pull/${m[2]}#discussion_r${cid}`,
        });
      }
      this.reviewComments.set(key, stored);
      return this.send(res, 200, {
        id,
        node_id: `PRR_${id}`,
        user: { login: who.login, id: 1, type: who.type },
        body: b.body ?? '',
        state: b.event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
        html_url: `https://github.com/${m[1]}/pull/${m[2]}#pullrequestreview-${id}`,
        pull_request_url: `${this.url}/repos/${m[1]}/pulls/${m[2]}`,
        commit_id: b.commit_id ?? null,
        author_association: 'NONE',
        _links: { html: { href: '' }, pull_request: { href: '' } },
      });
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname)) && method === 'GET') {
      if (who.noPullRequests) return this.send(res, 403, { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files' });
      const files = (this.prFiles.get(`${m[1]}#${m[2]}`) ?? []).slice(0, 3000).map((f) => ({
        sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
        blob_url: `https://github.com/${m![1]}/blob/6dcb09b5b57875f334f61aebed695e2e4193db5e/${f.filename}`,
        changes: f.additions + f.deletions,
        ...f,
      }));
      return this.paginate(res, url.pathname, query, files);
    }
    return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private tooLong(res: ServerResponse): void {
    this.send(res, 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    });
  }
}
