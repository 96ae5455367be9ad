// What a run asks of E2B, read from the emulator's own request log: with no
// creation pacing the sandboxes of the running and the next checks are made
// at once, and a check costs E2B no request beyond create, upload, start and
// kill unless its deadline lies past the sandbox's lifetime.
import { describe, expect, it } from 'vitest';

import type { RecordedRequest } from '../e2b-emulator/emulator.js';
import { check } from '../helpers.js';
import { useEmulator } from './setup.js';

const h = useEmulator();

/** The most requests of `reqs` that were open at one moment (from arrival to answer). */
function peakInFlight(reqs: RecordedRequest[]): number {
  const edges = reqs.flatMap((r) => [
    { at: r.at, d: 1 },
    { at: r.doneAt ?? Infinity, d: -1 },
  ]);
  // An answer and an arrival in the same millisecond: the answer first, so only true overlap counts.
  edges.sort((a, b) => a.at - b.at || a.d - b.d);
  let open = 0;
  let peak = 0;
  for (const e of edges) {
    open += e.d;
    peak = Math.max(peak, open);
  }
  return peak;
}

describe('requests of a run (E2B)', () => {
  it('with create_interval 0, the running checks\' and the next checks\' sandboxes are all being made at once', async () => {
    // Long enough that every create of the first wave is asked for while the first is still being made.
    h.emu.inject({ on: 'create', delayMs: 400, times: Infinity });
    const C = 4;
    const checks = Array.from({ length: 3 * C }, (_, i) => check({ name: `c${i}`, language: 'bash', code: `echo ${i}` }));
    const outcomes = await h.run(checks, { createIntervalMs: 0 }, { concurrency: C });
    expect(outcomes.map((o) => o.status)).toEqual(Array(3 * C).fill('passed'));
    const creates = h.emu.ops('create');
    expect(creates).toHaveLength(3 * C);
    expect(creates.every((r) => r.doneAt !== undefined)).toBe(true);
    // C for the checks running and C made ahead: none waits for another.
    expect(peakInFlight(creates)).toBe(2 * C);
  });

  it('paced creations (create_interval) are never in flight together when each takes less than the interval', async () => {
    h.emu.inject({ on: 'create', delayMs: 50, times: Infinity });
    const checks = Array.from({ length: 4 }, (_, i) => check({ name: `p${i}`, language: 'bash', code: `echo ${i}` }));
    const outcomes = await h.run(checks, { createIntervalMs: 500 }, { concurrency: 4 });
    expect(outcomes.map((o) => o.status)).toEqual(Array(4).fill('passed'));
    expect(peakInFlight(h.emu.ops('create'))).toBe(1);
  });

  it('a check asks E2B for create, upload, start and kill only: the lifetime given at creation covers its deadline', async () => {
    const checks = Array.from({ length: 5 }, (_, i) => check({ name: `r${i}`, language: 'python', code: `print(${i})` }));
    const outcomes = await h.run(checks, {}, { concurrency: 2 });
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('passed'));
    const perCheck = h.emu.requests.filter((r) => r.op !== 'control' && r.op !== 'list');
    const count = (op: string) => perCheck.filter((r) => r.op === op).length;
    expect({ create: count('create'), files: count('files'), start: count('start'), kill: count('kill'), all: perCheck.length }).toEqual({
      create: 5,
      files: 5,
      start: 5,
      kill: 5,
      all: 20,
    });
  });

  it('a step whose deadline lies past the sandbox\'s lifetime stretches it first, to the deadline plus the margin', async () => {
    const provider = h.provider();
    const limits = check({ language: 'bash', code: '' }).limits;
    // Made for a 1 s check: E2B gives it 1 s + the 60 s margin.
    const sandbox = await provider.create({ name: 'stretch', language: 'bash', network: false, env: {}, limits: { ...limits, timeoutMs: 1000 } });
    try {
      expect(h.emu.ops('create').map((r) => (r.body as { timeout: number }).timeout)).toEqual([61]);
      const run = (deadline: number) =>
        sandbox.run({ command: 'true', env: {}, stdin: '', network: false, deadline, signal: new AbortController().signal, onStdout: () => {}, onStderr: () => {} });
      // A deadline 20 s away: the sandbox outlives it by more than half the margin, so nothing is asked.
      expect(await run(Date.now() + 20_000)).toMatchObject({ exitCode: 0 });
      expect(h.emu.ops('timeout')).toHaveLength(0);
      // 120 s away: past its lifetime, so it is stretched to cover the deadline and the whole margin.
      expect(await run(Date.now() + 120_000)).toMatchObject({ exitCode: 0 });
      const stretched = h.emu.ops('timeout').map((r) => (r.body as { timeout: number }).timeout);
      expect(stretched).toHaveLength(1);
      expect(stretched[0]).toBeGreaterThanOrEqual(179);
      expect(stretched[0]).toBeLessThanOrEqual(181);
    } finally {
      await sandbox.destroy();
      await provider.dispose();
    }
  });

  it('a sandbox that took longer than half the margin to make counts its lifetime from the request, and is stretched', async () => {
    // E2B may start the sandbox's clock when it gets the request: after a 33 s create, a
    // lifetime counted from the answer would leave the check's deadline less slack than it seems.
    h.emu.inject({ on: 'create', delayMs: 33_000 });
    const provider = h.provider();
    const limits = check({ language: 'bash', code: '' }).limits;
    const sandbox = await provider.create({ name: 'slow', language: 'bash', network: false, env: {}, limits: { ...limits, timeoutMs: 40_000 } });
    try {
      const r = await sandbox.run({ command: 'true', env: {}, stdin: '', network: false, deadline: Date.now() + 40_000, signal: new AbortController().signal, onStdout: () => {}, onStderr: () => {} });
      expect(r).toMatchObject({ exitCode: 0 });
      const stretched = h.emu.ops('timeout').map((x) => (x.body as { timeout: number }).timeout);
      expect(stretched).toHaveLength(1);
      // To the deadline (40 s away) plus the whole margin.
      expect(stretched[0]).toBeGreaterThanOrEqual(99);
      expect(stretched[0]).toBeLessThanOrEqual(100);
    } finally {
      await sandbox.destroy();
      await provider.dispose();
    }
  }, 60_000);
});
