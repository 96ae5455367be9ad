// Go blocks as Go documentation writes them:
//
//   - `package main` with `func main` runs as written; without a package
//     clause it gets `package main` and the standard-library imports it uses
//     but does not show (as goimports would add them);
//   - Example functions (`func ExampleXxx()`) with an `// Output:` comment
//     are run and their output compared as `go test` does: both trimmed of
//     surrounding space; `// Unordered output:` compares the lines in any
//     order; examples without one are compiled only;
//   - declarations alone (func, type, var, const) are compiled only;
//   - statements are wrapped in `func main()`;
//   - another package (`package foo`) is compiled only.

import { randomBytes } from '../crypto.js';

import type { SectionExpectation } from '../types.js';
import { fragmentProgram, topLevelItems, type FragmentRules, type Item, type ItemKind } from './fragments.js';
import type { SetupCode } from './language.js';
import { layoutProgram } from './layout.js';

/** Packages of the standard library by the name code uses them with. */
const STD: Record<string, string> = Object.fromEntries(
  [
    'bufio', 'bytes', 'cmp', 'context', 'errors', 'flag', 'fmt', 'io', 'iter', 'log', 'maps', 'math', 'net', 'os', 'path', 'reflect',
    'regexp', 'runtime', 'slices', 'sort', 'strconv', 'strings', 'sync', 'time', 'unicode', 'unsafe',
    'crypto/md5', 'crypto/rand', 'crypto/sha1', 'crypto/sha256', 'encoding/base64', 'encoding/binary', 'encoding/csv', 'encoding/hex',
    'encoding/json', 'encoding/xml', 'container/heap', 'container/list', 'io/fs', 'io/ioutil', 'log/slog', 'math/big', 'math/bits',
    'math/rand', 'net/http', 'net/url', 'os/exec', 'os/signal', 'path/filepath', 'sync/atomic', 'text/tabwriter', 'text/template',
    'unicode/utf8', 'html/template', 'net/http/httptest', 'testing',
  ].map((p) => [p.split('/').pop()!, p]),
);

function goKind(it: Item): ItemKind {
  const h = it.head;
  if (/^import\b/.test(h)) return 'import';
  if (/^package\b/.test(h)) return 'package';
  if (/^func\s+main\s*\(\s*\)/.test(h)) return 'entry';
  if (/^func\b/.test(h)) return 'function';
  if (/^type\b/.test(h)) return 'type';
  if (/^(var|const)\b/.test(h)) return 'variable';
  return 'statement';
}

/** Imports the code uses but does not declare, as one line. */
function missingImports(items: Item[]): string[] {
  const imported = new Set<string>();
  // Heads have comments and string contents blanked, so only code counts.
  const text = items.map((i) => i.head).join('\n');
  for (const m of text.matchAll(/\b([a-z][a-z0-9]*)\.[A-Za-z_]/g)) imported.add(m[1]!);
  return [...imported].filter((name) => STD[name]);
}

/**
 * Names the fragment's own top-level statements declare with `:=`. A block
 * shows how to make a value and stops there, so a wrapped block uses each
 * one after it (`_ = name`): "declared and not used" would be the wrapper's
 * error, not the document's.
 */
function declaredNames(items: Item[]): string[] {
  const names = new Set<string>();
  for (const it of items) {
    if (goKind(it) !== 'statement') continue;
    const m = /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:=/.exec(it.head);
    for (const n of m?.[1]!.split(',').map((x) => x.trim()) ?? []) if (n !== '_') names.add(n);
  }
  return [...names];
}

const GO_RULES = (imports: string, declared: string[] = []): FragmentRules => ({
  kind: goKind,
  first: ['package main'],
  prelude: imports ? [imports] : [],
  entryOpen: () => 'func main() {',
  entryClose: `${declared.map((n) => `_ = ${n}; `).join('')}}`,
  declarationsTail: '\nfunc main() {}',
  variablesJoin: false,
});

export interface GoShape {
  program: string;
  how: 'as_written' | 'declarations' | 'wrapped' | 'other_package' | 'examples';
  sections?: SectionExpectation;
  examples?: Example[];
}

