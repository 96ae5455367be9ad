// Markdown snippet checks: every fenced block whose info string names a known
// language becomes a check named `README.md:42 (python)`, pointing at the
// block's fence line. Options come from the info string (```` ```python skip ````)
// and from `<!-- sandbox-checks: … -->` comments right before the block.
// docs/snippets.md is the user-facing description of every option.

import path from 'node:path';

import { didYouMean } from '../config/errors.js';
import { ProblemsError, type Problem } from '../errors.js';
import type { LoadedConfig } from '../config/load.js';
import { limitsOf, type PlanOptions } from './checks.js';
import { DEFAULT_LIMITS, MAX_CHECKS, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS } from '../limits.js';
import { parseDuration, parseSize } from '../units.js';
import { findLanguage, knownLanguages, prepareSnippetConventions, sessionLanguages, type Language } from '../languages/index.js';
import type { Check, Expectation, Limits, Plan } from '../types.js';
import { changedSinceGit, changesOf, touches, type ChangedFiles, type LineRange } from './changed.js';
import { readCheckFile, resolveGlobs } from './files.js';
import { projectSetups, type DocumentSetup } from './project-setup.js';
import { MarkdownLimitError } from './markdown-limits.js';
import type { InfoOption } from './info-string.js';
import { loadMarkdownParser, mightHoldBlocks, needsMarkdownParser, parseMarkdown, type CodeBlock } from './markdown.js';
import { assembleProgram, type SetupCode } from './program.js';
import { conventionLanguage, shapeBlock } from './conventions.js';
import { foreignEffect } from './foreign-markers.js';
import { foldRules, readRules, rulesFor, type SnippetRule } from './rules.js';

export interface SnippetPlanOptions extends PlanOptions {
  /** CLI `--changed-since REF`: only Markdown changed since REF (git). */
  changedSince?: string;
  /** The Action: files (and lines) the pull request changes. */
  changed?: ChangedFiles;
  /**
   * `[snippets] paths` came from the person running (`run --snippets`, the
   * `snippets` input), not from a repository file: they may name Markdown
   * anywhere readable. Paths from a config stay inside its project.
   */
  trustedSnippetPaths?: boolean;
}

/** What `[snippets]` (and `[defaults]`) say, resolved. */
export interface SnippetSettings {
  /** Registry ids; undefined = every language. */
  languages?: Set<string>;
  env: Record<string, string>;
  /** Registry id → packages installed before each block of that language. */
  packages: Record<string, string[]>;
  limits: Limits;
  network: boolean;
  /** Only blocks whose own lines changed (with a change set). */
  changedLines: boolean;
  /** `[[snippets.rule]]` sections, in order. */
  rules?: SnippetRule[];
}

/** Info-string words that name output or prose, never code to run. */
const OUTPUT_LANGS = new Set(['output']);
/** Options sandbox-checks reads; anything else in an info string belongs to other tools and is ignored. */
const OPTIONS = [
  'skip', 'ignore', 'no_run', 'should_fail', 'exit', 'timeout', 'memory', 'network', 'name', 'session', 'packages', 'setup', 'output',
] as const;
const KNOWN = new Set<string>([...OPTIONS, 'skip_file']);
const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd|mkdn|mdx|txt)$/i;

interface BlockOptions {
  skip?: string;
  noRun?: boolean;
  shouldFail?: boolean;
  exit?: number;
  timeoutMs?: number;
  memoryBytes?: number;
  network?: boolean;
  name?: string;
  session?: string;
  packages: string[];
  setup?: boolean;
  output?: boolean;
}

const posix = (p: string) => p.split(path.sep).join('/');

