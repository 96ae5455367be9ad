// `--update` (bless): after a run, the expected output written in the
// Markdown is replaced by what the blocks really printed, as cram's `-i` and
// pytest-examples' `--update-examples` do:
//
//   - an `output` block after a block gets the block's stdout;
//   - each command of a `$ ` transcript whose output differs gets its actual
//     output (and `[N]` for a non-zero exit);
//   - each failed `>>>` example gets what doctest says it got (`<BLANKLINE>`
//     for empty lines); examples that raised are left alone;
//   - a Go Example's `// Output:` comment gets the example's output.
//
// Only checks that failed on their output are touched, never a block's code,
// and never when the output was cut short. `--dry-run` prints the diff.
//
// The output is the program's, so it is written so that the next run reads
// it as output and nothing else: in a `$ ` transcript a line that would read
// as a command (`$ `), a continuation (`> `), a wildcard (`...`), a cram
// suffix (` (re)`, ` (glob)`, ` (esc)`, ` (no-eol)`), a code fence or a
// control character is written in cram's ` (esc)` form (`\x24 rm -rf /
// (esc)`), which matches the same text; `>>>` output that would read as a
// prompt (`>>> `, or `... ` right after one) and an `output` block or Go
// comment line that is a fence cannot be escaped in their conventions, so that
// check is not updated and the reason is reported.
//
// Pure: document text and outcomes in, edits and new text out; the CLI
// (src/cli/update.ts) reads and writes the files.

import { linesMatch } from '../engine/sections.js';
import type { BlessRange, Check, Outcome } from '../types.js';

