// The domain words of the product: a Plan is a list of Checks; each Check runs
// in a fresh Sandbox made by a Provider and ends as one Outcome with a Status.

export type Status = 'passed' | 'failed' | 'timed_out' | 'error' | 'skipped';

/** Why a check did not pass. Open-ended on purpose: reports print it as is. */
export type Reason =
  | 'exit_code'
  | 'signal'
  | 'expectation'
  | 'timeout'
  | 'memory'
  | 'output_limit'
  | 'processes'
  | 'cpu_time'
  | 'file_size'
  | 'disk'
  | 'compile'
  | 'toolchain_missing'
  | 'package_install'
  | 'install_timeout'
  | 'sandbox_error'
  | 'skipped_by_marker'
  | 'skipped_by_session'
  | 'cancelled';

/** A provider's name, one of the list in src/providers/index.ts (`local`, `e2b`); a new provider adds itself there, not here. */
export type ProviderName = string;
export type ProviderChoice = ProviderName | 'auto';

export interface Limits {
  /** Wall-clock deadline for compiling and running the check, ms (the install has its own). */
  timeoutMs: number;
  /** Wall-clock limit for installing `packages`, ms; 5 minutes when unset. */
  installTimeoutMs?: number;
  /** Memory for everything the check starts, bytes. */
  memoryBytes: number;
  /** Processes and threads the check may have at once. */
  processes: number;
  /** Bytes kept per stream; past it the check is stopped with `output_limit`. */
  outputBytes: number;
  /** Largest file the check may write, bytes. */
  fileSizeBytes: number;
  /** Open file descriptors per process. */
  openFiles: number;
}

export interface Expectation {
  exitCode?: number;
  stdoutEquals?: string;
  stdoutContains?: string[];
  stdoutMatches?: string;
  stderrEquals?: string;
  stderrContains?: string[];
  stderrMatches?: string;
  /** Any non-zero exit code passes (snippets marked `should_fail`). */
  shouldFail?: boolean;
  /** stdout must match this documentation-style text: trailing whitespace ignored, `...` a wildcard; a mismatch shows a diff. */
  stdoutLike?: string;
  /** stdout is cut into sections at marker lines, each compared with its own expected text (transcripts, Go examples). */
  sections?: SectionExpectation;
  /** What a marker promised, added to an unmet exit-code message ("should_panic: the block must panic"). */
  why?: string;
}

/** Markdown lines (1-based, inclusive; `to` < `from` for none) holding a block's expected output. */
export interface BlessRange {
  from: number;
  to: number;
  /** What each line starts with (a list's indentation, a block quote's `> `). */
  prefix: string;
}

export type BlessTarget =
  | ({ kind: 'output'; file: string } & BlessRange)
  | { kind: 'sections'; file: string; style: 'cram' | 'go'; ranges: (BlessRange & { header?: string })[] }
  | ({ kind: 'doctest'; file: string } & BlessRange);

/** Expected output per piece of a block (src/engine/sections.ts). */
export interface SectionExpectation {
  /** Sections end with `@@SCS:<nonce>:<index>:<exit code>@@` on a line of its own. */
  nonce: string;
  /** `cram`: a shell transcript's rules; `go`/`go-unordered`: Go's `// Output:` rules; `none`: not compared. */
  items: { label: string; line: number; expected: string[]; mode: 'cram' | 'go' | 'go-unordered' | 'none' }[];
}

/** A file placed in the sandbox's workspace; `path` is relative to it. */
export interface CheckFile {
  path: string;
  content: Buffer;
}

export interface Check {
  /** Unique inside a plan; used in every report. */
  name: string;
  /** A registry id such as `python`; always resolved before a check is planned. */
  language: string;
  /** The program: its workspace-relative path among `files`. */
  entry: string;
  files: CheckFile[];
  args: string[];
  env: Record<string, string>;
  stdin: string;
  network: boolean;
  packages: string[];
  limits: Limits;
  expect: Expectation;
  /** Where the check came from, for annotations (repository-relative). */
  source?: { file: string; line?: number };
  /** Set when planning decided it must not run (e.g. a skip marker). */
  skip?: { reason: Reason; message: string };
  /** Compile or type-check only (snippets marked `no_run`). */
  noRun?: boolean;
  /** What was done to the block to run it ("wrapped in main"); the message of a passed outcome. */
  note?: string;
  /** Where `--update` writes the actual output back into the Markdown (src/report/update.ts). */
  bless?: BlessTarget;
  /** A Markdown block of a `session=NAME`: its session's blocks run in order in one sandbox. */
  session?: SessionBlock;
}

