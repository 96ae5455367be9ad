// The hostile programs of cases.ts on the real local provider (bubblewrap).
// Each case runs in a plan with a probe check after it, and must end with its
// expected status and reason; then, after every case:
// - no process it started is alive, and a host process (the sentinel) is;
// - nothing changed outside its workspace: no marker file in the host /tmp,
//   /var/tmp, /dev/shm, home or repository, the canary and command files are
//   as they were, no listener on the host was reached, its folder is gone;
// - no canary (env var, home file, token file) is in any outcome, log file,
//   results JSON, JUnit file, job summary or PR comment;
// - the tool's memory stayed bounded and the probe found a fresh sandbox;
// - the results JSON parses, every check has one status, the JUnit XML is well-formed.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { LocalProvider } from '../../src/providers/local.js';
import { cgroupManager } from '../../src/providers/local-cgroups.js';
import { commentMarker, renderComment } from '../../src/report/comment.js';
import { toResultsJson } from '../../src/report/json.js';
import { toJUnit } from '../../src/report/junit.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Outcome } from '../../src/types.js';
import { providerEntry } from '../../src/providers/index.js';
import { check, plan, processesWith, ROOT } from '../helpers.js';
import { expectationFor, HOSTILE_CASES, PROBE, type HostileContext, type ProviderNote } from './cases.js';

const MiB = 1024 * 1024;
const run = randomBytes(4).toString('hex');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sc-hostile-'));
const logDir = path.join(tmp, 'logs');

