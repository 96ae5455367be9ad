// Checks a raw configuration (from TOML, flags or Action inputs) against the
// schema (spec.ts) and turns it into a typed Config. Every problem is
// collected, with the file, line and key, before anything runs; the Config
// of a file with problems leaves the bad values out, so the planner can add
// its own problems and all are reported at once.

import * as v from 'valibot';

import type { Problem } from './errors.js';
import { lineOf, pathKey, type KeyPath } from './locate.js';
import { ConfigSchema, type Config } from './spec.js';

export interface Located {
  source: string;
  lines?: Map<string, number>;
}

const pathOf = (issue: v.BaseIssue<unknown>): KeyPath => (issue.path ?? []).map((p) => p.key as string | number);

/** The issues of `raw`, first per key (a value has one problem: the first that applies). */
function issuesOf(raw: unknown): { path: KeyPath; message: string }[] | undefined {
  const r = v.safeParse(ConfigSchema, raw);
  if (r.success) return undefined;
  const seen = new Set<string>();
  const out: { path: KeyPath; message: string }[] = [];
  for (const issue of r.issues) {
    const path = pathOf(issue);
    const key = pathKey(path);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: issue.message });
  }
  return out;
}

export function validate(raw: unknown, where: Located): Problem[] {
  return (issuesOf(raw) ?? []).map(({ path, message }) => ({
    source: where.source,
    line: where.lines ? lineOf(where.lines, path) : undefined,
    key: path.length ? pathKey(path) : undefined,
    message,
  }));
}

/** A copy of `value` without the key holding `path` (a list item takes its list with it: indices stay as written). */
function without(value: unknown, path: KeyPath): unknown {
  const last = path.findLastIndex((k) => typeof k === 'string');
  if (last < 0) return {};
  const copy = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (depth === last) {
      const { [path[depth] as string]: _, ...rest } = node as Record<string, unknown>;
      return rest;
    }
    const k = path[depth]!;
    if (Array.isArray(node)) return node.map((x, i) => (i === k ? copy(x, depth + 1) : x));
    const t = node as Record<string, unknown>;
    return { ...t, [k]: copy(t[k], depth + 1) };
  };
  return copy(value, 0);
}

/**
 * The typed Config of `raw`: the values that passed. Problems are
 * validate()'s to report; a value with one is left out here.
 */
export function typedConfig(raw: unknown): Config {
  let value = raw;
  // Each round removes at least one bad key; a document has few levels.
  for (let round = 0; round < 64; round++) {
    const r = v.safeParse(ConfigSchema, value);
    if (r.success) return r.output;
    for (const issue of r.issues) value = without(value, pathOf(issue));
  }
  return {};
}
