// Bundles the front doors with ncc into dist/ (committed): the Action's main
// and post steps and the CLI. Run after every source change: `npm run bundle`.
// `node scripts/bundle.mjs --out DIR` builds into DIR instead (the test that
// dist/ is up to date compares such a build with dist/). The build goes to a
// temporary folder first and replaces the old one only when complete, so
// dist/ is never missing while a build runs. Files the code reads beside
// itself with `readFileSync(new URL('./x', import.meta.url))` (the session
// drivers in src/languages/drivers/) are found by ncc and shipped with each
// entry under a content-hashed name. The RE2 engine leaves a main chunk for a
// file of its own, re2js.cjs (scripts/separate-modules.mjs: most steps have no
// pattern). Then each chunk's module functions are put in parentheses
// (scripts/eager-factories.mjs: compiled as the file is parsed, not parsed
// twice).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync, chmodSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';

import { eagerFactories } from './eager-factories.mjs';
import { mainChunkModules, separateModules } from './separate-modules.mjs';

const at = process.argv.indexOf('--out');
const outDir = at >= 0 ? process.argv[at + 1] : 'dist';
if (!outDir) throw new Error('--out needs a folder');
const building = `${outDir.replace(/\/+$/, '')}.building-${process.pid}`;

// The Action's entries are compiled with type information: with
// --transpile-only, TypeScript emits CommonJS for them, and the ESM-only
// @actions/* packages then fail to resolve ("Package path . is not exported").
const entries = [
  ['src/action/index.ts', '', []],
  ['src/action/post.ts', 'post', []],
  ['src/cli/index.ts', 'cli', ['--transpile-only']],
];
rmSync(building, { recursive: true, force: true });
try {
  for (const [entry, sub, extra] of entries) {
    if (!existsSync(entry)) continue;
    const out = path.join(building, sub);
    const stats = path.join(building, `stats-${sub || 'action'}.json`);
    execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--minify', '--no-source-map-register', '--license', 'licenses.txt', '--stats-out', stats, ...extra, '-q'], {
      stdio: 'inherit',
    });
    // The RE2 engine, when it is in the entry's own chunk: a file of its own, required on the first pattern.
    const re2 = mainChunkModules(JSON.parse(readFileSync(stats, 'utf8')), 're2js');
    rmSync(stats);
    if (re2.length) {
      const main = path.join(out, 'index.js');
      const split = separateModules(readFileSync(main, 'utf8'), re2, 're2js.cjs');
      writeFileSync(main, split.source);
      writeFileSync(path.join(out, 're2js.cjs'), split.separate);
    }
    // ncc's chunks (index.js, N.index.js), not the driver files shipped beside them.
    for (const f of readdirSync(out).filter((f) => /^(\d+\.)?index\.js$/.test(f))) {
      const file = path.join(out, f);
      writeFileSync(file, eagerFactories(readFileSync(file, 'utf8'), path.join(sub, f)));
    }
  }
  writeFileSync(path.join(building, 'package.json'), '{ "type": "module" }\n');
  const cli = path.join(building, 'cli/index.js');
  if (existsSync(cli)) {
    const text = readFileSync(cli, 'utf8');
    if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
    chmodSync(cli, 0o755);
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(building, outDir);
} finally {
  rmSync(building, { recursive: true, force: true });
}
