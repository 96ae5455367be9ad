// One entry per language. Commands are POSIX shell strings run in the
// workspace by both providers (E2B's commands.run always goes through a shell,
// so the local provider does too, and both see the same command).

import path from 'node:path';

import { isJsModule } from './modules.js';
import { shellQuote as sh } from '../trust/shell.js';

export interface PackageInstaller {
  /** The tool that must exist for installing (named in errors). */
  tool: string;
  /** Shell command installing `packages` into the workspace. */
  command(packages: string[]): string;
  /**
   * What the install leaves for the program: workspace folders that hold all
   * of it, so one install can serve every check with the same packages
   * (mounted read-only at the same paths), and the workspace files the
   * installer reads besides the packages named (project and lock files).
   * Without it each check installs in its own sandbox.
   */
  layer?: { outputs: string[]; reads?: string[] };
}

/** What a command may depend on besides the file name. */
export interface RunContext {
  memoryBytes: number;
}

export interface Language {
  id: string;
  /** Name used in reports. */
  label: string;
  aliases: string[];
  extensions: string[];
  /** The file name code is written to when it comes as text. */
  fileName: string;
  /** A better file name read from the code itself (Java's public class). */
  fileNameFor?(source: string): string | undefined;
  /** Programs the language needs; a missing one ends the check as `error`. */
  tools: string[];
  /** Rewrites the source on the host before upload (TypeScript → JavaScript). */
  transform?(source: string, entry: string): Promise<{ path: string; content: string }>;
  compile?(entry: string): string;
  /** Type-check or compile only, for snippets marked `no_run`. */
  check?(entry: string): string;
  run(entry: string, ctx: RunContext): string;
  env?: Record<string, string>;
  install?: PackageInstaller;
  /** Languages whose programs keep state between blocks in one process. */
  interpreted: boolean;
}

const EDITION = 'SANDBOX_CHECKS_RUST_EDITION';
const list = (pkgs: string[]) => pkgs.map(sh).join(' ');
const stem = (entry: string) => entry.slice(0, entry.length - path.extname(entry).length);

