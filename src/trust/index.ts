// The trust boundary, in one place for both front doors. The workflow side
// (the Action's inputs, the job's environment the workflow author set, the
// command line) is trusted; the repository side (sandbox-checks.toml,
// Markdown, files, and everything a program prints) is not. What follows
// from that is decided here: what `${VAR}` may read (env.ts), where the E2B
// key may be sent (endpoints.ts), which values are secrets that every report
// hides (secrets.ts, events.ts), and how untrusted text is made inert for
// each sink (text.ts).

import { E2B_KEY_VARIABLE, type EnvPolicy } from './env.js';
import { Redactor, workflowSecretValues } from './secrets.js';

export * from './env.js';
export * from './endpoints.js';
export * from './secrets.js';
export * from './events.js';

export interface WorkflowSide {
  /** The job's environment. */
  env: NodeJS.ProcessEnv;
  /** `${VAR}` names the workflow allows (already checked by parseAllowEnv). */
  allowEnv: readonly string[];
  /** Secret values the front door read itself (the Action's e2b-api-key and github-token inputs). */
  secrets?: (string | undefined)[];
  /** Where a person allows a variable, for messages: "the allow-env input", "--allow-env". */
  allowHint: string;
}

export interface Trust {
  policy: EnvPolicy;
  /** Every known secret value (workflow side only): masked in the log and redacted from every report. */
  secrets: string[];
  /**
   * The runner's and this Action's own credentials (E2B key, GitHub tokens,
   * ACTIONS_*): never copied into a sandbox. Variables the workflow allowed
   * are not among them: allowing one is how a workflow hands it to a check.
   */
  credentials: string[];
  /** What the Action registers with `::add-mask::`: every secret but the runner's own tokens, which the runner masks itself. */
  masks: string[];
  redactor: Redactor;
}

export function trustOf(w: WorkflowSide): Trust {
  const own = [...(w.secrets ?? []), w.env[E2B_KEY_VARIABLE]];
  const secrets = workflowSecretValues(w.env, w.allowEnv, own);
  const credentials = workflowSecretValues(w.env, [], own);
  const runnerOwn = new Set(Object.entries(w.env).filter(([k]) => /^(ACTIONS_|RUNNER_)/i.test(k)).map(([, v]) => v));
  const masks = secrets.filter((s) => !runnerOwn.has(s));
  return { policy: { env: w.env, allow: w.allowEnv, allowHint: w.allowHint }, secrets, credentials, masks, redactor: new Redactor(secrets) };
}
