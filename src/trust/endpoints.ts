// Where the E2B key is sent is the workflow's choice, never the repository's:
// the API and sandbox URLs come from the job's environment (E2B_API_URL,
// E2B_SANDBOX_URL, E2B_DOMAIN, which the SDK reads too) or the command line,
// and a repository config that names them is refused. So is a config that
// picks the key itself: `[e2b] api_key` may only say "${E2B_API_KEY}".

import { E2B_KEY_VARIABLE } from './env.js';

/** Config keys only the workflow side may set, with where to set them instead. */
const WORKFLOW_ONLY_KEYS: Readonly<Record<string, string>> = {
  'e2b.api_url': 'E2B_API_URL',
  'e2b.sandbox_url': 'E2B_SANDBOX_URL',
  'e2b.domain': 'E2B_DOMAIN',
};

export interface KeyRefusal {
  keyPath: string[];
  message: string;
}

/** What a repository config (before `${VAR}` expansion) sets that only the workflow may. */
export function workflowOnlyRefusals(doc: Record<string, unknown>): KeyRefusal[] {
  const out: KeyRefusal[] = [];
  const e2b = doc.e2b;
  if (!e2b || typeof e2b !== 'object' || Array.isArray(e2b)) return out;
  const t = e2b as Record<string, unknown>;
  for (const [key, variable] of Object.entries(WORKFLOW_ONLY_KEYS)) {
    const field = key.split('.')[1]!;
    if (t[field] === undefined) continue;
    out.push({
      keyPath: ['e2b', field],
      message: `a repository config may not choose where the E2B key is sent; remove it and set ${variable} in the workflow's env (or the job's environment) instead`,
    });
  }
  if (t.api_key !== undefined && t.api_key !== `\${${E2B_KEY_VARIABLE}}`) {
    out.push({
      keyPath: ['e2b', 'api_key'],
      message: `a repository config may only say api_key = "\${${E2B_KEY_VARIABLE}}"; give the key with the e2b-api-key input or the ${E2B_KEY_VARIABLE} variable`,
    });
  }
  return out;
}

export interface Endpoints {
  apiUrl?: string;
  sandboxUrl?: string;
}

/** The E2B endpoints, from the workflow side only. */
export function workflowEndpoints(env: NodeJS.ProcessEnv): Endpoints {
  return { apiUrl: env.E2B_API_URL || undefined, sandboxUrl: env.E2B_SANDBOX_URL || undefined };
}
