// End to end: the bundled Action (dist/index.js) run as the runner runs it,
// on the local bubblewrap provider, against a local double of the GitHub API
// that @actions/github really talks to.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { commentMarker } from '../../src/report/comment.js';
import { gitHubDoubleFor, FIXTURES, runAction, workspace } from './harness.js';
import { outsideFences, reportProblems } from './markdown-check.js';
import { processedCommands } from './runner-commands.js';

const REPO = 'octo-org/sandbox-demo';
const PR = 42;
const TOKEN = 'ghs_workflowToken0000000000000000000001';
const FORK_TOKEN = 'ghs_forkReadOnlyToken00000000000000002';
const RUN_URL = 'https://github.com/octo-org/sandbox-demo/actions/runs/8675309';

const gh = gitHubDoubleFor({
  [TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot' },
  [FORK_TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot', readOnly: true },
});

const ours = (repo: string, issue: number) =>
  gh.commentsOf(repo, issue).filter((c) => c.user.login === 'github-actions[bot]' && c.body.includes('<!-- sandbox-checks '));

describe('sticky PR comment', () => {
  it('is created on a red run and updated in place on the next green run', async () => {
    const issue = PR;
    // 120 comments by people push ours to the second page; one person quotes our marker.
    for (let i = 0; i < 120; i++) gh.seedComment(REPO, issue, `reviewer${i % 3}`, `looks good ${i}`);
    const marker = commentMarker({ workflow: 'Docs', job: 'snippets', key: '' });
    const quote = gh.seedComment(REPO, issue, 'mallory', `> ${marker}\n> I quoted the bot`);

    const ws = workspace({ 'fib.py': 'def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint("fib(10) =", fib(10) + 1)\nassert fib(10) + 1 == 55, "wrong"\n' });
    const inputs = { files: 'fib.py', 'github-token': TOKEN, comment: 'on-failure' };
    const red = await runAction({ workspace: ws, inputs, event: 'pull_request.json', apiUrl: gh.url });
    expect(red.code, red.stdout).toBe(1);
    expect(red.outputs).toMatchObject({ passed: '0', failed: '1', errored: '0', total: '1' });
    expect(red.summary).toContain('❌ sandbox-checks: 1 of 1 check did not pass');
    let mine = ours(REPO, issue);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body.startsWith(marker)).toBe(true);
    expect(mine[0]!.body).toContain('❌');
    expect(mine[0]!.body).toContain(RUN_URL);
    const firstId = mine[0]!.id;

    writeFileSync(path.join(ws, 'fib.py'), 'def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint("fib(10) =", fib(10))\n');
    const green = await runAction({ workspace: ws, inputs, event: 'pull_request.json', apiUrl: gh.url });
    expect(green.code, green.stdout).toBe(0);
    expect(green.outputs).toMatchObject({ passed: '1', failed: '0', total: '1' });
    mine = ours(REPO, issue);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.id).toBe(firstId);
    expect(mine[0]!.body).toContain('✅ sandbox-checks: all 1 check passed');
    expect(mine[0]!.body).not.toContain('❌');
    expect(gh.commentsOf(REPO, issue)).toHaveLength(122);
    expect(quote.body).toBe(`> ${marker}\n> I quoted the bot`);

    const writes = gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(writes[1]!.path).toBe(`/repos/${REPO}/issues/comments/${firstId}`);
    // Both runs paged through all comments to find ours.
    expect(gh.requests.filter((r) => r.method === 'GET' && r.query.page === '2')).toHaveLength(2);
  });

  it('warns once on a fork PR (read-only token) and does not fail the step', async () => {
    const ws = workspace({ 'ok.py': 'print("ok")\n' });
    const before = gh.requests.length;
    const event = JSON.parse(readFileSync(path.join(FIXTURES, 'pull_request_fork.json'), 'utf8'));
    event.number = event.pull_request.number = 43;
    const r = await runAction({
      workspace: ws,
      inputs: { files: 'ok.py', 'github-token': FORK_TOKEN, comment: 'always' },
      event,
      apiUrl: gh.url,
    });
    expect(r.code, r.stdout).toBe(0);
    const warnings = processedCommands(r.stdout).filter((c) => c.command === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toMatch(/fork/);
    expect(warnings[0]!.data).toMatch(/Resource not accessible by integration/);
    expect(r.summary).toContain('✅ sandbox-checks: all 1 check passed');
    expect(r.outputs.passed).toBe('1');
    const posts = gh.requests.slice(before).filter((q) => q.method === 'POST' && q.path.endsWith('/comments'));
    expect(posts).toHaveLength(1);
  });

  it('keeps a huge report under the comment and summary limits, table first', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) {
      files[`big/check${String(i).padStart(2, '0')}.py`] =
        `import sys\nfor i in range(3000):\n    print("line", i, "${'`'.repeat(i % 5)}" + "x" * 40)\nsys.exit(1)\n`;
    }
    const ws = workspace(files);
    const issue = 7;
    const event = JSON.parse(readFileSync(path.join(FIXTURES, 'pull_request.json'), 'utf8'));
    event.number = issue;
    event.pull_request.number = issue;
    const r = await runAction({ workspace: ws, inputs: { files: 'big/*.py', 'github-token': TOKEN, comment: 'always' }, event, apiUrl: gh.url });
    expect(r.code).toBe(1);
    expect(r.outputs.failed).toBe('24');
    const mine = ours(REPO, issue);
    expect(mine).toHaveLength(1);
    const body = mine[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(30_000);
    expect((body.match(/<tr><td>/g) ?? []).length).toBe(24);
    expect(body).toContain(`[the job summary](${RUN_URL})`);
    expect(reportProblems(body)).toEqual([]);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(r.summary)).toBeGreaterThan(65_536);
    expect(reportProblems(r.summary)).toEqual([]);
    expect(r.outputs.report!.length).toBeLessThanOrEqual(65_536);
    const results = JSON.parse(r.outputs.results!);
    expect(results.checks).toHaveLength(24);
    expect(results.totals.failed).toBe(24);
    expect(existsSync(r.outputs['junit-path']!)).toBe(true);
    expect(readFileSync(r.outputs['junit-path']!, 'utf8')).toContain('failures="24"');
  });

  it('makes no API request on a push (no PR) and still writes the summary', async () => {
    const ws = workspace({ 'ok.js': 'console.log(1 + 1)\n' });
    const before = gh.requests.length;
    const r = await runAction({ workspace: ws, inputs: { files: 'ok.js', 'github-token': TOKEN, comment: 'always' }, event: 'push.json', eventName: 'push', apiUrl: gh.url });
    expect(r.code).toBe(0);
    expect(gh.requests.length).toBe(before);
    expect(r.summary).toContain('ok.js');
  });
});

