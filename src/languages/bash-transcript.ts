// Shell transcripts as cram and txm-style docs write them: `$ command` lines,
// each followed by the output it prints. Every command runs in order in one
// Bash (so `cd` and variables carry over), with stderr merged into stdout as
// a terminal shows it, and its output is compared with the lines under it by
// cram's rules (src/engine/sections.ts).
//
//   - A line `$ cmd` (or `$` alone) starts a command; a command continues on
//     the next lines while it ends in `\`, and on lines that start with `> `
//     right after it (the shell's continuation prompt, as cram writes it).
//   - Everything else up to the next `$ ` line is that command's output.
//   - Text before the first `$ ` makes the block an ordinary script.

import { randomBytes } from '../crypto.js';

import type { SectionExpectation } from '../types.js';

export interface TranscriptCommand {
  /** Markdown line of the `$ ` line. */
  line: number;
  /** The command, continuation lines joined with newlines. */
  command: string;
  expected: string[];
}

const PROMPT = /^\$( |$)/;

/** Does the block read as a transcript (its first non-blank line is a `$ ` prompt)? */
export function isTranscript(code: string): boolean {
  const first = code.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && PROMPT.test(first.trimStart());
}

/** The commands of a transcript block whose first line of code is Markdown line `codeLine`. */
export function parseTranscript(code: string, codeLine: number): TranscriptCommand[] {
  const commands: TranscriptCommand[] = [];
  const lines = code.split('\n');
  let cur: TranscriptCommand | undefined;
  let continuing = false;
  let justCommand = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.slice(lead);
    if (cur && continuing) {
      const text = body.startsWith('> ') ? body.slice(2) : body === '>' ? '' : raw;
      cur.command += `\n${text}`;
      continuing = /\\$/.test(text.replace(/\s+$/, ''));
      return;
    }
    if (PROMPT.test(body)) {
      cur = { line: codeLine + i, command: body.slice(2), expected: [] };
      commands.push(cur);
      continuing = /\\$/.test(line);
      justCommand = true;
      return;
    }
    if (cur && justCommand && (body.startsWith('> ') || body === '>')) {
      cur.command += `\n${body.slice(2)}`;
      continuing = /\\$/.test(line);
      return;
    }
    justCommand = false;
    cur?.expected.push(line);
  });
  for (const c of commands) while (c.expected.length && c.expected[c.expected.length - 1] === '') c.expected.pop();
  return commands;
}

/** Does any command of the transcript show output (a claim to check)? */
export function showsOutput(commands: TranscriptCommand[]): boolean {
  return commands.some((c) => c.expected.length > 0);
}

/**
 * The Bash program that runs the commands and marks where each one's output
 * ends, and the expectation that compares them. Commands keep their own
 * Markdown line numbers in the program (`$` becomes a space).
 */
export function transcriptProgram(commands: TranscriptCommand[], codeLine: number): { program: string; sections: SectionExpectation } {
  const nonce = randomBytes(9).toString('hex');
  const out: string[] = [];
  const pad = (line: number) => {
    while (out.length < line - 1) out.push('');
  };
  // Each command's group is closed at the start of the next command's line,
  // so every command stays on its Markdown line. Commands do not read the
  // rest of the program as their input.
  let close = 'exec </dev/null; ';
  for (const [i, c] of commands.entries()) {
    pad(c.line);
    const text = c.command.split('\n');
    text[0] = `${close}{ ${text[0]!.trim() ? text[0] : ":"}`;
    out.push(...text);
    close = `} 2>&1; printf '\\n@@SCS:${nonce}:${i}:%d@@\\n' "$?"; `;
  }
  out.push(close.replace(/; $/, ""));
  void codeLine;
  return {
    program: `${out.join('\n')}\n`,
    sections: {
      nonce,
      items: commands.map((c) => ({ label: `\`$ ${c.command.split('\n')[0]!.slice(0, 60)}\``, line: c.line, expected: c.expected, mode: 'cram' as const })),
    },
  };
}
