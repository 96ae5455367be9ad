// Reads sandbox-checks.toml: TOML syntax, the keys only the workflow may set,
// ${VAR} expansion through the workflow's allowlist, then validation into a
// typed Config. Planning it is src/plan/'s work.

import { readFileSync } from 'node:fs';
import { parse, TomlError } from 'smol-toml';

import { ProblemsError, type Problem } from '../errors.js';
import { MAX_CONFIG_BYTES } from '../limits.js';
import { keyLines, lineOf, pathKey } from './locate.js';
import { expansionOf, type EnvPolicy } from '../trust/env.js';
import { workflowOnlyRefusals } from '../trust/endpoints.js';
import type { Config } from './spec.js';
import { typedConfig, validate } from './validate.js';

/** A config and where it came from: what the planner reads. */
export interface LoadedConfig {
  /** The values that passed validation (a value with a problem is left out). */
  config: Config;
  /** The config file, or "command line" / "action inputs". */
  source: string;
  /** Key path → line, for problems the planner finds. */
  lines?: Map<string, number>;
  /** Problems found so far; the planner adds its own and reports them all at once. */
  problems: Problem[];
}

/** A configuration given as a value (flags, inputs, a library caller), validated and typed. */
export function configFrom(raw: unknown, source: string): LoadedConfig {
  return { config: typedConfig(raw), source, problems: validate(raw, { source }) };
}

/** What `${VAR}` may read: the job's environment, through the workflow's allowlist. */
export type ExpansionSource = EnvPolicy | NodeJS.ProcessEnv;

function policyOf(src: ExpansionSource): EnvPolicy {
  const p = src as Partial<EnvPolicy>;
  return Array.isArray(p.allow) && p.env && typeof p.env === 'object' ? (src as EnvPolicy) : { env: src as NodeJS.ProcessEnv, allow: [] };
}

/**
 * ${NAME} takes the value of NAME from the environment ("" when unset) when
 * the workflow allows it (src/trust/env.ts); a refused name becomes "" and a
 * [path..., NAME, reason] entry in `refused`.
 */
function expandEnv(value: unknown, source: ExpansionSource, keyPath: string[] = [], refused: string[][] = []): unknown {
  const policy = policyOf(source);
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const e = expansionOf(name, keyPath.join('.'), policy);
      if ('refused' in e) {
        refused.push([...keyPath, name, e.refused]);
        return '';
      }
      return e.value;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, policy, [...keyPath, String(i)], refused));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnv(v, policy, [...keyPath, k], refused)]));
  }
  return value;
}

export function parseConfigText(text: string, source: string, env: ExpansionSource = process.env): LoadedConfig {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      const first = e.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
      throw new ProblemsError([
        { source, line: e.line, message: `TOML syntax error at column ${e.column}: ${first}` },
      ]);
    }
    throw e;
  }
  const lines = keyLines(text);
  const problems = validate(doc, { source, lines });
  for (const r of workflowOnlyRefusals(doc)) {
    problems.push({ source, line: lineOf(lines, r.keyPath), key: pathKey(r.keyPath), message: r.message });
  }
  const refused: string[][] = [];
  const expanded = expandEnv(doc, env, [], refused);
  for (const r of refused) {
    const message = r.pop()!;
    r.pop();
    const keyPath = r.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    problems.push({ source, line: lineOf(lines, keyPath), key: pathKey(keyPath), message });
  }
  return { config: typedConfig(expanded), source, lines, problems };
}

export function loadConfigFile(file: string, env: ExpansionSource = process.env): LoadedConfig {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProblemsError([
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
  if (buf.length > MAX_CONFIG_BYTES) {
    throw new ProblemsError([
      { source: file, message: `the config file is ${buf.length} bytes, more than the ${MAX_CONFIG_BYTES} a config may hold; move checks into several configs (one per step), or use globs instead of listing files` },
    ]);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\uFFFD')) {
    throw new ProblemsError([{ source: file, message: 'the config file is not valid UTF-8; save it as UTF-8' }]);
  }
  return parseConfigText(text, file, env);
}
