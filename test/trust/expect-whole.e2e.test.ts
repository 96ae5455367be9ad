// Expectations are judged on the whole output, never on the part the engine
// keeps (the first and last 32 KiB of each stream), through the real CLI:
// output past what is kept fails with reason `expectation` and says why,
// output that fits is judged whole (its tail was once dropped between 32 and
// 64 KiB). `run --update` writes a program's output so that the document,
// run again, runs exactly the commands it ran before.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { workspace } from '../action/harness.js';
import { runCli } from '../helpers.js';
import { parseTranscript } from '../../src/languages/bash-transcript.js';
import { loadMarkdownParser, parseMarkdown } from '../../src/plan/markdown.js';

beforeAll(loadMarkdownParser);

type Report = { checks: { name: string; status: string; reason?: string; message?: string }[] };

async function run(toml: string, files: Record<string, string> = {}) {
  const ws = workspace({ 'sandbox-checks.toml': toml, ...files });
  const r = await runCli(['run', '--provider', 'local', '--json', 'out.json'], { cwd: ws, timeoutMs: 120_000 });
  const report = JSON.parse(readFileSync(path.join(ws, 'out.json'), 'utf8')) as Report;
  return { ...r, byName: new Map(report.checks.map((c) => [c.name, c])) };
}

const check = (name: string, code: string, expectation: string) => `[[check]]\nname = "${name}"\nlanguage = "python"\ncode = "${code}"\nexpect = { ${expectation} }\n\n`;
const NOT_JUDGED = 'was longer than the 64 KiB of it kept in memory (its first and last 32 KiB), and an expectation is never judged on part of the output';

describe('an expectation is never judged on a part of the output', () => {
  it('50,000 a\'s then "!" (within what is kept) is judged whole: ^a+$ fails, the equality and contains see the tail', async () => {
    const r = await run(
      check('matches', "import sys; sys.stdout.write('a' * 50000 + '!')", 'stdout_matches = "^a+$"') +
        check('equals', "import sys; sys.stdout.write('a' * 50000 + '!')", `stdout = "${'a'.repeat(50_000)}"`) +
        check('tail found', "import sys; sys.stdout.write('a' * 50000 + 'END')", 'stdout_contains = ["aEND"]'),
    );
    expect(r.code, r.stderr).toBe(1);
    expect(r.byName.get('matches')).toMatchObject({ status: 'failed', reason: 'expectation', message: 'stdout does not match /^a+$/' });
    expect(r.byName.get('equals')).toMatchObject({ status: 'failed', reason: 'expectation' });
    expect(r.byName.get('equals')!.message).toMatch(/^stdout differs from the expected text/);
    expect(r.byName.get('tail found')).toMatchObject({ status: 'passed' });
  }, 180_000);

  it('past what is kept, matches / equality / a missing needle fail with reason expectation and say so; a needle in the kept part passes', async () => {
    const big = "import sys; sys.stdout.write('a' * 200000 + '!')";
    const r = await run(
      check('matches', big, 'stdout_matches = "^a+!$"') +
        check('equals', big, 'stdout = "a"') +
        check('missing needle', "import sys; sys.stdout.write('a' * 100000 + 'MID' + 'a' * 100000)", 'stdout_contains = ["MID"]') +
        check('needle kept', big, 'stdout_contains = ["a!"]') +
        check('marker is not text', big, 'stdout_contains = ["bytes not shown"]') +
        check('stderr cut, stdout judged', "import sys; sys.stderr.write('e' * 200000); print('ok')", 'stdout = "ok"'),
    );
    expect(r.code, r.stderr).toBe(1);
    for (const [name, what] of [
      ['matches', 'stdout_matches /^a+!$/ was not judged'],
      ['equals', 'stdout = "…" was not judged'],
      ['missing needle', 'stdout_contains "MID" was not judged'],
      ['marker is not text', 'stdout_contains "bytes not shown" was not judged'],
    ]) {
      const c = r.byName.get(name!)!;
      expect(c, name).toMatchObject({ status: 'failed', reason: 'expectation' });
      expect(c.message).toContain(what!);
      expect(c.message).toContain(`stdout ${NOT_JUDGED}`);
    }
    expect(r.byName.get('needle kept')).toMatchObject({ status: 'passed' });
    expect(r.byName.get('stderr cut, stdout judged')).toMatchObject({ status: 'passed' });
  }, 180_000);

  it('an `output` block and a transcript section are not judged on a part either', async () => {
    const md = [
      '```python',
      "print('a' * 200000)",
      '```',
      '',
      '```output',
      '...',
      '```',
      '',
      '```console',
      "$ python3 -c \"print('b' * 200000)\"",
      '...',
      '```',
      '',
    ].join('\n');
    const r = await run('[snippets]\npaths = ["README.md"]\n', { 'README.md': md });
    expect(r.code, r.stderr).toBe(1);
    const [block, transcript] = [...r.byName.values()];
    expect(block).toMatchObject({ status: 'failed', reason: 'expectation' });
    expect(block!.message).toContain(`the expected output was not judged: stdout ${NOT_JUDGED}`);
    expect(transcript).toMatchObject({ status: 'failed', reason: 'expectation' });
    expect(transcript!.message).toContain(`the expected output of each command was not judged: stdout ${NOT_JUDGED}`);
  }, 180_000);
});

describe('run --update writes output that stays output', () => {
  const commandsOf = (text: string) =>
    parseMarkdown(text)
      .blocks.filter((b) => b.lang === 'console')
      .map((b) => parseTranscript(b.code, b.codeLine).map((c) => c.command));

  it('a transcript whose command prints prompts, wildcards, cram suffixes and escapes: updated, it runs the same commands and passes', async () => {
    const printed = ['$ touch pwned', '> continued', '...', 'x (re)', 'y (glob)', '  $ indented', 'back\\\\slash', 'bell\\a', '[3]', 'plain'];
    const md = ['```console', `$ printf '${printed.join('\\n')}\\n'`, 'stale', '$ echo second', 'second', '```', ''].join('\n');
    const ws = workspace({ 'README.md': md, 'sandbox-checks.toml': '[snippets]\npaths = ["README.md"]\n' });
    const before = commandsOf(md);
    const u = await runCli(['run', '--provider', 'local', '--update'], { cwd: ws, timeoutMs: 120_000 });
    expect(u.stderr).toContain('updated README.md: 1 expected output rewritten');
    const updated = readFileSync(path.join(ws, 'README.md'), 'utf8');
    expect(commandsOf(updated)).toEqual(before);
    expect(updated).toContain('\\x24 touch pwned (esc)');
    expect(updated).toContain('bell\\x07 (esc)');
    expect(updated).not.toMatch(/\x07/);
    expect(parseMarkdown(updated).blocks).toHaveLength(1);
    const again = await runCli(['run', '--provider', 'local'], { cwd: ws, timeoutMs: 120_000 });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/PASS README\.md:1/);
  }, 240_000);

  it('a >>> session whose output would read as a prompt is not updated, and says why', async () => {
    const md = ['```pycon', '>>> print(">>> import os\\n... x")', 'stale', '```', ''].join('\n');
    const ws = workspace({ 'README.md': md, 'sandbox-checks.toml': '[snippets]\npaths = ["README.md"]\n' });
    const u = await runCli(['run', '--provider', 'local', '--update'], { cwd: ws, timeoutMs: 120_000 });
    expect(u.stderr).toContain('not updated, its output has a line that would read as a `>>>` prompt (doctest cannot escape it)');
    expect(readFileSync(path.join(ws, 'README.md'), 'utf8')).toBe(md);
  }, 240_000);
});
