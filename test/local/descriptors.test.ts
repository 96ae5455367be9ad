// File descriptors the tool inherits without CLOEXEC (a lock file, a make
// jobserver pipe, a CI log writer) never reach a sandbox. The CLI is started
// the way a CI step would start it, from a shell holding such fds open; each
// check lists every fd it has and tries to write through the high ones.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { CLI } from '../helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-fds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FDS = [7, 8, 9, 30, 64, 200, 1000];
const program = [
  'import os',
  'fds = []',
  'for n in range(3, 1100):',
  '    try:',
  '        os.fstat(n); fds.append(n)',
  '    except OSError:',
  '        pass',
  'for n in fds:',
  '    try:',
  '        os.write(n, b"written from the sandbox\\n")',
  '    except OSError:',
  '        pass',
  'print("open:", fds)',
].join('\n');

function runWithFds(args: string[], uid?: number): Promise<{ code: number | null; stderr: string }> {
  const files = FDS.map((n) => path.join(dir, `fd${n}`));
  for (const f of files) writeFileSync(f, 'host file\n');
  // A jobserver-like pipe on fd 40 as well: its reader records whatever arrives.
  const redirs = `${FDS.map((n, i) => `${n}<>${files[i]}`).join(' ')} 40> >(cat > ${path.join(dir, 'pipe40')})`;
  const drop = uid === undefined ? '' : `setpriv --reuid=${uid} --regid=${uid} --clear-groups `;
  const script = `exec ${redirs}; exec ${drop}"$0" "$@"`;
  // As another uid: system toolchains only (root's home is not readable).
  const env = uid === undefined ? { ...process.env } : { PATH: '/usr/bin:/bin', HOME: dir, TMPDIR: dir };
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/bash', ['-c', script, process.execPath, CLI, ...args], {
      cwd: dir,
      env: { ...env, CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('inherited file descriptors', () => {
  it('Node passes inherited non-CLOEXEC fds to its children (why the launcher closes them)', async () => {
    const out = await new Promise<string>((resolve) => {
      const c = spawn('/bin/bash', ['-c', `exec 30</dev/null; exec "$0" -e 'process.stdout.write(require("child_process").execFileSync("/bin/sh", ["-c", "[ -e /proc/self/fd/30 ] && echo inherited"]))'`, process.execPath]);
      let s = '';
      c.stdout.on('data', (b) => (s += b));
      c.on('close', () => resolve(s));
    });
    expect(out).toBe('inherited\n');
  });

  it.each([
    { who: 'as root', uid: undefined },
    { who: 'as uid 65534 (no cgroups: every check from a fresh launcher)', uid: 65534 },
  ])('no check sees any fd beyond 0, 1, 2, started fresh or from a launcher prepared ahead, $who', async ({ uid }) => {
    const config = path.join(dir, 'sandbox-checks.toml');
    const checks = [1, 2, 3].map((i) => `[[check]]\nname = "fds ${i}"\nlanguage = "python"\ncode = ${JSON.stringify(program)}\n`).join('\n');
    writeFileSync(config, checks);
    const json = path.join(dir, `results-${uid ?? 0}.json`);
    if (uid !== undefined) chmodSync(dir, 0o777);
    const r = await runWithFds(['run', config, '--provider', 'local', '--concurrency', '1', '--json', json], uid);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(json, 'utf8')).checks as { stdout: string }[];
    expect(results).toHaveLength(3);
    for (const c of results) expect(c.stdout).toBe('open: []\n');
    for (const n of FDS) expect(readFileSync(path.join(dir, `fd${n}`), 'utf8'), `fd ${n}`).toBe('host file\n');
    expect(readFileSync(path.join(dir, 'pipe40'), 'utf8')).toBe('');
  });
});

