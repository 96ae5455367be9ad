// Sessions on the E2B provider: the real SDK against the E2B wire-protocol
// emulator. The session driver is an ordinary check for the engine, so the
// same blocks give the same per-block outcomes as on the local provider.

import { describe, expect, it } from 'vitest';

import { useEmulator } from '../e2b/setup.js';
import { md, planSnippets, tempDir } from './helpers.js';

const h = useEmulator();

const DOC = md(
  '```python session=py', //                         1
  'total = 40', //                                   2
  '```', //                                          3
  '```python session=py', //                         4
  'total += 2', //                                   5
  'print(total)', //                                 6
  '```', //                                          7
  '```output', //                                    8
  '42', //                                           9
  '```', //                                          10
  '```python session=py', //                         11
  'print(undefined_name)', //                        12
  '```', //                                          13
  '```python session=py', //                         14
  'print("never")', //                               15
  '```', //                                          16
  '```ts session=ts', //                             17
  'const xs: number[] = [1, 2, 3];', //              18
  '```', //                                          19
  '```ts session=ts', //                             20
  'console.log(xs.reduce((a, b) => a + b, 0));', //  21
  '```', //                                          22
  '```ruby session=rb', //                           23
  'greeting = "hi"', //                              24
  '```', //                                          25
  '```ruby session=rb', //                           26
  'puts greeting.upcase', //                         27
  '```', //                                          28
);

describe('sessions on E2B (emulator)', () => {
  it('share state per session, keep per-block outcomes, skip after a failure, one sandbox per session', async () => {
    const plan = await planSnippets(tempDir({ 'README.md': DOC }));
    const outcomes = await h.run(plan.checks, { template: 'sandbox-checks' }, { concurrency: 2 });
    expect(outcomes.map((o) => [o.line, o.status, o.provider, o.stdout.head])).toEqual([
      [1, 'passed', 'e2b', ''],
      [4, 'passed', 'e2b', '42\n'],
      [11, 'failed', 'e2b', ''],
      [14, 'skipped', 'e2b', ''],
      [17, 'passed', 'e2b', ''],
      [20, 'passed', 'e2b', '6\n'],
      [23, 'passed', 'e2b', ''],
      [26, 'passed', 'e2b', 'HI\n'],
    ]);
    expect(outcomes[2]!.stderr.head).toMatch(/File "README.md", line 12[\s\S]*NameError/);
    // Three sessions, three sandboxes, whatever the number of blocks.
    const creates = h.emu.ops('create').map((r) => (r.body as { metadata: { check: string } }).metadata.check);
    expect(creates.filter((c) => c !== '(toolchain probe)').sort()).toEqual(['README.md session py', 'README.md session rb', 'README.md session ts']);
    const ids = new Set(outcomes.filter((o) => o.status !== 'skipped').map((o) => o.sandboxId));
    expect(ids.size).toBe(3);
  });
});
