// Writes setup.sh's toolchains block from the language modules (via lib/):
// setup.sh runs before `npm ci`, so it cannot read them itself.
// test/unit/setup-packages.test.ts fails when the committed block is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withSetupToolchainBlock } from '../lib/languages/debian.js';

writeFileSync('setup.sh', withSetupToolchainBlock(readFileSync('setup.sh', 'utf8')));
