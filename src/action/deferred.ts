// The workflow log, held back until the Action's own annotations are out.
// Problem matchers that earlier steps registered (setup-node's `tsc`, …) read
// every line of a step's output, even inside ::stop-commands::, and the runner
// keeps only 10 annotations per type and step. So whatever a repository
// controls (its output, its check names) is written to a file during the run
// and copied to stdout after the annotations, where it can no longer take
// their place. With `stream: true` output is live by request, and comes first.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export class DeferredLog {
  private fd?: number;

  constructor(
    file: string,
    live: boolean,
    private readonly out: (s: string | Buffer) => void,
  ) {
    if (!live) this.fd = openSync(file, 'w+');
  }

  write(s: string): void {
    if (this.fd === undefined) this.out(s);
    else writeSync(this.fd, s);
  }

  /** Copies what was held back to stdout (once), in pieces, then writes live. */
  flush(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    const buf = Buffer.alloc(64 * 1024);
    let pos = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n <= 0) break;
      this.out(Buffer.from(buf.subarray(0, n)));
      pos += n;
    }
    closeSync(fd);
  }
}
