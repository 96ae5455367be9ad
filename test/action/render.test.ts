// The pure parts of the Action: report renderers, the workflow log, inputs,
// shards and bounded outputs.

import { describe, expect, it } from 'vitest';

import { envInput, readInputs } from '../../src/action/inputs.js';
import { formatProblem, ProblemsError } from '../../src/errors.js';
import { boundedResults } from '../../src/action/outputs.js';
import { shardOf } from '../../src/plan/workflow.js';
import { secretForms } from '../../src/trust/secrets.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { commentMarker, COMMENT_LIMIT, renderComment } from '../../src/report/comment.js';
import { sameLogin } from '../../src/action/github.js';
import { inertLine, WorkflowLog } from '../../src/report/log.js';
import { fenced } from '../../src/report/markdown.js';
import { renderSummary, type ReportInput } from '../../src/report/summary.js';
import type { Check, Outcome, Status, Totals } from '../../src/types.js';
import { providerEntry } from '../../src/providers/index.js';
import { outsideFences, reportProblems } from './markdown-check.js';
import { processedCommands } from './runner-commands.js';

function outcome(name: string, status: Status, out = '', extra: Partial<Outcome> = {}): Outcome {
  return {
    name,
    language: 'python',
    provider: 'local',
    status,
    reason: status === 'failed' ? 'exit_code' : status === 'error' ? 'sandbox_error' : undefined,
    message: status === 'passed' ? undefined : `it ${status}`,
    exitCode: status === 'failed' ? 1 : 0,
    durationMs: 120,
    stdout: { head: out, tail: '', bytes: out.length, truncated: false },
    stderr: { head: '', tail: '', bytes: 0, truncated: false },
    ...extra,
  };
}

function totalsOf(outcomes: Outcome[]): Totals {
  const t: Totals = { passed: 0, failed: 0, timed_out: 0, error: 0, skipped: 0, total: outcomes.length, durationMs: 999 };
  for (const o of outcomes) t[o.status]++;
  return t;
}

function report(outcomes: Outcome[]): ReportInput {
  return {
    outcomes,
    totals: totalsOf(outcomes),
    providerLabel: providerEntry('local').label,
    cancelled: false,
    links: { serverUrl: 'https://github.com', repository: 'o/r', runId: '5', sha: 'abcdef1234567' },
  };
}

const check = (name: string): Check =>
  ({ name, language: 'python', entry: 'main.py', files: [], args: [], env: {}, stdin: '', network: false, packages: [], limits: {}, expect: {} }) as unknown as Check;

describe('markdown pieces', () => {
  it('fences text so that no line of it can close the block', () => {
    const text = 'a\n```\n````\n~~~\n</details>\nb';
    const block = fenced(text);
    const parsed = outsideFences(`before\n${block}\nafter`);
    expect(parsed.unclosed).toBe(false);
    expect(parsed.blocks).toEqual([text]);
    expect(parsed.text).toBe('before\nafter');
  });

  it('gives each workflow+job+key its own marker, which no value can end early', () => {
    const m = commentMarker({ workflow: 'CI --> <b>', job: 'test', key: 'linux' });
    expect(m).toMatch(/^<!-- sandbox-checks workflow=[^>]* job=test key=linux -->$/);
    expect(m.slice(4, -3)).not.toContain('--');
    expect(commentMarker({ workflow: 'CI', job: 'test', key: 'a' })).not.toBe(commentMarker({ workflow: 'CI', job: 'test', key: 'b' }));
    expect(commentMarker({ workflow: 'CI', job: 'test' })).not.toBe(commentMarker({ workflow: 'CI', job: 'lint' }));
  });

  it('matches a bot login with or without [bot]', () => {
    expect(sameLogin('github-actions[bot]', 'github-actions')).toBe(true);
    expect(sameLogin('github-actions[bot]', 'mallory')).toBe(false);
  });
});

