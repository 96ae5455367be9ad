// What every language module must say, checked over the built-in ones: the
// facts the providers, the template and setup.sh read from them are there,
// and each module is one file that index.ts imports with one line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { debianPackagesFor } from '../../src/languages/debian.js';
import { LANGUAGES, sessionLanguages, toolsOf } from '../../src/languages/index.js';
import { ROOT } from '../helpers.js';

const DIR = path.join(ROOT, 'src/languages');

describe('language modules', () => {
  it('src/languages imports nothing above it: only itself, the root files (types, units, limits, errors, crypto) and trust/', () => {
    const SRC = path.join(ROOT, 'src');
    const allowed = (p: string) => p.startsWith(`${DIR}/`) || p.startsWith(`${SRC}/trust/`) || ['types', 'units', 'limits', 'errors', 'crypto'].some((f) => p === path.join(SRC, `${f}.js`));
    const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const outside = files.flatMap((f) =>
      ts
        .preProcessFile(readFileSync(path.join(DIR, f), 'utf8'), true, true)
        .importedFiles.map((i) => i.fileName)
        .filter((spec) => spec.startsWith('.') && !allowed(path.resolve(DIR, path.dirname(f), spec)))
        .map((spec) => `${f} → ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  it('index.ts imports each src/languages/<id>.ts with one line, in the order LANGUAGES lists them', () => {
    const lines = readFileSync(path.join(DIR, 'index.ts'), 'utf8').split('\n');
    const imported = lines.flatMap((l) => /^import '\.\/([\w-]+)\.js';$/.exec(l)?.[1] ?? []);
    expect(imported).toEqual(LANGUAGES.map((l) => l.id));
    for (const id of imported) expect(readdirSync(DIR)).toContain(`${id}.ts`);
  });

  it('names the Debian package of every program and installer it runs', () => {
    for (const lang of LANGUAGES) {
      const tools = toolsOf(lang);
      expect(tools.filter((t) => !lang.debian[t]), lang.id).toEqual([]);
      expect(debianPackagesFor(tools).length, lang.id).toBeGreaterThan(0);
    }
  });

  it('a language with sessions has a driver that reads session.json and prints both markers', () => {
    expect(sessionLanguages().sort()).toEqual(['bash', 'javascript', 'php', 'python', 'ruby', 'typescript']);
    for (const lang of LANGUAGES.filter((l) => l.session)) {
      const driver = lang.session!.driver([{ index: 0, path: '.sandbox-checks/x', noRun: false, want: 0 }]);
      expect(driver, lang.id).toContain('session.json');
      expect(driver, lang.id).toMatch(/:B:/);
      expect(driver, lang.id).toMatch(/:E:/);
    }
  });

  it('the Markdown conventions of docs/snippets.md live in their languages’ modules (transcripts, doctest, rustdoc, Go examples, fragments)', () => {
    const shaped = LANGUAGES.filter((l) => l.snippets?.shape).map((l) => l.id).sort();
    expect(shaped).toEqual(['bash', 'c', 'cpp', 'csharp', 'go', 'java', 'python', 'rust']);
  });
});
