// What a failed package install tells the person: one wording whether the
// install ran in the check's own sandbox or once for a shared layer, so the
// message of every check that needed it is the same sentence.

import type { RunResult } from '../providers/provider.js';
import type { Reason, Status } from '../types.js';
import { formatLimit } from '../units.js';

/** Lines of an installer's output that say the package index was unreachable. */
const UNREACHABLE =
  /(Temporary failure in name resolution|Name or service not known|Network is unreachable|Connection refused|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|getaddrinfo|Could not fetch URL|Failed to establish a new connection|dial tcp|failed to download|Couldn't resolve host|Unable to download data)/i;

export interface InstallFailure {
  status: Status;
  reason: Reason;
  message: string;
}

/**
 * undefined when the install succeeded. `what` is "installing X with pip";
 * `checkName` is the check whose install_timeout was the budget.
 */
export function installFailure(r: RunResult, what: string, output: string, budgetMs: number, checkName: string): InstallFailure | undefined {
  if (r.limit === 'timeout') {
    return {
      status: 'timed_out',
      reason: 'install_timeout',
      message: `${what} did not finish within the ${formatLimit(budgetMs)} install timeout; every process it started was killed (raise install_timeout for check "${checkName}" or in [defaults])`,
    };
  }
  if (r.exitCode === 0 && !r.limit && !r.sandboxError) return undefined;
  if (r.sandboxError && r.exitCode === null && !r.limit) return { status: 'error', reason: 'package_install', message: `${what} failed: ${r.sandboxError}` };
  const unreachable = UNREACHABLE.exec(output);
  const why = unreachable
    ? `failed: the package index could not be reached from the sandbox (${lastLineWith(output, unreachable[0])}); check the machine's network access to the registry, or vendor the packages`
    : `failed (exit ${r.exitCode ?? r.signal ?? r.limit}): ${lastLines(output)}`;
  return { status: 'error', reason: 'package_install', message: `${what} ${why}` };
}

function lastLines(text: string, n = 8): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return lines.slice(-n).join('\n') || '(no output)';
}

function lastLineWith(text: string, needle: string): string {
  const line = text.split('\n').reverse().find((l) => l.includes(needle)) ?? needle;
  return line.trim().slice(0, 200);
}
