// Every fault the emulator can inject ends every check with a definite status
// and a message a person can act on; transient ones are recovered within the
// retry budget; and no sandbox is left alive (checked after each test).
import { describe, expect, it } from 'vitest';

import { cleanupRun } from '../../src/providers/e2b.js';
import { check } from '../helpers.js';
import { FAST_RETRY, useEmulator } from './setup.js';

const h = useEmulator();
const hello = (name = 'hello') => check({ name, language: 'python', code: 'print("hello")', expect: { stdoutEquals: 'hello' } });

describe('E2B faults', () => {
  it('401 everywhere: every check is an error that says the key was rejected, and nothing is retried', async () => {
    h.emu.inject({ on: 'list', status: 401, times: Infinity });
    h.emu.inject({ on: 'create', status: 401, times: Infinity });
    const outcomes = await h.run([hello('a'), hello('b')]);
    for (const o of outcomes) {
      expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
      expect(o.message).toMatch(/^the E2B API key was rejected: .*Check E2B_API_KEY/);
    }
    expect(h.emu.ops('list')).toHaveLength(1);
    expect(h.emu.ops('create')).toHaveLength(0);
  });

  it('401 on create: the key is rejected once, never retried', async () => {
    h.emu.inject({ on: 'create', status: 401, times: Infinity });
    const [o] = await h.run([hello()]);
    expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(o!.message).toMatch(/^the E2B API key was rejected/);
    expect(h.emu.ops('create')).toHaveLength(1);
  });

  it('no key at all: a clear error before any request', async () => {
    const [o] = await h.run([hello()], { apiKey: undefined });
    expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(o!.message).toContain('no E2B API key is configured');
    expect(o!.message).toContain('E2B_API_KEY');
    expect(h.emu.requests).toHaveLength(0);
  });

  it('429 with Retry-After: the wait it asks for is honoured and the check passes', async () => {
    h.emu.inject({ on: 'create', status: 429, retryAfter: '1', times: 2 });
    const started = Date.now();
    const [o] = await h.run([hello()]);
    expect(o!.status, o!.message).toBe('passed');
    const creates = h.emu.ops('create');
    expect(creates).toHaveLength(3);
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(950);
    expect(creates[2]!.at - creates[1]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('429 without Retry-After and 503: backed off and retried until it works', async () => {
    h.emu.inject({ on: 'create', status: 429, times: 2 });
    h.emu.inject({ on: 'create', status: 503, times: 1, when: () => h.emu.ops('create').length > 2 });
    const [o] = await h.run([hello()]);
    expect(o!.status, o!.message).toBe('passed');
    const creates = h.emu.ops('create');
    expect(creates.map((r) => r.status)).toEqual([429, 429, 503, 201]);
    // Backoff grows: each gap is at least half the step (equal jitter).
    const gaps = creates.slice(1).map((r, i) => r.at - creates[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(FAST_RETRY.baseMs / 2 - 5);
    expect(gaps[2]).toBeGreaterThanOrEqual(FAST_RETRY.baseMs - 5);
  });

  it('a 500 on create that goes away is retried; one that stays ends the check with the attempts counted', async () => {
    h.emu.inject({ on: 'create', status: 500, times: 1 });
    const [ok] = await h.run([hello()]);
    expect(ok!.status, ok!.message).toBe('passed');
    h.emu.reset();
    h.emu.inject({ on: 'create', status: 500, times: Infinity, message: 'orchestrator exploded' });
    const [bad] = await h.run([hello()]);
    expect(bad).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(bad!.message).toMatch(/E2B failed to create a sandbox with a server error: 500: orchestrator exploded\. Retry later.*\(after 4 attempts\)$/);
    expect(h.emu.ops('create')).toHaveLength(FAST_RETRY.attempts);
  });

  it('a rate limit that never lifts ends with advice on concurrency', async () => {
    h.emu.inject({ on: 'create', status: 429, times: Infinity });
    const [o] = await h.run([hello()]);
    expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(o!.message).toMatch(/rate limit \(429\).*Lower concurrency/);
  });

  it('a slow create is waited for', async () => {
    h.emu.inject({ on: 'create', delayMs: 1500 });
    const [o] = await h.run([hello()]);
    expect(o!.status, o!.message).toBe('passed');
    expect(o!.durationMs).toBeGreaterThanOrEqual(1400);
  });

  it('a create slower than the request timeout is retried, and the run sweeps its metadata for a sandbox made behind it', async () => {
    h.emu.inject({ on: 'create', delayMs: 3000 });
    const provider = h.provider({}, { createTimeoutMs: 400, warn: (m) => h.warnings.push(m) });
    const [o] = await h.run([hello()], {}, { provider });
    expect(o!.status, o!.message).toBe('passed');
    expect(h.emu.ops('create')).toHaveLength(2);
    // The timed-out create made the provider list the run's sandboxes before leaving.
    const sweep = h.emu.ops('list').filter((r) => r.query.metadata);
    expect(sweep).toHaveLength(1);
    expect(new URLSearchParams(sweep[0]!.query.metadata).get('run')).toBe(provider.runId);
  });

  it('a sandbox E2B makes after the client gave up on the create is found and killed by cleanupRun (the post step)', async () => {
    h.emu.inject({ on: 'create', delayMs: 2000, completeAfterDisconnect: true });
    const provider = h.provider({ runId: 'run-orphan' }, { createTimeoutMs: 300 });
    const [o] = await h.run([hello()], {}, { provider });
    expect(o!.status, o!.message).toBe('passed');
    const ofRun = () => [...h.emu.sandboxes.values()].filter((s) => s.metadata.run === 'run-orphan');
    await h.emu.waitFor(() => ofRun().length === 2, 5000, 'the orphan to exist');
    // Made after the run's own sweep: only the post step can find it now.
    expect(h.emu.liveCount()).toBe(1);
    const orphan = h.emu.live()[0]!;
    expect(orphan.metadata).toMatchObject({ run: 'run-orphan', check: 'hello' });
    expect(await cleanupRun(provider.settings, 'run-orphan')).toEqual({ found: 1, killed: 1, failed: [] });
  });

  it('a stream cut mid-run is an error that says the result is unknown', async () => {
    h.emu.inject({ on: 'start', cutAfterMs: 300 });
    const [o] = await h.run([check({ language: 'bash', code: 'echo first; sleep 3; echo second' })]);
    expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(o!.message).toMatch(/connection to E2B sandbox \w+ broke while trying to run the command .*Re-run it/);
    expect(o!.stdout.head).toBe('first\n');
    expect(o!.durationMs).toBeLessThan(2500);
  });

  it('a command that never ends (and ignores its deadline) is timed out by the client', async () => {
    h.emu.inject({ on: 'start', hang: true });
    const [o] = await h.run([check({ language: 'bash', code: 'echo hi', limits: { timeoutMs: 1500 } })]);
    expect(o).toMatchObject({ status: 'timed_out', reason: 'timeout' });
    expect(o!.durationMs).toBeGreaterThanOrEqual(1400);
    expect(o!.durationMs).toBeLessThan(8000);
  });

  it('a kill that fails once is retried', async () => {
    h.emu.inject({ on: 'kill', status: 500, times: 1 });
    const [o] = await h.run([hello()]);
    expect(o!.status, o!.message).toBe('passed');
    expect(h.emu.ops('kill').map((r) => r.status)).toEqual([500, 204]);
    expect(h.warnings).toEqual([]);
  });

  it('a kill that keeps failing is reported, and cleanupRun kills the sandbox once E2B answers again', async () => {
    const fault = h.emu.inject({ on: 'kill', status: 500, times: Infinity });
    const provider = h.provider({ runId: 'run-kill-fails' });
    const [o] = await h.run([hello()], {}, { provider });
    // The check's own result stands.
    expect(o!.status, o!.message).toBe('passed');
    expect(h.warnings.some((w) => w.includes(`could not kill E2B sandbox ${o!.sandboxId}`) && w.includes('cleanupRun'))).toBe(true);
    expect(h.emu.liveCount()).toBe(1);
    fault.times = 0;
    const r = await cleanupRun(provider.settings, 'run-kill-fails');
    expect(r).toEqual({ found: 1, killed: 1, failed: [] });
    expect(h.emu.liveCount()).toBe(0);
  });

  it('an unknown template: an error naming the template option', async () => {
    const [o] = await h.run([hello()], { template: 'no-such-template' });
    expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(o!.message).toMatch(/^E2B does not know the template "no-such-template": 404: template 'no-such-template' not found\. Check \[e2b\] template/);
  });

  it('a sandbox that is gone when the files are written: an error naming the upload', async () => {
    h.emu.inject({ on: 'files', status: 502 });
    const [o] = await h.run([hello()]);
    expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(o!.message).toMatch(/^could not upload the check's files to E2B sandbox \w+:/);
  });

  it('paces creation: one slot per interval, shared by every worker', async () => {
    const outcomes = await h.run([hello('a'), hello('b'), hello('c'), hello('d')], { createIntervalMs: 300 }, { concurrency: 4 });
    expect(outcomes.every((o) => o.status === 'passed')).toBe(true);
    const at = h.emu.ops('create').map((r) => r.at);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(250);
  });

  it('a cancelled run kills the sandboxes of the checks still running', async () => {
    const ctl = new AbortController();
    const running = h.run(
      [check({ name: 'long 1', language: 'bash', code: 'sleep 30' }), check({ name: 'long 2', language: 'bash', code: 'sleep 30' })],
      {},
      { signal: ctl.signal },
    );
    await h.emu.waitFor(() => h.emu.ops('start').length === 2, 10_000, 'both commands to start');
    ctl.abort();
    const outcomes = await running;
    for (const o of outcomes) expect(o).toMatchObject({ status: 'error', reason: 'cancelled' });
    expect(h.emu.liveCount()).toBe(0);
  });
});
