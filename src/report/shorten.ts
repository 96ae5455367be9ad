// Check names cut to fit a column without losing where the check is: the
// `file:line (language)` part survives, the folder path is cut in its middle
// and a title after it from its end.

function middle(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 1) return '…'.slice(0, max);
  const head = Math.ceil((max - 1) / 3);
  return `${s.slice(0, head)}…${s.slice(s.length - (max - 1 - head))}`;
}

export function shortenName(name: string, max: number): string {
  if (name.length <= max) return name;
  const m = /^(.*?)(:\d+(?: \([^)]*\))?)(.*)$/s.exec(name);
  if (!m) return middle(name, max);
  const [, path, where, rest] = m as unknown as [string, string, string, string];
  let budget = max - where.length;
  if (budget < 4) return middle(name, max);
  const title = rest.length > Math.floor(budget / 3) ? `${rest.slice(0, Math.max(0, Math.floor(budget / 3) - 1))}…` : rest;
  budget -= title.length;
  return `${middle(path, budget)}${where}${title}`;
}
