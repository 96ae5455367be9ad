// Limits on the real local provider: each ends the check with a status that
// says which limit, and nothing the check started survives it.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { processesWith, runOneLocal } from '../helpers.js';

function ourGroups(): string[] {
  const found: string[] = [];
  for (const line of readFileSync('/proc/self/cgroup', 'utf8').trim().split('\n')) {
    const [, controllers, rel] = line.split(':');
    const base = controllers ? `/sys/fs/cgroup/${controllers.split(',')[0]}${rel}` : `/sys/fs/cgroup/sandbox-checks`;
    try {
      found.push(...readdirSync(base).filter((n) => n.startsWith(`sc-${process.pid.toString(16)}-`)).map((n) => `${base}/${n}`));
    } catch {
      /* controller not mounted */
    }
  }
  return found;
}
const groupsBefore = new Set(ourGroups());

describe('local sandbox limits', () => {
  it('an infinite loop times out near its deadline', async () => {
    const started = Date.now();
    const o = await runOneLocal({ language: 'python', code: 'while True: pass', limits: { timeoutMs: 1500 } });
    const took = Date.now() - started;
    expect(o).toMatchObject({ status: 'timed_out', reason: 'timeout' });
    expect(o.exitCode).toBeUndefined();
    expect(took).toBeGreaterThanOrEqual(1500);
    expect(took).toBeLessThan(4000);
  });

  it('sleeping after printing times out and keeps what was printed', async () => {
    const o = await runOneLocal({ language: 'python', code: 'print("expected", flush=True)\nimport time\ntime.sleep(999)', limits: { timeoutMs: 1500 }, expect: { stdoutEquals: 'expected' } });
    expect(o).toMatchObject({ status: 'timed_out', reason: 'timeout' });
    expect(o.stdout.head).toBe('expected\n');
  });

  it('a daemonized grandchild holding stdout neither hangs the run nor survives it', async () => {
    const marker = `sc-daemon-${randomBytes(4).toString('hex')}`;
    const started = Date.now();
    const o = await runOneLocal({
      language: 'bash',
      code: `(setsid bash -c 'exec -a ${marker} sleep 600' &) ; (nohup sleep 600 >/dev/null 2>&1 &); echo started`,
      limits: { timeoutMs: 10_000 },
    });
    expect(o).toMatchObject({ status: 'passed' });
    expect(o.stdout.head).toBe('started\n');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await processesWith(marker)).toBe(0);
  });

  it('a fork bomb is contained, ends with a status, and leaves the machine responsive', async () => {
    const marker = `sc-bomb-${randomBytes(4).toString('hex')}`;
    const o = await runOneLocal({
      language: 'bash',
      // Forked bash processes keep the marker as their argv[0].
      code: `exec -a ${marker} bash -c 'bomb() { bomb | bomb & }; bomb; sleep 5'`,
      limits: { timeoutMs: 3000, processes: 64 },
    });
    expect(['failed', 'timed_out']).toContain(o.status);
    expect(['processes', 'timeout']).toContain(o.reason);
    expect(await processesWith(marker)).toBe(0);
    const after = Date.now();
    const next = await runOneLocal({ language: 'bash', code: 'echo still fine' });
    expect(next.status).toBe('passed');
    expect(Date.now() - after).toBeLessThan(3000);
  });

  it('100 MB of output is capped: the check stops with output_limit and the log stays bounded', async () => {
    const rssBefore = process.memoryUsage().rss;
    const o = await runOneLocal({
      language: 'python',
      code: 'import sys\nfor _ in range(100): sys.stdout.write("y" * (1 << 20))',
      limits: { outputBytes: 4 * 1024 * 1024, timeoutMs: 20_000 },
    });
    expect(o).toMatchObject({ status: 'failed', reason: 'output_limit' });
    expect(o.message).toMatch(/stdout went over the 4194304-byte output limit/);
    expect(o.stdout.bytes).toBe(4 * 1024 * 1024);
    expect(o.stdout.truncated).toBe(true);
    expect(o.stdout.head.length + o.stdout.tail.length).toBeLessThanOrEqual(64 * 1024);
    expect(statSync(o.logFile!).size).toBe(4 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('stderr is capped on its own', async () => {
    const o = await runOneLocal({ language: 'bash', code: 'head -c 3000000 /dev/zero | tr "\\0" e >&2', limits: { outputBytes: 1024 * 1024 } });
    expect(o).toMatchObject({ status: 'failed', reason: 'output_limit' });
    expect(o.message).toMatch(/^stderr went over/);
  });

  it('a memory balloon ends as a memory limit, not a crash of the tool', async () => {
    const o = await runOneLocal({ language: 'python', code: 'b = bytearray(1 << 30)\nprint("allocated")', limits: { memoryBytes: 128 * 1024 * 1024 } });
    expect(o.status).toBe('failed');
    expect(['memory']).toContain(o.reason);
    expect(o.stdout.head).not.toContain('allocated');
  });

  it('the JVM, V8 and Go run fine under the memory limit', async () => {
    const limits = { memoryBytes: 256 * 1024 * 1024, timeoutMs: 60_000 };
    const [java, node, go] = await Promise.all([
      runOneLocal({ language: 'java', code: 'public class M { public static void main(String[] a) { int[] x = new int[10_000_000]; System.out.println("java " + x.length); } }', limits }),
      runOneLocal({ language: 'javascript', code: 'const a = new Array(5_000_000).fill(1); console.log("node", a.length)', limits }),
      runOneLocal({ language: 'go', code: 'package main\nimport "fmt"\nfunc main() { x := make([]int, 10_000_000); fmt.Println("go", len(x)) }', limits }),
    ]);
    expect(java!.stdout.head, java!.message).toBe('java 10000000\n');
    expect(node!.stdout.head, node!.message).toBe('node 5000000\n');
    expect(go!.stdout.head, go!.message).toBe('go 10000000\n');
  });

  it('a file larger than the file-size limit is refused', async () => {
    const o = await runOneLocal({ language: 'bash', code: 'head -c 5000000 /dev/zero > big.bin; echo "exit $?"', limits: { fileSizeBytes: 1024 * 1024 } });
    expect(o.stdout.head).toMatch(/exit (1|153)/);
  });

  it('a program killed by a signal is reported with the signal name', async () => {
    const o = await runOneLocal({ language: 'c', code: '#include <stdlib.h>\nint main(void){ abort(); }' });
    expect(o).toMatchObject({ status: 'failed', reason: 'signal', signal: 'SIGABRT' });
    expect(o.message).toBe('killed by SIGABRT (exit status 134)');
  });

  it('stdin is empty by default, so a program waiting for input ends at once', async () => {
    const o = await runOneLocal({ language: 'python', code: 'try:\n    input()\nexcept EOFError:\n    print("eof")' });
    expect(o).toMatchObject({ status: 'passed' });
    expect(o.stdout.head).toBe('eof\n');
  });

  it('rlimits cannot be raised from inside', async () => {
    const o = await runOneLocal({ language: 'bash', code: 'ulimit -t unlimited 2>&1 || echo refused' });
    expect(o.stdout.head).toMatch(/refused/);
  });

  it('no per-check cgroup is left behind', () => {
    // Groups carry their owner's pid; a test worker may have run other files
    // before this one, so only groups made since this file started count.
    const leftovers = ourGroups().filter((g) => !groupsBefore.has(g));
    expect(leftovers).toEqual([]);
  });
});
