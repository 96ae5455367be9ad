// The languages sandbox-checks knows, and the lookups by name, alias and
// extension. index.ts defines the built-in ones; a library user or a test
// defines more with defineLanguage, which every layer (planner, engine,
// providers) then finds by id like a built-in one — the id is all a Check
// carries, so there is one catalog, not one per layer.

import path from 'node:path';

import { SandboxChecksError } from '../errors.js';
import type { Language } from './language.js';

/** Thrown by getLanguage for a name no module has: a request that cannot run (exit 2). The planner checks names first and reports a problem instead. */
export class UnknownLanguageError extends SandboxChecksError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UnknownLanguageError';
  }
}

const list: Language[] = [];
const byName = new Map<string, Language>();
const byExtension = new Map<string, Language>();

/** Every defined language, built-in ones first, in the order reports list them. */
export const LANGUAGES: readonly Language[] = list;

/**
 * Adds a language. Its id, aliases and extensions must be new: a module that
 * took over `python` or `.py` would silently change what other blocks run as.
 */
export function defineLanguage<L extends Language>(lang: L): L {
  const names = [lang.id, ...lang.aliases].map((n) => n.toLowerCase());
  const taken = names.filter((n) => byName.has(n)).concat(lang.extensions.filter((e) => byExtension.has(e.toLowerCase())));
  if (taken.length) throw new Error(`language "${lang.id}": ${taken.join(', ')} already belong${taken.length === 1 ? 's' : ''} to another language`);
  if (!lang.extensions.every((e) => e.startsWith('.'))) throw new Error(`language "${lang.id}": extensions start with a dot`);
  list.push(lang);
  for (const n of names) byName.set(n, lang);
  for (const e of lang.extensions) byExtension.set(e.toLowerCase(), lang);
  return lang;
}

export function knownLanguages(): string {
  return list.map((l) => (l.aliases.length ? `${l.id} (${l.aliases.join(', ')})` : l.id)).join(', ');
}

/** Finds a language by id or alias; `undefined` when there is none. */
export function findLanguage(name: string): Language | undefined {
  return byName.get(name.trim().toLowerCase());
}

export function getLanguage(name: string): Language {
  const lang = findLanguage(name);
  if (!lang) throw new UnknownLanguageError(`unknown language "${name}"; known languages: ${knownLanguages()}`);
  return lang;
}

export function languageForFile(file: string): Language | undefined {
  return byExtension.get(path.extname(file).toLowerCase());
}

/** The languages whose blocks can share a session (one interpreter process). */
export function sessionLanguages(): string[] {
  return list.filter((l) => l.session).map((l) => l.id);
}

/** The programs a language may run: its own tools and its installer's. */
export function toolsOf(lang: Language): string[] {
  return [...lang.tools, ...(lang.install ? [lang.install.tool] : [])];
}

/** Loads what every language's snippet conventions need (their parsers): once, before the first document with a block is planned. */
export async function prepareSnippetConventions(): Promise<void> {
  await Promise.all(list.map((l) => l.snippets?.prepare?.()));
}
