// Output checked piece by piece: a shell transcript's commands, a Go file's
// Example functions. The program prints a marker line after each piece
// (`@@SCS:<nonce>:<index>:<exit code>@@`); the text between two markers is
// that piece's output, compared with its own expected lines by its owner's
// rules, so a mismatch names the command or example and its Markdown line.
//
// cram rules (shell transcripts): every line must match exactly (trailing
// whitespace ignored), except a line ending in ` (re)` (a regular expression
// for the whole line), ` (glob)` (`*` any text, `?` one character, `\` quotes
// the next), ` (esc)` (backslash escapes such as `\t`, `\x1b`) or
// ` (no-eol)` (the output does not end with a newline); a last line `[N]`
// is the command's exit code, which is otherwise 0. A line that is only `...`
// matches any number of lines (also none), as in the tool's `output` blocks.
//
// Go rules (`// Output:`): the output and the comment are compared with
// surrounding space trimmed; `// Unordered output:` compares sorted lines.

import type { SectionExpectation } from '../types.js';
import { compileUserRegex } from '../trust/regex.js';
import { diffLines } from './textdiff.js';

export interface Section {
  index: number;
  output: string;
  exitCode: number;
}

const sectionMarker = (nonce: string) => new RegExp(`\\n?@@SCS:${nonce}:(\\d+):(\\d+)@@\\n`, 'g');

/** Cuts stdout at the markers; what follows the last marker is not a section. */
export function splitSections(nonce: string, stdout: string): { sections: Section[]; rest: string } {
  const sections: Section[] = [];
  let from = 0;
  for (const m of stdout.matchAll(sectionMarker(nonce))) {
    sections.push({ index: Number(m[1]), output: stdout.slice(from, m.index), exitCode: Number(m[2]) });
    from = m.index + m[0].length;
  }
  return { sections, rest: stdout.slice(from) };
}

/** stdout with the markers taken out, for people to read. */
export function withoutMarkers(nonce: string, stdout: string): string {
  return stdout.replace(sectionMarker(nonce), '\n').replace(/^\n/, '');
}

function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|[\\tnr])/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ '\\': '\\', t: '\t', n: '\n', r: '\r' } as Record<string, string>)[e]!;
  });
}

function globSource(g: string): string {
  let out = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '\\' && i + 1 < g.length) out += g[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** A cram pattern on RE2 (linear time: the pattern is the document's), or undefined when RE2 cannot run it. */
function patternMatches(source: string, line: string): boolean | undefined {
  let re = compiled.get(source);
  if (!re) {
    re = compileUserRegex(`^(?:${source})$`);
    // A diff asks for the same pattern against many lines.
    if (compiled.size > 1000) compiled.clear();
    compiled.set(source, re);
  }
  return 'error' in re ? undefined : re.test(line);
}
const compiled = new Map<string, ReturnType<typeof compileUserRegex>>();

/** Does one actual line match one expected cram line? */
export function cramLineMatches(want: string, got: string): boolean {
  const w = want.replace(/\s+$/, '');
  const g = got.replace(/\s+$/, '');
  if (w === g) return true;
  const suffix = / \((re|glob|esc|no-eol)\)$/.exec(w);
  if (!suffix) return false;
  const body = w.slice(0, suffix.index);
  switch (suffix[1]) {
    case 're':
      return patternMatches(body, g) ?? false;
    case 'glob':
      return patternMatches(globSource(body), g) ?? false;
    case 'esc':
      return unescape(body).replace(/\s+$/, '') === g;
    default:
      return body === g;
  }
}

/** Expected lines against actual lines; a line `...` takes any number of lines. */
export function linesMatch(want: string[], got: string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (got.length + 1) + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (i === want.length) r = j === got.length;
    else if (want[i]!.trim() === '...') r = go(i + 1, j) || (j < got.length && go(i, j + 1));
    else r = j < got.length && cramLineMatches(want[i]!, got[j]!) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

const lines = (text: string) => (text === '' ? [] : text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n'));

/** The actual lines of a cram section: its output, `(no-eol)` on an unfinished last line, `[N]` for a non-zero exit. */
function cramActual(s: Section, want: string[]): string[] {
  const got = lines(s.output);
  if (s.output && !s.output.endsWith('\n') && got.length) {
    const last = want[got.length - 1];
    if (last && / \(no-eol\)$/.test(last)) got[got.length - 1] += ' (no-eol)';
  }
  if (s.exitCode !== 0) got.push(`[${s.exitCode}]`);
  return got;
}

/** A message for the first piece whose output differs, or undefined when all match. */
export function unmetSections(spec: SectionExpectation, stdout: string): string | undefined {
  const { sections } = splitSections(spec.nonce, stdout);
  const byIndex = new Map(sections.map((s) => [s.index, s]));
  for (const [i, item] of spec.items.entries()) {
    const s = byIndex.get(i);
    if (!s) {
      const last = spec.items[sections.length - 1];
      return `${item.label} (line ${item.line}) never finished: the program stopped${last ? ` after ${last.label} (line ${last.line})` : ' before it'}`;
    }
    if (item.mode === 'none') continue;
    if (item.mode === 'cram') {
      const want = item.expected.filter((l, k, all) => !(k === all.length - 1 && /^\[0\]$/.test(l)));
      const got = cramActual(s, want);
      if (!linesMatch(want, got)) {
        const eq = (w: string, g: string) => w.trim() === '...' || cramLineMatches(w, g);
        return `${item.label} (line ${item.line}) printed something else:\n${diffLines(want, got, eq)}`;
      }
      continue;
    }
    const norm = (t: string) => t.trim().replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
    let want = norm(item.expected.join('\n'));
    let got = norm(s.output);
    if (item.mode === 'go-unordered') {
      want = [...want].sort();
      got = [...got].sort();
    }
    if (want.join('\n') !== got.join('\n')) {
      return `${item.label} (line ${item.line}) printed something else:\n${diffLines(want, got, (w, g) => w === g)}`;
    }
    if (s.exitCode !== 0) return `${item.label} (line ${item.line}) ended with exit code ${s.exitCode}`;
  }
  return undefined;
}
