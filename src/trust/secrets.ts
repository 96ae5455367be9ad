// The workflow's secrets, known by value, and the one Redactor every report
// passes through. Values come only from the workflow side (the Action's
// inputs, the job's credentials, variables the workflow allowed whose names
// say they are secret); a repository config can name none of them, so it
// cannot make the log hide (or reveal) what it chooses.

import { readFileSync, writeFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

import { isRunnerCredential, isSecretLike } from './env.js';

/** Shorter values are not redacted: they would shred ordinary text (and are no secret worth the name). */
const MIN_SECRET_LENGTH = 6;

/** Shown where a secret was. */
const REDACTED = '***';

/** The job's credentials by name: tokens, the E2B key, variables the workflow allowed whose names say they are secret. */
export function workflowSecretValues(env: NodeJS.ProcessEnv, allowed: readonly string[] = [], extra: (string | undefined)[] = []): string[] {
  const out: (string | undefined)[] = [...extra];
  for (const [k, v] of Object.entries(env)) {
    if (!v) continue;
    if ((isRunnerCredential(k) && isSecretLike(k)) || /^(GITHUB_TOKEN|GH_TOKEN|GITHUB_PAT)$/i.test(k)) out.push(v);
    else if (allowed.includes(k) && isSecretLike(k)) out.push(v);
  }
  return [...new Set(out.filter((s): s is string => !!s && s.length >= MIN_SECRET_LENGTH))];
}

/** The forms a secret takes in text: as is, base64 (a checkout's http.extraheader), URL-encoded, JSON-escaped. */
export function secretForms(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!v || v.length < MIN_SECRET_LENGTH) continue;
    out.add(v);
    out.add(Buffer.from(v).toString('base64').replace(/=+$/, ''));
    out.add(Buffer.from(`x-access-token:${v}`).toString('base64').replace(/=+$/, ''));
    out.add(encodeURIComponent(v));
    out.add(JSON.stringify(v).slice(1, -1));
  }
  return [...out].sort((a, b) => b.length - a.length);
}

export class Redactor {
  readonly needles: readonly string[];
  /** Longest needle: a stream holds back this much less one, in case a secret spans two chunks. */
  readonly longest: number;

  constructor(values: readonly string[]) {
    this.needles = secretForms(values);
    this.longest = this.needles.reduce((n, s) => Math.max(n, s.length), 0);
  }

  get empty(): boolean {
    return this.needles.length === 0;
  }

  /** `s` with every known secret (in every form) replaced. */
  text(s: string): string {
    if (this.empty || !s) return s;
    let out = s;
    for (const n of this.needles) if (out.includes(n)) out = out.split(n).join(REDACTED);
    return out;
  }

  /** Also cuts a secret's beginning at the end of `s` (a head cut mid-secret) and its end at the start (a tail). */
  fragment(s: string, at: 'end' | 'start' | 'both' = 'both'): string {
    let out = this.text(s);
    if (this.empty) return out;
    for (const n of this.needles) {
      for (let k = n.length - 1; k >= 4; k--) {
        if ((at === 'end' || at === 'both') && out.endsWith(n.slice(0, k))) {
          out = `${out.slice(0, out.length - k)}${REDACTED}`;
          break;
        }
      }
      for (let k = n.length - 1; k >= 4; k--) {
        if ((at === 'start' || at === 'both') && out.startsWith(n.slice(n.length - k))) {
          out = `${REDACTED}${out.slice(k)}`;
          break;
        }
      }
    }
    return out;
  }

  /** Every string inside `value` (objects and arrays walked in place; Buffers left alone). */
  deep<T>(value: T): T {
    if (this.empty) return value;
    const seen = new Set<object>();
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.text(v);
      if (!v || typeof v !== 'object' || Buffer.isBuffer(v) || v instanceof Date || seen.has(v)) return v;
      seen.add(v);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
        return v;
      }
      for (const k of Object.keys(v)) (v as Record<string, unknown>)[k] = walk((v as Record<string, unknown>)[k]);
      return v;
    };
    return walk(value) as T;
  }

  /** Rewrites a file on disk (a check's full log) without the secrets. */
  file(path: string): void {
    if (this.empty) return;
    let text: string;
    try {
      text = readFileSync(path, 'latin1');
    } catch {
      return;
    }
    // latin1 keeps every byte as one char, so non-UTF-8 output survives; needles are matched in their UTF-8 bytes.
    let out = text;
    for (const n of this.needles) {
      const bytes = Buffer.from(n).toString('latin1');
      if (out.includes(bytes)) out = out.split(bytes).join(REDACTED);
    }
    if (out !== text) writeFileSync(path, Buffer.from(out, 'latin1'));
  }

  /** A redactor for one stream: holds back a possible secret's beginning until the next chunk or the end. */
  stream(): StreamRedactor {
    return new StreamRedactor(this);
  }
}

export class StreamRedactor {
  private pending = '';
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly r: Redactor) {}

  /** The part of the stream that is safe to show now. */
  push(chunk: Buffer): string {
    const text = this.pending + this.decoder.write(chunk);
    if (this.r.empty) {
      this.pending = '';
      return text;
    }
    const clean = this.r.text(text);
    // Hold back the longest suffix that could still become a secret.
    let hold = 0;
    for (const n of this.r.needles) {
      for (let k = Math.min(n.length - 1, clean.length); k > hold; k--) {
        if (clean.endsWith(n.slice(0, k))) {
          hold = k;
          break;
        }
      }
    }
    this.pending = clean.slice(clean.length - hold);
    return clean.slice(0, clean.length - hold);
  }

  /** What is still held back, at the end of the stream. */
  end(): string {
    const rest = this.pending + this.decoder.end();
    this.pending = '';
    return this.r.text(rest);
  }
}
