// Markdown → fenced code blocks, with the exact line of each fence, its info
// string split into a language and options, and the `<!-- sandbox-checks: … -->`
// comments that stand right before it. Parsing is CommonMark's: backtick and
// tilde fences, fences inside lists and block quotes, longer fences around
// shorter ones; indented code is not fenced. The block structure comes from
// markdown-blocks.ts, and from micromark (via mdast-util-from-markdown) for a
// document that scanner leaves to the full parser.
// A file reaches the parser only within the limits of markdown-limits.ts, and
// the parse runs under a deadline (the backstop for a shape those limits do
// not price); either is a MarkdownLimitError at file:line.

import vm from 'node:vm';


import { checkMarkdownLimits, MarkdownLimitError, MAX_OPTIONS, MAX_SETUP_LINES } from './markdown-limits.js';
import { isForeignMarker } from './foreign-markers.js';
import { parseInfo, parseOptions, type InfoOption } from './info-string.js';
import { scanBlocks, type BlockNode } from './markdown-blocks.js';

/** A `<!-- sandbox-checks: OPTIONS -->` comment. */
export interface Marker {
  /** Line of `<!--`. */
  line: number;
  options: InfoOption[];
  /** Lines after the options line (hidden setup code), LF line endings. */
  body?: string;
  /** Line of the body's first line. */
  bodyLine?: number;
}

export interface CodeBlock {
  /** Position among all code blocks of the file, from 0. */
  index: number;
  fenced: boolean;
  /** Line of the opening fence (1-based): where annotations point. */
  line: number;
  /** Line of the closing fence (or the last line when the block runs to the end of its container). */
  endLine: number;
  /** Line of the first line of code (the fence line + 1). */
  codeLine: number;
  /** The whole info string, as written. */
  info: string;
  /** The info string's first word, without `{}` (`` ```{python} ``), lower case; '' when none. */
  lang: string;
  options: InfoOption[];
  /** The code, LF line endings, no final newline. */
  code: string;
  /** Marker comments right before this block (blank lines between are allowed). */
  markers: Marker[];
  /** Other tools' comments right before this block (`<!--pytest-codeblocks:skip-->`), as written. */
  foreign?: { line: number; text: string }[];
}

export interface ParsedMarkdown {
  blocks: CodeBlock[];
  /** File-wide markers: hidden setup code (`setup=LANG` with a body) and `skip_file`. */
  fileMarkers: Marker[];
  /** Block markers followed by something other than a code block. */
  strayMarkers: Marker[];
}

const MARKER_START = /^<!--\s*sandbox-checks\s*:/i;

function tooMany(options: InfoOption[], line: number, what: string): InfoOption[] {
  if (options.length > MAX_OPTIONS) throw new MarkdownLimitError(line, `${what} has ${options.length} options, more than ${MAX_OPTIONS}; such a file is not read for snippets (keep the options a block needs)`);
  return options;
}

/** Reads a marker comment; undefined when the HTML is not one. */
export function parseMarker(html: string, line: number): Marker | undefined {
  const text = html.trim();
  const prefix = MARKER_START.exec(text);
  if (!prefix || !text.endsWith('-->')) return undefined;
  const inner = text.slice(prefix[0].length, text.length - 3);
  const nl = inner.indexOf('\n');
  const marker: Marker = { line, options: tooMany(parseOptions(nl < 0 ? inner : inner.slice(0, nl)), line, 'this sandbox-checks comment') };
  if (nl >= 0) {
    const body = inner.slice(nl + 1).replace(/\s+$/, '');
    if (body.trim()) {
      marker.body = body;
      const before = text.slice(0, prefix[0].length + nl + 1);
      marker.bodyLine = line + before.split('\n').length - 1;
    }
  }
  return marker;
}

const isFileMarker = (m: Marker) => m.body !== undefined || m.options.some((o) => o.key === 'skip_file');

interface Node {
  type: string;
  value?: string;
  lang?: string | null;
  meta?: string | null;
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { line: number } };
}

