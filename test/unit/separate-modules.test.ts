// scripts/separate-modules.mjs: the bundle step that moves a package out of
// ncc's main chunk into a CommonJS file, required the first time the package
// is. Seen from outside: the rewritten chunk and its file, written to disk
// and imported, give what the original chunk gave. The file is read only
// when the module is required. A module that refers to its chunk's scope is
// refused.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { mainChunkModules, separateModules } from '../../scripts/separate-modules.mjs';

// ncc's shape: imports, the module table, its runtime (the `.call(module.exports, …)` of each module function).
const MAIN = [
  'import{createRequire as e}from"module";',
  'var t={1:(e,t,s)=>{e.exports={engine:()=>s(46472).name+":"+s(46472).self}},46472:function(e,t){t.name="re2";t.self=this===t},7:e=>{e.exports=41}};',
  'var c={};function req(i){if(c[i])return c[i].exports;const m=c[i]={exports:{}};t[i].call(m.exports,m,m.exports,req);return m.exports}',
  'export const api=req(1),n=req(7);',
].join('');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes the rewritten chunk and its file to a fresh folder, imports the chunk, and says whether the file was read. */
async function importSplit(ids: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'separate-'));
  dirs.push(dir);
  const split = separateModules(MAIN, ids, 'engine.cjs');
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(dir, 'index.js'), split.source);
  writeFileSync(path.join(dir, 'engine.cjs'), split.separate);
  const mod = (await import(pathToFileURL(path.join(dir, 'index.js')).href)) as { api: { engine: () => string }; n: number };
  const file = path.join(dir, 'engine.cjs');
  const { createRequire } = await import('node:module');
  const cache = createRequire(import.meta.url).cache;
  return { mod, split, wasRead: () => file in cache };
}

describe('separateModules', () => {
  it('moves the module into the file and the chunk still gives the same, `this` included', async () => {
    const { mod, split, wasRead } = await importSplit(['46472']);
    expect(split.source).not.toContain('t.name="re2"');
    expect(split.separate).toContain('t.name="re2"');
    expect(mod.n).toBe(41);
    // Not read until the module is required.
    expect(wasRead()).toBe(false);
    expect(mod.api.engine()).toBe('re2:true');
    expect(wasRead()).toBe(true);
  });

  it('refuses a module that is not in the table, and one that refers to its chunk', () => {
    expect(() => separateModules(MAIN, ['999'], 'x.cjs')).toThrow(/modules 999 are not all in the main chunk/);
    const chunky = MAIN.replace('t.name="re2"', 't.name=import.meta.url');
    expect(() => separateModules(chunky, ['46472'], 'x.cjs')).toThrow(/module 46472 refers to its chunk's scope/);
  });
});

describe('mainChunkModules', () => {
  it("finds a package's modules in the entry's chunk only, by the path ncc names them with", () => {
    const stats = {
      entrypoints: { main: { chunks: [792] } },
      modules: [
        { id: 46472, name: './node_modules/re2js/build/index.cjs', chunks: [792] },
        { id: 5, name: './node_modules/re2js-extra/index.js', chunks: [792] },
        { id: 6, name: './node_modules/re2js/build/other.cjs', chunks: [36] },
        { id: 8, name: './src/trust/regex.ts', chunks: [792] },
      ],
    };
    expect(mainChunkModules(stats, 're2js')).toEqual(['46472']);
    expect(mainChunkModules(stats, 'absent')).toEqual([]);
  });
});
