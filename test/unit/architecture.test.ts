// The folders of src/ keep the order docs/architecture.md gives: a folder
// imports only folders after it in that order (and the root files). The
// order is read from the document, so the document and the tree cannot
// drift apart: a new folder, or an arrow pointing up, fails here until both
// say the same. Files stay short enough to read whole.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 500;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** The folder a source file belongs to: its first path part under src/; `index` for the library's front door, else 'root'. */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length > 1) return parts[0]!;
  return parts[0] === 'index.ts' ? 'index' : 'root';
}

/** `action cli > report > … > root` → each folder's rank (higher may import lower). */
function documentedOrder(): Map<string, number> {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const line = /```text\n([a-z ]+(?: > [a-z ]+)+)\n```/.exec(doc)?.[1];
  if (!line) throw new Error('docs/architecture.md has no ```text block with the folder order (a > b > …)');
  const tiers = line.split(' > ').map((t) => t.trim().split(/\s+/));
  const rank = new Map<string, number>();
  tiers.forEach((names, i) => names.forEach((n) => rank.set(n, tiers.length - i)));
  return rank;
}

/** Folder arrows: from → to → one example file import, for the failure message. */
function folderArrows(): Map<string, Map<string, string>> {
  const arrows = new Map<string, Map<string, string>>();
  for (const file of tsFiles(SRC)) {
    const from = folderOf(file);
    for (const spec of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC + sep)) continue;
      const to = folderOf(target.endsWith('.js') ? target : `${target}.ts`);
      if (to === from) continue;
      const m = arrows.get(from) ?? new Map<string, string>();
      if (!m.has(to)) m.set(to, `${relative(ROOT, file)} imports ${spec}`);
      arrows.set(from, m);
    }
  }
  return arrows;
}

describe('the tree matches docs/architecture.md', () => {
  const rank = documentedOrder();

  test('every folder of src/ is in the documented order, and every documented folder exists', () => {
    const folders = new Set(tsFiles(SRC).map(folderOf));
    expect([...folders].filter((f) => !rank.has(f)).sort(), 'folders missing from docs/architecture.md').toEqual([]);
    expect([...rank.keys()].filter((f) => !folders.has(f)).sort(), 'documented folders that do not exist').toEqual([]);
  });

  test('imports only point down the order', () => {
    const upward: string[] = [];
    for (const [from, tos] of folderArrows()) {
      for (const [to, example] of tos) {
        const a = rank.get(from), b = rank.get(to);
        if (a === undefined || b === undefined || b >= a) upward.push(`${from} → ${to} (${example})`);
      }
    }
    expect(upward.sort()).toEqual([]);
  });

  test(`no source file is over ${MAX_LINES} lines`, () => {
    const long = tsFiles(SRC)
      .map((f) => ({ f: relative(ROOT, f), n: readFileSync(f, 'utf8').split('\n').length }))
      .filter((x) => x.n > MAX_LINES)
      .map((x) => `${x.f}: ${x.n} lines`);
    expect(long).toEqual([]);
  });
});