const npmInstall: PackageInstaller = {
  tool: 'npm',
  // --install-links: a local folder package is copied into node_modules (with
  // what its install script built), not linked back into the workspace.
  command: (p) => `npm install --no-audit --no-fund --no-save --loglevel=error --install-links ${list(p)}`,
  // Node looks for packages in ./node_modules of the program's folder and its parents.
  layer: { outputs: ['node_modules'], reads: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'] },
};

export const LANGUAGES: readonly Language[] = [
  {
    id: 'javascript',
    label: 'JavaScript',
    aliases: ['js', 'node', 'nodejs', 'mjs', 'cjs'],
    extensions: ['.js', '.mjs', '.cjs'],
    fileName: 'main.js',
    tools: ['node'],
    check: (e) => `node --check ${sh(e)}`,
    run: (e) => `node ${sh(e)}`,
    install: npmInstall,
    interpreted: true,
  },
  {
    id: 'typescript',
    label: 'TypeScript',
    aliases: ['ts', 'mts', 'cts'],
    extensions: ['.ts', '.mts', '.cts'],
    fileName: 'main.ts',
    tools: ['node'],
    // Types are stripped on the host so TypeScript runs with no compiler in the
    // sandbox and no network, on either provider. What is left runs as an ES
    // module when it is one (import/export, top-level await), else as a script.
    transform: async (source, entry) => {
      let js: string;
      try {
        js = await transpileTypeScript(source, entry);
      } catch (e) {
        throw new SourceError(`TypeScript syntax error in ${entry}: ${(e as Error).message}`);
      }
      return { path: `${stem(entry)}${isJsModule(js) ? '.mjs' : '.js'}`, content: js };
    },
    check: (e) => `node --check ${sh(e)}`,
    run: (e) => `node ${sh(e)}`,
    install: npmInstall,
    interpreted: true,
  },
  {
    id: 'python',
    label: 'Python',
    aliases: ['py', 'python3', 'py3'],
    extensions: ['.py'],
    fileName: 'main.py',
    tools: ['python3'],
    check: (e) => `python3 -m py_compile ${sh(e)}`,
    run: (e) => `python3 ${sh(e)}`,
    env: { PYTHONPATH: '/workspace/.packages/python', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    install: {
      tool: 'pip',
      command: (p) =>
        `python3 -m pip install --quiet --disable-pip-version-check --no-input --target /workspace/.packages/python ${list(p)}`,
      layer: { outputs: ['.packages/python'] },
    },
    interpreted: true,
  },
  {
    id: 'go',
    label: 'Go',
    aliases: ['golang'],
    extensions: ['.go'],
    fileName: 'main.go',
    tools: ['go'],
    compile: (e) =>
      `mkdir -p .bin && if [ -f go.mod ]; then go build -o .bin/main ${sh(e)}; else GO111MODULE=off go build -o .bin/main ${sh(e)}; fi`,
    check: (e) => `if [ -f go.mod ]; then go vet ${sh(e)}; else GO111MODULE=off go vet ${sh(e)}; fi`,
    run: () => `./.bin/main`,
    env: { GOCACHE: '/workspace/.cache/go-build', GOPATH: '/workspace/.cache/go', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', CGO_ENABLED: '0' },
    install: {
      tool: 'go',
      command: (p) => `go mod init sandbox.check >/dev/null 2>&1; go get ${list(p)}`,
    },
    interpreted: false,
  },
  {
    id: 'rust',
    label: 'Rust',
    aliases: ['rs'],
    extensions: ['.rs'],
    fileName: 'main.rs',
    tools: ['rustc'],
    compile: (e) =>
      `if [ -f Cargo.toml ]; then mkdir -p src && cp ${sh(e)} src/main.rs && cargo build --quiet --offline && cp target/debug/check .bin/main; else mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" -o .bin/main ${sh(e)}; fi`,
    // The edition comes from rustdoc's `edition20xx` (src/languages/rust-doc.ts).
    check: (e) => `mkdir -p .bin && rustc --edition "\${${EDITION}:-2021}" --emit=metadata -o .bin/check.rmeta ${sh(e)}`,
    run: () => `./.bin/main`,
    env: { CARGO_HOME: '/workspace/.cache/cargo' },
    install: {
      tool: 'cargo',
      command: (p) =>
        `mkdir -p .bin && printf '[package]\\nname = "check"\\nversion = "0.0.0"\\nedition = "2021"\\n[dependencies]\\n' > Cargo.toml && mkdir -p src && echo 'fn main(){}' > src/main.rs && cargo add --quiet ${list(p)} && cargo fetch --quiet`,
    },
    interpreted: false,
  },
  {
    id: 'ruby',
    label: 'Ruby',
    aliases: ['rb'],
    extensions: ['.rb'],
    fileName: 'main.rb',
    tools: ['ruby'],
    check: (e) => `ruby -c ${sh(e)} >/dev/null`,
    run: (e) => `ruby ${sh(e)}`,
    env: { GEM_HOME: '/workspace/.packages/ruby', GEM_PATH: '/workspace/.packages/ruby' },
    install: {
      tool: 'gem',
      command: (p) => `gem install --no-document --install-dir /workspace/.packages/ruby ${list(p)}`,
      layer: { outputs: ['.packages/ruby'] },
    },
    interpreted: true,
  },
  {
    id: 'php',
    label: 'PHP',
    aliases: [],
    extensions: ['.php'],
    fileName: 'main.php',
    tools: ['php'],
    check: (e) => `php -l ${sh(e)} >/dev/null`,
    run: (e) => `php ${sh(e)}`,
    install: {
      tool: 'composer',
      command: (p) => `composer require --quiet --no-interaction ${list(p)}`,
    },
    interpreted: true,
  },
  {
    id: 'java',
    label: 'Java',
    aliases: [],
    extensions: ['.java'],
    fileName: 'Main.java',
    fileNameFor: (src) => /^\s*public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_$][\w$]*)/m.exec(src)?.[1]?.concat('.java'),
    tools: ['java', 'javac'],
    compile: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${sh(e)}`,
    check: (e) => `mkdir -p .bin && javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -d .bin ${sh(e)}`,
    // The JVM cannot see the sandbox's memory limit (no /sys inside), so it is
    // told with MaxRAM and sizes its heap to fit instead of being OOM-killed.
    run: (e, ctx) =>
      `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxRAM=${ctx.memoryBytes} -cp .bin:. ${sh(path.basename(stem(e)))}`,
    interpreted: false,
  },
  {
    id: 'c',
    label: 'C',
    aliases: ['h'],
    extensions: ['.c'],
    fileName: 'main.c',
    tools: ['gcc'],
    compile: (e) => `mkdir -p .bin && gcc -O2 -o .bin/main ${sh(e)} -lm`,
    check: (e) => `gcc -fsyntax-only ${sh(e)}`,
    run: () => `./.bin/main`,
    interpreted: false,
  },
  {
    id: 'cpp',
    label: 'C++',
    aliases: ['c++', 'cxx', 'cc', 'hpp'],
    extensions: ['.cpp', '.cc', '.cxx', '.c++'],
    fileName: 'main.cpp',
    tools: ['g++'],
    compile: (e) => `mkdir -p .bin && g++ -O2 -std=c++17 -o .bin/main ${sh(e)}`,
    check: (e) => `g++ -std=c++17 -fsyntax-only ${sh(e)}`,
    run: () => `./.bin/main`,
    interpreted: false,
  },
  {
    id: 'csharp',
    label: 'C#',
    aliases: ['cs', 'c#', 'dotnet'],
    extensions: ['.cs'],
    fileName: 'main.cs',
    tools: ['mcs', 'mono'],
    compile: (e) => `mkdir -p .bin && mcs -nologo -out:.bin/main.exe ${sh(e)}`,
    check: (e) => `mkdir -p .bin && mcs -nologo -out:.bin/main.exe ${sh(e)}`,
    run: () => `mono .bin/main.exe`,
    interpreted: false,
  },
  {
    id: 'bash',
    label: 'Bash',
    aliases: ['sh', 'shell', 'zsh'],
    extensions: ['.sh', '.bash'],
    fileName: 'main.sh',
    tools: ['bash'],
    check: (e) => `bash -n ${sh(e)}`,
    run: (e) => `bash ${sh(e)}`,
    interpreted: true,
  },
];

const byName = new Map<string, Language>();
for (const lang of LANGUAGES) {
  for (const name of [lang.id, ...lang.aliases]) byName.set(name.toLowerCase(), lang);
}
const byExtension = new Map<string, Language>();
for (const lang of LANGUAGES) for (const ext of lang.extensions) byExtension.set(ext, lang);

export class UnknownLanguageError extends Error {}

/** The program itself does not parse (found on the host, before it runs): the check fails, it is not an error. */
export class SourceError extends Error {}

export function knownLanguages(): string {
  return LANGUAGES.map((l) => (l.aliases.length ? `${l.id} (${l.aliases.join(', ')})` : l.id)).join(', ');
}

/** Finds a language by id or alias; `undefined` when there is none. */
export function findLanguage(name: string): Language | undefined {
  return byName.get(name.trim().toLowerCase());
}

export function getLanguage(name: string): Language {
  const lang = findLanguage(name);
  if (!lang) throw new UnknownLanguageError(`unknown language "${name}"; known languages: ${knownLanguages()}`);
  return lang;
}

export function languageForFile(file: string): Language | undefined {
  return byExtension.get(path.extname(file).toLowerCase());
}

/** Strips types; sucrase is loaded only when a TypeScript check runs. */
export async function transpileTypeScript(source: string, entry: string): Promise<string> {
  const { transform } = await import('sucrase');
  return transform(source, { transforms: ['typescript'], filePath: entry, disableESTransforms: true }).code;
}
