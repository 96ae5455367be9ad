// Seeded Markdown documents for holding the block scanner to the full
// parser: `lineSoup` strings random container prefixes and line starts
// together (the shapes where readings of CommonMark part), and
// `structuredDocument` nests lists, block quotes, fences, markers, HTML and
// lazy lines the way documents written by hand do. Deterministic per seed.

function random(seed: number) {
  let s = seed >>> 0 || 1;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  return { rnd, pick };
}

const PREFIXES = ['', '', '', '> ', '>', '- ', '* ', '1. ', '2) ', '  ', '   ', '    ', '     ', '> - ', '- > ', '>  ', '10. ', '-   ', '-      ', ' > ', '\t', '  \t', '+ '];
const STARTS = ['```py', '```', '~~~', '````', '```js x=1', '``` py', 'x = 1', 'text', '', '', '<!-- sandbox-checks: skip -->', '<!-- sandbox-checks: setup=python', '-->', '<!-- other -->', '<div>', '</div>', '<span>', '<a href="x">', '<pre>', '</pre>', '---', '***', '===', '# h', '  code', '[x]: /u', '<!--', 'a <!-- b --> c', '\tx', '```py {x}', '~~~~ ruby', '<?php', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '>', '-', '1.', '<script>', '</script>', '`inline`', '    ```'];

export function lineSoup(seed: number, { tabs = true } = {}): string {
  const { rnd, pick } = random(seed);
  const prefixes = tabs ? PREFIXES : PREFIXES.filter((p) => !p.includes('\t'));
  const starts = tabs ? STARTS : STARTS.filter((b) => !b.includes('\t'));
  const lines: string[] = [];
  const n = 1 + Math.floor(rnd() * 12);
  for (let j = 0; j < n; j++) {
    const pre = pick(prefixes) + (rnd() < 0.3 ? pick(prefixes) : '');
    if (rnd() < 0.4) {
      // A fence with its content and closing line under the same container prefix, mostly.
      const cont = pre.replace(/[-*+]|\d+[.)]/g, (m) => ' '.repeat(m.length));
      const f = pick(['```', '~~~', '````']);
      lines.push(pre + f + pick(['py', 'js x=1', '', 'python name=a']));
      for (let q = Math.floor(rnd() * 4); q > 0; q--) lines.push((rnd() < 0.8 ? cont : pick(prefixes)) + pick(starts));
      lines.push((rnd() < 0.85 ? cont : pick(prefixes)) + f);
    } else lines.push(pre + pick(starts));
  }
  return lines.join(pick(['\n', '\n', '\r\n'])) + (rnd() < 0.7 ? '\n' : '');
}

export function structuredDocument(seed: number): string {
  const { rnd, pick } = random(seed);
  const out: string[] = [];
  const first = (head: string, text: string) => out.push(head + text);
  function blocks(head: string, rest: string, depth: number): void {
    let h = head;
    for (let i = 1 + Math.floor(rnd() * 4); i > 0; i--) {
      block(h, rest, depth);
      h = rest;
      if (rnd() < 0.75) out.push(rest.trimEnd());
      if (rnd() < 0.1) out.push(rest + pick(['', ' ', '  ', '      ']));
    }
  }
  function block(head: string, rest: string, depth: number): void {
    const k = rnd();
    if (k < 0.2) {
      const fence = pick(['```', '```', '~~~', '````']);
      const indent = pick(['', '', '', ' ', '  ']);
      first(head, indent + fence + pick(['python', 'py', 'js', 'python name=a', 'python {skip}', '', 'bash $ x', '{python}', 'ruby']));
      for (let j = Math.floor(rnd() * 4); j > 0; j--) out.push(rest + indent + pick(['x = 1', 'print(x)', '    y()', '', '   ', '>>> 1 + 1', '2', '<div>', '- item', '# c', '```', '~~~~']));
      out.push(rest + pick([indent, indent, '', ' ']) + fence + pick(['', '', '`', '~', ' ']));
    } else if (k < 0.32) {
      const marker = pick(['<!-- sandbox-checks: skip -->', '<!-- sandbox-checks: name=x timeout=5s -->', '<!--pytest-codeblocks:skip-->', '<!-- other -->', '<!-- sandbox-checks: setup=python']);
      first(head, marker);
      if (marker.endsWith('python')) out.push(rest + 'import os', rest + pick(['-->', '  -->', 'x -->']));
    } else if (k < 0.44) {
      for (let j = 1 + Math.floor(rnd() * 3), i = 0; i < j; i++) {
        out.push((i === 0 ? head : i > 0 && rnd() < 0.2 ? '' : rest) + pick(['Some text.', 'more `code` here', 'a line with <b>tag</b>', '[link](x)', '2) not a list', '* star', 'text\\', '    indented text']));
      }
    } else if (k < 0.56 && depth < 3) {
      const ordered = rnd() < 0.4;
      let num = pick([1, 1, 2, 10]);
      const bullet = pick(['-', '*', '+']);
      const delim = pick(['.', ')']);
      for (let j = 1 + Math.floor(rnd() * 3), i = 0; i < j; i++) {
        const marker = ordered ? `${num++}${delim}` : bullet;
        const pad = pick([' ', ' ', '  ']);
        blocks((i === 0 ? head : rest) + marker + pad, rest + ' '.repeat(marker.length + pad.length), depth + 1);
      }
    } else if (k < 0.64 && depth < 3) {
      blocks(head + pick(['> ', '>', '>  ']), rest + '> ', depth + 1);
    } else if (k < 0.72) {
      first(head, pick(['<div>', '<details>', '<pre>', '<span>', '<p align="center">', '</div>', '<script>']));
      for (let j = Math.floor(rnd() * 3); j > 0; j--) out.push(rest + pick(['<b>x</b>', '```py', 'text', '</pre>', '</script>', '']));
      if (rnd() < 0.6) out.push(rest + pick(['</div>', '</details>', '</pre>', '</script>']));
    } else if (k < 0.8) {
      first(head, pick(['# Title', '## Sub', '---', '***', '===', 'Title']));
      if (rnd() < 0.3) out.push(rest + pick(['===', '---']));
    } else if (k < 0.86) {
      first(head, '    ' + pick(['code()', '```py', '<!-- x -->']));
      if (rnd() < 0.5) out.push(rest + '    more()');
    } else first(head, pick(['Text', 'x']));
  }
  blocks('', '', 0);
  return out.join(rnd() < 0.15 ? '\r\n' : '\n') + (rnd() < 0.8 ? '\n' : '');
}
