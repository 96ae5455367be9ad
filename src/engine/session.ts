// Sessions: the blocks of one Markdown file marked `session=NAME` run in order
// in ONE sandbox and ONE interpreter process, so later blocks see the files
// and the in-memory state (variables, functions, imports) of earlier ones.
//
// How: a small driver written in the session's own language runs each block
// in a shared namespace — Python `exec` in one globals dict, Ruby
// `TOPLEVEL_BINDING.eval`, PHP `include` at global scope, Bash `.` (source),
// Node `vm.runInThisContext` (top-level await is hoisted like Node's REPL
// does). Each block is compiled on its own, so a syntax error is that block's
// alone. Between blocks the driver prints a marker line with a random nonce,
// the block's exit code and its duration on stdout (and a marker on stderr);
// the engine splits the output at the markers so every block keeps its own
// outcome, output and line. The driver is one ordinary check for the engine
// (`runOne`): install, limits, timeouts and providers need nothing new.
//
// Rules: a block that fails — unexpected exit code, exception, unmet
// expectation, timeout — ends the session: the blocks after it are `skipped`
// (`skipped_by_session`). A `should_fail` block that fails as expected does
// not. Blocks marked `skip` are left out; `no_run` blocks are only compiled.
// Each block keeps its own timeout (the engine watches the markers live); the
// session as a whole may take the sum of them.

import { randomBytes } from 'node:crypto';

import { MAX_TIMEOUT_MS } from '../limits.js';
import type { Check, CheckFile, Outcome, ProviderName, Reason, Status } from '../types.js';
import { unmetExpectation } from './expect.js';
import { baseOutcome } from './outcome.js';
import { StreamCapture } from './output.js';
import type { RunEvents } from '../types.js';
import { shellQuote } from '../trust/shell.js';

/** Runs one check in its own sandbox, as the engine does (install, limits, outcome). */
export type RunIsolated = (check: Check, index: number, events: RunEvents, signal: AbortSignal) => Promise<Outcome>;

export const SESSION_DIR = '.sandbox-checks';

interface Item {
  /** Position in the driver's list. */
  index: number;
  /** undefined for hidden setup. */
  check?: Check;
  path: string;
  display: string;
  line: number;
  noRun: boolean;
  /** Exit code the driver accepts before going on: a number, or any non-zero. */
  want: number | 'nonzero';
  timeoutMs: number;
}

interface Segment {
  started: boolean;
  ended: boolean;
  code?: number;
  ms?: number;
  stdout: string;
  stderr: string;
}

