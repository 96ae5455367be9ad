// The Markdown reader: every fence form CommonMark has, exact lines, CRLF,
// info strings and marker comments.

import { beforeAll, describe, expect, test } from 'vitest';

import { parseInfo } from '../../src/plan/info-string.js';
import { loadMarkdownParser, parseMarkdown, parseMarker } from '../../src/plan/markdown.js';
import { md } from './helpers.js';

beforeAll(loadMarkdownParser);

const fenced = (text: string) => parseMarkdown(text).blocks.filter((b) => b.fenced);

describe('fences', () => {
  test('backtick and tilde fences, with their fence line, code line and end line', () => {
    const blocks = fenced(md('# Title', '', '```python', 'print(1)', '```', '', '~~~ruby', 'puts 2', '~~~', 'text'));
    expect(blocks.map((b) => [b.lang, b.line, b.codeLine, b.endLine, b.code])).toEqual([
      ['python', 3, 4, 5, 'print(1)'],
      ['ruby', 7, 8, 9, 'puts 2'],
    ]);
  });

  test('fences inside list items and block quotes keep their own lines and lose the container prefix', () => {
    const text = md(
      '- step one', //                     1
      '', //                               2
      '  ```bash', //                      3
      '  echo in-list', //                 4
      '  ```', //                          5
      '', //                               6
      '1. ordered', //                     7
      '   - nested', //                    8
      '', //                               9
      '     ```js', //                     10
      '     console.log("deep")', //       11
      '     ```', //                       12
      '', //                               13
      '> quoted', //                       14
      '>', //                              15
      '> ```py', //                        16
      '> x = 1', //                        17
      '> ```', //                          18
    );
    expect(fenced(text).map((b) => [b.lang, b.line, b.code])).toEqual([
      ['bash', 3, 'echo in-list'],
      ['js', 10, 'console.log("deep")'],
      ['py', 16, 'x = 1'],
    ]);
  });

  test('a longer fence wraps a shorter one: the inner fence is code, not a block', () => {
    const blocks = fenced(md('````markdown', '```python', 'print("inner")', '```', '````', '~~~~', '~~~', 'tilde', '~~~~'));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ lang: 'markdown', line: 1, code: '```python\nprint("inner")\n```' });
    expect(blocks[1]).toMatchObject({ lang: '', line: 6, code: '~~~\ntilde' });
  });

  test('indented code is not fenced, has no language, and never becomes a block to run', () => {
    const parsed = parseMarkdown(md('Paragraph.', '', '    ```python', '    print("indented")', '', '```python', 'print(2)', '```'));
    expect(parsed.blocks.map((b) => [b.fenced, b.lang, b.line])).toEqual([
      [false, '', 3],
      [true, 'python', 6],
    ]);
  });

  test('a backtick fence whose info string has a backtick is not a fence (CommonMark)', () => {
    expect(fenced(md('```py`x', 'print(1)', '```'))).toHaveLength(1);
    expect(fenced(md('```py`x', 'print(1)', '```'))[0]!.line).toBe(3);
  });

  test('an unclosed fence runs to the end of the document', () => {
    const [b] = fenced(md('intro', '```python', 'print(1)', 'print(2)'));
    expect(b).toMatchObject({ line: 2, code: 'print(1)\nprint(2)' });
  });

  test('Windows line endings: the same lines, and code without \\r', () => {
    const unix = md('# T', '', '```python', 'a = 1', '', 'print(a)', '```', '', '- item', '', '  ~~~sh', '  echo hi', '  ~~~');
    const windows = unix.replace(/\n/g, '\r\n');
    const a = fenced(unix);
    const b = fenced(windows);
    expect(b.map((x) => [x.line, x.endLine, x.code])).toEqual(a.map((x) => [x.line, x.endLine, x.code]));
    expect(b[0]!.code).toBe('a = 1\n\nprint(a)');
    expect(b.every((x) => !x.code.includes('\r'))).toBe(true);
  });

  test('200 blocks: every line exact, parsed quickly', () => {
    const lines: string[] = ['# Many'];
    const expected: number[] = [];
    for (let i = 0; i < 200; i++) {
      lines.push('', `Paragraph ${i}.`, '');
      expected.push(lines.length + 1);
      lines.push(i % 2 ? '~~~python' : '```python', `print(${i})`, i % 2 ? '~~~' : '```');
    }
    const text = md(...lines);
    const started = performance.now();
    const blocks = fenced(text);
    const ms = performance.now() - started;
    expect(blocks.map((b) => b.line)).toEqual(expected);
    expect(blocks.map((b) => b.code)).toEqual(Array.from({ length: 200 }, (_, i) => `print(${i})`));
    expect(ms).toBeLessThan(2000);
  });
});