describe('untrusted output', () => {
  const hostile = [
    'import sys',
    'print("::error file=README.md,line=1::pwned")',
    'print("::add-mask::x")',
    'print("::stop-commands::y")',
    'print("::error::after stop")',
    'print("::y::")',
    'print("##[set-output name=ok;]true")',
    'print("  ::warning::indented")',
    'print("##[group]fake group")',
    'print("```")',
    'print("~~~~")',
    'print("</details>")',
    'print("<img src=x onerror=alert(1)>")',
    'print("@someone please look")',
    'print("\\x1b[31mred\\x1b[0m \\x1b]0;title\\x07")',
    'print("done\\rFAKE PASS")',
    'sys.stderr.write("::set-output name=x::y\\n")',
    'sys.exit(1)',
    '',
  ].join('\n');

  it.each([
    ['one at a time, streamed', { stream: 'true', concurrency: '1' }],
    ['in parallel, streamed', { stream: 'true', concurrency: '2' }],
    ['in parallel, not streamed', { stream: 'false', concurrency: '2' }],
  ])('cannot act as a workflow command or break the reports (%s)', async (_label, extra) => {
    const ws = workspace({ 'hostile @someone <img src=x>.py': hostile, 'fine.py': 'print("::error::fine too")\n' });
    const issue = 100 + Number(extra.concurrency) + (extra.stream === 'true' ? 10 : 0);
    const event = JSON.parse(readFileSync(path.join(FIXTURES, 'pull_request.json'), 'utf8'));
    event.number = issue;
    event.pull_request.number = issue;
    const r = await runAction({ workspace: ws, inputs: { files: '*.py', 'github-token': TOKEN, comment: 'always', ...extra }, event, apiUrl: gh.url });
    expect(r.code).toBe(1);

    // The runner would act only on our own commands.
    const cmds = processedCommands(r.stdout);
    const kinds = new Set(cmds.map((c) => c.command));
    for (const k of kinds) expect(['group', 'endgroup', 'stop-commands', 'error', 'add-mask']).toContain(k);
    // The only mask is ours: the token.
    expect(cmds.filter((c) => c.command === 'add-mask').map((c) => c.data)).toEqual([TOKEN]);
    // Streamed, the step's log is live sandbox output: the Action's annotations are written by the post step.
    const post = extra.stream === 'true' ? await runAction({ workspace: ws, inputs: {}, entry: 'dist/post/index.js', state: r.state }) : undefined;
    if (post) expect(cmds.filter((c) => c.command === 'error')).toEqual([]);
    const errors = (post ? processedCommands(post.stdout) : cmds).filter((c) => c.command === 'error');
    expect(errors.map((e) => e.data).join('\n')).not.toMatch(/pwned|after stop|fine too/);
    expect(errors).toHaveLength(2); // the failing check's annotation + the step's failure
    const tokens = cmds.filter((c) => c.command === 'stop-commands').map((c) => c.data);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{32}$/);
    // One token for the run: the runner masks each stop token, so every new one would grow the job's masker.
    expect(tokens.length).toBeGreaterThan(1);
    expect(new Set(tokens).size).toBe(1);
    // The sandbox never saw it: no check's output contains it.
    expect(r.stdout.split('\n').filter((l) => l.includes(tokens[0]!)).every((l) => l === `::stop-commands::${tokens[0]}` || l === `::${tokens[0]}::`)).toBe(true);
    // Each check's group exists once, with an escaped title.
    const groups = cmds.filter((c) => c.command === 'group').map((c) => c.data);
    expect(groups.sort()).toEqual(['fine.py (python)', 'hostile @someone <img src=x>.py (python)']);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).toContain('FAKE PASS');

    // Summary and comment stay well-formed, with the hostile text inert.
    const comment = ours(REPO, issue)[0]!.body;
    for (const md of [r.summary, comment]) {
      expect(reportProblems(md, { mention: '@someone' })).toEqual([]);
      expect(md).not.toContain('\x1b');
      const { blocks } = outsideFences(md);
      expect(blocks.join('\n')).toContain('<img src=x onerror=alert(1)>');
      expect(blocks.join('\n')).toContain('@someone please look');
    }
  });
});