export interface Edit extends BlessRange {
  lines: string[];
  /** The check the edit comes from. */
  name: string;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * One line of a command's output as a cram transcript line that reads back
 * as exactly that output (src/languages/bash-transcript.ts, engine/sections.ts).
 */
export function cramSafe(line: string): string {
  const body = line.trimStart();
  const risky =
    /^\$( |$)/.test(body) ||
    /^>( |$)/.test(body) ||
    body === '...' ||
    / \((re|glob|esc|no-eol)\)$/.test(line) ||
    FENCE.test(line) ||
    /[\x00-\x08\x0b-\x1f\x7f]/.test(line);
  if (!risky) return line;
  const lead = line.length - body.length;
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  const first = body[0] ?? '';
  const head = /[$>.`~]/.test(first) ? `\\x${first.charCodeAt(0).toString(16)}` : esc(first);
  return `${esc(line.slice(0, lead))}${head}${esc(body.slice(1))} (esc)`;
}

/** doctest reads a line that starts with `>>>` as a new example, and `...` right after one as its source. */
const doctestPrompt = (l: string, i: number) => /^\s*>>>/.test(l) || (i === 0 && /^\s*\.\.\.( |$)/.test(l));

const textLines = (t: string) => (t === '' ? [] : t.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n').map((l) => l.replace(/\s+$/, '')));


/** doctest's report on stderr: the source line of each failed example and what it got. */
export function doctestFailures(report: string): { line: number; got: string[] }[] {
  const out: { line: number; got: string[] }[] = [];
  for (const part of report.split(/^\*{70}$/m)) {
    const at = /^File "[^"]*", line (\d+)/m.exec(part);
    if (!at || /^Exception raised:$/m.test(part)) continue;
    if (/^Got nothing$/m.test(part)) {
      out.push({ line: Number(at[1]), got: [] });
      continue;
    }
    const got = /^Got:\n((?: {4}.*\n?|\n)*)/m.exec(part);
    if (!got) continue;
    const lines = got[1]!.replace(/\n+$/, '').split('\n').map((l) => l.replace(/^ {4}/, ''));
    out.push({ line: Number(at[1]), got: lines.map((l) => (l.trim() === '' ? '<BLANKLINE>' : l)) });
  }
  return out;
}

/** The expected-output lines of the example whose `>>>` is on Markdown line `line`. */
function exampleOutputRange(md: string[], line: number, blockEnd: number): { from: number; to: number } | undefined {
  let i = line; // 1-based line after the prompt
  const body = (l: number) => (md[l - 1] ?? '').trimStart();
  if (!body(line).startsWith('>>>')) return undefined;
  while (i + 1 <= blockEnd && /^\.\.\.( |$)/.test(body(i + 1))) i++;
  const from = i + 1;
  let to = i;
  while (to + 1 <= blockEnd && body(to + 1) !== '' && !body(to + 1).startsWith('>>>')) to++;
  return { from, to };
}

/**
 * The edits `--update` makes for the outcomes of a run. Output that holds a
 * code fence is never written: it would end the block and add Markdown (and
 * new blocks to run) of the program's choosing.
 */
export function blessEdits(checks: Check[], outcomes: Outcome[], read: (file: string) => string, refused: string[] = []): Map<string, Edit[]> {
  const byName = new Map(outcomes.map((o) => [o.name, o]));
  const edits = new Map<string, Edit[]>();
  const add = (file: string, e: Edit, prompt?: (l: string, i: number) => boolean) => {
    if (e.lines.some((l) => FENCE.test(l))) {
      refused.push(`${e.name}: not updated, its output has a code fence line`);
      return;
    }
    if (prompt && e.lines.some(prompt)) {
      refused.push(`${e.name}: not updated, its output has a line that would read as a \`>>>\` prompt (doctest cannot escape it)`);
      return;
    }
    edits.set(file, [...(edits.get(file) ?? []), e]);
  };
  for (const c of checks) {
    const o = byName.get(c.name);
    const b = c.bless;
    if (!b || !o || o.status !== 'failed' || o.stdout.truncated || o.stderr.truncated) continue;
    if (b.kind === 'output') {
      if (o.reason !== 'expectation' || !o.message?.startsWith('stdout differs')) continue;
      add(b.file, { ...b, lines: textLines(o.stdout.head), name: c.name });
    } else if (b.kind === 'sections') {
      if (o.reason !== 'expectation' || !o.sections) continue;
      const items = c.expect.sections?.items ?? [];
      for (const s of o.sections) {
        const range = b.ranges[s.index];
        const item = items[s.index];
        if (!range || !item) continue;
        if (b.style === 'cram') {
          const got = textLines(s.output);
          if (s.exitCode !== 0) got.push(`[${s.exitCode}]`);
          if (linesMatch(item.expected.filter((l, k, all) => !(k === all.length - 1 && l === '[0]')), got)) continue;
          add(b.file, { ...range, lines: got.map(cramSafe), name: c.name });
        } else {
          const got = s.output.trim() === '' ? [] : s.output.trim().split('\n').map((l) => l.replace(/\s+$/, ''));
          const want = item.expected.join('\n').trim();
          if (want === got.join('\n')) continue;
          const oneLine = range.from === range.to && got.length === 1;
          add(b.file, {
            ...range,
            prefix: '',
            lines: oneLine ? [`${range.prefix}// ${range.header} ${got[0]}`] : [`${range.prefix}// ${range.header}`, ...got.map((l) => `${range.prefix}// ${l}`)],
            name: c.name,
          });
        }
      }
    } else if (b.kind === 'doctest') {
      const md = read(b.file).split(/\r\n?|\n/);
      for (const f of doctestFailures(o.stderr.head)) {
        const r = exampleOutputRange(md.map((l) => (l.startsWith(b.prefix) ? l.slice(b.prefix.length) : l)), f.line, b.to);
        if (r) add(b.file, { ...r, prefix: b.prefix, lines: f.got, name: c.name }, doctestPrompt);
      }
    }
  }
  return edits;
}

/** The file's text with the edits made (bottom-up, so line numbers hold). */
export function applyEdits(text: string, edits: Edit[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r\n?|\n/);
  for (const e of [...edits].sort((a, b) => b.from - a.from)) {
    lines.splice(e.from - 1, Math.max(0, e.to - e.from + 1), ...e.lines.map((l) => (l ? `${e.prefix}${l}` : e.prefix.trimEnd())));
  }
  return lines.join(eol);
}

/** A unified-style diff of the edits, for `--dry-run`. */
export function editsDiff(file: string, text: string, edits: Edit[]): string {
  const lines = text.split(/\r\n?|\n/);
  const out = [`--- ${file}`, `+++ ${file} (updated)`];
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.from - b.from)) {
    const old = lines.slice(e.from - 1, Math.max(e.from - 1, e.to));
    const now = e.lines.map((l) => (l ? `${e.prefix}${l}` : e.prefix.trimEnd()));
    out.push(`@@ -${e.from},${old.length} +${e.from + shift},${now.length} @@ ${e.name}`, ...old.map((l) => `-${l}`), ...now.map((l) => `+${l}`));
    shift += now.length - old.length;
  }
  return `${out.join('\n')}\n`;
}
