// Each block's outcome from its segment of the session's output and how the
// session's process ended. Rules: a block that fails — unexpected exit code,
// exception, unmet expectation, timeout — ends the session: the blocks after
// it are `skipped` (`skipped_by_session`). A `should_fail` block that fails
// as expected does not. A hidden setup's output is shown only when it fails,
// on the first block after it.

import type { SessionBlock } from '../languages/index.js';
import type { Check, Outcome, Reason, Status } from '../types.js';
import { unmetExpectation } from './expect.js';
import { baseOutcome } from './outcome.js';
import { StreamCapture } from './output.js';
import type { Segment } from './session-output.js';

/** One block (or hidden setup) of a session, as the engine tracks it. */
export interface SessionItem extends SessionBlock {
  /** undefined for hidden setup. */
  check?: Check;
  display: string;
  line: number;
  timeoutMs: number;
}

/** The outcome of every block of `items`. */
export function blockOutcomes(items: SessionItem[], segments: Segment[], whole: Outcome, name: string): Map<Check, Outcome> {
  const out = new Map<Check, Outcome>();
  const anyStarted = segments.some((g) => g?.started);
  let stopper: string | undefined;
  let setupFailure: { item: SessionItem; seg: Segment; message: string; status: Status; reason?: Reason } | undefined;
  let elapsed = 0;
  for (const item of items) {
    const seg = segments[item.index] ?? { started: false, ended: false, stdout: '', stderr: '' };
    const c = item.check;
    if (!c) {
      // Hidden setup: its output is shown only when it fails.
      if (stopper || setupFailure) continue;
      const r = judge(seg, whole, {});
      if (seg.ended) elapsed += seg.ms ?? 0;
      if (seg.started && r.status !== 'passed') {
        setupFailure = { item, seg, status: r.status, reason: r.reason, message: `the hidden setup at ${item.display}:${item.line} failed: ${r.message}` };
      }
      continue;
    }
    const o = baseOutcome(c, whole.provider, 'skipped');
    o.logFile = whole.logFile;
    o.sandboxId = whole.sandboxId;
    if (setupFailure) {
      o.status = setupFailure.status;
      o.reason = setupFailure.reason;
      o.message = setupFailure.message;
      o.stdout = tail(setupFailure.seg.stdout, c.limits.outputBytes);
      o.stderr = tail(setupFailure.seg.stderr, c.limits.outputBytes);
      stopper = `the hidden setup at ${setupFailure.item.display}:${setupFailure.item.line} failed in session "${name}"`;
      setupFailure = undefined;
      out.set(c, o);
      continue;
    }
    if (stopper) {
      o.reason = whole.reason === 'cancelled' ? 'cancelled' : 'skipped_by_session';
      o.message = whole.reason === 'cancelled' ? 'the run was cancelled before this block ran' : `not run: ${stopper}`;
      out.set(c, o);
      continue;
    }
    if (!anyStarted) {
      // The sandbox, the toolchain or the package install failed before any block ran.
      o.status = whole.status === 'passed' ? 'error' : whole.status;
      o.reason = whole.reason ?? 'sandbox_error';
      o.message = whole.message ?? 'the session ended before its first block ran';
      o.durationMs = whole.durationMs;
      o.stdout = whole.stdout;
      o.stderr = whole.stderr;
      out.set(c, o);
      continue;
    }
    if (!seg.started) {
      o.reason = 'skipped_by_session';
      o.message = `not run: the session "${name}" ended before this block`;
      out.set(c, o);
      continue;
    }
    const r = judge(seg, whole, c.expect);
    o.status = r.status;
    o.reason = r.reason;
    o.message = r.message;
    o.exitCode = r.exitCode;
    o.signal = r.signal;
    o.stdout = tail(seg.stdout, c.limits.outputBytes);
    o.stderr = tail(seg.stderr, c.limits.outputBytes);
    o.durationMs = seg.ended ? (seg.ms ?? 0) : Math.max(0, whole.durationMs - elapsed);
    elapsed += o.durationMs;
    if (r.status !== 'passed') stopper = `${c.name} failed earlier in session "${name}"`;
    else if (!seg.ended) stopper = `${c.name} ended the session's process (exit ${whole.exitCode ?? '?'}), so session "${name}" could not go on`;
    out.set(c, o);
  }
  return out;
}

function judge(
  seg: Segment,
  whole: Outcome,
  expect: Check['expect'],
): { status: Status; reason?: Reason; message?: string; exitCode?: number; signal?: string } {
  if (seg.ended) {
    const unmet = unmetExpectation(expect, { exitCode: seg.code ?? null, stdout: seg.stdout, stderr: seg.stderr, truncated: false });
    if (!unmet) return { status: 'passed', exitCode: seg.code };
    return { status: 'failed', reason: unmet.reason, message: unmet.message, exitCode: seg.code };
  }
  // The process ended while this block ran: its limit, signal or exit is this block's.
  const plainExit = whole.status === 'passed' || (whole.status === 'failed' && whole.reason === 'exit_code');
  if (plainExit && whole.exitCode !== undefined) {
    const unmet = unmetExpectation(expect, { exitCode: whole.exitCode, stdout: seg.stdout, stderr: seg.stderr, truncated: false });
    if (!unmet) return { status: 'passed', exitCode: whole.exitCode };
    return {
      status: 'failed',
      reason: unmet.reason,
      message: `${unmet.message} (the block ended the session's process)`,
      exitCode: whole.exitCode,
    };
  }
  return { status: whole.status === 'passed' ? 'failed' : whole.status, reason: whole.reason, message: whole.message, exitCode: whole.exitCode, signal: whole.signal };
}

function tail(text: string, limit: number) {
  const cap = new StreamCapture(Math.max(limit, Buffer.byteLength(text)));
  cap.push(Buffer.from(text));
  return cap.result();
}
