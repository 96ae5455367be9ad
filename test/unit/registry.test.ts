import { describe, expect, it } from 'vitest';

import { findLanguage, getLanguage, LANGUAGES, languageForFile, transpileTypeScript } from '../../src/languages/index.js';

describe('language registry', () => {
  it('has the twelve languages of the E2B document', () => {
    expect(LANGUAGES.map((l) => l.id).sort()).toEqual(
      ['bash', 'c', 'cpp', 'csharp', 'go', 'java', 'javascript', 'php', 'python', 'ruby', 'rust', 'typescript'],
    );
  });

  it.each([
    ['js', 'javascript'], ['ts', 'typescript'], ['py', 'python'], ['golang', 'go'], ['rs', 'rust'], ['rb', 'ruby'],
    ['c++', 'cpp'], ['cs', 'csharp'], ['sh', 'bash'], ['Python', 'python'], ['C#', 'csharp'],
  ])('resolves the alias %s to %s', (alias, id) => {
    expect(findLanguage(alias)?.id).toBe(id);
  });

  it.each([
    ['a/b/fib.js', 'javascript'], ['x.ts', 'typescript'], ['x.py', 'python'], ['x.go', 'go'], ['x.rs', 'rust'],
    ['x.rb', 'ruby'], ['x.php', 'php'], ['X.java', 'java'], ['x.c', 'c'], ['x.cpp', 'cpp'], ['x.cs', 'csharp'], ['x.sh', 'bash'],
  ])('infers the language of %s', (file, id) => {
    expect(languageForFile(file)?.id).toBe(id);
  });

  it('names every known language when one is unknown', () => {
    expect(() => getLanguage('cobol')).toThrow(/unknown language "cobol"; known languages: javascript \(js, .*bash \(sh/);
  });

  it('no alias or extension is claimed by two languages', () => {
    const names = LANGUAGES.flatMap((l) => [l.id, ...l.aliases].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    const exts = LANGUAGES.flatMap((l) => l.extensions);
    expect(new Set(exts).size).toBe(exts.length);
  });

  it('names a Java file after its public class', () => {
    expect(getLanguage('java').fileNameFor?.('import x;\npublic final class Hello {\n}')).toBe('Hello.java');
    expect(getLanguage('java').fileNameFor?.('class Hidden {}')).toBeUndefined();
  });

  it('strips TypeScript types on the host, including the document interface example', async () => {
    const js = await transpileTypeScript('interface Person { name: string; age: number }\nconst p: Person[] = [];\nexport {};', 'main.ts');
    expect(js).not.toMatch(/interface|: Person/);
    expect(js).toContain('const p = []');
  });
});

describe('TypeScript module detection', () => {
  it('keeps ES-module TypeScript (import, top-level await) as an .mjs module', async () => {
    const lang = (await import('../../src/languages/index.js')).getLanguage('ts');
    const esm = await lang.transform!('import fs from "node:fs";\nconst n: number = await Promise.resolve(1);\nconsole.log(n, fs);', 'main.ts');
    expect(esm.path).toBe('main.mjs');
    expect(esm.content).toContain('await Promise.resolve(1)');
    const script = await lang.transform!('const fs = require("fs");\nconst n: number = 1;', 'main.ts');
    expect(script.path).toBe('main.js');
  });
});
