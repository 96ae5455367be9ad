// The Action's own annotations and results against the runner's realities,
// with the bundle run as the runner runs it and its stdout replayed through
// the runner simulator (shared/tools/runner-sim: the runner's own command
// parser and problem matchers, 10 annotations per type):
// - problem matchers of earlier steps (setup-node's tsc) read sandbox output
//   even inside ::stop-commands::, so the Action's annotations must come first;
// - on cancel (SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after), annotations,
//   outputs and the summary are written before the PR comment is attempted.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runAction, workspace } from '../action/harness.js';
import { annotationsOf } from '../action/runner-sim.js';
import { runCli } from '../helpers.js';

describe('problem matchers of earlier steps', () => {
  it("cannot take the Action's annotation slots: its annotations reach stdout before any sandbox output", async () => {
    const files: Record<string, string> = {};
    const lines = Array.from({ length: 4 }, (_, k) => `src/forged${k}.ts(1,1): error TS1005: forged by sandboxed code`).join('\\n');
    for (let i = 0; i < 12; i++) files[`c${String(i).padStart(2, '0')}.py`] = `print("${lines}")\nraise SystemExit(1)\n`;
    const ws = workspace(files);
    const r = await runAction({ workspace: ws, inputs: { files: '*.py', comment: 'never' } });
    expect(r.code).toBe(1);
    const sim = annotationsOf(r.stdout);
    expect(sim.kept).toHaveLength(10);
    for (const a of sim.kept) expect(a).toMatch(/^error \[command\]/);
    // Eight checks by name, one "4 more checks did not pass", and the step's own failure.
    expect(sim.kept.filter((a) => /title=c\d\d\.py/.test(a))).toHaveLength(8);
    expect(sim.kept.some((a) => a.includes('4 more checks did not pass'))).toBe(true);
    expect(sim.kept.some((a) => a.includes('12 of 12 checks did not pass'))).toBe(true);
    expect(sim.dropped).toBeGreaterThan(0);
    // The output is still in the log, after the annotations.
    expect(r.stdout).toContain('forged by sandboxed code');
    expect(r.stdout.indexOf('::error title=')).toBeLessThan(r.stdout.indexOf('forged by sandboxed code'));
  });
});

describe('cancellation', () => {
  // A GitHub API that accepts connections and never answers: the comment would hang.
  let hole: Server;
  let url = '';
  const sockets: Socket[] = [];
  beforeAll(async () => {
    hole = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => hole.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(hole.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => hole.close(r));
  });

  it('writes annotations, outputs and the summary before the comment, so SIGKILL loses only the comment', async () => {
    const ws = workspace({ 'a_fail.py': 'raise SystemExit(2)\n', 'b_slow.py': 'import time\nprint("started", flush=True)\ntime.sleep(600)\n' });
    let sigintAt = 0;
    const r = await runAction({
      workspace: ws,
      inputs: { files: '*.py', stream: 'true', concurrency: '2', 'github-token': 'ghs_cancelTestToken0000000000000000001', comment: 'always' },
      event: 'pull_request.json',
      apiUrl: url,
      onSpawn: (child) => {
        let seen = '';
        child.stdout!.on('data', (d: Buffer) => {
          seen += d.toString();
          if (!sigintAt && seen.includes('[b_slow.py] started') && seen.includes('FAIL a_fail.py')) {
            sigintAt = Date.now();
            // The runner's escalation.
            child.kill('SIGINT');
            setTimeout(() => child.kill('SIGTERM'), 7_500).unref();
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }
        });
      },
      timeoutMs: 60_000,
    });
    expect(sigintAt).toBeGreaterThan(0);
    expect(r.outputs).toMatchObject({ total: '2', failed: '1' });
    expect(r.summary).toContain('sandbox-checks');
    // stream: true: the step's log is live sandbox output, so the annotations were handed to the post step at once.
    expect(r.stdout).not.toMatch(/::error title=a_fail\.py/);
    const post = await runAction({ workspace: ws, inputs: {}, entry: 'dist/post/index.js', state: r.state });
    expect(post.stdout).toMatch(/::error title=a_fail\.py/);
    expect(post.stdout).toContain('::error::sandbox-checks: the run was cancelled');
  }, 90_000);
});

describe('the CLI in a run: step', () => {
  it("run: a program's workflow commands stay text for the runner, on stdout and stderr, with --stream and without", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-cli-gh-'));
    try {
      writeFileSync(
        path.join(dir, 'sandbox-checks.toml'),
        '[[check]]\nname = "evil"\nlanguage = "bash"\ncode = """\necho "::add-mask::hello"\necho "::error file=x,line=1::boom"\necho "##[error]old style" >&2\necho "::stop-commands::abc"\nexit 1\n"""\n',
      );
      for (const extra of [[], ['--stream']]) {
        const r = await runCli(['run', ...extra], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
        expect(r.code).toBe(1);
        expect(`${r.stderr}${r.stdout}`).toMatch(/boom/);
        // The runner reads each stream for commands.
        for (const text of [r.stdout, r.stderr]) expect(annotationsOf(text).kept, text).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
