// Runs the bundled Action (dist/index.js) the way the runner does: Node 24,
// inputs as INPUT_<NAME> (upper case, hyphens kept), the runner's files
// (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE) and event payload.

import { spawn } from 'node:child_process';
import { existsSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, expect } from 'vitest';

import { GitHubDouble, type Identity } from '../github-double/server.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE24 = path.join(ROOT, 'node_modules/.bin/node');
export const FIXTURES = path.join(ROOT, 'test/action/fixtures');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  ms: number;
  dir: string;
}

export interface RunOptions {
  workspace: string;
  inputs: Record<string, string>;
  /** A fixture file name (pull_request.json, …) or a payload object. */
  event?: string | object;
  eventName?: string;
  apiUrl?: string;
  env?: Record<string, string>;
  entry?: string;
  /** State from an earlier step, for the post step. */
  state?: Record<string, string>;
  timeoutMs?: number;
  /** Called with the running process (to signal or kill it mid-run). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
  /** Run as this uid/gid (setpriv), with the runner's files owned by it. */
  asUser?: number;
}

/** Parses the runner's `name<<delimiter` file format (GITHUB_OUTPUT, GITHUB_STATE). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, v] = lines[i]!.split(/=(.*)/s);
      out[k!] = v!;
    }
  }
  return out;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `sc-${prefix}-`));
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const dir = tempDir('runner');
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    state: path.join(dir, 'state'),
    event: path.join(dir, 'event.json'),
    temp: path.join(dir, 'temp'),
  };
  mkdirSync(files.temp);
  for (const f of [files.output, files.summary, files.state]) writeFileSync(f, '');
  if (o.event) {
    const payload = typeof o.event === 'string' ? readFileSync(path.join(FIXTURES, o.event), 'utf8') : JSON.stringify(o.event);
    writeFileSync(files.event, payload);
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    // The suite's private TMPDIR, so what a run leaves behind is seen (test/global-setup.ts).
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_REPOSITORY: 'octo-org/sandbox-demo',
    GITHUB_WORKFLOW: 'Docs',
    GITHUB_JOB: 'snippets',
    GITHUB_RUN_ID: '8675309',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    RUNNER_TEMP: files.temp,
    ...(o.event ? { GITHUB_EVENT_PATH: files.event, GITHUB_EVENT_NAME: o.eventName ?? 'pull_request' } : {}),
    ...(o.apiUrl ? { GITHUB_API_URL: o.apiUrl, GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql` } : {}),
    ...Object.fromEntries(Object.entries(o.inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...Object.fromEntries(Object.entries(o.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...o.env,
  };
  const started = Date.now();
  const argv = [NODE24, path.join(ROOT, o.entry ?? 'dist/index.js')];
  if (o.asUser !== undefined) {
    chownTree(dir, o.asUser);
    argv.unshift('setpriv', `--reuid=${o.asUser}`, `--regid=${o.asUser}`, '--clear-groups');
  }
  const child = spawn(argv[0]!, argv.slice(1), { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  o.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 90_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseFileCommands(readFileSync(files.state, 'utf8')),
    ms: Date.now() - started,
    dir,
  };
}

/**
 * Gives a folder and everything in it to `uid`. Symbolic links are changed
 * themselves (lchown) and never followed: a link to a system file must not
 * hand that file to the test user.
 */
export function chownTree(dir: string, uid: number): void {
  lchownSync(dir, uid, uid);
  if (!lstatSync(dir).isDirectory()) return;
  for (const name of readdirSync(dir)) chownTree(path.join(dir, name), uid);
}

/** A workspace folder with the given files. */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir('ws');
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

export function distExists(): boolean {
  return existsSync(path.join(ROOT, 'dist/index.js'));
}

/**
 * The GitHub double a test file's Action runs talk to: it knows `tokens`, is
 * started before the file's tests (which need dist/index.js) and stopped
 * after them, when every request the Action made must have been one GitHub's
 * OpenAPI description allows.
 */
export function gitHubDoubleFor(tokens: Record<string, Identity>): GitHubDouble {
  const gh = new GitHubDouble();
  for (const [token, identity] of Object.entries(tokens)) gh.addToken(token, identity);
  beforeAll(async () => {
    expect(distExists(), 'dist/index.js is missing: run `npm run bundle`').toBe(true);
    await gh.start();
  });
  afterAll(async () => {
    expect(gh.invalid).toEqual([]);
    await gh.stop();
  });
  return gh;
}
