// Sessions: the blocks of one Markdown file marked `session=NAME` run in order
// in ONE sandbox and ONE interpreter process, so later blocks see the files
// and the in-memory state (variables, functions, imports) of earlier ones.
//
// How: a small driver written in the session's own language runs each block
// in a shared namespace (Python `exec` in one globals dict, Ruby
// `TOPLEVEL_BINDING.eval`, PHP `include` at global scope, Bash `.`, Node
// `vm.runInThisContext`). Each block is compiled on its own, so a syntax
// error is that block's alone. Between blocks the driver prints a marker line with a random nonce,
// the block's exit code and its duration on stdout (and a marker on stderr);
// the engine splits the output at the markers so every block keeps its own
// outcome, output and line. The driver is one ordinary check for the engine
// (`runOne`): install, limits, timeouts and providers need nothing new.
//
// Blocks marked `skip` are left out; `no_run` blocks are only compiled. Each
// block keeps its own timeout (the engine watches the markers live); the
// session as a whole may take the sum of them. The drivers are the language
// modules' (src/languages/<id>.ts, `session`); cutting the output is
// session-output.ts, judging each block session-judge.ts.

import { randomBytes } from '../crypto.js';

import { getLanguage } from '../languages/index.js';
import { MAX_TIMEOUT_MS } from '../limits.js';
import type { Check, CheckFile, Outcome, ProviderName, RunEvents } from '../types.js';
import { baseOutcome } from './outcome.js';
import { blockOutcomes, type SessionItem } from './session-judge.js';
import { demux, MarkerWatch } from './session-output.js';

// Pure parts, importable from here.
export { demux } from './session-output.js';
export { hoistTopLevelAwait, modulesToScript } from '../languages/js-blocks.js';

/** Runs one check in its own sandbox, as the engine does (install, limits, outcome). */
export type RunIsolated = (check: Check, index: number, events: RunEvents, signal: AbortSignal) => Promise<Outcome>;

const SESSION_DIR = '.sandbox-checks';

export class Sessions {
  private readonly groups = new Map<string, { checks: Check[]; indexes: number[] }>();
  private readonly results = new Map<string, Promise<Map<Check, Outcome>>>();

  constructor(
    checks: Check[],
    private readonly provider: ProviderName,
    private readonly run: RunIsolated,
    private readonly events: RunEvents = {},
  ) {
    checks.forEach((c, i) => {
      if (!c.session || c.skip) return;
      const g = this.groups.get(c.session.id) ?? { checks: [], indexes: [] };
      g.checks.push(c);
      g.indexes.push(i);
      this.groups.set(c.session.id, g);
    });
  }

  private readonly settled = new Set<string>();

  /** Whether an earlier block's outcomeOf started this block's session and it has not ended yet. */
  running(check: Check): boolean {
    const id = check.session!.id;
    return this.results.has(id) && !this.settled.has(id);
  }

  /** The outcome of one block; the first call runs its whole session. */
  async outcomeOf(check: Check): Promise<Outcome> {
    const id = check.session!.id;
    let result = this.results.get(id);
    if (!result) {
      const group = this.groups.get(id)!;
      result = this.runSession(group.checks, group.indexes[0]!);
      this.results.set(id, result);
      void result.finally(() => this.settled.add(id)).catch(() => {});
    }
    const outcome = (await result).get(check)!;
    // Output is shown per block once the session has ended.
    if (outcome.stdout.head) this.events.onOutput?.(check, 'stdout', Buffer.from(outcome.stdout.head + outcome.stdout.tail));
    if (outcome.stderr.head) this.events.onOutput?.(check, 'stderr', Buffer.from(outcome.stderr.head + outcome.stderr.tail));
    return outcome;
  }

