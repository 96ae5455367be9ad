// Writes schema/sandbox-checks.schema.json from the config spec (via lib/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchema } from '../lib/config/schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/sandbox-checks.schema.json', `${JSON.stringify(jsonSchema(), null, 2)}\n`);
