// Fragments of compiled languages are the languages' own convention: the
// scanner and wrapper live in src/languages/fragments.ts, next to the rules
// each language module gives it. This path keeps the scanner importable here.

export { fragmentNote, fragmentProgram, topLevelItems } from '../languages/fragments.js';
export type { FragmentProgram, FragmentRules, Item, ItemKind, ScanOptions } from '../languages/fragments.js';
