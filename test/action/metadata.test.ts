// action.yml, the code and the docs agree on the inputs and outputs.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { INPUT_NAMES } from '../../src/action/inputs.js';
import { ROOT } from './harness.js';

/** The keys of a top-level section of action.yml and the fields each declares. */
function section(yml: string, name: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const lines = yml.split('\n');
  let i = lines.indexOf(`${name}:`);
  expect(i, `action.yml has no "${name}:" section`).toBeGreaterThanOrEqual(0);
  let current: Set<string> | undefined;
  for (i++; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line)) break;
    const key = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (key) out.set(key[1]!, (current = new Set()));
    const field = /^ {4}([a-z-]+):/.exec(line);
    if (field && current) current.add(field[1]!);
  }
  return out;
}

const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');

describe('action.yml', () => {
  it('runs the committed bundles on node24, with a post step', () => {
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js\n {2}post: dist\/post\/index\.js\n?$/m);
    expect(yml).toMatch(/^branding:\n {2}icon: \S+\n {2}color: (white|black|yellow|blue|green|orange|red|purple|gray-dark)$/m);
  });

  it('declares every input the code reads, each with a description and a default', () => {
    const inputs = section(yml, 'inputs');
    expect([...inputs.keys()]).toEqual([...INPUT_NAMES]);
    for (const [name, fields] of inputs) {
      expect([...fields].sort(), name).toEqual(['default', 'description', 'required']);
    }
    expect(yml).toContain('default: ${{ github.token }}');
  });

  it('declares exactly the outputs the code sets', () => {
    const main = readFileSync(path.join(ROOT, 'src/action/main.ts'), 'utf8');
    const set = [...main.matchAll(/core\.setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect([...section(yml, 'outputs').keys()].sort()).toEqual([...new Set(set)].sort());
    for (const name of ['passed', 'failed', 'errored', 'total', 'results', 'report', 'junit-path']) expect(set).toContain(name);
  });

  it('is documented: docs/action.md lists every input with its default, and every output', () => {
    const doc = path.join(ROOT, 'docs/action.md');
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    for (const name of INPUT_NAMES) expect(text, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    for (const name of section(yml, 'outputs').keys()) expect(text, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });
});
