// Teardown never loses outcomes. A check leaves its workspace as hard to
// remove as it can (folders without permissions, read-only trees, a tree
// deeper than PATH_MAX, links to host folders, a fifo, a socket, the workspace
// itself chmod 000); the run still writes its report, nothing of the check or
// of the run's temp root stays on disk, and no link target outside changes.
// Run as root and as an unprivileged uid (where modes are enforced).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { CLI, check, plan } from '../helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-teardown-'));
chmodSync(dir, 0o755);
afterAll(() => {
  spawnSync('chattr', ['-R', '-i', dir], { stdio: 'ignore' });
  spawnSync('/bin/chmod', ['-R', 'u+rwx', dir], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
});

// A host folder the check links to: its modes must survive the teardown.
const target = path.join(dir, 'outside');
mkdirSync(target);
writeFileSync(path.join(target, 'file'), 'host\n');
chmodSync(path.join(target, 'file'), 0o444);
chmodSync(target, 0o555);

const hostile = [
  'set -e',
  'mkdir -p locked/a/b/c ro/sub deep',
  'echo x > locked/a/b/c/file; chmod 000 locked/a/b/c/file locked/a/b/c; chmod 555 locked/a/b; chmod 000 locked/a',
  'touch ro/f ro/sub/f; chmod 444 ro/f; chmod 555 ro/sub; chmod 500 ro',
  'touch noperm; chmod 000 noperm',
  // 2100 levels of "d/" is past PATH_MAX (4096) for any absolute path.
  `python3 -c "import os\nos.chdir('deep')\nfor i in range(2100): os.mkdir('d'); os.chdir('d')\nopen('end', 'w').close(); os.chmod('.', 0)"`,
  'chmod 000 deep/d/d/d',
  `ln -s ${target} outside-dir; ln -s ${target}/file outside-file; ln -s / root-link`,
  'mkfifo fifo',
  `python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('sock')"`,
  'chmod 000 .',
  'echo done',
].join('\n');

function runAs(uid: number | undefined, cwd: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const tmp = path.join(cwd, 'tmp');
  mkdirSync(tmp);
  if (uid !== undefined) spawnSync('chown', ['-R', `${uid}:${uid}`, cwd]);
  const env = { PATH: '/usr/bin:/bin', HOME: cwd, TMPDIR: tmp, CI: 'true', NO_COLOR: '1' };
  const argv = uid === undefined ? [process.execPath, CLI, ...args] : ['setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', process.execPath, CLI, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe.each([
  { who: 'root', uid: undefined },
  { who: 'an unprivileged uid (65534)', uid: 65534 },
])('teardown as $who', ({ uid }) => {
  it('a check that makes its workspace unremovable keeps its outcome and leaves nothing on disk', async () => {
    const cwd = mkdtempSync(path.join(dir, 'run-'));
    chmodSync(cwd, 0o755);
    writeFileSync(
      path.join(cwd, 'sandbox-checks.toml'),
      `[[check]]\nname = "unremovable"\nlanguage = "bash"\ncode = ${JSON.stringify(hostile)}\n\n[[check]]\nname = "after it"\nlanguage = "bash"\ncode = "echo next"\n`,
    );
    const r = await runAs(uid, cwd, ['run', 'sandbox-checks.toml', '--provider', 'local', '--concurrency', '1', '--json', 'results.json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('warning:');
    const results = JSON.parse(readFileSync(path.join(cwd, 'results.json'), 'utf8'));
    expect(results.checks.map((c: { status: string; stdout: string }) => [c.status, c.stdout])).toEqual([
      ['passed', 'done\n'],
      ['passed', 'next\n'],
    ]);
    expect(results.checks[0].warnings).toBeUndefined();
    // The run's temp root and every check folder are gone; only the logs stay.
    expect(readdirSync(path.join(cwd, 'tmp')).filter((n) => !n.startsWith('sandbox-checks-logs-'))).toEqual([]);
    expect(statSync(target).mode & 0o777).toBe(0o555);
    expect(statSync(path.join(target, 'file')).mode & 0o777).toBe(0o444);
    expect(readFileSync(path.join(target, 'file'), 'utf8')).toBe('host\n');
  });
});

/** Whether this file system lets root make a file immutable (ext4 and xfs do; some overlay and tmpfs setups do not). */
function canChattr(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = path.join(dir, 'chattr-probe');
  writeFileSync(probe, '');
  const ok = spawnSync('chattr', ['+i', probe]).status === 0;
  spawnSync('chattr', ['-i', probe]);
  rmSync(probe, { force: true });
  return ok;
}

describe('a workspace that cannot be removed at all', () => {
  it.skipIf(!canChattr())('ends as a warning that names what was left, and the outcome is kept', async () => {
    const marker = `keep-${process.pid}`;
    let locked = '';
    const summary = await runChecks(
      plan([check({ name: 'immutable', language: 'bash', code: `touch ${marker}; echo ready; sleep 1; echo after` })]),
      {
        onOutput: (_c, _s, chunk) => {
          if (locked || !chunk.toString().includes('ready')) return;
          // The host side makes a file immutable, as a busy or protected entry would be.
          for (const root of readdirSync(os.tmpdir()).filter((n) => n.startsWith('sandbox-checks-'))) {
            for (const c of readdirSync(path.join(os.tmpdir(), root)).filter((n) => n.startsWith('check-'))) {
              const f = path.join(os.tmpdir(), root, c, 'workspace', marker);
              if (existsSync(f) && spawnSync('chattr', ['+i', f]).status === 0) locked = f;
            }
          }
        },
      },
    );
    try {
      expect(locked).not.toBe('');
      const [o] = summary.outcomes;
      expect(o).toMatchObject({ status: 'passed' });
      expect(o!.stdout.head).toBe('ready\nafter\n');
      expect(o!.warnings).toHaveLength(1);
      expect(o!.warnings![0]).toMatch(/^could not remove the check's workspace \/.+: .*Operation not permitted.*; left on disk: .*keep-\d+\. Remove it by hand/);
      expect(summary.warnings[0]).toMatch(/^could not remove the run's sandbox folder /);
    } finally {
      if (locked) {
        spawnSync('chattr', ['-i', locked]);
        rmSync(path.dirname(path.dirname(path.dirname(locked))), { recursive: true, force: true });
      }
    }
  });
});
