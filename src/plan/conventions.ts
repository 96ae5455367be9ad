// The conventions documentation is written in, each by its owner's rules:
// shell transcripts (cram), Python interactive sessions (doctest), rustdoc's
// test rules, Go examples and fragments of compiled languages. Each turns a
// block into the program that runs it and what its result must be; the
// rules themselves live with their language (src/languages/*-*.ts).

import { C_PRELUDE, C_RULES } from '../languages/c-fragment.js';
import { CPP_RULES } from '../languages/cpp-fragment.js';
import { CSHARP_RULES } from '../languages/csharp-fragment.js';
import { goShape } from '../languages/go-example.js';
import { JAVA_RULES } from '../languages/java-fragment.js';
import { doctestProgram, DOCTEST_LANGS, isDoctest, isSphinxDoctest, SPHINX_DOCTEST_FLAGS } from '../languages/python-doctest.js';
import { getLanguage, type Language } from '../languages/registry.js';
import { isTranscript, parseTranscript, showsOutput, transcriptProgram } from '../languages/bash-transcript.js';
import { RUST_EDITION_ENV, rustdocAttrs, rustdocShape, unhide } from '../languages/rust-doc.js';
import type { BlessTarget, CheckFile, Expectation } from '../types.js';
import { fragmentNote, fragmentProgram, type FragmentRules } from './fragments.js';
import type { CodeBlock } from './markdown.js';
import type { SetupCode } from './program.js';

/** Info strings of terminal sessions: run when they are `$ ` transcripts that show output. */
export const TRANSCRIPT_LANGS = new Set(['console', 'shell-session', 'shellsession', 'terminal', 'sh-session', 'bash-session']);

/** The language a block runs in when its info string is a convention's (```console, ```pycon). */
export function conventionLanguage(block: CodeBlock, marked: boolean): Language | undefined {
  if (TRANSCRIPT_LANGS.has(block.lang) && isTranscript(block.code)) {
    if (marked || showsOutput(parseTranscript(block.code, block.codeLine))) return getLanguage('bash');
  }
  if (DOCTEST_LANGS.has(block.lang) && isDoctest(block.code)) return getLanguage('python');
  return undefined;
}

export interface ShapeInput {
  file: string;
  block: CodeBlock;
  lang: Language;
  setups: SetupCode[];
  /** The block's `output` block, when it has one. */
  output?: CodeBlock;
  noRun: boolean;
  /** doctest option flags from the configuration. */
  doctestFlags?: string[];
  /** What the block's lines start with in the Markdown (list indentation, `> `). */
  prefix?: string;
}

export interface Shaped {
  program: string;
  /** The program as a session block (no setup: the session runs it once). */
  sessionProgram?: string;
  files?: CheckFile[];
  noRun?: boolean;
  expect: Expectation;
  env?: Record<string, string>;
  note?: string;
  skip?: string;
  /** The convention compared the `output` block itself. */
  usedOutput?: boolean;
  bless?: BlessTarget;
}

const FRAGMENTS: Record<string, FragmentRules> = { c: C_RULES, cpp: CPP_RULES, java: JAVA_RULES, csharp: CSHARP_RULES };

/** How the block runs under its convention; undefined when none applies. */
export function shapeBlock(i: ShapeInput): Shaped | undefined {
  const { block, lang } = i;
  const setup = i.setups.map((s) => s.code).join('\n');
  switch (lang.id) {
    case 'bash': {
      if (!isTranscript(block.code)) return undefined;
      const commands = parseTranscript(block.code, block.codeLine);
      const last = commands[commands.length - 1];
      let usedOutput = false;
      if (i.output && last && last.expected.length === 0) {
        last.expected = i.output.code.split('\n');
        usedOutput = true;
      }
      const t = transcriptProgram(commands, block.codeLine);
      return {
        program: setup ? `${setup}\n${t.program}` : t.program,
        sessionProgram: t.program,
        expect: { sections: t.sections },
        note: `shell transcript: ${commands.length} command${commands.length === 1 ? '' : 's'} compared with their output`,
        usedOutput,
        bless: usedOutput
          ? undefined
          : {
              kind: 'sections',
              file: i.file,
              style: 'cram',
              ranges: commands.map((c) => {
                const from = c.line + c.command.split('\n').length;
                return { from, to: from + c.expected.length - 1, prefix: i.prefix ?? '' };
              }),
            },
      };
    }
    case 'python': {
      if (!isDoctest(block.code)) return undefined;
      const flags = [...new Set([...(isSphinxDoctest(block.info) ? SPHINX_DOCTEST_FLAGS : []), ...(i.doctestFlags ?? [])])];
      const sphinx = { sphinx: isSphinxDoctest(block.info) };
      return {
        program: doctestProgram(block.code, block.codeLine, i.file, setup, flags, sphinx),
        sessionProgram: doctestProgram(block.code, block.codeLine, i.file, '', flags, sphinx),
        expect: { why: 'doctest: an example printed something else; the report is on stderr' },
        note: 'doctest session',
        bless: { kind: 'doctest', file: i.file, from: block.codeLine, to: block.endLine - 1, prefix: i.prefix ?? '' },
      };
    }
    case 'rust': {
      const a = rustdocAttrs(block.options);
      const expect: Expectation = {};
      const shaped: Shaped = { program: '', expect };
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
      const wrapped = rustdocShape(unhide(block.code)).wrapped;
      if (wrapped) shaped.note = shaped.note ? `${shaped.note}; wrapped in fn main` : 'wrapped in fn main';
      // The program itself is rustdoc's (src/plan/program.ts).
      return shaped;
    }
    case 'go': {
      const g = goShape(block.code, block.codeLine, i.setups);
      if (!g) return undefined;
      const shaped: Shaped = { program: g.program, expect: {} };
      if (g.how === 'declarations' || g.how === 'other_package') {
        shaped.noRun = true;
        shaped.note = g.how === 'declarations' ? 'compiled only (declarations)' : 'compiled only (not package main)';
      } else if (g.how === 'wrapped') shaped.note = 'wrapped in main';
      else if (g.how === 'examples') {
        shaped.expect.sections = g.sections;
        shaped.bless = {
          kind: 'sections',
          file: i.file,
          style: 'go',
          ranges: g.examples!.map((e) => ({
            from: block.codeLine + e.comment.from,
            to: block.codeLine + e.comment.to,
            prefix: (i.prefix ?? '') + e.comment.indent,
            header: e.unordered ? 'Unordered output:' : 'Output:',
          })),
        };
        shaped.note = `Go examples: ${g.sections!.items.map((x) => x.label).join(', ')} compared with their // Output:`;
      }
      return shaped;
    }
    default: {
      const rules = FRAGMENTS[lang.id];
      if (!rules) return undefined;
      const f = fragmentProgram(block.code, block.codeLine, i.setups, rules, { hashLines: lang.id !== 'java' });
      if (!f) return undefined;
      return {
        program: f.program,
        files: lang.id === 'c' ? [{ path: C_PRELUDE.path, content: Buffer.from(C_PRELUDE.content) }] : undefined,
        noRun: f.how === 'declarations' ? true : undefined,
        expect: {},
        note: fragmentNote(f.how),
      };
    }
  }
}
