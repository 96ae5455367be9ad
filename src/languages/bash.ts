// Bash: bash runs the file; ```console (and other terminal) blocks that are
// `$ ` transcripts run as Bash and compare each command's output
// (bash-transcript.ts); sessions source every block into one shell, from a
// driver written for the session's blocks.

import { defineLanguage } from './catalog.js';
import { sh } from './commands.js';
import { isTranscript, parseTranscript, showsOutput, transcriptProgram } from './bash-transcript.js';
import type { SessionBlock, ShapeInput, Shaped } from './language.js';

/** Info strings of terminal sessions: run when they are `$ ` transcripts that show output. */
const TRANSCRIPT_LANGS = new Set(['console', 'shell-session', 'shellsession', 'terminal', 'sh-session', 'bash-session']);

function shape(i: ShapeInput): Shaped | undefined {
  const { block } = i;
  if (!isTranscript(block.code)) return undefined;
  const setup = i.setups.map((s) => s.code).join('\n');
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

/**
 * The session driver: one script sourcing each block in turn. It is written
 * for the session's blocks (Bash has no safe way to loop over files while
 * leaving the blocks' own variables and traps alone); the nonce is read from
 * session.json, which is then removed, so neither it nor this script keeps it
 * in the workspace.
 */
function driver(blocks: SessionBlock[]): string {
  const lines = [
    '__sandbox_checks_root=$PWD',
    'IFS= read -r __sandbox_checks_spec < "$__sandbox_checks_root"/.sandbox-checks/session.json',
    'rm -f "$__sandbox_checks_root"/.sandbox-checks/session.json',
    '[[ $__sandbox_checks_spec =~ \\"marker\\":\\"([0-9a-f]+)\\" ]] && __sandbox_checks_m=${BASH_REMATCH[1]}',
    'unset __sandbox_checks_spec',
    '__sandbox_checks_ms() { if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); else echo 0; fi; }',
  ];
  for (const it of blocks) {
    const file = `"$__sandbox_checks_root"/${sh(it.path)}`;
    const stop = it.want === 'nonzero' ? '[ "$__sandbox_checks_rc" != 0 ]' : `[ "$__sandbox_checks_rc" = ${it.want} ]`;
    lines.push(
      `printf '@@SC:%s:B:${it.index}@@\\n' "$__sandbox_checks_m"`,
      '__sandbox_checks_t=$(__sandbox_checks_ms)',
      it.noRun ? `bash -n ${file}` : `. ${file}`,
      '__sandbox_checks_rc=$?',
      `printf '@@SC:%s:E:${it.index}:%s:%s@@\\n' "$__sandbox_checks_m" "$__sandbox_checks_rc" "$(( $(__sandbox_checks_ms) - __sandbox_checks_t ))"`,
      `printf '@@SC:%s:E:${it.index}@@\\n' "$__sandbox_checks_m" >&2`,
      `${stop} || exit 0`,
    );
  }
  lines.push('exit 0');
  return `${lines.join('\n')}\n`;
}

export const bash = defineLanguage({
  id: 'bash',
  label: 'Bash',
  aliases: ['sh', 'shell', 'zsh'],
  extensions: ['.sh', '.bash'],
  fileName: 'main.sh',
  tools: ['bash'],
  debian: { bash: 'bash' },
  check: (e) => `bash -n ${sh(e)}`,
  run: (e) => `bash ${sh(e)}`,
  session: { blockExtension: 'sh', driverFile: 'driver.sh', driver },
  snippets: {
    claims: (block, marked) => TRANSCRIPT_LANGS.has(block.lang) && isTranscript(block.code) && (marked || showsOutput(parseTranscript(block.code, block.codeLine))),
    shape,
  },
});
