// Types of scripts/eager-factories.mjs (plain JavaScript, run by the bundle step).
/** `source` with every module function of its ncc module tables in parentheses; throws when it has none. */
export function eagerFactories(source: string, file?: string): string;
