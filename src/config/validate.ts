// Checks a raw configuration (from TOML, flags or Action inputs) against the
// spec and turns it into typed settings. Every problem is collected, with the
// file, line and key, before anything runs.

import { didYouMean, type Problem } from './errors.js';
import { lineOf, pathKey, type KeyPath } from './locate.js';
import { MAX_TIMEOUT_MS, MIN_TIMEOUT_MS } from '../limits.js';
import { CONFIG_FIELDS, type Field, type Fields } from './spec.js';
import { parseDuration, parseSize } from '../units.js';
import { compileUserRegex } from '../trust/regex.js';

export interface Located {
  source: string;
  lines?: Map<string, number>;
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (v instanceof Date) return 'a date';
  if (typeof v === 'object') return 'a table';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return `the integer ${String(v)}`;
  return `the ${typeof v} ${String(v)}`;
}

export function validate(raw: unknown, where: Located): Problem[] {
  const problems: Problem[] = [];
  const report = (p: KeyPath, message: string) =>
    problems.push({
      source: where.source,
      line: where.lines ? lineOf(where.lines, p) : undefined,
      key: p.length ? pathKey(p) : undefined,
      message,
    });

  const checkTable = (value: unknown, fields: Fields, p: KeyPath) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) {
      report(p, `expected a table, got ${typeName(value)}`);
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      const field = fields[key];
      if (!field) {
        const guess = didYouMean(key, Object.keys(fields));
        report([...p, key], `unknown key${guess ? `; did you mean "${guess}"?` : `; known keys here: ${Object.keys(fields).join(', ')}`}`);
        continue;
      }
      checkField(v, field, [...p, key]);
    }
  };

  const checkField = (v: unknown, field: Field, p: KeyPath) => {
    const t = field.type;
    switch (t.kind) {
      case 'string':
        if (typeof v !== 'string') return report(p, `expected a string, got ${typeName(v)}`);
        if (t.nonEmpty && v.trim() === '') return report(p, 'must not be empty');
        if (t.regex) {
          const re = compileUserRegex(v);
          if ('error' in re) return report(p, re.error);
        }
        if (t.enum && !t.enum.includes(v)) {
          const guess = didYouMean(v, t.enum);
          return report(p, `expected one of ${t.enum.join(', ')}, got ${JSON.stringify(v)}${guess ? `; did you mean "${guess}"?` : ''}`);
        }
        return;
      case 'boolean':
        if (typeof v !== 'boolean') return report(p, `expected true or false, got ${typeName(v)}`);
        return;
      case 'integer': {
        const n = typeof v === 'bigint' ? Number(v) : v;
        if (typeof n !== 'number' || !Number.isInteger(n)) return report(p, `expected a whole number, got ${typeName(v)}`);
        if (t.min !== undefined && n < t.min) return report(p, `must be at least ${t.min}, got ${n}`);
        if (t.max !== undefined && n > t.max) return report(p, `must be at most ${t.max}, got ${n}`);
        return;
      }
      case 'duration': {
        const ms = parseDuration(v);
        if (ms === undefined || Number.isNaN(ms)) {
          return report(p, `expected a duration: milliseconds like 30000, or a string like "30s" or "2m"; got ${typeName(v)}`);
        }
        const min = t.min ?? MIN_TIMEOUT_MS;
        if (ms < min) return report(p, `must be at least ${min} ms, got ${ms} ms`);
        if (ms > MAX_TIMEOUT_MS) return report(p, `must be at most 1 hour (${MAX_TIMEOUT_MS} ms), got ${ms} ms`);
        return;
      }
      case 'size': {
        const b = parseSize(v);
        if (b === undefined || Number.isNaN(b)) return report(p, `expected a size: bytes, or a string like "512MB" or "1GiB"; got ${typeName(v)}`);
        if (b < 1024) return report(p, `must be at least 1024 bytes, got ${b}`);
        return;
      }
      case 'strings':
        if (!Array.isArray(v)) return report(p, `expected a list of strings like ["a", "b"], got ${typeName(v)}`);
        if (t.kind === 'strings' && t.nonEmpty && v.length === 0) return report(p, 'the list is empty: give at least one entry');
        v.forEach((item, i) => {
          if (typeof item !== 'string') report([...p, i], `expected a string, got ${typeName(item)}`);
          else if (item.trim() === '') report([...p, i], 'must not be an empty string');
        });
        return;
      case 'stringOrStrings':
        if (typeof v === 'string') return;
        return checkField(v, { ...field, type: { kind: 'strings' } }, p);
      case 'env':
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
          return report(p, `expected a table of strings like { NAME = "value" }, got ${typeName(v)}`);
        }
        for (const [k, val] of Object.entries(v)) {
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) report([...p, k], 'is not a valid environment variable name');
          else if (typeof val !== 'string') report([...p, k], `expected a string, got ${typeName(val)} (quote it: "${String(val)}")`);
        }
        return;
      case 'table':
        return checkTable(v, t.fields, p);
      case 'tables':
        if (!Array.isArray(v)) {
          return report(p, `expected an array of tables ([[${p[p.length - 1]}]] sections), got ${typeName(v)}`);
        }
        v.forEach((item, i) => checkTable(item, t.fields, [...p, i]));
        return;
    }
  };

  checkTable(raw, CONFIG_FIELDS, []);
  return problems;
}
