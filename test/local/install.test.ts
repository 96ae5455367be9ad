// The package install is its own phase: its own timeout (install_timeout),
// its own time in the outcome (phases), never charged to the program's
// timeout, and nothing an install script starts lives on into the run.
// The packages are local folders, so npm runs their lifecycle scripts
// without reaching any index.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseConfigText } from '../../src/config/load.js';
import { buildPlan } from '../../src/plan/checks.js';
import { processesWith, runOneLocal } from '../helpers.js';

/** A local npm package whose install script runs `script`. */
function pkg(script: string) {
  return [
    { path: 'pkg/package.json', content: Buffer.from(JSON.stringify({ name: 'pkg', version: '1.0.0', main: 'index.js', scripts: { install: script } })) },
    { path: 'pkg/index.js', content: Buffer.from('module.exports = "from pkg";\n') },
  ];
}

const program = (code: string) => ({ path: 'main.js', content: Buffer.from(code) });

describe('the install phase', () => {
  it('a slow install is not charged to the program: a quick program after a 3 s install passes with a 1 s timeout', async () => {
    const o = await runOneLocal({
      language: 'javascript',
      code: 'console.log(require("pkg"))',
      files: [program('console.log(require("pkg"))'), ...pkg('sleep 3')],
      packages: ['./pkg'],
      limits: { timeoutMs: 1000 },
    });
    expect(o.status, `${o.message}\n${o.stderr.head}`).toBe('passed');
    expect(o.stdout.head).toBe('from pkg\n');
    expect(o.phases!.installMs).toBeGreaterThanOrEqual(3000);
    expect(o.phases!.runMs).toBeLessThan(1000);
  });

  it('an install past install_timeout ends timed_out with reason install_timeout, naming the key', async () => {
    const started = Date.now();
    const o = await runOneLocal({
      name: 'slow install',
      language: 'javascript',
      code: '',
      files: [program('console.log(1)'), ...pkg('sleep 60')],
      packages: ['./pkg'],
      limits: { timeoutMs: 60_000, installTimeoutMs: 1500 },
    });
    expect(o).toMatchObject({ status: 'timed_out', reason: 'install_timeout' });
    expect(o.message).toBe(
      'installing ./pkg with npm did not finish within the 1500 ms install timeout; every process it started was killed (raise install_timeout for check "slow install" or in [defaults])',
    );
    expect(o.phases!.installMs).toBeGreaterThanOrEqual(1500);
    expect(o.phases!.runMs).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a daemon an install script leaves behind is dead before the program starts', async () => {
    const marker = `sc-install-daemon-${process.pid}`;
    // Detached three ways (setsid, double fork, background job); each keeps
    // appending to a file in node_modules (what the install leaves for the
    // program), so one alive in the run phase would show as a file that grows
    // while the program watches it.
    const daemon = `bash -c 'exec -a ${marker} bash -c "while :; do echo alive >> /workspace/node_modules/daemon.log; sleep 0.2; done"'`;
    // Their output is redirected: npm waits for its pipes to close, so a
    // daemon holding them would keep the install running until install_timeout.
    const quiet = `${daemon} </dev/null >/dev/null 2>&1`;
    const script = `setsid ${quiet} & (${quiet} &) ; ${quiet} & sleep 0.5; echo started`;
    const o = await runOneLocal({
      language: 'javascript',
      code: '',
      files: [
        program(
          [
            'const fs = require("fs");',
            'const size = () => (fs.existsSync("node_modules/daemon.log") ? fs.statSync("node_modules/daemon.log").size : -1);',
            'const before = size();',
            'setTimeout(() => {',
            '  const procs = fs.readdirSync("/proc").filter((d) => /^\\d+$/.test(d)).map((p) => { try { return fs.readFileSync(`/proc/${p}/cmdline`, "utf8"); } catch { return ""; } });',
            `  console.log(before > 0 ? "written during install" : "not written", size() === before ? "unchanged" : "grew", procs.filter((c) => c.includes("${marker}")).length);`,
            '}, 1500);',
          ].join('\n'),
        ),
        ...pkg(script),
      ],
      packages: ['./pkg'],
      limits: { timeoutMs: 15_000 },
    });
    expect(o.status, `${o.message}\n${o.stderr.head}`).toBe('passed');
    expect(o.stdout.head).toBe('written during install unchanged 0\n');
    expect(await processesWith(marker)).toBe(0);
  });

  it('install_timeout is a config key of checks and [defaults]', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-install-'));
    const text = '[defaults]\ninstall_timeout = "90s"\n\n[[check]]\ncode = "x"\nlanguage = "py"\n\n[[check]]\ncode = "y"\nlanguage = "py"\ninstall_timeout = "10m"\n';
    const plan = buildPlan(parseConfigText(text, 'sc.toml', {}), { baseDir: dir, env: {} });
    rmSync(dir, { recursive: true, force: true });
    expect(plan.checks.map((c) => c.limits.installTimeoutMs)).toEqual([90_000, 600_000]);
  });
});
