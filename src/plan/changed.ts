// Changed-only snippet runs: which files, and which lines of them, a change
// touches. Two sources give the same shape: `git diff` for the CLI's
// `--changed-since REF`, and the GitHub API's "list files for a pull request"
// for the Action (`changedFromPullRequestFiles`).

import { realpathSync } from 'node:fs';
import path from 'node:path';

import { ProblemsError } from '../errors.js';

/** Inclusive range of lines in the new version of a file. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFiles {
  /** Absolute folder the paths in `files` are relative to (the repository root). */
  root: string;
  /** POSIX paths → the changed line ranges, or 'all' for a new file or one whose diff is unknown. */
  files: Map<string, LineRange[] | 'all'>;
  /** Where the list came from, for messages ("changes since origin/main"). */
  label: string;
}

/** One entry of GET /repos/{owner}/{repo}/pulls/{n}/files (the fields used here). */
export interface PullRequestFile {
  filename: string;
  status?: string;
  /** The unified diff of the file; GitHub leaves it out for large or binary files. */
  patch?: string;
  previous_filename?: string;
}


/** Line ranges a unified diff's hunks add or change, on the new side. Deletions count at the line they sit after. */
export function hunkRanges(patch: string): LineRange[] {
  const ranges: LineRange[] = [];
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    // A pure deletion (+N,0) happened between line N and N+1.
    ranges.push(count === 0 ? { start: start + 0.5, end: start + 0.5 } : { start, end: start + count - 1 });
  }
  return ranges;
}

/** Does a change touch lines first..last (inclusive)? */
export function touches(changed: LineRange[] | 'all' | undefined, first: number, last: number): boolean {
  if (changed === undefined) return false;
  if (changed === 'all') return true;
  return changed.some((r) => r.start <= last && r.end >= first);
}

/** The Action's input: the files of a pull request, as the GitHub API lists them. */
export function changedFromPullRequestFiles(files: PullRequestFile[], root: string, label = 'the pull request'): ChangedFiles {
  const out = new Map<string, LineRange[] | 'all'>();
  for (const f of files) {
    if (f.status === 'removed') continue;
    const added = f.status === 'added' || f.status === 'copied';
    out.set(toPosix(f.filename), added || !f.patch ? 'all' : hunkRanges(f.patch));
  }
  return { root: path.resolve(root), files: out, label };
}

/** Splits a multi-file `git diff` into per-file changed ranges (new-side paths). */
export function parseGitDiff(diff: string): Map<string, LineRange[] | 'all'> {
  const out = new Map<string, LineRange[] | 'all'>();
  let current: string | undefined;
  let isNew = false;
  let body = '';
  const flush = () => {
    if (current !== undefined) out.set(current, isNew ? 'all' : hunkRanges(body));
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      current = undefined;
      isNew = false;
      body = '';
    } else if (line.startsWith('new file mode')) {
      isNew = true;
    } else if (line.startsWith('+++ ')) {
      const p = line.slice(4);
      current = p === '/dev/null' ? undefined : stripPrefix(unquoteGit(p));
    } else if (line.startsWith('@@')) {
      body += `${line}\n`;
    }
  }
  flush();
  return out;
}

function stripPrefix(p: string): string {
  return p.startsWith('b/') ? p.slice(2) : p;
}

/** git quotes paths with unusual bytes as C strings: "a\303\251.md". */
function unquoteGit(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const s = p.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c));
      continue;
    }
    const n = s[++i]!;
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92 } as Record<string, number>)[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function git(args: string[], cwd: string): string {
  // Loaded here, not at import: child_process (and the net and stream modules
  // it brings) is start-up time a run that reads no git history saves.
  const { execFileSync } = process.getBuiltinModule('node:child_process');
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 ** 2,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
}

/** A problem with `--changed-since` (or `changed_since`); the caller says which config it is in. */
const changedSinceProblem = (message: string) => new ProblemsError([{ source: '', key: 'changed-since', message }]);

/**
 * What changed between where this branch left REF (their merge base) and the
 * work tree, including files not yet committed or not yet added. `only`
 * limits the diff to these paths (relative to `cwd`). Throws a ProblemsError
 * when there is no repository or git does not know REF.
 */
export function changedSinceGit(ref: string, cwd: string, only?: string[]): ChangedFiles {
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch {
    throw changedSinceProblem(`--changed-since needs a git repository, and ${cwd} is not in one`);
  }
  let base: string;
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw changedSinceProblem(
      `--changed-since: git does not know "${ref}"; fetch it first (e.g. git fetch origin main, or fetch-depth: 0 in actions/checkout)`,
    );
  }
  try {
    base = git(['merge-base', ref, 'HEAD'], cwd).trim();
  } catch {
    // No common history (e.g. a shallow clone): compare with REF itself.
    base = ref;
  }
  const spec = only && only.length ? ['--', ...only.map((p) => path.relative(root, path.resolve(cwd, p)) || '.')] : [];
  const files = new Map<string, LineRange[] | 'all'>();
  // Batches keep the command line short for very many files.
  const batches = spec.length ? chunk(spec.slice(1), 200).map((b) => ['--', ...b]) : [[]];
  for (const batch of batches) {
    const diff = git(['diff', '--no-color', '--no-ext-diff', '--no-renames', '--unified=0', base, ...batch], root);
    for (const [k, v] of parseGitDiff(diff)) files.set(k, v);
    const untracked = git(['ls-files', '--others', '--exclude-standard', '-z', ...batch], root);
    for (const f of untracked.split('\0').filter(Boolean)) files.set(toPosix(f), 'all');
  }
  return { root: path.resolve(root), files, label: `changes since ${ref}` };
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** The changed ranges of a file given relative to `baseDir`, or undefined when it did not change. */
export function changesOf(changed: ChangedFiles, baseDir: string, rel: string): LineRange[] | 'all' | undefined {
  const key = toPosix(path.relative(real(changed.root), path.resolve(real(baseDir), rel)));
  return changed.files.get(key);
}

function real(p: string): string {
  try {
    return realpathSync(path.resolve(p));
  } catch {
    return path.resolve(p);
  }
}