// The parser is its own chunk, loaded by the first file that may hold a
// block: it is most of the code a run with only prose to read would load.
let fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown | undefined;
export async function loadMarkdownParser(): Promise<void> {
  fromMarkdown ??= (await import('mdast-util-from-markdown')).fromMarkdown;
}

/** False for a file that cannot hold a block or a marker: no fence (``` or ~~~) and no comment. */
export function mightHoldBlocks(source: string): boolean {
  return /```|~~~|<!--/.test(source);
}

// The last document checked against the limits and scanned, and its tree
// (or why it stopped): the planner asks whether a file needs the full
// parser, then parses it, and one limits pass and one scan serve both. The
// scan runs under the parse deadline too.
let lastScan: { source: string; deadlineMs: number; tree?: BlockNode; error?: unknown } | undefined;
function scanned(source: string, deadlineMs = MARKDOWN_PARSE_DEADLINE_MS): BlockNode | undefined {
  if (lastScan?.source !== source || lastScan.deadlineMs !== deadlineMs) {
    try {
      checkMarkdownLimits(source);
      lastScan = { source, deadlineMs, tree: withDeadline(() => scanBlocks(source), deadlineMs) };
    } catch (e) {
      lastScan = { source, deadlineMs, error: e };
    }
  }
  if (lastScan.error !== undefined) throw parseFailure(lastScan.error, deadlineMs);
  return lastScan.tree;
}

/** Whether parsing this file needs the full parser (loadMarkdownParser) first. */
export function needsMarkdownParser(source: string): boolean {
  if (!mightHoldBlocks(source)) return false;
  try {
    return scanned(source) === undefined;
  } catch (e) {
    // Over a limit, or past the deadline: parseMarkdown reports it without the full parser.
    if (e instanceof MarkdownLimitError) return false;
    throw e;
  }
}

// Inline constructs nothing here reads: emphasis, links, images and hard
// breaks only shape a paragraph's text, never where a block or an HTML
// comment is, and skipping them is about a fifth of the parse. Code spans
// stay (a marker written inside backticks is text, not a comment), and so do
// inline HTML (a marker inside a paragraph is reported as stray), autolinks
// and character escapes and references (info strings are decoded with them).
const PARSE_OPTIONS = { extensions: [{ disable: { null: ['attention', 'hardBreakEscape', 'labelStartImage', 'labelStartLink', 'labelEnd'] } }] };

/** Longest one file's parse may take: the backstop for a shape markdown-limits.ts does not price. */
const MARKDOWN_PARSE_DEADLINE_MS = 20_000;

// One context for every parse: vm's timeout is the only way to stop
// synchronous code on this thread (its watchdog ends whatever runs, the
// parser's own functions included), and the process stays usable after.
let deadlineContext: vm.Context | undefined;
function withDeadline<T>(work: () => T, ms: number): T {
  deadlineContext ??= vm.createContext({ work: undefined });
  deadlineContext.work = work;
  try {
    return vm.runInContext('work()', deadlineContext, { timeout: ms }) as T;
  } finally {
    deadlineContext.work = undefined;
  }
}

/** Parses a Markdown file; throws MarkdownLimitError (with a line) for a file over a limit (markdown-limits.ts) or past the deadline. */
export function parseMarkdown(source: string, deadlineMs = MARKDOWN_PARSE_DEADLINE_MS): ParsedMarkdown {
  // A file with neither a fence nor a comment (prose) holds nothing to run or to report.
  if (!mightHoldBlocks(source)) {
    checkMarkdownLimits(source);
    return { blocks: [], fileMarkers: [], strayMarkers: [] };
  }
  // scanned() checks the limits first.
  return fromTree(source, scanned(source, deadlineMs) ?? fullTree(source, deadlineMs));
}

/** parseMarkdown with the full parser alone: the reference markdown-blocks.ts is held to. */
export function parseMarkdownFully(source: string, deadlineMs = MARKDOWN_PARSE_DEADLINE_MS): ParsedMarkdown {
  checkMarkdownLimits(source);
  if (!mightHoldBlocks(source)) return { blocks: [], fileMarkers: [], strayMarkers: [] };
  return fromTree(source, fullTree(source, deadlineMs));
}

function fullTree(source: string, deadlineMs: number): Node {
  const parse = fromMarkdown;
  if (!parse) throw new Error('the Markdown parser is not loaded: await loadMarkdownParser() before parsing a file that needsMarkdownParser()');
  // Positions are the same with CRLF; values are normalised to LF below.
  let tree: Node;
  try {
    tree = withDeadline(() => parse(source, PARSE_OPTIONS) as Node, deadlineMs);
  } catch (e) {
    throw parseFailure(e, deadlineMs);
  }
  return tree;
}

/** What a parse (the scan or the full parser) that stopped means for the file: a MarkdownLimitError, or the error itself. */
function parseFailure(e: unknown, deadlineMs: number): unknown {
  if (e instanceof RangeError) return new MarkdownLimitError(1, `the file could not be parsed (${e.message}); it is not read for snippets`);
  if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
    return new MarkdownLimitError(1, `parsing the file took longer than ${deadlineMs / 1000} s, so it was stopped (a shape the Markdown parser is slow on); such a file is not read for snippets (split it, or leave it out of [snippets] paths)`);
  }
  return e;
}

function fromTree(source: string, tree: Node): ParsedMarkdown {
  const blocks: CodeBlock[] = [];
  const fileMarkers: Marker[] = [];
  const strayMarkers: Marker[] = [];
  let setupLines = 0;

  // An explicit stack, not recursion: nesting depth is the document's choice.
  // Each frame walks one container's children; a child's frame runs to its end
  // before its parent goes on, so the order is a recursive walk's.
  type Frame = { children: Node[]; at: number; pending: Marker[]; foreign: { line: number; text: string }[] };
  const stack: Frame[] = [{ children: tree.children ?? [], at: 0, pending: [], foreign: [] }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.at >= frame.children.length) {
      for (const m of frame.pending) strayMarkers.push(m);
      stack.pop();
      continue;
    }
    const node = frame.children[frame.at++]!;
    if (node.type === 'html') {
      const marker = parseMarker((node.value ?? '').replace(/\r\n?/g, '\n'), node.position!.start.line);
      if (marker) {
        if (isFileMarker(marker)) {
          fileMarkers.push(marker);
          setupLines += marker.body === undefined ? 0 : marker.body.split('\n').length;
          if (setupLines > MAX_SETUP_LINES) {
            throw new MarkdownLimitError(marker.line, `the file's hidden setup code passes ${MAX_SETUP_LINES} lines here (every block of its language is built with all of it); keep setup short, or move it into a file the blocks import`);
          }
        }
        else frame.pending.push(marker);
        continue;
      }
      if (isForeignMarker(node.value ?? '')) {
        frame.foreign.push({ line: node.position!.start.line, text: (node.value ?? '').trim() });
        continue;
      }
    }
    if (node.type === 'code') {
      const start = node.position!.start;
      const head = source.slice(start.offset ?? 0, (start.offset ?? 0) + 4);
      const fenced = /^(```|~~~)/.test(head);
      const info = [node.lang, node.meta].filter((x): x is string => !!x).join(' ');
      const { lang, options } = fenced ? parseInfo(info) : { lang: '', options: [] };
      tooMany(options, start.line, "this block's info string");
      blocks.push({
        index: blocks.length,
        fenced,
        line: start.line,
        endLine: node.position!.end.line,
        codeLine: start.line + (fenced ? 1 : 0),
        info,
        lang,
        options,
        code: (node.value ?? '').replace(/\r\n?/g, '\n'),
        markers: frame.pending,
        ...(frame.foreign.length ? { foreign: frame.foreign } : {}),
      });
      frame.pending = [];
      frame.foreign = [];
      continue;
    }
    for (const m of frame.pending) strayMarkers.push(m);
    frame.pending = [];
    frame.foreign = [];
    if (node.children) stack.push({ children: node.children, at: 0, pending: [], foreign: [] });
  }
  blocks.sort((a, b) => a.line - b.line);
  blocks.forEach((b, i) => (b.index = i));
  return { blocks, fileMarkers, strayMarkers };
}
