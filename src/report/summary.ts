// The Markdown report: a headline, the results table and the output of every
// check that did not pass, fitted under a size limit. The job summary uses it
// as is (GitHub refuses a step summary over 1 MiB); the PR comment and the
// `report` output use it with a smaller limit (comment.ts).

import { streamText } from '../engine/output.js';
import type { Outcome, Totals } from '../types.js';
import {
  countsText,
  detailsBlock,
  isProblem,
  pickRows,
  runUrl,
  tableHtml,
  type RunLinks,
} from './markdown.js';
import { timingsLine, timingsOf } from './timings.js';
import { formatDuration } from '../units.js';

export interface ReportInput {
  outcomes: Outcome[];
  totals: Totals;
  /** Where the checks ran, as the engine named it (RunSummary.providerLabel). */
  providerLabel: string;
  cancelled: boolean;
  links: RunLinks;
  /** "i/n" when this job ran one shard of the plan. */
  shard?: string;
  /** Shown in the headline; "sandbox-checks" by default. */
  title?: string;
}

export interface RenderOptions {
  /** Largest result, in the unit `measure` counts. */
  limit: number;
  measure: (text: string) => number;
  /** Characters of output shown per failing check. */
  perCheck: number;
  /** Heading level of the headline (2 → "##"). */
  level: number;
  /** Text put first (the comment's marker). */
  prefix?: string;
  /** Where the full report is, for the truncation note. */
  fullReport?: { label: string; url?: string };
  /** Whether to add the footer (commit, run link). */
  footer?: boolean;
  /** Largest share of `limit` the table may take (the rest is for output). */
  tableShare?: number;
  /** Whether to add the per-phase timings line. */
  timings?: boolean;
}

export interface Rendered {
  text: string;
  /** True when rows or output were left out to fit the limit. */
  truncated: boolean;
}

const SUMMARY_LIMIT_BYTES = 1_000_000;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
export const chars = (s: string) => s.length;

function headline(r: ReportInput): string {
  const t = r.totals;
  const title = r.title ?? 'sandbox-checks';
  const problems = t.failed + t.timed_out + t.error;
  const checks = (n: number) => `${n} ${n === 1 ? 'check' : 'checks'}`;
  if (r.cancelled) return `🛑 ${title}: the run was cancelled (${countsText(t)})`;
  if (t.total === 0) return `${title}: no checks to run`;
  if (problems > 0) return `❌ ${title}: ${problems} of ${checks(t.total)} did not pass`;
  if (t.skipped) return `✅ ${title}: ${checks(t.passed)} passed, ${t.skipped} skipped`;
  return `✅ ${title}: all ${checks(t.total)} passed`;
}

export function statsLine(r: ReportInput): string {
  const parts = [`**${countsText(r.totals)}**`, `${r.totals.total} ${r.totals.total === 1 ? 'check' : 'checks'} in ${formatDuration(r.totals.durationMs)}`, r.providerLabel];
  if (r.shard) parts.push(`shard ${r.shard}`);
  const secs = r.outcomes.reduce((s, o) => s + (o.sandboxSeconds ?? 0), 0);
  if (secs > 0) parts.push(`${secs.toFixed(1)} sandbox-seconds`);
  return parts.join(' · ');
}

function sectionsOf(o: Outcome) {
  return {
    message: o.message,
    stdout: streamText(o.stdout),
    stderr: streamText(o.stderr),
    truncated: o.stdout.truncated || o.stderr.truncated,
  };
}

function footerLine(r: ReportInput): string | undefined {
  const parts: string[] = [];
  if (r.links.sha) parts.push(`commit ${r.links.sha.slice(0, 7).replace(/[^0-9a-f]/gi, '')}`);
  const url = runUrl(r.links);
  if (url) parts.push(`[workflow run](${url})`);
  return parts.length ? `<sub>${parts.join(' · ')}</sub>` : undefined;
}

/** Renders the report so that `measure(text) <= limit`, dropping output first, then table rows. */
export function renderReport(r: ReportInput, o: RenderOptions): Rendered {
  const hashes = '#'.repeat(o.level);
  const head = [...(o.prefix ? [o.prefix] : []), `${hashes} ${headline(r)}`, '', statsLine(r), ''];
  const footer = o.footer ? footerLine(r) : undefined;
  const where = o.fullReport
    ? o.fullReport.url
      ? `[${o.fullReport.label}](${o.fullReport.url})`
      : o.fullReport.label
    : 'the results output';
  const truncNote = (what: string) => `> [!NOTE]\n> ${what} left out to stay under GitHub's size limit; see ${where}.`;
  // Room that must stay free whatever happens: head, footer, a note.
  const reserve = o.measure([...head, footer ?? '', truncNote('Output of 100000 checks was')].join('\n')) + 64;
  const tableBudget = Math.max(0, Math.floor((o.limit - reserve) * (o.tableShare ?? 0.6)));

  let truncated = false;
  const parts = [...head];
  if (r.outcomes.length) {
    const note = (hidden: number) => (hidden ? `… and ${hidden} more ${hidden === 1 ? 'check' : 'checks'} not listed here` : undefined);
    const picked = pickRows(r.outcomes, (rows, hidden) => o.measure(tableHtml(rows, r.links, note(hidden))) <= tableBudget);
    if (picked.hidden) truncated = true;
    parts.push(tableHtml(picked.rows, r.links, note(picked.hidden)), '');
  }
  const timings = o.timings ? timingsLine(timingsOf(r.outcomes)) : undefined;
  if (timings) parts.push(`<sub>${timings}</sub>`, '');

  const problems = r.outcomes.filter(isProblem);
  if (problems.length) {
    parts.push(`${hashes}# Did not pass`, '');
    let used = o.measure(parts.join('\n'));
    let left = 0;
    for (const [i, outcome] of problems.entries()) {
      let block = detailsBlock(outcome, sectionsOf(outcome), o.perCheck, i === 0 && problems.length <= 3);
      let size = o.measure(block) + 2;
      if (used + size + reserve > o.limit) {
        // Try a much shorter excerpt before giving up on this check.
        block = detailsBlock(outcome, sectionsOf(outcome), Math.min(o.perCheck, 800));
        size = o.measure(block) + 2;
      }
      if (used + size + reserve > o.limit) {
        left = problems.length - i;
        break;
      }
      parts.push(block, '');
      used += size;
    }
    if (left) {
      truncated = true;
      parts.push(truncNote(`Output of ${left} more ${left === 1 ? 'check was' : 'checks were'}`), '');
    } else if (truncated) {
      parts.push(truncNote('Some rows of the table were'), '');
    }
  } else if (truncated) {
    parts.push(truncNote('Some rows of the table were'), '');
  }
  if (footer) parts.push(footer);
  let text = `${parts.join('\n').replace(/\n+$/, '')}\n`;
  // A last guard: never hand GitHub more than it accepts.
  if (o.measure(text) > o.limit) {
    text = `${[...head, truncNote('The table and all output were')].join('\n')}\n`;
    truncated = true;
  }
  return { text, truncated };
}

/** The job summary: the whole report, under 1 MiB. */
export function renderSummary(r: ReportInput, limit = SUMMARY_LIMIT_BYTES): Rendered {
  return renderReport(r, {
    limit,
    measure: bytes,
    perCheck: 48_000,
    level: 2,
    footer: true,
    timings: true,
    fullReport: { label: 'the `results` output and the JUnit file' },
  });
}
