// scripts/eager-factories.mjs: the bundle step that puts ncc's module
// functions in parentheses (V8 compiles those as it parses the file). The
// rewrite may add parentheses and nothing else, and it must refuse a file
// that has no module table rather than pass it through unchanged.

import { describe, expect, it } from 'vitest';

import { eagerFactories } from '../../scripts/eager-factories.mjs';

// The shapes ncc writes: the main chunk's `var t={id:fn,…}` after its
// imports, and a chunk's `export const modules={id:fn,…}`.
const MAIN = [
  'import{createRequire as e}from"module";',
  'var t={14006:(e,t,s)=>{const r=s(5595);e.exports=r+1},5595:e=>{e.exports=41},7:function(e){e.exports="seven"}};',
  'var cache={};function req(i){if(cache[i])return cache[i].exports;const m=cache[i]={exports:{}};t[i](m,m.exports,req);return m.exports}',
  'export const answer=req(14006),seven=req(7);',
].join('');
const CHUNK = 'export const id=119;export const ids=[119];export const modules={20770:(e,t,s)=>{e.exports=s(20218)},20218:((e,t)=>{t.x=1})};';

/** Evaluates an ES module's text and returns its exports. */
const load = (text: string) => import(`data:text/javascript,${encodeURIComponent(text)}`) as Promise<Record<string, unknown>>;

/** The source with every parenthesis removed: what the rewrite may not change. */
const bare = (s: string) => s.replace(/[()]/g, '');

describe('eagerFactories', () => {
  it('puts every function of the main chunk\'s module table in parentheses, and the code still does the same', async () => {
    const out = eagerFactories(MAIN);
    expect(out).toContain('14006:((e,t,s)=>{const r=s(5595);e.exports=r+1})');
    expect(out).toContain('5595:(e=>{e.exports=41})');
    expect(out).toContain('7:(function(e){e.exports="seven"})');
    // The loader's own function declarations are not module functions.
    expect(out).toContain('function req(i){');
    expect(bare(out)).toBe(bare(MAIN));
    expect(await load(out)).toEqual(await load(MAIN));
    expect(await load(out)).toMatchObject({ answer: 42, seven: 'seven' });
  });

  it("rewrites a chunk's exported table and leaves functions already in parentheses as they are", () => {
    const out = eagerFactories(CHUNK);
    expect(out).toContain('20770:((e,t,s)=>{e.exports=s(20218)})');
    expect(out).toContain('20218:((e,t)=>{t.x=1})');
    expect(out).not.toContain('(((');
    expect(eagerFactories(out)).toBe(out);
  });

  it('refuses a file with no module table, naming it', () => {
    expect(() => eagerFactories('export const x={a:()=>1};', 'cli/index.js')).toThrow(/cli\/index\.js: no module table/);
    // Numbered entries that are not all functions are no module table either.
    expect(() => eagerFactories('var t={1:()=>1,2:"two"};', 'x.js')).toThrow(/no module table/);
  });
});
