// The last trust rule before anything runs in the Action: a plan built from a
// repository's config may carry into a sandbox only files of that
// repository, never one from .git, and no secret of the workflow. The
// Action's planner (plan/workflow.ts) calls it; the planner's own path rules
// (plan/files.ts) came first, this holds whatever they missed.

import path from 'node:path';

import { ProblemsError, type Problem } from '../errors.js';
import type { Check, Plan } from '../types.js';
import { hasSegment, isWithinReal, realPath, staysBelow } from './paths.js';
import { secretForms } from './secrets.js';

/**
 * Refuses a plan that would carry a file from outside the workspace, from
 * `.git`, or any secret value into a sandbox. Config files come from the code
 * under test (a pull request), so they are not trusted to stay inside; the
 * `trusted` checks (named by the inputs, i.e. the workflow author) may come
 * from anywhere readable.
 */
export function guardPlan(plan: Plan, workspace: string, secrets: string[], trusted: ReadonlySet<Check> = new Set()): void {
  const problems: Problem[] = [];
  const refuse = (c: Check, message: string) => problems.push({ source: `check "${c.name}"`, message });
  const needles = secretForms(secrets).map((s) => Buffer.from(s));
  for (const c of plan.checks) {
    const file = c.source?.file;
    // Files the inputs name may lie outside the workspace (never in .git: readCheckFile refuses that).
    if (file && !trusted.has(c)) {
      const abs = path.resolve(workspace, file);
      if (!isWithinReal(abs, workspace)) {
        refuse(c, `${file} is outside the repository; the Action only runs files inside the workspace`);
        continue;
      }
      if (hasSegment(path.relative(realPath(workspace), realPath(abs)), '.git')) {
        refuse(c, `${file} is inside .git, which may hold the checkout's credentials; it is never copied into a sandbox`);
        continue;
      }
    }
    for (const f of c.files) {
      if (!staysBelow(f.path) || hasSegment(f.path, '.git')) {
        refuse(c, `the file ${f.path} would land outside the sandbox's workspace or comes from .git; name files inside the repository`);
      } else if (needles.some((n) => f.content.includes(n))) {
        refuse(c, `the file ${f.path} contains a secret of this workflow (a token or the E2B key); it is never copied into a sandbox`);
      }
    }
    const texts = [...Object.values(c.env), ...c.args, c.stdin];
    if (texts.some((t) => needles.some((n) => t.includes(n.toString())))) {
      refuse(c, `its env, args or stdin contain a secret of this workflow (a token or the E2B key); secrets never enter a sandbox`);
    }
  }
  if (problems.length) throw new ProblemsError(problems, 'plan');
}
