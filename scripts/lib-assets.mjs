// Copies what the library reads at run time besides its compiled code into
// lib/: the session drivers, real programs in their own languages
// (src/languages/drivers/), which the language modules read next to
// themselves. tsc compiles only TypeScript; ncc (scripts/bundle.mjs) finds
// and ships them by itself.
import { cpSync } from 'node:fs';

cpSync('src/languages/drivers', 'lib/languages/drivers', { recursive: true });
