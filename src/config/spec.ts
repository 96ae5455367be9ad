// The shape of sandbox-checks.toml, written once as a valibot schema: it gives
// the `Config` type the planner reads, the validation (with the key path and
// a sentence a person can act on for every problem), and, through
// src/config/schema.ts, the JSON Schema shipped for editors (a test keeps the
// committed file in step). Durations and sizes come out in milliseconds and
// bytes, "a string or a list" as a list.

import * as v from 'valibot';

import { LANGUAGES } from '../languages/index.js';
import { MAX_CHECKS, MAX_LIST_ENTRIES, MAX_RULES, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS } from '../limits.js';
import { PROVIDER_CHOICES } from '../providers/index.js';
import { compileUserRegex } from '../trust/regex.js';
import { parseDuration, parseSize } from '../units.js';
import { didYouMean } from './errors.js';

type Json = Record<string, unknown>;

/**
 * JSON Schema of the leaves valibot cannot describe by itself (durations and
 * sizes, which take a number or a string with a unit). schema.ts puts these
 * in place of the custom schema; the runtime never reads them.
 */
export const JSON_OF = new WeakMap<object, Json>();

/** How a value reads in a message: `the string "x"`, `a list`, `the integer 5`. */
function typeName(x: unknown): string {
  if (Array.isArray(x)) return 'a list';
  if (x === null) return 'null';
  if (x instanceof Date) return 'a date';
  if (typeof x === 'object') return 'a table';
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  if (typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x))) return `the integer ${String(x)}`;
  return `the ${typeof x} ${String(x)}`;
}

const got = (what: string) => (issue: v.BaseIssue<unknown>) => `expected ${what}, got ${typeName(issue.input)}`;
const isTable = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date);

// v.pipe is typed for literal tuples; these helpers build pipes from lists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each item checks its own input type
type Item = v.PipeItem<any, unknown, v.BaseIssue<unknown>>;
const pipeOf = <T>(base: v.GenericSchema<unknown, unknown>, ...items: (Item | false | undefined)[]): v.GenericSchema<unknown, T> =>
  (v.pipe as unknown as (...a: unknown[]) => v.GenericSchema<unknown, T>)(base, ...items.filter(Boolean));

const described = <T>(schema: v.GenericSchema<unknown, T>, description: string) => v.optional(pipeOf<T>(schema, v.description(description)));

function str(description: string, o: { nonEmpty?: boolean; regex?: boolean } = {}) {
  return described(
    pipeOf<string>(
      v.string(got('a string')),
      o.nonEmpty && v.check((s: string) => s.trim() !== '', 'must not be empty'),
      o.nonEmpty && v.metadata({ minLength: 1 }),
      o.regex &&
        v.rawCheck<string>(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          const re = compileUserRegex(dataset.value);
          if ('error' in re) addIssue({ message: re.error });
        }),
      o.regex && v.metadata({ format: 'regex' }),
    ),
    description,
  );
}

function oneOf<const T extends readonly string[]>(options: T, description: string) {
  const message = (issue: v.BaseIssue<unknown>) => {
    if (typeof issue.input !== 'string') return got('a string')(issue);
    const guess = didYouMean(issue.input, options);
    return `expected one of ${options.join(', ')}, got ${JSON.stringify(issue.input)}${guess ? `; did you mean "${guess}"?` : ''}`;
  };
  return described(v.picklist(options, message), description);
}

const bool = (description: string) => described(v.boolean(got('true or false')), description);

function int(min: number, max: number, description: string) {
  const whole = got('a whole number');
  return described(
    pipeOf<number>(
      v.number(whole),
      v.integer(whole),
      v.minValue(min, (i) => `must be at least ${min}, got ${String(i.input)}`),
      v.maxValue(max, (i) => `must be at most ${max}, got ${String(i.input)}`),
    ),
    description,
  );
}