const EXT: Record<string, string> = { python: 'py', ruby: 'rb', php: 'php', bash: 'sh', javascript: 'js', typescript: 'js' };

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

  /** The outcome of one block; the first call runs its whole session. */
  async outcomeOf(check: Check): Promise<Outcome> {
    const id = check.session!.id;
    let result = this.results.get(id);
    if (!result) {
      const group = this.groups.get(id)!;
      result = this.runSession(group.checks, group.indexes[0]!);
      this.results.set(id, result);
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
    const ext = EXT[language];
    const out = new Map<Check, Outcome>();
    if (!ext) {
      for (const c of checks) out.set(c, baseOutcome(c, this.provider, 'error', 'sandbox_error', `sessions are not supported for ${language}`));
      return out;
    }

    const files: CheckFile[] = [];
    const items: Item[] = [];
    const safe = s.file.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60);
    const add = (program: string, line: number, check?: Check) => {
      const index = items.length;
      const path = `${SESSION_DIR}/${safe}-${line}${check ? '' : '-setup'}.${ext}`;
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
      files.push({ path, content: Buffer.from(program) });
    };
    try {
      for (const st of s.setup) add(await prepare(language, st.program), st.line);
    } catch (e) {
      for (const c of checks) out.set(c, baseOutcome(c, this.provider, 'error', 'sandbox_error', `could not prepare the session: ${(e as Error).message}`));
      return out;
    }
    // A block that does not parse fails (the document's fault); the session stops there.
    for (const [k, c] of checks.entries()) {
      try {
        add(await prepare(language, c.session!.program), c.session!.codeLine, c);
      } catch (e) {
        const why = (e as Error).message.replace(/block\.ts/g, s.file);
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
    const driver = `${SESSION_DIR}/driver.${language === 'javascript' || language === 'typescript' ? 'cjs' : ext}`;
    files.push({ path: driver, content: Buffer.from(DRIVERS[language]!(nonce, items)) });
    files.push({
      path: `${SESSION_DIR}/session.json`,
      content: Buffer.from(JSON.stringify({ marker: nonce, blocks: items.map((i) => ({ path: i.path, display: i.display, line: i.line, noRun: i.noRun, want: i.want })) })),
    });

    const sum = (f: (c: Check) => number) => checks.reduce((a, c) => a + f(c), 0);
    const max = (f: (c: Check) => number) => Math.max(...checks.map(f));
    const synthetic: Check = {
      name: `${s.file} session ${s.name}`,
      language: language === 'typescript' ? 'javascript' : language,
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
    const stop = new AbortController();
    let pending = '';
    let timer: NodeJS.Timeout | undefined;
    let expired: number | undefined;
    const markerRe = new RegExp(`@@SC:${nonce}:(B|E):(\\d+)[^@\\n]*@@`, 'g');
    const onStdout = (chunk: Buffer) => {
      stdout.push(chunk);
      pending += chunk.toString('latin1');
      let consumed = 0;
      for (const m of pending.matchAll(markerRe)) {
        consumed = m.index + m[0].length;
        clearTimeout(timer);
        const i = Number(m[2]);
        if (m[1] === 'B' && items[i]) {
          timer = setTimeout(() => {
            expired = i;
            stop.abort();
          }, items[i].timeoutMs);
        }
      }
      // Keep only what may be the start of a marker cut in two.
      pending = pending.slice(consumed).slice(-200);
    };
    let whole: Outcome;
    try {
      whole = await this.run(
        synthetic,
        logIndex,
        {
          onOutput: (_c, stream, chunk) => (stream === 'stdout' ? onStdout(chunk) : stderr.push(chunk)),
          onNotice: (_c, message) => this.events.onNotice?.(first, message),
        },
        stop.signal,
      );
    } finally {
      clearTimeout(timer);
    }
    if (expired !== undefined) {
      const it = items[expired]!;
      whole = {
        ...whole,
        status: 'timed_out',
        reason: 'timeout',
        message: `did not finish within the ${it.timeoutMs} ms timeout; every process it started was killed`,
      };
    }
    const segments = demux(nonce, Buffer.concat(stdout).toString('utf8'), Buffer.concat(stderr).toString('utf8'));
    const result = this.outcomes(items, segments, whole, s.name);
    for (const [c, o] of out) result.set(c, o);
    return result;
  }

  private outcomes(items: Item[], segments: Segment[], whole: Outcome, name: string): Map<Check, Outcome> {
    const out = new Map<Check, Outcome>();
    const anyStarted = segments.some((g) => g?.started);
    let stopper: string | undefined;
    let setupFailure: { item: Item; seg: Segment; message: string; status: Status; reason?: Reason } | undefined;
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

// ---------------------------------------------------------------------------
// JavaScript and TypeScript blocks run as scripts in one context, so their
// top-level declarations are shared. TypeScript loses its types (sucrase);
// `import` becomes `var … = require(…)` (real bindings, so later blocks see
// them; importing again is fine); `export` is dropped; a block with top-level
// await runs in an async function whose top-level declarations are hoisted to
// the shared scope, as Node's REPL does. Lines never move.

type Parse = typeof import('acorn').parse;

async function prepare(language: string, program: string): Promise<string> {
  if (language !== 'javascript' && language !== 'typescript') return program;
  const { parse } = await import('acorn');
  let code = program;
  if (language === 'typescript') {
    const { transform } = await import('sucrase');
    // Imports stay even when this block does not use them: later blocks may.
    code = transform(code, { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true, filePath: 'block.ts' }).code;
  }
  const parses = (src: string, sourceType: 'script' | 'module', tla = false) => {
    try {
      parse(src, { ecmaVersion: 'latest', sourceType, allowAwaitOutsideFunction: tla, allowHashBang: true });
      return true;
    } catch {
      return false;
    }
  };
  if (!parses(code, 'script', true) && parses(code, 'module')) code = modulesToScript(code, parse);
  if (parses(code, 'script')) return code;
  if (!parses(code, 'script', true)) return code; // a syntax error: the driver reports it at its line
  return hoistTopLevelAwait(code, parse);
}

const DEFAULT_OF = (m: string) => `((m) => m && (m.__esModule || m[Symbol.toStringTag] === 'Module') ? m.default : m)(${m})`;

/** import/export → script statements on the same lines. */
export function modulesToScript(code: string, parse: Parse): string {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }) as unknown as AcornNode;
  const edits: { at: number; end: number; text: string }[] = [];
  const keepLines = (from: number, to: number, text: string) => `${text}${'\n'.repeat(code.slice(from, to).split('\n').length - 1)}`;
  for (const stmt of ast.body ?? []) {
    if (stmt.type === 'ImportDeclaration') {
      const from = code.slice(stmt.source!.start, stmt.source!.end);
      const req = `require(${from})`;
      const parts: string[] = [];
      const named: string[] = [];
      for (const sp of stmt.specifiers ?? []) {
        const local = sp.local!.name!;
        if (sp.type === 'ImportDefaultSpecifier') parts.push(`${local} = ${DEFAULT_OF(req)}`);
        else if (sp.type === 'ImportNamespaceSpecifier') parts.push(`${local} = ${req}`);
        else {
          const imported = sp.imported!.type === 'Identifier' ? sp.imported!.name! : code.slice(sp.imported!.start, sp.imported!.end);
          named.push(imported === local ? local : `${imported.startsWith("'") || imported.startsWith('"') ? `[${imported}]` : imported}: ${local}`);
        }
      }
      if (named.length) parts.push(`{ ${named.join(', ')} } = ${req}`);
      const text = parts.length ? `var ${parts.join(', ')};` : `${req};`;
      edits.push({ at: stmt.start, end: stmt.end, text: keepLines(stmt.start, stmt.end, text) });
    } else if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) {
      edits.push({ at: stmt.start, end: stmt.declaration.start, text: '' });
    } else if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration) {
      const d = stmt.declaration;
      const named = (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id;
      edits.push({ at: stmt.start, end: d.start, text: named ? '' : 'module.exports.default = ' });
    } else if (stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration') {
      edits.push({ at: stmt.start, end: stmt.end, text: keepLines(stmt.start, stmt.end, '') });
    }
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}

interface AcornNode {
  type: string;
  start: number;
  end: number;
  kind?: string;
  id?: AcornNode | null;
  name?: string;
  declarations?: AcornNode[];
  properties?: AcornNode[];
  elements?: (AcornNode | null)[];
  value?: AcornNode;
  argument?: AcornNode;
  left?: AcornNode;
  body?: AcornNode[];
  source?: AcornNode;
  specifiers?: AcornNode[];
  local?: AcornNode;
  imported?: AcornNode;
  declaration?: AcornNode | null;
}

function patternNames(p: AcornNode | null | undefined, out: string[]): void {
  if (!p) return;
  switch (p.type) {
    case 'Identifier':
      out.push(p.name!);
      break;
    case 'ObjectPattern':
      for (const prop of p.properties ?? []) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const e of p.elements ?? []) patternNames(e, out);
      break;
    case 'RestElement':
      patternNames(p.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(p.left, out);
      break;
  }
}

/** `const x = await f()` → `let x;` outside and `void (x = await f())` inside an async function; lines are kept. */
export function hoistTopLevelAwait(code: string, parse: Parse): string {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowHashBang: true }) as unknown as AcornNode;
  const lets: string[] = [];
  const vars: string[] = [];
  const edits: { at: number; end: number; text: string }[] = [];
  for (const stmt of ast.body ?? []) {
    if (stmt.type === 'VariableDeclaration') {
      const names: string[] = [];
      for (const d of stmt.declarations ?? []) patternNames(d.id, names);
      (stmt.kind === 'var' ? vars : lets).push(...names);
      edits.push({ at: stmt.start, end: stmt.start + stmt.kind!.length, text: 'void (' });
      const semi = code[stmt.end - 1] === ';';
      edits.push({ at: semi ? stmt.end - 1 : stmt.end, end: semi ? stmt.end - 1 : stmt.end, text: ')' });
    } else if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && stmt.id?.name) {
      (stmt.type === 'FunctionDeclaration' ? vars : lets).push(stmt.id.name);
      edits.push({ at: stmt.start, end: stmt.start, text: `${stmt.id.name} = ` });
    }
  }
  let body = code;
  for (const e of edits.sort((a, b) => b.at - a.at)) body = body.slice(0, e.at) + e.text + body.slice(e.end);
  const decl = `${lets.length ? `let ${[...new Set(lets)].join(', ')}; ` : ''}${vars.length ? `var ${[...new Set(vars)].join(', ')}; ` : ''}`;
  // Everything added goes on the first line, so line numbers stay the Markdown's.
  return `${decl}(async () => {${body}\n})()`;
}

