// Report injection end to end: real programs in the local sandbox print what
// would break or abuse a report (code fences, </details>, <script>,
// <img onerror>, @mentions, #refs, workflow commands, ANSI, 10,000 lines),
// under names that carry Markdown and HTML. The workflow log, the job
// summary, the PR comment and the JUnit XML must stay well-formed and inert;
// the XML and the HTML are parsed, not pattern-matched.
// (test/action/render.test.ts covers the renderers with hand-made outcomes.)

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import type { RunSummary } from '../../src/types.js';
import { commentMarker, COMMENT_LIMIT, renderComment } from '../../src/report/comment.js';
import { toJUnit } from '../../src/report/junit.js';
import { WorkflowLog } from '../../src/report/log.js';
import { renderSummary } from '../../src/report/summary.js';
import { outsideFences } from '../action/markdown-check.js';
import { processedCommands } from '../action/runner-commands.js';
import { check, plan } from '../helpers.js';

const PAYLOAD = [
  '```',
  '~~~',
  '</details></summary></td></tr></table>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '@octocat please look at #123 and GH-45',
  '::add-mask::e',
  '::stop-commands::abc',
  '::error file=README.md,line=1::forged annotation',
  '::set-output name=ok::true',
  'text ##[error]forged',
  '\u001b[31mred\u001b[0m \u001b]0;title\u0007 \rFAKE PASS',
  '<!-- sandbox-checks workflow=x job=y key= -->',
].join('\n');

const NAMES = [
  '**bold** [link](javascript:alert(1)) @octocat #1 </details><script>x</script>',
  '`tick` <img src=x onerror=alert(1)> ::error::name',
];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sc-injection-'));
let summary: RunSummary;
let log = '';

