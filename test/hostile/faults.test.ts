// The fault list of issue 6, end to end: the bundled CLI (dist/cli/index.js)
// and the bundled Action (dist/index.js, then its post step
// dist/post/index.js), run as a user and as the runner run them, against the
// E2B wire-protocol emulator through the real SDK. test/e2b/faults.test.ts
// covers each fault on the engine in this process; here every check of a
// real run ends with a definite status and a message a person can act on,
// transient faults are recovered within the default retry budget, and the
// emulator's live-sandbox count is 0 at the end (for the Action, after its
// post step).
//
// Needs the bundles: node scripts/bundle.mjs.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { cleanupRun } from '../../src/providers/e2b.js';
import { distExists, runAction, workspace, type ActionRun } from '../action/harness.js';
import type { RecordedRequest } from '../e2b-emulator/emulator.js';
import { useEmulator } from '../e2b/setup.js';
import { CLI, ROOT, runCli } from '../helpers.js';

const h = useEmulator();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sc-faults-'));
const KEY = 'e2b_emulator_key_faults';

interface Result {
  name: string;
  status: string;
  reason?: string;
  message?: string;
  durationMs: number;
  sandboxId?: string;
  stdout: string;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with node scripts/bundle.mjs`);
  expect(distExists(), 'dist/index.js is missing: run `node scripts/bundle.mjs`').toBe(true);
});

/** A TOML plan of checks given as [name, language, code, extra TOML]. */
function config(file: string, checks: [string, string, string, string?][], top = ''): string {
  const p = path.join(tmp, file);
  const toml = (s: string) => JSON.stringify(s);
  writeFileSync(
    p,
    `${top}\n${checks.map(([name, language, code, extra]) => `[[check]]\nname = ${toml(name)}\nlanguage = "${language}"\ncode = ${toml(code)}\n${extra ?? ''}\n`).join('\n')}`,
  );
  return p;
}

const cliEnv = () => ({ ...h.emu.env(KEY), SANDBOX_CHECKS_E2B_CREATE_INTERVAL: '100ms' });

function results(json: string): Record<string, Result> {
  const r = JSON.parse(readFileSync(json, 'utf8')) as { checks: Result[] };
  return Object.fromEntries(r.checks.map((c) => [c.name, c]));
}

/** The check a request was made for: by the create body's metadata, or by the sandbox it names. */
function checkOf(r: RecordedRequest): string | undefined {
  const meta = (r.body as { metadata?: Record<string, string> } | undefined)?.metadata;
  if (r.op === 'create') return meta?.check;
  const id = r.sandboxId ?? /^\/(?:v2\/)?sandboxes\/([^/]+)/.exec(r.path)?.[1];
  return id ? h.emu.sandboxes.get(id)?.metadata.check : undefined;
}
const forCheck = (name: string) => (r: RecordedRequest) => checkOf(r) === name;
const opsOf = (op: string, name: string) => h.emu.ops(op).filter(forCheck(name));

describe('the CLI against a faulty E2B', () => {
  it('recovers from every transient fault within the retry budget: 429 with and without Retry-After, 503, 500, a slow create, a kill that fails once', async () => {
    const names = ['retry-after', 'rate-limited', 'busy', 'server error once', 'slow create', 'kill fails once'];
    h.emu.inject({ on: 'create', status: 429, retryAfter: '1', times: 1, when: forCheck('retry-after') });
    h.emu.inject({ on: 'create', status: 429, times: 2, when: forCheck('rate-limited') });
    h.emu.inject({ on: 'create', status: 503, times: 2, when: forCheck('busy') });
    h.emu.inject({ on: 'create', status: 500, times: 1, when: forCheck('server error once') });
    h.emu.inject({ on: 'create', delayMs: 1500, times: 1, when: forCheck('slow create') });
    h.emu.inject({ on: 'kill', status: 500, times: 1, when: forCheck('kill fails once') });
    const json = path.join(tmp, 'transient.json');
    const plan = config('transient.toml', names.map((n) => [n, 'bash', `echo "ok ${n}"`, `expect = { stdout = "ok ${n}" }`]));
    const r = await runCli(['run', plan, '--provider', 'e2b', '--concurrency', '6', '--json', json], { env: cliEnv(), timeoutMs: 60_000 });

    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/6 passed, 0 failed/);
    expect(r.stderr).not.toMatch(/warning/i);
    const by = results(json);
    for (const n of names) expect(by[n], n).toMatchObject({ status: 'passed' });
    const statuses = (n: string) => opsOf('create', n).map((c) => c.status);
    expect(statuses('retry-after')).toEqual([429, 201]);
    expect(statuses('rate-limited')).toEqual([429, 429, 201]);
    expect(statuses('busy')).toEqual([503, 503, 201]);
    expect(statuses('server error once')).toEqual([500, 201]);
    expect(statuses('slow create')).toEqual([201]);
    expect(by['slow create']!.durationMs).toBeGreaterThanOrEqual(1400);
    // The wait Retry-After asked for was kept.
    const [first, second] = opsOf('create', 'retry-after');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(opsOf('kill', 'kill fails once').map((k) => k.status)).toEqual([500, 204]);
    expect(h.emu.liveCount()).toBe(0);
    expect(r.ms).toBeLessThan(20_000);
  }, 60_000);

  it('ends every check of a run with lasting faults with a definite status and a message to act on', async () => {
    h.emu.inject({ on: 'create', status: 500, times: Infinity, message: 'orchestrator exploded', when: forCheck('server error') });
    // E2B makes the sandbox after the client gave up on it: the run's own sweep must find it.
    h.emu.inject({ on: 'create', delayMs: 4000, completeAfterDisconnect: true, when: forCheck('create past the deadline') });
    h.emu.inject({ on: 'start', cutAfterMs: 300, when: forCheck('stream cut') });
    h.emu.inject({ on: 'start', hang: true, when: forCheck('never ends') });
    const killFault = h.emu.inject({ on: 'kill', status: 500, times: Infinity, when: forCheck('kill fails') });
    const json = path.join(tmp, 'lasting.json');
    const plan = config('lasting.toml', [
      ['fine', 'python', 'print("fine")'],
      ['server error', 'python', 'print("never runs")'],
      ['create past the deadline', 'python', 'print("never runs")', 'timeout = 1500'],
      ['stream cut', 'bash', 'echo first; sleep 3; echo second'],
      ['never ends', 'bash', 'echo hi', 'timeout = 1500'],
      ['kill fails', 'bash', 'echo "result stands"'],
    ]);
    const r = await runCli(['run', plan, '--provider', 'e2b', '--concurrency', '6', '--json', json], { env: cliEnv(), timeoutMs: 60_000 });

    expect(r.code, r.stderr).toBe(1);
    const by = results(json);
    expect(Object.keys(by)).toHaveLength(6);
    expect(by.fine).toMatchObject({ status: 'passed' });
    expect(by['server error']).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(by['server error']!.message).toMatch(
      /^E2B failed to create a sandbox with a server error: 500: orchestrator exploded\. Retry later.*\(after 5 attempts\)$/,
    );
    expect(opsOf('create', 'server error')).toHaveLength(5);
    expect(by['create past the deadline']).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(by['create past the deadline']!.message).toMatch(/^E2B did not make a sandbox within the check's 1500 ms timeout.*; nothing ran\. Retry later, or raise the check's timeout$/);
    expect(by['create past the deadline']!.durationMs).toBeLessThan(3000);
    expect(by['stream cut']).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(by['stream cut']!.message).toMatch(/connection to E2B sandbox \w+ broke while trying to run the command .*Re-run it/);
    expect(by['stream cut']!.stdout).toBe('first\n');
    expect(by['never ends']).toMatchObject({ status: 'timed_out', reason: 'timeout' });
    expect(by['never ends']!.durationMs).toBeLessThan(8000);
    // A sandbox that cannot be killed does not change the check's result; the person is told what happens to it.
    expect(by['kill fails']).toMatchObject({ status: 'passed' });
    const stuck = by['kill fails']!.sandboxId!;
    expect(r.stderr).toContain(`could not kill E2B sandbox ${stuck}`);
    expect(r.stderr).toMatch(/ends by itself at its timeout; the Action's post step \(or cleanupRun\) kills what is left/);
    for (const c of Object.values(by)) if (c.status !== 'passed') expect(c.message ?? '', c.name).not.toMatch(/undefined|\[object|^\s*$/);
    expect(r.ms).toBeLessThan(30_000);

    // The sandbox made behind the timed-out create was swept by the run; only the unkillable one is left.
    const late = [...h.emu.sandboxes.values()].filter((s) => s.metadata.check === 'create past the deadline');
    expect(late.map((s) => [s.state, s.killedBy])).toEqual([['killed', 'api']]);
    expect(h.emu.live().map((s) => s.id)).toEqual([stuck]);
    // Once E2B kills again, cleanup by the run's metadata ends it.
    killFault.times = 0;
    const runId = h.emu.sandboxes.get(stuck)!.metadata.run!;
    expect(runId).toMatch(/^cli-[0-9a-f]{12}$/);
    expect(await cleanupRun({ apiKey: KEY, apiUrl: h.emu.url, sandboxUrl: h.emu.url }, runId)).toEqual({ found: 1, killed: 1, failed: [] });
    expect(h.emu.liveCount()).toBe(0);
  }, 60_000);

  it('SIGINT mid-run ends every sandbox, exits 130 and writes the report of what finished', async () => {
    const json = path.join(tmp, 'sigint.json');
    const plan = config('sigint.toml', [
      ['quick', 'bash', 'echo quick'],
      ['long', 'python', 'import time\nprint("started", flush=True)\ntime.sleep(60)'],
    ]);
    const child = spawn(process.execPath, [CLI, 'run', plan, '--provider', 'e2b', '--json', json, '--concurrency', '2'], {
      cwd: ROOT,
      env: { ...process.env, ...cliEnv(), CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await h.emu.waitFor(() => opsOf('kill', 'quick').length === 1 && h.emu.runningProcesses() === 1, 30_000, 'the quick check to end and the long one to run');
    const signalled = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('SIGINT received; stopping every sandbox and writing the report');
    expect(h.emu.liveCount()).toBe(0);
    expect(h.emu.runningProcesses()).toBe(0);
    const by = results(json);
    expect(by.quick).toMatchObject({ status: 'passed' });
    expect(by.long).toMatchObject({ status: 'error', reason: 'cancelled', message: 'the run was cancelled while this check was running' });
  }, 60_000);
});

describe('the Action against a faulty E2B, then its post step', () => {
  const slow = (name: string) => `import time\nprint("${name} started", flush=True)\ntime.sleep(600)\n`;
  const ws = () => workspace({ 'a_quick.py': 'print("quick")\n', 'b_slow.py': slow('b'), 'c_slow.py': slow('c') });
  const inputs = { files: '*.py', provider: 'e2b', 'e2b-api-key': KEY, concurrency: '3', stream: 'true', timeout: '5m' };
  const env = () => ({ E2B_API_URL: h.emu.url, E2B_SANDBOX_URL: h.emu.url });
  /** Both slow checks' programs are running in their sandboxes and the quick one has ended. */
  const slowRunning = () => h.emu.runningProcesses() === 2 && opsOf('kill', 'a_quick.py').length === 1;

  function whenRunning(act: (child: import('node:child_process').ChildProcess) => void) {
    return (child: import('node:child_process').ChildProcess) => {
      let done = false;
      const poll = setInterval(() => {
        if (!done && slowRunning()) {
          done = true;
          clearInterval(poll);
          act(child);
        }
      }, 50);
      child.on('close', () => clearInterval(poll));
    };
  }

  async function post(workspaceDir: string, main: ActionRun): Promise<ActionRun> {
    expect(main.state.provider).toBe('e2b');
    expect(main.state['e2b-run-id']).toBeTruthy();
    // The job's env is the same in both steps: the post step takes the endpoint from it, never from saved state.
    return runAction({ workspace: workspaceDir, inputs: { 'e2b-api-key': KEY }, entry: 'dist/post/index.js', state: main.state, env: env() });
  }

  function expectCancelled(main: ActionRun) {
    expect(main.code, main.stdout + main.stderr).toBe(1);
    expect(main.outputs).toMatchObject({ passed: '1', errored: '2', total: '3' });
    const checks = JSON.parse(main.outputs.results!).checks as Result[];
    expect(checks.map((c) => [c.name, c.status, c.reason])).toEqual([
      ['a_quick.py', 'passed', undefined],
      ['b_slow.py', 'error', 'cancelled'],
      ['c_slow.py', 'error', 'cancelled'],
    ]);
    expect(main.summary).toContain('the run was cancelled');
    // stream: true: the Action's annotations are handed to the post step (its log holds no sandbox output).
    expect(JSON.parse(main.state.annotations ?? '[]')).toContainEqual({ kind: 'error', message: 'sandbox-checks: the run was cancelled' });
  }

  it('SIGTERM mid-run: every sandbox is ended by the main step, the report is written, and the post step finds nothing left', async () => {
    const dir = ws();
    let signalled = 0;
    const main = await runAction({
      workspace: dir,
      inputs,
      env: env(),
      onSpawn: whenRunning((child) => {
        signalled = Date.now();
        child.kill('SIGTERM');
      }),
    });
    expect(signalled).toBeGreaterThan(0);
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expectCancelled(main);
    expect(main.stdout).toContain('sandbox-checks: SIGTERM received; ending every sandbox');
    expect(h.emu.liveCount()).toBe(0);
    const after = await post(dir, main);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(`ended 0 leftover sandboxes of run ${main.state['e2b-run-id']}`);
    expect(h.emu.liveCount()).toBe(0);
  });

  it('SIGINT mid-run while E2B refuses to kill: the main step reports what finished, the post step ends what it left', async () => {
    const dir = ws();
    const killFault = h.emu.inject({ on: 'kill', status: 500, times: Infinity, when: (r) => checkOf(r) !== 'a_quick.py' });
    let signalled = 0;
    const main = await runAction({
      workspace: dir,
      inputs,
      env: env(),
      onSpawn: whenRunning((child) => {
        signalled = Date.now();
        child.kill('SIGINT');
      }),
    });
    expect(Date.now() - signalled).toBeLessThan(20_000);
    expectCancelled(main);
    // In the main step, E2B warnings are annotations (::warning::), not plain stderr.
    expect(main.stdout).toMatch(/::warning::sandbox-checks: could not kill E2B sandbox \w+: .*the Action's post step \(or cleanupRun\) kills what is left/);
    // The programs were stopped through envd; only the sandboxes are left.
    expect(h.emu.runningProcesses()).toBe(0);
    expect(h.emu.live().map((s) => s.metadata.check).sort()).toEqual(['b_slow.py', 'c_slow.py']);
    killFault.times = 0;
    const after = await post(dir, main);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(`ended 2 leftover sandboxes of run ${main.state['e2b-run-id']}`);
    expect(h.emu.liveCount()).toBe(0);
  });

  it('E2B gone mid-run: the main step ends in bounded time with every check accounted for; the post step ends the leftovers once E2B is back', async () => {
    const dir = ws();
    let gone = 0;
    const main = await runAction({
      workspace: dir,
      inputs,
      env: env(),
      onSpawn: whenRunning(() => {
        gone = Date.now();
        void h.emu.suspend();
      }),
    });
    const ended = Date.now();
    expect(gone).toBeGreaterThan(0);
    expect(ended - gone).toBeLessThan(30_000);
    // E2B was unreachable throughout: the sandboxes are still running there.
    expect(h.emu.live().map((s) => s.metadata.check).sort()).toEqual(['b_slow.py', 'c_slow.py']);
    await h.emu.resume();

    expect(main.code, main.stdout + main.stderr).toBe(1);
    expect(main.outputs).toMatchObject({ passed: '1', errored: '2', total: '3' });
    const checks = JSON.parse(main.outputs.results!).checks as Result[];
    expect(checks.map((c) => [c.name, c.status, c.reason])).toEqual([
      ['a_quick.py', 'passed', undefined],
      ['b_slow.py', 'error', 'sandbox_error'],
      ['c_slow.py', 'error', 'sandbox_error'],
    ]);
    for (const c of checks.slice(1)) {
      expect(c.message).toMatch(/^the connection to E2B sandbox \w+ broke while trying to run the command .*; the check's result is unknown\. Re-run it$/);
      expect(c.stdout).toMatch(/^[bc] started\n$/);
    }
    expect(main.summary).toContain('b_slow.py');
    expect(main.stdout).toMatch(/::warning::sandbox-checks: could not kill E2B sandbox \w+/);

    const after = await post(dir, main);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(`ended 2 leftover sandboxes of run ${main.state['e2b-run-id']}`);
    expect(h.emu.liveCount()).toBe(0);
  });
});
