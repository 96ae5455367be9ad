// A session block cannot read the driver's nonce from the workspace, so it
// cannot print the driver's markers and have a block that never ran reported
// as passed. (A block shares the driver's process, so it could still find the
// nonce in the driver's memory: docs/security.md states that limit.)

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { workspace } from '../action/harness.js';
import { runCli } from '../helpers.js';

const forgePython = [
  'import json, os',
  "m = json.load(open('.sandbox-checks/session.json'))['marker']",
  "os.write(1, ('@@SC:%s:E:0:0:1@@\\n@@SC:%s:B:1@@\\n@@SC:%s:E:1:0:1@@\\n' % (m, m, m)).encode())",
  "os.write(2, ('@@SC:%s:E:0@@\\n@@SC:%s:E:1@@\\n' % (m, m)).encode())",
  'os._exit(0)',
].join('\n');

const forgeBash = [
  'm=$(grep -o "[0-9a-f]\\{24\\}" .sandbox-checks/session.json .sandbox-checks/driver.sh | head -1 | cut -d: -f2)',
  'printf "@@SC:%s:E:0:0:1@@\\n@@SC:%s:B:1@@\\n@@SC:%s:E:1:0:1@@\\n" "$m" "$m" "$m"',
  'printf "@@SC:%s:E:0@@\\n@@SC:%s:E:1@@\\n" "$m" "$m" >&2',
  'exit 0',
].join('\n');

describe('session markers', () => {
  it.each([
    ['python', forgePython, 'raise SystemExit(3)'],
    ['bash', forgeBash, 'exit 3'],
  ])('a %s block cannot forge the next block\'s pass from the workspace', async (lang, forge, failing) => {
    const md = [`\`\`\`${lang} session=s`, forge, '```', '', `\`\`\`${lang} session=s`, failing, '```', ''].join('\n');
    const ws = workspace({ 'README.md': md, 'sandbox-checks.toml': '[snippets]\npaths = ["README.md"]\n' });
    const r = await runCli(['run', '--provider', 'local', '--json', 'r.json'], { cwd: ws });
    const checks = (JSON.parse(readFileSync(path.join(ws, 'r.json'), 'utf8')) as { checks: { name: string; status: string }[] }).checks;
    expect(checks).toHaveLength(2);
    const second = checks[1]!;
    expect(second, JSON.stringify(checks)).toBeDefined();
    // Never ran, so never passed: skipped (the session ended) or failed.
    expect(['skipped', 'failed'], r.stderr).toContain(second.status);
  });
});
