// The rules behind expect-whole.e2e.test.ts, as pure functions: which
// expectations a cut stream can and cannot satisfy, the typed result, and
// cram escaping that reads back as the same output and never as a command.

import { describe, expect, it } from 'vitest';

import { unmetExpectation } from '../../src/engine/expect.js';
import { StreamCapture, streamText } from '../../src/engine/output.js';
import { cramLineMatches } from '../../src/engine/sections.js';
import { parseTranscript } from '../../src/languages/bash-transcript.js';
import { cramSafe } from '../../src/report/update.js';

const capture = (text: string) => {
  const c = new StreamCapture(10 * 1024 ** 2);
  c.push(Buffer.from(text));
  return c.result();
};

describe('what is kept of a stream', () => {
  it('a stream that fits in head + tail comes back whole, even split inside a character', () => {
    const text = `${'a'.repeat(32 * 1024 - 1)}é${'b'.repeat(20_000)}!`;
    const r = capture(text);
    expect(r.truncated).toBe(false);
    expect(streamText(r)).toBe(text);
  });

  it('a longer one is cut and says so', () => {
    const r = capture('a'.repeat(100_000));
    expect(r.truncated).toBe(true);
    expect(streamText(r)).toContain('bytes not shown; full log on disk');
  });
});

describe('unmetExpectation', () => {
  const cut = { exitCode: 0, stdout: streamText(capture(`${'a'.repeat(100_000)}!`)), stderr: '', truncated: { stdout: true, stderr: false } };

  it('is typed: the exit code, or the output', () => {
    expect(unmetExpectation({}, { ...cut, exitCode: 2 })).toEqual({ reason: 'exit_code', message: 'expected exit code 0, got 2' });
    expect(unmetExpectation({ shouldFail: true }, cut)?.reason).toBe('exit_code');
    expect(unmetExpectation({ stdoutEquals: 'x' }, { ...cut, stdout: 'y', truncated: false })?.reason).toBe('expectation');
  });

  it('never passes an expectation on a cut stream, except a needle found in the kept part', () => {
    expect(unmetExpectation({ stdoutMatches: 'a' }, cut)?.message).toMatch(/^stdout_matches \/a\/ was not judged: stdout was longer than/);
    expect(unmetExpectation({ stdoutEquals: 'a' }, cut)?.reason).toBe('expectation');
    expect(unmetExpectation({ stdoutLike: '...' }, cut)?.message).toMatch(/^the expected output was not judged/);
    expect(unmetExpectation({ stdoutContains: ['aaa!'] }, cut)).toBeUndefined();
    expect(unmetExpectation({ stdoutContains: ['full log'] }, cut)?.message).toMatch(/was not judged/);
    // The other stream was whole: it is judged as usual.
    expect(unmetExpectation({ stderrEquals: '' }, cut)).toBeUndefined();
    // A cut stream without an expectation on it changes nothing.
    expect(unmetExpectation({}, cut)).toBeUndefined();
  });
});

describe('cramSafe', () => {
  const hostile = ['$ rm -rf /', '$', '  $ x', '> more', '>', '...', '  ...', 'a (re)', 'b (glob)', 'c (esc)', 'd (no-eol)', '```', '~~~', 'e\x1b[31mred', 'f\\g\x07', 'tab\there', '$HOME is fine', '[1]', ''];

  it('turns every line that would read as a command, continuation, wildcard, suffix or fence into one that matches the same text', () => {
    for (const line of hostile) {
      const safe = cramSafe(line);
      expect(cramLineMatches(safe, line), JSON.stringify({ line, safe })).toBe(true);
      expect(safe).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
      const commands = parseTranscript(`$ echo one\n${safe}\n$ echo two`, 1);
      expect(commands.map((c) => c.command), JSON.stringify(safe)).toEqual(['echo one', 'echo two']);
    }
    expect(cramSafe('plain text')).toBe('plain text');
    expect(cramSafe('$HOME is fine')).toBe('$HOME is fine');
  });
});
