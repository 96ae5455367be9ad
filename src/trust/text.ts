// Untrusted text made inert, one function per kind of sink. Names, messages
// and output come from the repository (its config, its Markdown, what its
// programs print), so none may move a terminal's cursor, write its clipboard
// (OSC 52), overwrite a line with a lone \r, or pass for another row with
// bidi overrides and invisible characters.

/** Terminal and log text: no escape sequences, no control characters but \n and \t; a lone \r becomes a line break. */
export function terminalSafe(text: string): string {
  return text
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[@-_]/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f]/g, (c) => (c === '\r' ? '\n' : c === '\x00' ? '\u2400' : '\uFFFD'));
}

/**
 * Characters that change how text reads without being seen: bidi controls
 * (U+202A–202E, U+2066–2069, LRM/RLM/ALM), zero-width and invisible ones
 * (U+200B–200D, U+2060–2064, U+FEFF, soft hyphen, Mongolian vowel separator,
 * combining grapheme joiner, Hangul fillers, tag characters).
 */
// The combining grapheme joiner (U+034F) is listed on purpose: it is invisible on its own.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u061c\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

function escapeCode(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** Text a person must be able to trust the look of (check names): invisible characters shown as `\u202e`. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, escapeCode);
}

/** A check name for every sink: one line, no control or invisible characters (shown escaped), at most `max` characters. */
export function safeName(name: string, max = 200): string {
  const one = visibleText(
    name.replace(/[\x00-\x1f\x7f\u0080-\u009f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? ' ' : c === '\r' ? '\\r' : escapeCode(c))),
  ).trim();
  const cut = [...one];
  return (cut.length > max ? `${cut.slice(0, max - 1).join('')}…` : one) || '(no name)';
}

/**
 * Names unique by construction: the first of each name keeps it, a later one
 * gets the lowest ` #n` that no check of the plan has (so `a`, `a`, `a #2`
 * becomes `a`, `a #3`, `a #2`, never two `a #2`).
 */
export function uniqueNames<T extends { name: string }>(items: T[]): T[] {
  const used = new Set(items.map((c) => c.name));
  const kept = new Set<string>();
  for (const c of items) {
    if (!kept.has(c.name)) {
      kept.add(c.name);
      continue;
    }
    let n = 2;
    while (used.has(`${c.name} #${n}`)) n++;
    c.name = `${c.name} #${n}`;
    used.add(c.name);
    kept.add(c.name);
  }
  return items;
}

/** Every name of a plan safe and unique (run once by each front door's planner). */
export function settleNames<T extends { name: string }>(items: T[]): T[] {
  for (const c of items) c.name = safeName(c.name);
  return uniqueNames(items);
}

/**
 * Breaks every marker-like run in untrusted text (a word joiner after `<!`),
 * so a program that prints another job's marker cannot make that job find
 * this comment; the text reads the same.
 */
export function neutraliseMarkers(text: string): string {
  return text.replace(/<!(\s*)--(\s*)sandbox-checks/gi, '<!\u2060$1--$2sandbox-checks');
}

/** Is `marker` the first line of `body` (the only place our marker is ever written)? */
export function startsWithMarker(body: string | undefined | null, marker: string): boolean {
  if (!body) return false;
  const nl = body.indexOf('\n');
  return (nl < 0 ? body : body.slice(0, nl)).replace(/\r$/, '').trim() === marker;
}