describe('inputs and plan', () => {
  it('names the input at fault and runs nothing', async () => {
    const ws = workspace({ 'ok.py': 'print(1)\n' });
    const r = await runAction({ workspace: ws, inputs: { files: 'ok.py', timeout: '5', 'fail-on': 'sometimes', concurrency: 'many' } });
    expect(r.code).toBe(1);
    const error = processedCommands(r.stdout).find((c) => c.command === 'error')!;
    const text = error.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    expect(text).toContain('input "fail-on": expected one of failed, error, never, got "sometimes"');
    expect(text).toContain('input "timeout": must be at least 100 ms');
    expect(text).toContain('input "concurrency"');
    expect(r.stdout).not.toContain('::group::');
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
  });

  it('names the input when a glob matches nothing', async () => {
    const ws = workspace({ 'ok.py': 'print(1)\n' });
    const r = await runAction({ workspace: ws, inputs: { files: 'src/**/*.rb' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/input "files": the glob "src\/\*\*\/\*\.rb" matched no files/);
    expect(r.stdout).not.toContain('::group::');
  });

  it('runs the default sandbox-checks.toml, with annotations at repository paths', async () => {
    const ws = workspace({
      'sandbox-checks.toml': '[[check]]\nname = "sub"\nfile = "ci/checks.toml"\nlanguage = "python"\nskip = true\n',
      'ci/checks.toml': '[[check]]\nfile = "../src/bad.py"\n\n[[check]]\nname = "inline"\ncode = "print(2)"\nlanguage = "python"\nexpect = { stdout = "3" }\n',
      'src/bad.py': 'raise SystemExit(4)\n',
    });
    const viaDefault = await runAction({ workspace: ws, inputs: {} });
    expect(viaDefault.outputs).toMatchObject({ total: '1', skipped: '1' });
    expect(viaDefault.code).toBe(0);

    const r = await runAction({ workspace: ws, inputs: { config: 'ci/checks.toml' } });
    expect(r.code).toBe(1);
    const errors = processedCommands(r.stdout).filter((c) => c.command === 'error');
    expect(errors.map((e) => [e.properties.file, e.properties.line])).toEqual([
      ['src/bad.py', undefined],
      ['ci/checks.toml', '6'],
      [undefined, undefined],
    ]);
  });

  it('runs a deterministic shard', async () => {
    const files = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [`${n}.py`, `print("${n}")\n`]));
    const ws = workspace(files);
    const names = async (shard: string) => {
      const r = await runAction({ workspace: ws, inputs: { files: '*.py', shard } });
      expect(r.code).toBe(0);
      return JSON.parse(r.outputs.results!).checks.map((c: { name: string }) => c.name);
    };
    expect(await names('1/2')).toEqual(['a.py', 'c.py', 'e.py']);
    expect(await names('2/2')).toEqual(['b.py', 'd.py']);
  });

  it('lets fail-on decide the step result', async () => {
    const ws = workspace({ 'bad.py': 'raise SystemExit(1)\n' });
    const never = await runAction({ workspace: ws, inputs: { files: 'bad.py', 'fail-on': 'never' } });
    expect(never.code).toBe(0);
    expect(never.outputs.failed).toBe('1');
    expect(never.summary).toContain('❌');
    const onError = await runAction({ workspace: ws, inputs: { files: 'bad.py', 'fail-on': 'error', summary: 'false', junit: 'reports/junit.xml' } });
    expect(onError.code).toBe(0);
    expect(onError.summary).toBe('');
    expect(onError.outputs['junit-path']).toBe(path.join(ws, 'reports/junit.xml'));
    expect(readFileSync(path.join(ws, 'reports/junit.xml'), 'utf8')).toContain('<testcase name="bad.py"');
    const errored = await runAction({ workspace: ws, inputs: { code: 'print(1)', language: 'python', provider: 'e2b', 'fail-on': 'error' } });
    expect(errored.outputs.errored).toBe('1');
    expect(errored.code).toBe(1);
  });
});