  private async runSession(all: Check[], logIndex: number): Promise<Map<Check, Outcome>> {
    let checks = all;
    const first = checks[0]!;
    const s = first.session!;
    const nonce = randomBytes(12).toString('hex');
    const language = first.language;
    const support = getLanguage(language).session;
    const out = new Map<Check, Outcome>();
    if (!support) {
      for (const c of checks) out.set(c, baseOutcome(c, this.provider, 'error', 'sandbox_error', `sessions are not supported for ${language}`));
      return out;
    }
    const prepare = (program: string) => support.prepare?.(program, s.file) ?? Promise.resolve(program);

    const files: CheckFile[] = [];
    const items: SessionItem[] = [];
    /** The blocks' programs, by item, for a driver that reads them from session.json. */
    const code: string[] = [];
    const safe = s.file.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60);
    const add = (program: string, line: number, check?: Check) => {
      const index = items.length;
      const path = `${SESSION_DIR}/${safe}-${line}${check ? '' : '-setup'}.${support.blockExtension}`;
      items.push({
        index,
        check,
        path,
        display: s.file,
        line,
        noRun: check?.noRun === true,
        want: check ? (check.expect.shouldFail && check.expect.exitCode === undefined ? 'nonzero' : (check.expect.exitCode ?? 0)) : 0,
        timeoutMs: (check ?? first).limits.timeoutMs,
      });
      if (support.inline) code.push(program);
      else files.push({ path, content: Buffer.from(program) });
    };
    try {
      for (const st of s.setup) add(await prepare(st.program), st.line);
    } catch (e) {
      for (const c of checks) out.set(c, baseOutcome(c, this.provider, 'error', 'sandbox_error', `could not prepare the session: ${(e as Error).message}`));
      return out;
    }
    // A block that does not parse fails (the document's fault); the session stops there.
    for (const [k, c] of checks.entries()) {
      try {
        add(await prepare(c.session!.program), c.session!.codeLine, c);
      } catch (e) {
        const why = (e as Error).message;
        out.set(c, baseOutcome(c, this.provider, 'failed', 'compile', `syntax error: ${why}`));
        for (const later of checks.slice(k + 1)) {
          out.set(later, baseOutcome(later, this.provider, 'skipped', 'skipped_by_session', `not run: the session stopped at ${s.file}:${c.source?.line ?? c.session!.codeLine}, which does not parse`));
        }
        checks = checks.slice(0, k);
        break;
      }
    }
    if (!checks.length) return out;
    // Files the blocks include (fixtures) are the session's too.
    for (const c of checks) for (const f of c.files.slice(1)) if (!files.some((x) => x.path === f.path)) files.push(f);
    const driver = `${SESSION_DIR}/${support.driverFile}`;
    files.push({ path: driver, content: Buffer.from(support.driver(items)) });
    files.push({
      path: `${SESSION_DIR}/session.json`,
      content: Buffer.from(
        JSON.stringify({
          marker: nonce,
          blocks: items.map((i) => ({ path: i.path, display: i.display, line: i.line, noRun: i.noRun, want: i.want, ...(support.inline ? { code: code[i.index] } : {}) })),
        }),
      ),
    });

    const sum = (f: (c: Check) => number) => checks.reduce((a, c) => a + f(c), 0);
    const max = (f: (c: Check) => number) => Math.max(...checks.map(f));
    const synthetic: Check = {
      name: `${s.file} session ${s.name}`,
      language: support.runsAs ?? language,
      entry: driver,
      files,
      args: [],
      env: Object.assign({}, ...checks.map((c) => c.env)) as Record<string, string>,
      stdin: '',
      network: checks.some((c) => c.network),
      packages: [...new Set(checks.flatMap((c) => c.packages))],
      limits: {
        timeoutMs: Math.min(MAX_TIMEOUT_MS, sum((c) => c.limits.timeoutMs) + s.setup.length * first.limits.timeoutMs),
        memoryBytes: max((c) => c.limits.memoryBytes),
        processes: max((c) => c.limits.processes),
        outputBytes: max((c) => c.limits.outputBytes),
        fileSizeBytes: max((c) => c.limits.fileSizeBytes),
        openFiles: max((c) => c.limits.openFiles),
        installTimeoutMs: max((c) => c.limits.installTimeoutMs ?? 0) || undefined,
      },
      expect: {},
      source: first.source,
    };

    // Each block's own timeout is kept by watching the markers as they come:
    // a block that overstays it ends the session's process.
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const watch = new MarkerWatch(nonce, items.map((i) => i.timeoutMs));
    let whole: Outcome;
    try {
      whole = await this.run(
        synthetic,
        logIndex,
        {
          onOutput: (_c, stream, chunk) => {
            (stream === 'stdout' ? stdout : stderr).push(chunk);
            if (stream === 'stdout') watch.push(chunk);
          },
          onNotice: (_c, message) => this.events.onNotice?.(first, message),
        },
        watch.stop.signal,
      );
    } finally {
      watch.close();
    }
    if (watch.expired !== undefined) {
      const it = items[watch.expired]!;
      whole = {
        ...whole,
        status: 'timed_out',
        reason: 'timeout',
        message: `did not finish within the ${it.timeoutMs} ms timeout; every process it started was killed`,
      };
    }
    const segments = demux(nonce, Buffer.concat(stdout).toString('utf8'), Buffer.concat(stderr).toString('utf8'));
    const result = blockOutcomes(items, segments, whole, s.name);
    for (const [c, o] of out) result.set(c, o);
    return result;
  }
}