/** Reads `[snippets]` and `[defaults]` of a config. */
export function snippetSettings(loaded: LoadedConfig, problems: Problem[] = []): SnippetSettings {
  const config = loaded.config;
  const s = config.snippets ?? {};
  const defaults = config.defaults ?? {};
  const base = limitsOf({ timeout: config.e2b?.timeout, ...defaults }, DEFAULT_LIMITS);
  let languages: Set<string> | undefined;
  const langs = s.languages;
  if (langs) {
    languages = new Set();
    for (const l of langs) {
      const lang = findLanguage(l);
      if (!lang) problems.push({ source: loaded.source, key: 'snippets.languages', message: `unknown language "${l}"; known languages: ${knownLanguages()}` });
      else languages.add(lang.id);
    }
  }
  const packages: Record<string, string[]> = {};
  // The schema knows every language name, so each key names one.
  for (const [k, v] of Object.entries(s.packages ?? {})) {
    const lang = findLanguage(k);
    if (lang) packages[lang.id] = [...(packages[lang.id] ?? []), ...(v ?? [])];
  }
  return {
    languages,
    env: { ...defaults.env, ...s.env },
    packages,
    limits: limitsOf(s, base),
    network: s.network ?? defaults.network === true,
    changedLines: s.changed_lines === true,
  };
}

let conventions: Promise<void> | undefined;
/** The Markdown parser and the languages' snippet parsers: what planMarkdown may need for any document. */
export async function loadSnippetParsers(): Promise<void> {
  await Promise.all([loadMarkdownParser(), (conventions ??= prepareSnippetConventions())]);
}

/** What planMarkdown needs for this document: the full Markdown parser only when the block scanner leaves it one. */
async function prepareFor(text: string): Promise<void> {
  await (conventions ??= prepareSnippetConventions());
  if (needsMarkdownParser(text)) await loadMarkdownParser();
}

/** Adds a check per runnable block of the configured Markdown files to `plan`. */
export async function addSnippetChecks(plan: Plan, config: LoadedConfig, options: SnippetPlanOptions): Promise<Plan> {
  const problems: Problem[] = [];
  const s = config.config.snippets ?? {};
  const settings = snippetSettings(config, problems);
  const baseDir = options.baseDir;
  settings.rules = readRules(config, baseDir, problems);
  for (const r of settings.rules) {
    if (r.share && r.language && !sessionLanguages().includes(r.language)) {
      problems.push({ source: config.source, key: `snippets.rule[${r.index}].share`, line: config.lines?.get(`snippets.rule[${r.index}].share`), message: `share = "file" needs an interpreted language (${sessionLanguages().join(', ')}); ${r.language} blocks each compile to their own program` });
    }
  }

  // Paths the person running typed may lie anywhere readable; a config's stay in its project.
  const reach = options.trustedSnippetPaths ? { confine: false } : { confine: options.confine, root: options.root };
  const files: string[] = [];
  for (const pattern of s.paths ?? []) {
    const found = resolveGlobs([pattern], baseDir, reach);
    for (const message of found.problems) problems.push({ source: config.source, key: 'snippets.paths', message });
    if (found.missing.length) {
      problems.push({
        source: config.source,
        key: 'snippets.paths',
        message: /[*?[\]{}]/.test(pattern) ? `the glob "${pattern}" matched no files under ${baseDir}` : `file not found: ${pattern} (paths are relative to ${baseDir})`,
      });
    }
    const glob = /[*?[\]{}!]/.test(pattern);
    for (const f of found.files) if (!glob || MARKDOWN_EXT.test(f)) files.push(f);
  }
  if (!s.paths?.length) {
    problems.push({ source: config.source, key: 'snippets.paths', message: 'name the Markdown files to read: paths = ["README.md", "docs/**/*.md"]' });
  }
  const exclude = resolveGlobs(s.exclude ?? [], baseDir);
  for (const message of exclude.problems) problems.push({ source: config.source, key: 'snippets.exclude', message });
  const excluded = new Set(exclude.files.map(posix));
  const selected = [...new Set(files.map(posix))].filter((f) => !excluded.has(f));
  if (problems.length) throw new ProblemsError(problems);

  let changed = options.changed;
  let since = options.changedSince ?? (s.changed_since || undefined);
  if (!changed && !since && s.changed_only === true && (options.env ?? process.env).GITHUB_BASE_REF) {
    since = `origin/${(options.env ?? process.env).GITHUB_BASE_REF}`;
  }
  if (!changed && since) {
    try {
      changed = changedSinceGit(since, baseDir, selected);
    } catch (e) {
      if (e instanceof ProblemsError) throw new ProblemsError(e.problems.map((p) => ({ ...p, source: config.source })));
      throw e;
    }
  }

  const checks: Check[] = [];
  for (const file of selected) {
    const read = readCheckFile(baseDir, file, reach);
    if ('error' in read) {
      problems.push({ source: config.source, key: 'snippets.paths', message: read.error });
      continue;
    }
    const changes = changed ? changesOf(changed, baseDir, file) : 'all';
    if (changes === undefined) continue;
    const text = read.content.toString('utf8');
    if (mightHoldBlocks(text)) await prepareFor(text);
    const r = planMarkdown(file, text, settings, changed ? changes : undefined, projectSetups(baseDir, file, text, reach.root));
    for (const x of r.problems) problems.push(x);
    for (const c of r.checks) checks.push(c);
    // Past the cap the plan is refused anyway (build.ts): stop reading files.
    if (!options.filter && plan.checks.length + checks.length > MAX_CHECKS) break;
  }
  if (problems.length) throw new ProblemsError(problems);

  const filter = options.filter?.toLowerCase();
  const chosen = filter ? withEarlierSessionBlocks(checks, checks.filter((c) => c.name.toLowerCase().includes(filter))) : checks;
  const all = [...plan.checks, ...chosen];
  if (filter && all.length === 0) {
    throw new ProblemsError([{ source: config.source, message: `--filter "${options.filter}" matched no check` }]);
  }
  return { ...plan, checks: all };
}

