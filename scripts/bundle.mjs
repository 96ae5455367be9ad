// Bundles the front doors with ncc into dist/ (committed): the Action's main
// and post steps and the CLI. Run after every source change: `npm run bundle`.
// `node scripts/bundle.mjs --out DIR` builds into DIR instead (the test that
// dist/ is up to date compares such a build with dist/). The build goes to a
// temporary folder first and replaces the old one only when complete, so
// dist/ is never missing while a build runs. Files the code reads beside
// itself with `readFileSync(new URL('./x', import.meta.url))` (the session
// drivers in src/languages/drivers/) are found by ncc and shipped with each
// entry under a content-hashed name. Each chunk's module functions are then
// put in parentheses (scripts/eager-factories.mjs: compiled as the file is
// parsed, not parsed twice).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync, chmodSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';

import { eagerFactories } from './eager-factories.mjs';

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
    execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--minify', '--no-source-map-register', '--license', 'licenses.txt', ...extra, '-q'], {
      stdio: 'inherit',
    });
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
