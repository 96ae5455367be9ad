import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { ConfigError } from '../../src/config/errors.js';
import { parseConfigText } from '../../src/config/load.js';
import { keyLines } from '../../src/config/locate.js';
import { buildPlan } from '../../src/plan/checks.js';
import { parseDuration, parseSize } from '../../src/units.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-config-'));
writeFileSync(path.join(dir, 'hello.py'), 'print("hi")\n');
writeFileSync(path.join(dir, 'data.unknownext'), 'x\n');
writeFileSync(path.join(dir, 'latin1.py'), Buffer.from([0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0x22, 0xe9, 0x22, 0x29, 0x0a]));

function problemsOf(text: string): string {
  try {
    buildPlan(parseConfigText(text, 'sc.toml', { HOME_DIR: '/x' }), { baseDir: dir, env: {} });
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return 'no problem';
}

describe('malformed configs: file, line, key and what was expected', () => {
  it.each([
    ['TOML syntax error', '[[check]]\nname = "a"\ncode = \n', 'sc.toml:3: TOML syntax error at column 8: invalid value'],
    ['unknown key with a suggestion', '[[check]]\ncode = "print(1)"\nlanguage = "python"\ntimout = 5000\n', 'sc.toml:4: check[0].timout: unknown key; did you mean "timeout"?'],
    ['unknown top-level section', '[e2bb]\napi_key = "x"\n', 'sc.toml:1: e2bb: unknown key; did you mean "e2b"?'],
    ['wrong type for timeout', '[[check]]\ncode = "x"\nlanguage = "py"\ntimeout = true\n', 'sc.toml:4: check[0].timeout: expected a duration: milliseconds like 30000, or a string like "30s" or "2m"; got the boolean true'],
    ['negative timeout', '[e2b]\ntimeout = -5\n[[check]]\ncode = "x"\nlanguage = "py"\n', 'sc.toml:2: e2b.timeout: must be at least 100 ms, got -5 ms'],
    ['zero timeout', '[[check]]\ncode = "x"\nlanguage = "py"\ntimeout = 0\n', 'sc.toml:4: check[0].timeout: must be at least 100 ms, got 0 ms'],
    ['huge timeout', '[[check]]\ncode = "x"\nlanguage = "py"\ntimeout = "3h"\n', 'sc.toml:4: check[0].timeout: must be at most 1 hour (3600000 ms), got 10800000 ms'],
    ['unknown language', '[[check]]\ncode = "x"\nlanguage = "cobol"\n', 'sc.toml:3: check[0].language: unknown language "cobol"; known languages: javascript (js, node, nodejs, mjs, cjs)'],
    ['two sources in one check', '[[check]]\nfile = "hello.py"\ncode = "print(1)"\n', 'sc.toml:1: check[0]: give only one of file, files or code (this check has file and code)'],
    ['no source at all', '[[check]]\nname = "empty"\n', 'sc.toml:1: check[0]: a check needs file = "path", files = ["glob"] or code = """..."""'],
    ['missing file', '[[check]]\nfile = "nope.py"\n', `sc.toml:2: check[0].file: file not found: nope.py (paths are relative to ${dir})`],
    ['glob matching nothing', '[[check]]\nfiles = ["src/**/*.rb"]\n', `sc.toml:2: check[0].files: the glob "src/**/*.rb" matched no files under ${dir}`],
    ['inline code with no language', '[[check]]\ncode = "print(1)"\n', 'sc.toml:1: check[0].language: inline code needs a language: add language = "python" (or set [e2b] default_language)'],
    ['env value that is not a string', '[[check]]\ncode = "x"\nlanguage = "sh"\nenv = { PORT = 8080 }\n', 'sc.toml:4: check[0].env.PORT: expected a string, got the integer 8080 (quote it: "8080")'],
    ['check written as a table', '[check]\ncode = "x"\n', 'sc.toml:1: check: expected an array of tables ([[check]] sections), got a table'],
    ['packages as a string', '[[check]]\ncode = "x"\nlanguage = "py"\npackages = "numpy"\n', 'sc.toml:4: check[0].packages: expected a list of strings like ["a", "b"], got the string "numpy"'],
    ['bad provider', 'provider = "docker"\n[[check]]\ncode = "x"\nlanguage = "py"\n', 'sc.toml:1: provider: expected one of auto, local, e2b, got "docker"'],
    ['unknown expect key', '[[check]]\ncode = "x"\nlanguage = "py"\nexpect = { exit = 1 }\n', 'sc.toml:4: check[0].expect.exit: unknown key; did you mean "exit_code"?'],
    ['exit code out of range', '[[check]]\ncode = "x"\nlanguage = "py"\nexpect = { exit_code = 300 }\n', 'sc.toml:4: check[0].expect.exit_code: must be at most 255, got 300'],
    ['file of unknown kind', '[[check]]\nfile = "data.unknownext"\n', 'sc.toml:2: check[0].file: cannot tell the language of data.unknownext from its extension: add language = "…"'],
    ['source that is not UTF-8', '[[check]]\nfile = "latin1.py"\n', 'sc.toml:2: check[0].file: latin1.py is not valid UTF-8 text; save it as UTF-8'],
    ['empty plan', '# nothing here\n', 'sc.toml: the plan has no checks: add a [[check]] section'],
    ['bad memory size', '[defaults]\nmemory = "lots"\n[[check]]\ncode = "x"\nlanguage = "py"\n', 'sc.toml:2: defaults.memory: expected a size: bytes, or a string like "512MB" or "1GiB"; got the string "lots"'],
  ])('%s', (_name, text, message) => {
    expect(problemsOf(text)).toContain(message);
  });

  it('reports every problem at once, not only the first', () => {
    const msg = problemsOf('[[check]]\ncode = "x"\nlanguage = "py"\ntimout = 1\n[[check]]\nfile = "a.py"\nlanguge = "py"\n');
    expect(msg.split('\n')).toEqual([
      'sc.toml:4: check[0].timout: unknown key; did you mean "timeout"?',
      'sc.toml:6: check[1].file: file not found: a.py (paths are relative to ' + dir + ')',
      'sc.toml:7: check[1].languge: unknown key; did you mean "language"?',
    ]);
    expect(msg).toContain('sc.toml:7: check[1].languge: unknown key; did you mean "language"?');
  });
});

describe('a config cannot reach the runner secrets', () => {
  const gitDir = path.join(dir, 'repo', '.git');
  mkdirSync(gitDir, { recursive: true });
  writeFileSync(path.join(gitDir, 'config'), '[http]\nextraheader = AUTHORIZATION: basic x\n');
  const outside = mkdtempSync(path.join(os.tmpdir(), 'sc-outside-'));
  writeFileSync(path.join(outside, 'steal.py'), 'print(1)\n');

  it.each([
    ['a host system file', '[[check]]\nfile = "/proc/self/environ"\nlanguage = "sh"\n', 'sc.toml:2: check[0].file: /proc/self/environ is a system file and is never copied into a sandbox'],
    ['a .git folder', '[[check]]\nfile = "repo/.git/config"\nlanguage = "sh"\n', 'sc.toml:2: check[0].file: repo/.git/config is inside a .git folder, which is never copied into a sandbox'],
    ['a file outside the config folder', `[[check]]\nfile = "${path.relative(dir, path.join(outside, 'steal.py'))}"\n`, 'a config may only name files of its own project'],
    ['an include outside the config folder', `[[check]]\ncode = "x"\nlanguage = "py"\ninclude = ["${path.join(outside, 'steal.py')}"]\n`, 'a config may only name files of its own project'],
    ['the workflow token', '[[check]]\ncode = "x"\nlanguage = "sh"\nenv = { T = "${GITHUB_TOKEN}" }\n', 'sc.toml:4: check[0].env.T: ${GITHUB_TOKEN} cannot be read by a config file: it would hand a runner credential to the code under test'],
    ['an Action input', '[[check]]\ncode = "echo ${INPUT_E2B-API-KEY}"\nlanguage = "sh"\nargs = ["${ACTIONS_RUNTIME_TOKEN}"]\n', 'sc.toml:4: check[0].args[0]: ${ACTIONS_RUNTIME_TOKEN} cannot be read'],
    ['the E2B key outside [e2b]', '[[check]]\ncode = "x"\nlanguage = "sh"\nstdin = "${E2B_API_KEY}"\n', 'sc.toml:4: check[0].stdin: ${E2B_API_KEY} cannot be read'],
  ])('refuses %s', (_name, text, message) => {
    expect(problemsOf(text)).toContain(message);
  });

  it('still lets [e2b] read the E2B key', () => {
    const plan = buildPlan(parseConfigText('[e2b]\napi_key = "${E2B_API_KEY}"\n[[check]]\ncode = "x"\nlanguage = "sh"\n', 'sc.toml', { E2B_API_KEY: 'k' }), { baseDir: dir, env: {} });
    expect(plan.e2b.apiKey).toBe('k');
  });
});

describe('valid configs', () => {
  it('accepts the E2B document section as written and expands ${VAR}', () => {
    const config = parseConfigText(
      '[e2b]\napi_key = "${E2B_API_KEY}"\ntimeout = 30000\nstream = true\ndefault_language = "javascript"\n[[check]]\ncode = "console.log(1)"\n',
      'sc.toml',
      { E2B_API_KEY: 'k-123' },
    );
    const plan = buildPlan(config, { baseDir: dir, env: {} });
    expect(plan.e2b.apiKey).toBe('k-123');
    expect(plan.stream).toBe(true);
    expect(plan.provider).toBe('auto');
    expect(plan.checks[0]).toMatchObject({ language: 'javascript', entry: 'main.js', limits: { timeoutMs: 30000 } });
  });

  it('an unset ${VAR} is empty, so no key means the local sandbox', () => {
    const plan = buildPlan(parseConfigText('[e2b]\napi_key = "${E2B_API_KEY}"\n[[check]]\ncode = "x"\nlanguage = "sh"\n', 'sc.toml', {}), { baseDir: dir, env: {} });
    expect(plan.e2b.apiKey).toBeUndefined();
  });

  it('applies [defaults], then each check, and keeps names unique', () => {
    const plan = buildPlan(
      parseConfigText(
        '[defaults]\ntimeout = "2s"\nenv = { A = "1" }\nexpect = { stdout_contains = "ok" }\n[[check]]\nname = "n"\nfile = "hello.py"\nenv = { B = "2" }\n[[check]]\nname = "n"\ncode = "echo ok"\nlanguage = "sh"\ntimeout = 500\n',
        'sc.toml',
      ),
      { baseDir: dir, env: {} },
    );
    expect(plan.checks.map((c) => c.name)).toEqual(['n', 'n #2']);
    expect(plan.checks[0]).toMatchObject({ language: 'python', entry: 'hello.py', env: { A: '1', B: '2' }, limits: { timeoutMs: 2000 }, expect: { stdoutContains: ['ok'] } });
    expect(plan.checks[1]!.limits.timeoutMs).toBe(500);
  });

  it('turns a glob into one check per file', () => {
    const sub = path.join(dir, 'many');
    mkdirSync(path.join(sub, 'deep'), { recursive: true });
    writeFileSync(path.join(sub, 'b.py'), 'print(2)\n');
    writeFileSync(path.join(sub, 'deep', 'a.py'), 'print(1)\n');
    writeFileSync(path.join(sub, 'c.js'), 'x\n');
    const plan = buildPlan(parseConfigText('[[check]]\nname = "py"\nfiles = ["many/**/*.py"]\n', 'sc.toml'), { baseDir: dir, env: {} });
    expect(plan.checks.map((c) => [c.name, c.entry, c.source?.file])).toEqual([
      ['py (many/b.py)', 'b.py', 'many/b.py'],
      ['py (many/deep/a.py)', 'a.py', 'many/deep/a.py'],
    ]);
  });
});

describe('units and key lines', () => {
  it('reads durations and sizes', () => {
    expect(parseDuration(30000)).toBe(30000);
    expect(parseDuration('30s')).toBe(30000);
    expect(parseDuration('2m')).toBe(120000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseSize('512MB')).toBe(512_000_000);
    expect(parseSize('1GiB')).toBe(1024 ** 3);
    expect(parseSize('64k')).toBe(65536);
  });

  it('maps keys in tables, arrays of tables and inline tables to lines', () => {
    const lines = keyLines('[e2b]\ntimeout = 1\n\n[[check]]\nname = "a"\ncode = """\nx = 1\n"""\nexpect = { exit_code = 0 }\n[[check]]\nname = "b"\n');
    expect(lines.get('e2b.timeout')).toBe(2);
    expect(lines.get('check[0].code')).toBe(6);
    expect(lines.get('check[0].expect.exit_code')).toBe(9);
    expect(lines.get('check[1].name')).toBe(11);
  });
});
