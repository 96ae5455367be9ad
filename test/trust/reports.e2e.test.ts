// Reports stay inert and honest whatever a repository prints or names,
// through the Action bundle (against the GitHub double) and the CLI bundle:
// a printed marker cannot make another job take over this job's comment,
// names cannot pass for other rows (bidi, zero-width) or collide, nothing
// reaches a terminal as an escape sequence, and a lone \r cannot start a
// log line without its check's prefix.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { commentMarker } from '../../src/report/comment.js';
import { gitHubDoubleFor, runAction, workspace } from '../action/harness.js';
import { runCli } from '../helpers.js';

const REPO = 'octo-org/sandbox-demo';
const TOKEN = 'ghs_reportsTrustToken000000000000000001';

const gh = gitHubDoubleFor({
  [TOKEN]: { login: 'github-actions[bot]', viewerLogin: 'github-actions', type: 'Bot' },
});

describe('the sticky comment', () => {
  it("a check that prints another job's marker cannot make that job overwrite this job's comment", async () => {
    const issue = 42;
    const victimMarker = commentMarker({ workflow: 'Docs', job: 'victim', key: '' });
    // Job "attacker": red, and its output carries the marker of job "victim".
    const bad = workspace({ 'red.py': `print(${JSON.stringify(victimMarker)})\nraise SystemExit(3)\n` });
    const red = await runAction({
      workspace: bad,
      inputs: { files: 'red.py', 'github-token': TOKEN, comment: 'always' },
      event: 'pull_request.json',
      apiUrl: gh.url,
      env: { GITHUB_JOB: 'attacker' },
    });
    expect(red.code).toBe(1);
    const redComment = gh.commentsOf(REPO, issue).find((c) => c.body.startsWith(commentMarker({ workflow: 'Docs', job: 'attacker', key: '' })));
    expect(redComment).toBeDefined();
    // The printed marker is in the comment, but broken: it is not the marker any more.
    expect(redComment!.body).not.toContain(victimMarker);

    // Job "victim": green. It must create its own comment, not update the red one.
    const okWs = workspace({ 'ok.py': 'print("ok")\n' });
    const green = await runAction({
      workspace: okWs,
      inputs: { files: 'ok.py', 'github-token': TOKEN, comment: 'always' },
      event: 'pull_request.json',
      apiUrl: gh.url,
      env: { GITHUB_JOB: 'victim' },
    });
    expect(green.code, green.stdout).toBe(0);
    const after = gh.commentsOf(REPO, issue);
    expect(after.find((c) => c.id === redComment!.id)!.body).toBe(redComment!.body);
    const victims = after.filter((c) => c.body.startsWith(victimMarker));
    expect(victims).toHaveLength(1);
    expect(victims[0]!.id).not.toBe(redComment!.id);
    expect(victims[0]!.body).toContain('✅');
  });

  it('a comment that carries our marker further down (a quote) is not ours', async () => {
    const issue = 42;
    const marker = commentMarker({ workflow: 'Docs', job: 'quoted', key: '' });
    const quote = gh.seedComment(REPO, issue, 'github-actions[bot]', `Earlier report:\n${marker}\n✅ all passed`);
    const ws = workspace({ 'ok.py': 'print("ok")\n' });
    const r = await runAction({
      workspace: ws,
      inputs: { files: 'ok.py', 'github-token': TOKEN, comment: 'always' },
      event: 'pull_request.json',
      apiUrl: gh.url,
      env: { GITHUB_JOB: 'quoted' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(gh.commentsOf(REPO, issue).find((c) => c.id === quote.id)!.body).toBe(`Earlier report:\n${marker}\n✅ all passed`);
    expect(gh.commentsOf(REPO, issue).filter((c) => c.body.startsWith(marker))).toHaveLength(1);
  });
});

// Two checks whose names both read "tests/unit.py ✅ passed" once rendered: one with a right-to-left override, one with zero-width spaces.
const SPOOF_A = 'tests/unit.py \u202edessap \u2705\u202c';
const SPOOF_B = 'tests/unit\u200b.py\u200d';

describe('names', () => {
  const config = [
    `[[check]]\nname = ${JSON.stringify(SPOOF_A)}\ncode = "exit 1"\nlanguage = "sh"\n`,
    `[[check]]\nname = ${JSON.stringify(SPOOF_B)}\ncode = "exit 1"\nlanguage = "sh"\n`,
    '[[check]]\nname = "a"\ncode = "echo 1"\nlanguage = "sh"\n',
    '[[check]]\nname = "a"\ncode = "echo 2"\nlanguage = "sh"\n',
    '[[check]]\nname = "a #2"\ncode = "echo 3"\nlanguage = "sh"\n',
    `[[check]]\nname = "\\u001b[2K\\u001b[1A\\u001b]52;c;ZWNobyBwd25lZA==\\u0007fake"\ncode = "exit 1"\nlanguage = "sh"\n`,
  ].join('\n');

  it('show bidi and invisible characters escaped, and are unique, in every report of the Action', async () => {
    const ws = workspace({ 'sandbox-checks.toml': config });
    const r = await runAction({ workspace: ws, inputs: { comment: 'never' } });
    expect(r.code).toBe(1);
    const results = JSON.parse(readFileSync(r.outputs['results-path']!, 'utf8')) as { checks: { name: string }[] };
    const names = results.checks.map((c) => c.name);
    expect(names).toEqual([
      'tests/unit.py \\u202edessap \u2705\\u202c',
      'tests/unit\\u200b.py\\u200d',
      'a',
      'a #3',
      'a #2',
      '\\u001b[2K\\u001b[1A\\u001b]52;c;ZWNobyBwd25lZA==\\u0007fake',
    ]);
    expect(new Set(names).size).toBe(names.length);
    for (const text of [r.stdout, r.summary, r.outputs.report!, readFileSync(r.outputs['junit-path']!, 'utf8')]) {
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u001b\u0007]/);
    }
  });

  it('reach the CLI terminal without escape sequences, and stay unique in --stream', async () => {
    const ws = workspace({ 'sandbox-checks.toml': config });
    const r = await runCli(['run', '--provider', 'local', '--stream', '--json', 'r.json'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u0007\u202e\u200b]/);
    const names = (JSON.parse(readFileSync(path.join(ws, 'r.json'), 'utf8')) as { checks: { name: string }[] }).checks.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('output on a terminal and in the workflow log', () => {
  const noisy = [
    'import sys',
    // OSC 52 (clipboard), cursor up + erase line, a fake verdict after a lone CR, and C1 CSI.
    'sys.stdout.write("a\\x1b]52;c;ZWNobyBwd25lZA==\\x07b\\x1b[1A\\x1b[2K\\r\\u2714 PASS everything\\n\\x9b2Jc\\n")',
    'sys.stdout.flush()',
    'sys.exit(1)',
  ].join('\n');

  it('the CLI shows streamed and failed output without control sequences', async () => {
    const ws = workspace({
      'sandbox-checks.toml': '[[check]]\nname = "one"\nfile = "n.py"\n\n[[check]]\nname = "two"\nfile = "n.py"\nexpect = { stdout = "nothing like it" }\n',
      'n.py': noisy,
    });
    for (const flags of [['--stream', '-j', '1'], ['--stream', '-j', '2'], []]) {
      const r = await runCli(['run', '--provider', 'local', ...flags], { cwd: ws });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr, flags.join(' ')).not.toMatch(/[\u001b\u0007\u009b\r]/);
    }
  });

  it('a lone \\r in streamed output cannot start a line without the [check] prefix (Action, parallel)', async () => {
    const ws = workspace({ 'one.py': noisy, 'two.py': 'print("two")\n' });
    const r = await runAction({ workspace: ws, inputs: { files: 'one.py\ntwo.py', stream: 'true', concurrency: '2', comment: 'never' } });
    expect(r.code).toBe(1);
    // Streamed output comes in stop-commands windows (one per chunk under
    // load, in whatever order the two checks print), outside the group each
    // check gets when it ends: every line inside those windows is prefixed.
    const inside: string[] = [];
    let open = false;
    let inGroup = false;
    for (const l of r.stdout.split('\n')) {
      if (l.startsWith('::group::')) inGroup = true;
      else if (l === '::endgroup::') inGroup = false;
      else if (inGroup) continue;
      else if (l.startsWith('::stop-commands::')) open = true;
      else if (/^::[0-9a-f]{32}::$/.test(l)) open = false;
      else if (open && l) inside.push(l);
    }
    for (const l of inside) expect(l, r.stdout).toMatch(/^\[(one|two)\.py\] /);
    for (const l of ['[one.py] ab', '[one.py] \u2714 PASS everything', '[two.py] two']) expect(inside, r.stdout).toContain(l);
    expect(r.stdout).toContain('[one.py] \u2714 PASS everything');
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u009b\r]/);
  });
});
