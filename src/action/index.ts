// The Action's main step (dist/index.js). Logic lives in main.ts. Started
// with LAYER_CACHE_OP in its env, it is instead the child process that
// restores or saves one package layer (layer-cache.ts).

import * as core from './core.js';

import { run } from './main.js';
import { LAYER_CACHE_OP } from './state.js';

if (process.env[LAYER_CACHE_OP]) {
  try {
    process.exitCode = await (await import('./layer-cache-child.js')).runLayerCacheOp();
  } catch (e) {
    core.error(`sandbox-checks: the cache step failed: ${(e as Error)?.message ?? String(e)}`);
    process.exitCode = 2;
  }
} else {
  try {
    await run();
  } catch (e) {
    core.setFailed(`sandbox-checks: unexpected error: ${(e as Error)?.stack ?? String(e)}`);
  }
}
// Sandbox providers may keep sockets or timers; the step is over.
process.stdout.write('', () => process.exit());
