// What ships beside the code: the JSON Schema, the library entry, the version.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { jsonSchema } from '../../src/config/schema.js';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../helpers.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('shipped files', () => {
  it('schema/sandbox-checks.schema.json is generated from the current spec (run npm run schema)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema/sandbox-checks.schema.json'), 'utf8'));
    expect(committed).toEqual(jsonSchema());
  });

  it('the schema knows every key of the E2B document section and of a check', () => {
    const s = jsonSchema() as { properties: Record<string, { properties?: Record<string, unknown>; items?: { properties: Record<string, unknown> } }> };
    expect(Object.keys(s.properties.e2b!.properties!)).toEqual(expect.arrayContaining(['api_key', 'timeout', 'stream', 'default_language']));
    expect(Object.keys(s.properties.check!.items!.properties)).toEqual(
      expect.arrayContaining(['name', 'file', 'files', 'code', 'language', 'timeout', 'env', 'args', 'stdin', 'network', 'packages', 'expect']),
    );
  });

  it('the version the CLI prints is the package version', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('the library is importable by its package name, with runChecks and buildPlan', async () => {
    const lib = await import('sandbox-checks');
    expect(typeof lib.runChecks).toBe('function');
    expect(typeof lib.buildPlan).toBe('function');
    expect(typeof lib.parseConfigText).toBe('function');
  });
});
