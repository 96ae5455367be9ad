// With `stream: true` the main step's log is live sandbox output, which a
// problem matcher of an earlier step (setup-node's tsc) turns into
// annotations that use up the runner's 10 per type and step. The Action's own
// annotations then go to the post step, where no sandbox writes, and are
// written there first. Both steps' stdout are replayed through the runner
// simulator (shared/tools/runner-sim) with the tsc matcher registered.

import { expect, it } from 'vitest';

import { runAction, workspace } from '../action/harness.js';
import { annotationsOf } from '../action/runner-sim.js';

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
