// The language list's first home; the modules and lookups are in index.ts.
// This path keeps working for code that imports it.

export * from './index.js';
