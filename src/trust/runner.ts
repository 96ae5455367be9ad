// The CLI in a workflow's `run:` step: GitHub's runner reads every line of
// the step's stdout and stderr as a possible workflow command (`::error::`,
// `::add-mask::`, `##[group]` anywhere in a line, …), and what the CLI prints
// includes the repository's program output and config text. A random
// stop-commands token around the run makes the runner read them as text. One
// token per run: the runner masks every token, so each one adds to its masker.

import { randomBytes } from '../crypto.js';

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
