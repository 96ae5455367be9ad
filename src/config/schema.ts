// The JSON Schema of sandbox-checks.toml, derived from the spec so editors
// and the validator can never disagree. Written to schema/ by `npm run schema`.

import { MAX_TIMEOUT_MS, MIN_TIMEOUT_MS } from '../limits.js';
import { CONFIG_FIELDS, type Field, type Fields } from './spec.js';

type Json = Record<string, unknown>;

const durationString: Json = { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|sec|m|min|h)?\\s*$' };
const durationFrom = (min: number): Json => ({
  oneOf: [{ type: 'integer', minimum: min, maximum: MAX_TIMEOUT_MS, description: 'milliseconds' }, durationString],
});
const size: Json = {
  oneOf: [
    { type: 'integer', minimum: 1024, description: 'bytes' },
    { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]([iI]?[bB])?|[bB])?\\s*$' },
  ],
};

function fieldSchema(f: Field): Json {
  const t = f.type;
  const base: Json = { description: f.description };
  switch (t.kind) {
    case 'string':
      return { ...base, type: 'string', ...(t.enum ? { enum: [...t.enum] } : {}), ...(t.nonEmpty ? { minLength: 1 } : {}), ...(t.regex ? { format: 'regex' } : {}) };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'integer':
      return { ...base, type: 'integer', ...(t.min !== undefined ? { minimum: t.min } : {}), ...(t.max !== undefined ? { maximum: t.max } : {}) };
    case 'duration':
      return { ...base, ...durationFrom(t.min ?? MIN_TIMEOUT_MS) };
    case 'size':
      return { ...base, ...size };
    case 'strings':
      return { ...base, type: 'array', items: { type: 'string', minLength: 1 }, ...(t.nonEmpty ? { minItems: 1 } : {}) };
    case 'stringOrStrings':
      return { ...base, oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
    case 'env':
      return { ...base, type: 'object', propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }, additionalProperties: { type: 'string' } };
    case 'table':
      return { ...base, ...tableSchema(t.fields) };
    case 'tables':
      return { ...base, type: 'array', items: tableSchema(t.fields) };
  }
}

function tableSchema(fields: Fields): Json {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)])),
  };
}

export function jsonSchema(): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'sandbox-checks.schema.json',
    title: 'sandbox-checks.toml',
    description: 'Checks run by sandbox-checks in E2B or local bubblewrap sandboxes.',
    ...tableSchema(CONFIG_FIELDS),
  };
}
