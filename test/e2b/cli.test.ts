// The bundled CLI end to end with --provider e2b against the emulator, as a
// user runs it: E2B_API_KEY / E2B_API_URL / E2B_SANDBOX_URL in the
// environment, nothing else. Needs the bundle: node scripts/bundle.mjs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { CLI, ROOT, runCli } from '../helpers.js';
import { describeBackends, useEmulator } from './setup.js';

const h = useEmulator();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sc-e2b-cli-'));

function cli(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { env: { ...h.emu.env(), SANDBOX_CHECKS_E2B_CREATE_INTERVAL: '100ms', ...env }, timeoutMs: 170_000 });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with node scripts/bundle.mjs`);
});

describeBackends('the examples with --provider e2b and the defaults', (backend) => {
  const h = useEmulator({ backend: backend.name });
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(args, { env: { ...h.emu.env(), SANDBOX_CHECKS_E2B_CREATE_INTERVAL: '100ms', ...env }, timeoutMs: 170_000 });

  it('runs the examples plan: every check passes, each in its own sandbox, nothing of the host sent', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const json = path.join(tmp, 'examples.json');
    // No package hosts: numpy's install opens the internet for itself, and only for the install.
    const r = await cli(['run', 'examples/sandbox-checks.toml', '--provider', 'e2b', '--json', json], { HOST_SECRET_CANARY: canary });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/6 passed, 0 failed/);
    const results = JSON.parse(readFileSync(json, 'utf8')) as { checks: { provider: string; status: string; sandboxId?: string }[] };
    expect(results.checks).toHaveLength(6);
    for (const c of results.checks) {
      expect(c.provider).toBe('e2b');
      expect(c.status).toBe('passed');
    }
    const creates = h.emu.ops('create').map((c) => c.body as { metadata: Record<string, string>; allow_internet_access: boolean; envVars?: unknown });
    expect(creates).toHaveLength(6);
    expect(new Set(creates.map((c) => c.metadata.run)).size).toBe(1);
    expect(creates.map((c) => c.metadata.check).sort()).toEqual(
      ['fibonacci', 'primes', 'typescript interface', 'write and read a file', 'numpy (package install)', 'inline code'].sort(),
    );
    expect(creates.every((c) => c.allow_internet_access === false)).toBe(true);
    expect(JSON.stringify(h.emu.requests)).not.toContain(canary);
    expect(h.emu.liveCount()).toBe(0);
    const numpy = h.emu.ops('create').find((c) => (c.body as { metadata: Record<string, string> }).metadata.check === 'numpy (package install)')!;
    expect(h.emu.ops('network').filter((n) => n.sandboxId === numpy.sandboxId).map((n) => n.body)).toEqual([
      { allow_internet_access: true },
      { allow_internet_access: false },
    ]);
  }, 180_000);
});

describe('sandbox-checks CLI with --provider e2b', () => {

  it('execute prints what the program printed and exits 0', async () => {
    const r = await cli(['execute', '--code', 'print(6*7)', '--language', 'python', '--provider', 'e2b']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('42\n');
    expect(h.emu.ops('create')).toHaveLength(1);
  });

  it('execute --stream passes output through while the program still runs', async () => {
    const code = 'echo first; echo oops >&2; sleep 1.5; echo second';
    const seen: { text: string; at: number }[] = [];
    const started = Date.now();
    const code_ = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'execute', '--code', code, '--language', 'bash', '--stream', '--provider', 'e2b'], {
        cwd: ROOT,
        env: { ...process.env, ...h.emu.env(), CI: 'true', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (b: Buffer) => seen.push({ text: b.toString(), at: Date.now() - started }));
      child.on('close', resolve);
    });
    const ended = Date.now() - started;
    expect(code_).toBe(0);
    expect(seen.map((s) => s.text).join('')).toBe('first\nsecond\n');
    const first = seen.find((s) => s.text.includes('first'))!;
    expect(ended - first.at).toBeGreaterThanOrEqual(1200);
  });

  it('gives exit codes, timeouts and missing toolchains their statuses and messages', async () => {
    const failed = await cli(['execute', '--code', 'echo no >&2; exit 3', '--language', 'bash', '--provider', 'e2b']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('no\n');
    expect(failed.stderr).toMatch(/FAIL.*\n.*exit code/i);

    const slow = await cli(['execute', '--code', 'sleep 20', '--language', 'bash', '--timeout', '1500', '--provider', 'e2b']);
    expect(slow.code).toBe(1);
    expect(slow.stderr).toMatch(/did not finish within the 1500 ms timeout/);
    expect(slow.ms).toBeLessThan(10_000);

    const go = await cli(['execute', '--code', 'package main\nfunc main() {}', '--language', 'go', '--provider', 'e2b']);
    expect(go.code).toBe(1);
    expect(go.stderr).toContain('go is not available in the E2B template');
    expect(go.stderr).toContain('[e2b] template = "sandbox-checks"');
  }, 60_000);

  it('recovers from a busy E2B, and names a rejected key', async () => {
    h.emu.inject({ on: 'create', status: 503, times: 2 });
    const busy = await cli(['execute', '--code', 'print("made it")', '--language', 'python', '--provider', 'e2b']);
    expect(busy.code, busy.stderr).toBe(0);
    expect(busy.stdout).toBe('made it\n');
    expect(h.emu.ops('create').map((r) => r.status)).toEqual([503, 503, 201]);

    h.emu.reset();
    h.emu.inject({ on: 'list', status: 401, times: Infinity });
    const denied = await cli(['execute', '--code', 'print(1)', '--language', 'python', '--provider', 'e2b']);
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toContain('the E2B API key was rejected');
    expect(h.emu.ops('create')).toHaveLength(0);
  }, 60_000);

  it('SIGTERM mid-run kills every sandbox and still writes the report', async () => {
    const config = path.join(tmp, 'long.toml');
    writeFileSync(
      config,
      ['[[check]]', 'name = "long one"', 'language = "bash"', 'code = "echo started; sleep 60"', '', '[[check]]', 'name = "long two"', 'language = "python"', 'code = "import time; print(\'started\', flush=True); time.sleep(60)"', ''].join('\n'),
    );
    const json = path.join(tmp, 'long.json');
    const child = spawn(process.execPath, [CLI, 'run', config, '--provider', 'e2b', '--json', json], {
      cwd: ROOT,
      env: { ...process.env, ...h.emu.env(), SANDBOX_CHECKS_E2B_CREATE_INTERVAL: '100ms', CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await h.emu.waitFor(() => h.emu.ops('start').length === 2 && h.emu.runningProcesses() === 2, 30_000, 'both checks to run');
    expect(h.emu.liveCount()).toBe(2);
    child.kill('SIGTERM');
    const code = await exited;
    expect(code, stderr).toBe(143);
    expect(h.emu.liveCount()).toBe(0);
    expect(h.emu.runningProcesses()).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { checks: { status: string; reason: string }[] };
    expect(report.checks.map((c) => [c.status, c.reason])).toEqual([
      ['error', 'cancelled'],
      ['error', 'cancelled'],
    ]);
  }, 60_000);

  it('doctor lists what the default template can run and how to get the rest', async () => {
    const r = await cli(['doctor', '--provider', 'e2b']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('template: code-interpreter-v1 (default)');
    expect(r.stdout).toMatch(/✔ python/);
    expect(r.stdout).toMatch(/✘ rust\s+missing rustc: .*\[e2b\] template = "sandbox-checks"/);
    expect(h.emu.ops('create')).toHaveLength(0);
  });
});
