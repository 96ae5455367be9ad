// Rust: rustc compiles the file (cargo when packages made a Cargo.toml), run
// as a binary; blocks follow rustdoc's rules — hidden `# ` lines, `fn main`
// wrapping, ignore / no_run / should_panic / compile_fail / edition20xx
// (rust-doc.ts).

import { defineLanguage } from './catalog.js';
import { quoteAll, sh } from './commands.js';
import type { SetupCode, ShapeInput, Shaped } from './language.js';
import { layoutProgram } from './layout.js';
import { RUST_EDITION_ENV, rustdocAttrs, rustdocShape, unhide } from './rust-doc.js';

const EDITION = RUST_EDITION_ENV;

/** What rustdoc's attributes make of the block; the program itself is `assemble`'s. */
function shape(i: ShapeInput): Shaped {
  const a = rustdocAttrs(i.block.options);
  const shaped: Shaped = { program: '', expect: {} };
  const expect = shaped.expect;
  if (a.edition) shaped.env = { [RUST_EDITION_ENV]: a.edition };
  if (a.ignore) shaped.skip = 'ignore (rustdoc)';
  if (a.compileFail) {
    shaped.noRun = true;
    expect.shouldFail = true;
    expect.why = 'compile_fail: the block must not compile';
    if (a.errorCodes.length) expect.stderrContains = a.errorCodes.map((c) => `error[${c}]`);
    shaped.note = 'compile_fail: did not compile, as marked';
  } else if (a.shouldPanic) {
    expect.exitCode = 101;
    expect.why = 'should_panic: the block must panic';
    shaped.note = 'should_panic: panicked, as marked';
  } else if (a.noRun) {
    shaped.noRun = true;
    shaped.note = 'no_run: compiled only';
  }
  const wrapped = rustdocShape(unhide(i.block.code)).wrapped;
  if (wrapped) shaped.note = shaped.note ? `${shaped.note}; wrapped in fn main` : 'wrapped in fn main';
  return shaped;
}

/** Crate attributes first, setup (hidden lines shown) inside `fn main` before the block. */
function assemble(setups: SetupCode[], code: string, bodyLine: number): string {
  const s = rustdocShape(unhide(code));
  const before = setups.length ? setups.map((x) => unhide(x.code)).join('\n').split('\n') : [];
  if (s.open) before.push(s.open);
  return layoutProgram(s.head, before, s.body, s.after, bodyLine);
}

export const rust = defineLanguage({
  id: 'rust',
  label: 'Rust',
  aliases: ['rs'],
  extensions: ['.rs'],
  fileName: 'main.rs',
  tools: ['rustc'],
  debian: { rustc: 'rustc', cargo: 'cargo' },
  compile: (e) =>
    `if [ -f Cargo.toml ]; then mkdir -p src && cp ${sh(e)} src/main.rs && cargo build --quiet --offline && cp target/debug/check .bin/main; else mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" -o .bin/main ${sh(e)}; fi`,
  // The edition comes from rustdoc's `edition20xx`.
  check: (e) => `mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" --emit=metadata -o .bin/check.rmeta ${sh(e)}`,
  run: () => `./.bin/main`,
  env: { CARGO_HOME: '/workspace/.cache/cargo' },
  install: {
    tool: 'cargo',
    command: (p) =>
      `mkdir -p .bin && printf '[package]\\nname = "check"\\nversion = "0.0.0"\\nedition = "2021"\\n[dependencies]\\n' > Cargo.toml && mkdir -p src && echo 'fn main(){}' > src/main.rs && cargo add --quiet ${quoteAll(p)} && cargo fetch --quiet`,
  },
  snippets: { shape, assemble },
});
