// Random bytes and hashes without importing node:crypto at start-up: loading
// it (OpenSSL's bindings and a score of internal modules) is several
// milliseconds, a large part of a step whose plan is empty. Random bytes come
// from the kernel's generator (/dev/urandom, what node:crypto itself reads
// them from on Linux), node:crypto is loaded on first use where there is no
// such device, and for hashes.

import { closeSync, openSync, readSync } from 'node:fs';
import type * as NodeCrypto from 'node:crypto';

let lazy: typeof NodeCrypto | undefined;
const crypto = (): typeof NodeCrypto => (lazy ??= process.getBuiltinModule('node:crypto'));

let noDevice = false;

/** `n` cryptographically strong random bytes. */
export function randomBytes(n: number): Buffer {
  if (!noDevice) {
    let fd: number | undefined;
    try {
      fd = openSync('/dev/urandom', 'r');
      const b = Buffer.allocUnsafe(n);
      for (let got = 0; got < n; ) {
        const r = readSync(fd, b, got, n - got, null);
        if (r <= 0) throw new Error('short read');
        got += r;
      }
      return b;
    } catch {
      noDevice = true;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return crypto().randomBytes(n);
}

/** A random (version 4) UUID. */
export function randomUUID(): string {
  const b = randomBytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function createHash(algorithm: string): NodeCrypto.Hash {
  return crypto().createHash(algorithm);
}
