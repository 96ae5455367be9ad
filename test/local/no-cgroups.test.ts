// The fallback for machines where no cgroup can be created (an unprivileged
// runner): memory is capped per process by RLIMIT_DATA, which must not break
// the runtimes that reserve large address ranges.
import { describe, expect, it } from 'vitest';

process.env.SANDBOX_CHECKS_NO_CGROUPS = '1';

const { runOneLocal } = await import('../helpers.js');
const { LocalProvider } = await import('../../src/providers/local.js');

const limits = { memoryBytes: 256 * 1024 * 1024, timeoutMs: 60_000 };

describe('local sandbox without cgroups', () => {
  it('says so in doctor', async () => {
    const p = new LocalProvider();
    await p.probe();
    expect(p.describe()[1]).toMatch(/memory per process by RLIMIT_DATA/);
  });

  it('a memory balloon fails instead of taking the machine', async () => {
    const o = await runOneLocal({ language: 'python', code: 'b = bytearray(1 << 30)\nprint("allocated")', limits });
    expect(o.status).toBe('failed');
    expect(o.stdout.head).not.toContain('allocated');
    expect(o.stderr.head).toContain('MemoryError');
  });

  it('V8, the JVM, Go and Mono still run', async () => {
    const outs = await Promise.all([
      runOneLocal({ language: 'javascript', code: 'console.log(new Array(5e6).fill(1).length)', limits }),
      runOneLocal({ language: 'java', code: 'public class M { public static void main(String[] a) { System.out.println(new int[10_000_000].length); } }', limits }),
      runOneLocal({ language: 'go', code: 'package main\nimport "fmt"\nfunc main() { fmt.Println(len(make([]int, 10_000_000))) }', limits }),
      runOneLocal({ language: 'csharp', code: 'class P { static void Main() { System.Console.WriteLine(new int[10000000].Length); } }', limits }),
    ]);
    for (const o of outs) expect(o.status, `${o.language}: ${o.message} ${o.stderr.head}`).toBe('passed');
    expect(outs.map((o) => o.stdout.head.trim())).toEqual(['5000000', '10000000', '10000000', '10000000']);
  });
});
