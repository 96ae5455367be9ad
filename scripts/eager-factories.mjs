// Puts each module function of an ncc bundle in parentheses, so that V8
// compiles it while it parses the file. V8 compiles a parenthesized function
// eagerly. Otherwise it pre-parses each function and parses it again on its
// first call, and a module function is called as soon as its module is
// required (a whole concatenated module graph, 150 KB in the Action's main
// chunk). The Action's empty-plan step spends 4–6 ms less CPU this way
// (bench/RESULTS.md, "The Action's start-up with an empty plan"). Only
// parentheses are added: what the code does is unchanged.
// `node scripts/eager-factories.mjs FILE…` rewrites files in place
// (scripts/bundle.mjs runs it on every chunk it builds).

import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import * as acorn from 'acorn';

const isFunction = (n) => n?.type === 'ArrowFunctionExpression' || n?.type === 'FunctionExpression';
const isModuleId = (k) => (k.type === 'Literal' && typeof k.value === 'number') || (k.type === 'Identifier' && /^\d+$/.test(k.name));

/** The object literals of `id: function` pairs among the file's top-level declarations: ncc's module tables. */
function moduleTables(ast) {
  const tables = [];
  for (const node of ast.body) {
    const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      const o = d.init;
      if (o?.type !== 'ObjectExpression' || !o.properties.length) continue;
      if (o.properties.every((p) => p.type === 'Property' && !p.computed && isModuleId(p.key) && isFunction(p.value))) tables.push(o);
    }
  }
  return tables;
}

/** `source` with every module function of its module tables in parentheses; throws when it has no such table. */
export function eagerFactories(source, file = 'the bundle') {
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const tables = moduleTables(ast);
  if (!tables.length) throw new Error(`${file}: no module table (an object of numbered functions) found; has ncc's output changed?`);
  const fns = tables.flatMap((t) => t.properties.map((p) => p.value)).sort((a, b) => b.start - a.start);
  let out = source;
  for (const f of fns) {
    if (source[f.start - 1] === '(' && source[f.end] === ')') continue;
    out = `${out.slice(0, f.start)}(${out.slice(f.start, f.end)})${out.slice(f.end)}`;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of process.argv.slice(2)) writeFileSync(file, eagerFactories(readFileSync(file, 'utf8'), file));
}
