// Cleanup by run metadata: what the Action's post step calls (cleanupRun), and
// the run id that ties a run's sandboxes together.
import { describe, expect, it } from 'vitest';

import { cleanupRun, defaultRunId, E2BProvider, META, TOOL_NAME } from '../../src/providers/e2b.js';
import { check } from '../helpers.js';
import { useEmulator } from './setup.js';

const h = useEmulator();

describe('cleanup of a run', () => {
  it('lists the run’s sandboxes page by page and kills only those', async () => {
    const mine = h.provider({ runId: 'run-mine' });
    const theirs = h.provider({ runId: 'run-theirs' });
    const limits = check({ language: 'bash', code: '' }).limits;
    const spec = (name: string) => ({ name, language: 'bash', network: false, env: {}, limits });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await mine.create(spec(`mine ${i}`)));
    const other = await theirs.create(spec('theirs'));
    expect(h.emu.liveCount()).toBe(6);

    const r = await cleanupRun(mine.settings, 'run-mine', { pageSize: 2 });
    expect(r).toEqual({ found: 5, killed: 5, failed: [] });
    expect(h.emu.live().map((s) => s.id)).toEqual([other.id]);
    // Three pages of two, each asking for this run's metadata.
    const lists = h.emu.ops('list');
    expect(lists).toHaveLength(3);
    for (const l of lists) {
      const meta = new URLSearchParams(l.query.metadata);
      expect(Object.fromEntries(meta)).toEqual({ [META.tool]: TOOL_NAME, [META.run]: 'run-mine' });
      expect(l.query.state).toBe('running,paused');
      expect(l.query.limit).toBe('2');
    }
    expect(lists[0]!.query.nextToken).toBeUndefined();
    expect(lists[1]!.query.nextToken).toBeTruthy();

    // A second sweep finds nothing; the other run's sandbox is its own business.
    expect(await cleanupRun(mine.settings, 'run-mine')).toEqual({ found: 0, killed: 0, failed: [] });
    await other.destroy();
    for (const s of made) await s.destroy(); // already gone: kill answers 404 → false, no warning
    expect(h.warnings).toEqual([]);
  });

  it('retries a rate-limited list', async () => {
    const p = h.provider({ runId: 'run-429' });
    const s = await p.create({ name: 'x', language: 'bash', network: false, env: {}, limits: check({ language: 'bash', code: '' }).limits });
    h.emu.inject({ on: 'list', status: 429, times: 1 });
    expect(await cleanupRun(p.settings, 'run-429')).toMatchObject({ found: 1, killed: 1 });
    expect(h.emu.ops('list').map((r) => r.status)).toEqual([429, 200]);
    await s.destroy();
  });

  it('derives the run id from GitHub Actions so the post step finds the same one', () => {
    const env = { GITHUB_RUN_ID: '123456', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'checks', RUNNER_NAME: 'GitHub Actions 7' };
    expect(defaultRunId(env)).toBe('gh-123456-2-checks-GitHub_Actions_7');
    expect(defaultRunId(env)).toBe(defaultRunId({ ...env }));
    // Matrix legs share run, attempt and job but not the runner.
    expect(defaultRunId({ ...env, RUNNER_NAME: 'GitHub Actions 8' })).not.toBe(defaultRunId(env));
    // Outside Actions: random, but one per process.
    expect(defaultRunId({})).toMatch(/^cli-[0-9a-f]{12}$/);
    expect(defaultRunId({})).toBe(defaultRunId({}));
    expect(new E2BProvider({ apiKey: 'k' }, { env }).runId).toBe('gh-123456-2-checks-GitHub_Actions_7');
    expect(new E2BProvider({ apiKey: 'k', runId: 'explicit' }, { env }).runId).toBe('explicit');
  });

  it('destroyAll stops a create that is waiting out a backoff', async () => {
    const p = h.provider({}, { retry: { attempts: 5, baseMs: 5000, capMs: 5000 } });
    h.emu.inject({ on: 'create', status: 503, times: Infinity });
    const limits = check({ language: 'bash', code: '' }).limits;
    const started = Date.now();
    const creating = p.create({ name: 'x', language: 'bash', network: false, env: {}, limits });
    await h.emu.waitFor(() => h.emu.ops('create').length === 1, 5000, 'the first attempt');
    await p.destroyAll();
    await expect(creating).rejects.toThrow(/cancelled/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(h.emu.ops('create')).toHaveLength(1);
  });

  it('destroyAll kills every live sandbox, and one still being created as it arrives', async () => {
    const p = h.provider();
    const limits = check({ language: 'bash', code: '' }).limits;
    const a = await p.create({ name: 'a', language: 'bash', network: false, env: {}, limits });
    h.emu.inject({ on: 'create', delayMs: 500 });
    const late = p.create({ name: 'late', language: 'bash', network: false, env: {}, limits });
    await h.emu.waitFor(() => h.emu.ops('create').length === 2, 5000, 'the second create');
    await p.destroyAll();
    expect(p.liveIds()).toEqual([]);
    await expect(late).rejects.toThrow(/cancelled/);
    expect(h.emu.liveCount()).toBe(0);
    expect(h.emu.sandboxes.get(a.id)!.killedBy).toBe('api');
  });
});
