// Checks after the first start from a launcher prepared ahead (already in its
// cgroups, waiting for its command line): what reaches the program must be
// exactly what the check says, whatever characters it holds.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { DEFAULT_LIMITS } from '../../src/limits.js';
import { launchLine, type LaunchSpec } from '../../src/providers/local-launcher.js';
import type { Limits } from '../../src/types.js';
import { shellLine } from '../../src/providers/local.js';
import { check, runLocal } from '../helpers.js';

const tricky = ["it's", 'a "quoted" word', 'two\nlines', '$HOME `id` $(id) \\ *', '', ' spaces ', "'", '\n'];

/** Runs a launch line as the launchers do (bash, its NL) and returns prlimit's view of the limits it set: name → [soft, hard]. */
function limitsOf(line: string): Record<string, [string, string]> {
  const r = spawnSync('/bin/bash', ['--norc', '--noprofile', '-c', `NL=$'\\n'; eval "$1"`, 'x', line], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const out: Record<string, [string, string]> = {};
  for (const l of r.stdout.trim().split('\n').slice(1)) {
    const [name, soft, hard] = l.trim().split(/\s+/);
    out[name!] = [soft!, hard!];
  }
  return out;
}

/** A launch of `argv` in bwrap's place: a shell that drops the `--` launchLine puts before the command. */
function spec(limits: Limits, cgroups: boolean, fds: Record<number, string>, argv: string[]): LaunchSpec {
  return { limits, cgroups, fds, prefix: ['/bin/sh', '-c', 'shift; exec "$@"', 'bwrap'], options: [], command: argv };
}

const prlimitView = ['/usr/bin/prlimit', '--noheadings', '--raw', '-o', 'RESOURCE,SOFT,HARD'];

describe('the launch line', () => {
  it('sets every rlimit, soft and hard, with the launcher\'s own ulimit and no extra process', () => {
    const limits = { ...DEFAULT_LIMITS, timeoutMs: 7_000 };
    const line = launchLine(spec(limits, true, {}, prlimitView));
    // The launcher execs what stands in for bwrap: no prlimit in front of it.
    expect(line).toMatch(/^ulimit .* \|\| exit 126; exec '\/bin\/sh' /);
    const l = limitsOf(line);
    expect(l.CPU).toEqual(['14', '15']);
    expect(l.FSIZE).toEqual([String(limits.fileSizeBytes), String(limits.fileSizeBytes)]);
    expect(l.NOFILE).toEqual([String(limits.openFiles), String(limits.openFiles)]);
    expect(l.CORE).toEqual(['0', '0']);
  });

  it('without cgroups also caps processes and memory per process; sizes that are not whole KiB go to prlimit exactly', () => {
    const limits = { ...DEFAULT_LIMITS, fileSizeBytes: 10_000_000, memoryBytes: 300_000_001, processes: 77 };
    const l = limitsOf(launchLine(spec(limits, false, {}, prlimitView)));
    expect(l.FSIZE).toEqual(['10000000', '10000000']);
    expect(l.DATA).toEqual(['300000001', '300000001']);
    expect(l.NPROC).toEqual(['77', '77']);
    const whole = limitsOf(launchLine(spec({ ...limits, memoryBytes: 512 * 1024 ** 2 }, false, {}, prlimitView)));
    expect(whole.DATA).toEqual([String(512 * 1024 ** 2), String(512 * 1024 ** 2)]);
  });

  it('opens the fds bwrap reads on its exec, and a limit that cannot be set stops it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sc-launch-it's "));
    try {
      const file = path.join(dir, "it's.bpf");
      writeFileSync(file, 'program');
      const run = (line: string) => spawnSync('/bin/bash', ['--norc', '--noprofile', '-c', `NL=$'\\n'; eval "$1"`, 'x', line], { encoding: 'utf8' });
      expect(run(launchLine(spec(DEFAULT_LIMITS, true, { 9: file }, ['cat', '/dev/fd/9']))).stdout).toBe('program');
      // Above a hard limit this (unprivileged) bash cannot raise: nothing runs.
      const low = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '/bin/bash', '--norc', '--noprofile', '-c', `ulimit -n 64; NL=$'\\n'; eval "$1"`, 'x', launchLine(spec(DEFAULT_LIMITS, true, {}, ['echo', 'ran']))], { encoding: 'utf8' });
      expect(low.status).toBe(126);
      expect(low.stdout).toBe('');
      expect(low.stderr).toMatch(/ulimit/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('launchers prepared ahead', () => {
  it('a file size that is not a whole KiB limits every check exactly, the first (fresh launcher) and the next (started ahead)', async () => {
    const code = 'head -c 10000000 /dev/zero > ok.bin; echo "at $?"; head -c 10000001 /dev/zero > over.bin; echo "over $?"; wc -c < over.bin';
    const checks = Array.from({ length: 3 }, (_, i) => check({ name: `f${i}`, language: 'bash', code, limits: { fileSizeBytes: 10_000_000 } }));
    const outcomes = await runLocal(checks, {}, { concurrency: 1 });
    for (const o of outcomes) expect(o.stdout.head, o.message).toMatch(/^at 0\nover (1|153)\n10000000\n$/);
  });

  it('shellLine gives sh back exactly the words it was given', () => {
    const script = `NL=$(printf "\\nx"); NL=\${NL%x}; eval "set -- $(cat)"; for a in "$@"; do printf '[%s]' "$a"; done`;
    const out = execFileSync('/bin/sh', ['-c', script], { input: shellLine(tricky), encoding: 'utf8' });
    expect(out).toBe(tricky.map((w) => `[${w}]`).join(''));
  });

  it('every check of a run gets its own env, args and stdin intact', async () => {
    const program = 'import os, sys\nprint(repr(os.environ["X"]), repr(sys.argv[1:]), repr(sys.stdin.read()), repr(os.environ["EMPTY"]))';
    const checks = Array.from({ length: 4 }, (_, i) =>
      check({ name: `c${i}`, language: 'python', code: program, env: { X: `${i}: ${tricky[i]}\nend`, EMPTY: '' }, args: tricky, stdin: `in ${i}\n'"` }),
    );
    const outcomes = await runLocal(checks, {}, { concurrency: 1 });
    outcomes.forEach((o, i) => {
      expect(o.status, o.message).toBe('passed');
      const expected = `${pyRepr(`${i}: ${tricky[i]}\nend`)} [${tricky.map(pyRepr).join(', ')}] ${pyRepr(`in ${i}\n'"`)} ''\n`;
      expect(o.stdout.head).toBe(expected);
    });
  });
});

/** Python's repr of a str, for the characters used above. */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(q === "'" ? /'/g : /"/g, q === "'" ? "\\'" : '\\"');
  return `${q}${body}${q}`;
}
