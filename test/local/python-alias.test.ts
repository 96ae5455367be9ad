// `python` in sandboxes whose PATH has only python3 (Debian without
// python-is-python3): documentation's `$ python -c ...` runs the same python3.
import { existsSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { pythonAliasTarget } from '../../src/providers/local-aliases.js';
import { SANDBOX_PATH } from '../../src/providers/local-bwrap.js';
import { LocalProvider } from '../../src/providers/local.js';
import { check, plan, runLocal } from '../helpers.js';

const systemDirs = SANDBOX_PATH.split(':');
const systemHasOnlyPython3 = !systemDirs.some((d) => existsSync(`${d}/python`)) && systemDirs.some((d) => existsSync(`${d}/python3`));

describe('python for sandboxes that have only python3', () => {
  it.runIf(systemHasOnlyPython3)('a bash block calling python runs the python3 its sandbox has, read-only', async () => {
    const code = [
      'python -c "import sys; print(sys.version_info[0], sys.version)"',
      'python3 -c "import sys; print(sys.version_info[0], sys.version)"',
      'command -v python',
      'python -m json.tool <<<\'{"a":1}\' | tr -d " \\n"; echo',
      'ln -sf /bin/false /sandbox-checks/bin/python 2>/dev/null && echo replaced || echo kept',
    ].join('\n');
    const [o] = await runLocal([check({ language: 'bash', code, limits: { timeoutMs: 30_000 } })]);
    expect(o, o!.message + o!.stderr.head).toMatchObject({ status: 'passed' });
    const [viaPython, viaPython3, where, json, replaced] = o!.stdout.head.trim().split('\n');
    expect(viaPython).toMatch(/^3 /);
    expect(viaPython).toBe(viaPython3);
    expect(where).toBe('/sandbox-checks/bin/python');
    expect(json).toBe('{"a":1}');
    expect(replaced).toBe('kept');
  });

  it.runIf(systemHasOnlyPython3)('a provider used again after dispose makes the folder again', async () => {
    const provider = new LocalProvider();
    try {
      for (const round of [1, 2]) {
        const [o] = (await runChecks(plan([check({ language: 'bash', code: 'python -c "print(6*7)"' })]), { provider })).outcomes;
        expect(o, `round ${round}: ${o!.stderr.head}`).toMatchObject({ status: 'passed' });
        expect(o!.stdout.head.trim()).toBe('42');
        await provider.dispose();
      }
    } finally {
      await provider.dispose();
    }
  });

  it('a sandbox with a python of its own keeps it; one with neither gets none', () => {
    const [withPython] = systemDirs.filter((d) => existsSync(`${d}/python3`));
    if (withPython) expect(pythonAliasTarget([withPython])).toBe(`${withPython}/python3`);
    expect(pythonAliasTarget(['/nonexistent'])).toBeUndefined();
    // A folder holding a real python: never shadowed, whatever python3 comes before it.
    const realPython = process.env.PATH!.split(':').find((d) => existsSync(`${d}/python`) && !d.includes('shims'));
    if (realPython && withPython) expect(pythonAliasTarget([withPython, realPython])).toBeUndefined();
  });
});
