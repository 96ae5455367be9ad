// Bundles the front doors with ncc into dist/ (committed): the Action's main
// and post steps and the CLI. Run after every source change: `npm run bundle`.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/action/post.ts', 'dist/post'],
  ['src/cli/index.ts', 'dist/cli'],
];
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(entry)) continue;
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--minify', '--no-source-map-register', '--license', 'licenses.txt', '--transpile-only', '-q'], {
    stdio: 'inherit',
  });
}
writeFileSync('dist/package.json', '{ "type": "module" }\n');
const cli = 'dist/cli/index.js';
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}
