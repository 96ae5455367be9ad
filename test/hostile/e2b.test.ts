// The hostile programs of cases.ts on the E2B provider: the real, unmodified
// SDK over HTTP to the E2B wire-protocol emulator, which runs each command in
// bubblewrap on this machine — and, for the cases that test the provider
// (ENVD_CASES), to real envd too (see docs/e2b.md). Each case runs in a plan with the probe check
// after it, and must end with its expected E2B status and reason
// (`providers.e2b` in cases.ts says where that differs from the local
// provider, and why). The emulator stands in for the VM: it hides from the
// sandbox what a VM would not have (the runner's home, the repository,
// /etc/shadow) and, where this machine lets it make cgroups, gives every
// sandbox the finite memory and process count of a (small) VM.
//
// After every case:
// - no sandbox of the run is alive in the emulator, each was killed by the
//   provider (not by its time-to-live), and no process the check started is
//   alive on this machine, where the emulator ran it; a host process still is;
// - nothing changed outside the sandbox: no marker file in the host /tmp,
//   /var/tmp, /dev/shm, home or repository, the canary and command files are
//   as they were, no listener on the host was reached;
// - no canary (env var, home file, token file) is in any outcome, log file,
//   results JSON, JUnit file, job summary or PR comment — nor in any request
//   the provider sent to E2B (headers, bodies, uploads);
// - the tool's memory stayed bounded and the probe found a fresh sandbox;
// - the results JSON parses, every check has one status, the JUnit XML is well-formed.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { cgroupManager } from '../../src/providers/local-cgroups.js';
import { commentMarker, renderComment } from '../../src/report/comment.js';
import { toResultsJson } from '../../src/report/json.js';
import { toJUnit } from '../../src/report/junit.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Outcome } from '../../src/types.js';
import { providerEntry } from '../../src/providers/index.js';
import { describeBackends, useEmulator } from '../e2b/setup.js';
import { check, plan, processesWith, ROOT } from '../helpers.js';
import { expectationFor, HOSTILE_CASES, PROBE, type HostileContext, type ProviderNote } from './cases.js';

const MiB = 1024 * 1024;
const run = randomBytes(4).toString('hex');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sc-hostile-e2b-'));
const logDir = path.join(tmp, 'logs');

// Canaries: in this process's environment (where the engine and the SDK run),
// in a file in the home folder, and in a token file like the ones CLIs keep there.
// (Not E2B_API_KEY: that one is E2B's own and goes to E2B by design.)
const canary = `canary-${randomBytes(12).toString('hex')}`;
const canaryDir = path.join(os.homedir(), `.sc-hostile-e2b-${process.pid}-${run}`);
const canaryFiles = [path.join(canaryDir, 'secret.txt'), path.join(canaryDir, 'gh', 'hosts.yml')];
for (const name of ['SANDBOX_CHECKS_CANARY', 'GITHUB_TOKEN', 'INPUT_E2B_API_KEY', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
  process.env[name] = canary;
}
const commandDir = path.join(tmp, '_runner_file_commands');
const commandFiles = { GITHUB_ENV: 'set_env', GITHUB_OUTPUT: 'set_output', GITHUB_PATH: 'add_path', GITHUB_STEP_SUMMARY: 'step_summary' };

/**
 * The emulated VM: small memory, so the memory balloon meets the OOM killer
 * fast. Its pid cap counts envd's and the bridge's threads too, so it sits well
 * above the checks' own `ulimit -u` (64): a fork bomb that took every pid of
 * the VM would starve envd itself, which a real VM's pid space never does.
 */
const VM = { memoryBytes: 512 * MiB, processes: 512 };
const vmContained = cgroupManager() !== null;
const EMULATOR_OPTIONS = { hide: [os.homedir(), ROOT, '/etc/shadow', '/etc/gshadow'], vm: VM };

/**
 * The cases that test what the provider does with a program (deadlines,
 * limits, signals, exit statuses, what is left running, output) also run on
 * real envd. The others test the sandbox's walls, which on E2B are a VM's,
 * not the emulator's nor envd's: the emulator alone stands in for them.
 */
const ENVD_CASES = new Set([
  'cpu-spin', 'sleep-forever', 'wait-for-stdin', 'fork-bomb-bash', 'fork-loop-python', 'memory-balloon-c', 'stdout-flood',
  'env-harvest', 'huge-file', 'daemon-double-fork', 'grandchild-holds-pipe', 'stdout-closed', 'print-then-sleep',
  'null-deref', 'divide-by-zero', 'abort', 'ignores-sigterm', 'kill-everything', 'zombies', 'rlimit-escape',
  'exit-256', 'exit-minus-one', 'self-sigkill', 'exit-137',
]);

const contacts = { tcp: 0, udp: 0, abstract: 0, unix: 0 };
const servers: { close(): void }[] = [];
let listeners: HostileContext['listeners'];
let sentinel: ChildProcess;
const sentinelMarker = `sc-hostile-e2b-sentinel-${run}`;
const bashrc = path.join(os.homedir(), '.bashrc');

function listen(server: net.Server, where: string | number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    if (typeof where === 'number') server.listen(where, host, resolve);
    else server.listen(where, resolve);
  });
}

