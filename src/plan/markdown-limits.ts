// Limits on a Markdown file before it reaches the parser. The file comes from
// the repository; the parser (micromark, then mdast-util-from-markdown) is
// synchronous, and its cost is not its input's size: a list item costs tens of
// microseconds and kilobytes per container level, and each line that closes a
// nested list or block quote copies every container event before it (so such
// lines cost as much as the whole file above them). A file built to be slow
// or deep is turned away by its shape, in one linear pass: its size, how deep
// its block quotes and lists nest, what all its lines and container levels
// add up to, what its closing lines add up to, and how many brackets one
// paragraph holds (the input that makes link parsing quadratic). A file over
// a limit is a problem at file:line with what to do, never a crash or a
// stalled plan; parseWithDeadline (markdown.ts) is the backstop for a shape
// this pass does not price.

/** Largest Markdown file read for snippets. */
const MAX_MARKDOWN_BYTES = 1024 ** 2;
/** Deepest nesting of block quotes (and list indentation, in columns / 2) on one line. */
const MAX_MARKDOWN_DEPTH = 100;
/** Most `[` in one paragraph (outside code fences). */
const MAX_BRACKETS_PER_PARAGRAPH = 5_000;
/** Most lines plus container levels (each `>`, list marker or 2 columns of list indentation on a line) in one file. */
const MAX_MARKDOWN_UNITS = 60_000;
/**
 * Most parse work for lines that close nested containers: each such line
 * counts the container levels (and lines) above it, the events the parser
 * copies for it. 10,000,000 is about a second of parsing on an idle core.
 */
const MAX_MARKDOWN_CLOSE_WORK = 10_000_000;

/**
 * Most lines of hidden setup code (`<!-- sandbox-checks: setup=LANG` bodies)
 * in one file: every block of the language is built with all of it, so the
 * plan grows as setup lines times blocks.
 */
export const MAX_SETUP_LINES = 1_000;

/** Most options in one info string or marker comment (each unknown one would be a problem of its own). */
export const MAX_OPTIONS = 100;

/** Internal: a Markdown file past a budget; the snippet planner turns it into a Problem at file:line. */
export class MarkdownLimitError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'MarkdownLimitError';
  }
}

const NOT_READ = 'such a file is not read for snippets (split it, or leave it out of [snippets] paths)';
// Block quote markers, list markers and indentation at the start of a line.
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const MARKER = /[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

interface Containers {
  /** `>` and list markers on the line. */
  markers: number;
  /** Markers plus the line's indentation before its first marker, in levels of 2 columns. */
  levels: number;
  /** Levels before the first list marker (where a sibling item would close deeper ones); -1 when none. */
  firstItemAt: number;
  /** Columns of whitespace in the prefix. */
  columns: number;
  prefix: string;
}

function containersOf(l: string): Containers {
  const prefix = PREFIX.exec(l)![0];
  let quotes = 0;
  let columns = 0;
  let lead = 0;
  let seenMarker = false;
  let firstItemAt = -1;
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix[i]!;
    if (ch === '>') {
      quotes++;
      seenMarker = true;
    } else if (ch === ' ' || ch === '\t') {
      const w = ch === '\t' ? 4 : 1;
      columns += w;
      if (!seenMarker) lead += w;
    } else {
      if (firstItemAt < 0) firstItemAt = quotes + Math.floor(lead / 2);
      seenMarker = true;
    }
  }
  const items = prefix.match(MARKER)?.length ?? 0;
  const markers = quotes + items;
  return { markers, levels: markers + Math.floor(lead / 2), firstItemAt: items ? firstItemAt : -1, columns, prefix };
}

/** Throws MarkdownLimitError at the first line past a limit. Linear in the text. */
export function checkMarkdownLimits(text: string): void {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_MARKDOWN_BYTES) {
    throw new MarkdownLimitError(1, `the file is ${(bytes / 1024).toFixed(0)} KiB; Markdown files over ${MAX_MARKDOWN_BYTES / 1024} KiB are not read for snippets (split it, or leave it out of [snippets] paths)`);
  }
  let fence: string | undefined;
  let brackets = 0;
  let paragraphLine = 1;
  let line = 0;
  let start = 0;
  let units = 0;
  // The parser's container events so far, in levels (a line is about one level of events).
  let eventsSoFar = 0;
  let closeWork = 0;
  let openLevels = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const l = text.slice(start, end);
    start = end + 1;
    const c = containersOf(l);
    const rest = l.slice(c.prefix.length);
    const blank = rest.trim() === '';
    // Inside a fence, list-like text is code: only the block quotes around it are containers.
    const levels = fence ? (c.prefix.match(/>/g)?.length ?? 0) : c.levels;
    if ((c.markers + Math.floor(c.columns / 2) > MAX_MARKDOWN_DEPTH * 2 || c.markers > MAX_MARKDOWN_DEPTH)) {
      throw new MarkdownLimitError(line, `block quotes or lists nest more than ${MAX_MARKDOWN_DEPTH} deep here; ${NOT_READ}`);
    }
    units += 1 + levels;
    if (units > MAX_MARKDOWN_UNITS) {
      throw new MarkdownLimitError(line, `the file's lines and list or block-quote levels pass ${MAX_MARKDOWN_UNITS} here (each line counts 1, and 1 more per ">", list marker or 2 columns of list indentation); ${NOT_READ}`);
    }
    if (!blank) {
      // A line that leaves open containers (fewer levels, or a sibling item
      // above nested ones) makes the parser copy every container event above it.
      const closes = openLevels > 0 && (levels < openLevels || (c.firstItemAt >= 0 && c.firstItemAt < openLevels - 1));
      if (closes && !fence) {
        closeWork += eventsSoFar;
        if (closeWork > MAX_MARKDOWN_CLOSE_WORK) {
          throw new MarkdownLimitError(line, `lists or block quotes close nested ones too often in a file this long (parse work past ${MAX_MARKDOWN_CLOSE_WORK} here: each line that closes a nested list or quote counts the lines and levels above it); ${NOT_READ}, or flatten its nested lists`);
        }
      }
      openLevels = levels;
    }
    eventsSoFar += 1 + levels;

    const f = /^(`{3,}|~{3,})/.exec(rest)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length && rest.slice(f.length).trim() === '') fence = undefined;
      continue;
    }
    if (f) {
      fence = f;
      brackets = 0;
      continue;
    }
    if (blank) {
      brackets = 0;
      paragraphLine = line + 1;
      continue;
    }
    for (let i = 0; i < rest.length; i++) if (rest.charCodeAt(i) === 0x5b) brackets++;
    if (brackets > MAX_BRACKETS_PER_PARAGRAPH) {
      throw new MarkdownLimitError(paragraphLine, `this paragraph holds more than ${MAX_BRACKETS_PER_PARAGRAPH} "[" (link syntax that makes parsing slow); such a file is not read for snippets`);
    }
  }
}
