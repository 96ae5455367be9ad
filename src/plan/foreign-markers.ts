// Other documentation-testing tools' markers, honoured so a document written
// for them needs no edits: their skip markers skip the block, their
// expected-exception markers make it `should_fail`. docs/snippets.md lists
// them.

import type { InfoOption } from './info-string.js';

interface ForeignRule {
  tool: string;
  /** Matches the comment's inside, trimmed. */
  pattern: RegExp;
  effect: 'skip' | 'should_fail' | 'none';
}

const RULES: ForeignRule[] = [
  { tool: 'pytest-codeblocks', pattern: /^pytest-codeblocks:\s*(skip|skipif\(.*\)|importorskip\(.*\))$/i, effect: 'skip' },
  { tool: 'pytest-codeblocks', pattern: /^pytest-codeblocks:\s*expect-exception(\(.*\))?$/i, effect: 'should_fail' },
  { tool: 'pytest-codeblocks', pattern: /^pytest-codeblocks:\s*[\w-]+(\(.*\))?$/i, effect: 'none' },
  { tool: 'phmdoctest', pattern: /^phmdoctest-(skip|mark\.skip(if.*)?)$/i, effect: 'skip' },
  { tool: 'phmdoctest', pattern: /^phmdoctest-[\w.<>=-]+(\s.*)?$/i, effect: 'none' },
  { tool: 'markdown-doctest', pattern: /^skip-example$/i, effect: 'skip' },
  { tool: 'Sybil', pattern: /^skip:\s*next\b.*$/i, effect: 'skip' },
];

const inside = (html: string) => html.trim().replace(/^<!--/, '').replace(/-->$/, '').trim();

/** Is this HTML one of the comments other tools put before a block? */
export function isForeignMarker(html: string): boolean {
  const t = html.trim();
  if (!t.startsWith('<!--') || !t.endsWith('-->')) return false;
  const body = inside(t);
  return RULES.some((r) => r.pattern.test(body));
}

export interface ForeignEffect {
  skip?: string;
  shouldFail?: boolean;
}

/** What other tools' comments and info-string words ask of a block. */
export function foreignEffect(comments: { line: number; text: string }[] = [], options: InfoOption[] = []): ForeignEffect {
  const e: ForeignEffect = {};
  for (const c of comments) {
    const body = inside(c.text);
    const rule = RULES.find((r) => r.pattern.test(body));
    if (rule?.effect === 'skip') e.skip ??= `by ${rule.tool}'s ${c.text} (line ${c.line})`;
    if (rule?.effect === 'should_fail') e.shouldFail = true;
  }
  // pytest-markdown-docs and mktestdocs: ```python notest
  const word = options.find((o) => o.key === 'notest' && o.value === undefined);
  if (word) e.skip ??= 'notest';
  return e;
}
