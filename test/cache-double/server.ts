// A double of the GitHub Actions cache service as @actions/cache 6.x speaks
// it (cache service v2, ACTIONS_CACHE_SERVICE_V2): the Twirp JSON service
// github.actions.results.api.v1.CacheService at ACTIONS_RESULTS_URL
// (CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL,
// bearer ACTIONS_RUNTIME_TOKEN), and the signed blob URLs it hands out: an
// Azure Blob Storage endpoint in the IP style of the storage emulator
// (/<account>/<container>/<blob>?sv&sp&se&sig) that takes Put Blob, Put Block
// and Put Block List with the @azure/storage-blob SDK, and a plain GET/HEAD
// for downloads (the library uses its HTTP client for hosts that are not
// *.blob.core.windows.net). What the real service refuses is refused: a
// missing or wrong token, another content type or method, an empty or
// over-long key or one with a comma, a missing version, a second entry for
// the same key and version, a finalize without an upload or of another size,
// a URL whose signature, permission or expiry does not hold. A primary key
// matches exactly; restore keys by prefix, newest first, as documented.
// Every request is logged; `failWith` makes the Twirp service answer every
// call with that status, `replaceBlob` serves other bytes for an entry.

import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';

export interface LoggedRequest {
  method: string;
  /** The path without the query (signatures stay out of the log). */
  path: string;
  /** The Twirp method, for service calls. */
  rpc?: string;
  /** The key asked for (service calls). */
  key?: string;
  restoreKeys?: string[];
  status: number;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  blob: string;
  created: number;
  finalized: boolean;
  size?: number;
}

const twirpStatus: Record<string, number> = { unauthenticated: 401, bad_route: 404, malformed: 400, invalid_argument: 400, already_exists: 409, not_found: 404, internal: 500, permission_denied: 403 };

