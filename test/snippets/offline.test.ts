// Install commands in blocks that run without the network (the default) fail
// within seconds, naming the unreachable registry, instead of retrying into
// the block's timeout: axios', commander's, nan's and zod's `npm install …`
// blocks timed out at 30 s on the real-docs benchmark.

import { describe, expect, test } from 'vitest';

import { md, runMarkdown, text } from './helpers.js';

describe('installers without the network', () => {
  test('`npm install zod` and `pip download requests` fail fast, saying why', async () => {
    const { byLine } = await runMarkdown(
      md(
        '```sh', //                                               1
        'npm install zod       # npm', //                         2 (zod's README, as written)
        '```', //                                                 3
        '```sh', //                                               4
        'python3 -m pip download --no-deps -d /tmp/dl requests', // 5
        '```', //                                                 6
        '```sh', //                                               7
        'echo "retries=$npm_config_fetch_retries pip=$PIP_RETRIES"', // 8
        '```', //                                                 9
      ),
    );
    const npm = byLine(1);
    expect(npm.status, text(npm, 'stderr')).toBe('failed');
    expect(npm.durationMs).toBeLessThan(15_000);
    expect(text(npm, 'stderr')).toMatch(/EAI_AGAIN|ENOTFOUND|ECONNREFUSED|ENETUNREACH/);
    const pip = byLine(4);
    expect(pip.status, text(pip, 'stderr')).toBe('failed');
    expect(pip.durationMs).toBeLessThan(15_000);
    expect(text(pip, 'stderr')).toMatch(/Failed to establish a new connection|name resolution/);
    expect(text(byLine(7))).toBe('retries=0 pip=1\n');
  }, 60_000);
});
