// `run --update` on disk: reads the Markdown files the edits are for, writes
// them back (or with `--dry-run` prints the diff), and says what it did. The
// edits themselves are pure (src/report/update.ts).

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { applyEdits, blessEdits, editsDiff } from '../report/update.js';
import type { Check, Outcome } from '../types.js';

/** Makes (or with `dryRun` prints) the edits; returns what to tell the user. */
export function bless(checks: Check[], outcomes: Outcome[], baseDir: string, dryRun: boolean): { report: string; files: number; edits: number } {
  const refused: string[] = [];
  const read = (file: string) => readFileSync(path.join(baseDir, file), 'utf8');
  const edits = blessEdits(checks, outcomes, read, refused);
  const parts: string[] = refused.map((r) => `--update: ${r}\n`);
  let count = 0;
  for (const [file, es] of edits) {
    const text = read(file);
    count += es.length;
    if (dryRun) parts.push(editsDiff(file, text, es));
    else {
      try {
        writeFileSync(path.join(baseDir, file), applyEdits(text, es));
        parts.push(`updated ${file}: ${es.length} expected output${es.length === 1 ? '' : 's'} rewritten\n`);
      } catch (e) {
        count -= es.length;
        parts.push(`--update: could not write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check that you may write it, or use --update --dry-run for the diff\n`);
      }
    }
  }
  if (!edits.size) parts.push('--update: no expected output to rewrite (only blocks that failed on their output are updated)\n');
  return { report: parts.join(''), files: edits.size, edits: count };
}
