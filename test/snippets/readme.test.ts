// Whole documents through the CLI (in process, the real `run` command): a
// realistic README, and the examples/snippets demo with its one failure.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { describe, expect, test } from 'vitest';

import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';
import { md, tempDir } from './helpers.js';

interface Result {
  name: string;
  status: string;
  reason?: string;
  line?: number;
  file?: string;
  message?: string;
  stderr?: string;
}

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; log: string; checks: Result[] }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  for (const s of [out, err]) s.on('data', (d: Buffer) => chunks.push(d.toString()));
  const json = path.join(tempDir(), 'results.json');
  const code = await main([...argv, '--provider', 'local', '--json', json], {
    out,
    err,
    env: { ...process.env, CI: 'true', E2B_API_KEY: '' },
    cwd,
    signal: new AbortController().signal,
  });
  const checks = (JSON.parse(readFileSync(json, 'utf8')) as { checks: Result[] }).checks;
  return { code, log: chunks.join(''), checks };
}

const README = md(
  '# greet', //                                                          1
  '', //                                                                 2
  'A tiny greeting library, documented in three languages.', //          3
  '', //                                                                 4
  '## Install', //                                                       5
  '', //                                                                 6
  '<!-- sandbox-checks: skip -->', //                                    7
  '```bash', //                                                          8
  'pip install greet', //                                                9
  '```', //                                                              10
  '', //                                                                 11
  'Or, with npm:', //                                                    12
  '', //                                                                 13
  '```console', //                                                       14
  '$ npm install greet', //                                              15
  '```', //                                                              16
  '', //                                                                 17
  '## Usage', //                                                         18
  '', //                                                                 19
  '### Python', //                                                       20
  '', //                                                                 21
  '```python session=py', //                                             22
  'def greet(name: str) -> str:', //                                     23
  '    return f"Hello, {name}!"', //                                     24
  '```', //                                                              25
  '', //                                                                 26
  '```python session=py', //                                             27
  'print(greet("Ada"))', //                                              28
  '```', //                                                              29
  '', //                                                                 30
  '```output', //                                                        31
  'Hello, Ada!', //                                                      32
  '```', //                                                              33
  '', //                                                                 34
  '### JavaScript', //                                                   35
  '', //                                                                 36
  '1. Define it:', //                                                    37
  '', //                                                                 38
  '   ```js', //                                                         39
  '   const greet = (name) => `Hello, ${name}!`;', //                    40
  "   console.log(greet('Grace'));", //                                  41
  '   ```', //                                                           42
  '', //                                                                 43
  '   ```output', //                                                     44
  '   Hello, Grace!', //                                                 45
  '   ```', //                                                           46
  '', //                                                                 47
  '### Shell', //                                                        48
  '', //                                                                 49
  '> ```sh', //                                                          50
  "> printf '%s\\n' Linus Margaret | sed 's/^/Hello, /'", //             51
  '> ```', //                                                            52
  '', //                                                                 53
  '```output', //                                                        54
  'Hello, Linus', //                                                     55
  'Hello, Margaret', //                                                  56
  '```', //                                                              57
  '', //                                                                 58
  '## Configuration', //                                                 59
  '', //                                                                 60
  '```toml', //                                                          61
  '[greet]', //                                                          62
  'punctuation = "!"', //                                                63
  '```', //                                                              64
  '', //                                                                 65
  '## Errors', //                                                        66
  '', //                                                                 67
  '```python', //                                                        68
  'from greet import greet  # broken: greet is not installed here', //   69
  'print(greet("Bob"))', //                                              70
  '```', //                                                              71
);

describe('a realistic README', () => {
  test('install skipped, usage in three languages passes, the broken example fails at its line', async () => {
    const dir = tempDir({ 'README.md': README });
    const r = await run(dir, 'run', '--snippets', 'README.md');
    expect(r.code).toBe(1);
    expect(r.checks.map((c) => [c.name, c.status, c.reason, c.file, c.line])).toEqual([
      ['README.md:8 (bash)', 'skipped', 'skipped_by_marker', 'README.md', 8],
      ['README.md:22 (python)', 'passed', undefined, 'README.md', 22],
      ['README.md:27 (python)', 'passed', undefined, 'README.md', 27],
      ['README.md:39 (javascript)', 'passed', undefined, 'README.md', 39],
      ['README.md:50 (bash)', 'passed', undefined, 'README.md', 50],
      ['README.md:68 (python)', 'failed', 'exit_code', 'README.md', 68],
    ]);
    const broken = r.checks.find((c) => c.line === 68)!;
    expect(broken.stderr).toMatch(/line 69[\s\S]*ModuleNotFoundError: No module named 'greet'/);
    expect(r.log).toMatch(/4 passed, 1 failed, 1 skipped/);
  });

  test('the same file with Windows line endings gives the same statuses and lines', async () => {
    const dir = tempDir({ 'README.md': README.replace(/\n/g, '\r\n') });
    const r = await run(dir, 'run', '--snippets', 'README.md');
    expect(r.checks.map((c) => [c.line, c.status])).toEqual([
      [8, 'skipped'],
      [22, 'passed'],
      [27, 'passed'],
      [39, 'passed'],
      [50, 'passed'],
      [68, 'failed'],
    ]);
  });
});

describe('examples/snippets', () => {
  test('the demo runs from its TOML and has exactly one failure, at TUTORIAL.md:79', async () => {
    const r = await run(ROOT, 'run', 'examples/snippets/sandbox-checks.toml');
    expect(r.code).toBe(1);
    expect(r.checks.map((c) => [c.name, c.status])).toEqual([
      ['TUTORIAL.md:12 (bash)', 'skipped'],
      ['TUTORIAL.md:20 (python)', 'passed'],
      ['TUTORIAL.md:31 (python)', 'passed'],
      ['TUTORIAL.md:44 (python)', 'passed'],
      ['TUTORIAL.md:56 (javascript)', 'passed'],
      ['TUTORIAL.md:67 (bash)', 'passed'],
      ['TUTORIAL.md:79 (python)', 'failed'],
    ]);
    expect(r.checks[6]!.stderr).toMatch(/NameError: name 'stock' is not defined/);
    const lines = readFileSync(path.join(ROOT, 'examples/snippets/TUTORIAL.md'), 'utf8').split('\n');
    expect(lines[78]).toBe('```python');
  });
});
