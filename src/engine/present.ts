// Outcomes as people read them: the generated program's file name replaced by
// the Markdown file it came from (`/workspace/main.py", line 43` →
// `README.md", line 43`; the line numbers already are the Markdown's), the
// markers that cut output into sections taken out, and what was done to the
// block ("wrapped in main") said in the message. Verdicts are made before
// this, on the raw output.

import { findLanguage } from '../languages/index.js';
import type { Check, Outcome, StreamTail } from '../types.js';
import { splitSections, withoutMarkers } from './sections.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names the program is known by in tool messages: `main.py`, `/workspace/main.py`, the transpiled `main.mjs`. */
function programNames(check: Check): string[] {
  const e = check.entry;
  const names = new Set([e]);
  for (const n of findLanguage(check.language)?.programNames?.(e) ?? []) names.add(n);
  return [...names];
}

/** A function rewriting program paths in text to the Markdown file. */
export function pathMapper(check: Check): ((text: string) => string) | undefined {
  const file = check.source?.file;
  if (!file || check.source?.line === undefined || check.session) return undefined;
  const names = programNames(check).map(escape).join('|');
  // Followed by what compilers and tracebacks put after a path: `:43`, `", line 43`, `(43,5)`, ` line 43`.
  const re = new RegExp(`(?:(?:file://)?/workspace/|\\./|(?<![\\w./-]))(?:${names})(?=:\\d|", line |\\(\\d|: line \\d|\\b)`, 'g');
  // A function, so `$&` in a file name is not a replacement pattern.
  return (text) => text.replace(re, () => file);
}

function mapTail(s: StreamTail, f: (t: string) => string): StreamTail {
  return { ...s, head: f(s.head), tail: s.tail ? f(s.tail) : s.tail };
}

/** The outcome of `check` made readable; its status and reason stay as they are. */
export function presentOutcome(outcome: Outcome, check: Check): Outcome {
  let o = outcome;
  const nonce = check.expect.sections?.nonce;
  if (nonce) {
    const raw = o.stdout.tail ? '' : o.stdout.head;
    o = { ...o, stdout: mapTail(o.stdout, (t) => withoutMarkers(nonce, t)), ...(raw ? { sections: splitSections(nonce, raw).sections } : {}) };
  }
  const map = pathMapper(check);
  if (map) o = { ...o, stdout: mapTail(o.stdout, map), stderr: mapTail(o.stderr, map), message: o.message && map(o.message) };
  if (check.note && o.status !== 'skipped') {
    o = { ...o, message: o.status === 'passed' ? (o.message ?? check.note) : o.message ? `${o.message}\n(${check.note})` : `(${check.note})` };
  }
  return o;
}
