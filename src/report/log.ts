// The workflow log. Each check gets its own `::group::name (language)` and a
// one-line status after it. Checks run one at a time and streamed: the output
// appears live inside the group. Checks run in parallel and streamed: live
// lines carry the check's name, and each group is printed whole when its
// check ends. Not streamed: each group is printed whole when its check ends.
//
// The runner reads every line of the step's output as a possible workflow
// command — `::cmd::` at the start of a line, and the older `##[cmd]`
// anywhere in it. Sandboxed output is untrusted, so it is only ever printed
// between `::stop-commands::<token>` and `::<token>::`, with a random token
// that no sandbox ever sees (it is only ever written to the runner, never
// into a sandbox). One token serves the whole run: the runner adds every stop
// token longer than 6 characters to the job's secret masker (and shows it as
// `***`), so a fresh token per stretch would grow the masker by one value per
// group. ANSI and control characters are stripped. Text of ours that carries a check's name outside
// such a stretch (group titles, status lines) is escaped so it cannot start
// or contain a command either.

import { randomBytes } from '../crypto.js';
import { StringDecoder } from 'node:string_decoder';

import type { RunEvents } from '../types.js';
import type { Check, Outcome, RunSummary, Status } from '../types.js';
import { reasonText } from './markdown.js';
import { formatDuration } from '../units.js';
import { stripControl } from './text.js';
import { escapeCommandData } from '../trust/runner.js';

const WORD: Record<Status, string> = { passed: '✔ PASS', failed: '✘ FAIL', timed_out: '⏱ TIME', error: '! ERROR', skipped: '- SKIP' };

/**
 * Makes one line of text inert outside a stop-commands stretch: no control
 * characters, no line breaks, no leading `::`, and no `##[` (which the runner
 * parses anywhere in a line).
 */
