// Maps key paths of a TOML document to their line numbers, so every problem
// can point at a line. smol-toml gives positions only for syntax errors; this
// scanner follows tables, arrays of tables, dotted keys and inline tables,
// which is all a sandbox-checks.toml holds.

export type KeyPath = (string | number)[];

export function pathKey(p: KeyPath): string {
  return p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}

const KEY = String.raw`(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')`;
const unquote = (k: string) => k.trim().replace(/^["']|["']$/g, '');
const splitKey = (k: string) => (k.match(new RegExp(KEY, 'g')) ?? []).map(unquote);

export function keyLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  const counters = new Map<string, number>();
  let table: KeyPath = [];
  let inMultiline: string | undefined;
  const record = (p: KeyPath, line: number) => {
    const k = pathKey(p);
    if (!lines.has(k)) lines.set(k, line);
  };
  source.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    if (inMultiline) {
      if (raw.includes(inMultiline)) inMultiline = undefined;
      return;
    }
    const text = raw.trim();
    if (!text || text.startsWith('#')) return;
    const arr = /^\[\[\s*([^\]]+?)\s*\]\]/.exec(text);
    if (arr) {
      const name = splitKey(arr[1]!).join('.');
      const idx = counters.get(name) ?? 0;
      counters.set(name, idx + 1);
      table = [...splitKey(arr[1]!), idx];
      record(table, n);
      return;
    }
    const tab = /^\[\s*([^\]]+?)\s*\]/.exec(text);
    if (tab) {
      table = splitKey(tab[1]!);
      record(table, n);
      return;
    }
    const kv = new RegExp(String.raw`^(${KEY}(?:\s*\.\s*${KEY})*)\s*=\s*(.*)$`).exec(text);
    if (!kv) return;
    const keyPath = [...table, ...splitKey(kv[1]!)];
    record(keyPath, n);
    const value = kv[2]!;
    for (const q of ['"""', "'''"]) {
      const first = value.indexOf(q);
      if (first >= 0 && value.indexOf(q, first + 3) < 0) inMultiline = q;
    }
    if (value.startsWith('{')) {
      for (const m of value.matchAll(new RegExp(String.raw`(${KEY})\s*=`, 'g'))) record([...keyPath, unquote(m[1]!)], n);
    }
  });
  return lines;
}

/** The line of a key, or of the nearest enclosing key that has one. */
export function lineOf(lines: Map<string, number>, p: KeyPath): number | undefined {
  for (let len = p.length; len > 0; len--) {
    const hit = lines.get(pathKey(p.slice(0, len)));
    if (hit) return hit;
  }
  return undefined;
}
