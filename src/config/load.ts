// Reads sandbox-checks.toml: TOML syntax, ${VAR} expansion, then validation.

import { readFileSync } from 'node:fs';
import { parse, TomlError } from 'smol-toml';

import { ConfigError, type Problem } from './errors.js';
import { keyLines } from './locate.js';
import { validate } from './validate.js';

export interface RawConfig {
  raw: Record<string, unknown>;
  source: string;
  lines?: Map<string, number>;
  /** Schema problems; buildPlan adds its own and reports them all at once. */
  problems?: Problem[];
}

/** ${NAME} takes the value of NAME from the environment ("" when unset). */
export function expandEnv(value: unknown, env: NodeJS.ProcessEnv): unknown {
  if (typeof value === 'string') return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => env[name] ?? '');
  if (Array.isArray(value)) return value.map((v) => expandEnv(v, env));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnv(v, env)]));
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
  return { raw: expandEnv(doc, env) as Record<string, unknown>, source, lines, problems };
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