/** A number or a string with a unit, read by `parse` into one number. */
function measure(parse: (x: unknown) => number | undefined, expected: string, bounds: (n: number) => string | undefined, json: Json) {
  const readable = (x: unknown) => {
    const n = parse(x);
    return n !== undefined && !Number.isNaN(n);
  };
  const base = v.custom<number | string>(readable, (i) => `expected ${expected}; got ${typeName(i.input)}`);
  JSON_OF.set(base, json);
  return pipeOf<number>(
    base,
    v.rawCheck(({ dataset, addIssue }) => {
      const why = dataset.typed ? bounds(parse(dataset.value)!) : undefined;
      if (why) addIssue({ message: why });
    }),
    v.transform((x) => parse(x)!),
  );
}

const durationString: Json = { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|sec|m|min|h)?\\s*$' };

/** Milliseconds as a number, or "500ms", "30s", "2m", "1h"; at least `min` (default 100 ms). */
function duration(description: string, min = MIN_TIMEOUT_MS) {
  return described(
    measure(
      parseDuration,
      'a duration: milliseconds like 30000, or a string like "30s" or "2m"',
      (ms) =>
        ms < min ? `must be at least ${min} ms, got ${ms} ms` : ms > MAX_TIMEOUT_MS ? `must be at most 1 hour (${MAX_TIMEOUT_MS} ms), got ${ms} ms` : undefined,
      { oneOf: [{ type: 'integer', minimum: min, maximum: MAX_TIMEOUT_MS, description: 'milliseconds' }, durationString] },
    ),
    description,
  );
}

/** Bytes as a number, or "512MB", "1GiB", "64k". */
function size(description: string) {
  return described(
    measure(parseSize, 'a size: bytes, or a string like "512MB" or "1GiB"', (b) => (b < 1024 ? `must be at least 1024 bytes, got ${b}` : undefined), {
      oneOf: [
        { type: 'integer', minimum: 1024, description: 'bytes' },
        { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?\\s*$' },
      ],
    }),
    description,
  );
}

const listItem = pipeOf<string>(v.string(got('a string')), v.check((s: string) => s.trim() !== '', 'must not be an empty string'), v.metadata({ minLength: 1 }));
const listOf = (nonEmpty = false) =>
  pipeOf<string[]>(
    v.array(listItem, got('a list of strings like ["a", "b"]')),
    nonEmpty && v.minLength(1, 'the list is empty: give at least one entry'),
    v.maxLength(MAX_LIST_ENTRIES, (i) => `the list has ${(i.input as unknown[]).length} entries, more than the ${MAX_LIST_ENTRIES} one list may hold; use a glob, or split the work over several configs`),
  );

/** Items are never empty strings; nonEmpty also refuses an empty list. */
const strings = (description: string, nonEmpty = false) => described(listOf(nonEmpty), description);

/** A string or a list of strings, as a list. */
const stringOrStrings = (description: string) =>
  described(v.union([pipeOf<string[]>(v.string(), v.transform((s: string) => [s])), listOf()], got('a list of strings like ["a", "b"]')), description);

const env = (description: string) =>
  described(
    pipeOf<Record<string, string>>(
      v.custom(isTable, got('a table of strings like { NAME = "value" }')),
      v.record(
        v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'is not a valid environment variable name')),
        v.string((i) => `expected a string, got ${typeName(i.input)} (quote it: "${String(i.input)}")`),
      ),
    ),
    description,
  );

/** The entries of each table schema, for the unknown-key walk (unknownKeys below). */
const TABLES = new WeakMap<object, v.ObjectEntries>();

/**
 * A TOML table: every key optional. Unknown keys are found by unknownKeys,
 * on the document as written: valibot's objects skip keys such as
 * `constructor` (it asks `key in entries`) and `__proto__`, which a TOML
 * table may hold as its own, and its strict object stops at the first.
 */
function tableOf<E extends v.ObjectEntries>(entries: E) {
  const schema = pipeOf<v.InferOutput<v.ObjectSchema<E, undefined>>>(v.custom(isTable, got('a table')), v.looseObject(entries));
  TABLES.set(schema, entries);
  return schema;
}

/** A key no table of the schema knows, with what was meant. */
export interface UnknownKey {
  path: (string | number)[];
  message: string;
}