// ---------------------------------------------------------------------------
// Drivers. Each reads .sandbox-checks/session.json ({ marker, blocks }) and,
// per block, prints `@@SC:<nonce>:B:<i>@@` before it and
// `@@SC:<nonce>:E:<i>:<exit>:<ms>@@` (stdout) / `@@SC:<nonce>:E:<i>@@` (stderr)
// after it; it stops at the first block whose exit code is not the one wanted.

const PYTHON = String.raw`import json, linecache, os, sys, time, traceback

def __sandbox_checks_main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'session.json'), encoding='utf-8') as f:
        spec = json.load(f)
    # The nonce leaves the workspace before any block runs.
    try:
        os.unlink(os.path.join(here, 'session.json'))
    except OSError:
        pass
    # Imports resolve from the workspace, as for "python3 main.py" there.
    sys.path[0] = os.getcwd()
    root = os.getcwd()
    m = spec['marker']
    g = {'__name__': '__main__', '__builtins__': __builtins__, '__doc__': None, '__package__': None, '__spec__': None}
    def flush():
        for s in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            try:
                s.flush()
            except Exception:
                pass
    for i, b in enumerate(spec['blocks']):
        flush()
        os.write(1, ('@@SC:%s:B:%d@@\n' % (m, i)).encode())
        t = time.monotonic()
        code = 0
        try:
            with open(os.path.join(root, b['path']), encoding='utf-8') as f:
                src = f.read()
            # Tracebacks show the Markdown file's own lines.
            lines = src.splitlines(True)
            cached = linecache.cache.get(b['display'])
            merged = list(cached[2]) if cached else []
            merged += [''] * (len(lines) - len(merged))
            for n, l in enumerate(lines):
                if l.strip():
                    merged[n] = l
            linecache.cache[b['display']] = (len(''.join(merged)), None, merged, b['display'])
            compiled = compile(src, b['display'], 'exec', dont_inherit=True)
            if not b['noRun']:
                exec(compiled, g)
        except SystemExit as e:
            c = e.code
            if c is None:
                code = 0
            elif isinstance(c, int):
                code = c & 0xFF
            else:
                print(c, file=sys.stderr)
                code = 1
        except BaseException:
            et, ev, tb = sys.exc_info()
            traceback.print_exception(et, ev, tb.tb_next if tb is not None else None)
            code = 1
        flush()
        ms = int((time.monotonic() - t) * 1000)
        os.write(1, ('@@SC:%s:E:%d:%d:%d@@\n' % (m, i, code, ms)).encode())
        os.write(2, ('@@SC:%s:E:%d@@\n' % (m, i)).encode())
        w = b['want']
        if (code == 0) if w == 'nonzero' else (code != w):
            os._exit(0)

__sandbox_checks_main()
`;

