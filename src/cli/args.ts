// Command-line parsing: argv → one Command, or a usage ProblemsError (exit 2).
// `execute` keeps the flags of the E2B integration document exactly.

import { parseArgs } from 'node:util';

import { ProblemsError } from '../errors.js';
import { PROVIDER_CHOICES } from '../providers/index.js';
import { parseAllowEnv } from '../trust/env.js';
import type { ProviderChoice } from '../types.js';

/** Bad flags or arguments: the messages are printed as they are, after `sandbox-checks: `. */
export function usageError(...messages: string[]): ProblemsError {
  return new ProblemsError(messages.map((message) => ({ source: '', message })), 'usage');
}

export const USAGE = `Usage:
  sandbox-checks execute --file FILE | --code CODE [--language LANG] [--stream] [--timeout MS]
                         [--install-timeout MS] [--network] [--env KEY=VALUE]... [--package PKG]... [--provider local|e2b|auto]
                         [--json FILE] [--junit FILE] [--keep-logs]
  sandbox-checks run [CONFIG] [--concurrency N] [--filter TEXT] [--provider local|e2b|auto]
                     [--stream] [--json FILE] [--junit FILE] [--keep-logs]
                     [--snippets GLOB]... [--changed-since REF] [--allow-env NAME[,NAME]]...
                     [--update [--dry-run]]
  sandbox-checks doctor [--provider local|e2b|auto]
  sandbox-checks --version | --help

CONFIG defaults to sandbox-checks.toml; \${VAR} in it reads only the variables --allow-env names. Full logs
of the checks that did not pass (of every check with --keep-logs) are kept under
$XDG_STATE_HOME/sandbox-checks/runs (default ~/.local/state), last 10 runs. Exit codes: 0 all checks
passed, 1 a check did not pass, 2 bad usage or config.`;

interface Common {
  provider?: ProviderChoice;
  json?: string;
  junit?: string;
  stream: boolean;
  color?: boolean;
  /** Keep every check's full log, not only those that did not pass. */
  keepLogs: boolean;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({
      kind: 'execute';
      file?: string;
      code?: string;
      language?: string;
      timeout?: string;
      installTimeout?: string;
      network: boolean;
      env: Record<string, string>;
      packages: string[];
    } & Common)
  | ({
      kind: 'run';
      config?: string;
      concurrency?: number;
      filter?: string;
      snippets: string[];
      changedSince?: string;
      /** Variables \${VAR} in the config may read. */
      allowEnv: string[];
      /** Rewrite stale expected output in the Markdown (bless). */
      update?: boolean;
      dryRun?: boolean;
    } & Common)
  | { kind: 'doctor'; provider?: ProviderChoice };

function provider(v: string | undefined): ProviderChoice | undefined {
  if (v === undefined) return undefined;
  if (!(PROVIDER_CHOICES as readonly string[]).includes(v)) throw usageError(`--provider must be one of ${PROVIDER_CHOICES.join(', ')}, got "${v}"`);
  return v as ProviderChoice;
}

function guard<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    // Node's messages name the flag; add where to look.
    throw usageError(`${(e as Error).message.replace(/\. To specify.*$/s, '')}\n\n${USAGE}`);
  }
}

function allowEnvOf(values: string[] | undefined): string[] {
  const r = parseAllowEnv(values, '--allow-env');
  if (r.problems.length) throw usageError(...r.problems);
  return r.names;
}

export function parseCommand(argv: string[]): Command {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return { kind: 'help' };
  if (sub === '--version' || sub === '-v' || sub === 'version') return { kind: 'version' };
  const common = {
    provider: { type: 'string' },
    json: { type: 'string' },
    junit: { type: 'string' },
    stream: { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'keep-logs': { type: 'boolean' },
  } as const;

  switch (sub) {
    case 'execute': {
      const { values, positionals } = guard(() => parseArgs({ args: rest, allowPositionals: true, strict: true, options: {
        ...common,
        file: { type: 'string', short: 'f' },
        code: { type: 'string', short: 'c' },
        language: { type: 'string', short: 'l' },
        timeout: { type: 'string', short: 't' },
        'install-timeout': { type: 'string' },
        network: { type: 'boolean' },
        env: { type: 'string', multiple: true, short: 'e' },
        package: { type: 'string', multiple: true },
      } }));
      if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"; use --file or --code\n\n${USAGE}`);
      if ((values.file === undefined) === (values.code === undefined)) {
        throw usageError(`execute needs exactly one of --file FILE or --code CODE\n\n${USAGE}`);
      }
      const env: Record<string, string> = {};
      for (const kv of values.env ?? []) {
        const eq = kv.indexOf('=');
        if (eq <= 0) throw usageError(`--env expects KEY=VALUE, got "${kv}"`);
        env[kv.slice(0, eq)] = kv.slice(eq + 1);
      }
      return {
        kind: 'execute',
        file: values.file,
        code: values.code,
        language: values.language,
        timeout: values.timeout,
        installTimeout: values['install-timeout'],
        network: values.network ?? false,
        env,
        packages: values.package ?? [],
        provider: provider(values.provider),
        json: values.json,
        junit: values.junit,
        stream: values.stream ?? false,
        color: values['no-color'] ? false : values.color,
        keepLogs: values['keep-logs'] ?? false,
      };
    }
    case 'run': {
      const { values, positionals } = guard(() => parseArgs({ args: rest, allowPositionals: true, strict: true, options: {
        ...common,
        concurrency: { type: 'string', short: 'j' },
        filter: { type: 'string' },
        snippets: { type: 'string', multiple: true },
        'changed-since': { type: 'string' },
        'allow-env': { type: 'string', multiple: true },
        update: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
      } }));
      if (values['dry-run'] && !values.update) throw usageError('--dry-run goes with --update: sandbox-checks run --snippets README.md --update --dry-run');
      if (positionals.length > 1) throw usageError(`run takes one config file, got ${positionals.join(' ')}`);
      let concurrency: number | undefined;
      if (values.concurrency !== undefined) {
        concurrency = Number(values.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
          throw usageError(`--concurrency must be a whole number from 1 to 256, got "${values.concurrency}"`);
        }
      }
      return {
        kind: 'run',
        config: positionals[0],
        concurrency,
        filter: values.filter,
        snippets: values.snippets ?? [],
        changedSince: values['changed-since'],
        allowEnv: allowEnvOf(values['allow-env']),
        update: values.update,
        dryRun: values['dry-run'],
        provider: provider(values.provider),
        json: values.json,
        junit: values.junit,
        stream: values.stream ?? false,
        color: values['no-color'] ? false : values.color,
        keepLogs: values['keep-logs'] ?? false,
      };
    }
    case 'doctor': {
      const { values } = guard(() => parseArgs({ args: rest, strict: true, options: { provider: { type: 'string' } } }));
      return { kind: 'doctor', provider: provider(values.provider) };
    }
    default:
      throw usageError(`unknown command "${sub}"\n\n${USAGE}`);
  }
}
