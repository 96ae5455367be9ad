// Error annotations at the file and line of each check that did not pass.
// GitHub shows at most 10 annotations of a type per step: past that, the
// last slot carries one aggregate annotation naming the rest.

import { staysBelow } from '../trust/paths.js';
import type { Outcome } from '../types.js';
import { STATUS_LABEL, clip, isProblem, oneLine, reasonText } from './markdown.js';
import { stripControl } from './text.js';

export interface Annotation {
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

/** GitHub's cap on annotations of one type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

/** Repository-relative paths only: anything else would point nowhere. */
function annotatable(file: string | undefined): string | undefined {
  if (!file || !staysBelow(file)) return undefined;
  return file;
}

export function annotationsFor(outcomes: Outcome[], max = ANNOTATIONS_PER_TYPE): Annotation[] {
  const problems = outcomes.filter(isProblem);
  if (max <= 0 || problems.length === 0) return [];
  const single = problems.length <= max ? problems : problems.slice(0, max - 1);
  const out: Annotation[] = single.map((o) => {
    const file = annotatable(o.file);
    return {
      title: `${oneLine(o.name, 120)}: ${STATUS_LABEL[o.status]} (${reasonText(o)})`,
      message: clip(stripControl(o.message ?? `${STATUS_LABEL[o.status]} (${reasonText(o)})`).trim(), 1_000),
      ...(file ? { file, startLine: o.line && o.line > 0 ? o.line : undefined } : {}),
    };
  });
  const rest = problems.slice(single.length);
  if (rest.length) {
    const names = rest.slice(0, 20).map((o) => `${oneLine(o.name, 80)} (${STATUS_LABEL[o.status]})`);
    out.push({
      title: `${rest.length} more ${rest.length === 1 ? 'check' : 'checks'} did not pass`,
      message: `${names.join(', ')}${rest.length > 20 ? `, and ${rest.length - 20} more` : ''}. GitHub shows ${max} annotations per step; the job summary lists every check.`,
    });
  }
  return out;
}
