// The post step ends what a run left in E2B: the main step is killed
// (SIGKILL, so it cannot clean up) while its sandbox runs, then the bundled
// post step (dist/post/index.js) runs with the state the main step saved,
// against the E2B wire-protocol emulator.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulator, type E2BEmulator } from '../e2b-emulator/emulator.js';
import { distExists, runAction, workspace, type ActionRun } from './harness.js';

const KEY = 'e2b_emulator_key_0123456789';
let emu: E2BEmulator;

beforeAll(async () => {
  expect(distExists(), 'dist/index.js is missing: run `node scripts/bundle.mjs`').toBe(true);
  emu = await startEmulator({ apiKey: KEY });
});

afterAll(async () => {
  for (const s of emu?.live() ?? []) emu.killSandbox(s, 'shutdown');
  await emu?.close();
});

/** Runs the main step until its sandbox is running, then kills it outright. */
async function leak(ws: string): Promise<ActionRun> {
  const before = emu.liveCount();
  return runAction({
    workspace: ws,
    inputs: { code: 'import time\nprint("started", flush=True)\ntime.sleep(600)\n', language: 'python', provider: 'e2b', 'e2b-api-key': KEY, timeout: '5m', stream: 'true' },
    env: { E2B_API_URL: emu.url, E2B_SANDBOX_URL: emu.url },
    onSpawn: (child) => {
      const poll = setInterval(() => {
        if (emu.liveCount() > before && emu.ops('start').length > 0 && emu.runningProcesses() > 0) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 50);
      child.on('close', () => clearInterval(poll));
    },
  });
}

describe('post step', () => {
  it('ends the sandboxes its own run left, and only those', async () => {
    const ws = workspace({});
    const a = await leak(ws);
    const b = await leak(ws);
    expect(a.code).toBeNull(); // killed
    expect(a.state.provider).toBe('e2b');
    expect(a.state['e2b-run-id']).toMatch(/^gh-8675309-1-snippets-[0-9a-f]{8}$/);
    expect(a.state['e2b-run-id']).not.toBe(b.state['e2b-run-id']);
    expect(emu.liveCount()).toBe(2);

    const post = await runAction({
      workspace: ws,
      inputs: { 'e2b-api-key': KEY },
      entry: 'dist/post/index.js',
      state: a.state,
      // The job's env is the same in both steps; the post step reads the endpoint from it, never from state.
      env: { E2B_API_URL: emu.url, E2B_SANDBOX_URL: emu.url },
    });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain(`ended 1 leftover sandbox of run ${a.state['e2b-run-id']}`);
    expect(emu.liveCount()).toBe(1);
    expect(emu.live()[0]!.metadata.run).toBe(b.state['e2b-run-id']);

    const postB = await runAction({ workspace: ws, inputs: { 'e2b-api-key': KEY }, entry: 'dist/post/index.js', state: b.state, env: { E2B_API_URL: emu.url, E2B_SANDBOX_URL: emu.url } });
    expect(postB.code).toBe(0);
    expect(emu.liveCount()).toBe(0);
  });

  it('warns but does not fail the job when E2B is unreachable', async () => {
    const ws = workspace({});
    const r = await runAction({
      workspace: ws,
      inputs: { 'e2b-api-key': KEY },
      entry: 'dist/post/index.js',
      state: { provider: 'e2b', 'e2b-run-id': 'gh-1-1-job-deadbeef' },
      env: { E2B_API_URL: 'http://127.0.0.1:9', E2B_SANDBOX_URL: 'http://127.0.0.1:9' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::sandbox-checks post:/);
  });
});
