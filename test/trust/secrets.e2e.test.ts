// The trust boundary for secrets, end to end through the Action bundle
// (dist/index.js, dist/post/index.js) and the CLI bundle: a repository's
// config cannot choose where the E2B key is sent, cannot read variables the
// workflow did not allow, cannot read the E2B key outside [e2b] api_key, and
// cannot choose what the log masks; every known secret is redacted from every
// report a run leaves (log, summary, outputs, JUnit, JSON, log files).

import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { distExists, runAction, workspace, type ActionRun } from '../action/harness.js';
import { runCli } from '../helpers.js';

const KEY = 'e2b_trustTestKey_5f1c2a9b7d3e4f60';
const GH_TOKEN = 'ghs_trustTestToken_0123456789abcdef';
const RUNTIME = 'rt_trustRuntimeToken_fedcba9876543210';
const NPM = 'npm_trustNpmToken_a1b2c3d4e5f6a7b8';

/** A server that records every request: where a key would go if a config could send it. */
class Trap {
  seen: { url?: string; headers: IncomingMessage['headers'] }[] = [];
  private server?: Server;
  url = '';
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.seen.push({ url: req.url, headers: req.headers });
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"message":"trap"}');
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }
}

const trap = new Trap();
const good = new Trap();

beforeAll(async () => {
  expect(distExists(), 'dist/index.js is missing: run `npm run bundle`').toBe(true);
  await trap.start();
  await good.start();
});
afterAll(async () => {
  await trap.stop();
  await good.stop();
});

/** Every file under `dir`, as text. */
function filesUnder(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    out += statSync(p).isDirectory() ? filesUnder(p) : `${readFileSync(p, 'latin1')}\n`;
  }
  return out;
}

/** Everything an Action run left behind: stdout, stderr, outputs, summary, state and every file in its runner folder. */
const everything = (r: ActionRun) =>
  [r.stdout.replace(/^::add-mask::.*$/gm, ''), r.stderr, JSON.stringify(r.outputs), r.summary, JSON.stringify(r.state), filesUnder(r.dir)].join('\n');

