// The CLI's full logs: kept only for checks that did not pass (every check
// with --keep-logs), in one folder per run under $XDG_STATE_HOME, the last 10
// runs only, with the path printed only when there is something to read; and
// nothing left in $TMPDIR.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { pruneRuns, RUNS_KEPT } from '../../src/cli/logs.js';
import { runChecks } from '../../src/engine/run.js';
import { check, plan, runCli } from '../helpers.js';

const base = mkdtempSync(path.join(os.tmpdir(), 'sc-logs-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
/** A fresh state home and TMPDIR for one CLI run, and a project folder. */
function place(files: Record<string, string>) {
  const root = path.join(base, String(++n));
  const state = path.join(root, 'state');
  const tmp = path.join(root, 'tmp');
  const project = path.join(root, 'project');
  for (const d of [state, tmp, project]) mkdirSync(d, { recursive: true });
  for (const [f, c] of Object.entries(files)) writeFileSync(path.join(project, f), c);
  const runs = path.join(state, 'sandbox-checks', 'runs');
  const env = { XDG_STATE_HOME: state, TMPDIR: tmp };
  return { state, tmp, project, runs, env };
}
const runDirs = (runs: string) => (existsSync(runs) ? readdirSync(runs).sort() : []);
const CONFIG = '[[check]]\nname = "ok"\nfile = "ok.py"\n\n[[check]]\nname = "bad"\nfile = "bad.py"\n';

describe('CLI logs', () => {
  it('a green run leaves no log folder anywhere and prints no path', async () => {
    const p = place({ 'sandbox-checks.toml': '[[check]]\nname = "ok"\nfile = "ok.py"\n', 'ok.py': 'print("fine")\n' });
    const r = await runCli(['run'], { cwd: p.project, env: p.env });
    expect(r.code, r.stderr).toBe(0);
    expect(runDirs(p.runs)).toEqual([]);
    expect(readdirSync(p.tmp)).toEqual([]);
    expect(r.stderr).not.toMatch(/full log/i);
    const e = await runCli(['execute', '--code', 'print(1)', '--language', 'python'], { cwd: p.project, env: p.env });
    expect(e.code).toBe(0);
    expect(runDirs(p.runs)).toEqual([]);
    expect(readdirSync(p.tmp)).toEqual([]);
  });

  it('keeps only the log of the check that did not pass, and prints where it is', async () => {
    const p = place({ 'sandbox-checks.toml': CONFIG, 'ok.py': 'print("fine")\n', 'bad.py': 'print("about to fail")\nraise SystemExit(4)\n' });
    const r = await runCli(['run'], { cwd: p.project, env: p.env });
    expect(r.code).toBe(1);
    const dirs = runDirs(p.runs);
    expect(dirs).toHaveLength(1);
    expect(dirs[0]).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/);
    const dir = path.join(p.runs, dirs[0]!);
    const logs = readdirSync(dir);
    expect(logs).toEqual(['002-bad.log']);
    expect(readFileSync(path.join(dir, logs[0]!), 'utf8')).toContain('about to fail');
    expect(r.stderr).toContain(`full log: ${path.join(dir, '002-bad.log')}`);
    expect(r.stderr).toContain(`Full logs of the checks that did not pass: ${dir}\n`);
    expect(readdirSync(p.tmp)).toEqual([]);

    // --json reports no log file for the check whose log is gone.
    const json = path.join(p.project, 'r.json');
    await runCli(['run', '--json', json], { cwd: p.project, env: p.env });
    const checks = JSON.parse(readFileSync(json, 'utf8')).checks;
    expect(checks.find((c: { name: string }) => c.name === 'ok').logFile).toBeUndefined();
    expect(existsSync(checks.find((c: { name: string }) => c.name === 'bad').logFile)).toBe(true);
  });

  it('--keep-logs keeps every log', async () => {
    const p = place({ 'sandbox-checks.toml': CONFIG, 'ok.py': 'print("fine")\n', 'bad.py': 'raise SystemExit(4)\n' });
    const r = await runCli(['run', '--keep-logs'], { cwd: p.project, env: p.env });
    expect(r.code).toBe(1);
    const dirs = runDirs(p.runs);
    expect(readdirSync(path.join(p.runs, dirs[0]!)).sort()).toEqual(['001-ok.log', '002-bad.log']);
    expect(r.stderr).toContain(`Full logs: ${path.join(p.runs, dirs[0]!)}\n`);
  });

  it(`keeps the last ${RUNS_KEPT} runs, and never touches what it did not name`, async () => {
    const p = place({ 'bad.py': 'raise SystemExit(1)\n' });
    mkdirSync(p.runs, { recursive: true });
    const old = Array.from({ length: 12 }, (_, i) => `20200101T0000${String(i).padStart(2, '0')}Z-abcdef`);
    for (const d of old) mkdirSync(path.join(p.runs, d));
    mkdirSync(path.join(p.runs, 'mine'));
    writeFileSync(path.join(p.runs, 'notes.txt'), 'keep me');
    const r = await runCli(['execute', '--file', 'bad.py'], { cwd: p.project, env: p.env });
    expect(r.code).toBe(1);
    const left = runDirs(p.runs);
    expect(left).toContain('mine');
    expect(left).toContain('notes.txt');
    const runs = left.filter((d) => /Z-/.test(d));
    expect(runs).toHaveLength(RUNS_KEPT);
    expect(runs.slice(0, RUNS_KEPT - 1)).toEqual(old.slice(-(RUNS_KEPT - 1)));
    expect(runs[RUNS_KEPT - 1]!.startsWith('2020')).toBe(false); // this run's folder stays
  });

  it('HOME/.local/state is the default, and an unwritable state home falls back to a temporary folder that is settled the same way', async () => {
    const p = place({ 'bad.py': 'raise SystemExit(1)\n', 'ok.py': 'print(1)\n' });
    const home = path.join(p.state, 'home');
    mkdirSync(home);
    const r = await runCli(['execute', '--file', 'bad.py'], { cwd: p.project, env: { ...p.env, XDG_STATE_HOME: '', HOME: home } });
    expect(r.code).toBe(1);
    expect(runDirs(path.join(home, '.local/state/sandbox-checks/runs'))).toHaveLength(1);

    writeFileSync(path.join(p.state, 'file'), '');
    const ok = await runCli(['execute', '--file', 'ok.py'], { cwd: p.project, env: { ...p.env, XDG_STATE_HOME: path.join(p.state, 'file') } });
    expect(ok.code, ok.stderr).toBe(0);
    expect(readdirSync(p.tmp)).toEqual([]);
  });
});

describe('pruneRuns', () => {
  it('removes the oldest run folders only', () => {
    const root = mkdtempSync(path.join(base, 'prune-'));
    for (const d of ['20260101T000000Z-000001', '20260101T000001Z-000002', '20260101T000002Z-000003', 'other']) mkdirSync(path.join(root, d));
    expect(pruneRuns(root, 2)).toEqual(['20260101T000000Z-000001']);
    expect(readdirSync(root).sort()).toEqual(['20260101T000001Z-000002', '20260101T000002Z-000003', 'other']);
    expect(pruneRuns(path.join(root, 'missing'))).toEqual([]);
  });
});

describe('the engine without a log folder (library use)', () => {
  it('removes the logs of passing checks and its own folder when nothing is left; keeps a failing check\'s log', async () => {
    const green = await runChecks(plan([check({ name: 'a', language: 'python', code: 'print(1)' }), check({ name: 'b', language: 'bash', code: 'echo 2' })], { logDir: undefined }));
    expect(green.outcomes.map((o) => o.status)).toEqual(['passed', 'passed']);
    expect(green.outcomes.map((o) => o.logFile)).toEqual([undefined, undefined]);
    expect(existsSync(green.logDir)).toBe(false);

    const red = await runChecks(plan([check({ name: 'ok', language: 'bash', code: 'echo ok' }), check({ name: 'no', language: 'bash', code: 'echo boom; exit 3' })], { logDir: undefined }));
    const [ok, no] = red.outcomes;
    expect(ok!.logFile).toBeUndefined();
    expect(readFileSync(no!.logFile!, 'utf8')).toContain('boom');
    expect(readdirSync(red.logDir)).toEqual([path.basename(no!.logFile!)]);
    rmSync(red.logDir, { recursive: true });
  });
});
