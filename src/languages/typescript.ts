// TypeScript: types are stripped on the host (sucrase), so it runs with no
// compiler in the sandbox and no network, on either provider; what is left
// runs as JavaScript. Sessions use the JavaScript driver.

import { defineLanguage } from './catalog.js';
import { sh, stem } from './commands.js';
import { nodeDriver, nodeSyntaxAbort, npmInstall } from './javascript.js';
import { sessionScript } from './js-blocks.js';
import { SourceError } from './language.js';
import { isJsModule, loadJsParser } from './modules.js';

/** Strips types; sucrase is loaded only when a TypeScript check runs. */
export async function transpileTypeScript(source: string, entry: string): Promise<string> {
  const { transform } = await import('sucrase');
  return transform(source, { transforms: ['typescript'], filePath: entry, disableESTransforms: true }).code;
}

export const typescript = defineLanguage({
  id: 'typescript',
  label: 'TypeScript',
  aliases: ['ts', 'mts', 'cts'],
  extensions: ['.ts', '.mts', '.cts'],
  fileName: 'main.ts',
  tools: ['node'],
  debian: { node: 'nodejs', npm: 'npm' },
  // What is left runs as an ES module when it is one (import/export,
  // top-level await), else as a script.
  transform: async (source, entry) => {
    let js: string;
    try {
      js = await transpileTypeScript(source, entry);
    } catch (e) {
      throw new SourceError(`TypeScript syntax error in ${entry}: ${(e as Error).message}`);
    }
    await loadJsParser();
    return { path: `${stem(entry)}${isJsModule(js) ? '.mjs' : '.js'}`, content: js };
  },
  programNames: (entry) => ['.js', '.mjs'].map((x) => `${stem(entry)}${x}`),
  check: (e) => `node --check ${sh(e)}`,
  run: (e) => `node ${sh(e)}`,
  install: npmInstall,
  crashIsSyntaxError: nodeSyntaxAbort,
  session: {
    blockExtension: 'js',
    driverFile: 'driver.cjs',
    driver: nodeDriver,
    inline: true,
    runsAs: 'javascript',
    prepare: (program, file) => sessionScript(program, file, true),
  },
});
