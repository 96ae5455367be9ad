// Checks a request against GitHub's own OpenAPI description of the REST API
// (@octokit/openapi): the path and method must be a described operation, every
// query parameter must be one it declares (with a value its schema accepts),
// and the JSON body must match the operation's request-body schema. The double
// refuses a request that does not, so a test sees a wrong call the way GitHub
// would answer it (422/404), not a double that accepts anything.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  additionalProperties?: boolean | Schema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};
type Parameter = { $ref?: string; name: string; in: string; required?: boolean; schema?: Schema };
type Operation = { operationId: string; parameters?: Parameter[]; requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> } };
type Spec = { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> };

let spec: Spec | undefined;
let routes: { re: RegExp; template: string }[] = [];

function load(): Spec {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  routes = Object.keys(spec.paths).map((template) => ({
    template,
    re: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  // A literal segment wins over a parameter (…/issues/comments/{id} before …/issues/{n}/…).
  const params = (t: string) => (t.match(/\{/g) ?? []).length;
  routes.sort((a, b) => params(a.template) - params(b.template));
  return spec;
}

function deref<T extends { $ref?: string }>(s: T): T {
  let cur: T = s;
  for (let i = 0; cur?.$ref && i < 20; i++) {
    const parts = cur.$ref.replace(/^#\//, '').split('/');
    let node: unknown = load();
    for (const p of parts) node = (node as Record<string, unknown>)[p];
    cur = node as T;
  }
  return cur;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** Problems of `value` against `schema`, each with its JSON path. */
export function schemaProblems(value: unknown, schema: Schema, at = 'body'): string[] {
  const s = deref(schema);
  if (!s) return [];
  if (value === null) return s.nullable || s.type === 'null' ? [] : [`${at}: null is not allowed`];
  if (s.allOf) return s.allOf.flatMap((x) => schemaProblems(value, x, at));
  for (const alts of [s.oneOf, s.anyOf]) {
    if (!alts) continue;
    const fits = alts.filter((x) => schemaProblems(value, x, at).length === 0);
    if (!fits.length) return [`${at}: matches none of ${alts.length} allowed shapes`];
    if (!s.type) return [];
  }
  if (s.enum && !s.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`];
  const t = typeOf(value);
  if (s.type) {
    const ok = s.type === t || (s.type === 'number' && t === 'integer');
    if (!ok) return [`${at}: expected ${s.type}, got ${t}`];
  }
  const out: string[] = [];
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) out.push(`${at}: below ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) out.push(`${at}: above ${s.maximum}`);
  }
  if (typeof value === 'string' && s.maxLength !== undefined && value.length > s.maxLength) out.push(`${at}: longer than ${s.maxLength}`);
  if (t === 'array' && s.items) (value as unknown[]).forEach((v, i) => out.push(...schemaProblems(v, s.items!, `${at}[${i}]`)));
  if (t === 'object' && (s.properties || s.required)) {
    const obj = value as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in obj)) out.push(`${at}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      const p = s.properties?.[k];
      if (p) out.push(...schemaProblems(v, p, `${at}.${k}`));
      else if (s.additionalProperties === false || (s.properties && s.additionalProperties === undefined)) {
        // GitHub ignores unknown fields, but a field no operation describes is our mistake.
        out.push(`${at}.${k}: not a field of this operation`);
      }
    }
  }
  return out;
}

function queryValue(raw: string, schema: Schema | undefined): unknown {
  const s = schema ? deref(schema) : undefined;
  if (s?.type === 'integer' || s?.type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (s?.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

export interface Validation {
  operationId?: string;
  problems: string[];
}

/** Validates one REST request (not /graphql) against the described operation. */
export function validateRequest(method: string, path: string, query: Record<string, string>, body: unknown): Validation {
  const s = load();
  const route = routes.find((r) => r.re.test(path));
  if (!route) return { problems: [`${method} ${path}: no such path in GitHub's REST API`] };
  const op = s.paths[route.template]![method.toLowerCase()];
  if (!op) return { problems: [`${method} ${route.template}: no such operation (the path has ${Object.keys(s.paths[route.template]!).join(', ')})`] };
  const problems: string[] = [];
  const params = (op.parameters ?? []).map((p) => deref(p));
  for (const [k, v] of Object.entries(query)) {
    const p = params.find((x) => x.in === 'query' && x.name === k);
    if (!p) {
      problems.push(`query ${k}: not a parameter of ${op.operationId}`);
      continue;
    }
    problems.push(...schemaProblems(queryValue(v, p.schema), p.schema ?? {}, `query ${k}`));
  }
  for (const p of params) if (p.in === 'query' && p.required && !(p.name in query)) problems.push(`query ${p.name}: required`);
  const schema = op.requestBody?.content['application/json']?.schema;
  if (body !== undefined) {
    if (!schema) problems.push(`${op.operationId} takes no JSON body`);
    else problems.push(...schemaProblems(body, schema));
  } else if (op.requestBody?.required) {
    problems.push(`${op.operationId}: a JSON body is required`);
  }
  return { operationId: op.operationId, problems };
}
