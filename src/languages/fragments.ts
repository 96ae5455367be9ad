// Fragments of compiled languages (Go, C, C++, Java, C#): documentation often
// shows a few declarations, or a few statements, without the program around
// them. The block's top level is cut into items (a declaration, a statement,
// an include or import) and the language's module says what each one is:
//
//   - a block with its own entry point runs as written;
//   - a block of declarations only is compiled, not run ("compiled only");
//   - a block with statements is wrapped: the entry point opens on the line of
//     the first statement and closes after the block ("wrapped in main");
//     includes and imports move above it (their lines are left blank).
//
// Everything added goes in the program's leading blank lines or on lines the
// block already has, so compiler messages keep the Markdown's line numbers.
// The language modules (c.ts, go.ts, …) give the rules; this is the wrapper.

import type { CheckFile } from '../types.js';
import type { SetupCode, ShapeInput, Shaped } from './language.js';
import { layoutProgram } from './layout.js';

export type ItemKind = 'preprocessor' | 'import' | 'package' | 'type' | 'function' | 'variable' | 'statement' | 'entry';

export interface Item {
  /** First and last line of the item, 0-based within the block. */
  start: number;
  end: number;
  /** The item's text with comments and string contents blanked, on one line. */
  head: string;
  /** Ends with a `{ … }` body rather than `;`. */
  braced: boolean;
}

export interface ScanOptions {
  /** Go: a newline at depth 0 ends an item. */
  newlineEnds?: boolean;
  /** C, C++, C#: `#` lines are preprocessor directives. */
  hashLines?: boolean;
}

/** Cuts code into its top-level items. */
export function topLevelItems(code: string, o: ScanOptions = {}): Item[] {
  const items: Item[] = [];
  let line = 0;
  let depth = 0;
  let start = -1;
  let head = '';
  let braced = false;
  let atLineStart = true;
  const finish = () => {
    if (start >= 0 && head.trim()) items.push({ start, end: line, head: head.replace(/\s+/g, ' ').trim(), braced });
    start = -1;
    head = '';
    braced = false;
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '\n') {
      if (o.newlineEnds && depth === 0 && !/[,(+\-*/&|=.]\s*$/.test(head)) finish();
      line++;
      atLineStart = true;
      head += ' ';
      continue;
    }
    if (atLineStart && /\s/.test(c)) continue;
    const lineStart = atLineStart;
    atLineStart = false;
    if (o.hashLines && lineStart && c === '#' && depth === 0) {
      finish();
      start = line;
      let j = i;
      while (j < code.length && (code[j] !== '\n' || code[j - 1] === '\\')) {
        if (code[j] === '\n') line++;
        j++;
      }
      head = code.slice(i, j);
      items.push({ start, end: line, head: head.replace(/\s+/g, ' ').trim(), braced: false });
      start = -1;
      head = '';
      i = j - 1;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      i--;
      continue;
    }
    if (c === '/' && next === '*') {
      const close = code.indexOf('*/', i + 2);
      const end = close < 0 ? code.length : close + 2;
      line += code.slice(i, end).split('\n').length - 1;
      i = end - 1;
      head += ' ';
      continue;
    }
    if (start < 0) start = line;
    if (c === '"' || c === "'" || c === '`') {
      // Contents blanked; `…` (Go raw strings) and C# @"…" have no escapes.
      const raw = c === '`' || code[i - 1] === '@';
      let j = i + 1;
      while (j < code.length && code[j] !== c && !(c !== '`' && code[j] === '\n')) {
        if (!raw && code[j] === '\\') j++;
        j++;
      }
      line += code.slice(i, j).split('\n').length - 1;
      head += `${c}${c}`;
      i = j;
      continue;
    }
    head += c;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
      if (c === '}' && depth === 0) {
        braced = true;
        // `} else`, `} while (x);`, `struct … } name;` continue the item on the same line.
        const rest = /^[ \t]*(\S)/.exec(code.slice(i + 1, code.indexOf('\n', i + 1) < 0 ? undefined : code.indexOf('\n', i + 1)));
        if (!rest || rest[1] === '/') finish();
      }
    } else if (c === ';' && depth === 0) {
      braced = false;
      finish();
    }
  }
  finish();
  return items;
}

