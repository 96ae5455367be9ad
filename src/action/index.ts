// The Action's main step (dist/index.js). Logic lives in main.ts.

import * as core from './core.js';

import { run } from './main.js';

try {
  await run();
} catch (e) {
  core.setFailed(`sandbox-checks: unexpected error: ${(e as Error)?.stack ?? String(e)}`);
}
// Sandbox providers may keep sockets or timers; the step is over.
process.stdout.write('', () => process.exit());