describe('cancellation', () => {
  it('ends the sandboxes on SIGINT and still writes the report of what finished', async () => {
    const ws = workspace({ 'a_quick.py': 'print("quick")\n', 'b_slow.py': 'import time\nprint("slow started", flush=True)\ntime.sleep(600)\n' });
    let signalled = 0;
    const r = await runAction({
      workspace: ws,
      inputs: { files: '*.py', stream: 'true', concurrency: '1', timeout: '5m' },
      onSpawn: (child) => {
        let seen = '';
        child.stdout!.on('data', (d: Buffer) => {
          seen += d.toString();
          if (!signalled && seen.includes('slow started')) {
            signalled = Date.now();
            child.kill('SIGINT');
          }
        });
      },
    });
    expect(signalled).toBeGreaterThan(0);
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ passed: '1', total: '2', errored: '1' });
    expect(r.summary).toContain('🛑 sandbox-checks: the run was cancelled');
    // Streamed: handed to the post step, which writes it first.
    const post = await runAction({ workspace: ws, inputs: {}, entry: 'dist/post/index.js', state: r.state });
    expect(processedCommands(post.stdout).filter((c) => c.command === 'error').map((c) => c.data)).toContain('sandbox-checks: the run was cancelled');
    // The stop-commands stretch of the interrupted check was closed.
    const cmds = processedCommands(r.stdout);
    expect(cmds.filter((c) => c.command === 'group')).toHaveLength(2);
    expect(cmds.filter((c) => c.command === 'endgroup')).toHaveLength(2);
  });
});

