// CommonMark's block structure alone: containers (block quotes, list
// items), fenced and indented code, HTML blocks, and every other leaf as an
// opaque node. It is what markdown.ts reads from a document, found line by
// line in one pass, at a small fraction of the full parser's cost (most of a
// docs run's planning was micromark tokenising inline text nothing reads).
//
// The scanner answers only where its answer is micromark's; for a shape
// whose reading depends on what it does not model it declines (returns
// undefined) and the caller parses the document with micromark:
//   - a tab where indentation is measured or stripped (a partial tab stop);
//   - `<!--` inside a paragraph or heading (an inline comment: only the
//     inline parser tells it from text in a code span);
//   - a backslash or `&` in an info string (escapes, character references);
//   - shapes where micromark's reading is its own: a fence its container or
//     the document ends, lines of spaces ending indented code, an empty list
//     item before a blank line, HTML or indented code on a line that could
//     be lazy, what may interrupt a paragraph on a line that starts nested
//     containers or follows indented code, `<!-->`; and a NUL.
// test/unit/markdown-blocks.test.ts holds it to micromark's result on every
// example of the CommonMark specification, real documents and generated ones.

import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';

export interface BlockNode {
  type: 'root' | 'blockquote' | 'listItem' | 'code' | 'html' | 'other';
  value?: string;
  lang?: string | null;
  meta?: string | null;
  children?: BlockNode[];
  position: { start: { line: number; offset: number }; end: { line: number } };
}

/** Thrown inside the scan for a shape it leaves to the full parser. */
class Decline extends Error {}

type Kind = 'root' | 'blockquote' | 'listItem' | 'paragraph' | 'fenced' | 'indented' | 'html';

interface Block {
  kind: Kind;
  parent: Block | undefined;
  children: Block[];
  open: boolean;
  startLine: number;
  endLine: number;
  /** Offset in the source of the block's first character (a fence: its first fence character). */
  offset: number;
  lines: string[];
  fence?: { char: string; length: number; indent: number; info: string };
  /** List item: columns its content is indented by, relative to its container. */
  itemIndent?: number;
  /** List item: its bullet, or its number's delimiter (items with the same one form one list). */
  marker?: string;
  htmlType?: number;
  /** Fenced code: the closing fence was seen. */
  closed?: boolean;
  /** Indented code: a line of only spaces since its last line of code. */
  spaceTail?: boolean;
}

