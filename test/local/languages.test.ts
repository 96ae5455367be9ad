// Every language on the real local provider: a program that prints, and one
// that exits non-zero, each through its real compiler or interpreter.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { lookupTool } from '../../src/providers/local-toolchains.js';
import { check, runLocal } from '../helpers.js';

const PROGRAMS: Record<string, { ok: string; fail: string }> = {
  javascript: { ok: 'console.log("out:" + (6*7))', fail: 'console.error("bad"); process.exit(3)' },
  typescript: {
    ok: 'interface Person { name: string; age: number }\nconst people: Person[] = [{ name: "A", age: 40 }, { name: "B", age: 44 }];\nconsole.log("out:" + people.reduce((s, p) => s + p.age, 0) / 2);',
    fail: 'const n: number = 3;\nconsole.error("bad");\nprocess.exit(n);',
  },
  python: { ok: 'print("out:" + str(6*7))', fail: 'import sys\nprint("bad", file=sys.stderr)\nsys.exit(3)' },
  go: {
    ok: 'package main\nimport "fmt"\nfunc main() { fmt.Printf("out:%d\\n", 6*7) }',
    fail: 'package main\nimport ("fmt"; "os")\nfunc main() { fmt.Fprintln(os.Stderr, "bad"); os.Exit(3) }',
  },
  rust: { ok: 'fn main() { println!("out:{}", 6*7); }', fail: 'fn main() { eprintln!("bad"); std::process::exit(3); }' },
  ruby: { ok: 'puts "out:#{6*7}"', fail: 'warn "bad"\nexit 3' },
  php: { ok: '<?php echo "out:" . (6*7) . "\\n";', fail: '<?php fwrite(STDERR, "bad\\n"); exit(3);' },
  java: {
    ok: 'public class Main { public static void main(String[] a) { System.out.println("out:" + (6*7)); } }',
    fail: 'public class Fails { public static void main(String[] a) { System.err.println("bad"); System.exit(3); } }',
  },
  c: { ok: '#include <stdio.h>\nint main(void){ printf("out:%d\\n", 6*7); return 0; }', fail: '#include <stdio.h>\nint main(void){ fputs("bad\\n", stderr); return 3; }' },
  cpp: { ok: '#include <iostream>\nint main(){ std::cout << "out:" << 6*7 << "\\n"; }', fail: '#include <iostream>\nint main(){ std::cerr << "bad\\n"; return 3; }' },
  csharp: {
    ok: 'class P { static void Main() { System.Console.WriteLine("out:" + (6*7)); } }',
    fail: 'class P { static int Main() { System.Console.Error.WriteLine("bad"); return 3; } }',
  },
  bash: { ok: 'echo "out:$((6*7))"', fail: 'echo bad >&2; exit 3' },
};

describe('every language runs on the local provider', () => {
  it.each(Object.keys(PROGRAMS))('%s: prints, and reports a non-zero exit as failed', async (language) => {
    const { ok, fail } = PROGRAMS[language]!;
    const [good, bad] = await runLocal(
      [
        check({ name: `${language} ok`, language, code: ok, limits: { timeoutMs: 60_000 } }),
        check({ name: `${language} fail`, language, code: fail, limits: { timeoutMs: 60_000 } }),
      ],
      {},
      { concurrency: 1 },
    );
    expect(good, good!.message).toMatchObject({ status: 'passed', exitCode: 0 });
    expect(good!.stdout.head.trim()).toBe('out:42');
    expect(bad).toMatchObject({ status: 'failed', reason: 'exit_code', exitCode: 3, message: 'expected exit code 0, got 3' });
    expect(bad!.stderr.head.trim()).toBe('bad');
  });

  it('a compile error fails the check with the compiler message', async () => {
    const [o] = await runLocal([check({ language: 'c', code: 'int main(void) { return nope; }' })]);
    expect(o).toMatchObject({ status: 'failed', reason: 'compile' });
    expect(o!.message).toMatch(/compilation failed: .*nope/s);
  });

  it('passes args and stdin to the program', async () => {
    const [o] = await runLocal([
      check({ language: 'python', code: 'import sys\nprint(sys.argv[1:], sys.stdin.read().upper())', args: ['a b', "c'd"], stdin: 'piped' }),
    ]);
    expect(o!.stdout.head.trim()).toBe(`['a b', "c'd"] PIPED`);
  });

  // Node 20 aborts in node::GetErrorSource on some syntax errors instead of printing them.
  const placeholder = 'class A {\n  ...\n}\n';
  const probe = path.join(mkdtempSync(path.join(os.tmpdir(), 'node-abort-')), 'a.js');
  writeFileSync(probe, placeholder);
  // The node sandboxes run, not whichever node runs the tests.
  const nodeAborts = spawnSync(lookupTool('node').found!.binary, [probe]).signal === 'SIGABRT';
  it.runIf(nodeAborts)('a syntax error node aborts on is a syntax error, not a crash; a real abort stays a signal', async () => {
    const [js, ts, crash, spoof] = await runLocal([
      check({ name: 'js', language: 'javascript', code: `${'\n'.repeat(3000)}${placeholder}` }),
      check({ name: 'ts', language: 'typescript', code: 'class ZodType<\n  Output = any,\n  Input = Output\n> { ... }\n' }),
      check({ name: 'crash', language: 'javascript', code: 'console.error("bye"); process.abort()' }),
      check({ name: 'spoof', language: 'javascript', code: 'console.error("node::GetErrorSource Assertion failed: (end) >= (start)"); process.abort()' }),
    ]);
    for (const o of [js, ts]) {
      expect(o, o!.message).toMatchObject({ status: 'failed', reason: 'compile' });
      expect(o!.message).toMatch(/^syntax error: node aborted \(SIGABRT, a Node bug\)/);
    }
    expect(crash).toMatchObject({ status: 'failed', reason: 'signal', message: 'killed by SIGABRT (exit status 134)' });
    // Printing node's words gets an aborting program nothing but another failure.
    expect(spoof!.status).toBe('failed');
  });
});
