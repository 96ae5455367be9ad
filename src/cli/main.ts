// The CLI front door: argv → command → exit code. Logic lives in commands.ts;
// what an error prints and the exit code it means are decided here only.

import { problemCount, ProblemsError, SandboxChecksError } from '../errors.js';
import { parseCommand, USAGE } from './args.js';
import type { Io } from './commands.js';
import { trustOf } from '../trust/index.js';
import { stopWorkflowCommands } from '../trust/runner.js';
import { redactingStream } from '../trust/streams.js';
import { VERSION } from '../version.js';

export async function main(argv: string[], given: Io): Promise<number> {
  let io = given;
  let resume = () => {};
  try {
    const cmd = parseCommand(argv);
    // Problems quoted from a config (an allowed variable's value, say) pass the same Redactor as the run's output.
    const trust = trustOf({ env: given.env, allowEnv: cmd.kind === 'run' ? cmd.allowEnv : [], allowHint: '--allow-env' });
    io = { ...given, err: redactingStream(given.err, trust.redactor) };
    // What a run prints (program output, config text) is never a workflow command. execute's
    // stdout is the program's own, passed through unchanged (it may be piped into a file).
    if (cmd.kind === 'run') resume = stopWorkflowCommands(given.env, [io.err, io.out]);
    if (cmd.kind === 'execute') resume = stopWorkflowCommands(given.env, [io.err]);
    switch (cmd.kind) {
      case 'help':
        io.out.write(`${USAGE}\n`);
        return 0;
      case 'version':
        io.out.write(`${VERSION}\n`);
        return 0;
      // The commands (config, planner, engine) load only when one runs: --version and --help stay quick.
      case 'execute':
        return await (await import('./commands.js')).execute(cmd, io);
      case 'run':
        return await (await import('./commands.js')).run(cmd, io);
      case 'doctor':
        return await (await import('./commands.js')).doctor(cmd, io);
    }
  } catch (e) {
    io.err.write(errorText(e));
    return e instanceof SandboxChecksError ? e.exitCode : 1;
  } finally {
    resume();
  }
}

/** What the CLI prints for an error that ended the command. */
function errorText(e: unknown): string {
  if (e instanceof ProblemsError && e.kind !== 'usage') {
    return `sandbox-checks: the configuration has ${problemCount(e.problems.length)}; nothing was run.\n${e.message}\n`;
  }
  if (e instanceof SandboxChecksError) return `sandbox-checks: ${e.message}\n`;
  return `sandbox-checks: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`;
}
