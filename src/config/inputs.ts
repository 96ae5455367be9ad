// `execute`'s flags become the same typed configuration a TOML file gives
// (one [[check]]), so one validator and one planner serve every front door;
// a problem names the flag it came from (`--timeout`).

import { ProblemsError, type Problem } from '../errors.js';
import type { LoadedConfig } from './load.js';
import { typedConfig, validate } from './validate.js';

export interface SingleCheckInput {
  file?: string;
  code?: string;
  language?: string;
  timeout?: string;
  installTimeout?: string;
  network?: boolean;
  env?: Record<string, string>;
  packages?: string[];
}

/** How a config key is spelled where the value came from (flag or input). */
export type KeyNames = Record<string, string>;

export const EXECUTE_FLAGS: KeyNames = {
  'check[0].file': '--file',
  'check[0].code': '--code',
  'check[0].language': '--language',
  'check[0].timeout': '--timeout',
  'check[0].install_timeout': '--install-timeout',
  'check[0].network': '--network',
  'check[0].env': '--env',
  'check[0].packages': '--package',
};

/** The flag or input a config key came from: `check[0].env.X` → `--env`. */
export function nameOf(key: string, names: KeyNames): string {
  let best: string | undefined;
  for (const k of Object.keys(names)) {
    if ((key === k || key.startsWith(`${k}.`) || key.startsWith(`${k}[`)) && (!best || k.length > best.length)) best = k;
  }
  return best ? names[best]! : key;
}

/** Reads a number-looking flag as a number, so "30000" means milliseconds. */
const durationValue = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : v);

export function singleCheckConfig(input: SingleCheckInput, source: string, names: KeyNames): LoadedConfig {
  const check: Record<string, unknown> = {};
  if (input.file !== undefined) check.file = input.file;
  if (input.code !== undefined) check.code = input.code;
  if (input.language !== undefined) check.language = input.language;
  if (input.timeout !== undefined) check.timeout = durationValue(input.timeout);
  if (input.installTimeout !== undefined) check.install_timeout = durationValue(input.installTimeout);
  if (input.network) check.network = true;
  if (input.env && Object.keys(input.env).length) check.env = input.env;
  if (input.packages?.length) check.packages = input.packages;
  check.name = input.file ?? 'code';
  const raw = { check: [check] };
  const problems = validate(raw, { source }).map((p): Problem => ({ ...p, key: p.key ? nameOf(p.key, names) : p.key }));
  if (problems.length) throw new ProblemsError(problems);
  return { config: typedConfig(raw), source, problems: [] };
}
