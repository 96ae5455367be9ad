// A session's output cut back into its blocks. The driver prints a marker
// line with the session's random nonce before and after each block (stdout:
// `@@SC:<nonce>:B:<i>@@` and `@@SC:<nonce>:E:<i>:<exit>:<ms>@@`; stderr:
// `@@SC:<nonce>:E:<i>@@`); code in a block cannot forge one without the
// nonce. Pure text in, segments out, plus a live watcher that keeps each
// block's own timeout while the output streams.

export interface Segment {
  started: boolean;
  ended: boolean;
  code?: number;
  ms?: number;
  stdout: string;
  stderr: string;
}

/** Splits the session's output at the driver's markers. */
export function demux(nonce: string, stdout: string, stderr: string): Segment[] {
  const segs: Segment[] = [];
  const seg = (i: number) => (segs[i] ??= { started: false, ended: false, stdout: '', stderr: '' });
  const outRe = new RegExp(`@@SC:${nonce}:(B|E):(\\d+)(?::(-?\\d+):(\\d+))?@@\\n?`, 'g');
  let pos = 0;
  let current: number | undefined;
  for (const m of stdout.matchAll(outRe)) {
    const text = stdout.slice(pos, m.index);
    if (current !== undefined) seg(current).stdout += text;
    pos = m.index + m[0].length;
    const i = Number(m[2]);
    if (m[1] === 'B') {
      seg(i).started = true;
      current = i;
    } else {
      const g = seg(i);
      g.ended = true;
      g.code = Number(m[3]);
      g.ms = Number(m[4]);
      current = undefined;
    }
  }
  if (current !== undefined) seg(current).stdout += stdout.slice(pos);
  // stderr: text before block i's end marker (after the previous one) is block i's.
  const errRe = new RegExp(`@@SC:${nonce}:E:(\\d+)@@\\n?`, 'g');
  pos = 0;
  for (const m of stderr.matchAll(errRe)) {
    seg(Number(m[1])).stderr += stderr.slice(pos, m.index);
    pos = m.index + m[0].length;
  }
  const rest = stderr.slice(pos);
  if (rest) {
    const running = segs.findIndex((g) => g && g.started && !g.ended);
    if (running >= 0) seg(running).stderr += rest;
  }
  return segs;
}

/**
 * Watches stdout as it comes: each begin marker starts that block's own
 * timer, and a block that overstays it aborts `stop` (ending the session's
 * process). `expired` then says which block it was.
 */
export class MarkerWatch {
  readonly stop = new AbortController();
  expired?: number;
  private pending = '';
  private timer?: NodeJS.Timeout;
  private readonly markerRe: RegExp;

  constructor(
    nonce: string,
    private readonly timeouts: number[],
  ) {
    this.markerRe = new RegExp(`@@SC:${nonce}:(B|E):(\\d+)[^@\\n]*@@`, 'g');
  }

  push(chunk: Buffer): void {
    this.pending += chunk.toString('latin1');
    let consumed = 0;
    for (const m of this.pending.matchAll(this.markerRe)) {
      consumed = m.index + m[0].length;
      clearTimeout(this.timer);
      const i = Number(m[2]);
      const ms = this.timeouts[i];
      if (m[1] === 'B' && ms !== undefined) {
        this.timer = setTimeout(() => {
          this.expired = i;
          this.stop.abort();
        }, ms);
      }
    }
    // Keep only what may be the start of a marker cut in two.
    this.pending = this.pending.slice(consumed).slice(-200);
  }

  close(): void {
    clearTimeout(this.timer);
  }
}
