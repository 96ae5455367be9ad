// With `stream: true` the main step's log is live sandbox output, which a
// problem matcher of an earlier step (setup-node's tsc) turns into
// annotations that use up the runner's 10 per type and step. The Action's own
// annotations then go to the post step, where no sandbox writes, and are
// written there first. Both steps' stdout are replayed through the runner
// simulator (shared/tools/runner-sim) with the tsc matcher registered.

import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, it } from 'vitest';

import { ROOT, runAction, tempDir, workspace } from '../action/harness.js';

const SIM_DIR = [path.join(ROOT, '../shared/tools/runner-sim'), path.join(ROOT, '../../shared/tools/runner-sim')].find((d) => existsSync(path.join(d, 'sim.exe')));

/** The annotations the runner keeps for one step's stdout, in order, and how many it drops. */
function annotationsOf(stdout: string): { kept: string[]; dropped: number } {
  expect(SIM_DIR, 'the runner simulator (shared/tools/runner-sim/sim.exe) is missing').toBeDefined();
  const file = path.join(tempDir('sim'), 'stdout.txt');
  writeFileSync(file, stdout);
  const out = execFileSync('mono', [path.join(SIM_DIR!, 'sim.exe'), file, path.join(SIM_DIR!, 'tsc.json')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const head = /== annotations kept \((\d+)\), dropped over the 10-per-type cap: (\d+)/.exec(out);
  expect(head, out.slice(-2000)).not.toBeNull();
  const kept = out.slice(head!.index).split('\n').slice(1).filter((l) => /^\s+(error|warning|notice) \[/.test(l)).map((l) => l.trim());
  return { kept, dropped: Number(head![2]) };
}

it("stream: true: sandbox output cannot take the Action's annotation slots (they are written first, by the post step)", async () => {
  const files: Record<string, string> = {};
  const lines = Array.from({ length: 4 }, (_, k) => `src/forged${k}.ts(1,1): error TS1005: forged by sandboxed code`).join('\\n');
  for (let i = 0; i < 12; i++) files[`c${String(i).padStart(2, '0')}.py`] = `print("${lines}")\nraise SystemExit(1)\n`;
  const ws = workspace(files);
  const main = await runAction({ workspace: ws, inputs: { files: '*.py', comment: 'never', stream: 'true' } });
  expect(main.code).toBe(1);
  // Live: the sandbox's lines are in the main step's log as they came.
  expect(main.stdout).toContain('forged by sandboxed code');
  const inMain = annotationsOf(main.stdout);
  // What the matcher made of sandbox output is all this step has; none of it is the Action's.
  expect(inMain.kept.every((a) => a.includes('forged by sandboxed code'))).toBe(true);
  expect(main.stdout).toContain('annotations are written by the post step');

  const post = await runAction({ workspace: ws, inputs: {}, entry: 'dist/post/index.js', state: main.state });
  expect(post.code).toBe(0);
  expect(post.stdout).not.toContain('forged by sandboxed code');
  const inPost = annotationsOf(post.stdout);
  expect(inPost.dropped).toBe(0);
  expect(inPost.kept).toHaveLength(10);
  for (const a of inPost.kept) expect(a).toMatch(/^error \[command\]/);
  expect(inPost.kept.filter((a) => /title=c\d\d\.py/.test(a))).toHaveLength(8);
  expect(inPost.kept.some((a) => a.includes('4 more checks did not pass'))).toBe(true);
  expect(inPost.kept.some((a) => a.includes('12 of 12 checks did not pass'))).toBe(true);
  // And they come before anything else the post step writes.
  expect(post.stdout.trimStart().startsWith('::error')).toBe(true);
}, 180_000);

it('without stream the main step writes them itself, before the held-back output, and hands nothing over', async () => {
  const ws = workspace({ 'a.py': 'print("src/x.ts(1,1): error TS1005: forged")\nraise SystemExit(1)\n' });
  const main = await runAction({ workspace: ws, inputs: { files: '*.py', comment: 'never' } });
  expect(main.code).toBe(1);
  expect(main.state.annotations).toBeUndefined();
  expect(annotationsOf(main.stdout).kept[0]).toMatch(/^error \[command\].*title=a\.py/);
  const post = await runAction({ workspace: ws, inputs: {}, entry: 'dist/post/index.js', state: main.state });
  expect(post.stdout).not.toContain('::error');
}, 180_000);
