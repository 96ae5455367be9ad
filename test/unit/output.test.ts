import { describe, expect, it } from 'vitest';

import { unmetExpectation } from '../../src/engine/expect.js';
import { normalise } from '../../src/engine/textdiff.js';
import { StreamCapture, streamText } from '../../src/engine/output.js';

describe('StreamCapture', () => {
  it('keeps short output whole', () => {
    const c = new StreamCapture(1000, undefined, undefined, 64);
    c.push(Buffer.from('hello\n'));
    expect(c.result()).toEqual({ head: 'hello\n', tail: '', bytes: 6, truncated: false });
  });

  it('keeps only head and tail of long output, bounded in memory', () => {
    const c = new StreamCapture(10_000_000, undefined, undefined, 100);
    for (let i = 0; i < 10_000; i++) c.push(Buffer.from(`line ${i}\n`));
    const r = c.result();
    expect(r.head.startsWith('line 0\nline 1\n')).toBe(true);
    expect(r.head.length).toBe(100);
    expect(r.tail.endsWith('line 9999\n')).toBe(true);
    expect(r.tail.length).toBe(100);
    expect(r.truncated).toBe(true);
    expect(streamText(r)).toMatch(/bytes not shown; full log on disk/);
  });

  it('reports when the stream passes its limit and keeps nothing past it', () => {
    const c = new StreamCapture(10, undefined, undefined, 100);
    expect(c.push(Buffer.from('12345'))).toBe(true);
    expect(c.push(Buffer.from('67890abc'))).toBe(false);
    expect(c.overLimit).toBe(true);
    expect(c.result().head).toBe('1234567890');
  });

  it('turns invalid UTF-8 into replacement characters instead of failing', () => {
    const c = new StreamCapture(100);
    c.push(Buffer.from([0x61, 0xff, 0xfe, 0x00, 0x62]));
    expect(c.result().head).toBe('a\uFFFD\uFFFD\u0000b');
  });
});

describe('expectations', () => {
  const seen = { exitCode: 0, stdout: 'Average age: 30  \n\n', stderr: '', truncated: false };

  it('ignores trailing whitespace when comparing whole output', () => {
    expect(normalise('a  \r\nb\t\n\n')).toBe('a\nb');
    expect(unmetExpectation({ stdoutEquals: 'Average age: 30' }, seen)).toBeUndefined();
  });

  it('explains each kind of unmet expectation', () => {
    expect(unmetExpectation({}, { ...seen, exitCode: 3 })).toEqual({ reason: 'exit_code', message: 'expected exit code 0, got 3' });
    expect(unmetExpectation({ exitCode: 1 }, seen)).toEqual({ reason: 'exit_code', message: 'expected exit code 1, got 0' });
    expect(unmetExpectation({ stdoutEquals: 'x' }, seen)?.message).toBe('stdout differs from the expected text: expected "x", got "Average age: 30"');
    expect(unmetExpectation({ stdoutContains: ['age', 'nope'] }, seen)?.message).toBe('stdout does not contain "nope"');
    expect(unmetExpectation({ stdoutMatches: '^\\d+$' }, seen)?.message).toBe('stdout does not match /^\\d+$/');
    expect(unmetExpectation({ stderrContains: ['warn'] }, seen)?.message).toBe('stderr does not contain "warn"');
  });
});