// Canaries: in this process's environment (where the engine runs), in a file
// in the home folder, and in a token file like the ones CLIs keep there.
const canary = `canary-${randomBytes(12).toString('hex')}`;
const canaryDir = path.join(os.homedir(), `.sc-hostile-${process.pid}-${run}`);
const canaryFiles = [path.join(canaryDir, 'secret.txt'), path.join(canaryDir, 'gh', 'hosts.yml')];
for (const name of ['SANDBOX_CHECKS_CANARY', 'GITHUB_TOKEN', 'INPUT_E2B_API_KEY', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
  process.env[name] = canary;
}
// The runner's command files, as the runner hands them to a step.
const commandDir = path.join(tmp, '_runner_file_commands');
const commandFiles = { GITHUB_ENV: 'set_env', GITHUB_OUTPUT: 'set_output', GITHUB_PATH: 'add_path', GITHUB_STEP_SUMMARY: 'step_summary' };

const provider = new LocalProvider();
// Small, so the disk-fill cases end fast; the default is 2 GiB and 100,000 entries.
provider.workspaceQuota = { bytes: 64 * MiB, entries: 2000 };

const contacts = { tcp: 0, udp: 0, abstract: 0, unix: 0 };
const servers: { close(): void }[] = [];
let listeners: HostileContext['listeners'];
let sentinel: ChildProcess;
const sentinelMarker = `sc-hostile-sentinel-${run}`;
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
  const abstractName = `sc-hostile-${run}`;
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

afterAll(async () => {
  sentinel?.kill('SIGKILL');
  for (const s of servers) s.close();
  rmSync(canaryDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
  await provider.dispose();
});

/**
 * Without a writable cgroup (an unprivileged runner, or SANDBOX_CHECKS_NO_CGROUPS=1)
 * memory and processes fall back to rlimits, which contain less.
 */
// Run as root, checks are host nobody, so RLIMIT_NPROC binds them as it binds a normal user.
const WITHOUT_CGROUPS: Record<string, ProviderNote> = {
  'memory-balloon-c': { reason: 'exit_code', exitCode: 3, why: 'RLIMIT_DATA makes malloc fail inside the program' },
  'tmpfs-fill': { skip: 'not contained without cgroups: the sandbox tmpfs has no size (bwrap 0.8 has no --size) and is not charged to RLIMIT_DATA' },
  'fork-loop-python': { reason: 'exit_code', why: 'RLIMIT_NPROC (counted over every process of the sandbox uid) makes fork fail' },
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

/** Files outside the workspace whose content must not change. */
function snapshot(ctx: HostileContext): Map<string, string | null> {
  const m = new Map<string, string | null>();
  for (const f of [...ctx.canary.files, ...ctx.host.commandFiles, bashrc]) {
    m.set(f, existsSync(f) ? readFileSync(f, 'latin1') : null);
  }
  return m;
}

function reportTexts(outcomes: Outcome[], totals: Parameters<typeof toJUnit>[1]) {
  const input = { outcomes, totals, providerLabel: providerEntry('local').label, cancelled: false, links: {} };
  return {
    json: JSON.stringify(toResultsJson(outcomes, totals)),
    junit: toJUnit(outcomes, totals),
    summary: renderSummary(input).text,
    comment: renderComment(input, commentMarker({ workflow: 'ci', job: 'hostile' })).text,
  };
}

describe('hostile programs on the local provider', () => {
  const cgroups = cgroupManager() !== null;
  for (const c of HOSTILE_CASES) {
    const e = expectationFor(cgroups ? c : { ...c, providers: { ...c.providers, ...(WITHOUT_CGROUPS[c.id] && { local: WITHOUT_CGROUPS[c.id] }) } }, 'local');
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

      const rssBefore = process.memoryUsage().rss;
      let seen: Promise<number> | undefined;
      const summary = await runChecks(plan([hostile, probe], { concurrency: 1, logDir }), {
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
      expect({ status: o!.status, reason: o!.reason }, detail).toEqual({ status: want.status, reason: want.reason });
      if (want.signal !== undefined) expect(o!.signal, detail).toBe(want.signal);
      if (want.exitCode !== undefined) expect(o!.exitCode, detail).toBe(want.exitCode);
      if (want.minMs !== undefined) expect(o!.durationMs).toBeGreaterThanOrEqual(want.minMs);
      if (want.maxMs !== undefined) expect(o!.durationMs).toBeLessThanOrEqual(want.maxMs);
      c.verify?.(o!, ctx, 'local');

      // Nothing it started is alive; what it could not reach still is.
      expect(await processesWith(marker)).toBe(0);
      if (c.seenAlive) expect(await seen, 'the case must be seen alive while it prints').toBeGreaterThan(0);
      expect(await processesWith(sentinelMarker), 'the host sentinel process').toBe(1);

      // Nothing changed outside the workspace, and the workspace is gone.
      for (const dir of ctx.host.writeTargets) {
        expect(readdirSync(dir).filter((n) => n.includes(marker)), dir).toEqual([]);
      }
      expect(snapshot(ctx)).toEqual(before);
      expect(contacts).toEqual({ tcp: 0, udp: 0, abstract: 0, unix: 0 });
      const checkDir = o!.sandboxId?.replace(/^local-/, '');
      expect(checkDir).toMatch(/^check-/);
      for (const root of readdirSync(os.tmpdir()).filter((n) => n.startsWith('sandbox-checks-'))) {
        expect(existsSync(path.join(os.tmpdir(), root, checkDir!)), `${root}/${checkDir}`).toBe(false);
      }

      // The next check ran normally in a fresh sandbox.
      expect(next!.status, `${next!.message}\n${next!.stdout.head}`).toBe('passed');
      expect(next!.stdout.head).toBe(PROBE.expectedStdout);
      expect(next!.durationMs).toBeLessThan(5000);

      // The tool's own memory stayed bounded.
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

      // No canary anywhere.
      const logs = summary.outcomes.map((x) => (x.logFile && existsSync(x.logFile) ? readFileSync(x.logFile, 'latin1') : ''));
      for (const [where, text] of Object.entries({ ...reports, outcomes: JSON.stringify(summary.outcomes), logs: logs.join('\n') })) {
        expect(text.includes(canary), `canary in ${where}`).toBe(false);
      }
      for (const x of summary.outcomes) if (x.logFile) rmSync(x.logFile, { force: true });
    });
  }
});
