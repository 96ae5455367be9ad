// The shape of sandbox-checks.toml, written once: the validator reads it to
// check a file and name what is wrong, and scripts/schema.mjs turns it into
// the JSON Schema shipped for editors (a test keeps the two in step).

import { LANGUAGES } from '../languages/registry.js';
import { PROVIDER_CHOICES } from '../providers/index.js';

export type FieldType =
  | { kind: 'string'; enum?: readonly string[]; regex?: boolean; nonEmpty?: boolean }
  | { kind: 'boolean' }
  | { kind: 'integer'; min?: number; max?: number }
  /** Milliseconds as a number, or "500ms", "30s", "2m", "1h"; at least `min` (default 100 ms). */
  | { kind: 'duration'; min?: number }
  /** Bytes as a number, or "512MB", "1GiB", "64k". */
  | { kind: 'size' }
  /** Items are never empty strings; nonEmpty also refuses an empty list. */
  | { kind: 'strings'; nonEmpty?: boolean }
  /** A string or a list of strings. */
  | { kind: 'stringOrStrings' }
  | { kind: 'env' }
  | { kind: 'table'; fields: Fields }
  | { kind: 'tables'; fields: Fields };

export interface Field {
  type: FieldType;
  description: string;
}

export type Fields = Record<string, Field>;


const limitFields: Fields = {
  timeout: { type: { kind: 'duration' }, description: 'Wall-clock limit for the check: milliseconds, or "30s", "2m".' },
  install_timeout: {
    type: { kind: 'duration' },
    description: 'Wall-clock limit for installing `packages` (default "5m"); separate from `timeout`, which covers compiling and running.',
  },
  memory: { type: { kind: 'size' }, description: 'Memory for everything the check starts: bytes, or "512MB", "1GiB".' },
  processes: { type: { kind: 'integer', min: 1, max: 100_000 }, description: 'Processes and threads the check may have at once.' },
  output_limit: { type: { kind: 'size' }, description: 'Bytes kept per output stream; past it the check is stopped (output_limit).' },
  file_size: { type: { kind: 'size' }, description: 'Largest file the check may write.' },
  network: { type: { kind: 'boolean' }, description: 'Let the program reach the network (off by default).' },
};

const expectFields: Fields = {
  exit_code: { type: { kind: 'integer', min: 0, max: 255 }, description: 'Expected exit code (default 0).' },
  stdout: { type: { kind: 'string' }, description: 'stdout must equal this (trailing whitespace ignored).' },
  stdout_contains: { type: { kind: 'stringOrStrings' }, description: 'stdout must contain each of these.' },
  stdout_matches: { type: { kind: 'string', regex: true }, description: 'stdout must match this regular expression.' },
  stderr: { type: { kind: 'string' }, description: 'stderr must equal this (trailing whitespace ignored).' },
  stderr_contains: { type: { kind: 'stringOrStrings' }, description: 'stderr must contain each of these.' },
  stderr_matches: { type: { kind: 'string', regex: true }, description: 'stderr must match this regular expression.' },
};

const checkFields: Fields = {
  name: { type: { kind: 'string', nonEmpty: true }, description: 'Name shown in every report (default: the file or "check N").' },
  file: { type: { kind: 'string', nonEmpty: true }, description: 'The program to run, relative to this config file.' },
  files: { type: { kind: 'strings', nonEmpty: true }, description: 'Globs; each matching file becomes its own check.' },
  code: { type: { kind: 'string', nonEmpty: true }, description: 'The program itself, inline.' },
  include: { type: { kind: 'strings' }, description: 'Globs of extra files copied into the workspace beside the program.' },
  language: { type: { kind: 'string', nonEmpty: true }, description: 'Language id or alias; inferred from the file extension when omitted.' },
  args: { type: { kind: 'strings' }, description: 'Arguments passed to the program.' },
  stdin: { type: { kind: 'string' }, description: 'Text given on standard input (empty by default).' },
  env: { type: { kind: 'env' }, description: 'Environment variables for the program; nothing else comes from the host.' },
  packages: { type: { kind: 'strings' }, description: "Packages installed with the language's installer before the run." },
  skip: { type: { kind: 'boolean' }, description: 'Plan the check but do not run it.' },
  expect: { type: { kind: 'table', fields: expectFields }, description: 'What the run must look like to pass.' },
  ...limitFields,
};

const defaultsFields: Fields = {
  language: { type: { kind: 'string' }, description: 'Language for inline code with no language of its own.' },
  env: checkFields.env!,
  packages: checkFields.packages!,
  expect: checkFields.expect!,
  ...limitFields,
};

