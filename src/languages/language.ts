// What a language module says about its language: everything sandbox-checks
// needs to plan, run and provision it. Each src/languages/<id>.ts implements
// this once; the planner, the engine, the providers, the E2B template and
// setup.sh read it through src/languages/index.ts and never name a language.
//
// Commands are POSIX shell strings run in the workspace by both providers
// (E2B's commands.run always goes through a shell, so the local provider does
// too, and both see the same command).

import type { BlessTarget, CheckFile, Expectation } from '../types.js';

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
  layer?: InstallLayer;
}

export interface InstallLayer {
  /** Workspace folders holding everything the install leaves for the program (mounted read-only). */
  outputs: string[];
  /** Workspace files the installer reads besides the packages named. */
  reads?: string[];
  /**
   * Workspace paths of local packages that the check's project files or env
   * point the installer at (a go.mod `replace` to `./x`, a composer path
   * repository): the install sees them and they are part of the layer's key.
   */
  localSources?(files: CheckFile[], env: Record<string, string>): string[];
}

/** What a command may depend on besides the file name. */
export interface RunContext {
  memoryBytes: number;
}

export interface Language {
  id: string;
  /** Name used in reports. */
  label: string;
  /** Other names a fence's info string or a config may use (`py`, `golang`). */
  aliases: string[];
  extensions: string[];
  /** The file name code is written to when it comes as text. */
  fileName: string;
  /** A better file name read from the code itself (Java's public class). */
  fileNameFor?(source: string): string | undefined;
  /** Programs the language needs; a missing one ends the check as `error`. */
  tools: string[];
  /** The Debian/Ubuntu package providing each of `tools` and the installer's tool. */
  debian: Record<string, string>;
  /** Packages the toolchain needs besides those (composer unpacks with unzip). */
  debianAlso?: string[];
  /** /etc entries the toolchain reads (its configuration), mounted read-only into local sandboxes. */
  etc?: string[];
  /** Commands documentation calls by another name the system may lack (`python` for python3). */
  commandAliases?: Record<string, string>;
  /** Rewrites the source on the host before upload (TypeScript → JavaScript). */
  transform?(source: string, entry: string): Promise<{ path: string; content: string }>;
  /** Names the program goes by in tool messages besides its entry (what `transform` made of it). */
  programNames?(entry: string): string[];
  compile?(entry: string): string;
  /** Type-check or compile only, for snippets marked `no_run`. */
  check?(entry: string): string;
  run(entry: string, ctx: RunContext): string;
  env?: Record<string, string>;
  install?: PackageInstaller;
  /**
   * A toolchain crash that is really the code not parsing (Node 20 aborts
   * while printing some syntax errors): the failure's message, or undefined.
   */
  crashIsSyntaxError?(signal: string, stderr: string): string | undefined;
  /** A build cache the local provider warms once per run with the toolchain alone and copies into each workspace. */
  cacheSeed?: CacheSeed;
  /** How blocks of one session run in one interpreter process; absent: the language has no sessions. */
  session?: SessionSupport;
  /** Documentation conventions for Markdown blocks of this language. */
  snippets?: SnippetConventions;
}

interface CacheSeed {
  /** Files of the warm-up program, by workspace path. */
  files: Record<string, string>;
  /** Builds it; the workspace's `.cache` afterwards is the seed. */
  command: string;
}

// ---------------------------------------------------------------------------
// Sessions (src/engine/session.ts runs them).

/** One block as a session driver sees it. */
export interface SessionBlock {
  /** Position in the driver's list: the number in its markers. */
  index: number;
  /** Workspace path of the block's program (with `inline`: only its name in the engine's records; no such file is written). */
  path: string;
  /** Only compile (or parse) the block. */
  noRun: boolean;
  /** Exit code the driver accepts before going on: a number, or any non-zero. */
  want: number | 'nonzero';
}

/**
 * The driver reads .sandbox-checks/session.json ({ marker, blocks }) and, per
 * block, prints `@@SC:<nonce>:B:<i>@@` before it and
 * `@@SC:<nonce>:E:<i>:<exit>:<ms>@@` (stdout) / `@@SC:<nonce>:E:<i>@@`
 * (stderr) after it; it stops at the first block whose exit code is not the
 * one wanted.
 */
