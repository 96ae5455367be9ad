// Rust: rustc compiles the file (cargo when packages made a Cargo.toml), run
// as a binary; blocks follow rustdoc's rules — hidden `# ` lines, `fn main`
// wrapping, ignore / no_run / should_panic / compile_fail / edition20xx
// (rust-doc.ts).
//
// Packages are a shared layer (.packages/rust, read-only): `cargo vendor`
// puts every crate's source there with the source replacement that makes
// cargo use it, and the install's Cargo.toml/Cargo.lock, which the build
// copies into the workspace (cargo may rewrite the lock file). CARGO_HOME
// stays the check's own: cargo locks and records crate use in it even
// offline, so a read-only one would stop every build. A package that is a
// path (`./mycrate`) is added with `cargo add --path`.

import { defineLanguage } from './catalog.js';
import type { CheckFile } from '../types.js';
import { isLocalPath, quoteAll, restoreProject, sh } from './commands.js';
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

const LAYER = '.packages/rust';
const PROJECT = `${LAYER}/project`;
/** What `cargo vendor` printed: the source replacement pointing cargo at the vendored crates. */
const VENDOR_CONFIG = `/workspace/${LAYER}/vendor.toml`;

/** `cargo add` for the registry's crates, then once per local path (cargo add takes one --path at a time). */
function cargoAdd(packages: string[]): string {
  const paths = packages.filter(isLocalPath);
  const crates = packages.filter((p) => !isLocalPath(p));
  return [...(crates.length ? [`cargo add --quiet ${quoteAll(crates)}`] : []), ...paths.map((p) => `cargo add --quiet --path ${sh(p)}`)].join(' && ');
}

/** Local registries and directory sources a workspace .cargo/config.toml points cargo at: the install reads them. */
function cargoLocalSources(files: CheckFile[]): string[] {
  const out: string[] = [];
  for (const f of files.filter((x) => x.path === '.cargo/config.toml' || x.path === '.cargo/config')) {
    for (const m of f.content.toString('utf8').matchAll(/^\s*(?:local-registry|directory)\s*=\s*["']([^"'\n]+)["']/gm)) out.push(m[1]!);
  }
  return out;
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
    `${restoreProject(PROJECT, ['Cargo.toml', 'Cargo.lock'])}if [ -f Cargo.toml ]; then mkdir -p src .bin && cp ${sh(e)} src/main.rs && cargo build --quiet --offline $([ -s ${VENDOR_CONFIG} ] && echo --config ${VENDOR_CONFIG}) && cp target/debug/check .bin/main; else mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" -o .bin/main ${sh(e)}; fi`,
  // The edition comes from rustdoc's `edition20xx`.
  check: (e) => `mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" --emit=metadata -o .bin/check.rmeta ${sh(e)}`,
  run: () => `./.bin/main`,
  env: { CARGO_HOME: '/workspace/.cache/cargo' },
  install: {
    tool: 'cargo',
    command: (p) =>
      `mkdir -p .bin && printf '[package]\\nname = "check"\\nversion = "0.0.0"\\nedition = "2021"\\n[dependencies]\\n' > Cargo.toml && mkdir -p src && echo 'fn main(){}' > src/main.rs && ${cargoAdd(p)} && ` +
      // --respect-source-config: a mirror or local registry the workspace's .cargo/config.toml names is where the crates come from.
      `mkdir -p ${PROJECT} && cargo vendor --respect-source-config --versioned-dirs /workspace/${LAYER}/vendor > ${VENDOR_CONFIG} && cp Cargo.toml Cargo.lock ${PROJECT}/`,
    // The install writes Cargo.toml itself; the lock file and cargo's workspace config decide what it fetches.
    layer: { outputs: [LAYER], reads: ['Cargo.lock', '.cargo/config.toml', '.cargo/config'], localSources: cargoLocalSources },
  },
  snippets: { shape, assemble },
});
