// The child process of layer-cache.ts: one restore or save of one package
// layer through @actions/cache, which is loaded here and nowhere else (its
// own bundle chunk: a run without packages never parses it). It runs inside
// bubblewrap with an env of its own (GITHUB_WORKSPACE, RUNNER_TEMP); the
// library logs its own failures as workflow commands, which the parent reads.

import { CHILD_HIT, CHILD_MISS, CHILD_OTHER_KEY, LAYER_CACHE_OP, type LayerCacheRequest } from './state.js';

/** Runs the request in the env; returns the exit code. */
export async function runLayerCacheOp(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const req = JSON.parse(env[LAYER_CACHE_OP] ?? '{}') as LayerCacheRequest;
  const cache = await import('@actions/cache');
  if (req.op === 'restore') {
    // No restore keys: only this exact key may be restored.
    const hit = await cache.restoreCache([req.path], req.key, []);
    if (hit === undefined) return CHILD_MISS;
    return hit === req.key ? CHILD_HIT : CHILD_OTHER_KEY;
  }
  if (req.op === 'save') {
    // -1: not saved (the library logged why).
    return (await cache.saveCache([req.path], req.key)) > 0 ? CHILD_HIT : CHILD_MISS;
  }
  process.stdout.write(`::error::unknown cache step ${JSON.stringify(req.op)}\n`);
  return 2;
}
