// src/action/core.ts writes what @actions/core writes: every call is made on
// both, with hostile values (command markers, separators, newlines, percent
// signs, non-strings), and the bytes on stdout, in the file-command files and
// in the job summary are compared; so are the errors and the exit code.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as real from '@actions/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import * as ours from '../../src/action/core.js';

const HOSTILE = ['plain', '', '::error::x', 'a%0Ab', '100% done\r\nnext: line, more', 'title: a, b=c', 'ghadelimiter_x', '\u2028 é'];

type Core = typeof ours;

interface Captured {
  stdout: string;
  output: string;
  state: string;
  summary: string;
  exitCode: typeof process.exitCode;
  error?: string;
}

let dir: string;
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'core-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

/** Runs `act` against a fresh set of runner files, capturing everything it writes. */
async function capture(act: () => unknown, files: { output?: boolean | string; state?: boolean; summary?: boolean } = {}): Promise<Captured> {
  const f = { output: path.join(dir, 'output'), state: path.join(dir, 'state'), summary: path.join(dir, 'summary') };
  for (const p of Object.values(f)) writeFileSync(p, '');
  const env = { GITHUB_OUTPUT: files.output, GITHUB_STATE: files.state, GITHUB_STEP_SUMMARY: files.summary } as const;
  for (const [k, on] of Object.entries(env)) {
    const key = k === 'GITHUB_OUTPUT' ? f.output : k === 'GITHUB_STATE' ? f.state : f.summary;
    if (typeof on === 'string') process.env[k] = on;
    else if (on) process.env[k] = key;
    else delete process.env[k];
  }
  const exitBefore = process.exitCode;
  process.exitCode = undefined;
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  let error: string | undefined;
  try {
    await act();
  } catch (e) {
    error = (e as Error).message;
  } finally {
    process.stdout.write = write;
  }
  const exitCode = process.exitCode;
  process.exitCode = exitBefore;
  // The heredoc delimiter is random on both sides.
  const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');
  return {
    stdout: norm(stdout),
    output: norm(readFileSync(f.output, 'utf8')),
    state: norm(readFileSync(f.state, 'utf8')),
    summary: readFileSync(f.summary, 'utf8'),
    exitCode,
    error: error && norm(error),
  };
}

async function same(call: (c: Core) => unknown, files?: Parameters<typeof capture>[1]): Promise<Captured> {
  const want = await capture(() => call(real as unknown as Core), files);
  const got = await capture(() => call(ours), files);
  expect(got).toEqual(want);
  return got;
}

describe('the workflow commands match @actions/core', () => {
  it('log lines, debug, groups and masks', async () => {
    for (const s of HOSTILE) {
      await same((c) => c.info(s));
      await same((c) => c.debug(s));
      await same((c) => c.setSecret(s));
      await same((c) => c.startGroup(s));
    }
    const r = await same((c) => c.endGroup());
    expect(r.stdout).toBe(`::endgroup::${os.EOL}`);
  });

  it('annotations, with and without properties, and setFailed sets exit code 1', async () => {
    for (const s of HOSTILE) {
      await same((c) => c.warning(s));
      await same((c) => c.error(s, { title: s, file: `docs/${s}.md`, startLine: 3 }));
      await same((c) => c.warning(s, { title: '', file: s, startLine: 0, endLine: 9, startColumn: 2, endColumn: 4 }));
      await same((c) => c.error(new Error(s)));
    }
    const r = await same((c) => c.setFailed('it: failed, 100%\nsecond line'));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(`::error::it: failed, 100%25%0Asecond line${os.EOL}`);
  });

  it('outputs and state, through the files and through the legacy commands', async () => {
    for (const s of HOSTILE) {
      const values: unknown[] = [s, 42, { a: s }, null, undefined];
      for (const v of values) {
        const r = await same((c) => c.setOutput(`out-${s}`, v), { output: true });
        expect(r.output).toContain('ghadelimiter_<uuid>');
        await same((c) => c.saveState(`st-${s}`, v), { state: true });
        await same((c) => c.setOutput(`out-${s}`, v));
        await same((c) => c.saveState(`st-${s}`, v));
      }
    }
  });

  it('file-command errors: a missing file is said the same way', async () => {
    const gone = { output: path.join(dir, 'gone') };
    const a = await capture(() => real.setOutput('x', 'y'), gone);
    const b = await capture(() => ours.setOutput('x', 'y'), gone);
    expect(b).toEqual(a);
    expect(b.error).toMatch(/Missing file at path/);
  });

  it('the job summary is appended, and its errors match', async () => {
    // @actions/core's summary remembers the first file it found; the Action writes its summary once.
    const append = (c: Core, s: string) => {
      if (c === ours) return ours.appendSummary(s);
      (real.summary as unknown as { _filePath?: string })._filePath = undefined;
      return real.summary.emptyBuffer().addRaw(s).write();
    };
    for (const s of HOSTILE) await same((c) => append(c, s), { summary: true });
    const none = await same((c) => append(c, 'x'));
    expect(none.error).toMatch(/GITHUB_STEP_SUMMARY/);
  });

  it('inputs and state are read the same way', () => {
    process.env['INPUT_E2B-API-KEY'] = '  key with spaces \n';
    process.env.INPUT_MY_INPUT = 'v';
    process.env.STATE_provider = 'e2b';
    for (const n of ['e2b-api-key', 'my input', 'absent']) expect(ours.getInput(n)).toBe(real.getInput(n));
    for (const n of ['provider', 'absent']) expect(ours.getState(n)).toBe(real.getState(n));
    expect(ours.getInput('e2b-api-key')).toBe('key with spaces');
  });
});
