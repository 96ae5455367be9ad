// The documentation conventions as pure functions: transcripts (cram rules),
// rustdoc's pre-processing, fragments' classification, Go examples, other
// tools' markers, the readable-failure helpers.

import { describe, expect, test } from 'vitest';

import { compileFailureSummary } from '../../src/engine/compiler-messages.js';
import { pathMapper } from '../../src/engine/present.js';
import { shortenName } from '../../src/report/shorten.js';
import { cramLineMatches, splitSections, unmetSections } from '../../src/engine/sections.js';
import { isTranscript, parseTranscript, transcriptProgram } from '../../src/languages/bash-transcript.js';
import { cKind } from '../../src/languages/c-fragment.js';
import { cppKind } from '../../src/languages/cpp-fragment.js';
import { goExamples, goShape } from '../../src/languages/go-example.js';
import { javaKind } from '../../src/languages/java-fragment.js';
import { isDoctest } from '../../src/languages/python-doctest.js';
import { hasMain, rustdocAttrs, rustdocShape, unhide } from '../../src/languages/rust-doc.js';
import { foreignEffect, isForeignMarker } from '../../src/plan/foreign-markers.js';
import { topLevelItems } from '../../src/languages/fragments.js';
import { parseInfo } from '../../src/plan/info-string.js';
import { assembleProgram } from '../../src/plan/program.js';
import type { Check } from '../../src/types.js';