export interface SessionSupport {
  /** Extension of the blocks' program files. */
  blockExtension: string;
  /** File name of the driver in the session folder. */
  driverFile: string;
  /** The driver's source for these blocks. */
  driver(blocks: SessionBlock[]): string;
  /** The language the driver itself runs as (TypeScript's runs as JavaScript). */
  runsAs?: string;
  /**
   * The driver reads each block's program from session.json (`blocks[i].code`)
   * instead of a file per block: one file to write into the sandbox, not one
   * per block.
   */
  inline?: boolean;
  /** A block's program as the driver runs it; throws when it does not parse. `file` names it in messages. */
  prepare?(program: string, file: string): Promise<string>;
}

// ---------------------------------------------------------------------------
// Snippet conventions (src/plan/conventions.ts applies them).

/** A fence's or a marker comment's option: `no_run`, `timeout=5000`. */
export interface InfoOption {
  /** Lower case, `-` read as `_` (`no-run` is `no_run`). */
  key: string;
  value?: string;
}

export interface SetupCode {
  code: string;
  /** Markdown line of the setup's first line. */
  line: number;
}

/** What a convention reads of a Markdown code block. */
export interface SnippetBlock {
  /** The whole info string, as written. */
  info: string;
  /** The info string's first word, lower case. */
  lang: string;
  options: InfoOption[];
  code: string;
  /** Line of the first line of code. */
  codeLine: number;
  /** Line of the closing fence. */
  endLine: number;
}

export interface ShapeInput {
  file: string;
  block: SnippetBlock;
  setups: SetupCode[];
  /** The block's `output` block, when it has one. */
  output?: { code: string };
  noRun: boolean;
  /** doctest option flags from the configuration. */
  doctestFlags?: string[];
  /** What the block's lines start with in the Markdown (list indentation, `> `). */
  prefix?: string;
}

export interface Shaped {
  program: string;
  /** The program as a session block (no setup: the session runs it once). */
  sessionProgram?: string;
  files?: CheckFile[];
  noRun?: boolean;
  expect: Expectation;
  env?: Record<string, string>;
  note?: string;
  skip?: string;
  /** The convention compared the `output` block itself. */
  usedOutput?: boolean;
  bless?: BlessTarget;
}

/**
 * Setup code a documentation toolchain keeps in a project file and runs
 * before some blocks (Sphinx: conf.py's doctest_global_setup before each
 * {doctest}). The planner reads the nearest `file` at or above the document,
 * inside the project, and gives its setup to the blocks `appliesTo` accepts.
 * The file is the repository's: `read` parses its text and never runs it.
 */
export interface ProjectSetup {
  /** Whether the document may hold such blocks (false: no file is looked for). */
  wanted(document: string): boolean;
  file: string;
  /** The setup code in the file's text, or undefined when it holds none the tool can read as written. */
  read(text: string): string | undefined;
  appliesTo(block: SnippetBlock): boolean;
}

interface SnippetConventions {
  /**
   * A block whose info string is not this language's but which runs as it
   * (```console transcripts as Bash, ```pycon as Python). `marked`: a
   * sandbox-checks comment asks for the block.
   */
  claims?(block: SnippetBlock, marked: boolean): boolean;
  /** How the block runs under the language's convention; undefined when none applies. */
  shape?(input: ShapeInput): Shaped | undefined;
  /** The program of a plain block: setup and code laid out on the Markdown's lines (default: setup above the code). */
  assemble?(setups: SetupCode[], code: string, bodyLine: number): string;
  /** The file a block's program is written to, when it depends on the program (an ES module is main.mjs). */
  fileNameFor?(program: string): string | undefined;
  /** Loads what the synchronous conventions above need (a parser), before a document's blocks are planned. */
  prepare?(): Promise<void>;
  /** Hidden setup a documentation toolchain runs before some of this language's blocks, read from a project file. */
  projectSetup?: ProjectSetup;
  /** The session a block joins when it names none (doctest blocks share one). */
  defaultSession?(code: string): string | undefined;
}

/** Internal: the program itself does not parse (found on the host, before it runs); the engine makes the check `failed` (compile), not an error. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}