function contact(kind: 'tcp' | 'abstract' | 'unix') {
  return net.createServer((s) => {
    contacts[kind]++;
    s.destroy();
  });
}

beforeAll(async () => {
  mkdirSync(path.dirname(canaryFiles[1]!), { recursive: true });
  for (const f of canaryFiles) writeFileSync(f, `token: ${canary}\n`);
  mkdirSync(commandDir, { recursive: true });
  for (const [env, file] of Object.entries(commandFiles)) {
    writeFileSync(path.join(commandDir, file), '');
    process.env[env] = path.join(commandDir, file);
  }
  const tcp = contact('tcp');
  await listen(tcp, 0, '127.0.0.1');
  const udp = dgram.createSocket('udp4');
  udp.on('message', () => contacts.udp++);
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const abstractName = `sc-hostile-e2b-${run}`;
  const abs = contact('abstract');
  await listen(abs, `\0${abstractName}`);
  const unixPath = path.join(tmp, 'host.sock');
  const unix = contact('unix');
  await listen(unix, unixPath);
  servers.push(tcp, abs, unix, udp);
  listeners = { tcpPort: (tcp.address() as net.AddressInfo).port, udpPort: udp.address().port, abstractName, unixPath };

  // The listeners must be able to count a contact, or "0 contacts" proves nothing.
  await new Promise<void>((resolve) => net.connect(listeners.tcpPort, '127.0.0.1').on('close', () => resolve()).on('error', () => resolve()));
  await new Promise<void>((resolve) => net.connect(`\0${abstractName}`).on('close', () => resolve()).on('error', () => resolve()));
  await new Promise<void>((resolve) => net.connect(unixPath).on('close', () => resolve()).on('error', () => resolve()));
  const client = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => client.send('x', listeners.udpPort, '127.0.0.1', () => resolve()));
  client.close();
  for (let i = 0; i < 50 && Object.values(contacts).some((n) => n === 0); i++) await new Promise((r) => setTimeout(r, 20));
  expect(contacts).toEqual({ tcp: 1, udp: 1, abstract: 1, unix: 1 });
  Object.assign(contacts, { tcp: 0, udp: 0, abstract: 0, unix: 0 });

  sentinel = spawn('sleep', ['600'], { argv0: sentinelMarker, stdio: 'ignore' });
  for (let i = 0; i < 50 && (await processesWith(sentinelMarker)) === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(await processesWith(sentinelMarker)).toBe(1);
});