describe('shell transcripts', () => {
  test('commands, continuation lines and their output', () => {
    const code = ['$ echo one', 'one', '$ printf "%s\\n" \\', '>   two', 'two', '$ cat <<EOF', '> x', '> EOF', 'x', '', '$'].join('\n');
    expect(isTranscript(code)).toBe(true);
    expect(parseTranscript(code, 10)).toEqual([
      { line: 10, command: 'echo one', expected: ['one'] },
      { line: 12, command: 'printf "%s\\n" \\\n  two', expected: ['two'] },
      { line: 15, command: 'cat <<EOF\nx\nEOF', expected: ['x'] },
      { line: 20, command: '', expected: [] },
    ]);
    expect(isTranscript('echo one\n$ echo two')).toBe(false);
  });

  test('each command stays on its Markdown line in the program', () => {
    const cmds = parseTranscript('$ echo a\n$ echo b\nb', 5);
    const { program } = transcriptProgram(cmds, 5);
    const lines = program.split('\n');
    expect(lines[4]).toMatch(/\{ echo a$/);
    expect(lines[5]).toMatch(/\{ echo b$/);
  });

  test("cram's line rules: exact, (re), (glob), (esc), trailing space", () => {
    expect(cramLineMatches('hello', 'hello  ')).toBe(true);
    expect(cramLineMatches('hello', 'Hello')).toBe(false);
    expect(cramLineMatches('[0-9]+ files (re)', '12 files')).toBe(true);
    expect(cramLineMatches('[0-9]+ files (re)', 'x files')).toBe(false);
    expect(cramLineMatches('*.txt (glob)', 'notes.txt')).toBe(true);
    expect(cramLineMatches('a?c (glob)', 'abc')).toBe(true);
    expect(cramLineMatches('\\* (glob)', 'x')).toBe(false);
    expect(cramLineMatches('a\\tb (esc)', 'a\tb')).toBe(true);
  });

  test('sections: output per command, exit codes as [N], `...` lines, a mismatch names the command and line', () => {
    const spec = {
      nonce: 'n1',
      items: [
        { label: '`$ a`', line: 3, expected: ['one', '...', 'four'], mode: 'cram' as const },
        { label: '`$ b`', line: 7, expected: ['[2]'], mode: 'cram' as const },
      ],
    };
    const out = 'one\ntwo\nthree\nfour\n\n@@SCS:n1:0:0@@\n\n@@SCS:n1:1:2@@\n';
    expect(splitSections('n1', out).sections.map((s) => s.output)).toEqual(['one\ntwo\nthree\nfour\n', '']);
    expect(unmetSections(spec, out)).toBeUndefined();
    const bad = unmetSections(spec, 'uno\nfive\n\n@@SCS:n1:0:0@@\n\n@@SCS:n1:1:0@@\n');
    expect(bad).toMatch(/^`\$ a` \(line 3\) printed something else:/);
    expect(bad).toContain('- one');
    expect(bad).toContain('+ five');
    expect(bad).toContain('- four');
    expect(unmetSections(spec, 'one\nfour\n\n@@SCS:n1:0:0@@\n\n@@SCS:n1:1:0@@\n')).toMatch(/`\$ b` \(line 7\)[\s\S]*- \[2\]/);
    expect(unmetSections(spec, 'one\nfour\n\n@@SCS:n1:0:0@@\n')).toMatch(/`\$ b` \(line 7\) never finished/);
    // A forged marker with another nonce is output like any other.
    expect(unmetSections(spec, 'one\nfour\n@@SCS:zz:1:2@@\n\n@@SCS:n1:0:0@@\n\n@@SCS:n1:1:2@@\n')).toMatch(/`\$ a`/);
  });
});

describe('rustdoc', () => {
  test('hidden lines (the rustdoc book example) and the ## escape', () => {
    const code = ['/// Some documentation.', '# fn foo() {} // this function will be hidden', 'println!("Hello, World!");', '#', '##[derive(Debug)]', 'struct S;'].join('\n');
    expect(unhide(code).split('\n')).toEqual(['/// Some documentation.', 'fn foo() {} // this function will be hidden', 'println!("Hello, World!");', '', '#[derive(Debug)]', 'struct S;']);
  });

  test('attributes in the info string', () => {
    expect(rustdocAttrs(parseInfo('rust,compile_fail,E0308,edition2018').options)).toMatchObject({ compileFail: true, errorCodes: ['E0308'], edition: '2018' });
    expect(rustdocAttrs(parseInfo('rust,should_panic').options)).toMatchObject({ shouldPanic: true, compileFail: false });
    expect(rustdocAttrs(parseInfo('rust,no_run').options).noRun).toBe(true);
    expect(rustdocAttrs(parseInfo('rust,ignore-windows').options).ignore).toBe(false);
    expect(rustdocAttrs(parseInfo('rust,ignore-linux').options).ignore).toBe(true);
  });

  test('wrapping: fn main unless the block has one; crate attributes first; Result when it ends in (())', () => {
    expect(hasMain('fn main() {}')).toBe(true);
    expect(hasMain('// fn main()\nlet x = 1;')).toBe(false);
    const a = rustdocShape('#![feature(test)]\nextern crate core;\nlet x = 5;');
    expect(a.head).toEqual(['#![allow(unused)]', '#![feature(test)]', 'extern crate core;']);
    expect(a.open).toBe('fn main() {');
    expect(a.body.split('\n')).toEqual(['', '', 'let x = 5;']);
    const q = rustdocShape('use std::io;\nlet mut input = String::new();\nio::stdin().read_line(&mut input)?;\nOk::<(), io::Error>(())');
    expect(q.open).toContain('fn _inner() -> core::result::Result<(), impl core::fmt::Debug>');
    expect(q.after).toContain('_inner().unwrap()');
    expect(rustdocShape('fn main() { println!("hi"); }').wrapped).toBe(false);
  });

  test('the program keeps the Markdown lines and puts crate attributes on top', () => {
    const program = assembleProgram('rust', [], '#![allow(dead_code)]\n# let hidden = 1;\nlet y = hidden + 1;', 6).split('\n');
    expect(program[0]).toBe('#![allow(unused)]');
    expect(program[1]).toBe('#![allow(dead_code)]');
    expect(program[4]).toBe('fn main() {');
    expect(program[6]).toBe('let hidden = 1;');
    expect(program[7]).toBe('let y = hidden + 1;');
  });
});

describe('fragments', () => {
  const kinds = (code: string, kind: (i: ReturnType<typeof topLevelItems>[number]) => string, hashLines = true) =>
    topLevelItems(code, { hashLines }).map(kind);

  test('C: declarations, statements, the entry point', () => {
    expect(kinds('#include <stdio.h>\nstruct point { int x, y; };\nint add(int a, int b) { return a + b; }\nint sub(int, int);\nstatic const int N = 3;', cKind)).toEqual([
      'preprocessor', 'type', 'function', 'function', 'variable',
    ]);
    expect(kinds('int x = 5;\nprintf("%d\\n", x);\nfor (int i = 0; i < 3; i++) { x++; }\nx = 2;', cKind)).toEqual(['variable', 'statement', 'statement', 'statement']);
    expect(kinds('int main(void) {\n  return 0;\n}', cKind)).toEqual(['entry']);
    expect(kinds('char *s = "a;b{";  // ; {\nputs(s);', cKind)).toEqual(['variable', 'statement']);
  });

  test('C++: templates, classes, stream statements', () => {
    expect(kinds('template <typename T> T twice(T x) { return 2 * x; }\nclass A { int a; };\nstd::vector<int> v{1, 2};\nstd::cout << v.size();\nauto f = [](int x) { return x; };', cppKind)).toEqual([
      'type', 'type', 'variable', 'statement', 'variable',
    ]);
  });

  test('Java: imports, classes, methods, statements', () => {
    expect(kinds('import java.util.List;\nrecord P(int x) {}\nstatic int sq(int x) { return x * x; }\nList<Integer> xs = List.of(1);\nSystem.out.println(sq(xs.get(0)));', javaKind, false)).toEqual([
      'import', 'type', 'function', 'variable', 'statement',
    ]);
    expect(kinds('public class Hello {\n  public static void main(String[] args) {}\n}', javaKind, false)).toEqual(['entry']);
  });

  test('Go: Example functions and their Output comments, as go test reads them', () => {
    const code = ['func ExampleHello() {', '\tfmt.Println("hello")', '\t// Output: hello', '}', '', 'func ExamplePerm() {', '\tfor _, v := range []int{2, 1} {', '\t\tfmt.Println(v)', '\t}', '\t// Unordered output:', '\t// 1', '\t// 2', '}', 'func ExampleNone() {}'].join('\n');
    expect(goExamples(code, 20)).toEqual([
      { name: 'ExampleHello', line: 20, expected: ['hello'], unordered: false, comment: { from: 2, to: 2, indent: '\t' } },
      { name: 'ExamplePerm', line: 25, expected: ['1', '2'], unordered: true, comment: { from: 9, to: 11, indent: '\t' } },
    ]);
  });

  test('Go: statements get package main, the imports they use and func main, on their own lines', () => {
    const g = goShape('x := strings.ToUpper("a")\nfmt.Println(x)', 4, [])!;
    expect(g.how).toBe('wrapped');
    const lines = g.program.split('\n');
    expect(lines[0]).toBe('package main');
    expect(lines[2]).toBe('import ("strings"; "fmt")');
    expect(lines[3]).toBe('func main() { x := strings.ToUpper("a")');
    expect(goShape('package foo\n\nfunc F() {}', 4, [])!.how).toBe('other_package');
    expect(goShape('type T struct{}\nfunc (T) M() {}', 4, [])!.how).toBe('declarations');
    expect(goShape('package main\nfunc main() {}', 4, [])).toBeUndefined();
  });

  test('Go: a wrapped block that only makes values uses them after it, so "declared and not used" is not the wrapper\'s error', () => {
    // As a CLI guide shows a command value and stops: `cmd := &cobra.Command{…}`.
    const g = goShape('cmd := exec.Command("true")\nn, err := strconv.Atoi("4")\nfor i := 0; i < 1; i++ {\n}', 4, [])!;
    expect(g.how).toBe('wrapped');
    expect(g.program.trimEnd().split('\n').pop()).toBe('_ = cmd; _ = n; _ = err; }');
    expect(goShape('fmt.Println(1)', 4, [])!.program.trimEnd().split('\n').pop()).toBe('}');
  });
});

describe('other markers, doctest detection', () => {
  test("other tools' comments and words", () => {
    expect(isForeignMarker('<!--pytest-codeblocks:skip-->')).toBe(true);
    expect(isForeignMarker('<!-- skip-example -->')).toBe(true);
    expect(isForeignMarker('<!-- phmdoctest-skip -->')).toBe(true);
    expect(isForeignMarker('<!-- a comment -->')).toBe(false);
    expect(foreignEffect([{ line: 3, text: '<!--pytest-codeblocks:expect-exception-->' }])).toEqual({ shouldFail: true });
    expect(foreignEffect([{ line: 3, text: '<!-- phmdoctest-mark.skip -->' }]).skip).toMatch(/phmdoctest/);
    expect(foreignEffect([], parseInfo('python notest').options).skip).toBe('notest');
    expect(foreignEffect([{ line: 3, text: '<!--pytest-codeblocks:cont-->' }])).toEqual({});
  });

  test('a Python block is a doctest when it starts with a >>> prompt', () => {
    expect(isDoctest('>>> 1 + 1\n2')).toBe(true);
    expect(isDoctest('\n  >>> x')).toBe(true);
    expect(isDoctest('x = 1\n>>> x')).toBe(false);
  });
});

describe('failures that read well', () => {
  test("rustc's headline and location come first", () => {
    const rustc = ['error[E0308]: mismatched types', ' --> main.rs:25:14', '   |', '25 | let x: i32 = "a";', ...Array.from({ length: 12 }, (_, i) => `   | note ${i}`), 'error: aborting due to 1 previous error', '', 'For more information about this error, try `rustc --explain E0308`.'].join('\n');
    const s = compileFailureSummary(rustc);
    expect(s.split('\n').slice(0, 2)).toEqual(['error[E0308]: mismatched types', ' --> main.rs:25:14']);
    expect(s).toContain('rustc --explain E0308');
    expect(compileFailureSummary('main.c:4:5: error: unknown type name ‘x’\n    4 | x y;')).toBe('main.c:4:5: error: unknown type name ‘x’\n    4 | x y;');
  });

  test('program paths become the Markdown file', () => {
    const check = { entry: 'main.py', language: 'python', source: { file: 'docs/guide.md', line: 41 } } as unknown as Check;
    const map = pathMapper(check)!;
    expect(map('  File "/workspace/main.py", line 43, in <module>')).toBe('  File "docs/guide.md", line 43, in <module>');
    expect(map('main.py:43: error')).toBe('docs/guide.md:43: error');
    expect(map('my_main.py:3')).toBe('my_main.py:3');
    const rs = pathMapper({ ...check, entry: 'main.rs', language: 'rust' } as Check)!;
    expect(rs(' --> main.rs:25:14')).toBe(' --> docs/guide.md:25:14');
    const ts = pathMapper({ ...check, entry: 'main.ts', language: 'typescript' } as Check)!;
    expect(ts('at file:///workspace/main.mjs:7:9')).toBe('at docs/guide.md:7:9');
  });
});

describe('names in tables', () => {
  test('cut in the middle: file:line (language) survives', () => {
    const name = 'docs/reference/very/long/folder/names/guide.md:1234 (python): a rather long title for this block';
    const s = shortenName(name, 60);
    expect(s.length).toBeLessThanOrEqual(60);
    expect(s).toContain('guide.md:1234 (python)');
    expect(s.startsWith('docs/')).toBe(true);
    expect(shortenName('README.md:4 (go)', 60)).toBe('README.md:4 (go)');
    expect(shortenName('x'.repeat(100), 10)).toHaveLength(10);
  });
});

describe('hostile documents', () => {
  test('a backtracking (re) line is compared as text, fast', () => {
    const t = Date.now();
    expect(cramLineMatches('(a+)+$ (re)', `${'a'.repeat(5000)}!`)).toBe(false);
    expect(cramLineMatches('(a|aa)*b (re)', 'a'.repeat(40))).toBe(false);
    expect(cramLineMatches('((a+))+$ (re)', `${'a'.repeat(40)}!`)).toBe(false);
    expect(cramLineMatches('(ab)+ (re)', 'abab')).toBe(true);
    expect(Date.now() - t).toBeLessThan(500);
    expect(cramLineMatches('a+ (re)', 'aaa')).toBe(true);
  });

  test('a file name with $& is not a replacement pattern', () => {
    const map = pathMapper({ entry: 'main.py', language: 'python', source: { file: 'docs/$&.md', line: 3 } } as unknown as Check)!;
    expect(map('File "/workspace/main.py", line 4')).toBe('File "docs/$&.md", line 4');
  });
});

describe('go build paths', () => {
  test('./main.go in go build output is the Markdown file too', () => {
    const map = pathMapper({ entry: 'main.go', language: 'go', source: { file: 'guide.md', line: 3 } } as unknown as Check)!;
    expect(map('./main.go:554:19: syntax error')).toBe('guide.md:554:19: syntax error');
  });
});

describe('console blocks in the planner', () => {
  test('a marked command-only transcript runs; a marker before a console block that is no transcript is still an error', async () => {
    const { loadSnippetParsers, planMarkdown, snippetSettings } = await import('../../src/plan/snippets.js');
    await loadSnippetParsers();
    const settings = snippetSettings({ config: {}, source: 't.toml', problems: [] });
    const ran = planMarkdown('README.md', '<!-- sandbox-checks: timeout=5s -->\n```console\n$ true\n```\n```console\n$ echo only-a-command\n```\n', settings);
    expect(ran.problems).toEqual([]);
    expect(ran.checks.map((c) => [c.name, c.limits.timeoutMs])).toEqual([['README.md:2 (bash)', 5000]]);
    const bad = planMarkdown('README.md', '<!-- sandbox-checks: skip -->\n```console\nno prompt here\n```\n', settings);
    expect(bad.problems.map((p) => p.message)).toEqual([expect.stringContaining('is not one sandbox-checks runs')]);
  });
});
