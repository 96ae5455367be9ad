// A compiler's failure in one message: its first error (rustc's
// `error[E0308]: mismatched types` and the `--> file:line` under it, gcc's
// `main.c:4:5: error: …`, javac's, mcs's, go's) and then the end of its
// output, where the summary is. Without the headline, rustc's last lines
// only say "aborting due to 1 previous error".

const HEADLINE = /^(?:error(?:\[E\d+\])?:.*|.*?:\d+(?::\d+)?:? (?:fatal )?error:?.*|.*\(\d+,\d+\): error CS\d+:.*|.*\.java:\d+: error:.*|# .*)$/m;

export function compileFailureSummary(text: string, n = 8): string {
  const lines = text.trim().split('\n').filter(Boolean);
  const last = lines.slice(-n);
  const m = HEADLINE.exec(text);
  if (!m) return last.join('\n') || '(no output)';
  const at = lines.indexOf(m[0]);
  const head = [m[0]];
  const loc = lines[at + 1];
  if (loc && /^\s*--> /.test(loc)) head.push(loc);
  if (head.every((h) => last.includes(h))) return last.join('\n');
  return [...head, ...(at + head.length < lines.length - n ? ['…'] : []), ...last.filter((l) => !head.includes(l))].join('\n');
}
