// Small pieces the language modules build their shell commands from.

import path from 'node:path';

import { shellQuote } from '../trust/shell.js';

export const sh = shellQuote;

/** Package names as shell words. */
export const quoteAll = (pkgs: string[]) => pkgs.map(shellQuote).join(' ');

/** `src/main.ts` → `src/main`. */
export const stem = (entry: string) => entry.slice(0, entry.length - path.extname(entry).length);
