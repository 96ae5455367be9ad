// `...` in expected output, matched in linear time. The expected text is
// literal pieces between two kinds of wildcard: `...` inside a line matches
// any text (also none, also across lines), and a line that is only `...`
// matches any number of whole lines. Each piece is found at its leftmost
// possible place (the first at the start, the last at the end): with
// wildcards that match anything, the leftmost place never loses a match, so
// nothing is ever retried and no expected text can stall the engine the way
// a backtracking regular expression did.

const ELLIPSIS = '...';

type Gap = 'any' | 'lines';

interface Pattern {
  /** Literal pieces; pieces.length === gaps.length + 1. */
  pieces: string[];
  /** The wildcard before pieces[i + 1]. */
  gaps: Gap[];
}

/** The pattern of expected text whose lines are already normalised and joined with \n (and end with \n). */
function compile(lines: string[]): Pattern {
  const pieces: string[] = [''];
  const gaps: Gap[] = [];
  const gap = (g: Gap) => {
    // Two whole-line wildcards in a row are one.
    if (pieces[pieces.length - 1] === '' && gaps.length && gaps[gaps.length - 1] === 'lines' && g === 'lines') return;
    gaps.push(g);
    pieces.push('');
  };
  for (const line of lines) {
    if (line.trim() === ELLIPSIS) {
      gap('lines');
      continue;
    }
    const parts = line.split(ELLIPSIS);
    parts.forEach((p, i) => {
      if (i > 0) gap('any');
      pieces[pieces.length - 1] += p;
    });
    pieces[pieces.length - 1] += '\n';
  }
  return { pieces, gaps };
}

const atLineStart = (text: string, at: number) => at === 0 || text[at - 1] === '\n';

/** Leftmost place ≥ from where `piece` may start after a gap of kind `g`, ending by `end`; -1 if none. */
function find(text: string, piece: string, from: number, end: number, g: Gap): number {
  let at = text.indexOf(piece, from);
  while (at >= 0 && at + piece.length <= end) {
    if (g === 'any' || atLineStart(text, at)) return at;
    // Whole lines only: the next place is at the next line's start.
    const nl = text.indexOf('\n', at);
    if (nl < 0) return -1;
    at = text.indexOf(piece, nl + 1);
  }
  return -1;
}

function matchPattern(p: Pattern, text: string): boolean {
  const { pieces, gaps } = p;
  if (gaps.length === 0) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!text.startsWith(first)) return false;
  const tailAt = text.length - last.length;
  if (tailAt < first.length || !text.endsWith(last)) return false;
  let cur = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const at = find(text, pieces[i]!, cur, tailAt, gaps[i - 1]!);
    if (at < 0) return false;
    cur = at + pieces[i]!.length;
  }
  return gaps[gaps.length - 1] === 'any' || tailAt === cur || atLineStart(text, tailAt);
}

/** Does `actual` (normalised, lines joined with \n, ending with \n) match the expected lines? */
export function wildcardMatch(expectedLines: string[], actual: string): boolean {
  return matchPattern(compile(expectedLines), actual);
}

/** A test of actual lines against one expected line (with `...` inside it), compiled once. */
export function lineMatcher(expected: string): (actual: string) => boolean {
  if (expected.trim() === ELLIPSIS) return () => true;
  if (!expected.includes(ELLIPSIS)) return (actual) => expected === actual;
  const p = compile([expected]);
  return (actual) => !actual.includes('\n') && matchPattern(p, `${actual}\n`);
}

/** Does one actual line match one expected line (with `...` inside it)? */
export function lineMatches(expected: string, actual: string): boolean {
  return lineMatcher(expected)(actual);
}
