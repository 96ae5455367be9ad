// A last line of defence for the front doors: every write to the process's
// stdout/stderr (the CLI's terminal, the Action's workflow log, annotations
// and messages included) passes the Redactor. Streamed output is already
// redacted with look-behind across chunks (events.ts); this catches what no
// outcome carries, such as an error message that quotes a secret.

import type { Redactor } from './secrets.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stream.write's overloads differ between stdout and Writable
type Writable = { write: (...args: any[]) => boolean };

/** Patches `stream.write` in place; returns the undo. Call after any `::add-mask::` is written. */
export function redactWrites(stream: Writable, r: Redactor): () => void {
  if (r.empty) return () => {};
  const original = stream.write;
  stream.write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const clean = typeof chunk === 'string' ? r.text(chunk) : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? redactBytes(Buffer.from(chunk), r) : chunk;
    return original.call(stream, clean, ...rest);
  } as Writable['write'];
  return () => {
    stream.write = original;
  };
}

function redactBytes(b: Buffer, r: Redactor): Buffer | string {
  // Only decode when a needle's bytes are present: output that is not UTF-8 stays byte for byte.
  return r.needles.some((n) => b.includes(n)) ? r.text(b.toString('utf8')) : b;
}

/** A view of `stream` whose writes pass the Redactor (the stream itself is left as it is). */
export function redactingStream<T extends object>(stream: T, r: Redactor): T {
  if (r.empty) return stream;
  return new Proxy(stream, {
    get(target, p) {
      const v = Reflect.get(target, p, target) as unknown;
      if (p === 'write' && typeof v === 'function') {
        return (chunk: unknown, ...rest: unknown[]) => {
          const clean = typeof chunk === 'string' ? r.text(chunk) : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? redactBytes(Buffer.from(chunk), r) : chunk;
          return (v as (...a: unknown[]) => boolean).call(target, clean, ...rest);
        };
      }
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