/** What the engine needs to run a block inside its session (src/engine/session.ts). */
export interface SessionBlock {
  /** The same for every block of one session (file and name). */
  id: string;
  name: string;
  /** The Markdown file and the line of the block's first line of code. */
  file: string;
  codeLine: number;
  /** The block's code, padded with blank lines so its lines are the Markdown file's. */
  program: string;
  /** Hidden setup of the file for this language (padded the same way), run once before the first block. */
  setup: { program: string; line: number }[];
}

export interface Plan {
  checks: Check[];
  provider: ProviderChoice;
  concurrency: number;
  stream: boolean;
  e2b: E2BSettings;
  /** Where full logs go; a fresh temp folder when not set. */
  logDir?: string;
  /** Keep every check's log; otherwise only those of checks that did not pass (engine/logs.ts). */
  keepLogs?: boolean;
}

export interface E2BSettings {
  apiKey?: string;
  template?: string;
  apiUrl?: string;
  sandboxUrl?: string;
  /**
   * Hosts a package install may reach when the check has no network: the
   * sandbox's egress is opened to exactly these for the install step only.
   */
  packageHosts?: string[];
  /** Least time between two sandbox creations, ms (E2B Hobby: 1 per second). */
  createIntervalMs?: number;
  /** Checks packed into one E2B sandbox, each in a nested bubblewrap sandbox (1 by default). */
  checksPerSandbox?: number;
  /** Identifies this run in sandbox metadata, for cleanup; derived when unset. */
  runId?: string;
  /** Estimated price of one sandbox-second, USD (see docs/e2b.md). */
  costPerSecondUsd?: number;
}

export interface StreamTail {
  /** The first bytes of the stream (decoded, bounded). */
  head: string;
  /** The last bytes of the stream when it was longer than head + tail. */
  tail: string;
  /** Total bytes the check wrote to the stream. */
  bytes: number;
  truncated: boolean;
}

export interface Outcome {
  name: string;
  language: string;
  provider: ProviderName;
  status: Status;
  reason?: Reason;
  /** One sentence a person can act on when the check did not pass. */
  message?: string;
  exitCode?: number;
  signal?: string;
  durationMs: number;
  stdout: StreamTail;
  stderr: StreamTail;
  /** Full stdout+stderr log on disk. */
  logFile?: string;
  file?: string;
  line?: number;
  sandboxId?: string;
  sandboxSeconds?: number;
  /** Estimated cost of the sandbox, USD (E2B: sandboxSeconds × the per-second rate). */
  costUsd?: number;
  /** The output of each piece of a sectioned block (transcript commands, Go examples), before markers were taken out. */
  sections?: { index: number; output: string; exitCode: number }[];
  /** Problems that did not change the status (e.g. files of the check left on disk). */
  warnings?: string[];
  /** Where the check's time went, for the phases it reached; the program's timeout covers compile and run only. */
  phases?: Phases;
}

/**
 * Milliseconds per phase of one check: making the sandbox (for a sandbox made
 * ahead, the time its creation took, not the wait), copying files in,
 * installing packages, compiling, running, and ending the sandbox.
 */
export interface Phases {
  createMs?: number;
  uploadMs?: number;
  installMs?: number;
  compileMs?: number;
  runMs?: number;
  teardownMs?: number;
}

export interface Totals {
  passed: number;
  failed: number;
  timed_out: number;
  error: number;
  skipped: number;
  total: number;
  durationMs: number;
}

/** What the engine tells its caller while checks run: the hooks every front door (CLI console, Action log, cancellation) and the session driver share. */
export interface RunEvents {
  onCheckStart?(check: Check): void;
  onOutput?(check: Check, stream: 'stdout' | 'stderr', chunk: Buffer): void;
  /** Progress the engine itself reports (package install, compile). */
  onNotice?(check: Check, message: string): void;
  onCheckEnd?(outcome: Outcome, check: Check): void;
}

/** What a run returns. */
export interface RunSummary {
  outcomes: Outcome[];
  totals: Totals;
  provider: ProviderName;
  /** Where the checks ran, as reports say it (the provider's label). */
  providerLabel: string;
  logDir: string;
  /** True when the run was cut short by an abort. */
  cancelled: boolean;
  /** Problems of the run itself that changed no outcome (a sandbox folder left on disk). */
  warnings: string[];
  /**
   * Checks whose packages came from a shared layer (src/engine/layers.ts), how
   * many installs that took, how many layers were found in the cache on disk
   * and how many were restored from the remote (workflow) cache, and the keys
   * (folder names) of the layers used.
   */
  packageLayers?: { installs: number; fromCache: number; restored: number; checks: number; keys: string[] };
}
