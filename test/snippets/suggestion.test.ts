// The suggested changes the Action posts for stale expected output: the same
// rewrite as `run --update` (applyEdits), placed only on lines of the pull
// request's diff, with hostile output kept inside its fence, redacted and
// bounded.

import { describe, expect, test } from 'vitest';

import { applyEdits, type Edit } from '../../src/report/update.js';
import { replacement, SUGGESTION_LIMITS, suggestionComments, suggestionFence } from '../../src/report/suggestion.js';

const DOC = ['# Doc', '```python', 'print(1 + 1)', '```', '```output', '3', '```', '- list:', '  ```console', '  $ echo hi', '  ho', '  ```', ''].join('\n');

const edit = (o: Partial<Edit>): Edit => ({ from: 6, to: 6, prefix: '', lines: ['2'], name: 'README.md:2 (python)', ...o });
const whole = new Map([['README.md', [{ start: 1, end: 13 }]]]);
const same = (s: string) => s;

/** The lines between a comment's fences. */
function suggested(body: string): string[] {
  const m = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(body);
  if (!m) throw new Error(`no suggestion block in ${body}`);
  return m[2] === '' ? [] : m[2]!.split('\n');
}

describe('suggestion comments', () => {
  test('replace the stale lines with what --update writes there', () => {
    const edits = new Map([['README.md', [edit({}), edit({ from: 11, to: 11, prefix: '  ', lines: ['hi'], name: 'README.md:9 (bash)' })]]]);
    const s = suggestionComments(edits, () => DOC, whole, same);
    expect(s.skipped).toEqual([]);
    expect(s.comments.map((c) => [c.path, c.start_line, c.line, c.side])).toEqual([
      ['README.md', undefined, 6, 'RIGHT'],
      ['README.md', undefined, 11, 'RIGHT'],
    ]);
    expect(suggested(s.comments[0]!.body)).toEqual(['2']);
    // The list's indentation is kept, as applyEdits keeps it.
    expect(suggested(s.comments[1]!.body)).toEqual(['  hi']);
    const applied = applyEdits(DOC, [...edits.get('README.md')!]).split('\n');
    expect(applied.slice(10, 11)).toEqual(suggested(s.comments[1]!.body));
    expect(s.comments[0]!.body.split('\n')[0]).toMatch(/^<!-- sandbox-checks suggestion [0-9a-f]{16} -->$/);
  });

  test('a range of lines becomes start_line..line; more or fewer lines than before are fine', () => {
    const s = suggestionComments(new Map([['README.md', [edit({ from: 6, to: 6, lines: ['a', 'b', 'c'] })]]]), () => DOC, whole, same);
    expect(suggested(s.comments[0]!.body)).toEqual(['a', 'b', 'c']);
    const doc = DOC.replace('```output\n3\n```', '```output\n1\n2\n3\n```');
    const r = suggestionComments(new Map([['README.md', [edit({ from: 6, to: 8, lines: ['x'] })]]]), () => doc, whole, same);
    expect(r.comments[0]).toMatchObject({ start_line: 6, start_side: 'RIGHT', line: 8, side: 'RIGHT' });
    expect(suggested(r.comments[0]!.body)).toEqual(['x']);
  });

  test('an empty output block gets its output after the opening fence, which the suggestion repeats', () => {
    const doc = DOC.replace('```output\n3\n```', '```output\n```');
    // blessEdits gives an insertion: from = the line after the fence, to = from - 1.
    const r = replacement(doc, edit({ from: 6, to: 5, lines: ['2'] }));
    expect(r).toEqual({ start: 5, end: 5, lines: ['```output', '2'] });
    const s = suggestionComments(new Map([['README.md', [edit({ from: 6, to: 5, lines: ['2'] })]]]), () => doc, whole, same);
    expect(s.comments[0]!.line).toBe(5);
    expect(suggested(s.comments[0]!.body)).toEqual(['```output', '2']);
    // Its fence is longer than the ``` it holds.
    expect(s.comments[0]!.body).toMatch(/^````suggestion$/m);
  });

  test('output that is now empty suggests deleting the lines (an empty suggestion)', () => {
    const s = suggestionComments(new Map([['README.md', [edit({ lines: [] })]]]), () => DOC, whole, same);
    expect(s.comments[0]!.body).toMatch(/^```suggestion\n```$/m);
  });

  test('only lines the pull request diff shows carry one; the rest are listed', () => {
    const edits = new Map([
      ['README.md', [edit({}), edit({ from: 11, to: 11, prefix: '  ', lines: ['hi'], name: 'README.md:9 (bash)' })]],
      ['docs/other.md', [edit({ name: 'docs/other.md:2 (python)' })]],
      ['docs/big.md', [edit({ name: 'docs/big.md:2 (python)' })]],
    ]);
    const diff = new Map([
      ['README.md', [{ start: 1, end: 7 }]],
      ['docs/big.md', undefined],
    ]);
    const s = suggestionComments(edits, () => DOC, diff, same);
    expect(s.comments.map((c) => `${c.path}:${c.line}`)).toEqual(['README.md:6']);
    expect(s.skipped.join('\n')).toMatch(/README\.md:9 \(bash\): not suggested, README\.md:11 is outside the lines the pull request's diff shows/);
    expect(s.skipped.join('\n')).toMatch(/docs\/other\.md is not changed by the pull request/);
    expect(s.skipped.join('\n')).toMatch(/docs\/big\.md:2 \(python\): not suggested, docs\/big\.md:6 is outside/);
    // A range must sit inside one hunk: 6..8 across two hunks is refused.
    const doc = DOC.replace('```output\n3\n```', '```output\n1\n2\n3\n```');
    const split = new Map([['README.md', [{ start: 1, end: 6 }, { start: 7, end: 9 }]]]);
    expect(suggestionComments(new Map([['README.md', [edit({ from: 6, to: 8 })]]]), () => doc, split, same).comments).toEqual([]);
  });

  test('hostile output: no fence breakout, redacted, no control or bidi characters, bounded', () => {
    const backticks = 'a ```` b ````` c';
    const s = suggestionComments(new Map([['README.md', [edit({ lines: [backticks, 'token ghs_secret123'] })]]]), () => DOC, whole, (t) => t.replace('ghs_secret123', '***'));
    const body = s.comments[0]!.body;
    // The fence is longer than the longest run (5), so no line of the output can close it.
    expect(body).toMatch(/^`{6}suggestion$/m);
    expect(suggested(body)).toEqual([backticks, 'token ***']);
    expect(body).not.toContain('ghs_secret123');

    const bad = (lines: string[]) => suggestionComments(new Map([['README.md', [edit({ lines })]]]), () => DOC, whole, same);
    expect(bad(['\x1b[31mred']).skipped[0]).toMatch(/control characters/);
    expect(bad(['abc\u202edcba']).skipped[0]).toMatch(/invisible or bidi/);
    expect(bad(['x\u200by']).skipped[0]).toMatch(/invisible or bidi/);
    expect(bad(Array.from({ length: SUGGESTION_LIMITS.lines + 1 }, (_, i) => `l${i}`)).skipped[0]).toMatch(/201 lines are more than a suggestion holds/);
    expect(bad(['y'.repeat(SUGGESTION_LIMITS.chars + 1)]).skipped[0]).toMatch(/characters are more than a suggestion holds/);
    for (const l of [['\x1b[31mred'], ['abc\u202edcba']]) expect(bad(l).comments).toEqual([]);
  });

  test('a check name with backticks cannot end its inline code', () => {
    const s = suggestionComments(new Map([['README.md', [edit({ name: 'a`b` **x** (python)' })]]]), () => DOC, whole, same);
    expect(s.comments[0]!.body).toContain("`a'b' **x** (python)`");
  });

  test(`at most ${SUGGESTION_LIMITS.comments} in one review`, () => {
    const doc = Array.from({ length: 120 }, (_, i) => `line ${i}`).join('\n');
    const edits = new Map([['README.md', Array.from({ length: 60 }, (_, i) => edit({ from: i + 1, to: i + 1, lines: [`new ${i}`], name: `c${i}` }))]]);
    const s = suggestionComments(edits, () => doc, new Map([['README.md', [{ start: 1, end: 120 }]]]), same);
    expect(s.comments).toHaveLength(SUGGESTION_LIMITS.comments);
    expect(s.skipped).toHaveLength(10);
    expect(s.skipped[0]).toMatch(/at most 50 suggestions/);
  });

  test('the fence of a suggestion', () => {
    expect(suggestionFence('plain', 1)).toBe('```suggestion\nplain\n```');
    expect(suggestionFence('', 0)).toBe('```suggestion\n```');
    expect(suggestionFence('', 1)).toBe('```suggestion\n\n```');
  });
});
