// Helpers for snippet tests: Markdown on disk → plan (the real planner) →
// run on the real local provider.

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { configFrom } from '../../src/config/load.js';
import { buildPlan } from '../../src/plan/checks.js';
import { runChecks } from '../../src/engine/run.js';
import { addSnippetChecks, type SnippetPlanOptions } from '../../src/plan/snippets.js';
import { testLogDir } from '../helpers.js';
import type { Outcome, Plan } from '../../src/types.js';

export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'snippets-test-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export async function planSnippets(
  dir: string,
  snippets: Record<string, unknown> = { paths: ['README.md'] },
  options: Partial<SnippetPlanOptions> = {},
  extra: Record<string, unknown> = {},
): Promise<Plan> {
  const config = configFrom({ ...extra, snippets }, 'test.toml');
  const plan = buildPlan(config, { baseDir: dir, provider: 'local', concurrency: 2 });
  return addSnippetChecks(plan, config, { baseDir: dir, provider: 'local', concurrency: 2, ...options });
}

/** Plans README.md (or the given files) in a temp dir and runs every check locally. */
export async function runMarkdown(
  markdown: string | Record<string, string>,
  snippets?: Record<string, unknown>,
): Promise<{ outcomes: Outcome[]; plan: Plan; byLine: (line: number) => Outcome }> {
  const files = typeof markdown === 'string' ? { 'README.md': markdown } : markdown;
  const dir = tempDir(files);
  const plan = await planSnippets(dir, snippets ?? { paths: Object.keys(files) });
  const summary = await runChecks({ ...plan, logDir: testLogDir() });
  const outcomes = summary.outcomes;
  const byLine = (line: number) => {
    const o = outcomes.find((x) => x.line === line);
    if (!o) throw new Error(`no outcome at line ${line}; lines: ${outcomes.map((x) => x.line).join(', ')}`);
    return o;
  };
  return { outcomes, plan, byLine };
}

export const text = (o: Outcome, stream: 'stdout' | 'stderr' = 'stdout') => o[stream].head + o[stream].tail;

/** Markdown from lines: keeps tests readable and line numbers countable. */
export const md = (...lines: string[]) => `${lines.join('\n')}\n`;
