// Connect protocol framing (JSON codec), as envd speaks it: every message of
// a stream is an envelope — one flags byte, a big-endian uint32 length, then
// the JSON. Flags 0x02 marks the end-stream message that closes a response.

export const FLAG_END_STREAM = 0x02;

export function envelope(message: unknown, flags = 0): Buffer {
  const json = Buffer.from(JSON.stringify(message));
  const head = Buffer.alloc(5);
  head.writeUInt8(flags, 0);
  head.writeUInt32BE(json.length, 1);
  return Buffer.concat([head, json]);
}

export interface Envelope {
  flags: number;
  message: unknown;
}

/** Splits a request body into its envelopes (a server-stream request has one). */
export function readEnvelopes(body: Buffer): Envelope[] {
  const out: Envelope[] = [];
  let at = 0;
  while (at + 5 <= body.length) {
    const flags = body.readUInt8(at);
    const len = body.readUInt32BE(at + 1);
    const json = body.subarray(at + 5, at + 5 + len).toString('utf8');
    out.push({ flags, message: json ? JSON.parse(json) : {} });
    at += 5 + len;
  }
  if (at !== body.length) throw new Error(`truncated Connect envelope (${body.length - at} stray bytes)`);
  return out;
}

/** HTTP status of a Connect error code (unary calls). */
export const CONNECT_STATUS: Record<string, number> = {
  canceled: 499,
  unknown: 500,
  invalid_argument: 400,
  deadline_exceeded: 504,
  not_found: 404,
  already_exists: 409,
  permission_denied: 403,
  resource_exhausted: 429,
  failed_precondition: 400,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  data_loss: 500,
  unauthenticated: 401,
};