/** What one language module tells the wrapper. */
export interface FragmentRules {
  kind(item: Item): ItemKind;
  /** Lines at the very top of the file (Go's `package main`). */
  first?: string[];
  /** Headers or imports every fragment gets (jshell's, .NET's implicit usings). */
  prelude: string[];
  /** Opens a class around members and the entry point (Java, C#), '' for none. */
  classOpen?: string;
  /** A member declared before the statements, made callable from the entry point (`static`). */
  member?(line: string, item: Item): string;
  /** The entry point's opening, put at the start of the first statement's line. */
  entryOpen(code: string): string;
  /** What closes the entry point (and the class). */
  entryClose: string;
  /** Added after a block of declarations so it compiles as a program ('' when not needed). */
  declarationsTail: string;
  /** Added inside the class after members when there are no statements (C#'s empty Main). */
  membersTail?: string;
  /** Variables just before the first statement go inside the entry point (not in Go: unused ones would not compile). */
  variablesJoin?: boolean;
}

export interface FragmentProgram {
  program: string;
  /** 'as written', 'compiled only (declarations)', 'wrapped in main'. */
  how: 'as_written' | 'declarations' | 'wrapped';
}

/** The program for a fragment, or how it runs as written. */
export function fragmentProgram(code: string, codeLine: number, setups: SetupCode[], rules: FragmentRules, scan: ScanOptions): FragmentProgram | undefined {
  const items = topLevelItems(code, scan);
  const kinds = items.map((it) => rules.kind(it));
  if (kinds.includes('entry') || kinds.includes('package')) return undefined;
  const lines = code.split('\n');
  const hoisted: string[] = [];
  const setup = setups.map((s) => s.code);
  const firstStmt = kinds.indexOf('statement');
  // Variables right before the first statement belong to it.
  let wrapAt = firstStmt;
  while (rules.variablesJoin !== false && wrapAt > 0 && kinds[wrapAt - 1] === 'variable') wrapAt--;
  for (const [k, it] of items.entries()) {
    if (kinds[k] === 'preprocessor' || kinds[k] === 'import') {
      if (firstStmt < 0 && !rules.classOpen) continue;
      for (let l = it.start; l <= it.end; l++) {
        hoisted.push(lines[l]!);
        lines[l] = '';
      }
    } else if (rules.member && (firstStmt < 0 || k < wrapAt) && kinds[k] !== 'statement') {
      lines[it.start] = rules.member(lines[it.start]!, it);
    }
  }
  const before = [...rules.prelude, ...hoisted, ...setup];
  if (firstStmt < 0) {
    const members = kinds.some((k) => k === 'function' || k === 'variable');
    if (rules.classOpen && members) {
      before.push(rules.classOpen);
      return { program: layoutProgram(rules.first ?? [], before, lines.join('\n'), `\n${rules.membersTail ?? ''}\n}`, codeLine), how: 'declarations' };
    }
    return { program: layoutProgram(rules.first ?? [], before, lines.join('\n'), rules.declarationsTail, codeLine), how: 'declarations' };
  }
  if (rules.classOpen) before.push(rules.classOpen);
  const at = items[wrapAt]!.start;
  lines[at] = `${rules.entryOpen(code)} ${lines[at]}`;
  return { program: layoutProgram(rules.first ?? [], before, lines.join('\n'), `\n${rules.entryClose}`, codeLine), how: 'wrapped' };
}

/** The outcome message for how a fragment ran. */
function fragmentNote(how: FragmentProgram['how']): string | undefined {
  return how === 'declarations' ? 'compiled only (declarations)' : how === 'wrapped' ? 'wrapped in main' : undefined;
}

/** A fragment's run as a convention's result: its program, and compiled only when it declares only. */
export function fragmentShape(i: ShapeInput, rules: FragmentRules, scan: ScanOptions, files?: CheckFile[]): Shaped | undefined {
  const f = fragmentProgram(i.block.code, i.block.codeLine, i.setups, rules, scan);
  if (!f) return undefined;
  return { program: f.program, files, noRun: f.how === 'declarations' ? true : undefined, expect: {}, note: fragmentNote(f.how) };
}
