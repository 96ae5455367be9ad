// Durations and sizes as people write them and as reports print them. Numbers
// keep the E2B document's meaning (milliseconds, bytes), strings carry a unit.

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
const SIZE_UNITS: Record<string, number> = {
  b: 1, k: 1024, kb: 1000, kib: 1024, m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3,
};

/** Milliseconds, or undefined when the value is not a duration. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase() || 'ms';
  const factor = DURATION_UNITS[unit];
  return factor === undefined ? undefined : Math.round(Number(m[1]) * factor);
}

/** Bytes, or undefined when the value is not a size. */
export function parseSize(v: unknown): number | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  if (!m) return undefined;
  const factor = SIZE_UNITS[m[2]!.toLowerCase() || 'b'];
  return factor === undefined ? undefined : Math.round(Number(m[1]) * factor);
}

/** A measured duration for reports: "850 ms", "2.4 s", "3 m 12 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} m ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A configured limit, exactly as set: "30 s", "2 min", "1500 ms" (never rounded). */
export function formatLimit(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