describe('endpoints come from the workflow only', () => {
  it('refuses a repository config that sets [e2b] api_url / sandbox_url, and sends the key nowhere', async () => {
    const ws = workspace({
      'sandbox-checks.toml': `provider = "e2b"\n[e2b]\napi_key = "\${E2B_API_KEY}"\napi_url = "${trap.url}"\nsandbox_url = "${trap.url}"\n[[check]]\ncode = "print(1)"\nlanguage = "python"\n`,
    });
    const r = await runAction({ workspace: ws, inputs: { 'e2b-api-key': KEY } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sandbox-checks.toml:4: e2b.api_url: a repository config may not choose where the E2B key is sent');
    expect(r.stdout).toContain('sandbox-checks.toml:5: e2b.sandbox_url:');
    expect(r.stdout).toContain('E2B_API_URL');
    expect(trap.seen).toEqual([]);
    expect(r.state['e2b-api-url']).toBeUndefined();
  });

  it('the post step sends the key to the job env endpoint, never to one in saved state', async () => {
    trap.seen = [];
    good.seen = [];
    const ws = workspace({});
    const r = await runAction({
      workspace: ws,
      inputs: { 'e2b-api-key': KEY },
      entry: 'dist/post/index.js',
      state: { provider: 'e2b', 'e2b-run-id': 'gh-1-1-job-0badf00d', 'e2b-api-url': trap.url, 'e2b-sandbox-url': trap.url },
      env: { E2B_API_URL: good.url, E2B_SANDBOX_URL: good.url },
    });
    expect(r.code).toBe(0);
    expect(trap.seen).toEqual([]);
    expect(good.seen.length).toBeGreaterThan(0);
    expect(good.seen[0]!.headers['x-api-key']).toBe(KEY);
  });

  it('the CLI refuses the same config, and uses E2B_API_URL from the environment', async () => {
    trap.seen = [];
    const ws = workspace({
      'sandbox-checks.toml': `provider = "e2b"\n[e2b]\napi_url = "${trap.url}"\n[[check]]\ncode = "print(1)"\nlanguage = "python"\n`,
    });
    const r = await runCli(['run'], { cwd: ws, env: { E2B_API_KEY: KEY } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sandbox-checks.toml:3: e2b.api_url: a repository config may not choose where the E2B key is sent');
    expect(trap.seen).toEqual([]);
  });
});

describe('${VAR} in a repository config reads only what the workflow allows', () => {
  const config = `[[check]]\nname = "env"\ncode = "import os; print('got', os.environ.get('T', 'none'))"\nlanguage = "python"\nenv = { T = "\${NPM_TOKEN}" }\n`;

  it('refuses a job secret the workflow did not allow, naming the input that would allow it', async () => {
    const ws = workspace({ 'sandbox-checks.toml': config });
    const r = await runAction({ workspace: ws, inputs: {}, env: { NPM_TOKEN: NPM } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sandbox-checks.toml:5: check[0].env.T: ${NPM_TOKEN} is not allowed');
    expect(r.stdout).toContain('the allow-env input');
    expect(everything(r)).not.toContain(NPM);
  });

  it('expands an allowed one, and redacts its value from every report (it looks secret)', async () => {
    const ws = workspace({ 'sandbox-checks.toml': `[[check]]\nname = "env"\nfile = "leak.py"\nenv = { T = "\${NPM_TOKEN}" }\n`, 'leak.py': 'import os, sys\nprint("leak", os.environ["T"])\nsys.exit("fatal " + os.environ["T"])\n' });
    const r = await runAction({ workspace: ws, inputs: { 'allow-env': 'NPM_TOKEN', stream: 'true' }, env: { NPM_TOKEN: NPM } });
    expect(r.stdout).toContain('leak ***');
    expect(everything(r)).not.toContain(NPM);
    expect(r.stdout).toContain(`::add-mask::${NPM}`);
  });

  it('refuses an allow-env entry that names a runner credential', async () => {
    const ws = workspace({ 'sandbox-checks.toml': config });
    const r = await runAction({ workspace: ws, inputs: { 'allow-env': 'NPM_TOKEN, GITHUB_TOKEN\nE2B_API_KEY' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('input "allow-env": GITHUB_TOKEN is a credential of the runner or of this Action');
    expect(r.stdout).toContain('input "allow-env": E2B_API_KEY is a credential');
  });

  it('lets only [e2b] api_key read the E2B key: template = "${E2B_API_KEY}" is refused', async () => {
    const ws = workspace({ 'sandbox-checks.toml': `[e2b]\ntemplate = "\${E2B_API_KEY}"\n[[check]]\ncode = "print(1)"\nlanguage = "python"\n` });
    const r = await runAction({ workspace: ws, inputs: { provider: 'local' }, env: { E2B_API_KEY: KEY } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sandbox-checks.toml:2: e2b.template: ${E2B_API_KEY} cannot be read here: only [e2b] api_key may read the E2B key');
    expect(everything(r)).not.toContain(KEY);
  });

  it('the CLI: --allow-env lets a name through, nothing else expands', async () => {
    const ws = workspace({ 'sandbox-checks.toml': `[[check]]\nname = "e"\ncode = "echo \${HOME_DIR_X}"\nlanguage = "sh"\n` });
    const refused = await runCli(['run'], { cwd: ws, env: { HOME_DIR_X: '/opt/x' } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('${HOME_DIR_X} is not allowed');
    expect(refused.stderr).toContain('--allow-env');
    const allowed = await runCli(['run', '--allow-env', 'HOME_DIR_X', '--json', 'r.json'], { cwd: ws, env: { HOME_DIR_X: '/opt/x' } });
    expect(allowed.code, allowed.stderr).toBe(0);
    const bad = await runCli(['run', '--allow-env', 'ACTIONS_RUNTIME_TOKEN'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--allow-env: ACTIONS_RUNTIME_TOKEN is a credential');
  });
});

describe('secrets in error messages', () => {
  it('a config problem that quotes an allowed secret shows *** (CLI and Action)', async () => {
    const ws = workspace({ 'sandbox-checks.toml': '[[check]]\nfile = "${API_TOKEN}.py"\n' });
    const cli = await runCli(['run', '--allow-env', 'API_TOKEN'], { cwd: ws, env: { API_TOKEN: NPM } });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('file not found: ***.py');
    expect(cli.stderr).not.toContain(NPM);
    const action = await runAction({ workspace: ws, inputs: { 'allow-env': 'API_TOKEN' }, env: { API_TOKEN: NPM } });
    expect(action.code).toBe(1);
    expect(action.stdout).toContain('file not found: ***.py');
    expect(everything(action)).not.toContain(NPM);
  });
});

describe('only workflow-side secrets are masked', () => {
  it('a config cannot choose the E2B key (so never what ::add-mask:: hides)', async () => {
    const ws = workspace({ 'sandbox-checks.toml': `provider = "local"\n[e2b]\napi_key = "FAIL"\n[[check]]\ncode = "print(1)"\nlanguage = "python"\n` });
    const r = await runAction({ workspace: ws, inputs: {} });
    expect(r.stdout).not.toContain('::add-mask::FAIL');
    expect(r.stdout).toContain('sandbox-checks.toml:3: e2b.api_key: a repository config may only say api_key = "${E2B_API_KEY}"');
    expect(r.code).toBe(1);
  });
});

describe('every known secret is removed from every output', () => {
  // The program assembles the secrets from pieces (none of them enters the sandbox whole) and prints them
  // to stdout, stderr, split across writes, and in a mismatching expected output (so in the failure message too).
  const pieces = (s: string) => `"${s.slice(0, 7)}" + "${s.slice(7)}"`;
  const program = [
    'import sys, time',
    `k = ${pieces(KEY)}; g = ${pieces(GH_TOKEN)}; r = ${pieces(RUNTIME)}`,
    'print("key", k); print("token", g, file=sys.stderr); print("runtime", r)',
    'sys.stdout.write(k[:9]); sys.stdout.flush(); time.sleep(0.2); sys.stdout.write(k[9:] + "\\n"); sys.stdout.flush()',
    'raise SystemExit("fatal: " + k)',
  ].join('\n');

  it('through the Action: log, summary, outputs, JUnit, results.json and the log files on disk', async () => {
    const ws = workspace({ 'leak.py': program });
    const r = await runAction({
      workspace: ws,
      inputs: { files: 'leak.py', provider: 'local', 'e2b-api-key': KEY, 'github-token': GH_TOKEN, stream: 'true', comment: 'never', junit: 'out/junit.xml' },
      env: { ACTIONS_RUNTIME_TOKEN: RUNTIME },
    });
    expect(r.code).toBe(1);
    const all = everything(r) + readFileSync(path.join(ws, 'out/junit.xml'), 'utf8') + filesUnder(path.dirname(r.outputs['results-path']!));
    for (const s of [KEY, GH_TOKEN, RUNTIME]) expect(all).not.toContain(s);
    expect(r.stdout).toContain('key ***');
    expect(r.summary).toContain('fatal: ***');
    expect(r.outputs.results).toContain('***');
  });

  it('through the CLI: terminal, --json and --junit', async () => {
    const ws = workspace({
      'sandbox-checks.toml': `[[check]]\nname = "leak"\nfile = "leak.py"\nexpect = { stdout = "nothing" }\n`,
      'leak.py': program,
    });
    for (const stream of [[], ['--stream']]) {
      const r = await runCli(['run', '--provider', 'local', ...stream, '--json', 'r.json', '--junit', 'j.xml'], { cwd: ws, env: { E2B_API_KEY: KEY, GITHUB_TOKEN: GH_TOKEN } });
      expect(r.code).toBe(1);
      const all = r.stdout + r.stderr + readFileSync(path.join(ws, 'r.json'), 'utf8') + readFileSync(path.join(ws, 'j.xml'), 'utf8');
      expect(all).toContain('***');
      for (const s of [KEY, GH_TOKEN]) expect(all).not.toContain(s);
      const log = JSON.parse(readFileSync(path.join(ws, 'r.json'), 'utf8')).checks[0].logFile as string;
      const text = readFileSync(log, 'utf8');
      expect(text).toContain('key ***');
      expect(text).not.toContain(KEY);
    }
  });
});
