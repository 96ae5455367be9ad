// The suite runs with a private TMPDIR, XDG_STATE_HOME and XDG_CACHE_HOME (other test runs
// share this machine's /tmp, so counting entries there would blame them on
// us), and fails if it leaves any `sandbox-checks-*` entry in that TMPDIR:
// the product must clean up after itself, and a test that makes a folder
// under that name must remove it. The private folders are removed at the end.

import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let root: string | undefined;

export function setup(): void {
  root = mkdtempSync(path.join(os.tmpdir(), 'sc-suite-'));
  const tmp = path.join(root, 'tmp');
  const state = path.join(root, 'state');
  const cache = path.join(root, 'cache');
  mkdirSync(tmp);
  mkdirSync(state);
  mkdirSync(cache, { mode: 0o700 });
  // Like /tmp: tests that drop to an unprivileged uid make their folders here too.
  chmodSync(root, 0o755);
  chmodSync(tmp, 0o1777);
  // Test workers are started after this, with this environment.
  process.env.TMPDIR = tmp;
  process.env.XDG_STATE_HOME = state;
  // Package layers are cached under it: each suite run starts cold and leaves nothing in ~/.cache.
  process.env.XDG_CACHE_HOME = cache;
}

/** `sandbox-checks-*` entries left in `dir`. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('sandbox-checks-')).sort();
}

export function teardown(): void {
  if (!root) return;
  const tmp = path.join(root, 'tmp');
  const left = leftovers(tmp);
  rmSync(root, { recursive: true, force: true });
  if (left.length) {
    // Vitest reports a teardown error but keeps its exit code: set ours.
    process.exitCode = 1;
    throw new Error(
      `the test run left ${left.length} sandbox-checks-* ${left.length === 1 ? 'entry' : 'entries'} in its TMPDIR: ${left.slice(0, 10).join(', ')}${left.length > 10 ? ', …' : ''}`,
    );
  }
}
