// `[[snippets.rule]]`: what a maintainer would otherwise write into every
// block, said once for a folder and a language, so documentation runs
// without edits:
//
//   [[snippets.rule]]
//   paths = ["docs/**"]          # Markdown files the rule is for (globs)
//   language = "python"          # optional: only blocks of this language
//   share = "file"               # one session per file and language
//   setup = "import os"          # hidden code before each block (once per session)
//   packages = ["numpy"]         # installed first
//   include = ["fixtures/*.csv"] # files copied into each block's workspace
//   skip = true                  # do not run (reported as skipped)
//   timeout = "10s"              # also memory, network
//   expect = { stderr_contains = "warning" }
//   doctest = ["ELLIPSIS"]       # doctest option flags for >>> blocks
//
// Every rule that matches a block applies, in order; a later rule's scalar
// wins, lists add up. The block's own options win over rules.

import path from 'node:path';

import type { Problem } from '../config/errors.js';
import type { LoadedConfig } from '../config/load.js';
import { DOCTEST_FLAGS } from '../languages/python-doctest.js';
import { findLanguage, knownLanguages } from '../languages/index.js';
import type { CheckFile, Expectation } from '../types.js';
import { readCheckFile, resolveGlobs } from './files.js';

export interface SnippetRule {
  /** Position among the rules, for messages. */
  index: number;
  match: RegExp[];
  paths: string[];
  language?: string;
  share: boolean;
  setup?: string;
  packages: string[];
  files: CheckFile[];
  skip: boolean;
  timeoutMs?: number;
  memoryBytes?: number;
  network?: boolean;
  expect: Expectation;
  doctest: string[];
}

/** A glob over repository paths: `**` any folders, `*` and `?` within a name, `{a,b}` either. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^(?:\\./)?${re}$`);
}

/** Reads `[[snippets.rule]]`; problems name the rule's key and line. */
export function readRules(config: LoadedConfig, baseDir: string, problems: Problem[]): SnippetRule[] {
  const rules: SnippetRule[] = [];
  (config.config.snippets?.rule ?? []).forEach((t, index) => {
    const key = (k: string) => `snippets.rule[${index}].${k}`;
    const problem = (k: string, message: string) =>
      problems.push({ source: config.source, line: config.lines?.get(key(k)) ?? config.lines?.get(`snippets.rule[${index}]`), key: key(k), message });
    const paths = t.paths ?? [];
    if (!paths.length) problem('paths', 'a rule needs the Markdown files it is for: paths = ["docs/**"]');
    const rule: SnippetRule = { index, match: paths.map(globRegExp), paths, share: false, packages: [], files: [], skip: t.skip === true, expect: {}, doctest: [] };
    if (t.language !== undefined) {
      const lang = findLanguage(t.language);
      if (!lang) problem('language', `unknown language "${t.language}"; known languages: ${knownLanguages()}`);
      else rule.language = lang.id;
    }
    rule.share = t.share === 'file';
    if (t.setup?.trim()) rule.setup = t.setup.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    rule.packages = t.packages ?? [];
    // Durations and sizes are already milliseconds and bytes, within bounds (config/spec.ts).
    rule.timeoutMs = t.timeout;
    rule.memoryBytes = t.memory;
    rule.network = t.network;
    const e = t.expect ?? {};
    if (e.exit_code !== undefined) rule.expect.exitCode = e.exit_code;
    if (e.stdout !== undefined) rule.expect.stdoutEquals = e.stdout;
    if (e.stderr !== undefined) rule.expect.stderrEquals = e.stderr;
    if (e.stdout_contains) rule.expect.stdoutContains = e.stdout_contains;
    if (e.stderr_contains) rule.expect.stderrContains = e.stderr_contains;
    if (e.stdout_matches !== undefined) rule.expect.stdoutMatches = e.stdout_matches;
    if (e.stderr_matches !== undefined) rule.expect.stderrMatches = e.stderr_matches;
    for (const f of t.doctest ?? []) {
      const flag = f.toUpperCase().replace(/^\+/, '');
      if (!DOCTEST_FLAGS.includes(flag)) problem('doctest', `unknown doctest flag "${f}"; known: ${DOCTEST_FLAGS.join(', ')}`);
      else rule.doctest.push(flag);
    }
    const include = t.include ?? [];
    if (include.length) {
      const found = resolveGlobs(include, baseDir);
      for (const m of found.problems) problem('include', m);
      for (const m of found.missing) problem('include', `the include "${m}" matched no files under ${baseDir}`);
      for (const rel of found.files) {
        const r = readCheckFile(baseDir, rel, { text: false });
        if ('error' in r) problem('include', r.error);
        else rule.files.push({ path: rel.split(path.sep).join('/'), content: r.content });
      }
    }
    rules.push(rule);
  });
  return rules;
}

/** The rules for a block of `language` in `file`, in order. */
export function rulesFor(rules: SnippetRule[], file: string, language: string): SnippetRule[] {
  return rules.filter((r) => (!r.language || r.language === language) && r.match.some((m) => m.test(file)));
}

/** Rules folded into one: later scalars win, lists add up. */
export function foldRules(rules: SnippetRule[]): Omit<SnippetRule, 'index' | 'match' | 'paths' | 'language'> & { /** The rules that skip. */ from: number[] } {
  const out = { from: [] as number[], share: false, packages: [] as string[], files: [] as CheckFile[], skip: false, expect: {} as Expectation, doctest: [] as string[] } as ReturnType<typeof foldRules>;
  const setups: string[] = [];
  for (const r of rules) {
    if (r.skip) out.from.push(r.index);
    out.share ||= r.share;
    out.skip ||= r.skip;
    if (r.setup) setups.push(r.setup);
    out.packages.push(...r.packages);
    out.files.push(...r.files.filter((f) => !out.files.some((x) => x.path === f.path)));
    out.timeoutMs = r.timeoutMs ?? out.timeoutMs;
    out.memoryBytes = r.memoryBytes ?? out.memoryBytes;
    out.network = r.network ?? out.network;
    Object.assign(out.expect, r.expect);
    out.doctest.push(...r.doctest);
  }
  if (setups.length) out.setup = setups.join('\n');
  return out;
}
