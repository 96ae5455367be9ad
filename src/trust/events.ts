// The engine's events and results, with the workflow's secrets taken out
// before any reporter sees them: streamed output (a secret split across two
// chunks is held back until it is whole), notices, outcomes (output head and
// tail, messages, names) and the full logs on disk. Every sink (terminal,
// workflow log, JSON, JUnit, summary, comment, annotations, outputs) reads
// what passed through here, so one place decides.

import type { Check, Outcome, Plan, RunEvents, RunSummary } from '../types.js';
import type { Redactor, StreamRedactor } from './secrets.js';

/** Redacts the names a plan will show (a name may hold an allowed variable's value). */
export function redactPlan(plan: Plan, r: Redactor): void {
  if (r.empty) return;
  for (const c of plan.checks) c.name = r.text(c.name);
}

/** Redacts one outcome in place: its streams keep no secret, not even a piece cut at the head's end. */
function redactOutcome(o: Outcome, r: Redactor): Outcome {
  if (r.empty) return o;
  o.stdout.head = r.fragment(o.stdout.head, o.stdout.tail ? 'end' : 'both');
  o.stdout.tail = r.fragment(o.stdout.tail, 'start');
  o.stderr.head = r.fragment(o.stderr.head, o.stderr.tail ? 'end' : 'both');
  o.stderr.tail = r.fragment(o.stderr.tail, 'start');
  r.deep(o);
  if (o.logFile) r.file(o.logFile);
  return o;
}

export function redactSummary(s: RunSummary, r: Redactor): RunSummary {
  for (const o of s.outcomes) redactOutcome(o, r);
  return s;
}

/** `events` behind the redactor. */
export function redactEvents(events: RunEvents, r: Redactor): RunEvents {
  if (r.empty) return events;
  const streams = new Map<Check, { stdout: StreamRedactor; stderr: StreamRedactor }>();
  const of = (c: Check) => {
    let s = streams.get(c);
    if (!s) streams.set(c, (s = { stdout: r.stream(), stderr: r.stream() }));
    return s;
  };
  return {
    onCheckStart: events.onCheckStart && ((c) => events.onCheckStart!(c)),
    onOutput: (c, stream, chunk) => {
      const safe = of(c)[stream].push(chunk);
      if (safe) events.onOutput?.(c, stream, Buffer.from(safe));
    },
    onNotice: (c, m) => events.onNotice?.(c, r.text(m)),
    onCheckEnd: (o, c) => {
      const s = streams.get(c);
      if (s) {
        for (const k of ['stdout', 'stderr'] as const) {
          const rest = s[k].end();
          if (rest) events.onOutput?.(c, k, Buffer.from(rest));
        }
        streams.delete(c);
      }
      events.onCheckEnd?.(redactOutcome(o, r), c);
    },
  };
}
