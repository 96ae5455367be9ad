// The conventions documentation is written in, each by its owner's rules:
// shell transcripts (cram), Python interactive sessions (doctest), rustdoc's
// test rules, Go examples and fragments of compiled languages. Each turns a
// block into the program that runs it and what its result must be; the
// rules live with their language (src/languages/<id>.ts, `snippets`), and
// this file only asks the languages.

import { LANGUAGES, type Language, type ShapeInput, type Shaped } from '../languages/index.js';
import type { CodeBlock } from './markdown.js';

/** The language a block runs in when its info string is a convention's (```console, ```pycon). */
export function conventionLanguage(block: CodeBlock, marked: boolean): Language | undefined {
  return LANGUAGES.find((l) => l.snippets?.claims?.(block, marked));
}

/** How the block runs under its language's convention; undefined when none applies. */
export function shapeBlock(i: ShapeInput & { lang: Language }): Shaped | undefined {
  return i.lang.snippets?.shape?.(i);
}
