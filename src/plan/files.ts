// Files and globs of a plan: which files a check names, read safely, and where
// they land in the sandbox's workspace. Only what a check names is copied in.

import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

import { hasSegment, isWithin, isWithinReal, realPath, systemFolderOf } from '../trust/paths.js';
import type { CheckFile } from '../types.js';

/** Larger sources are almost certainly a mistake (a data file, a build output). */
const MAX_SOURCE_BYTES = 10 * 1024 ** 2;

const isGlob = (p: string) => /[*?[\]{}!]/.test(p);

/** A glob that lists more files than this is refused (a plan of that size is a mistake, and listing it costs memory). */
const MAX_GLOB_HITS = 20_000;

/**
 * Does a pattern leave `root` by its own text? Its literal beginning (the
 * folders before the first glob character), resolved against baseDir, must
 * lie inside root, and no `..` may follow a glob character (`{..,x}`,
 * `@(..)`), nor may it start with `~`. Checked before anything is listed, so
 * no name outside the project is ever read or printed.
 */
function leavesProject(pattern: string, baseDir: string, root: string): boolean {
  const p = pattern.replace(/\\/g, '/').replace(/^!+/, '');
  if (p.startsWith('~')) return true;
  const { parts, magic } = splitGlob(p);
  const literal = magic < 0 ? parts : parts.slice(0, magic);
  if (magic >= 0 && /(^|[/{,(|@!+*?])\.\.($|[/},)|])/.test(parts.slice(magic).join('/'))) return true;
  return !isWithin(path.resolve(baseDir, literal.join('/') || '.'), root);
}

/** A pattern's folders, and the index of the first holding a glob character (-1: none). */
function splitGlob(pattern: string): { parts: string[]; magic: number } {
  const parts = pattern.split('/');
  return { parts, magic: parts.findIndex((x) => /[*?[\]{}()!+@]/.test(x)) };
}

/**
 * Expands patterns relative to baseDir; returns repository-style relative
 * paths. `confine` (the default) refuses patterns that leave baseDir before
 * listing, and globs never follow symbolic links out of it.
 */