export function inertLine(text: string): string {
  return stripControl(text)
    .replace(/\n/g, ' ')
    .replace(/##\[/g, '#\u2060#[')
    .replace(/^(\s*):/, '$1\u2060:');
}

/**
 * Sandboxed text for inside a stop-commands stretch: control characters
 * stripped, and a line-leading `##[` (which the log viewer would draw as
 * the runner's own group or error marker) broken up.
 */
function untrustedText(text: string): string {
  return stripControl(text).replace(/^(\s*)##\[/gm, '$1#\u2060#[');
}

/** Every line of `text` (already sanitised) after `prefix`, each ending in \n. */
function prefixed(prefix: string, text: string): string {
  return text
    .split('\n')
    .map((l) => `${prefix}${l}\n`)
    .join('');
}

/** "name (language)", unless the name already ends with its language (snippets). */
function label(c: { name: string; language: string }): string {
  return c.name.endsWith(`(${c.language})`) ? c.name : `${c.name} (${c.language})`;
}

function newToken(): string {
  return randomBytes(16).toString('hex');
}

export interface WorkflowLogOptions {
  write(text: string): void;
  /** Print output as it arrives (the `stream` setting). */
  stream: boolean;
  /** More than one check runs at a time. */
  parallel: boolean;
  /** The token of each stop-commands stretch (tests may pin it); one random token per log by default. */
  token?: () => string;
  /** Bytes of a check's combined output kept for its group: head and tail each. */
  keepBytes?: number;
  /** Longest partial line held back before it is printed anyway. */
  maxLine?: number;
}

interface Buffered {
  head: string[];
  headBytes: number;
  tail: string[];
  tailBytes: number;
  dropped: number;
}

/** A check's combined output, bounded: its head and tail, in arrival order. */
class OutputKeeper {
  private readonly b: Buffered = { head: [], headBytes: 0, tail: [], tailBytes: 0, dropped: 0 };
  constructor(private readonly keep: number) {}

  add(text: string): void {
    const b = this.b;
    const size = Buffer.byteLength(text);
    if (b.headBytes + size <= this.keep && b.tail.length === 0) {
      b.head.push(text);
      b.headBytes += size;
      return;
    }
    b.tail.push(text);
    b.tailBytes += size;
    while (b.tail.length > 1 && b.tailBytes - Buffer.byteLength(b.tail[0]!) >= this.keep) {
      const gone = b.tail.shift()!;
      b.tailBytes -= Buffer.byteLength(gone);
      b.dropped += Buffer.byteLength(gone);
    }
  }

  text(): string {
    const b = this.b;
    const head = b.head.join('');
    if (!b.dropped) return head + b.tail.join('');
    return `${head}${head.endsWith('\n') ? '' : '\n'}… [${b.dropped} bytes not shown here; the full log is on disk] …\n${b.tail.join('')}`;
  }
}

export class WorkflowLog implements RunEvents {
  private readonly token: () => string;
  private readonly keep: number;
  private readonly maxLine: number;
  /** Token of the open stop-commands stretch, if any. */
  private stopped?: string;
  private readonly outputs = new Map<string, OutputKeeper>();
  private readonly decoders = new Map<string, StringDecoder>();
  private readonly partial = new Map<string, string>();
  /** The check whose group is open for live output (one at a time only). */
  private live?: string;

  constructor(private readonly o: WorkflowLogOptions) {
    const token = newToken();
    this.token = o.token ?? (() => token);
    this.keep = o.keepBytes ?? 64 * 1024;
    this.maxLine = o.maxLine ?? 16 * 1024;
  }

  /** Starts a stop-commands stretch (if none is open). */
  private stop(): void {
    if (this.stopped) return;
    this.stopped = this.token();
    this.o.write(`::stop-commands::${this.stopped}\n`);
  }

  /** Ends the open stop-commands stretch, so our own commands work again. */
  resume(): void {
    if (!this.stopped) return;
    this.o.write(`::${this.stopped}::\n`);
    this.stopped = undefined;
  }

  private keeper(check: Check): OutputKeeper {
    let k = this.outputs.get(check.name);
    if (!k) this.outputs.set(check.name, (k = new OutputKeeper(this.keep)));
    return k;
  }

  private title(check: { name: string; language: string }): string {
    return escapeCommandData(stripControl(label(check)).replace(/\n/g, ' '));
  }

  onCheckStart(check: Check): void {
    if (this.o.stream && !this.o.parallel) {
      this.resume();
      this.o.write(`::group::${this.title(check)}\n`);
      this.stop();
      this.live = check.name;
    }
  }

  onNotice(check: Check, message: string): void {
    const line = `[sandbox-checks] ${message}\n`;
    this.keeper(check).add(line);
    if (!this.o.stream) return;
    this.stop();
    const prefix = this.o.parallel ? `[${stripControl(check.name).replace(/\n/g, ' ')}] ` : '';
    this.o.write(prefixed(prefix, untrustedText(line.slice(0, -1))));
  }

  onOutput(check: Check, stream: 'stdout' | 'stderr', chunk: Buffer): void {
    const key = `${check.name}\0${stream}`;
    let dec = this.decoders.get(key);
    if (!dec) this.decoders.set(key, (dec = new StringDecoder('utf8')));
    const text = dec.write(chunk);
    this.keeper(check).add(text);
    if (!this.o.stream) return;
    this.emitLines(check, key, text, false);
  }

  /** Prints the complete lines of `text` (and the rest when `flush`), inside a stop stretch. */
  private emitLines(check: Check, key: string, text: string, flush: boolean): void {
    let buf = (this.partial.get(key) ?? '') + text;
    const lines: string[] = [];
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      lines.push(buf.slice(0, nl > 0 && buf[nl - 1] === '\r' ? nl - 1 : nl));
      buf = buf.slice(nl + 1);
    }
    while (buf.length > this.maxLine) {
      lines.push(buf.slice(0, this.maxLine));
      buf = buf.slice(this.maxLine);
    }
    if (flush && buf) {
      lines.push(buf);
      buf = '';
    }
    this.partial.set(key, buf);
    if (!lines.length) return;
    this.stop();
    const prefix = this.o.parallel ? `[${stripControl(check.name).replace(/\n/g, ' ')}] ` : '';
    // Sanitised first, prefixed after: a lone \r becomes a line break, and that line gets the prefix too.
    this.o.write(lines.map((l) => prefixed(prefix, untrustedText(l))).join(''));
  }

  private flushPartial(check: Check): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const key = `${check.name}\0${stream}`;
      const dec = this.decoders.get(key);
      const rest = dec ? dec.end() : '';
      if (rest) this.keeper(check).add(rest);
      if (this.o.stream) this.emitLines(check, key, rest, true);
      this.decoders.delete(key);
      this.partial.delete(key);
    }
  }

  onCheckEnd(outcome: Outcome, check: Check): void {
    this.flushPartial(check);
    const keeper = this.outputs.get(check.name);
    this.outputs.delete(check.name);
    const message = outcome.status !== 'passed' && outcome.message ? outcome.message : undefined;
    const trailer = [
      ...(message ? [`→ ${message}`] : []),
      ...(outcome.logFile && outcome.status !== 'passed' ? [`full log: ${outcome.logFile}`] : []),
    ].join('\n');

    if (this.live === check.name) {
      // The group is open and the output is already in it.
      this.live = undefined;
      if (trailer) {
        this.stop();
        this.o.write(`${untrustedText(trailer)}\n`);
      }
      this.resume();
      this.o.write('::endgroup::\n');
    } else if (outcome.status !== 'skipped' || keeper) {
      const body = keeper?.text() ?? '';
      this.resume();
      this.o.write(`::group::${this.title(check)}\n`);
      const content = `${body}${body && !body.endsWith('\n') ? '\n' : ''}${trailer ? `${trailer}\n` : ''}`;
      if (content) {
        this.stop();
        this.o.write(untrustedText(content));
        this.resume();
      }
      this.o.write('::endgroup::\n');
    } else {
      this.resume();
    }
    this.o.write(`${this.statusLine(outcome)}\n`);
  }

  statusLine(o: Outcome): string {
    const loc = o.file && o.line ? `${o.file}:${o.line}` : o.file;
    const where = loc && !o.name.includes(loc) ? ` ${loc}` : '';
    const why = o.status === 'passed' ? '' : o.status === 'skipped' ? ` — ${o.message ?? 'skipped'}` : ` — ${reasonText(o)}`;
    return inertLine(`${WORD[o.status]} ${label(o)}${where} · ${formatDuration(o.durationMs)}${why}`);
  }

  /** Ends any open stretch: call before printing anything else, and on abort. */
  finish(): void {
    this.resume();
  }
}

/** The log line of a run's package layers: installs, layers restored from the workflow cache, layers found on the runner. */
export function packageLayersLine(l: NonNullable<RunSummary['packageLayers']>): string {
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  return `sandbox-checks: packages for ${n(l.checks, 'check')}: ${n(l.installs, 'install')}, ${n(l.restored, 'layer')} restored from the workflow cache, ${n(l.fromCache, 'layer')} found on this runner`;
}