const RUBY = String.raw`require 'json'

def __sandbox_checks_main
  root = Dir.pwd
  spec = JSON.parse(File.read(File.join(__dir__, 'session.json')))
  File.delete(File.join(__dir__, 'session.json')) rescue nil
  m = spec['marker']
  driver = File.expand_path(__FILE__)
  spec['blocks'].each_with_index do |b, i|
    $stdout.flush rescue nil
    $stderr.flush rescue nil
    STDOUT.flush
    STDOUT.syswrite("@@SC:#{m}:B:#{i}@@\n")
    t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    code = 0
    begin
      src = File.read(File.join(root, b['path']))
      if b['noRun']
        RubyVM::InstructionSequence.compile(src, b['display'], b['display'], 1)
      else
        TOPLEVEL_BINDING.eval(src, b['display'], 1)
      end
    rescue SystemExit => e
      code = e.status
    rescue SyntaxError => e
      STDERR.puts "#{e.message} (SyntaxError)"
      code = 1
    rescue Exception => e
      bt = (e.backtrace || []).reject { |l| l.include?('.sandbox-checks/driver.rb') || l.start_with?(driver) || l =~ /in .(Kernel#|Binding#)?eval'/ }
      e.set_backtrace(bt)
      STDERR.puts e.full_message(highlight: false)
      code = 1
    end
    $stdout.flush rescue nil
    $stderr.flush rescue nil
    ms = ((Process.clock_gettime(Process::CLOCK_MONOTONIC) - t) * 1000).to_i
    STDOUT.syswrite("@@SC:#{m}:E:#{i}:#{code}:#{ms}@@\n")
    STDERR.syswrite("@@SC:#{m}:E:#{i}@@\n")
    w = b['want']
    exit!(0) if (w == 'nonzero' ? code == 0 : code != w)
  end
end

__sandbox_checks_main
`;

