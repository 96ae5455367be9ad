// Configuration and usage problems: each names where (file, line, key), what
// was expected and, when it can, what to write instead. A plan with any
// problem runs nothing and the CLI exits 2.

export interface Problem {
  /** The config file, or "command line" / "action input". */
  source: string;
  line?: number;
  /** Dotted key path such as check[2].timeout. */
  key?: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
  }
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.source}:${p.line}` : p.source;
  return `${where}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

export function didYouMean(word: string, choices: Iterable<string>): string | undefined {
  const list = [...choices];
  const lower = word.toLowerCase();
  const prefixed = list.find((c) => lower.length >= 3 && c.toLowerCase().startsWith(lower));
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of list) {
    const dist = distance(word.toLowerCase(), c.toLowerCase());
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
