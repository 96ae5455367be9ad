// docs/action.md shows a job summary, a PR comment and a log excerpt: they are
// rendered here by the real renderers from a fixed set of outcomes (the log
// as the runner shows it, through the runner simulator), and the
// test fails when the document drifts. `UPDATE_DOCS=1 npx vitest run
// test/action/docs-samples.test.ts` rewrites the samples in place.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, it } from 'vitest';

import { commentMarker, renderComment } from '../../src/report/comment.js';
import { WorkflowLog } from '../../src/report/log.js';
import { renderSummary, type ReportInput } from '../../src/report/summary.js';
import type { Check, Outcome, Totals } from '../../src/types.js';
import { providerEntry } from '../../src/providers/index.js';
import { ROOT } from './harness.js';
import { simulate } from './runner-sim.js';

const tail = (text = '') => ({ head: text, tail: '', bytes: Buffer.byteLength(text), truncated: false });

const outcomes: Outcome[] = [
  { name: 'README.md:12 (python)', language: 'python', provider: 'e2b', status: 'passed', exitCode: 0, durationMs: 1412, stdout: tail('55\n'), stderr: tail(), file: 'README.md', line: 12, sandboxSeconds: 1.6 },
  { name: 'README.md:40 (javascript)', language: 'javascript', provider: 'e2b', status: 'passed', exitCode: 0, durationMs: 1233, stdout: tail('[ 1, 2, 3 ]\n'), stderr: tail(), file: 'README.md', line: 40, sandboxSeconds: 1.4 },
  {
    name: 'docs/api.md:88 (typescript)', language: 'typescript', provider: 'e2b', status: 'failed', reason: 'exit_code', exitCode: 1,
    message: 'expected exit code 0, got 1', durationMs: 1870, file: 'docs/api.md', line: 88, sandboxSeconds: 2.1,
    stdout: tail('loading users…\n'),
    stderr: tail("file:///home/user/main.mjs:4\n  const names = users.map((u) => u.name);\n                      ^\nTypeError: Cannot read properties of undefined (reading 'map')\n    at file:///home/user/main.mjs:4:23\n"),
  },
  {
    name: 'examples/fib.go', language: 'go', provider: 'e2b', status: 'timed_out', reason: 'timeout',
    message: 'did not finish within the 10000 ms timeout; every process it started was killed', durationMs: 10_004, file: 'examples/fib.go', sandboxSeconds: 10.4,
    stdout: tail('fib(38) = 39088169\nfib(39) = 63245986\n'), stderr: tail(),
  },
  { name: 'docs/setup.md:5 (bash)', language: 'bash', provider: 'e2b', status: 'skipped', reason: 'skipped_by_marker', message: 'marked `skip` in the info string', durationMs: 0, stdout: tail(), stderr: tail(), file: 'docs/setup.md', line: 5 },
];

const totals: Totals = { passed: 2, failed: 1, timed_out: 1, error: 0, skipped: 1, total: 5, durationMs: 11_950 };
const input: ReportInput = {
  outcomes,
  totals,
  providerLabel: providerEntry('e2b').label,
  cancelled: false,
  links: { serverUrl: 'https://github.com', repository: 'octo-org/sandbox-demo', runId: '8675309', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
};

function logSample(): string {
  let out = '';
  // One token per run, as the Action prints it (the runner masks it anyway).
  const log = new WorkflowLog({ write: (s) => (out += s), stream: false, parallel: true, token: () => '5f0c3a9e'.repeat(4) });
  for (const o of outcomes.slice(1, 4)) {
    const c = { name: o.name, language: o.language } as Check;
    log.onCheckStart(c);
    if (o.stdout.head) log.onOutput(c, 'stdout', Buffer.from(o.stdout.head));
    if (o.stderr.head) log.onOutput(c, 'stderr', Buffer.from(o.stderr.head));
    log.onCheckEnd({ ...o, logFile: o.status === 'passed' ? undefined : `/home/runner/work/_temp/sandbox-checks-gh-8675309-1-docs-1a2b3c4d/logs/00${outcomes.indexOf(o) + 1}.log` }, c);
  }
  return out;
}

const samples: Record<string, string> = {
  summary: renderSummary(input).text,
  comment: `\`\`\`\`markdown\n${renderComment(input, commentMarker({ workflow: 'Docs', job: 'snippets', key: '' })).text}\`\`\`\`\n`,
  // What the job log shows: the Action's stdout read by the runner (simulated with its own code).
  log: `\`\`\`text\n${simulate(logSample()).log.join('\n')}\n\`\`\`\n`,
};

it('docs/action.md shows what the renderers produce', () => {
  const file = path.join(ROOT, 'docs/action.md');
  let doc = readFileSync(file, 'utf8');
  for (const [name, sample] of Object.entries(samples)) {
    const re = new RegExp(`(<!-- sample:${name} -->\\n)[\\s\\S]*?(<!-- /sample:${name} -->)`);
    expect(doc, `docs/action.md has no <!-- sample:${name} --> section`).toMatch(re);
    if (process.env.UPDATE_DOCS) doc = doc.replace(re, (_m, a: string, b: string) => `${a}\n${sample}\n${b}`);
    expect(re.exec(doc)![0], `the ${name} sample is out of date: UPDATE_DOCS=1 npx vitest run test/action/docs-samples.test.ts`).toBe(
      `<!-- sample:${name} -->\n\n${sample}\n<!-- /sample:${name} -->`,
    );
  }
  if (process.env.UPDATE_DOCS) writeFileSync(file, doc);
});

it('README.md shows the summary and comment the renderers produce', () => {
  const file = path.join(ROOT, 'README.md');
  let doc = readFileSync(file, 'utf8');
  for (const name of ['summary', 'comment']) {
    const sample = samples[name]!;
    const re = new RegExp(`(<!-- sample:${name} -->\\n)[\\s\\S]*?(<!-- /sample:${name} -->)`);
    expect(doc, `README.md has no <!-- sample:${name} --> section`).toMatch(re);
    if (process.env.UPDATE_DOCS) doc = doc.replace(re, (_m, a: string, b: string) => `${a}\n${sample}\n${b}`);
    expect(re.exec(doc)![0], `the README ${name} sample is out of date: UPDATE_DOCS=1 npx vitest run test/action/docs-samples.test.ts`).toBe(
      `<!-- sample:${name} -->\n\n${sample}\n<!-- /sample:${name} -->`,
    );
  }
  if (process.env.UPDATE_DOCS) writeFileSync(file, doc);
});
