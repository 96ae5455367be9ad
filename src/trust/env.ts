// What a repository's config may read from the environment. The config comes
// from the code under test, so `${VAR}` is an allowlist the workflow author
// writes (`allow-env` input, `--allow-env` flag): nothing else expands. The
// E2B key has one reader, `[e2b] api_key`, which never reaches a sandbox, and
// the runner's own credentials cannot be allowed at all.

/** The variable that holds the E2B key, and the one config key that may read it. */
export const E2B_KEY_VARIABLE = 'E2B_API_KEY';
const E2B_KEY_PATH = 'e2b.api_key';

/**
 * The runner's and the Action's credentials: job tokens, the Action's inputs
 * (which carry the E2B key and the GitHub token), the runner's own settings,
 * and every E2B_* variable (the key, and the endpoints that decide where it
 * is sent). No repository config reads these, whatever the workflow allows.
 */
export function isRunnerCredential(name: string): boolean {
  return /^(ACTIONS_|INPUT_|RUNNER_|E2B_)/i.test(name) || /^(GITHUB_TOKEN|GH_TOKEN|GITHUB_PAT)$/i.test(name);
}

/** Names whose values are treated as secrets when the workflow allows them (redacted from every report). */
export function isSecretLike(name: string): boolean {
  return /(TOKEN|SECRET|PASSW|PASSPHRASE|KEY|CREDENTIAL|AUTH|PRIVATE|COOKIE|SESSION|SIGNATURE|CERT)/i.test(name);
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses the workflow's allowlist (comma, space or newline separated). Returns
 * the names and the problems (a malformed name, a runner credential).
 */
export function parseAllowEnv(text: string | string[] | undefined, label: string): { names: string[]; problems: string[] } {
  const items = (Array.isArray(text) ? text : [text ?? ''])
    .flatMap((t) => t.split(/[\s,]+/))
    .map((t) => t.trim())
    .filter((t) => t && !t.startsWith('#'));
  const names: string[] = [];
  const problems: string[] = [];
  for (const n of items) {
    if (!NAME.test(n)) problems.push(`${label}: "${n}" is not a variable name (letters, digits and _, not starting with a digit)`);
    else if (isRunnerCredential(n)) {
      problems.push(
        `${label}: ${n} is a credential of the runner or of this Action; a repository config can never read it${
          n.toUpperCase() === E2B_KEY_VARIABLE ? ` (only [e2b] api_key = "\${${E2B_KEY_VARIABLE}}" may, without allowing it)` : ''
        }`,
      );
    } else names.push(n);
  }
  return { names: [...new Set(names)], problems };
}

/** How the workflow side lets a repository config read the environment. */
export interface EnvPolicy {
  /** The job's environment (the workflow author's `env:`, the runner's variables). */
  env: NodeJS.ProcessEnv;
  /** Names `${VAR}` may expand, from the workflow (`allow-env`, `--allow-env`). */
  allow: readonly string[];
  /** Where to tell the person to allow a name: `the allow-env input`, `--allow-env`. */
  allowHint?: string;
}

export type Expansion = { value: string } | { refused: string };

/** Decides one `${name}` at the config key `keyPath` ("check[0].env.A", "e2b.api_key"). */
export function expansionOf(name: string, keyPath: string, policy: EnvPolicy): Expansion {
  const hint = policy.allowHint ?? 'the workflow (allow-env input, --allow-env flag)';
  if (name === E2B_KEY_VARIABLE) {
    return keyPath === E2B_KEY_PATH
      ? { value: policy.env[name] ?? '' }
      : { refused: `\${${name}} cannot be read here: only [e2b] api_key may read the E2B key, and it never reaches a sandbox` };
  }
  if (keyPath === E2B_KEY_PATH) {
    return { refused: `\${${name}} cannot be the E2B key: [e2b] api_key may only read \${${E2B_KEY_VARIABLE}}` };
  }
  if (isRunnerCredential(name)) {
    return { refused: `\${${name}} cannot be read by a config file: it would hand a runner credential to the code under test` };
  }
  if (!policy.allow.includes(name)) {
    return { refused: `\${${name}} is not allowed: a config file reads only the variables ${hint} lists; add ${name} there to let it` };
  }
  return { value: policy.env[name] ?? '' };
}
