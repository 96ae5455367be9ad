// The Action's post step (dist/post/index.js): runs after the job's steps,
// even when the main step failed or was cancelled, and ends any sandbox this
// run left behind (providers whose sandboxes outlive the job: E2B). With
// `stream: true` it first writes the main step's own annotations, in a log no
// sandbox wrote to (deferred.ts). It never fails the job.

import * as core from './core.js';

import { findProvider } from '../providers/index.js';
import { workflowEndpoints } from '../trust/endpoints.js';
import { STATE_ANNOTATIONS, writeHandedOver } from './deferred.js';
import { STATE_PROVIDER, STATE_RUN_ID } from './state.js';

export async function post(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // First: the main step's annotations it could not write itself (stream: true; deferred.ts).
  writeHandedOver(core.getState(STATE_ANNOTATIONS), core);
  const provider = core.getState(STATE_PROVIDER);
  const runId = core.getState(STATE_RUN_ID);
  const entry = findProvider(provider);
  if (!entry?.endLeftovers || !runId) {
    core.debug(`sandbox-checks post: nothing to clean up (provider ${provider || 'unknown'})`);
    return;
  }
  const apiKey = core.getInput('e2b-api-key') || env.E2B_API_KEY;
  if (apiKey) core.setSecret(apiKey);
  const settings = {
    apiKey,
    template: core.getInput('template') || undefined,
    // Where the key goes is the workflow's choice: the job's env, never saved state (src/trust/endpoints.ts).
    ...workflowEndpoints(env),
    runId,
  };
  const result = await entry.endLeftovers({ settings, runId, warn: (m) => core.warning(`sandbox-checks post: ${m}`) });
  if (!result) {
    core.debug(`sandbox-checks post: this build has no ${entry.label} cleanup`);
    return;
  }
  const { killed } = result;
  core.info(`sandbox-checks post: ended ${killed} leftover ${killed === 1 ? 'sandbox' : 'sandboxes'} of run ${runId}`);
}

try {
  await post();
} catch (e) {
  core.warning(`sandbox-checks post: could not end leftover sandboxes: ${(e as Error)?.message ?? String(e)}`);
}
process.stdout.write('', () => process.exit());
