// The Markdown budgets as pure functions: where each refuses, that ordinary
// documents pass, and the parse deadline that backs them.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { checkMarkdownLimits, MarkdownLimitError } from '../../src/plan/markdown-limits.js';
import { scanBlocks } from '../../src/plan/markdown-blocks.js';
import { loadMarkdownParser, parseMarkdown } from '../../src/plan/markdown.js';
import { ROOT } from '../helpers.js';

beforeAll(loadMarkdownParser);

const refusal = (text: string) => {
  try {
    checkMarkdownLimits(text);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(MarkdownLimitError);
    return { line: (e as MarkdownLimitError).line, message: (e as Error).message };
  }
};

describe('checkMarkdownLimits', () => {
  it("passes this project's own documents", () => {
    for (const f of ['README.md', 'docs/snippets.md', 'docs/security.md', 'docs/action.md']) expect(refusal(readFileSync(path.join(ROOT, f), 'utf8')), f).toBeUndefined();
  });

  it('counts lines plus container levels, and refuses at the line that passes 60000', () => {
    // n lines and a newline each: n + 1 lines, the last one empty.
    expect(refusal('a\n'.repeat(59_999))).toBeUndefined();
    expect(refusal('a\n'.repeat(60_000))?.line).toBe(60_001);
    // A block quote five deep, continued: 6 units a line.
    expect(refusal(`${'> '.repeat(5)}x\n`.repeat(9_999))).toBeUndefined();
    expect(refusal(`${'> '.repeat(5)}x\n`.repeat(10_001))?.line).toBe(10_001);
  });

  it('prices lines that close nested containers by the levels above them; flat lists cost nothing extra', () => {
    expect(refusal('- x\n'.repeat(29_000))).toBeUndefined();
    expect(refusal('- a\n  - b\n'.repeat(1_200))).toBeUndefined();
    expect(refusal('- a\n  - b\n'.repeat(5_000))?.message).toMatch(/close nested ones too often/);
    expect(refusal('> x\n# h\n'.repeat(5_000))?.message).toMatch(/close nested ones too often/);
  });

  it('list-like lines inside a fence are code, not containers', () => {
    expect(refusal(`\`\`\`text\n${'- - - - x\n'.repeat(11_000)}\`\`\`\n`)).toBeUndefined();
  });
});

describe('parseMarkdown', () => {
  it('stops a parse past its deadline with a problem at line 1, and parses again afterwards', () => {
    const slow = `${'- a\n  - b\n'.repeat(1_200)}\n\`\`\`sh\necho\n\`\`\`\n`;
    expect(() => parseMarkdown(slow, 1)).toThrow(/parsing the file took longer than 0.001 s, so it was stopped/);
    expect(parseMarkdown('```sh\necho\n```\n').blocks).toHaveLength(1);
    // The block scanner declines this one at its first line (an inline comment): micromark parses it, under the same deadline.
    const declined = `Text <!-- a comment --> text.\n\n${slow}`;
    expect(scanBlocks(declined)).toBeUndefined();
    expect(() => parseMarkdown(declined, 1)).toThrow(/parsing the file took longer than 0.001 s, so it was stopped/);
    expect(parseMarkdown(declined).blocks).toHaveLength(1);
  });

  it('does not parse a file with neither a fence nor a comment: it holds nothing to run or report', () => {
    // The same slow shape, as prose: no deadline to reach, nothing found.
    expect(parseMarkdown('- a\n  - b\n'.repeat(1_200), 1)).toEqual({ blocks: [], fileMarkers: [], strayMarkers: [] });
    // A comment alone is parsed: a marker with no block after it is reported.
    expect(parseMarkdown('Text.\n\n<!-- sandbox-checks: skip -->\n\nMore text.\n').strayMarkers).toHaveLength(1);
    // So is an indented fence.
    expect(parseMarkdown('- item\n\n    ```python\n    print(1)\n    ```\n').blocks).toHaveLength(1);
  });
});
