// The CLI in a workflow's `run:` step: GitHub's runner reads every line of
// the step's stdout and stderr as a possible workflow command (`::error::`,
// `::add-mask::`, `##[group]` anywhere in a line, …), and what the CLI prints
// includes the repository's program output and config text. A random
// stop-commands token around the run makes the runner read them as text. One
// token per run: the runner masks every token, so each one adds to its masker.
// The escaping of a command's data is here too, for every writer and reader
// of workflow commands.

import { randomBytes } from '../crypto.js';

/** Escapes workflow-command data (what follows `::name::`), as the runner decodes it. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The text escapeCommandData escaped (for reading workflow commands another process wrote). */
export function unescapeCommandData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Stops workflow commands on a GitHub runner until the returned function is called; nothing elsewhere. */
export function stopWorkflowCommands(env: NodeJS.ProcessEnv, streams: NodeJS.WritableStream[]): () => void {
  if (env.GITHUB_ACTIONS !== 'true') return () => {};
  const token = randomBytes(16).toString('hex');
  // Both streams: the runner reads them concurrently, so either may reach it first.
  for (const s of streams) s.write(`::stop-commands::${token}\n`);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const s of streams) s.write(`::${token}::\n`);
  };
}
