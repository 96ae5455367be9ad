// The engine makes the next checks' E2B sandboxes while earlier checks run,
// bounded by the concurrency, and never leaves one behind.
import { describe, expect, it } from 'vitest';

import { check } from '../helpers.js';
import { useEmulator } from './setup.js';

const h = useEmulator();

describe('sandboxes made ahead (E2B)', () => {
  it('creates for later checks while earlier ones run, at most concurrency ahead', async () => {
    h.emu.inject({ on: 'create', delayMs: 150, times: Infinity });
    const checks = Array.from({ length: 6 }, (_, i) => check({ name: `c${i}`, language: 'bash', code: `sleep 0.3; echo ${i}` }));
    const outcomes = await h.run(checks, {}, { concurrency: 2 });
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill('passed'));
    const creates = h.emu.ops('create');
    const starts = h.emu.ops('start');
    expect(creates).toHaveLength(6);
    // The third check's sandbox was asked for before the first check's program ended.
    const firstRunEnd = Math.min(...h.emu.ops('kill').map((r) => r.at));
    expect(creates[2]!.at).toBeLessThan(firstRunEnd);
    expect(starts.length).toBeGreaterThanOrEqual(6);
    // Never more than checks running (2) + made ahead (2) alive at once.
    let live = 0;
    let peak = 0;
    for (const r of [...creates.map((c) => ({ at: c.at, d: 1 })), ...h.emu.ops('kill').map((k) => ({ at: k.at, d: -1 }))].sort((a, b) => a.at - b.at)) {
      live += r.d;
      peak = Math.max(peak, live);
    }
    expect(peak).toBeLessThanOrEqual(4);
  });

  it('a sandbox made ahead for a check that ends early (missing toolchain) is killed', async () => {
    const checks = [
      check({ name: 'ok', language: 'bash', code: 'sleep 0.2; echo ok' }),
      check({ name: 'no go', language: 'go', code: 'package main\nfunc main() {}' }),
      check({ name: 'ok2', language: 'bash', code: 'echo ok2' }),
    ];
    const outcomes = await h.run(checks, {}, { concurrency: 1 });
    expect(outcomes.map((o) => [o.name, o.status, o.reason])).toEqual([
      ['ok', 'passed', undefined],
      ['no go', 'error', 'toolchain_missing'],
      ['ok2', 'passed', undefined],
    ]);
  });
});
