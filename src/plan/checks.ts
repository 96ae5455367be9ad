// A typed Config's [[check]] sections → the Plan the engine runs (with its
// provider, concurrency and E2B settings). Pure but for reading the files the
// checks name; every problem is collected before anything runs. Markdown
// snippets are added by snippets.ts; build.ts's planFromConfig does both.

import { findLanguage, getLanguage, knownLanguages, languageForFile } from '../languages/index.js';
import { readCheckFile, resolveGlobs, placeFiles } from './files.js';
import { providerEntry, resolveProviderName } from '../providers/index.js';
import type { Check, CheckFile, E2BSettings, Expectation, Limits, Plan, ProviderChoice } from '../types.js';
import { workflowEndpoints } from '../trust/endpoints.js';
import { settleNames } from '../trust/text.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { ProblemsError, type Problem } from '../errors.js';
import type { LoadedConfig } from '../config/load.js';
import type { ExpectConfig, LimitsConfig } from '../config/spec.js';
import { lineOf, type KeyPath } from '../config/locate.js';
import { parseDuration } from '../units.js';


export interface PlanOptions {
  /** Folder that file paths and globs are relative to. */
  baseDir: string;
  provider?: ProviderChoice;
  concurrency?: number;
  stream?: boolean;
  /** Only checks whose name contains this (case-insensitive). */
  filter?: string;
  /**
   * Files must lie inside baseDir (default). Off only for a path a person
   * typed on the command line (`execute --file`).
   */
  confine?: boolean;
  /** The folder files must stay in (default: the repository around baseDir). */
  root?: string;
  env?: NodeJS.ProcessEnv;
}

function expectationOf(t: ExpectConfig = {}): Expectation {
  const e: Expectation = {};
  if (t.exit_code !== undefined) e.exitCode = t.exit_code;
  if (t.stdout !== undefined) e.stdoutEquals = t.stdout;
  if (t.stdout_contains !== undefined) e.stdoutContains = t.stdout_contains;
  if (t.stdout_matches !== undefined) e.stdoutMatches = t.stdout_matches;
  if (t.stderr !== undefined) e.stderrEquals = t.stderr;
  if (t.stderr_contains !== undefined) e.stderrContains = t.stderr_contains;
  if (t.stderr_matches !== undefined) e.stderrMatches = t.stderr_matches;
  return e;
}

/** Limits a table sets, over `base`. */
export function limitsOf(t: LimitsConfig, base: Limits): Limits {
  return {
    timeoutMs: t.timeout ?? base.timeoutMs,
    memoryBytes: t.memory ?? base.memoryBytes,
    processes: t.processes ?? base.processes,
    outputBytes: t.output_limit ?? base.outputBytes,
    fileSizeBytes: t.file_size ?? base.fileSizeBytes,
    openFiles: base.openFiles,
    installTimeoutMs: t.install_timeout ?? base.installTimeoutMs,
  };
}

