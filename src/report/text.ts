// Makes untrusted text safe for every report: the sink functions live in the
// trust module (src/trust/text.ts); reports import them from here.

export { terminalSafe as stripControl } from '../trust/text.js';