afterAll(() => {
  sentinel?.kill('SIGKILL');
  for (const s of servers) s.close();
  rmSync(canaryDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

/** Without a cgroup for the emulated VM, as root (where `ulimit -u` does not apply), these would run on this machine unbounded. */
const WITHOUT_VM: Record<string, ProviderNote> = {
  'fork-bomb-bash': { skip: 'the emulator needs a cgroup to stand in for the VM: RLIMIT_NPROC does not bound a sandbox mapped to root' },
  'fork-loop-python': { skip: 'the emulator needs a cgroup to stand in for the VM: RLIMIT_NPROC does not bound a sandbox mapped to root' },
  'memory-balloon-c': { skip: 'the emulator needs a cgroup to stand in for the VM memory' },
};

function context(marker: string): HostileContext {
  return {
    marker,
    canary: { value: canary, files: canaryFiles },
    host: {
      home: os.homedir(),
      repo: ROOT,
      writeTargets: [...new Set(['/tmp', os.tmpdir(), '/var/tmp', '/dev/shm', os.homedir(), ROOT, tmp])],
      commandFiles: Object.values(commandFiles).map((f) => path.join(commandDir, f)),
    },
    listeners,
  };
}

function snapshot(ctx: HostileContext): Map<string, string | null> {
  const m = new Map<string, string | null>();
  for (const f of [...ctx.canary.files, ...ctx.host.commandFiles, bashrc]) {
    m.set(f, existsSync(f) ? readFileSync(f, 'latin1') : null);
  }
  return m;
}

function reportTexts(outcomes: Outcome[], totals: Parameters<typeof toJUnit>[1]) {
  const input = { outcomes, totals, providerLabel: providerEntry('e2b').label, cancelled: false, links: {} };
  return {
    json: JSON.stringify(toResultsJson(outcomes, totals)),
    junit: toJUnit(outcomes, totals),
    summary: renderSummary(input).text,
    comment: renderComment(input, commentMarker({ workflow: 'ci', job: 'hostile-e2b' })).text,
  };
}

describeBackends('hostile programs on the E2B provider', (backend) => {
  const h = useEmulator({ ...EMULATOR_OPTIONS, backend: backend.name });
  for (const c of HOSTILE_CASES) {
    if (backend.name === 'envd' && !ENVD_CASES.has(c.id)) continue;
    const e = expectationFor(vmContained || !WITHOUT_VM[c.id] ? c : { ...c, providers: { ...c.providers, e2b: WITHOUT_VM[c.id] } }, 'e2b');
    if ('skip' in e) {
      it.skip(`#${c.row} ${c.id}: ${e.skip}`, () => {});
      continue;
    }
    const want = e.expect;
    it(`#${c.row} ${c.id} → ${want.status}${want.reason ? `/${want.reason}` : ''}`, async () => {
      const marker = `sc-hostile-${c.id}-${run}`;
      const ctx = context(marker);
      expect(await processesWith(marker)).toBe(0);
      const before = snapshot(ctx);
      const hostile = check({
        name: `hostile ${c.id}`,
        language: c.language,
        code: c.code(ctx),
        args: [marker],
        stdin: c.stdin ?? '',
        limits: c.limits,
      });
      const probe = check({ name: PROBE.name, language: PROBE.language, code: PROBE.code, expect: { stdoutEquals: PROBE.expectedStdout } });
      const runId = `hostile-${c.id}-${run}`;
      const provider = h.provider({ runId });

      const rssBefore = process.memoryUsage().rss;
      let seen: Promise<number> | undefined;
      const summary = await runChecks(plan([hostile, probe], { provider: 'e2b', concurrency: 1, logDir, e2b: provider.settings }), {
        provider,
        onOutput: (chk) => {
          if (chk === hostile && !seen) seen = processesWith(marker);
        },
      });
      const rssAfter = process.memoryUsage().rss;
      const [o, next] = summary.outcomes;
      const detail = `${o?.message ?? ''}\nstdout: ${o?.stdout.head.slice(0, 500)}\nstderr: ${o?.stderr.head.slice(0, 500)}`;

      // The expected outcome.
      expect(summary.outcomes).toHaveLength(2);
      expect(o!.provider).toBe('e2b');
      expect({ status: o!.status, reason: o!.reason }, detail).toEqual({ status: want.status, reason: want.reason });
      if (want.signal !== undefined) expect(o!.signal, detail).toBe(want.signal);
      if (want.exitCode !== undefined) expect(o!.exitCode, detail).toBe(want.exitCode);
      if (want.minMs !== undefined) expect(o!.durationMs).toBeGreaterThanOrEqual(want.minMs);
      if (want.maxMs !== undefined) expect(o!.durationMs).toBeLessThanOrEqual(want.maxMs);
      c.verify?.(o!, ctx, 'e2b');

      // Every sandbox of the run was killed by the provider; nothing it started is alive.
      const ofRun = [...h.emu.sandboxes.values()].filter((s) => s.metadata.run === runId);
      expect(ofRun.map((s) => s.id).sort()).toEqual([o!.sandboxId, next!.sandboxId].sort());
      for (const s of ofRun) expect({ id: s.id, state: s.state, killedBy: s.killedBy }).toEqual({ id: s.id, state: 'killed', killedBy: 'api' });
      expect(h.emu.liveCount()).toBe(0);
      expect(h.emu.runningProcesses()).toBe(0);
      expect(provider.liveIds()).toEqual([]);
      expect(await processesWith(marker)).toBe(0);
      if (c.seenAlive) expect(await seen, 'the case must be seen alive while it prints').toBeGreaterThan(0);
      expect(await processesWith(sentinelMarker), 'the host sentinel process').toBe(1);

      // Nothing changed outside the sandbox.
      for (const dir of ctx.host.writeTargets) {
        expect(readdirSync(dir).filter((n) => n.includes(marker)), dir).toEqual([]);
      }
      expect(snapshot(ctx)).toEqual(before);
      expect(contacts).toEqual({ tcp: 0, udp: 0, abstract: 0, unix: 0 });

      // The next check ran normally in a fresh sandbox.
      expect(next!.status, `${next!.message}\n${next!.stdout.head}`).toBe('passed');
      expect(next!.stdout.head).toBe(PROBE.expectedStdout);
      expect(next!.sandboxId).not.toBe(o!.sandboxId);
      expect(next!.durationMs).toBeLessThan(5000);

      // The tool's own memory (and the emulator's, in this process) stayed bounded.
      expect(rssAfter - rssBefore).toBeLessThan(200 * MiB);

      // The reports are complete and well-formed.
      const reports = reportTexts(summary.outcomes, summary.totals);
      const results = JSON.parse(reports.json);
      expect(results.version).toBe(1);
      expect(results.checks.map((x: { name: string }) => x.name)).toEqual([hostile.name, probe.name]);
      for (const x of results.checks) expect(['passed', 'failed', 'timed_out', 'error', 'skipped']).toContain(x.status);
      const t = results.totals;
      expect(t.total).toBe(2);
      expect(t.passed + t.failed + t.timed_out + t.error + t.skipped).toBe(2);
      expect(XMLValidator.validate(reports.junit)).toBe(true);
      expect(reports.junit).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);

      // No canary anywhere: not in the reports, and never sent to E2B.
      const logs = summary.outcomes.map((x) => (x.logFile && existsSync(x.logFile) ? readFileSync(x.logFile, 'latin1') : ''));
      const sent = JSON.stringify(h.emu.requests);
      expect(sent).toContain(hostile.name); // the requests are recorded, so "absent" means something
      for (const [where, text] of Object.entries({ ...reports, outcomes: JSON.stringify(summary.outcomes), logs: logs.join('\n'), requests: sent })) {
        expect(text.includes(canary), `canary in ${where}`).toBe(false);
      }
      for (const x of summary.outcomes) if (x.logFile) rmSync(x.logFile, { force: true });
    });
  }
});

describeBackends('deaths by signal as envd reports them', (backend) => {
  const h = useEmulator({ ...EMULATOR_OPTIONS, backend: backend.name });
  // envd waits for the `sh -c` that runs the program. When that shell itself
  // dies by a signal, envd says so in Go's words ("signal: segmentation
  // fault", exit code -1); the outcome must name the signal as the local
  // provider does, with the shell's 128+n exit status.
  it('names the signal and gives the exit status a shell would', async () => {
    const dies = (sig: string) => check({ name: `parent gets SIG${sig}`, language: 'bash', code: `echo before\nkill -${sig} $PPID\nsleep 2\necho after` });
    const outcomes = await h.run([dies('SEGV'), dies('HUP'), dies('ABRT'), dies('XCPU')], {}, { concurrency: 4 });
    const by = Object.fromEntries(outcomes.map((o) => [o.name, o]));
    for (const [sig, code] of [['SEGV', 139], ['HUP', 129], ['ABRT', 134]] as const) {
      const o = by[`parent gets SIG${sig}`]!;
      expect({ status: o.status, reason: o.reason, signal: o.signal, exitCode: o.exitCode, message: o.message }).toEqual({
        status: 'failed',
        reason: 'signal',
        signal: `SIG${sig}`,
        exitCode: code,
        message: `killed by SIG${sig} (exit status ${code})`,
      });
      expect(o.stdout.head).toBe('before\n');
    }
    // SIGXCPU is the CPU-time limit's signal.
    expect(by['parent gets SIGXCPU']).toMatchObject({ status: 'timed_out', reason: 'timeout', signal: 'SIGXCPU', message: 'used up its CPU-time limit (SIGXCPU)' });
  });
});

describe('what the client keeps of a flood (E2B)', () => {
  const h = useEmulator(EMULATOR_OPTIONS);
  // The SDK appends everything a command prints to its handle; the provider
  // drops that copy, so what a check prints costs the tool only the engine's
  // bounded head and tail, even under a high output limit.
  it('holds no copy of 48 MB of output while the command still runs', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const size = 48 * MiB;
    const flood = check({
      name: 'flood then wait',
      language: 'python',
      code: `import sys, time\nsys.stdout.write("x" * ${size})\nsys.stdout.flush()\nprint("done", flush=True)\ntime.sleep(3)`,
      limits: { outputBytes: 64 * MiB, timeoutMs: 30_000 },
    });
    const before = heap();
    let seen = 0;
    let during: number | undefined;
    const [o] = await h.run([flood], {}, {
      concurrency: 1,
      onOutput: (_c, _s, chunk) => {
        seen += chunk.length;
        if (during === undefined && seen > size) during = heap();
      },
    });
    expect(o!.status, o!.message).toBe('passed');
    expect(o!.stdout.bytes).toBe(size + 5);
    expect(during, 'measured while the command ran').toBeDefined();
    expect(during! - before).toBeLessThan(16 * MiB);
  });
});