/** Every key of `value` (a whole document) that its table does not know, in document order. */
export function unknownKeys(value: unknown): UnknownKey[] {
  const out: UnknownKey[] = [];
  const walk = (schema: v.GenericSchema | undefined, x: unknown, at: (string | number)[]) => {
    let s = schema as (v.GenericSchema & { wrapped?: v.GenericSchema; pipe?: v.GenericSchema[]; item?: v.GenericSchema }) | undefined;
    while (s && !TABLES.has(s) && (s.wrapped || s.pipe)) s = (s.wrapped ?? s.pipe![0]) as typeof s;
    if (!s) return;
    const entries = TABLES.get(s);
    if (entries) {
      if (!isTable(x)) return;
      const known = Object.keys(entries);
      for (const key of Object.keys(x)) {
        if (Object.hasOwn(entries, key)) {
          walk(entries[key], x[key], [...at, key]);
          continue;
        }
        const guess = didYouMean(key, known);
        out.push({ path: [...at, key], message: `unknown key${guess ? `; did you mean "${guess}"?` : `; known keys here: ${known.join(', ')}`}` });
      }
    } else if (s.type === 'array' && s.item && Array.isArray(x)) {
      x.forEach((item, i) => walk(s.item, item, [...at, i]));
    }
  };
  walk(ConfigSchema, value, []);
  return out;
}

const table = <E extends v.ObjectEntries>(entries: E, description: string) => described(tableOf(entries), description);

/** `[[name]]` sections. */
const tables = <E extends v.ObjectEntries>(name: string, entries: E, description: string, max: number) =>
  described(
    v.pipe(
      v.array(tableOf(entries), got(`an array of tables ([[${name}]] sections)`)),
      v.maxLength(max, (i) => `${(i.input as unknown[]).length} [[${name}]] sections, more than the ${max} one config may hold; split them over several configs (one per step)`),
    ),
    description,
  );

const limitFields = {
  timeout: duration('Wall-clock limit for the check: milliseconds, or "30s", "2m".'),
  install_timeout: duration('Wall-clock limit for installing `packages` (default "5m"); separate from `timeout`, which covers compiling and running.'),
  memory: size('Memory for everything the check starts: bytes, or "512MB", "1GiB".'),
  processes: int(1, 100_000, 'Processes and threads the check may have at once.'),
  output_limit: size('Bytes kept per output stream; past it the check is stopped (output_limit).'),
  file_size: size('Largest file the check may write.'),
  network: bool('Let the program reach the network (off by default).'),
};

const expectFields = {
  exit_code: int(0, 255, 'Expected exit code (default 0).'),
  stdout: str('stdout must equal this (trailing whitespace ignored).'),
  stdout_contains: stringOrStrings('stdout must contain each of these.'),
  stdout_matches: str('stdout must match this regular expression.', { regex: true }),
  stderr: str('stderr must equal this (trailing whitespace ignored).'),
  stderr_contains: stringOrStrings('stderr must contain each of these.'),
  stderr_matches: str('stderr must match this regular expression.', { regex: true }),
};

const expect = (description: string) => table(expectFields, description);
const checkEnv = () => env('Environment variables for the program; nothing else comes from the host.');
const checkPackages = () => strings("Packages installed with the language's installer before the run.");

const checkFields = {
  name: str('Name shown in every report (default: the file or "check N").', { nonEmpty: true }),
  file: str('The program to run, relative to this config file.', { nonEmpty: true }),
  files: strings('Globs; each matching file becomes its own check.', true),
  code: str('The program itself, inline.', { nonEmpty: true }),
  include: strings('Globs of extra files copied into the workspace beside the program.'),
  language: str('Language id or alias; inferred from the file extension when omitted.', { nonEmpty: true }),
  args: strings('Arguments passed to the program.'),
  stdin: str('Text given on standard input (empty by default).'),
  env: checkEnv(),
  packages: checkPackages(),
  skip: bool('Plan the check but do not run it.'),
  expect: expect('What the run must look like to pass.'),
  ...limitFields,
};

const defaultsFields = {
  language: str('Language for inline code with no language of its own.'),
  env: checkEnv(),
  packages: checkPackages(),
  expect: expect('What the run must look like to pass.'),
  ...limitFields,
};