const PHP = String.raw`<?php
$__sandbox_checks = json_decode(file_get_contents(__DIR__ . '/session.json'), true);
@unlink(__DIR__ . '/session.json');
$__sandbox_checks['root'] = getcwd();
foreach ($__sandbox_checks['blocks'] as $__sandbox_checks['i'] => $__sandbox_checks['b']) {
    fwrite(STDOUT, '@@SC:' . $__sandbox_checks['marker'] . ':B:' . $__sandbox_checks['i'] . "@@\n");
    $__sandbox_checks['t'] = microtime(true);
    $__sandbox_checks['code'] = 0;
    try {
        $__sandbox_checks['file'] = $__sandbox_checks['root'] . '/' . $__sandbox_checks['b']['path'];
        if ($__sandbox_checks['b']['noRun']) {
            token_get_all(file_get_contents($__sandbox_checks['file']), TOKEN_PARSE);
        } else {
            include $__sandbox_checks['file'];
        }
    } catch (\Throwable $__sandbox_checks_e) {
        fwrite(STDERR, 'PHP Fatal error:  Uncaught ' . $__sandbox_checks_e . "\n");
        $__sandbox_checks['code'] = 255;
    }
    while (ob_get_level() > 0) { ob_end_flush(); }
    flush();
    fwrite(STDOUT, '@@SC:' . $__sandbox_checks['marker'] . ':E:' . $__sandbox_checks['i'] . ':' . $__sandbox_checks['code'] . ':' . (int) round((microtime(true) - $__sandbox_checks['t']) * 1000) . "@@\n");
    fwrite(STDERR, '@@SC:' . $__sandbox_checks['marker'] . ':E:' . $__sandbox_checks['i'] . "@@\n");
    $__sandbox_checks['w'] = $__sandbox_checks['b']['want'];
    if ($__sandbox_checks['w'] === 'nonzero' ? $__sandbox_checks['code'] === 0 : $__sandbox_checks['code'] !== $__sandbox_checks['w']) {
        exit(0);
    }
}
`;

