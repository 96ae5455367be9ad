// The Action's post step (dist/post/index.js): runs after the job's steps,
// even when the main step failed or was cancelled, and ends any E2B sandbox
// this run left behind. It never fails the job.

import * as core from '@actions/core';

import { workflowEndpoints } from '../trust/endpoints.js';
import { STATE_PROVIDER, STATE_RUN_ID } from './state.js';

type Cleanup = (
  settings: { apiKey?: string; template?: string; apiUrl?: string; sandboxUrl?: string; runId?: string },
  runId: string,
  opts?: { warn?: (m: string) => void },
) => Promise<{ found?: number; killed?: number; failed?: string[] } | number | undefined>;

export async function post(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const provider = core.getState(STATE_PROVIDER);
  const runId = core.getState(STATE_RUN_ID);
  if (provider !== 'e2b' || !runId) {
    core.debug(`sandbox-checks post: nothing to clean up (provider ${provider || 'unknown'})`);
    return;
  }
  const apiKey = core.getInput('e2b-api-key') || env.E2B_API_KEY;
  if (apiKey) core.setSecret(apiKey);
  const mod = (await import('../providers/e2b.js').catch(() => undefined)) as { cleanupRun?: Cleanup } | undefined;
  if (typeof mod?.cleanupRun !== 'function') {
    core.debug('sandbox-checks post: this build has no E2B cleanup');
    return;
  }
  const settings = {
    apiKey,
    template: core.getInput('template') || undefined,
    // Where the key goes is the workflow's choice: the job's env, never saved state (src/trust/endpoints.ts).
    ...workflowEndpoints(env),
    runId,
  };
  const result = await mod.cleanupRun(settings, runId, { warn: (m) => core.warning(`sandbox-checks post: ${m}`) });
  const killed = typeof result === 'number' ? result : result?.killed;
  core.info(
    `sandbox-checks post: ${killed === undefined ? 'cleanup done' : `ended ${killed} leftover ${killed === 1 ? 'sandbox' : 'sandboxes'}`} of run ${runId}`,
  );
}

try {
  await post();
} catch (e) {
  core.warning(`sandbox-checks post: could not end leftover sandboxes: ${(e as Error)?.message ?? String(e)}`);
}
process.stdout.write('', () => process.exit());