export class CacheDouble {
  readonly token = `ghs_cache_${randomBytes(8).toString('hex')}`;
  readonly requests: LoggedRequest[] = [];
  /** Every Twirp call answers this status (a failing service) when set. */
  failWith?: number;
  /** Match the primary key by prefix too (a service that did would hand out another key's entry). */
  primaryByPrefix = false;
  private readonly secret = randomBytes(16);
  private readonly entries: Entry[] = [];
  private readonly blobs = new Map<string, { committed?: Buffer; blocks: Map<string, Buffer> }>();
  private server?: http.Server;
  private nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server?.closeAllConnections();
  }

  /** What a runner gives a step so @actions/cache uses this service. */
  env(): Record<string, string> {
    return { ACTIONS_RESULTS_URL: this.url, ACTIONS_RUNTIME_TOKEN: this.token, ACTIONS_CACHE_SERVICE_V2: 'true' };
  }

  /** Forgets every entry, request and fault. */
  reset(): void {
    this.entries.length = 0;
    this.blobs.clear();
    this.requests.length = 0;
    this.failWith = undefined;
    this.primaryByPrefix = false;
  }

  /** Files a finalized entry under another key. */
  rekey(key: string, to: string): void {
    const e = this.entries.find((x) => x.finalized && x.key === key);
    if (!e) throw new Error(`no entry ${key}`);
    e.key = to;
  }

  /** Keys of the finalized entries. */
  keys(): string[] {
    return this.entries.filter((e) => e.finalized).map((e) => e.key);
  }

  /** The stored archive of a finalized entry. */
  blobOf(key: string): Buffer | undefined {
    const e = this.entries.find((x) => x.finalized && x.key === key);
    return e ? this.blobs.get(e.blob)?.committed : undefined;
  }

  /** Serves `bytes` for the entry `key` from now on (a poisoned cache). */
  replaceBlob(key: string, bytes: Buffer): void {
    const e = this.entries.find((x) => x.finalized && x.key === key);
    if (!e) throw new Error(`no entry ${key}`);
    this.blobs.get(e.blob)!.committed = bytes;
  }

  /** Service calls (and blob requests) logged, in order. */
  calls(): string[] {
    return this.requests.map((r) => (r.rpc ? `${r.rpc} ${r.key ?? ''}`.trim() : `${r.method} blob`));
  }

  private sign(blob: string, perm: string, expiry: string): string {
    return createHmac('sha256', this.secret).update(`${blob}\n${perm}\n${expiry}`).digest('base64url');
  }

  private signedUrl(blob: string, perm: 'r' | 'cw'): string {
    const se = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const q = new URLSearchParams({ sv: '2024-11-04', sr: 'b', sp: perm, se, sig: this.sign(blob, perm, se) });
    return `${this.url}${ACCOUNT}/${CONTAINER}/${blob}?${q}`;
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const log: LoggedRequest = { method: req.method ?? '', path: url.pathname, status: 0 };
    this.requests.push(log);
    const send = (status: number, headers: Record<string, string>, data: string | Buffer = '') => {
      log.status = status;
      res.writeHead(status, { 'content-length': String(Buffer.byteLength(data)), ...headers });
      res.end(req.method === 'HEAD' ? undefined : data);
    };
    if (url.pathname.startsWith(SERVICE)) return this.twirp(req, url, body, log, send);
    if (url.pathname.startsWith(`/${ACCOUNT}/${CONTAINER}/`)) return this.blob(req, url, body, send);
    send(404, { 'content-type': 'text/plain' }, 'not found');
  }

  private twirp(req: http.IncomingMessage, url: URL, body: Buffer, log: LoggedRequest, send: (s: number, h: Record<string, string>, d?: string) => void): void {
    const method = url.pathname.slice(SERVICE.length);
    log.rpc = method;
    const json = (status: number, v: unknown) => send(status, { 'content-type': 'application/json' }, JSON.stringify(v));
    const error = (code: string, msg: string) => json(twirpStatus[code] ?? 500, { code, msg });
    if (req.method !== 'POST') return error('bad_route', `unsupported method ${req.method} (only POST is allowed)`);
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return error('bad_route', `unexpected Content-Type: ${req.headers['content-type'] ?? ''}`);
    if (req.headers.authorization !== `Bearer ${this.token}`) return error('unauthenticated', 'missing or invalid runtime token');
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return error('malformed', 'the request is not JSON');
    }
    log.key = typeof msg.key === 'string' ? msg.key : undefined;
    if (this.failWith) return json(this.failWith, { code: 'internal', msg: 'the cache service is failing (double)' });
    const key = msg.key;
    const version = msg.version;
    if (typeof key !== 'string' || !key) return error('invalid_argument', 'key is required');
    if (key.length > 512 || key.includes(',')) return error('invalid_argument', 'key is longer than 512 characters or has a comma');
    if (typeof version !== 'string' || !version) return error('invalid_argument', 'version is required');
    switch (method) {
      case 'GetCacheEntryDownloadURL': {
        const restore = Array.isArray(msg.restore_keys) ? (msg.restore_keys as unknown[]).filter((k): k is string => typeof k === 'string') : [];
        log.restoreKeys = restore;
        const done = this.entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.created - a.created);
        const hit = done.find((e) => e.key === key) ?? (this.primaryByPrefix ? done.find((e) => e.key.startsWith(key)) : undefined) ?? restore.map((p) => done.find((e) => e.key.startsWith(p))).find(Boolean);
        if (!hit) return json(200, { ok: false, signed_download_url: '', matched_key: '' });
        return json(200, { ok: true, signed_download_url: this.signedUrl(hit.blob, 'r'), matched_key: hit.key });
      }
      case 'CreateCacheEntry': {
        if (this.entries.some((e) => e.key === key && e.version === version)) return error('already_exists', 'cache entry with the same key, version, and scope already exists');
        const blob = randomBytes(12).toString('hex');
        this.entries.push({ id: this.nextId++, key, version, blob, created: Date.now(), finalized: false });
        this.blobs.set(blob, { blocks: new Map() });
        return json(200, { ok: true, signed_upload_url: this.signedUrl(blob, 'cw') });
      }
      case 'FinalizeCacheEntryUpload': {
        const e = this.entries.find((x) => x.key === key && x.version === version && !x.finalized);
        if (!e) return error('not_found', 'no cache entry is being uploaded for this key and version');
        const data = this.blobs.get(e.blob)?.committed;
        if (!data) return error('invalid_argument', 'nothing was uploaded for this cache entry');
        if (String(msg.size_bytes) !== String(data.length)) return error('invalid_argument', `size_bytes ${String(msg.size_bytes)} is not the uploaded size ${data.length}`);
        e.finalized = true;
        e.size = data.length;
        return json(200, { ok: true, entry_id: String(e.id) });
      }
      default:
        return error('bad_route', `no such method ${method}`);
    }
  }

  private blob(req: http.IncomingMessage, url: URL, body: Buffer, send: (s: number, h: Record<string, string>, d?: string | Buffer) => void): void {
    const name = url.pathname.split('/')[3] ?? '';
    const q = url.searchParams;
    const headers = () => ({ 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2025-01-05', date: new Date().toUTCString() });
    const fail = (status: number, code: string, message: string) =>
      send(status, { ...headers(), 'content-type': 'application/xml', 'x-ms-error-code': code }, `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
    const perm = q.get('sp') ?? '';
    const se = q.get('se') ?? '';
    if (!q.get('sig') || q.get('sig') !== this.sign(name, perm, se)) return fail(403, 'AuthenticationFailed', 'Signature did not match.');
    if (!(Date.parse(se) > Date.now())) return fail(403, 'AuthenticationFailed', 'Signed expiry time has passed.');
    const blob = this.blobs.get(name);
    if (!blob) return fail(404, 'BlobNotFound', 'The specified blob does not exist.');
    const ok = (status: number, extra: Record<string, string> = {}, data: string | Buffer = '') => send(status, { ...headers(), etag: `"0x${randomBytes(6).toString('hex').toUpperCase()}"`, 'last-modified': new Date().toUTCString(), ...extra }, data);
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!perm.includes('r')) return fail(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');
      if (!blob.committed) return fail(404, 'BlobNotFound', 'The specified blob does not exist.');
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      const all = blob.committed;
      if (range) {
        const start = Number(range[1]);
        const end = range[2] ? Math.min(Number(range[2]), all.length - 1) : all.length - 1;
        if (start >= all.length) return fail(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
        return ok(206, { 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end}/${all.length}`, 'x-ms-blob-type': 'BlockBlob' }, all.subarray(start, end + 1));
      }
      return ok(200, { 'content-type': 'application/octet-stream', 'x-ms-blob-type': 'BlockBlob' }, all);
    }
    if (req.method !== 'PUT') return fail(405, 'UnsupportedHttpVerb', `The resource doesn't support the specified HTTP verb ${req.method}.`);
    if (!perm.includes('w')) return fail(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');
    if (blob.committed && this.entries.find((e) => e.blob === name)?.finalized) return fail(409, 'BlobImmutable', 'The cache entry is finalized.');
    if (req.headers['content-length'] !== undefined && Number(req.headers['content-length']) !== body.length) return fail(400, 'InvalidHeaderValue', 'Content-Length does not match the body.');
    const comp = q.get('comp');
    if (comp === 'block') {
      const id = q.get('blockid') ?? '';
      if (!id || Buffer.from(id, 'base64').toString('base64') !== id) return fail(400, 'InvalidQueryParameterValue', 'blockid is not base64.');
      blob.blocks.set(id, body);
      return ok(201, { 'x-ms-request-server-encrypted': 'true' });
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]!);
      const parts = ids.map((id) => blob.blocks.get(id));
      if (!ids.length || parts.some((p) => !p)) return fail(400, 'InvalidBlockList', 'The specified block list is invalid.');
      blob.committed = Buffer.concat(parts as Buffer[]);
      blob.blocks.clear();
      return ok(201, { 'x-ms-request-server-encrypted': 'true' });
    }
    if (comp) return fail(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported here.`);
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return fail(400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type.');
    blob.committed = body;
    return ok(201, { 'x-ms-request-server-encrypted': 'true' });
  }
}