describe('comment and summary limits', () => {
  const big = 'x'.repeat(60) + '\n';
  const many = [
    ...Array.from({ length: 3000 }, (_, i) => outcome(`passing-check-${i}`, 'passed')),
    ...Array.from({ length: 400 }, (_, i) => outcome(`failing-check-${i}`, 'failed', big.repeat(800))),
  ];

  it('keeps the comment under 65,536 characters, problems first in the table, and says where the rest is', () => {
    const r = renderComment(report(many), commentMarker({ workflow: 'w', job: 'j' }));
    expect(r.text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(r.truncated).toBe(true);
    expect(r.text).toContain('failing-check-0');
    expect(r.text).toMatch(/… and \d+ more checks not listed here/);
    expect(r.text).toContain('[the job summary](https://github.com/o/r/actions/runs/5)');
    expect(reportProblems(r.text)).toEqual([]);
  });

  it('shows everything when it fits', () => {
    const small = [outcome('a', 'passed'), outcome('b', 'failed', 'boom\n')];
    const r = renderComment(report(small), '<!-- m -->');
    expect(r.truncated).toBe(false);
    expect(r.text).toContain('boom');
    expect(r.text).toContain('❌ sandbox-checks: 1 of 2 checks did not pass');
  });

  it('keeps the job summary under 1 MiB', () => {
    const r = renderSummary(report(many));
    expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(1_000_000);
    expect(r.truncated).toBe(true);
    expect(reportProblems(r.text)).toEqual([]);
    expect(r.text).toMatch(/Output of \d+ more checks were left out/);
  });

  it('escapes names in HTML and keeps @mentions inside <code>', () => {
    const r = renderSummary(report([outcome('<img src=x onerror=alert(1)> @someone', 'failed', '@someone hi')]));
    expect(reportProblems(r.text, { mention: '@someone' })).toEqual([]);
    expect(r.text).toContain('<code>&lt;img src=x onerror=alert(1)&gt; @someone</code>');
  });
});

describe('annotations', () => {
  it('annotates each failure at its file and line, aggregating past the cap', () => {
    const fails = Array.from({ length: 12 }, (_, i) => outcome(`c${i}`, 'failed', '', { file: `docs/f${i}.md`, line: i + 1 }));
    const a = annotationsFor([outcome('ok', 'passed'), ...fails], 9);
    expect(a).toHaveLength(9);
    expect(a.slice(0, 8).map((x) => [x.file, x.startLine])).toEqual(fails.slice(0, 8).map((f) => [f.file, f.line]));
    expect(a[8]!.title).toBe('4 more checks did not pass');
    expect(a[8]!.message).toContain('c8 (failed), c9 (failed), c10 (failed), c11 (failed)');
    expect(annotationsFor(fails.slice(0, 3), 10)).toHaveLength(3);
  });

  it('does not point at paths outside the repository', () => {
    const [a] = annotationsFor([outcome('x', 'failed', '', { file: '../../etc/passwd', line: 1 })]);
    expect(a!.file).toBeUndefined();
  });
});

describe('workflow log', () => {
  const tokens = () => {
    let n = 0;
    return () => `${(++n).toString(16).padStart(32, '0')}`;
  };

  it('prefixes live lines in parallel, prints each group whole at the end, all inside stop-commands', () => {
    let out = '';
    const log = new WorkflowLog({ write: (s) => (out += s), stream: true, parallel: true, token: tokens() });
    const a = check('a.py');
    const b = check('b.py');
    log.onCheckStart(a);
    log.onCheckStart(b);
    log.onOutput(a, 'stdout', Buffer.from('one\n::error::x\npart'));
    log.onOutput(b, 'stdout', Buffer.from('b-line\r\n'));
    log.onOutput(a, 'stdout', Buffer.from([0x69, 0x61, 0x6c, 0x20, 0xe2, 0x82]));
    log.onOutput(a, 'stdout', Buffer.from([0xac, 0x0a]));
    log.onCheckEnd(outcome('b.py', 'passed'), b);
    log.onCheckEnd(outcome('a.py', 'failed'), a);
    log.finish();
    const lines = out.split('\n');
    expect(lines).toContain('[a.py] one');
    expect(lines).toContain('[a.py] partial €');
    expect(lines).toContain('[b.py] b-line');
    expect(out).not.toContain('\r');
    const cmds = processedCommands(out);
    expect(cmds.filter((c) => c.command !== 'stop-commands').map((c) => `${c.command}:${c.data}`)).toEqual([
      'group:b.py (python)',
      'endgroup:',
      'group:a.py (python)',
      'endgroup:',
    ]);
    // a's group holds its whole output, after b's status line.
    const groupA = out.slice(out.indexOf('::group::a.py'));
    expect(groupA).toContain('one\n::error::x\npartial €\n→ it failed');
    expect(out.trimEnd().split('\n').pop()).toMatch(/^✘ FAIL a\.py \(python\) · 120 ms — exit code 1$/);
  });

  it('streams one check at a time inside its open group', () => {
    let out = '';
    const log = new WorkflowLog({ write: (s) => (out += s), stream: true, parallel: false, token: tokens() });
    const a = check('a.py');
    log.onCheckStart(a);
    log.onOutput(a, 'stdout', Buffer.from('hello\n'));
    expect(out).toBe(`::group::a.py (python)\n::stop-commands::${'1'.padStart(32, '0')}\nhello\n`);
    log.onCheckEnd(outcome('a.py', 'passed'), a);
    expect(out.endsWith(`::${'1'.padStart(32, '0')}::\n::endgroup::\n✔ PASS a.py (python) · 120 ms\n`)).toBe(true);
  });

  it('makes names inert where it prints them outside a stop-commands stretch', () => {
    expect(processedCommands(inertLine('::error::x'))).toEqual([]);
    expect(processedCommands(inertLine('x ##[add-mask]y'))).toEqual([]);
    let out = '';
    const log = new WorkflowLog({ write: (s) => (out += s), stream: false, parallel: false });
    const c = check('##[add-mask]x\n::error::y');
    log.onCheckEnd(outcome(c.name, 'skipped'), c);
    expect(processedCommands(out)).toEqual([]);
  });
});

describe('inputs', () => {
  const env = (vars: Record<string, string>) => envInput(Object.fromEntries(Object.entries(vars).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])));

  it('reads hyphenated names, multiline globs and booleans', () => {
    const i = readInputs(env({ files: 'a.py\n\n  docs/**/*.md\n# comment\n', 'fail-on': 'ERROR', stream: 'True', 'comment-key': 'linux', shard: '2/3' }));
    expect(i.files).toEqual(['a.py', 'docs/**/*.md']);
    expect(i.failOn).toBe('error');
    expect(i.stream).toBe(true);
    expect(i.commentKey).toBe('linux');
    expect(i.shard).toEqual({ index: 2, total: 3 });
    expect(i.comment).toBe('on-failure');
    expect(i.summary).toBe(true);
  });

  it('reports every bad input at once, each by name', () => {
    try {
      readInputs(env({ code: 'print(1)', language: 'python', network: 'yes', shard: '3/2', provider: 'cloud', timeout: '2h', comment: 'sometimes' }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProblemsError);
      expect((e as ProblemsError).kind).toBe('inputs');
      const p = (e as ProblemsError).problems.map(formatProblem);
      expect(p).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^input "network": expected true or false/),
          expect.stringMatching(/^input "shard": expected "i\/n"/),
          expect.stringMatching(/^input "provider": expected one of auto, local, e2b/),
          expect.stringMatching(/^input "timeout": must be at most 1 hour/),
          expect.stringMatching(/^input "comment": expected one of always, on-failure, never/),
        ]),
      );
      expect(p).toHaveLength(5);
    }
  });
});

describe('shards and outputs', () => {
  it('splits a plan into disjoint shards that cover it', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const shards = [1, 2, 3].map((index) => shardOf(items, { index, total: 3 }));
    expect(shards.flat().sort((a, b) => a - b)).toEqual(items);
    expect(shardOf(items, { index: 2, total: 3 })).toEqual(shards[1]);
  });

  it('shortens the results output to fit, keeping the contract fields', () => {
    const outcomes = Array.from({ length: 50 }, (_, i) => outcome(`c${i}`, 'failed', 'y'.repeat(40_000)));
    const text = boundedResults(outcomes, totalsOf(outcomes), 200_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200_000);
    const json = JSON.parse(text);
    expect(json.version).toBe(1);
    expect(json.totals.failed).toBe(50);
    expect(json.checks[0]).toMatchObject({ name: 'c0', status: 'failed', truncated: true });
  });

  it('knows the forms a token takes in a checkout', () => {
    const forms = secretForms(['ghs_abcdefgh12345678']);
    expect(forms).toContain(Buffer.from('x-access-token:ghs_abcdefgh12345678').toString('base64').replace(/=+$/, ''));
    expect(secretForms(['short'])).toEqual([]);
  });
});
