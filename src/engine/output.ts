// Bounded capture of one stream: the head and the tail stay in memory, the
// whole stream goes to the check's log file, and the caller learns when the
// stream passed its limit so the check can be stopped.

import type { WriteStream } from 'node:fs';
import type { StreamTail } from '../types.js';

/** Bytes of head and of tail kept in memory per stream. */
export const KEEP_BYTES = 32 * 1024;

export class StreamCapture {
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  bytes = 0;
  overLimit = false;

  constructor(
    private readonly limit: number,
    private readonly log?: WriteStream,
    private readonly label?: string,
    private readonly keep = KEEP_BYTES,
  ) {}

  /** Returns false once the stream has gone over its limit. */
  push(chunk: Buffer): boolean {
    if (this.overLimit) return false;
    let data = chunk;
    if (this.bytes + data.length > this.limit) {
      data = data.subarray(0, Math.max(0, this.limit - this.bytes));
      this.overLimit = true;
    }
    this.bytes += data.length;
    if (data.length && this.log) this.log.write(this.label ? Buffer.concat([Buffer.from(this.label), data]) : data);
    if (this.headBytes < this.keep) {
      const take = data.subarray(0, this.keep - this.headBytes);
      this.head.push(take);
      this.headBytes += take.length;
      data = data.subarray(take.length);
    }
    if (data.length) {
      this.tail.push(data);
      this.tailBytes += data.length;
      while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= this.keep) {
        this.tailBytes -= this.tail.shift()!.length;
      }
      if (this.tailBytes > this.keep * 4) this.compactTail();
    }
    return !this.overLimit;
  }

  private compactTail(): void {
    const all = Buffer.concat(this.tail);
    this.tail = [all.subarray(all.length - this.keep)];
    this.tailBytes = this.keep;
  }

  result(): StreamTail {
    const head = Buffer.concat(this.head).toString('utf8');
    let tailBuf = Buffer.concat(this.tail);
    if (tailBuf.length > this.keep) tailBuf = tailBuf.subarray(tailBuf.length - this.keep);
    const dropped = this.bytes - this.headBytes - tailBuf.length;
    // Nothing dropped: head and tail are the whole stream (decoded together, so
    // a character split at the seam stays whole).
    if (dropped <= 0) return { head: Buffer.concat([...this.head, tailBuf]).toString('utf8'), tail: '', bytes: this.bytes, truncated: this.overLimit };
    return {
      head,
      tail: tailBuf.toString('utf8'),
      bytes: this.bytes,
      // Cut is what was dropped, measured after the tail is trimmed to what is kept.
      truncated: true,
    };
  }
}

/** The line streamText puts where the middle of a stream was dropped. */
export const OMITTED_LINE = /\n… \[(?:\d+|some) bytes not shown; full log on disk\] …\n/;

/** The text of a captured stream, with a marker where the middle was dropped. */
export function streamText(s: StreamTail): string {
  if (!s.tail) return s.head;
  const dropped = s.bytes - Buffer.byteLength(s.head) - Buffer.byteLength(s.tail);
  return `${s.head}\n… [${dropped > 0 ? dropped : 'some'} bytes not shown; full log on disk] …\n${s.tail}`;
}
