// JavaScript: run by node as it is (an ES module when the code only parses as
// one, src/languages/modules.ts); npm installs packages into the workspace;
// sessions run every block in one context (drivers/session.cjs).

import { readFileSync } from 'node:fs';

import { defineLanguage } from './catalog.js';
import { quoteAll, sh } from './commands.js';
import { sessionScript } from './js-blocks.js';
import type { PackageInstaller, SessionSupport } from './language.js';
import { isJsModule, loadJsParser } from './modules.js';

export const npmInstall: PackageInstaller = {
  tool: 'npm',
  // --install-links: a local folder package is copied into node_modules (with
  // what its install script built), not linked back into the workspace.
  command: (p) => `npm install --no-audit --no-fund --no-save --loglevel=error --install-links ${quoteAll(p)}`,
  // Node looks for packages in ./node_modules of the program's folder and its parents.
  layer: { outputs: ['node_modules'], reads: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'] },
};

let driver: string | undefined;
/** The driver for JavaScript and TypeScript sessions, read once. */
export const nodeDriver = () => (driver ??= readFileSync(new URL('./drivers/session.cjs', import.meta.url), 'utf8'));

/**
 * Node 20 aborts (an assertion in node::GetErrorSource) instead of printing
 * some syntax errors, e.g. a `{ ... }` placeholder in a class body: the
 * document's code does not parse, which is not a crash of the program.
 */
export function nodeSyntaxAbort(signal: string, stderr: string): string | undefined {
  if (signal !== 'SIGABRT' || !/node::GetErrorSource[^\n]*\n[^\n]*Assertion failed: \(end\) >= \(start\)/.test(stderr)) return undefined;
  return 'syntax error: node aborted (SIGABRT, a Node bug) while reporting it, so no line is named; look for a placeholder such as `...` in the code';
}

const session: SessionSupport = {
  blockExtension: 'js',
  driverFile: 'driver.cjs',
  driver: nodeDriver,
  inline: true,
  prepare: (program, file) => sessionScript(program, file, false),
};

export const javascript = defineLanguage({
  id: 'javascript',
  label: 'JavaScript',
  aliases: ['js', 'node', 'nodejs', 'mjs', 'cjs'],
  extensions: ['.js', '.mjs', '.cjs'],
  fileName: 'main.js',
  tools: ['node'],
  debian: { node: 'nodejs', npm: 'npm' },
  check: (e) => `node --check ${sh(e)}`,
  run: (e) => `node ${sh(e)}`,
  install: npmInstall,
  crashIsSyntaxError: nodeSyntaxAbort,
  session,
  snippets: {
    fileNameFor: (program) => (isJsModule(program) ? 'main.mjs' : undefined),
    prepare: loadJsParser,
  },
});