export function buildPlan(loaded: LoadedConfig, options: PlanOptions): Plan {
  const problems: Problem[] = [...loaded.problems];
  const config = loaded.config;
  const at = (p: KeyPath) => (loaded.lines ? lineOf(loaded.lines, p) : undefined);
  const problem = (p: KeyPath, key: string, message: string) =>
    problems.push({ source: loaded.source, line: at(p), key, message });

  const e2bTable = config.e2b ?? {};
  const defaults = config.defaults ?? {};
  const env = options.env ?? process.env;
  const e2b: E2BSettings = {
    // A key in the environment counts as configured, as the SDK reads it too.
    apiKey: e2bTable.api_key || env.E2B_API_KEY || undefined,
    template: e2bTable.template || undefined,
    // Where the key is sent: the workflow's environment only, never a config table (src/trust/endpoints.ts).
    ...workflowEndpoints(env),
    packageHosts: (e2bTable.package_hosts ?? env.SANDBOX_CHECKS_PACKAGE_HOSTS?.split(/[\s,]+/))?.filter(Boolean),
    createIntervalMs: e2bTable.create_interval ?? parseDuration(env.SANDBOX_CHECKS_E2B_CREATE_INTERVAL),
    checksPerSandbox: e2bTable.checks_per_sandbox,
  };
  const baseLimits = limitsOf({ timeout: e2bTable.timeout, ...defaults }, DEFAULT_LIMITS);
  const defaultLanguage = defaults.language ?? e2bTable.default_language;
  if (defaultLanguage && !findLanguage(defaultLanguage)) {
    const key = defaults.language ? ['defaults', 'language'] : ['e2b', 'default_language'];
    problem(key, key.join('.'), `unknown language "${defaultLanguage}"; known languages: ${knownLanguages()}`);
  }
  const defaultExpect = expectationOf(defaults.expect);
  const defaultEnv = defaults.env ?? {};
  const defaultPackages = defaults.packages ?? [];
  const defaultNetwork = defaults.network === true;

  const checks: Check[] = [];
  const entries = config.check ?? [];
  entries.forEach((entry, i) => {
    const p: KeyPath = ['check', i];
    const key = (k?: string) => (k ? `check[${i}].${k}` : `check[${i}]`);
    const sources = (['file', 'files', 'code'] as const).filter((k) => entry[k] !== undefined);
    if (sources.length !== 1) {
      problem(
        p,
        key(),
        sources.length
          ? `give only one of file, files or code (this check has ${sources.join(' and ')})`
          : 'a check needs file = "path", files = ["glob"] or code = """..."""',
      );
      return;
    }
    const limits = limitsOf(entry, baseLimits);
    const common = {
      args: entry.args ?? [],
      env: { ...defaultEnv, ...entry.env },
      stdin: entry.stdin ?? '',
      network: entry.network ?? defaultNetwork,
      packages: entry.packages ?? defaultPackages,
      limits,
      expect: { ...defaultExpect, ...expectationOf(entry.expect) },
      skip: entry.skip === true ? { reason: 'skipped_by_marker' as const, message: 'skip = true in the config' } : undefined,
    };
    const explicitLang = entry.language;
    if (explicitLang && !findLanguage(explicitLang)) {
      problem([...p, 'language'], key('language'), `unknown language "${explicitLang}"; known languages: ${knownLanguages()}`);
      return;
    }
    const includes: CheckFile[] = [];
    const include = entry.include ?? [];

    if (entry.code !== undefined) {
      const langName = explicitLang ?? defaultLanguage;
      if (!langName) {
        problem(p, key('language'), 'inline code needs a language: add language = "python" (or set [e2b] default_language)');
        return;
      }
      const lang = getLanguage(langName);
      const fileName = lang.fileNameFor?.(entry.code) ?? lang.fileName;
      const extra = include.length ? collectIncludes(include, options.baseDir, options.baseDir, [...p, 'include'], key('include')) : [];
      for (const f of extra) includes.push(f);
      checks.push({
        name: entry.name ?? `check ${i + 1}`,
        language: lang.id,
        entry: fileName,
        files: [{ path: fileName, content: Buffer.from(entry.code) }, ...includes],
        source: { file: loaded.source, line: at([...p, 'code']) },
        ...common,
      });
      return;
    }

    const patterns = entry.file !== undefined ? [entry.file] : (entry.files ?? []);
    const matched = resolveGlobs(patterns, options.baseDir, { confine: options.confine, root: options.root });
    const where = entry.file !== undefined ? 'file' : 'files';
    for (const m of matched.problems) problem([...p, where], key(where), m);
    if (matched.problems.length) return;
    if (matched.missing.length) {
      for (const m of matched.missing) {
        problem(
          [...p, where],
          key(where),
          m.includes('*') || m.includes('?') || m.includes('{')
            ? `the glob "${m}" matched no files under ${options.baseDir}`
            : `file not found: ${m} (paths are relative to ${options.baseDir})`,
        );
      }
      return;
    }
    for (const rel of matched.files) {
      const lang = explicitLang ? getLanguage(explicitLang) : (languageForFile(rel) ?? (defaultLanguage ? findLanguage(defaultLanguage) : undefined));
      if (!lang) {
        problem([...p, 'file'], key('file'), `cannot tell the language of ${rel} from its extension: add language = "…" (known: ${knownLanguages()})`);
        continue;
      }
      const read = readCheckFile(options.baseDir, rel, { confine: options.confine, root: options.root });
      if ('error' in read) {
        problem([...p, 'file'], key('file'), read.error);
        continue;
      }
      const extra = include.length ? collectIncludes(include, options.baseDir, rel, [...p, 'include'], key('include')) : [];
      const placed = placeFiles(rel, read.content, extra);
      const name = entry.name !== undefined ? (matched.files.length > 1 ? `${entry.name} (${rel})` : entry.name) : rel;
      checks.push({
        name,
        language: lang.id,
        entry: placed.entry,
        files: placed.files,
        source: { file: rel },
        ...common,
      });
    }
  });

  function collectIncludes(patterns: string[], baseDir: string, _entry: string, p: KeyPath, key: string) {
    const found = resolveGlobs(patterns, baseDir, { confine: options.confine, root: options.root });
    for (const m of found.problems) problem(p, key, m);
    for (const m of found.missing) problem(p, key, `the include "${m}" matched no files under ${baseDir}`);
    const out: { rel: string; content: Buffer }[] = [];
    for (const rel of found.files) {
      const r = readCheckFile(baseDir, rel, { text: false, confine: options.confine, root: options.root });
      if ('error' in r) problem(p, key, r.error);
      else out.push({ rel, content: r.content });
    }
    return out.map((f) => ({ path: f.rel, content: f.content }));
  }

  if (config.snippets === undefined && entries.length === 0 && problems.length === 0) {
    problems.push({
      source: loaded.source,
      message: 'the plan has no checks: add a [[check]] section (file = "…" or code = """…""") or a [snippets] section',
    });
  }
  if (problems.length) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new ProblemsError(problems);
  }

  // Names are how people find a check in every report: safe to show and unique.
  settleNames(checks);
  const filter = options.filter?.toLowerCase();
  const selected = filter ? checks.filter((c) => c.name.toLowerCase().includes(filter)) : checks;
  // With [snippets], the filter may still match a snippet (src/plan/snippets.ts checks).
  if (filter && selected.length === 0 && config.snippets === undefined) {
    throw new ProblemsError([
      { source: loaded.source, message: `--filter "${options.filter}" matched no check; checks are: ${checks.map((c) => c.name).join(', ')}` },
    ]);
  }

  const provider = options.provider ?? config.provider ?? 'auto';
  return {
    checks: selected,
    provider,
    concurrency:
      options.concurrency ?? config.concurrency ?? providerEntry(resolveProviderName(provider, e2b)).defaultConcurrency,
    stream: options.stream ?? e2bTable.stream === true,
    e2b,
  };
}
