// The block scanner (src/plan/markdown-blocks.ts) is held to the full parser
// (micromark): wherever it answers, the blocks, markers and stray markers a
// document yields must be exactly the full parser's. The documents are the
// CommonMark specification's own examples (the commonmark-spec package) and
// the Markdown that ships in this project's installed packages, written by
// their authors for readers. Where the scanner declines, the full parser
// reads the document and the result is the same by construction. Seeded
// generated documents (markdown-fuzz.ts) probe the shapes between.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { scanBlocks } from '../../src/plan/markdown-blocks.js';
import { loadMarkdownParser, needsMarkdownParser, parseMarkdown, parseMarkdownFully } from '../../src/plan/markdown.js';
import { lineSoup, structuredDocument } from './markdown-fuzz.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));

beforeAll(() => loadMarkdownParser());

/** The scanner's answer and the full parser's for one document; `scanned` false when the scanner declined. */
function compare(text: string) {
  const scanned = scanBlocks(text) !== undefined;
  return { scanned, fast: scanned ? parseMarkdown(text) : undefined, full: parseMarkdownFully(text) };
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (e.isFile() && /\.(md|markdown)$/i.test(e.name) && statSync(p).size < 400_000) out.push(p);
  }
  return out;
}

describe('the block scanner gives the full parser’s blocks and markers', () => {
  it('on every example of the CommonMark specification (0.31.2)', () => {
    const spec = require('commonmark-spec') as { version: string; tests: { markdown: string; number: number; section: string }[] };
    expect(spec.tests.length).toBeGreaterThan(600);
    const differ: string[] = [];
    let declined = 0;
    for (const t of spec.tests) {
      const r = compare(t.markdown);
      if (!r.scanned) declined++;
      else if (JSON.stringify(r.fast) !== JSON.stringify(r.full)) differ.push(`example ${t.number} (${t.section}): ${JSON.stringify(t.markdown)}`);
    }
    expect(differ).toEqual([]);
    // The examples are the specification's corner cases; the scanner leaves only a handful to the full parser.
    expect(declined).toBeLessThan(30);
  });

  it('on the Markdown documents of the installed packages', () => {
    const files = markdownFiles(path.join(ROOT, 'node_modules'));
    expect(files.length).toBeGreaterThan(200);
    const differ: string[] = [];
    let declined = 0;
    let blocks = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      let r;
      try {
        r = compare(text);
      } catch {
        continue; // over a Markdown limit: neither parser reads it
      }
      if (!r.scanned) declined++;
      else if (JSON.stringify(r.fast) !== JSON.stringify(r.full)) differ.push(path.relative(ROOT, f));
      blocks += r.full.blocks.length;
    }
    expect(differ).toEqual([]);
    expect(blocks).toBeGreaterThan(1000);
    expect(declined / files.length).toBeLessThan(0.05);
  });

  // What the scanner answers must be the full parser's; how often it declines
  // on these adversarial shapes is not the point.
  const generated: [string, (seed: number) => string, number][] = [
    ['random container prefixes and line starts, tabs included', (seed) => lineSoup(seed), 0.05],
    ['random container prefixes and line starts, no tabs', (seed) => lineSoup(seed, { tabs: false }), 0.1],
    ['nested lists, block quotes, fences, markers and HTML', structuredDocument, 0.5],
  ];
  it.each(generated)('on 4,000 generated documents: %s', (_what, make, answeredAtLeast) => {
    const differ: string[] = [];
    let answered = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const text = make(seed);
      const r = compare(text);
      if (!r.scanned) continue;
      answered++;
      if (JSON.stringify(r.fast) !== JSON.stringify(r.full)) differ.push(JSON.stringify(text));
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(answered / 4000).toBeGreaterThan(answeredAtLeast);
  });
});