/**
 * The checks of one Markdown file. `changes` (when given) keeps only blocks
 * the change touches: every block of a changed file, or with
 * `changedLines` only blocks whose lines (or setup, or session) changed.
 */
export function planMarkdown(
  file: string,
  text: string,
  settings: SnippetSettings,
  changes?: LineRange[] | 'all',
  /** Setup the document's project gives some of its blocks (project-setup.ts). */
  projectSetup: DocumentSetup[] = [],
): { checks: Check[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (line: number, message: string) => problems.push({ source: file, line, message });
  let parsed: ReturnType<typeof parseMarkdown>;
  try {
    parsed = parseMarkdown(text);
  } catch (e) {
    if (e instanceof MarkdownLimitError) return { checks: [], problems: [{ source: file, line: e.line, message: e.message }] };
    throw e;
  }
  const source = text.split(/\r\n?|\n/);
  // What a block's lines start with: its fence's indentation or block-quote marks.
  const prefixOf = (b: CodeBlock) => /^([ \t>]*?)(?:`{3,}|~{3,})/.exec(source[b.line - 1] ?? '')?.[1] ?? '';

  for (const m of parsed.strayMarkers) {
    problem(m.line, 'this sandbox-checks comment is not followed by a code block; put it on the line right before the block it is for');
  }
  let skipFile: string | undefined;
  const setups = new Map<string, SetupCode[]>();
  const addSetup = (langId: string, s: SetupCode) => setups.set(langId, [...(setups.get(langId) ?? []), s]);

  for (const m of parsed.fileMarkers) {
    const opts = m.options;
    checkKnown(opts, m.line, problem);
    if (opts.some((o) => o.key === 'skip_file')) skipFile = `skip_file marker at ${file}:${m.line}`;
    const setup = opts.find((o) => o.key === 'setup');
    if (m.body !== undefined) {
      const lang = setup?.value ? findLanguage(setup.value) : undefined;
      if (!lang) {
        problem(m.line, setup?.value ? `unknown language "${setup.value}" for hidden setup; known languages: ${knownLanguages()}` : 'a comment with code must say which language it sets up: <!-- sandbox-checks: setup=python');
      } else addSetup(lang.id, { code: m.body, line: m.bodyLine! });
    }
  }

  // Classify each block: code to run, setup, expected output, or prose.
  interface Runnable {
    block: CodeBlock;
    lang: Language;
    opts: BlockOptions;
    output?: CodeBlock;
  }
  const runnable: Runnable[] = [];
  let previous: Runnable | undefined;
  for (const block of parsed.blocks) {
    const markerOpts = block.markers.flatMap((m) => {
      checkKnown(m.options, m.line, problem);
      return m.options;
    });
    const all = [...block.options, ...markerOpts];
    const opts = readOptions(all, block.markers[0]?.line ?? block.line, problem);
    const lang = block.fenced ? (findLanguage(block.lang) ?? conventionLanguage(block, block.markers.length > 0)) : undefined;
    const prev = previous;
    previous = undefined;
    if (OUTPUT_LANGS.has(block.lang) || opts.output) {
      // After a block that does not run (```console, ```text) an output block is prose;
      // an explicit marker with no code block to belong to is a mistake.
      if (prev) prev.output = block;
      else if (markerOpts.some((m) => m.key === 'output')) {
        problem(block.markers[0]!.line, 'this expected output must come right after the code block whose output it is');
      }
      continue;
    }
    if (opts.setup) {
      if (!lang) problem(block.line, `a setup block needs a language sandbox-checks runs (got "${block.lang || 'none'}")`);
      else addSetup(lang.id, { code: block.code, line: block.codeLine });
      continue;
    }
    if (!lang) {
      if (block.markers.length) {
        problem(
          block.markers[0]!.line,
          block.fenced
            ? `this comment is for a block whose language ("${block.lang || 'none'}") is not one sandbox-checks runs; known languages: ${knownLanguages()}`
            : 'this comment is for an indented code block, which is never run; use a fenced block (```python)',
        );
      }
      continue;
    }
    const r: Runnable = { block, lang, opts };
    runnable.push(r);
    previous = r;
  }

  // [[snippets.rule]]: share = "file" puts a file's blocks of a language in one session.
  const ruled = new Map<Runnable, ReturnType<typeof foldRules>>();
  for (const r of runnable) {
    const f = foldRules(rulesFor(settings.rules ?? [], file, r.lang.id));
    ruled.set(r, f);
    if (f.share && r.opts.session === undefined && r.lang.session) r.opts.session = `file-${r.lang.id}`;
    // doctest runs a file's examples in one namespace (`python -m doctest FILE`): so do its >>> blocks.
    const joins = r.opts.session === undefined ? r.lang.snippets?.defaultSession?.(r.block.code) : undefined;
    if (joins) r.opts.session = joins;
  }

  // Sessions: one language each, interpreted languages only.
  const sessionLang = new Map<string, Runnable>();
  for (const r of runnable) {
    const name = r.opts.session;
    if (name === undefined) continue;
    if (!r.lang.session) {
      problem(r.block.line, `session=${name}: ${r.lang.label} blocks each compile to their own program, so they cannot share a session; sessions work for ${sessionLanguages().join(', ')}`);
      continue;
    }
    const first = sessionLang.get(name);
    if (!first) sessionLang.set(name, r);
    else if (first.lang.id !== r.lang.id) {
      problem(r.block.line, `session "${name}" started as ${first.lang.label} at line ${first.block.line}; a session runs in one interpreter, so give this ${r.lang.label} block another session name`);
    }
  }
  if (problems.length) return { checks: [], problems };

  // Changed-only: which blocks to keep.
  const keep = (r: Runnable): boolean => {
    if (changes === undefined || changes === 'all' || !settings.changedLines) return true;
    const end = r.output?.endLine ?? r.block.endLine;
    if (touches(changes, r.block.line, end)) return true;
    if ((setups.get(r.lang.id) ?? []).some((s) => touches(changes, s.line - 1, s.line + s.code.split('\n').length))) return true;
    if (r.opts.session !== undefined) {
      return runnable.some(
        (o) => o.opts.session === r.opts.session && touches(changes, o.block.line, o.output?.endLine ?? o.block.endLine),
      );
    }
    return false;
  };

  const checks: Check[] = [];
  for (const r of runnable) {
    if (settings.languages && !settings.languages.has(r.lang.id)) continue;
    if (!keep(r)) continue;
    const { block, lang, opts } = r;
    const rule = ruled.get(r)!;
    // A documentation toolchain's own setup comes first (Sphinx's doctest_global_setup before each {doctest}).
    const toolchainSetup = projectSetup.filter((p) => p.language === lang.id && p.appliesTo(block)).map((p) => ({ code: p.code, line: 0 }));
    const langSetups = [...toolchainSetup, ...(rule.setup ? [{ code: rule.setup, line: 0 }] : []), ...(setups.get(lang.id) ?? [])];
    const shaped = shapeBlock({ file, block, lang, setups: langSetups, output: r.output, noRun: opts.noRun === true, doctestFlags: rule.doctest, prefix: prefixOf(block) });
    const program = shaped?.program || assembleProgram(lang.id, langSetups, block.code, block.codeLine);
    const entry = lang.snippets?.fileNameFor?.(program) ?? lang.fileNameFor?.(program) ?? lang.fileName;
    const foreign = foreignEffect(block.foreign, block.options);
    const expect: Expectation = { ...rule.expect, ...shaped?.expect };
    if (opts.shouldFail || foreign.shouldFail) expect.shouldFail = true;
    if (opts.exit !== undefined) expect.exitCode = opts.exit;
    if (r.output && !shaped?.usedOutput) expect.stdoutLike = r.output.code;
    if (shaped?.skip && opts.skip === undefined) opts.skip = shaped.skip;
    if (foreign.skip && opts.skip === undefined) opts.skip = foreign.skip;
    const skipWhy =
      skipFile ??
      (opts.skip !== undefined
        ? `marked ${opts.skip} at ${file}:${block.line}`
        : rule.skip
          ? `skipped by [[snippets.rule]] ${rule.from.map((i) => `#${i + 1}`).join(', ')} of the configuration`
          : undefined);
    const check: Check = {
      name: `${file}:${block.line} (${lang.id})${opts.name ? `: ${opts.name}` : ''}`,
      language: lang.id,
      entry,
      files: [{ path: entry, content: Buffer.from(program) }, ...(shaped?.files ?? []), ...rule.files.filter((f) => f.path !== entry)],
      args: [],
      env: { ...settings.env, ...shaped?.env },
      stdin: '',
      network: opts.network ?? rule.network ?? settings.network,
      packages: [...new Set([...(settings.packages[lang.id] ?? []), ...rule.packages, ...opts.packages])],
      limits: {
        ...settings.limits,
        timeoutMs: opts.timeoutMs ?? rule.timeoutMs ?? settings.limits.timeoutMs,
        memoryBytes: opts.memoryBytes ?? rule.memoryBytes ?? settings.limits.memoryBytes,
      },
      expect,
      source: { file, line: block.line },
    };
    if (skipWhy) check.skip = { reason: 'skipped_by_marker', message: skipWhy };
    if (opts.noRun || shaped?.noRun) check.noRun = true;
    if (shaped?.note) check.note = shaped.note;
    if (shaped?.bless) check.bless = shaped.bless;
    else if (r.output && !shaped?.usedOutput) {
      check.bless = { kind: 'output', file, from: r.output.codeLine, to: r.output.endLine - 1, prefix: prefixOf(r.output) };
    }
    if (opts.session !== undefined) {
      check.session = {
        id: `${file}#${opts.session}`,
        name: opts.session,
        file,
        codeLine: block.codeLine,
        program: shaped?.sessionProgram ?? assembleProgram(lang.id, [], block.code, block.codeLine),
        setup: langSetups.map((s) => ({ program: assembleProgram(lang.id, [], s.code, s.line), line: s.line })),
      };
    }
    checks.push(check);
  }
  return { checks, problems };
}

