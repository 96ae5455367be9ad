// JavaScript and TypeScript blocks of one session run as scripts in one
// context (drivers/session.cjs), so their top-level declarations are shared.
// On the host, before upload: TypeScript loses its types (sucrase); `import`
// becomes `var … = require(…)` (real bindings, so later blocks see them;
// importing again is fine); `export` is dropped; a block with top-level await
// runs in an async function whose top-level declarations are hoisted to the
// shared scope, as Node's REPL does. Lines never move.

export type Parse = typeof import('acorn').parse;

/**
 * A session block's program as the driver runs it: a script. Throws when a
 * TypeScript block does not parse (its message names `file`); a JavaScript
 * syntax error is left for the driver to report at its line.
 */
export async function sessionScript(program: string, file: string, typescript: boolean): Promise<string> {
  const { parse } = await import('acorn');
  let code = program;
  if (typescript) {
    const { transform } = await import('sucrase');
    try {
      // Imports stay even when this block does not use them: later blocks may.
      code = transform(code, { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true, filePath: 'block.ts' }).code;
    } catch (e) {
      throw new Error((e as Error).message.replace(/block\.ts/g, file), { cause: e });
    }
  }
  const parses = (src: string, sourceType: 'script' | 'module', tla = false) => {
    try {
      parse(src, { ecmaVersion: 'latest', sourceType, allowAwaitOutsideFunction: tla, allowHashBang: true });
      return true;
    } catch {
      return false;
    }
  };
  if (!parses(code, 'script', true) && parses(code, 'module')) code = modulesToScript(code, parse);
  if (parses(code, 'script')) return code;
  if (!parses(code, 'script', true)) return code; // a syntax error: the driver reports it at its line
  return hoistTopLevelAwait(code, parse);
}

const DEFAULT_OF = (m: string) => `((m) => m && (m.__esModule || m[Symbol.toStringTag] === 'Module') ? m.default : m)(${m})`;

/** import/export → script statements on the same lines. */
export function modulesToScript(code: string, parse: Parse): string {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }) as unknown as AcornNode;
  const edits: { at: number; end: number; text: string }[] = [];
  const keepLines = (from: number, to: number, text: string) => `${text}${'\n'.repeat(code.slice(from, to).split('\n').length - 1)}`;
  for (const stmt of ast.body ?? []) {
    if (stmt.type === 'ImportDeclaration') {
      const from = code.slice(stmt.source!.start, stmt.source!.end);
      const req = `require(${from})`;
      const parts: string[] = [];
      const named: string[] = [];
      for (const sp of stmt.specifiers ?? []) {
        const local = sp.local!.name!;
        if (sp.type === 'ImportDefaultSpecifier') parts.push(`${local} = ${DEFAULT_OF(req)}`);
        else if (sp.type === 'ImportNamespaceSpecifier') parts.push(`${local} = ${req}`);
        else {
          const imported = sp.imported!.type === 'Identifier' ? sp.imported!.name! : code.slice(sp.imported!.start, sp.imported!.end);
          named.push(imported === local ? local : `${imported.startsWith("'") || imported.startsWith('"') ? `[${imported}]` : imported}: ${local}`);
        }
      }
      if (named.length) parts.push(`{ ${named.join(', ')} } = ${req}`);
      const text = parts.length ? `var ${parts.join(', ')};` : `${req};`;
      edits.push({ at: stmt.start, end: stmt.end, text: keepLines(stmt.start, stmt.end, text) });
    } else if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) {
      edits.push({ at: stmt.start, end: stmt.declaration.start, text: '' });
    } else if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration) {
      const d = stmt.declaration;
      const named = (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id;
      edits.push({ at: stmt.start, end: d.start, text: named ? '' : 'module.exports.default = ' });
    } else if (stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration') {
      edits.push({ at: stmt.start, end: stmt.end, text: keepLines(stmt.start, stmt.end, '') });
    }
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}

interface AcornNode {
  type: string;
  start: number;
  end: number;
  kind?: string;
  id?: AcornNode | null;
  name?: string;
  declarations?: AcornNode[];
  properties?: AcornNode[];
  elements?: (AcornNode | null)[];
  value?: AcornNode;
  argument?: AcornNode;
  left?: AcornNode;
  body?: AcornNode[];
  source?: AcornNode;
  specifiers?: AcornNode[];
  local?: AcornNode;
  imported?: AcornNode;
  declaration?: AcornNode | null;
}

function patternNames(p: AcornNode | null | undefined, out: string[]): void {
  if (!p) return;
  switch (p.type) {
    case 'Identifier':
      out.push(p.name!);
      break;
    case 'ObjectPattern':
      for (const prop of p.properties ?? []) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const e of p.elements ?? []) patternNames(e, out);
      break;
    case 'RestElement':
      patternNames(p.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(p.left, out);
      break;
  }
}

/** `const x = await f()` → `let x;` outside and `void (x = await f())` inside an async function; lines are kept. */
export function hoistTopLevelAwait(code: string, parse: Parse): string {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowHashBang: true }) as unknown as AcornNode;
  const lets: string[] = [];
  const vars: string[] = [];
  const edits: { at: number; end: number; text: string }[] = [];
  for (const stmt of ast.body ?? []) {
    if (stmt.type === 'VariableDeclaration') {
      const names: string[] = [];
      for (const d of stmt.declarations ?? []) patternNames(d.id, names);
      (stmt.kind === 'var' ? vars : lets).push(...names);
      edits.push({ at: stmt.start, end: stmt.start + stmt.kind!.length, text: 'void (' });
      const semi = code[stmt.end - 1] === ';';
      edits.push({ at: semi ? stmt.end - 1 : stmt.end, end: semi ? stmt.end - 1 : stmt.end, text: ')' });
    } else if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && stmt.id?.name) {
      (stmt.type === 'FunctionDeclaration' ? vars : lets).push(stmt.id.name);
      edits.push({ at: stmt.start, end: stmt.start, text: `${stmt.id.name} = ` });
    }
  }
  let body = code;
  for (const e of edits.sort((a, b) => b.at - a.at)) body = body.slice(0, e.at) + e.text + body.slice(e.end);
  const decl = `${lets.length ? `let ${[...new Set(lets)].join(', ')}; ` : ''}${vars.length ? `var ${[...new Set(vars)].join(', ')}; ` : ''}`;
  // Everything added goes on the first line, so line numbers stay the Markdown's.
  return `${decl}(async () => {${body}\n})()`;
}

