// Structural checks of the Markdown reports (summary, comment): fenced blocks
// close, <details> balance, and nothing untrusted is live outside code.

/** The text outside fenced code blocks, and whether every fence closed. */
export function outsideFences(md: string): { text: string; unclosed: boolean; blocks: string[] } {
  const out: string[] = [];
  const blocks: string[] = [];
  let open: { ch: string; len: number } | undefined;
  let current: string[] = [];
  for (const line of md.split('\n')) {
    if (!open) {
      const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (m && !(m[1]![0] === '`' && m[2]!.includes('`'))) {
        open = { ch: m[1]![0]!, len: m[1]!.length };
        current = [];
        continue;
      }
      out.push(line);
    } else {
      const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (m && m[1]![0] === open.ch && m[1]!.length >= open.len) {
        open = undefined;
        blocks.push(current.join('\n'));
        continue;
      }
      current.push(line);
    }
  }
  return { text: out.join('\n'), unclosed: !!open, blocks };
}

/** Problems with a rendered report; empty when it is well-formed and inert. */
export function reportProblems(md: string, hostile: { mention?: string; tags?: string[] } = {}): string[] {
  const problems: string[] = [];
  const { text, unclosed } = outsideFences(md);
  if (unclosed) problems.push('a fenced code block never closes');
  const opens = (text.match(/<details[\s>]/g) ?? []).length;
  const closes = (text.match(/<\/details>/g) ?? []).length;
  if (opens !== closes) problems.push(`<details> opened ${opens} times but closed ${closes} times outside code`);
  for (const tag of hostile.tags ?? ['<img', '<script', '<iframe']) {
    if (text.includes(tag)) problems.push(`"${tag}" appears live outside code`);
  }
  // An event handler on any live tag.
  const handler = /<[a-z][^<>]*\son[a-z]+\s*=/i.exec(text);
  if (handler) problems.push(`a live tag carries an event handler: ${handler[0]}`);
  if (hostile.mention) {
    const withoutCode = text.replace(/<code>[\s\S]*?<\/code>/g, '');
    if (withoutCode.includes(hostile.mention)) problems.push(`${hostile.mention} appears outside code, where it would ping`);
  }
  return problems;
}