const RAW = new Set(htmlRawNames);
const BLOCK_NAMES = new Set(htmlBlockNames);
const ATTRIBUTE = String.raw`\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>\`\u0000-\u0020]+|'[^']*'|"[^"]*"))?`;
const OPEN_TAG = new RegExp(String.raw`^<([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*\s*\/?>[ \t]*$`);
const CLOSE_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>[ \t]*$/;
const HTML_END: Record<number, RegExp> = { 1: /<\/(?:script|pre|style|textarea)>/i, 2: /-->/, 3: /\?>/, 4: />/, 5: /\]\]>/ };
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;
const BULLET = /^[*+-](?=[ \t]|$)/;
const ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/** The document's block tree, or undefined when it holds a shape left to the full parser (see above). */
export function scanBlocks(source: string): BlockNode | undefined {
  // Callers check markdown-limits.ts first: nesting and size are bounded.
  if (source.includes('\0')) return undefined;
  try {
    return new Scanner(source).run();
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}

class Scanner {
  private readonly root: Block;
  private tip: Block;
  // The line being read, its number and offset, and where the reader is in
  // it (columns are characters: a tab that would differ is declined).
  private line = '';
  private lineNo = 0;
  private lineStart = 0;
  private pos = 0;
  private indent = 0;
  private nonspace = 0;
  private blank = false;
  // The blocks the line did not continue are closed once, by the first
  // block it starts or by its text: from the tip before it up to lastMatched.
  private oldTip: Block;
  private lastMatched: Block;
  private allClosed = true;
  /** The line ends an indented code block (see continues). */
  private afterIndented = false;

  constructor(private readonly source: string) {
    this.root = this.block('root', undefined, 0);
    this.tip = this.root;
    this.oldTip = this.root;
    this.lastMatched = this.root;
  }

  run(): BlockNode {
    const re = /\r\n|\r|\n/g;
    let start = 0;
    for (;;) {
      const m = re.exec(this.source);
      const end = m ? m.index : this.source.length;
      // A final line ending ends the last line; it does not begin another.
      if (!m && start === this.source.length && this.lineNo > 0) break;
      this.lineNo++;
      this.lineStart = start;
      this.readLine(this.source.slice(start, end));
      if (!m) break;
      start = m.index + m[0].length;
    }
    while (this.tip !== this.root) this.close(this.tip);
    return this.node(this.root);
  }

  private block = (kind: Kind, parent: Block | undefined, offset: number): Block => ({ kind, parent, children: [], open: true, startLine: this.lineNo, endLine: this.lineNo, offset, lines: [] });

  private findNonspace(): void {
    let i = this.pos;
    let col = this.pos;
    while (i < this.line.length) {
      const c = this.line[i];
      if (c === ' ') col++;
      else if (c === '\t') col += 4 - (col % 4);
      else break;
      i++;
    }
    this.nonspace = i;
    this.indent = col - this.pos;
    this.blank = i >= this.line.length;
  }

  /** Moves past `n` columns of spaces; a tab among them is a partial tab stop: declined. */
  private skipSpaces(n: number): void {
    for (let k = 0; k < n; k++) {
      const c = this.line[this.pos];
      if (c === '\t') throw new Decline();
      if (c !== ' ') return;
      this.pos++;
    }
  }

  private toNonspace(): void {
    if (this.line.slice(this.pos, this.nonspace).includes('\t')) throw new Decline();
    this.pos = this.nonspace;
  }

  private readLine(line: string): void {
    this.line = line;
    this.pos = 0;
    this.afterIndented = false;
    let container = this.root;
    let allMatched = true;
    // 1. Which open blocks the line continues.
    for (;;) {
      const last = container.children[container.children.length - 1];
      if (!last || !last.open) break;
      const r = this.continues(last);
      if (r === 'done') return;
      if (r === 'no') {
        allMatched = false;
        break;
      }
      container = last;
    }
    this.lastMatched = container;
    this.oldTip = this.tip;
    this.allClosed = this.tip === container;
    // 2. New blocks the line starts. Whether a construct may interrupt a
    // paragraph is asked of the paragraph the line continues (this
    // scanner), or of the whole line, nested containers and lazy lines
    // included (the full parser): where the answers differ, it declines.
    const interrupting = container.kind === 'paragraph' || (!allMatched && this.tip.kind === 'paragraph') || this.afterIndented;
    const leaf = container.kind === 'fenced' || container.kind === 'indented' || container.kind === 'html';
    while (!leaf) {
      this.findNonspace();
      const rest = this.line.slice(this.nonspace);
      if (this.indent >= 4) {
        if (this.tip.kind !== 'paragraph' && !this.blank) {
          // Indented code on the line that ends a block quote or list item:
          // the full parser ends that code with the line.
          if (!allMatched) throw new Decline();
          // The node starts where its indentation does (the walk tells fences by their first characters).
          const at = this.lineStart + this.pos;
          this.skipSpaces(4);
          this.closeUnmatched();
          container = this.add('indented', container, at);
        }
        break;
      }
      if (this.blank) break;
      const c = rest[0];
      if (c === '>') {
        this.closeUnmatched();
        this.toNonspace();
        this.pos++;
        if (this.line[this.pos] === '\t') throw new Decline();
        if (this.line[this.pos] === ' ') this.pos++;
        container = this.add('blockquote', container, this.lineStart + this.nonspace);
        continue;
      }
      if (c === '#' && ATX.test(rest)) {
        this.closeUnmatched();
        this.inlineText(rest);
        this.otherLeaf(container);
        return;
      }
      const fence = FENCE.exec(rest);
      if (fence && !(fence[1]![0] === '`' && rest.slice(fence[1]!.length).includes('`'))) {
        this.closeUnmatched();
        this.toNonspace();
        const info = rest.slice(fence[1]!.length).trim();
        if (info.includes('\\') || info.includes('&')) throw new Decline();
        const b = this.add('fenced', container, this.lineStart + this.nonspace);
        b.fence = { char: fence[1]![0]!, length: fence[1]!.length, indent: this.indent, info };
        return;
      }
      const html = c === '<' ? this.htmlStart(rest, container.kind === 'paragraph', interrupting) : 0;
      if (html) {
        // HTML on a line that could be a lazy line (of an open paragraph,
        // or of an item with nothing in it yet): the full parser may read it
        // as one, inside the container.
        if (!allMatched && (this.tip.kind === 'paragraph' || (this.tip.kind === 'listItem' && this.tip.children.length === 0))) throw new Decline();
        this.closeUnmatched();
        const b = this.add('html', container, this.lineStart + this.nonspace);
        b.htmlType = html;
        this.toNonspace();
        // The indentation before `<` is the block's too (at most 3 columns, spaces here).
        b.lines.push(' '.repeat(this.indent) + this.line.slice(this.pos));
        if (html <= 5 && HTML_END[html]!.test(rest)) this.close(b);
        return;
      }
      if (container.kind === 'paragraph' && SETEXT.test(rest)) {
        // A paragraph that becomes a heading is still one opaque leaf.
        this.close(container);
        return;
      }
      if (THEMATIC.test(rest)) {
        this.closeUnmatched();
        this.otherLeaf(container);
        return;
      }
      // The next item of the list an open item belongs to (same marker) is never an interruption.
      const previous = container === this.lastMatched ? container.children[container.children.length - 1] : undefined;
      const item = this.listItem(rest, container.kind === 'paragraph', interrupting, previous?.kind === 'listItem' && previous.open ? previous.marker : undefined);
      if (item) {
        this.closeUnmatched();
        container = this.add('listItem', container, this.lineStart + this.nonspace);
        container.itemIndent = item.indent;
        container.marker = item.marker;
        continue;
      }
      break;
    }
    // 3. The rest of the line: a lazy paragraph line, or a line of the container.
    this.findNonspace();
    if (!allMatched && !this.blank && this.tip.kind === 'paragraph') {
      this.addParagraphLine(this.tip);
      return;
    }
    this.closeUnmatched();
    if (container.kind === 'fenced') {
      this.skipSpaces(container.fence!.indent);
      container.lines.push(this.line.slice(this.pos));
      container.endLine = this.lineNo;
    } else if (container.kind === 'indented') {
      container.lines.push(this.line.slice(this.pos));
      if (!this.blank) container.endLine = this.lineNo;
    } else if (container.kind === 'html') {
      container.lines.push(this.line.slice(this.pos));
      container.endLine = this.lineNo;
      const type = container.htmlType!;
      if (type <= 5 && HTML_END[type]!.test(this.line.slice(this.pos))) this.close(container);
    } else if (container.kind === 'paragraph') {
      this.addParagraphLine(container);
    } else if (!this.blank) {
      const p = this.add('paragraph', container, this.lineStart + this.nonspace);
      this.addParagraphLine(p);
    }
  }

  private addParagraphLine(p: Block): void {
    this.inlineText(this.line.slice(this.nonspace));
    p.endLine = this.lineNo;
  }

  /** Inline text the scanner does not parse: an HTML comment in it is the full parser's to find. */
  private inlineText(text: string): void {
    if (text.includes('<!--')) throw new Decline();
  }

  /** A heading or thematic break: one line, an opaque leaf like a paragraph. */
  private otherLeaf(container: Block): void {
    this.close(this.add('paragraph', container, this.lineStart + this.nonspace));
  }

  /** 'yes' the block goes on with this line, 'no' it does not, 'done' the line was its closing fence. */
  private continues(b: Block): 'yes' | 'no' | 'done' {
    this.findNonspace();
    switch (b.kind) {
      case 'blockquote':
        if (this.indent < 4 && this.line[this.nonspace] === '>') {
          this.toNonspace();
          this.pos++;
          if (this.line[this.pos] === '\t') throw new Decline();
          if (this.line[this.pos] === ' ') this.pos++;
          return 'yes';
        }
        return 'no';
      case 'listItem':
        if (this.blank) {
          // An empty item and a blank line: where the item ends is read
          // differently by the two implementations.
          if (b.children.length === 0) throw new Decline();
          // Only the item's own indentation: what is left is the line's
          // content (a code block keeps it).
          this.skipSpaces(b.itemIndent!);
          return 'yes';
        }
        if (this.indent >= b.itemIndent!) {
          this.skipSpaces(b.itemIndent!);
          return 'yes';
        }
        return 'no';
      case 'fenced': {
        const rest = this.line.slice(this.nonspace);
        const f = b.fence!;
        if (this.indent < 4 && rest[0] === f.char) {
          if (this.line.slice(this.pos, this.nonspace).includes('\t')) throw new Decline();
          const run = /^(`+|~+)[ \t]*$/.exec(rest);
          if (run && run[1]!.length >= f.length && run[1]![0] === f.char) {
            b.closed = true;
            b.endLine = this.lineNo;
            this.close(b);
            return 'done';
          }
        }
        return 'yes';
      }
      case 'indented':
        if (this.blank) {
          if (this.nonspace > this.pos) b.spaceTail = true;
          if (this.indent >= 4) this.skipSpaces(4);
          else this.toNonspace();
          return 'yes';
        }
        if (this.indent >= 4) {
          b.spaceTail = false;
          this.skipSpaces(4);
          return 'yes';
        }
        // The full parser reads the line that ends indented code as if it
        // interrupted a paragraph.
        this.afterIndented = true;
        return 'no';
      case 'html':
        return this.blank && (b.htmlType === 6 || b.htmlType === 7) ? 'no' : 'yes';
      case 'paragraph':
        return this.blank ? 'no' : 'yes';
      default:
        return 'no';
    }
  }

  /** The HTML block type (1–7) the line starts, or 0. */
  private htmlStart(rest: string, inParagraph: boolean, interrupting: boolean): number {
    if (/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(rest)) return 1;
    if (rest.startsWith('<!--')) {
      // `<!-->` and `<!--->` end where they open in one reading of the
      // specification and not in the other: the full parser decides.
      if (/^<!---?>/.test(rest)) throw new Decline();
      return 2;
    }
    if (rest.startsWith('<?')) return 3;
    if (/^<![A-Za-z]/.test(rest)) return 4;
    if (rest.startsWith('<![CDATA[')) return 5;
    const six = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t>]|\/>|$)/.exec(rest);
    if (six && BLOCK_NAMES.has(six[1]!.toLowerCase())) return 6;
    if (inParagraph) return 0;
    if (interrupting && (CLOSE_TAG.test(rest) || OPEN_TAG.test(rest))) throw new Decline();
    // Any closing tag; an open tag other than the raw ones (type 1's).
    if (CLOSE_TAG.test(rest)) return 7;
    const open = OPEN_TAG.exec(rest);
    return open && !RAW.has(open[1]!.toLowerCase()) ? 7 : 0;
  }

  /** The list item the line starts (its content's indent in columns from the container, and its marker), or undefined. */
  private listItem(rest: string, inParagraph: boolean, interrupting: boolean, siblingOf: string | undefined): { indent: number; marker: string } | undefined {
    let width: number;
    let marker: string;
    // Refused when it interrupts: an empty item, or an ordered one not numbered 1.
    let weak: boolean;
    const bullet = BULLET.exec(rest);
    if (bullet) {
      width = 1;
      marker = bullet[0];
      weak = false;
    } else {
      const ordered = ORDERED.exec(rest);
      if (!ordered) return undefined;
      width = ordered[0].length;
      marker = ordered[2]!;
      weak = ordered[1] !== '1';
    }
    const after = rest.slice(width);
    weak ||= !after.trim();
    if (weak && marker !== siblingOf) {
      if (inParagraph) return undefined;
      if (interrupting) throw new Decline();
    }
    let spaces = 0;
    while (after[spaces] === ' ') spaces++;
    if (after[spaces] === '\t') throw new Decline();
    const markerAt = this.indent;
    this.toNonspace();
    // No content on the line, or content indented as code: one space of padding.
    const padding = spaces >= 5 || spaces === after.length ? 1 : spaces;
    this.pos = this.nonspace + width + Math.min(padding, spaces);
    return { indent: markerAt + width + padding, marker };
  }

  private add(kind: Kind, parent: Block, offset: number): Block {
    // Only containers hold blocks; a leaf that cannot (a paragraph) ends here.
    while (parent.kind !== 'root' && parent.kind !== 'blockquote' && parent.kind !== 'listItem') {
      this.close(parent);
      parent = parent.parent!;
    }
    const b = this.block(kind, parent, offset);
    parent.children.push(b);
    this.tip = b;
    return b;
  }

  /** Closes the open blocks the line did not continue (below lastMatched), once per line. */
  private closeUnmatched(): void {
    if (this.allClosed) return;
    for (let b = this.oldTip; b !== this.lastMatched && b.parent; b = b.parent) this.close(b);
    this.tip = this.lastMatched;
    this.allClosed = true;
  }

  private close(b: Block): void {
    if (!b.open) return;
    b.open = false;
    // Where a fence its container or the document ends stops (its last
    // line, or the line ending after it) differs between readings of the
    // specification, and a document that leaves a fence open is rare.
    if (b.kind === 'fenced' && !b.closed) throw new Decline();
    // Whether trailing lines of only spaces belong to indented code (and
    // how many of them) is read differently too.
    if (b.kind === 'indented' && b.spaceTail) throw new Decline();
    for (const c of b.children) if (c.open) this.close(c);
    this.tip = b.parent ?? this.root;
    // A tip is always open: walk up past closed blocks.
    while (!this.tip.open && this.tip.parent) this.tip = this.tip.parent;
  }

  private node(b: Block): BlockNode {
    const position = { start: { line: b.startLine, offset: b.offset }, end: { line: b.endLine } };
    switch (b.kind) {
      case 'root':
      case 'blockquote':
      case 'listItem':
        return { type: b.kind, children: b.children.map((c) => this.node(c)), position };
      case 'fenced': {
        const info = b.fence!.info;
        const space = info.search(/[ \t]/);
        const lang = space < 0 ? info : info.slice(0, space);
        const meta = space < 0 ? '' : info.slice(space).trim();
        return { type: 'code', lang: lang || null, meta: meta || null, value: b.lines.join('\n'), position };
      }
      case 'indented': {
        const lines = [...b.lines];
        while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
        return { type: 'code', lang: null, meta: null, value: lines.join('\n'), position };
      }
      case 'html':
        return { type: 'html', value: b.lines.join('\n'), position };
      default:
        return { type: 'other', position };
    }
  }
}
