// Moves a bundled package out of an ncc main chunk into a CommonJS file
// beside it. The file is required synchronously the first time the package is
// required. ncc can split code only at `import()`, but config validation
// needs re2js synchronously. Yet the engine's 161 KB are never run by a plan
// without a pattern, and parsing them cost the Action's empty-plan step
// ~3 ms of CPU (bench/RESULTS.md, "The Action's start-up with an empty
// plan"). The package's module function moves unchanged. In its place the
// table gets one that requires the file and calls it the same way ncc's
// runtime does (`this` = module.exports; module, exports, require).
// scripts/bundle.mjs runs this with ncc's stats, which name each module.

import * as acorn from 'acorn';

/** The ids of the modules of `pkg` (a package name) that ncc put in the entry's own chunk, from `ncc --stats-out`. */
export function mainChunkModules(stats, pkg) {
  const main = new Set(stats.entrypoints?.main?.chunks ?? []);
  const inPkg = new RegExp(`(^|/)node_modules/${pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`);
  return stats.modules.filter((m) => inPkg.test(m.name) && m.chunks.some((c) => main.has(c))).map((m) => String(m.id));
}

/**
 * `source` (an ncc main chunk, ESM) with the module functions `ids` replaced by
 * stubs that require `file` (a name beside the chunk), and that file's text:
 * a CommonJS module exporting the functions by id.
 */
export function separateModules(source, ids, file) {
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const table = ast.body.find((n) => n.type === 'VariableDeclaration' && n.declarations[0]?.init?.type === 'ObjectExpression')?.declarations[0].init;
  const wanted = new Set(ids.map(String));
  const props = (table?.properties ?? []).filter((p) => p.type === 'Property' && wanted.has(String(p.key.value ?? p.key.name)));
  if (props.length !== wanted.size) throw new Error(`${file}: modules ${[...wanted].join(', ')} are not all in the main chunk's module table; has ncc's output changed?`);
  const exports = [];
  let out = source;
  for (const p of [...props].sort((a, b) => b.start - a.start)) {
    const id = String(p.key.value ?? p.key.name);
    const fn = source.slice(p.value.start, p.value.end);
    // The function must stand alone: ncc's runtime and import.meta belong to the chunk it leaves.
    if (/__nccwpck_require__|import\.meta/.test(fn)) throw new Error(`module ${id} refers to its chunk's scope and cannot be moved to ${file}`);
    exports.push(`${JSON.stringify(id)}:(${fn})`);
    const stub = `(function(e,t,s){return __sc_createRequire(import.meta.url)(${JSON.stringify(`./${file}`)})[${JSON.stringify(id)}].call(this,e,t,s)})`;
    out = `${out.slice(0, p.value.start)}${stub}${out.slice(p.value.end)}`;
  }
  const hashBang = out.startsWith('#!') ? out.slice(0, out.indexOf('\n') + 1) : '';
  out = `${hashBang}import{createRequire as __sc_createRequire}from"node:module";${out.slice(hashBang.length)}`;
  return { source: out, separate: `"use strict";module.exports={${exports.reverse().join(',')}};\n` };
}