const e2bFields = {
  api_key: str('E2B API key: only "${E2B_API_KEY}" (the workflow gives the key).'),
  timeout: duration('Default timeout of every check, in milliseconds (or "30s").'),
  stream: bool('Stream output as it is printed.'),
  default_language: str('Language for inline code with no language of its own.'),
  template: str('E2B template (default code-interpreter-v1).'),
  api_url: str("Refused in a repository config: where the E2B key is sent is the workflow's choice (E2B_API_URL)."),
  sandbox_url: str("Refused in a repository config: where the E2B key is sent is the workflow's choice (E2B_SANDBOX_URL)."),
  package_hosts: strings('Hosts a package install may reach when the check has no network (the sandbox egress is opened to these only, for the install).'),
  create_interval: duration('Least time between two sandbox creations (default 1s, the Hobby plan rate; 200ms suits Pro; 0 for self-hosted E2B).', 0),
  checks_per_sandbox: int(
    1,
    1000,
    "Checks packed into one E2B sandbox, each in its own bubblewrap sandbox inside it (default 1: a sandbox per check); goes past the plan's creation rate.",
  ),
};

const snippetRuleFields = {
  paths: strings('Globs of the Markdown files the rule is for ("docs/**").', true),
  language: str('Only blocks of this language (id or alias); every language when omitted.', { nonEmpty: true }),
  share: oneOf(['file', 'none'] as const, '"file": the blocks of a file and language run in one session, sharing state.'),
  setup: str('Hidden code run before each block (once per session).'),
  packages: strings('Packages installed before the blocks run.'),
  include: strings("Globs of files copied into each block's workspace (fixtures)."),
  skip: bool('Do not run the blocks (reported as skipped).'),
  timeout: limitFields.timeout,
  memory: limitFields.memory,
  network: limitFields.network,
  expect: expect("What every block's run must look like (its own output block wins)."),
  doctest: strings('doctest option flags for >>> blocks: ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL.'),
};

/** Every id and alias of every language: `[snippets.packages]` keys. */
const snippetPackageFields = Object.fromEntries(
  LANGUAGES.flatMap((lang) => [lang.id, ...lang.aliases].map((name) => [name, strings(`Packages for ${lang.label} blocks.`)])),
) as Record<string, ReturnType<typeof strings>>;

const snippetFields = {
  paths: strings('Markdown files or globs whose fenced code blocks are run.'),
  exclude: strings('Globs of Markdown files not to read.'),
  languages: strings('Only blocks in these languages run (default: every known language).'),
  env: checkEnv(),
  packages: table(snippetPackageFields, 'Packages per language, installed before each block of that language: { python = ["numpy"], javascript = ["lodash"] }.'),
  changed_since: str('Run only blocks in Markdown files changed since this git ref (merge base with HEAD); the CLI flag --changed-since wins.'),
  changed_only: bool('Run only blocks in Markdown files the pull request changes (Action); elsewhere every block runs.'),
  changed_lines: bool('With a change set, run only blocks whose own lines (or setup, or session) changed, not every block of a changed file.'),
  rule: tables('snippets.rule', snippetRuleFields, 'What blocks of matching files and language get without editing them ([[snippets.rule]]).', MAX_RULES),
  ...limitFields,
};

const configFields = {
  provider: oneOf(PROVIDER_CHOICES, 'Where checks run: auto (E2B with a key, else local), local or e2b.'),
  concurrency: int(1, 256, 'Checks run at once (default: CPU cores; 5 on E2B).'),
  e2b: table(e2bFields, 'E2B settings, as in the E2B integration document.'),
  defaults: table(defaultsFields, 'Values every check starts from.'),
  check: tables('check', checkFields, 'The checks to run.', MAX_CHECKS),
  snippets: table(snippetFields, 'Run the fenced code blocks of Markdown files.'),
};

/** The whole file. */
export const ConfigSchema = tableOf(configFields);

/** A validated sandbox-checks.toml (or the flags and inputs that stand for one). */
export type Config = v.InferOutput<typeof ConfigSchema>;
type CheckConfig = NonNullable<Config['check']>[number];
export type ExpectConfig = NonNullable<CheckConfig['expect']>;
/** The limit keys a table may set (check, defaults, snippets). */
export type LimitsConfig = Partial<Pick<CheckConfig, keyof typeof limitFields>>;
