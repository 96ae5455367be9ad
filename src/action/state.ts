// Names of the state the main step hands to the post step (core.saveState).
// None of it is secret: the E2B key is read again from the input, and the
// endpoints from the job's env (state is never trusted to say where a key goes).

export const STATE_PROVIDER = 'provider';
export const STATE_RUN_ID = 'e2b-run-id';

/**
 * The env variable that makes dist/index.js the child process restoring or
 * saving one package layer (layer-cache.ts); its value is a LayerCacheRequest.
 * Here, not in layer-cache.ts, so the entry can tell without loading that.
 */
export const LAYER_CACHE_OP = 'SANDBOX_CHECKS_LAYER_CACHE_OP';

export interface LayerCacheRequest {
  op: 'restore' | 'save';
  /** The cache entry's key. */
  key: string;
  /** The one path of the entry, relative to GITHUB_WORKSPACE (the layer's folder name). */
  path: string;
}

/** Exit codes of the child: the entry was restored or saved, there was none or it was not saved, the service gave another key's entry. */
export const CHILD_HIT = 0;
export const CHILD_MISS = 3;
export const CHILD_OTHER_KEY = 4;