/** A session block needs the blocks before it: --filter keeps them. */
function withEarlierSessionBlocks(all: Check[], chosen: Check[]): Check[] {
  const upTo = new Map<string, number>();
  for (const c of chosen) {
    if (c.session) upTo.set(c.session.id, Math.max(upTo.get(c.session.id) ?? 0, c.session.codeLine));
  }
  const keep = new Set(chosen);
  return all.filter((c) => keep.has(c) || (c.session !== undefined && c.session.codeLine <= (upTo.get(c.session.id) ?? -1)));
}

function checkKnown(opts: InfoOption[], line: number, problem: (line: number, message: string) => void): void {
  for (const o of opts) {
    if (KNOWN.has(o.key)) continue;
    const guess = didYouMean(o.key, KNOWN);
    problem(line, `unknown sandbox-checks option "${o.key}"${guess ? `; did you mean "${guess}"?` : `; known options: ${[...KNOWN].join(', ')}`}`);
  }
}

/** Options of a block; bad values are problems at `line`. Unknown words are other tools' and are ignored. */
function readOptions(all: InfoOption[], line: number, problem: (line: number, message: string) => void): BlockOptions {
  const o: BlockOptions = { packages: [] };
  const bool = (opt: InfoOption): boolean | undefined => {
    if (opt.value === undefined || /^(true|yes|on|1)$/i.test(opt.value)) return true;
    if (/^(false|no|off|0)$/i.test(opt.value)) return false;
    problem(line, `${opt.key}=${opt.value}: expected true or false`);
    return undefined;
  };
  for (const opt of all) {
    switch (opt.key) {
      case 'skip':
      case 'ignore':
        if (opt.value !== undefined && /^(false|no|off|0)$/i.test(opt.value)) o.skip = undefined;
        else o.skip = opt.value && !/^(true|yes|on|1)$/i.test(opt.value) ? `${opt.key} (${opt.value})` : opt.key;
        break;
      case 'no_run':
        o.noRun = bool(opt) ?? o.noRun;
        break;
      case 'should_fail':
        o.shouldFail = bool(opt) ?? o.shouldFail;
        break;
      case 'exit': {
        const n = Number(opt.value);
        if (opt.value === undefined || !Number.isInteger(n) || n < 0 || n > 255) problem(line, `exit=${opt.value ?? ''}: expected an exit code from 0 to 255`);
        else o.exit = n;
        break;
      }
      case 'timeout': {
        const ms = parseDuration(opt.value);
        if (ms === undefined || ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
          problem(line, `timeout=${opt.value ?? ''}: expected milliseconds or a duration like "5s" between ${MIN_TIMEOUT_MS} ms and ${MAX_TIMEOUT_MS / 60_000} min`);
        } else o.timeoutMs = ms;
        break;
      }
      case 'memory': {
        const bytes = parseSize(opt.value);
        if (bytes === undefined || bytes < 16 * 1024 ** 2) problem(line, `memory=${opt.value ?? ''}: expected a size like "256MB" (at least 16 MB)`);
        else o.memoryBytes = bytes;
        break;
      }
      case 'network':
        o.network = bool(opt) ?? o.network;
        break;
      case 'name':
      case 'session':
        if (!opt.value) problem(line, `${opt.key}= needs a value, e.g. ${opt.key}=tour`);
        else o[opt.key] = opt.value;
        break;
      case 'packages':
        if (!opt.value) problem(line, 'packages= needs a list, e.g. packages=numpy,pandas');
        else o.packages.push(...opt.value.split(/[\s,]+/).filter(Boolean));
        break;
      case 'setup':
        o.setup = true;
        break;
      case 'output':
        o.output = bool(opt) ?? o.output;
        break;
    }
  }
  return o;
}