describe('info strings', () => {
  test('language and options, separated by spaces or commas', () => {
    expect(parseInfo('python skip timeout=5000')).toEqual({ lang: 'python', options: [{ key: 'skip' }, { key: 'timeout', value: '5000' }] });
    expect(parseInfo('rust,no_run')).toEqual({ lang: 'rust', options: [{ key: 'no_run' }] });
    expect(parseInfo('rust,ignore,timeout=5s')).toEqual({ lang: 'rust', options: [{ key: 'ignore' }, { key: 'timeout', value: '5s' }] });
  });

  test('values keep commas and quoted spaces; keys read - as _ and ignore case', () => {
    expect(parseInfo('py packages=numpy,pandas name="hello world" Should-Fail').options).toEqual([
      { key: 'packages', value: 'numpy,pandas' },
      { key: 'name', value: 'hello world' },
      { key: 'should_fail' },
    ]);
  });

  test('braces around the language or options', () => {
    expect(parseInfo('{python}').lang).toBe('python');
    expect(parseInfo('{.python}').lang).toBe('python');
    expect(parseInfo('python {skip}').options).toEqual([{ key: 'skip' }]);
    expect(parseInfo('').lang).toBe('');
  });
});

describe('marker comments', () => {
  test('a marker right before a block (blank lines allowed) belongs to it', () => {
    const parsed = parseMarkdown(md('<!-- sandbox-checks: skip -->', '```python', 'x', '```', '', '<!-- sandbox-checks: should_fail exit=2 -->', '', '```sh', 'exit 2', '```'));
    expect(parsed.blocks[0]!.markers).toEqual([{ line: 1, options: [{ key: 'skip' }] }]);
    expect(parsed.blocks[1]!.markers[0]).toMatchObject({ line: 6, options: [{ key: 'should_fail' }, { key: 'exit', value: '2' }] });
    expect(parsed.strayMarkers).toEqual([]);
  });

  test('a marker followed by a paragraph is stray; other comments are not markers', () => {
    const parsed = parseMarkdown(md('<!-- sandbox-checks: skip -->', 'Some text.', '', '<!-- a normal comment -->', '```python', 'x', '```'));
    expect(parsed.strayMarkers.map((m) => m.line)).toEqual([1]);
    expect(parsed.blocks[0]!.markers).toEqual([]);
  });

  test('inline syntax as CommonMark reads it: a marker in a code span is text; in a paragraph, emphasis or a link it is stray; info strings decode escapes', () => {
    const parsed = parseMarkdown(
      md('Write `<!-- sandbox-checks: skip -->` before a block.', '', 'See *<!-- sandbox-checks: skip -->* and [a <!-- sandbox-checks: no_run --> link](x).', '', '```python title=a\\&b&amp;c', 'x', '```'),
    );
    expect(parsed.strayMarkers.map((m) => [m.line, m.options[0]!.key])).toEqual([[3, 'skip'], [3, 'no_run']]);
    expect(parsed.blocks.map((b) => [b.line, b.info, b.markers])).toEqual([[5, 'python title=a&b&c', []]]);
  });

  test('hidden setup: the code in the comment and the line it starts on', () => {
    const parsed = parseMarkdown(md('# Doc', '<!-- sandbox-checks: setup=python', 'import json', 'DATA = {"a": 1}', '-->', '```python', 'print(DATA)', '```'));
    expect(parsed.fileMarkers).toEqual([{ line: 2, options: [{ key: 'setup', value: 'python' }], body: 'import json\nDATA = {"a": 1}', bodyLine: 3 }]);
    expect(parsed.blocks[0]!.markers).toEqual([]);
  });

  test('markers in CRLF files and inside list items', () => {
    const text = md('- item', '', '  <!-- sandbox-checks: no_run -->', '  ```python', '  x', '  ```').replace(/\n/g, '\r\n');
    const parsed = parseMarkdown(text);
    expect(parsed.blocks[0]).toMatchObject({ line: 4, markers: [{ line: 3, options: [{ key: 'no_run' }] }] });
  });

  test('parseMarker reads the options line only; case and spacing are free', () => {
    expect(parseMarker('<!--sandbox-checks:skip-->', 5)).toEqual({ line: 5, options: [{ key: 'skip' }] });
    expect(parseMarker('<!--   SANDBOX-CHECKS :   name=x   -->', 1)).toEqual({ line: 1, options: [{ key: 'name', value: 'x' }] });
    expect(parseMarker('<!-- sandbox: skip -->', 1)).toBeUndefined();
  });
});
