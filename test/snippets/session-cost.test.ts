// What a session costs beyond its blocks' own work: its later blocks do not
// hold a worker while another one runs the session, so the next document's
// session starts at once (with one worker every block still starts and ends
// in turn); a session writes its blocks into the sandbox as one file (where
// its driver reads them from session.json: Python, JavaScript, TypeScript, Ruby).

import { describe, expect, test } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { testLogDir } from '../helpers.js';
import { md, planSnippets, runMarkdown, tempDir, text } from './helpers.js';

/** A document whose session prints when its first block started and when its last one ended (wall clock, seconds). */
const timedDoc = (name: string) =>
  md(
    `\`\`\`python session=${name}`,
    'import time',
    'print("start", time.time())',
    'time.sleep(1.0)',
    '```',
    `\`\`\`python session=${name}`,
    'x = 1',
    '```',
    `\`\`\`python session=${name}`,
    'print("end", time.time())',
    '```',
  );

describe('sessions and workers', () => {
  test('two documents\' sessions run at the same time with two workers, though each has blocks after its first', async () => {
    const { outcomes } = await runMarkdown({ 'a.md': timedDoc('a'), 'b.md': timedDoc('b') });
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      ['a.md', 'passed'], ['a.md', 'passed'], ['a.md', 'passed'],
      ['b.md', 'passed'], ['b.md', 'passed'], ['b.md', 'passed'],
    ]);
    const at = (file: string, word: string) => {
      const o = outcomes.find((x) => x.file === file && text(x).startsWith(word));
      return Number(text(o!).split(' ')[1]);
    };
    // Overlapping intervals: each session started before the other ended.
    expect(at('b.md', 'start')).toBeLessThan(at('a.md', 'end'));
    expect(at('a.md', 'start')).toBeLessThan(at('b.md', 'end'));
  });

  test('with one worker, every block of a session starts and ends in turn, in order', async () => {
    const dir = tempDir({ 'README.md': md('```python session=s', 'x = 1', '```', '```python session=s', 'print(x)', '```', '```python', 'print(2)', '```', '```python session=s', 'print(x + 1)', '```') });
    const plan = await planSnippets(dir);
    const events: string[] = [];
    const summary = await runChecks(
      { ...plan, concurrency: 1, logDir: testLogDir() },
      { onCheckStart: (c) => events.push(`start ${c.source?.line}`), onCheckEnd: (o) => events.push(`end ${o.line}`) },
    );
    expect(summary.outcomes.map((o) => [o.line, o.status, text(o)])).toEqual([
      [1, 'passed', ''], [4, 'passed', '1\n'], [7, 'passed', '2\n'], [10, 'passed', '2\n'],
    ]);
    expect(events).toEqual(['start 1', 'end 1', 'start 4', 'end 4', 'start 7', 'end 7', 'start 10', 'end 10']);
  });

  // One listing per language whose driver reads its blocks from session.json.
  const LISTS: Record<string, [string, string]> = {
    python: ['import os\nprint(sorted(os.listdir(".sandbox-checks")))', "['driver.py']"],
    javascript: ["console.log(JSON.stringify(require('node:fs').readdirSync('.sandbox-checks').sort()))", '["driver.cjs"]'],
    typescript: ["import { readdirSync } from 'node:fs';\nconsole.log(JSON.stringify(readdirSync('.sandbox-checks').sort()));", '["driver.cjs"]'],
    ruby: ['puts Dir.children(".sandbox-checks").sort.inspect', '["driver.rb"]'],
  };
  test.each(Object.keys(LISTS))('a %s session puts its blocks in session.json, not a file each: the sandbox holds only the driver', async (language) => {
    const [list, want] = LISTS[language]!;
    const { outcomes } = await runMarkdown(md(`\`\`\`${language} session=s`, list, '```', `\`\`\`${language} session=s`, list, '```'));
    expect(outcomes.map((o) => [o.status, text(o)])).toEqual([
      ['passed', `${want}\n`],
      ['passed', `${want}\n`],
    ]);
  });
});
