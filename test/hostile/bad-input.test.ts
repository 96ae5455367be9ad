// Malformed configs and inputs through the real CLI (the committed bundle).
// Each must exit 2 and name the file, line and key with what to do; nothing
// may run (every config also holds a check that would start a marked process,
// and the CLI gets an empty TMPDIR, where any run leaves its sandbox root and
// log folder); no stack trace; stdout stays empty.

import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { processesWith, runCli } from '../helpers.js';

const marker = `sc-badinput-${randomBytes(4).toString('hex')}`;
const base = mkdtempSync(path.join(os.tmpdir(), 'sc-badinput-'));
/** A valid check that would start a marked process if anything ran (5 lines). */
const RUNNABLE = `[[check]]\nname = "would run"\ncode = "exec -a ${marker} sleep 30"\nlanguage = "sh"\n\n`;

beforeAll(() => {
  writeFileSync(path.join(base, 'ok.py'), 'print(1)\n');
  writeFileSync(path.join(base, 'latin1.py'), Buffer.from('print("\xe9")\n', 'latin1'));
  // 50 MB of "source": a data file someone pointed a check at.
  writeFileSync(path.join(base, 'big.py'), `# ${'x'.repeat(50 * 1024 * 1024)}\n`);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface BadInput {
  name: string;
  /** The config file's text (written to sc.toml), when the case uses one. */
  toml?: string | Buffer;
  /** CLI arguments; default `run sc.toml`. */
  args?: string[];
  /** Lines stderr must contain: where (file:line: key) and what to do. */
  says: string[];
}

const CASES: BadInput[] = [
  { name: 'TOML: unterminated string', toml: `${RUNNABLE}[[check]]\nname = "a"\ncode = "unterminated\n`, says: ['sc.toml:8: TOML syntax error at column'] },
  { name: 'TOML: a key defined twice', toml: `${RUNNABLE}[[check]]\nname = "a"\nname = "b"\n`, says: ['sc.toml:8: TOML syntax error at column 1: trying to redefine an already defined table or value'] },
  { name: 'TOML: 50,000 nested arrays', toml: `x = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n${RUNNABLE}`, says: ['sc.toml:1: TOML syntax error at column', 'excessively nested'] },
  { name: 'not UTF-8 (binary garbage)', toml: Buffer.concat([Buffer.from(RUNNABLE), Buffer.from(Array.from({ length: 2560 }, (_, i) => i % 256))]), says: ['sc.toml: the config file is not valid UTF-8; save it as UTF-8'] },
  { name: 'wrong type: timeout = true', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "py"\ntimeout = true\n`, says: ['sc.toml:9: check[1].timeout: expected a duration: milliseconds like 30000, or a string like "30s" or "2m"; got the boolean true'] },
  { name: 'unknown key with a did-you-mean', toml: `${RUNNABLE}[[check]]\ncode = "print(1)"\nlanguage = "python"\ntimout = 5000\n`, says: ['sc.toml:9: check[1].timout: unknown key; did you mean "timeout"?'] },
  { name: 'unknown key with no close match lists the known keys', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "sh"\nqwertyuiop = 1\n`, says: ['sc.toml:9: check[1].qwertyuiop: unknown key; known keys here: name, file, files, code'] },
  { name: 'unknown section', toml: `[e2bb]\napi_key = "x"\n${RUNNABLE}`, says: ['sc.toml:1: e2bb: unknown key; did you mean "e2b"?'] },
  { name: 'unknown language', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "cobol"\n`, says: ['sc.toml:8: check[1].language: unknown language "cobol"; known languages: javascript (js, node, nodejs, mjs, cjs)'] },
  { name: 'glob matching nothing', toml: `${RUNNABLE}[[check]]\nfiles = ["src/**/*.rb"]\n`, says: ['sc.toml:7: check[1].files: the glob "src/**/*.rb" matched no files under'] },
  { name: 'missing file', toml: `${RUNNABLE}[[check]]\nfile = "nope.py"\n`, says: ['sc.toml:7: check[1].file: file not found: nope.py (paths are relative to'] },
  { name: 'negative timeout', toml: `[e2b]\ntimeout = -5\n${RUNNABLE}`, says: ['sc.toml:2: e2b.timeout: must be at least 100 ms, got -5 ms'] },
  { name: 'zero timeout', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "py"\ntimeout = 0\n`, says: ['sc.toml:9: check[1].timeout: must be at least 100 ms, got 0 ms'] },
  { name: 'huge timeout', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "py"\ntimeout = "3h"\n`, says: ['sc.toml:9: check[1].timeout: must be at most 1 hour (3600000 ms), got 10800000 ms'] },
  { name: 'conflicting sources in one check', toml: `${RUNNABLE}[[check]]\nfile = "ok.py"\ncode = "print(1)"\n`, says: ['sc.toml:6: check[1]: give only one of file, files or code (this check has file and code)'] },
  { name: 'source file that is not UTF-8', toml: `${RUNNABLE}[[check]]\nfile = "latin1.py"\n`, says: ['sc.toml:7: check[1].file: latin1.py is not valid UTF-8 text; save it as UTF-8'] },
  { name: '50 MB source file', toml: `${RUNNABLE}[[check]]\nfile = "big.py"\n`, says: ['sc.toml:7: check[1].file: big.py is 50.0 MiB; sources over 10 MiB are refused'] },
  { name: 'empty plan (comments only)', toml: '# nothing here yet\n', says: ['sc.toml: the plan has no checks: add a [[check]] section'] },
  { name: 'empty file', toml: '', says: ['sc.toml: the plan has no checks: add a [[check]] section'] },
  { name: '[check] written as a table', toml: `[check]\ncode = "x"\n`, says: ['sc.toml:1: check: expected an array of tables ([[check]] sections), got a table'] },
  { name: 'env value that is a number', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "sh"\nenv = { PORT = 8080 }\n`, says: ['sc.toml:9: check[1].env.PORT: expected a string, got the integer 8080 (quote it: "8080")'] },
  { name: 'exit code out of range', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "py"\nexpect = { exit_code = 300 }\n`, says: ['sc.toml:9: check[1].expect.exit_code: must be at most 255, got 300'] },
  { name: 'memory that is not a size', toml: `[defaults]\nmemory = "lots"\n${RUNNABLE}`, says: ['sc.toml:2: defaults.memory: expected a size: bytes, or a string like "512MB" or "1GiB"; got the string "lots"'] },
  { name: 'negative process limit', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "sh"\nprocesses = -1\n`, says: ['sc.toml:9: check[1].processes: must be at least 1, got -1'] },
  { name: 'zero concurrency', toml: `concurrency = 0\n${RUNNABLE}`, says: ['sc.toml:1: concurrency: must be at least 1, got 0'] },
  { name: 'unknown provider', toml: `provider = "docker"\n${RUNNABLE}`, says: ['sc.toml:1: provider: expected one of auto, local, e2b, got "docker"'] },
  {
    name: 'a 5 MB value before a typo: the line is still right and the output stays small',
    toml: `${RUNNABLE}[[check]]\nname = "${'n'.repeat(5 * 1024 * 1024)}"\ncode = "x"\nlanguage = "sh"\ntimout = 1\n`,
    says: ['sc.toml:10: check[1].timout: unknown key; did you mean "timeout"?'],
  },
  {
    name: 'several problems are reported together, in line order',
    toml: `${RUNNABLE}[[check]]\nfile = "a.py"\nlanguge = "py"\n[[check]]\ncode = "x"\nlanguage = "py"\ntimeout = "soon"\n`,
    says: ['the configuration has 3 problems; nothing was run.', 'sc.toml:7: check[1].file: file not found: a.py', 'sc.toml:8: check[1].languge: unknown key; did you mean "language"?', 'sc.toml:12: check[2].timeout: expected a duration'],
  },
  { name: '--filter matching no check', toml: RUNNABLE, args: ['run', 'sc.toml', '--filter', 'zzz'], says: ['sc.toml: --filter "zzz" matched no check; checks are: would run'] },
  { name: 'run with two config files', args: ['run', 'a.toml', 'b.toml'], says: ['run takes one config file, got a.toml b.toml'] },
  { name: 'execute --timeout=-5', args: ['execute', '--code', `exec -a ${marker} sleep 30`, '--language', 'sh', '--timeout=-5'], says: ['command line: --timeout: expected a duration'] },
  { name: 'execute --timeout -5 (a flag-looking value)', args: ['execute', '--code', `exec -a ${marker} sleep 30`, '--language', 'sh', '--timeout', '-5'], says: ["Option '--timeout' argument is ambiguous", "use '--timeout=-XYZ'"] },
  { name: 'execute --timeout 3h', args: ['execute', '--code', `exec -a ${marker} sleep 30`, '--language', 'sh', '--timeout', '3h'], says: ['command line: --timeout: must be at most 1 hour'] },
  { name: 'execute a non-UTF-8 file', args: ['execute', '--file', 'latin1.py'], says: ['command line: --file: latin1.py is not valid UTF-8 text; save it as UTF-8'] },
  { name: 'execute a 50 MB file', args: ['execute', '--file', 'big.py'], says: ['command line: --file: big.py is 50.0 MiB; sources over 10 MiB are refused'] },
  { name: 'execute with an unknown language', args: ['execute', '--file', 'ok.py', '--language', 'cobol'], says: ['command line: --language: unknown language "cobol"; known languages:'] },
  { name: 'an empty files list', toml: `${RUNNABLE}[[check]]\nfiles = []\nlanguage = "py"\n`, says: ['sc.toml:7: check[1].files: the list is empty: give at least one entry'] },
  { name: 'an invalid stdout_matches regex', toml: `${RUNNABLE}[[check]]\ncode = "x"\nlanguage = "sh"\nexpect = { stdout_matches = "([a-z" }\n`, says: ['sc.toml:9: check[1].expect.stdout_matches: is not a valid regular expression: /([a-z/m: Unterminated character class'] },
  { name: 'an empty name', toml: `${RUNNABLE}[[check]]\nname = ""\ncode = "x"\nlanguage = "sh"\n`, says: ['sc.toml:7: check[1].name: must not be empty'] },
  { name: 'a folder given as a file', toml: `${RUNNABLE}[[check]]\nfile = "tmp"\nlanguage = "sh"\n`, says: ['sc.toml:7: check[1].file: tmp is a folder; name a file in it'] },
  { name: 'a config path that is a folder', args: ['run', 'tmp'], says: ['tmp: is a folder; name the config file in it, e.g. sandbox-checks run tmp/sandbox-checks.toml'] },
  { name: '--json into a folder that does not exist', toml: RUNNABLE, args: ['run', 'sc.toml', '--json', 'no/such/dir/x.json'], says: ['--json no/such/dir/x.json: the folder', 'does not exist; create it first'] },
  { name: 'execute --env with a bad name', args: ['execute', '--code', `exec -a ${marker} sleep 30`, '--language', 'sh', '--env', '1BAD=x'], says: ['command line: --env: is not a valid environment variable name'] },
  { name: 'execute --package with an empty name', args: ['execute', '--code', `exec -a ${marker} sleep 30`, '--language', 'sh', '--package', ''], says: ['command line: --package: must not be an empty string'] },
  { name: 'execute a system file', args: ['execute', '--file', '/proc/self/environ', '--language', 'sh'], says: ['command line: --file: /proc/self/environ is a system file and is never copied into a sandbox'] },
  { name: 'execute with an unknown provider', args: ['execute', '--code', `exec -a ${marker} sleep 30`, '--language', 'sh', '--provider', 'docker'], says: ['--provider must be one of auto, local, e2b, got "docker"'] },
];

describe('bad input through the CLI: exit 2, where and what to do, nothing runs', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  for (const c of CASES) {
    it(c.name, async () => {
      const dir = mkdtempSync(path.join(base, 'case-'));
      for (const f of ['ok.py', 'latin1.py', 'big.py']) {
        // Symbolic links would be refused; hard links keep the 50 MB file written once.
        linkSync(path.join(base, f), path.join(dir, f));
      }
      if (c.toml !== undefined) writeFileSync(path.join(dir, 'sc.toml'), c.toml);
      const tmpdir = path.join(dir, 'tmp');
      mkdirSync(tmpdir);
      const r = await runCli(c.args ?? ['run', 'sc.toml'], { cwd: dir, env: { TMPDIR: tmpdir, E2B_API_KEY: '' }, timeoutMs: 30_000 });

      expect(r.code, r.stderr).toBe(2);
      for (const s of c.says) expect(r.stderr).toContain(s);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toContain('unexpected error');
      expect(r.stderr.length).toBeLessThan(8 * 1024);
      expect(r.stdout).toBe('');
      // Nothing ran: no sandbox root or log folder, no marked process.
      expect(readdirSync(tmpdir)).toEqual([]);
      expect(await processesWith(marker)).toBe(0);
      expect(r.ms).toBeLessThan(10_000);
      rmSync(dir, { recursive: true, force: true });
    });
  }
});
