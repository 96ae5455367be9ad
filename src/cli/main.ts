// The CLI front door: argv → command → exit code. Logic lives in commands.ts.

import { ConfigError } from '../config/errors.js';
import { SandboxUnavailableError } from '../providers/provider.js';
import { parseCommand, USAGE, UsageError } from './args.js';
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
      // The commands load the planner, the engine and the providers: `--version` and `--help` need none of them.
      case 'execute':
        return await (await import('./commands.js')).execute(cmd, io);
      case 'run':
        return await (await import('./commands.js')).run(cmd, io);
      case 'doctor':
        return await (await import('./commands.js')).doctor(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`sandbox-checks: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err.write(`sandbox-checks: the configuration has ${e.problems.length === 1 ? 'a problem' : `${e.problems.length} problems`}; nothing was run.\n${e.message}\n`);
      return 2;
    }
    if (e instanceof SandboxUnavailableError) {
      io.err.write(`sandbox-checks: ${e.message}\n`);
      return 2;
    }
    io.err.write(`sandbox-checks: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  } finally {
    resume();
  }
}
