// Small helpers shared by the bench scripts: timing child processes, medians,
// finding the real interpreters, the bare-bwrap reference sandbox, the
// pytest-markdown-docs peer.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export const now = () => performance.now();

/** One shell word: `s` in single quotes, its own single quotes escaped. */
export const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** PATH without project tool folders (node_modules/.bin), as the tool itself searches it. */
export function searchPath(envPath = process.env.PATH ?? '') {
  return envPath.split(':').filter((d) => d && path.isAbsolute(d) && !d.split(path.sep).includes('node_modules'));
}

export function which(tool, dirs = searchPath()) {
  for (const dir of dirs) {
    const p = path.join(dir, tool);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      /* next */
    }
  }
  return undefined;
}

/** The real python3 binary (sys.executable), never a version-manager shim. */
export function realPython() {
  const found = which('python3');
  if (!found) return undefined;
  const r = spawnSync(found, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const exe = r.status === 0 ? r.stdout.trim() : found;
  return exe || found;
}

/** The folder a toolchain lives in (what the tool mounts read-only); undefined under /usr. */
export function toolchainRoot(binary) {
  const real = realpathSync(binary);
  if (/^\/(usr|bin|sbin|lib|lib64)\//.test(real)) return undefined;
  const dir = path.dirname(real);
  return path.basename(dir) === 'bin' ? path.dirname(dir) : dir;
}

/**
 * bubblewrap with the same namespaces and a minimal read-only root, and
 * nothing else (no prlimit, no cgroup, no launcher): what isolation alone costs.
 */
export function bareBwrapArgs(binary) {
  const root = toolchainRoot(binary);
  return [
    '--unshare-all', '--unshare-user', '--die-with-parent', '--new-session', '--clearenv',
    '--ro-bind', '/usr', '/usr', '--symlink', 'usr/lib', '/lib', '--symlink', 'usr/lib64', '/lib64',
    '--symlink', 'usr/bin', '/bin', '--symlink', 'usr/sbin', '/sbin',
    ...(root ? ['--ro-bind', root, root] : []),
    '--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp', '--setenv', 'PATH', '/usr/bin:/bin',
  ];
}

/** Last `max` characters of a growing text. */
function tailOf(buf, chunk, max = 64 * 1024) {
  const s = buf + chunk;
  return s.length > max ? s.slice(-max) : s;
}

/**
 * Runs a command to the end and times it from spawn to 'close' (all pipes
 * shut). Keeps the tail of stdout/stderr. `onSpawn(child)` sees the child.
 */
export function timed(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const t0 = now();
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: !!opts.detached,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out = tailOf(out, b.toString())));
    child.stderr.on('data', (b) => (err = tailOf(err, b.toString())));
    let spawnError;
    child.on('error', (e) => (spawnError = e));
    opts.onSpawn?.(child);
    let timer;
    if (opts.timeoutMs) {
      timer = setTimeout(() => {
        try {
          process.kill(opts.detached ? -child.pid : child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, opts.timeoutMs);
    }
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ms: now() - t0, code, signal, out, err: spawnError ? `${err}${spawnError.message}` : err, pid: child.pid });
    });
  });
}

/** VmHWM (peak RSS) of a live process, in bytes; undefined once it is gone. */
export function peakRss(pid) {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The pytest-markdown-docs release the benches compare with (Python blocks of Markdown, on the host, unsandboxed). */
export const PYTEST_MARKDOWN_DOCS = 'pytest-markdown-docs==0.9.2';

/**
 * Installs pytest-markdown-docs (and pytest) into `dir` with `python -m pip
 * install --target`, once: a folder that already holds it is used as it is.
 * Run it with `PYTHONPATH=dir python -m pytest --markdown-docs FILE…`.
 */
export function ensurePytestMarkdownDocs(dir, python = 'python3') {
  if (!existsSync(path.join(dir, 'pytest_markdown_docs'))) {
    execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--target', dir, PYTEST_MARKDOWN_DOCS], { stdio: 'pipe', timeout: 300_000 });
  }
  // Byte code as an install leaves it: a folder copied without its times
  // (or with PYTHONDONTWRITEBYTECODE set) would compile pytest on every run
  // and double the peer's time.
  execFileSync(python, ['-m', 'compileall', '-q', dir], { stdio: 'pipe', timeout: 300_000 });
  return dir;
}

/** Counts from pytest's last summary line ("3 passed, 21 failed, 1 skipped in 0.04s"). */
export function pytestCounts(text) {
  const line = String(text).trim().split('\n').pop() ?? '';
  const n = (w) => Number(new RegExp(`(\\d+) ${w}`).exec(line)?.[1] ?? 0);
  return { passed: n('passed'), failed: n('failed') + n('errors?'), skipped: n('skipped'), line };
}
