// PHP: php runs the file; composer installs packages; a block's program gets
// one `<?php` at the top (the block's and setups' own opening tags are
// dropped, lines kept); sessions include every block at global scope
// (drivers/session.php).
//
// Packages are a shared layer: vendor/, read-only, is all a program loads
// (vendor/autoload.php and what it maps). The composer.json/composer.lock
// the install wrote stay in its sandbox: PHP never reads them at run time.

import { readFileSync } from 'node:fs';

import type { CheckFile } from '../types.js';
import { defineLanguage } from './catalog.js';
import { isLocalPath, quoteAll, sh } from './commands.js';
import type { SetupCode } from './language.js';
import { layoutProgram } from './layout.js';

const PHP_OPEN = /^(\s*)<\?php\b[ \t]*/;

/** Drops a leading `<?php` (keeping line breaks) and a trailing `?>`. */
function phpBody(code: string): string {
  return code.replace(PHP_OPEN, '$1').replace(/\?>\s*$/, '');
}

/**
 * A block that mixes HTML and PHP keeps its tags: setup runs in a closed
 * `<?php … ?>` before it (blank lines outside PHP tags would be printed, so
 * the padding is inside the tag).
 */
function assemble(setups: SetupCode[], code: string, bodyLine: number): string {
  const template = !PHP_OPEN.test(code) && /<\?(php\b|=)/.test(code);
  const setup = setups.map((s) => phpBody(s.code));
  const before = setup.length ? setup.join('\n').split('\n') : [];
  if (template) return layoutProgram(['<?php'], [...before, '?>'], code, '', bodyLine);
  return layoutProgram(['<?php'], before, code.replace(PHP_OPEN, '$1'), '', bodyLine);
}

/**
 * The folders of composer.json's path repositories (`{"type": "path", "url":
 * "packages/*"}`): composer installs those packages from the workspace. A
 * wildcard stands for the folder before it.
 */
export function composerPathRepositories(files: CheckFile[]): string[] {
  const json = files.find((f) => f.path === 'composer.json');
  if (!json) return [];
  let repos: unknown;
  try {
    repos = (JSON.parse(json.content.toString('utf8')) as { repositories?: unknown }).repositories;
  } catch {
    return [];
  }
  const list = Array.isArray(repos) ? repos : repos && typeof repos === 'object' ? Object.values(repos) : [];
  const out: string[] = [];
  for (const r of list as { type?: unknown; url?: unknown }[]) {
    if (!r || r.type !== 'path' || typeof r.url !== 'string') continue;
    const url = r.url.split('/').findIndex((part) => /[*?[{]/.test(part));
    const dir = url < 0 ? r.url : r.url.split('/').slice(0, url).join('/') || '.';
    out.push(isLocalPath(dir) ? dir : `./${dir}`);
  }
  return out;
}

let driver: string | undefined;

export const php = defineLanguage({
  id: 'php',
  label: 'PHP',
  aliases: [],
  extensions: ['.php'],
  fileName: 'main.php',
  tools: ['php'],
  debian: { php: 'php-cli', composer: 'composer' },
  etc: ['php'],
  // composer unpacks packages with it.
  debianAlso: ['unzip'],
  check: (e) => `php -l ${sh(e)} >/dev/null`,
  run: (e) => `php ${sh(e)}`,
  install: {
    tool: 'composer',
    command: (p) => `composer require --quiet --no-interaction ${quoteAll(p)}`,
    layer: { outputs: ['vendor'], reads: ['composer.json', 'composer.lock'], localSources: composerPathRepositories },
  },
  session: {
    blockExtension: 'php',
    driverFile: 'driver.php',
    driver: () => (driver ??= readFileSync(new URL('./drivers/session.php', import.meta.url), 'utf8')),
  },
  snippets: { assemble },
});
