// No file in src/ reaches itself through relative imports (`import … from`,
// `export … from`, `import('…')`, type-only imports too): a loop means two
// modules own one piece of knowledge between them, and the folders' arrows
// in the architecture stop pointing one way.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import { afterAll, describe, expect, test } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** './x.js' → x.ts, './x' → x.ts or x/index.ts; undefined for anything that is not a source file. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(c) && statSync(c).isFile());
}

/**
 * Each file's relative imports. The TypeScript scanner reads real import
 * syntax only, so program text held in template strings is not mistaken for
 * an import.
 */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of tsFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles
      .map((f) => f.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveImport(file, s))
      .filter((d): d is string => d !== undefined);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

/** One concrete loop per strongly connected component (Tarjan), as file paths ending where they start. */
function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const strongConnect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) strongConnect(v);

  // A shortest path back to the start, inside the component, makes the loop readable.
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0];
    const prev = new Map<string, string>();
    const queue = [start];
    const seen = new Set([start]);
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of graph.get(v) ?? []) {
        if (!members.has(w)) continue;
        if (w === start) {
          const path = [v];
          while (path[0] !== start) path.unshift(prev.get(path[0])!);
          return [...path, start];
        }
        if (!seen.has(w)) {
          seen.add(w);
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start, start];
  });
}

function describeCycles(root: string, cycles: string[][]): string[] {
  return cycles.map((c) => c.map((f) => relative(root, f)).join(' → '));
}

describe('import cycles', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('src/ has no file-level import cycle', () => {
    const graph = importGraph(SRC);
    // The scan must see the tree: a broken resolver would find no edges and pass.
    expect(graph.size).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
    expect(describeCycles(SRC, findCycles(graph))).toEqual([]);
  });

  test('the scan finds a loop through import, export-from and type-only imports, and ignores imports inside strings', () => {
    const dir = join(scratch, 'loop');
    const write = (name: string, text: string) => {
      const p = join(dir, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
    };
    write('a.ts', "import { b } from './b.js';\nexport const a = b;\n");
    write('b.ts', "export { c as b } from './sub/index.js';\n");
    write('sub/index.ts', "import type { A } from '../a.js';\nexport const c = 1 as unknown as A;\n");
    write('d.ts', "export const program = `import { a } from './a.js';`;\n// import { d } from './d.js';\n");
    write('a2.ts', "import { program } from './d.js';\nexport const x = program;\n");
    expect(describeCycles(dir, findCycles(importGraph(dir)))).toEqual(['a.ts → b.ts → sub/index.ts → a.ts']);
  });
});
