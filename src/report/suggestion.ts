// Stale expected output as suggested changes on a pull request: the Action's
// counterpart of `run --update`. The edits are the CLI's own (blessEdits and
// applyEdits in plan/update.ts); this module turns each into a review comment
// whose ```suggestion block replaces the stale lines.
//
// What is suggested is program output, so it is hostile: it is redacted, it
// may not close its fence early (the fence is longer than any backtick run in
// it), it may not hold control or invisible characters (a bidi override would
// make the suggestion read differently from what it commits), it is bounded
// in size and count, and it is only placed on lines the pull request's diff
// shows (GitHub refuses a review comment anywhere else).

import { createHash } from '../crypto.js';

import type { LineRange } from '../plan/changed.js';
import { applyEdits, type Edit } from './update.js';
import { safeName, visibleText } from '../trust/text.js';

export const SUGGESTION_LIMITS = {
  /** Lines of one suggestion. */
  lines: 200,
  /** Characters of one suggestion (GitHub's comment limit is 65,536). */
  chars: 16_000,
  /** Comments in one review. */
  comments: 50,
};

/** One comment of "create a review for a pull request" (GitHub REST). */
interface ReviewComment {
  path: string;
  /** The last line the suggestion replaces (new side). */
  line: number;
  /** The first, when it replaces more than one line. */
  start_line?: number;
  side: 'RIGHT';
  start_side?: 'RIGHT';
  body: string;
}

export interface Suggestions {
  comments: ReviewComment[];
  /** Edits that were not suggested, with why (for the log). */
  skipped: string[];
}

/** The hidden first line of a suggestion comment: the same edit at the same place has the same marker. */
export function suggestionMarker(file: string, start: number, end: number, text: string): string {
  const h = createHash('sha256').update(`${file}\0${start}\0${end}\0${text}`).digest('hex').slice(0, 16);
  return `<!-- sandbox-checks suggestion ${h} -->`;
}

/**
 * The lines that replace lines `start..end` of `text` after the edit, by the
 * same rewrite `--update` makes. An edit that inserts (an empty expected
 * output) is anchored on the line before it, which the suggestion repeats.
 */
export function replacement(text: string, e: Edit): { start: number; end: number; lines: string[] } {
  const before = text.split(/\r\n?|\n/);
  const after = applyEdits(text, [e]).split(/\r\n?|\n/);
  const removed = Math.max(0, e.to - e.from + 1);
  const added = after.length - before.length + removed;
  const lines = after.slice(e.from - 1, e.from - 1 + added);
  if (removed > 0) return { start: e.from, end: e.to, lines };
  const anchor = e.from - 1;
  return { start: anchor, end: anchor, lines: [before[anchor - 1] ?? '', ...lines] };
}

/**
 * Review comments for the edits of a run. `diff` holds, per file the pull
 * request changes, the new-side line ranges of its hunks (undefined: the API
 * gave no patch, so no line can be commented on).
 */
export function suggestionComments(
  edits: Map<string, Edit[]>,
  read: (file: string) => string,
  diff: Map<string, LineRange[] | undefined>,
  redact: (s: string) => string,
): Suggestions {
  const comments: ReviewComment[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const [file, list] of edits) {
    const hunks = diff.get(file);
    if (!diff.has(file)) {
      for (const e of list) skipped.push(`${safeName(e.name)}: ${file} is not changed by the pull request, so no line of it can carry a suggestion`);
      continue;
    }
    const text = read(file);
    for (const e of [...list].sort((a, b) => a.from - b.from)) {
      const name = safeName(e.name);
      const r = replacement(text, e);
      const suggested = redact(r.lines.join('\n'));
      const why = refusal(suggested, r.lines.length);
      if (why) {
        skipped.push(`${name}: not suggested, ${why}`);
        continue;
      }
      if (!hunks?.some((h) => h.start <= r.start && h.end >= r.end)) {
        skipped.push(`${name}: not suggested, ${file}:${r.start}${r.end > r.start ? `-${r.end}` : ''} is outside the lines the pull request's diff shows`);
        continue;
      }
      const key = `${file}:${r.start}:${r.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (comments.length >= SUGGESTION_LIMITS.comments) {
        skipped.push(`${name}: not suggested, one review holds at most ${SUGGESTION_LIMITS.comments} suggestions`);
        continue;
      }
      const marker = suggestionMarker(file, r.start, r.end, suggested);
      const body = [
        marker,
        `**sandbox-checks**: the expected output of \`${name.replace(/`/g, "'")}\` is stale. This is what the block prints now (the change \`sandbox-checks run --update\` makes):`,
        '',
        suggestionFence(suggested, r.lines.length),
      ].join('\n');
      comments.push({
        path: file,
        line: r.end,
        ...(r.end > r.start ? { start_line: r.start, start_side: 'RIGHT' as const } : {}),
        side: 'RIGHT',
        body,
      });
    }
  }
  return { comments, skipped };
}

/**
 * The ```suggestion block. Its fence is longer than any run of backticks in
 * the text, so no line can end it early; no lines at all is GitHub's way to
 * suggest deleting the lines.
 */
export function suggestionFence(text: string, lines: number): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return lines === 0 ? `${fence}suggestion\n${fence}` : `${fence}suggestion\n${text}\n${fence}`;
}

/** Why a suggestion's text may not be posted, or undefined. */
function refusal(text: string, lines: number): string | undefined {
  if (lines > SUGGESTION_LIMITS.lines) return `its ${lines} lines are more than a suggestion holds (${SUGGESTION_LIMITS.lines}); run \`sandbox-checks run --update\` locally`;
  if (text.length > SUGGESTION_LIMITS.chars) return `its ${text.length} characters are more than a suggestion holds (${SUGGESTION_LIMITS.chars}); run \`sandbox-checks run --update\` locally`;
  if (/[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f]/.test(text)) return 'the output holds control characters; run `sandbox-checks run --update` locally to see them';
  if (visibleText(text) !== text) return 'the output holds invisible or bidi characters that would make the suggestion read differently from what it commits';
  return undefined;
}
