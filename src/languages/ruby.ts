// Ruby: ruby runs the file; gem installs packages into the workspace;
// sessions evaluate every block in TOPLEVEL_BINDING (drivers/session.rb).

import { readFileSync } from 'node:fs';

import { defineLanguage } from './catalog.js';
import { quoteAll, sh } from './commands.js';

let driver: string | undefined;

export const ruby = defineLanguage({
  id: 'ruby',
  label: 'Ruby',
  aliases: ['rb'],
  extensions: ['.rb'],
  fileName: 'main.rb',
  tools: ['ruby'],
  debian: { ruby: 'ruby', gem: 'ruby' },
  etc: ['ruby'],
  check: (e) => `ruby -c ${sh(e)} >/dev/null`,
  run: (e) => `ruby ${sh(e)}`,
  env: { GEM_HOME: '/workspace/.packages/ruby', GEM_PATH: '/workspace/.packages/ruby' },
  install: {
    tool: 'gem',
    command: (p) => `gem install --no-document --install-dir /workspace/.packages/ruby ${quoteAll(p)}`,
    layer: { outputs: ['.packages/ruby'] },
  },
  session: {
    blockExtension: 'rb',
    driverFile: 'driver.rb',
    inline: true,
    driver: () => (driver ??= readFileSync(new URL('./drivers/session.rb', import.meta.url), 'utf8')),
  },
});
