// The E2B provider through the engine, with the real SDK talking HTTP to the
// emulator: languages, streaming, statuses, and what goes over the wire.
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';

import { COST_PER_SECOND_USD, E2BProvider, META, TOOL_NAME } from '../../src/providers/e2b.js';
import type { RecordedRequest } from '../e2b-emulator/emulator.js';
import { check } from '../helpers.js';
import { describeBackends, pipHosts, useEmulator } from './setup.js';
import { OFFLINE_ENV } from '../../src/engine/check-run.js';

const PROGRAMS: Record<string, string> = {
  python: 'import sys\nprint("hello from", "python", sys.argv[1:])',
  javascript: 'console.log("hello from", "javascript")',
  typescript: 'const who: string = "typescript";\ninterface P { n: number }\nconst p: P = { n: 1 };\nconsole.log("hello from", who, p.n)',
  java: 'public class Hello { public static void main(String[] a) { System.out.println("hello from java"); } }',
  c: '#include <stdio.h>\nint main(void) { printf("hello from c\\n"); return 0; }',
  cpp: '#include <iostream>\nint main() { std::cout << "hello from cpp" << std::endl; }',
  bash: 'echo "hello from bash"',
  go: 'package main\nimport "fmt"\nfunc main() { fmt.Println("hello from go") }',
  rust: 'fn main() { println!("hello from rust"); }',
  ruby: 'puts "hello from ruby"',
  php: '<?php echo "hello from php\\n";',
  csharp: 'class P { static void Main() { System.Console.WriteLine("hello from csharp"); } }',
};
const DEFAULT_TEMPLATE_LANGS = ['python', 'javascript', 'typescript', 'java', 'c', 'cpp', 'bash'];
const FULL_TEMPLATE_LANGS = ['go', 'rust', 'ruby', 'php', 'csharp'];

const starts = (reqs: RecordedRequest[]) => reqs.filter((r) => r.op === 'start').map((r) => r.body as { process: { args: string[]; envs?: Record<string, string>; cwd?: string } });

