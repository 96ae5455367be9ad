// Checks a raw configuration (from TOML, flags or Action inputs) against the
// schema (spec.ts) and turns it into a typed Config. Every problem is
// collected, with the file, line and key, before anything runs; the Config
// of a file with problems leaves the bad values out, so the planner can add
// its own problems and all are reported at once.

import * as v from 'valibot';

import type { Problem } from './errors.js';
import { lineOf, pathKey, type KeyPath } from './locate.js';
import { ConfigSchema, unknownKeys, type Config } from './spec.js';

export interface Located {
  source: string;
  lines?: Map<string, number>;
}

const pathOf = (issue: v.BaseIssue<unknown>): KeyPath => (issue.path ?? []).map((p) => p.key as string | number);

/** The problems of `raw` as key paths and messages, first per key (a value has one problem: the first that applies). */
function issuesOf(raw: unknown): { path: KeyPath; message: string }[] {
  const r = v.safeParse(ConfigSchema, raw);
  const all = [...(r.success ? [] : r.issues.map((issue) => ({ path: pathOf(issue), message: issue.message }))), ...unknownKeys(raw)];
  const seen = new Set<string>();
  return all.filter(({ path }) => {
    const key = pathKey(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validate(raw: unknown, where: Located): Problem[] {
  return issuesOf(raw).map(({ path, message }) => ({
    source: where.source,
    line: where.lines ? lineOf(where.lines, path) : undefined,
    key: path.length ? pathKey(path) : undefined,
    message,
  }));
}

/** A copy of the tables and lists of a document (values are shared), to delete keys from. */
function copyTree(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(copyTree);
  if (x && typeof x === 'object' && !(x instanceof Date)) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copyTree(v)]));
  }
  return x;
}

/** Deletes the key holding `path` (a list item takes its list with it, so indices stay as written). */
function deleteAt(root: Record<string, unknown>, path: KeyPath): void {
  const last = path.findLastIndex((k) => typeof k === 'string');
  if (last < 0) {
    for (const k of Object.keys(root)) delete root[k];
    return;
  }
  let node: unknown = root;
  for (const k of path.slice(0, last)) {
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[k] : undefined;
  }
  if (node && typeof node === 'object') delete (node as Record<string, unknown>)[path[last] as string];
}

/**
 * The typed Config of `raw`: the values that passed. Problems are
 * validate()'s to report; a value with one is left out here.
 */
export function typedConfig(raw: unknown): Config {
  let issues = issuesOf(raw);
  if (!issues.length) return v.parse(ConfigSchema, raw);
  const value = copyTree(raw);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  // Each round removes every bad key it sees (a key whose table was bad is seen the next round).
  for (let round = 0; round < 16 && issues.length; round++) {
    for (const { path } of issues) deleteAt(value as Record<string, unknown>, path);
    issues = issuesOf(value);
  }
  const r = v.safeParse(ConfigSchema, value);
  return r.success && !issues.length ? r.output : {};
}
