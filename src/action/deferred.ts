// The workflow log, held back until the Action's own annotations are out.
// Problem matchers that earlier steps registered (setup-node's `tsc`, …) read
// every line of a step's output, even inside ::stop-commands::, and the runner
// keeps only 10 annotations per type and step. So whatever a repository
// controls (its output, its check names) is written to a file during the run
// and copied to stdout after the annotations, where it can no longer take
// their place. With `stream: true` output is live by request, and comes first;
// the Action's annotations then go to the post step (OwnAnnotations).

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

/** One of the Action's own annotations (an error or warning command). */
export interface OwnAnnotation {
  kind: 'error' | 'warning';
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
}

type AnnotationSink = {
  error(message: string, props?: { title?: string; file?: string; startLine?: number }): void;
  warning(message: string, props?: { title?: string; file?: string; startLine?: number }): void;
  saveState(name: string, value: string): void;
};

/** State name under which the main step hands its annotations to the post step. */
export const STATE_ANNOTATIONS = 'annotations';

/**
 * The Action's own annotations after a run. Without `stream` they are written
 * at once: the step's log holds no repository text yet (DeferredLog). With
 * `stream: true` the log already holds live sandbox output, which problem
 * matchers may have turned into annotations that used up the runner's 10 per
 * type and step; so they are handed to the post step (dist/post), whose log
 * has no sandbox output, and written there before anything else. The step's
 * failure still sets this step's exit code.
 */
export class OwnAnnotations {
  private readonly held: OwnAnnotation[] = [];

  constructor(
    readonly handOff: boolean,
    private readonly sink: AnnotationSink,
  ) {}

  error(message: string, props: Omit<OwnAnnotation, 'kind' | 'message'> = {}): void {
    if (this.handOff) this.held.push({ kind: 'error', message, ...props });
    else this.sink.error(message, props);
  }

  warning(message: string): void {
    if (this.handOff) this.held.push({ kind: 'warning', message });
    else this.sink.warning(message);
  }

  /** The step's failure: its exit code now, its message as an annotation. */
  fail(message: string): void {
    process.exitCode = 1;
    this.error(message);
  }

  /** Saves what was held for the post step; returns how many. */
  save(): number {
    if (this.handOff && this.held.length) this.sink.saveState(STATE_ANNOTATIONS, JSON.stringify(this.held));
    return this.held.length;
  }
}

/** The post step: writes the annotations the main step handed over (state only the main step writes). */
export function writeHandedOver(saved: string, sink: Omit<AnnotationSink, 'saveState'>): number {
  if (!saved) return 0;
  let list: unknown;
  try {
    list = JSON.parse(saved);
  } catch {
    return 0;
  }
  if (!Array.isArray(list)) return 0;
  let n = 0;
  for (const a of list as Partial<OwnAnnotation>[]) {
    if (typeof a?.message !== 'string') continue;
    // Only the properties it had: an empty one would change the command's text.
    const props = {
      ...(typeof a.title === 'string' ? { title: a.title } : {}),
      ...(typeof a.file === 'string' ? { file: a.file } : {}),
      ...(typeof a.startLine === 'number' ? { startLine: a.startLine } : {}),
    };
    if (a.kind === 'warning') sink.warning(a.message, props);
    else sink.error(a.message, props);
    n++;
  }
  return n;
}
