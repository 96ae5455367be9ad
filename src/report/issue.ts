// The smoke-test issue's body: a hidden marker on its first line (so the next
// run finds the same issue), the state of the latest run, and a short table
// of the last runs. The table's data travels in the body itself, in a hidden
// comment, and is read back field by field: anyone who can edit the issue can
// edit it, so nothing read from it is trusted beyond its shape, and every
// cell is escaped again when rendered.

import type { Outcome, Totals } from '../types.js';
import { codeHtml, countsText, escapeHtml, isProblem, runUrl, type RunLinks } from './markdown.js';
import { timingsOf } from './timings.js';

/** Runs kept in the issue's history table. */
const HISTORY_ROWS = 10;
/** Failed check names kept per row. */
const NAMES_PER_ROW = 5;

export interface HistoryRow {
  /** ISO time the run ended. */
  at: string;
  /** "runId/attempt": a rerun replaces its own row, never adds one. */
  run: string;
  url?: string;
  result: 'passed' | 'failed' | 'cancelled';
  /** Checks that did not pass, and how many. */
  failed: string[];
  problems: number;
  total: number;
  createP50Ms?: number;
  createP95Ms?: number;
  sandboxSeconds?: number;
  costUsd?: number;
}

const HISTORY_OPEN = '<!-- sandbox-checks-history ';
const HISTORY_CLOSE = ' -->';

export function historyRow(outcomes: Outcome[], totals: Totals, cancelled: boolean, links: RunLinks, at: Date): HistoryRow {
  const t = timingsOf(outcomes);
  const problems = totals.failed + totals.timed_out + totals.error;
  const failed = outcomes.filter(isProblem).map((o) => o.name);
  return {
    at: at.toISOString(),
    run: `${links.runId ?? 'local'}/${links.runAttempt ?? '1'}`,
    url: runUrl(links),
    result: cancelled ? 'cancelled' : problems ? 'failed' : 'passed',
    failed: failed.slice(0, NAMES_PER_ROW),
    problems,
    total: totals.total,
    createP50Ms: t.phases.create?.p50Ms,
    createP95Ms: t.phases.create?.p95Ms,
    sandboxSeconds: t.sandboxSeconds,
    costUsd: t.costUsd,
  };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const str = (v: unknown, max = 300) => (typeof v === 'string' ? v.slice(0, max) : undefined);

/** The history rows an earlier body carries: only well-formed ones, at most HISTORY_ROWS. */
export function readHistory(body: string | null | undefined): HistoryRow[] {
  if (!body) return [];
  const start = body.lastIndexOf(HISTORY_OPEN);
  if (start < 0) return [];
  const end = body.indexOf(HISTORY_CLOSE, start + HISTORY_OPEN.length);
  if (end < 0) return [];
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(body.slice(start + HISTORY_OPEN.length, end).trim(), 'base64').toString('utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const rows: HistoryRow[] = [];
  for (const r of data.slice(-HISTORY_ROWS) as Record<string, unknown>[]) {
    if (!r || typeof r !== 'object') continue;
    const at = str(r.at, 40);
    const run = str(r.run, 100);
    const result = r.result === 'passed' || r.result === 'failed' || r.result === 'cancelled' ? r.result : undefined;
    if (!at || !run || !result || Number.isNaN(Date.parse(at))) continue;
    const url = str(r.url, 500);
    rows.push({
      at,
      run,
      url: url && /^https:\/\/[^\s"<>]+$/.test(url) ? url : undefined,
      result,
      failed: Array.isArray(r.failed) ? r.failed.map((n) => str(n)).filter((n): n is string => !!n).slice(0, NAMES_PER_ROW) : [],
      problems: num(r.problems) ?? 0,
      total: num(r.total) ?? 0,
      createP50Ms: num(r.createP50Ms),
      createP95Ms: num(r.createP95Ms),
      sandboxSeconds: num(r.sandboxSeconds),
      costUsd: num(r.costUsd),
    });
  }
  return rows;
}

/** The history with `row` added (a row of the same run and attempt is replaced), oldest first. */
export function addRow(history: HistoryRow[], row: HistoryRow): HistoryRow[] {
  return [...history.filter((r) => r.run !== row.run), row].slice(-HISTORY_ROWS);
}

const cell = (text: string) => text.replace(/\|/g, '&#124;');
const ms = (v?: number) => (v === undefined ? '–' : v < 1000 ? `${v} ms` : `${(v / 1000).toFixed(2)} s`);

function resultCell(r: HistoryRow): string {
  const text = r.result === 'passed' ? `✅ passed (${r.total})` : r.result === 'cancelled' ? '🛑 cancelled' : `❌ ${r.problems} of ${r.total} did not pass`;
  return r.url ? `<a href="${escapeHtml(r.url)}">${text}</a>` : text;
}

function row(r: HistoryRow): string {
  const more = r.problems > r.failed.length ? ` and ${r.problems - r.failed.length} more` : '';
  const names = r.failed.length ? `${r.failed.map((n) => codeHtml(n, 80)).join(', ')}${more}` : '–';
  const cells = [
    escapeHtml(r.at.slice(0, 16).replace('T', ' ')),
    resultCell(r),
    names,
    r.createP50Ms === undefined ? '–' : `${ms(r.createP50Ms)} / ${ms(r.createP95Ms)}`,
    r.sandboxSeconds === undefined ? '–' : r.sandboxSeconds.toFixed(1),
    r.costUsd === undefined ? '–' : `$${r.costUsd.toFixed(4)}`,
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

export interface IssueText {
  marker: string;
  /** "workflow / job (key)", for the title and the text. */
  what: string;
  totals: Totals;
  cancelled: boolean;
  history: HistoryRow[];
  latestUrl?: string;
}

export function issueTitle(what: string): string {
  return `sandbox-checks: ${what} is failing`;
}

/** The issue body for the latest run (the last history row). */
export function renderIssue(i: IssueText): string {
  const last = i.history[i.history.length - 1];
  const passing = last?.result === 'passed';
  const state = passing
    ? `✅ The latest run passed (${countsText(i.totals)}).`
    : i.cancelled
      ? `🛑 The latest run was cancelled (${countsText(i.totals)}).`
      : `❌ The latest run failed: ${countsText(i.totals)}.`;
  const link = i.latestUrl ? ` [Workflow run](${i.latestUrl}).` : '';
  const failures = last && last.failed.length ? `\n\nDid not pass: ${last.failed.map((n) => codeHtml(n, 120)).join(', ')}${last.problems > last.failed.length ? ` and ${last.problems - last.failed.length} more` : ''}` : '';
  return [
    i.marker,
    `### sandbox-checks: ${escapeHtml(i.what)}`,
    '',
    `${state}${link}${failures}`,
    '',
    `#### Last ${i.history.length === 1 ? 'run' : `${i.history.length} runs`}`,
    '',
    '| Date (UTC) | Result | Did not pass | Create p50 / p95 | Sandbox-seconds | Cost |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...i.history].reverse().map(row),
    '',
    '<sub>Opened and kept up to date by sandbox-checks (input <code>issue: on-failure</code>); it is closed when a run passes.</sub>',
    `${HISTORY_OPEN}${Buffer.from(JSON.stringify(i.history)).toString('base64')}${HISTORY_CLOSE}`,
    '',
  ].join('\n');
}
