// The provider boundary: callers learn what they need of a provider from the
// interface (label, wording, concurrency, dispose) and the one list in
// src/providers/index.ts, never by comparing provider names. A source scan
// keeps names out of the layers above, and a provider defined here, known to
// no list, runs a check and is named by its own label in the reports.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { PROVIDER_CHOICES, PROVIDERS } from '../../src/providers/index.js';
import type { Provider, RunRequest, RunResult, Sandbox } from '../../src/providers/provider.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary, statsLine } from '../../src/report/summary.js';
import type { CheckFile, ProviderName } from '../../src/types.js';
import { check, plan, ROOT } from '../helpers.js';

const NAMES = PROVIDERS.map((p) => p.name).join('|');
const LIT = `['"\`](?:${NAMES})['"\`]`;
/** A provider name compared, switched on, searched for, or listed again (a second provider list). */
const COMPARISON = new RegExp(
  [`[!=]==?\\s*${LIT}`, `${LIT}\\s*[!=]==?`, `case\\s+${LIT}`, `\\.includes\\(\\s*${LIT}`, `\\[\\s*${LIT}\\s*\\]\\s*\\.(?:includes|indexOf)\\(`, `\\[\\s*(?:${LIT}|['"]auto['"])\\s*,\\s*${LIT}`].join('|'),
);

function sourcesOutsideProviders(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (path.relative(path.join(ROOT, 'src'), p) !== 'providers') found.push(...sourcesOutsideProviders(p));
    } else if (name.endsWith('.ts')) found.push(p);
  }
  return found;
}

describe('provider names stay inside src/providers/', () => {
  it('the scan recognises the comparisons the layers above used to make', () => {
    for (const line of [
      "const where = r.provider === 'e2b' ? 'E2B sandboxes' : 'local sandbox (bubblewrap)';",
      "if (provider !== 'local' || !checks.some((c) => !c.skip)) return;",
      "not available ${provider.name === 'local' ? 'on this machine' : 'in the E2B template'}",
      "const names: ProviderName[] = cmd.provider ? [cmd.provider] : ['local', 'e2b'];",
      "const PROVIDERS = ['auto', 'local', 'e2b'];",
      "switch (name) { case \"e2b\": break; }",
      "if ([a, b].includes('local')) {}",
      "if (['e2b'].includes(name)) {}",
      "const shown = `e2b` === name;",
    ]) {
      expect(line, line).toMatch(COMPARISON);
    }
    // Config keys and fallbacks that merely spell the same word are not comparisons.
    for (const line of ["keyPath: ['e2b', 'api_key'],", "run: `${links.runId ?? 'local'}/1`", "GOTOOLCHAIN: 'local',"]) {
      expect(line, line).not.toMatch(COMPARISON);
    }
  });

  it('no source file outside src/providers/ compares a provider name', () => {
    const files = sourcesOutsideProviders(path.join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(20);
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(ROOT, f)}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && COMPARISON.test(line))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });

  it('the choices a config, an input or --provider may give come from the one list', () => {
    expect(PROVIDER_CHOICES).toEqual(['auto', ...PROVIDERS.map((p) => p.name)]);
    expect(new Set(PROVIDERS.map((p) => p.label)).size).toBe(PROVIDERS.length);
  });
});

/** Runs every step with the host's plain `sh` in a temp folder: no isolation, which is fine for `echo`. */
class PlainShProvider implements Provider {
  // A name no list knows: anything that looked the provider up by name would fail or mislabel it.
  readonly name = 'plain-sh' as ProviderName;
  readonly label = 'plain sh in a temp folder';
  readonly toolsWhere = 'on the test host';
  readonly defaultConcurrency = 1;
  disposed = 0;
  readonly dirs: string[] = [];

  async probe(): Promise<void> {}
  /** Tools the test declares missing here. */
  missing: string[] = [];
  async missingTools(_language: string, tools: string[]): Promise<string[]> {
    return tools.filter((t) => this.missing.includes(t));
  }
  toolHint(): string {
    return 'install it';
  }
  async doctor() {
    return [];
  }
  describe(): string[] {
    return ['plain sh'];
  }
  async destroyAll(): Promise<void> {}
  async dispose(): Promise<string[]> {
    this.disposed++;
    return [];
  }

  async create(): Promise<Sandbox> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-plain-sh-'));
    this.dirs.push(dir);
    return {
      id: path.basename(dir),
      async upload(files: CheckFile[]) {
        for (const f of files) {
          mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
          writeFileSync(path.join(dir, f.path), f.content);
        }
      },
      run: (req: RunRequest) =>
        new Promise<RunResult>((resolve) => {
          const child = spawn('sh', ['-c', req.command], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...req.env } });
          child.stdout.on('data', (c: Buffer) => req.onStdout(c));
          child.stderr.on('data', (c: Buffer) => req.onStderr(c));
          // A program that exits without reading its stdin closes the pipe first.
          child.stdin.on('error', () => {});
          child.stdin.end(req.stdin);
          req.signal.addEventListener('abort', () => child.kill('SIGKILL'), { once: true });
          child.on('close', (code, signal) => resolve({ exitCode: code, ...(signal ? { signal } : {}) }));
        }),
      async destroy() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}

describe('a provider defined outside src/providers/', () => {
  it('runs a check and is named by its own label in the summary and the comment', async () => {
    const provider = new PlainShProvider();
    const summary = await runChecks(plan([check({ name: 'hello', language: 'bash', code: 'echo "hello from $0"\n' })]), { provider });
    expect(summary.outcomes.map((o) => [o.name, o.status, o.stdout.head])).toEqual([['hello', 'passed', 'hello from main.sh\n']]);
    // The results JSON keeps the provider's own name; the reports say its label.
    expect(summary.outcomes[0]!.provider).toBe('plain-sh');
    expect(summary.providerLabel).toBe('plain sh in a temp folder');
    expect(provider.disposed).toBe(1);
    const input = { outcomes: summary.outcomes, totals: summary.totals, providerLabel: summary.providerLabel, cancelled: false, links: {} };
    expect(statsLine(input).split(' · ')).toContain('plain sh in a temp folder');
    for (const text of [renderSummary(input).text, renderComment(input, '<!-- m -->').text]) {
      expect(text).toContain('plain sh in a temp folder');
      for (const p of PROVIDERS) expect(text).not.toContain(p.label);
    }
  });

  it('its wording for missing tools is the one the error message uses', async () => {
    const provider = new PlainShProvider();
    provider.missing = ['bash'];
    const summary = await runChecks(plan([check({ name: 'no bash', language: 'bash', code: 'echo hi\n' })]), { provider });
    const o = summary.outcomes[0]!;
    expect([o.status, o.reason]).toEqual(['error', 'toolchain_missing']);
    expect(o.message).toBe('bash is not available on the test host, and Bash checks need it: install it');
  });
});