describe('what the scanner leaves to the full parser, and what it reads itself', () => {
  const cases: [string, string][] = [
    ['a tab in a list item’s indentation', '- item\n\n\t```py\n\tx = 1\n\t```\n'],
    ['a tab after a block quote marker', '>\t```py\n>\tx = 1\n>\t```\n'],
    ['an HTML comment inside a paragraph', 'Some text <!-- sandbox-checks: skip --> more text\n\n```py\nx = 1\n```\n'],
    ['a comment in a heading', '# Title <!-- sandbox-checks: skip -->\n\n```py\nx = 1\n```\n'],
    ['an escape in an info string', '```py\\{x\\}\nx = 1\n```\n'],
    ['a character reference in an info string', '```p&#121;\nx = 1\n```\n'],
    ['a NUL character', '```py\nx = "\0"\n```\n'],
    ['a comment that closes where it opens', '<!-->\n```py\nx = 1\n```\n'],
    ['a fence its list item ends', '1. step\n   ```py\n   x = 1\n```\n'],
    ['a fence left open at the end', 'text\n\n````py\nx = 1\n```\n'],
    ['an empty list item and a blank line', '-\n\n  ```py\n  x = 1\n  ```\n'],
    ['lines of spaces after indented code', '    code\n      \n\n```py\nx = 1\n```\n'],
    ['HTML on a lazy line', '> a paragraph\n<span>\n    ```py\n'],
    ['a list numbered 2 nested on a line that interrupts a paragraph', 'text\n- 2. ```py\n     x = 1\n     ```\n'],
    ['a list numbered 2 right after indented code', '    code\n2) ```py\n   x = 1\n   ```\n'],
  ];
  it.each(cases)('declines %s, and parseMarkdown gives the full parser’s result', (_what, text) => {
    expect(scanBlocks(text)).toBeUndefined();
    expect(needsMarkdownParser(text)).toBe(true);
    expect(parseMarkdown(text)).toEqual(parseMarkdownFully(text));
  });

  it('a marker inside a paragraph is still reported as stray (by the full parser)', () => {
    const r = parseMarkdown('Some text <!-- sandbox-checks: skip --> more text\n\n```py\nx = 1\n```\n');
    expect(r.strayMarkers.map((m) => m.line)).toEqual([1]);
    expect(r.blocks[0]!.markers).toEqual([]);
  });

  it('a character reference in an info string is decoded as the specification says', () => {
    expect(parseMarkdown('```p&#121;\nx = 1\n```\n').blocks[0]!.lang).toBe('py');
  });

  const answered: [string, string][] = [
    ['Go code indented with tabs in a top-level fence', '```go\nfunc main() {\n\tfmt.Println(1)\n}\n```\n'],
    ['CRLF line endings', '<!-- sandbox-checks: name=a -->\r\n```py\r\nx = 1\r\n```\r\n'],
    ['a marker with setup code in a list item', '- step\n\n  <!-- sandbox-checks: setup=python\n  import os\n  -->\n\n  ```py\n  print(os.sep)\n  ```\n'],
    ['fences in block quotes and nested lists', '> - a\n>   ```py\n>   x = 1\n>   ```\n>\n> 1. b\n>\n>        indented\n'],
    ['the items of an ordered list after lazy paragraph lines', '1. one\ncontinued\n2. two\n\n   ```py\n   x = 1\n   ```\n3) a new list\n'],
    ['lines of spaces inside a fence in a list item', '- item\n\n  ```py\n  a = 1\n      \n  b = 2\n  ```\n'],
    ['an HTML block holding what looks like a fence', '<div>\n```py\nx = 1\n```\n</div>\n\n```py\ny = 2\n```\n'],
  ];
  it.each(answered)('reads %s itself, with the full parser’s result', (_what, text) => {
    expect(scanBlocks(text)).toBeDefined();
    expect(needsMarkdownParser(text)).toBe(false);
    expect(parseMarkdown(text)).toEqual(parseMarkdownFully(text));
  });

  it('keeps tabs inside a top-level fence verbatim and strips a list item’s indentation', () => {
    const r = parseMarkdown('```go\n\tx := 1\n```\n\n- item\n\n  ```py\n  if x:\n      y()\n  ```\n');
    expect(r.blocks.map((b) => b.code)).toEqual(['\tx := 1', 'if x:\n    y()']);
  });
});

describe('a document built to be slow', () => {
  // Each is scanned in one linear pass; the suite's timeout is the bound.
  const hostile: [string, string][] = [
    ['an HTML tag with 300,000 attributes and no end', '<a' + ' b'.repeat(300_000) + '\n```py\nx = 1\n```\n'],
    ['an attribute value that never closes', '<a b="' + 'x'.repeat(500_000) + '\n```py\nx = 1\n```\n'],
    ['50,000 fence lines', '```\n'.repeat(50_000)],
    ['block quotes 99 deep around a fence', '> '.repeat(99) + '```py\n' + ('> '.repeat(99) + 'x\n').repeat(500) + '> '.repeat(99) + '```\n'],
  ];
  it('block quotes 200,000 deep are refused by the Markdown limits before any scan, not a crash', () => {
    const text = '> '.repeat(200_000) + '```py\nx = 1\n```\n';
    expect(needsMarkdownParser(text)).toBe(false);
    expect(() => parseMarkdown(text)).toThrow(/nest more than 100 deep/);
  });

  it.each(hostile)('%s', (_what, text) => {
    const tree = scanBlocks(text);
    expect(tree).toBeDefined();
    expect(parseMarkdown(text)).toEqual(parseMarkdownFully(text));
  });
});