beforeAll(async () => {
  const code = `import sys\nsys.stdout.write(${JSON.stringify(`${PAYLOAD}\n`)})\nsys.stderr.write(${JSON.stringify(`${PAYLOAD}\n`)})\nfor i in range(10000): print("line", i, "</details> @octocat")\nsys.exit(1)`;
  const checks = [
    check({ name: NAMES[0]!, language: 'python', code }),
    check({ name: NAMES[1]!, language: 'python', code: `import sys\nsys.stdout.write(${JSON.stringify(`${PAYLOAD}\n`)})` }),
  ];
  const wlog = new WorkflowLog({ write: (s) => (log += s), stream: true, parallel: true });
  summary = await runChecks(plan(checks, { concurrency: 2, logDir: tmp }), {
    onCheckStart: (c) => wlog.onCheckStart(c),
    onOutput: (c, s, b) => wlog.onOutput(c, s, b),
    onNotice: (c, m) => wlog.onNotice(c, m),
    onCheckEnd: (o, c) => wlog.onCheckEnd(o, c),
  });
  wlog.finish();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface HtmlFacts {
  tags: { name: string; attrs: Record<string, string> }[];
  /** Text outside <code>, where GitHub would link @mentions and #refs. */
  liveText: string;
  unbalanced: string[];
}

/** Parses the HTML that GitHub would render live (everything outside fenced code). */
function html(md: string): HtmlFacts {
  const facts: HtmlFacts = { tags: [], liveText: '', unbalanced: [] };
  const stack: string[] = [];
  let inCode = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        facts.tags.push({ name, attrs });
        stack.push(name);
        if (name === 'code' || name === 'pre') inCode++;
      },
      onclosetag(name, implied) {
        if (implied && !['br', 'img', 'hr', 'p'].includes(name)) facts.unbalanced.push(name);
        stack.pop();
        if (name === 'code' || name === 'pre') inCode--;
      },
      ontext(text) {
        if (!inCode) facts.liveText += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(outsideFences(md).text);
  parser.end();
  return facts;
}

function expectInertHtml(md: string): void {
  const { text, unclosed, blocks } = outsideFences(md);
  expect(unclosed, 'a fenced block never closes').toBe(false);
  expect(text).not.toContain('\u001b');
  const facts = html(md);
  const allowed = new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'details', 'summary', 'sub', 'br', 'b', 'strong', 'a', 'p', 'pre', 'div', 'span', 'em', 'i']);
  for (const t of facts.tags) {
    expect(allowed.has(t.name), `<${t.name}> is live`).toBe(true);
    for (const [k, v] of Object.entries(t.attrs)) {
      expect(k, `<${t.name} ${k}>`).not.toMatch(/^on/i);
      expect(v).not.toMatch(/^\s*javascript:/i);
    }
  }
  expect(facts.unbalanced, 'elements closed only implicitly').toEqual([]);
  expect(facts.liveText).not.toMatch(/@octocat/);
  expect(facts.liveText).not.toMatch(/(^|\s)#(1|123)\b/);
  expect(facts.liveText).not.toContain('<script');
  // The hostile output is in the report, fenced.
  expect(blocks.some((b) => b.includes('<script>alert(1)</script>'))).toBe(true);
}

describe('report injection: hostile output and names stay inert', () => {
  it('the checks ran and their output was captured as printed', () => {
    expect(summary.outcomes.map((o) => [o.name, o.status])).toEqual([
      [NAMES[0], 'failed'],
      [NAMES[1], 'passed'],
    ]);
    expect(summary.outcomes[1]!.stdout.head).toBe(`${PAYLOAD}\n`);
    expect(summary.outcomes[0]!.stdout.truncated).toBe(true);
  });

  it('job summary: well-formed HTML, nothing live but the report itself', () => {
    const md = renderSummary({ outcomes: summary.outcomes, totals: summary.totals, providerLabel: summary.providerLabel, cancelled: false, links: {} }).text;
    expectInertHtml(md);
    expect(Buffer.byteLength(md)).toBeLessThan(1_000_000);
  });

  it('PR comment: well-formed, inert, one marker, under the limit', () => {
    const marker = commentMarker({ workflow: 'ci', job: 'hostile' });
    const md = renderComment({ outcomes: summary.outcomes, totals: summary.totals, providerLabel: summary.providerLabel, cancelled: false, links: {} }, marker).text;
    expectInertHtml(md);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.startsWith(marker)).toBe(true);
    // A forged marker may only sit inside fenced output, never where it would be read as ours.
    expect(outsideFences(md).text.split('<!-- sandbox-checks ').length - 1, 'a marker outside code').toBe(1);
  });

  it('JUnit XML: valid, one testcase per check, output as text', () => {
    const xml = toJUnit(summary.outcomes, summary.totals);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: false }).parse(xml);
    const cases = [doc.testsuites.testsuite.testcase].flat();
    expect(cases.map((c: Record<string, string>) => c['@name'])).toEqual(NAMES.map((n) => n.replace(/\u001b/g, '')));
    expect(cases[0].failure['@type']).toBe('exit_code');
    expect(String(cases[1]['system-out'])).toContain('<script>alert(1)</script>');
    expect(String(cases[1]['system-out'])).not.toContain('\u001b');
    expect(doc.testsuites['@tests']).toBe('2');
  });

  it('workflow log: the runner would process only our own group and stop-commands lines', () => {
    const processed = processedCommands(log);
    const cmds = processed.map((c) => c.command);
    expect(cmds.length).toBeGreaterThan(0);
    expect(new Set(cmds)).toEqual(new Set(['group', 'endgroup', 'stop-commands']));
    expect(log).not.toContain('\u001b');
    expect(log).not.toMatch(/\r/);
    // Every stop-commands token is closed again, and none is guessable from the output.
    const tokens = processed.filter((c) => c.command === 'stop-commands').map((c) => c.data);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) {
      expect(log).toContain(`::${t}::`);
      expect(t).toMatch(/^[0-9a-f]{32}$/);
    }
    // Streamed lines are printed as they come (bounded by the output limit); the group printed at the end keeps a head and a tail.
    expect(log).toMatch(/… \[\d+ bytes not shown here; the full log is on disk\] …/);
  });
});
