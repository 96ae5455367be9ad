// The Action's inputs, read and checked before anything runs. Every problem
// names its input (`input "timeout": …`); all are reported at once.

import { validate } from '../config/validate.js';
import { ProblemsError, type Problem } from '../errors.js';
import type { CommentMode } from './github.js';
import { parseAllowEnv } from '../trust/env.js';
import { INPUT_SOURCE, inputChecks, inputKeyNames, inputLabel, mapProblems, overridesOf, type PlanInputs, type Shard } from '../plan/inputs.js';
import type { ProviderChoice } from '../types.js';
import type { InstallMode } from './install.js';
import type { IssueMode } from './issue.js';

type FailOn = 'failed' | 'error' | 'never';

/** Every input, read; PlanInputs are those the planner reads (src/plan/inputs.ts). */
export interface ActionInputs extends PlanInputs {
  comment: CommentMode;
  commentKey: string;
  summary: boolean;
  junit?: string;
  failOn: FailOn;
  githubToken?: string;
  /** Smoke tests: open/update/close an issue on runs without a pull request. */
  issue: IssueMode;
  /** Install what the plan needs and is missing (auto: on GitHub-hosted Linux runners). */
  install: InstallMode;
  /** On a pull request, post stale expected output as suggested changes (a review), as `run --update` would rewrite it. */
  suggestUpdates: boolean;
  /** Keep package layers between workflow runs in the workflow cache (layer-cache.ts). */
  packageCache: boolean;
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
  'package-cache',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

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
  const problems: Problem[] = [];
  const problem = (name: InputName, message: string) => problems.push({ source: inputLabel(name), message });
  const text = (name: InputName) => get(name).trim();
  const opt = (name: InputName) => text(name) || undefined;
  const choice = <T extends string>(name: InputName, allowed: readonly T[], fallback: T): T => {
    const v = text(name);
    if (!v) return fallback;
    const hit = allowed.find((a) => a === v.toLowerCase());
    if (!hit) {
      problem(name, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
      return fallback;
    }
    return hit;
  };
  const bool = (name: InputName): boolean | undefined => {
    const v = text(name).toLowerCase();
    if (!v) return undefined;
    if (v === 'true') return true;
    if (v === 'false') return false;
    problem(name, `expected true or false, got ${JSON.stringify(text(name))}`);
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
      problem('shard', `expected "i/n" with 1 ≤ i ≤ n ≤ 256 (for example "2/4"), got ${JSON.stringify(shardText)}`);
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
    packageCache: bool('package-cache') ?? true,
  };
  if (language && !inputs.code && inputs.files.length === 0) {
    problem('language', `is the language of "code" (or of "files"); set one of those too`);
  }
  // The values the config validator knows (provider, timeout, concurrency,
  // language, …), checked with the same messages as the TOML file and flags.
  const raw: Record<string, unknown> = { ...overridesOf(inputs).raw };
  const { checks } = inputChecks(inputs);
  if (checks.length) raw.check = checks;
  if (inputs.snippets.length) raw.snippets = { paths: inputs.snippets };
  problems.push(...mapProblems(validate(raw, { source: INPUT_SOURCE }), inputKeyNames(inputs)));
  if (problems.length) throw new ProblemsError(problems, 'inputs');
  return inputs;
}

function allowEnvOf(text: string, problems: Problem[]): string[] {
  const r = parseAllowEnv(text, inputLabel('allow-env'));
  // Each already names the input.
  for (const message of r.problems) problems.push({ source: '', message });
  return r.names;
}
