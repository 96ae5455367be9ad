// A fence's info string and a marker comment's options: `rust,no_run`,
// `python skip timeout=5000`, `{.python}`, quoted values. Pure text; the
// Markdown parser, other tools' markers and the language conventions read
// the options it yields.

import type { InfoOption } from '../languages/index.js';

export type { InfoOption } from '../languages/index.js';

/** Info string → language and options. Options are words or key=value, split by spaces or commas (`rust,no_run`). */
export function parseInfo(info: string): { lang: string; options: InfoOption[] } {
  const tokens = tokenize(info.trim());
  let lang = tokens.shift() ?? '';
  lang = lang.replace(/^\{\s*\.?/, '').replace(/\}$/, '').toLowerCase();
  return { lang, options: tokens.map(toOption).filter((o): o is InfoOption => !!o) };
}

export function parseOptions(text: string): InfoOption[] {
  return tokenize(text.trim()).map(toOption).filter((o): o is InfoOption => !!o);
}

function toOption(token: string): InfoOption | undefined {
  const t = token.replace(/^\{/, '').replace(/\}$/, '');
  if (!t) return undefined;
  const eq = t.indexOf('=');
  const rawKey = eq < 0 ? t : t.slice(0, eq);
  const key = rawKey.trim().toLowerCase().replace(/-/g, '_');
  if (!key) return undefined;
  if (eq < 0) return { key };
  return { key, value: unquote(t.slice(eq + 1)) };
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

/**
 * Splits on whitespace outside quotes; a word without `=` is also split on
 * commas (`rust,no_run`), and so is the key side of `a,b=c`; values keep
 * their commas (`packages=numpy,pandas`).
 */
function tokenize(s: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quote = '';
  for (const ch of s) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (/\s/.test(ch)) {
      if (cur) words.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) words.push(cur);
  const out: string[] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) out.push(...w.split(',').filter(Boolean));
    else {
      const keys = w.slice(0, eq).split(',');
      const last = keys.pop()!;
      out.push(...keys.filter(Boolean), `${last}${w.slice(eq)}`);
    }
  }
  return out;
}
