// Markdown within the byte and depth limits that the parser is still slow on
// (deep lists on every line, lists that close nested ones on every line, a
// file past the cap on checks) is refused, or planned, in seconds and in
// bounded memory, through the real CLI bundle. Each input here took minutes
// and gigabytes before its budget, and the process ignored SIGTERM meanwhile.

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { workspace } from '../action/harness.js';
import { CLI } from '../helpers.js';

// Prints the process's peak memory as the CLI exits (the CLI's own code is untouched).
const peak = path.join(os.tmpdir(), `sc-peak-${process.pid}.cjs`);
writeFileSync(peak, "process.on('exit', () => process.stderr.write(`\\npeak-rss-kb=${process.resourceUsage().maxRSS}\\n`));\n");

interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
  rssMb: number;
}

/** Runs the CLI on a workspace holding README.md (and `more` files), killed after `killMs`. */
function plan(md: string, more: Record<string, string> = {}, killMs = 60_000, signalAtMs?: number): Promise<Measured> {
  const ws = workspace({ 'README.md': md, 'sandbox-checks.toml': `[snippets]\npaths = ["README.md"${Object.keys(more).map((f) => `, "${f}"`).join('')}]\n`, ...more });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', peak, CLI, 'run', '--provider', 'local'], { cwd: ws, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    const kill = setTimeout(() => child.kill('SIGKILL'), killMs);
    const term = signalAtMs === undefined ? undefined : setTimeout(() => child.kill('SIGTERM'), signalAtMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(kill);
      if (term) clearTimeout(term);
      const rss = /peak-rss-kb=(\d+)/.exec(stderr);
      resolve({ code, signal, stderr, ms: Date.now() - started, rssMb: rss ? Number(rss[1]) / 1024 : NaN });
    });
  });
}

const BLOCK = '\n```sh\necho reached\n```\n';

describe('Markdown the parser is slow on is refused before parsing', () => {
  it.each([
    ['4,000 lines of 100-deep lists', `${'- '.repeat(100)}x\n`.repeat(4000)],
    ['12,000 lines of 32-deep lists', `${'- '.repeat(32)}x\n`.repeat(12_000)],
  ])('%s: a problem at file:line naming the limit, in seconds and little memory', async (_name, lists) => {
    const r = await plan(`# Title\n\n${lists}${BLOCK}`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/README\.md:\d+: (the file's lines and list or block-quote levels pass 60000 here|lists or block quotes close nested ones too often in a file this long \(parse work past 10000000 here)/);
    expect(r.stderr).toContain('such a file is not read for snippets (split it, or leave it out of [snippets] paths)');
    expect(r.stderr).not.toContain('PASS');
    expect(r.ms).toBeLessThan(15_000);
    expect(r.rssMb).toBeLessThan(400);
  }, 90_000);

  it('lines that each close a nested list (a 10,000-line changelog shape) are refused at the line past the budget', async () => {
    const r = await plan(`${'- a\n  - b\n'.repeat(5000)}${BLOCK}`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/README\.md:(\d+): lists or block quotes close nested ones too often in a file this long \(parse work past 10000000 here: each line that closes a nested list or quote counts the lines and levels above it\); such a file is not read for snippets \(split it, or leave it out of \[snippets\] paths\), or flatten its nested lists/);
    const line = Number(/README\.md:(\d+):/.exec(r.stderr)![1]);
    expect(line).toBeGreaterThan(3000);
    expect(line).toBeLessThan(10_000);
    expect(r.ms).toBeLessThan(15_000);
  }, 90_000);

  it('block quotes each followed by a heading (the lazy-line shape) are refused the same way', async () => {
    const r = await plan(`${'> x\n# h\n'.repeat(20_000)}${BLOCK}`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/README\.md:\d+: lists or block quotes close nested ones too often/);
    expect(r.ms).toBeLessThan(15_000);
  }, 90_000);

  it('a long document of ordinary nested lists under the budgets still plans and runs its block', async () => {
    const r = await plan(`# Changes\n\n${'- a change\n  - its detail\n'.repeat(1200)}${BLOCK}`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/PASS README\.md:\d+/);
  }, 90_000);

  it('SIGTERM during planning of a hostile file ends the process promptly (nothing blocks the signal for minutes)', async () => {
    const r = await plan(`${'- '.repeat(32)}x\n`.repeat(12_000), {}, 60_000, 300);
    expect(r.signal ?? r.code).not.toBe('SIGKILL');
    expect(r.ms).toBeLessThan(15_000);
  }, 90_000);
});

describe('many blocks', () => {
  it('20,000 skipped blocks in one file are refused by the line budget in seconds', async () => {
    const md = Array.from({ length: 20_000 }, (_, i) => `\`\`\`sh skip\necho ${i}\n\`\`\`\n`).join('\n');
    const r = await plan(md);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("README.md:60001: the file's lines and list or block-quote levels pass 60000 here");
    expect(r.ms).toBeLessThan(10_000);
  }, 90_000);

  it('14,000 blocks packed in one file plan in linear time and memory (each program is padded to its line without a line array)', async () => {
    const md = Array.from({ length: 14_000 }, (_, i) => `\`\`\`sh skip\necho ${i}\n\`\`\``).join('\n');
    const r = await plan(md);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('the plan has 14000 checks, more than the 5000 one run may hold');
    expect(r.ms).toBeLessThan(20_000);
    expect(r.rssMb).toBeLessThan(700);
  }, 90_000);

  it('hidden setup code is bounded: 9,000 setup comments are refused at the comment past 1000 lines, not copied into every block', async () => {
    const md = '<!-- sandbox-checks: setup=python\nx = 1\n-->\n'.repeat(9000) + Array.from({ length: 4900 }, (_, i) => `\`\`\`python skip\nprint(${i})\n\`\`\`\n`).join('');
    const r = await plan(md);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("README.md:3001: the file's hidden setup code passes 1000 lines here (every block of its language is built with all of it); keep setup short, or move it into a file the blocks import");
    expect(r.ms).toBeLessThan(10_000);
    expect(r.rssMb).toBeLessThan(450);
  }, 90_000);

  it('a marker comment or info string with 200,000 options is one problem, not 200,000', async () => {
    for (const md of [`<!-- sandbox-checks: ${'a=b '.repeat(200_000)}-->\n${BLOCK}`, `\`\`\`sh ${'x=1 '.repeat(200_000)}\necho\n\`\`\`\n`]) {
      const r = await plan(md);
      expect(r.code, r.stderr.slice(0, 500)).toBe(2);
      expect(r.stderr).toMatch(/README\.md:1: (this sandbox-checks comment|this block's info string) has 200000 options, more than 100; such a file is not read for snippets \(keep the options a block needs\)/);
      expect(r.stderr.split('\n').length).toBeLessThan(10);
    }
  }, 90_000);

  it('the cap on checks stops planning: files after the cap are not read (their problems are never reached)', async () => {
    const md = Array.from({ length: 5001 }, (_, i) => `\`\`\`sh skip\necho ${i}\n\`\`\`\n`).join('\n');
    const r = await plan(md, { 'LATER.md': '<!-- sandbox-checks: skip -->\n\nno block follows\n' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('the plan has 5001 checks, more than the 5000 one run may hold');
    expect(r.stderr).not.toContain('LATER.md');
  }, 90_000);
});
