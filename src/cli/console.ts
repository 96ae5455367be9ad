// What the CLI prints: live progress and colour on a terminal, plain lines in
// CI, streamed output (prefixed by check name when checks run in parallel),
// and a final table.

import { StringDecoder } from 'node:string_decoder';

import { streamText } from '../engine/output.js';
import type { RunEvents } from '../types.js';
import { formatDuration } from '../units.js';
import { shortenName } from '../report/shorten.js';
import { stripControl } from '../report/text.js';
import type { Check, Outcome, Status, Totals } from '../types.js';

export interface ConsoleOptions {
  stream: boolean;
  color: boolean;
  tty: boolean;
  concurrency: number;
  total: number;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

const MARK: Record<Status, string> = { passed: '✔', failed: '✘', timed_out: '⏱', error: '!', skipped: '-' };
const WORD: Record<Status, string> = { passed: 'PASS', failed: 'FAIL', timed_out: 'TIME', error: 'ERR ', skipped: 'SKIP' };
const COLOR: Record<Status, number> = { passed: 32, failed: 31, timed_out: 33, error: 35, skipped: 90 };

export class ConsoleReporter implements RunEvents {
  private done = 0;
  private readonly active = new Set<string>();
  private readonly partial = new Map<string, string>();
  private readonly decoders = new Map<string, StringDecoder>();
  private statusShown = false;

  constructor(private readonly o: ConsoleOptions) {}

  private paint(code: number, text: string): string {
    return this.o.color ? `\x1b[${code}m${text}\x1b[0m` : text;
  }

  private clearStatus(): void {
    if (this.statusShown) {
      this.o.err.write('\r\x1b[K');
      this.statusShown = false;
    }
  }

  private showStatus(): void {
    if (!this.o.tty || this.o.stream || this.active.size === 0) return;
    const names = [...this.active].slice(0, 3).join(', ');
    const line = `[${this.done}/${this.o.total}] running ${names}${this.active.size > 3 ? ` +${this.active.size - 3}` : ''}`;
    const columns = (this.o.err as { columns?: number }).columns;
    this.o.err.write(`\r\x1b[K${line.slice(0, Math.max(40, columns ?? 100) - 1)}`);
    this.statusShown = true;
  }

  onCheckStart(check: Check): void {
    this.active.add(check.name);
    if (this.o.stream && this.o.concurrency === 1) {
      this.o.err.write(`${this.paint(36, `── ${check.name} (${check.language})`)}\n`);
    }
    this.showStatus();
  }

  onNotice(check: Check, message: string): void {
    if (this.o.stream) this.o.err.write(`${this.paint(90, `[${check.name}] ${stripControl(message).replace(/\n/g, ' ')}`)}\n`);
  }

  onOutput(check: Check, stream: 'stdout' | 'stderr', chunk: Buffer): void {
    if (!this.o.stream) return;
    const target = stream === 'stdout' ? this.o.out : this.o.err;
    if (this.o.concurrency === 1) {
      // Output is the repository's: no escape sequence reaches the terminal (the CLI's `execute` alone passes it through).
      const key = `${check.name}\0${stream}`;
      let dec = this.decoders.get(key);
      if (!dec) this.decoders.set(key, (dec = new StringDecoder('utf8')));
      target.write(stripControl(dec.write(chunk)));
      return;
    }
    // Parallel checks: whole lines only, each carrying its check's name.
    const key = `${check.name}\0${stream}`;
    const text = (this.partial.get(key) ?? '') + chunk.toString('utf8');
    const lines = text.split('\n');
    this.partial.set(key, lines.pop()!);
    // Sanitised before prefixing: a lone \r cannot start a line without the check's name.
    for (const line of lines) for (const l of stripControl(line).split('\n')) target.write(`${this.paint(90, `[${check.name}]`)} ${l}\n`);
  }

  onCheckEnd(outcome: Outcome, check: Check): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const key = `${check.name}\0${stream}`;
      const rest = this.decoders.get(key)?.end();
      if (rest) (stream === 'stdout' ? this.o.out : this.o.err).write(stripControl(rest));
      this.decoders.delete(key);
    }
    this.active.delete(check.name);
    this.done++;
    this.clearStatus();
    if (this.o.stream && this.o.concurrency > 1) {
      for (const stream of ['stdout', 'stderr'] as const) {
        const key = `${check.name}\0${stream}`;
        const rest = this.partial.get(key);
        if (rest) for (const l of stripControl(rest).split('\n')) (stream === 'stdout' ? this.o.out : this.o.err).write(`[${check.name}] ${l}\n`);
        this.partial.delete(key);
      }
    }
    this.o.err.write(`${this.line(outcome)}\n`);
    if (outcome.status !== 'passed' && outcome.status !== 'skipped') this.o.err.write(this.details(outcome));
    this.showStatus();
  }

  line(o: Outcome): string {
    // Snippet names already read "README.md:42 (python)".
    const where = o.file && o.line && !o.name.includes(`${o.file}:${o.line}`) ? ` ${o.file}:${o.line}` : '';
    const lang = o.name.endsWith(`(${o.language})`) ? '' : ` (${o.language})`;
    return `${this.paint(COLOR[o.status], `${MARK[o.status]} ${WORD[o.status]}`)} ${o.name}${lang}${where} ${this.paint(90, formatDuration(o.durationMs))}`;
  }

  details(o: Outcome): string {
    const lines: string[] = [];
    if (o.message) lines.push(`    ${stripControl(o.message).split('\n').join('\n    ')}`);
    // Streamed output was already shown; otherwise show the end of it.
    if (!this.o.stream) {
      for (const [label, s] of [
        ['stdout', o.stdout],
        ['stderr', o.stderr],
      ] as const) {
        const text = stripControl(streamText(s)).trimEnd();
        if (!text) continue;
        const tail = text.split('\n').slice(-12);
        lines.push(`    ${this.paint(90, `── ${label}${s.truncated ? ' (truncated)' : ''}`)}`, ...tail.map((l) => `    ${l}`));
      }
    }
    if (o.logFile) lines.push(`    ${this.paint(90, `full log: ${o.logFile}`)}`);
    return `${lines.join('\n')}\n`;
  }

  summary(outcomes: Outcome[], totals: Totals): string {
    const rows = outcomes.map((o) => [WORD[o.status].trim(), o.name, o.language, formatDuration(o.durationMs)]);
    const head = ['STATUS', 'CHECK', 'LANGUAGE', 'TIME'];
    const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
    const fmt = (r: string[]) =>
      r.map((c, i) => (c.length > widths[i]! ? (i === 1 ? shortenName(c, widths[i]!) : `${c.slice(0, widths[i]! - 1)}…`) : c.padEnd(widths[i]!))).join('  ').trimEnd();
    const out = [fmt(head), ...rows.map((r, i) => {
      const text = fmt(r);
      return this.paint(COLOR[outcomes[i]!.status], text.slice(0, 6)) + text.slice(6);
    })];
    const parts = (['passed', 'failed', 'timed_out', 'error', 'skipped'] as const)
      .filter((s) => totals[s] > 0 || s === 'passed' || s === 'failed')
      .map((s) => `${totals[s]} ${s.replace('_', ' ')}`);
    out.push('', `${parts.join(', ')} (${totals.total} checks in ${formatDuration(totals.durationMs)})`);
    return `${out.join('\n')}\n`;
  }
}
