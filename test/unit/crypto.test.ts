// src/crypto.ts: the random bytes behind stop-commands tokens, file-command
// delimiters and workspace names must be unpredictable, and hashes as
// node:crypto makes them (it is only loaded later).

import { createHash as nodeHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { createHash, randomBytes, randomUUID } from '../../src/crypto.js';

describe('crypto without node:crypto at start-up', () => {
  it('randomBytes gives the length asked for, never the same bytes twice, and spreads over every byte value', () => {
    expect(randomBytes(0)).toHaveLength(0);
    expect(randomBytes(33)).toHaveLength(33);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(randomBytes(16).toString('hex'));
    expect(seen.size).toBe(200);
    // 64 KiB of uniform bytes hit every value (a constant or a counter would not).
    expect(new Set(randomBytes(65_536)).size).toBe(256);
  });

  it('randomUUID is a version 4, variant 1 UUID, different every time', () => {
    const a = randomUUID();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomUUID()).not.toBe(a);
  });

  it('createHash is node:crypto\'s', () => {
    expect(createHash('sha256').update('sandbox').digest('hex')).toBe(nodeHash('sha256').update('sandbox').digest('hex'));
  });
});
