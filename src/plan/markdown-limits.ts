// Limits on a Markdown file before it reaches the parser. The file comes from
// the repository; the parser (micromark) is synchronous, so a file built to
// be slow or deep must be turned away by its shape: its size, how deep its
// block quotes and lists nest, and how many brackets one paragraph holds (the
// input that makes link parsing quadratic). A file over a limit is a problem
// at file:line with what to do, never a crash or a stalled plan.

/** Largest Markdown file read for snippets. */
export const MAX_MARKDOWN_BYTES = 1024 ** 2;
/** Deepest nesting of block quotes (and list indentation, in columns / 2) on one line. */
export const MAX_MARKDOWN_DEPTH = 100;
/** Most `[` in one paragraph (outside code fences). */
export const MAX_BRACKETS_PER_PARAGRAPH = 5_000;

export class MarkdownLimitError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'MarkdownLimitError';
  }
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
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const l = text.slice(start, end);
    start = end + 1;
    // Container prefix: block quote markers, list markers and indentation.
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/.exec(l)![0];
    let depth = 0;
    let columns = 0;
    for (const ch of prefix) {
      if (ch === '>') depth++;
      else if (ch === ' ') columns++;
      else if (ch === '\t') columns += 4;
    }
    // Each list marker opens a level too, as each `>` does.
    depth += prefix.match(/[-*+](?=[ \t])|\d{1,9}[.)]/g)?.length ?? 0;
    if (depth + Math.floor(columns / 2) > MAX_MARKDOWN_DEPTH * 2 || depth > MAX_MARKDOWN_DEPTH) {
      throw new MarkdownLimitError(line, `block quotes or lists nest more than ${MAX_MARKDOWN_DEPTH} deep here; such a file is not read for snippets`);
    }
    const rest = l.slice(prefix.length);
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
    if (rest.trim() === '') {
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
