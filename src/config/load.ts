// Reads sandbox-checks.toml: TOML syntax, ${VAR} expansion, then validation.

import { readFileSync } from 'node:fs';
import { parse, TomlError } from 'smol-toml';

import { ConfigError, type Problem } from './errors.js';
import { keyLines, lineOf, pathKey } from './locate.js';
import { validate } from './validate.js';

export interface RawConfig {
  raw: Record<string, unknown>;
  source: string;
  lines?: Map<string, number>;
  /** Schema problems; buildPlan adds its own and reports them all at once. */
  problems?: Problem[];
}

/**
 * Variables a config file may not read: a config comes from the code under
 * test, and these would hand the runner's credentials to a sandbox. The E2B
 * key may be read only by the [e2b] section, which never reaches a sandbox.
 */
export function secretVariable(name: string, keyPath: string[]): boolean {
  if (/^(ACTIONS_|INPUT_|RUNNER_)/i.test(name) || /^(GITHUB_TOKEN|GH_TOKEN|GITHUB_PAT)$/i.test(name)) return true;
  return /^E2B_/i.test(name) && keyPath[0] !== 'e2b';
}

/** ${NAME} takes the value of NAME from the environment ("" when unset). */
export function expandEnv(value: unknown, env: NodeJS.ProcessEnv, keyPath: string[] = [], refused: string[][] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      if (secretVariable(name, keyPath)) {
        refused.push([...keyPath, name]);
        return '';
      }
      return env[name] ?? '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, env, [...keyPath, String(i)], refused));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnv(v, env, [...keyPath, k], refused)]));
  }
  return value;
}

export function parseConfigText(text: string, source: string, env: NodeJS.ProcessEnv = process.env): RawConfig {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      const first = e.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
      throw new ConfigError([
        { source, line: e.line, message: `TOML syntax error at column ${e.column}: ${first}` },
      ]);
    }
    throw e;
  }
  const lines = keyLines(text);
  const problems = validate(doc, { source, lines });
  const refused: string[][] = [];
  const raw = expandEnv(doc, env, [], refused) as Record<string, unknown>;
  for (const r of refused) {
    const name = r.pop()!;
    const keyPath = r.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    problems.push({
      source,
      line: lineOf(lines, keyPath),
      key: pathKey(keyPath),
      message: `\${${name}} cannot be read by a config file: it would hand a runner credential to the code under test`,
    });
  }
  return { raw, source, lines, problems };
}

export function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): RawConfig {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError([
      {
        source: file,
        message:
          code === 'ENOENT'
            ? 'config file not found; create it (see examples/sandbox-checks.toml) or name another with `sandbox-checks run FILE`'
            : code === 'EISDIR'
              ? `is a folder; name the config file in it, e.g. sandbox-checks run ${file.replace(/\/$/, '')}/sandbox-checks.toml`
              : `cannot read the config file: ${(e as Error).message}`,
      },
    ]);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\uFFFD')) {
    throw new ConfigError([{ source: file, message: 'the config file is not valid UTF-8; save it as UTF-8' }]);
  }
  return parseConfigText(text, file, env);
}