export function resolveGlobs(
  patterns: string[],
  baseDir: string,
  opts: { confine?: boolean; root?: string } = {},
): { files: string[]; missing: string[]; problems: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const problems: string[] = [];
  const confine = opts.confine !== false;
  const root = opts.root ?? projectRoot(baseDir);
  for (const pattern of patterns) {
    if (confine && leavesProject(pattern, baseDir, root)) {
      if (path.isAbsolute(pattern) && systemFolderOf(pattern)) problems.push(`${pattern} is a system file and is never copied into a sandbox`);
      else problems.push(`"${pattern}" leaves the project; a config may only name files of its own project (a path or glob may not lead out of it)`);
      continue;
    }
    if (!isGlob(pattern)) {
      const abs = path.resolve(baseDir, pattern);
      try {
        lstatSync(abs);
        // Present but perhaps a link or a folder: readCheckFile says which.
        // A path outside baseDir keeps its absolute form (it reads better than ../../..).
        const rel = path.relative(baseDir, abs);
        files.add(isWithin(abs, baseDir) ? rel || pattern : abs);
        continue;
      } catch {
        /* reported below */
      }
      missing.push(pattern);
      continue;
    }
    const hits = globSync(pattern, {
      cwd: baseDir,
      onlyFiles: true,
      dot: false,
      // Never through a folder link: the repository makes those, also under a path the user typed.
      followSymbolicLinks: false,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
    if (hits.length > MAX_GLOB_HITS) {
      problems.push(`the glob "${pattern}" matches ${hits.length} files, more than ${MAX_GLOB_HITS}; narrow it`);
      continue;
    }
    // A folder link the glob starts in is crawled even so: keep only files that really are inside, and name none that is not.
    // A typed glob may start anywhere, but never passes through a folder link
    // of the project (the repository makes those) nor one below where it starts.
    const start = path.resolve(baseDir, staticBase(pattern));
    const from = isWithin(start, root) ? root : start;
    const inside = confine
      ? hits.filter((h) => isWithinReal(path.resolve(baseDir, h), root))
      : hits.filter((h) => !throughLink(from, path.resolve(baseDir, h)));
    if (inside.length < hits.length) {
      problems.push(
        confine
          ? `the glob "${pattern}" reaches ${hits.length - inside.length} ${hits.length - inside.length === 1 ? 'file' : 'files'} outside the project through a symbolic link; name files inside it`
          : `the glob "${pattern}" reaches ${hits.length - inside.length} ${hits.length - inside.length === 1 ? 'file' : 'files'} through a symbolic link to a folder; globs do not follow links (name the folder it points to instead)`,
      );
      continue;
    }
    if (hits.length === 0) missing.push(pattern);
    // One at a time: a spread of a huge array overflows the call stack.
    for (const h of hits.sort()) files.add(h);
  }
  return { files: [...files], missing, problems };
}

/** The folders of a pattern before its first glob character. */
function staticBase(pattern: string): string {
  const { parts, magic } = splitGlob(pattern.replace(/\\/g, '/'));
  return (magic < 0 ? parts.slice(0, -1) : parts.slice(0, magic)).join('/') || '.';
}

/** Whether a folder between `base` and the file `abs` is a symbolic link. */
function throughLink(base: string, abs: string): boolean {
  const rel = path.relative(base, abs).split(path.sep).slice(0, -1);
  let at = base;
  for (const part of rel) {
    at = path.join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The folder a config's files must stay in: the repository holding baseDir
 * (the nearest folder above it with a .git), else baseDir itself.
 */
function projectRoot(baseDir: string): string {
  let dir = path.resolve(baseDir);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(baseDir);
    dir = up;
  }
}

/**
 * Why a path must not be copied into a sandbox, or undefined. A config comes
 * from the code under test, so it may only name files inside its project
 * (`root`), and never a repository's .git (which may hold a token).
 */
function refusedPath(baseDir: string, abs: string, confine: boolean, root = projectRoot(baseDir)): string | undefined {
  // A missing file keeps its path: the caller reports it.
  const real = realPath(abs);
  if (systemFolderOf(real)) return `${abs} is a system file and is never copied into a sandbox`;
  if (hasSegment(real, '.git')) return `${path.relative(baseDir, abs) || abs} is inside a .git folder, which is never copied into a sandbox`;
  if (confine && !isWithinReal(abs, root)) {
    return `${isWithin(abs, baseDir) ? path.relative(baseDir, abs) : abs} is outside ${root}; a config may only name files of its own project`;
  }
  return undefined;
}

/** Reads a check's file; refuses links out of the tree, huge and non-UTF-8 sources. */
export function readCheckFile(
  baseDir: string,
  rel: string,
  opts: { text?: boolean; confine?: boolean; root?: string } = {},
): { content: Buffer } | { error: string } {
  const abs = path.resolve(baseDir, rel);
  const refused = refusedPath(baseDir, abs, opts.confine !== false, opts.root);
  if (refused) return { error: refused };
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return { error: `file not found: ${rel}` };
  }
  if (st.isSymbolicLink()) return { error: `${rel} is a symbolic link; name the file it points to instead` };
  if (st.isDirectory()) return { error: `${rel} is a folder; name a file in it, or use files = ["${rel.replace(/\/$/, '')}/**/*.py"]-style globs` };
  if (!st.isFile()) return { error: `${rel} is not a regular file` };
  if (st.size > MAX_SOURCE_BYTES) {
    return { error: `${rel} is ${(st.size / 1024 ** 2).toFixed(1)} MiB; sources over ${MAX_SOURCE_BYTES / 1024 ** 2} MiB are refused (is it really a program?)` };
  }
  const content = readFileSync(abs);
  if (opts.text !== false) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return { error: `${rel} is not valid UTF-8 text; save it as UTF-8` };
    }
  }
  return { content };
}

/**
 * The program lands at the workspace root under its own name; included files
 * keep their place relative to it (or to the config when they lie outside).
 */
export function placeFiles(
  entryRel: string,
  content: Buffer,
  extra: CheckFile[],
): { entry: string; files: CheckFile[] } {
  const entry = path.basename(entryRel);
  const dir = path.dirname(entryRel);
  const files: CheckFile[] = [{ path: entry, content }];
  for (const f of extra) {
    let rel = path.relative(dir, f.path);
    if (hasSegment(rel, '..')) rel = f.path;
    if (rel !== entry && !files.some((x) => x.path === rel)) files.push({ path: rel, content: f.content });
  }
  return { entry, files };
}