describeBackends('E2B provider', (backend) => {
  const h = useEmulator({ backend: backend.name });

  it('runs every language of the default template, each in its own sandbox', async () => {
    const checks = DEFAULT_TEMPLATE_LANGS.map((language) => check({ name: `hello ${language}`, language, code: PROGRAMS[language]! }));
    const outcomes = await h.run(checks, {}, { concurrency: 4 });
    for (const o of outcomes) {
      expect(o.status, `${o.name}: ${o.message}\n${o.stderr.head}`).toBe('passed');
      expect(o.stdout.head).toContain(`hello from ${o.language}`);
      expect(o.provider).toBe('e2b');
      expect(o.sandboxId).toMatch(/^[a-z0-9]{20}$/);
      expect(o.sandboxSeconds).toBeGreaterThanOrEqual(1);
      expect(o.costUsd).toBeCloseTo(o.sandboxSeconds! * COST_PER_SECOND_USD, 9);
    }
    const creates = h.emu.ops('create');
    expect(creates).toHaveLength(DEFAULT_TEMPLATE_LANGS.length);
    expect(new Set(outcomes.map((o) => o.sandboxId)).size).toBe(DEFAULT_TEMPLATE_LANGS.length);
    expect(creates.every((r) => (r.body as { templateID: string }).templateID === 'code-interpreter-v1')).toBe(true);
    // Every sandbox created was killed by the provider (not by its time-to-live).
    expect(h.emu.ops('kill').map((r) => r.sandboxId).sort()).toEqual(outcomes.map((o) => o.sandboxId).sort());
    expect([...h.emu.sandboxes.values()].filter((s) => creates.some((c) => c.sandboxId === s.id)).every((s) => s.killedBy === 'api')).toBe(true);
  });

  it('ends Go, Rust, Ruby, PHP and C# on the default template as toolchain_missing naming the template option, creating nothing', async () => {
    const checks = FULL_TEMPLATE_LANGS.map((language) => check({ name: `hello ${language}`, language, code: PROGRAMS[language]! }));
    const outcomes = await h.run(checks);
    for (const o of outcomes) {
      expect(o).toMatchObject({ status: 'error', reason: 'toolchain_missing' });
      expect(o.message).toContain('in the E2B template');
      expect(o.message).toContain('[e2b] template = "sandbox-checks"');
      expect(o.message).not.toMatch(/command not found/);
    }
    expect(h.emu.ops('create')).toHaveLength(0);
  });

  it('runs all five of them on the full template (template = "sandbox-checks")', async () => {
    const checks = FULL_TEMPLATE_LANGS.map((language) => check({ name: `hello ${language}`, language, code: PROGRAMS[language]!, limits: { timeoutMs: 90_000 } }));
    const outcomes = await h.run(checks, { template: 'sandbox-checks' }, { concurrency: 2 });
    for (const o of outcomes) {
      expect(o.status, `${o.name}: ${o.message}\n${o.stderr.head}`).toBe('passed');
      expect(o.stdout.head).toContain(`hello from ${o.language}`);
    }
    expect(h.emu.ops('create').every((r) => (r.body as { templateID: string }).templateID === 'sandbox-checks')).toBe(true);
  }, 240_000);

  it('asks a custom template which tools it has, once, and names what is missing', async () => {
    const provider = h.provider({ template: 'my-team-template' });
    h.emu.defineTemplate('my-team-template', ['python3', 'pip', 'bash']);
    try {
      const outcomes = await h.run(
        [check({ name: 'py', language: 'python', code: 'print(1)' }), check({ name: 'js', language: 'javascript', code: 'console.log(1)' })],
        {},
        { provider },
      );
      expect(outcomes[0]!.status, outcomes[0]!.message).toBe('passed');
      expect(outcomes[1]).toMatchObject({ status: 'error', reason: 'toolchain_missing' });
      expect(outcomes[1]!.message).toContain('node is not available in the E2B template');
      expect(outcomes[1]!.message).toContain('"my-team-template"');
      // One probe sandbox plus the Python check's.
      expect(h.emu.ops('create')).toHaveLength(2);
      expect(h.emu.ops('create').map((r) => (r.body as { metadata: Record<string, string> }).metadata.check)).toContain('(toolchain probe)');
    } finally {
      h.emu.defineTemplate('my-team-template', undefined);
    }
  });

  it('streams stdout and stderr in the order they were printed', async () => {
    const events: string[] = [];
    const code = 'import sys, time\nfor i in range(4):\n    print(f"out {i}", flush=True)\n    time.sleep(0.05)\n    print(f"err {i}", file=sys.stderr, flush=True)\n    time.sleep(0.05)';
    const [o] = await h.run([check({ language: 'python', code })], {}, {
      onOutput: (_c, stream, chunk) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) events.push(`${stream}:${line}`);
      },
    });
    expect(o!.status, o!.message).toBe('passed');
    expect(events).toEqual(['out 0', 'err 0', 'out 1', 'err 1', 'out 2', 'err 2', 'out 3', 'err 3'].map((l) => `${l.startsWith('out') ? 'stdout' : 'stderr'}:${l}`));
    expect(o!.stdout.head).toBe('out 0\nout 1\nout 2\nout 3\n');
  });

  it('gives exit codes, expectations, stdin, args and timeouts the right statuses', async () => {
    const outcomes = await h.run(
      [
        check({ name: 'exit 3', language: 'bash', code: 'echo before; exit 3' }),
        check({ name: 'expected 3', language: 'bash', code: 'exit 3', expect: { exitCode: 3 } }),
        check({ name: 'wrong output', language: 'python', code: 'print("apples")', expect: { stdoutContains: ['pears'] } }),
        check({ name: 'stdin and args', language: 'python', code: 'import sys\nprint(sys.stdin.read().upper(), sys.argv[1:])', stdin: 'piped in', args: ['a b', "it's"] }),
        check({ name: 'sleeps too long', language: 'bash', code: 'echo started; sleep 30; echo never', limits: { timeoutMs: 1500 } }),
        check({ name: 'compile error', language: 'c', code: 'int main(void) { return undefined_thing; }' }),
        check({ name: 'killed by a signal', language: 'bash', code: 'kill -SEGV $$' }),
      ],
      {},
      { concurrency: 4 },
    );
    const by = Object.fromEntries(outcomes.map((o) => [o.name, o]));
    expect(by['exit 3']).toMatchObject({ status: 'failed', reason: 'exit_code', exitCode: 3 });
    expect(by['exit 3']!.stdout.head).toBe('before\n');
    expect(by['expected 3']!.status).toBe('passed');
    expect(by['wrong output']).toMatchObject({ status: 'failed', reason: 'expectation' });
    expect(by['stdin and args']!.stdout.head).toBe("PIPED IN ['a b', \"it's\"]\n");
    expect(by['sleeps too long']).toMatchObject({ status: 'timed_out', reason: 'timeout' });
    expect(by['sleeps too long']!.stdout.head).toBe('started\n');
    expect(by['sleeps too long']!.durationMs).toBeLessThan(6000);
    expect(by['compile error']).toMatchObject({ status: 'failed', reason: 'compile' });
    expect(by['compile error']!.stderr.head).toContain('undefined_thing');
    expect(by['killed by a signal']).toMatchObject({ status: 'failed', reason: 'signal', signal: 'SIGSEGV' });
    // The timed-out program was killed, not left running in its sandbox.
    expect(h.emu.runningProcesses()).toBe(0);
  });

  it('stops a program that floods its output, and kills its process', async () => {
    const [o] = await h.run([check({ language: 'bash', code: 'yes flood', limits: { outputBytes: 200_000 } })]);
    expect(o).toMatchObject({ status: 'failed', reason: 'output_limit' });
    expect(h.emu.ops('signal').length).toBe(1);
    expect((h.emu.ops('signal')[0]!.body as { signal: string }).signal).toBe('SIGNAL_SIGKILL');
  });

  it('sends only the check: no host variable, only its env, no network, metadata naming the run and the check', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    process.env.SANDBOX_CHECKS_TEST_CANARY = canary;
    process.env.GITHUB_TOKEN_TEST_CANARY = canary;
    try {
      const provider = h.provider({ runId: 'run-under-test' });
      const [o] = await h.run([check({ name: 'env check', language: 'bash', code: 'echo "$GREETING"; env | sort', env: { GREETING: 'hi' } })], {}, { provider });
      expect(o!.status, o!.message).toBe('passed');
      expect(o!.stdout.head).toContain('hi\n');
      expect(o!.stdout.head).not.toContain(canary);
      expect(JSON.stringify(h.emu.requests)).not.toContain(canary);

      const create = h.emu.ops('create')[0]!.body as Record<string, unknown>;
      expect(create.envVars).toEqual({ GREETING: 'hi' });
      expect(create.allow_internet_access).toBe(false);
      expect(create.metadata).toEqual({
        [META.tool]: TOOL_NAME,
        [META.version]: expect.any(String),
        [META.run]: 'run-under-test',
        [META.check]: 'env check',
        [META.language]: 'bash',
      });
      expect(create.timeout).toBe(Math.ceil((20_000 + 60_000) / 1000));
      for (const s of starts(h.emu.requests)) {
        // LANG as the local provider sets it (envd sets none); the check has no network, so the installers' offline settings.
        expect(s.process.envs).toEqual({ ...OFFLINE_ENV, GREETING: 'hi', LANG: 'C.UTF-8' });
        expect(s.process.cwd).toMatch(/^\/home\/user\/check-[0-9a-f]{10}$/);
        expect(s.process.args.slice(0, 2)).toEqual(['-l', '-c']);
      }
      const upload = h.emu.ops('files')[0]!.body as { path: string }[];
      expect(upload.map((f) => f.path)).toEqual([`${starts(h.emu.requests)[0]!.process.cwd}/main.sh`]);
    } finally {
      delete process.env.SANDBOX_CHECKS_TEST_CANARY;
      delete process.env.GITHUB_TOKEN_TEST_CANARY;
    }
  });

  it('turns the network on only for a check that asks, and the program really has none otherwise', async () => {
    const probe = 'import socket\ntry:\n    socket.getaddrinfo("localhost", 80); socket.create_connection(("1.1.1.1", 53), timeout=2); print("online")\nexcept OSError as e:\n    print("offline")';
    const outcomes = await h.run([
      check({ name: 'off', language: 'python', code: probe }),
      check({ name: 'on', language: 'python', code: 'print("asked for network")', network: true }),
    ]);
    expect(outcomes[0]!.stdout.head).toBe('offline\n');
    const bodies = h.emu.ops('create').map((r) => r.body as { allow_internet_access: boolean; metadata: { check: string } });
    expect(bodies.find((b) => b.metadata.check === 'off')!.allow_internet_access).toBe(false);
    expect(bodies.find((b) => b.metadata.check === 'on')!.allow_internet_access).toBe(true);
  });

  it('ends the check with a clear error when E2B refuses the egress rule for the install', async () => {
    h.emu.inject({ on: 'network', status: 400, message: 'invalid allowOut entry' });
    const [o] = await h.run([check({ language: 'python', code: 'import six', packages: ['six'] })], { packageHosts: ['packages.invalid'] });
    expect(o).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(o!.message).toMatch(/^could not open the E2B sandbox's network to the package hosts \(packages\.invalid\): 400: invalid allowOut entry/);
    expect(starts(h.emu.requests)).toHaveLength(0);
  });

  it('opens the internet for the install when no package hosts are configured, and closes it before the program, whose request fails', async () => {
    const [index] = pipHosts();
    // The program asks the package index itself (through the proxy a sandbox may have, as pip did).
    const code = `import six, urllib.request\nprint("six", six.__version__ != "")\ntry:\n    urllib.request.urlopen("https://${index}/simple/six/", timeout=5); print("reached the index")\nexcept OSError as e:\n    print("blocked")`;
    const [o] = await h.run([check({ language: 'python', code, packages: ['six'], limits: { timeoutMs: 120_000 } })], {}, { keepLogs: true });
    expect(o!.status, `${o!.message}\n${o!.stderr.head}`).toBe('passed');
    expect(o!.stdout.head).toBe('six True\nblocked\n');
    expect(h.emu.ops('network').map((r) => r.body)).toEqual([{ allow_internet_access: true }, { allow_internet_access: false }]);
    const seq = h.emu.requests.filter((r) => r.op === 'network' || r.op === 'start').map((r) => r.op);
    expect(seq).toEqual(['network', 'start', 'network', 'start']);
    const log = (await import('node:fs')).readFileSync(o!.logFile!, 'utf8');
    expect(log).toContain('network is open to the internet, for the package install');
  }, 180_000);

  it('opens egress to exactly the package hosts for the install, then closes it before the program runs', async () => {
    const hosts = pipHosts();
    const code = 'import six, socket\nprint("six", six.__version__ != "")\ntry:\n    socket.create_connection(("1.1.1.1", 53), timeout=2); print("online")\nexcept OSError:\n    print("offline")';
    const [o] = await h.run([check({ language: 'python', code, packages: ['six'], limits: { timeoutMs: 120_000 } })], { packageHosts: hosts }, { keepLogs: true });
    expect(o!.status, `${o!.message}\n${o!.stderr.head}`).toBe('passed');
    expect(o!.stdout.head).toBe('six True\noffline\n');
    const net = h.emu.ops('network').map((r) => r.body);
    expect(net).toEqual([{ allowOut: hosts, denyOut: ['0.0.0.0/0'] }, { allow_internet_access: false }]);
    // The install ran between the two updates, the program after the second.
    const seq = h.emu.requests.filter((r) => r.op === 'network' || r.op === 'start').map((r) => r.op);
    expect(seq).toEqual(['network', 'start', 'network', 'start']);
    // The sandbox's lifetime was stretched to cover the install's own 5-minute budget.
    expect(h.emu.ops('timeout').map((r) => (r.body as { timeout: number }).timeout)[0]).toBeGreaterThanOrEqual(300);
    const log = (await import('node:fs')).readFileSync(o!.logFile!, 'utf8');
    expect(log).toContain(`network is open to ${hosts.join(', ')} only, for the package install`);
  }, 180_000);

  it('reports sandbox-seconds and an estimated cost at the documented rate', async () => {
    const provider = h.provider();
    const sandbox = await provider.create({ name: 'cost', language: 'bash', network: false, env: {}, limits: check({ language: 'bash', code: '' }).limits });
    await new Promise((r) => setTimeout(r, 1100));
    expect(sandbox.billedSeconds()).toBe(2);
    expect(sandbox.estimatedCostUsd()).toBeCloseTo(2 * provider.costPerSecondUsd, 9);
    await sandbox.destroy();
    const frozen = sandbox.billedSeconds();
    await new Promise((r) => setTimeout(r, 1100));
    expect(sandbox.billedSeconds()).toBe(frozen);
    expect(new E2BProvider({ apiKey: 'k', costPerSecondUsd: 0.001 }).costPerSecondUsd).toBe(0.001);
  });

  it('runs code in the interpreter kernel with runCode, errors included', async () => {
    const provider = h.provider();
    const sandbox = await provider.create({ name: 'kernel', language: 'python', network: false, env: {}, limits: check({ language: 'python', code: '' }).limits });
    try {
      const lines: string[] = [];
      const ok = await sandbox.runCode('print(6 * 7)', { language: 'python', onStdout: (s) => lines.push(s) });
      expect(ok.error).toBeUndefined();
      expect(ok.stdout).toBe('42\n');
      expect(lines.join('')).toBe('42\n');
      const bad = await sandbox.runCode('raise ValueError("nope")', { language: 'python' });
      expect(bad.error).toMatchObject({ name: 'ValueError', value: 'nope' });
      expect(h.emu.ops('execute')).toHaveLength(2);
    } finally {
      await sandbox.destroy();
    }
  });

  it('writes nested files into the fresh folder and refuses paths that escape it', async () => {
    const c = check({ language: 'python', code: 'import helper.util as u\nprint(u.VALUE)' });
    c.files.push({ path: 'helper/__init__.py', content: Buffer.from('') }, { path: 'helper/util.py', content: Buffer.from('VALUE = "nested ok"\n') });
    const bad = check({ name: 'escape', language: 'bash', code: 'true' });
    bad.files.push({ path: '../outside.txt', content: Buffer.from('x') });
    const [o, e] = await h.run([c, bad]);
    expect(o!.status, o!.message).toBe('passed');
    expect(o!.stdout.head).toBe('nested ok\n');
    expect(e).toMatchObject({ status: 'error', reason: 'sandbox_error' });
    expect(e!.message).toContain('escapes the workspace');
  });
});
