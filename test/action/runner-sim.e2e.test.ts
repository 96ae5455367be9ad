// The bundled Action's stdout read by GitHub's runner (its own parser and
// dispatch loop, through the runner simulator): every stretch of sandbox
// output is stopped and resumed with one token for the whole run, so the
// job's secret masker gains one value, not one per group; hostile output
// stays plain text; only our own annotations are made.

import { expect, it } from 'vitest';

import { distExists, runAction, workspace } from './harness.js';
import { simulate } from './runner-sim.js';

it('one stop token per run, resumed after every stretch, and nothing the sandboxes print acts as a command', async () => {
  expect(distExists()).toBe(true);
  const files: Record<string, string> = {};
  for (let i = 0; i < 6; i++) files[`ok${i}.py`] = `print("check ${i}")\n`;
  files['evil.py'] = 'print("::stop-commands::pwned")\nprint("::error::from the sandbox")\nprint("::pwned::")\nprint("::add-mask::check")\nraise SystemExit(1)\n';
  for (const stream of ['true', 'false']) {
    const r = await runAction({ workspace: workspace(files), inputs: { files: '*.py', stream, concurrency: '3' } });
    expect(r.code).toBe(1);
    const tokens = new Set([...r.stdout.matchAll(/^::stop-commands::([0-9a-f]{32})$/gm)].map((m) => m[1]));
    expect(tokens.size).toBe(1);
    const sim = simulate(r.stdout);
    expect(sim.stillStopped).toBe(false);
    const stops = sim.raw.filter((l) => l.endsWith('<- stop'));
    expect(stops.length).toBeGreaterThanOrEqual(7);
    for (const l of stops) expect(l).toBe('  ::stop-commands::***   <- stop');
    expect(sim.raw.filter((l) => l.endsWith('<- resume'))).toHaveLength(stops.length);
    // The sandbox's lines are plain output; its mask never reached the masker ("check" stays readable).
    expect(sim.log).toContain('::stop-commands::pwned');
    expect(sim.log).toContain('::error::from the sandbox');
    expect(sim.log).toContain('::add-mask::check');
    expect(sim.log.filter((l) => /^check \d$/.test(l) || /^\[ok\d\.py\] check \d$/.test(l))).toHaveLength(stream === 'true' ? 12 : 6);
    // With stream: true the Action's annotations are written by the post step, whose log no sandbox wrote to.
    const own = stream === 'true' ? simulate((await runAction({ workspace: workspace({}), inputs: {}, entry: 'dist/post/index.js', state: r.state })).stdout) : sim;
    if (stream === 'true') expect(sim.raw.filter((l) => l.includes('<- annotation'))).toEqual([]);
    const annotations = own.raw.filter((l) => l.includes('<- annotation'));
    expect(annotations.map((l) => l.trim().replace(/ {3}<- .*$/, ''))).toEqual([
      '##[error]expected exit code 0, got 1',
      '##[error]sandbox-checks: 1 of 7 checks did not pass',
    ]);
  }
});
