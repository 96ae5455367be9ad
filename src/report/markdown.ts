// Building blocks for the Markdown reports (job summary, PR comment, the
// `report` output). Everything a check controls — its name, its message, its
// output — is untrusted: it goes either into raw HTML, escaped, inside <code>
// (so @mentions and Markdown stay inert), or into a fenced code block whose
// fence is longer than any backtick run in the text.

import type { Outcome, Status, Totals } from '../types.js';
import { staysBelow } from '../trust/paths.js';
import { neutraliseMarkers } from '../trust/text.js';
import { stripControl as terminalSafe } from './text.js';
import { formatDuration } from '../units.js';

/** Untrusted text for Markdown: no control characters, and no marker-like text (see comment.ts). */
const stripControl = (text: string) => neutraliseMarkers(terminalSafe(text));

const STATUS_ICON: Record<Status, string> = {
  passed: '✅',
  failed: '❌',
  timed_out: '⏱️',
  error: '⚠️',
  skipped: '⏭️',
};

export const STATUS_LABEL: Record<Status, string> = {
  passed: 'passed',
  failed: 'failed',
  timed_out: 'timed out',
  error: 'error',
  skipped: 'skipped',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line of untrusted text: no control characters, no line breaks. */
export function oneLine(text: string, max = 300): string {
  const flat = stripControl(text).replace(/\s*\n\s*/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Untrusted text as inline HTML: escaped and wrapped in <code>, where GitHub
 * neither links @mentions nor #references. For use inside HTML blocks only
 * (the table and <summary>), where Markdown is not parsed.
 */
export function codeHtml(text: string, max = 300): string {
  return `<code>${escapeHtml(oneLine(text, max))}</code>`;
}

/** A fenced code block that no line of `text` can close early. */
export function fenced(text: string, info = 'text'): string {
  const body = stripControl(text).replace(/\n+$/, '');
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

/** Keeps the start and (mostly) the end of a long text, with a marker between. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const headLen = Math.floor(max / 3);
  const tailLen = max - headLen;
  let head = text.slice(0, headLen);
  let tail = text.slice(text.length - tailLen);
  // Cut at line boundaries when one is near, so the marker sits on its own line.
  const hn = head.lastIndexOf('\n');
  if (hn > headLen * 0.6) head = head.slice(0, hn);
  const tn = tail.indexOf('\n');
  if (tn >= 0 && tn < tailLen * 0.4) tail = tail.slice(tn + 1);
  const dropped = text.length - head.length - tail.length;
  return `${head}\n… [${dropped} characters not shown] …\n${tail}`;
}

/** "2 failed, 1 error, 5 passed" — only the counts that are not zero. */
export function countsText(t: Totals): string {
  const parts: string[] = [];
  if (t.failed) parts.push(`${t.failed} failed`);
  if (t.timed_out) parts.push(`${t.timed_out} timed out`);
  if (t.error) parts.push(`${t.error} ${t.error === 1 ? 'error' : 'errors'}`);
  if (t.passed || parts.length === 0) parts.push(`${t.passed} passed`);
  if (t.skipped) parts.push(`${t.skipped} skipped`);
  return parts.join(', ');
}

export function isProblem(o: Outcome): boolean {
  return o.status === 'failed' || o.status === 'timed_out' || o.status === 'error';
}

/** A short, trusted description of why a check did not pass (no output in it). */
export function reasonText(o: Outcome): string {
  if (o.status === 'timed_out' && o.reason === 'timeout') return 'time limit';
  switch (o.reason) {
    case undefined:
      return STATUS_LABEL[o.status];
    case 'exit_code':
      return o.exitCode !== undefined ? `exit code ${o.exitCode}` : 'exit code';
    case 'signal':
      return o.signal ? `killed by ${o.signal}` : 'killed by a signal';
    default:
      return o.reason.replace(/_/g, ' ');
  }
}

/** Where the report lives and links point. All optional: reports render without them. */
export interface RunLinks {
  serverUrl?: string;
  repository?: string;
  runId?: string;
  runAttempt?: string;
  /** The commit the checks ran on, for file links. */
  sha?: string;
}

export function runUrl(l: RunLinks): string | undefined {
  if (!l.serverUrl || !l.repository || !l.runId) return undefined;
  const attempt = l.runAttempt && l.runAttempt !== '1' ? `/attempts/${encodeURIComponent(l.runAttempt)}` : '';
  return `${l.serverUrl}/${l.repository}/actions/runs/${encodeURIComponent(l.runId)}${attempt}`;
}

function fileUrl(l: RunLinks, file: string, line?: number): string | undefined {
  if (!l.serverUrl || !l.repository || !l.sha) return undefined;
  if (!staysBelow(file)) return undefined;
  const p = file.split('/').map(encodeURIComponent).join('/');
  return `${l.serverUrl}/${l.repository}/blob/${encodeURIComponent(l.sha)}/${p}${line ? `#L${line}` : ''}`;
}

/** The check's name as inline HTML, linked to its file and line when known. */
function checkCell(o: Outcome, links: RunLinks): string {
  const name = codeHtml(o.name);
  const url = o.file ? fileUrl(links, o.file, o.line) : undefined;
  return url ? `<a href="${escapeHtml(url)}">${name}</a>` : name;
}

/**
 * The results table as one HTML block (no blank line inside it, so GitHub
 * parses no Markdown in it): status, check, language, duration, sandbox-seconds.
 */
export function tableHtml(rows: Outcome[], links: RunLinks, note?: string): string {
  const head =
    '<table><thead><tr><th>Status</th><th>Check</th><th>Language</th><th>Duration</th><th>Sandbox-seconds</th></tr></thead><tbody>';
  const body = rows.map((o) => rowHtml(o, links));
  const tail = note ? [`<tr><td colspan="5">${escapeHtml(note)}</td></tr>`] : [];
  return [head, ...body, ...tail, '</tbody></table>'].join('\n');
}

function rowHtml(o: Outcome, links: RunLinks): string {
  const status = `${STATUS_ICON[o.status]} ${STATUS_LABEL[o.status]}${isProblem(o) ? ` (${escapeHtml(reasonText(o))})` : ''}`;
  const secs = o.sandboxSeconds !== undefined ? o.sandboxSeconds.toFixed(1) : '—';
  return `<tr><td>${status}</td><td>${checkCell(o, links)}</td><td>${escapeHtml(o.language)}</td><td>${formatDuration(o.durationMs)}</td><td>${secs}</td></tr>`;
}

/** Picks which rows fit: every problem first, then the rest, shown in plan order. */
export function pickRows(outcomes: Outcome[], fits: (rows: Outcome[], hidden: number) => boolean): { rows: Outcome[]; hidden: number } {
  if (fits(outcomes, 0)) return { rows: outcomes, hidden: 0 };
  const order = [...outcomes.filter(isProblem), ...outcomes.filter((o) => !isProblem(o))];
  // Binary search on how many of `order` fit.
  let lo = 0;
  let hi = order.length;
  const take = (n: number) => {
    const chosen = new Set(order.slice(0, n));
    return outcomes.filter((o) => chosen.has(o));
  };
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(take(mid), outcomes.length - mid)) lo = mid;
    else hi = mid - 1;
  }
  return { rows: take(lo), hidden: outcomes.length - lo };
}

/** The text shown for one check's output: message, then stdout and stderr. */
export interface OutputSections {
  message?: string;
  stdout: string;
  stderr: string;
  truncated: boolean;
}

/** <details> with the check's message and output, each part clipped to `max` characters. */
export function detailsBlock(o: Outcome, out: OutputSections, max: number, open = false): string {
  const loc = o.file && o.line ? `${o.file}:${o.line}` : o.file;
  const summary = `${STATUS_ICON[o.status]} ${codeHtml(o.name)} — ${escapeHtml(STATUS_LABEL[o.status])} (${escapeHtml(reasonText(o))})${
    loc && !o.name.includes(loc) ? ` at ${codeHtml(loc)}` : ''
  }`;
  const parts: string[] = [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, ''];
  const sections: [string, string][] = [];
  if (out.message) sections.push(['message', out.message]);
  if (out.stdout.trim()) sections.push(['stdout', out.stdout]);
  if (out.stderr.trim()) sections.push(['stderr', out.stderr]);
  if (sections.length === 0) sections.push(['output', '(no output)']);
  const each = Math.max(200, Math.floor(max / sections.length));
  for (const [label, text] of sections) {
    parts.push(`**${label}**${label !== 'message' && out.truncated ? ' (truncated)' : ''}`, '', fenced(clip(stripControl(text), each)), '');
  }
  parts.push('</details>');
  return parts.join('\n');
}
