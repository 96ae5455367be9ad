// The Action's inputs, read and checked before anything runs. Every problem
// names its input (`input "timeout": …`); all are reported at once.

import { formatProblem, type Problem } from '../config/errors.js';
import { validate } from '../config/validate.js';
import type { CommentMode } from './github.js';
import { parseAllowEnv } from '../trust/env.js';
import type { ProviderChoice } from '../types.js';
import type { InstallMode } from './install.js';
import type { IssueMode } from './issue.js';

/** The `source` of problems found in the inputs (not in a config file). */
export const INPUT_SOURCE = 'action inputs';

export type FailOn = 'failed' | 'error' | 'never';

export interface Shard {
  index: number;
  total: number;
}

export interface ActionInputs {
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
  comment: CommentMode;
  commentKey: string;
  summary: boolean;
  junit?: string;
  failOn: FailOn;
  shard?: Shard;
  githubToken?: string;
  /** Smoke tests: open/update/close an issue on runs without a pull request. */
  issue: IssueMode;
  /** Install what the plan needs and is missing (auto: on GitHub-hosted Linux runners). */
  install: InstallMode;
  /** On a pull request, post stale expected output as suggested changes (a review), as `run --update` would rewrite it. */
  suggestUpdates: boolean;
}

/** Every input action.yml declares, in its order. */
export const INPUT_NAMES = [
  'config',
  'files',
  'code',
  'language',
  'snippets',
  'changed-only',
  'changed-lines',
  'provider',
  'e2b-api-key',
  'template',
  'timeout',
  'install-timeout',
  'concurrency',
  'network',
  'allow-env',
  'stream',
  'comment',
  'comment-key',
  'summary',
  'junit',
  'fail-on',
  'shard',
  'github-token',
  'issue',
  'install',
  'suggest-updates',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
  }
}

export const inputLabel = (name: string) => `input "${name}"`;

/** Reads an input as the runner passes it: INPUT_<NAME>, upper case, hyphens kept. */
export function envInput(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

const lines = (v: string) =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/**
 * Parses the inputs. Values the config validator knows how to check
 * (provider, timeout, concurrency, …) are passed on as given and checked
 * there, with the same messages as the TOML file and the CLI flags.
 */
export function readInputs(get: (name: InputName) => string): ActionInputs {
  const problems: string[] = [];
  const text = (name: InputName) => get(name).trim();
  const opt = (name: InputName) => text(name) || undefined;
  const choice = <T extends string>(name: InputName, allowed: readonly T[], fallback: T): T => {
    const v = text(name);
    if (!v) return fallback;
    const hit = allowed.find((a) => a === v.toLowerCase());
    if (!hit) {
      problems.push(`${inputLabel(name)}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
      return fallback;
    }
    return hit;
  };
  const bool = (name: InputName): boolean | undefined => {
    const v = text(name).toLowerCase();
    if (!v) return undefined;
    if (v === 'true') return true;
    if (v === 'false') return false;
    problems.push(`${inputLabel(name)}: expected true or false, got ${JSON.stringify(text(name))}`);
    return undefined;
  };
  const number = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);

  const code = get('code');
  const timeout = opt('timeout');
  const installTimeout = opt('install-timeout');
  const concurrency = opt('concurrency');
  const shardText = text('shard');
  let shard: Shard | undefined;
  if (shardText) {
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(shardText);
    const index = m ? Number(m[1]) : NaN;
    const total = m ? Number(m[2]) : NaN;
    if (!m || total < 1 || index < 1 || index > total || total > 256) {
      problems.push(`${inputLabel('shard')}: expected "i/n" with 1 ≤ i ≤ n ≤ 256 (for example "2/4"), got ${JSON.stringify(shardText)}`);
    } else {
      shard = { index, total };
    }
  }
  const language = opt('language');
  const changedLines = bool('changed-lines') ?? false;
  const inputs: ActionInputs = {
    config: opt('config'),
    files: lines(get('files')),
    code: code.trim() ? code : undefined,
    language,
    snippets: lines(get('snippets')),
    changedOnly: (bool('changed-only') ?? false) || changedLines,
    changedLines,
    provider: opt('provider')?.toLowerCase() as ProviderChoice | undefined,
    e2bApiKey: opt('e2b-api-key'),
    template: opt('template'),
    timeout: timeout === undefined ? undefined : number(timeout),
    installTimeout: installTimeout === undefined ? undefined : number(installTimeout),
    concurrency: concurrency === undefined ? undefined : number(concurrency),
    network: bool('network'),
    allowEnv: allowEnvOf(get('allow-env'), problems),
    stream: bool('stream'),
    comment: choice('comment', ['always', 'on-failure', 'never'] as const, 'on-failure'),
    commentKey: text('comment-key'),
    summary: bool('summary') ?? true,
    junit: opt('junit'),
    failOn: choice('fail-on', ['failed', 'error', 'never'] as const, 'failed'),
    shard,
    githubToken: opt('github-token'),
    issue: choice('issue', ['never', 'on-failure'] as const, 'never'),
    install: choice('install', ['auto', 'always', 'never'] as const, 'auto'),
    suggestUpdates: bool('suggest-updates') ?? false,
  };
  if (language && !inputs.code && inputs.files.length === 0) {
    problems.push(`${inputLabel('language')}: is the language of "code" (or of "files"); set one of those too`);
  }
  // The values the config validator knows (provider, timeout, concurrency,
  // language, …), checked with the same messages as the TOML file and flags.
  const raw: Table = { ...overridesOf(inputs).raw };
  const { checks } = inputChecks(inputs);
  if (checks.length) raw.check = checks;
  if (inputs.snippets.length) raw.snippets = { paths: inputs.snippets };
  problems.push(...mapProblems(validate(raw, { source: INPUT_SOURCE }), inputKeyNames(inputs)));
  if (problems.length) throw new InputError(problems);
  return inputs;
}

type Table = Record<string, unknown>;

function allowEnvOf(text: string, problems: string[]): string[] {
  const r = parseAllowEnv(text, inputLabel('allow-env'));
  problems.push(...r.problems);
  return r.names;
}

/** Config keys the inputs set (they override the config file's). */
export function overridesOf(i: ActionInputs): { raw: Table } {
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
export function inputChecks(i: ActionInputs): { checks: Table[] } {
  const checks: Table[] = [];
  if (i.files.length) checks.push({ files: i.files, ...(i.language && !i.code ? { language: i.language } : {}) });
  if (i.code) checks.push({ name: 'code', code: i.code, ...(i.language ? { language: i.language } : {}) });
  return { checks };
}

/** Which input each config key of the inputs' tables came from. */
export function inputKeyNames(i: ActionInputs): Record<string, string> {
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

/** Problems as `input "name": message` when they come from an input. */
export function mapProblems(problems: Problem[], names: Record<string, string>): string[] {
  return problems.map((p) => {
    if (p.source !== INPUT_SOURCE) return formatProblem(p);
    const name = p.key ? names[p.key] : undefined;
    return name ? `${inputLabel(name)}: ${p.message}` : `inputs: ${p.key ? `${p.key}: ` : ''}${p.message}`;
  });
}

