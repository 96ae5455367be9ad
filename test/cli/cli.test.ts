// The CLI end to end, spawned from the committed bundle as a user runs it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { CLI, processesWith, ROOT, runCli } from '../helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sc-cli-'));

describe('sandbox-checks execute', () => {
  it('prints 42 for the README example and exits 0', async () => {
    const r = await runCli(['execute', '--code', 'print(6*7)', '--language', 'python']);
    expect(r.stdout).toBe('42\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('works on Node 20 as well as the Node that runs the tests', async () => {
    const r = await runCli(['execute', '--code', 'console.log(process.version.startsWith("v"))', '--language', 'js'], { node: '/usr/bin/node' });
    expect(r.stdout).toBe('true\n');
    expect(r.code).toBe(0);
  });

  it.each([
    ['hello.js', 'javascript'], ['hello.ts', 'typescript'], ['hello.py', 'python'], ['hello.go', 'go'], ['hello.rs', 'rust'],
    ['hello.rb', 'ruby'], ['hello.php', 'php'], ['Hello.java', 'java'], ['hello.c', 'c'], ['hello.cpp', 'cpp'],
    ['hello.cs', 'csharp'], ['hello.sh', 'bash'],
  ])('--file examples/hello/%s runs as %s', async (file, language) => {
    const r = await runCli(['execute', '--file', `examples/hello/${file}`, '--timeout', '60000']);
    expect(r.stdout, r.stderr).toBe(`hello from ${language}\n`);
    expect(r.code).toBe(0);
  });

  it('prints a compiled program output every time: the CLI stays alive until its sandboxes are cleaned up', async () => {
    // Launchers prepared for later checks are unreferenced; once, cleanup
    // waited on them without keeping the process alive, and it exited early.
    for (let i = 0; i < 8; i++) {
      const r = await runCli(['execute', '--file', 'examples/hello/hello.c']);
      expect(r.stdout, `run ${i}: ${r.stderr}`).toBe('hello from c\n');
      expect(r.code).toBe(0);
    }
  });

  it('--stream prints output as it comes, and a failing program exits 1 with the reason', async () => {
    const r = await runCli(['execute', '--stream', '--code', 'import sys\nprint("partial", flush=True)\nsys.exit(4)', '--language', 'py']);
    expect(r.stdout).toBe('partial\n');
    expect(r.stderr).toMatch(/FAIL .*\(python\)/);
    expect(r.stderr).toContain('expected exit code 0, got 4');
    expect(r.code).toBe(1);
  });

  it('--timeout ends a runaway program as timed out', async () => {
    const r = await runCli(['execute', '--code', 'while true; do :; done', '--language', 'bash', '--timeout', '1000']);
    expect(r.stderr).toContain('did not finish within the 1000 ms timeout');
    expect(r.code).toBe(1);
  });

  it('--env passes variables, and nothing else from the host reaches the program', async () => {
    const r = await runCli(['execute', '--code', 'echo "$GREETING/$SECRET_TOKEN"', '--language', 'sh', '--env', 'GREETING=hi'], { env: { SECRET_TOKEN: 'leak' } });
    expect(r.stdout).toBe('hi/\n');
  });

  it('names a missing toolchain instead of "command not found"', async () => {
    const r = await runCli(['execute', '--code', 'puts 1', '--language', 'ruby'], { env: { PATH: path.join(tmp, 'empty') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ruby is not available on this machine, and Ruby checks need it: install it on this machine (Debian/Ubuntu: sudo apt-get install -y ruby) or run ruby checks on E2B');
  });

  it.each([
    [['execute'], 'execute needs exactly one of --file FILE or --code CODE'],
    [['execute', '--code', 'x', '--file', 'y'], 'execute needs exactly one of --file FILE or --code CODE'],
    [['execute', '--code', 'x', '--language', 'cobol'], '--language: unknown language "cobol"; known languages: javascript'],
    [['execute', '--code', 'x'], 'inline code needs a language'],
    [['execute', '--file', 'nope.py'], '--file: file not found: nope.py'],
    [['execute', '--code', 'x', '--language', 'py', '--timeout', 'soon'], '--timeout: expected a duration'],
    [['execute', '--code', 'x', '--language', 'py', '--bogus'], "Unknown option '--bogus'"],
    [['execute', '--code', 'x', '--language', 'py', '--env', 'NOEQUALS'], '--env expects KEY=VALUE, got "NOEQUALS"'],
    [['run', '--concurrency', '0'], '--concurrency must be a whole number from 1 to 256'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('bad usage %j exits 2 and says what is wrong', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('sandbox-checks run', () => {
  it('runs the examples config, including the numpy install, and writes JSON and JUnit', async () => {
    const json = path.join(tmp, 'results.json');
    const junit = path.join(tmp, 'junit.xml');
    const r = await runCli(['run', 'examples/sandbox-checks.toml', '--json', json, '--junit', junit]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/6 passed, 0 failed \(6 checks in /);
    const results = JSON.parse(readFileSync(json, 'utf8'));
    expect(results.version).toBe(1);
    expect(results.totals).toMatchObject({ passed: 6, failed: 0, timed_out: 0, error: 0, skipped: 0, total: 6 });
    expect(results.checks.map((c: { name: string }) => c.name)).toEqual([
      'fibonacci', 'primes', 'typescript interface', 'write and read a file', 'numpy (package install)', 'inline code',
    ]);
    for (const c of results.checks) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['name', 'language', 'provider', 'status', 'durationMs', 'stdout', 'stderr']));
      expect(c.provider).toBe('local');
    }
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="sandbox-checks" tests="6" failures="0" errors="0" skipped="0"/);
    expect(xml.match(/<testcase /g)).toHaveLength(6);
  });

  it('exits 1 when a check fails, still runs the others, and prints a table', async () => {
    const config = path.join(tmp, 'mixed.toml');
    writeFileSync(config, '[[check]]\nname = "good"\ncode = "echo ok"\nlanguage = "sh"\n\n[[check]]\nname = "bad"\ncode = "echo nope; exit 2"\nlanguage = "sh"\n\n[[check]]\nname = "later"\ncode = "print(1)"\nlanguage = "py"\nexpect = { stdout = "2" }\n');
    const r = await runCli(['run', config, '--concurrency', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/STATUS\s+CHECK\s+LANGUAGE\s+TIME\nPASS\s+good\s+bash/);
    expect(r.stderr).toMatch(/FAIL\s+bad\s+bash/);
    expect(r.stderr).toContain('stdout differs from the expected text: expected "2", got "1"');
    expect(r.stderr).toContain('1 passed, 2 failed (3 checks in');
  });

  it('--filter runs only matching checks', async () => {
    const r = await runCli(['run', 'examples/sandbox-checks.toml', '--filter', 'fib']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 passed, 0 failed (1 checks in');
  });

  it('a bad config runs nothing and exits 2 with file:line and key', async () => {
    const config = path.join(tmp, 'bad.toml');
    writeFileSync(config, '[[check]]\ncode = "touch /tmp/should-not-exist"\nlanguage = "sh"\n\n[[check]]\nfile = "x.py"\ntimout = 3\n');
    const r = await runCli(['run', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the configuration has 2 problems; nothing was run.');
    expect(r.stderr).toContain(`${path.relative(ROOT, config)}:7: check[1].timout: unknown key; did you mean "timeout"?`);
    expect(r.stderr).toContain(`${path.relative(ROOT, config)}:6: check[1].file: file not found: x.py`);
  });

  it('a missing config file exits 2 and says how to make one', async () => {
    const r = await runCli(['run'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sandbox-checks.toml: config file not found; create it (see examples/sandbox-checks.toml)');
  });

  it('SIGINT ends every sandbox, reports what ended, and exits 130', async () => {
    const marker = `sc-sigint-${randomBytes(4).toString('hex')}`;
    const config = path.join(tmp, 'slow.toml');
    const json = path.join(tmp, 'slow.json');
    writeFileSync(config, `[[check]]\nname = "quick"\ncode = "echo quick"\nlanguage = "sh"\n\n[[check]]\nname = "slow"\ncode = "exec -a ${marker} sleep 300"\nlanguage = "sh"\ntimeout = "5m"\n\n[[check]]\nname = "never started"\ncode = "echo x"\nlanguage = "sh"\n`);
    const child = spawn(process.execPath, [CLI, 'run', config, '--concurrency', '1', '--json', json], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    await new Promise<void>((resolve) => {
      const poll = setInterval(async () => {
        if ((await processesWith(marker)) > 0) {
          clearInterval(poll);
          resolve();
        }
      }, 100);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(await processesWith(marker)).toBe(0);
    expect(stderr).toContain('SIGINT received; stopping every sandbox');
    const results = JSON.parse(readFileSync(json, 'utf8'));
    expect(results.checks.map((c: { name: string; status: string; reason?: string }) => [c.name, c.status, c.reason])).toEqual([
      ['quick', 'passed', undefined],
      ['slow', 'error', 'cancelled'],
      ['never started', 'skipped', 'cancelled'],
    ]);
  });
});

describe('the project README', () => {
  it('its code blocks run: sandbox-checks run --snippets README.md passes', async () => {
    const json = path.join(tmp, 'readme.json');
    const r = await runCli(['run', '--snippets', 'README.md', '--json', json]);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(json, 'utf8'));
    expect(results.totals.passed).toBeGreaterThanOrEqual(3);
    expect(results.totals.failed + results.totals.error + results.totals.timed_out).toBe(0);
  });
});

describe('sandbox-checks doctor and --version', () => {
  it('lists every language on the local provider', async () => {
    const r = await runCli(['doctor', '--provider', 'local']);
    expect(r.code).toBe(0);
    for (const lang of ['javascript', 'typescript', 'python', 'go', 'rust', 'ruby', 'php', 'java', 'c', 'cpp', 'csharp', 'bash']) {
      expect(r.stdout).toMatch(new RegExp(`✔ ${lang}\\s`));
    }
    expect(r.stdout).toContain('sandbox: ok');
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = await runCli(['--version']);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});