const NODE = String.raw`'use strict';
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');
const root = process.cwd();
const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'session.json'), 'utf8'));
try {
  fs.unlinkSync(path.join(__dirname, 'session.json'));
} catch {}
const m = spec.marker;
// What a CommonJS main module would have, for code run as scripts.
globalThis.require = createRequire(path.join(root, 'main.js'));
globalThis.module = { exports: {} };
globalThis.exports = globalThis.module.exports;
globalThis.__filename = path.join(root, 'main.js');
globalThis.__dirname = root;
let asyncFailure = false;
const report = (e) => {
  const text = e instanceof Error ? String(e.stack || e) : 'Uncaught ' + require('node:util').inspect(e);
  const lines = text.split('\n').filter((l) => !l.includes('node:vm') && !l.includes(__filename));
  process.stderr.write(lines.join('\n') + '\n');
};
process.on('uncaughtException', (e) => { report(e); asyncFailure = true; });
process.on('unhandledRejection', (e) => { report(e); asyncFailure = true; });
const write = (fd, s) => fs.writeSync(fd, s);
const baseline = new Map();
for (const r of process.getActiveResourcesInfo()) baseline.set(r, (baseline.get(r) || 0) + 1);
// Waits until what a block started (timers, sockets, child processes) is done.
const settle = async () => {
  for (;;) {
    await new Promise((r) => setImmediate(r));
    const now = new Map();
    for (const r of process.getActiveResourcesInfo()) if (r !== 'Immediate') now.set(r, (now.get(r) || 0) + 1);
    let busy = false;
    for (const [k, n] of now) if (n > (baseline.get(k) || 0) + (k === 'PipeWrap' || k === 'TTYWrap' ? 2 : 0)) busy = true;
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 5));
  }
};
(async () => {
  for (const [i, b] of spec.blocks.entries()) {
    write(1, '@@SC:' + m + ':B:' + i + '@@\n');
    const t = Date.now();
    let code = 0;
    asyncFailure = false;
    try {
      const src = fs.readFileSync(path.join(root, b.path), 'utf8');
      const script = new vm.Script(src, { filename: b.display, importModuleDynamically: vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
      if (!b.noRun) {
        const r = script.runInThisContext();
        // A promise nothing keeps alive would end a plain node run: do not wait for it forever.
        if (r && typeof r.then === 'function') await Promise.race([r, settle()]);
        await settle();
      }
    } catch (e) {
      report(e);
      code = 1;
    }
    if (asyncFailure) code = 1;
    if (process.exitCode) {
      code = Number(process.exitCode) & 0xff;
      process.exitCode = undefined;
    }
    write(1, '@@SC:' + m + ':E:' + i + ':' + code + ':' + (Date.now() - t) + '@@\n');
    write(2, '@@SC:' + m + ':E:' + i + '@@\n');
    if (b.want === 'nonzero' ? code === 0 : code !== b.want) process.exit(0);
  }
  process.exit(0);
})();
`;

function bashDriver(_nonce: string, items: Item[]): string {
  const q = shellQuote;
  // The nonce is read from session.json (one line of JSON), which is then removed: neither it nor this script keeps it in the workspace.
  const lines = [
    '__sandbox_checks_root=$PWD',
    'IFS= read -r __sandbox_checks_spec < "$__sandbox_checks_root"/.sandbox-checks/session.json',
    'rm -f "$__sandbox_checks_root"/.sandbox-checks/session.json',
    '[[ $__sandbox_checks_spec =~ \\"marker\\":\\"([0-9a-f]+)\\" ]] && __sandbox_checks_m=${BASH_REMATCH[1]}',
    'unset __sandbox_checks_spec',
    '__sandbox_checks_ms() { if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); else echo 0; fi; }',
  ];
  for (const it of items) {
    const file = `"$__sandbox_checks_root"/${q(it.path)}`;
    const stop = it.want === 'nonzero' ? '[ "$__sandbox_checks_rc" != 0 ]' : `[ "$__sandbox_checks_rc" = ${it.want} ]`;
    lines.push(
      `printf '@@SC:%s:B:${it.index}@@\\n' "$__sandbox_checks_m"`,
      '__sandbox_checks_t=$(__sandbox_checks_ms)',
      it.noRun ? `bash -n ${file}` : `. ${file}`,
      '__sandbox_checks_rc=$?',
      `printf '@@SC:%s:E:${it.index}:%s:%s@@\\n' "$__sandbox_checks_m" "$__sandbox_checks_rc" "$(( $(__sandbox_checks_ms) - __sandbox_checks_t ))"`,
      `printf '@@SC:%s:E:${it.index}@@\\n' "$__sandbox_checks_m" >&2`,
      `${stop} || exit 0`,
    );
  }
  lines.push('exit 0');
  return `${lines.join('\n')}\n`;
}

const DRIVERS: Record<string, (nonce: string, items: Item[]) => string> = {
  python: () => PYTHON,
  ruby: () => RUBY,
  php: () => PHP,
  bash: bashDriver,
  javascript: () => NODE,
  typescript: () => NODE,
};
