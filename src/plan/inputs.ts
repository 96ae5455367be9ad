// The Action's inputs as the config tables they stand for: the settings they
// override ([e2b], [defaults], provider, concurrency), the checks they name
// (files, code), and which input each key came from, so a problem found in
// those tables reads `input "timeout": …`. The Action's reader
// (action/inputs.ts) validates them with these; workflow.ts plans them.

import type { Problem } from '../errors.js';
import type { ProviderChoice } from '../types.js';

/** The `source` of problems found in the inputs (not in a config file). */
export const INPUT_SOURCE = 'action inputs';

export const inputLabel = (name: string) => `input "${name}"`;

export interface Shard {
  index: number;
  total: number;
}

/** What the planner reads of the Action's inputs (action/inputs.ts reads and checks them all). */
export interface PlanInputs {
  config?: string;
  files: string[];
  code?: string;
  language?: string;
  snippets: string[];
  /** Only snippets in Markdown files the pull request changes (`changed-lines` implies it). */
  changedOnly: boolean;
  /** Only snippets whose own lines the pull request changes. */
  changedLines: boolean;
  provider?: ProviderChoice;
  e2bApiKey?: string;
  template?: string;
  /** Milliseconds as a number, or a string with a unit ("30s"); checked by the config validator. */
  timeout?: number | string;
  /** The same, for installing packages. */
  installTimeout?: number | string;
  concurrency?: number | string;
  network?: boolean;
  /** Names `${VAR}` in the repository's config may read (src/trust/env.ts). */
  allowEnv: string[];
  stream?: boolean;
  shard?: Shard;
}

type Table = Record<string, unknown>;

/** Config keys the inputs set (they override the config file's). */
export function overridesOf(i: PlanInputs): { raw: Table } {
  const raw: Table = {};
  const e2b: Table = {};
  const defaults: Table = {};
  if (i.provider !== undefined) raw.provider = i.provider;
  if (i.concurrency !== undefined) raw.concurrency = i.concurrency;
  if (i.template !== undefined) e2b.template = i.template;
  if (i.e2bApiKey !== undefined) e2b.api_key = i.e2bApiKey;
  if (i.stream !== undefined) e2b.stream = i.stream;
  if (i.timeout !== undefined) defaults.timeout = i.timeout;
  if (i.installTimeout !== undefined) defaults.install_timeout = i.installTimeout;
  if (i.network !== undefined) defaults.network = i.network;
  if (Object.keys(e2b).length) raw.e2b = e2b;
  if (Object.keys(defaults).length) raw.defaults = defaults;
  return { raw };
}

/** The checks the inputs name (files, code), as [[check]] tables. */
export function inputChecks(i: PlanInputs): { checks: Table[] } {
  const checks: Table[] = [];
  if (i.files.length) checks.push({ files: i.files, ...(i.language && !i.code ? { language: i.language } : {}) });
  if (i.code) checks.push({ name: 'code', code: i.code, ...(i.language ? { language: i.language } : {}) });
  return { checks };
}

/** Which input each config key of the inputs' tables came from. */
export function inputKeyNames(i: PlanInputs): Record<string, string> {
  const names: Record<string, string> = {
    provider: 'provider',
    concurrency: 'concurrency',
    'e2b.template': 'template',
    'e2b.api_key': 'e2b-api-key',
    'e2b.stream': 'stream',
    'defaults.timeout': 'timeout',
    'defaults.install_timeout': 'install-timeout',
    'defaults.network': 'network',
    snippets: 'snippets',
    'snippets.paths': 'snippets',
  };
  let n = 0;
  if (i.files.length) {
    for (const k of ['', '.files', '.file']) names[`check[${n}]${k}`] = 'files';
    names[`check[${n}].language`] = 'language';
    n++;
  }
  if (i.code) {
    for (const k of ['', '.code']) names[`check[${n}]${k}`] = 'code';
    names[`check[${n}].language`] = 'language';
  }
  return names;
}

/** Problems found in the inputs' tables, placed at their input: `input "name": message`. */
export function mapProblems(problems: Problem[], names: Record<string, string>): Problem[] {
  return problems.map((p) => {
    if (p.source !== INPUT_SOURCE) return p;
    const name = p.key ? names[p.key] : undefined;
    return name ? { source: inputLabel(name), message: p.message } : { ...p, source: 'inputs' };
  });
}