interface Example {
  name: string;
  line: number;
  expected: string[];
  unordered: boolean;
  /** The `// Output:` comment's first and last line, 0-based in the block, and its indentation. */
  comment: { from: number; to: number; indent: string };
}

/** The `// Output:` comment of each Example function of the code (lines from `codeLine`). */
export function goExamples(code: string, codeLine: number): Example[] {
  const lines = code.split('\n');
  const out: Example[] = [];
  for (const it of topLevelItems(code, { newlineEnds: true })) {
    const m = /^func\s+(Example\w*)\s*\(\s*\)/.exec(it.head);
    if (!m) continue;
    let at = -1;
    let unordered = false;
    for (let l = it.start; l <= it.end; l++) {
      const t = lines[l]!.trim();
      if (/^\/\/\s*Output:/i.test(t)) [at, unordered] = [l, false];
      else if (/^\/\/\s*Unordered output:/i.test(t)) [at, unordered] = [l, true];
    }
    if (at < 0) continue;
    const expected: string[] = [];
    const first = lines[at]!.trim().replace(/^\/\/\s*(Unordered output|Output):\s?/i, '');
    if (first) expected.push(first);
    let to = at;
    for (let l = at + 1; l <= it.end; l++) {
      const t = lines[l]!.trim();
      if (!t.startsWith('//')) break;
      expected.push(t.replace(/^\/\/ ?/, ''));
      to = l;
    }
    const indent = /^\s*/.exec(lines[at]!)![0];
    out.push({ name: m[1]!, line: codeLine + it.start, expected, unordered, comment: { from: at, to, indent } });
  }
  return out;
}

/** How a Go block runs; undefined when it runs as written with nothing added. */
export function goShape(code: string, codeLine: number, setups: SetupCode[]): GoShape | undefined {
  const items = topLevelItems(code, { newlineEnds: true });
  const kinds = items.map(goKind);
  const pkg = items.find((i) => goKind(i) === 'package');
  const examples = goExamples(code, codeLine);
  const imports = (() => {
    const have = new Set<string>();
    for (const m of code.matchAll(/(?:^|\s)(?:(\w+)\s+)?"([\w./-]+)"/g)) have.add(m[1] ?? m[2]!.split('/').pop()!);
    const need = missingImports(items).filter((n) => !have.has(n) && !new RegExp(`\\b(var|const|func)\\s+${n}\\b|\\b${n}\\s*:?=`).test(code));
    return need.length ? `import (${need.map((n) => JSON.stringify(STD[n])).join('; ')})` : '';
  })();
  if (examples.length && !kinds.includes('entry')) {
    const nonce = randomBytes(9).toString('hex');
    const lines = code.split('\n');
    // Imports must come first: the driver's goes on the package clause's line.
    if (pkg) lines[pkg.start] = lines[pkg.start]!.replace(/^\s*package\s+\w+/, 'package main; import __sc_os "os"');
    const calls = examples.map((e, i) => `${e.name}(); __sc_os.Stdout.WriteString("\\n@@SCS:${nonce}:${i}:0@@\\n")`).join('; ');
    const before = [`import __sc_os "os"${imports ? `; ${imports}` : ''}`, ...setups.map((s) => s.code)];
    return {
      program: layoutProgram(pkg ? [] : ['package main'], pkg ? [] : before, pkg ? lines.join('\n') : code, `\nfunc main() { ${calls} }`, codeLine),
      how: 'examples',
      examples,
      sections: { nonce, items: examples.map((e) => ({ label: e.name, line: e.line, expected: e.expected, mode: e.unordered ? 'go-unordered' as const : 'go' as const })) },
    };
  }
  if (pkg) {
    if (!/^package\s+main\b/.test(pkg.head)) return { program: code, how: 'other_package' };
    if (kinds.includes('entry')) return undefined;
    return { program: layoutProgram([], [], code, '\nfunc main() {}', codeLine), how: 'declarations' };
  }
  if (kinds.includes('entry')) {
    return { program: layoutProgram(['package main'], [imports, ...setups.map((s) => s.code)].filter(Boolean), code, '', codeLine), how: 'as_written' };
  }
  const r = fragmentProgram(code, codeLine, setups, GO_RULES(imports, declaredNames(items)), { newlineEnds: true });
  return r && { program: r.program, how: r.how };
}
