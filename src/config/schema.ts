// The JSON Schema of sandbox-checks.toml, derived from the valibot schema
// (spec.ts) so editors and the validator can never disagree. Written to
// schema/ by `npm run schema`; only that script and its drift test load this
// file (the converter is a build-time dependency).

import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';

import { ConfigSchema, JSON_OF } from './spec.js';

type Json = Record<string, unknown>;

export function jsonSchema(): Json {
  const schema = toJsonSchema(ConfigSchema, {
    target: 'draft-2020-12',
    // A field's pipe checks the TOML value first (is it a table?) and then its
    // entries: the schema that says what a value looks like is the last one.
    typeMode: 'output',
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      const leaf = JSON_OF.get(valibotSchema);
      if (leaf) return { ...leaf } as JsonSchema;
      const s = jsonSchema as Json;
      if (valibotSchema.type === 'loose_object') {
        // Unknown keys are refused by the table's own check (spec.ts tableOf).
        const { required, ...rest } = s;
        return { ...rest, additionalProperties: false, ...((required as unknown[]).length ? { required } : {}) } as JsonSchema;
      }
      return undefined;
    },
    // Checks with a message of their own (non-empty, a RE2-compilable regex,
    // unknown keys, bounds of a duration) are described by metadata or by
    // their leaf's JSON above; the conversions to numbers are the runtime's.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      ['check', 'raw_check', 'transform'].includes(valibotAction.type) ? jsonSchema : undefined,
  });
  return {
    $schema: schema.$schema,
    $id: 'sandbox-checks.schema.json',
    title: 'sandbox-checks.toml',
    description: 'Checks run by sandbox-checks in E2B or local bubblewrap sandboxes.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