describe('secrets', () => {
  const RUNTIME = 'runtime-token-0123456789abcdef';

  it('masks the E2B key and keeps it, the runner tokens and GITHUB_* out of the sandbox', async () => {
    const key = 'e2b_0123456789abcdef0123456789abcdef';
    const ws = workspace({ 'env.py': 'import os\nfor k, v in sorted(os.environ.items()):\n    print(k, "=", v)\n' });
    const r = await runAction({
      workspace: ws,
      inputs: { files: 'env.py', 'e2b-api-key': key, provider: 'local' },
      env: { ACTIONS_RUNTIME_TOKEN: RUNTIME, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-abcdef0123456789' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(processedCommands(r.stdout).filter((c) => c.command === 'add-mask').map((c) => c.data)).toContain(key);
    const printed = JSON.parse(r.outputs.results!).checks[0].stdout as string;
    expect(printed).not.toContain(key);
    expect(printed).not.toContain(RUNTIME);
    expect(printed).not.toMatch(/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)/m);
  });

  it('refuses a config that would copy the runner environment or .git into a sandbox', async () => {
    const ws = workspace({
      'sandbox-checks.toml': '[[check]]\nname = "environ"\nfile = "/proc/self/environ"\nlanguage = "python"\n\n[[check]]\nname = "git"\nfile = ".git/config"\nlanguage = "bash"\n',
      '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz\n',
    });
    const r = await runAction({ workspace: ws, inputs: {}, env: { ACTIONS_RUNTIME_TOKEN: RUNTIME } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the configuration has 2 problems; nothing was run.');
    expect(r.stdout).toContain('sandbox-checks.toml:3: check[0].file');
    expect(r.stdout).toMatch(/\/proc\/self\/environ is a system file and is never copied into a sandbox/);
    expect(r.stdout).toMatch(/\.git\/config is inside a \.git folder, which is never copied into a sandbox/);
    expect(r.stdout).not.toContain('::group::');
  });

  it('refuses a check file that holds a token, and ${VAR} cannot read the runner tokens', async () => {
    const ws = workspace({
      'leak.py': `print("${RUNTIME}")\n`,
      'sandbox-checks.toml': '[[check]]\nname = "expand"\ncode = "import os; print(len(os.environ[\'T\']))"\nlanguage = "python"\nenv = { T = "${ACTIONS_RUNTIME_TOKEN}" }\nexpect = { stdout = "0" }\n',
    });
    const leak = await runAction({ workspace: ws, inputs: { files: 'leak.py' }, env: { ACTIONS_RUNTIME_TOKEN: RUNTIME } });
    expect(leak.code).toBe(1);
    expect(leak.stdout).toMatch(/leak\.py contains a secret of this workflow/);
    expect(leak.stdout).not.toContain('::group::');

    // ${VAR} that names a runner credential is a config error: nothing runs.
    const expand = await runAction({ workspace: ws, inputs: { config: 'sandbox-checks.toml' }, env: { ACTIONS_RUNTIME_TOKEN: RUNTIME } });
    expect(expand.code, expand.stdout).toBe(1);
    expect(expand.stdout).toContain('${ACTIONS_RUNTIME_TOKEN} cannot be read by a config file');
    expect(expand.stdout).not.toContain(RUNTIME);
    expect(expand.stdout).not.toContain('::group::');
  });
});

describe('post step', () => {
  it('does nothing (and never fails) when the run used no E2B sandbox', async () => {
    const ws = workspace({});
    const r = await runAction({ workspace: ws, inputs: {}, entry: 'dist/post/index.js', state: { provider: 'local', 'e2b-run-id': 'gh-1-1-job-abc' } });
    expect(r.code).toBe(0);
    expect(processedCommands(r.stdout).filter((c) => c.command === 'warning' || c.command === 'error')).toEqual([]);
  });
});
