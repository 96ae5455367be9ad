// Rust blocks as rustdoc runs documentation tests (The rustdoc book,
// "Documentation tests"):
//
//   - a line whose first non-blank text is `# ` (or a lone `#`) is hidden
//     from readers but compiled; `##` at the start stands for a literal `#`;
//   - `#![…]` crate attributes and `extern crate` lines go before the rest,
//     with `#![allow(unused)]`;
//   - unless the block has a `fn main`, the rest is wrapped in
//     `fn main() { … }`; when it ends in `(())` (`Ok::<(), E>(())`) the
//     wrapper returns a Result, so `?` works;
//   - `ignore` (and `ignore-<target>` where the target matches): not run; `no_run`: compiled only; `should_panic`: passes only
//     when the program panics (exit code 101); `compile_fail` (optionally with
//     error codes such as `E0308`): passes only when compiling fails (with
//     those codes); `edition2015`/`2018`/`2021`/`2024` choose the edition.
//
// Line numbers stay the Markdown's: what goes before the code sits in the
// blank lines the program starts with (see src/languages/layout.ts).

import type { InfoOption } from './language.js';

export const RUST_EDITION_ENV = 'SANDBOX_CHECKS_RUST_EDITION';
const HOST_TRIPLE = 'x86_64-unknown-linux-gnu';

export interface RustdocAttrs {
  ignore: boolean;
  noRun: boolean;
  shouldPanic: boolean;
  compileFail: boolean;
  /** Error codes a compile_fail block must fail with. */
  errorCodes: string[];
  edition?: string;
}

/** rustdoc's words in an info string (`rust,should_panic`, `compile_fail,E0308`, `edition2018`). */
export function rustdocAttrs(options: InfoOption[]): RustdocAttrs {
  const a: RustdocAttrs = { ignore: false, noRun: false, shouldPanic: false, compileFail: false, errorCodes: [] };
  for (const o of options) {
    const k = o.key;
    if (k === 'ignore') a.ignore = true;
    // `ignore-<target>`: ignored where the target triple contains it (the sandbox is Linux on x86_64).
    else if (k.startsWith('ignore_') && HOST_TRIPLE.includes(k.slice('ignore_'.length).replace(/_/g, '-'))) a.ignore = true;
    else if (k === 'no_run') a.noRun = true;
    else if (k === 'should_panic') a.shouldPanic = true;
    else if (k === 'compile_fail') a.compileFail = true;
    else if (/^e\d{4}$/.test(k)) a.errorCodes.push(k.toUpperCase());
    else if (/^edition20(15|18|21|24)$/.test(k)) a.edition = k.slice('edition'.length);
  }
  return a;
}

/** The code the compiler sees: hidden lines shown, `##` read as `#`. */
export function unhide(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const lead = line.length - line.trimStart().length;
      const t = line.slice(lead);
      if (t.startsWith('##')) return line.slice(0, lead) + t.slice(1);
      if (t === '#') return '';
      if (t.startsWith('# ') || t.startsWith('#\t')) return line.slice(0, lead) + t.slice(2);
      return line;
    })
    .join('\n');
}

/** Does the code have its own `fn main` (rustdoc's test, after hidden lines are shown)? */
export function hasMain(code: string): boolean {
  return /\bfn\s+main\s*\(/.test(code.replace(/\/\/[^\n]*/g, ''));
}

export interface RustdocShape {
  /** Crate attributes and `extern crate` lines: the top of the file. */
  head: string[];
  /** The wrapper's opening line, after any setup code; '' when not wrapped. */
  open: string;
  /** The code with hoisted lines blanked, so the rest keeps its lines. */
  body: string;
  after: string;
  wrapped: boolean;
}

/** rustdoc's pre-processing of a block's (unhidden) code. */
export function rustdocShape(code: string): RustdocShape {
  const lines = code.split('\n');
  const attrs: string[] = ['#![allow(unused)]'];
  const crates: string[] = [];
  let inAttr = false;
  let depth = 0;
  // Only the leading crate attributes and extern crates move, as rustdoc's
  // partition of the source does; the rest stays where it is.
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (inAttr || t.startsWith('#![')) {
      attrs.push(lines[i]!);
      for (const ch of t) depth += ch === '[' ? 1 : ch === ']' ? -1 : 0;
      inAttr = depth > 0;
      lines[i] = '';
      continue;
    }
    if (/^(#\[[^\]]*\]\s*)*extern\s+crate\s+[\w]+(\s+as\s+\w+)?\s*;/.test(t)) {
      crates.push(lines[i]!);
      lines[i] = '';
      continue;
    }
    if (t === '' || t.startsWith('//')) continue;
    break;
  }
  const body = lines.join('\n');
  if (hasMain(code)) return { head: [...attrs, ...crates], open: '', body, after: '', wrapped: false };
  if (/\(\(\)\)\s*;?\s*$/.test(body.trimEnd())) {
    return {
      head: [...attrs, ...crates],
      open: 'fn main() { fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {',
      body,
      after: '\n} _inner().unwrap() }',
      wrapped: true,
    };
  }
  return { head: [...attrs, ...crates], open: 'fn main() {', body, after: '\n}', wrapped: true };
}