const e2bFields: Fields = {
  api_key: { type: { kind: 'string' }, description: 'E2B API key: only "${E2B_API_KEY}" (the workflow gives the key).' },
  timeout: { type: { kind: 'duration' }, description: 'Default timeout of every check, in milliseconds (or "30s").' },
  stream: { type: { kind: 'boolean' }, description: 'Stream output as it is printed.' },
  default_language: { type: { kind: 'string' }, description: 'Language for inline code with no language of its own.' },
  template: { type: { kind: 'string' }, description: 'E2B template (default code-interpreter-v1).' },
  api_url: { type: { kind: 'string' }, description: 'Refused in a repository config: where the E2B key is sent is the workflow\'s choice (E2B_API_URL).' },
  sandbox_url: { type: { kind: 'string' }, description: 'Refused in a repository config: where the E2B key is sent is the workflow\'s choice (E2B_SANDBOX_URL).' },
  package_hosts: {
    type: { kind: 'strings' },
    description: 'Hosts a package install may reach when the check has no network (the sandbox egress is opened to these only, for the install).',
  },
  create_interval: {
    type: { kind: 'duration', min: 0 },
    description: 'Least time between two sandbox creations (default 1s, the Hobby plan rate; 200ms suits Pro; 0 for self-hosted E2B).',
  },
  checks_per_sandbox: {
    type: { kind: 'integer', min: 1, max: 1000 },
    description: 'Checks packed into one E2B sandbox, each in its own bubblewrap sandbox inside it (default 1: a sandbox per check); goes past the plan\'s creation rate.',
  },
};

const snippetFields: Fields = {
  paths: { type: { kind: 'strings' }, description: 'Markdown files or globs whose fenced code blocks are run.' },
  exclude: { type: { kind: 'strings' }, description: 'Globs of Markdown files not to read.' },
  languages: { type: { kind: 'strings' }, description: 'Only blocks in these languages run (default: every known language).' },
  env: checkFields.env!,
  packages: {
    type: { kind: 'table', fields: snippetPackageFields() },
    description: 'Packages per language, installed before each block of that language: { python = ["numpy"], javascript = ["lodash"] }.',
  },
  changed_since: {
    type: { kind: 'string' },
    description: 'Run only blocks in Markdown files changed since this git ref (merge base with HEAD); the CLI flag --changed-since wins.',
  },
  changed_only: {
    type: { kind: 'boolean' },
    description: 'Run only blocks in Markdown files the pull request changes (Action); elsewhere every block runs.',
  },
  changed_lines: {
    type: { kind: 'boolean' },
    description: 'With a change set, run only blocks whose own lines (or setup, or session) changed, not every block of a changed file.',
  },
  rule: { type: { kind: 'tables', fields: snippetRuleFields() }, description: 'What blocks of matching files and language get without editing them ([[snippets.rule]]).' },
  ...limitFields,
};

function snippetRuleFields(): Fields {
  return {
    paths: { type: { kind: 'strings', nonEmpty: true }, description: 'Globs of the Markdown files the rule is for ("docs/**").' },
    language: { type: { kind: 'string', nonEmpty: true }, description: 'Only blocks of this language (id or alias); every language when omitted.' },
    share: { type: { kind: 'string', enum: ['file', 'none'] }, description: '"file": the blocks of a file and language run in one session, sharing state.' },
    setup: { type: { kind: 'string' }, description: 'Hidden code run before each block (once per session).' },
    packages: { type: { kind: 'strings' }, description: 'Packages installed before the blocks run.' },
    include: { type: { kind: 'strings' }, description: 'Globs of files copied into each block\'s workspace (fixtures).' },
    skip: { type: { kind: 'boolean' }, description: 'Do not run the blocks (reported as skipped).' },
    timeout: limitFields.timeout!,
    memory: limitFields.memory!,
    network: limitFields.network!,
    expect: { type: { kind: 'table', fields: expectFields }, description: 'What every block\'s run must look like (its own output block wins).' },
    doctest: { type: { kind: 'strings' }, description: 'doctest option flags for >>> blocks: ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL.' },
  };
}

function snippetPackageFields(): Fields {
  const fields: Fields = {};
  for (const lang of LANGUAGES) {
    for (const name of [lang.id, ...lang.aliases]) {
      fields[name] = { type: { kind: 'strings' }, description: `Packages for ${lang.label} blocks.` };
    }
  }
  return fields;
}

export const CONFIG_FIELDS: Fields = {
  provider: { type: { kind: 'string', enum: PROVIDER_CHOICES }, description: 'Where checks run: auto (E2B with a key, else local), local or e2b.' },
  concurrency: { type: { kind: 'integer', min: 1, max: 256 }, description: 'Checks run at once (default: CPU cores; 5 on E2B).' },
  e2b: { type: { kind: 'table', fields: e2bFields }, description: 'E2B settings, as in the E2B integration document.' },
  defaults: { type: { kind: 'table', fields: defaultsFields }, description: 'Values every check starts from.' },
  check: { type: { kind: 'tables', fields: checkFields }, description: 'The checks to run.' },
  snippets: { type: { kind: 'table', fields: snippetFields }, description: 'Run the fenced code blocks of Markdown files.' },
};
