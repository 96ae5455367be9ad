// The valibot schema against configs written to break it: prototype keys,
// values of the wrong TOML type where a table belongs, very many problems.
// Each must be a problem at its key, never a crash or a silently typed value.
import { describe, expect, it } from 'vitest';

import { parseConfigText } from '../../src/config/load.js';
import { formatProblem } from '../../src/errors.js';

const problems = (toml: string) => parseConfigText(toml, 'sc.toml', {}).problems.map(formatProblem);

describe('config schema, hostile input', () => {
  it('a date or a list where a table belongs is named as such', () => {
    expect(problems('e2b = 1979-05-27\ndefaults = [1]\n[[check]]\ncode = "x"\nlanguage = "sh"\nenv = 2020-01-01T00:00:00Z\n')).toEqual([
      'sc.toml:1: e2b: expected a table, got a date',
      'sc.toml:2: defaults: expected a table, got a list',
      'sc.toml:6: check[0].env: expected a table of strings like { NAME = "value" }, got a date',
    ]);
  });

  it('prototype-looking keys are unknown keys, and pollute nothing', () => {
    const loaded = parseConfigText('[[check]]\ncode = "x"\nlanguage = "sh"\nconstructor = 1\n"__proto__" = { polluted = true }\n[defaults.env]\n"__proto__" = "x"\n', 'sc.toml', {});
    const text = loaded.problems.map(formatProblem);
    expect(text).toEqual([
      expect.stringMatching(/^sc\.toml:4: check\[0\]\.constructor: unknown key; known keys here: name, file/),
      expect.stringMatching(/^sc\.toml:5: check\[0\]\.__proto__: unknown key; known keys here: name, file/),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(loaded.config.check).toEqual([{ code: 'x', language: 'sh' }]);
  });

  it('the typed Config keeps the good values and leaves out each bad one', () => {
    const loaded = parseConfigText('concurrency = 0\n[defaults]\ntimeout = "2m"\nmemory = "lots"\n[[check]]\ncode = "x"\nlanguage = "sh"\nargs = ["a", ""]\nexpect = { stdout_contains = "ok", exit_code = 300 }\n', 'sc.toml', {});
    expect(loaded.problems.map((p) => p.key)).toEqual(['concurrency', 'defaults.memory', 'check[0].args[1]', 'check[0].expect.exit_code']);
    expect(loaded.config).toEqual({ defaults: { timeout: 120_000 }, check: [{ code: 'x', language: 'sh', expect: { stdout_contains: ['ok'] } }] });
  });

  it('20,000 unknown keys are each named, quickly', () => {
    const toml = `[e2b]\n${Array.from({ length: 20_000 }, (_, i) => `k${i} = ${i}`).join('\n')}\n`;
    const t0 = performance.now();
    const loaded = parseConfigText(toml, 'sc.toml', {});
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(loaded.problems).toHaveLength(20_000);
    expect(formatProblem(loaded.problems[19_999]!)).toMatch(/^sc\.toml:20001: e2b\.k19999: unknown key/);
    expect(loaded.config).toEqual({ e2b: {} });
  });
});
