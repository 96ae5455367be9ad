// The error model: few classes, each with its name and exit code, one shape
// for a problem. Front doors map errors by type (cli/main.ts, action/main.ts).
import { describe, expect, it } from 'vitest';

import { parseCommand } from '../../src/cli/args.js';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfigText } from '../../src/config/load.js';
import { formatProblem, ProblemsError, SandboxChecksError } from '../../src/errors.js';
import { SandboxUnavailableError } from '../../src/providers/provider.js';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
};

describe('errors', () => {
  it('a problem reads file:line: key: message, and leaves out what it lacks', () => {
    expect(formatProblem({ source: 'sc.toml', line: 3, key: 'check[0].timeout', message: 'bad' })).toBe('sc.toml:3: check[0].timeout: bad');
    expect(formatProblem({ source: 'input "shard"', message: 'bad' })).toBe('input "shard": bad');
    expect(formatProblem({ source: '', message: 'nothing to run' })).toBe('nothing to run');
  });

  it('every class names itself and carries its exit code', () => {
    const p = new ProblemsError([{ source: 'a', message: 'b' }], 'plan');
    expect([p.name, p.exitCode, p.kind, p.message, p instanceof SandboxChecksError]).toEqual(['ProblemsError', 2, 'plan', 'a: b', true]);
    const u = new SandboxUnavailableError('no bwrap', 'install it');
    expect([u.name, u.exitCode, u.message, u instanceof SandboxChecksError]).toEqual(['SandboxUnavailableError', 2, 'no bwrap\ninstall it', true]);
  });

  it('bad flags are usage problems; a config with problems is a config problem (ConfigError is its old name)', () => {
    const usage = thrown(() => parseCommand(['run', 'a.toml', 'b.toml'])) as ProblemsError;
    expect([usage instanceof ProblemsError, usage.kind, usage.message]).toEqual([true, 'usage', 'run takes one config file, got a.toml b.toml']);
    const loaded = parseConfigText('[[check]]\ncode = "x"\ntimout = 1\n', 'sc.toml', {});
    expect(loaded.problems).toEqual([{ source: 'sc.toml', line: 3, key: 'check[0].timout', message: 'unknown key; did you mean "timeout"?' }]);
    const toml = thrown(() => parseConfigText('a = [', 'sc.toml', {})) as ProblemsError;
    expect(toml).toBeInstanceOf(ConfigError);
    expect(toml.kind).toBe('config');
  });
});
