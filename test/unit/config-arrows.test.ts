// The folders' arrows point one way: config/ loads and validates, plan/ plans
// from its typed Config, and neither reaches up into what runs or reports a
// plan. config/ may read providers/ only for the list of provider names.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** `folder/file.ts → src-relative targets` of every relative import in a folder. */
function importsOf(folder: string): string[] {
  const dir = join(SRC, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      ts
        .preProcessFile(readFileSync(join(dir, f), 'utf8'), true, true)
        .importedFiles.map((i) => i.fileName)
        .filter((s) => s.startsWith('.'))
        .map((s) => `${folder}/${f} → ${relative(SRC, resolve(dir, s))}`),
    );
}

const into = (edges: string[], folders: string[]) => edges.filter((e) => folders.some((f) => e.split(' → ')[1]!.startsWith(`${f}/`)));

describe('folder layering', () => {
  test('config/ imports nothing above it (no plan/, engine/, report/, front doors), and providers/ only for the names', () => {
    const edges = importsOf('config');
    expect(into(edges, ['plan', 'engine', 'report', 'action', 'cli'])).toEqual([]);
    expect(into(edges, ['providers']).map((e) => e.split(' → ')[1])).toEqual(['providers/index.js']);
    expect(edges.some((e) => e.endsWith('index.js') && !e.includes('/'))).toBe(false);
  });

  test('planning (plan/ but --update, which writes run results back into Markdown) imports nothing from the engine, reports or front doors', () => {
    const planning = importsOf('plan').filter((e) => !e.startsWith('plan/update.ts '));
    expect(planning.length).toBeGreaterThan(20);
    expect(into(planning, ['engine', 'report', 'action', 'cli'])).toEqual([]);
  });

  test('trust/ imports nothing above it', () => {
    expect(into(importsOf('trust'), ['languages', 'providers', 'config', 'plan', 'engine', 'report', 'action', 'cli'])).toEqual([]);
  });
});
